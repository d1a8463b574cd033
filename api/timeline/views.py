"""The ad-hoc timeline endpoint."""
from __future__ import annotations

from flask_smorest import Blueprint

from ..events.query import filters_of
from ..events.schemas import EventPageSchema
from .render import TimelineQuerySchema, render_timeline, timeline_responses

blueprint = Blueprint("timeline", __name__, url_prefix="/api/v1/timeline",
                      description="The filtered, ordered events: a JSON page, a CSV of every match, or TimelineJS.")


@blueprint.get("")
@blueprint.arguments(TimelineQuerySchema, location="query")
@blueprint.response(200, EventPageSchema)
@timeline_responses(blueprint)
def get_timeline(args: dict):
    """Events matching the filters, in time order (JSON page; CSV via Accept: text/csv or format=csv)."""
    return render_timeline(filters_of(args), args, "timeline", "Timeline")
