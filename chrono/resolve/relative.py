"""Actions for deictic (document date) and anaphoric (last mention) phrases."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from .. import calendar
from ..model import Anchor, TimeValue
from ..morphology import case_of_word
from ..point import GRAINS, Point, point_from_datetime
from ..tagger import Expr
from .context import Context, NotADate, Outcome, Unresolvable
from .absolute import day_it_ended
from .dispatch import ACTIONS, resolve_expr
from .values import UNIT_GRAIN, after_bound, anchor_day, count, date_value

#: a quarter named further back than about a paragraph is no longer "the quarter" of the narrative
NARRATIVE_REACH = 600


def _weekday(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    weekday = expr.values["weekday"]
    marked = ctx.marked_tense(expr)
    same = ctx.weekday_dates.get(weekday)
    named = _named_day(ctx, expr, weekday)
    if named is not None:
        point = point_from_datetime(named, "day")
    elif marked is None and same is not None and expr.start - same[1] <= NARRATIVE_REACH:
        point = point_from_datetime(same[0], "day")   # "lift off on Friday ... weather Friday morning"
    elif marked is None and (series := _future_series(ctx, expr)) is not None:
        # "begin Tuesday ..., followed by notes on Wednesday": the days after it
        point = point_from_datetime(series + timedelta(days=(weekday - series.weekday()) % 7 or 7), "day")
    else:
        point = _weekday_point(ctx, expr, weekday, marked or ctx.prefer)
    ctx.weekday_dates[weekday] = (point.to_datetime(), expr.end)
    point.pod = expr.values.get("pod") or expr.rule.params.get("pod")
    return Outcome(date_value(point, Anchor("document")), point)


def _future_series(ctx: Context, expr: Expr) -> datetime | None:
    """The day last named in the same sentence, if it lies ahead of the document date («шестая игра пройдет в
    понедельник, 22 апреля, а седьмая — в среду»)."""
    for mention in _same_sentence_mentions(ctx, expr):
        if mention.time.grain in ("day", "part_of_day", "hour", "minute") and mention.time.start is not None:
            if mention.time.mod in _BOUNDS or after_bound(ctx, mention):
                return None   # "extended the order until May 1 on Saturday": a bound starts no series
            moment = calendar.floor(mention.time.start, "day")
            ahead = mention.time.start > ctx.ref if mention.time.grain in ("hour", "minute") else moment > ctx.ref
            return moment if ahead else None   # "set for 7:05 p.m. Saturday" said on that Saturday is ahead
    return None


_BOUNDS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}


def _same_sentence_mentions(ctx: Context, expr: Expr):
    """The mentions found so far in the phrase's sentence, the latest first."""
    sentence_start = ctx.sentence_span(expr.start)[0]
    for mention in reversed(ctx.mentions):
        if mention.end < sentence_start:
            return
        yield mention


def _named_day(ctx: Context, expr: Expr, weekday: int) -> datetime | None:
    """The day named just before in the same sentence, if it falls on this weekday («к 1 сентября, который
    выпадает на пятницу», "on Sept. 1, a Friday")."""
    # the last day named, past coarser phrases («12 июня в этом году»)
    last = next((m for m in _same_sentence_mentions(ctx, expr) if m.time.grain == "day"), None)
    if last is None or last.time.start is None or last.time.start.weekday() != weekday \
            or "weekday" in last.time.stated:
        return None
    return last.time.start


def _weekday_point(ctx: Context, expr: Expr, weekday: int, direction: str) -> Point:
    """The weekday nearest the document date in the direction tense gives ("nearest" counts as past)."""
    delta = (weekday - ctx.ref.weekday()) % 7
    strict = expr.rule.params.get("strict", False)  # "last Friday" / "next Friday" is never today
    if direction == "future":
        today_allowed = getattr(ctx.grammar.module, "FUTURE_WEEKDAY_MAY_BE_TODAY", False) and not strict
        delta = delta or (0 if today_allowed else 7)
    else:
        delta = delta - 7 if delta or strict else 0
    return point_from_datetime(ctx.ref + timedelta(days=delta), "day")


def _weekday_from(ctx: Context, expr: Expr) -> Outcome:
    """The weekday before (sign -1) or after (+1) the day the narrative last named, else the document's."""
    base, anchor = anchor_day(ctx)
    if base is None or base.to_datetime() is None:
        raise Unresolvable
    moment, weekday = base.to_datetime(), expr.values["weekday"]
    if expr.rule.params["sign"] < 0:
        moment -= timedelta(days=(moment.weekday() - weekday) % 7 or 7)
    else:
        moment += timedelta(days=(weekday - moment.weekday()) % 7 or 7)
    point = point_from_datetime(moment, "day")
    return Outcome(date_value(point, anchor), point)


def _year_period(ctx: Context, expr: Expr) -> Outcome:
    """"The 1988 quarter", "last year's period": the narrative's quarter in that year, else the year."""
    if "year" not in expr.values and ctx.ref is None:
        raise Unresolvable
    year = expr.values.get("year") or ctx.ref.year + expr.rule.params["offset"]
    previous = ctx.recent("quarter", expr, NARRATIVE_REACH)
    if previous is None:
        point = Point(year=year)
        return Outcome(date_value(point, Anchor("absolute")), point)
    point = Point(year=year, quarter=previous[0].quarter)
    return Outcome(date_value(point, Anchor("mention", previous[1])), point, anchorable=False)


def _relative_day(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    if _governs_a_noun(ctx, expr):
        raise NotADate   # «накануне визита Путина»: a preposition before another event, not «the day before»
    point = point_from_datetime(ctx.ref + timedelta(days=expr.rule.params.get("days", 0)), "day")
    point.pod = expr.values.get("pod") or expr.rule.params.get("pod")
    return Outcome(date_value(point, Anchor("document"), expr.rule.params.get("mod")), point)


def _governs_a_noun(ctx: Context, expr: Expr) -> bool:
    """Whether the word after the phrase is in the case the rule's word governs as a preposition."""
    case = expr.rule.params.get("not_before_case")
    if not case or expr.values:   # «накануне ночью»: the word after it is no object
        return False
    case_of = case_of_word(getattr(ctx.grammar.module, "MORPHOLOGY", None))
    if not case_of:
        return False
    following = _NEXT_WORD.match(ctx.text, expr.end)
    return bool(following) and case_of(following.group(1).lower()) == case


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _relative_unit(ctx: Context, expr: Expr) -> Outcome:
    if ctx.ref is None:
        raise Unresolvable
    params = expr.rule.params
    unit = expr.values.get("unit") or params.get("unit")
    offset = params.get("offset", 0)
    if unit == "weekend":
        point = _weekend(ctx, expr, params.get("offset"))
        return Outcome(date_value(point, Anchor("document"), expr.values.get("mod") or params.get("mod")), point)
    if "season" in expr.values and offset == "past":
        point = _past_season(ctx, expr.values["season"])
    elif "season" in expr.values:
        point = Point(year=ctx.ref.year + offset, season=expr.values["season"])
        running = Point(year=ctx.ref.year - 1 + offset, season=expr.values["season"])
        if offset == 0 and running.interval()[0] <= ctx.ref < running.interval()[1]:
            point = running   # "this winter" said on 4 January is the winter begun in December
    else:
        grain = {"weekend": "week"}.get(unit, unit)
        point = point_from_datetime(calendar.shift(ctx.ref, grain, offset), grain)
    return Outcome(date_value(point, Anchor("document"), expr.values.get("mod") or params.get("mod")), point)


def _past_season(ctx: Context, season: str) -> Point:
    """"This past spring": the last such season that is over by the document date."""
    point = Point(year=ctx.ref.year, season=season)
    if point.interval()[1] > ctx.ref:
        point.year -= 1
    return point


def _weekend(ctx: Context, expr: Expr, offset: int | None) -> Point:
    """This (0), last (-1) or next (1) weekend; without a word, the tense decides ("over the weekend")."""
    if offset is None:
        on_weekend, tense = ctx.ref.weekday() >= 5, ctx.tense(expr)
        if tense == "nearest":   # no tense: the nearer one, the coming weekend from Thursday on
            tense = "future" if ctx.ref.weekday() >= 3 else "past"
        offset = 0 if on_weekend else -1 if tense == "past" else 0
    point = point_from_datetime(calendar.shift(ctx.ref, "week", offset), "week")
    point.weekend = True
    return point


def _offset(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    n, unit = count(expr), expr.values.get("unit") or params.get("unit")
    if n is None:
        value = "PAST_REF" if params.get("sign", 1) < 0 else "FUTURE_REF"
        return Outcome(TimeValue("DATE", value, stated=("reference",), anchor=Anchor("document")))
    if isinstance(n, float):   # «полтора года назад» is 18 months back, as precise as a month
        if not (n * _FINER.get(unit, (None, 0))[1]).is_integer() or unit not in _FINER:
            raise Unresolvable
        unit, n = _FINER[unit][0], int(n * _FINER[unit][1])
    # «а через два дня приступил» told of the past counts from the story's last day, not from the report's
    if params.get("base") == "mention" or params.get("past_from_story") and ctx.marked_tense(expr) == "past":
        moment, anchor = _story_base(ctx, UNIT_GRAIN[unit])   # "two months later" counts from "last February"
    else:
        if ctx.ref is None:
            raise Unresolvable
        moment, anchor = ctx.ref, Anchor("document")
    grain = "week" if unit == "week" and params.get("grain") == "unit" else UNIT_GRAIN[unit]
    point = point_from_datetime(calendar.shift(moment, {"weekend": "week"}.get(unit, unit),
                                               n * params.get("sign", 1)), grain)
    return Outcome(date_value(point, anchor, params.get("mod")), point)


#: a fraction of a unit, counted in the next finer one
_FINER = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60)}


def _last_at_least(ctx: Context, grain: str) -> tuple[Point, int] | None:
    """The latest mentioned point at least as fine as `grain` ("the next day" needs a day)."""
    finer = [ctx.last_by_grain[g] for g in GRAINS[GRAINS.index(grain):] if g in ctx.last_by_grain]
    finer = [item for item in finer if item[0].to_datetime() is not None]
    return max(finer, key=lambda item: item[1]) if finer else None


def _story_base(ctx: Context, grain: str) -> tuple[datetime, Anchor]:
    """Where an anaphor counts from: the last time named at least as fine as `grain`, else the document date
    (a clock hour counts for minutes: "at 5 a.m. ... five minutes later" is 5:05)."""
    previous = _last_at_least(ctx, "hour" if grain in ("minute", "second") else grain)
    if previous is not None:
        return previous[0].to_datetime(), Anchor("mention", previous[1])
    if ctx.ref is None:
        raise Unresolvable
    return ctx.ref, Anchor("document")


def _anaphor(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    unit, n = expr.values.get("unit") or params.get("unit", "day"), params.get("n", 0)
    base, anchor = _story_base(ctx, UNIT_GRAIN[unit])
    grain = params.get("grain") or (unit if params.get("unit_grain") and unit in GRAINS else UNIT_GRAIN[unit])
    point = point_from_datetime(calendar.shift(base, unit, n), grain)
    if "pod" in expr.values:   # "the next morning", "that night"
        point = point.copy(pod=expr.values["pod"])
    if "season" in expr.values:   # "that autumn"
        point = point.copy(season=expr.values["season"])
    return Outcome(date_value(point, anchor, params.get("mod")), point)


def _following_named(ctx: Context, expr: Expr) -> Outcome:
    """"The following January": the first such month after the time the narrative last named."""
    base, anchor = _story_base(ctx, "month")
    month = expr.values["month"]
    point = Point(year=base.year + (1 if month <= base.month else 0), month=month)
    point.inferred.add("year")
    return Outcome(date_value(point, anchor), point)


#: a time named as a bound ("since mid-2014", "until 2019") is no time the story is at
_BOUNDS = ("ON_OR_AFTER", "AFTER", "BEFORE", "ON_OR_BEFORE")


def _named_as_bound(ctx: Context, mention) -> bool:
    """Whether a mention is a bound ("since mid-2014"): its modifier says so, or a bounding word precedes it."""
    if mention.time.mod in _BOUNDS:
        return True
    words = [w for w, mod in getattr(ctx.grammar.module, "OUTER_MODIFIERS", {}).items() if mod in _BOUNDS]
    before = ctx.text[max(0, mention.start - 20):mention.start]
    return bool(words) and re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s+$", before,
                                     re.IGNORECASE) is not None


def _narrative_unit(ctx: Context, expr: Expr) -> Outcome:
    """"The end of the decade": in a past sentence, the period of the time the story last stated; else the
    report's own period."""
    unit = expr.values.get("unit")
    grain = unit if unit in ("century", "decade", "year", "quarter", "month") else None
    previous = _last_at_least(ctx, grain) if grain else None
    if previous is None or ctx.marked_tense(expr) != "past" \
            or ctx.mentions[previous[1]].time.anchor.kind in ("document", "none") \
            or _named_as_bound(ctx, ctx.mentions[previous[1]]) \
            or expr.start - ctx.mentions[previous[1]].end > NARRATIVE_REACH:
        return _relative_unit(ctx, expr)
    point = point_from_datetime(previous[0].to_datetime(), grain)
    return Outcome(date_value(point, Anchor("mention", previous[1]), expr.values.get("mod")), point)


def _the_unit(ctx: Context, expr: Expr) -> Outcome:
    """"The week", "the decade": the one of the time the story last named nearby, else the report's own."""
    grain = "decade" if ctx.text[expr.start:expr.end].lower().endswith("decade") else "week"
    previous = _last_at_least(ctx, grain)
    if previous is not None and expr.start - ctx.mentions[previous[1]].end <= NARRATIVE_REACH:
        point = point_from_datetime(previous[0].to_datetime(), grain)
        return Outcome(date_value(point, Anchor("mention", previous[1])), point)
    if ctx.ref is None:
        raise Unresolvable
    point = point_from_datetime(ctx.ref, grain)
    return Outcome(date_value(point, Anchor("document")), point)


def _that_named(ctx: Context, expr: Expr) -> Outcome:
    """"That June": the month in the year the narrative last named."""
    previous = _last_at_least(ctx, "year")
    if previous is None:
        raise Unresolvable
    point = Point(year=previous[0].year, month=expr.values["month"])
    point.inferred.add("year")
    return Outcome(date_value(point, Anchor("mention", previous[1])), point)


def _year_ago(ctx: Context, expr: Expr) -> Outcome:
    """A year before: the same quarter of the year before when the narrative speaks of quarters."""
    quarter = expr.values.get("quarter")
    previous = ctx.recent("quarter", expr, NARRATIVE_REACH)
    if previous is not None:
        point = Point(year=previous[0].year - 1, quarter=quarter or previous[0].quarter)
        return Outcome(date_value(point, Anchor("mention", previous[1])), point, anchorable=False)
    if ctx.ref is None:
        raise Unresolvable
    point = Point(year=ctx.ref.year - 1, quarter=quarter)
    return Outcome(date_value(point, Anchor("document")), point, anchorable=False)


def _quarter_by_its_end(ctx: Context, expr: Expr) -> Outcome | None:
    """"The quarter ended Sept. 30": the three months up to the day that follows, by the calendar quarter
    holding their middle (July 31 ends a quarter mostly in the second)."""
    end = day_it_ended(ctx, expr)
    if end is None:
        return None
    middle = end.end - timedelta(days=46)
    point = point_from_datetime(middle, "quarter")
    point.inferred = set(end.inferred) & {"year"}
    return Outcome(date_value(point, end.anchor), point)


def _narrative(ctx: Context, expr: Expr) -> Outcome:
    """The period of a grain the narrative last named ("the quarter"), else the document's own."""
    grain = expr.rule.params["grain"]
    if grain == "quarter" and (ended := _quarter_by_its_end(ctx, expr)) is not None:
        return ended
    previous = ctx.recent(grain, expr, NARRATIVE_REACH)
    if previous is not None and expr.rule.params.get("named") \
            and ctx.mentions[previous[1]].time.anchor.kind != "absolute":
        previous = None  # "for the year" follows "fiscal 1988", not "over the next year"
    if previous is not None:
        point = previous[0].copy()
        return Outcome(date_value(point, Anchor("mention", previous[1])), point)
    if ctx.ref is None:
        raise Unresolvable
    point = point_from_datetime(calendar.shift(ctx.ref, grain, expr.rule.params.get("offset", 0)), grain)
    return Outcome(date_value(point, Anchor("document")), point)


def _reference(ctx: Context, expr: Expr) -> Outcome:
    return Outcome(TimeValue("DATE", expr.rule.params["value"], stated=("reference",),
                             anchor=Anchor("document" if ctx.ref else "none")))


ACTIONS.update({
    "the_unit": _the_unit,
    "that_named": _that_named,
    "narrative_unit": _narrative_unit,
    "following_named": _following_named,
    "weekday": _weekday,
    "weekday_from": _weekday_from,
    "year_period": _year_period,
    "relative_day": _relative_day,
    "relative_unit": _relative_unit,
    "offset": _offset,
    "anaphor": _anaphor,
    "year_ago": _year_ago,
    "narrative": _narrative,
    "reference": _reference,
})
