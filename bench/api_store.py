"""A large store for the REST benchmark, written with bulk inserts instead of `ingest`.

Documents are recombined from the seeds' article sentences and moved to publication dates across 2016–2026 (month
names, day numbers and current years in the text move with them), then analysed by the engine exactly as ingest
analyses them. Their rows are built by the store's own row builders (`source_values`, `event_values`,
`member_json`) and inserted table by table with executemany batches. Sentences merge within their document as
ingest merges them; merging across documents is skipped (that is what makes `ingest` slow at this size), so every
document contributes its own events.
"""
from __future__ import annotations

import itertools
import json
import multiprocessing
import random
import re
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIRST_DAY, LAST_DAY = date(2016, 1, 1), date(2026, 6, 30)
CURRENT_YEARS = 3  # years this close to a seed's publication year are "current" and move with the document
OUTLETS = ("Wire", "KP.RU", "QALAMPIR.UZ", "Daily Ledger", None)
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
RUSSIAN_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                    "октября", "ноября", "декабря")
RUSSIAN_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                         "октябре", "ноябре", "декабре")
MONTH_TABLES = (ENGLISH_MONTHS, RUSSIAN_GENITIVE, RUSSIAN_PREPOSITIONAL)
_MONTH_WORD = re.compile(r"\b(" + "|".join(name for table in MONTH_TABLES for name in table) + r")\b")
_DAY_BEFORE_MONTH = re.compile(r"\b([1-9]|[12]\d|3[01])\b(?=(?:\s*[–-]\s*\d{1,2})?\s+(?:" + "|".join(
    ENGLISH_MONTHS + RUSSIAN_GENITIVE) + r")\b)")
_DAY_AFTER_MONTH = re.compile(r"\b(" + "|".join(ENGLISH_MONTHS) + r") ([1-9]|[12]\d|3[01])\b")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
INSERT_BATCH = 2000
ROUND = 1000  # documents analysed between two insert transactions


def seed_sentences() -> dict[str, list[tuple[str, int]]]:
    """The seeds' article sentences (page furniture left out) by language, each with its report's year."""
    from chrono.boilerplate import segments
    from chrono.text import sentence_spans
    found: dict[str, list[tuple[str, int]]] = {}
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        furniture = [(s.start, s.end) for s in segments(text) if s.furniture]
        for start, end in sentence_spans(text):
            inside_furniture = any(a <= start < b for a, b in furniture)
            if not inside_furniture and end - start > 40:
                found.setdefault(entry["lang"], []).append((text[start:end], int(entry["published"][:4])))
    return found


def move_dates(sentence: str, seed_year: int, year: int, months: int, days: int) -> str:
    """The sentence with month names `months` later, day numbers up to `days` later (kept within 1–28) and current years moved."""
    def month(match: re.Match) -> str:
        for table in MONTH_TABLES:
            if match.group() in table:
                return table[(table.index(match.group()) + months) % 12]
        return match.group()

    numbers = [int(m.group()) for m in _DAY_BEFORE_MONTH.finditer(sentence)]
    numbers += [int(m.group(2)) for m in _DAY_AFTER_MONTH.finditer(sentence)]
    low, high = (1 - min(numbers), 28 - max(numbers)) if numbers else (0, 0)
    shift = min(max(days, low), high) if low <= high else 0

    def day(number: str) -> str:
        return str(int(number) + shift)

    def current_year(match: re.Match) -> str:
        found = int(match.group())
        return str(found + year - seed_year) if abs(found - seed_year) <= CURRENT_YEARS else match.group()

    moved_days = _DAY_AFTER_MONTH.sub(lambda m: f"{m.group(1)} {day(m.group(2))}",
                                      _DAY_BEFORE_MONTH.sub(lambda m: day(m.group()), sentence))
    return _YEAR.sub(current_year, _MONTH_WORD.sub(month, moved_days))


def recombined_documents(count: int, seed: int = 11):
    """`count` documents of 4–8 seed sentences of one language, moved to a random date in 2016–2026."""
    rng = random.Random(seed)
    pool = seed_sentences()
    langs = sorted(pool)
    span = (LAST_DAY - FIRST_DAY).days
    for number in range(count):
        lang = langs[number % len(langs)]
        published = FIRST_DAY + timedelta(days=rng.randint(0, span))
        months, days = rng.randrange(12), rng.randint(-12, 12)
        picked = rng.sample(pool[lang], k=min(len(pool[lang]), rng.randint(4, 8)))
        text = "\n".join(move_dates(s, year, published.year, months, days) for s, year in picked)
        yield {"text": text, "title": f"Recombined report {number}", "url": f"https://example.org/report/{number}",
               "source": rng.choice(OUTLETS), "lang": lang, "published": published.isoformat()}


def document_rows(fields: dict) -> dict[str, list[dict]]:
    """The rows `ingest` would store for one document (merged within the document only), by table name."""
    from chrono.engine import parse_ref
    from chrono.events import event_id
    from chrono.merge import COMPARED_MEMBERS, member, merge_events, source_order
    from chrono.store.models import DocumentRow
    from chrono.store.records import event_values, key_values, member_json, source_values
    from chrono.store.repository import analyse, prepare_document

    document = prepare_document(**fields)
    parts, mentions, sentences = analyse(document)
    row = dict(id=document.id, title=document.title, url=document.url, source=document.source, lang=document.lang,
               published=document.published, published_at=parse_ref(document.published) if document.published else None,
               text=document.text, created_at=datetime.now(timezone.utc).replace(tzinfo=None))
    if "analysis" in DocumentRow.__table__.c:
        row["analysis"] = _analysis_fingerprint()
    published = {document.id: document.published or ""}
    by_id = {s.id: s for s in sentences}
    events, keys, owner = [], [], {}
    for event in merge_events(sentences, published):
        keys += key_values(event)
        member_ids = [event_id(s.document, s.span[0], s.date_text) for s in event.sources]
        compared = [by_id[i] for i in member_ids if i in by_id][:COMPARED_MEMBERS]
        events.append(event_values(event, document.published,
                                   [member_json(member(s), source_order(s, published)) for s in compared]))
        owner.update({i: event.id for i in member_ids})
    return {
        "documents": [row],
        "segments": [dict(document_id=document.id, ordinal=i, start_offset=s.start, end_offset=s.end,
                          furniture=s.furniture, reason=s.reason) for i, s in enumerate(parts)],
        "mentions": [dict(document_id=document.id, ordinal=i, start_offset=m.start, end_offset=m.end, text=m.text,
                          type=m.type, value=m.value[:80], start_at=m.time.start, end_at=m.time.end, data=m.to_dict())
                     for i, m in enumerate(mentions)],
        "events": events,
        "event_keys": keys,
        "event_sources": [source_values(s, owner.get(s.id)) for s in sentences],
    }


def _analysis_fingerprint() -> str | None:
    try:
        from chrono.fingerprint import analysis_fingerprint
    except ImportError:
        return None
    return analysis_fingerprint()


TABLE_ORDER = ("documents", "segments", "mentions", "events", "event_keys", "event_sources")


def insert_rows(store, pending: dict[str, list[dict]]) -> None:
    """Insert the pending rows table by table in one write transaction (executemany batches), then empty them."""
    from sqlalchemy import insert
    from chrono.store.models import Base
    with store.write() as session:
        for name in TABLE_ORDER:
            rows = pending[name]
            for first in range(0, len(rows), INSERT_BATCH):
                session.execute(insert(Base.metadata.tables[name]), rows[first:first + INSERT_BATCH])
            rows.clear()


def event_count(store) -> int:
    """How many canonical events the store holds."""
    from sqlalchemy import text
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM events")).scalar()


def build_store(url: str, events: int, processes: int = 2, seed: int = 11) -> dict:
    """Fill the store at `url` with at least `events` events (nothing done if it has them); what it took."""
    from sqlalchemy import text
    from chrono.store import open_store
    store = open_store(url)
    present = event_count(store)
    if present >= events:
        store.engine.dispose()
        return {"events": present, "documents": None, "build_seconds": 0.0}
    started, stored, documents = time.perf_counter(), present, 0
    pending: dict[str, list[dict]] = {name: [] for name in TABLE_ORDER}
    seen: set[str] = set()
    generated = recombined_documents(10 * events, seed=seed + present)
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        while stored < events:
            round_fields = list(itertools.islice(generated, ROUND))
            if not round_fields:
                break
            for rows in pool.imap(document_rows, round_fields, chunksize=16):
                if rows["documents"][0]["id"] in seen:
                    continue
                seen.add(rows["documents"][0]["id"])
                for name in TABLE_ORDER:
                    pending[name].extend(rows[name])
                stored += len(rows["events"])
                documents += 1
                if stored >= events:
                    break
            insert_rows(store, pending)
            print(f"  {stored} events from {documents} documents, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        # PostgreSQL: set the freshly written pages' visibility hints now, not on the first reads under load.
        connection.execute(text("ANALYZE" if store.is_sqlite else "VACUUM (ANALYZE)"))
    store.engine.dispose()
    return {"events": stored, "documents": documents, "build_seconds": round(time.perf_counter() - started, 1)}
