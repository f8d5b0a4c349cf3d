"""Benchmark: the whole path (read JSON Lines, extract, DataFrame) at growing N.

Run: python benchmarks/throughput.py [--n 1000 10000] [--workers 1 2]
Builds a deterministic corpus of N articles by recombining sentences of the seeds and
of the claims corpus, and prints, for each N and worker count, MB/s, articles/s and the
peak memory of a child process doing the work; and pyarabic's extract_number_phrases on
the same text in the same run (a number scan alone).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

CHILD = """
import sys, time, resource
import tracker
t0 = time.perf_counter()
df = tracker.extract(sys.argv[1], workers=int(sys.argv[2]))
dt = time.perf_counter() - t0
print(dt, len(df), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def sentences() -> list[str]:
    from tracker.text import sentences as split

    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out += [text[s:e] for s, e in split(text)]
    for line in (ROOT / "tests" / "corpus" / "claims.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "@", "Claim(")):
            out.append(line)
    return [s for s in out if len(s) > 20]


def build(path: pathlib.Path, n: int, pool: list[str]) -> str:
    rng = random.Random(n)  # the same corpus every run
    texts = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = "\n".join(rng.choice(pool) for _ in range(rng.randint(8, 24)))
            fh.write(json.dumps({"id": f"a{i:06d}", "text": text, "published": "2023-09-20"}, ensure_ascii=False) + "\n")
            texts.append(text)
    return "\n".join(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    pool = sentences()
    print(f"{'N':>7} {'MB':>6} {'workers':>7} {'s':>7} {'MB/s':>6} {'art/s':>7} {'claims':>7} {'peak MB':>8} {'pyarabic MB/s':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n:
            corpus = pathlib.Path(tmp) / f"c{n}.jsonl"
            text = build(corpus, n, pool)
            mb = corpus.stat().st_size / 1e6
            try:
                from pyarabic.number import extract_number_phrases

                t0 = time.perf_counter()
                extract_number_phrases(text)
                theirs = f"{mb / (time.perf_counter() - t0):.2f}"
            except ImportError:
                theirs = "n/a"
            del text
            for w in args.workers:
                out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(w)], capture_output=True, text=True, check=True)
                seconds, claims, peak = out.stdout.split()
                seconds = float(seconds)
                print(f"{n:7d} {mb:6.1f} {w:7d} {seconds:7.1f} {mb / seconds:6.2f} {n / seconds:7.0f} {claims:>7} {float(peak):8.0f} {theirs:>14}")


if __name__ == "__main__":
    main()
