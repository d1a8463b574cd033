"""Scores the engine on a case file (Russian by default): span precision/recall/F1 (strict and relaxed) and value accuracy.

Run: .venv/bin/python bench/cases.py [--cases tests/chrono/data/ru_cases.jsonl] [--lang ru] [--show-errors]
(e.g. --lang en --cases bench/data/en_heldout_articles.jsonl; --lang is passed to chrono.extract)

Each line of the case file is {text, ref, phrase, value[, start, end][, occurrence]}; a text may appear on several
lines (one per phrase it holds) and a line with phrase null says the text holds no date phrase. Every
phrase a text holds is listed, so a mention that matches none of them counts against precision.
The phrase's span is its first occurrence in the text, or its n-th (1-based) where "occurrence" is n.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import chrono  # noqa: E402

DEFAULT_CASES = ROOT / "tests" / "chrono" / "data" / "ru_cases.jsonl"


@dataclass
class Score:
    """Counts behind the figures."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_right: int = 0
    interval_checked: int = 0
    interval_right: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (strict and relaxed spans), value accuracy and value F1."""
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)
        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        vp, vr, vf = prf(self.value_right)
        return {"strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
                "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
                "value_accuracy": self.value_right / self.strict if self.strict else 0.0,
                "value_f1": vf,
                "interval_accuracy": self.interval_right / self.interval_checked if self.interval_checked else 0.0}


def load_cases(path: Path) -> dict[tuple[str, str], list[dict]]:
    """Cases grouped by (text, ref): every phrase each text holds."""
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            grouped[(case["text"], case["ref"])].append(case)
    return grouped


def _span(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def score(grouped: dict[tuple[str, str], list[dict]], lang: str = "ru") -> Score:
    """Run the engine over every text and count matches against its listed phrases."""
    result = Score()
    for (text, ref), cases in grouped.items():
        golds = [c for c in cases if c["phrase"]]
        mentions = chrono.extract(text, ref=ref, lang=lang)
        result.gold += len(golds)
        result.predicted += len(mentions)
        used: set[int] = set()
        for gold in golds:
            g_start, g_end = _span(text, gold["phrase"], gold.get("occurrence", 1))
            label = repr(gold["phrase"]) + (f" #{gold['occurrence']}" if "occurrence" in gold else "")
            exact = next((i for i, m in enumerate(mentions) if (m.start, m.end) == (g_start, g_end)), None)
            overlap = next((i for i, m in enumerate(mentions)
                            if i not in used and m.start < g_end and g_start < m.end), None)
            if exact is None and overlap is None:
                result.errors.append(f"MISSED  {label} in {text!r}: got {[m.text for m in mentions]}")
                continue
            result.relaxed += 1
            used.add(exact if exact is not None else overlap)
            if exact is None:
                result.errors.append(f"SPAN    {label} found as {mentions[overlap].text!r}")
                continue
            result.strict += 1
            m = mentions[exact]
            if m.value == gold["value"]:
                result.value_right += 1
            else:
                result.errors.append(f"VALUE   {label} ({ref}): {m.value} != {gold['value']}")
            if gold.get("start"):
                result.interval_checked += 1
                if m.time.start and m.time.start.isoformat().startswith(gold["start"]) \
                        and m.time.end.isoformat().startswith(gold["end"]):
                    result.interval_right += 1
                else:
                    result.errors.append(f"INTERVAL {label}: {m.time.start} – {m.time.end}")
        for i, m in enumerate(mentions):
            if i not in used:
                result.errors.append(f"EXTRA   {m.text!r} ({m.value}) in {text!r}")
    return result


def main() -> None:
    """Print the figures (and optionally every error) for the case file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--lang", default="ru", help="language of the case file, passed to chrono.extract")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    grouped = load_cases(args.cases)
    result = score(grouped, lang=args.lang)
    print(f"texts {len(grouped)}  gold phrases {result.gold}  predicted {result.predicted}")
    for name, value in result.figures().items():
        print(f"{name:20s} {value:.3f}")
    if args.show_errors:
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
