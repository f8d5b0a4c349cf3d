"""Writes the report of a run: tables to reports/, charts to figures/.

(Until claims are extracted, the report lists the numbers found per article.)
"""

from __future__ import annotations

import csv
import pathlib

from .articles import read_articles
from .numbers import find_numbers


def write_report(paths, *, manifest=None, out=pathlib.Path("reports"), figures=pathlib.Path("figures")) -> list[str]:
    articles = read_articles(paths, manifest=manifest)
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "numbers.csv"
    tmp = target.with_suffix(".csv.tmp")
    lines = []
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["article_id", "start", "end", "kind", "qualifier", "value", "low", "high", "text"])
        for art in articles:
            found = find_numbers(art.text)
            counts = [m for m in found if m.kind in ("cardinal", "vague")]
            lines.append(f"{art.id}: {len(counts)} counts among {len(found)} numbers")
            for m in found:
                w.writerow([art.id, m.start, m.end, m.kind, m.qualifier, m.value, m.low, m.high, m.text])
    tmp.replace(target)
    lines.append(f"wrote {target}")
    return lines
