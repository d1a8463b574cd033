"""The one timeline serializer: events (contract dicts) as streamed JSON or CSV lines."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator

from .output import safe_cell

CSV_COLUMNS = ("id", "start", "end", "grain", "mod", "value", "label", "title", "sentence", "actors", "languages",
               "sources")
EVENT_FIELDS = ("id", "start", "end", "grain", "mod", "value", "label", "title", "actors", "langs", "sources",
                "related")
BOM = "\ufeff"


def contract_event(event: dict) -> dict:
    """An event reduced to the contract's fields, in the contract's order."""
    return {key: event.get(key) for key in EVENT_FIELDS}


def csv_row(event: dict) -> list[str]:
    """One event as CSV cells (formula-safe)."""
    sources = event.get("sources") or []
    cited = [_cite(s) for s in sources]
    cells = [event.get("id"), event.get("start"), event.get("end"), event.get("grain"), event.get("mod"),
             event.get("value"), event.get("label"), event.get("title"),
             sources[0].get("sentence") if sources else "", "; ".join(event.get("actors") or []),
             ", ".join(event.get("langs") or []), " | ".join(c for c in cited if c)]
    return [safe_cell(c) for c in cells]


def csv_lines(events: Iterable[dict], bom: bool = False) -> Iterator[str]:
    """The timeline as CSV (UTF-8, RFC 4180 quoting, CRLF), a header then one line an event, streamed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    yield (BOM if bom else "") + _drain(buffer)
    for event in events:
        writer.writerow(csv_row(event))
        yield _drain(buffer)


def json_chunks(events: Iterable[dict], indent: int | None = None) -> Iterator[str]:
    """The timeline as one JSON object {items, total, page, per_page} holding every event, streamed."""
    yield '{"items": ['
    count = 0
    for event in events:
        yield ("," if count else "") + ("\n" if indent else "") + json.dumps(contract_event(event), ensure_ascii=False,
                                                                            indent=indent)
        count += 1
    yield f'], "total": {count}, "page": 1, "per_page": {max(count, 1)}}}\n'


def _cite(source: dict) -> str:
    title, url = source.get("title") or "", source.get("url") or ""
    outlet = source.get("source") or ""
    head = f"{title} ({outlet})" if title and outlet else title or outlet
    return f"{head} <{url}>" if url else head


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
