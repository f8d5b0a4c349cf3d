"""Benchmark: find_numbers over the seeds repeated to at least 5 MB, beside pyarabic.

Run: python benchmarks/numbers.py [--mb 5] [--repeat 3]
Prints MB/s for tracker.find_numbers and for pyarabic's extract_number_phrases on
the same text in the same run, and their ratio.  Not a test: numbers only.
"""

from __future__ import annotations

import argparse
import pathlib
import time

from tracker import find_numbers

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def corpus(mb: float) -> str:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    size = len(text.encode("utf-8"))
    return "\n".join([text] * (int(mb * 1e6 // size) + 1))


def rates(fns, text: str, repeat: int) -> list[tuple[float, int]]:
    """MB/s of each function, best of `repeat` runs taken in turn (ours, theirs, ours, ...),
    so that a slow spell of a shared machine hits both alike."""
    size = len(text.encode("utf-8")) / 1e6
    best = [float("inf")] * len(fns)
    found = [0] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            found[i] = len(fn(text))
            best[i] = min(best[i], time.perf_counter() - t0)
    return [(size / b, n) for b, n in zip(best, found)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the best is kept")
    args = ap.parse_args()
    text = corpus(args.mb)
    print(f"corpus: {len(text.encode('utf-8')) / 1e6:.1f} MB of the seeds repeated")
    try:
        from pyarabic.number import extract_number_phrases
    except ImportError:
        (ours, n_ours), = rates([find_numbers], text, args.repeat)
        print(f"tracker.find_numbers:            {ours:6.1f} MB/s  ({n_ours} numbers)")
        print("pyarabic is not installed: pip install -e '.[bench]' to compare")
        return
    (ours, n_ours), (theirs, n_theirs) = rates([find_numbers, extract_number_phrases], text, args.repeat)
    print(f"tracker.find_numbers:            {ours:6.1f} MB/s  ({n_ours} numbers)")
    print(f"pyarabic extract_number_phrases: {theirs:6.1f} MB/s  ({n_theirs} phrases)")
    print(f"ratio: {ours / theirs:.1f}x pyarabic")


if __name__ == "__main__":
    main()
