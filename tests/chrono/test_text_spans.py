"""Sentence spans: the fast boundary scan splits exactly where the plain definition does."""
import random
import re

from chrono.text import sentence_spans

# the plain definition: white space after . ! ? … » ” " before a capital or digit, or a line break
_PLAIN_BOUNDARY = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"(\[]?[A-ZА-ЯЁІЇЄҐ0-9])|\n\s*")
_PLAIN_ABBREVIATION = re.compile(r"(?:\b[A-ZА-Я]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
                                 r"Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Inc|Corp|Co|U\.S|No|vs|г|гг|ул|им|т\.е|т\.д))\.$")
_PLAIN_CLOCK = re.compile(r"\b[ap]\.m\.$")
_PLAIN_CONTINUES = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                              r"(?:[ECMP][SD]T|GMT|UTC|ET)\b")
PIECES = [" a.m.", " p.m. ", " Tuesday", " EST", " March", " The", "word", "Word", " ", "  ", ". ", "? ", "!\n", "\n", "\n \n", "Mr.", " Sept.", "U.S.", " A.", "т.е.", "г.",
          "“Quote”", " «Ёлка»", "\u2028", "\x0b", "\u00a0", " 1998", " (Note)", "…", "\"", "Dr. ", "no."]


def _plain_spans(text):
    spans, start = [], 0
    for match in _PLAIN_BOUNDARY.finditer(text):
        if "\n" not in match.group() and (
                _PLAIN_ABBREVIATION.search(text[start:match.start()])
                or (_PLAIN_CLOCK.search(text[start:match.start()]) and _PLAIN_CONTINUES.match(text, match.end()))):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for start, end in spans:
        piece = text[start:end]
        start, end = start + len(piece) - len(piece.lstrip()), end - (len(piece) - len(piece.rstrip()))
        if end > start:
            out.append((start, end))
    return out


def test_spans_match_the_plain_definition_on_random_texts():
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14)))
        assert sentence_spans(text) == _plain_spans(text), text


def test_abbreviations_do_not_end_sentences():
    text = "Talks with Mr. Smith began Sept. 5. They ended.\nNext line"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Talks with Mr. Smith began Sept. 5.", "They ended.", "Next line"]


def test_a_clock_suffix_runs_on_into_its_day_or_zone_but_ends_a_sentence_before_other_words():
    text = "Trading resumes at 9 a.m. Tuesday in Paris. Talks ended at 5 p.m. EST on Friday. It ended at 6 p.m. The talks resume."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Trading resumes at 9 a.m. Tuesday in Paris.", "Talks ended at 5 p.m. EST on Friday.",
        "It ended at 6 p.m.", "The talks resume."]
