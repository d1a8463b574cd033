"""Scores the engine on the TempEval-3 training documents (Task A: spans, values, types).

Run: .venv/bin/python bench/te3.py [--eval ../shared/eval/te3_train.jsonl] [--errors FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import chrono

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "te3_train.jsonl"


def system_timexes(doc: dict) -> list[dict]:
    """The engine's timexes of one document, ranges split into their endpoints as TimeML does."""
    out = []
    for m in chrono.extract(doc["text"], ref=doc["dct"], lang="en"):
        for part in m.parts or [m]:
            out.append({"start": part.start, "end": part.end, "text": part.text,
                        "type": part.type, "value": part.value})
    return out


def pair(gold: list[dict], system: list[dict], strict: bool) -> list[tuple[dict, dict]]:
    """One-to-one matches: identical spans (strict) or any overlap (relaxed)."""
    used, pairs = set(), []
    for g in gold:
        for i, s in enumerate(system):
            if i in used:
                continue
            hit = (s["start"], s["end"]) == (g["start"], g["end"]) if strict else \
                s["start"] < g["end"] and g["start"] < s["end"]
            if hit:
                used.add(i)
                pairs.append((g, s))
                break
    return pairs


def f1(matches: int, n_system: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = matches / n_system if n_system else 0.0
    r = matches / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    """Print strict, relaxed, value and type figures (and optionally the errors)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval", default=str(DEFAULT))
    parser.add_argument("--errors", help="write missed, spurious and wrong-value timexes here")
    args = parser.parse_args()
    docs = [json.loads(line) for line in open(args.eval, encoding="utf-8")]
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    errors = []
    started = time.perf_counter()
    chars = 0
    for doc in docs:
        gold, system = doc["timexes"], system_timexes(doc)
        chars += len(doc["text"])
        n_gold, n_sys = n_gold + len(gold), n_sys + len(system)
        strict += len(pair(gold, system, True))
        pairs = pair(gold, system, False)
        relaxed += len(pairs)
        value_ok += sum(g["value"] == s["value"] for g, s in pairs)
        type_ok += sum(g["type"] == s["type"] for g, s in pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g in gold:
            if id(g) not in matched_g:
                errors.append(("MISS", doc["dct"], g["text"], g["value"], _context(doc, g)))
        for s in system:
            if id(s) not in matched_s:
                errors.append(("SPUR", doc["dct"], s["text"], s["value"], _context(doc, s)))
        for g, s in pairs:
            if g["value"] != s["value"] or (g["start"], g["end"]) != (s["start"], s["end"]):
                errors.append(("VAL " if g["value"] != s["value"] else "SPAN", doc["dct"],
                               f"{g['text']!r}->{s['text']!r}", f"{g['value']}->{s['value']}", _context(doc, g)))
    elapsed = time.perf_counter() - started
    ps, rs, fs = f1(strict, n_sys, n_gold)
    pr, rr, fr = f1(relaxed, n_sys, n_gold)
    value_f1 = fr * (value_ok / relaxed if relaxed else 0)
    type_f1 = fr * (type_ok / relaxed if relaxed else 0)
    print(f"documents {len(docs)}  gold {n_gold}  system {n_sys}")
    print(f"strict   P {ps:.3f}  R {rs:.3f}  F1 {fs:.3f}")
    print(f"relaxed  P {pr:.3f}  R {rr:.3f}  F1 {fr:.3f}")
    print(f"value F1 {value_f1:.3f}   type F1 {type_f1:.3f}")
    print(f"speed    {chars / elapsed / 1000:.0f} KB/s ({chars} chars in {elapsed:.2f} s)")
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as out:
            for row in errors:
                out.write("\t".join(map(str, row)) + "\n")


def _context(doc: dict, t: dict) -> str:
    return doc["text"][max(0, t["start"] - 50):t["end"] + 30].replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())
