"""Schemas of the health and version resources."""
from __future__ import annotations

import marshmallow as ma


class HealthSchema(ma.Schema):
    """Whether the service and its store answer."""

    status = ma.fields.String(required=True, validate=ma.validate.OneOf(["ok", "unavailable"]))
    store = ma.fields.String(required=True, validate=ma.validate.OneOf(["ok", "unavailable"]))


class VersionSchema(ma.Schema):
    """What is running."""

    name = ma.fields.String(required=True)
    version = ma.fields.String(required=True)
    api = ma.fields.String(required=True)
    languages = ma.fields.List(ma.fields.String(), required=True)
