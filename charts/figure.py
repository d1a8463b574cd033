"""The timeline figure: one horizontal bar per event, few traces (one per lane and certainty style)."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable

import numpy
import plotly.graph_objects as go
from plotly.colors import qualitative

from .axis import time_axis
from .certainty import APPROXIMATE, EXACT, INFERRED, STYLES
from .hover import hover_fields, hover_template
from .i18n import chart_language, words as wording
from .items import ALL_LANE, CHARS_ACROSS, NO_LANE, OTHER_LANE, ChartItem, chart_items, lane_order
from .large import LargeLook, large_parts, with_overview_axes
from .text import plot_text, shorten

PALETTE = qualitative.Plotly + qualitative.Dark24
ROW_HEIGHT_PX = 22
BAR_THICKNESS = 0.7
MAX_CAPTIONED = 60
LARGE_CHART = 2000  # past this many bars they are drawn as a few paths (charts/large.py), without hatching
MAX_LANE_CHARS = 28
CAPTION_CHARS = 36
MIN_BAR_PX = 3  # an outline this wide keeps a bar of a minute (or of zero length) visible
MIN_PATH_PX = 1  # the same outline on a large chart's bar paths (3 px would merge its thin rows)
STYLE_LOOK = {
    EXACT: {"opacity": 0.95},
    INFERRED: {"opacity": 0.85, "pattern": {"shape": ".", "fillmode": "overlay", "size": 6, "solidity": 0.35}},
    APPROXIMATE: {"opacity": 0.45, "pattern": {"shape": "/", "fillmode": "overlay", "size": 7, "solidity": 0.3}},
}
FUZZY_END_OPACITY = 0.25


def build_figure(events: Iterable[dict[str, Any]], group_by: str = "none", title: str | None = None,
                 lang: str | None = None, height: int | None = None, width: int | None = None,
                 slider: bool = True, captions: bool | None = None) -> go.Figure:
    """A Gantt-style timeline of contract-shaped events, lanes by source, lang, actor or none.

    `captions` writes each event's title beside its bar (default: when there are few events). Past
    LARGE_CHART events the bars are drawn as a few paths with invisible hover points (charts/large.py).
    """
    events = list(events)
    lang = chart_language(events, lang)
    words = wording(lang)
    if captions is None:
        captions = sum(1 for event in events if event.get("start")) <= MAX_CAPTIONED
    items = chart_items(events, group_by, CAPTION_CHARS if captions else 0)
    lanes = lane_order(items)
    large = len(items) > LARGE_CHART
    offsets, lane_rows = _lane_offsets(items, lanes)
    total_rows = sum(lane_rows.values()) or 1
    room = (CAPTION_CHARS + 1) / CHARS_ACROSS if captions else 0.0
    layout = _layout(items, lanes, offsets, lane_rows, total_rows, words, title, height, width, slider, room)
    if captions:
        layout.setdefault("annotations", []).extend(_captions(items, offsets))
    if large:
        look = LargeLook({lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(lanes)},
                         {lane: lane_name(lane, words) for lane in lanes},
                         {style: shown["opacity"] for style, shown in STYLE_LOOK.items()}, FUZZY_END_OPACITY,
                         MIN_PATH_PX, words)
        traces, shapes = large_parts(items, lanes, offsets, [hover_fields(item) for item in items], look, slider)
        layout["shapes"] = shapes + layout["shapes"]
        if slider:
            layout = with_overview_axes(layout, len(lanes))
    else:
        traces = _small_traces(items, lanes, offsets, words)
        # Hover by row: a bar of a few hours is a pixel wide on a multi-year axis, which "closest" finds only
        # with the pointer on that pixel. (A large chart hovers on points at bar centres, where "closest" works.)
        layout["hovermode"] = "y"
    figure = go.Figure(data=traces, layout=layout)  # add_traces would deep-copy every array once more
    figure.layout.meta = {"lang": lang, "group_by": group_by, "events": len(items), "large": large}
    return figure


def _small_traces(items: list[ChartItem], lanes: list[str], offsets: dict[str, int],
                  words: dict[str, str]) -> list[Any]:
    """One bar trace per lane and certainty style, and one trace of uncertain ends per lane."""
    traces: list[Any] = []
    for index, lane in enumerate(lanes):
        color = PALETTE[index % len(PALETTE)]
        lane_items = [item for item in items if item.lane == lane]
        name = lane_name(lane, words)
        for style in STYLES:
            chosen = [item for item in lane_items if item.certainty.style == style]
            if chosen:
                traces.append(_bar_trace(chosen, offsets[lane], index, name, style, color, words))
        fuzzy = _fuzzy_end_trace(lane_items, offsets[lane], index, name, color, words)
        if fuzzy is not None:
            traces.append(fuzzy)
    _show_each_style_once_in_legend(traces)
    return traces


def lane_name(lane: str, words: dict[str, str]) -> str:
    """The display name of a lane key, escaped."""
    special = {ALL_LANE: words["all"], NO_LANE: words["none"], OTHER_LANE: words["other"]}
    return plot_text(special.get(lane) or shorten(lane, MAX_LANE_CHARS))


def _show_each_style_once_in_legend(traces: list[Any]) -> None:
    """The legend explains the certainty styles (lanes are named on the y axis)."""
    seen: set[str] = set()
    for trace in traces:
        if trace.legendgroup not in seen:
            trace.showlegend = True
            seen.add(trace.legendgroup)


def _lane_offsets(items: list[ChartItem], lanes: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    rows = {lane: 0 for lane in lanes}
    for item in items:
        rows[item.lane] = max(rows[item.lane], item.row + 1)
    offsets, cursor = {}, 0
    for lane in lanes:
        offsets[lane] = cursor
        cursor += rows[lane]
    return offsets, rows


def _bar_trace(items: list[ChartItem], offset: int, lane: int, name: str, style: str, color: str,
               words: dict[str, str]) -> go.Bar:
    look = STYLE_LOOK[style]
    marker: dict[str, Any] = {"color": color, "opacity": look["opacity"],
                              "line": {"color": color, "width": MIN_BAR_PX}}
    if "pattern" in look:
        marker["pattern"] = look["pattern"]
    return go.Bar(
        orientation="h",
        base=numpy.array([item.certainty.core_start.isoformat() for item in items], dtype=object),
        x=numpy.array([(item.certainty.core_end - item.certainty.core_start).total_seconds() * 1000
                       for item in items], dtype=float),
        y=numpy.array([offset + item.row for item in items], dtype=float),
        width=BAR_THICKNESS,
        marker=marker,
        name=plot_text(words[style]),
        legendgroup=style,
        showlegend=False,
        customdata=numpy.array([hover_fields(item) for item in items], dtype=object),
        hovertemplate=hover_template(style, words),
        meta={"lane": name, "certainty": style},
    )


def _captions(items: list[ChartItem], offsets: dict[str, int]) -> list[dict[str, Any]]:
    """Each event's title written after its bar (annotations: they stay out of the range slider)."""
    return [{"x": item.extent[1].isoformat(), "y": offsets[item.lane] + item.row, "xref": "x", "yref": "y",
             "text": plot_text(shorten(str(item.event.get("title") or ""), CAPTION_CHARS)),
             "showarrow": False, "xanchor": "left", "xshift": 4, "font": {"size": 10},
             "captureevents": False} for item in items]


def _fuzzy_end_trace(items: list[ChartItem], offset: int, lane: int, name: str, color: str,
                     words: dict[str, str]) -> go.Scatter | None:
    xs: list[Any] = []
    ys: list[Any] = []
    for item in items:
        for segment in (item.certainty.fuzzy_before, item.certainty.fuzzy_after):
            if segment:
                xs += [segment[0].isoformat(), segment[1].isoformat(), None]
                ys += [offset + item.row] * 2 + [None]
    if not xs:
        return None
    return go.Scatter(
        x=xs, y=ys, mode="lines", line={"color": color, "width": 8},
        opacity=FUZZY_END_OPACITY, hoverinfo="skip", name=plot_text(words["uncertain_end"]),
        legendgroup="uncertain_end", showlegend=False, meta={"lane": name, "certainty": "uncertain_end"},
    )


def _layout(items, lanes, offsets, lane_rows, total_rows, words, title, height, width, slider,
            right_room) -> dict[str, Any]:
    if items:
        first = min(item.extent[0] for item in items)
        last = max(item.extent[1] for item in items)
    else:
        first = last = datetime.now().replace(microsecond=0)
    show_lanes = lanes != [ALL_LANE]
    layout: dict[str, Any] = {
        "title": {"text": plot_text(title if title is not None else words["title"])},
        "template": "plotly_white",
        "barmode": "overlay",
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "dragmode": "zoom",
        "showlegend": True,
        "legend": {"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom",
                   "font": {"size": 11}},
        "xaxis": time_axis(first, last, words, slider, right_room),
        "yaxis": {
            "autorange": "reversed", "fixedrange": True, "showgrid": False, "zeroline": False,
            "tickmode": "array",
            "tickvals": [offsets[lane] + (lane_rows[lane] - 1) / 2 for lane in lanes] if show_lanes else [],
            "ticktext": [lane_name(lane, words) for lane in lanes] if show_lanes else [],
            "range": [total_rows - 0.5, -0.5],
            "automargin": True,
        },
        "shapes": [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y",
                    "y0": offsets[lane] - 0.5, "y1": offsets[lane] - 0.5,
                    "line": {"color": "#ccc", "width": 1}} for lane in lanes[1:]],
        "height": height or max(380, min(1000, (260 if slider else 180) + total_rows * ROW_HEIGHT_PX)),
        "margin": {"l": 10, "r": 20, "t": 90, "b": 40},
    }
    if width:
        layout["width"] = width
    if not items:
        layout["annotations"] = [{"text": plot_text(words["no_events"]), "showarrow": False,
                                  "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}]
    return layout
