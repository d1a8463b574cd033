"""Shows that text built to make regular expressions backtrack costs time linear in its size.

Run: .venv/bin/python bench/adversarial.py
"""
from __future__ import annotations

import time

import chrono

KINDS = {
    "a megabyte of digits": ("en", lambda n: "7" * n),
    "dashes and dots": ("en", lambda n: ("-." * n)[:n]),
    "a month name repeated": ("en", lambda n: ("May " * n)[:n]),
    "deeply nested brackets": ("en", lambda n: "(" * (n // 2) + ")" * (n // 2)),
    "dotted digit groups": ("en", lambda n: ("12.12.12 " * n)[:n]),
    "Russian month names": ("ru", lambda n: ("мая " * n)[:n]),
}
SIZES = (25_000, 50_000, 100_000, 200_000)


def seconds(text: str, lang: str) -> float:
    """Wall time of one extraction."""
    started = time.perf_counter()
    chrono.extract(text, ref="2025-12-30", lang=lang, max_chars=len(text) + 1)
    return time.perf_counter() - started


def main() -> None:
    """A row a kind: time at each size and the growth from the smallest to the largest size."""
    print(f"{'input':<26}" + "".join(f"{n:>12,}" for n in SIZES) + "   growth (linear = 8.0)")
    for name, (lang, make) in KINDS.items():
        times = [seconds(make(n), lang) for n in SIZES]
        growth = times[-1] / times[0] if times[0] > 0.001 else float("nan")
        print(f"{name:<26}" + "".join(f"{t:>11.3f}s" for t in times) + f"   {growth:.1f}")
    megabyte = "7" * 1_000_000
    print(f"one megabyte of digits: {seconds(megabyte, 'en'):.2f} s")


if __name__ == "__main__":
    main()
