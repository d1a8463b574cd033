"""Pieces every resource uses: documented error statuses, JSON-only bodies, text validation."""
from __future__ import annotations

import http
from typing import Callable

import marshmallow as ma
from flask import request
from flask_smorest import Blueprint

from .problems import abort

JSON_MEDIA_TYPES = ("application/json",)


def errors(blueprint: Blueprint, *codes: int) -> Callable:
    """Document the error statuses a view can answer with (problem+json bodies)."""
    def decorate(view: Callable) -> Callable:
        for code in codes:
            view = blueprint.alt_response(code, response=http.HTTPStatus(code).name)(view)
        return view
    return decorate


def found(result, kind: str, key: object):
    """`result`, or a 404 problem when the store found nothing (None) or had nothing to act on (False)."""
    if result is None or result is False:
        abort(404, f"No {kind} has id {key}.")
    return result


def require_json_body() -> None:
    """415 unless a body-carrying request declares JSON (for use in before_request)."""
    if request.method in ("POST", "PUT", "PATCH") and not request.is_json:
        abort(415, f"Send the body as application/json (got {request.mimetype or 'no content type'}).")


def no_nul(value: str) -> None:
    """Refuse text holding NUL characters (no store keeps them faithfully)."""
    if "\x00" in value:
        raise ma.ValidationError("Text must not contain NUL (U+0000) characters.")


def text_field(required: bool = False, validate=None, **kwargs) -> ma.fields.String:
    """A string field that refuses NUL characters (plus any other validators)."""
    validators = [no_nul] + ([validate] if validate is not None else [])
    return ma.fields.String(required=required, validate=validators, **kwargs)


def supported_language(value: str) -> None:
    """Refuse language codes the engine has no data for (checked at run time, so the spec stays put)."""
    from chrono import languages
    if value not in languages():
        raise ma.ValidationError(f"Unsupported language {value!r}; supported: {', '.join(languages())}.")


def lang_field(**kwargs) -> ma.fields.String:
    """An ISO 639-1 language code the engine reads."""
    kwargs.setdefault("metadata", {}).setdefault("description", "ISO 639-1 language code.")
    kwargs["metadata"].setdefault("pattern", "^[a-z]{2}$")
    return ma.fields.String(validate=supported_language, **kwargs)


MAX_VALUES = 20


def several(item: ma.fields.Field, **kwargs) -> ma.fields.List:
    """A list of up to MAX_VALUES values of a filter (any of them matches)."""
    return ma.fields.List(item, validate=ma.validate.Length(max=MAX_VALUES, error=f"Give at most {MAX_VALUES} values."),
                          **kwargs)
