"""The timeline figure: one bar per event, certainty styles, lanes, axis, escaping, language."""
import re
from datetime import datetime

import numpy

import pytest

from charts import build_figure
from charts.axis import TICK_FORMATS


def bars(figure):
    return [trace for trace in figure.data if trace.type == "bar"]


def ids_of(trace):
    return [row[0] for row in trace.customdata]


def hover_of(trace, index):
    """The hover box of one bar as plotly fills its template in."""
    text = trace.hovertemplate
    for field, value in enumerate(trace.customdata[index]):
        text = text.replace(f"%{{customdata[{field}]}}", value)
    return text


def bar_of(figure, event_id):
    """(trace, index) of the bar drawing one event."""
    for trace in bars(figure):
        if event_id in ids_of(trace):
            return trace, ids_of(trace).index(event_id)
    raise AssertionError(f"no bar for {event_id}")


def ms(start, end):
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() * 1000


def test_every_seed_event_is_one_bar_in_few_traces(seed_events):
    figure = build_figure(seed_events, group_by="source")
    drawn = [event_id for trace in bars(figure) for event_id in ids_of(trace)]
    assert sorted(drawn) == sorted(e["id"] for e in seed_events)
    lanes = {trace.meta["lane"] for trace in figure.data}
    assert len(figure.data) <= 4 * len(lanes)


def rectangles(shape):
    """(left ms, right ms, middle row) of each rectangle of a large chart's path shape."""
    found = re.findall(r"M(-?[\d.]+),(-?[\d.]+)H(-?[\d.]+)V(-?[\d.]+)H-?[\d.]+Z", shape.path)
    return [(float(left), float(right), (float(top) + float(bottom)) / 2) for left, top, right, bottom in found]


def epoch_ms(moment):
    return (datetime.fromisoformat(moment) - datetime(1970, 1, 1)).total_seconds() * 1000


def test_ten_thousand_events_are_a_few_paths_with_hover_points_on_every_bar(make_event):
    events = [make_event(f"e{i}", f"{1900 + i % 120}-01-01", f"{1900 + i % 120}-06-01",
                         lang="en" if i % 2 else "ru", mod="APPROX" if i % 3 == 0 else None)
              for i in range(10_000)]
    figure = build_figure(events, group_by="lang")
    assert not bars(figure) and len(figure.data) <= 12 and len(figure.layout.shapes) <= 12
    drawn = {shape.legendgroup: shape for shape in figure.layout.shapes if shape.type == "path"}
    assert sum(len(rectangles(s)) for s in figure.layout.shapes if s.legendgroup in ("exact", "approximate")) \
        == 10_000
    assert drawn["approximate"].opacity < drawn["exact"].opacity  # lighter, and no hatching on paths
    hover = [trace for trace in figure.data if (trace.meta or {}).get("role") == "hover"]
    assert sorted({event_id for trace in hover for event_id in ids_of(trace)}) == sorted(e["id"] for e in events)
    rows = figure.layout.yaxis2  # the rows' axis (the overview in the range slider has "y")
    assert set(rows.ticktext) == {"en", "ru"} and figure.layout.xaxis.rangeslider.yaxis.rangemode == "fixed"
    # e1: stated, 1901-01-01 to 1901-06-01, in the "en" lane; its bar and hover point agree
    trace = next(t for t in hover if "e1" in ids_of(t))
    index = ids_of(trace).index("e1")
    row = trace.y[index]
    assert (epoch_ms("1901-01-01"), epoch_ms("1901-06-01"), row) in [
        tuple(r) for s in figure.layout.shapes if s.legendgroup == "exact" for r in rectangles(s)]
    assert epoch_ms("1901-01-01") <= trace.x[index] <= epoch_ms("1901-06-01")  # ms, as plotly reads dates
    assert "<b>An event</b><br>1 Jan – 31 May 1901" in hover_of(trace, index)
    # e0 (APPROX): a solid core and lighter uncertain ends on both sides
    ends = [r for s in figure.layout.shapes if s.legendgroup == "uncertain_end" for r in rectangles(s)]
    assert ends and all(s.opacity < drawn["approximate"].opacity
                        for s in figure.layout.shapes if s.legendgroup == "uncertain_end")
    assert any(left == epoch_ms("1900-01-01") for left, _, _ in ends)


def test_times_near_1970_never_pass_for_years_on_the_date_axis():
    from charts.large import axis_ms
    assert list(axis_ms(numpy.array([2000.0, 2000.5, 0.0, 99.0, 86_400_000.0, -1500.0]))) == \
        [2000.001, 2000.5, 0.0, 99.001, 86_400_000.0, -1499.999]


def test_stated_approximate_and_inferred_values_look_different(make_event):
    events = [make_event("exact", "2025-12-29", "2025-12-30"),
              make_event("approx", "2019-01-01", "2020-01-01", grain="year", mod="APPROX"),
              make_event("guessed", "2025-04-29T18:00:00", "2025-04-30T00:00:00", grain="part_of_day",
                         inferred=["year"])]
    figure = build_figure(events)
    exact, approx, guessed = (bar_of(figure, name)[0] for name in ("exact", "approx", "guessed"))
    assert exact.meta["certainty"] == "exact" and not exact.marker.pattern.shape
    assert approx.meta["certainty"] == "approximate" and approx.marker.pattern.shape == "/"
    assert approx.marker.opacity < exact.marker.opacity
    assert guessed.meta["certainty"] == "inferred" and guessed.marker.pattern.shape == "."


def test_uncertain_ends_of_start_before_and_after_are_drawn_lighter_beside_a_solid_core(make_event):
    events = [make_event("early", "2025-01-01", "2026-01-01", grain="year", mod="START"),
              make_event("late", "2025-01-01", "2026-01-01", grain="year", mod="END"),
              make_event("before", "2019-01-01", "2020-01-01", grain="year", mod="BEFORE")]
    figure = build_figure(events)
    trace, i = bar_of(figure, "early")
    assert trace.base[i] == "2025-01-01T00:00:00"
    assert trace.x[i] == pytest.approx(ms("2025-01-01", "2026-01-01") / 3)
    trace, i = bar_of(figure, "late")
    assert trace.base[i] > "2025-08-01"
    ends = [t for t in figure.data if t.meta["certainty"] == "uncertain_end"]
    assert len(ends) == 1 and ends[0].opacity < trace.marker.opacity
    segments = [tuple(ends[0].x[k:k + 2]) for k in range(0, len(ends[0].x), 3)]
    assert ("2025-05-02T16:00:00", "2026-01-01T00:00:00") in segments  # early 2025: the rest of the year
    assert ("2025-01-01T00:00:00", "2025-09-01T08:00:00") in segments  # late 2025: the start of the year
    assert ("2018-01-01T00:00:00", "2019-01-01T00:00:00") in segments  # before 2019: open to the left


def test_one_figure_spans_minutes_to_centuries_with_a_readable_axis(make_event):
    events = [make_event("minute", "2025-12-29T06:30:00", "2025-12-29T06:31:00", grain="minute"),
              make_event("night", "2025-12-28T18:00:00", "2025-12-29T06:00:00", grain="part_of_day"),
              make_event("month", "2025-05-01", "2025-06-01", grain="month"),
              make_event("century", "1801-01-01", "1901-01-01", grain="century")]
    figure = build_figure(events)
    axis = figure.layout.xaxis
    assert axis.type == "date" and axis.rangeslider.visible
    low, high = (datetime.fromisoformat(v) for v in axis.range)
    assert low < datetime(1801, 1, 1) and high > datetime(2025, 12, 29, 6, 31)
    stops = [(stop.dtickrange, stop.value) for stop in axis.tickformatstops]
    assert len(stops) == len(TICK_FORMATS)
    assert stops[0][0][0] is None and stops[-1] == (("M12", None), "%Y")
    assert any("%H:%M" in value for _, value in stops)
    trace, i = bar_of(figure, "minute")
    assert trace.x[i] == 60_000 and trace.marker.line.width >= 2  # the outline keeps it visible
    assert "28–29 Dec 2025, night" in hover_of(*bar_of(figure, "night"))


def test_event_text_is_escaped_everywhere(make_event):
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    events = [make_event("evil", "2025-12-29", "2025-12-30", title=evil, source=evil, date_text=evil,
                         actors=[evil])]
    for group_by in ("source", "actor"):
        figure = build_figure(events, group_by=group_by, title=evil)
        text = figure.to_json()
        for raw in ("<script>", "<img", "\\u003cscript", "\\u003cimg"):
            assert raw not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hover_of(figure.data[0], 0)
        assert figure.layout.yaxis.ticktext[0].startswith("&lt;script&gt;")
        assert figure.layout.title.text.startswith("&lt;script&gt;")
    many = [make_event(f"evil{i}", f"{1900 + i % 100}-01-01", f"{1900 + i % 100}-02-01", title=evil, source=evil,
                       date_text=evil) for i in range(2001)]  # a large chart (paths and hover points)
    figure = build_figure(many, group_by="source", title=evil)
    text = figure.to_json()
    for raw in ("<script>", "<img", "\\u003cscript", "\\u003cimg"):
        assert raw not in text
    hover = next(trace for trace in figure.data if (trace.meta or {}).get("role") == "hover")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hover_of(hover, 0)
    assert figure.layout.yaxis2.ticktext[0].startswith("&lt;script&gt;")


def test_lanes_by_language_actor_source_or_none(seed_events, make_event):
    events = [make_event("a", "2025-01-01", "2025-01-02", lang="en", actors=["Putin"], source="TASS"),
              make_event("b", "2025-01-01", "2025-01-02", lang="ru", actors=[], source="KP.RU")]
    assert set(build_figure(events, group_by="lang").layout.yaxis.ticktext) == {"en", "ru"}
    assert set(build_figure(events, group_by="actor").layout.yaxis.ticktext) == {"Putin", "(none)"}
    assert set(build_figure(events, group_by="source").layout.yaxis.ticktext) == {"TASS", "KP.RU"}
    assert list(build_figure(events, group_by="none").layout.yaxis.ticktext) == []
    with pytest.raises(ValueError):
        build_figure(events, group_by="colour")


def test_labels_follow_the_report_language(make_event):
    events = [make_event("r", "2025-05-01", "2025-06-01", grain="month", mod="END", lang="ru")]
    figure = build_figure(events)
    assert figure.layout.meta["lang"] == "ru"
    assert figure.layout.xaxis.title.text == "Время"
    assert "конец мая 2025" in hover_of(figure.data[0], 0)
    assert "В тексте" in hover_of(figure.data[0], 0)
    assert build_figure(events, lang="en").layout.xaxis.title.text == "Time"


def test_hover_shows_phrase_as_written_label_title_and_sources(seed_events):
    figure = build_figure(seed_events)
    night = next(e for e in seed_events if e["sources"][0]["date_text"] == "the night of December 28–29")
    trace, i = bar_of(figure, night["id"])
    hover = hover_of(trace, i)
    assert "«the night of December 28–29»" in hover
    assert "28–29 Dec 2025, night" in hover
    assert night["sources"][0]["title"] in hover


def test_no_events_gives_an_empty_chart_that_says_so():
    figure = build_figure([])
    assert not figure.data and figure.layout.annotations[0].text == "No events match."
