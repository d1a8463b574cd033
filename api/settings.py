"""The service's configuration: defaults, overridden by the environment, then by create_app's dict."""
from __future__ import annotations

import os
from typing import Any

import chrono

ENVIRONMENT_KEYS = ("DATABASE_URL", "CHRONO_API_TOKEN", "MAX_CONTENT_LENGTH", "CORS_ORIGINS", "CHRONO_SEED")


def defaults() -> dict[str, Any]:
    """Settings every app starts from."""
    return {
        "DATABASE_URL": None,             # None: the store's default (a SQLite file)
        "CHRONO_API_TOKEN": None,         # set: POST/PUT/PATCH/DELETE need "Authorization: Bearer <token>"
        "MAX_CONTENT_LENGTH": 10 * 1024 * 1024,
        "CORS_ORIGINS": [],               # origins allowed to read responses cross-site; ["*"] for any
        "CORS_MAX_AGE": 600,
        "API_TITLE": "chrono",
        "API_VERSION": chrono.__version__,
        "OPENAPI_VERSION": "3.0.3",  # the Swagger UI that swagger-ui-bundle ships (4.15) renders 3.0 only
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "API_SPEC_OPTIONS": {
            "info": {"description": "Dates and events found in news text, as a REST service. "
                                    "Errors are RFC 9457 problem+json documents."},
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
        },
    }


def from_environment(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """The settings the process environment gives (only the keys it sets)."""
    environ = os.environ if environ is None else environ
    found: dict[str, Any] = {}
    for key in ENVIRONMENT_KEYS:
        if environ.get(key):
            found[key] = environ[key]
    if "MAX_CONTENT_LENGTH" in found:
        found["MAX_CONTENT_LENGTH"] = int(found["MAX_CONTENT_LENGTH"])
    return found


def allowed_origins(value: Any) -> list[str]:
    """CORS_ORIGINS as a list, whether given as a list or a comma-separated string."""
    if not value:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part) for part in value]
