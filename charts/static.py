"""PNG and SVG of a figure through kaleido and a locally installed Chromium (never downloaded)."""
from __future__ import annotations

import os
import shutil
import threading
from typing import Any

import plotly.graph_objects as go

FORMATS = ("png", "svg")
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
DEFAULT_SIZE = (1200, 600)


class StaticExportUnavailable(RuntimeError):
    """No browser to draw PNG or SVG with (HTML exports still work)."""


def browser_path() -> str:
    """The Chrome-family browser kaleido should drive: $BROWSER_PATH, else one found on PATH."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return configured
        raise StaticExportUnavailable(
            f"BROWSER_PATH={configured!r} is not an executable; install Chromium "
            "(`apt-get install chromium`) or point BROWSER_PATH at it. HTML charts still work.")
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise StaticExportUnavailable(
        "PNG and SVG export need a Chromium browser and none was found: run `apt-get install chromium` "
        "(or set BROWSER_PATH). HTML charts still work.")


class StaticExporter:
    """Renders figures to PNG/SVG, keeping one headless browser alive between calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._started = False

    def render(self, figure: go.Figure | dict[str, Any], fmt: str = "png",
               width: int | None = None, height: int | None = None) -> bytes:
        """The image bytes of `figure` as PNG or SVG."""
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        import kaleido

        spec = figure.to_plotly_json() if isinstance(figure, go.Figure) else figure
        layout = spec.get("layout", {})
        opts = {"format": fmt,
                "width": width or layout.get("width") or DEFAULT_SIZE[0],
                "height": height or layout.get("height") or DEFAULT_SIZE[1]}
        with self._lock:
            self._start(kaleido)
            result = kaleido.calc_fig_sync(spec, opts=opts)
        if isinstance(result, BaseException):
            raise result
        return result

    def close(self) -> None:
        """Stop the browser (it starts again on the next render)."""
        import kaleido

        with self._lock:
            if self._started:
                kaleido.stop_sync_server(silence_warnings=True)
                self._started = False

    def _start(self, kaleido) -> None:
        if self._started:
            return
        kaleido.start_sync_server(path=browser_path(), mathjax=False, silence_warnings=True)
        self._started = True


_exporter = StaticExporter()


def render_image(figure: go.Figure | dict[str, Any], fmt: str = "png",
                 width: int | None = None, height: int | None = None) -> bytes:
    """PNG or SVG bytes of a figure, through the process's one kept-alive browser."""
    return _exporter.render(figure, fmt, width, height)
