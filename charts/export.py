"""The figure as a full offline HTML page, an embeddable fragment and an <iframe> snippet."""
from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from functools import lru_cache
from html import escape, unescape
from pathlib import Path
from typing import Any

import numpy
import plotly
import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

from .i18n import RU_LOCALE

PLOTLY_JS_PATH = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
PLOTLY_JS_URL = "/static/plotly.min.js"


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """The plotly.js bundle shipped inside the plotly package."""
    source = PLOTLY_JS_PATH.read_text(encoding="utf-8")
    if "</script" in source.lower():
        raise RuntimeError(f"{PLOTLY_JS_PATH} cannot be inlined: it contains </script")
    return source


def chart_config(lang: str = "en") -> dict[str, Any]:
    """The plotly.js config every export uses: responsive, no logo, no remote links, the chart's locale."""
    return {"responsive": True, "displaylogo": False, "scrollZoom": True, "showLink": False,
            "locale": lang, "toImageButtonOptions": {"format": "png", "filename": "timeline"}}


def figure_json(figure: go.Figure) -> str:
    """The figure as compact UTF-8 JSON safe to place inside a <script> element."""
    spec = figure.to_plotly_json()
    try:
        text = json.dumps(spec, default=_plain, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # a NaN or infinity: plotly's encoder writes them as null
        text = json.dumps(spec, cls=PlotlyJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return _script_safe(text)


def _plain(value: Any) -> Any:
    """The JSON form of what figures hold besides plain values: numpy arrays and numbers, dates."""
    if isinstance(value, (numpy.ndarray, numpy.generic)):
        return value.tolist()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return PlotlyJSONEncoder().default(value)


def page_html(figure: go.Figure, title: str | None = None, plotly_url: str | None = None) -> str:
    """A complete HTML page; plotly.js inlined (opens offline, from a file) unless `plotly_url` is given."""
    lang = _lang(figure)
    heading = escape(title if title is not None else _title(figure))
    library = f'<script src="{escape(plotly_url)}" charset="utf-8"></script>' if plotly_url else \
        f'<script>{plotly_js()}</script>'
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{heading}</title>\n'
        '<style>body{margin:0;font-family:sans-serif}.chrono-chart{width:100%}</style>\n'
        f'{library}\n</head>\n<body>\n'
        f'{_plot_div(figure, loader_url=None)}\n</body>\n</html>\n'
    )


def fragment_html(figure: go.Figure, plotly_url: str = PLOTLY_JS_URL) -> str:
    """A <div> and <script> that draw the chart in any page, loading plotly.js from `plotly_url` once."""
    return _plot_div(figure, loader_url=plotly_url)


def iframe_html(url: str, width: int | str = "100%", height: int = 520, title: str = "Timeline") -> str:
    """An <iframe> snippet that embeds the chart page at `url`."""
    return (f'<iframe src="{escape(url)}" width="{escape(str(width))}" height="{int(height)}" '
            f'title="{escape(title)}" style="border:0" loading="lazy"></iframe>')


def _plot_div(figure: go.Figure, loader_url: str | None) -> str:
    div_id = "chrono-chart-" + uuid.uuid4().hex[:12]
    lang = _lang(figure)
    config = _script_safe(json.dumps(chart_config(lang)))
    locale = _script_safe(json.dumps(RU_LOCALE)) if lang == "ru" else "null"
    draw = (f'function draw(){{var chronoFigure={figure_json(figure)},chronoLocale={locale};'
            'if(chronoLocale&&!draw.registered){Plotly.register(chronoLocale);draw.registered=true;}'
            f'Plotly.newPlot(document.getElementById("{div_id}"),chronoFigure.data,chronoFigure.layout,{config});}}')
    if loader_url is None:
        start = "draw();"
    else:
        start = ('if(window.Plotly){draw();}else{var s=document.querySelector("script[data-chrono-plotly]");'
                 'if(!s){s=document.createElement("script");'
                 f's.src={_script_safe(json.dumps(loader_url))};s.setAttribute("data-chrono-plotly","");'
                 's.charset="utf-8";document.head.appendChild(s);}'
                 's.addEventListener("load",draw);}')
    return (f'<div id="{div_id}" class="chrono-chart"></div>\n'
            f'<script>(function(){{{draw}{start}}})();</script>')


def _script_safe(text: str) -> str:
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def _lang(figure: go.Figure) -> str:
    meta = figure.layout.meta or {}
    return meta.get("lang", "en") if isinstance(meta, dict) else "en"


def _title(figure: go.Figure) -> str:
    text = figure.layout.title.text if figure.layout.title else None
    return unescape(text or "Timeline")
