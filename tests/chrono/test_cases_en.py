"""The English example corpus (tests/chrono/cases_en.py), family by family, at its fixed reference date."""
import pytest

import chrono

from .cases_en import FAMILIES, FUZZY_MODS, NEGATIVES, REF

CASES = [(family, *case) for family, cases in FAMILIES.items() for case in cases]


def _find(text: str, phrase: str):
    mentions = chrono.extract(text, ref=REF, lang="en")
    found = [m for m in mentions if m.text == phrase]
    assert found, f"{phrase!r} not found; got {[(m.text, m.value) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize("family, text, phrase, value, start, end", CASES,
                         ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_example(family, text, phrase, value, start, end):
    mention = _find(text, phrase)
    assert mention.value == value
    if start is None:
        assert mention.time.start is None
    else:
        assert mention.time.start.isoformat().startswith(start)
        assert mention.time.end.isoformat().startswith(end)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_family_has_ten_examples(family):
    assert len(FAMILIES[family]) >= 10


@pytest.mark.parametrize("phrase, mod", sorted(FUZZY_MODS.items()))
def test_fuzzy_modifiers(phrase, mod):
    text = next(case[0] for case in FAMILIES["fuzzy"] if case[1] == phrase)
    assert _find(text, phrase).time.mod == mod


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_dates(text):
    assert [m.text for m in chrono.extract(text, ref=REF, lang="en")] == []


def test_anaphora_record_their_anchor():
    mentions = chrono.extract("The ceasefire came on April 29, 2021. The next day, shooting resumed.", REF, "en")
    assert mentions[1].time.anchor.kind == "mention" and mentions[1].time.anchor.mention == 0


def test_range_parts_are_its_endpoints():
    mention = _find("The talks ran from April 28 to May 1, 2019.", "from April 28 to May 1, 2019")
    assert [(p.text, p.value) for p in mention.parts] == [("April 28", "2019-04-28"), ("May 1, 2019", "2019-05-01")]


def test_year_less_date_without_document_date_takes_the_stated_year():
    mentions = chrono.extract("Elections were held in 2014. On March 3 the results came.", lang="en")
    march = next(m for m in mentions if m.text == "March 3")
    assert march.value == "2014-03-03" and "year" in march.time.inferred
