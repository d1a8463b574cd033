"""chrono: find and normalize date and time phrases, build and merge events, serve timelines."""
from .engine import extract, parse_ref
from .errors import ChronoError, InvalidReference, InvalidText, UnsupportedLanguage
from .fingerprint import analysis_fingerprint
from .lang import available as languages, detect as detect_language
from .model import Anchor, Mention, TimeValue

__all__ = [
    "extract", "parse_ref", "detect_language", "languages", "analysis_fingerprint",
    "Mention", "TimeValue", "Anchor",
    "ChronoError", "InvalidReference", "InvalidText", "UnsupportedLanguage",
]
__version__ = "0.1.0"
