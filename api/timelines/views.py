"""Named timeline endpoints: thin calls into the store's repository functions."""
from __future__ import annotations

from typing import Any

from flask import url_for
from flask_smorest import Blueprint

from ..common import errors, require_json_body
from ..events.schemas import EventPageSchema
from ..pagination import PageArgsSchema, page_of
from ..problems import abort
from ..records import repository, timeline_dict
from ..storage import store
from ..timeline.render import TimelineViewSchema, render_timeline, timeline_responses
from .schemas import TimelineFiltersSchema, TimelineInSchema, TimelinePageSchema, TimelineSchema, query_filters

blueprint = Blueprint("timelines", __name__, url_prefix="/api/v1/timelines",
                      description="Named timelines: saved filters, and their events as JSON, CSV or TimelineJS.")
blueprint.before_request(require_json_body)

WRITE = [{"bearerAuth": []}]


def _saved_filters(body: dict[str, Any]) -> dict[str, Any]:
    dumped = TimelineFiltersSchema().dump(body.get("filters") or {})
    return {key: value for key, value in dumped.items() if value is not None}


def _found(timeline_id: str) -> dict[str, Any]:
    timeline = repository().get_timeline(store(), timeline_id)
    if timeline is None:
        abort(404, f"No timeline has id {timeline_id!r}.")
    return timeline_dict(timeline)


@blueprint.post("")
@blueprint.doc(security=WRITE)
@blueprint.arguments(TimelineInSchema)
@blueprint.response(201, TimelineSchema)
@errors(blueprint, 400, 401, 409, 413, 415)
def create_timeline(body: dict):
    """Save a named set of filters."""
    timeline = repository().create_timeline(store(), body["name"], body["description"], _saved_filters(body))
    if timeline is None:
        abort(409, f"A timeline named {body['name']!r} exists already.")
    saved = timeline_dict(timeline)
    return saved, 201, {"Location": url_for("timelines.get_timeline", timeline_id=saved["id"])}


@blueprint.get("")
@blueprint.arguments(PageArgsSchema, location="query")
@blueprint.response(200, TimelinePageSchema)
def list_timelines(args: dict):
    """Saved timelines, a page at a time."""
    items, total = repository().list_timelines(store(), page=args["page"], per_page=args["per_page"])
    return page_of([timeline_dict(t) for t in items], total, args["page"], args["per_page"])


@blueprint.get("/<string:timeline_id>")
@blueprint.response(200, TimelineSchema)
@errors(blueprint, 404)
def get_timeline(timeline_id: str):
    """One saved timeline."""
    return _found(timeline_id)


@blueprint.put("/<string:timeline_id>")
@blueprint.doc(security=WRITE)
@blueprint.arguments(TimelineInSchema)
@blueprint.response(200, TimelineSchema)
@errors(blueprint, 400, 401, 404, 409, 413, 415)
def replace_timeline(body: dict, timeline_id: str):
    """Replace a saved timeline's name, description and filters."""
    _found(timeline_id)
    timeline = repository().update_timeline(store(), timeline_id, body["name"], body["description"],
                                            _saved_filters(body))
    if timeline is None:
        abort(409, f"A timeline named {body['name']!r} exists already.")
    return timeline_dict(timeline)


@blueprint.delete("/<string:timeline_id>")
@blueprint.doc(security=WRITE)
@blueprint.response(204)
@errors(blueprint, 401, 404)
def delete_timeline(timeline_id: str):
    """Remove a saved timeline (its events stay)."""
    if not repository().delete_timeline(store(), timeline_id):
        abort(404, f"No timeline has id {timeline_id!r}.")
    return None


@blueprint.get("/<string:timeline_id>/events")
@blueprint.arguments(TimelineViewSchema, location="query")
@blueprint.response(200, EventPageSchema)
@timeline_responses(blueprint)
@errors(blueprint, 404)
def timeline_events(args: dict, timeline_id: str):
    """The saved timeline's events (JSON page; CSV via Accept: text/csv or format=csv; TimelineJS)."""
    saved = _found(timeline_id)
    return render_timeline(query_filters(saved["filters"]), args, f"timeline-{timeline_id}", saved["name"])
