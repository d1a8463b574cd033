"""The PostgreSQL server the tests use (127.0.0.1:5432, database test): found, or skipped — never skipped in CI."""
from __future__ import annotations

import os

import pytest

POSTGRES_URL = os.environ.get("CHRONO_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_available() -> bool:
    """Whether the test server answers."""
    try:
        import psycopg
        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means no PostgreSQL here
        return False


def require_postgres() -> None:
    """Skip a test without PostgreSQL on a developer's machine; fail it in CI, where .ci/run starts the server."""
    if postgres_available():
        return
    message = "PostgreSQL is not running on 127.0.0.1:5432"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must start it)")
    pytest.skip(message)
