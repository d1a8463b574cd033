"""ETags on GET responses, and 304 Not Modified when If-None-Match matches."""
from __future__ import annotations

from flask import Flask, Response, request


def install(app: Flask) -> None:
    """Tag every complete 200 GET/HEAD response with a strong ETag and answer conditionals."""

    @app.after_request
    def _etag(response: Response) -> Response:
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if response.is_streamed or response.direct_passthrough:
            return response
        if "ETag" not in response.headers:
            response.add_etag()
        return response.make_conditional(request)
