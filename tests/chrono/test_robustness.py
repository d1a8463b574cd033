"""No input crashes the engine; spans lie in the text; intervals are non-empty; no backtracking blow-up."""
import time

import pytest
from hypothesis import given, settings, strategies as st

import chrono

DATE_WORDS = st.sampled_from([
    "December", "28", "–", "29", "2025", "the night of", "on Monday", "late", "May", "the next day",
    "ago", "three", "years", "в ночь на", "декабря", "накануне", "вечером", "апреля", "года", "1990-х",
    "XX века", "17:27", "p.m.", "between", "and", "from", "to", "every", "Q3", "'90s", ".", ",", "-",
])
FRAGMENTS = st.lists(st.one_of(DATE_WORDS, st.text(max_size=8)), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=FRAGMENTS, lang=st.sampled_from(["en", "ru", "uk", None]),
       ref=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_any_text_gives_well_formed_mentions(text, lang, ref):
    try:
        mentions = chrono.extract(text, ref=ref, lang=lang)
    except chrono.UnsupportedLanguage:
        return
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        if m.time.start is not None:
            assert m.time.start < m.time.end
        for part in m.parts:
            assert m.start <= part.start < part.end <= m.end


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    for m in chrono.extract(text, ref="2025-12-30", lang="en"):
        assert text[m.start:m.end] == m.text


ADVERSARIAL = {
    "digits": lambda n: "1" * n,
    "dashes and dots": lambda n: ("-." * n)[:n],
    "month names": lambda n: ("May " * n)[:n],
    "nested brackets": lambda n: ("(" * (n // 2)) + (")" * (n // 2)),
    "digit groups": lambda n: ("12.12.12 " * n)[:n],
    "russian months": lambda n: ("мая " * n)[:n],
}


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_pathological_text_finishes(kind):
    """A generous bound that only catastrophic backtracking could break."""
    text = ADVERSARIAL[kind](100_000)
    started = time.perf_counter()
    chrono.extract(text, ref="2025-12-30", lang="ru" if "russian" in kind else "en")
    assert time.perf_counter() - started < 60


def test_empty_text_gives_no_mentions():
    assert chrono.extract("", ref="2025-12-30") == []
    assert chrono.extract("   \n ", ref="2025-12-30") == []


@pytest.mark.parametrize("ref", ["yesterday", "2025-13-01", "30/12/2025", "nonsense"])
def test_bad_reference_is_a_value_error(ref):
    with pytest.raises(chrono.InvalidReference) as error:
        chrono.extract("on Monday", ref=ref)
    assert isinstance(error.value, ValueError)


def test_unknown_language_names_the_supported_ones():
    with pytest.raises(chrono.UnsupportedLanguage, match="supported: .*en"):
        chrono.extract("on Monday", lang="xx")


def test_invalid_utf8_is_rejected():
    with pytest.raises(chrono.InvalidText, match="UTF-8"):
        chrono.extract(b"on Monday \xff\xfe", ref="2025-12-30")


def test_text_over_the_limit_is_rejected():
    with pytest.raises(chrono.InvalidText, match="limit"):
        chrono.extract("x" * 101, max_chars=100)
