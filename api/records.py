"""Store records as the contract's JSON dicts (documents, mentions, events)."""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Iterator

DOCUMENT_FIELDS = ("id", "title", "url", "source", "lang", "published")


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
    if out["published"] is not None and not isinstance(out["published"], str):
        out["published"] = out["published"].isoformat()
    if with_text:
        out["text"] = plain.get("text")
    return out


def mention_dict(mention: Any) -> dict[str, Any]:
    """A mention in the contract form."""
    return _plain(mention)


def event_dict(event: Any) -> dict[str, Any]:
    """An event in the contract form (the one serializer, chrono.timeline)."""
    from chrono import timeline
    return timeline.event_json(event)


def csv_lines(events: Iterable[Any]) -> Iterator[str]:
    """The timeline CSV (header first), a line at a time (the one serializer, chrono.timeline)."""
    from chrono import timeline
    return timeline.csv_lines(events)


def timeline_dict(timeline: Any) -> dict[str, Any]:
    """A named timeline's contract fields."""
    plain = _plain(timeline)
    out = {key: plain.get(key) for key in ("id", "name", "description", "filters", "created", "updated")}
    for key in ("created", "updated"):
        if out[key] is not None and not isinstance(out[key], str):
            out[key] = out[key].isoformat()
    out["id"] = str(out["id"])
    out["filters"] = out["filters"] or {}
    return out
