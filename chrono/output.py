"""Mentions as JSON, CSV or TimeML text."""
from __future__ import annotations

import csv
import io

from .model import Mention

CSV_FIELDS = ("start", "end", "text", "type", "value", "mod", "interval_start", "interval_end",
              "grain", "anchor", "rule")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def mentions_csv(mentions: list[Mention]) -> str:
    """One CSV row a mention, RFC 4180 quoting, formula-safe cells."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for m in mentions:
        writer.writerow([safe_cell(v) for v in (
            m.start, m.end, m.text, m.type, m.value, m.time.mod,
            m.time.start.isoformat() if m.time.start else "", m.time.end.isoformat() if m.time.end else "",
            m.time.grain, m.time.anchor.kind, m.rule)])
    return out.getvalue()


def timeml(text: str, mentions: list[Mention]) -> str:
    """The text with TIMEX3 tags (a range is tagged as its endpoints, as TempEval does)."""
    from xml.sax.saxutils import escape, quoteattr  # only here: it pulls in urllib and http at import
    tags = [part for m in mentions for part in (m.parts or [m])]
    out, cursor = ["<TimeML>\n<TEXT>"], 0
    for i, m in enumerate(sorted(tags, key=lambda t: t.start), start=1):
        out.append(escape(text[cursor:m.start]))
        attrs = f'tid="t{i}" type="{m.type}" value={quoteattr(m.value)}'
        if m.time.mod:
            attrs += f' mod="{m.time.mod}"'
        out.append(f"<TIMEX3 {attrs}>{escape(text[m.start:m.end])}</TIMEX3>")
        cursor = m.end
    out.append(escape(text[cursor:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)
