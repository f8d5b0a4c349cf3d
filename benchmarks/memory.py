"""Benchmark: `tracker add` on corpora of growing size; peak memory must stay flat.

Run: python benchmarks/memory.py [--mb 10 40 100] [--format jsonl|txt]
Builds each corpus from the seeds (distinct texts): a JSON Lines file of many
articles, or (`--format txt`) one long text file, which the tracker reads in parts.
Runs `tracker add` on it in a child process, and prints MB, seconds, MB/s and the
child's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def build(path: pathlib.Path, mb: float) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size, n = 0, 0
    with path.open("w", encoding="utf-8") as fh:
        while size < mb * 1e6:
            text = texts[n % len(texts)] + f"\n(نسخة {n})"  # distinct, so nothing is deduplicated
            if path.suffix == ".txt":
                line = text + "\n\n"
            else:
                line = json.dumps({"id": f"a{n}", "text": text, "published": "2020-10-20"}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def run(corpus: pathlib.Path, db: pathlib.Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    command = [sys.executable, "-m", "tracker", "add", str(corpus), "--db", str(db), "--max-mb", "100000"]
    proc = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode:
        sys.exit(proc.stderr)
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 40])
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl", help="many articles, or one long text file")
    args = ap.parse_args()
    print(f"{'MB':>6} {'articles':>9} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sorted(args.mb):
            corpus = pathlib.Path(tmp) / f"c{mb:g}.{args.format}"
            n = build(corpus, mb)
            seconds, peak = run(corpus, pathlib.Path(tmp) / f"c{mb:g}.sqlite")
            real = corpus.stat().st_size / 1e6
            print(f"{real:6.1f} {n:9d} {seconds:8.1f} {real / seconds:6.2f} {peak:12.0f}")
    print("(peak RSS is the largest child so far: flat across sizes means memory does not grow with the corpus)")


if __name__ == "__main__":
    main()
