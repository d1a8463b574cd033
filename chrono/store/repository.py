"""Repository functions the CLI and the REST layer call: ingest, documents, deletion, health."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timezone
from typing import Iterable

from sqlalchemy import bindparam, delete, func, insert, select, text as sql_text, update
from sqlalchemy.orm import Session

from .. import engine as chrono_engine
from ..actors import find_actors
from ..boilerplate import blank_furniture, segments as split_segments
from ..errors import ChronoError, InvalidText
from ..events import build_events, event_id
from ..lang import available as available_languages, detect as detect_language
from ..merge import COMPARED_MEMBERS, member, merge_events, source_order
from ..model import Document, Event
from .database import Store
from .models import DocumentRow, EventRow, EventSourceRow, MentionRow, SegmentRow
from .records import document_json, event_values, member_json, sentence_event, source_values
from .remerge import BatchMerge
from .window import window

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
DOCUMENT_FIELDS = ("text", "title", "url", "source", "lang", "published")


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
    found = find_actors(blank_furniture(document.text, parts), document.lang)
    events = build_events(document, mentions, parts, found)
    return parts, mentions, events


def prepare_document(text: str | bytes, title: str | None = None, url: str | None = None,
                     source: str | None = None, lang: str | None = None, published: str | None = None) -> Document:
    """A document ready to analyse: text normalized and checked, id computed, date checked, language known."""
    body = normalize_text(text)
    if not body.strip():
        raise InvalidText("text is empty")
    chrono_engine.parse_ref(published)
    lang = (lang or guess_language(body)).strip().lower()
    return Document(id=hashlib.sha256(body.encode("utf-8")).hexdigest(), text=body, title=title, url=url,
                    source=source, lang=lang, published=str(published) if published else None)


def ingest(store: Store, text: str | bytes, title: str | None = None, url: str | None = None,
           source: str | None = None, lang: str | None = None, published: str | None = None) -> tuple[dict, bool]:
    """Store a document with its segments, mentions and events in one transaction; same text → stored one, False."""
    document = prepare_document(text, title, url, source, lang, published)
    existing = get_document(store, document.id)
    if existing is not None:
        return existing, False
    analysed = (document, *analyse(document))
    with store.write() as session:
        row = session.get(DocumentRow, document.id)
        if row is not None:
            return document_json(row), False
        values = _store_batch(session, [analysed])[0]
        return document_json(DocumentRow(**values)), True


def ingest_many(store: Store, documents: Iterable[dict], batch_size: int = 200) -> list[tuple[str, bool]]:
    """Store many documents (dicts of ingest's fields), one transaction per batch; (id, created) for each."""
    results: list[tuple[str, bool]] = []
    batch: list[Document] = []
    for number, fields in enumerate(documents, start=1):
        try:
            batch.append(prepare_document(**{k: fields.get(k) for k in DOCUMENT_FIELDS}))
        except ChronoError as error:
            raise type(error)(f"document {number}: {error}") from None
        if len(batch) >= batch_size:
            results += _ingest_batch(store, batch)
            batch = []
    if batch:
        results += _ingest_batch(store, batch)
    return results


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
        _write_events(session, merge_events(remaining, _published(session, remaining)), remaining)
        return True


def healthy(store: Store) -> bool:
    """True when the database answers a query."""
    try:
        with store.read() as session:
            return session.execute(sql_text("SELECT 1")).scalar() == 1
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return False


def _ingest_batch(store: Store, batch: list[Document]) -> list[tuple[str, bool]]:
    """Analyse the documents not stored yet and store them with their events in one write transaction."""
    with store.read() as session:
        stored = set(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_({d.id for d in batch}))))
    fresh: dict[str, Document] = {}
    for document in batch:
        if document.id not in stored:
            fresh.setdefault(document.id, document)
    analysed = [(document, *analyse(document)) for document in fresh.values()]
    with store.write() as session:
        again = set(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(list(fresh))))) if fresh else set()
        _store_batch(session, [item for item in analysed if item[0].id not in again])
    created: set[str] = set(fresh) - again
    results = []
    for document in batch:
        results.append((document.id, document.id in created))
        created.discard(document.id)
    return results


def _store_batch(session: Session, analysed: list[tuple[Document, list, list, list[Event]]]) -> list[dict]:
    """Insert documents, segments, mentions and sentence events, merging the events into stored ones."""
    if not analysed:
        return []
    documents = [_document_values(document) for document, *_ in analysed]
    session.execute(insert(DocumentRow), documents)
    segments = [dict(document_id=document.id, ordinal=i, start_offset=s.start, end_offset=s.end,
                     furniture=s.furniture, reason=s.reason)
                for document, parts, _, _ in analysed for i, s in enumerate(parts)]
    if segments:
        session.execute(insert(SegmentRow), segments)
    mentions = [dict(document_id=document.id, ordinal=i, start_offset=m.start, end_offset=m.end, text=m.text,
                     type=m.type, value=m.value[:80], start_at=m.time.start, end_at=m.time.end, data=m.to_dict())
                for document, _, found, _ in analysed for i, m in enumerate(found)]
    if mentions:
        session.execute(insert(MentionRow), mentions)
    published = {document.id: document.published or "" for document, *_ in analysed}
    events = sorted((e for *_, found in analysed for e in found), key=lambda e: source_order(e, published))
    merger = BatchMerge(session, published)
    for event in events:
        merger.add(event)
    owner = merger.write()
    if events:
        session.execute(insert(EventSourceRow), [source_values(e, owner[e.id]) for e in events])
    return documents


def _document_values(document: Document) -> dict:
    published_at = chrono_engine.parse_ref(document.published) if document.published else None
    return dict(id=document.id, title=document.title, url=document.url, source=document.source,
                lang=document.lang, published=document.published, published_at=published_at,
                text=document.text, created_at=datetime.now(timezone.utc).replace(tzinfo=None))


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


def _write_events(session: Session, events: list[Event], sentences: list[Event]) -> None:
    """Insert canonical events (with the merge inputs of their earliest sentences) and point sentences at them."""
    if not events:
        return
    published = _published(session, sentences)
    by_id = {s.id: s for s in sentences}
    rows, owner = [], []
    for event in events:
        member_ids = _member_ids(event)
        firsts = sorted(p for p in (published.get(s.document) for s in event.sources) if p)
        compared = [by_id[i] for i in member_ids if i in by_id][:COMPARED_MEMBERS]
        rows.append(event_values(event, firsts[0] if firsts else None,
                                 [member_json(member(s), source_order(s, published)) for s in compared]))
        owner += [{"source_id": i, "owner": event.id} for i in member_ids]
    session.execute(insert(EventRow), rows)
    sources = EventSourceRow.__table__
    session.execute(update(sources).where(sources.c.id == bindparam("source_id"))
                    .values(event_id=bindparam("owner")), owner)


def _member_ids(event: Event) -> list[str]:
    return [event_id(s.document, s.span[0], s.date_text) for s in event.sources]
