"""Actions for durations (TIMEX3 DURATION) and recurrences (SET)."""
from __future__ import annotations

import re

from ..model import Anchor, TimeValue
from ..morphology import noun_kind_of_word, person_dative_of_word
from ..tagger import Expr
from .context import Context, NotADate, Outcome, Unresolvable
from .dispatch import ACTIONS, resolve_expr
from .values import count

_DURATION_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "weekend": "WE",
                    "decade": "DE", "century": "CE", "quarter": "Q", "half": "H",
                    "hour": "H", "minute": "M", "second": "S"}

_TIME_UNITS = {"hour", "minute", "second"}
_WORD = re.compile(r"\w+")

_SMALLER = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
            "week": ("day", 7), "month": ("day", 30)}


def _duration(ctx: Context, expr: Expr) -> Outcome:
    if expr.rule.params.get("age_before_person") and _before_person(ctx, expr):
        raise NotADate   # «47-летнего бывшего замминистра» is an age, «10-летний план» a length
    if expr.rule.params.get("rate_check") and _a_rate(ctx, expr):
        raise NotADate
    if expr.rule.params.get("age_check") and _an_age(ctx, expr):
        raise NotADate   # «в возрасте от 18 до 60 лет», «Зуеву 27 лет»
    unit = expr.values.get("unit") or expr.rule.params.get("unit")
    n = count(expr)
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
    minutes = expr.values.get("minutes")
    if minutes is not None and unit == "hour" and isinstance(n, int):   # "two hours and 51 minutes"
        seconds = expr.values.get("seconds")
        value = f"PT{n}H{minutes}M" + (f"{seconds}S" if seconds is not None else "")
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


def _a_rate(ctx: Context, expr: Expr) -> bool:
    """Whether "a week", "an hour" follows an amount, making it a rate ("four flights a week")."""
    rate = getattr(ctx.grammar.module, "RATE_BEFORE", None)
    return bool(rate and re.match(r"(?i:an?)\s", ctx.text[expr.start:expr.end])
                and re.search(rate, ctx.text[max(0, expr.start - 40):expr.start]))


def _an_age(ctx: Context, expr: Expr) -> bool:
    """Whether a number of years is someone's age: after a word of age, or after a person in the dative."""
    module = ctx.grammar.module
    before = ctx.text[max(0, expr.start - 40):expr.start]
    age = getattr(module, "AGE_BEFORE", None)
    if age and re.search(age, before):
        return True
    person_dative = person_dative_of_word(getattr(module, "MORPHOLOGY", None))
    words = _WORD.findall(before)
    return bool(person_dative and words and re.match(r"\W*\d", ctx.text[expr.start:expr.end])
                and person_dative(words[-1].lower()))


def _before_person(ctx: Context, expr: Expr) -> bool:
    """Whether the first noun in the few words after the phrase is animate (a person, an animal)."""
    kind_of = noun_kind_of_word(getattr(ctx.grammar.module, "MORPHOLOGY", None))
    if kind_of is None:
        return False
    for word in _WORD.findall(ctx.text, expr.end, expr.end + 60)[:3]:
        kind = kind_of(word.lower())
        if kind != "":
            return kind == "animate"
    return False


def _set(ctx: Context, expr: Expr) -> Outcome:
    params = expr.rule.params
    if "weekday" in expr.values:
        pod = expr.values.get("pod")
        value = f"XXXX-WXX-{expr.values['weekday'] + 1}" + (f"T{pod}" if pod else "")
    elif "month" in expr.values:
        value = f"XXXX-{expr.values['month']:02d}" + (f"-{expr.values['day']:02d}" if "day" in expr.values else "")
    elif "season" in expr.values:
        value = f"XXXX-{expr.values['season']}"
    elif "pod" in expr.values:
        value = f"XXXX-XX-XXT{expr.values['pod']}"
    elif "value" in params:
        value = params["value"]
    else:
        unit = expr.values.get("unit") or params["unit"]
        n = count(expr) if "num" in expr.values or "thousands" in expr.values else 1
        amount = "X" if n is None else f"{n:g}"
        value = f"{'PT' if unit in _TIME_UNITS else 'P'}{amount}{_DURATION_LETTER[unit]}"
    return Outcome(TimeValue("SET", value, stated=("set",), anchor=Anchor("absolute")))


def _two_lengths(ctx: Context, expr: Expr) -> Outcome:
    """"Two years and eight months", "4 minutes and 20 seconds": one length of two units, the larger first."""
    lengths = [resolve_expr(ctx, child) for child in expr.children[:2]]
    if len(lengths) < 2 or any(o.time.type != "DURATION" for o in lengths):
        raise Unresolvable
    first, second = ((count(child), child.values.get("unit") or child.rule.params.get("unit"))
                     for child in expr.children[:2])
    order = ("year", "month", "week", "day", "hour", "minute", "second")
    if None in first + second or not isinstance(first[0], int) or not isinstance(second[0], int) \
            or first[1] not in order or second[1] not in order or order.index(first[1]) >= order.index(second[1]):
        raise Unresolvable
    date_part = "".join(f"{n}{_DURATION_LETTER[u]}" for n, u in (first, second) if u not in _TIME_UNITS)
    time_part = "".join(f"{n}{_DURATION_LETTER[u]}" for n, u in (first, second) if u in _TIME_UNITS)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return Outcome(TimeValue("DURATION", value, mod=expr.rule.params.get("mod"), stated=("duration",),
                             anchor=Anchor("absolute")))


ACTIONS.update({
    "two_lengths": _two_lengths,
    "duration": _duration,
    "set": _set,
})
