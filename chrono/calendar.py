"""Grain intervals and calendar shifts, on arrow."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import arrow
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter

#: hours each part of day covers: (start hour, end hour), end may pass midnight
PART_OF_DAY_HOURS = {
    "MO": (6, 12), "MI": (12, 13), "AF": (12, 18), "DT": (6, 18),
    "EV": (18, 24), "NI": (18, 30),
}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_FIXED_LENGTH = {"week": timedelta(days=7), "day": timedelta(days=1), "hour": timedelta(hours=1),
                 "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}
_MONTHS_IN = {"year": 12, "half": 6, "quarter": 3, "month": 1}
ARROW_FRAMES = {"year": "year", "quarter": "quarter", "month": "month", "week": "week",
                "day": "day", "hour": "hour", "minute": "minute", "second": "second"}


def floor(moment: datetime, frame: str) -> datetime:
    """The start of the grain `frame` (year, quarter, month, week, day, hour, minute) holding `moment`."""
    if frame == "year":
        return datetime(moment.year, 1, 1)
    if frame == "quarter":
        return datetime(moment.year, (moment.month - 1) // 3 * 3 + 1, 1)
    if frame == "month":
        return datetime(moment.year, moment.month, 1)
    day = datetime(moment.year, moment.month, moment.day)
    if frame == "week":
        return day - timedelta(days=moment.weekday())
    if frame == "day":
        return day
    if frame == "hour":
        return day.replace(hour=moment.hour)
    if frame == "minute":
        return day.replace(hour=moment.hour, minute=moment.minute)
    return arrow.Arrow.fromdatetime(moment).floor(ARROW_FRAMES[frame]).naive


def span(moment: datetime, frame: str) -> tuple[datetime, datetime]:
    """The half-open interval of the grain `frame` that contains `moment`."""
    start = floor(moment, frame)
    if frame in _FIXED_LENGTH:
        return start, start + _FIXED_LENGTH[frame]
    months = _MONTHS_IN[frame]
    index = start.month - 1 + months
    return start, datetime(start.year + index // 12, index % 12 + 1, 1)


def shift(moment: datetime, unit: str, count: int) -> datetime:
    """`moment` moved by `count` calendar units (day, week, month, quarter, year …)."""
    if unit == "decade":
        unit, count = "year", count * 10
    elif unit == "century":
        unit, count = "year", count * 100
    elif unit == "half":
        unit, count = "month", count * 6
    if unit in _FIXED_LENGTH:
        return moment + _FIXED_LENGTH[unit] * count
    return arrow.Arrow.fromdatetime(moment).shift(**{unit + "s": count}).naive


def week_start(year: int, week: int) -> datetime:
    """Monday of ISO week `week` of `year`."""
    return datetime.combine(date.fromisocalendar(year, week, 1), datetime.min.time())


def season_span(year: int, season: str) -> tuple[datetime, datetime]:
    """Meteorological season (winter runs from December of `year`)."""
    start = datetime(year, SEASON_MONTHS[season], 1)
    return start, shift(start, "month", 3)


def part_of_day_span(day: datetime, part: str) -> tuple[datetime, datetime]:
    """The hours of a part of day on `day`."""
    first, last = PART_OF_DAY_HOURS[part]
    return day + timedelta(hours=first), day + timedelta(hours=last)


def easter(year: int, orthodox: bool = False) -> date:
    """Easter Sunday of `year`: Western (Gregorian) or Orthodox (Julian computus, as a Gregorian date)."""
    return dateutil_easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`-th `weekday` (0 = Monday) of a month; n = -1 is the last one."""
    if n < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_date(year: int, rule: tuple) -> date:
    """The day a holiday falls on in `year`: (month, day), (month, weekday, n[, shift]) or ("easter", shift)."""
    if rule[0] in ("easter", "orthodox_easter"):
        return easter(year, rule[0] == "orthodox_easter") + timedelta(days=rule[1])
    if len(rule) == 2:
        return date(year, *rule)
    month, weekday, n, *shift = rule
    return nth_weekday(year, month, weekday, n) + timedelta(days=shift[0] if shift else 0)


def holiday_month(rule: tuple) -> tuple[int, int]:
    """The month and a typical day of a holiday, for settling its year before its exact day."""
    if rule[0] in ("easter", "orthodox_easter"):
        return 4, 1
    if len(rule) == 2:
        return rule
    return rule[0], 15


def zone_offset(zone: str | None, moment: datetime | None) -> str:
    """The ISO 8601 offset of `zone` at the wall-clock `moment` ("Z", "-04:00"); a named zone needs the moment."""
    if not zone or "/" not in zone:
        return zone or ""
    try:
        offset = moment.replace(tzinfo=ZoneInfo(zone)).utcoffset() if moment else None
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "Z"
    sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
