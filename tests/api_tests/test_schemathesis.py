"""Property-based checks of the app against its own OpenAPI document: no server errors, no schema violations."""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from api import create_app

ROOT = Path(__file__).resolve().parents[2]
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]
STORE_FOLDER = Path(tempfile.mkdtemp(prefix="chrono-fuzz-"))
APP = create_app({"DATABASE_URL": f"sqlite:///{STORE_FOLDER / 'chrono.db'}"})
schema = schemathesis.openapi.from_wsgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def demo_store():
    """The fuzzed app's store holds three demo documents and a named timeline; removed afterwards."""
    client = APP.test_client()
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest[:3]:
        body = {key: entry[key] for key in ("title", "source", "lang", "published") if entry.get(key)}
        body["text"] = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        assert client.post("/api/v1/documents", json=body).status_code in (200, 201)
    client.post("/api/v1/timelines", json={"name": "December", "from": "2025-12", "to": "2025-12"})
    yield
    shutil.rmtree(STORE_FOLDER, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture])
def test_operation_honours_its_spec(case):
    case.call_and_validate(checks=CHECKS)
