"""`chrono chart`: the stored timeline drawn to an HTML page (offline), PNG or SVG file."""
from __future__ import annotations

import os
from pathlib import Path

import click

from .filters import timeline_filters

GROUPINGS = ("none", "source", "lang", "actor")
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".png": "png", ".svg": "svg"}


@click.command("chart")
@timeline_filters
@click.option("--group-by", type=click.Choice(GROUPINGS), default="source", show_default=True,
              help="Lanes of the chart.")
@click.option("--title", help="Chart title.")
@click.option("--width", type=click.IntRange(200, 4000), help="Image width in pixels (PNG/SVG).")
@click.option("--height", type=click.IntRange(200, 4000), help="Image height in pixels.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="FILE.html (works offline), FILE.png or FILE.svg.")
def chart_command(from_, to, q, lang, actor, source, group_by, title, width, height, out: Path) -> None:
    """Draw the stored events matching the filters (DATABASE_URL selects the store) to --out."""
    from charts import StaticExportUnavailable, build_figure, page_html, render_image
    from charts.query import QueryError, parse_query
    from charts.source import matching_events
    from chrono import store as repository

    fmt = SUFFIX_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise click.UsageError("--out must end in .html, .png or .svg")
    args = {"from": from_, "to": to, "q": q, "lang": list(lang), "actor": list(actor), "source": list(source),
            "group_by": group_by}
    try:
        query = parse_query({key: value for key, value in args.items() if value})
    except QueryError as error:
        raise click.BadParameter(str(error), param_hint=f"--{error.field.replace('_', '-')}") from None
    store = repository.open_store(os.environ.get("DATABASE_URL"))
    try:
        events = matching_events(store, query.store_filters)
    finally:
        engine = getattr(store, "engine", None)
        if engine is not None:
            engine.dispose()
    static = fmt != "html"
    figure = build_figure(events, group_by, title=title, lang=query.lang, width=width if static else None,
                          height=height, slider=not static)
    if static:
        try:
            out.write_bytes(render_image(figure, fmt, width, height))
        except StaticExportUnavailable as error:
            raise click.ClickException(str(error)) from None
    else:
        out.write_text(page_html(figure), encoding="utf-8")
    drawn = figure.layout.meta["events"]
    click.echo(f"{drawn} dated events drawn to {out} ({len(events) - drawn} undated left out)", err=True)
