"""The prefilter's token scan finds every token of the text, at its offset, in lower case."""
import re

import pytest

from chrono import lang
from chrono.grammar import compile_language
from chrono.prefilter import DIGIT, _tokens

TEXTS = [
    "", "   ", "word", " On Jan. 5, 2020 the Fed met.", "l'été 2019 — «Ёлка» 3-го ДЕКАБРЯ", "snake_case_2020 x_y",
    "İstanbul ΣΟΦΟΣ straße ﬁne ½ ²³ ٣ ١٩٩٨", "\n\n12:30\tp.m.\u00a0EST\n", "ends with a token",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_the_alphanumeric_runs(text):
    expected = [(m.start(), m.group().lower()) for m in re.finditer(r"[^\W_]+", text)]
    starts, tokens = _tokens(text)
    assert list(zip(starts, tokens)) == expected


def test_windows_are_recomputed_the_same_after_the_cache_is_warm():
    grammar = compile_language(lang.load("en"))
    text = "The talks ended on Tuesday, March 3, 1998, three days after the vote in 1997."
    first = grammar.prefilter.windows(text)
    assert first == grammar.prefilter.windows(text)
    month_rules = [i for i, rule in enumerate(grammar.rules) if rule.id == "en.date.mdy"]
    assert all(any(s <= text.index("March") < e for s, e in first[i]) for i in month_rules)


def test_a_token_triggers_the_groups_of_every_literal_inside_it():
    prefilter = compile_language(lang.load("en")).prefilter
    literals = {lit: g for g, requirement in enumerate(prefilter.groups) for lit in requirement}
    tokens = ["days", "yesterday", "midday", "1990s", "mid", "x", "", "weekends", "todays", "december31", "noon"]
    for token in tokens:
        expected = {g for g, requirement in enumerate(prefilter.groups)
                    for lit in requirement if lit != DIGIT and lit in token}
        if any(c.isdigit() for c in token):
            expected |= {g for g, requirement in enumerate(prefilter.groups) if DIGIT in requirement}
        assert set(prefilter._groups_of(token)) == expected, token
    assert literals


def test_windows_are_right_when_the_token_cache_is_cleared_meanwhile(monkeypatch):
    prefilter = compile_language(lang.load("en")).prefilter
    text = "On Friday, three days after the March 3 vote, the council met again in 1998."
    expected = prefilter.windows(text)
    prefilter._cache.clear()
    groups_of = prefilter._groups_of

    def clearing(token):   # as another thread filling the cache past its limit would
        groups = groups_of(token)
        prefilter._cache.clear()
        return groups

    monkeypatch.setattr(prefilter, "_groups_of", clearing)
    assert prefilter.windows(text) == expected
