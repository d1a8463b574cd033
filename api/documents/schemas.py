"""Schemas of the document resource (the document contract of DESIGN.md)."""
from __future__ import annotations

import marshmallow as ma

from chrono import InvalidReference, parse_ref

from ..common import lang_field, text_field
from ..events.schemas import EventSchema
from ..normalize.schemas import MentionSchema
from ..pagination import PageArgsSchema, page_schema
from ..windows import bound_field, check_order


def _valid_published(value: str) -> None:
    try:
        parse_ref(value)
    except InvalidReference:
        raise ma.ValidationError("Use YYYY-MM-DD or an ISO 8601 timestamp.") from None


class DocumentMetaSchema(ma.Schema):
    """A document's metadata (query parameters when the body is text/plain or text/html)."""

    title = text_field(load_default=None, allow_none=True, validate=ma.validate.Length(max=1000))
    url = text_field(load_default=None, allow_none=True, validate=ma.validate.Length(max=2000))
    source = text_field(load_default=None, allow_none=True, validate=ma.validate.Length(max=200),
                        metadata={"description": "The outlet that published the document."})
    lang = lang_field(load_default=None, allow_none=True,
                      metadata={"description": "ISO 639-1 code; detected when left out."})
    published = ma.fields.String(load_default=None, allow_none=True, validate=_valid_published,
                                 metadata={"description": "The document date: YYYY-MM-DD or ISO 8601; the reference date."})


class DocumentInSchema(DocumentMetaSchema):
    """A document to ingest."""

    text = text_field(required=True, validate=ma.validate.Length(min=1),
                      metadata={"description": "The document's text."})


class DocumentSummarySchema(ma.Schema):
    """A stored document without its text."""

    id = ma.fields.String(required=True, metadata={"description": "Hash of the NFC, right-trimmed text."})
    title = ma.fields.String(allow_none=True)
    url = ma.fields.String(allow_none=True)
    source = ma.fields.String(allow_none=True)
    lang = ma.fields.String(allow_none=True)
    published = ma.fields.String(allow_none=True)
    created = ma.fields.String(allow_none=True, metadata={"description": "When the store received it (UTC)."})
    chars = ma.fields.Integer(metadata={"description": "Length of the text in characters."})


class DocumentSchema(DocumentSummarySchema):
    """A stored document with its text."""

    text = ma.fields.String(required=True)


class IngestResultSchema(ma.Schema):
    """The stored document with what the engine found in it."""

    created = ma.fields.Boolean(required=True, metadata={"description": "False when the same text was stored before."})
    document = ma.fields.Nested(DocumentSchema, required=True)
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)
    events = ma.fields.List(ma.fields.Nested(EventSchema), required=True)


class DocumentMentionsSchema(ma.Schema):
    """The mentions found in one document, in text order."""

    document = ma.fields.String(required=True)
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)


class DocumentQuerySchema(PageArgsSchema):
    """Which documents: language, outlet, words of the title, publication window."""

    lang = lang_field(load_default=None)
    source = text_field(load_default=None, validate=ma.validate.Length(max=200))
    q = text_field(load_default=None, validate=ma.validate.Length(max=500),
                   metadata={"description": "Text the title contains."})
    from_ = bound_field(data_key="from", load_default=None, metadata={"description": "Published from."})
    to = bound_field(load_default=None, metadata={"description": "Published up to the end of this period."})

    @ma.validates_schema(skip_on_field_errors=True)
    def _window_in_order(self, data, **kwargs):
        check_order(data.get("from_"), data.get("to"))


DocumentPageSchema = page_schema(DocumentSummarySchema, "DocumentPage")
