"""Time windows of queries: `from`/`to` as YYYY, YYYY-MM, YYYY-MM-DD or a timestamp; `to` ends its period."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..errors import ChronoError

_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class InvalidWindow(ChronoError):
    """A `from`/`to` value that cannot be read, or a `from` after the `to`."""


def window_start(value: str | None) -> datetime | None:
    """The first instant of the period `value` names."""
    return _period(value, "from")[0] if value else None


def window_end(value: str | None) -> datetime | None:
    """The end (exclusive) of the period `value` names: `to=2025-12` includes 31 December."""
    return _period(value, "to")[1] if value else None


def window(from_: str | None, to: str | None) -> tuple[datetime | None, datetime | None]:
    """The half-open window [from, to) the two parameters mean; from after to is an error."""
    start, end = window_start(from_), window_end(to)
    if start is not None and end is not None and start >= end:
        raise InvalidWindow(f"from ({from_}) is after to ({to})")
    return start, end


def _period(value: str, name: str) -> tuple[datetime, datetime]:
    text = str(value).strip()
    try:
        if _YEAR.match(text):
            year = int(text)
            return datetime(year, 1, 1), datetime(year + 1, 1, 1)
        month = _MONTH.match(text)
        if month:
            year, number = int(month.group(1)), int(month.group(2))
            start = datetime(year, number, 1)
            return start, datetime(year + number // 12, number % 12 + 1, 1)
        if _DAY.match(text):
            start = datetime.fromisoformat(text)
            return start, start + timedelta(days=1)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        return moment, moment
    except ValueError:
        raise InvalidWindow(f"cannot read {name}={value!r}; use YYYY, YYYY-MM, YYYY-MM-DD or a timestamp") from None
