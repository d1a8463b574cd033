"""Event queries: windows, text across inflection and transliteration, actors, languages, sources, sorting."""
import pytest

from chrono.store import InvalidWindow, list_events


def _titles(store, **filters):
    return [e["title"] for e in list_events(store, per_page=1000, **filters)[0]]


def test_window_overlap_and_to_means_end_of_period(seeded):
    store, _ = seeded
    items, total = list_events(store, from_="2025-12", to="2025-12")
    assert total == len(items) > 0
    assert all(e["start"] < "2026-01-01" and e["end"] > "2025-12-01" for e in items)
    assert any(e["label"] == "2025" for e in items)
    assert any(e["start"].startswith("2025-12-31") for e in items)


def test_from_after_to_is_an_error(seeded):
    store, _ = seeded
    with pytest.raises(InvalidWindow):
        list_events(store, from_="2026", to="2025-01")
    with pytest.raises(InvalidWindow):
        list_events(store, from_="next week")


def test_q_finds_inflected_and_transliterated_names(seeded):
    store, _ = seeded
    sentences = [s["sentence"] for e in list_events(store, q="Токаев", per_page=1000)[0] for s in e["sources"]]
    assert any("Токаевым" in s for s in sentences)
    assert any("Tokayev" in s for s in sentences)
    latin = [s["sentence"] for e in list_events(store, q="Tokayev", per_page=1000)[0] for s in e["sources"]]
    assert any("Токаевым" in s for s in latin)


def test_actor_language_source_filters(seeded):
    store, ids = seeded
    lavrov = list_events(store, actor="Lavrov", per_page=1000)[0]
    assert lavrov and all(any("Lavrov" in a for a in e["actors"]) for e in lavrov)
    russian = list_events(store, lang="ru", per_page=1000)[0]
    assert russian and all("ru" in e["langs"] for e in russian)
    kp = list_events(store, source="kp.ru", per_page=1000)[0]
    assert kp and all(any(s["source"] == "KP.RU" for s in e["sources"]) for e in kp)
    only_002 = list_events(store, document=ids["002"], per_page=1000)[0]
    assert only_002 and all(any(s["document"] == ids["002"] for s in e["sources"]) for e in only_002)


def test_sort_and_pagination(seeded):
    store, _ = seeded
    first, total = list_events(store, page=1, per_page=5)
    second, _ = list_events(store, page=2, per_page=5)
    assert len(first) == 5 and total > 10 and not {e["id"] for e in first} & {e["id"] for e in second}
    newest = list_events(store, sort="-start", per_page=3)[0]
    assert newest[0]["start"] >= newest[1]["start"]
    most = list_events(store, sort="sources", per_page=1)[0][0]
    assert len(most["sources"]) >= 3


def test_event_contract_fields(seeded):
    store, _ = seeded
    event = list_events(store, from_="2019", to="2019")[0][0]
    assert set(event) == {"id", "start", "end", "grain", "mod", "value", "label", "title", "actors", "langs",
                          "sources", "related"}
    assert set(event["sources"][0]) == {"document", "title", "url", "source", "sentence", "date_text", "span"}


def test_window_query_is_served_by_the_span_class_index(seeded):
    from chrono.store.query import window_plan
    store, _ = seeded
    plan = window_plan(store, "2025-12", "2025-12", small_table=True)
    assert "ix_events_span_class_start_at" in plan
    assert "SCAN events" not in plan and "Seq Scan on events" not in plan


def test_several_actors_languages_or_sources_match_any_of_them(seeded):
    store, _ = seeded
    lavrov = {e["id"] for e in list_events(store, actor="Lavrov", per_page=1000)[0]}
    japarov = {e["id"] for e in list_events(store, actor="Japarov", per_page=1000)[0]}
    assert lavrov and japarov and lavrov != japarov
    either = {e["id"] for e in list_events(store, actor=["Lavrov", "Japarov"], per_page=1000)[0]}
    assert either == lavrov | japarov
    english = {e["id"] for e in list_events(store, lang="en", per_page=1000)[0]}
    russian = {e["id"] for e in list_events(store, lang="ru", per_page=1000)[0]}
    assert {e["id"] for e in list_events(store, lang=["en", "ru"], per_page=1000)[0]} == english | russian
    kp_in_russian = list_events(store, source=["kp.ru"], lang=["ru"], per_page=1000)[0]
    assert kp_in_russian and all("ru" in e["langs"] for e in kp_in_russian)


def test_q_words_must_all_match(seeded):
    store, _ = seeded
    drones = {e["id"] for e in list_events(store, q="drones", per_page=1000)[0]}
    residence = {e["id"] for e in list_events(store, q="residence", per_page=1000)[0]}
    both = {e["id"] for e in list_events(store, q="drones residence", per_page=1000)[0]}
    assert both and both == drones & residence and both != drones


def test_text_query_is_served_by_the_key_index(seeded):
    from sqlalchemy import select
    from chrono.store.models import EventRow
    from chrono.store.query import event_filters
    store, _ = seeded
    statement = select(EventRow.id).where(*event_filters(q="Tokayev", actor="Lavrov"))
    with store.read() as session:
        connection = session.connection()
        sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
        if not store.is_sqlite:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(str(row) for row in connection.exec_driver_sql(
            ("EXPLAIN QUERY PLAN " if store.is_sqlite else "EXPLAIN ") + sql).all())
    assert "event_keys" in plan and "Seq Scan on event_keys" not in plan and "SCAN event_keys" not in plan
