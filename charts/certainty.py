"""How sure an event's interval is: a drawing style and which ends are uncertain."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

EXACT, APPROXIMATE, INFERRED = "exact", "approximate", "inferred"
STYLES = (EXACT, APPROXIMATE, INFERRED)

# mod -> (share of the interval before the core, share after it): the core is drawn solid,
# the rest as a lighter "uncertain end".
_CORE_SHARES = {
    "START": (0.0, 2 / 3),
    "MID": (1 / 3, 1 / 3),
    "END": (2 / 3, 0.0),
    "APPROX": (0.25, 0.25),
}
_OPEN_BEFORE = {"BEFORE", "ON_OR_BEFORE"}
_OPEN_AFTER = {"AFTER", "ON_OR_AFTER"}
_OPEN_END_MINIMUM = timedelta(days=1)
_VAGUE = {"LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}


@dataclass(frozen=True, slots=True)
class Certainty:
    """The drawn core of an interval, its uncertain ends, and the bar style."""

    style: str
    core_start: datetime
    core_end: datetime
    fuzzy_before: tuple[datetime, datetime] | None = None
    fuzzy_after: tuple[datetime, datetime] | None = None


def inferred_parts(event: dict[str, Any]) -> list[str]:
    """The parts of the event's date that were inferred rather than stated (e.g. ["year"])."""
    value = event.get("inferred")
    if value is None:
        value = (event.get("certainty") or {}).get("inferred")
    if value is True:
        return ["year"]
    if isinstance(value, str):
        return [value]
    return [str(part) for part in value or []]


def assess(event: dict[str, Any], start: datetime, end: datetime) -> Certainty:
    """The certainty of `event` whose interval is [start, end)."""
    mod = (event.get("mod") or "").upper()
    inferred = bool(inferred_parts(event))
    span = end - start
    if mod in _CORE_SHARES:
        before, after = _CORE_SHARES[mod]
        core_start, core_end = start + span * before, end - span * after
        return Certainty(APPROXIMATE, core_start, core_end,
                         (start, core_start) if before else None, (core_end, end) if after else None)
    if mod in _OPEN_BEFORE:
        return Certainty(APPROXIMATE, start, end, fuzzy_before=(start - max(span, _OPEN_END_MINIMUM), start))
    if mod in _OPEN_AFTER:
        return Certainty(APPROXIMATE, start, end, fuzzy_after=(end, end + max(span, _OPEN_END_MINIMUM)))
    if mod in _VAGUE:
        return Certainty(APPROXIMATE, start, end)
    return Certainty(INFERRED if inferred else EXACT, start, end)
