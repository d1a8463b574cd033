"""Conversions between the engine's dataclasses, table rows and the contract's JSON dicts."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from ..actors import lemma, name_key, words
from ..label import label
from ..merge import Evidence, Member, english_stem
from ..model import Anchor, Event, EventSource, TimeValue
from .models import KEY_LENGTH, DocumentRow, EventRow, EventSourceRow

SHORT_SPAN, YEAR_SPAN = timedelta(days=32), timedelta(days=367)
SPAN_CLASS_REACH = {0: SHORT_SPAN, 1: YEAR_SPAN}
UNDATED_CLASS = 3
WORD, ACTOR, LANG, SOURCE = "w", "a", "l", "s"


def time_to_json(time: TimeValue | None) -> dict | None:
    """A TimeValue as a JSON dict (the inverse of time_from_json)."""
    if time is None:
        return None
    return {"type": time.type, "value": time.value, "start": _iso(time.start), "end": _iso(time.end),
            "grain": time.grain, "mod": time.mod, "stated": list(time.stated), "inferred": list(time.inferred),
            "anchor": time.anchor.to_dict()}


def time_from_json(data: dict | None) -> TimeValue | None:
    """A TimeValue from its JSON dict."""
    if not data:
        return None
    anchor = data.get("anchor") or {}
    return TimeValue(type=data["type"], value=data["value"], start=_dt(data.get("start")), end=_dt(data.get("end")),
                     grain=data.get("grain"), mod=data.get("mod"), stated=tuple(data.get("stated") or ()),
                     inferred=tuple(data.get("inferred") or ()),
                     anchor=Anchor(anchor.get("kind", "absolute"), anchor.get("mention")))


def related_json(time: TimeValue, lang: str | None) -> dict:
    """A related time as the contract shows it: value, interval, grain, mod and label."""
    return {"value": time.value, "start": _iso(time.start), "end": _iso(time.end), "grain": time.grain,
            "mod": time.mod, "label": label(time.start, time.end, time.grain, time.mod, lang)}


def source_values(event: Event, event_id: str | None = None) -> dict:
    """The column values of one sentence event's row, belonging to canonical event `event_id`."""
    source = event.sources[0]
    time = event.time
    return dict(
        id=event.id, event_id=event_id, document_id=source.document, sentence_start=source.span[0], sentence_end=source.span[1],
        sentence=source.sentence, date_text=source.date_text,
        date_start=source.date_span[0] if source.date_span else None,
        date_end=source.date_span[1] if source.date_span else None,
        start_at=time.start if time else None, end_at=time.end if time else None, time=time_to_json(time),
        title=event.title, actors=list(event.actors), related=[time_to_json(t) for t in event.related],
        lang=source.lang)


def sentence_event(row: EventSourceRow, document: DocumentRow) -> Event:
    """The sentence event a source row stores, with its document's fields."""
    time = time_from_json(row.time)
    source = EventSource(document=row.document_id, sentence=row.sentence, date_text=row.date_text,
                         span=(row.sentence_start, row.sentence_end),
                         date_span=(row.date_start, row.date_end) if row.date_start is not None else None,
                         title=document.title, url=document.url, source=document.source, lang=row.lang, time=time)
    return Event(id=row.id, time=time, title=row.title, actors=list(row.actors or []),
                 langs=[row.lang] if row.lang else [], sources=[source],
                 related=[t for t in (time_from_json(r) for r in row.related or []) if t is not None])


def event_values(event: Event, first_published: str | None, members: list[dict] | None = None) -> dict:
    """The column values of a canonical event's row; `members` are the merge inputs of its earliest sentences."""
    time = event.time
    lang = event.langs[0] if event.langs else None
    return dict(
        id=event.id, members=members, start_at=time.start if time else None, end_at=time.end if time else None,
        span_class=span_class(time), grain=time.grain if time else None, mod=time.mod if time else None,
        value=time.value if time else None,
        label=label(time.start if time else None, time.end if time else None, time.grain if time else None,
                    time.mod if time else None, lang)[:120],
        title=event.title, actors=list(event.actors), langs=list(event.langs),
        related=[related_json(t, lang) for t in event.related if t.start is not None], links=list(event.links),
        n_sources=len(event.sources), first_published=first_published)


def key_values(event: Event) -> list[dict]:
    """The rows of an event's search keys: word forms, actors, languages and outlets."""
    texts = [event.title, *event.actors, *dict.fromkeys(s.sentence for s in event.sources)]
    fields = {WORD: text_keys(texts), ACTOR: {actor_key(a) for a in event.actors} - {""},
              LANG: {lang_key(x) for x in event.langs}, SOURCE: {source_key(s.source) for s in event.sources if s.source}}
    return [{"event_id": event.id, "field": field, "key": key}
            for field, keys in fields.items() for key in sorted({fit(k) for k in keys if k})]


def member_json(member: Member, order: tuple) -> dict:
    """What a later merge compares of one sentence (time, document, evidence), with its merge order."""
    time = member.time
    ev = member.evidence
    return {"id": member.id, "document": member.document, "order": list(order),
            "time": None if time is None else {"value": time.value, "start": _iso(time.start), "end": _iso(time.end),
                                               "grain": time.grain},
            "evidence": {"persons": sorted(ev.persons), "places": sorted(ev.places), "numbers": sorted(ev.numbers),
                         "words": sorted(ev.words), "kinds": sorted(ev.kinds)}}


def member_from_json(data: dict) -> tuple[tuple, Member]:
    """The merge order and Member a member_json dict stores."""
    t = data.get("time")
    time = None if t is None else TimeValue("DATE", t["value"], _dt(t["start"]), _dt(t["end"]), t.get("grain"))
    ev = data["evidence"]
    evidence = Evidence(*(frozenset(ev[k]) for k in ("persons", "places", "numbers", "words", "kinds")))
    return tuple(data["order"]), Member(data["id"], data["document"], time, evidence)


def span_class(time: TimeValue | None) -> int:
    """0 for intervals up to a month, 1 up to a year, 2 longer, 3 undated (lets window queries use an index)."""
    if time is None or time.start is None or time.end is None:
        return UNDATED_CLASS
    length = time.end - time.start
    return 0 if length <= SHORT_SPAN else 1 if length <= YEAR_SPAN else 2


@lru_cache(maxsize=200_000)
def search_keys(word: str, name: bool = True) -> frozenset[str]:
    """The forms under which a word is found: lower case, lemma or stem, and (for names) a name key."""
    low = word.lower()
    keys = {low, lemma(word), english_stem(low)}
    if name:
        for form in {word, lemma(word)}:
            key = name_key(form)
            if len(key) >= 2:
                keys.add("~" + key)
    return frozenset(keys)


def text_keys(texts: list[str]) -> set[str]:
    """The search keys of every word of the given texts."""
    keys: set[str] = set()
    for text in texts:
        for word in words(text or ""):
            keys |= search_keys(word, name=word[:1].isupper())
    return keys


def lang_key(lang: str) -> str:
    """The key a language is filtered by."""
    return lang.strip().lower()


def source_key(source: str) -> str:
    """The key an outlet is filtered by."""
    return " ".join(source.split()).lower()


def fit(key: str) -> str:
    """A key cut to the length the key column holds (queries cut theirs the same way)."""
    return key[:KEY_LENGTH]


def actor_key(actor: str) -> str:
    """The key an actor is filtered by: the name key of its last word's lemma."""
    parts = re.findall(r"[^\W\d_]+", actor)
    return "~" + name_key(lemma(parts[-1])) if parts else ""


def document_json(row: DocumentRow, with_text: bool = True) -> dict:
    """A document in the contract's fields plus id and creation time."""
    out = {"id": row.id, "title": row.title, "url": row.url, "source": row.source, "lang": row.lang,
           "published": row.published, "created": _iso(row.created_at), "chars": len(row.text)}
    if with_text:
        out["text"] = row.text
    return out


def event_json(row: EventRow, sources: list, with_links: bool = False) -> dict:
    """An event in the contract's shape: time, label, title, actors, languages, sources, related.

    `sources` are rows of a sentence's fields with its document's title, url and outlet (query._SOURCE_COLUMNS)."""
    out = {"id": row.id, "start": _iso(row.start_at), "end": _iso(row.end_at), "grain": row.grain, "mod": row.mod,
           "value": row.value, "label": row.label, "title": row.title, "actors": list(row.actors),
           "langs": list(row.langs),
           "sources": [{"document": s.document_id, "title": s.title, "url": s.url, "source": s.source,
                        "sentence": s.sentence, "date_text": s.date_text, "span": [s.sentence_start, s.sentence_end]}
                       for s in sources],
           "related": list(row.related)}
    if with_links:
        out["links"] = list(row.links)
    return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
