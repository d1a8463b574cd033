"""The REST benchmark's bulk-written store holds exactly the rows `ingest` would store for the same documents."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import text

from chrono.store import ingest, open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import api_store  # noqa: E402 - bench/ is a folder of scripts, not a package


def _table_rows(store) -> dict[str, list[str]]:
    """Every row of the store's tables as sorted JSON, without creation times and autoincrement ids."""
    found = {}
    with store.engine.connect() as connection:
        for table in api_store.TABLE_ORDER:
            rows = [dict(row._mapping) for row in connection.execute(text(f"SELECT * FROM {table}"))]
            for row in rows:
                row.pop("created_at", None)
                if isinstance(row.get("id"), int):
                    row.pop("id")
            found[table] = sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)
    return found


def test_bulk_rows_equal_ingested_rows(tmp_path):
    documents = list(api_store.recombined_documents(8, seed=9))
    ingested = open_store(f"sqlite:///{tmp_path / 'ingested.db'}")
    for fields in documents:
        ingest(ingested, **fields)
    bulk = open_store(f"sqlite:///{tmp_path / 'bulk.db'}")
    pending = {table: [] for table in api_store.TABLE_ORDER}
    for fields in documents:
        for table, rows in api_store.document_rows(fields).items():
            pending[table] += rows
    api_store.insert_rows(bulk, pending)
    expected, written = _table_rows(ingested), _table_rows(bulk)
    assert len(expected["documents"]) == 8 and expected["events"]
    assert written == expected


def test_moved_dates_stay_real_dates():
    moved = api_store.move_dates("On December 31, 2025 and 28–29 December, в конце мая 2025", 2025, 2019, 2, 5)
    assert moved == "On February 28, 2019 and 25–26 February, в конце июля 2019"
