"""GET /healthz and /version."""
from .views import blueprint

__all__ = ["blueprint"]
