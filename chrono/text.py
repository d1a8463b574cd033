"""Sentence boundaries as character spans."""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…»”\"])\s+(?=[«“\"(\[]?[A-ZА-ЯЁІЇЄҐ0-9])|\n\s*")
_ABBREVIATION_END = re.compile(r"(?:\b[A-ZА-Я]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
                               r"Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Inc|Corp|Co|U\.S|No|vs|г|гг|ул|им|т\.е|т\.д))\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (and lines) of `text`, without surrounding white space."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.group().strip() == "" and "\n" not in match.group() and _ABBREVIATION_END.search(text[start:match.start()]):
            continue
        _append(text, spans, start, match.start())
        start = match.end()
    _append(text, spans, start, len(text))
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
