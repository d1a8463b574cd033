"""Tense of verb forms from the morphological analyser a language names (its MORPHOLOGY setting)."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

#: parses below this probability say nothing ("стали" is a verb and a noun)
_MIN_SCORE = 0.5


@lru_cache(maxsize=None)
def _pymorphy3():
    import pymorphy3  # loaded on first use: about 0.1 s and the Russian dictionaries
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def _pymorphy3_tense(word: str) -> str | None:
    """'past' or 'future' for a finite verb or past participle in that tense, else None."""
    parse = _pymorphy3().parse(word)[0]
    tag = parse.tag
    if parse.score < _MIN_SCORE or tag.POS not in ("VERB", "PRTF"):
        return None
    if tag.tense == "past":
        return "past"
    return "future" if tag.tense == "futr" and tag.POS == "VERB" else None


@lru_cache(maxsize=50_000)
def _pymorphy3_case(word: str) -> str | None:
    """The grammatical case ('nomn', 'gent', ...) of a noun, adjective or pronoun, when its best parse is likely."""
    parse = _pymorphy3().parse(word)[0]
    if parse.score < _MIN_SCORE or parse.tag.POS not in ("NOUN", "ADJF", "PRTF", "NPRO"):
        return None
    return parse.tag.case


@lru_cache(maxsize=50_000)
def _pymorphy3_governing(word: str) -> str | None:
    """For a verb: 'past', 'future' (a future form or a perfective infinitive: «договорились провести»),
    or '' (a verb whose tense says nothing, as the present); None for a word that is no verb."""
    parse = _pymorphy3().parse(word)[0]
    tag = parse.tag
    if tag.POS not in ("VERB", "INFN") or parse.score < _MIN_SCORE:
        return None
    if tag.POS == "INFN":
        return "future" if tag.aspect == "perf" else ""
    return {"past": "past", "futr": "future"}.get(tag.tense, "")


@lru_cache(maxsize=50_000)
def _pymorphy3_noun(word: str) -> str | None:
    """'animate' or 'inanimate' for a noun, '' for an adjective or participle (words a noun may follow),
    None for anything else."""
    parses = _pymorphy3().parse(word)
    # any reading counts: «нападающий» is a participle and a noun for a player, «главного» an adjective too
    if any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses):
        return "animate"
    if any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses):
        return ""
    return "inanimate" if any(p.tag.POS == "NOUN" for p in parses) else None


@lru_cache(maxsize=50_000)
def _pymorphy3_person_dative(word: str) -> str | None:
    """'yes' for a person in the dative («Зуеву», «мальчику», «ему»), whose age «27 лет» may follow, else None."""
    tag = _pymorphy3().parse(word)[0].tag   # the likeliest reading only («дали» is a verb before a surname)
    if tag.case == "datv" and (tag.POS == "NOUN" and "anim" in tag
                               or tag.POS == "NPRO" and ("1per" in tag or "2per" in tag or "3per" in tag)):
        return "yes"
    return None


#: analyser name -> what it tells of a word (each a function of the lower-case word)
_ANALYSERS: dict[str, dict[str, Callable[[str], str | None]]] = {
    "pymorphy3": {"tense": _pymorphy3_tense, "case": _pymorphy3_case, "governing": _pymorphy3_governing,
                  "noun": _pymorphy3_noun, "person_dative": _pymorphy3_person_dative},
}


def _question(analyser: str | None, question: str) -> Callable[[str], str | None] | None:
    if analyser is None:
        return None
    if analyser not in _ANALYSERS:
        raise ValueError(f"unknown morphological analyser {analyser!r}; known: {', '.join(_ANALYSERS)}")
    return _ANALYSERS[analyser][question]


def tense_of_word(analyser: str | None) -> Callable[[str], str | None] | None:
    """The function giving a word's tense by the named analyser, or None when the language names none."""
    return _question(analyser, "tense")


def case_of_word(analyser: str | None) -> Callable[[str], str | None] | None:
    """The function giving a word's grammatical case by the named analyser, or None when the language names none."""
    return _question(analyser, "case")


def governing_tense_of_word(analyser: str | None) -> Callable[[str], str | None] | None:
    """The function telling what tense a verb gives the phrases it governs, or None when the language names none."""
    return _question(analyser, "governing")


def noun_kind_of_word(analyser: str | None) -> Callable[[str], str | None] | None:
    """The function telling whether a word is an animate or inanimate noun (or an adjective before one)."""
    return _question(analyser, "noun")


def person_dative_of_word(analyser: str | None) -> Callable[[str], str | None] | None:
    """The function telling whether a word names a person in the dative (whose age may follow)."""
    return _question(analyser, "person_dative")
