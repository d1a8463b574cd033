"""A calendar point named at some grain (year, month, day …) and its TIMEX3 value and interval."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta

from . import calendar

#: grains from coarse to fine; a point's grain is the finest field it has
GRAINS = ("century", "decade", "year", "half", "quarter", "season", "month", "week",
          "day", "part_of_day", "hour", "minute")
_FIELD_OF_GRAIN = {"part_of_day": "pod"}
_FINEST_FIRST = tuple((_FIELD_OF_GRAIN.get(grain, grain), grain) for grain in reversed(GRAINS))


@dataclass
class Point:
    """Calendar fields of a date or time as far as they are known."""

    century: int | None = None   # 19 for the 20th century (TIMEX "19")
    decade: int | None = None    # 199 for the 1990s
    year: int | None = None
    half: int | None = None
    quarter: int | None = None
    season: str | None = None
    month: int | None = None
    week: int | None = None
    weekend: bool = False         # with week: its Saturday and Sunday only
    day: int | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None
    inferred: set[str] = field(default_factory=set)

    @property
    def grain(self) -> str:
        """The finest grain the point names."""
        for name, grain in _FINEST_FIRST:
            if getattr(self, name) is not None:
                return grain
        return "year"

    def stated(self) -> tuple[str, ...]:
        """Names of the fields the text gave."""
        names = [f.name for f in fields(self) if f.name not in ("inferred", "zone", "weekend")]
        return tuple(n for n in names if getattr(self, n) is not None and n not in self.inferred)

    def copy(self, **changes) -> Point:
        """A copy with some fields changed."""
        point = replace(self, **changes)
        point.inferred = set(self.inferred)
        return point

    def timex(self) -> str:
        """The ISO-TimeML value of the point."""
        grain = self.grain
        if grain == "century":
            return f"{self.century:02d}"
        if grain == "decade":
            return f"{self.decade:03d}"
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if grain == "year":
            return year
        if grain == "half":
            return f"{year}-H{self.half}"
        if grain == "quarter":
            return f"{year}-Q{self.quarter}"
        if grain == "season":
            return f"{year}-{self.season}"
        if grain == "week":
            return f"{year}-W{self.week:02d}" + ("-WE" if self.weekend else "")
        month = f"{year}-{self.month:02d}" if self.month else f"{year}-XX"
        if grain == "month":
            return month
        day = f"{month}-{self.day:02d}" if self.day else f"{month}-XX"
        if grain == "day":
            return day
        if grain == "part_of_day" and self.hour is None:
            return f"{day}T{self.pod}"
        clock = f"{day}T{self.hour:02d}:{(self.minute or 0):02d}"
        return clock + calendar.zone_offset(self.zone, self.to_datetime())

    def interval(self) -> tuple[datetime, datetime] | None:
        """The half-open interval the point covers, or None when the year is unknown."""
        grain = self.grain
        if grain == "century":
            return datetime(self.century * 100 or 1, 1, 1), datetime(self.century * 100 + 100, 1, 1)
        if grain == "decade":
            return datetime(self.decade * 10 or 1, 1, 1), datetime(self.decade * 10 + 10, 1, 1)
        if self.year is None or not 1 <= self.year <= 9998:
            return None
        start = datetime(self.year, 1, 1)
        if grain == "year":
            return calendar.span(start, "year")
        if grain == "half":
            first = datetime(self.year, 6 * (self.half - 1) + 1, 1)
            return first, calendar.shift(first, "month", 6)
        if grain == "quarter":
            return calendar.span(datetime(self.year, 3 * (self.quarter - 1) + 1, 1), "quarter")
        if grain == "season":
            return calendar.season_span(self.year, self.season)
        if grain == "week":
            monday = calendar.week_start(self.year, self.week)
            if self.weekend:
                return monday + timedelta(days=5), monday + timedelta(days=7)
            return monday, monday + timedelta(days=7)
        if self.month is None:
            return None
        if grain == "month":
            return calendar.span(datetime(self.year, self.month, 1), "month")
        if self.day is None:
            return None
        day = datetime(self.year, self.month, self.day)
        if grain == "day":
            return calendar.span(day, "day")
        if self.hour is None:
            return calendar.part_of_day_span(day, self.pod)
        moment = day.replace(hour=self.hour, minute=self.minute or 0)
        return calendar.span(moment, "minute" if self.minute is not None else "hour")

    def to_datetime(self) -> datetime | None:
        """The start of the point's interval."""
        span = self.interval()
        return span[0] if span else None


def point_from_datetime(moment: datetime, grain: str) -> Point:
    """The point of grain `grain` that contains `moment`."""
    point = Point(year=moment.year)
    if grain in ("century", "decade"):
        return Point(**{grain: moment.year // (100 if grain == "century" else 10)})
    if grain == "half":
        point.half = 1 if moment.month <= 6 else 2
    elif grain == "quarter":
        point.quarter = (moment.month - 1) // 3 + 1
    elif grain == "week":
        iso = moment.isocalendar()
        point.year, point.week = iso.year, iso.week
    elif grain in ("month", "day", "part_of_day", "hour", "minute"):
        point.month = moment.month
        if grain != "month":
            point.day = moment.day
        if grain in ("hour", "minute"):
            point.hour = moment.hour
        if grain == "minute":
            point.minute = moment.minute
    return point
