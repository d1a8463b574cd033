"""`chrono export`: the stored timeline as CSV or JSON, every matching event, streamed."""
from __future__ import annotations

import sys

import click

from .filters import timeline_filters


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@timeline_filters
@click.option("--bom", is_flag=True, help="Start the CSV with a UTF-8 byte order mark (for spreadsheets).")
@click.option("--db", "database_url", envvar="DATABASE_URL", help="Database URL (default: $DATABASE_URL or ./chrono.db).")
def export_command(fmt, from_, to, q, actor, lang, source, bom, database_url) -> None:
    """Write the events matching the filters, in time order, as CSV or JSON to standard output."""
    from ..errors import ChronoError
    from ..store import iter_events, open_store
    from ..timeline import csv_lines, json_chunks
    store = open_store(database_url)
    try:
        events = iter_events(store, from_=from_, to=to, q=q, actor=actor, lang=lang, source=source)
        chunks = csv_lines(events, bom=bom) if fmt == "csv" else json_chunks(events)
        out = sys.stdout
        for chunk in chunks:
            out.write(chunk)
    except ChronoError as error:
        raise click.ClickException(str(error).splitlines()[0]) from None
    finally:
        store.engine.dispose()
