"""The prefilter's token scan finds every token of the text, at its offset, in lower case."""
import random
import re
import sys

import pytest

from chrono import lang
from chrono.grammar import compile_language
from chrono.prefilter import DIGIT, _tokens, _word_text

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


WORD_TEXTS = TEXTS + [
    "Tuesday, “March 3” — the vote’s end\u00a0(5\u202fp.m.) … €20", "?\x00 snake_case_2020 ? x", "a\ud800b May 5",
    "\uE000 to \uE000", "café on 5 May", "İstanbul 5 May", "ΟΔΟΣ'S 5 May",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_word_text_keeps_tokens_at_their_offsets(text):
    words = _word_text(text)
    if words is None:    # a letter or digit outside ASCII (or a lone surrogate): tokens are found by _tokens
        assert not text.isascii()
        return
    assert len(words) == len(text)
    expected = [(m.start(), m.group().lower()) for m in re.finditer(r"[^\W_]+", text)]
    assert [(m.start(), m.group()) for m in re.finditer(r"[^ ]+", words)] == expected


@pytest.mark.parametrize("code", lang.available())
def test_windows_from_word_text_are_the_windows_from_tokens(code):
    prefilter = compile_language(lang.load(code)).prefilter
    rnd = random.Random(4)
    pieces = ["May", "march", "1998", "Monday", "the", "day", "12:30", "p.m.", "января", "вчера", " ", " ", ", ", "\n",
              "—", "“", "”", "\u2019s", "\u00a0", "_", "?", "\uE000", "é", "İ", "Σ"]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        assert prefilter.group_windows(text) == prefilter._group_windows_by_tokens(text), text


def test_token_characters_are_those_str_isalnum_accepts():
    # _word_text relies on it: the regex class [^\W_] and str.isalnum agree on every character
    token = re.compile(r"[^\W_]")
    assert all(bool(token.match(c)) == c.isalnum() for c in map(chr, range(sys.maxunicode + 1)))
