"""Vocabularies compile to factored alternations that match exactly what the plain longest-first ones match."""
import random
import re

import pytest

from chrono import lang
from chrono.grammar import _classes, _sources, _trie_regex, _vocab_regex, _vocabularies, compile_language
from chrono.prefilter import required_literals

WORDS = {"jan": 1, "january": 1, "a": 1, "an": 1, "a few": None, "a couple": 2, "a couple of": 2,
         "p.m": 12, "p": 0, "pm": 12, "new year's": 1, "new year": 1, "sept": 9, "september": 9, "sep": 9,
         "twenty-one": 21, "twenty one": 21, "twenty": 20, "седьмое": 7, "сентябрь": 9}
ABBREVIATIONS = frozenset({"jan", "sept", "sep", "p.m", "p"})
PIECES = ["jan", "January", "uary", "a", "n", " ", "  ", "few", "couple", "of", "p", ".", "m", "P.M.", "new",
          "Year", "'", "\u2019", "s", "Sept", "ember", "twenty", "-", "one", "седьмое", "СЕДЬМОЁ", "сент", "ябрь", "x"]


def _texts(count=3000):
    rnd = random.Random(3)
    for _ in range(count):
        yield "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 6)))


def test_factored_alternation_matches_the_same_text_in_the_same_order():
    # a continuation that forces backtracking shows the order in which the alternatives are tried
    plain = re.compile(f"({_vocab_regex(WORDS, ABBREVIATIONS)})(\\.?)(?=[^\\w.]|$)", re.IGNORECASE)
    factored = re.compile(f"({_trie_regex(WORDS, ABBREVIATIONS)})(\\.?)(?=[^\\w.]|$)", re.IGNORECASE)
    assert plain.pattern != factored.pattern
    for text in _texts():
        for start in range(len(text)):
            a, b = plain.match(text, start), factored.match(text, start)
            assert (a and a.groups()) == (b and b.groups()), (text, start)


def test_vocabulary_whose_branches_may_share_a_character_is_left_plain():
    words = {"xsa": 1, "xſb": 2, "x": 3}   # the long s matches s under IGNORECASE
    assert _trie_regex(words) == _vocab_regex(words)
    assert _trie_regex({"xsa": 1, "xtb": 2, "x": 3}) == "(?:x(?:sa|tb|))"


@pytest.mark.parametrize("code", lang.available())
def test_prefilter_reads_the_same_literals_as_from_fully_expanded_rules(code):
    module = lang.load(code)
    plain = _classes(module, _vocabularies(module), _vocab_regex)
    common = frozenset(getattr(module, "COMMON_WORDS", ()))
    expanded = [required_literals(source, common) for source, _ in _sources(module.RULES, plain, True)]
    assert compile_language(module).prefilter.requirements == expanded
