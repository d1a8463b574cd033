"""Repository functions the CLI and the REST layer call: ingest, re-analysis, documents, deletion, health."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable

from sqlalchemy import delete, func, or_, select, text as sql_text
from sqlalchemy.orm import Session

from .. import engine as chrono_engine, fingerprint
from ..actors import find_actors
from ..boilerplate import blank_furniture, segments as split_segments
from ..errors import ChronoError, InvalidText
from ..events import build_events
from ..lang import available as available_languages, detect as detect_language
from ..model import Document, Event
from .database import Store
from .derived import detach_documents, document_values, store_analysed, stored_document
from .models import DocumentRow, MentionRow, SegmentRow
from .records import document_json
from .window import window

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
DOCUMENT_FIELDS = ("text", "title", "url", "source", "lang", "published")


class UnknownDocument(ChronoError):
    """A document id that is not stored."""


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
    """Store a document with its segments, mentions and events in one transaction; same text → stored one, False.

    A stored document analysed by another version of the analysis has its mentions and events re-derived."""
    document = prepare_document(text, title, url, source, lang, published)
    (doc_id, created), = _ingest_batch(store, [document])
    return get_document(store, doc_id) or document_json(DocumentRow(**document_values(document, None))), created


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


def outdated_documents(store: Store) -> list[str]:
    """Ids of the stored documents analysed by another version of the analysis (or an unknown one), oldest first."""
    with store.read() as session:
        return list(session.scalars(select(DocumentRow.id).where(or_(
            DocumentRow.analysis.is_(None), DocumentRow.analysis != fingerprint.analysis_fingerprint()))
            .order_by(DocumentRow.published_at.is_(None), DocumentRow.published_at, DocumentRow.id)))


def all_documents(store: Store) -> list[str]:
    """Ids of every stored document, oldest first."""
    with store.read() as session:
        return list(session.scalars(select(DocumentRow.id).order_by(
            DocumentRow.published_at.is_(None), DocumentRow.published_at, DocumentRow.id)))


def reanalyse(store: Store, doc_id: str | Iterable[str] | None = None, force: bool = False,
              batch_size: int = 50) -> list[str]:
    """Re-derive the mentions and events of a document (or several; every outdated one when None), one transaction
    per batch; only outdated ones unless `force`; the ids re-derived."""
    if doc_id is None:
        ids = all_documents(store) if force else outdated_documents(store)
    else:
        ids = list(dict.fromkeys([doc_id] if isinstance(doc_id, str) else doc_id))
    done: list[str] = []
    for i in range(0, len(ids), batch_size):
        done += _reanalyse_batch(store, ids[i:i + batch_size], force)
    return done


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
        detach_documents(session, [doc_id])
        session.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
        return True


def healthy(store: Store) -> bool:
    """True when the database answers a query."""
    try:
        with store.read() as session:
            return session.execute(sql_text("SELECT 1")).scalar() == 1
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return False


def _ingest_batch(store: Store, batch: list[Document]) -> list[tuple[str, bool]]:
    """Analyse the documents not stored yet, and the stored ones analysed otherwise, and write them in one transaction."""
    current = fingerprint.analysis_fingerprint()
    ids = list({d.id for d in batch})
    with store.read() as session:
        stored = dict(session.execute(select(DocumentRow.id, DocumentRow.analysis).where(DocumentRow.id.in_(ids))).all())
        outdated = [stored_document(row) for row in session.scalars(select(DocumentRow).where(
            DocumentRow.id.in_([i for i, analysis in stored.items() if analysis != current])))]
    fresh: dict[str, Document] = {}
    for document in batch:
        if document.id not in stored:
            fresh.setdefault(document.id, document)
    new = [(document, *analyse(document)) for document in fresh.values()]
    redo = [(document, *analyse(document)) for document in outdated]
    with store.write() as session:
        now = _analyses(session, list(fresh) + [d.id for d in outdated])
        new = [item for item in new if item[0].id not in now]
        redo = [item for item in redo if item[0].id in now and now[item[0].id] != current]
        store_analysed(session, new, redo, current)
    created = {item[0].id for item in new}
    results = []
    for document in batch:
        results.append((document.id, document.id in created))
        created.discard(document.id)
    return results


def _reanalyse_batch(store: Store, ids: list[str], force: bool) -> list[str]:
    """Re-derive the given stored documents (outdated ones unless `force`) in one transaction; ids re-derived."""
    current = fingerprint.analysis_fingerprint()
    with store.read() as session:
        rows = {row.id: row for row in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(ids)))}
        missing = [i for i in ids if i not in rows]
        if missing:
            raise UnknownDocument(f"no document {missing[0]}")
        documents = [stored_document(rows[i]) for i in ids if force or rows[i].analysis != current]
    redo = [(document, *analyse(document)) for document in documents]
    with store.write() as session:
        now = _analyses(session, [d.id for d in documents])
        redo = [item for item in redo if item[0].id in now and (force or now[item[0].id] != current)]
        store_analysed(session, [], redo, current)
    return [item[0].id for item in redo]


def _analyses(session: Session, ids: list[str]) -> dict[str, str | None]:
    """The analysis fingerprint of each of the given documents that is stored."""
    return {i: a for chunk in (ids[k:k + 500] for k in range(0, len(ids), 500))
            for i, a in session.execute(select(DocumentRow.id, DocumentRow.analysis).where(DocumentRow.id.in_(chunk)))}
