"""Throughput of `chrono extract --jsonl` next to dateparser's search_dates on the same news text.

Run: .venv/bin/python bench/speed.py [--copies N] [--dateparser-docs N]
(needs the bench extras: pip install -e .[bench])
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "te3_train.jsonl"


def documents() -> list[dict]:
    """The TempEval-3 training documents and the English seeds, as batch lines."""
    docs = [{"id": d["doc"], "text": d["text"], "ref": d["dct"], "lang": "en"}
            for d in map(json.loads, open(EVAL, encoding="utf-8"))]
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text())
    for item in manifest:
        if item["lang"] == "en":
            docs.append({"id": item["file"], "text": (ROOT / "seeds" / item["file"]).read_text(),
                         "ref": item["published"], "lang": "en"})
    return docs


def chrono_rate(docs: list[dict], copies: int) -> tuple[float, float]:
    """Characters a second (wall, CPU) of one `chrono extract --jsonl` process over `copies` passes of `docs`."""
    payload = "".join(json.dumps(d) + "\n" for _ in range(copies) for d in docs).encode()
    chars = sum(len(d["text"]) for d in docs) * copies
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "chrono"), "extract", "--jsonl"], input=payload,
                   stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return chars / wall, chars / cpu


def in_process_rate(docs: list[dict], copies: int) -> float:
    """Characters a CPU second of chrono.extract (and the JSON of its mentions) in this process, warmed up."""
    from chrono import extract
    extract("warm up on 1 May 2020", "2020-05-02", "en")
    chars, started = 0, time.process_time()
    for _ in range(copies):
        for d in docs:
            mentions = extract(d["text"], d["ref"], d["lang"])
            json.dumps({"id": d["id"], "mentions": [m.to_dict() for m in mentions]}, ensure_ascii=False)
            chars += len(d["text"])
    return chars / (time.process_time() - started)


def dateparser_rate(docs: list[dict], languages: list[str] | None) -> float:
    """Characters a CPU second of dateparser.search.search_dates over `docs`, in this process."""
    from dateparser.search import search_dates
    search_dates("warm up on 1 May 2020", languages=languages)
    chars, started = 0, time.process_time()
    for d in docs:
        search_dates(d["text"], languages=languages, settings={"RELATIVE_BASE": _ref(d["ref"])})
        chars += len(d["text"])
    return chars / (time.process_time() - started)


def _ref(text: str):
    from datetime import datetime
    return datetime.fromisoformat(text)


def main() -> None:
    """Print the rates and their ratios."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=4, help="passes over the documents for chrono")
    parser.add_argument("--dateparser-docs", type=int, default=40, help="documents given to dateparser")
    args = parser.parse_args()
    docs = documents()
    wall, ours = chrono_rate(docs, args.copies)
    print(f"chrono extract --jsonl            {ours / 1e6:.3f} MB per CPU second ({wall / 1e6:.3f} MB/s wall, "
          f"{sum(len(d['text']) for d in docs) * args.copies:,} chars, start-up included)")
    inner = in_process_rate(docs, args.copies)
    print(f"chrono.extract in-process         {inner / 1e6:.3f} MB per CPU second (same passes, no start-up)")
    for languages, label, count in ((["en"], "languages=['en']", args.dateparser_docs),
                                    (None, "default (detects)", max(2, args.dateparser_docs // 8))):
        theirs = dateparser_rate(docs[:count], languages)
        print(f"dateparser search_dates {label:<17} {theirs / 1e6:.4f} MB per CPU second ({count} documents)  "
              f"ratio {ours / theirs:.1f}x (in-process {inner / theirs:.1f}x)")


if __name__ == "__main__":
    sys.exit(main())
