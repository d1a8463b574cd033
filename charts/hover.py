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


def hover_fields(item: ChartItem) -> list[str]:
    """The per-event hover values (event text escaped): id, title, label, phrases as written, value, sources."""
    event = item.event
    phrases = _distinct(source.get("date_text") for source in event.get("sources") or [])
    written = "; ".join(f"«{plot_text(shorten(p, 80))}»" for p in phrases[:MAX_SOURCES]) or "—"
    sources = _distinct(_source_name(source) for source in event.get("sources") or [])
    named = ", ".join(plot_text(shorten(name, 90)) for name in sources[:MAX_SOURCES]) or "—"
    if len(sources) > MAX_SOURCES:
        named += f" (+{len(sources) - MAX_SOURCES})"
    return [str(event.get("id", "")), plot_text(shorten(str(event.get("title") or ""), MAX_TITLE)),
            plot_text(event_label(event)), written, plot_text(event.get("value") or "—"), named]


def hover_template(style: str, words: dict[str, str]) -> str:
    """The hover box of a trace as plotly's template over hover_fields (shared by all its bars)."""
    certainty = "" if style == EXACT else f" · <i>{plot_text(words[style])}</i>"
    return (f"<b>%{{customdata[1]}}</b><br>%{{customdata[2]}}{certainty}"
            f"<br>{plot_text(words['as_written'])}: %{{customdata[3]}}"
            f"<br>{plot_text(words['value'])}: %{{customdata[4]}}"
            f"<br>{plot_text(words['sources'])}: %{{customdata[5]}}<extra></extra>")


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
