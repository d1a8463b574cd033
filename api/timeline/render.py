"""A timeline in the format asked for: a JSON page, a streamed CSV of every match, or TimelineJS."""
from __future__ import annotations

import json
from typing import Any

import marshmallow as ma
from flask import Response, request, stream_with_context

from ..events.query import event_page, every_event
from ..events.schemas import EventQuerySchema, SortArgsSchema
from ..pagination import PageArgsSchema, contract_page
from ..records import csv_lines, event_dict
from .timelinejs import timelinejs

FORMATS = ["json", "csv", "timelinejs"]


class FormatArgsSchema(ma.Schema):
    """The output format of a timeline."""

    format = ma.fields.String(load_default=None, validate=ma.validate.OneOf(FORMATS),
                              metadata={"description": "json (a page), csv (every match, streamed; also Accept: "
                                                       "text/csv) or timelinejs (every match)."})


class TimelineQuerySchema(EventQuerySchema, FormatArgsSchema):
    """Event filters, sort, page, and the output format."""


class TimelineViewSchema(SortArgsSchema, PageArgsSchema, FormatArgsSchema):
    """Sort, page and output format of a named timeline's events (its filters are stored)."""


def chosen_format(asked: str | None) -> str:
    """The format parameter, else what the Accept header prefers (JSON unless only CSV is wanted)."""
    if asked:
        return asked
    best = request.accept_mimetypes.best_match(["application/json", "text/csv"])
    return "csv" if best == "text/csv" else "json"


def render_timeline(filters: dict[str, Any], args: dict[str, Any], name: str, headline: str) -> Any:
    """The timeline response for `filters` in the chosen format."""
    sort = args["sort"]
    fmt = chosen_format(args.get("format"))
    if fmt == "csv":
        lines = csv_lines(every_event(filters, sort))
        return Response(stream_with_context(lines), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    if fmt == "timelinejs":
        document = timelinejs((event_dict(e) for e in every_event(filters, sort)), headline)
        return Response(json.dumps(document, ensure_ascii=False), mimetype="application/json")
    items, total = event_page(filters, sort, args["page"], args["per_page"])
    return contract_page([event_dict(e) for e in items], total, args["page"], args["per_page"])


def timeline_responses(blueprint) -> Any:
    """Document the three forms of a timeline's 200 response."""
    content = {
        "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/EventPage"},
                                                  {"$ref": "#/components/schemas/TimelineJS"}]}},
        "text/csv": {"schema": {"type": "string"}},
    }
    return blueprint.doc(responses={"200": {"description": "A page of events (JSON), every event "
                                                           "(CSV, streamed) or a TimelineJS document.",
                                            "content": content}})
