"""The engine's entry point: text in, resolved mentions out."""
from __future__ import annotations

import os
from datetime import date, datetime

from . import lang as languages
from .errors import ChronoError, InvalidReference, InvalidText
from .grammar import compile_language
from .model import Mention
from .resolve import Context, resolve_all
from .tagger import tag
from .text import sentence_spans

PREFERENCES = ("past", "future", "nearest")
DEFAULT_MAX_CHARS = int(os.environ.get("CHRONO_MAX_CHARS", 10_000_000))


def parse_ref(ref: str | date | datetime | None) -> datetime | None:
    """A reference date from a date, datetime or ISO 8601 string (offset dropped: local time)."""
    if ref is None or ref == "":
        return None
    if isinstance(ref, datetime):
        return ref.replace(tzinfo=None)
    if isinstance(ref, date):
        return datetime(ref.year, ref.month, ref.day)
    try:
        text = str(ref).strip().replace("Z", "+00:00")
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise InvalidReference(f"cannot read reference date {ref!r}; use YYYY-MM-DD or ISO 8601") from None


def decode_text(text: str | bytes, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Text as str, checked for UTF-8 and for the size limit."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidText(f"text is not valid UTF-8 (byte {error.start})") from None
    if not isinstance(text, str):
        raise InvalidText(f"text must be str or bytes, not {type(text).__name__}")
    if len(text) > max_chars:
        raise InvalidText(f"text has {len(text):,} characters; the limit is {max_chars:,}")
    return text


def extract(text: str | bytes, ref: str | date | datetime | None = None, lang: str | None = None,
            prefer: str = "nearest", max_chars: int = DEFAULT_MAX_CHARS) -> list[Mention]:
    """Every date and time phrase in `text`, normalized against `ref` and the narrative."""
    text = decode_text(text, max_chars)
    reference = parse_ref(ref)
    if prefer not in PREFERENCES:
        raise ChronoError(f"unknown preference {prefer!r}; use one of {', '.join(PREFERENCES)}")
    if not text.strip():
        return []
    code = lang or languages.detect(text)
    grammar = compile_language(languages.load(code))
    exprs = tag(grammar, text)
    context = Context(grammar, text, reference, prefer, sentence_spans(text))
    context.first_year = next((e.values["year"] for e in exprs if "year" in e.values), None)
    return resolve_all(context, exprs)
