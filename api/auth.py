"""Bearer-token protection of writes when CHRONO_API_TOKEN is set."""
from __future__ import annotations

import hmac

from flask import Flask, request

from .problems import abort

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
READ_ONLY_ENDPOINTS_ATTRIBUTE = "chrono_stores_nothing"


def stores_nothing(view):
    """Mark a POST view that changes nothing (e.g. normalize), so it needs no token."""
    setattr(view, READ_ONLY_ENDPOINTS_ATTRIBUTE, True)
    return view


def install(app: Flask) -> None:
    """Refuse writes without the configured bearer token (401 problem+json)."""
    token = app.config.get("CHRONO_API_TOKEN")
    if not token:
        return
    expected = str(token).encode("utf-8")

    @app.before_request
    def _require_token() -> None:
        if request.method not in WRITE_METHODS or request.endpoint is None:
            return
        view = app.view_functions.get(request.endpoint)
        marked = getattr(view, "view_class", view)
        if getattr(marked, READ_ONLY_ENDPOINTS_ATTRIBUTE, False):
            return
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8"), expected):
            abort(401, "This write needs a valid bearer token (Authorization: Bearer <token>).",
                  headers={"WWW-Authenticate": 'Bearer realm="chrono"'})
