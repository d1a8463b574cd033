"""Sentences of a document become events: the time they are about, a title, actors and provenance."""
from __future__ import annotations

import hashlib
import re

from .actors import ActorSpan, actors_between, find_actors
from .boilerplate import FurnitureIndex, Segment, segments as split_segments
from .model import Document, Event, EventSource, Mention
from .text import sentence_spans

TITLE_CHARS = 100
_UNANCHORED_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
_TIME_PREPOSITION = re.compile(r"(?:\b(?:on|in|at|during|by|since|from|of|в|во|на|с|со|к|до|от)\s+)$", re.IGNORECASE)
# A holiday greeted or used as a modifier ("New Year's greetings", "congratulated … on the New Year") is what the
# sentence talks about, not when it happened.
_GREETING_BEFORE = re.compile(r"(?:congratulat|greet|wish|поздрав|пожела)\w*\b[^.!?]{0,120}$", re.IGNORECASE)
_MODIFIED_AFTER = re.compile(r"^\s*(?:greetings|wishes|message|address|speech|card|tree|decorations?|celebrations?|party|"
                             r"holidays|break|sales?|lights|поздравлени\w*|обращени\w*|праздник\w*|каникул\w*)\b",
                             re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:(?:earlier|meanwhile|however|also|then|later|ранее|тогда|также|при этом|накануне)\s*,?\s+|"
                      r"(?:according to|по данным|по словам|как сообщает|как сообщил)\s[^,]{1,60},\s*)+",
                      re.IGNORECASE)


def event_id(document_id: str, sentence_start: int, date_text: str) -> str:
    """The stable id of one sentence's event: a hash of document, sentence start and date phrase."""
    digest = hashlib.sha256(f"{document_id}:{sentence_start}:{date_text}".encode("utf-8")).hexdigest()
    return "ev_" + digest[:20]


def is_resolved(mention: Mention) -> bool:
    """True for a date or time with an interval (not a duration, set or bare present/past reference)."""
    t = mention.time
    return (t.type in ("DATE", "TIME") and t.start is not None and t.end is not None
            and t.value not in _UNANCHORED_VALUES)


def build_events(document: Document, mentions: list[Mention], parts: list[Segment] | None = None,
                 found_actors: list[ActorSpan] | None = None) -> list[Event]:
    """One event per non-furniture sentence: dated by its main mention, or undated when it has none."""
    text = document.text
    parts = split_segments(text) if parts is None else parts
    furniture = FurnitureIndex(parts)
    found = find_actors(text, document.lang) if found_actors is None else found_actors
    resolved = sorted((m for m in mentions if is_resolved(m)), key=lambda m: m.start)
    events, cursor = [], 0
    for start, end in sentence_spans(text):
        if furniture.covers(start):
            continue
        inside = []
        while cursor < len(resolved) and resolved[cursor].start < end:
            if resolved[cursor].start >= start:
                inside.append(resolved[cursor])
            cursor += 1
        events.append(_sentence_event(document, start, end, inside, found))
    return events


def main_mention(sentence: str, offset: int, mentions: list[Mention]) -> Mention | None:
    """The mention the sentence's main verb is about: the first adverbial date, else the first date."""
    mentions = [m for m in mentions if not _holiday_as_topic(sentence, offset, m)]
    if not mentions:
        return None
    for m in mentions:
        if _TIME_PREPOSITION.search(sentence[:m.start - offset]) or m.start - offset < 3:
            return m
    return mentions[0]


def _holiday_as_topic(sentence: str, offset: int, mention: Mention) -> bool:
    """True for a holiday the sentence greets or uses as a modifier rather than dates by."""
    if "holiday" not in mention.rule:
        return False
    before, after = sentence[:mention.start - offset], sentence[mention.end - offset:]
    return bool(_GREETING_BEFORE.search(before) or _MODIFIED_AFTER.match(after))


def make_title(sentence: str, date_span: tuple[int, int] | None = None) -> str:
    """A short title from the sentence: the date phrase and lead-ins removed, cut at a word near 100 chars."""
    text = sentence
    if date_span is not None:
        before, after = text[:date_span[0]], text[date_span[1]:]
        adverbial = _TIME_PREPOSITION.search(before) or not before.strip()
        if adverbial:
            head = _TIME_PREPOSITION.sub("", before).rstrip()
            if head.endswith(("the", "The")):
                head = head[:-3].rstrip()
            keep_comma = head and not head.endswith((",", "that", "что")) and after.lstrip().startswith(",")
            text = head + ("," if keep_comma else "") + " " + after.lstrip(" ,")
    text = _LEAD_IN.sub("", text.strip(" ,"))
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;:")
    text = text[:1].upper() + text[1:]
    if len(text) <= TITLE_CHARS:
        return text
    cut = text[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:—-")
    return cut + "…"


def _sentence_event(document: Document, start: int, end: int, inside: list[Mention],
                    found: list[ActorSpan]) -> Event:
    sentence = document.text[start:end]
    main = main_mention(sentence, start, inside)
    date_text = main.text if main else ""
    date_span = (main.start, main.end) if main else None
    local_date = (main.start - start, main.end - start) if main else None
    source = EventSource(document=document.id, sentence=sentence, date_text=date_text, span=(start, end),
                         date_span=date_span, title=document.title, url=document.url, source=document.source,
                         lang=document.lang, time=main.time if main else None)
    related = [m.time for m in inside if m is not main]
    return Event(id=event_id(document.id, start, date_text), time=main.time if main else None,
                 title=make_title(sentence, local_date), actors=actors_between(found, start, end),
                 langs=[document.lang] if document.lang else [], sources=[source], related=related)
