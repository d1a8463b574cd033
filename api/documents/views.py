"""Document endpoints: thin calls into the store's repository functions."""
from __future__ import annotations

from flask import url_for
from flask_smorest import Blueprint

from chrono import ChronoError

from ..common import errors, found
from ..pagination import page_of
from ..problems import abort
from ..records import document_dict, event_dict, mention_dict, repository
from ..storage import store
from .body import document_from_request
from .schemas import (DocumentInSchema, DocumentMentionsSchema, DocumentMetaSchema, DocumentPageSchema,
                      DocumentQuerySchema, DocumentSchema, IngestResultSchema)

blueprint = Blueprint("documents", __name__, url_prefix="/api/v1/documents",
                      description="Reports: ingest (the same text twice is stored once), list, read, delete.")

WRITE = [{"bearerAuth": []}]
TEXT_BODY = {"schema": {"type": "string"}}


def _found(document_id: str):
    return found(repository().get_document(store(), document_id), "document", repr(document_id))


@blueprint.post("")
@blueprint.doc(security=WRITE, requestBody={"required": True, "content": {
    "application/json": {"schema": DocumentInSchema},
    "text/plain": TEXT_BODY, "text/html": TEXT_BODY}})
@blueprint.arguments(DocumentMetaSchema, location="query", as_kwargs=True,
                     description="Metadata, for text/plain and text/html bodies.")
@blueprint.response(201, IngestResultSchema, description="Stored now.")
@blueprint.alt_response(200, schema=IngestResultSchema, description="The same text was stored before: nothing is duplicated (its mentions and events are re-derived only if the engine changed since).")
@errors(blueprint, 400, 401, 413, 415)
def ingest_document(**query):
    """Store a report and what the engine finds in it (JSON, or a text/plain or text/html body)."""
    fields = document_from_request()
    repo = repository()
    try:
        document, created = repo.ingest(store(), fields["text"], fields.get("title"), fields.get("url"),
                                        fields.get("source"), fields.get("lang"), fields.get("published"))
    except ChronoError as error:
        abort(422, str(error).splitlines()[0])
    stored = document_dict(repo.get_document(store(), document["id"]) or document)
    events = repo.iter_events(store(), document=stored["id"])
    body = {"created": bool(created), "document": stored,
            "mentions": [mention_dict(m) for m in repo.document_mentions(store(), stored["id"]) or []],
            "events": [event_dict(e) for e in events]}
    location = url_for("documents.get_document", document_id=stored["id"])
    return body, 201 if created else 200, {"Location": location}


@blueprint.get("")
@blueprint.arguments(DocumentQuerySchema, location="query")
@blueprint.response(200, DocumentPageSchema)
def list_documents(args: dict):
    """Stored documents (without text), newest published first, a page at a time."""
    filters = {"lang": args["lang"], "source": args["source"], "q": args["q"], "from": args["from_"],
               "to": args["to"]}
    items, total = repository().list_documents(store(), filters, page=args["page"], per_page=args["per_page"])
    return page_of([document_dict(d, with_text=False) for d in items], total, args["page"], args["per_page"])


@blueprint.get("/<string:document_id>")
@blueprint.response(200, DocumentSchema)
@errors(blueprint, 404)
def get_document(document_id: str):
    """One stored document with its text."""
    return document_dict(_found(document_id))


@blueprint.get("/<string:document_id>/mentions")
@blueprint.response(200, DocumentMentionsSchema)
@errors(blueprint, 404)
def get_document_mentions(document_id: str):
    """The date and time phrases found in one document."""
    mentions = found(repository().document_mentions(store(), document_id), "document", repr(document_id))
    return {"document": document_id, "mentions": [mention_dict(m) for m in mentions]}


@blueprint.delete("/<string:document_id>")
@blueprint.doc(security=WRITE)
@blueprint.response(204)
@errors(blueprint, 401, 404)
def delete_document(document_id: str):
    """Remove a document, its mentions, and the events only it reported."""
    found(repository().delete_document(store(), document_id), "document", repr(document_id))
    return None
