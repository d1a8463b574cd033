"""Cross-origin reads for the configured origins (CORS_ORIGINS), preflight included."""
from __future__ import annotations

from flask import Flask, Response, request

from .settings import allowed_origins

EXPOSED_HEADERS = "ETag, Link, Location, X-Request-ID, X-Total-Count, Content-Disposition"
ALLOWED_HEADERS = "Authorization, Content-Type, If-None-Match, X-Request-ID, Accept"


def install(app: Flask) -> None:
    """Add CORS headers to responses to allowed origins."""
    origins = allowed_origins(app.config.get("CORS_ORIGINS"))
    if not origins:
        return
    any_origin = "*" in origins
    max_age = str(app.config.get("CORS_MAX_AGE", 600))

    @app.after_request
    def _cors(response: Response) -> Response:
        origin = request.headers.get("Origin")
        response.vary.add("Origin")
        if not origin or not (any_origin or origin in origins):
            return response
        response.headers["Access-Control-Allow-Origin"] = "*" if any_origin else origin
        response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method"):
            allow = response.headers.get("Allow") or "GET, HEAD, POST, PUT, DELETE, OPTIONS"
            response.headers["Access-Control-Allow-Methods"] = allow
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = max_age
        return response
