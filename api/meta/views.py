"""Health and version."""
from __future__ import annotations

from flask import current_app
from flask_smorest import Blueprint

import chrono

from ..storage import store
from .schemas import HealthSchema, VersionSchema

blueprint = Blueprint("meta", __name__, url_prefix="/api/v1", description="Service health and version.")


def _store_answers() -> bool:
    try:
        from chrono.store import healthy
        return bool(healthy(store()))
    except Exception:  # noqa: BLE001 - any failure to reach the store means unhealthy
        current_app.logger.exception("store health check failed")
        return False


@blueprint.get("/healthz")
@blueprint.response(200, HealthSchema)
@blueprint.alt_response(503, schema=HealthSchema, description="The store does not answer.")
def healthz():
    """Whether the service and its store answer (503 when the store does not)."""
    if _store_answers():
        return {"status": "ok", "store": "ok"}
    return {"status": "unavailable", "store": "unavailable"}, 503


@blueprint.get("/version")
@blueprint.response(200, VersionSchema)
def version():
    """The running version and the languages the engine reads."""
    return {"name": "chrono", "version": chrono.__version__, "api": "v1", "languages": list(chrono.languages())}
