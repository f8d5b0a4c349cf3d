"""Benchmark: time per kilobyte on hostile inputs, beside a normal article's.

Run: python benchmarks/hostile.py
No pattern may backtrack without bound: each input's ms/KB should stay within a
small factor of the seeds'.  (Inputs made of nothing but numbers cost more per
kilobyte because every word is a number; they must still be linear.)
"""

from __future__ import annotations

import pathlib
import time

from tracker import extract_claims, find_numbers

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def cases() -> dict[str, str]:
    normal = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return {
        "seeds (normal news)": normal * 10,
        "1 MB line, no punctuation": ("قتل جنود في القصف و " * 60000)[:500_000],
        "ألف ألف ألف ...": "ألف " * 100_000,
        "digits and separators": "1,234.5,6,7." * 40_000,
        "one run of digits": "7" * 400_000,
        "و و و ...": "و " * 200_000,
        "number words run together": "ثلاثة وعشرون ألفا و" * 20_000,
        "counts in one endless list": "و5 دبابات " * 50_000,
    }


def main() -> None:
    print(f"{'input':30} {'KB':>7}  {'numbers ms/KB':>13}  {'claims ms/KB':>12}")
    for name, text in cases().items():
        kb = len(text.encode("utf-8")) / 1000
        t0 = time.perf_counter()
        find_numbers(text)
        t1 = time.perf_counter()
        extract_claims(text, article_id="x")
        t2 = time.perf_counter()
        print(f"{name:30} {kb:7.0f}  {1000 * (t1 - t0) / kb:13.3f}  {1000 * (t2 - t1) / kb:12.3f}")


if __name__ == "__main__":
    main()
