"""Store records as the contract's JSON dicts (documents, mentions, events)."""
from __future__ import annotations

import dataclasses
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
    """An event in the contract form (the store gives it as the contract's dict already)."""
    if isinstance(event, dict):
        return event
    from chrono.timeline import contract_event
    return contract_event(_plain(event))


def csv_lines(events: Iterable[Any]) -> Iterator[str]:
    """The timeline CSV (header first), a line at a time: the one serializer the CLI uses too."""
    from chrono.timeline import csv_lines as timeline_csv_lines
    return timeline_csv_lines(events)
