"""English news phenomena, each a phrase in context at its own reference date, with its TIMEX3 value."""
import pytest

import chrono

# (phenomenon, text, reference date, phrase, value)
CASES = [
    # the tense of a year-less date or weekday: markers of other clauses, names and adjectives do not count
    ("quote barrier", "``The father will be traveling to Miami with his family in January,'' Castro said.",
     "1999-10-15", "January", "2000-01"),
    ("quote barrier", "``We met on Monday,'' the minister will tell parliament.", "2025-12-31",
     "Monday", "2025-12-29"),
    ("not a verb", "The dividend would be paid on a still unspecified date in January.", "1989-10-26",
     "January", "1990-01"),
    ("not a verb", "Mr. Schwarz, 52 years old, is expected to succeed Mr. Davison on Feb. 1.", "1989-10-26",
     "Feb. 1", "1990-02-01"),
    ("irregular past", "In January, the company brought in a new chief.", "1989-10-27", "January", "1989-01"),
    ("deadline", "Officials postponed until Tuesday any action on the case.", "2000-03-30", "Tuesday",
     "2000-04-04"),
    ("deadline", "The agency extended its deadline until Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
    ("deadline", "Talks went on until Tuesday.", "2000-04-03", "Tuesday", "2000-03-28"),
    # a weekday in a report of the same weekday is that day, even when the verb is future
    ("same weekday", "The ministry will respond on Friday.", "2026-01-02", "Friday", "2026-01-02"),
    ("same weekday", "The ministry will respond next Friday.", "2026-01-02", "next Friday", "2026-01-09"),
    ("same weekday", "Delegates voted to back the republic Friday.", "1998-02-13", "Friday", "1998-02-13"),
    # holidays on a weekday rule or on Easter
    ("floating holiday", "The boy was found Thanksgiving Day clinging to an inner tube.", "2000-01-10",
     "Thanksgiving Day", "1999-11-25"),
    ("floating holiday", "He was found off Florida last Thanksgiving.", "1999-11-20", "last Thanksgiving",
     "1998-11-26"),
    ("floating holiday", "It will be a major theme from now to Election Day.", "1998-10-26", "Election Day",
     "1998-11-03"),
    ("floating holiday", "Parades were held on Memorial Day 2024.", "2025-01-01", "Memorial Day 2024",
     "2024-05-27"),
    ("floating holiday", "Pools close after Labor Day.", "2025-08-01", "Labor Day", "2025-09-01"),
    ("floating holiday", "The shops will close for Easter.", "2026-01-10", "Easter", "2026-04-05"),
    ("floating holiday", "Easter 2024 fell in March.", "2026-01-10", "Easter 2024", "2024-03-31"),
    ("floating holiday", "They prayed on Good Friday.", "2000-05-01", "Good Friday", "2000-04-21"),
    # years said aloud, as broadcast transcripts write them
    ("spoken year", "Atlanta nineteen ninety-six. A bomb blast shocks the games.", "1998-02-27",
     "nineteen ninety-six", "1996"),
    ("spoken year", "January nineteen ninety-seven. Atlanta again.", "1998-02-27",
     "January nineteen ninety-seven", "1997-01"),
    ("spoken year", "Prices fell to the level we saw in the winter of nineteen ninety-four.", "1998-01-08",
     "the winter of nineteen ninety-four", "1994-WI"),
    ("spoken year", "He promised to halve unemployment by the year two thousand.", "1998-01-08",
     "the year two thousand", "2000"),
    ("spoken year", "In nineteen oh five the line opened.", "1998-01-08", "nineteen oh five", "1905"),
]


@pytest.mark.parametrize("phenomenon, text, ref, phrase, value", CASES, ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_case(phenomenon, text, ref, phrase, value):
    found = {m.text: m.value for m in chrono.extract(text, ref=ref, lang="en")}
    assert found.get(phrase) == value, found


@pytest.mark.parametrize("text", [
    "Nineteen people died and two thousand were hurt.",
    "The Seattle-based chain has 87 stores.",
])
def test_no_date(text):
    assert chrono.extract(text, ref="1998-01-08", lang="en") == []
