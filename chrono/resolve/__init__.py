"""Turns matched phrases into time values: absolute, deictic (document date) or anaphoric (last mention)."""
from __future__ import annotations

import re

from ..model import Anchor, Mention, TimeValue
from ..tagger import Expr
from . import absolute, compose, measures, relative  # noqa: F401  (importing registers their actions)
from .context import TENSE_REACH, TENSE_WINDOW, Context, NotADate, Outcome, Unresolvable
from .dispatch import ACTIONS, resolve_expr
from .values import date_value

__all__ = ["ACTIONS", "Context", "Outcome", "Unresolvable", "TENSE_REACH", "TENSE_WINDOW",
           "date_value", "resolve_all", "resolve_expr"]


def _unresolved(expr: Expr) -> TimeValue:
    return TimeValue("DATE", "XXXX-XX-XX", anchor=Anchor("none"))


def resolve_all(ctx: Context, exprs: list[Expr]) -> list[Mention]:
    """Mentions for the phrases in text order, each anaphor anchored to the mention before it."""
    mentions: list[Mention] = ctx.mentions
    for i, expr in enumerate(exprs):
        ctx.next_expr = exprs[i + 1] if i + 1 < len(exprs) else None
        for outcome, span_expr in _outcomes(ctx, expr):
            start, end = outcome.span or (span_expr.start, span_expr.end)
            # "19:00 мск)": the bracket closes one opened before the phrase
            while ctx.text[start:end].endswith(")") \
                    and ctx.text.count("(", start, end) < ctx.text.count(")", start, end):
                end -= 1
            mention = Mention(start, end, ctx.text[start:end], outcome.time, span_expr.rule.id, outcome.parts)
            mentions.append(mention)
            point = outcome.point
            if point is not None and outcome.anchorable and outcome.time.start is not None \
                    and outcome.time.type in ("DATE", "TIME"):
                ctx.last_point, ctx.last_index = point, len(mentions) - 1
                ctx.last_by_grain[point.grain] = (point, len(mentions) - 1)
    return mentions


def _outcomes(ctx: Context, expr: Expr):
    if _a_title(ctx, expr):
        return []
    try:
        return [(resolve_expr(ctx, expr), expr)]
    except NotADate:
        return []
    except Unresolvable:
        if expr.children:
            return [pair for child in expr.children for pair in _outcomes(ctx, child)]
        return [(Outcome(_unresolved(expr)), expr)]


def _a_title(ctx: Context, expr: Expr) -> bool:
    """Whether a phrase of common date words is capitalised inside a sentence, as names and titles are
    ("ABC's \"This Week\"", "the film High Noon", "VOA Today"), not at a sentence's or quotation's start."""
    common = getattr(ctx.grammar.module, "COMMON_DATE_WORDS", None)
    text = ctx.text[expr.start:expr.end]
    words = text.split()
    if not common or not words[0][:1].isupper() or not all(re.fullmatch(common, w, re.IGNORECASE) for w in words):
        return False
    before = ctx.text[ctx.sentence_span(expr.start)[0]:expr.start].rstrip()
    if not before:
        return False
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return True   # every word capitalised, even at a quotation's start
    return before[-1].isalnum()   # one capital word right after another word
