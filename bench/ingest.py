"""Ingest speed and one-month window query time on documents recombined from real seed sentences (not run in CI).

Each document is 4–8 article sentences of one seed language with a publication date drawn from 2016–2026; the years
near a seed's own date and the day numbers of its date phrases move with it, so events spread over ten years
instead of piling into the seeds' few days (historical years such as 1991 stay). Documents go in with
`ingest_many` (one transaction per batch).

Run: .venv/bin/python bench/ingest.py [--docs 10000] [--batch 200] [--db URL ...]
Default targets: a fresh SQLite file and a fresh schema on postgresql://postgres@127.0.0.1:5432/test (both removed
after the run).
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from chrono.store import ingest_many, list_events, open_store
from chrono.store.query import window_plan
from api_store import seed_sentences  # bench/ is on the path of its own scripts

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
FIRST_DAY, LAST_DAY = date(2016, 1, 1), date(2026, 6, 30)
NEAR_YEARS = 3  # years this close to a seed's date are "current" and move with the document's date
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)")
_DAYS_BEFORE = re.compile(rf"\b(\d{{1,2}})(?:\s*[–-]\s*(\d{{1,2}}))?(?=\s+{_MONTHS}\b)")
_DAYS_AFTER = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def moved(sentence: str, seed_year: int, year: int, rng: random.Random) -> str:
    """The sentence with its current years moved to the document's year and its day numbers shifted together."""
    days = [int(d) for m in (*_DAYS_BEFORE.finditer(sentence), *_DAYS_AFTER.finditer(sentence))
            for d in re.findall(r"\d+", m.group())]
    if days and min(days) >= 1 and max(days) <= 31:
        low, high = 1 - min(days), 28 - max(days)
        shift = rng.randint(low, high) if low <= high else 0
        bump = lambda m: "".join(str(int(g) + shift) if g and g.isdigit() else g  # noqa: E731
                                 for g in re.split(r"(\d+)", m.group()))
        sentence = _DAYS_AFTER.sub(bump, _DAYS_BEFORE.sub(bump, sentence))
    return _YEAR.sub(lambda m: str(int(m.group()) + year - seed_year)
                     if abs(int(m.group()) - seed_year) <= NEAR_YEARS else m.group(), sentence)


def documents(count: int, rng: random.Random):
    """`count` documents, each 4–8 seed sentences of one language moved to a random date in 2016–2026."""
    pool = seed_sentences()
    langs = sorted(pool)
    span = (LAST_DAY - FIRST_DAY).days
    for number in range(count):
        lang = langs[number % len(langs)]
        published = FIRST_DAY + timedelta(days=rng.randint(0, span))
        picked = rng.sample(pool[lang], k=min(len(pool[lang]), rng.randint(4, 8)))
        text = "\n".join(moved(s, seed_year, published.year, rng) for s, seed_year in picked)
        yield {"text": text, "title": f"Recombined report {number}", "lang": lang, "published": published.isoformat(),
               "source": rng.choice(["KP.RU", "QALAMPIR.UZ", "Wire", None])}


def run(url: str, count: int, batch: int, seed: int) -> None:
    """Ingest into one store; print docs/s, the window query's plan and its p50/p99 over many months."""
    store = open_store(url)
    name = store.engine.dialect.name
    docs = list(documents(count, random.Random(seed)))
    started, created = time.perf_counter(), 0
    for first in range(0, count, 1000):
        created += sum(new for _, new in ingest_many(store, docs[first:first + 1000], batch_size=batch))
        done = min(first + 1000, count)
        print(f"  {name}: {done} documents, {done / (time.perf_counter() - started):.1f} docs/s", flush=True)
    elapsed = time.perf_counter() - started
    with store.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
        events, sources = (connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                           for t in ("events", "event_sources"))
    store.engine.dispose()
    print(f"{name}: {count} documents ({created} new) in {elapsed:.1f} s = {count / elapsed:.1f} docs/s; "
          f"{sources} sentences in {events} events", flush=True)
    # Queries are timed in a fresh process, as a server process would run them (not beside the ingest's heap).
    subprocess.run([sys.executable, __file__, "--windows", url, "--seed", str(seed)], check=True)


def time_windows(url: str, seed: int) -> None:
    """Print the plan of the busiest month's window query and p50/p99 of one-month window queries."""
    store = open_store(url, migrate=False)
    name = store.engine.dialect.name
    with store.engine.connect() as connection:
        months = Counter(row[0][:7] for row in connection.execute(
            text("SELECT CAST(start_at AS VARCHAR(7)) FROM events WHERE span_class = 0")))
    busiest = months.most_common(1)[0][0]
    print(f"{name}: plan of the one-month window {busiest} (first page of 50):\n{window_plan(store, busiest, busiest)}")
    windows = [busiest] + random.Random(seed).sample(sorted(months), k=min(99, len(months)))
    timings, totals = [], []
    for month in windows * 3:
        t = time.perf_counter()
        items, total = list_events(store, from_=month, to=month, per_page=50)
        timings.append((time.perf_counter() - t) * 1000)
        totals.append(total)
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"{name}: one-month window, first page of 50 with sources ({len(timings)} queries over {len(windows)} "
          f"months, {min(totals)}–{max(totals)} events each, busiest {busiest}): p50 "
          f"{statistics.median(timings):.1f} ms, p99 {p99:.1f} ms, max {timings[-1]:.1f} ms", flush=True)
    store.engine.dispose()


def main() -> None:
    """Parse the arguments and benchmark each target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--db", action="append", help="database URL (repeatable)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--windows", metavar="URL", help="only time window queries on an ingested store")
    args = parser.parse_args()
    if args.windows:
        time_windows(args.windows, args.seed)
        return
    if args.db:
        for url in args.db:
            run(url, args.docs, args.batch, args.seed)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{Path(folder) / 'bench.db'}", args.docs, args.batch, args.seed)
    schema = f"chrono_bench_{uuid.uuid4().hex[:8]}"
    _postgres(f'CREATE SCHEMA "{schema}"')
    try:
        run(f"{POSTGRES}?options=-csearch_path%3D{schema}", args.docs, args.batch, args.seed)
    finally:
        _postgres(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _postgres(statement: str) -> None:
    import psycopg
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(statement)


if __name__ == "__main__":
    main()
