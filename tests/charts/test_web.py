"""The chart blueprint through the service's app: endpoints, formats, filters, errors; the chart command."""
import json
import re

import pytest
from click.testing import CliRunner

from charts.export import PLOTLY_JS_PATH


def drawn_ids(html: str) -> list[str]:
    """Event ids of the bars in a chart page or fragment."""
    figure = json.loads(re.search(r"var chronoFigure=(\{.*?\}),chronoLocale=", html, re.S).group(1))
    return [event_id for trace in figure["data"] if trace["type"] == "bar" for event_id, *_ in trace["customdata"]]


def stored_ids(store, dated_only=True, **filters) -> list[str]:
    """Ids of the stored events matching the filters (those with a date, unless asked for all)."""
    from chrono.store import iter_events
    return [event["id"] for event in iter_events(store, **filters) if event["start"] or not dated_only]


@pytest.fixture(scope="module")
def client(seeded_app):
    return seeded_app.test_client()


def test_plotly_js_is_served_from_the_package(client):
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and response.mimetype == "text/javascript"
    assert response.data == PLOTLY_JS_PATH.read_bytes()
    assert response.headers["Cache-Control"].startswith("public, max-age=")


def test_chart_page_draws_every_stored_event(client, seeded_store):
    response = client.get("/api/v1/charts/timeline?group_by=lang")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "plotly.js v" in html  # inlined: the page works offline
    assert sorted(drawn_ids(html)) == sorted(stored_ids(seeded_store))


def test_filters_mean_what_the_api_means(client, seeded_store):
    for query, filters in (("lang=ru", {"lang": "ru"}), ("from=2025-12&to=2026", {"from_": "2025-12", "to": "2026"}),
                           ("q=Putin", {"q": "Putin"})):
        html = client.get(f"/api/v1/charts/timeline?format=fragment&{query}").get_data(as_text=True)
        expected = stored_ids(seeded_store, **filters)
        assert expected and sorted(drawn_ids(html)) == sorted(expected), query
    assert len(stored_ids(seeded_store, lang="ru")) < len(stored_ids(seeded_store))


def test_repeated_filters_draw_events_matching_any_value(client, seeded_store):
    html = client.get("/api/v1/charts/timeline?actor=Lavrov&actor=Путин&format=fragment").get_data(as_text=True)
    expected = stored_ids(seeded_store, actor=["Lavrov", "Путин"])
    assert set(expected) > set(stored_ids(seeded_store, actor="Lavrov"))
    assert sorted(drawn_ids(html)) == sorted(expected)
    home = client.get("/?actor=Lavrov&actor=Japarov").get_data(as_text=True)
    assert 'name="actor" value="Lavrov"' in home and 'name="actor" value="Japarov"' in home


def test_fragment_loads_plotly_from_this_service(client):
    html = client.get("/api/v1/charts/timeline?format=fragment").get_data(as_text=True)
    assert html.startswith("<div") and '"http://localhost/static/plotly.min.js"' in html
    assert "plotly.js v" not in html and len(html.encode()) < 200_000  # the seeds' chart without the library


def test_png_and_svg_endpoints(client):
    png = client.get("/api/v1/charts/timeline?format=png&width=800&height=450")
    assert png.status_code == 200 and png.mimetype == "image/png" and png.data[:8] == b"\x89PNG\r\n\x1a\n"
    svg = client.get("/api/v1/charts/timeline?format=svg&lang=en&title=Seeds")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert b"Seeds" in svg.data and b"<svg" in svg.data[:200]


@pytest.mark.parametrize("query, field", [("group_by=colour", "group_by"), ("format=gif", "format"),
                                          ("from=2026&to=2025", "from"), ("to=yesterday", "to"),
                                          ("width=5", "width")])
def test_bad_parameters_are_422_problems(client, query, field):
    response = client.get(f"/api/v1/charts/timeline?{query}")
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    assert response.json["errors"][0]["field"] == field


def test_saved_timeline_chart_uses_its_filters(tmp_path, app_on, seed_into):
    from chrono.store import create_timeline, open_store
    store = open_store(f"sqlite:///{tmp_path / 'timelines.db'}")
    seed_into(store)
    saved = create_timeline(store, "Russian reports", langs=["ru"])
    client = app_on(store).test_client()
    html = client.get(f"/api/v1/timelines/{saved['id']}/chart?format=fragment").get_data(as_text=True)
    assert sorted(drawn_ids(html)) == sorted(stored_ids(store, lang="ru"))
    assert "Russian reports" in html
    assert client.get("/api/v1/timelines/999/chart").status_code == 404


def test_home_page_lists_events_and_links_csv_and_embed(client, seeded_store):
    html = client.get("/?lang=en&group_by=actor").get_data(as_text=True)
    ids = stored_ids(seeded_store, lang="en")
    listed = stored_ids(seeded_store, dated_only=False, lang="en")
    assert sorted(re.findall(r'<tr data-id="([^"]+)"', html)) == sorted(listed)
    assert 'href="/api/v1/timeline?format=csv&amp;lang=en"' in html
    assert "&lt;iframe src=" in html and "format=html" in html
    assert "plotlyjs=service" in html  # the embedded page loads plotly.js from the service as well
    assert '"/static/plotly.min.js"' in html and "plotly.js v" not in html and len(html.encode()) < 500_000
    assert sorted(drawn_ids(html)) == sorted(ids)


def test_chart_command_writes_html_and_svg(tmp_path, seeded_database, seeded_store):
    from chrono.cli import main
    runner = CliRunner()
    env = {"DATABASE_URL": seeded_database}
    page = tmp_path / "timeline.html"
    result = runner.invoke(main, ["chart", "--lang", "ru", "--group-by", "actor", "--out", str(page)], env=env)
    assert result.exit_code == 0, result.output
    assert sorted(drawn_ids(page.read_text(encoding="utf-8"))) == sorted(stored_ids(seeded_store, lang="ru"))
    image = tmp_path / "timeline.svg"
    result = runner.invoke(main, ["chart", "--from", "2025-12", "--out", str(image)], env=env)
    assert result.exit_code == 0 and image.read_bytes().startswith(b"<svg")
    bad = runner.invoke(main, ["chart", "--from", "2026", "--to", "2025", "--out", str(page)], env=env)
    assert bad.exit_code == 2 and "--from" in bad.output
    assert runner.invoke(main, ["chart", "--out", str(tmp_path / "x.gif")], env=env).exit_code == 2


def test_embed_page_can_load_plotly_from_the_service_instead_of_inlining_it(client):
    html = client.get("/api/v1/charts/timeline?format=html&plotlyjs=service").get_data(as_text=True)
    assert '<script src="/static/plotly.min.js" charset="utf-8"></script>' in html
    assert "plotly.js v" not in html and len(html) < 500_000
