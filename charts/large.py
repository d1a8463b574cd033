"""The drawing of a chart with thousands of events: bars as a few SVG paths, hover on invisible points.

plotly.js gives every bar (and every gap-separated scatter segment) an SVG element of its own and draws it
twice, once more in the range slider; past a few thousand events that dominates the page's drawing time.
Here each lane and certainty style is one path shape of many rectangles, uncertain ends one lighter path
per lane, hover comes from a marker-less scatter trace per lane and style (points along each bar carrying
the same hover fields as a small chart's bars), and the range slider shows a density overview per lane.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy

from .certainty import STYLES
from .hover import hover_template
from .items import ChartItem
from .text import plot_text

EPOCH = numpy.datetime64("1970-01-01T00:00:00", "us")
EPOCH_MOMENT = datetime(1970, 1, 1)
BAR_HALF_HEIGHT = 0.35
HOVER_STEPS = 60  # hover points sit at most 1/60 of the span apart on a long bar
MAX_HOVER_POINTS = 9  # per event
OVERVIEW_BINS = 240
OVERVIEW_BAND = 0.9
# With the overview, the rows move to an overlaying y axis "y2" and the x axis is anchored to it (so the
# range slider keeps its window at full height); the overview lies on "y", whose range hides it in the plot
# while the range slider draws that axis at a fixed range of its own.
ROWS_AXIS = "y2"


@dataclass
class LargeLook:
    """How a large chart draws: lane colours and names, opacity of each style and of uncertain ends."""

    colors: dict[str, str]
    names: dict[str, str]
    opacities: dict[str, float]
    fuzzy_opacity: float
    outline_px: float
    words: dict[str, str]


def large_parts(items: list[ChartItem], lanes: list[str], offsets: dict[str, int], fields: list[list[str]],
                look: LargeLook, overview: bool) -> tuple[list[Any], list[dict[str, Any]]]:
    """The traces (legend entries, hover points, overview) and bar shapes of a large chart.

    Traces are plain dicts: the figure validates them once (trace objects would be deep-copied again).
    """
    rows_axis = ROWS_AXIS if overview else "y"
    lane_of = numpy.array([item.lane for item in items], dtype=object)
    style_of = numpy.array([item.certainty.style for item in items], dtype=object)
    rows = numpy.array([offsets[item.lane] + item.row for item in items], dtype=float)
    starts = moments_ms([item.certainty.core_start for item in items])
    ends = moments_ms([item.certainty.core_end for item in items])
    fuzzy = [(index, segment) for index, item in enumerate(items)
             for segment in (item.certainty.fuzzy_before, item.certainty.fuzzy_after) if segment]
    fuzzy_owner = numpy.array([index for index, _ in fuzzy], dtype=numpy.int64)
    fuzzy_starts = moments_ms([segment[0] for _, segment in fuzzy])
    fuzzy_ends = moments_ms([segment[1] for _, segment in fuzzy])
    table = numpy.array(fields, dtype=str)  # unicode, not object: plotly copies it as one block
    low, high = float(starts.min()), float(ends.max())
    traces: list[Any] = []
    shapes: list[dict[str, Any]] = []
    legend_colors: dict[str, str] = {}
    for number, lane in enumerate(lanes):
        in_lane = lane_of == lane
        color = look.colors[lane]
        for style in STYLES:
            chosen = numpy.flatnonzero(in_lane & (style_of == style))
            if not len(chosen):
                continue
            legend_colors.setdefault(style, color)
            shapes.append(bar_shape(bar_paths(starts[chosen], ends[chosen], rows[chosen]), color,
                                    look.opacities[style], look.outline_px, style, rows_axis))
            owners = hover_points(starts[chosen], ends[chosen], high - low)
            traces.append(hover_trace(hover_positions(starts[chosen], ends[chosen], owners), rows[chosen][owners],
                                      table[chosen][owners], style, color, look, lane, rows_axis))
        uncertain = numpy.flatnonzero(in_lane[fuzzy_owner])
        if len(uncertain):
            shapes.append(bar_shape(bar_paths(fuzzy_starts[uncertain], fuzzy_ends[uncertain],
                                              rows[fuzzy_owner[uncertain]]),
                                    color, look.fuzzy_opacity, 0, "uncertain_end", rows_axis))
        if overview:
            mine = numpy.flatnonzero(in_lane)
            traces.append(overview_trace((starts[mine] + ends[mine]) / 2, low, high, len(lanes) - 1 - number,
                                         color, look.names[lane]))
    legend = [legend_entry(style, look, legend_colors[style], rows_axis) for style in STYLES
              if style in legend_colors]
    return legend + traces, shapes


def with_overview_axes(layout: dict[str, Any], lane_count: int) -> dict[str, Any]:
    """The layout with the rows on the overlaying axis and the overview's axis shown in the range slider."""
    layout[f"yaxis{ROWS_AXIS[1:]}"] = {**layout["yaxis"], "overlaying": "y", "side": "left"}
    layout["yaxis"] = {"visible": False, "fixedrange": True, "range": [-2, -1]}
    layout["xaxis"]["anchor"] = ROWS_AXIS
    layout["xaxis"]["rangeslider"]["yaxis"] = {"rangemode": "fixed", "range": [0, lane_count]}
    for drawn in layout.get("shapes", []) + layout.get("annotations", []):
        if drawn.get("yref") == "y":
            drawn["yref"] = ROWS_AXIS
    return layout


def moments_ms(moments: list[Any]) -> numpy.ndarray:
    """Milliseconds since 1970 of naive datetimes (what plotly reads as dates on a date axis)."""
    seconds = numpy.fromiter(((moment - EPOCH_MOMENT).total_seconds() for moment in moments), numpy.float64,
                             len(moments))
    return seconds * 1000.0


def axis_ms(moments_in_ms: numpy.ndarray) -> numpy.ndarray:
    """Times in ms as a date axis reads them: plotly takes a whole number of 2 or 4 digits for a year, so
    those few (within 10 s of 1970) move by a microsecond; the rest stay numbers (sent as typed arrays)."""
    yearlike = (numpy.abs(moments_in_ms) >= 10) & (numpy.abs(moments_in_ms) < 10_000) & \
        (moments_in_ms == numpy.round(moments_in_ms))
    return numpy.where(yearlike, moments_in_ms + 0.001, moments_in_ms)


def bar_paths(starts: numpy.ndarray, ends: numpy.ndarray, rows: numpy.ndarray,
              half_height: float = BAR_HALF_HEIGHT) -> str:
    """One SVG path (data coordinates: ms on x, rows on y) of a closed rectangle per bar."""
    # one decimal keeps every x a decimal number: plotly would read a bare 4-digit number as a year
    corners = numpy.column_stack((starts, rows - half_height, ends, rows + half_height, starts))
    return ("M%.1f,%gH%.1fV%gH%.1fZ" * len(starts)) % tuple(corners.ravel().tolist())


def bar_shape(path: str, color: str, opacity: float, outline_px: float, group: str,
              rows_axis: str) -> dict[str, Any]:
    """A path shape drawing many bars of one lane and style, outlined so the shortest stay visible."""
    return {"type": "path", "xref": "x", "yref": rows_axis, "path": path, "fillcolor": color,
            "opacity": opacity, "fillrule": "nonzero", "line": {"color": color, "width": outline_px},
            "layer": "above", "legendgroup": group}


def legend_entry(style: str, look: LargeLook, color: str, rows_axis: str) -> dict[str, Any]:
    """A trace without points naming a style in the legend (clicking it hides that style's bars)."""
    return dict(type="scatter", x=[None], y=[None], yaxis=rows_axis, mode="markers", name=plot_text(look.words[style]),
                      legendgroup=style, showlegend=True, hoverinfo="skip", meta={"role": "legend"},
                      marker={"symbol": "square", "size": 12, "color": color,
                              "opacity": look.opacities[style]})


def hover_points(starts: numpy.ndarray, ends: numpy.ndarray, span_ms: float) -> numpy.ndarray:
    """For each hover point, the index of its bar; a long bar gets several points along it."""
    step = max(span_ms / HOVER_STEPS, 1.0)
    extra = numpy.minimum(((ends - starts) // step).astype(numpy.int64), MAX_HOVER_POINTS - 1)
    return numpy.repeat(numpy.arange(len(starts)), extra + 1)


def hover_positions(starts: numpy.ndarray, ends: numpy.ndarray, owners: numpy.ndarray) -> numpy.ndarray:
    """The x (ms) of each hover point: evenly spread over its bar, the middle when it has one point."""
    counts = numpy.bincount(owners, minlength=len(starts))
    first = numpy.concatenate(([0], numpy.cumsum(counts)[:-1]))
    rank = numpy.arange(len(owners)) - first[owners]
    share = (rank + 0.5) / counts[owners]
    return starts[owners] + (ends[owners] - starts[owners]) * share


def hover_trace(x_ms: numpy.ndarray, rows: numpy.ndarray, fields: numpy.ndarray, style: str, color: str,
                look: LargeLook, lane: str, rows_axis: str) -> dict[str, Any]:
    """An invisible trace whose points show the hover box of the bars they sit on."""
    return dict(
        type="scatter", x=axis_ms(x_ms), y=rows, yaxis=rows_axis, mode="none", hoveron="points", customdata=fields,
        hovertemplate=hover_template(style, look.words), hoverlabel={"bgcolor": color},
        name=plot_text(look.words[style]), legendgroup=style, showlegend=False,
        meta={"lane": look.names[lane], "certainty": style, "role": "hover"},
    )


def overview_trace(middles_ms: numpy.ndarray, low_ms: float, high_ms: float, base: float, color: str,
                   lane_name: str) -> dict[str, Any]:
    """A lane's event density over time as a filled band from `base` up (on the overview's axis "y")."""
    edges = numpy.linspace(low_ms, high_ms, OVERVIEW_BINS + 1)
    counts, _ = numpy.histogram(middles_ms, edges)
    heights = base + OVERVIEW_BAND * counts / max(int(counts.max()), 1)
    x_ms = numpy.concatenate((numpy.repeat(edges, 2)[1:-1], edges[[-1, 0]]))
    y = numpy.concatenate((numpy.repeat(heights, 2), [base, base]))
    return dict(type="scatter", x=axis_ms(x_ms), y=y, yaxis="y", mode="none", fill="toself", fillcolor=color, opacity=0.6,
                      hoverinfo="skip", showlegend=False, meta={"lane": lane_name, "role": "overview"})
