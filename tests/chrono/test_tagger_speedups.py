"""Shortcuts of the tagger only save time: they find exactly what the plain way finds."""
import json
import random
import re
from pathlib import Path

import pytest

from chrono import lang
from chrono.grammar import compile_language
from chrono.prefilter import lookbehind_reach
from chrono.tagger import _combine_once, _gate_positions, find_base

ROOT = Path(__file__).resolve().parents[2]


def _texts(code):
    manifest = json.loads((ROOT / "seeds/manifest.json").read_text(encoding="utf-8"))
    for item in manifest:
        if item["lang"] == code:
            yield (ROOT / "seeds" / item["file"]).read_text(encoding="utf-8")


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
    gate = re.compile(r"(?<![a-z]{2})b|\Ac")
    reach = lookbehind_reach(gate.pattern) + 1
    rnd = random.Random(6)
    seen = {}
    for _ in range(3000):
        text = "".join(rnd.choice("abcx ") for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(text))
        windows = [(start, rnd.randint(start, len(text)))]
        assert _gate_positions(gate, text, windows, reach, seen) == _gate_positions(gate, text, windows, None, None)
