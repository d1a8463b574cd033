"""Named timelines: saved filters with their events as JSON, CSV or TimelineJS."""
from .views import blueprint

__all__ = ["blueprint"]
