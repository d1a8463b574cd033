"""Shared fixtures: the seed reports and their manifest."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def load_seed(prefix: str) -> tuple[str, dict]:
    """The text and manifest entry of the seed whose file name starts with `prefix`."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    entry = next(item for item in manifest if item["file"].startswith(prefix))
    return (SEEDS / entry["file"]).read_text(encoding="utf-8"), entry


@pytest.fixture
def seed():
    """A function giving (text, manifest entry) of a seed by its number prefix."""
    return load_seed
