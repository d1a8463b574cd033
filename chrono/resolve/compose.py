"""Actions over phrases built of phrases: modifiers, parts of day, clock times, zones, shifts."""
from __future__ import annotations

from datetime import timedelta

from .. import calendar
from ..point import point_from_datetime
from ..tagger import Expr
from .context import Context, Outcome, Unresolvable
from .dispatch import ACTIONS, resolve_expr
from .values import date_value


#: the modifiers a length of time can take ("about two weeks", "more than a year")
_DURATION_MODS = ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")


def _modified(ctx: Context, expr: Expr) -> Outcome:
    inner = resolve_expr(ctx, expr.children[0])
    mod = expr.values.get("mod") or expr.rule.params.get("mod")
    if inner.time.type == "SET" or (inner.time.type == "DURATION" and mod not in _DURATION_MODS):
        raise Unresolvable
    if inner.point is not None and inner.point.hour is not None and mod in ("START", "MID", "END"):
        raise Unresolvable   # «начало в 19:00» is when something starts, no beginning of a minute
    outer = expr.rule.params.get("span") == "inner"
    if outer:
        inner.span = (expr.children[0].start, expr.children[0].end)
    if outer and mod == "MORE_THAN" and (inner.time.type != "DURATION" or _is_a_stretch(ctx, expr.children[0])):
        mod = None  # "over the weekend", "over the next two years" are during them; "over two years" is more
    if not (outer and inner.time.mod):  # "by the end of 2026" stays END: its span is "the end of 2026"
        inner.time.mod = mod
    return inner


def _is_a_stretch(ctx: Context, expr: Expr) -> bool:
    """Whether a length of time is a definite stretch ("the next two years"), not an amount ("two years")."""
    return ctx.text[expr.start:expr.start + 4].lower() == "the "


def _part_of_day(ctx: Context, expr: Expr) -> Outcome:
    inner = resolve_expr(ctx, expr.children[0])
    point = inner.point
    if point is None or point.grain != "day":
        raise Unresolvable
    point = point.copy(pod=expr.values.get("pod") or expr.rule.params["pod"])
    shift = expr.rule.params.get("shift", 0)
    if shift and point.to_datetime():
        moved = point_from_datetime(point.to_datetime() + timedelta(days=shift), "day")
        point.year, point.month, point.day = moved.year, moved.month, moved.day
    return Outcome(date_value(point, inner.time.anchor, inner.time.mod), point)


def _with_time(ctx: Context, expr: Expr) -> Outcome:
    outcomes = [resolve_expr(ctx, child) for child in expr.children[:2]]
    days = [o for o in outcomes if o.point is not None and o.point.grain in ("day", "part_of_day")]
    clocks = [o for o in outcomes if o.point is not None and o.point.hour is not None]
    if not days or not clocks:
        raise Unresolvable
    day, clock = days[0].point, clocks[0].point
    hour = clock.hour
    if day.pod in _AFTERNOON_PARTS and 1 <= hour < 12 and not _has_ampm(expr):
        hour += 12 if day.pod != "NI" or hour >= 6 else 0   # "6:30 last night" is 18:30
    point = day.copy(pod=None, hour=hour, minute=clock.minute, zone=clock.zone)
    if any(child.rule.params.get("ends_day") for child in expr.children[:2]) and day.to_datetime():
        following = point_from_datetime(day.to_datetime() + timedelta(days=1), "day")
        point.year, point.month, point.day = following.year, following.month, following.day
    point.inferred = set(day.inferred)
    # "until 8 p.m. today": the bound word outside the phrase keeps its modifier and stays out of the span
    bounded = [(o, child) for o, child in zip(outcomes, expr.children) if o.span is not None]
    mod = next((o.time.mod for o, _ in bounded if o.time.mod), None)
    outcome = Outcome(date_value(point, days[0].time.anchor, mod), point)
    if bounded:
        starts = [o.span[0] if o.span is not None else child.start for o, child in zip(outcomes, expr.children)]
        outcome.span = (min(starts), expr.end)
    return outcome


_AFTERNOON_PARTS = ("AF", "EV", "NI")


def _has_ampm(expr: Expr) -> bool:
    """Whether a clock time says which half of the day it is in ("6:30 p.m.", "4 in the morning")."""
    return "ampm" in expr.values or any(_has_ampm(child) for child in expr.children)


def _zone(ctx: Context, expr: Expr) -> Outcome:
    inner = resolve_expr(ctx, expr.children[0])
    if inner.point is None or inner.point.hour is None:
        raise Unresolvable
    point = inner.point.copy(zone=expr.values.get("zone"))
    return Outcome(date_value(point, inner.time.anchor), point)


def _shifted(ctx: Context, expr: Expr) -> Outcome:
    inner = resolve_expr(ctx, expr.children[0])
    if inner.point is None or inner.point.to_datetime() is None:
        raise Unresolvable
    params = expr.rule.params
    moment = calendar.shift(inner.point.to_datetime(), params.get("unit", "day"), params.get("n", -1))
    point = point_from_datetime(moment, params.get("grain", "day"))
    return Outcome(date_value(point, inner.time.anchor), point)


def _nth_weekday(ctx: Context, expr: Expr) -> Outcome:
    """The n-th weekday of a month ("the second Monday of October", "the last Friday in June")."""
    day_expr, month_expr = expr.children[:2]
    weekday, nth = day_expr.values.get("weekday"), expr.values.get("nth")
    if weekday is None or nth is None or day_expr.action != "weekday" or len(day_expr.values) != 1:
        raise Unresolvable
    month = resolve_expr(ctx, month_expr)
    point = month.point
    if point is None or point.grain != "month" or point.year is None:
        raise Unresolvable
    day = calendar.nth_weekday(point.year, point.month, weekday, nth)
    found = point.copy(day=day.day)
    return Outcome(date_value(found, month.time.anchor, month.time.mod), found)


def _week_of(ctx: Context, expr: Expr) -> Outcome:
    """The week of a day ("the week of March 6", "Easter week") or the n-th week of a month (holding day 7n - 6)."""
    if expr.rule.params.get("holiday") and "holiday" not in expr.children[0].values:
        raise Unresolvable  # "Easter week", "Christmas week"; "Monday week" is another idiom
    inner = resolve_expr(ctx, expr.children[0])
    point, nth = inner.point, expr.values.get("nth")
    span = point.interval() if point is not None else None
    if span is None or point.grain != ("day" if nth is None else "month"):
        raise Unresolvable
    if nth is None:
        day = span[0]
        if expr.values.get("weekend") and day.weekday() == 0:
            day -= timedelta(days=1)   # a Monday holiday's weekend is the one it ends ("Memorial Day weekend")
    elif expr.values.get("weekend"):   # the weekend of the month's n-th Saturday
        day = calendar.nth_weekday(point.year, point.month, 5, nth)
    else:
        day = span[1] - timedelta(days=1) if nth < 0 else span[0] + timedelta(days=7 * (nth - 1))
        if nth > 0 and span[0].weekday() >= 4:
            day += timedelta(days=7 - span[0].weekday())   # a month begun on a Friday to Sunday: its weeks start after
    week = point_from_datetime(day, "week")
    week.weekend = bool(expr.values.get("weekend"))
    week.inferred = set(point.inferred) & {"year"}
    return Outcome(date_value(week, inner.time.anchor, inner.time.mod), week)


def _of_year(ctx: Context, expr: Expr) -> Outcome:
    """A year-less date given its year by a year phrase ("June of that year", "October of the following year")."""
    inner, year = (resolve_expr(ctx, child) for child in expr.children[:2])
    point, year_point = inner.point, year.point
    if point is None or year_point is None or year_point.grain != "year" or "year" in point.stated() \
            or point.grain not in _WITHIN_YEAR:
        raise Unresolvable
    point = point.copy(year=year_point.year)
    point.inferred = (point.inferred - {"year"}) | (year_point.inferred & {"year"})
    return Outcome(date_value(point, year.time.anchor, inner.time.mod), point)


_WITHIN_YEAR = ("half", "quarter", "season", "month", "day", "part_of_day")


ACTIONS.update({
    "nth_weekday": _nth_weekday,
    "of_year": _of_year,
    "week_of": _week_of,
    "mod": _modified,
    "part_of_day": _part_of_day,
    "with_time": _with_time,
    "zone": _zone,
    "shift": _shifted,
})
