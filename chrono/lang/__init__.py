"""Language data modules: one per language, found by code; detection by their common words."""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from types import ModuleType

from ..errors import UnsupportedLanguage

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20_000


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """Codes of every language that has a data module."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def load(code: str) -> ModuleType:
    """The data module of language `code`; UnsupportedLanguage names the supported ones."""
    code = (code or "").strip().lower()
    if code not in available():
        raise UnsupportedLanguage(f"unsupported language {code!r}; supported: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{code}")


def detect(text: str, default: str = "en") -> str:
    """The language whose common words the text uses most (its script breaks ties)."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if not words:
        return default
    best, best_score = default, (0, 0)
    for code in available():
        module = load(code)
        common = getattr(module, "COMMON_WORDS", frozenset())
        script = re.compile(getattr(module, "SCRIPT", r"[a-z]"), re.IGNORECASE)
        score = (sum(w in common for w in words), sum(bool(script.match(w)) for w in words))
        if score > best_score:
            best, best_score = code, score
    return best
