"""Documents: ingest (JSON, text/plain, text/html), idempotence, list, get, mentions, delete; bad input."""
from __future__ import annotations

import pytest

URL = "/api/v1/documents"


def _total(client) -> int:
    return client.get(URL).get_json()["total"]


def test_ingest_returns_document_mentions_and_events(client, seeds):
    body = seeds[0]
    response = client.post(URL, json=body)
    assert response.status_code == 201
    result = response.get_json()
    assert result["created"] is True
    document = result["document"]
    assert document["title"] == body["title"] and document["published"].startswith("2025-12-30")
    assert document["text"].rstrip() == body["text"].rstrip()
    assert response.headers["Location"].endswith(f"{URL}/{document['id']}")
    assert result["mentions"] and all(body["text"][m["start"]:m["end"]] == m["text"] for m in result["mentions"])
    assert result["events"] and all(e["sources"] for e in result["events"])


def test_same_text_again_returns_the_stored_document(client, seeds):
    first = client.post(URL, json=seeds[1]).get_json()
    again = client.post(URL, json={**seeds[1], "title": "another title"})
    assert again.status_code == 200
    assert again.get_json()["created"] is False
    assert again.get_json()["document"] == first["document"]
    assert _total(client) == 1


def test_plain_text_body_with_metadata_in_query(client, seeds):
    body = seeds[2]
    response = client.post(URL, data=body["text"].encode("utf-8"), content_type="text/plain; charset=utf-8",
                           query_string={"title": body["title"], "lang": "ru", "published": body["published"],
                                         "source": body["source"]})
    assert response.status_code == 201, response.get_data(as_text=True)
    document = response.get_json()["document"]
    assert document["lang"] == "ru" and document["source"] == "KP.RU" and document["title"] == body["title"]


def test_html_body_is_stored_as_its_text(client):
    html = ("<html><head><title>t</title><script>var x = '1 May 1999';</script></head><body>"
            "<article><p>The summit opened on 3 March 2024 in Astana.</p></article></body></html>")
    response = client.post(URL, data=html, content_type="text/html", query_string={"published": "2024-03-04"})
    assert response.status_code == 201
    text = response.get_json()["document"]["text"]
    assert "3 March 2024" in text and "<p>" not in text and "1999" not in text
    assert [m["value"] for m in response.get_json()["mentions"]] == ["2024-03-03"]


def test_list_get_mentions_and_delete(seeded, seeds):
    listing = seeded.get(URL, query_string={"per_page": 2})
    page = listing.get_json()
    assert page["total"] == len(seeds) and len(page["items"]) == 2 and page["per_page"] == 2
    assert 'rel="next"' in listing.headers["Link"] and "text" not in page["items"][0]
    ids = [d["id"] for d in seeded.get(URL, query_string={"per_page": 50}).get_json()["items"]]
    assert len(set(ids)) == len(seeds)
    russian = seeded.get(URL, query_string={"lang": "ru"}).get_json()
    assert russian["total"] == sum(1 for s in seeds if s["lang"] == "ru")
    one = seeded.get(f"{URL}/{ids[0]}").get_json()
    assert one["id"] == ids[0] and one["text"]
    mentions = seeded.get(f"{URL}/{ids[0]}/mentions").get_json()
    assert mentions["document"] == ids[0] and mentions["mentions"]
    assert seeded.delete(f"{URL}/{ids[0]}").status_code == 204
    assert seeded.get(f"{URL}/{ids[0]}").status_code == 404
    assert _total(seeded) == len(seeds) - 1


def test_missing_document_is_404(client, assert_problem):
    assert_problem(client.get(f"{URL}/nope"), 404)
    assert_problem(client.get(f"{URL}/nope/mentions"), 404)
    assert_problem(client.delete(f"{URL}/nope"), 404)


def test_sql_and_html_in_text_are_stored_verbatim(client):
    text = "On 1 May 2020 someone wrote '); DROP TABLE documents; -- and <img src=x onerror=alert(1)>."
    document = client.post(URL, json={"text": text}).get_json()["document"]
    assert client.get(f"{URL}/{document['id']}").get_json()["text"] == text
    assert _total(client) == 1


@pytest.mark.parametrize("kwargs, status, field", [
    ({"data": '{"text": "on 1 May', "content_type": "application/json"}, 400, None),
    ({"json": {"text": 5}}, 422, "text"),
    ({"json": {"text": ""}}, 422, "text"),
    ({"json": {"title": "no text"}}, 422, "text"),
    ({"json": {"text": "on 1 May 2020", "author": "x"}}, 422, "author"),
    ({"json": {"text": "on 1 May 2020", "published": "2025-02-30"}}, 422, "published"),
    ({"json": {"text": "on 1 May 2020", "lang": "xx"}}, 422, "lang"),
    ({"json": {"text": "on 1 May\x00 2020"}}, 422, "text"),
    ({"json": ["on 1 May 2020"]}, 422, None),
    ({"data": b"on 1 May 2020 \xff\xfe", "content_type": "text/plain"}, 400, None),
    ({"data": b"on 1 May 2020", "content_type": "application/xml"}, 415, None),
    ({"data": b"on 1 May 2020"}, 415, None),
])
def test_bad_input_is_a_problem_and_stores_nothing(client, assert_problem, kwargs, status, field):
    assert_problem(client.post(URL, **kwargs), status, field)
    assert _total(client) == 0


def test_body_of_50_mb_is_413_and_stores_nothing(client, assert_problem):
    body = b'{"text": "' + b"on 1 May 2020. " * (50 * 1024 * 1024 // 15) + b'"}'
    assert_problem(client.post(URL, data=body, content_type="application/json"), 413)
    assert _total(client) == 0


def test_writes_need_the_token_when_set(make_app, seeds, assert_problem):
    client = make_app(CHRONO_API_TOKEN="s3cret").test_client()
    response = client.post(URL, json=seeds[0])
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert_problem(client.post(URL, json=seeds[0], headers={"Authorization": "Bearer wrong"}), 401)
    assert _total(client) == 0
    created = client.post(URL, json=seeds[0], headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201
    document_id = created.get_json()["document"]["id"]
    assert_problem(client.delete(f"{URL}/{document_id}"), 401)
    assert client.get(f"{URL}/{document_id}").status_code == 200
