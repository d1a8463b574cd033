"""`chrono db`: schema management of the store and re-analysis of stored documents."""
from __future__ import annotations

import click

REANALYSE_BATCH = 20  # documents re-derived per transaction
REANALYSE_PROGRESS_FROM = 2


@click.group("db")
def db_command() -> None:
    """Manage the store: its database schema, and re-analysis of stored documents."""


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


@db_command.command("reanalyse")
@click.argument("doc_ids", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every stored document analysed by another version of the engine.")
@click.option("--force", is_flag=True, help="Re-derive even documents analysed by the current engine.")
@click.option("--db", "database_url", envvar="DATABASE_URL", help="Database URL (default: $DATABASE_URL or ./chrono.db).")
def reanalyse_command(doc_ids, every, force, database_url) -> None:
    """Re-derive the mentions and events of stored documents (DOC_IDs or --all) with the current engine."""
    import sys

    from sqlalchemy.exc import SQLAlchemyError

    from ..errors import ChronoError
    from ..store import all_documents, get_document, open_store, outdated_documents, reanalyse
    if bool(doc_ids) == every:
        raise click.UsageError("give DOC_IDs or --all (not both)")
    try:
        store = open_store(database_url)
    except SQLAlchemyError as error:
        raise click.ClickException(f"cannot open the store: {str(error).splitlines()[0]}") from None
    try:
        if every:
            ids = all_documents(store) if force else outdated_documents(store)
        else:
            ids = list(dict.fromkeys(doc_ids))
            missing = next((i for i in ids if get_document(store, i, with_text=False) is None), None)
            if missing is not None:
                raise click.ClickException(f"no document {missing}")
        done = 0
        with click.progressbar(length=len(ids), label="re-analysing", file=sys.stderr,
                               hidden=len(ids) < REANALYSE_PROGRESS_FROM) as bar:
            for start in range(0, len(ids), REANALYSE_BATCH):
                batch = ids[start:start + REANALYSE_BATCH]
                done += len(reanalyse(store, batch, force=force))
                bar.update(len(batch))
    except (ChronoError, SQLAlchemyError) as error:
        raise click.ClickException(str(error).splitlines()[0]) from None
    finally:
        store.engine.dispose()
    click.echo(f"{len(ids)} documents: {done} re-analysed, {len(ids) - done} already current")
