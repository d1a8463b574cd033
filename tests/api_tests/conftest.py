"""Fixtures for the REST service: apps on a fresh SQLite file or PostgreSQL database, clients, a real server."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from api import create_app

from ..postgres import POSTGRES_URL, require_postgres

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
POSTGRES_ADMIN_URL = POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_database():
    """A function making a fresh, empty PostgreSQL database (dropped at the end); skips without PostgreSQL."""
    require_postgres()
    import psycopg
    made: list[str] = []

    def make() -> str:
        name = f"chrono_api_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    yield make
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        for name in made:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A URL of a fresh, empty store: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'chrono.db'}"
    return request.getfixturevalue("postgres_database")()


@pytest.fixture
def make_app(database_url):
    """A function building an app on the fresh store, with extra settings."""
    def build(**settings):
        config = {"DATABASE_URL": database_url, "TESTING": True}
        config.update(settings)
        return create_app(config)
    return build


@pytest.fixture
def app(make_app):
    """An app on a fresh store with default settings."""
    return make_app()


@pytest.fixture
def client(app):
    """A test client of `app`."""
    return app.test_client()


def seed_documents() -> list[dict]:
    """The demo documents as POST /documents bodies."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    bodies = []
    for entry in manifest:
        body = {key: entry[key] for key in ("title", "url", "source", "lang", "published") if entry.get(key)}
        body["text"] = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        bodies.append(body)
    return bodies


@pytest.fixture
def seeds():
    """The demo documents as POST /documents bodies."""
    return seed_documents()


@pytest.fixture
def seeded(client, seeds):
    """`client` on a store holding every demo document."""
    for body in seeds:
        assert client.post("/api/v1/documents", json=body).status_code == 201
    return client


def _assert_problem(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["status"] == status
    assert body["title"] and body["type"] and body["detail"]
    if field is not None:
        assert field in [error["field"] for error in body.get("errors", [])], body
    return body


@pytest.fixture
def assert_problem():
    """A function checking that a response is an RFC 9457 problem with a status (and a field error)."""
    return _assert_problem


class Server:
    """A `chrono serve` process on 127.0.0.1 and a free port."""

    def __init__(self, database_url: str, workers: int = 2, options: tuple[str, ...] = (), **environment: str) -> None:
        env = {**os.environ, "DATABASE_URL": database_url, **environment}
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "chrono"), "serve", "--host", "127.0.0.1", "--port", "0",
             "--workers", str(workers), *options],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.url = self._wait_for_address()

    def _wait_for_address(self) -> str:
        for line in self.process.stderr:
            found = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", line)
            if found:
                self._drain()
                return found.group(1)
        raise RuntimeError(f"the server exited with {self.process.wait()} before listening")

    def _drain(self) -> None:
        import threading
        threading.Thread(target=lambda: [None for _ in self.process.stderr], daemon=True).start()

    def wait_ready(self, session) -> None:
        """Wait (bounded) until the service answers its health check."""
        for _ in range(100):
            try:
                if session.get(self.url + "/api/v1/healthz", timeout=5).status_code == 200:
                    return
            except Exception:  # noqa: BLE001 - not up yet
                pass
            time.sleep(0.1)
        raise RuntimeError("the server never became healthy")

    def stop(self) -> None:
        """Stop the process (it was started here; ended by its own pid)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def start_server(database_url):
    """A function starting a real server on the fresh store (stopped after the test)."""
    import requests
    started: list[Server] = []

    def start(*options: str, **environment: str) -> Server:
        server = Server(database_url, options=options, **environment)
        started.append(server)
        server.wait_ready(requests.Session())
        return server

    yield start
    for server in started:
        server.stop()
