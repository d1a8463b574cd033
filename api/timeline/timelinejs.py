"""Events in TimelineJS's JSON format, partial dates kept partial (a year stays a year)."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterable

import marshmallow as ma

YEAR_GRAINS = {"century", "decade", "year"}
MONTH_GRAINS = {"half", "quarter", "season", "month"}
DAY_GRAINS = {"week", "day"}


def _fields_for(grain: str | None) -> tuple[str, ...]:
    if grain in YEAR_GRAINS:
        return ("year",)
    if grain in MONTH_GRAINS:
        return ("year", "month")
    if grain in DAY_GRAINS or grain is None:
        return ("year", "month", "day")
    return ("year", "month", "day", "hour", "minute")


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {name: getattr(moment, name) for name in fields}


def slide(event: dict[str, Any]) -> dict[str, Any] | None:
    """One event as a TimelineJS slide; None for an event with no interval."""
    if not event.get("start"):
        return None
    fields = _fields_for(event.get("grain"))
    start = datetime.fromisoformat(event["start"]).replace(tzinfo=None)
    out: dict[str, Any] = {"unique_id": event["id"], "start_date": _date(start, fields)}
    out["start_date"]["display_date"] = event.get("label") or event.get("value") or event["start"]
    if event.get("end"):
        last = datetime.fromisoformat(event["end"]).replace(tzinfo=None) - timedelta(microseconds=1)
        end_date = _date(max(last, start), fields)
        if end_date != {k: v for k, v in out["start_date"].items() if k != "display_date"}:
            out["end_date"] = end_date
    sentences = [s.get("sentence") for s in event.get("sources") or [] if s.get("sentence")]
    out["text"] = {"headline": event.get("title") or "", "text": "<br>".join(sentences[:3])}
    groups = event.get("langs") or []
    if groups:
        out["group"] = ", ".join(groups)
    return out


def timelinejs(events: Iterable[dict[str, Any]], headline: str, description: str = "") -> dict[str, Any]:
    """A TimelineJS document of the events that have an interval."""
    slides = [s for s in (slide(e) for e in events) if s is not None]
    return {"title": {"text": {"headline": headline, "text": description}}, "events": slides}


class TimelineJSDateSchema(ma.Schema):
    """A TimelineJS date: only the parts the event's grain knows."""

    year = ma.fields.Integer(required=True)
    month = ma.fields.Integer()
    day = ma.fields.Integer()
    hour = ma.fields.Integer()
    minute = ma.fields.Integer()
    display_date = ma.fields.String()


class TimelineJSTextSchema(ma.Schema):
    """A slide's headline and text."""

    headline = ma.fields.String(required=True)
    text = ma.fields.String(required=True)


class TimelineJSSlideSchema(ma.Schema):
    """One event as a TimelineJS slide."""

    unique_id = ma.fields.String(required=True)
    start_date = ma.fields.Nested(TimelineJSDateSchema, required=True)
    end_date = ma.fields.Nested(TimelineJSDateSchema)
    text = ma.fields.Nested(TimelineJSTextSchema, required=True)
    group = ma.fields.String()


class TimelineJSTitleSchema(ma.Schema):
    """The title slide."""

    text = ma.fields.Nested(TimelineJSTextSchema, required=True)


class TimelineJSSchema(ma.Schema):
    """A TimelineJS document."""

    title = ma.fields.Nested(TimelineJSTitleSchema, required=True)
    events = ma.fields.List(ma.fields.Nested(TimelineJSSlideSchema), required=True)
