"""Schemas of named timelines."""
from __future__ import annotations

from typing import Any

import marshmallow as ma

from ..common import lang_field, text_field
from ..events.schemas import GRAINS
from ..pagination import PageArgsSchema, page_schema
from ..windows import BOUND_PATTERN, period


def _valid_bound(value: str) -> None:
    try:
        period(value)
    except ValueError as error:
        raise ma.ValidationError(str(error)) from None


class TimelineFiltersSchema(ma.Schema):
    """A timeline's saved filters, kept as written (a partial date stays partial)."""

    from_ = ma.fields.String(data_key="from", allow_none=True, validate=_valid_bound,
                             metadata={"pattern": BOUND_PATTERN})
    to = ma.fields.String(allow_none=True, validate=_valid_bound, metadata={"pattern": BOUND_PATTERN})
    q = text_field(allow_none=True, validate=ma.validate.Length(max=500))
    actor = text_field(allow_none=True, validate=ma.validate.Length(max=200))
    lang = lang_field(allow_none=True)
    source = text_field(allow_none=True, validate=ma.validate.Length(max=200))
    document = ma.fields.String(allow_none=True, validate=ma.validate.Length(min=1, max=128))
    grain = ma.fields.String(allow_none=True, validate=ma.validate.OneOf(GRAINS))

    @ma.validates_schema
    def _window_in_order(self, data, **kwargs):
        if data.get("from_") and data.get("to") and period(data["from_"])[0] > period(data["to"])[1]:
            raise ma.ValidationError("The window's start (from) must come before its end (to).", "from")


class TimelineInSchema(ma.Schema):
    """A named timeline to create or replace."""

    name = text_field(required=True, validate=ma.validate.Length(min=1, max=200))
    description = text_field(load_default=None, allow_none=True, validate=ma.validate.Length(max=5000))
    filters = ma.fields.Nested(TimelineFiltersSchema, load_default=dict)


class TimelineSchema(ma.Schema):
    """A stored named timeline."""

    id = ma.fields.String(required=True)
    name = ma.fields.String(required=True)
    description = ma.fields.String(allow_none=True)
    filters = ma.fields.Nested(TimelineFiltersSchema, required=True)
    created = ma.fields.String(allow_none=True)
    updated = ma.fields.String(allow_none=True)


TimelinePageSchema = page_schema(TimelineSchema, "TimelinePage")


def query_filters(saved: dict[str, Any]) -> dict[str, Any]:
    """Saved filters as event-query filters (partial dates widened to their periods)."""
    out = {key: saved.get(key) for key in ("q", "actor", "lang", "source", "document", "grain")}
    out["from_"] = period(saved["from"])[0] if saved.get("from") else None
    out["to"] = period(saved["to"])[1] if saved.get("to") else None
    return out


__all__ = ["TimelineInSchema", "TimelineSchema", "TimelinePageSchema", "PageArgsSchema", "query_filters"]
