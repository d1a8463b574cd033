"""Shortcuts of the tagger only save time: they find exactly what the plain way finds."""
import json
import random
import re
from pathlib import Path

import pytest

from chrono import lang
from chrono.gates import CombinatorGate
from chrono.grammar import SENTINEL, compile_language
from chrono.prefilter import cut_after, lookbehind_reach
from chrono.tagger import _combinator_starts, _combine_once, _gate_positions, _Skeleton, _windows, find_base

from . import test_engine_uk

ROOT = Path(__file__).resolve().parents[2]


def _texts(code):
    manifest = json.loads((ROOT / "seeds/manifest.json").read_text(encoding="utf-8"))
    for item in manifest:
        if item["lang"] == code:
            yield (ROOT / "seeds" / item["file"]).read_text(encoding="utf-8")
    if code == "uk":    # no Ukrainian seeds: the sentences of the Ukrainian cases, one after another
        cases = [value for value in vars(test_engine_uk).values() if isinstance(value, list)]
        yield " ".join(case[0] for cases_of_a_kind in cases for case in cases_of_a_kind
                       if isinstance(case, tuple) and isinstance(case[0], str))


def _passes(grammar, text, seen):
    exprs, found = find_base(grammar, text), []
    for _ in range(3):
        combined = _combine_once(grammar, text, exprs, seen) if exprs else None
        if combined is None:
            break
        exprs = combined
        found.append([(e.start, e.end, e.rule.id, e.values, e.spans) for e in exprs])
    return found


@pytest.mark.parametrize("code", lang.available())
def test_combining_with_remembered_gate_positions_finds_the_same(code):
    grammar = compile_language(lang.load(code))
    assert grammar.combinator_reach is not None
    for text in _texts(code):
        seen = {}
        assert _passes(grammar, text, seen) == _passes(grammar, text, None)
        assert seen


@pytest.mark.parametrize("pattern, reach", [
    (r"abc", 0), (r"(?<!\w)foo", 1), (r"(?<!early\s)x", 6), (r"\bx", 1), (r"x|\By", 1), (r"(?<=a(?<=xy)b)c", 4),
    (r"(?=(?<=abc))x", 3), (r"(?:(?<!ab)|x)+y", 2), (r"(a)\1", None), (r"(?P<a>x)(?(a)y)", None),
])
def test_lookbehind_reach(pattern, reach):
    assert lookbehind_reach(pattern) == reach


def test_a_placeholder_brings_its_reach_and_is_unknown_inside_a_lookbehind():
    stand_in = "\U000F0001"
    assert lookbehind_reach(stand_in + "x", {stand_in: 3}) == 3
    assert lookbehind_reach("x" + stand_in, {stand_in: None}) is None
    assert lookbehind_reach(f"(?<!{stand_in})x", {stand_in: 0}) is None


def test_remembered_positions_are_those_of_a_window_read_with_its_reach():
    gate = CombinatorGate(whole=re.compile(r"(?<![a-z]{2})b|\Ac"))
    reach = lookbehind_reach(gate.whole.pattern) + 1
    rnd = random.Random(6)
    seen = {}
    for _ in range(3000):
        text = "".join(rnd.choice("abcx ") for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(text))
        windows = [(start, rnd.randint(start, len(text)), [])]
        assert _gate_positions(gate, text, windows, reach, seen) == _gate_positions(gate, text, windows, None, None)


@pytest.mark.parametrize("pattern, cut", [
    (r"from\s+§\s+to\s+§", True), (r"§\s*-\s*§", True), (r"a\b§x", True), (r"a(?<!b)§", True),
    (r"(?:x|§)y", False), (r"a§?b", False), (r"a§|b", False), (r"(?=.*z)a§", False), (r"a$§b", False), (r"ab", False),
])
def test_cut_after(pattern, cut):
    assert cut_after(pattern.replace("§", SENTINEL), SENTINEL) == cut


def test_a_placeholder_that_reads_ahead_is_not_cut_after():
    stand_in = "\U000F0001"
    assert cut_after(stand_in + SENTINEL, SENTINEL, {stand_in: False})
    assert not cut_after(stand_in + SENTINEL, SENTINEL, {stand_in: True})


@pytest.mark.parametrize("code", lang.available())
def test_divided_combinator_gates_find_every_start_of_a_combinator(code):
    grammar = compile_language(lang.load(code))
    gate = grammar.combinator_gate
    assert gate.whole is None and gate.at_phrase is not None and gate.leading is not None
    regexes = [rule.regex for rule in grammar.combinators]
    for text in _texts(code):
        for exprs in (find_base(grammar, text), find_base(grammar, text)[::2]):
            skeleton = _Skeleton(text, exprs)
            for start, end, phrases in _windows(skeleton.positions, 40):
                expected = {p for p in range(start, min(end, len(skeleton.text)) + 1)
                            if any(regex.match(skeleton.text, p, end) for regex in regexes)}
                assert expected <= set(_combinator_starts(gate, skeleton.text, start, end, phrases))
