"""Schemas of the normalize resource and the shared mention contract."""
from __future__ import annotations

import marshmallow as ma

from chrono import InvalidReference, parse_ref
from chrono.engine import PREFERENCES

from ..common import lang_field, text_field


def _valid_ref(value: str) -> None:
    try:
        parse_ref(value)
    except InvalidReference as error:
        raise ma.ValidationError(str(error)) from None


class IntervalSchema(ma.Schema):
    """A half-open interval [start, end) in ISO 8601 (local time when it has no offset)."""

    start = ma.fields.String(required=True)
    end = ma.fields.String(required=True)


class CertaintySchema(ma.Schema):
    """Which parts of a value the text stated and which were inferred."""

    stated = ma.fields.List(ma.fields.String(), required=True)
    inferred = ma.fields.List(ma.fields.String(), required=True)


class AnchorSchema(ma.Schema):
    """How a value was resolved."""

    kind = ma.fields.String(required=True, validate=ma.validate.OneOf(["absolute", "document", "mention", "none"]))
    mention = ma.fields.Integer(allow_none=True, required=True)


class MentionSchema(ma.Schema):
    """A date or time phrase with its span and normalized value (the mention contract)."""

    start = ma.fields.Integer(required=True)
    end = ma.fields.Integer(required=True)
    text = ma.fields.String(required=True)
    type = ma.fields.String(required=True, validate=ma.validate.OneOf(["DATE", "TIME", "DURATION", "SET"]))
    value = ma.fields.String(required=True)
    mod = ma.fields.String(allow_none=True, required=True)
    interval = ma.fields.Nested(IntervalSchema, allow_none=True, required=True)
    grain = ma.fields.String(allow_none=True, required=True)
    certainty = ma.fields.Nested(CertaintySchema, required=True)
    anchor = ma.fields.Nested(AnchorSchema, required=True)
    rule = ma.fields.String(required=True)
    parts = ma.fields.List(ma.fields.Nested(lambda: MentionSchema()), required=True)


class NormalizeRequestSchema(ma.Schema):
    """A text to normalize and how."""

    text = text_field(required=True, metadata={"description": "The text to search for date and time phrases."})
    ref = ma.fields.String(load_default=None, allow_none=True, validate=_valid_ref,
                           metadata={"description": "Reference (document) date: YYYY-MM-DD or ISO 8601."})
    lang = lang_field(load_default=None, allow_none=True,
                      metadata={"description": "Language code; detected when left out."})
    prefer = ma.fields.String(load_default="nearest", validate=ma.validate.OneOf(PREFERENCES),
                              metadata={"description": "Direction for dates the sentence's tense does not settle."})


class NormalizeResponseSchema(ma.Schema):
    """The mentions found, in text order."""

    lang = ma.fields.String(required=True)
    ref = ma.fields.String(allow_none=True, required=True)
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)
