"""Turns matched phrases into time values: absolute, deictic (document date) or anaphoric (last mention)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable

from . import calendar
from .grammar import Grammar
from .model import Anchor, Mention, TimeValue
from .point import GRAINS, Point, point_from_datetime
from .tagger import Expr

_POINT_FIELDS = ("century", "decade", "year", "half", "quarter", "season", "month", "week",
                 "day", "pod", "hour", "minute", "zone")
_ALIASES = {"yy": "year", "mm": "month", "roman": "century"}
_UNIT_GRAIN = {"day": "day", "week": "day", "weekend": "day", "month": "month", "year": "year",
               "quarter": "quarter", "half": "half", "decade": "year", "century": "year",
               "hour": "hour", "minute": "minute", "second": "minute"}
_DURATION_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "weekend": "WE",
                    "decade": "DE", "century": "CE", "quarter": "Q", "half": "H",
                    "hour": "H", "minute": "M", "second": "S"}
_TIME_UNITS = {"hour", "minute", "second"}
_TIME_GRAINS = {"part_of_day", "hour", "minute"}


#: a tense marker further than this many characters from a phrase says nothing about it
TENSE_WINDOW = 20
#: a tense never puts a year-less date further than this from the document date when a nearer year exists
TENSE_REACH = timedelta(days=330)


class Unresolvable(Exception):
    """A phrase whose meaning the context cannot settle (the caller keeps its parts instead)."""


@dataclass
class Outcome:
    """What an action gives: a value, and the point that later anaphora may anchor to."""

    time: TimeValue
    point: Point | None = None
    parts: list[Mention] = field(default_factory=list)
    span: tuple[int, int] | None = None
    anchorable: bool = True


@dataclass
class Context:
    """What resolution knows: the text, the document date, tense preference, the last mention."""

    grammar: Grammar
    text: str
    ref: datetime | None
    prefer: str = "nearest"
    sentences: list[tuple[int, int]] = field(default_factory=list)
    last_point: Point | None = None
    last_index: int | None = None
    first_year: int | None = None
    last_by_grain: dict[str, tuple[Point, int]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [start for start, _ in self.sentences]

    def sentence_span(self, position: int) -> tuple[int, int]:
        """The span of the sentence that holds `position`."""
        i = bisect.bisect_right(self.sentence_starts, position) - 1
        if i >= 0 and position < self.sentences[i][1]:
            return self.sentences[i]
        return max(0, position - 200), position + 200

    def tense(self, expr: Expr) -> str:
        """Past or future by the tense marker nearest the phrase in its sentence, else the preference."""
        directed = expr.rule.params.get("tense")
        if directed:
            return directed
        start, end = self.sentence_span(expr.start)
        reach = TENSE_WINDOW + 30  # a marker word may start before the window and end inside it
        start, end = max(start, expr.start - reach), min(end, expr.end + reach)
        sentence = self.text[start:end]
        best, best_distance = self.prefer, None
        for tense, pattern in (("future", self.grammar.future), ("past", self.grammar.past)):
            if pattern is None:
                continue
            for match in pattern.finditer(sentence):
                m_start, m_end = match.start() + start, match.end() + start
                if m_start < expr.end and expr.start < m_end:
                    continue
                distance = expr.start - m_end if m_end <= expr.start else m_start - expr.end
                if distance <= TENSE_WINDOW and (best_distance is None or distance < best_distance):
                    best, best_distance = tense, distance
        return best


# ---------------------------------------------------------------- values

def date_value(point: Point, anchor: Anchor, mod: str | None = None) -> TimeValue:
    """The TimeValue of a calendar point."""
    span = point.interval()
    grain = point.grain
    return TimeValue(
        type="TIME" if grain in _TIME_GRAINS else "DATE", value=point.timex(),
        start=span[0] if span else None, end=span[1] if span else None, grain=grain, mod=mod,
        stated=point.stated(), inferred=tuple(sorted(point.inferred)), anchor=anchor)


def _point_from_values(values: dict[str, Any]) -> Point:
    point = Point()
    for name, value in values.items():
        name = _ALIASES.get(name, name)
        if name == "holiday":
            point.month, point.day = value
        elif name == "century":
            point.century = value - 1
        elif name == "ordcentury":
            point.century = value - 1
        elif name == "decadeyear":
            point.decade = value // 10
        elif name == "ampm":
            continue
        elif name in _POINT_FIELDS:
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
    # a bare quarter or half in news is the nearest one (usually the one just reported)
    tense = "nearest" if (point.quarter or point.half) and not directed else ctx.tense(expr)
    point.year = ctx.ref.year
    point.inferred.add("year")
    here = point.to_datetime()
    now = point_from_datetime(ctx.ref, point.grain if point.grain != "season" else "month").to_datetime()
    if here is None or now is None:
        return Anchor("document")
    nearest = min((point.copy(year=y) for y in (point.year - 1, point.year, point.year + 1)),
                  key=lambda p: abs(p.to_datetime() - ctx.ref)).year
    if tense == "past" and here > now:
        point.year -= 1
    elif tense == "future" and here < now:
        point.year += 1
    elif tense == "nearest":
        point.year = nearest
    if not directed and abs(point.to_datetime() - ctx.ref) > TENSE_REACH:
        point.year = nearest
    return Anchor("document")


def _anchor_day(ctx: Context) -> tuple[Point | None, Anchor]:
    if ctx.last_point is not None and ctx.last_point.day is not None:
        return ctx.last_point, Anchor("mention", ctx.last_index)
    if ctx.ref is not None:
        return point_from_datetime(ctx.ref, "day"), Anchor("document")
    return None, Anchor("none")


def _complete(ctx: Context, expr: Expr, point: Point, params: dict[str, Any]) -> Anchor:
    year_from = params.get("year")
    if year_from is not None and point.year is None:
        return _year_from(ctx, point, year_from)
    if point.year is not None or point.century is not None or point.decade is not None:
        return Anchor("absolute")
    if point.month or point.quarter or point.season or point.half or point.week:
        return _infer_year(ctx, expr, point)
    if point.hour is not None or point.pod is not None:
        base, anchor = _anchor_day(ctx)
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

def _date(ctx: Context, expr: Expr) -> Outcome:
    point = _point_from_values(expr.values)
    for name, value in expr.rule.params.items():
        if name in _POINT_FIELDS and not isinstance(value, str) or name in ("season", "pod", "zone"):
            setattr(point, name, value)
    anchor = _complete(ctx, expr, point, expr.rule.params)
    return Outcome(date_value(point, anchor, expr.rule.params.get("mod")), point)


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
    grain = a.grain if _GRAIN_ORDER[a.grain] > _GRAIN_ORDER[b.grain] else b.grain
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


def _range(ctx: Context, expr: Expr) -> Outcome:
    if expr.children:
        first, second = (resolve_expr(ctx, child) for child in expr.children[:2])
        if first.point and second.point and "year" in first.point.inferred and "year" not in second.point.inferred:
            fixed = first.point.copy(year=second.point.year)
            _ordered(fixed, second.point)
            first = Outcome(date_value(fixed, Anchor("absolute")), fixed)
        if expr.children[0].action == expr.children[1].action == "weekday":
            first, second = _ordered_weekdays(ctx, expr, first, second)
        spans = [(c.start, c.end) for c in expr.children[:2]]
        return _join(ctx, expr, first, second, spans)
    values_a, values_b = _split_values(expr.values)
    point_a, point_b = _point_from_values(values_a), _point_from_values(values_b)
    anchor = _complete(ctx, expr, point_b, expr.rule.params)
    if point_a.year is None and point_b.year is not None:
        point_a.year = point_b.year
        point_a.inferred = set(point_b.inferred)
    _ordered(point_a, point_b)
    return _join(ctx, expr, Outcome(date_value(point_a, anchor), point_a),
                 Outcome(date_value(point_b, anchor), point_b), _range_parts(ctx, expr))


def _night(ctx: Context, expr: Expr) -> Outcome:
    values_a, values_b = _split_values(expr.values)
    point = _point_from_values(values_a)
    anchor = _complete(ctx, expr, point, expr.rule.params)
    shift = expr.rule.params.get("shift", 0)
    if point.interval() is None:
        raise Unresolvable
    if shift:
        point = point_from_datetime(point.to_datetime() + timedelta(days=shift), "day") \
            if point.day else point
    point.pod = "NI"
    return Outcome(date_value(point, anchor), point)


def _weekday(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    weekday = expr.values["weekday"]
    direction = ctx.tense(expr)  # "nearest" counts as past: news mostly reports weekdays gone by
    delta = (weekday - ctx.ref.weekday()) % 7
    strict = expr.rule.params.get("strict", False)
    if direction == "future":
        delta = delta or 7
    else:
        delta = delta - 7 if delta or strict else 0
    point = point_from_datetime(ctx.ref + timedelta(days=delta), "day")
    point.pod = expr.values.get("pod") or expr.rule.params.get("pod")
    return Outcome(date_value(point, Anchor("document")), point)


def _relative_day(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    point = point_from_datetime(ctx.ref + timedelta(days=expr.rule.params.get("days", 0)), "day")
    point.pod = expr.values.get("pod") or expr.rule.params.get("pod")
    return Outcome(date_value(point, Anchor("document"), expr.rule.params.get("mod")), point)


def _relative_unit(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    params = expr.rule.params
    unit = expr.values.get("unit") or params.get("unit")
    offset = params.get("offset", 0)
    if "season" in expr.values:
        point = Point(year=ctx.ref.year + offset, season=expr.values["season"])
    else:
        grain = {"weekend": "week"}.get(unit, unit)
        point = point_from_datetime(calendar.shift(ctx.ref, grain, offset), grain)
    return Outcome(date_value(point, Anchor("document"), params.get("mod")), point)


def _count(expr: Expr) -> int | float | None:
    n = expr.values.get("num", expr.rule.params.get("num", 1))
    return n


def _offset(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    n, unit = _count(expr), expr.values.get("unit") or params.get("unit")
    if n is None:
        value = "PAST_REF" if params.get("sign", 1) < 0 else "FUTURE_REF"
        return Outcome(TimeValue("DATE", value, stated=("reference",), anchor=Anchor("document")))
    if isinstance(n, float):
        raise Unresolvable
    if params.get("base") == "mention":
        base, anchor = _anchor_day(ctx)
        if base is None:
            raise Unresolvable
        moment = base.to_datetime()
    else:
        if ctx.ref is None:
            raise Unresolvable
        moment, anchor = ctx.ref, Anchor("document")
    grain = _UNIT_GRAIN[unit]
    point = point_from_datetime(calendar.shift(moment, {"weekend": "week"}.get(unit, unit),
                                               n * params.get("sign", 1)), grain)
    return Outcome(date_value(point, anchor, params.get("mod")), point)


def _last_at_least(ctx: Context, grain: str) -> tuple[Point, int] | None:
    """The latest mentioned point at least as fine as `grain` ("the next day" needs a day)."""
    finer = [ctx.last_by_grain[g] for g in GRAINS[GRAINS.index(grain):] if g in ctx.last_by_grain]
    finer = [item for item in finer if item[0].to_datetime() is not None]
    return max(finer, key=lambda item: item[1]) if finer else None


def _anaphor(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    unit, n = expr.values.get("unit") or params.get("unit", "day"), params.get("n", 0)
    previous = _last_at_least(ctx, _UNIT_GRAIN[unit])
    if previous is not None:
        base, anchor = previous[0].to_datetime(), Anchor("mention", previous[1])
    elif ctx.ref is not None:
        base, anchor = ctx.ref, Anchor("document")
    else:
        raise Unresolvable
    point = point_from_datetime(calendar.shift(base, unit, n), params.get("grain", _UNIT_GRAIN[unit]))
    return Outcome(date_value(point, anchor, params.get("mod")), point)


_SMALLER = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
            "week": ("day", 7), "month": ("day", 30)}


def _duration(ctx: Context, expr: Expr) -> Outcome:
    unit = expr.values.get("unit") or expr.rule.params.get("unit")
    n = _count(expr)
    if n is not None and ("half" in expr.values or "andhalf" in expr.values):
        n += 0.5
    if isinstance(n, float) and unit in _SMALLER and not n.is_integer():
        small, per = _SMALLER[unit]
        whole, rest = int(n), round((n - int(n)) * per)
        big = f"{whole}{_DURATION_LETTER[unit]}" if whole else ""
        value = (f"PT{big}{rest}{_DURATION_LETTER[small]}" if unit in _TIME_UNITS or small in _TIME_UNITS
                 else f"P{big}{rest}{_DURATION_LETTER[small]}")
        if unit not in _TIME_UNITS and small in _TIME_UNITS:
            value = f"P{big}T{rest}{_DURATION_LETTER[small]}"
        return Outcome(TimeValue("DURATION", value, mod=expr.rule.params.get("mod"),
                                 stated=("duration",), anchor=Anchor("absolute")))
    amount = "X" if n is None else (f"{n:g}" if isinstance(n, float) else str(n))
    if unit in ("decade", "century") and n is not None:
        amount, letter = str(int(n * (10 if unit == "decade" else 100))), "Y"
    elif unit == "quarter" and n is not None:
        amount, letter = str(int(n * 3)), "M"
    else:
        letter = _DURATION_LETTER[unit]
    value = f"PT{amount}{letter}" if unit in _TIME_UNITS else f"P{amount}{letter}"
    return Outcome(TimeValue("DURATION", value, mod=expr.rule.params.get("mod"),
                             stated=("duration",), anchor=Anchor("absolute")))


def _set(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    if "weekday" in expr.values:
        value = f"XXXX-WXX-{expr.values['weekday'] + 1}"
    elif "value" in params:
        value = params["value"]
    else:
        value = f"P1{_DURATION_LETTER[expr.values.get('unit') or params['unit']]}"
    return Outcome(TimeValue("SET", value, stated=("set",), anchor=Anchor("absolute")))


def _reference(ctx: Context, expr: Expr) -> Outcome:
    return Outcome(TimeValue("DATE", expr.rule.params["value"], stated=("reference",),
                             anchor=Anchor("document" if ctx.ref else "none")))


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


def _modified(ctx: Context, expr: Expr) -> Outcome:
    inner = resolve_expr(ctx, expr.children[0])
    mod = expr.values.get("mod") or expr.rule.params.get("mod")
    if inner.time.type in ("SET",) or (inner.time.type == "DURATION" and mod not in
                                        ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")):
        raise Unresolvable
    outer = expr.rule.params.get("span") == "inner"
    if outer:
        inner.span = (expr.children[0].start, expr.children[0].end)
    if not (outer and inner.time.mod):  # "by the end of 2026" stays END: its span is "the end of 2026"
        inner.time.mod = mod
    return inner


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
    point = day.copy(pod=None, hour=clock.hour, minute=clock.minute, zone=clock.zone)
    point.inferred = set(day.inferred)
    return Outcome(date_value(point, days[0].time.anchor), point)


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


def _year_ago(ctx: Context, expr: Expr) -> Outcome:
    """A year before: the same quarter of the year before when the narrative speaks of quarters."""
    quarter = expr.values.get("quarter")
    previous = ctx.last_by_grain.get("quarter")
    if previous is not None:
        point = Point(year=previous[0].year - 1, quarter=quarter or previous[0].quarter)
        return Outcome(date_value(point, Anchor("mention", previous[1])), point, anchorable=False)
    if ctx.ref is None:
        raise Unresolvable
    point = Point(year=ctx.ref.year - 1, quarter=quarter)
    return Outcome(date_value(point, Anchor("document")), point, anchorable=False)


def _narrative(ctx: Context, expr: Expr) -> Outcome:
    """The period of a grain the narrative last named ("the quarter"), else the document's own."""
    grain = expr.rule.params["grain"]
    previous = ctx.last_by_grain.get(grain)
    if previous is not None:
        point = previous[0].copy()
        return Outcome(date_value(point, Anchor("mention", previous[1])), point)
    if ctx.ref is None:
        raise Unresolvable
    point = point_from_datetime(calendar.shift(ctx.ref, grain, expr.rule.params.get("offset", 0)), grain)
    return Outcome(date_value(point, Anchor("document")), point)


_GRAIN_ORDER = {grain: i for i, grain in enumerate(
    ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
     "part_of_day", "hour", "minute", None))}

ACTIONS: dict[str, Callable[[Context, Expr], Outcome]] = {
    "date": _date, "range": _range, "night": _night, "weekday": _weekday,
    "relative_day": _relative_day, "relative_unit": _relative_unit, "offset": _offset,
    "anaphor": _anaphor, "duration": _duration, "set": _set, "reference": _reference,
    "decade2": _decade_from_two_digits, "mod": _modified, "part_of_day": _part_of_day,
    "with_time": _with_time, "zone": _zone, "shift": _shifted, "year_ago": _year_ago,
    "narrative": _narrative,
}


def resolve_expr(ctx: Context, expr: Expr) -> Outcome:
    """The outcome of one phrase; raises Unresolvable when its context cannot settle it."""
    try:
        outcome = ACTIONS[expr.action](ctx, expr)
    except (ValueError, OverflowError, KeyError, TypeError) as error:
        raise Unresolvable from error
    time = outcome.time
    if time.start is not None and (time.end is None or time.start >= time.end):
        raise Unresolvable
    return outcome


def _unresolved(expr: Expr) -> TimeValue:
    return TimeValue("DATE", "XXXX-XX-XX", anchor=Anchor("none"))


def resolve_all(ctx: Context, exprs: list[Expr]) -> list[Mention]:
    """Mentions for the phrases in text order, each anaphor anchored to the mention before it."""
    mentions: list[Mention] = []
    for expr in exprs:
        for outcome, span_expr in _outcomes(ctx, expr):
            start, end = outcome.span or (span_expr.start, span_expr.end)
            mention = Mention(start, end, ctx.text[start:end], outcome.time, span_expr.rule.id, outcome.parts)
            mentions.append(mention)
            point = outcome.point
            if point is not None and outcome.anchorable and outcome.time.start is not None \
                    and outcome.time.type in ("DATE", "TIME"):
                ctx.last_point, ctx.last_index = point, len(mentions) - 1
                ctx.last_by_grain[point.grain] = (point, len(mentions) - 1)
    return mentions


def _outcomes(ctx: Context, expr: Expr):
    try:
        return [(resolve_expr(ctx, expr), expr)]
    except Unresolvable:
        if expr.children:
            return [pair for child in expr.children for pair in _outcomes(ctx, child)]
        return [(Outcome(_unresolved(expr)), expr)]
