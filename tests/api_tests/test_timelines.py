"""Named timelines: create, read, list, replace, delete, and their events in every format."""
from __future__ import annotations

import csv
import io

import pytest

URL = "/api/v1/timelines"
DECEMBER = {"name": "December 2025", "from": "2025-12", "to": "2025-12"}


def test_create_read_list_replace_delete(client, assert_problem):
    created = client.post(URL, json=DECEMBER)
    assert created.status_code == 201
    timeline = created.get_json()
    assert timeline["name"] == "December 2025" and (timeline["from"], timeline["to"]) == ("2025-12", "2025-12")
    assert created.headers["Location"].endswith(f"{URL}/{timeline['id']}")
    assert client.get(f"{URL}/{timeline['id']}").get_json() == timeline
    listing = client.get(URL).get_json()
    assert listing["total"] == 1 and listing["items"][0]["id"] == timeline["id"]
    replaced = client.put(f"{URL}/{timeline['id']}", json={"name": "Russian", "langs": ["ru"]})
    assert replaced.status_code == 200
    body = replaced.get_json()
    assert body["langs"] == ["ru"] and body["name"] == "Russian" and body["from"] is None
    assert client.delete(f"{URL}/{timeline['id']}").status_code == 204
    assert_problem(client.get(f"{URL}/{timeline['id']}"), 404)
    assert client.get(URL).get_json()["total"] == 0


def test_duplicate_name_is_409(client, assert_problem):
    assert client.post(URL, json=DECEMBER).status_code == 201
    assert_problem(client.post(URL, json=DECEMBER), 409)
    other = client.post(URL, json={"name": "Other"}).get_json()
    assert_problem(client.put(f"{URL}/{other['id']}", json=DECEMBER), 409)
    assert client.get(URL).get_json()["total"] == 2
    assert client.get(f"{URL}/{other['id']}").get_json()["name"] == "Other"


def test_events_of_a_timeline_in_every_format(seeded):
    timeline = seeded.post(URL, json=DECEMBER).get_json()
    expected = seeded.get("/api/v1/events", query_string={"from": "2025-12", "to": "2025-12", "per_page": 500}).get_json()
    events = seeded.get(f"{URL}/{timeline['id']}/events", query_string={"per_page": 500}).get_json()
    assert events["total"] == expected["total"] > 0 and events["items"] == expected["items"]
    response = seeded.get(f"{URL}/{timeline['id']}/events", headers={"Accept": "text/csv"})
    assert response.mimetype == "text/csv" and f"timeline-{timeline['id']}" in response.headers["Content-Disposition"]
    assert len(list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))) == expected["total"]
    js = seeded.get(f"{URL}/{timeline['id']}/events", query_string={"format": "timelinejs"}).get_json()
    assert js["title"]["text"]["headline"] == "December 2025" and len(js["events"]) == expected["total"]


def test_timeline_filters_by_language(seeded):
    timeline = seeded.post(URL, json={"name": "Russian", "langs": ["ru"]}).get_json()
    events = seeded.get(f"{URL}/{timeline['id']}/events", query_string={"per_page": 500}).get_json()
    assert events["total"] > 0 and all("ru" in e["langs"] for e in events["items"])


def test_timeline_with_several_languages_matches_any(seeded):
    both = seeded.post(URL, json={"name": "Both", "langs": ["ru", "en"]}).get_json()
    assert both["langs"] == ["ru", "en"]
    events = seeded.get(f"{URL}/{both['id']}/events", query_string={"per_page": 500}).get_json()
    direct = seeded.get("/api/v1/events", query_string={"lang": ["ru", "en"], "per_page": 500}).get_json()
    assert events["total"] == direct["total"] > 0
    assert {"ru", "en"} <= {lang for e in events["items"] for lang in e["langs"]}


def test_missing_timeline_is_404(client, assert_problem):
    assert_problem(client.get(f"{URL}/999999"), 404)
    assert_problem(client.get(f"{URL}/999999/events"), 404)
    assert_problem(client.put(f"{URL}/999999", json={"name": "x"}), 404)
    assert_problem(client.delete(f"{URL}/999999"), 404)


@pytest.mark.parametrize("timeline_id", ["2147483648", "66342953028097293680640"])
def test_ids_beyond_the_stores_integers_are_404_not_500(client, assert_problem, timeline_id):
    assert_problem(client.get(f"{URL}/{timeline_id}"), 404)
    assert_problem(client.get(f"{URL}/{timeline_id}/events"), 404)
    assert_problem(client.put(f"{URL}/{timeline_id}", json={"name": "x"}), 404)
    assert_problem(client.delete(f"{URL}/{timeline_id}"), 404)


@pytest.mark.parametrize("body, field", [
    ({}, "name"),
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": 3}, "name"),
    ({"name": "x", "colour": "red"}, "colour"),
    ({"name": "x", "from": "2025-13"}, "from"),
    ({"name": "x", "from": "2026", "to": "2025"}, "from"),
    ({"name": "x", "langs": "ru"}, "langs"),
    ({"name": "x", "langs": ["xx"]}, "langs.0"),
    ({"name": "x\x00"}, "name"),
])
def test_bad_timelines_are_422_and_store_nothing(client, assert_problem, body, field):
    assert_problem(client.post(URL, json=body), 422, field)
    assert client.get(URL).get_json()["total"] == 0


def test_timeline_body_must_be_json(client, assert_problem):
    assert_problem(client.post(URL, data="name=x", content_type="application/x-www-form-urlencoded"), 415)
    assert_problem(client.post(URL, data="{", content_type="application/json"), 400)


def test_timeline_writes_need_the_token_when_set(make_app, assert_problem):
    client = make_app(CHRONO_API_TOKEN="s3cret").test_client()
    assert_problem(client.post(URL, json=DECEMBER), 401)
    created = client.post(URL, json=DECEMBER, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201
    assert_problem(client.delete(f"{URL}/{created.get_json()['id']}"), 401)
    assert client.get(URL).get_json()["total"] == 1
