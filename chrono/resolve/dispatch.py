"""The registry of actions (filled by the action modules) and the call that runs one."""
from __future__ import annotations

from typing import Callable

from ..tagger import Expr
from .context import Context, Outcome, Unresolvable

#: action name (as rules name it) -> the function giving a phrase its meaning
ACTIONS: dict[str, Callable[[Context, Expr], Outcome]] = {}


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
