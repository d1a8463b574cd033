"""Writing the search keys of canonical events (the rows text, actor, language and outlet filters look up)."""
from __future__ import annotations

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from ..model import Event
from .models import EventKeyRow
from .records import key_values

CHUNK = 500
BATCH = 5000


def drop_keys(session: Session, event_ids: list[str]) -> None:
    """Remove the keys of stored events (before they are rewritten or deleted)."""
    ids = sorted(set(event_ids))
    for first in range(0, len(ids), CHUNK):
        session.execute(delete(EventKeyRow).where(EventKeyRow.event_id.in_(ids[first:first + CHUNK])))


def insert_keys(session: Session, events: list[Event]) -> None:
    """Insert the keys of events just written."""
    rows = [row for event in events for row in key_values(event)]
    for first in range(0, len(rows), BATCH):
        session.execute(insert(EventKeyRow), rows[first:first + BATCH])
