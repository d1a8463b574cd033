"""Documents: ingest (JSON, text/plain, text/html), list, get, mentions, delete."""
from .views import blueprint

__all__ = ["blueprint"]
