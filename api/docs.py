"""The OpenAPI document as YAML, and Swagger UI at /docs with every asset served locally."""
from __future__ import annotations

import yaml
from flask import Blueprint, Response, current_app, send_from_directory, url_for
from swagger_ui_bundle import swagger_ui_path

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} API</title>
<link rel="stylesheet" href="{assets}swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{assets}swagger-ui-bundle.js"></script>
<script src="{assets}swagger-ui-standalone-preset.js"></script>
<script>
window.onload = function () {{
  window.ui = SwaggerUIBundle({{url: "{spec}", dom_id: "#swagger-ui", deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout",
    validatorUrl: null}});
}};
</script>
</body>
</html>
"""


def spec_yaml(api) -> str:
    """The spec as YAML, exactly as `flask openapi write --format=yaml` writes it."""
    return yaml.dump(api.spec.to_dict())


def docs_blueprint(api) -> Blueprint:
    """Routes for /openapi.yaml, /docs and /docs/assets/<file>."""
    blueprint = Blueprint("docs", __name__)

    @blueprint.get("/openapi.yaml")
    def openapi_yaml() -> Response:
        """The OpenAPI document as YAML."""
        return Response(spec_yaml(api), mimetype="application/yaml")

    @blueprint.get("/docs")
    def swagger_ui() -> Response:
        """Swagger UI for the OpenAPI document."""
        page = PAGE.format(title=current_app.config["API_TITLE"],
                           assets=url_for("docs.asset", filename=""),
                           spec=url_for("api-docs.openapi_json"))
        return Response(page, mimetype="text/html")

    @blueprint.get("/docs/assets/<path:filename>")
    def asset(filename: str) -> Response:
        """One Swagger UI file from the swagger-ui-bundle package."""
        return send_from_directory(str(swagger_ui_path), filename, max_age=86400)

    return blueprint
