"""The one date label: English and Russian, every grain the timeline shows."""
from datetime import datetime

import pytest

import chrono
from chrono.label import label

D = datetime


@pytest.mark.parametrize("start,end,grain,mod,lang,expected", [
    (D(2025, 12, 30), D(2025, 12, 31), "day", None, "en", "30 Dec 2025"),
    (D(2025, 12, 28, 18), D(2025, 12, 29, 6), "part_of_day", None, "en", "28–29 Dec 2025, night"),
    (D(2025, 5, 1), D(2025, 6, 1), "month", None, "en", "May 2025"),
    (D(2025, 5, 1), D(2025, 6, 1), "month", "END", "en", "late May 2025"),
    (D(2025, 5, 1), D(2025, 6, 1), "month", "START", "en", "early May 2025"),
    (D(1991, 1, 1), D(1992, 1, 1), "year", None, "en", "1991"),
    (D(1990, 1, 1), D(2000, 1, 1), "decade", None, "en", "1990s"),
    (D(2025, 7, 1), D(2025, 10, 1), "quarter", None, "en", "Q3 2025"),
    (D(2021, 4, 28), D(2021, 5, 1), "day", None, "en", "28–30 Apr 2021"),
    (D(2021, 4, 29, 18), D(2021, 4, 30), "part_of_day", None, "ru", "29 апреля 2021, вечер"),
    (D(2021, 5, 1), D(2021, 6, 1), "month", "END", "ru", "конец мая 2021"),
    (D(2019, 3, 19), D(2019, 3, 20), "day", None, "ru", "19 марта 2019"),
    (D(2025, 12, 28, 18), D(2025, 12, 29, 6), "part_of_day", None, "ru", "28–29 декабря 2025, ночь"),
    (D(1991, 1, 1), D(1992, 1, 1), "year", None, "ru", "1991"),
    (D(2025, 1, 1), D(2026, 1, 1), "year", "START", "en", "early 2025"),
    (D(2025, 1, 1), D(2026, 1, 1), "year", "START", "ru", "начало 2025 года"),
    (None, None, None, None, "en", "undated"),
])
def test_labels(start, end, grain, mod, lang, expected):
    assert label(start, end, grain, mod, lang) == expected


def test_label_accepts_iso_strings():
    assert label("2025-12-30T00:00:00", "2025-12-31T00:00:00", "day") == "30 Dec 2025"


def test_seed_night_of_december_28_29_labels_as_one_night(seed):
    text, entry = seed("000")
    night = next(m for m in chrono.extract(text, entry["published"]) if "28–29" in m.text)
    assert label(night.time.start, night.time.end, night.time.grain, night.time.mod, "en") == "28–29 Dec 2025, night"
