"""Merge quality on labelled event pairs (bench/merge_pairs.jsonl): precision and recall of 'same event'.

Run: .venv/bin/python bench/merge.py [--verbose]
"""
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from chrono.actors import actors
from chrono.merge import merge_events
from chrono.model import Event, EventSource, TimeValue

PAIRS = Path(__file__).with_name("merge_pairs.jsonl")


def sentence_event(item: dict, document: str) -> Event:
    """An event of one labelled sentence, its actors found as ingest finds them."""
    t = item["time"]
    time = TimeValue("DATE", t["value"], datetime.fromisoformat(t["start"]), datetime.fromisoformat(t["end"]),
                     t["grain"], t.get("mod"))
    source = EventSource(document=document, sentence=item["sentence"], date_text="", span=(0, len(item["sentence"])),
                         lang=item["lang"], time=time)
    return Event(id=f"{document}-event", time=time, title=item["sentence"][:100],
                 actors=actors(item["sentence"], item["lang"]), langs=[item["lang"]], sources=[source])


def judge(pair: dict) -> bool:
    """True when merging puts the pair's two sentences into one event."""
    merged = merge_events([sentence_event(pair["a"], f"{pair['id']}a"), sentence_event(pair["b"], f"{pair['id']}b")])
    return len(merged) == 1


def main(verbose: bool = False) -> None:
    """Print precision, recall and the misjudged pairs."""
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = 0
    for pair in pairs:
        predicted = judge(pair)
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
            print(f"false merge  {pair['id']}: {pair['note']}")
        elif pair["same"]:
            fn += 1
            if verbose:
                print(f"missed merge {pair['id']}: {pair['note']}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    cross = sum(1 for p in pairs if p["a"]["lang"] != p["b"]["lang"])
    print(f"pairs {len(pairs)} (same {tp + fn}, different {fp + tn}, English–Russian {cross})")
    print(f"precision {precision:.3f}  recall {recall:.3f}  (tp {tp} fp {fp} fn {fn} tn {tn})")


if __name__ == "__main__":
    main("--verbose" in sys.argv)
