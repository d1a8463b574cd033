"""GET /timeline: the filtered, ordered events as JSON, CSV or TimelineJS."""
from .views import blueprint

__all__ = ["blueprint"]
