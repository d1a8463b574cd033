"""The chart blueprint: the home page, chart endpoints (HTML, fragment, PNG, SVG) and plotly.js served locally."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, json, render_template, request, send_file, url_for

from .export import PLOTLY_JS_PATH, fragment_html, iframe_html, page_html
from .figure import build_figure
from .hover import event_label
from .query import ChartQuery, QueryError, parse_query
from .source import app_store, matching_events, saved_timeline, timeline_filters
from .static import StaticExportUnavailable, render_image

blueprint = Blueprint("charts", __name__, template_folder="templates", static_folder="static",
                      static_url_path="/charts/static")

MEDIA_TYPES = {"html": "text/html; charset=utf-8", "fragment": "text/html; charset=utf-8",
               "png": "image/png", "svg": "image/svg+xml"}
TABLE_ROWS = 1000


@blueprint.get("/static/plotly.min.js")
def plotly_js() -> Response:
    """The plotly.js bundle shipped in the plotly package (no CDN)."""
    response = send_file(PLOTLY_JS_PATH, mimetype="text/javascript", max_age=86_400, conditional=True)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@blueprint.get("/api/v1/charts/timeline")
def timeline_chart() -> Response:
    """The filtered timeline drawn as an HTML page, an embeddable fragment, PNG or SVG."""
    try:
        query = parse_query(request.args)
    except QueryError as error:
        return _problem(422, str(error), error.field)
    return _chart_response(query, matching_events(app_store(), query.store_filters))


@blueprint.get("/api/v1/timelines/<string:timeline_id>/chart")
def saved_timeline_chart(timeline_id: str) -> Response:
    """A named timeline (its saved filters) drawn like /api/v1/charts/timeline."""
    timeline = saved_timeline(app_store(), timeline_id)
    if timeline is None:
        return _problem(404, f"No timeline has id {timeline_id!r}.")
    saved = timeline_filters(timeline)
    options = {key: value for key, value in request.args.items() if key not in saved}
    try:
        query = parse_query({**options, **saved})
    except QueryError as error:
        return _problem(422, str(error), error.field)
    query.title = query.title or timeline.get("name")
    return _chart_response(query, matching_events(app_store(), query.store_filters))


@blueprint.get("/")
def home() -> Any:
    """The current timeline drawn, with filters, the events as a table, CSV and embed links."""
    try:
        query = parse_query(request.args, default_group_by="source")
        error = None
    except QueryError as problem:
        query, error = parse_query({}, default_group_by="source"), str(problem)
    events = matching_events(app_store(), query.store_filters)
    figure = build_figure(events, query.group_by, title=query.title, lang=query.lang)
    filter_query = query.filter_query()
    embed_args = "&".join(part for part in (filter_query, f"group_by={query.group_by}") if part)
    embed_url = url_for("charts.timeline_chart", _external=True) + "?" + embed_args
    return render_template(
        "charts/home.html", query=query, error=error, events=events[:TABLE_ROWS], total=len(events),
        chart=fragment_html(figure, plotly_url=url_for("charts.plotly_js")),
        labels=[event_label(event) for event in events[:TABLE_ROWS]],
        csv_url=url_for("timeline.get_timeline") if "timeline.get_timeline" in _endpoints() else "/api/v1/timeline",
        csv_query=("format=csv&" + filter_query).rstrip("&"),
        embed_code=iframe_html(embed_url + "&format=html&plotlyjs=service", height=560),
        languages=_languages(), groupings=("source", "lang", "actor", "none"),
    )


def _chart_response(query: ChartQuery, events: list[dict[str, Any]]) -> Response:
    static = query.fmt in ("png", "svg")
    figure = build_figure(events, query.group_by, title=query.title, lang=query.lang,
                          height=query.height, width=query.width if static else None, slider=not static)
    if query.fmt == "fragment":
        body: Any = fragment_html(figure, plotly_url=url_for("charts.plotly_js", _external=True))
    elif query.fmt == "html":
        inline = request.args.get("plotlyjs") != "service"
        body = page_html(figure, plotly_url=None if inline else url_for("charts.plotly_js"))
    else:
        try:
            body = render_image(figure, query.fmt, query.width, query.height)
        except StaticExportUnavailable as error:
            return _problem(503, str(error))
    response = Response(body, mimetype=MEDIA_TYPES[query.fmt])
    if static:
        response.headers["Content-Disposition"] = f'inline; filename="timeline.{query.fmt}"'
    return response


def _problem(status: int, detail: str, field: str | None = None) -> Response:
    titles = {404: "Not Found", 422: "Unprocessable Content", 503: "Service Unavailable"}
    body: dict[str, Any] = {"type": "about:blank", "title": titles.get(status, "Error"), "status": status,
                            "detail": detail, "instance": request.path}
    if field:
        body["errors"] = [{"location": "query", "field": field, "message": detail}]
    return Response(json.dumps(body), status=status, mimetype="application/problem+json")


def _endpoints() -> set[str]:
    return set(current_app.view_functions)


def _languages() -> list[str]:
    from chrono import languages
    return list(languages())
