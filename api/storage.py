"""The app's store, opened on first use in each process (so forked workers never share connections)."""
from __future__ import annotations

import threading
from typing import Any

from flask import Flask, current_app

EXTENSION = "chrono_store"


def install(app: Flask, store: Any = None) -> None:
    """Reserve the app's store slot; `store` can be given ready-made."""
    app.extensions[EXTENSION] = {"store": store, "lock": threading.Lock()}


def store() -> Any:
    """The current app's store, opened from DATABASE_URL when first needed."""
    slot = current_app.extensions[EXTENSION]
    if slot["store"] is None:
        with slot["lock"]:
            if slot["store"] is None:
                from chrono.store import open_store
                slot["store"] = open_store(current_app.config.get("DATABASE_URL"))
    return slot["store"]
