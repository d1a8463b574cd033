"""Chart speed: build + write time and HTML size for 100 / 1,000 / 10,000 events, and Chromium's time to
draw the 10,000-event page, next to stock plotly.express.timeline on the same events in the same run.

"Until plotted" is measured inside the page, the same way for both: from the start of navigation to the
second animation frame after the promise of Plotly.newPlot resolved (the frame that shows the plot). After
each load the bench checks that every event was drawn (bar elements, or rectangles of our path shapes) and
that hovering an event shows its title and date label.

Run: .venv/bin/python bench/charts.py [--sizes 100 1000 10000] [--out out/bench-charts]
(needs the bench extras for pandas: pip install -e .[bench]; Debian chromium at /usr/bin/chromium)
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BROWSER = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
GRAINS = (("minute", timedelta(minutes=1)), ("hour", timedelta(hours=1)), ("day", timedelta(days=1)),
          ("month", timedelta(days=30)), ("year", timedelta(days=365)), ("decade", timedelta(days=3652)))
SOURCES = ("TASS", "KP.RU", "QALAMPIR.UZ", "Reuters", "Interfax")


def synthetic_events(count: int, seed: int = 7) -> list[dict]:
    """`count` contract-shaped events spread over two centuries, a mix of grains, mods and sources."""
    rng = random.Random(seed)
    events = []
    for number in range(count):
        grain, length = rng.choice(GRAINS)
        start = datetime(1826, 1, 1) + timedelta(days=rng.random() * 73_000)
        source = rng.choice(SOURCES)
        events.append({
            "id": f"ev{number}", "start": start.isoformat(), "end": (start + length).isoformat(),
            "grain": grain, "mod": rng.choice((None, None, None, "APPROX", "START", "END")), "value": "",
            "label": f"{start:%d %b %Y}", "title": f"Event {number}: talks on the border question",
            "actors": [rng.choice(("Putin", "Tokayev", "Japarov"))], "langs": [rng.choice(("en", "ru"))],
            "sources": [{"document": f"doc{number % 400}", "title": f"Report {number % 400}", "url": None,
                         "source": source, "sentence": "…", "date_text": f"phrase {number}", "span": [0, 1]}],
            "related": [], "certainty": {"stated": [], "inferred": ["year"] if rng.random() < 0.2 else []},
        })
    return events


def ours(events: list[dict], path: Path) -> float:
    """Seconds to build our figure and write its offline page."""
    from charts import build_figure, page_html
    began = time.perf_counter()
    path.write_text(page_html(build_figure(events, group_by="source")), encoding="utf-8")
    return time.perf_counter() - began


def stock(events: list[dict], path: Path) -> float:
    """Seconds for plotly.express.timeline (lanes by source, the same hover fields) and write_html."""
    import pandas as pd
    import plotly.express as px
    began = time.perf_counter()
    frame = pd.DataFrame({"start": [e["start"] for e in events], "end": [e["end"] for e in events],
                          "source": [e["sources"][0]["source"] for e in events],
                          "title": [e["title"] for e in events], "label": [e["label"] for e in events],
                          "as_written": [e["sources"][0]["date_text"] for e in events]})
    figure = px.timeline(frame, x_start="start", x_end="end", y="source", color="source",
                         hover_data=["title", "label", "as_written"])
    figure.update_xaxes(rangeslider_visible=True)
    figure.write_html(str(path), include_plotlyjs=True)
    return time.perf_counter() - began


PLOTTED_HOOK = """(() => {
  let plotly;
  Object.defineProperty(window, "Plotly", {configurable: true, get() { return plotly; }, set(value) {
    plotly = value;
    const newPlot = value.newPlot;
    value.newPlot = function (...args) {
      return newPlot.apply(this, args).then(gd => {
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__plottedAt = performance.now(); }));
        return gd;
      });
    };
  }});
})();"""

DRAWN_EVENTS = """() => {
  const bars = document.querySelectorAll("div.js-plotly-plot .cartesianlayer g.trace.bars path").length;
  const paths = Array.from(document.querySelectorAll("div.js-plotly-plot .shapelayer path"))
    .reduce((count, path) => count + ((path.getAttribute("d") || "").match(/Z/g) || []).length, 0);
  return Math.max(bars, paths);
}"""

HOVER_TARGET = """() => {
  const gd = document.querySelector("div.js-plotly-plot"), layout = gd._fullLayout, box = gd.getBoundingClientRect();
  const bars = document.querySelectorAll("div.js-plotly-plot .cartesianlayer g.trace.bars path");
  if (bars.length) {
    const bar = bars[Math.floor(bars.length / 2)].getBoundingClientRect();
    return [bar.x + bar.width / 2, bar.y + bar.height / 2];
  }
  const trace = gd._fullData.find(t => t.customdata && t.customdata.length), i = Math.floor(trace.x.length / 2);
  const xa = layout.xaxis, ya = layout["yaxis" + (trace.yaxis || "y").slice(1)];
  return [box.left + xa._offset + xa.l2p(xa.d2l(trace.x[i])), box.top + ya._offset + ya.l2p(trace.y[i])];
}"""


def render(page, url: str, count: int) -> tuple[float, bool]:
    """Seconds until Chromium has plotted the page at `url` (all `count` events), and whether hover works."""
    page.goto(url)
    page.wait_for_function("window.__plottedAt", timeout=300_000)
    seconds = page.evaluate("window.__plottedAt") / 1000
    drawn = page.evaluate(DRAWN_EVENTS)
    if drawn < count:
        raise RuntimeError(f"{url}: {drawn} of {count} events drawn")
    x, y = page.evaluate(HOVER_TARGET)
    page.mouse.move(x, y)
    try:
        page.wait_for_selector(".hoverlayer g.hovertext", timeout=10_000)
    except Exception:  # noqa: BLE001 - a timeout means no hover label
        return seconds, False
    shown = page.locator(".hoverlayer g.hovertext").text_content()
    point = page.evaluate("() => document.querySelector('div.js-plotly-plot')._hoverdata[0].customdata")
    title = next(value for value in point if str(value).startswith("Event "))
    label = next(value for value in point if re.fullmatch(r"\d\d \w\w\w \d{4}", str(value)))
    return seconds, title in shown and label in shown


def serve(folder: Path):
    """A static file server for `folder` on 127.0.0.1 (returns the server and its base URL)."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    """Run the comparison and print a table with ratios (stock / ours)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench-charts")
    parser.add_argument("--repeat", type=int, default=3,
                        help="Builds and page loads of each chart (medians are shown).")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'events':>7} {'ours s':>8} {'stock s':>8} {'ratio':>6} {'ours MB':>8} {'stock MB':>9}")
    for size in args.sizes:
        events = synthetic_events(size)
        ours_path, stock_path = args.out / f"ours-{size}.html", args.out / f"stock-{size}.html"
        ours(events[:10], args.out / "warm.html")  # imports and caches out of the timing
        stock(events[:10], args.out / "warm.html")
        mine = statistics.median(ours(events, ours_path) for _ in range(args.repeat))
        theirs = statistics.median(stock(events, stock_path) for _ in range(args.repeat))
        print(f"{size:>7} {mine:>8.3f} {theirs:>8.3f} {theirs / mine:>6.1f} "
              f"{ours_path.stat().st_size / 1e6:>8.2f} {stock_path.stat().st_size / 1e6:>9.2f}")
    biggest = max(args.sizes)
    from playwright.sync_api import sync_playwright
    server, base = serve(args.out)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=BROWSER, args=BROWSER_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            context.add_init_script(PLOTTED_HOOK)
            page = context.new_page()
            runs: dict[str, list] = {"ours": [], "stock": []}
            for _ in range(args.repeat):  # alternate, so both see the same background load
                for name in runs:
                    runs[name].append(render(page, f"{base}/{name}-{biggest}.html", biggest))
            browser.close()
    finally:
        server.shutdown()
    mine, theirs = (statistics.median(seconds for seconds, _ in runs[name]) for name in ("ours", "stock"))
    mine_hover, their_hover = (all(hovered for _, hovered in runs[name]) for name in ("ours", "stock"))
    print(f"chromium, {biggest} events until plotted (median of {args.repeat}): "
          f"ours {mine:.2f} s (hover {'ok' if mine_hover else 'FAILED'}), "
          f"stock {theirs:.2f} s (hover {'ok' if their_hover else 'FAILED'}), ratio {theirs / mine:.1f}")
    for name in runs:
        print(f"  {name}: " + " ".join(f"{seconds:.2f}" for seconds, _ in runs[name]))


if __name__ == "__main__":
    main()
