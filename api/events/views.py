"""Event endpoints."""
from __future__ import annotations

from flask_smorest import Blueprint

from ..common import errors, found
from ..pagination import contract_page
from ..records import event_dict, repository
from ..storage import store
from .query import event_page, filters_of
from .schemas import EventPageSchema, EventQuerySchema, EventSchema

blueprint = Blueprint("events", __name__, url_prefix="/api/v1/events",
                      description="Dated events merged across reports.")


@blueprint.get("")
@blueprint.arguments(EventQuerySchema, location="query")
@blueprint.response(200, EventPageSchema)
def list_events(args: dict):
    """Events overlapping the window and matching the filters, a page at a time."""
    items, total = event_page(filters_of(args), args["sort"], args["page"], args["per_page"])
    return contract_page([event_dict(e) for e in items], total, args["page"], args["per_page"])


@blueprint.get("/<string:event_id>")
@blueprint.response(200, EventSchema)
@errors(blueprint, 404)
def get_event(event_id: str):
    """One event with all its sources."""
    return event_dict(found(repository().get_event(store(), event_id), "event", repr(event_id)))
