"""Actions for dates the text states: points, ranges, nights, decades."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .. import calendar
from ..model import Anchor, Mention, TimeValue
from ..point import Point, point_from_datetime
from ..tagger import Expr
from .context import Context, NotADate, Outcome, Unresolvable
from .dispatch import ACTIONS, resolve_expr
from .values import GRAIN_ORDER, POINT_FIELDS, complete_point, date_value, place_holiday, point_from_values


def _date(ctx: Context, expr: Expr) -> Outcome:
    if names_something(ctx, expr):
        raise NotADate
    point = point_from_values(expr.values)
    for name, value in expr.rule.params.items():
        if name in POINT_FIELDS and not isinstance(value, str) or name in ("season", "pod", "zone"):
            setattr(point, name, value)
    if expr.rule.params.get("pm_unless_morning") and point.hour is not None and point.hour < 12 \
            and not re.match(r"(?i)\W*(?:\w+\s+){0,2}(?:morning|a\.m\.|am\b)", ctx.text[expr.end:expr.end + 30]):
        point.hour += 12
    if point.year is None and ctx.ref is not None:
        place_holiday(point, expr.values, ctx.ref.year)  # this year's day, to settle the year by
    if point.quarter is not None and point.year is None and (ended := day_it_ended(ctx, expr)) is not None:
        return _fiscal_quarter(ctx, expr, point, ended)
    anchor = complete_point(ctx, expr, point, expr.rule.params)
    place_holiday(point, expr.values, point.year)
    return Outcome(date_value(point, anchor, expr.rule.params.get("mod")), point)


def _fiscal_quarter(ctx: Context, expr: Expr, point: Point, ended: TimeValue) -> Outcome:
    """"The fiscal fourth quarter ended June 30": valued as the quarter the company names, of the year it ended
    in (as TimeML writes it), placed on the three months that ended that day."""
    point.year = ended.start.year
    start = calendar.shift(ended.end, "month", -3)
    value = TimeValue("DATE", f"{point.year}-Q{point.quarter}", start, ended.end, "quarter",
                      expr.rule.params.get("mod"), ("quarter",), tuple(ended.inferred), ended.anchor)
    return Outcome(value, point)


def day_it_ended(ctx: Context, expr: Expr) -> TimeValue | None:
    """The day a period is said to have ended on right after it ("quarter ended Sept. 30")."""
    joint = getattr(ctx.grammar.module, "PERIOD_ENDED", None)
    following = ctx.next_expr
    if joint is None or following is None or not re.fullmatch(joint, ctx.text[expr.end:following.start]):
        return None
    try:
        end = resolve_expr(ctx, following)
    except Unresolvable:
        return None
    return end.time if end.point is not None and end.point.grain == "day" and end.time.end is not None else None


def names_something(ctx: Context, expr: Expr) -> bool:
    """Whether a date word is part of a name here: after a forename ("Theresa May"), or capitalised mid-sentence
    where the language writes it in lower case ("the Winter Palace")."""
    check = expr.rule.params.get("name_check")
    if check == "after_name":
        module = ctx.grammar.module
        before = ctx.text[max(0, expr.start - 40):expr.start]
        pattern, after = getattr(module, "NAME_BEFORE", None), getattr(module, "NAME_AFTER", None)
        if pattern and re.search(pattern, before):
            return True
        preposition = getattr(module, "TIME_PREPOSITION_BEFORE", None)
        return bool(after and re.match(after, ctx.text[expr.end:expr.end + 40])
                    and not (preposition and re.search(preposition, before)))
    if check == "sport":   # "late in the second half" of a match; "the second half of 2010" stays a date
        sport = getattr(ctx.grammar.module, "SPORT_CONTEXT", None)
        start, end = ctx.sentence_span(expr.start)
        return bool(sport and "year" not in expr.values and re.search(sport, ctx.text[start:end]))
    if check == "capital":
        start = min(start for start, _ in expr.spans.values()) if expr.spans else expr.start
        sentence_start = ctx.sentence_span(start)[0]
        return ctx.text[start].isupper() and bool(ctx.text[sentence_start:start].strip())
    return False


def _split_values(values: dict[str, Any]) -> tuple[dict, dict]:
    first = {k: v for k, v in values.items() if not k.endswith("2")}
    second = {k[:-1]: v for k, v in values.items() if k.endswith("2")}
    for name in ("year", "month", "yy", "mm"):
        if name in first and name not in second:
            second[name] = first[name]
        if name in second and name not in first:
            first[name] = second[name]
    return first, second


def _ordered(first: Point, second: Point) -> None:
    a, b = first.to_datetime(), second.to_datetime()
    if a and b and a > b and "year" in first.inferred and first.year == second.year:
        first.year -= 1


def _range_parts(ctx: Context, expr: Expr) -> tuple[tuple[int, int], tuple[int, int]]:
    seconds = [s for name, s in expr.spans.items() if name.endswith("2")]
    firsts = [s for name, s in expr.spans.items() if not name.endswith("2")]
    second_start = min(s for s, _ in seconds)
    first_start = min(s for s, _ in firsts)
    first_end = max(e for s, e in firsts if e <= second_start)
    return (first_start, first_end), (second_start, expr.end)


def _part(ctx: Context, span: tuple[int, int], value: TimeValue, rule: str) -> Mention:
    return Mention(span[0], span[1], ctx.text[span[0]:span[1]], value, rule)


def _join(ctx: Context, expr: Expr, first: Outcome, second: Outcome, spans) -> Outcome:
    a, b = first.time, second.time
    if a.start is None or b.end is None or a.start >= b.end:
        raise Unresolvable
    if (a.start, a.end) == (b.start, b.end):
        raise Unresolvable   # one time said twice («через две недели — 29 июля»), no run of time
    if a.start <= b.start and b.end <= a.end and GRAIN_ORDER[a.grain] < GRAIN_ORDER[b.grain]:
        raise Unresolvable   # "gained 20 percent this year through Friday": a period and a day within it
    grain = a.grain if GRAIN_ORDER[a.grain] > GRAIN_ORDER[b.grain] else b.grain
    value = TimeValue("DATE", f"{a.value}/{b.value}", a.start, b.end, grain, expr.rule.params.get("mod"),
                      tuple(sorted(set(a.stated) | set(b.stated))),
                      tuple(sorted(set(a.inferred) | set(b.inferred))), a.anchor)
    parts = [_part(ctx, spans[0], a, expr.rule.id), _part(ctx, spans[1], b, expr.rule.id)]
    return Outcome(value, second.point, parts)


def _ordered_weekdays(ctx: Context, expr: Expr, first: Outcome, second: Outcome) -> tuple[Outcome, Outcome]:
    """"Monday to Wednesday" is one run of days: anchored on its end in the past, on its start otherwise."""
    gap = timedelta(days=(second.time.start.weekday() - first.time.start.weekday()) % 7)
    if ctx.tense(expr) == "future" or first.time.start > ctx.ref:
        moved = point_from_datetime(first.time.start + gap, "day")
        return first, Outcome(date_value(moved, second.time.anchor), moved)
    moved = point_from_datetime(second.time.start - gap, "day")
    return Outcome(date_value(moved, first.time.anchor), moved), second


def _both_inferred(first: Outcome, second: Outcome) -> bool:
    return bool(first.point and second.point and first.time.start and second.time.start
                and "year" in first.point.inferred and "year" in second.point.inferred)


def _year_after(first: Outcome, second: Outcome) -> Outcome:
    """The second end of a year-less range moved to the first year that puts it after the first end."""
    point = second.point.copy(year=first.point.year)
    if point.hour is not None and first.point.hour is not None and "day" in point.inferred:
        # "between 10 p.m. and 4 a.m.": clock times of one night, the second on the day after the first
        point = second.point.copy(year=first.point.year, month=first.point.month, day=first.point.day)
        if point.to_datetime() <= first.time.start:
            moved = point_from_datetime(point.to_datetime() + timedelta(days=1), "day")
            point.year, point.month, point.day = moved.year, moved.month, moved.day
    elif point.to_datetime() <= first.time.start:
        point.year += 1
    return Outcome(date_value(point, second.time.anchor, second.time.mod), point)


def _range(ctx: Context, expr: Expr) -> Outcome:
    if expr.children:
        first, second = (resolve_expr(ctx, child) for child in expr.children[:2])
        if first.point and second.point and "year" in first.point.inferred and "year" not in second.point.inferred:
            fixed = first.point.copy(year=second.point.year)
            _ordered(fixed, second.point)
            first = Outcome(date_value(fixed, Anchor("absolute")), fixed)
        elif _both_inferred(first, second) and first.time.start >= second.time.start:
            second = _year_after(first, second)
        if expr.children[0].action == expr.children[1].action == "weekday":
            first, second = _ordered_weekdays(ctx, expr, first, second)
        spans = [(c.start, c.end) for c in expr.children[:2]]
        return _join(ctx, expr, first, second, spans)
    values_a, values_b = _split_values(expr.values)
    point_a, point_b = point_from_values(values_a), point_from_values(values_b)
    anchor = complete_point(ctx, expr, point_b, expr.rule.params)
    if point_a.year is None and point_b.year is not None:
        point_a.year = point_b.year
        point_a.inferred = set(point_b.inferred)
    if point_a.year is not None and point_b.year is not None and point_b.year < 100:
        if point_b.year <= point_a.year % 100:   # no run of years: "2019-05" is May 2019 (ISO 8601)
            return _year_month(point_a, point_b.year)
        point_b.year += point_a.year // 100 * 100  # "2022-23"
    _ordered(point_a, point_b)
    return _join(ctx, expr, Outcome(date_value(point_a, anchor), point_a),
                 Outcome(date_value(point_b, anchor), point_b), _range_parts(ctx, expr))


def _year_month(year: Point, month: int) -> Outcome:
    if not 1 <= month <= 12:
        raise Unresolvable
    point = Point(year=year.year, month=month)
    return Outcome(date_value(point, Anchor("absolute")), point)


def _night(ctx: Context, expr: Expr) -> Outcome:
    values_a, values_b = _split_values(expr.values)
    point = point_from_values(values_a)
    anchor = complete_point(ctx, expr, point, expr.rule.params)
    shift = expr.rule.params.get("shift", 0)
    if point.interval() is None:
        raise Unresolvable
    if shift:
        point = point_from_datetime(point.to_datetime() + timedelta(days=shift), "day") \
            if point.day else point
    point.pod = "NI"
    return Outcome(date_value(point, anchor), point)


def _decade_from_two_digits(ctx: Context, expr: Expr) -> Outcome:
    digits = expr.values["int"]
    if digits % 10 or digits >= 100:
        raise Unresolvable
    now = ctx.ref.year if ctx.ref else datetime.now().year
    decade = (now // 100) * 10 + digits // 10
    if decade * 10 > now:
        decade -= 10
    point = Point(decade=decade)
    return Outcome(date_value(point, Anchor("document" if ctx.ref else "none")), point)


ACTIONS.update({
    "date": _date,
    "range": _range,
    "night": _night,
    "decade2": _decade_from_two_digits,
})
