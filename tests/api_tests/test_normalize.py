"""POST /api/v1/normalize: mentions of a text, nothing stored; bad input as problem+json."""
from __future__ import annotations

import pytest

URL = "/api/v1/normalize"


@pytest.fixture
def database_url(tmp_path):
    """These tests store nothing: one SQLite file is enough."""
    return f"sqlite:///{tmp_path / 'chrono.db'}"


def test_seed_report_mentions_match_the_engine(client, seed):
    text, entry = seed("000")
    response = client.post(URL, json={"text": text, "ref": entry["published"]})
    assert response.status_code == 200
    body = response.get_json()
    assert body["lang"] == "en" and body["ref"] == "2025-12-30"
    import chrono
    expected = [m.to_dict() for m in chrono.extract(text, entry["published"], "en")]
    assert body["mentions"] == expected
    assert expected, "the seed names dates"
    first = body["mentions"][0]
    assert text[first["start"]:first["end"]] == first["text"]


def test_reference_date_changes_year_less_dates(client):
    text = "The talks took place on 29 April."
    early = client.post(URL, json={"text": text, "ref": "2021-05-13"}).get_json()["mentions"]
    late = client.post(URL, json={"text": text, "ref": "2025-05-13"}).get_json()["mentions"]
    assert early[0]["value"] == "2021-04-29" and late[0]["value"] == "2025-04-29"


def test_empty_text_has_no_mentions(client):
    assert client.post(URL, json={"text": ""}).get_json()["mentions"] == []


def test_sql_and_html_are_just_text(client):
    text = "<script>alert(1)</script> '; DROP TABLE documents; -- on 1 May 2020"
    body = client.post(URL, json={"text": text}).get_json()
    assert [m["value"] for m in body["mentions"]] == ["2020-05-01"]


def test_malformed_json_is_400(client, assert_problem):
    assert_problem(client.post(URL, data='{"text": "a', content_type="application/json"), 400)


def test_non_utf8_body_is_400(client, assert_problem):
    assert_problem(client.post(URL, data=b'{"text": "\xff\xfe on 1 May"}', content_type="application/json"), 400)


def test_plain_text_body_is_415(client, assert_problem):
    assert_problem(client.post(URL, data="on 1 May 2020", content_type="text/plain"), 415)


@pytest.mark.parametrize("body, field", [
    ({"text": 42}, "text"),
    ({}, "text"),
    ({"text": "x", "colour": "red"}, "colour"),
    ({"text": "x", "ref": "2025-02-30"}, "ref"),
    ({"text": "x", "lang": "xx"}, "lang"),
    ({"text": "x", "prefer": "sideways"}, "prefer"),
    ({"text": "on 1 May\x00 2020"}, "text"),
    (["text"], None),
])
def test_invalid_fields_are_422_with_field_errors(client, assert_problem, body, field):
    problem = assert_problem(client.post(URL, json=body), 422, field)
    assert problem["errors"]


def test_body_over_the_limit_is_413(make_app, assert_problem):
    client = make_app(MAX_CONTENT_LENGTH=1024 * 1024).test_client()
    body = b'{"text": "' + b"a" * (50 * 1024 * 1024) + b'"}'
    assert_problem(client.post(URL, data=body, content_type="application/json"), 413)


def test_normalize_needs_no_token(make_app):
    client = make_app(CHRONO_API_TOKEN="s3cret").test_client()
    assert client.post(URL, json={"text": "on 1 May 2020"}).status_code == 200
