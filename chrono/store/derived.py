"""What the analysis derives from documents (segments, mentions, sentence events), written and taken out again,
keeping the canonical events merged; every function works inside the caller's write transaction."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from .. import engine as chrono_engine
from ..events import event_id
from ..merge import COMPARED_MEMBERS, evidence, link_score, member, merge_events, source_order
from ..model import Document, Event
from .keys import drop_keys, insert_keys
from .models import DocumentRow, EventRow, EventSourceRow, MentionRow, SegmentRow
from .records import event_values, member_json, sentence_event, source_values
from .remerge import BatchMerge

CHUNK = 500
_SENTENCE_COLUMNS = [c.name for c in EventSourceRow.__table__.columns if c.name != "event_id"]
Analysed = tuple  # (Document, segments, mentions, sentence events), as repository.analyse returns them


def store_analysed(session: Session, new: list[Analysed], redo: list[Analysed], fingerprint: str) -> list[dict]:
    """Insert the `new` documents and replace the derived rows of the stored `redo` ones; the new rows' values.

    A re-derived sentence event equal to the stored one stays where it is (its canonical event untouched); the
    others leave their events (merged anew without them) and join events as a new sentence would."""
    ids = [document.id for document, *_ in redo]
    kept: set[str] = set()
    before = {}
    if redo:
        stale, kept = _compare_sentences(session, ids, [e for *_, found in redo for e in found])
        before = _event_links(session, stale)
        detach_sentences(session, stale)
        for table in (MentionRow, SegmentRow):
            session.execute(delete(table).where(table.document_id.in_(ids)))
        session.execute(update(DocumentRow).where(DocumentRow.id.in_(ids)).values(analysis=fingerprint))
    documents = [document_values(document, fingerprint) for document, *_ in new]
    if documents:
        session.execute(insert(DocumentRow), documents)
    _insert_derived(session, new + redo, kept)
    _keep_links(session, before)
    return documents


def detach_documents(session: Session, doc_ids: list[str]) -> None:
    """Remove the documents' segments, mentions and sentences; the events they were part of are merged anew."""
    detach_sentences(session, list(session.scalars(select(EventSourceRow.id).where(
        EventSourceRow.document_id.in_(doc_ids)))))
    for table in (MentionRow, SegmentRow):
        session.execute(delete(table).where(table.document_id.in_(doc_ids)))


def detach_sentences(session: Session, sentence_ids: list[str]) -> None:
    """Remove sentence events; the canonical events they were part of are merged anew from their other sentences."""
    gone = set(sentence_ids)
    affected = sorted({event for chunk in _chunks(sorted(gone)) for event in session.scalars(
        select(EventSourceRow.event_id).where(EventSourceRow.id.in_(chunk), EventSourceRow.event_id.is_not(None)))})
    remaining = [e for e in _sentence_events(session, [select(EventSourceRow).where(EventSourceRow.event_id.in_(chunk))
                                                       for chunk in _chunks(affected)]) if e.id not in gone]
    _drop_events(session, set(affected))
    for chunk in _chunks(sorted(gone)):
        session.execute(delete(EventSourceRow).where(EventSourceRow.id.in_(chunk)))
    _write_events(session, merge_events(remaining, _published(session, remaining)), remaining)


def _compare_sentences(session: Session, doc_ids: list[str], fresh: list[Event]) -> tuple[list[str], set[str]]:
    """The documents' stored sentences that differ from the `fresh` ones (or are gone), and the ids of those equal."""
    stored = {}
    for chunk in _chunks(sorted(doc_ids)):
        for row in session.scalars(select(EventSourceRow).where(EventSourceRow.document_id.in_(chunk))):
            if row.event_id is not None:
                stored[row.id] = {column: getattr(row, column) for column in _SENTENCE_COLUMNS}
            else:
                stored[row.id] = None
    equal = {e.id for e in fresh if stored.get(e.id) == _sentence_columns(e)}
    return sorted(set(stored) - equal), equal


def _sentence_columns(event: Event) -> dict:
    values = source_values(event)
    return {c: values[c] if c in ("start_at", "end_at") else json.loads(json.dumps(values[c])) for c in _SENTENCE_COLUMNS}


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


def _insert_derived(session: Session, analysed: list[Analysed], stored: set[str]) -> None:
    """Insert segments, mentions and sentence events (but the `stored` ones) of documents, merging the events."""
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
    events = sorted((e for *_, found in analysed for e in found if e.id not in stored),
                    key=lambda e: source_order(e, published))
    merger = BatchMerge(session, published)
    for event in events:
        merger.add(event)
    owner = merger.write()
    if events:
        session.execute(insert(EventSourceRow), [source_values(e, owner[e.id]) for e in events])


def _event_links(session: Session, sentence_ids: list[str]) -> dict[str, tuple[frozenset, list]]:
    """The member sentence ids and merge links of every event the given sentences belong to."""
    touched = sorted({event for chunk in _chunks(sentence_ids) for event in session.scalars(
        select(EventSourceRow.event_id).where(EventSourceRow.id.in_(chunk), EventSourceRow.event_id.is_not(None)))})
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
        drop_keys(session, chunk)
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
    insert_keys(session, events)
    sources = EventSourceRow.__table__
    session.execute(update(sources).where(sources.c.id == bindparam("source_id"))
                    .values(event_id=bindparam("owner")), owner)


def _member_ids(event: Event) -> list[str]:
    return [event_id(s.document, s.span[0], s.date_text) for s in event.sources]


def _chunks(items: list) -> list[list]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
