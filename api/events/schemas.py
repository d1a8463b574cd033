"""Schemas of the event resource: filters, the event contract, the list envelope."""
from __future__ import annotations

import marshmallow as ma

from ..common import lang_field, several, text_field
from ..pagination import PageArgsSchema, page_schema
from ..windows import bound_field, check_order

GRAINS = ["century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
          "part_of_day", "hour", "minute", "second"]
SORTS = ["time", "-time", "relevance"]


class EventFilterSchema(ma.Schema):
    """Which events: a time window (overlap), text, actor, language, source, document, grain."""

    from_ = bound_field(data_key="from", load_default=None,
                        metadata={"description": "Window start: YYYY, YYYY-MM, YYYY-MM-DD or a timestamp."})
    to = bound_field(load_default=None,
                     metadata={"description": "Window end, inclusive of its whole period (to=2025-12 includes 31 December)."})
    q = text_field(load_default=None, validate=ma.validate.Length(max=500),
                   metadata={"description": "Words the event's title or sentence contains."})
    actor = several(text_field(validate=ma.validate.Length(min=1, max=200)), load_default=None,
                    metadata={"description": "An actor the event names; repeat for any of several."})
    lang = several(lang_field(), load_default=None,
                   metadata={"description": "A language the event is told in; repeat for any of several."})
    source = several(text_field(validate=ma.validate.Length(min=1, max=200)), load_default=None,
                     metadata={"description": "An outlet that reported the event; repeat for any of several."})
    document = ma.fields.String(load_default=None, validate=ma.validate.Length(min=1, max=128),
                                metadata={"description": "Id of a reporting document."})
    grain = ma.fields.String(load_default=None, validate=ma.validate.OneOf(GRAINS))

    @ma.validates_schema(skip_on_field_errors=True)
    def _window_in_order(self, data, **kwargs):
        check_order(data.get("from_"), data.get("to"))


class SortArgsSchema(ma.Schema):
    """The order of a list of events."""

    sort = ma.fields.String(load_default="time", validate=ma.validate.OneOf(SORTS),
                            metadata={"description": "time (earliest first), -time (latest first) or relevance (most reported first)."})


class EventQuerySchema(EventFilterSchema, SortArgsSchema, PageArgsSchema):
    """Event filters, sort order and page."""


class EventSourceSchema(ma.Schema):
    """One report's telling of an event."""

    document = ma.fields.String(required=True)
    title = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    lang = ma.fields.String(allow_none=True)
    sentence = ma.fields.String(required=True)
    date_text = ma.fields.String(allow_none=True)
    span = ma.fields.List(ma.fields.Integer(), allow_none=True)


class RelatedTimeSchema(ma.Schema):
    """Another time the event's sentences name."""

    value = ma.fields.String(allow_none=True)
    start = ma.fields.String(allow_none=True)
    end = ma.fields.String(allow_none=True)
    grain = ma.fields.String(allow_none=True)
    mod = ma.fields.String(allow_none=True)
    label = ma.fields.String(allow_none=True)


class EventSchema(ma.Schema):
    """A dated happening with every source that reports it (the event contract)."""

    id = ma.fields.String(required=True)
    start = ma.fields.String(allow_none=True, required=True)
    end = ma.fields.String(allow_none=True, required=True)
    grain = ma.fields.String(allow_none=True)
    mod = ma.fields.String(allow_none=True)
    value = ma.fields.String(allow_none=True)
    label = ma.fields.String(allow_none=True)
    title = ma.fields.String(required=True)
    actors = ma.fields.List(ma.fields.String())
    langs = ma.fields.List(ma.fields.String())
    sources = ma.fields.List(ma.fields.Nested(EventSourceSchema))
    related = ma.fields.List(ma.fields.Nested(RelatedTimeSchema))


EventPageSchema = page_schema(EventSchema, "EventPage")
