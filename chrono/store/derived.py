"""What the analysis derives from documents (segments, mentions, sentence events), written and taken out again,
keeping the canonical events merged; every function works inside the caller's write transaction."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from .. import engine as chrono_engine
from ..events import event_id
from ..merge import COMPARED_MEMBERS, evidence, link_score, member, merge_events, source_order
from ..model import Document, Event
from .models import DocumentRow, EventRow, EventSourceRow, MentionRow, SegmentRow
from .records import event_values, member_json, sentence_event, source_values
from .remerge import BatchMerge

CHUNK = 500
Analysed = tuple  # (Document, segments, mentions, sentence events), as repository.analyse returns them


def store_analysed(session: Session, new: list[Analysed], redo: list[Analysed], fingerprint: str) -> list[dict]:
    """Insert the `new` documents and replace the derived rows of the stored `redo` ones; the new rows' values."""
    ids = [document.id for document, *_ in redo]
    before = _event_links(session, ids)
    if redo:
        detach_documents(session, ids)
        session.execute(update(DocumentRow).where(DocumentRow.id.in_(ids)).values(analysis=fingerprint))
    documents = [document_values(document, fingerprint) for document, *_ in new]
    if documents:
        session.execute(insert(DocumentRow), documents)
    _insert_derived(session, new + redo)
    _keep_links(session, before)
    return documents


def detach_documents(session: Session, doc_ids: list[str]) -> None:
    """Remove the documents' segments, mentions and sentences; the events they were part of are merged anew."""
    affected = set(session.scalars(select(EventSourceRow.event_id).where(
        EventSourceRow.document_id.in_(doc_ids), EventSourceRow.event_id.is_not(None))).all())
    remaining = _sentence_events(session, [select(EventSourceRow).where(
        EventSourceRow.event_id.in_(chunk), EventSourceRow.document_id.not_in(doc_ids))
        for chunk in _chunks(sorted(affected))])
    _drop_events(session, affected)
    for table in (EventSourceRow, MentionRow, SegmentRow):
        session.execute(delete(table).where(table.document_id.in_(doc_ids)))
    _write_events(session, merge_events(remaining, _published(session, remaining)), remaining)


def document_values(document: Document, fingerprint: str | None) -> dict:
    """The column values of a new document's row."""
    published_at = chrono_engine.parse_ref(document.published) if document.published else None
    return dict(id=document.id, title=document.title, url=document.url, source=document.source,
                lang=document.lang, published=document.published, published_at=published_at,
                text=document.text, created_at=datetime.now(timezone.utc).replace(tzinfo=None), analysis=fingerprint)


def stored_document(row: DocumentRow) -> Document:
    """The engine's Document of a stored row (the fields it was first ingested with)."""
    return Document(id=row.id, text=row.text, title=row.title, url=row.url, source=row.source, lang=row.lang,
                    published=row.published)


def _insert_derived(session: Session, analysed: list[Analysed]) -> None:
    """Insert segments, mentions and sentence events of stored documents, merging the events into stored ones."""
    if not analysed:
        return
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


def _event_links(session: Session, doc_ids: list[str]) -> dict[str, tuple[frozenset, list]]:
    """The member sentence ids and merge links of every event that has a sentence of the given documents."""
    if not doc_ids:
        return {}
    touched = sorted(set(session.scalars(select(EventSourceRow.event_id).where(
        EventSourceRow.document_id.in_(doc_ids), EventSourceRow.event_id.is_not(None)))))
    return _members_and_links(session, touched)


def _keep_links(session: Session, before: dict[str, tuple[frozenset, list]]) -> None:
    """Events with the same members as before keep their links as written while each still holds (same evidence)."""
    after = _members_and_links(session, sorted(before))
    changed = {event: before[event][1] for event, (members, links) in after.items()
               if members == before[event][0] and links != before[event][1]}
    ids = sorted({link.get(end) for links in changed.values() for link in links for end in ("source", "to")} - {None})
    sentences = {e.id: evidence(e) for e in _sentence_events(
        session, [select(EventSourceRow).where(EventSourceRow.id.in_(chunk)) for chunk in _chunks(ids)])}
    for event, old_links in changed.items():
        if all(_still_holds(link, sentences) for link in old_links):
            session.execute(update(EventRow).where(EventRow.id == event).values(links=old_links))


def _still_holds(link: dict, sentences: dict) -> bool:
    a, b = sentences.get(link.get("source")), sentences.get(link.get("to"))
    return a is not None and b is not None and [*link_score(a, b)] == [link.get("score"), link.get("evidence")]


def _members_and_links(session: Session, event_ids: list[str]) -> dict[str, tuple[frozenset, list]]:
    members: dict[str, set] = {}
    links: dict[str, list] = {}
    for chunk in _chunks(event_ids):
        for source, event in session.execute(select(EventSourceRow.id, EventSourceRow.event_id)
                                             .where(EventSourceRow.event_id.in_(chunk))):
            members.setdefault(event, set()).add(source)
        links.update(session.execute(select(EventRow.id, EventRow.links).where(EventRow.id.in_(chunk))).all())
    return {event: (frozenset(members.get(event, ())), links[event]) for event in links}


def _sentence_events(session: Session, queries: list) -> list[Event]:
    rows = [row for query in queries for row in session.scalars(query).all()]
    ids = sorted({r.document_id for r in rows})
    documents = {d.id: d for chunk in _chunks(ids)
                 for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(chunk)))}
    return [sentence_event(r, documents[r.document_id]) for r in rows]


def _published(session: Session, events: list[Event]) -> dict[str, str]:
    ids = sorted({s.document for e in events for s in e.sources})
    out = {}
    for chunk in _chunks(ids):
        rows = session.execute(select(DocumentRow.id, DocumentRow.published).where(DocumentRow.id.in_(chunk)))
        out.update({doc: published or "" for doc, published in rows})
    return out


def _drop_events(session: Session, event_ids: set[str]) -> None:
    for chunk in _chunks(sorted(event_ids)):
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


def _chunks(items: list) -> list[list]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
