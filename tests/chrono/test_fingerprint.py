"""The analysis fingerprint: short, stable in a process, and changed by the analysis sources only."""
import shutil
from pathlib import Path

import pytest

import chrono
from chrono import fingerprint


@pytest.fixture
def package_copy(tmp_path, monkeypatch):
    """A copy of the chrono package's sources the fingerprint is computed over (cache cleared before and after)."""
    copy = tmp_path / "chrono"
    shutil.copytree(Path(chrono.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    monkeypatch.setattr(fingerprint, "PACKAGE", copy)
    fingerprint.analysis_fingerprint.cache_clear()
    yield copy
    fingerprint.analysis_fingerprint.cache_clear()


def _after_editing(copy: Path, relative: str) -> str:
    path = copy / relative
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    fingerprint.analysis_fingerprint.cache_clear()
    return fingerprint.analysis_fingerprint()


def test_fingerprint_is_short_hex_and_the_same_within_a_process():
    value = fingerprint.analysis_fingerprint()
    assert len(value) == fingerprint.LENGTH and int(value, 16) >= 0
    assert fingerprint.analysis_fingerprint() == value


def test_analysis_sources_change_it_other_modules_do_not(package_copy):
    original = fingerprint.analysis_fingerprint()
    assert _after_editing(package_copy, "cli.py") == original
    assert _after_editing(package_copy, "store/repository.py") == original
    seen = {original}
    for relative in ("lang/en.py", "resolve/absolute.py", "boilerplate.py", "events.py", "merge.py", "actors.py"):
        changed = _after_editing(package_copy, relative)
        assert changed not in seen, relative
        seen.add(changed)


def test_the_package_version_changes_it(package_copy, monkeypatch):
    original = fingerprint.analysis_fingerprint()
    monkeypatch.setattr(chrono, "__version__", "99.0.0")
    fingerprint.analysis_fingerprint.cache_clear()
    assert fingerprint.analysis_fingerprint() != original
