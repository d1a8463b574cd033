"""Event queries: time-window overlap (index-friendly), text, actor, language, source, document, grain; sorting."""
from __future__ import annotations

from datetime import datetime
from typing import Iterator

from sqlalchemy import and_, func, or_, select

from ..actors import words
from ..errors import ChronoError
from .database import Store
from .models import DocumentRow, EventKeyRow, EventRow, EventSourceRow
from .records import (ACTOR, LANG, SOURCE, SPAN_CLASS_REACH, WORD, actor_key, event_json, fit, lang_key, search_keys,
                      source_key)
from .window import window

# What a listed event shows (plain rows: no ORM objects to build); search keys, merge inputs and texts stay put.
_LISTED = (EventRow.id, EventRow.start_at, EventRow.end_at, EventRow.grain, EventRow.mod, EventRow.value, EventRow.label,
           EventRow.title, EventRow.actors, EventRow.langs, EventRow.related, EventRow.links)
# A source row carries its document's title, url and outlet under those names (event_json reads them).
_SOURCE_COLUMNS = (EventSourceRow.event_id, EventSourceRow.document_id, EventSourceRow.sentence,
                   EventSourceRow.date_text, EventSourceRow.sentence_start, EventSourceRow.sentence_end,
                   DocumentRow.title, DocumentRow.url, DocumentRow.source)
SORTS = ("start", "-start", "title", "-title", "sources", "-sources")
MAX_PER_PAGE = 1000


def overlap_clause(start: datetime | None, end: datetime | None):
    """Events whose interval overlaps [start, end); short events are found through (span_class, start_at)."""
    if start is None and end is None:
        return EventRow.start_at.is_not(None)
    parts = []
    for cls, reach in SPAN_CLASS_REACH.items():
        conditions = [EventRow.span_class == cls]
        if start is not None:
            conditions += [EventRow.start_at >= start - reach, EventRow.end_at > start]
        else:
            conditions.append(EventRow.start_at.is_not(None))
        if end is not None:
            conditions.append(EventRow.start_at < end)
        parts.append(and_(*conditions))
    long_events = [EventRow.span_class == 2]
    if start is not None:
        long_events.append(EventRow.end_at > start)
    if end is not None:
        long_events.append(EventRow.start_at < end)
    parts.append(and_(*long_events))
    return or_(*parts)


def event_filters(from_=None, to=None, q=None, actor=None, lang=None, source=None, document=None, grain=None) -> list:
    """The WHERE conditions of an event query (the API's and CLI's filters; actor, lang, source: one or several)."""
    conditions = []
    start, end = window(from_, to)
    if start is not None or end is not None:
        conditions.append(overlap_clause(start, end))
    for word in dict.fromkeys(words(q or "")):
        conditions.append(_keyed(WORD, search_keys(word)))
    for field, values, key_of in ((ACTOR, actor, actor_key), (LANG, lang, lang_key), (SOURCE, source, source_key)):
        given = _listed(values)
        if given:
            conditions.append(_keyed(field, {key_of(v) for v in given}))
    if document:
        conditions.append(EventRow.id.in_(select(EventSourceRow.event_id).where(
            EventSourceRow.document_id == document)))
    if grain:
        conditions.append(EventRow.grain == grain)
    return conditions


def _listed(values) -> list[str]:
    """A filter's values: one string or a sequence of them (any may match), blanks dropped."""
    if values is None:
        return []
    return [v for v in ([values] if isinstance(values, str) else values) if v and v.strip()]


def _keyed(field: str, keys) -> object:
    """Events holding any of the keys in the field."""
    return EventRow.id.in_(select(EventKeyRow.event_id).where(
        EventKeyRow.field == field, EventKeyRow.key.in_(sorted({fit(k) for k in keys}))))


def list_events(store: Store, from_=None, to=None, q=None, actor=None, lang=None, source=None, document=None,
                grain=None, sort: str = "start", page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    """A page of events (contract dicts) matching the filters, and the total number that match."""
    if sort not in SORTS:
        raise ChronoError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise ChronoError(f"page must be ≥ 1 and per_page between 1 and {MAX_PER_PAGE}")
    conditions = event_filters(from_, to, q, actor, lang, source, document, grain)
    order = _order(sort)
    # The page is chosen on ids and sort keys alone (an index holds them), then only its rows are read whole.
    page_ids = (select(EventRow.id).where(*conditions).order_by(*order)
                .offset((page - 1) * per_page).limit(per_page).subquery())
    with store.read() as session:
        total = session.scalar(select(func.count(EventRow.id)).where(*conditions))
        rows = session.execute(select(*_LISTED).join(page_ids, EventRow.id == page_ids.c.id)
                               .order_by(*order)).all()
        return _with_sources(session, rows), total


def iter_events(store: Store, batch: int = 500, **filters) -> Iterator[dict]:
    """Every event matching the filters (list_events' parameters), in order, fetched a batch at a time."""
    page = 1
    while True:
        items, total = list_events(store, page=page, per_page=batch, **filters)
        yield from items
        if page * batch >= total or not items:
            return
        page += 1


def get_event(store: Store, event_id: str) -> dict | None:
    """One event with its sources, related times and merge links; a merged-away source id finds its event."""
    with store.read() as session:
        row = session.get(EventRow, event_id)
        if row is None:
            owner = session.scalar(select(EventSourceRow.event_id).where(EventSourceRow.id == event_id))
            row = session.get(EventRow, owner) if owner else None
        if row is None:
            return None
        return _with_sources(session, [row], with_links=True)[0]


def window_plan(store: Store, from_: str | None, to: str | None, per_page: int = 50, small_table: bool = False) -> str:
    """The database's plan for the first page of events in a time window (shows the index that serves it).

    small_table: plan as on a large table (PostgreSQL scans small tables whole, whatever their indexes)."""
    statement = (select(EventRow.id).where(*event_filters(from_, to)).order_by(*_order("start")).limit(per_page))
    with store.read() as session:
        connection = session.connection()
        sql = str(statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
        prefix = "EXPLAIN QUERY PLAN " if store.is_sqlite else "EXPLAIN "
        if small_table and not store.is_sqlite:
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        rows = connection.exec_driver_sql(prefix + sql).all()
    return "\n".join(" ".join(str(c) for c in row) for row in rows)


def _order(sort: str) -> list:
    undated_last = EventRow.start_at.is_(None)
    key = {"start": EventRow.start_at, "title": EventRow.title, "sources": EventRow.n_sources}[sort.lstrip("-")]
    descending = sort.startswith("-") != (sort.lstrip("-") == "sources")
    return [undated_last, key.desc() if descending else key.asc(), EventRow.end_at, EventRow.id]


def _with_sources(session, rows: list, with_links: bool = False) -> list[dict]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    sources = session.execute(
        select(*_SOURCE_COLUMNS).join(DocumentRow, DocumentRow.id == EventSourceRow.document_id)
        .where(EventSourceRow.event_id.in_(ids))
        .order_by(DocumentRow.published, DocumentRow.id, EventSourceRow.sentence_start)).all()
    by_event: dict[str, list] = {i: [] for i in ids}
    for source in sources:
        by_event[source.event_id].append(source)
    return [event_json(r, by_event[r.id], with_links) for r in rows]
