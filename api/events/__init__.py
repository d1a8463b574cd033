"""Events: filtered, sorted, paginated; one by id."""
from .views import blueprint

__all__ = ["blueprint"]
