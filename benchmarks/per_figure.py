"""Benchmark: the time spent in the rules that run once per number or claim.

Run: python benchmarks/per_figure.py [--n 1000]
Builds throughput.py's claim-dense corpus of N articles, extracts it once to warm up, then
again with a timer around each of the functions that run once for every number or claim
(the kind and qualifier of a number, its outcome, whose losses, who said it).  It prints
their calls, microseconds per call and seconds, beside the whole extraction and the time
5 MB/s would allow for the same bytes (benchmarks/PROFILE.md, "the budget per figure").
The timers add about half a microsecond per call.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import pathlib
import tempfile
import time

import throughput

import tracker.claims as claims
import tracker.numbers as numbers

TARGET_MB_S = 5.0
RULES = [(numbers, "_classify"), (claims, "_subject"), (claims, "_outcome"), (claims, "claimant_at")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "corpus.jsonl"
        throughput.build(path, args.n, throughput.sentences())
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    profile = claims.load_profile("karabakh")
    day = dt.date(2023, 9, 20)

    def run() -> int:
        return sum(len(claims.extract_claims(t, article_id="a", published=day, profile=profile)) for t in texts)

    run()  # warm the caches, as a long run would have them
    seconds: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()

    def timed(name, f):
        def g(*a, **k):
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                seconds[name] += time.perf_counter() - t
                calls[name] += 1
        return g

    originals = [(mod, name, getattr(mod, name)) for mod, name in RULES]
    for mod, name, f in originals:
        setattr(mod, name, timed(name, f))
    try:
        t0 = time.perf_counter()
        found = run()
        total = time.perf_counter() - t0
    finally:
        for mod, name, f in originals:
            setattr(mod, name, f)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {mb:.2f} MB, {found} claims: {total:.2f} s ({mb / total:.2f} MB/s, timers included)")
    print(f"at {TARGET_MB_S:g} MB/s the whole path would have {mb / TARGET_MB_S:.2f} s")
    print(f"{'function':<14}{'calls':>8}{'us/call':>10}{'seconds':>10}")
    for name, s in seconds.most_common():
        print(f"{name:<14}{calls[name]:>8}{1e6 * s / calls[name]:>10.1f}{s:>10.2f}")
    rules = sum(seconds.values())
    print(f"{'together':<14}{'':>8}{'':>10}{rules:>10.2f}  ({100 * rules / total:.0f}% of the run)")


if __name__ == "__main__":
    main()
