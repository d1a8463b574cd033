"""Verb tense from the morphological analyser a language names."""
import pytest

from chrono.morphology import tense_of_word


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
