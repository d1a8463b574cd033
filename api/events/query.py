"""Running event queries against the store: one page, or every match in order."""
from __future__ import annotations

from typing import Any, Iterator

from ..records import repository
from ..storage import store

FILTER_KEYS = ("from_", "to", "q", "actor", "lang", "source", "document", "grain")
BATCH = 500
STORE_SORTS = {"time": "start", "-time": "-start", "relevance": "sources"}


def filters_of(args: dict[str, Any]) -> dict[str, Any]:
    """Only the filter arguments of parsed query args."""
    return {key: args.get(key) for key in FILTER_KEYS}


def event_page(filters: dict[str, Any], sort: str, page: int, per_page: int) -> tuple[list, int]:
    """One page of matching events and the total count."""
    return repository().list_events(store(), sort=STORE_SORTS[sort], page=page, per_page=per_page, **filters)


def every_event(filters: dict[str, Any], sort: str) -> Iterator[Any]:
    """Every matching event in order, fetched a batch at a time."""
    return repository().iter_events(store(), batch=BATCH, sort=STORE_SORTS[sort], **filters)
