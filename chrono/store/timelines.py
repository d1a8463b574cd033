"""Saved timelines (named queries): create, get, list, update, delete."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..errors import ChronoError
from .database import Store
from .models import TimelineRow
from .window import window

FIELDS = ("name", "from", "to", "q", "actors", "langs", "sources")


class TimelineConflict(ChronoError):
    """A timeline name that is already taken."""


def create_timeline(store: Store, name: str, from_: str | None = None, to: str | None = None, q: str | None = None,
                    actors: list[str] | None = None, langs: list[str] | None = None,
                    sources: list[str] | None = None) -> dict:
    """Save a named query; a taken name raises TimelineConflict, a bad window InvalidWindow."""
    if not name or not name.strip():
        raise ChronoError("a timeline needs a name")
    window(from_, to)
    now = _now()
    row = TimelineRow(name=name.strip(), from_=from_, to=to, q=q, actors=list(actors or []),
                      langs=list(langs or []), sources=list(sources or []), created_at=now, updated_at=now)
    try:
        with store.write() as session:
            session.add(row)
            session.flush()
            return timeline_json(row)
    except IntegrityError:
        raise TimelineConflict(f"a timeline named {name.strip()!r} already exists") from None


def get_timeline(store: Store, timeline_id: int) -> dict | None:
    """A saved timeline, or None."""
    with store.read() as session:
        row = session.get(TimelineRow, timeline_id)
        return timeline_json(row) if row is not None else None


def list_timelines(store: Store, page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    """A page of saved timelines by name, and how many there are."""
    with store.read() as session:
        total = session.scalar(select(func.count(TimelineRow.id)))
        rows = session.scalars(select(TimelineRow).order_by(TimelineRow.name, TimelineRow.id)
                               .offset((page - 1) * per_page).limit(per_page)).all()
        return [timeline_json(r) for r in rows], total


def update_timeline(store: Store, timeline_id: int, **changes) -> dict | None:
    """Change some fields of a saved timeline (keys: name, from, to, q, actors, langs, sources); None if absent."""
    unknown = set(changes) - set(FIELDS) - {"from_"}
    if unknown:
        raise ChronoError(f"unknown timeline fields: {', '.join(sorted(unknown))}")
    try:
        with store.write() as session:
            row = session.get(TimelineRow, timeline_id)
            if row is None:
                return None
            for key, value in changes.items():
                attribute = "from_" if key in ("from", "from_") else key
                if attribute in ("actors", "langs", "sources"):
                    value = list(value or [])
                setattr(row, attribute, value.strip() if attribute == "name" and value else value)
            if not row.name:
                raise ChronoError("a timeline needs a name")
            window(row.from_, row.to)
            row.updated_at = _now()
            session.flush()
            return timeline_json(row)
    except IntegrityError:
        raise TimelineConflict(f"a timeline named {changes.get('name')!r} already exists") from None


def delete_timeline(store: Store, timeline_id: int) -> bool:
    """Delete a saved timeline; False when there was none."""
    with store.write() as session:
        row = session.get(TimelineRow, timeline_id)
        if row is None:
            return False
        session.delete(row)
        return True


def timeline_json(row: TimelineRow) -> dict:
    """A saved timeline as JSON."""
    return {"id": row.id, "name": row.name, "from": row.from_, "to": row.to, "q": row.q,
            "actors": list(row.actors), "langs": list(row.langs), "sources": list(row.sources),
            "created": row.created_at.isoformat(), "updated": row.updated_at.isoformat()}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
