"""Benchmark: time per kilobyte on hostile inputs, beside a normal article's.

Run: python benchmarks/hostile.py
No pattern may backtrack without bound: each input's ms/KB should stay within a
small factor of the seeds'.  Inputs made of nothing but numbers cost more per
kilobyte because every word is a number (news has about one number per 100 words),
so the table also gives the cost per number found, which should stay near the
seeds', and the time for the input doubled over the time for it once: about 2.0
when the cost is linear.
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


def timed(fn, text: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = len(fn(text))
    return time.perf_counter() - t0, n


def main() -> None:
    print(f"{'input':30} {'KB':>5} {'numbers':>8} {'ms/KB':>7} {'µs/number':>9} {'x2 size':>7}   {'claims ms/KB':>12} {'x2 size':>7}")
    for name, text in cases().items():
        kb = len(text.encode("utf-8")) / 1000
        t_num, found = timed(find_numbers, text)
        t_num2, _ = timed(find_numbers, text + "\n" + text)
        claims = lambda t: extract_claims(t, article_id="x")
        t_claims, _ = timed(claims, text)
        t_claims2, _ = timed(claims, text + "\n" + text)
        per_number = f"{1e6 * t_num / found:9.1f}" if found else f"{'-':>9}"
        print(
            f"{name:30} {kb:5.0f} {found:8d} {1000 * t_num / kb:7.3f} {per_number} {t_num2 / t_num:7.1f}"
            f"   {1000 * t_claims / kb:12.3f} {t_claims2 / t_claims:7.1f}"
        )


if __name__ == "__main__":
    main()
