"""Every date phrase in the bodies of the Russian seeds, normalized against the manifest date."""
import pytest

import chrono

D = "T00:00:00"
EXPECTED = {
    "002": [  # published 2025-12-28
        ("после майских переговоров", "2025-05", None, "2025-05-01" + D, "2025-06-01" + D),
        ("в 1991 году", "1991", None, "1991-01-01" + D, "1992-01-01" + D),
        ("1 декабря того же года", "1991-12-01", None, "1991-12-01" + D, "1991-12-02" + D),
        ("19 марта 2019 года", "2019-03-19", None, "2019-03-19" + D, "2019-03-20" + D),
        ("в тот же день", "2019-03-19", None, "2019-03-19" + D, "2019-03-20" + D),
        ("22 декабря", "2025-12-22", None, "2025-12-22" + D, "2025-12-23" + D),
        ("Накануне", "2025-12-27", None, "2025-12-27" + D, "2025-12-28" + D),
    ],
    "003": [  # published 2021-05-13
        ("конец мая", "2021-05", "END", "2021-05-01" + D, "2021-06-01" + D),
        ("в конце мая этого года", "2021-05", "END", "2021-05-01" + D, "2021-06-01" + D),
        ("28 апреля", "2021-04-28", None, "2021-04-28" + D, "2021-04-29" + D),
        ("вечером 29 апреля", "2021-04-29TEV", None, "2021-04-29T18:00:00", "2021-04-30" + D),
        ("на следующий день", "2021-04-30", None, "2021-04-30" + D, "2021-05-01" + D),
        ("9 мая", "2021-05-09", None, "2021-05-09" + D, "2021-05-10" + D),
    ],
}


def _body(text: str) -> str:
    """The article without the page furniture after its tag line."""
    return text.split("\nТеги", 1)[0]


def _mentions(seed, prefix):
    text, entry = seed(prefix)
    return chrono.extract(_body(text), ref=entry["published"], lang=entry["lang"])


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_date_phrase_of_the_seed(seed, prefix):
    got = [(m.text, m.value, m.time.mod, m.time.start and m.time.start.isoformat(),
            m.time.end and m.time.end.isoformat()) for m in _mentions(seed, prefix)]
    assert got == EXPECTED[prefix]


def test_anaphora_anchor_to_the_mention_they_follow(seed):
    mentions = _mentions(seed, "002")
    same_year, same_day = mentions[2], mentions[4]
    assert same_year.time.anchor.kind == "mention" and same_year.time.anchor.mention == 1
    assert same_day.time.anchor.kind == "mention" and same_day.time.anchor.mention == 3
    next_day = _mentions(seed, "003")[4]
    assert next_day.time.anchor.kind == "mention" and next_day.time.anchor.mention == 3


def test_year_less_dates_say_the_year_was_inferred(seed):
    mentions = _mentions(seed, "003")
    assert "year" in mentions[2].time.inferred and "day" in mentions[2].time.stated


def test_page_furniture_numbers_are_not_dates(seed):
    text, entry = seed("003")
    texts = [m.text for m in chrono.extract(text, ref=entry["published"], lang="ru")]
    for number in ("91,3", "77,27", "0,27", "0,15", "180", "34"):
        assert not any(number in t for t in texts), texts


def test_language_is_detected_for_russian_seeds(seed):
    for prefix in ("002", "003"):
        text, _ = seed(prefix)
        assert chrono.detect_language(text) == "ru"
