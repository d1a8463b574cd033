"""Property-based checks of the app against its own OpenAPI document, on SQLite and PostgreSQL: no server errors,
no schema, status or content-type violations; and proof that the same checks catch a view that breaks the spec."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import schemathesis
from flask import Response
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from api import create_app

ROOT = Path(__file__).resolve().parents[2]
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


# One app per backend, built at import so schemathesis can read its spec; each opens its store on first use, so
# the fixtures below point it at a fresh database before any request reaches it.
APPS = {backend: create_app({"DATABASE_URL": None}) for backend in ("sqlite", "postgresql")}
SCHEMAS = {backend: schemathesis.openapi.from_wsgi("/openapi.json", app) for backend, app in APPS.items()}
FUZZ_SETTINGS = settings(max_examples=6, deadline=None, derandomize=True,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                HealthCheck.function_scoped_fixture])


def _fill_demo_store(app, database_url: str) -> None:
    """Point `app` at a fresh store and put three demo documents and a named timeline in it."""
    app.config["DATABASE_URL"] = database_url
    client = app.test_client()
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest[:3]:
        body = {key: entry[key] for key in ("title", "source", "lang", "published") if entry.get(key)}
        body["text"] = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        assert client.post("/api/v1/documents", json=body).status_code in (200, 201)
    assert client.post("/api/v1/timelines", json={"name": "December", "from": "2025-12", "to": "2025-12"}
                       ).status_code == 201


def _close_store(app) -> None:
    from api.storage import EXTENSION
    opened = app.extensions[EXTENSION]["store"]
    if opened is not None:
        opened.engine.dispose()


@pytest.fixture(scope="module")
def sqlite_demo(tmp_path_factory):
    """The SQLite app's store, filled with demo documents."""
    _fill_demo_store(APPS["sqlite"], f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'chrono.db'}")
    yield
    _close_store(APPS["sqlite"])


@pytest.fixture(scope="module")
def postgresql_demo(postgres_database):
    """The PostgreSQL app's store (a fresh database), filled with demo documents."""
    _fill_demo_store(APPS["postgresql"], postgres_database())
    yield
    _close_store(APPS["postgresql"])


def check(case) -> None:
    """Call the app with one generated case and run every check on the answer."""
    case.call_and_validate(checks=CHECKS)


@SCHEMAS["sqlite"].parametrize()
@FUZZ_SETTINGS
def test_operation_honours_its_spec_on_sqlite(case, sqlite_demo):
    check(case)


@SCHEMAS["postgresql"].parametrize()
@FUZZ_SETTINGS
def test_operation_honours_its_spec_on_postgresql(case, postgresql_demo):
    check(case)


def _reported(case) -> list[str]:
    """The names of the failures the checks report for one case (empty when it passes)."""
    try:
        check(case)
    except FailureGroup as group:
        return [type(failure).__name__ for failure in group.exceptions]
    except Failure as failure:
        return [type(failure).__name__]
    return []


# Views that break GET /api/v1/version's documented answer, and the failure the checks must report for each.
# (Every operation documents a problem+json `default` response, so an undocumented status alone is no failure.)
BROKEN_VERSION_VIEWS = {
    "JsonSchemaError": lambda: {"name": "chrono", "version": 1},
    "UndefinedContentType": lambda: Response("chrono 1", mimetype="text/plain"),
    "ServerError": lambda: Response('{"title": "Internal Server Error", "status": 500}', status=500,
                                    mimetype="application/problem+json"),
}


@pytest.mark.parametrize("failure", sorted(BROKEN_VERSION_VIEWS))
def test_checks_report_a_view_that_breaks_the_spec(tmp_path, failure):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'chrono.db'}"})
    operation = schemathesis.openapi.from_wsgi("/openapi.json", app)["/api/v1/version"]["GET"]
    assert _reported(operation.Case()) == []
    app.view_functions["meta.version"] = BROKEN_VERSION_VIEWS[failure]
    assert failure in _reported(operation.Case())
    _close_store(app)
