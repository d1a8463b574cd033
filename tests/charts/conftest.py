"""Chart fixtures: contract-shaped events built from the seed reports with the real engine."""
from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

import chrono
from chrono.errors import ChronoError

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
OUT = ROOT / "out"
BROWSER = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


def _sentence(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    left = 0 if left < 0 else left + 1
    right_match = re.compile(r"[.!?](\s|$)|\n").search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip(), (left, right)


def seed_event_dicts() -> list[dict]:
    """One event a resolved mention of every seed report the engine reads, in the event contract."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    events = []
    for doc_number, entry in enumerate(manifest):
        text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        try:
            mentions = chrono.extract(text, entry["published"], entry["lang"])
        except ChronoError:
            continue
        for m in mentions:
            if m.time.start is None or m.time.end is None:
                continue
            sentence, span = _sentence(text, m.start, m.end)
            events.append({
                "id": f"seed{doc_number}-{m.start}",
                "start": m.time.start.isoformat(), "end": m.time.end.isoformat(),
                "grain": m.time.grain, "mod": m.time.mod, "value": m.time.value, "label": None,
                "title": sentence[:90], "actors": [], "langs": [entry["lang"]],
                "sources": [{"document": entry["file"], "title": entry["title"], "url": entry["url"],
                             "source": entry["source"], "sentence": sentence, "date_text": m.text,
                             "span": list(span)}],
                "related": [], "certainty": m.time.certainty,
            })
    return events


@pytest.fixture(scope="session")
def seed_events() -> list[dict]:
    """Events of the seed reports (see seed_event_dicts)."""
    events = seed_event_dicts()
    assert len(events) >= 5
    return events


def _event(id_: str, start: str, end: str, grain: str = "day", mod=None, title: str = "An event",
          inferred=(), lang: str = "en", actors=(), source: str = "Outlet", date_text: str = "that day") -> dict:
    """A literal event in the contract shape."""
    return {"id": id_, "start": start, "end": end, "grain": grain, "mod": mod, "value": start[:10],
            "label": None, "title": title, "actors": list(actors), "langs": [lang],
            "sources": [{"document": "doc-" + id_, "title": "Report " + id_, "url": None, "source": source,
                         "sentence": title, "date_text": date_text, "span": [0, len(title)]}],
            "related": [], "certainty": {"stated": [], "inferred": list(inferred)}}


@pytest.fixture
def make_event():
    """A function building one literal event in the contract shape."""
    return _event


def ingest_seeds(store) -> None:
    """Every seed report ingested into `store` with its manifest fields."""
    from chrono.store import ingest

    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest:
        ingest(store, (SEEDS / entry["file"]).read_text(encoding="utf-8"), entry["title"], entry["url"],
               entry["source"], entry["lang"], entry["published"])


def stored_events(store, **filters) -> list[dict]:
    """Every event the store holds that matches the filters, in its order."""
    from chrono.store import iter_events

    return list(iter_events(store, **filters))


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory) -> str:
    """The URL of a SQLite store holding the seed reports."""
    from chrono.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('charts') / 'seeded.db'}"
    ingest_seeds(open_store(url))
    return url


@pytest.fixture(scope="session")
def seeded_store(seeded_database):
    """The seeded store (read it; write to a store of your own)."""
    from chrono.store import open_store

    return open_store(seeded_database)


def chart_app(store):
    """A small Flask app serving the chart blueprint on `store` (the convention create_app follows)."""
    from flask import Flask

    from charts.web import blueprint

    app = Flask("chart_tests")
    app.config["TESTING"] = True
    app.extensions["chrono_store"] = store
    app.register_blueprint(blueprint)
    return app


def service_app(store):
    """The whole service (api.create_app, which registers the chart blueprint) on `store`."""
    from api import create_app

    app = create_app({"STORE": store, "TESTING": True})
    assert "charts.home" in app.view_functions
    return app


@pytest.fixture(scope="session")
def seeded_app(seeded_store):
    """The service's app on the seeded store."""
    return chart_app(seeded_store)


@pytest.fixture(scope="session")
def app_on():
    """A function giving the service's app on a given store."""
    return chart_app


@pytest.fixture(scope="session")
def service_on():
    """A function giving the whole service's app on a given store."""
    return service_app


@pytest.fixture(scope="session")
def seed_into():
    """A function ingesting every seed report into a given store."""
    return ingest_seeds


@pytest.fixture(scope="session")
def browser():
    """Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=BROWSER, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@contextmanager
def _serving(app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


@pytest.fixture(scope="session")
def serving():
    """A context manager serving a WSGI app on 127.0.0.1 at a free port; it yields the base URL."""
    return _serving
