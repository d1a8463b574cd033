"""Bulk ingest: one transaction per batch, the same events as a full re-merge, duplicates and errors per document."""
import json

import pytest
from sqlalchemy import text

from chrono.errors import ChronoError
from chrono.merge import merge_events
from chrono.store import ingest_many, list_documents, list_events
from chrono.store.repository import analyse, prepare_document

from .conftest import SEEDS, ingest_seeds


def _seed_fields() -> list[dict]:
    fields = []
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        fields.append({"text": text, **{k: entry[k] for k in ("title", "url", "source", "lang", "published")}})
    return fields


def _groups(store) -> set[frozenset]:
    items, total = list_events(store, per_page=1000)
    assert len(items) == total
    return {frozenset((s["document"], s["span"][0]) for s in e["sources"]) for e in items}


def _full_remerge(fields: list[dict]):
    sentences, published = [], {}
    for item in fields:
        document = prepare_document(**item)
        published[document.id] = document.published or ""
        sentences += analyse(document)[2]
    return merge_events(sentences, published)


def _full_remerge_groups(fields: list[dict]) -> set[frozenset]:
    return {frozenset((s.document, s.span[0]) for s in e.sources) for e in _full_remerge(fields)}


@pytest.mark.parametrize("batch_size", [1, 2, 200])
def test_bulk_ingest_gives_the_events_of_a_full_remerge(empty_store, batch_size):
    fields = _seed_fields()
    results = ingest_many(empty_store, fields, batch_size=batch_size)
    assert [created for _, created in results] == [True] * len(fields)
    groups = _groups(empty_store)
    assert groups == _full_remerge_groups(fields)
    assert any(len(g) > 2 for g in groups)


def test_one_at_a_time_gives_the_events_and_ids_of_a_full_remerge(empty_store):
    ingest_seeds(empty_store)
    expected = _full_remerge(_seed_fields())
    assert _groups(empty_store) == {frozenset((s.document, s.span[0]) for s in e.sources) for e in expected}
    assert sorted(e["id"] for e in list_events(empty_store, per_page=1000)[0]) == sorted(e.id for e in expected)


def test_duplicates_in_and_across_batches_are_stored_once(empty_store):
    fields = _seed_fields()
    results = ingest_many(empty_store, [fields[0], fields[1], dict(fields[0], title="again")], batch_size=2)
    assert [created for _, created in results] == [True, True, False]
    assert results[0][0] == results[2][0]
    again = ingest_many(empty_store, fields)
    assert [created for _, created in again] == [False, False, True, True, True]
    assert list_documents(empty_store)[1] == len(fields)


def test_a_bad_document_names_its_number_and_stores_nothing_of_its_batch(empty_store):
    fields = _seed_fields()
    with pytest.raises(ChronoError, match="document 2: "):
        ingest_many(empty_store, [fields[0], {"text": "Talks resumed on 3 March.", "published": "soon-ish"}])
    assert list_documents(empty_store)[1] == 0


def test_events_stored_without_merge_inputs_still_take_new_sentences(empty_store):
    fields = _seed_fields()
    ingest_many(empty_store, fields[:4])
    with empty_store.engine.begin() as connection:
        connection.execute(text("UPDATE events SET members = NULL"))
    ingest_many(empty_store, fields[4:])
    assert _groups(empty_store) == _full_remerge_groups(fields)
    with empty_store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events WHERE members IS NULL")).scalar() > 0
