"""Gates only save time: rules tried where their group's gate matches find what scanning every window finds."""
import dataclasses
import json
import random
import re
from pathlib import Path

import pytest

from chrono import lang
from chrono.gates import _char_class, _pairs_regex
from chrono.grammar import compile_language
from chrono.prefilter import END, leading_pairs
from chrono.tagger import _gated_matches, tag

ROOT = Path(__file__).resolve().parents[2]


def _texts(code):
    manifest = json.loads((ROOT / "seeds/manifest.json").read_text(encoding="utf-8"))
    for item in manifest:
        if item["lang"] == code:
            text = (ROOT / "seeds" / item["file"]).read_text(encoding="utf-8")
            yield text
            yield text.upper()


def _tags(grammar, text):
    return [(e.start, e.end, e.rule.id, e.values) for e in tag(grammar, text)]


@pytest.mark.parametrize("code", lang.available())
def test_gated_rules_find_what_ungated_rules_find(code):
    grammar = compile_language(lang.load(code))
    assert grammar.gates and grammar.combinator_gate is not None
    ungated = dataclasses.replace(grammar, gates={}, combinator_gate=None)
    for text in _texts(code):
        assert _tags(grammar, text) == _tags(ungated, text)


@pytest.mark.parametrize("pattern", [r"ab|b", r"a+b?", r"(?<!x)a\w*", r"b*", r"(?:)", r"\d\d?(?=a)"])
def test_gated_matches_are_finditer_matches(pattern):
    regex = re.compile(pattern)
    rnd = random.Random(1)
    for _ in range(500):
        text = "".join(rnd.choice("abx1 ") for _ in range(rnd.randint(0, 20)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        # every position a match could start at, as a gate would give them
        positions = [p for p in range(start, end + 1) if regex.match(text, p, end)]
        expected = [m.span() for m in regex.finditer(text, start, end)]
        assert [m.span() for m in _gated_matches(regex, text, start, end, positions)] == expected


@pytest.mark.parametrize("pattern", [r"(?:the\s+)?night", r"\d+-?[a-z]", r"(?<!x)(?:ab|Sx|c)?[ḱk]", r"\uE000\s*-",
                                     r"(?:[0-5]\d|it)s", r"(?:early|mid)(?=\d)?", r"a\w?", r"x\s+y|z{2,}"])
def test_a_match_starts_with_one_of_its_leading_pairs(pattern):
    pairs = leading_pairs(pattern)
    first, two = re.compile(_char_class(frozenset(pairs))), re.compile(f"(?:{_pairs_regex(pairs)})")
    rnd = random.Random(2)
    alphabet = "abcdeghiknstxyzſSKḰ0159- \t\uE000"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        for match in re.finditer(pattern, text, re.IGNORECASE):
            assert first.match(text, match.start()) and two.match(text, match.start()), (pattern, text, match.start())


def test_unknown_or_empty_starts_have_no_pairs():
    assert leading_pairs(r"\w+") is None and leading_pairs(r"a?") is None and leading_pairs(r"[^a]") is None
    assert leading_pairs(r"ab?") == {"a": frozenset({"b", END})}
