"""Sentences of the seed reports become events with a time, a title, actors and provenance."""
import pytest

import chrono
from chrono.events import build_events, event_id, make_title
from chrono.model import Document

needs_ru = pytest.mark.skipif("ru" not in chrono.languages(), reason="chrono/lang/ru.py has not landed yet")


def _events(seed, prefix):
    text, entry = seed(prefix)
    document = Document(id=f"doc{prefix}", text=text, title=entry["title"], lang=entry["lang"],
                        published=entry["published"], source=entry["source"])
    mentions = chrono.extract(text, entry["published"], entry["lang"]) if entry["lang"] in chrono.languages() else []
    return text, build_events(document, mentions)


def test_drone_night_is_the_time_of_lavrovs_sentence(seed):
    text, events = _events(seed, "000")
    night = next(e for e in events if e.time and e.time.value == "2025-12-28TNI")
    source = night.sources[0]
    assert source.date_text == "the night of December 28–29"
    assert text[source.span[0]:source.span[1]] == source.sentence
    assert text[source.date_span[0]:source.date_span[1]] == source.date_text
    assert "Sergey Lavrov" in night.actors
    assert "December 28" not in night.title and len(night.title) <= 101


def test_sentences_without_dates_are_kept_undated(seed):
    _, events = _events(seed, "000")
    undated = [e for e in events if e.time is None]
    assert any("91 drones were involved" in e.sources[0].sentence for e in undated)


def test_furniture_produces_no_events(seed):
    _, events = _events(seed, "004")
    sentences = [e.sources[0].sentence for e in events]
    assert "Share with your friends" not in sentences and "Tags" not in sentences
    assert not any(s.startswith("AQSh Prezident") for s in sentences)


def test_event_ids_are_stable(seed):
    _, first = _events(seed, "004")
    _, second = _events(seed, "004")
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)
    assert first[0].id == event_id("doc004", first[0].sources[0].span[0], first[0].sources[0].date_text)


def test_title_drops_the_adverbial_date_phrase():
    sentence = "On December 31, the US Central Intelligence Agency sought to clarify the situation."
    assert make_title(sentence, (3, 14)) == "The US Central Intelligence Agency sought to clarify the situation."


def test_title_keeps_a_date_phrase_inside_a_noun_phrase():
    sentence = "They concluded by exchanging New Year’s greetings."
    assert make_title(sentence, (29, 37)) == sentence


def test_main_mention_of_a_sentence_with_two_dates_others_are_related(seed):
    text, events = _events(seed, "004")
    cia = next(e for e in events if e.sources[0].sentence.startswith("On December 31"))
    assert cia.time.value == "2025-12-31"


@needs_ru
def test_russian_seed_002_dates(seed):
    _, events = _events(seed, "002")
    values = {e.time.value for e in events if e.time}
    assert "1991" in values and "2019-03-19" in values and "2025-12-22" in values
    nazarbayev = next(e for e in events if e.time and e.time.value == "2019-03-19")
    assert "Касым-Жомарт Токаев" in nazarbayev.actors


@needs_ru
def test_russian_seed_003_conflict_dates_and_no_sidebar(seed):
    _, events = _events(seed, "003")
    dated = [e for e in events if e.time]
    starts = {e.time.start.date().isoformat() for e in dated}
    assert {"2021-04-28", "2021-04-29", "2021-04-30"} <= starts
    assert any(e.time.value == "2021-05" and e.time.mod == "END" for e in dated)
    assert not any("ЦБ" in e.sources[0].sentence or "Курс" in e.sources[0].sentence for e in events)


def test_russian_actors_are_normal_forms(seed):
    text, entry = seed("002")
    from chrono.actors import actors
    sentence = next(line for line in text.splitlines() if "Токаевым" in line)
    assert "Токаев" in actors(sentence, "ru")


@pytest.mark.parametrize("text, lang, dated_by", [
    ("They concluded by exchanging New Year’s greetings and wishing prosperity.", "en", None),
    ("They congratulated each other on the upcoming New Year.", "en", None),
    ("They congratulated each other, as well as the peoples of both countries, on the upcoming New Year.", "en", None),
    ("Путин поздравил лидеров с наступающим Новым годом.", "ru", None),
    ("The New Year holidays begin on Friday.", "en", "Friday"),
    ("On New Year’s Eve, drones attacked the city.", "en", "New Year’s Eve"),
    ("В Новый год в городе прошёл салют.", "ru", "В Новый год"),
])
def test_a_greeted_or_modifying_holiday_does_not_date_the_event(text, lang, dated_by):
    event, = build_events(Document(id="d", text=text, lang=lang, published="2025-12-30"),
                          chrono.extract(text, ref="2025-12-30", lang=lang))
    assert (event.sources[0].date_text or None) == dated_by
    if dated_by is None:
        assert event.time is None and [t.value for t in event.related] == ["2026-01-01"]
