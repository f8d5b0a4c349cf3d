"""Benchmark: machine instructions per byte of extraction, counted, not timed.

Run: python benchmarks/instructions.py [--n 100] [--tracker PATH ...] [--profile NAME]
Needs valgrind (apt install valgrind).  This machine's wall-clock speed drifts by up to
2x from one minute to the next, so two versions of the code are compared here by the
instructions the CPU runs (valgrind's cachegrind, deterministic to a fraction of a
percent) to extract the claims of the same N articles of throughput.py's corpus.  Each
--tracker is a folder holding a `tracker` package (a checkout, or `git archive HEAD
tracker | tar -x -C DIR`); the default is this one.  Python's start and the import of
tracker are counted once with zero articles and subtracted.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import throughput

CHILD = """
import json, sys, datetime as dt
sys.path.insert(0, sys.argv[1])
import tracker.claims as C
texts = [json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8")][: int(sys.argv[3])]
profile = C.load_profile(sys.argv[4])
C.extract_claims("", article_id="warm", profile=profile)
for t in texts:
    C.extract_claims(t, article_id="a", published=dt.date(2023, 9, 20), profile=profile)
"""


def instructions(root: str, corpus: pathlib.Path, n: int, profile: str = "karabakh") -> int:
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, root, str(corpus), str(n), profile],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if m is None:
        raise SystemExit(f"valgrind gave no instruction count:\n{out.stderr[-500:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100, help="articles to extract (about 3 KB each)")
    ap.add_argument("--tracker", nargs="+", default=[str(throughput.ROOT)], help="folders holding a tracker package")
    ap.add_argument(
        "--profile", default="karabakh",
        help="the profile to read every article with (karabakh, the default, as in earlier sessions' counts; "
        "auto, to count choosing each article's, in trees that have it)",
    )
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("instructions.py: valgrind is not installed (apt install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = pathlib.Path(tmp) / "corpus.jsonl"
        text = throughput.build(corpus, args.n, throughput.sentences())
        kb = len(text.encode("utf-8")) / 1e3
        print(f"{args.n} articles, {kb:.0f} KB of text")
        print(f"{'tracker':<40} {'M instructions':>15} {'per byte':>9}")
        for root in args.tracker:
            used = instructions(root, corpus, args.n, args.profile) - instructions(root, corpus, 0, args.profile)
            print(f"{root:<40} {used / 1e6:15.0f} {used / (kb * 1e3):9.0f}", flush=True)


if __name__ == "__main__":
    main()
