"""Sentence boundaries as character spans."""
from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved under re
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore

#: white space after a sentence's final mark before a capital or digit, or a line break with the white space after it
#: (written to start with \s, so the regex engine skips to white space without trying each character)
_BOUNDARY = re.compile(r"\s(?:(?<=[.!?…»”\"]\s)\s*(?=[«“\"(\[]?[A-ZА-ЯЁІЇЄҐ0-9])|(?<=\n)\s*)")
_ABBREVIATION_END = re.compile(r"(?:\b[A-ZА-Я]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
                               r"Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Inc|Corp|Co|U\.S|No|vs|г|гг|ул|им|т\.е|т\.д))\.$")
#: a clock time's "a.m."/"p.m." runs on into the day, month or zone it is followed by ("9 a.m. Tuesday", "5 p.m. EST")
_CLOCK_SUFFIX_END = re.compile(r"\b[ap]\.m\.$")
_CLOCK_CONTINUES = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                              r"(?:[ECMP][SD]T|GMT|UTC|ET)\b")
#: how far before a boundary an abbreviation can start (its longest form, and a newline `$` may skip)
_ABBREVIATION_REACH = sre_parse.parse(_ABBREVIATION_END.pattern).getwidth()[1] + 1


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (and lines) of `text`, without surrounding white space."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        # only the last characters before the boundary can hold the abbreviation
        if "\n" not in match.group() and (
                _ABBREVIATION_END.search(text, max(start, end - _ABBREVIATION_REACH), end)
                or (_CLOCK_SUFFIX_END.search(text, max(start, end - 5), end)
                    and _CLOCK_CONTINUES.match(text, match.end()))):
            continue
        _append(text, spans, start, end)
        start = match.end()
    _append(text, spans, start, len(text))
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    end -= len(stripped) - len(stripped.rstrip())
    if end > start:
        spans.append((start, end))
