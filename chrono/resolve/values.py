"""Calendar points from matched values, and the year, day or anchor the text left out."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from .. import calendar
from ..model import Anchor, TimeValue
from ..point import Point, point_from_datetime
from ..tagger import Expr
from .context import TENSE_REACH, Context

#: a bare quarter or half that begins further than this after the document date is last year's
QUARTER_REACH = timedelta(days=183)

POINT_FIELDS = ("century", "decade", "year", "half", "quarter", "season", "month", "week",
                "day", "pod", "hour", "minute", "zone")

_ALIASES = {"yy": "year", "mm": "month", "roman": "century"}

UNIT_GRAIN = {"day": "day", "week": "day", "weekend": "day", "month": "month", "year": "year",
              "quarter": "quarter", "half": "half", "decade": "year", "century": "year",
              "hour": "hour", "minute": "minute", "second": "minute"}

TIME_GRAINS = {"part_of_day", "hour", "minute"}

GRAIN_ORDER = {grain: i for i, grain in enumerate(
    ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
     "part_of_day", "hour", "minute", None))}


def date_value(point: Point, anchor: Anchor, mod: str | None = None) -> TimeValue:
    """The TimeValue of a calendar point."""
    span = point.interval()
    grain = point.grain
    return TimeValue(
        type="TIME" if grain in TIME_GRAINS else "DATE", value=point.timex(),
        start=span[0] if span else None, end=span[1] if span else None, grain=grain, mod=mod,
        stated=point.stated(), inferred=tuple(sorted(point.inferred)), anchor=anchor)


def point_from_values(values: dict[str, Any]) -> Point:
    point = Point()
    for name, value in values.items():
        name = _ALIASES.get(name, name)
        if name == "holiday":
            point.month, point.day = calendar.holiday_month(value)
        elif name == "century":
            point.century = value - 1
        elif name == "ordcentury":
            point.century = value - 1
        elif name == "decadeyear":
            point.decade = value // 10
        elif name == "ampm":
            continue
        elif name in POINT_FIELDS:
            setattr(point, name, value)
    if "ampm" in values and point.hour is not None:
        point.hour = point.hour % 12 + values["ampm"]
    if point.year is not None and point.decade is not None and point.month is None:
        point.decade, point.year = point.year // 10, None
    return point


def _infer_year(ctx: Context, expr: Expr, point: Point) -> Anchor:
    if ctx.ref is None:
        year = ctx.last_point.year if ctx.last_point and ctx.last_point.year else ctx.first_year
        if year is None:
            return Anchor("none")
        point.year = year
        point.inferred.add("year")
        return Anchor("mention", ctx.last_index) if ctx.last_point else Anchor("none")
    directed = expr.rule.params.get("tense")
    if (point.quarter or point.half) and not directed:
        # a bare quarter or half in news is of the report's own (often fiscal) year, unless that one is
        # still half a year off: in January "the fourth quarter" is the one just reported
        point.year = ctx.ref.year
        point.inferred.add("year")
        if point.to_datetime() - ctx.ref > QUARTER_REACH:
            point.year -= 1
        return Anchor("document")
    tense = ctx.tense(expr)
    point.inferred.add("year")
    now = point_from_datetime(ctx.ref, point.grain if point.grain != "season" else "month").to_datetime()
    # the point in each nearby year that has it (29 February only in leap years)
    starts = _starts_near(point, ctx.ref.year, 1)
    if len(starts) < 3:
        starts = _starts_near(point, ctx.ref.year, 4)
    if not starts or now is None:
        point.year = ctx.ref.year
        return Anchor("document")
    past = max((y for y, start in starts.items() if start <= now), default=min(starts))
    future = min((y for y, start in starts.items() if start >= now), default=max(starts))
    # a near tie (half a year either way) goes to the past in languages whose news mostly reports what happened
    lean = timedelta(days=getattr(ctx.grammar.module, "NEAREST_LEANS_PAST_DAYS", 0))
    nearest = min((past, future), key=lambda y: abs(starts[y] - ctx.ref) + (lean if starts[y] > now else timedelta()))
    if directed == "past" and expr.rule.params.get("strict") and past - 1 in starts:
        span = point.copy(year=past).interval()
        if span and span[0] <= ctx.ref < span[1]:
            past -= 1   # "last February" said in February is a year back
    point.year = past if tense == "past" else future if tense == "future" else nearest
    # a tense marker near a day ("greetings for the New Year") is weaker evidence than a year's distance
    if not directed and point.day is not None and abs(starts[point.year] - ctx.ref) > TENSE_REACH:
        point.year = nearest
    return Anchor("document")


def _starts_near(point: Point, year: int, reach: int) -> dict:
    """The start of `point` in each year within `reach` of `year` that has it."""
    return {y: start for y in range(year - reach, year + reach + 1) if (start := _start_in(point, y)) is not None}


def _start_in(point: Point, year: int):
    """The start of `point` placed in `year`, or None when that year has no such day."""
    try:
        return point.copy(year=year).to_datetime()
    except ValueError:
        return None


def place_holiday(point: Point, values: dict[str, Any], year: int | None) -> None:
    """Put a holiday on its day in `year` (Easter and "the fourth Thursday of November" move)."""
    rule = values.get("holiday")
    if rule is None or year is None:
        return
    day = calendar.holiday_date(year, rule)
    point.month, point.day = day.month, day.day


def anchor_day(ctx: Context, expr: Expr | None = None) -> tuple[Point | None, Anchor]:
    """The day a dayless phrase belongs to: the last day named, else the document's; a clock time in a
    sentence about the future takes the last day named that is not past ("polls open at 7 a.m.")."""
    if ctx.last_point is not None and ctx.last_point.day is not None:
        last = ctx.last_point.to_datetime()
        if expr is not None and ctx.ref is not None and last is not None:
            today = calendar.floor(ctx.ref, "day")
            wanted = "future" if last < today else "past" if last > today else None
            if wanted and ctx.marked_tense(expr) == wanted:
                other = _last_day_on_side(ctx, wanted)
                if other is not None:
                    return other
                if wanted == "past":
                    return point_from_datetime(ctx.ref, "day"), Anchor("document")
        return ctx.last_point, Anchor("mention", ctx.last_index)
    if ctx.ref is not None:
        return point_from_datetime(ctx.ref, "day"), Anchor("document")
    return None, Anchor("none")


def _last_day_on_side(ctx: Context, side: str) -> tuple[Point, Anchor] | None:
    """The last day named that is not past (side "future") or not future (side "past")."""
    today = calendar.floor(ctx.ref, "day")
    for index in range(len(ctx.mentions) - 1, -1, -1):
        time = ctx.mentions[index].time
        if time.grain in ("day", "part_of_day") and time.start is not None \
                and (time.start >= today if side == "future" else time.start < today + timedelta(days=1)):
            return point_from_datetime(time.start, "day"), Anchor("mention", index)
    return None


def complete_point(ctx: Context, expr: Expr, point: Point, params: dict[str, Any]) -> Anchor:
    year_from = params.get("year")
    if year_from is not None and point.year is None:
        return _year_from(ctx, point, year_from)
    if point.year is not None or point.century is not None or point.decade is not None:
        return Anchor("absolute")
    if point.month or point.quarter or point.season or point.half or point.week:
        return _infer_year(ctx, expr, point)
    if point.hour is not None or point.pod is not None:
        base, anchor = anchor_day(ctx, expr)
        if base is None:
            return anchor
        point.year, point.month, point.day = base.year, base.month, base.day
        point.inferred.update({"year", "month", "day"})
        return anchor
    return Anchor("none")


def _year_from(ctx: Context, point: Point, source: str) -> Anchor:
    if source == "anchor" and ctx.last_point is not None and ctx.last_point.year is not None:
        point.year = ctx.last_point.year
        point.inferred.add("year")
        return Anchor("mention", ctx.last_index)
    if ctx.ref is None:
        return Anchor("none")
    offset = int(source[3:] or 0) if source.startswith("ref") else 0
    point.year = ctx.ref.year + offset
    point.inferred.add("year")
    return Anchor("document")


# ---------------------------------------------------------------- actions


def count(expr: Expr) -> int | float | None:
    """How many units a length or recurrence counts ("three", "1,000" as written with separators)."""
    if "thousands" in expr.values:
        return int(str(expr.values["thousands"]).replace(",", ""))
    return expr.values.get("num", expr.rule.params.get("num", 1))
