"""English cases: phrase in context, reference date, expected text, TIMEX3 value and interval."""
import pytest

import chrono

REF = "2025-12-30"  # a Tuesday

CASES = [
    # (text, ref, phrase, value, interval start, interval end)
    ("The call took place on December 30, according to aides.", REF, "December 30", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("It was signed on 30 December 2025 in Moscow.", REF, "30 December 2025", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("Talks resumed on Dec. 22.", REF, "Dec. 22", "2025-12-22", "2025-12-22", "2025-12-23"),
    ("The file is dated 2025-12-30.", REF, "2025-12-30", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("The form says 12/30/2025.", REF, "12/30/2025", "2025-12-30", "2025-12-30", "2025-12-31"),
    ("Prices rose in March 2024.", REF, "March 2024", "2024-03", "2024-03-01", "2024-04-01"),
    ("He was born in 1991.", REF, "1991", "1991", "1991-01-01", "1992-01-01"),
    ("Lavrov said that on the night of December 28–29, drones attacked.", REF,
     "the night of December 28–29", "2025-12-28TNI", "2025-12-28T18:00:00", "2025-12-29T06:00:00"),
    ("Lavrov asserted on Monday that drones were used.", REF, "Monday", "2025-12-29", "2025-12-29", "2025-12-30"),
    ("The ministry will respond on Friday.", REF, "Friday", "2026-01-02", "2026-01-02", "2026-01-03"),
    ("The plan was agreed yesterday.", REF, "yesterday", "2025-12-29", "2025-12-29", "2025-12-30"),
    ("Sales fell last year.", REF, "last year", "2024", "2024-01-01", "2025-01-01"),
    ("It happened three days ago.", REF, "three days ago", "2025-12-27", "2025-12-27", "2025-12-28"),
    ("Prices peaked in the 1990s.", REF, "the 1990s", "199", "1990-01-01", "2000-01-01"),
    ("Profit rose in the third quarter.", REF, "the third quarter", "2025-Q3", "2025-07-01", "2025-10-01"),
    ("It was founded in the 20th century.", REF, "the 20th century", "19", "1900-01-01", "2000-01-01"),
    ("A visit was set for late May 2025.", REF, "late May 2025", "2025-05", "2025-05-01", "2025-06-01"),
    ("The talks ran from April 28 to May 1, 2019.", REF, "from April 28 to May 1, 2019",
     "2019-04-28/2019-05-01", "2019-04-28", "2019-05-02"),
    ("Troops stayed between 2019 and 2021.", REF, "between 2019 and 2021", "2019/2021", "2019-01-01", "2022-01-01"),
    ("The meeting starts at 17:27 today.", REF, "17:27 today", "2025-12-30T17:27", "2025-12-30T17:27:00", "2025-12-30T17:28:00"),
]


@pytest.mark.parametrize("text, ref, phrase, value, start, end", CASES)
def test_case(text, ref, phrase, value, start, end):
    mentions = chrono.extract(text, ref=ref, lang="en")
    found = {m.text: m for m in mentions}
    assert phrase in found, [m.text for m in mentions]
    m = found[phrase]
    assert m.value == value
    assert m.time.start.isoformat().startswith(start)
    assert m.time.end.isoformat().startswith(end)


@pytest.mark.parametrize("text", [
    "According to Lavrov, 91 drones were involved.",
    "Zelensky said 90 percent of his proposed 20-point peace plan had been agreed.",
    "Moscow may be using the narrative.",
    "",
])
def test_no_false_dates(text):
    assert chrono.extract(text, ref=REF, lang="en") == []


def test_next_day_is_anchored_to_previous_mention():
    mentions = chrono.extract("The ceasefire came on April 29. The next day, shooting resumed.", "2021-05-13", "en")
    assert [m.value for m in mentions] == ["2021-04-29", "2021-04-30"]
    assert mentions[1].time.anchor.kind == "mention" and mentions[1].time.anchor.mention == 0
