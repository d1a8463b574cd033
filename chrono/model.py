"""Plain data classes shared by every stage: TimeValue, Anchor, Mention."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Anchor:
    """How a value was resolved: absolute, document, mention (with index) or none."""

    kind: str = "absolute"
    mention: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract form of the anchor."""
        return {"kind": self.kind, "mention": self.mention}


@dataclass
class TimeValue:
    """A normalized time: half-open interval, grain, modifier, TIMEX3 type and value."""

    type: str
    value: str
    start: datetime | None = None
    end: datetime | None = None
    grain: str | None = None
    mod: str | None = None
    stated: tuple[str, ...] = ()
    inferred: tuple[str, ...] = ()
    anchor: Anchor = field(default_factory=Anchor)

    @property
    def certainty(self) -> dict[str, list[str]]:
        """Which fields the text stated and which were inferred."""
        return {"stated": list(self.stated), "inferred": list(self.inferred)}

    def to_dict(self) -> dict[str, Any]:
        """The contract form of the value (without span fields)."""
        interval = None
        if self.start is not None and self.end is not None:
            interval = {"start": self.start.isoformat(), "end": self.end.isoformat()}
        return {
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "interval": interval,
            "grain": self.grain,
            "certainty": self.certainty,
            "anchor": self.anchor.to_dict(),
        }


@dataclass
class Mention:
    """A date or time phrase found in a text, with its span and normalized value."""

    start: int
    end: int
    text: str
    time: TimeValue
    rule: str
    parts: list[Mention] = field(default_factory=list)

    @property
    def type(self) -> str:
        """The TIMEX3 type."""
        return self.time.type

    @property
    def value(self) -> str:
        """The TIMEX3 value."""
        return self.time.value

    def to_dict(self) -> dict[str, Any]:
        """The contract form of a mention (DESIGN.md)."""
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        out.update(self.time.to_dict())
        out["rule"] = self.rule
        out["parts"] = [p.to_dict() for p in self.parts]
        return out


@dataclass
class Document:
    """A report: its text and the contract's document fields; id is a hash of the text."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    published: str | None = None


@dataclass
class EventSource:
    """One report's telling of an event: its sentence and the date phrase it used."""

    document: str
    sentence: str
    date_text: str
    span: tuple[int, int]
    date_span: tuple[int, int] | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    time: TimeValue | None = None


@dataclass
class Event:
    """A dated happening with the sources that report it (DESIGN.md's event contract)."""

    id: str
    time: TimeValue | None
    title: str
    actors: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    sources: list[EventSource] = field(default_factory=list)
    related: list[TimeValue] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
