"""The document a POST carries: a JSON object, or a text/plain or text/html body with metadata in the query."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

import marshmallow as ma
from flask import request

from ..problems import abort, field_errors
from .schemas import DocumentInSchema

TEXT_MEDIA_TYPES = ("text/plain", "text/html")
ACCEPTED_MEDIA_TYPES = ("application/json",) + TEXT_MEDIA_TYPES


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML page, a block per line."""

    SKIPPED = {"script", "style", "noscript", "template", "head"}
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The main text of an HTML page (trafilatura), or all its visible text when that finds none."""
    try:
        import trafilatura
        main = trafilatura.extract(html, include_comments=False, include_tables=False)
    except Exception:  # noqa: BLE001 - any extractor failure falls back to plain visible text
        main = None
    if main and main.strip():
        return main
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _validated(payload: Any, location: str) -> dict:
    try:
        return DocumentInSchema().load(payload)
    except ma.ValidationError as error:
        abort(422, "The document is not valid; see errors.", errors=field_errors({location: error.messages}))


def _body_text() -> str:
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        return request.get_data().decode(charset)
    except (LookupError, UnicodeDecodeError):
        abort(400, f"The body is not valid {charset} text.")


def document_from_request() -> dict:
    """The validated document fields of this POST (400, 415 or 422 when they cannot be read)."""
    if request.is_json:
        try:
            payload = json.loads(request.get_data())
        except (ValueError, UnicodeDecodeError):
            abort(400, "The body is not valid JSON.")
        return _validated(payload, "json")
    if request.mimetype in TEXT_MEDIA_TYPES:
        text = _body_text()
        if request.mimetype == "text/html":
            text = html_text(text)
        return _validated({**request.args.to_dict(), "text": text}, "query")
    abort(415, f"Send the document as {', '.join(ACCEPTED_MEDIA_TYPES)} (got {request.mimetype or 'no content type'}).")
