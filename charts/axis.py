"""The time axis: readable tick formats from milliseconds to centuries, range slider and zoom buttons."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

SECOND, MINUTE, HOUR, DAY, WEEK = 1000, 60_000, 3_600_000, 86_400_000, 604_800_000

TICK_FORMATS = (
    (None, SECOND, "%H:%M:%S.%L\n%-d %b %Y"),
    (SECOND, MINUTE, "%H:%M:%S\n%-d %b %Y"),
    (MINUTE, DAY, "%H:%M\n%-d %b %Y"),
    (DAY, "M1", "%-d %b\n%Y"),
    ("M1", "M12", "%b\n%Y"),
    ("M12", None, "%Y"),
)


def time_axis(first: datetime, last: datetime, words: dict[str, str], slider: bool = True,
              right_room: float = 0.0) -> dict[str, Any]:
    """The x axis layout for data spanning [first, last], padded so edge bars (and captions) show."""
    low, high = padded_range(first, last, right_room)
    axis: dict[str, Any] = {
        "type": "date",
        "title": {"text": words["time"]},
        "range": [low.isoformat(), high.isoformat()],
        "tickformatstops": [{"dtickrange": [low_, high_], "value": fmt} for low_, high_, fmt in TICK_FORMATS],
        "showgrid": True,
        "automargin": True,
    }
    if slider:
        axis["rangeslider"] = {"visible": True, "thickness": 0.08, "range": axis["range"]}
        axis["rangeselector"] = {"buttons": _zoom_buttons(words), "x": 0, "y": 1.02, "yanchor": "bottom"}
    return axis


def padded_range(first: datetime, last: datetime, right_room: float = 0.0) -> tuple[datetime, datetime]:
    """The visible range: the data's span plus 3 % each side (`right_room` more on the right)."""
    pad = max((last - first) * 0.03, timedelta(hours=1))
    room = pad + max(last - first, timedelta(hours=1)) * right_room
    low = first - pad if first - datetime.min > pad else first
    high = last + room if datetime.max - last > room else last
    return low, high


def _zoom_buttons(words: dict[str, str]) -> list[dict[str, Any]]:
    steps = (("day", 1, "day"), ("week", 7, "day"), ("month", 1, "month"), ("year", 1, "year"),
             ("decade", 10, "year"))
    buttons = [{"count": count, "label": words[key], "step": step, "stepmode": "backward"}
               for key, count, step in steps]
    buttons.append({"label": words["everything"], "step": "all"})
    return buttons
