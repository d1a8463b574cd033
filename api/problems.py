"""RFC 9457 problem documents: one schema and one handler for every HTTP error."""
from __future__ import annotations

from typing import Any

import marshmallow as ma
from flask import Response, g, json, request
from flask_smorest import abort as smorest_abort
from werkzeug.exceptions import HTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
_DROPPED_HEADERS = {"content-type", "content-length"}


class FieldErrorSchema(ma.Schema):
    """One complaint about one input field."""

    location = ma.fields.String(metadata={"description": "Where the field was: json, query, body, path."})
    field = ma.fields.String(allow_none=True, metadata={"description": "Dotted field name; null for the whole input."})
    message = ma.fields.String()


class ProblemSchema(ma.Schema):
    """An RFC 9457 problem document."""

    type = ma.fields.String(metadata={"description": "A URI naming the problem type; about:blank for plain HTTP errors."})
    title = ma.fields.String(metadata={"description": "The HTTP status phrase."})
    status = ma.fields.Integer()
    detail = ma.fields.String(metadata={"description": "What went wrong with this request."})
    instance = ma.fields.String(metadata={"description": "The request path."})
    request_id = ma.fields.String()
    errors = ma.fields.List(ma.fields.Nested(FieldErrorSchema), metadata={"description": "Field errors (400, 422)."})


def abort(status: int, detail: str, errors: list[dict[str, Any]] | None = None,
          headers: dict[str, str] | None = None) -> None:
    """Stop the request with a problem document."""
    extra: dict[str, Any] = {"message": detail}
    if errors:
        extra["errors"] = errors
    if headers:
        extra["headers"] = headers
    smorest_abort(status, **extra)


def field_errors(messages: Any, location: str | None = None, prefix: str = "") -> list[dict[str, Any]]:
    """webargs/marshmallow messages ({location: {field: [msg]}}) as a flat list of field errors."""
    found: list[dict[str, Any]] = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            if location is None:
                found += field_errors(value, str(key), "")
            else:
                name = str(key) if key != "_schema" else ""
                found += field_errors(value, location, f"{prefix}.{name}".strip(".") if name else prefix)
    elif isinstance(messages, (list, tuple)):
        for item in messages:
            found += field_errors(item, location or "body", prefix)
    else:
        found.append({"location": location or "body", "field": prefix or None, "message": str(messages)})
    return found


def _detail(error: HTTPException, data: dict[str, Any]) -> str:
    if data.get("message"):
        return str(data["message"])
    if "messages" in data or "errors" in data:
        return "The request's input is not valid; see errors."
    return error.description or error.name


def problem_response(error: HTTPException) -> Response:
    """The problem+json response for an HTTP error, keeping the error's own headers (Allow, WWW-Authenticate)."""
    data = getattr(error, "data", None) or {}
    status = error.code or 500
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": error.name,
        "status": status,
        "detail": _detail(error, data),
        "instance": request.path,
    }
    if getattr(g, "request_id", None):
        body["request_id"] = g.request_id
    errors = data.get("errors")
    if errors is None and "messages" in data:
        errors = field_errors(data["messages"])
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    for name, value in (error.get_headers() or []):
        if name.lower() not in _DROPPED_HEADERS:
            response.headers[name] = value
    for name, value in (data.get("headers") or {}).items():
        response.headers[name] = value
    return response
