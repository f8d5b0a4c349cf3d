"""Benchmark: the whole path (read JSON Lines, extract, write) at growing N.

Run: python benchmarks/throughput.py [--n 1000 10000] [--workers 1 2] [--sink frame parquet]
                                     [--engine local dask]
Builds a deterministic corpus of N articles by recombining sentences of the seeds and
of the claims corpus, and prints, for each N, sink, engine and worker count, MB/s,
articles/s and the peak memory of a child process doing the work (its own, or its
largest worker's); and, on the same text in the same run, two references: pyarabic's
extract_number_phrases (a number scan alone) and the tracker's own sentence split and
tokenizer alone (`words MB/s`, no extraction: the ceiling of any pure-Python design that
looks at every word).

Sinks: `frame` is tracker.extract(...) -> a pandas DataFrame (held whole: memory grows
with the claims); `parquet` is `tracker extract --parquet DIR` (streamed: the corpus and
the claims pass through, and memory should not grow with N).
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
import sys, time, resource, tempfile, os, json
import tracker
from tracker.cli import main
corpus, workers, sink, engine = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
t0 = time.perf_counter()
if sink == "frame":
    claims = len(tracker.extract(corpus, workers=workers, engine=engine))
else:
    out = os.path.join(tempfile.mkdtemp(), "claims")
    sys.stderr = open(os.devnull, "w")
    assert main(["extract", corpus, "--parquet", out, "--workers", str(workers), "--engine", engine]) == 0
    claims = json.load(open(os.path.join(out, "_tracker.json")))["claims"]
dt = time.perf_counter() - t0
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so it would count the memory of
# the benchmark that started this process. The workers' own peak comes from RUSAGE_CHILDREN.
own = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
peak = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(dt, claims, peak / 1024)
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
    ap.add_argument("--sink", nargs="+", default=["frame", "parquet"], choices=["frame", "parquet"])
    ap.add_argument("--engine", nargs="+", default=["local"], choices=["local", "dask"])
    args = ap.parse_args()
    from tracker.text import sentences as split
    from tracker.text import words

    pool = sentences()
    print(f"{'N':>7} {'MB':>6} {'sink':>7} {'engine':>6} {'workers':>7} {'s':>7} {'MB/s':>6} {'art/s':>7} {'claims':>7} {'peak MB':>8} {'pyarabic MB/s':>14} {'words MB/s':>11}", flush=True)
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
            t0 = time.perf_counter()
            for s, e in split(text):
                words(text, s, e)
            tokens = f"{mb / (time.perf_counter() - t0):.2f}"
            del text
            for sink in args.sink:
                for engine in args.engine:
                    for w in args.workers:
                        argv = [sys.executable, "-c", CHILD, str(corpus), str(w), sink, engine]
                        out = subprocess.run(argv, capture_output=True, text=True, check=True)
                        seconds, claims, peak = out.stdout.split()
                        seconds = float(seconds)
                        print(
                            f"{n:7d} {mb:6.1f} {sink:>7} {engine:>6} {w:7d} {seconds:7.1f} {mb / seconds:6.2f} "
                            f"{n / seconds:7.0f} {claims:>7} {float(peak):8.0f} {theirs:>14} {tokens:>11}",
                            flush=True,
                        )


if __name__ == "__main__":
    main()
