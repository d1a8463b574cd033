"""Service-wide behaviour: the spec, /docs offline, errors, ETags, CORS, request ids."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database_url(tmp_path):
    """These tests store nothing: one SQLite file is enough."""
    return f"sqlite:///{tmp_path / 'chrono.db'}"


def test_served_spec_equals_committed_file(client):
    served = client.get("/openapi.yaml")
    assert served.status_code == 200
    assert served.get_data(as_text=True) == (ROOT / "openapi.yaml").read_text(encoding="utf-8"), \
        "openapi.yaml is stale: run `flask --app api openapi write --format=yaml openapi.yaml`"


def test_spec_is_openapi_30_with_problem_errors(client):
    spec = yaml.safe_load(client.get("/openapi.yaml").data)
    assert spec["openapi"] == "3.0.3"
    assert "application/problem+json" in spec["components"]["responses"]["DEFAULT_ERROR"]["content"]
    assert "/api/v1/normalize" in spec["paths"]
    assert client.get("/openapi.json").get_json()["openapi"] == "3.0.3"


def test_docs_page_loads_only_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "://" not in html, "the page must not reference another host"
    for asset in re.findall(r'(?:src|href)="([^"]+)"', html):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert len(response.data) > 100


def test_unknown_path_is_problem_404(client, assert_problem):
    body = assert_problem(client.get("/api/v1/nowhere"), 404)
    assert body["instance"] == "/api/v1/nowhere"


def test_wrong_method_is_405_with_allow(client, assert_problem):
    response = client.delete("/api/v1/version")
    assert_problem(response, 405)
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}


def test_etag_and_if_none_match_give_304(client):
    first = client.get("/api/v1/version")
    etag = first.headers["ETag"]
    again = client.get("/api/v1/version", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = client.get("/api/v1/version", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.data == first.data


def test_request_id_is_echoed_or_made(client):
    assert client.get("/api/v1/version", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    made = client.get("/api/v1/version", headers={"X-Request-ID": "bad id <script>"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)


def test_problem_carries_request_id(client):
    response = client.get("/api/v1/nowhere", headers={"X-Request-ID": "trace-1"})
    assert response.get_json(force=True)["request_id"] == "trace-1"


def test_cors_for_configured_origin_only(make_app):
    client = make_app(CORS_ORIGINS="https://news.example, https://other.example").test_client()
    allowed = client.get("/api/v1/version", headers={"Origin": "https://news.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://news.example"
    assert "ETag" in allowed.headers["Access-Control-Expose-Headers"]
    assert "Origin" in allowed.headers["Vary"]
    refused = client.get("/api/v1/version", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in refused.headers
    preflight = client.options("/api/v1/normalize", headers={
        "Origin": "https://news.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]


def test_no_cors_headers_by_default(client):
    response = client.get("/api/v1/version", headers={"Origin": "https://news.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_version_names_languages(client):
    body = client.get("/api/v1/version").get_json()
    assert body["version"] and "en" in body["languages"]
