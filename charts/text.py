"""Event text made safe for plotly's pseudo-HTML labels, and shortened to fit."""
from __future__ import annotations

from html import escape


def plot_text(text: object) -> str:
    """Text with <, > and & escaped, so plotly shows it literally and never as markup."""
    return escape("" if text is None else str(text), quote=False)


def shorten(text: str, limit: int) -> str:
    """Text on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
