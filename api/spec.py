"""The flask-smorest Api with problem+json errors everywhere."""
from __future__ import annotations

import http

from flask_smorest import Api
from flask_smorest.utils import prepare_response

from .problems import PROBLEM_MEDIA_TYPE, ProblemSchema, problem_response


class ChronoApi(Api):
    """An Api whose errors, handled and documented, are RFC 9457 problem documents."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error):
        """Every HTTP error as problem+json (keeps Allow on 405, WWW-Authenticate on 401)."""
        return problem_response(error)

    def _register_responses(self):
        """Document each status's error response as application/problem+json."""
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Any other error", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)
