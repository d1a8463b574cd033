"""JSON access logs, one line per request, tagged with the request id (X-Request-ID)."""
from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import datetime, timezone

from flask import Flask, Response, g, request

LOGGER_NAME = "chrono.api"
_ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line with its extra fields."""
        line = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def service_logger() -> logging.Logger:
    """The service's logger, writing JSON lines to stderr (set up once per process)."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def request_id_of(header: str | None) -> str:
    """The client's request id when it is a sane token, else a fresh one."""
    if header and _ACCEPTED_ID.match(header):
        return header
    return uuid.uuid4().hex


def install(app: Flask) -> None:
    """Give every request an id, echo it in X-Request-ID, and log the request as JSON."""
    logger = service_logger()

    @app.before_request
    def _start() -> None:
        g.request_id = request_id_of(request.headers.get("X-Request-ID"))
        g.started = time.perf_counter()

    @app.after_request
    def _finish(response: Response) -> Response:
        request_id = getattr(g, "request_id", None) or request_id_of(None)
        response.headers["X-Request-ID"] = request_id
        elapsed = time.perf_counter() - getattr(g, "started", time.perf_counter())
        logger.info("request", extra={"fields": {
            "request_id": request_id, "method": request.method, "path": request.path,
            "status": response.status_code, "duration_ms": round(elapsed * 1000, 2),
            "remote": request.remote_addr,
        }})
        return response

    @app.teardown_request
    def _failed(error: BaseException | None) -> None:
        if error is not None:
            logger.error("unhandled error", exc_info=error,
                         extra={"fields": {"request_id": getattr(g, "request_id", None), "path": request.path}})
