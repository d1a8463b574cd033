"""Schemas of named timelines (saved queries, as the store keeps them)."""
from __future__ import annotations

from typing import Any

import marshmallow as ma

from ..common import lang_field, several, text_field
from ..windows import bound_field, check_order



class TimelineInSchema(ma.Schema):
    """A named timeline to create or replace: its name and filters (kept as written)."""

    name = text_field(required=True, validate=ma.validate.Length(min=1, max=200))
    from_ = bound_field(data_key="from", load_default=None, allow_none=True)
    to = bound_field(load_default=None, allow_none=True)
    q = text_field(load_default=None, allow_none=True, validate=ma.validate.Length(max=500))
    actors = several(text_field(validate=ma.validate.Length(min=1, max=200)), load_default=list)
    langs = several(lang_field(), load_default=list)
    sources = several(text_field(validate=ma.validate.Length(min=1, max=200)), load_default=list)

    @ma.validates_schema(skip_on_field_errors=True)
    def _window_in_order(self, data, **kwargs):
        check_order(data.get("from_"), data.get("to"))
        if not data["name"].strip():
            raise ma.ValidationError("A timeline needs a name.", "name")


class TimelineSchema(ma.Schema):
    """A stored named timeline."""

    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    from_ = ma.fields.String(data_key="from", attribute="from", allow_none=True, required=True)
    to = ma.fields.String(allow_none=True, required=True)
    q = ma.fields.String(allow_none=True, required=True)
    actors = ma.fields.List(ma.fields.String(), required=True)
    langs = ma.fields.List(ma.fields.String(), required=True)
    sources = ma.fields.List(ma.fields.String(), required=True)
    created = ma.fields.String(required=True)
    updated = ma.fields.String(required=True)


def store_fields(body: dict[str, Any]) -> dict[str, Any]:
    """A loaded body as the store's timeline fields."""
    return {"name": body["name"].strip(), "from_": body["from_"], "to": body["to"], "q": body["q"],
            "actors": body["actors"], "langs": body["langs"], "sources": body["sources"]}


def query_filters(saved: dict[str, Any]) -> dict[str, Any]:
    """A saved timeline's filters as event-query filters (any of a field's values matches; fields must all)."""
    return {"from_": saved.get("from"), "to": saved.get("to"), "q": saved.get("q"), "actor": saved.get("actors"),
            "lang": saved.get("langs"), "source": saved.get("sources"), "document": None, "grain": None}
