"""SQLAlchemy 2 models of the store: documents, segments, mentions, events, event sources, timelines."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


KEY_LENGTH = 160


class Base(DeclarativeBase):
    """The declarative base every table of the store derives from."""


class DocumentRow(Base):
    """A stored report; its id is the sha256 of its NFC text with trailing white space trimmed."""

    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    published: Mapped[str | None] = mapped_column(String(40))
    published_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    analysis: Mapped[str | None] = mapped_column(String(32))  # fingerprint of the analysis (chrono/fingerprint.py)


class SegmentRow(Base):
    """A line of a document, flagged when it is page furniture."""

    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    furniture: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(200))


class MentionRow(Base):
    """A date or time phrase found in a document, with its contract JSON."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(80))
    start_at: Mapped[datetime | None] = mapped_column(DateTime)
    end_at: Mapped[datetime | None] = mapped_column(DateTime)
    data: Mapped[dict] = mapped_column(JSON)


class EventRow(Base):
    """A canonical event: the merged time, title and actors of all its sources (its search keys are EventKeyRows)."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    start_at: Mapped[datetime | None] = mapped_column(DateTime)
    end_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    span_class: Mapped[int] = mapped_column(SmallInteger)
    grain: Mapped[str | None] = mapped_column(String(16))
    mod: Mapped[str | None] = mapped_column(String(24))
    value: Mapped[str | None] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(Text)
    actors: Mapped[list] = mapped_column(JSON)
    langs: Mapped[list] = mapped_column(JSON)
    related: Mapped[list] = mapped_column(JSON)
    links: Mapped[list] = mapped_column(JSON)
    n_sources: Mapped[int] = mapped_column(Integer)
    first_published: Mapped[str | None] = mapped_column(String(40))
    members: Mapped[list | None] = mapped_column(JSON)  # merge inputs of the earliest sentences (store/remerge.py)

    __table_args__ = (Index("ix_events_span_class_start_at", "span_class", "start_at"),
                      # lets a text query sort its matches by time from the index alone
                      Index("ix_events_id_start_at_end_at", "id", "start_at", "end_at"))


class EventKeyRow(Base):
    """A key an event is found by: a word form of its text (w), an actor (a), a language (l) or an outlet (s)."""

    __tablename__ = "event_keys"
    field: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, index=True)

    __table_args__ = {"sqlite_with_rowid": False}


class EventSourceRow(Base):
    """One sentence's telling of an event: its span, date phrase, time, title and actors."""

    __tablename__ = "event_sources"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    date_text: Mapped[str] = mapped_column(Text)
    date_start: Mapped[int | None] = mapped_column(Integer)
    date_end: Mapped[int | None] = mapped_column(Integer)
    start_at: Mapped[datetime | None] = mapped_column(DateTime)
    end_at: Mapped[datetime | None] = mapped_column(DateTime)
    time: Mapped[dict | None] = mapped_column(JSON)
    title: Mapped[str] = mapped_column(Text)
    actors: Mapped[list] = mapped_column(JSON)
    related: Mapped[list] = mapped_column(JSON)
    lang: Mapped[str | None] = mapped_column(String(8))

    __table_args__ = (Index("ix_event_sources_start_at", "start_at"),)


class TimelineRow(Base):
    """A saved query: a name and the filters of a timeline."""

    __tablename__ = "timelines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    from_: Mapped[str | None] = mapped_column("from_date", String(40))
    to: Mapped[str | None] = mapped_column("to_date", String(40))
    q: Mapped[str | None] = mapped_column(Text)
    actors: Mapped[list] = mapped_column(JSON)
    langs: Mapped[list] = mapped_column(JSON)
    sources: Mapped[list] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
