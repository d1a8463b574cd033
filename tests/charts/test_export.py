"""Exports: an offline HTML page, an embeddable fragment, an iframe snippet, PNG and SVG."""
import re
import struct

import pytest

from charts import build_figure, fragment_html, iframe_html, page_html, render_image
from charts.export import PLOTLY_JS_PATH
from charts.static import StaticExportUnavailable, browser_path


def test_page_works_offline_with_plotly_inlined(seed_events):
    page = page_html(build_figure(seed_events))
    assert page.startswith("<!DOCTYPE html>")
    assert "plotly.js v" in page[:100_000] and len(page) > PLOTLY_JS_PATH.stat().st_size
    assert not re.search(r"<script[^>]+src=", page)
    ours = page.replace(PLOTLY_JS_PATH.read_text(encoding="utf-8"), "")
    assert "cdn.plot.ly" not in ours and "https://" not in ours and "http://" not in ours


def test_fragment_loads_plotly_from_the_service_not_a_cdn(seed_events):
    fragment = fragment_html(build_figure(seed_events), plotly_url="http://127.0.0.1:5000/static/plotly.min.js")
    assert fragment.startswith('<div id="chrono-chart-')
    assert '"http://127.0.0.1:5000/static/plotly.min.js"' in fragment
    assert "cdn" not in fragment and len(fragment) < 200_000
    assert "<html" not in fragment


def test_iframe_snippet_escapes_its_url():
    snippet = iframe_html('http://x/chart?q="><script>', height=400)
    assert snippet.startswith("<iframe ") and "<script>" not in snippet and 'height="400"' in snippet


def test_script_breakout_in_event_text_stays_inside_the_json(make_event):
    events = [make_event("x", "2025-01-01", "2025-01-02", title="</script><script>alert(1)</script>")]
    for html in (page_html(build_figure(events)), fragment_html(build_figure(events))):
        assert "alert(1)</script>" not in html and "<script>alert" not in html


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_png_and_svg_of_the_seeded_timeline(seed_events):
    figure = build_figure(seed_events, group_by="source", slider=False, captions=True)
    png = render_image(figure, "png", width=900, height=500)
    assert _png_size(png) == (900, 500) and len(png) > 10_000
    svg = render_image(figure, "svg", width=900, height=500).decode("utf-8")
    assert svg.startswith("<svg") and 'width="900"' in svg
    assert "Earlier, Russia’s Foreign Minister" in svg  # an event title written beside its bar
    assert svg.count('class="point"') >= len(seed_events)


def test_static_export_without_a_browser_names_the_package(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    with pytest.raises(StaticExportUnavailable, match="apt-get install chromium"):
        browser_path()
    monkeypatch.delenv("BROWSER_PATH")
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(StaticExportUnavailable, match="apt-get install chromium"):
        browser_path()
    assert page_html(build_figure([]))  # HTML still works
