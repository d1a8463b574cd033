"""Re-ingest after an engine upgrade: the document's mentions and events re-derived in one transaction, others kept."""
import json

import pytest
from sqlalchemy import select, text

import chrono.engine
import chrono.events
import chrono.fingerprint
from chrono.store import (UnknownDocument, document_mentions, get_document, ingest, ingest_many, outdated_documents,
                          reanalyse)
from chrono.store.models import Base
from chrono.store.remerge import BatchMerge

from .conftest import SEEDS, ingest_seeds

NIGHT = "ev_2df6f86aa4e0e034cd39"  # the drone attack, told by seeds 000, 001 and 004 ("the night of December 29")


def _manifest() -> dict[str, dict]:
    entries = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return {e["file"][:3]: {"text": (SEEDS / e["file"]).read_text(encoding="utf-8"),
                            **{k: e[k] for k in ("title", "url", "source", "lang", "published")}} for e in entries}


def _reingest(store, prefix: str) -> tuple[dict, bool]:
    return ingest(store, **_manifest()[prefix])


def _dump(store, surrogate_ids: bool = True, analysis: bool = True) -> dict[str, list[str]]:
    """Every table's rows as sorted JSON lines (segment and mention ids and the analysis column optional)."""
    out = {}
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns
                       if (surrogate_ids or not (c.name == "id" and table.name in ("segments", "mentions")))
                       and (analysis or c.name != "analysis")]
            rows = connection.execute(select(*columns)).all()
            out[table.name] = sorted(json.dumps(list(r), default=str, sort_keys=True, ensure_ascii=False) for r in rows)
    return out


def _rows(store, table: str, where: str = "1 = 1", **params) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(text(f"SELECT * FROM {table} WHERE {where}"), params)]


def _upgrade(monkeypatch, name: str = "upgraded") -> None:
    monkeypatch.setattr(chrono.fingerprint, "analysis_fingerprint", lambda: name)


def _engine_without_night_of_december_29(monkeypatch) -> None:
    """An 'upgraded' engine: it no longer reads 'the night of December 29', and titles carry a mark."""
    extract, make_title = chrono.engine.extract, chrono.events.make_title
    monkeypatch.setattr(chrono.engine, "extract", lambda *args, **kwargs: [
        m for m in extract(*args, **kwargs) if m.text != "the night of December 29"])
    monkeypatch.setattr(chrono.events, "make_title", lambda *args: "v2: " + make_title(*args))


def test_the_fingerprint_is_stored_with_each_document(empty_store):
    ids = ingest_seeds(empty_store)
    stored = {r["id"]: r["analysis"] for r in _rows(empty_store, "documents")}
    assert stored == {i: chrono.fingerprint.analysis_fingerprint() for i in ids.values()}
    assert outdated_documents(empty_store) == []


def test_same_text_and_fingerprint_leave_the_store_byte_identical(empty_store):
    ingest_seeds(empty_store)
    before = _dump(empty_store)
    assert _reingest(empty_store, "004")[1] is False
    assert [created for _, created in ingest_many(empty_store, _manifest().values())] == [False] * 5
    assert reanalyse(empty_store) == []
    assert _dump(empty_store) == before


def test_reingest_after_an_upgrade_rederives_the_documents_mentions_and_events(empty_store, monkeypatch):
    ids = ingest_seeds(empty_store)
    doc, first = ids["004"], chrono.fingerprint.analysis_fingerprint()
    before = _dump(empty_store, surrogate_ids=False)
    document, mentions = get_document(empty_store, doc), document_mentions(empty_store, doc)
    own = _rows(empty_store, "event_sources", "document_id = :d", d=doc)
    untouched_events = [r for r in _rows(empty_store, "events") if r["id"] not in {s["event_id"] for s in own}]
    others = _rows(empty_store, "event_sources", "document_id != :d ORDER BY id", d=doc)

    _upgrade(monkeypatch)
    _engine_without_night_of_december_29(monkeypatch)
    again, created = _reingest(empty_store, "004")

    assert created is False and again == document
    kept = [m for m in mentions if m["text"] != "the night of December 29"]
    assert document_mentions(empty_store, doc) == kept and len(kept) < len(mentions)
    now = _rows(empty_store, "event_sources", "document_id = :d", d=doc)
    assert len(now) == len(own) == len({r["id"] for r in now})
    assert all(r["title"].startswith("v2: ") for r in now)
    night = _rows(empty_store, "event_sources", "event_id = :e", e=NIGHT)
    assert {r["document_id"] for r in night} == {ids["000"], ids["001"]}
    assert _rows(empty_store, "event_sources", "document_id != :d ORDER BY id", d=doc) == others
    events_now = _rows(empty_store, "events")
    assert all(r in events_now for r in untouched_events)
    analyses = {r["id"]: r["analysis"] for r in _rows(empty_store, "documents")}
    assert analyses.pop(doc) == "upgraded" and set(analyses.values()) == {first}
    assert set(outdated_documents(empty_store)) == set(analyses)

    derived = _dump(empty_store)
    assert _reingest(empty_store, "004")[1] is False
    assert _dump(empty_store) == derived

    monkeypatch.undo()
    assert _reingest(empty_store, "004")[1] is False
    assert _dump(empty_store, surrogate_ids=False) == before


def test_only_the_sentences_that_changed_leave_their_events(empty_store, monkeypatch):
    ids = ingest_seeds(empty_store)
    doc = ids["004"]
    own = _rows(empty_store, "event_sources", "document_id = :d", d=doc)
    events = {r["id"]: r for r in _rows(empty_store, "events")}
    _upgrade(monkeypatch)
    extract = chrono.engine.extract
    monkeypatch.setattr(chrono.engine, "extract", lambda *args, **kwargs: [
        m for m in extract(*args, **kwargs) if m.text != "the night of December 29"])
    _reingest(empty_store, "004")

    now = _rows(empty_store, "event_sources", "document_id = :d", d=doc)
    told = [r for r in own if "the night of December 29" in r["sentence"]]
    assert told and all(r not in now for r in told)
    assert [r for r in own if r not in told] == [r for r in now if r["id"] in {o["id"] for o in own if o not in told}]
    after = {r["id"]: r for r in _rows(empty_store, "events")}
    moved = {r["event_id"] for r in told}
    assert NIGHT in moved and {r["document_id"] for r in _rows(empty_store, "event_sources", "event_id = :e",
                                                              e=NIGHT)} == {ids["000"], ids["001"]}
    assert {i: r for i, r in events.items() if i not in moved} == {i: r for i, r in after.items()
                                                                  if i in events and i not in moved}


def test_a_document_that_now_yields_no_events_leaves_every_event(empty_store, monkeypatch):
    import chrono.store.repository
    ids = ingest_seeds(empty_store)
    _upgrade(monkeypatch)
    monkeypatch.setattr(chrono.store.repository, "build_events", lambda *args: [])
    _reingest(empty_store, "004")
    assert _rows(empty_store, "event_sources", "document_id = :d", d=ids["004"]) == []
    assert _rows(empty_store, "event_sources", "event_id IS NULL") == []
    assert {r["document_id"] for r in _rows(empty_store, "event_sources", "event_id = :e", e=NIGHT)} == {
        ids["000"], ids["001"]}
    assert _rows(empty_store, "events", "id NOT IN (SELECT event_id FROM event_sources)") == []


def test_a_failure_midway_leaves_the_store_as_it_was(empty_store, monkeypatch):
    ingest_seeds(empty_store)
    before = _dump(empty_store)
    _upgrade(monkeypatch)
    _engine_without_night_of_december_29(monkeypatch)

    def broken_write(self):
        raise RuntimeError("disk full")
    with monkeypatch.context() as broken:
        broken.setattr(BatchMerge, "write", broken_write)
        with pytest.raises(RuntimeError, match="disk full"):
            _reingest(empty_store, "004")
        assert _dump(empty_store) == before
        with pytest.raises(RuntimeError, match="disk full"):
            reanalyse(empty_store)
        assert _dump(empty_store) == before
    assert _reingest(empty_store, "004")[1] is False
    assert _dump(empty_store) != before


def test_bulk_reingest_after_an_upgrade_keeps_every_event_as_it_was(empty_store, monkeypatch):
    ingest_seeds(empty_store)
    before = _dump(empty_store, surrogate_ids=False, analysis=False)
    _upgrade(monkeypatch)
    assert [created for _, created in ingest_many(empty_store, _manifest().values(), batch_size=2)] == [False] * 5
    assert outdated_documents(empty_store) == []
    assert _dump(empty_store, surrogate_ids=False, analysis=False) == before


def test_reanalyse_one_outdated_all_or_forced(empty_store, monkeypatch):
    ids = ingest_seeds(empty_store)
    before = _dump(empty_store, surrogate_ids=False)
    with empty_store.engine.begin() as connection:
        connection.execute(text("UPDATE documents SET analysis = NULL WHERE id = :d"), {"d": ids["002"]})
    assert outdated_documents(empty_store) == [ids["002"]]
    assert reanalyse(empty_store, ids["003"]) == []
    assert reanalyse(empty_store) == [ids["002"]]
    assert _dump(empty_store, surrogate_ids=False) == before
    assert reanalyse(empty_store, ids["003"], force=True) == [ids["003"]]
    assert _dump(empty_store, surrogate_ids=False) == before

    _upgrade(monkeypatch)
    _engine_without_night_of_december_29(monkeypatch)
    published = sorted(ids.values(), key=lambda i: (get_document(empty_store, i)["published"], i))
    assert reanalyse(empty_store, batch_size=2) == published
    titles = [r["title"] for r in _rows(empty_store, "event_sources")]
    assert titles and all(t.startswith("v2: ") for t in titles)
    assert {r["document_id"] for r in _rows(empty_store, "event_sources", "event_id = :e", e=NIGHT)} == {
        ids["000"], ids["001"]}
    with pytest.raises(UnknownDocument, match="no document 0000"):
        reanalyse(empty_store, ["0" * 64])
