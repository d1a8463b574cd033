"""Verb tense from the morphological analyser a language names."""
import pytest

from chrono.morphology import case_of_word, tense_of_word


@pytest.mark.parametrize("word, tense", [
    ("возобновятся", "future"), ("сократит", "future"), ("будет", "future"),
    ("заявил", "past"), ("подорожали", "past"), ("прибывший", "past"),
    ("говорят", None), ("переговоры", None), ("году", None),
])
def test_russian_verb_tense(word, tense):
    assert tense_of_word("pymorphy3")(word) == tense


def test_a_language_without_an_analyser_has_no_tense_function():
    assert tense_of_word(None) is None


def test_an_unknown_analyser_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown morphological analyser 'stemmer9'"):
        tense_of_word("stemmer9")


@pytest.mark.parametrize("word, case", [
    ("минфин", "nomn"), ("госдума", "nomn"), ("дня", "gent"), ("визита", "gent"), ("вечером", None),
])
def test_russian_case_of_the_word_after_a_preposition_like_adverb(word, case):
    assert case_of_word("pymorphy3")(word) == case
