"""chrono's REST service: `create_app(config)` builds a Flask app serving /api/v1."""
from __future__ import annotations

from typing import Any

from flask import Flask

from charts.web import blueprint as charts_blueprint  # the page at / and the chart endpoints

from . import auth, conditional, cors, logs, storage
from .docs import docs_blueprint
from .settings import defaults, from_environment
from .spec import ChronoApi
from .timeline.timelinejs import TimelineJSSchema

__all__ = ["create_app"]


def _resource_blueprints() -> list:
    from .documents import blueprint as documents
    from .events import blueprint as events
    from .meta import blueprint as meta
    from .normalize import blueprint as normalize
    from .timeline import blueprint as timeline
    from .timelines import blueprint as timelines
    return [documents, events, timeline, timelines, normalize, meta]


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """A new app: settings are defaults, then the environment, then `config`."""
    app = Flask(__name__)
    app.config.update(defaults())
    app.config.update(from_environment())
    app.config.update(config or {})
    app.json.sort_keys = False
    storage.install(app, app.config.get("STORE"))
    logs.install(app)
    auth.install(app)
    api = ChronoApi(app)
    api.spec.components.schema("TimelineJS", schema=TimelineJSSchema)
    for blueprint in _resource_blueprints():
        api.register_blueprint(blueprint)
    app.register_blueprint(charts_blueprint)
    app.register_blueprint(docs_blueprint(api))
    conditional.install(app)
    cors.install(app)
    return app
