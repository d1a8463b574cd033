"""REST speed: 100,000 events behind `chrono serve --workers 2`, driven from a second process.

Run: .venv/bin/python bench/api.py [--events 100000] [--concurrency 8] [--requests 200] [--database-url URL]
Prints requests per second and p50/p99 latency of a one-month window, a text query and a
1,000-event CSV download (events / 1,000 marker groups). Not part of CI (it takes minutes). Only 127.0.0.1 is used.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES_PER_DOCUMENT = 100
FIRST_DAY = date(2016, 1, 1)
DAYS = 3650
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


DIGIT_CONSONANTS = "bdfgklmnps"


def marker(prefix: str, number: int) -> str:
    """A made-up word unique to `number` even under the store's spelling-independent name keys."""
    return prefix + "".join(f"a{DIGIT_CONSONANTS[int(d)]}ar" for d in f"{number:03d}") + "o"


def _phrase(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def synthetic_document(number: int, csv_groups: int) -> dict:
    """One generated report whose every sentence is a distinct dated event with marker words."""
    rng = random.Random(number)
    sentences = []
    for k in range(SENTENCES_PER_DOCUMENT):
        serial = number * SENTENCES_PER_DOCUMENT + k
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        sentences.append(f"On {_phrase(day)} the board of Zeta{serial} approved item {serial} "
                         f"filed under {marker('t', serial % csv_groups)} and {marker('v', serial % 1000)}.")
    return {"text": " ".join(sentences), "title": f"Synthetic report {number}", "source": f"outlet{number % 7}",
            "lang": "en", "published": "2026-01-01"}


def load(database_url: str, events: int) -> float:
    """Ingest enough synthetic documents for `events` events; the seconds it took (0 if already there)."""
    from chrono import store as repository
    store = repository.open_store(database_url)
    _, present = repository.list_events(store, page=1, per_page=1)
    documents = -(-events // SENTENCES_PER_DOCUMENT)
    if present >= events:
        return 0.0
    started = time.perf_counter()
    for number in range(documents):
        body = synthetic_document(number, max(1, events // 1000))
        repository.ingest(store, body["text"], body["title"], None, body["source"], body["lang"], body["published"])
        if number % 50 == 0:
            print(f"  loaded {number}/{documents} documents", file=sys.stderr, flush=True)
    store.engine.dispose()
    return time.perf_counter() - started


def start_server(database_url: str, workers: int) -> tuple[subprocess.Popen, str]:
    """`chrono serve` on 127.0.0.1 and a free port; the process and its base URL."""
    process = subprocess.Popen([str(Path(sys.executable).parent / "chrono"), "serve", "--host", "127.0.0.1",
                                "--port", "0", "--workers", str(workers)],
                               env={**os.environ, "DATABASE_URL": database_url},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        found = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", line)
        if found:
            import threading
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
            return process, found.group(1)
    raise RuntimeError("the server did not start")


def drive(base: str, path: str, requests_count: int, concurrency: int) -> dict:
    """Send `requests_count` GETs of `path` with at most `concurrency` in flight; throughput and latency."""
    import requests
    sessions = [requests.Session() for _ in range(concurrency)]
    latencies: list[float] = []
    failures = 0
    sizes: list[int] = []

    def one(index: int) -> None:
        nonlocal failures
        started = time.perf_counter()
        response = sessions[index % concurrency].get(base + path, timeout=300)
        latencies.append(time.perf_counter() - started)
        sizes.append(len(response.content))
        if response.status_code != 200:
            failures += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests_count)))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {"path": path, "requests": requests_count, "failures": failures,
            "req_per_s": round(requests_count / elapsed, 1),
            "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 1),
            "mean_bytes": int(statistics.mean(sizes))}


def _driver(base: str, scenarios: list[tuple[str, str, int]], concurrency: int, results) -> None:
    import requests
    for _ in range(50):
        try:
            if requests.get(base + "/api/v1/healthz", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.2)
    for name, path, count in scenarios:
        drive(base, path, min(count, 10), concurrency)  # warm-up
        results.append({"scenario": name, **drive(base, path, count, concurrency)})


def main() -> None:
    """Load, serve, drive, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database-url", default=None, help="Default: a SQLite file in a temporary folder.")
    args = parser.parse_args()
    database_url = args.database_url or f"sqlite:///{Path(tempfile.mkdtemp(prefix='chrono-bench-')) / 'bench.db'}"
    print(f"store: {database_url}", file=sys.stderr)
    seconds = load(database_url, args.events)
    process, base = start_server(database_url, args.workers)
    try:
        import requests
        total = requests.get(base + "/api/v1/events", params={"per_page": 1}, timeout=120).json()["total"]
        csv_total = requests.get(base + "/api/v1/events", params={"q": marker("t", 7), "per_page": 1}, timeout=120).json()["total"]
        scenarios = [
            ("one-month window", "/api/v1/events?from=2021-03&to=2021-03&per_page=50", args.requests),
            ("text query", f"/api/v1/events?q={marker('v', 123)}&per_page=50", args.requests),
            (f"CSV download ({csv_total} events)", f"/api/v1/timeline?q={marker('t', 7)}&format=csv", max(20, args.requests // 5)),
        ]
        manager = multiprocessing.Manager()
        results = manager.list()
        driver = multiprocessing.Process(target=_driver, args=(base, scenarios, args.concurrency, results))
        driver.start()
        driver.join()
        print(json.dumps({"events": total, "load_seconds": round(seconds, 1), "workers": args.workers,
                          "concurrency": args.concurrency, "results": list(results)}, indent=2))
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
