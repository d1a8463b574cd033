"""Store records as the contract's JSON dicts (documents, mentions, events)."""
from __future__ import annotations

import csv
import dataclasses
import io
from typing import Any, Iterable, Iterator

DOCUMENT_FIELDS = ("id", "title", "url", "source", "lang", "published", "created", "chars")


def repository():
    """The store's repository module (imported on use: the app starts without a store)."""
    import chrono.store
    return chrono.store


def _plain(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record
    if hasattr(record, "to_dict"):
        return record.to_dict()
    if dataclasses.is_dataclass(record):
        return dataclasses.asdict(record)
    return {key: getattr(record, key) for key in dir(record) if not key.startswith("_")}


def document_dict(document: Any, with_text: bool = True) -> dict[str, Any]:
    """A document's contract fields (its text too when asked)."""
    plain = _plain(document)
    out = {key: plain.get(key) for key in DOCUMENT_FIELDS}
    for key in ("published", "created"):
        if out[key] is not None and not isinstance(out[key], str):
            out[key] = out[key].isoformat()
    if with_text:
        out["text"] = plain.get("text")
    return out


def mention_dict(mention: Any) -> dict[str, Any]:
    """A mention in the contract form."""
    return _plain(mention)


def event_dict(event: Any) -> dict[str, Any]:
    """An event in the contract form (the store gives it as JSON already; else the one serializer)."""
    if isinstance(event, dict):
        return event
    from chrono import timeline
    return timeline.event_json(event)


CSV_COLUMNS = ("id", "start", "end", "grain", "mod", "value", "label", "title", "actors", "langs", "sources",
               "documents")


def csv_lines(events: Iterable[Any]) -> Iterator[str]:
    """The timeline CSV (header first), a line at a time: chrono.timeline's serializer when it is there."""
    try:
        from chrono.timeline import csv_lines as shared_csv_lines
    except ImportError:
        return _interim_csv_lines(event_dict(e) for e in events)
    return shared_csv_lines(events)


def _interim_csv_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Stand-in for chrono.timeline's CSV until it lands (same columns as the event contract)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        line = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return line

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for event in events:
        sources = event.get("sources") or []
        writer.writerow([event.get("id"), event.get("start"), event.get("end"), event.get("grain"), event.get("mod"),
                         event.get("value"), event.get("label"), event.get("title"),
                         "; ".join(event.get("actors") or []), "; ".join(event.get("langs") or []),
                         "; ".join(sorted({s.get("source") or "" for s in sources} - {""})),
                         "; ".join(s.get("document") or "" for s in sources)])
        yield flush()

