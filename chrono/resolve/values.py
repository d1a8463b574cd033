"""Calendar points from matched values, and the year, day or anchor the text left out."""
from __future__ import annotations

import re
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
        elif name == "decadeyear" and value % 100 == 0 and value < 2000:
            point.century = value // 100   # "the 1900s" is mostly said of the century ("the 2000s" of the decade)
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


#: how long after its end a quarter is still the one reported on, whatever the tense ("expected third-quarter
#: earnings" in October)
QUARTER_REPORTED = timedelta(days=100)


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
        start, end = point.interval()
        tense = ctx.marked_tense(expr)
        if tense == "future" and end <= ctx.ref - QUARTER_REPORTED:
            point.year += 1   # «ожидаем в первом квартале», said in December (a just-ended quarter is reported)
        elif tense == "past" and (start > ctx.ref or point.half and end > ctx.ref):
            point.year -= 1   # a half told in the past tense is one that is over («в первом полугодии» in January)
        return Anchor("document")
    stated = _same_month_stated(ctx, expr, point)
    series = _series_year(ctx, expr, point)
    if series is not None:   # «сдадут 31 мая, по русскому языку — 4 июня»: the year the list began with
        point.year = series
        point.inferred.add("year")
        return Anchor("mention", ctx.last_index)
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
    # "in September 1992 ... on Sept. 16": the month the story just dated, unless the day is days old
    if stated is not None and stated != point.year and abs(starts[point.year] - ctx.ref) > _RECENT \
            and ctx.marked_tense(expr) != "future":   # "between January 2015 and August 2016 ... set for Aug. 22"
        point.year = stated
        return Anchor("mention", ctx.last_index)
    return Anchor("document")


#: how far back a stated month lends its year to a day of that month, and how recent a day keeps the report's
_SAME_MONTH_REACH = 300
_RECENT = timedelta(days=60)


def _series_year(ctx: Context, expr: Expr, point: Point) -> int | None:
    """The inferred year of the date named just before in the same sentence, when this tense-less date follows
    it in that year (a list of dates goes forward)."""
    if ctx.last_index is None or point.month is None or ctx.marked_tense(expr) is not None:
        return None
    last, last_point = ctx.mentions[ctx.last_index], ctx.last_point
    if last.end < ctx.sentence_span(expr.start)[0] or last_point.year is None or "year" not in last_point.inferred \
            or last_point.month is None or last.time.start is None:
        return None
    start = _start_in(point, last_point.year)
    if start is None or not last.time.start <= start < last.time.start + timedelta(days=183):
        return None
    return last_point.year


def _same_month_stated(ctx: Context, expr: Expr, point: Point) -> int | None:
    """The year of the last mention, if it stated a year and named the same month shortly before."""
    if ctx.last_index is None or point.month is None or point.day is None:
        return None
    last = ctx.mentions[ctx.last_index]
    last_point = ctx.last_point
    if last.time.anchor.kind != "absolute" or last_point.month != point.month or last_point.year is None \
            or expr.start - last.end > _SAME_MONTH_REACH:
        return None
    return last_point.year


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


def anchor_day(ctx: Context, expr: Expr | None = None, hour: int | None = None) -> tuple[Point | None, Anchor]:
    """The day a dayless phrase belongs to: the last day named, else the document's. A clock time (`expr`)
    passes over days that only date a report ("said on Wednesday") and takes a day on its tense's side:
    the coming day named in a sentence about the future, today or an earlier day in one about the past."""
    if expr is not None and ctx.ref is not None and ctx.last_point is not None:
        chosen = _clock_day(ctx, expr, hour)
        if chosen is not None:
            return chosen
    if ctx.last_point is not None and ctx.last_point.day is not None:
        return ctx.last_point, Anchor("mention", ctx.last_index)
    if ctx.ref is not None:
        return point_from_datetime(ctx.ref, "day"), Anchor("document")
    return None, Anchor("none")


#: how far back a clock time looks for its day
_CLOCK_REACH = 600
_CLOCK_RECENT = timedelta(days=7)
#: a clock time before this hour after a night named is in that night's small hours
_NIGHT_ENDS = 7


def _clock_day(ctx: Context, expr: Expr, hour: int | None) -> tuple[Point, Anchor] | None:
    today = calendar.floor(ctx.ref, "day")
    days, bounds = [], 0
    for index in range(len(ctx.mentions) - 1, -1, -1):   # back through the text, only as far as the reach
        mention = ctx.mentions[index]
        if expr.start - mention.end > _CLOCK_REACH:
            break
        if mention.time.grain in ("day", "part_of_day") and mention.time.start is not None:
            if after_bound(ctx, mention):
                bounds += 1   # a bound ("has grown since Thursday") is no day the narrative is at
            else:
                days.append((index, mention.time.start))
    if not days:
        return (point_from_datetime(ctx.ref, "day"), Anchor("document")) if bounds else None
    days = [(i, start) for i, start in days if not _dates_a_report(ctx, ctx.mentions[i])] or days
    # hours and minutes are told of recent or coming events: a day at most a week old beats an older one
    days = [(i, start) for i, start in days if today - start <= _CLOCK_RECENT] or days
    tense = ctx.marked_tense(expr)
    if tense == "future":
        days = [(i, start) for i, start in days if start >= today] or days
    elif tense == "past":
        days = [(i, start) for i, start in days if start < today + timedelta(days=1)]
        if not days:
            return point_from_datetime(ctx.ref, "day"), Anchor("document")
    index, start = days[0]
    night = getattr(ctx.grammar.module, "NIGHT_WORD", None)
    mention = ctx.mentions[index]
    late_day = mention.time.mod == "END" and mention.time.grain == "day"   # "late Monday ... at 2:15 a.m."
    if hour is not None and hour < _NIGHT_ENDS and (mention.time.value.endswith("TNI") or late_day
                                                    or night and re.search(night, mention.text, re.IGNORECASE)):
        start += timedelta(days=1)   # «в ночь на воскресенье … в 2:35»: after midnight
    return point_from_datetime(start, "day"), Anchor("mention", index)


def after_bound(ctx: Context, mention) -> bool:
    """Whether a word of bound comes right before a phrase ("has grown since Thursday") or opens it, where the
    language keeps it inside («ко Дню Победы», «до понедельника»)."""
    module = ctx.grammar.module
    bound, opening = getattr(module, "BOUND_BEFORE", None), getattr(module, "BOUND_OPENING", None)
    return bool(bound and re.search(bound, ctx.text[max(0, mention.start - 12):mention.start])
                or opening and re.match(opening, mention.text))


def _dates_a_report(ctx: Context, mention) -> bool:
    """Whether a phrase dates a statement ("said on Monday", «сообщили в среду») rather than an event."""
    verbs = getattr(ctx.grammar.module, "REPORTING_VERBS", None)
    if not verbs:
        return False
    before = ctx.text[max(0, mention.start - 24):mention.start]
    after = ctx.text[mention.end:mention.end + 24]
    # no comma between: in "starts on Friday, officials said" the day is the event's
    return bool(re.search(rf"(?:{verbs})\s*(?:on\s+)?$", before, re.IGNORECASE)
                or re.match(rf"\s*(?:{verbs})", after, re.IGNORECASE))


def complete_point(ctx: Context, expr: Expr, point: Point, params: dict[str, Any]) -> Anchor:
    year_from = params.get("year")
    if year_from is not None and point.year is None:
        return _year_from(ctx, expr, point, year_from)
    if point.year is not None or point.century is not None or point.decade is not None:
        return Anchor("absolute")
    if point.month or point.quarter or point.season or point.half or point.week:
        return _infer_year(ctx, expr, point)
    if point.hour is not None or point.pod is not None:
        base, anchor = anchor_day(ctx, expr, point.hour)
        if base is None:
            return anchor
        # "results expected around midnight"; «ликвидировали к полуночи» after a day named: that day's end
        if params.get("ends_day") and (ctx.marked_tense(expr) == "future"
                                       or params.get("ends_named_day") and anchor.kind == "mention"):
            base = point_from_datetime(base.to_datetime() + timedelta(days=1), "day")
        point.year, point.month, point.day = base.year, base.month, base.day
        point.inferred.update({"year", "month", "day"})
        return anchor
    return Anchor("none")


def _year_from(ctx: Context, expr: Expr, point: Point, source: str) -> Anchor:
    if source == "anchor" and ctx.last_point is not None and ctx.last_point.year is not None:
        point.year = ctx.last_point.year
        point.inferred.add("year")
        return Anchor("mention", ctx.last_index)
    if ctx.ref is None:
        return Anchor("none")
    if source == "story+1" and ctx.marked_tense(expr) == "past" and ctx.last_point is not None \
            and ctx.last_point.year is not None \
            and ctx.mentions[ctx.last_index].time.anchor.kind in ("absolute", "mention"):
        point.year = ctx.last_point.year + 1   # «в феврале следующего года», told of 2019
        point.inferred.add("year")
        return Anchor("mention", ctx.last_index)
    if source == "story+1":
        source = "ref+1"
    if source == "coming":   # the year about to begin in December, else the current one
        offset = 1 if ctx.ref.month == 12 else 0
    elif source == "ref_or_ahead":   # «после сентябрьских выборов» in a December sentence about the future
        point.year = ctx.ref.year
        span = point.interval()
        offset = 1 if span and span[1] <= ctx.ref and ctx.marked_tense(expr) == "future" else 0
    else:
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
