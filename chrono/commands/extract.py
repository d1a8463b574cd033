"""`chrono extract`: mentions of one text, or of many as JSON lines."""
from __future__ import annotations

import json
import sys

import click

from ..engine import PREFERENCES, extract
from ..errors import ChronoError
from ..output import mentions_csv, timeml


def _fail(message: str) -> None:
    raise click.ClickException(message)


def _batch(prefer: str, lang: str | None) -> None:
    out = sys.stdout
    for number, line in enumerate(sys.stdin.buffer, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text", ""), str):
                raise ValueError("each line must be an object with a text string")
            mentions = extract(item.get("text", ""), item.get("ref"), item.get("lang") or lang,
                               item.get("prefer") or prefer)
            record = {"id": item.get("id"), "mentions": [m.to_dict() for m in mentions]}
        except (ValueError, ChronoError) as error:
            record = {"id": item.get("id") if isinstance(locals().get("item"), dict) else None,
                      "line": number, "error": str(error).splitlines()[0]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


@click.command("extract")
@click.argument("source", required=False, type=click.File("rb"), default="-")
@click.option("--ref", help="Reference (document) date, YYYY-MM-DD or ISO 8601.")
@click.option("--lang", help="Language code (detected when left out).")
@click.option("--prefer", type=click.Choice(PREFERENCES), default="nearest", show_default=True,
              help="Direction for dates the sentence's tense does not settle.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "timeml"]), default="json", show_default=True)
@click.option("--jsonl", is_flag=True, help='Batch: read {"id","text","ref","lang","prefer"} lines on stdin.')
def extract_command(source, ref, lang, prefer, fmt, jsonl) -> None:
    """Find and normalize the date and time phrases of SOURCE (a file, or - for stdin)."""
    if jsonl:
        _batch(prefer, lang)
        return
    raw = source.read()
    try:
        mentions = extract(raw, ref, lang, prefer)
    except ChronoError as error:
        _fail(str(error))
    if fmt == "json":
        click.echo(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(mentions_csv(mentions), nl=False)
    else:
        click.echo(timeml(raw.decode("utf-8"), mentions), nl=False)
