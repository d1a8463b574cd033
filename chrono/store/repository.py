"""Repository functions the CLI and the REST layer call: ingest, documents, deletion, health."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timezone

from sqlalchemy import delete, func, select, text as sql_text, update
from sqlalchemy.orm import Session

from .. import engine as chrono_engine
from ..actors import find_actors
from ..boilerplate import segments as split_segments
from ..errors import InvalidText
from ..events import build_events
from ..lang import available as available_languages, detect as detect_language
from ..merge import merge_events
from ..model import Document, Event
from .database import Store
from .models import DocumentRow, EventRow, EventSourceRow, MentionRow, SegmentRow
from .query import overlap_clause
from .records import document_json, event_row, sentence_event, source_row
from .window import window

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def normalize_text(text: str | bytes) -> str:
    """A document's text as stored: UTF-8 checked, Unicode NFC, trailing white space trimmed."""
    return unicodedata.normalize("NFC", chrono_engine.decode_text(text)).rstrip()


def document_id(text: str) -> str:
    """The id of a document: sha256 of its normalized text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def guess_language(text: str) -> str:
    """The language of a text: Russian when Cyrillic letters dominate, else the engine's detection."""
    sample = text[:20_000]
    if len(_CYRILLIC.findall(sample)) > len(_LATIN.findall(sample)):
        return "ru"
    return detect_language(sample)


def analyse(document: Document) -> tuple[list, list, list[Event]]:
    """Segments, mentions and sentence events of a document (no database involved)."""
    parts = split_segments(document.text)
    mentions = []
    if document.lang in available_languages():
        mentions = chrono_engine.extract(document.text, document.published, document.lang)
    events = build_events(document, mentions, parts, find_actors(document.text, document.lang))
    return parts, mentions, events


def ingest(store: Store, text: str | bytes, title: str | None = None, url: str | None = None,
           source: str | None = None, lang: str | None = None, published: str | None = None) -> tuple[dict, bool]:
    """Store a document with its segments, mentions and events, re-merging events; same text → existing, False."""
    body = normalize_text(text)
    if not body.strip():
        raise InvalidText("text is empty")
    doc_id = hashlib.sha256(body.encode("utf-8")).hexdigest()
    existing = get_document(store, doc_id)
    if existing is not None:
        return existing, False
    chrono_engine.parse_ref(published)
    lang = (lang or guess_language(body)).strip().lower()
    document = Document(id=doc_id, text=body, title=title, url=url, source=source, lang=lang,
                        published=str(published) if published else None)
    parts, mentions, events = analyse(document)
    with store.write() as session:
        row = session.get(DocumentRow, doc_id)
        if row is not None:
            return document_json(row), False
        row = _document_row(document)
        session.add(row)
        session.flush()
        _add_analysis(session, doc_id, parts, mentions, events)
        _remerge(session, events)
        return document_json(row), True


def get_document(store: Store, doc_id: str, with_text: bool = True) -> dict | None:
    """A stored document's fields (and text), or None."""
    with store.read() as session:
        row = session.get(DocumentRow, doc_id)
        return document_json(row, with_text) if row is not None else None


def list_documents(store: Store, filters: dict | None = None, page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    """A page of documents (newest published first) matching lang, source, q (title) and from/to (published)."""
    filters = filters or {}
    query = select(DocumentRow)
    if filters.get("lang"):
        query = query.where(DocumentRow.lang == filters["lang"].lower())
    if filters.get("source"):
        query = query.where(func.lower(DocumentRow.source) == filters["source"].lower())
    if filters.get("q"):
        query = query.where(func.lower(DocumentRow.title).contains(filters["q"].lower(), autoescape=True))
    start, end = window(filters.get("from"), filters.get("to"))
    if start is not None:
        query = query.where(DocumentRow.published_at >= start)
    if end is not None:
        query = query.where(DocumentRow.published_at < end)
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery()))
        rows = session.scalars(query.order_by(DocumentRow.published_at.is_(None), DocumentRow.published_at.desc(),
                                              DocumentRow.id).offset((page - 1) * per_page).limit(per_page)).all()
        return [document_json(r, with_text=False) for r in rows], total


def document_segments(store: Store, doc_id: str) -> list[dict] | None:
    """A document's line segments with their furniture flags and reasons, or None."""
    with store.read() as session:
        row = session.get(DocumentRow, doc_id)
        if row is None:
            return None
        rows = session.scalars(select(SegmentRow).where(SegmentRow.document_id == doc_id)
                               .order_by(SegmentRow.ordinal)).all()
        return [{"start": s.start_offset, "end": s.end_offset, "text": row.text[s.start_offset:s.end_offset],
                 "furniture": s.furniture, "reason": s.reason} for s in rows]


def document_mentions(store: Store, doc_id: str) -> list[dict] | None:
    """A document's mentions in the contract's JSON, or None when there is no such document."""
    with store.read() as session:
        if session.get(DocumentRow, doc_id) is None:
            return None
        rows = session.scalars(select(MentionRow).where(MentionRow.document_id == doc_id)
                               .order_by(MentionRow.ordinal)).all()
        return [r.data for r in rows]


def delete_document(store: Store, doc_id: str) -> bool:
    """Remove a document, its mentions and its sources from events (events left without sources go); False if absent."""
    with store.write() as session:
        if session.get(DocumentRow, doc_id) is None:
            return False
        affected = set(session.scalars(select(EventSourceRow.event_id).where(
            EventSourceRow.document_id == doc_id, EventSourceRow.event_id.is_not(None))).all())
        remaining = _sentence_events(session, select(EventSourceRow).where(
            EventSourceRow.event_id.in_(affected), EventSourceRow.document_id != doc_id))
        _drop_events(session, affected)
        for table in (EventSourceRow, MentionRow, SegmentRow):
            session.execute(delete(table).where(table.document_id == doc_id))
        session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
        _write_events(session, merge_events(remaining, _published(session, remaining)))
        return True


def healthy(store: Store) -> bool:
    """True when the database answers a query."""
    try:
        with store.read() as session:
            return session.execute(sql_text("SELECT 1")).scalar() == 1
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return False


def _document_row(document: Document) -> DocumentRow:
    published_at = chrono_engine.parse_ref(document.published) if document.published else None
    return DocumentRow(id=document.id, title=document.title, url=document.url, source=document.source,
                       lang=document.lang, published=document.published, published_at=published_at,
                       text=document.text, created_at=datetime.now(timezone.utc).replace(tzinfo=None))


def _add_analysis(session: Session, doc_id: str, parts, mentions, events: list[Event]) -> None:
    session.add_all(SegmentRow(document_id=doc_id, ordinal=i, start_offset=s.start, end_offset=s.end,
                               furniture=s.furniture, reason=s.reason) for i, s in enumerate(parts))
    session.add_all(MentionRow(document_id=doc_id, ordinal=i, start_offset=m.start, end_offset=m.end, text=m.text,
                               type=m.type, value=m.value[:80], start_at=m.time.start, end_at=m.time.end,
                               data=m.to_dict()) for i, m in enumerate(mentions))
    session.add_all(source_row(e) for e in events)
    session.flush()


def _remerge(session: Session, new_events: list[Event]) -> None:
    """Merge the new sentence events with the stored events their times touch, and rewrite those events."""
    clauses = [overlap_clause(*_month_widened(e.time.start, e.time.end)) for e in new_events if e.time]
    affected: set[str] = set()
    for i in range(0, len(clauses), 50):
        affected |= set(session.scalars(select(EventRow.id).where(_any(clauses[i:i + 50]))).all())
    stored = _sentence_events(session, select(EventSourceRow).where(EventSourceRow.event_id.in_(affected)))
    _drop_events(session, affected)
    pool = stored + new_events
    _write_events(session, merge_events(pool, _published(session, pool)))


def _any(clauses):
    from sqlalchemy import or_
    return or_(*clauses)


def _month_widened(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    last = end if end > start else start
    month_end = datetime(last.year + last.month // 12, last.month % 12 + 1, 1)
    return datetime(start.year, start.month, 1), month_end


def _sentence_events(session: Session, query) -> list[Event]:
    rows = session.scalars(query).all()
    documents = {d.id: d for d in session.scalars(select(DocumentRow).where(
        DocumentRow.id.in_({r.document_id for r in rows})))} if rows else {}
    return [sentence_event(r, documents[r.document_id]) for r in rows]


def _published(session: Session, events: list[Event]) -> dict[str, str]:
    ids = {s.document for e in events for s in e.sources}
    if not ids:
        return {}
    rows = session.execute(select(DocumentRow.id, DocumentRow.published).where(DocumentRow.id.in_(ids))).all()
    return {doc: published or "" for doc, published in rows}


def _drop_events(session: Session, event_ids: set[str]) -> None:
    if not event_ids:
        return
    ids = list(event_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        session.execute(update(EventSourceRow).where(EventSourceRow.event_id.in_(chunk)).values(event_id=None))
        session.execute(delete(EventRow).where(EventRow.id.in_(chunk)))
    session.flush()


def _write_events(session: Session, events: list[Event]) -> None:
    published = _published(session, events)
    for event in events:
        firsts = sorted(p for p in (published.get(s.document) for s in event.sources) if p)
        session.add(event_row(event, firsts[0] if firsts else None))
    session.flush()
    for event in events:
        member_ids = _member_ids(event)
        session.execute(update(EventSourceRow).where(EventSourceRow.id.in_(member_ids)).values(event_id=event.id))
    session.flush()


def _member_ids(event: Event) -> list[str]:
    from ..events import event_id
    return [event_id(s.document, s.span[0], s.date_text) for s in event.sources]
