"""REST speed: 100,000 events behind `chrono serve --workers 2`, driven from a second process.

Run: .venv/bin/python bench/api.py [--events 100000] [--concurrency 2,8] [--requests 400] [--seconds 60]
                                   [--backend sqlite|postgresql|both] [--sqlite-file PATH] [--database-url URL]
The store is built with bulk inserts (bench/api_store.py; a --sqlite-file that already holds the events is reused).
Prints, for each backend and concurrency, requests a second and p50/p99 latency (as the client sees it, and inside
the server from its access log; for the streamed CSV that is only the time to its first byte) of a one-month
window, a text query and a CSV download of about 1,000 events. Every request goes to 127.0.0.1; each load loop stops after --requests
requests or --seconds seconds, whichever comes first. Not part of CI (it takes minutes).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

from api_store import build_store

POSTGRES_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
WINDOW_MONTH = "2021-03"
TEXT_QUERY = "drones"
CSV_FROM = date(2019, 1, 1)
CSV_EVENTS = 1000


def csv_window(url: str, events: int = CSV_EVENTS) -> tuple[str, str, int]:
    """A window starting at CSV_FROM whose end day makes it hold about `events` events: (from, to, total)."""
    from chrono.store import list_events, open_store
    store = open_store(url, migrate=False)
    low, high = 0, 3000
    total_of = {}
    while low < high:
        middle = (low + high) // 2
        total_of[middle] = list_events(store, from_=CSV_FROM.isoformat(),
                                       to=(CSV_FROM + timedelta(days=middle)).isoformat(), per_page=1)[1]
        low, high = (middle + 1, high) if total_of[middle] < events else (low, middle)
    store.engine.dispose()
    total = total_of.get(low) or list_events(open_store(url, migrate=False), from_=CSV_FROM.isoformat(),
                                             to=(CSV_FROM + timedelta(days=low)).isoformat(), per_page=1)[1]
    return CSV_FROM.isoformat(), (CSV_FROM + timedelta(days=low)).isoformat(), total


def start_server(database_url: str, workers: int, served: list) -> tuple[subprocess.Popen, str]:
    """`chrono serve` on 127.0.0.1 and a free port; the process and its base URL.

    Each request's time inside the server (its JSON access log's duration_ms) goes to `served` as (arrival, ms)."""
    process = subprocess.Popen([str(Path(sys.executable).parent / "chrono"), "serve", "--host", "127.0.0.1",
                                "--port", "0", "--workers", str(workers)],
                               env={**os.environ, "DATABASE_URL": database_url},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        found = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", line)
        if found:
            threading.Thread(target=_read_access_log, args=(process, served), daemon=True).start()
            return process, found.group(1)
    raise RuntimeError(f"the server exited with {process.wait()} before listening")


def _read_access_log(process: subprocess.Popen, served: list) -> None:
    for line in process.stderr:
        if line.startswith("{") and '"duration_ms"' in line:
            served.append((time.time(), json.loads(line)["duration_ms"]))


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return (round(statistics.median(ordered), 1),
            round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1))


def drive(base: str, path: str, requests_count: int, concurrency: int, seconds: float) -> dict:
    """GET `path` up to `requests_count` times or for `seconds`, at most `concurrency` in flight; rate and latency."""
    import requests
    local = threading.local()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sizes: list[int] = []
    deadline = time.perf_counter() + seconds

    def one(_: int) -> None:
        if time.perf_counter() > deadline:
            return
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        started = time.perf_counter()
        response = session.get(base + path, timeout=60)
        latencies.append(time.perf_counter() - started)
        sizes.append(len(response.content))
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    started, wall_start = time.perf_counter(), time.time()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests_count)))
    elapsed = time.perf_counter() - started
    p50, p99 = _percentiles([seconds * 1000 for seconds in latencies])
    return {"requests": len(latencies), "statuses": statuses, "req_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": p50, "p99_ms": p99, "mean_bytes": int(statistics.mean(sizes)),
            "during": (wall_start, time.time())}


def _driver(base: str, scenarios: list[tuple[str, str]], levels: list[int], count: int, seconds: float,
            results) -> None:
    """The second process: wait for health, warm up, then drive every scenario at every concurrency level."""
    import requests
    for _ in range(100):
        try:
            if requests.get(base + "/api/v1/healthz", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            pass
        time.sleep(0.2)
    for name, path in scenarios:
        drive(base, path, 10, 2, seconds)  # warm-up: both workers open their store and fill caches
        for concurrency in levels:
            results.append({"scenario": name, "path": path, "concurrency": concurrency,
                            **drive(base, path, count, concurrency, seconds)})


def measure(database_url: str, args: argparse.Namespace) -> dict:
    """Build (or reuse) the store at `database_url`, serve it and drive it; the figures."""
    built = build_store(database_url, args.events)
    first, last, csv_total = csv_window(database_url)
    scenarios = [
        ("one-month window", f"/api/v1/events?from={WINDOW_MONTH}&to={WINDOW_MONTH}&per_page=50"),
        ("text query", f"/api/v1/events?q={TEXT_QUERY}&per_page=50"),
        (f"CSV download ({csv_total} events)", f"/api/v1/timeline?from={first}&to={last}&format=csv"),
    ]
    served: list[tuple[float, float]] = []
    process, base = start_server(database_url, args.workers, served)
    try:
        import requests
        totals = {name: requests.get(base + path.replace("format=csv", "format=json"), timeout=120).json()["total"]
                  for name, path in scenarios}
        results = multiprocessing.Manager().list()
        levels = [int(level) for level in args.concurrency.split(",")]
        driver = multiprocessing.Process(target=_driver, args=(base, scenarios, levels, args.requests,
                                                               args.seconds, results))
        driver.start()
        driver.join()
    finally:
        process.terminate()
        process.wait(timeout=30)
    figures = []
    for result in results:
        first, last = result.pop("during")
        inside = [ms for arrival, ms in served if first <= arrival <= last + 0.5]
        if inside:
            result["server_p50_ms"], result["server_p99_ms"] = _percentiles(inside)
        figures.append(result)
    backend = database_url.split(":", 1)[0]
    return {"backend": backend, "store": built, "workers": args.workers, "matches": totals, "results": figures}


def _postgres(statement: str) -> None:
    import psycopg
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(statement)


def main() -> None:
    """Build, serve, drive, print (JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", default="2,8", help="Comma-separated numbers of requests in flight.")
    parser.add_argument("--requests", type=int, default=400, help="At most this many requests per measurement.")
    parser.add_argument("--seconds", type=float, default=60, help="At most this long per measurement.")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--sqlite-file", type=Path, default=None, help="Default: a temporary file, removed after.")
    parser.add_argument("--database-url", default=None,
                        help="Measure this store only (filled first if it has too few events; kept afterwards).")
    args = parser.parse_args()
    reports = []
    if args.database_url:
        print(json.dumps([measure(args.database_url, args)], indent=2, ensure_ascii=False))
        return
    if args.backend in ("sqlite", "both"):
        folder = tempfile.TemporaryDirectory(prefix="chrono-bench-")
        path = args.sqlite_file or Path(folder.name) / "bench.db"
        reports.append(measure(f"sqlite:///{path}", args))
        folder.cleanup()
    if args.backend in ("postgresql", "both"):
        name = f"chrono_bench_{uuid.uuid4().hex[:8]}"
        _postgres(f'CREATE DATABASE "{name}"')
        try:
            reports.append(measure(POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{name}", args))
        finally:
            _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(json.dumps(reports, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
