"""Stores to test against: a fresh SQLite file and a fresh schema on the PostgreSQL `test` database."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from chrono.store import ingest, open_store

from ..postgres import POSTGRES_URL, require_postgres

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _fresh_url(backend: str, tmp_path_factory) -> tuple[str, callable]:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('store') / 'chrono.db'}", lambda: None
    require_postgres()
    import psycopg
    schema = f"chrono_store_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')

    def drop():
        with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    return f"{POSTGRES_URL}?options=-csearch_path%3D{schema}", drop


def ingest_seeds(store) -> dict[str, str]:
    """Ingest every seed report with its manifest fields; returns file prefix → document id."""
    ids = {}
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        document, _ = ingest(store, text, title=entry["title"], url=entry["url"], source=entry["source"],
                             lang=entry["lang"], published=entry["published"])
        ids[entry["file"][:3]] = document["id"]
    return ids


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_store(request, tmp_path_factory):
    """A fresh, migrated, empty store on each backend."""
    url, drop = _fresh_url(request.param, tmp_path_factory)
    store = open_store(url)
    yield store
    store.engine.dispose()
    drop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request, tmp_path_factory):
    """A store on each backend holding the seed reports (read-only tests share it): (store, ids)."""
    url, drop = _fresh_url(request.param, tmp_path_factory)
    store = open_store(url)
    ids = ingest_seeds(store)
    yield store, ids
    store.engine.dispose()
    drop()
