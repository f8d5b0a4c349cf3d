"""Benchmark: the compiled build (TRACKER_COMPILE=1, mypyc) against pure Python.

Run: python benchmarks/compiled.py [--n 1000] [--repeat 3] [--build DIR] [--instructions 100]
Builds a wheel of this checkout with TRACKER_COMPILE=1 (about 3 minutes on 2 cores; needs a
C compiler) and unpacks it into DIR (kept; with --build DIR already holding one, the build
is skipped), then runs throughput.py's child, the whole path (read JSON Lines, extract, a
DataFrame) on one worker, over the same corpus of N articles, alternating the two trees
`--repeat` times, and prints each tree's best MB/s.  With --instructions K (and valgrind),
also instructions.py's count for K articles of each tree, which this noisy machine cannot
blur.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

import instructions
import throughput


def build(dest: pathlib.Path) -> None:
    """A wheel of this checkout compiled by mypyc, unpacked into dest."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TRACKER_COMPILE="1")
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp, str(throughput.ROOT)],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )
        wheel = next(pathlib.Path(tmp).glob("tracker-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            z.extractall(dest)
    if not list((dest / "tracker").glob("claims*.so")) and not list((dest / "tracker").glob("claims*.pyd")):
        raise SystemExit(f"compiled.py: the wheel in {dest} holds no compiled modules")


def timed(root: str, corpus: pathlib.Path) -> tuple[float, int]:
    """Seconds and claims of the whole path on one worker, tracker imported from root."""
    env = dict(os.environ, PYTHONPATH=root)
    argv = [sys.executable, "-c", throughput.CHILD, str(corpus), "1", "frame", "local"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env, cwd=tempfile.gettempdir())
    seconds, claims, _ = out.stdout.split()
    return float(seconds), int(claims)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles in the timed corpus")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each tree, alternating")
    ap.add_argument("--build", type=pathlib.Path, help="where the compiled tree is (built there if empty)")
    ap.add_argument("--instructions", type=int, default=0, metavar="K", help="also count instructions for K articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        compiled = args.build or pathlib.Path(tmp) / "compiled"
        if not (compiled / "tracker").is_dir():
            print(f"building the compiled wheel into {compiled} ...", flush=True)
            build(compiled)
        pure = pathlib.Path(tmp) / "pure"
        shutil.copytree(throughput.ROOT / "tracker", pure / "tracker", ignore=shutil.ignore_patterns("__pycache__"))
        trees = {"pure Python": str(pure), "compiled": str(compiled)}
        corpus = pathlib.Path(tmp) / "corpus.jsonl"
        throughput.build(corpus, args.n, throughput.sentences())
        mb = corpus.stat().st_size / 1e6
        best = {name: float("inf") for name in trees}
        claims = {}
        for _ in range(args.repeat):
            for name, root in trees.items():
                seconds, claims[name] = timed(root, corpus)
                best[name] = min(best[name], seconds)
        if len(set(claims.values())) != 1:
            raise SystemExit(f"compiled.py: the two trees found different numbers of claims: {claims}")
        print(f"{args.n} articles, {mb:.2f} MB, {claims['compiled']} claims; whole path, one worker, best of {args.repeat}")
        for name in trees:
            print(f"  {name:<12} {best[name]:6.2f} s {mb / best[name]:6.2f} MB/s")
        print(f"  compiled / pure: {best['pure Python'] / best['compiled']:.2f}x")
        if args.instructions:
            if shutil.which("valgrind") is None:
                raise SystemExit("compiled.py: --instructions needs valgrind (apt install valgrind)")
            small = pathlib.Path(tmp) / "small.jsonl"
            kb = len(throughput.build(small, args.instructions, throughput.sentences()).encode("utf-8")) / 1e3
            print(f"instructions, {args.instructions} articles ({kb:.0f} KB):")
            for name, root in trees.items():
                used = instructions.instructions(root, small, args.instructions) - instructions.instructions(root, small, 0)
                print(f"  {name:<12} {used / 1e6:8.0f} M {used / (kb * 1e3):7.0f} per byte", flush=True)


if __name__ == "__main__":
    main()
