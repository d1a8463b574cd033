"""/docs and / in Debian chromium with every non-loopback request blocked: nothing external, nothing failing."""
import threading
from urllib.parse import urlparse

import pytest
from werkzeug.serving import make_server

playwright = pytest.importorskip("playwright.sync_api")

BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
LOOPBACK = {"127.0.0.1", "localhost", "[::1]"}


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from api import create_app
    database = tmp_path_factory.mktemp("docs") / "store.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{database}", "TESTING": True})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.parametrize("path, ready", [("/docs", ".swagger-ui .opblock-tag"), ("/", "h1")])
def test_page_loads_with_local_requests_only(base_url, path, ready):
    external, failed = [], []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = browser.new_page()

        def guard(route):
            if urlparse(route.request.url).hostname in LOOPBACK or route.request.url.startswith("data:"):
                route.continue_()
            else:
                external.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.on("requestfailed", lambda request: failed.append(request.url))
        response = page.goto(base_url + path)
        assert response.status == 200
        page.wait_for_selector(ready, timeout=20_000)
        page.wait_for_load_state("networkidle")
        browser.close()
    assert external == [] and failed == []
