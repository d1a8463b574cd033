"""Finds candidate date phrases with a grammar's rules and joins neighbours with its combinators."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from .gates import CombinatorGate
from .grammar import SENTINEL, Grammar, Rule, normalize_word

_MAX_COMBINE_PASSES = 3
#: combinators look this many characters either side of a found phrase
_COMBINE_REACH = 40


@dataclass
class Expr:
    """A matched phrase before resolution: span, rule, typed values, sub-phrases."""

    start: int
    end: int
    rule: Rule
    values: dict[str, Any]
    spans: dict[str, tuple[int, int]]
    children: list["Expr"] = field(default_factory=list)

    @property
    def action(self) -> str:
        """The name of the resolver action that gives this phrase its meaning."""
        return self.rule.action


def _values(grammar: Grammar, rule: Rule, match, offset: int = 0):
    values, spans = {}, {}
    for name, kind in rule.kinds.items():
        text = match.group(name)
        if text is None:
            continue
        if kind in grammar.vocab and text.islower() and normalize_word(text) in grammar.lowercase_not_date:
            return None
        value = grammar.convert(kind, text)
        if value is None and kind != "NUM":
            return None
        values[name] = value
        start, end = match.span(name)
        spans[name] = (start + offset, end + offset)
    return values, spans


def _select(candidates: list[Expr]) -> list[Expr]:
    """Longest candidates first, then earliest; none may overlap another kept one."""
    candidates.sort(key=lambda e: (-(e.end - e.start), e.start))
    kept_starts: list[int] = []
    kept: list[Expr] = []
    for expr in candidates:
        i = bisect.bisect_left(kept_starts, expr.start)
        if i < len(kept) and kept[i].start < expr.end:
            continue
        if i > 0 and kept[i - 1].end > expr.start:
            continue
        kept_starts.insert(i, expr.start)
        kept.insert(i, expr)
    return kept


def find_base(grammar: Grammar, text: str) -> list[Expr]:
    """Every base phrase the grammar's rules find, overlaps resolved."""
    rules, prefilter, gates = grammar.rules, grammar.prefilter, grammar.gates
    matches: dict[int, list] = {}
    for group, windows in prefilter.group_windows(text).items():
        gate, gated = gates.get(group, (None, ()))
        for index in prefilter.rules_in[group]:
            if index not in gated:
                finditer = rules[index].regex.finditer
                matches[index] = [m for start, end in windows for m in finditer(text, start, end)]
        if gate is not None:
            for index in gated:
                matches[index] = []
            search, finditer = gate.search, gate.finditer
            for start, end in windows:
                first = search(text, start, end)
                if first is not None:   # (most windows have none) the rest, as finditer would go on after it
                    positions = [first.start(), *[m.start() for m in finditer(text, first.start() + 1, end)]]
                    for index in gated:
                        matches[index] += _gated_matches(rules[index].regex, text, start, end, positions)
    for index in prefilter.always:
        matches[index] = list(rules[index].regex.finditer(text))
    candidates = []
    for index in sorted(matches):
        rule = rules[index]
        for match in matches[index]:
            found = _values(grammar, rule, match)
            if found is not None:
                candidates.append(Expr(match.start(), match.end(), rule, *found))
    return _select(candidates)


def _gated_matches(regex: re.Pattern, text: str, start: int, end: int, positions: list[int]) -> list[re.Match]:
    """What regex.finditer(text, start, end) finds, trying only `positions` (where any match must start)."""
    found, cursor = [], start
    for position in positions:
        if position >= cursor:
            match = regex.match(text, position, end)
            if match is not None:
                if match.end() == position:       # an empty match: finditer's own rules for those apply
                    return list(regex.finditer(text, start, end))
                found.append(match)
                cursor = match.end()
    return found


class _Skeleton:
    """The text with every phrase replaced by one sentinel character, and the way back."""

    def __init__(self, text: str, exprs: list[Expr]):
        self.exprs = exprs
        pieces, self.positions, self.deltas = [], [], []
        cursor, delta = 0, 0
        for expr in exprs:
            pieces.append(text[cursor:expr.start])
            position = expr.start - delta
            self.positions.append(position)
            pieces.append(SENTINEL)
            delta += (expr.end - expr.start) - 1
            self.deltas.append(delta)
            cursor = expr.end
        pieces.append(text[cursor:])
        self.text = "".join(pieces)

    def original(self, position: int) -> int:
        """The offset in the text of a skeleton position that is not a sentinel."""
        i = bisect.bisect_left(self.positions, position)
        return position + (self.deltas[i - 1] if i > 0 else 0)

    def exprs_between(self, start: int, end: int) -> list[Expr]:
        """The phrases whose sentinels lie in [start, end)."""
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        return self.exprs[lo:hi]


def _windows(positions: list[int], size: int) -> list[tuple[int, int, list[int]]]:
    """Merged spans of `size` characters either side of each position, each with its positions."""
    windows: list[tuple[int, int, list[int]]] = []
    for position in positions:
        start, end = max(0, position - size), position + size + 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2])
            windows[-1][2].append(position)
        else:
            windows.append((start, end, [position]))
    return windows


_DAY_ACTIONS = {"weekday", "relative_day", "night", "part_of_day", "shift"}


def has_clock(expr: Expr) -> bool:
    """Whether a phrase names a clock time ("17:27", "5 p.m.", "noon")."""
    if expr.values.get("hour") is not None or expr.rule.params.get("hour") is not None:
        return True
    return expr.action in ("zone", "mod") and any(has_clock(c) for c in expr.children)


def has_day(expr: Expr) -> bool:
    """Whether a phrase names a day ("30 December", "Monday", "yesterday", "the next day")."""
    if "day" in expr.values or "holiday" in expr.values or "pod" in expr.values or expr.action in _DAY_ACTIONS:
        return True
    if expr.action == "anaphor":
        return expr.rule.params.get("unit", "day") == "day" and "unit" not in expr.values
    return expr.action in ("zone", "mod", "with_time") and any(has_day(c) for c in expr.children)


def _fits(rule: Rule, children: list[Expr]) -> bool:
    """A clock-and-date combinator needs one child with a clock time and another with a day; a range never
    runs from or to a recurrence ("every 30 minutes until 2 a.m. tomorrow")."""
    if rule.action == "range" and any(child.action == "set" for child in children):
        return False
    if rule.action == "two_lengths" and any(child.action != "duration" for child in children):
        return False   # "two years and eight months", not "Saturday and Sunday"
    if rule.params.get("needs") != "clock+day":
        return True
    return any(has_clock(a) and has_day(b) for a in children for b in children if a is not b)


def _combined(grammar: Grammar, skeleton: _Skeleton, rule: Rule, match) -> Expr | None:
    children = skeleton.exprs_between(match.start(), match.end())
    if not children or not _fits(rule, children):
        return None
    values, spans = {}, {}
    for name, kind in rule.kinds.items():
        group_text = match.group(name)
        if group_text is None:
            continue
        value = grammar.convert(kind, group_text)
        if value is None:
            return None
        values[name] = value
        start = skeleton.original(match.start(name))
        spans[name] = (start, start + len(group_text))
    start, end = skeleton.original(match.start()), skeleton.original(match.end())
    return Expr(start, end, rule, values, spans, list(children))


def _gate_positions(gate: CombinatorGate, text: str, windows: list[tuple[int, int, list[int]]], reach: int | None,
                    seen: dict | None) -> list[tuple[int, int, list[int]]]:
    """The windows where a combinator may match, each with the positions where one may start.

    A window whose text (with `reach` characters before it) was seen before, as the same window of an earlier
    pass usually is, takes the positions found then: the gates read nothing else."""
    found = []
    for start, end, phrases in windows:
        if seen is None or reach is None:
            positions = _combinator_starts(gate, text, start, end, phrases)
        else:
            low = start - reach if start > reach else 0
            key = (text[low:end], start - low)
            offsets = seen.get(key)
            if offsets is None:
                starts = _combinator_starts(gate, text, start, end, phrases)
                offsets = seen[key] = [position - start for position in starts]
            positions = [start + offset for offset in offsets]
        if positions:
            found.append((start, end, positions))
    return found


def _combinator_starts(gate: CombinatorGate, text: str, start: int, end: int, phrases: list[int]) -> list[int]:
    """Where a combinator may start in the window [start, end) of the skeleton text holding the phrases' sentinels."""
    if gate.whole is not None:
        return [m.start() for m in gate.whole.finditer(text, start, end)]
    # a combinator that does not start at a phrase starts before its first one, and its cut regex reads nothing
    # after that phrase's sentinel (and the gate one character more: the first two of a match)
    starts = [] if gate.leading is None else [
        m.start() for m in gate.leading.finditer(text, start, min(end, phrases[-1] + 2))]
    if gate.at_phrase is not None:
        match = gate.at_phrase.match
        at_phrase = [position for position in phrases if match(text, position, end)]
        if at_phrase:
            starts = sorted({*starts, *at_phrase}) if starts else at_phrase
    return starts


def _combine_once(grammar: Grammar, text: str, exprs: list[Expr], seen: dict | None = None) -> list[Expr] | None:
    skeleton = _Skeleton(text, exprs)
    windows = _windows(skeleton.positions, _COMBINE_REACH)
    gate = grammar.combinator_gate
    if gate is not None:   # only windows where some combinator may match, tried only where one may start
        # (the reach is one more than the combinators read: the gate is the same whether or not the text starts there)
        reach = None if grammar.combinator_reach is None else grammar.combinator_reach + 1
        windows = _gate_positions(gate, skeleton.text, windows, reach, seen)
    candidates = []
    for rule in grammar.combinators:
        for window in windows:
            if gate is None:
                matches = rule.regex.finditer(skeleton.text, window[0], window[1])
            else:
                matches = _gated_matches(rule.regex, skeleton.text, *window)
            for match in matches:
                expr = _combined(grammar, skeleton, rule, match)
                if expr is not None:
                    candidates.append(expr)
    if not candidates:
        return None
    combined = _select(candidates)
    covered = {id(child) for expr in combined for child in expr.children}
    rest = [expr for expr in exprs if id(expr) not in covered]
    return sorted(rest + combined, key=lambda e: e.start)


def tag(grammar: Grammar, text: str) -> list[Expr]:
    """Base phrases, then combined phrases (ranges, modifiers, parts of day), in text order."""
    exprs = find_base(grammar, text)
    seen: dict = {}      # where combinators may start in each window's text, for the next passes
    for _ in range(_MAX_COMBINE_PASSES):
        if not exprs or not grammar.combinators:
            break
        combined = _combine_once(grammar, text, exprs, seen)
        if combined is None:
            break
        exprs = combined
    return exprs
