"""Fixtures for the REST service: apps on a fresh SQLite (or PostgreSQL) store, and their clients."""
from __future__ import annotations

import pytest

from api import create_app


@pytest.fixture
def make_app(tmp_path):
    """A function building an app on a fresh SQLite file, with extra settings."""
    def build(**settings):
        config = {"DATABASE_URL": f"sqlite:///{tmp_path / 'chrono.db'}", "TESTING": True}
        config.update(settings)
        return create_app(config)
    return build


@pytest.fixture
def app(make_app):
    """An app on a fresh SQLite store with default settings."""
    return make_app()


@pytest.fixture
def client(app):
    """A test client of `app`."""
    return app.test_client()


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
