"""Ingest speed and window-query time on documents recombined from real seed sentences (not run in CI).

Run: .venv/bin/python bench/ingest.py [--docs 10000] [--db URL ...]
Default targets: a fresh SQLite file and a fresh schema on postgresql://postgres@127.0.0.1:5432/test.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from chrono.boilerplate import segments
from chrono.store import ingest, list_events, open_store
from chrono.text import sentence_spans

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def seed_sentences() -> dict[str, list[tuple[str, str]]]:
    """Article sentences of the seeds by language, each with its report's publication date."""
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        furniture = [(s.start, s.end) for s in segments(text) if s.furniture]
        for start, end in sentence_spans(text):
            if not any(a <= start < b for a, b in furniture) and end - start > 40:
                by_lang.setdefault(entry["lang"], []).append((text[start:end], entry["published"]))
    return by_lang


def documents(count: int, rng: random.Random):
    """`count` documents, each 4–8 seed sentences of one language with a seed's publication date."""
    pool = seed_sentences()
    langs = sorted(pool)
    for number in range(count):
        lang = langs[number % len(langs)]
        picked = rng.sample(pool[lang], k=min(len(pool[lang]), rng.randint(4, 8)))
        published = picked[0][1]
        yield {"text": "\n".join(s for s, _ in picked), "title": f"Recombined report {number}", "lang": lang,
               "published": published, "source": rng.choice(["KP.RU", "QALAMPIR.UZ", "Wire", None])}


def run(url: str, count: int, seed: int) -> None:
    """Ingest into one store and print docs/s and the one-month window query time."""
    store = open_store(url)
    rng = random.Random(seed)
    started, created = time.perf_counter(), 0
    for number, fields in enumerate(documents(count, rng), start=1):
        created += ingest(store, **fields)[1]
        if number % 1000 == 0:
            print(f"  {number} documents, {number / (time.perf_counter() - started):.1f} docs/s", flush=True)
    elapsed = time.perf_counter() - started
    timings = []
    for _ in range(20):
        t = time.perf_counter()
        items, total = list_events(store, from_="2025-12", to="2025-12", per_page=50)
        timings.append((time.perf_counter() - t) * 1000)
    name = store.engine.dialect.name
    print(f"{name}: {count} documents ({created} new) in {elapsed:.1f} s = {count / elapsed:.1f} docs/s; "
          f"one-month window (2025-12, {total} events, first page of 50): median {statistics.median(timings):.1f} ms, "
          f"max {max(timings):.1f} ms", flush=True)
    store.engine.dispose()


def main() -> None:
    """Parse the arguments and benchmark each target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--db", action="append", help="database URL (repeatable)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    targets = args.db or [f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}", _postgres_schema()]
    for url in targets:
        run(url, args.docs, args.seed)


def _postgres_schema() -> str:
    import psycopg
    schema = f"chrono_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    print(f"PostgreSQL schema {schema} (drop it when done)")
    return f"{POSTGRES}?options=-csearch_path%3D{schema}"


if __name__ == "__main__":
    main()
