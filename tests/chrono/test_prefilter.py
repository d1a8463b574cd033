"""The prefilter only saves time: running every rule over the whole text finds exactly the same."""
import json
from pathlib import Path

import pytest

import chrono
from chrono import prefilter
from chrono.prefilter import DIGIT, required_literals

from .cases_en import FAMILIES, REF

ROOT = Path(__file__).resolve().parents[2]


def _texts():
    yield from ((case[0], REF, "en") for cases in FAMILIES.values() for case in cases)
    for line in (ROOT / "tests/chrono/data/ru_cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        yield case["text"], case["ref"], "ru"
    manifest = json.loads((ROOT / "seeds/manifest.json").read_text(encoding="utf-8"))
    for item in manifest:
        yield (ROOT / "seeds" / item["file"]).read_text(encoding="utf-8"), item["published"], item["lang"]


def _found(texts):
    return [[(m.start, m.end, m.value) for m in chrono.extract(text, ref, lang)] for text, ref, lang in texts]


def test_windows_find_what_whole_text_scans_find(monkeypatch):
    texts = list(_texts())
    narrow = _found(texts)
    monkeypatch.setattr(prefilter, "REACH", 100_000)
    assert _found(texts) == narrow


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:january|february)\s+\d+", {"january", "february"}),
    (r"(?:the\s+)?night\s+of", {"night"}),
    (r"\d{4}", {DIGIT}),
    (r"(?:next|last)?\s*week", {"week"}),
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern) == expected


def test_optional_parts_give_no_requirement():
    assert required_literals(r"(?:foo)?\s*") is None
