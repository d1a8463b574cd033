"""The store: SQLAlchemy models, Alembic migrations and the repository functions the CLI and API call."""
from .database import Store, database_url, open_store, upgrade
from .query import get_event, iter_events, list_events
from .repository import (UnknownDocument, all_documents, delete_document, document_id, document_mentions,
                         document_segments, get_document, healthy, ingest, ingest_many, list_documents,
                         outdated_documents, reanalyse)
from .timelines import (TimelineConflict, create_timeline, delete_timeline, get_timeline, list_timelines,
                        update_timeline)
from .window import InvalidWindow

__all__ = [
    "Store", "open_store", "upgrade", "database_url", "ingest", "ingest_many", "get_document", "list_documents",
    "delete_document", "document_mentions", "document_segments", "document_id", "list_events", "iter_events",
    "get_event", "create_timeline", "get_timeline", "list_timelines", "update_timeline", "delete_timeline",
    "healthy", "InvalidWindow", "TimelineConflict", "reanalyse", "outdated_documents", "all_documents", "UnknownDocument",
]
