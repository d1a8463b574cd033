"""Event dicts (DESIGN.md's event contract) turned into drawable chart items with lanes and rows."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Iterable

from .certainty import Certainty, assess

GROUPINGS = ("none", "source", "lang", "actor")
MAX_LANES = 24
MAX_ROWS_PER_LANE = 12
MAX_CAPTIONED_ROWS = 40
CHARS_ACROSS = 160  # about how many caption characters fit across the plot
NO_LANE, OTHER_LANE, ALL_LANE = "\x00none", "\x00other", "\x00all"


@dataclass(slots=True)
class ChartItem:
    """One event ready to draw: its interval, certainty, lane, row and source event."""

    event: dict[str, Any]
    start: datetime
    end: datetime
    certainty: Certainty
    lane: str
    row: int = 0
    extent: tuple[datetime, datetime] = field(default=None)  # type: ignore[assignment]


def parse_time(value: Any) -> datetime | None:
    """A naive wall-clock datetime from an ISO 8601 string or datetime (None when absent)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(value if isinstance(value, str) else str(value))
        except ValueError:
            return None
    return moment if moment.tzinfo is None else moment.replace(tzinfo=None)


def lane_of(event: dict[str, Any], group_by: str) -> str:
    """The lane key of an event under a grouping (source, lang, actor or none)."""
    if group_by == "lang":
        return next(iter(event.get("langs") or []), None) or NO_LANE
    if group_by == "actor":
        return next(iter(event.get("actors") or []), None) or NO_LANE
    if group_by == "source":
        for source in event.get("sources") or []:
            name = source.get("source") or source.get("title")
            if name:
                return str(name)
        return NO_LANE
    return ALL_LANE


def chart_items(events: Iterable[dict[str, Any]], group_by: str = "none",
                caption_chars: int = 0) -> list[ChartItem]:
    """Drawable items of the events that have an interval, with lanes and packed rows.

    `caption_chars` is the length of the caption drawn after each bar (rows leave room for it).
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}")
    items = []
    for event in events:
        start, end = parse_time(event.get("start")), parse_time(event.get("end"))
        if start is None:
            continue
        end = max(end or start, start)
        certainty = assess(event, start, end)
        extent = ((certainty.fuzzy_before or (start, start))[0], (certainty.fuzzy_after or (end, end))[1])
        items.append(ChartItem(event, start, end, certainty, lane_of(event, group_by), extent=extent))
    _cap_lanes(items)
    _pack_rows(items, caption_chars)
    return items


def lane_order(items: list[ChartItem]) -> list[str]:
    """Lanes from the busiest to the quietest, the catch-all lanes last."""
    counts = Counter(item.lane for item in items)
    return sorted(counts, key=lambda lane: (lane in (NO_LANE, OTHER_LANE), lane == OTHER_LANE,
                                            -counts[lane], lane))


def _cap_lanes(items: list[ChartItem]) -> None:
    counts = Counter(item.lane for item in items)
    if len(counts) <= MAX_LANES:
        return
    keep = {lane for lane, _ in counts.most_common(MAX_LANES - 1)}
    for item in items:
        if item.lane not in keep:
            item.lane = OTHER_LANE


def _pack_rows(items: list[ChartItem], caption_chars: int) -> None:
    """Give each item the first row of its lane where it (and its caption) overlaps no earlier item."""
    if not items:
        return
    first = min(item.extent[0] for item in items)
    last = max(item.extent[1] for item in items)
    gap = max((last - first) * (1 + caption_chars) / CHARS_ACROSS, timedelta(seconds=1))
    row_ends: dict[str, list[datetime]] = {}
    most = MAX_ROWS_PER_LANE if not caption_chars else MAX_CAPTIONED_ROWS
    for item in sorted(items, key=lambda i: i.extent):
        begins, finishes = item.extent
        ends = row_ends.setdefault(item.lane, [])
        for free, busy_until in enumerate(ends):
            if busy_until <= begins:
                break
        else:
            if len(ends) < most:
                ends.append(finishes + gap)
                free = len(ends) - 1
            else:
                free = min(range(len(ends)), key=ends.__getitem__)
        ends[free] = max(ends[free], finishes + gap)
        item.row = free
