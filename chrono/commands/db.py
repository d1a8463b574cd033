"""`chrono db`: schema management of the store."""
from __future__ import annotations

import click


@click.group("db")
def db_command() -> None:
    """Manage the store's database schema."""


@db_command.command("upgrade")
@click.option("--db", "database_url", envvar="DATABASE_URL", help="Database URL (default: $DATABASE_URL or ./chrono.db).")
@click.option("--revision", default="head", show_default=True, help="Alembic revision to upgrade to.")
def upgrade_command(database_url, revision) -> None:
    """Bring the database schema to the latest (or the given) migration."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import database_url as resolve_url, open_store, upgrade
    try:
        store = open_store(database_url, migrate=False)
        upgrade(store, revision)
        store.engine.dispose()
    except SQLAlchemyError as error:
        raise click.ClickException(f"cannot upgrade {resolve_url(database_url)}: {str(error).splitlines()[0]}") from None
    click.echo(f"schema at {revision} in {resolve_url(database_url).split('@')[-1]}")
