"""Opening the store: engine and sessions for SQLite (WAL, busy timeout) or PostgreSQL, and schema upgrades."""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///chrono.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITE_LOCK_KEY = 7_256_311


@dataclass
class Store:
    """An open store: its engine and session factory."""

    engine: Engine
    sessions: sessionmaker

    @property
    def is_sqlite(self) -> bool:
        """True when the store is an SQLite file."""
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading."""
        with self.sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, serialized against other writers, committed at the end."""
        with self.engine.connect() as connection:
            connection.info["write"] = True
            try:
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    if not self.is_sqlite:
                        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                    yield session
            finally:
                connection.info["write"] = False


def database_url(url: str | None = None) -> str:
    """The URL to open: the argument, else $DATABASE_URL, else ./chrono.db; postgres URLs use psycopg 3."""
    url = url or os.environ.get("DATABASE_URL") or DEFAULT_URL
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def open_store(url: str | None = None, migrate: bool = True) -> Store:
    """An open store (engine + sessionmaker) at `url`, its schema brought to the latest migration."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        _configure_sqlite(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    store = Store(engine, sessionmaker(bind=engine, expire_on_commit=False))
    if migrate:
        upgrade(store)
    return store


def upgrade(store: Store, revision: str = "head") -> None:
    """Bring the store's schema to `revision` with Alembic."""
    from alembic import command
    with store.engine.begin() as connection:
        if not store.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY + 1})
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def alembic_config():
    """The Alembic configuration shipped inside the package."""
    from alembic.config import Config
    config = Config(str(MIGRATIONS / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.info.get("write") else "BEGIN")
