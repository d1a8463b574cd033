"""`chrono extract` as a user runs it: a real process, files and stdin, every format, clear errors."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHRONO = [sys.executable, "-m", "chrono.cli"]


def run(*args, stdin: bytes = b""):
    return subprocess.run([*CHRONO, *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120)


def test_json_mentions_carry_the_contract_fields():
    result = run("extract", "seeds/000_36348b7664500c86.txt", "--ref", "2025-12-30")
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)
    night = next(m for m in mentions if m["text"] == "the night of December 28–29")
    assert set(night) >= {"start", "end", "text", "type", "value", "mod", "interval", "grain",
                          "certainty", "anchor", "rule", "parts"}
    assert night["interval"] == {"start": "2025-12-28T18:00:00", "end": "2025-12-29T06:00:00"}


def test_csv_is_rfc4180_and_formula_safe():
    result = run("extract", "-", "--ref", "2025-12-30", "--lang", "en", "--format", "csv",
                 stdin="=HYPERLINK(1) happened on December 30, \"quoted\"".encode())
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [r["value"] for r in rows] == ["2025-12-30"]


def test_timeml_tags_range_endpoints():
    result = run("extract", "-", "--ref", "2025-12-30", "--lang", "en", "--format", "timeml",
                 stdin=b"Talks ran from April 28 to May 1, 2019 <b>here</b>.")
    out = result.stdout.decode()
    assert out.count("<TIMEX3 ") == 2
    assert 'value="2019-04-28"' in out and 'value="2019-05-01"' in out
    assert "&lt;b&gt;" in out


def test_jsonl_batch_one_process_many_documents():
    lines = [{"id": "a", "text": "It happened yesterday.", "ref": "2025-12-30", "lang": "en"},
             {"id": "b", "text": "The report came on Monday.", "ref": "2025-12-30", "prefer": "future"},
             {"id": "c", "text": "nothing", "ref": "not a date"}]
    stdin = "".join(json.dumps(line) + "\n" for line in lines).encode()
    result = run("extract", "--jsonl", stdin=stdin)
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[0]["mentions"][0]["value"] == "2025-12-29"
    assert out[1]["mentions"][0]["value"] == "2025-12-29"   # past tense settles it over prefer
    assert "reference date" in out[2]["error"]


@pytest.mark.parametrize("args, stdin, message", [
    (["--ref", "31/31/2025"], b"on Monday", "cannot read reference date"),
    (["--lang", "xx"], b"on Monday", "supported: en"),
    ([], b"\xff\xfe bad bytes", "not valid UTF-8"),
])
def test_bad_input_is_one_clear_line(args, stdin, message):
    result = run("extract", "-", *args, stdin=stdin)
    assert result.returncode != 0
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and message in err
