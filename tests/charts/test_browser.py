"""The chart pages in Debian Chromium (Playwright) against a real server on 127.0.0.1."""
import csv
import io
from pathlib import Path
from urllib.parse import urlparse

import pytest
from flask import Flask

BARS = "div.js-plotly-plot .cartesianlayer g.trace.bars path"  # the main plot (the range slider repeats them)
HOVER = ".hoverlayer g.hovertext"


@pytest.fixture(scope="module")
def base_url(seeded_store, service_on, serving):
    with serving(service_on(seeded_store)) as url:
        yield url


@pytest.fixture
def page(browser):
    """A fresh page; every request off 127.0.0.1 is blocked and recorded, as is every failed one."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.external, page.failed, page.errors = [], [], []

    def route(route):
        host = urlparse(route.request.url).hostname
        if host != "127.0.0.1":
            page.external.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", route)
    page.on("requestfailed", lambda request: page.failed.append(request.url))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("dialog", lambda dialog: (page.errors.append("dialog: " + dialog.message), dialog.dismiss()))
    yield page
    context.close()
    assert page.external == [] and page.failed == [], (page.external, page.failed)


def chart_ids(page) -> list[list[str]]:
    """The event ids of each bar trace of the drawn chart, in drawing order."""
    return page.evaluate("""() => {
        const gd = document.querySelector('div.js-plotly-plot');
        return gd._fullData.filter(t => t.type === 'bar').map(t => Array.from(t.customdata, row => row[0]));
    }""")


def x_range(page) -> list[float]:
    return page.evaluate("""() => {
        const ax = document.querySelector('div.js-plotly-plot')._fullLayout.xaxis;
        return ax.range.map(v => ax.r2l(v));
    }""")


def open_home(page, base_url, query=""):
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector(BARS)
    page.wait_for_load_state("networkidle")


def test_home_page_draws_every_seeded_event_and_a_screenshot_is_written(page, base_url, seeded_store):
    from chrono.store import iter_events
    events = list(iter_events(seeded_store))
    dated = [e for e in events if e["start"]]
    open_home(page, base_url)
    assert page.locator(BARS).count() == len(dated) > 5
    assert sorted(i for ids in chart_ids(page) for i in ids) == sorted(e["id"] for e in dated)
    assert page.locator("#events tbody tr").count() == len(events)
    out = Path(__file__).resolve().parents[2] / "out"
    out.mkdir(exist_ok=True)
    page.locator("section.chart").screenshot(path=str(out / "charts-seeded-timeline.png"))
    assert (out / "charts-seeded-timeline.png").stat().st_size > 20_000
    page.click("#copy-embed")
    page.wait_for_function("document.getElementById('copy-embed').textContent === 'Copied'", timeout=10_000)
    embed = page.locator("#embed-code").input_value()
    assert embed.startswith(f'<iframe src="{base_url}/api/v1/charts/timeline?') and "format=html" in embed
    assert page.errors == []


def test_hovering_a_bar_shows_its_label_and_title(page, base_url, seeded_store):
    from chrono.store import get_event
    open_home(page, base_url, "?lang=en")
    traces = chart_ids(page)
    bars = page.locator("div.js-plotly-plot .cartesianlayer g.trace.bars")
    for trace_index, point in ((0, 0), (len(traces) - 1, len(traces[-1]) - 1)):
        event = get_event(seeded_store, traces[trace_index][point])
        box = bars.nth(trace_index).locator("path").nth(point).bounding_box()
        page.mouse.move(10, 10)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector(HOVER)
        shown = page.locator(HOVER).text_content()
        assert event["label"] in shown
        assert event["title"][:30] in shown


def test_range_slider_narrows_the_window(page, base_url):
    open_home(page, base_url)
    low, high = x_range(page)
    page.locator(".rangeslider-bg").scroll_into_view_if_needed()
    slider = page.locator(".rangeslider-container .rangeslider-bg").bounding_box()
    grabber = page.locator(".rangeslider-grabber-min .rangeslider-handle-min").bounding_box()
    y = grabber["y"] + grabber["height"] / 2
    page.mouse.move(grabber["x"] + grabber["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(slider["x"] + slider["width"] * 0.6, y, steps=8)
    page.mouse.up()
    page.wait_for_function("([low]) => { const ax = document.querySelector('div.js-plotly-plot')._fullLayout.xaxis;"
                           " return ax.r2l(ax.range[0]) > low; }", arg=[low])
    new_low, new_high = x_range(page)
    assert new_low > low + (high - low) * 0.4 and new_high == pytest.approx(high)


def test_script_and_onerror_in_event_text_run_nothing(page, tmp_path, service_on, serving):
    from chrono.store import ingest, open_store
    store = open_store(f"sqlite:///{tmp_path / 'evil.db'}")
    text = ('On 5 May 2024 the <script>window.pwned = 1</script> committee met '
            '<img src=x onerror="window.pwned = 2"> in Almaty.\n')
    ingest(store, text, '<script>window.pwned = 3</script>', None, '<img src=x onerror="window.pwned=4">', "en",
           "2024-05-10")
    with serving(service_on(store)) as url:
        page.goto(f"{url}/?group_by=source")
        page.wait_for_selector(BARS)
        box = page.locator(BARS).first.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_selector(HOVER)
        assert "<script>" in page.locator(HOVER).text_content()  # shown as text
        assert "<script>window.pwned" in page.locator("#events").inner_text()
        page.goto(f"{url}/api/v1/charts/timeline?group_by=source")
        page.wait_for_selector(BARS)
        page.wait_for_timeout(300)  # give any injected handler the chance to run
        assert page.evaluate("() => window.pwned") is None
        assert page.locator("#events img, .js-plotly-plot img, script:has-text('pwned')").count() == 0
    assert page.errors == []


def test_embed_fragment_draws_on_a_page_from_another_origin(page, base_url, serving, seeded_store):
    import requests
    fragment = requests.get(f"{base_url}/api/v1/charts/timeline?format=fragment&lang=ru", timeout=30).text
    host = Flask("host_page")
    host.add_url_rule("/", "index", lambda: f"<!DOCTYPE html><html><body><h1>Host</h1>{fragment}</body></html>")
    from chrono.store import iter_events
    expected = [e for e in iter_events(seeded_store, lang="ru") if e["start"]]
    with serving(host) as other:
        assert other != base_url
        page.goto(other + "/")
        page.wait_for_selector(BARS)
        assert page.locator(BARS).count() == len(expected)
    assert page.errors == []


def test_csv_button_downloads_the_events_on_the_page(page, base_url):
    open_home(page, base_url, "?lang=ru&from=2021")
    listed = page.eval_on_selector_all("#events tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)")
    with page.expect_download() as download:
        page.click("#csv-download")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert listed and sorted(row["id"] for row in rows) == sorted(listed)


def test_a_large_chart_draws_every_event_as_paths_and_hover_shows_its_label(page, serving, make_event):
    from charts import build_figure, page_html
    from datetime import date, timedelta
    days = [date(1900, 1, 1) + timedelta(days=13 * i) for i in range(3000)]  # 10-day events, 3 days apart
    events = [make_event(f"e{i}", day.isoformat(), (day + timedelta(days=10)).isoformat(),
                         lang="en" if i % 2 else "ru", mod="APPROX" if i % 3 == 0 else None, title=f"Talks number {i}")
              for i, day in enumerate(days)]
    events.append(make_event("decade", "1950-01-01", "1960-01-01", grain="decade", title="A long war"))
    figure = build_figure(events, group_by="lang", lang="en")
    rectangles = sum(shape.path.count("Z") for shape in figure.layout.shapes if shape.type == "path")
    host = Flask("large_chart")
    html = page_html(figure)
    host.add_url_rule("/", "index", lambda: html)
    with serving(host) as url:
        page.goto(url + "/")
        page.wait_for_selector("div.js-plotly-plot .shapelayer path")
        drawn = page.evaluate("""() => Array.from(document.querySelectorAll('div.js-plotly-plot .shapelayer path'))
            .reduce((count, path) => count + ((path.getAttribute('d') || '').match(/Z/g) || []).length, 0)""")
        assert drawn == rectangles >= 3001
        assert page.locator(".rangeslider-rangeplot g.trace.scatter path.js-fill").count() == 2  # one per lane
        for event_id, title, label, along in (("e1", "Talks number 1", "14–23 Jan 1900", 0.5),
                                              ("e2998", "Talks number 2998", "16–25 сентября 2006", 0.5),
                                              ("decade", "A long war", "1950s", 0.95)):
            x, y = page.evaluate("""([id, along]) => {
                const gd = document.querySelector('div.js-plotly-plot'), layout = gd._fullLayout;
                const box = gd.getBoundingClientRect();
                const trace = gd._fullData.find(t => t.customdata && Array.from(t.customdata, r => r[0]).includes(id));
                const i = Array.from(trace.customdata, r => r[0]).indexOf(id);
                const xa = layout.xaxis, ya = layout['yaxis' + trace.yaxis.slice(1)];
                const points = Array.from(trace.customdata, (r, k) => r[0] === id ? trace.x[k] : null).filter(v => v !== null);
                const [low, high] = [Math.min(...points), Math.max(...points)];  // a long bar has several
                const spread = points.length > 1 ? (high - low) * points.length / (points.length - 1) : 0;
                const at = low - spread / points.length / 2 + spread * along;  // `along` its whole length
                return [box.left + xa._offset + xa.l2p(xa.d2l(points.length > 1 ? at : trace.x[i])),
                        box.top + ya._offset + ya.l2p(trace.y[i])];
            }""", [event_id, along])
            page.mouse.move(10, 10)
            page.mouse.move(x, y)
            page.wait_for_selector(HOVER)
            shown = page.locator(HOVER).text_content()
            assert label in shown and title in shown, event_id
    assert page.errors == []
