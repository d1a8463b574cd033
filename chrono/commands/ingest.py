"""`chrono ingest`: store documents (txt, md, html, JSONL, or a directory with manifest.json) with their events."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import click

FIELDS = ("text", "title", "url", "source", "lang", "published")
TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PROGRESS_FROM = 20
BATCH = 200  # documents stored per transaction


def read_documents(path: Path) -> Iterator[dict]:
    """Document field dicts read from a file or a directory (manifest.json gives fields; else every file)."""
    if path.is_dir():
        manifest = path / "manifest.json"
        if manifest.exists():
            entries = _json(manifest)
            if not isinstance(entries, list):
                raise click.ClickException(f"{manifest}: expected a JSON list of documents")
            for entry in entries:
                if not isinstance(entry, dict) or "file" not in entry:
                    raise click.ClickException(f"{manifest}: every entry needs a 'file'")
                for document in read_documents(path / entry["file"]):
                    document.update({k: entry[k] for k in FIELDS if k != "text" and entry.get(k) is not None})
                    yield document
            return
        for child in sorted(path.iterdir()):
            if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}:
                yield from read_documents(child)
        return
    if not path.exists():
        raise click.ClickException(f"{path}: no such file or directory")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(path)
    elif suffix in HTML_SUFFIXES:
        yield _html(path)
    else:
        text = _read_text(path)
        yield {"text": text, "title": _markdown_title(text) if suffix in (".md", ".markdown") else None}


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", help="Document date (YYYY-MM-DD or ISO 8601) for documents that give none.")
@click.option("--lang", help="Language code for documents that give none (detected when left out).")
@click.option("--db", "database_url", envvar="DATABASE_URL", help="Database URL (default: $DATABASE_URL or ./chrono.db).")
def ingest_command(paths, published, lang, database_url) -> None:
    """Store the documents at PATHS with their mentions and events, merging events across documents."""
    from ..errors import ChronoError
    from ..store import ingest_many, open_store
    documents = [d for path in paths for d in read_documents(path)]
    for fields in documents:
        fields["published"] = fields.get("published") or published
        fields["lang"] = fields.get("lang") or lang
    store = open_store(database_url)
    try:
        with click.progressbar(documents, label="ingesting", file=sys.stderr,
                               hidden=len(documents) < PROGRESS_FROM) as bar:
            results = ingest_many(store, bar, batch_size=BATCH)
    except ChronoError as error:
        raise click.ClickException(str(error).splitlines()[0]) from None
    finally:
        store.engine.dispose()
    created = sum(new for _, new in results)
    click.echo(f"{len(documents)} documents read, {created} new, {len(documents) - created} already stored")


def _jsonl(path: Path) -> Iterator[dict]:
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise click.ClickException(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise click.ClickException(f"{path}:{number}: each line must be an object with a text string")
        yield {k: item.get(k) for k in FIELDS}


def _html(path: Path) -> dict:
    import trafilatura
    html = _read_text(path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise click.ClickException(f"{path}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    return {"text": text, "title": getattr(meta, "title", None), "url": getattr(meta, "url", None),
            "source": getattr(meta, "sitename", None), "published": getattr(meta, "date", None)}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise click.ClickException(f"{path}: not valid UTF-8 (byte {error.start})") from None
    except OSError as error:
        raise click.ClickException(f"{path}: {error.strerror}") from None


def _json(path: Path):
    try:
        return json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise click.ClickException(f"{path}: not JSON ({error.msg} at line {error.lineno})") from None


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
    return None
