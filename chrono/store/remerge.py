"""Incremental merge: new sentence events join the stored events their times touch, found through the window index."""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ..merge import COMPARED_MEMBERS, Member, best_cluster, candidate_window, canonical, member, source_order
from ..model import Event
from .keys import drop_keys, insert_keys
from .models import DocumentRow, EventRow, EventSourceRow
from .query import overlap_clause
from .records import event_values, member_from_json, member_json, sentence_event

LONG_MONTHS = 36  # new clusters spanning more months than this are compared with every new event
CHUNK = 500


@dataclass
class Cluster:
    """A canonical event while a batch merges: its stored id, earliest members, and the sentences joining it now."""

    stored_id: str | None
    compared: list[tuple[tuple, Member]]
    joined: list[Event] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)

    def take(self, event: Event, order: tuple, mine: Member, link: dict | None) -> None:
        """Add a sentence event (and the link that brought it) to the cluster."""
        self.joined.append(event)
        if link is not None:
            self.links.append(link)
        insort(self.compared, (order, mine), key=lambda pair: pair[0])
        del self.compared[COMPARED_MEMBERS:]

    @property
    def first_order(self) -> tuple:
        """The merge order of the cluster's earliest member."""
        return self.compared[0][0]


class BatchMerge:
    """Merges the new sentence events of one write transaction into the store's events."""

    def __init__(self, session: Session, published: dict[str, str]):
        self.session = session
        self.published = published
        self.clusters: dict[str, Cluster] = {}
        self.window_keys: dict[tuple[datetime, datetime], list[str]] = {}
        self.new_by_month: dict[int, list[str]] = {}
        self.new_long: list[str] = []
        self.owner: dict[str, str] = {}

    def add(self, event: Event) -> None:
        """Join one new sentence event to its best stored or new cluster, or start a cluster with it."""
        order = source_order(event, self.published)
        mine = member(event)
        if event.time is not None:
            window = candidate_window(event.time)
            keys = sorted((k for k in dict.fromkeys(self._stored_keys(window) + self._new_keys(window))
                           if k in self.clusters), key=lambda k: self.clusters[k].first_order)
            found = best_cluster(mine, ((k, [m for _, m in self.clusters[k].compared]) for k in keys))
            if found is not None:
                key, link = found
                self.clusters[key].take(event, order, mine, link)
                self._index_new(key, event)
                return
        key = "+" + event.id
        self.clusters[key] = Cluster(None, [])
        self.clusters[key].take(event, order, mine, None)
        if event.time is not None:
            self._index_new(key, event)

    def write(self) -> dict[str, str]:
        """Write the changed and new canonical events; returns each new sentence's canonical event id."""
        changed = [c for c in self.clusters.values() if c.joined]
        stored = _load_members(self.session, [c.stored_id for c in changed if c.stored_id])
        old_links = {}
        for i in range(0, len(stored), CHUNK):
            old_links.update(self.session.execute(select(EventRow.id, EventRow.links).where(
                EventRow.id.in_(list(stored)[i:i + CHUNK]))).all())
        inserts, in_place, renamed, written = [], [], [], []
        for cluster in changed:
            earlier, published = stored.get(cluster.stored_id, ([], {}))
            published = {**published, **self.published}
            members = sorted(earlier + cluster.joined, key=lambda e: source_order(e, published))
            event = canonical(members, old_links.get(cluster.stored_id, []) + cluster.links)
            firsts = sorted(p for p in (published.get(s.document) for s in event.sources) if p)
            values = event_values(event, firsts[0] if firsts else None,
                                  [member_json(m, order) for order, m in cluster.compared])
            written.append(event)
            for joined in cluster.joined:
                self.owner[joined.id] = event.id
            if cluster.stored_id == event.id:
                in_place.append(values)
            else:
                inserts.append(values)
                if cluster.stored_id:
                    renamed.append((cluster.stored_id, event.id))
        drop_keys(self.session, [values["id"] for values in in_place] + [old for old, _ in renamed])
        if inserts:
            self.session.execute(insert(EventRow), inserts)
        if in_place:
            self.session.execute(update(EventRow), in_place)
        for old, new in renamed:
            self.session.execute(update(EventSourceRow).where(EventSourceRow.event_id == old).values(event_id=new))
            self.session.execute(delete(EventRow).where(EventRow.id == old))
        insert_keys(self.session, written)
        return self.owner

    def _stored_keys(self, window: tuple[datetime, datetime]) -> list[str]:
        if window not in self.window_keys:
            ids = self.session.scalars(select(EventRow.id).where(overlap_clause(*window))).all()
            self._load_clusters([i for i in ids if i not in self.clusters])
            self.window_keys[window] = list(ids)
        return self.window_keys[window]

    def _load_clusters(self, ids: list[str]) -> None:
        missing = []
        for i in range(0, len(ids), CHUNK):
            rows = self.session.execute(select(EventRow.id, EventRow.members).where(EventRow.id.in_(ids[i:i + CHUNK])))
            for event_id, members in rows:
                if members:
                    self.clusters[event_id] = Cluster(event_id, [member_from_json(m) for m in members])
                else:
                    missing.append(event_id)
        for event_id, (events, published) in _load_members(self.session, missing).items():
            ordered = sorted(events, key=lambda e: source_order(e, published))[:COMPARED_MEMBERS]
            self.clusters[event_id] = Cluster(event_id, [(source_order(e, published), member(e)) for e in ordered])

    def _new_keys(self, window: tuple[datetime, datetime]) -> list[str]:
        first, last = _month(window[0]), _month(window[1])
        if last - first > LONG_MONTHS:
            return [k for k, c in self.clusters.items() if c.stored_id is None and c.compared[0][1].time is not None]
        keys = list(self.new_long)
        for month in range(first, last + 1):
            keys.extend(self.new_by_month.get(month, ()))
        return keys

    def _index_new(self, key: str, event: Event) -> None:
        if self.clusters[key].stored_id is not None:
            return
        first, last = _month(event.time.start), _month(max(event.time.start, event.time.end))
        if last - first > LONG_MONTHS:
            self.new_long.append(key)
            return
        for month in range(first, last + 1):
            self.new_by_month.setdefault(month, []).append(key)


def _load_members(session: Session, event_ids: list[str]) -> dict[str, tuple[list[Event], dict[str, str]]]:
    """The sentence events of stored canonical events, with their documents' publication dates."""
    out: dict[str, tuple[list[Event], dict[str, str]]] = {}
    for i in range(0, len(event_ids), CHUNK):
        pairs = session.execute(select(EventSourceRow, DocumentRow)
                                .join(DocumentRow, DocumentRow.id == EventSourceRow.document_id)
                                .where(EventSourceRow.event_id.in_(event_ids[i:i + CHUNK]))).all()
        for source, document in pairs:
            events, published = out.setdefault(source.event_id, ([], {}))
            events.append(sentence_event(source, document))
            published[document.id] = document.published or ""
    return out


def _month(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1
