"""POST /normalize: mentions of a text, nothing stored."""
from .views import blueprint

__all__ = ["blueprint"]
