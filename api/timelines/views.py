"""Named timeline endpoints: thin calls into the store's repository functions."""
from __future__ import annotations

from typing import Any

from flask import url_for
from flask_smorest import Blueprint

from chrono import ChronoError

from ..common import errors, found, require_json_body
from ..events.schemas import EventPageSchema
from ..pagination import PageArgsSchema, page_of, page_schema
from ..problems import abort
from ..records import repository
from ..storage import store
from ..timeline.render import TimelineViewSchema, render_timeline, timeline_responses
from .schemas import TimelineInSchema, TimelineSchema, query_filters, store_fields

blueprint = Blueprint("timelines", __name__, url_prefix="/api/v1/timelines",
                      description="Named timelines: saved filters, and their events as JSON, CSV or TimelineJS.")
blueprint.before_request(require_json_body)

WRITE = [{"bearerAuth": []}]
LARGEST_ID = 2**31 - 1  # timeline ids are 32-bit integers in the store (PostgreSQL's INTEGER)
TimelinePageSchema = page_schema(TimelineSchema, "TimelinePage")


def _storable(timeline_id: int) -> int:
    """The id, or a 404 when no stored timeline can have it (larger than the store's integers)."""
    if timeline_id > LARGEST_ID:
        abort(404, f"No timeline has id {timeline_id}.")
    return timeline_id


def _found(timeline_id: int) -> dict[str, Any]:
    return found(repository().get_timeline(store(), _storable(timeline_id)), "timeline", timeline_id)


def _saved(action) -> dict[str, Any]:
    repo = repository()
    try:
        return action(repo)
    except repo.TimelineConflict as error:
        abort(409, str(error))
    except ChronoError as error:
        abort(422, str(error).splitlines()[0])


@blueprint.post("")
@blueprint.doc(security=WRITE)
@blueprint.arguments(TimelineInSchema)
@blueprint.response(201, TimelineSchema)
@errors(blueprint, 400, 401, 409, 413, 415)
def create_timeline(body: dict):
    """Save a named set of filters (a taken name is 409)."""
    fields = store_fields(body)
    saved = _saved(lambda repo: repo.create_timeline(store(), fields.pop("name"), **fields))
    return saved, 201, {"Location": url_for("timelines.get_timeline", timeline_id=saved["id"])}


@blueprint.get("")
@blueprint.arguments(PageArgsSchema, location="query")
@blueprint.response(200, TimelinePageSchema)
def list_timelines(args: dict):
    """Saved timelines by name, a page at a time."""
    items, total = repository().list_timelines(store(), page=args["page"], per_page=args["per_page"])
    return page_of(items, total, args["page"], args["per_page"])


@blueprint.get("/<int:timeline_id>")
@blueprint.response(200, TimelineSchema)
@errors(blueprint, 404)
def get_timeline(timeline_id: int):
    """One saved timeline."""
    return _found(timeline_id)


@blueprint.put("/<int:timeline_id>")
@blueprint.doc(security=WRITE)
@blueprint.arguments(TimelineInSchema)
@blueprint.response(200, TimelineSchema)
@errors(blueprint, 400, 401, 404, 409, 413, 415)
def replace_timeline(body: dict, timeline_id: int):
    """Replace a saved timeline's name and filters."""
    fields = store_fields(body)
    fields["from"] = fields.pop("from_")
    saved = _saved(lambda repo: repo.update_timeline(store(), _storable(timeline_id), **fields))
    found(saved, "timeline", timeline_id)
    return saved


@blueprint.delete("/<int:timeline_id>")
@blueprint.doc(security=WRITE)
@blueprint.response(204)
@errors(blueprint, 401, 404)
def delete_timeline(timeline_id: int):
    """Remove a saved timeline (its events stay)."""
    found(repository().delete_timeline(store(), _storable(timeline_id)), "timeline", timeline_id)
    return None


@blueprint.get("/<int:timeline_id>/events")
@blueprint.arguments(TimelineViewSchema, location="query")
@blueprint.response(200, EventPageSchema)
@timeline_responses(blueprint)
@errors(blueprint, 404)
def timeline_events(args: dict, timeline_id: int):
    """The saved timeline's events (JSON page; CSV via Accept: text/csv or format=csv; TimelineJS)."""
    saved = _found(timeline_id)
    return render_timeline(query_filters(saved), args, f"timeline-{timeline_id}", saved["name"])
