"""Where a chart's events come from: the Flask app's store, through the store's repository functions."""
from __future__ import annotations

from typing import Any

from flask import current_app

STORE_EXTENSION = "chrono_store"
BATCH = 500
MAX_EVENTS = 20_000


def app_store() -> Any:
    """The store the app was given (current_app.extensions["chrono_store"]), opened on first use."""
    slot = current_app.extensions[STORE_EXTENSION]
    if isinstance(slot, dict) and "store" in slot:
        if slot["store"] is None:
            from api.storage import store  # opens DATABASE_URL once per process
            return store()
        return slot["store"]
    return slot


def matching_events(store: Any, store_filters: dict[str, Any], limit: int = MAX_EVENTS) -> list[dict[str, Any]]:
    """Every event matching the filters in time order (at most `limit`), as contract dicts."""
    import chrono.store as repository

    events: list[dict[str, Any]] = []
    page = 1
    while len(events) < limit:
        items, total = repository.list_events(store, page=page, per_page=BATCH, **store_filters)
        events.extend(event_json(item) for item in items)
        if not items or page * BATCH >= total:
            break
        page += 1
    return events[:limit]


def saved_timeline(store: Any, timeline_id: str) -> dict[str, Any] | None:
    """A named timeline as the store keeps it (None when there is no such timeline)."""
    import chrono.store as repository

    if not timeline_id.isdigit():
        return None
    return repository.get_timeline(store, int(timeline_id))


def timeline_filters(timeline: dict[str, Any]) -> dict[str, Any]:
    """A saved timeline's filters as chart query arguments (from, to, q; lists of actor, lang, source)."""
    saved = dict(timeline.get("filters") or {})
    for key in ("from", "to", "q"):
        saved.setdefault(key, timeline.get(key))
    for plural, single in (("actors", "actor"), ("langs", "lang"), ("sources", "source")):
        saved.setdefault(single, list(timeline.get(plural) or []))
    if "from_" in saved:
        saved["from"] = saved.pop("from_") or saved.get("from")
    return {key: value if isinstance(value, list) else str(value) for key, value in saved.items() if value}


def event_json(event: Any) -> dict[str, Any]:
    """An event in the contract form (the one serializer, chrono.timeline, unless already a dict)."""
    if isinstance(event, dict):
        return event
    from chrono import timeline
    return timeline.event_json(event)
