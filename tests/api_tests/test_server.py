"""A real `chrono serve` process on 127.0.0.1: the same contract over HTTP, limits, concurrency."""
from __future__ import annotations

import re
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import requests


def _links(response) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers.get("Link", ""))}


def test_documents_events_and_links_over_http(start_server, seeds):
    server = start_server()
    session = requests.Session()
    for body in seeds:
        assert session.post(f"{server.url}/api/v1/documents", json=body, timeout=60).status_code == 201
    assert session.post(f"{server.url}/api/v1/documents", json=seeds[0], timeout=60).status_code == 200
    response = session.get(f"{server.url}/api/v1/events", params={"per_page": 4}, timeout=30)
    total, seen = response.json()["total"], [e["id"] for e in response.json()["items"]]
    while "next" in _links(response):
        next_url = _links(response)["next"]
        assert urlsplit(next_url).netloc == urlsplit(server.url).netloc
        response = session.get(next_url, timeout=30)
        seen += [e["id"] for e in response.json()["items"]]
    assert len(seen) == total == len(set(seen)) > 4
    csv_response = session.get(f"{server.url}/api/v1/timeline", headers={"Accept": "text/csv"}, timeout=30)
    assert csv_response.headers["Content-Type"].startswith("text/csv")
    assert len(csv_response.text.strip().splitlines()) >= total + 1
    etag = session.get(f"{server.url}/api/v1/events", timeout=30).headers["ETag"]
    assert session.get(f"{server.url}/api/v1/events", headers={"If-None-Match": etag}, timeout=30).status_code == 304


def test_token_cors_and_problems_over_http(start_server, seeds):
    server = start_server(CHRONO_API_TOKEN="s3cret", CORS_ORIGINS="https://news.example")
    refused = requests.post(f"{server.url}/api/v1/documents", json=seeds[0], timeout=30)
    assert refused.status_code == 401
    assert refused.headers["Content-Type"] == "application/problem+json"
    assert requests.get(f"{server.url}/api/v1/documents", timeout=30).json()["total"] == 0
    allowed = requests.post(f"{server.url}/api/v1/documents", json=seeds[0], timeout=60,
                            headers={"Authorization": "Bearer s3cret", "Origin": "https://news.example"})
    assert allowed.status_code == 201
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://news.example"
    wrong = requests.put(f"{server.url}/api/v1/version", timeout=30)
    assert wrong.status_code == 405 and "GET" in wrong.headers["Allow"]
    bad = requests.get(f"{server.url}/api/v1/events", params={"per_page": 0}, timeout=30)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "per_page"


def test_50_mb_body_is_refused_before_it_is_read(start_server):
    server = start_server()
    host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
    with socket.create_connection((host, port), timeout=30) as connection:
        head = (f"POST /api/v1/documents HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {50 * 1024 * 1024}\r\nConnection: close\r\n\r\n")
        connection.sendall(head.encode("ascii") + b'{"text": "' + b"x" * 65536)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = connection.recv(65536)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413")
    assert b"application/problem+json" in reply
    assert requests.get(f"{server.url}/api/v1/documents", timeout=30).json()["total"] == 0


def test_concurrent_writers_and_readers_store_everything_exactly_once(start_server, seeds):
    server = start_server()
    bodies = [{"text": f"Report {n}: the council met on {n % 28 + 1} March 2024 and again on "
                       f"{n % 28 + 1} April 2024.", "published": "2024-05-01", "source": f"outlet-{n % 3}"}
              for n in range(24)] + seeds
    statuses: list[int] = []
    read_failures: list[int] = []
    stop_reading = threading.Event()

    def write(body: dict) -> None:
        with requests.Session() as session:
            statuses.append(session.post(f"{server.url}/api/v1/documents", json=body, timeout=120).status_code)
            statuses.append(session.post(f"{server.url}/api/v1/documents", json=body, timeout=120).status_code)

    def read() -> None:
        with requests.Session() as session:
            for _ in range(200):
                if stop_reading.is_set():
                    return
                for path in ("/api/v1/events", "/api/v1/documents", "/api/v1/timeline"):
                    status = session.get(f"{server.url}{path}", timeout=120).status_code
                    if status != 200:
                        read_failures.append(status)

    with ThreadPoolExecutor(max_workers=12) as pool:
        readers = [pool.submit(read) for _ in range(4)]
        writers = [pool.submit(write, body) for body in bodies]
        for future in writers:
            future.result()
        stop_reading.set()
        for future in readers:
            future.result()

    assert sorted(statuses) == sorted([201] * len(bodies) + [200] * len(bodies))
    assert read_failures == []
    documents = requests.get(f"{server.url}/api/v1/documents", params={"per_page": 500}, timeout=30).json()
    assert documents["total"] == len(bodies) == len({d["id"] for d in documents["items"]})
    events = requests.get(f"{server.url}/api/v1/events", params={"per_page": 500}, timeout=30).json()
    assert events["total"] == len(events["items"]) == len({e["id"] for e in events["items"]})
    for document in documents["items"]:
        own = requests.get(f"{server.url}/api/v1/events", params={"document": document["id"]}, timeout=30).json()
        assert own["total"] >= 1, document


def test_seed_fills_an_empty_store_once(start_server, seeds):
    first = start_server("--seed")
    documents = requests.get(f"{first.url}/api/v1/documents", timeout=30).json()
    assert documents["total"] == len(seeds)
    assert {d["title"] for d in documents["items"]} == {s["title"] for s in seeds}
    first.stop()
    requests.delete(f"{start_server().url}/api/v1/documents/{documents['items'][0]['id']}", timeout=60)
    again = start_server("--seed")
    assert requests.get(f"{again.url}/api/v1/documents", timeout=30).json()["total"] == len(seeds) - 1


def test_a_worker_starts_with_its_grammars_compiled_and_start_up_objects_frozen():
    import gc

    import chrono
    from chrono import lang as languages
    from chrono.commands.serve import freeze_start_up
    from chrono.grammar import compile_language
    try:
        freeze_start_up()
        assert gc.get_freeze_count() > 10_000
        before = compile_language.cache_info().hits
        for code in chrono.languages():
            compile_language(languages.load(code))
        assert compile_language.cache_info().hits == before + len(chrono.languages())
    finally:
        gc.unfreeze()
