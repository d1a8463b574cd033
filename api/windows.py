"""Time-window bounds: YYYY, YYYY-MM, YYYY-MM-DD or a timestamp; `to` means the end of its period."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import marshmallow as ma

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
BOUND_PATTERN = r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"


def _next_month(year: int, month: int) -> datetime:
    if (year, month) == (9999, 12):
        return datetime.max
    return datetime(year + month // 12, month % 12 + 1, 1)


def period(text: str) -> tuple[datetime, datetime]:
    """The half-open period [start, end) a partial date or timestamp names; ValueError if none."""
    text = text.strip()
    match = _PARTIAL.match(text)
    try:
        if match is None:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
            return moment, moment
        year, month, day = (int(part) if part else None for part in match.groups())
        if month is None:
            return datetime(year, 1, 1), _next_month(year, 12)
        if day is None:
            return datetime(year, month, 1), _next_month(year, month)
        start = datetime(year, month, day)
        return start, (start + timedelta(days=1) if start.date() < datetime.max.date() else datetime.max)
    except (ValueError, OverflowError):
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp") from None


class WindowBound(ma.fields.String):
    """A window bound read as the start (`from`) or the end (`to`) of the period it names."""

    def __init__(self, end: bool = False, **kwargs):
        kwargs.setdefault("metadata", {}).setdefault("pattern", BOUND_PATTERN)
        super().__init__(**kwargs)
        self.end = end

    def _deserialize(self, value, attr, data, **kwargs) -> datetime:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            start, end = period(text)
        except ValueError as error:
            raise ma.ValidationError(str(error)) from None
        return end if self.end else start
