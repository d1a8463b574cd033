"""Ingesting the seeds: documents by content hash, one merged drone-attack event, dates, no sidebar."""
import pytest

from chrono.errors import ChronoError
from chrono.store import (delete_document, document_mentions, document_segments, get_document, get_event, ingest,
                          list_documents, list_events)

from .conftest import SEEDS, ingest_seeds


def _all_events(store, **filters):
    items, total = list_events(store, per_page=1000, **filters)
    assert len(items) == total
    return items


def test_drone_attack_is_one_event_with_its_sources(seeded):
    store, ids = seeded
    night = [e for e in _all_events(store, from_="2025-12-28", to="2025-12-29")
             if e["value"] == "2025-12-28TNI" and len(e["sources"]) > 1]
    assert len(night) == 1
    event = night[0]
    assert {ids["000"], ids["004"]} <= {s["document"] for s in event["sources"]}
    assert event["label"] == "28–29 Dec 2025, night"
    assert event["start"] == "2025-12-28T18:00:00" and event["end"] == "2025-12-29T06:00:00"
    assert "Sergey Lavrov" in event["actors"]
    assert any(s["date_text"] == "the night of December 28–29" for s in event["sources"])


def test_dates_of_the_russian_reports_appear(seeded):
    store, _ = seeded
    labels = {e["label"] for e in _all_events(store)}
    assert {"1991", "19 марта 2019", "22 декабря 2025", "28 апреля 2021", "29 апреля 2021, вечер",
            "30 апреля 2021", "конец мая 2021"} <= labels


def test_nothing_from_the_sidebar(seeded):
    store, ids = seeded
    sentences = [s["sentence"] for e in _all_events(store, document=ids["003"]) for s in e["sources"]]
    assert sentences and not any("ЦБ" in s or "Курс" in s or "Лента новостей" in s for s in sentences)
    assert not any(e["start"] and e["start"].startswith(("2026-02", "2025-02")) for e in _all_events(store))


def test_events_are_chronological_with_undated_last(seeded):
    store, _ = seeded
    starts = [e["start"] for e in _all_events(store)]
    dated = [s for s in starts if s]
    assert dated == sorted(dated)
    assert starts.index(None) == len(dated)


def test_same_text_again_changes_nothing(seeded):
    store, ids = seeded
    before = list_events(store)[1]
    text = next(SEEDS.glob("000_*")).read_text(encoding="utf-8")
    document, created = ingest(store, text + "\n\n  ")
    assert not created and document["id"] == ids["000"]
    assert list_events(store)[1] == before


def test_documents_mentions_segments(seeded):
    store, ids = seeded
    document = get_document(store, ids["003"])
    assert document["lang"] == "ru" and document["published"] == "2021-05-13"
    items, total = list_documents(store, {"lang": "ru"})
    assert total == 2 and all(i["lang"] == "ru" for i in items)
    mentions = document_mentions(store, ids["000"])
    assert any(m["value"] == "2025-12-28TNI" for m in mentions)
    segments = document_segments(store, ids["003"])
    assert all(s["furniture"] and s["reason"] for s in segments if "EUR ЦБ" in s["text"])
    assert any(s["reason"] == "navigation link" for s in segments)
    assert get_document(store, "0" * 64) is None and document_mentions(store, "0" * 64) is None


def test_get_event_finds_a_merged_source_by_its_own_id(seeded):
    store, _ = seeded
    event = next(e for e in _all_events(store) if len(e["sources"]) > 1)
    full = get_event(store, event["id"])
    assert full["id"] == event["id"] and full["links"] and "evidence" in full["links"][0]
    member = full["links"][0]["source"]
    assert get_event(store, member)["id"] == event["id"]


def test_delete_document_removes_its_sources_and_orphan_events(empty_store):
    ids = ingest_seeds(empty_store)
    assert delete_document(empty_store, ids["004"])
    assert get_document(empty_store, ids["004"]) is None
    events = _all_events(empty_store)
    assert not any(s["document"] == ids["004"] for e in events for s in e["sources"])
    night = [e for e in events if e["value"] == "2025-12-28TNI"]
    assert night and all(e["sources"] for e in night)
    assert not delete_document(empty_store, ids["004"])


def test_reingest_after_delete_gives_the_same_event_ids(empty_store):
    ids = ingest_seeds(empty_store)
    before = sorted(e["id"] for e in _all_events(empty_store))
    delete_document(empty_store, ids["001"])
    text = next(SEEDS.glob("001_*")).read_text(encoding="utf-8")
    ingest(empty_store, text, title="Pakistan condemns alleged attack on Putin's residence", lang="en",
           published="2025-12-30")
    assert sorted(e["id"] for e in _all_events(empty_store)) == before


def test_bad_published_date_is_refused(empty_store):
    with pytest.raises(ChronoError):
        ingest(empty_store, "Talks resumed on 3 March.", published="yesterday-ish")
    assert list_documents(empty_store)[1] == 0
