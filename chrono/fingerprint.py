"""The fingerprint of the analysis: a short hash of everything that decides a document's mentions and events."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# Source files (relative to the package) whose behaviour decides the stored segments, mentions and events.
ANALYSIS_SOURCES = ("lang/*.py", "resolve/*.py", "engine.py", "grammar.py", "gates.py", "tagger.py", "prefilter.py",
                    "point.py", "calendar.py", "text.py", "model.py", "events.py", "boilerplate.py", "actors.py",
                    "russian_ner.py", "merge.py", "label.py", "morphology.py")
# Installed distributions whose models or dictionaries decide actors (Russian names and lemmas).
ANALYSIS_DISTRIBUTIONS = ("natasha", "pymorphy3", "pymorphy3-dicts-ru")
LENGTH = 16


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    """A 16-hex-digit hash of the package version, the analysis modules' source and the NER packages' versions."""
    from . import __version__
    digest = hashlib.sha256(f"chrono {__version__}\n".encode("utf-8"))
    for name in ANALYSIS_DISTRIBUTIONS:
        digest.update(f"{name} {_installed_version(name)}\n".encode("utf-8"))
    for path in _analysis_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:LENGTH]


def _analysis_files() -> list[Path]:
    files = {path for pattern in ANALYSIS_SOURCES for path in PACKAGE.glob(pattern)}
    return sorted(files, key=lambda path: path.relative_to(PACKAGE).as_posix())


def _installed_version(name: str) -> str:
    from importlib import metadata  # only when a fingerprint is wanted: it costs ~13 ms of every start-up
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"
