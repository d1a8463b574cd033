"""Gates: regexes finding where any rule of a group (or any combinator) may match, the only places it is tried."""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache

from .prefilter import ANY, DIGIT, END, SPACE, Prefilter

_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<[A-Za-z_]\w*>")
#: what would refer to a group by name or number (over-cautious: "\\1" in a class counts too)
_BACKREFERENCE = re.compile(r"\(\?P=|(?<!\\)\(\?\(|\(\?\(\d|\\[1-9]|\\g<")


def group_gates(prefilter: Prefilter, regexes: list[re.Pattern], pairs: list, before: str,
                after: str) -> dict[int, tuple[re.Pattern, list[int]]]:
    """For each group of rules run on the same windows, a regex finding where any of them may match, and its rules."""
    # the gate matches wherever one of the rules matches, so the rules need only be tried there; their own
    # regexes (each `before(?:source)after`) decide (see tagger.find_base). Groups of one rule need none.
    gates = {}
    for group, members in prefilter.rules_in.items():
        # the rules without their boundaries, which the gate checks once for all of them
        inner = {i: _plain_groups(regexes[i].pattern[len(before) + 3:-len(after) - 1], regexes[i]) for i in members}
        gated = [i for i in members if inner[i] is not None]
        if len(gated) > 1:
            gate = _gate([inner[i] for i in gated], [pairs[i] for i in gated], before, after)
            if gate is not None:
                gates[group] = (gate, gated)
    return gates


@dataclass
class CombinatorGate:
    """Regexes finding where a combinator may match in a window of the skeleton text (see tagger._combine_once).

    `at_phrase` stands for the combinators that start with a phrase (its sentinel) and is tried at each one;
    `leading` for the others, each cut after its first phrase, so that it need only be run up to the window's
    last phrase and one character more. When the combinators cannot be so divided, `whole` stands for them all."""

    whole: re.Pattern | None = None
    at_phrase: re.Pattern | None = None
    leading: re.Pattern | None = None


def combinator_gate(regexes: list[re.Pattern], pairs: list, cuttable: list[bool],
                    sentinel: str) -> CombinatorGate | None:
    """The gates of the combinators; `cuttable` tells of each whether its matches start with a match of its
    regex up to its first sentinel (prefilter.cut_after)."""
    sources = [_plain_groups(regex.pattern, regex) for regex in regexes]
    if len(sources) < 2 or None in sources:
        return None
    if None not in pairs:
        at_phrase = [k for k, source_pairs in enumerate(pairs) if set(source_pairs) == {sentinel}]
        leading = [k for k in range(len(sources)) if k not in at_phrase]
        if all(cuttable[k] and sentinel in sources[k] for k in leading):
            heads = [sources[k][:sources[k].index(sentinel) + 1] for k in leading]
            gates = CombinatorGate(
                at_phrase=_gate([sources[k] for k in at_phrase], [pairs[k] for k in at_phrase], "", "") if at_phrase
                else None,
                leading=_gate(heads, [pairs[k] for k in leading], "", "") if leading else None)
            if (gates.at_phrase is not None or not at_phrase) and (gates.leading is not None or not leading):
                return gates
    whole = _gate(sources, pairs, "", "")
    return None if whole is None else CombinatorGate(whole=whole)


def _plain_groups(source: str, regex: re.Pattern) -> str | None:
    """The source with its named groups made plain (names repeat across rules); None if that is unsafe."""
    if _BACKREFERENCE.search(source):
        return None
    plain, count = _NAMED_GROUP.subn("(?:", source)
    return plain if count == len(regex.groupindex) else None


def _gate(sources: list[str], pairs: list, before: str, after: str) -> re.Pattern | None:
    """A regex matching at each position where one of the sources matches between `before` and `after`.

    With the first two characters of every source known, the gate takes the character there (a class
    the regex engine skips to without trying each position), checks that it and the next one may start
    a source, then tries the sources that may start with it (grouped by their first characters, each
    group a class the engine checks first); otherwise it matches with zero width. None if it does not
    compile."""
    if any(source_pairs is None for source_pairs in pairs):
        check = before + _any(sources, after)
    else:
        by_first: dict[str, list[str]] = {}
        for source, source_pairs in zip(sources, pairs):
            by_first.setdefault(_char_class(frozenset(source_pairs)), []).append(source)
        dispatch = "|".join(f"(?-i:{first})(?<={_any(group, after)}(?s:.))" for first, group in by_first.items())
        every: dict[str, frozenset[str]] = {}
        for source_pairs in pairs:
            for first, following in source_pairs.items():
                every[first] = every.get(first, frozenset()) | following
        check = f"(?-i:{_char_class(frozenset(every))})(?<={before}(?=(?-i:{_pairs_regex(every)}))(?:{dispatch}))"
    try:
        return re.compile(check, re.IGNORECASE)
    except re.error:
        return None


def _any(sources: list[str], after: str) -> str:
    """A zero-width check that one of the sources, then `after`, matches here."""
    return "(?=(?:" + "|".join(f"(?:{source})" for source in sources) + ")" + after + ")"


def _pairs_regex(pairs: dict[str, frozenset[str]]) -> str:
    """A regex of the first two characters a match may start with (just the first where any may follow)."""
    return "|".join(_char_class(frozenset([first])) + ("" if following & {END, ANY} else _char_class(following))
                    for first, following in sorted(pairs.items()))


_ASCII_SPACE = "".join(c for c in map(chr, range(128)) if c.isspace())


@lru_cache(maxsize=None)
def _char_class(chars: frozenset[str]) -> str:
    """A class of every character that matches one of `chars`, ignoring case (and every non-ASCII one)."""
    members = set()
    for char in chars:
        if char == DIGIT:
            members.update(string.digits)
        elif char == SPACE:
            members.update(_ASCII_SPACE)
        elif char.isascii():
            members.update((char.lower(), char.upper()))
        elif char.lower() != char or char.upper() != char:   # a non-ASCII letter may match an ASCII one
            members.update(string.ascii_letters)
    # written as the ASCII characters it leaves out (in ranges): a class up to U+10FFFF compiles slowly
    left_out = [c for c in range(128) if chr(c) not in members]
    ranges, low = [], None
    for c in left_out + [None]:
        if low is None:
            low = high = c
        elif c == high + 1:
            high = c
        else:
            ranges.append(_class_member(low) + ("" if low == high else "-" + _class_member(high)))
            low = high = c
    return "[^" + "".join(ranges) + "]" if ranges else "(?s:.)"


def _class_member(code: int) -> str:
    """An ASCII character in a class: letters and digits as they are (quicker to parse), others escaped."""
    return chr(code) if chr(code).isalnum() else f"\\x{code:02x}"
