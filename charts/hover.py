"""Hover text of a chart item: the date phrase as written, the label, title and sources, all escaped."""
from __future__ import annotations

from typing import Any

from .certainty import EXACT
from .items import ChartItem
from .text import plot_text, shorten

MAX_TITLE = 120
MAX_SOURCES = 3


def event_label(event: dict[str, Any], lang: str | None = None) -> str:
    """The human date label of an event: its `label` field, else chrono.label's (in the event's language)."""
    lang = lang or next(iter(event.get("langs") or []), None) or "en"
    if event.get("label"):
        return str(event["label"])
    from chrono.label import label
    try:
        return label(event.get("start"), event.get("end"), event.get("grain"), event.get("mod"), lang)
    except (TypeError, ValueError):
        return str(event.get("value") or event.get("start") or "")


def hover_html(item: ChartItem, words: dict[str, str], lang: str) -> str:
    """The hover box of one item as plotly's pseudo-HTML, every piece of event text escaped."""
    event = item.event
    title = shorten(str(event.get("title") or ""), MAX_TITLE)
    lines = [f"<b>{plot_text(title)}</b>", plot_text(event_label(event))]
    style = item.certainty.style
    if style != EXACT:
        lines[-1] += f" · <i>{plot_text(words[style])}</i>"
    phrases = _distinct(source.get("date_text") for source in event.get("sources") or [])
    if phrases:
        lines.append(f"{plot_text(words['as_written'])}: " + "; ".join(f"«{plot_text(p)}»" for p in phrases[:MAX_SOURCES]))
    lines.append(f"{plot_text(words['interval'])}: {_moment(item.start)} – {_moment(item.end)}")
    sources = _distinct(_source_name(source) for source in event.get("sources") or [])
    if sources:
        more = len(sources) - MAX_SOURCES
        text = ", ".join(plot_text(shorten(name, 90)) for name in sources[:MAX_SOURCES])
        if more > 0:
            text += f" (+{more} {plot_text(words['more'])})"
        lines.append(f"{plot_text(words['sources'])}: {text}")
    return "<br>".join(lines)


def _source_name(source: dict[str, Any]) -> str | None:
    outlet, title = source.get("source"), source.get("title")
    if outlet and title:
        return f"{outlet}: {title}"
    return outlet or title or source.get("url") or source.get("document")


def _distinct(values) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and str(value) not in seen:
            seen.append(str(value))
    return seen


def _moment(moment) -> str:
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    return moment.isoformat(sep=" ", timespec="minutes")
