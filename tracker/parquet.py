"""Claims as a Parquet dataset partitioned by date, for pandas, DuckDB or Spark.

    out/day=2020-10-01/part-000000-0.parquet
    out/day=undated/part-000003-0.parquet
    out/_tracker.json

Each file holds the spec's columns (`date` as a date, nullable integers); the
partition key `day` is the ISO date, or `undated`. Claims are buffered and written
a batch of files at a time, so memory stays flat however many articles go by. The
dataset is built beside its destination and moved in place when complete: a run
that fails leaves the old dataset (or nothing), never half of a new one.
"""

from __future__ import annotations

import json
import pathlib
import shutil
from typing import Iterable

from .claims import COLUMNS, Claim
from .errors import InputError

MARKER = "_tracker.json"
UNDATED = "undated"


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("writing Parquet needs pyarrow: pip install 'tracker[dask]'") from None
    return pa, pq


def schema():
    pa, _ = _pyarrow()
    types = {
        "date": pa.date32(), "value": pa.int64(), "low": pa.int64(), "high": pa.int64(),
        "cumulative": pa.bool_(), "mentions": pa.int64(), "start": pa.int64(), "end": pa.int64(),
    }
    return pa.schema([pa.field(c, types.get(c, pa.string())) for c in COLUMNS] + [pa.field("day", pa.string())])


class ParquetSink:
    """Write claims as they come; `close()` puts the finished dataset at `root`."""

    def __init__(self, root, *, rows_per_write: int = 10_000):
        self.root = pathlib.Path(root)
        if self.root.exists() and not (self.root.is_dir() and (not any(self.root.iterdir()) or (self.root / MARKER).is_file())):
            raise InputError(f"{self.root}: exists and is not a tracker Parquet dataset; choose another folder")
        self.tmp = self.root.with_name(self.root.name + ".partial")
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.rows_per_write = rows_per_write
        self.buffer: list[Claim] = []
        self.parts = 0
        self.claims = 0

    def write(self, claims: Iterable[Claim]) -> None:
        self.buffer.extend(claims)
        if len(self.buffer) >= self.rows_per_write:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        pa, pq = _pyarrow()
        cols = {c: [getattr(r, c) for r in self.buffer] for c in COLUMNS}
        cols["day"] = [d.isoformat() if d else UNDATED for d in cols["date"]]
        table = pa.Table.from_pydict(cols, schema=schema())
        pq.write_to_dataset(table, self.tmp, partition_cols=["day"], basename_template=f"part-{self.parts:06d}-{{i}}.parquet")
        self.parts += 1
        self.claims += len(self.buffer)
        self.buffer = []

    def close(self) -> pathlib.Path:
        from . import __version__

        self._flush()
        (self.tmp / MARKER).write_text(json.dumps({"tracker": __version__, "claims": self.claims, "partition": "day"}) + "\n")
        if self.root.exists():
            shutil.rmtree(self.root)
        self.tmp.replace(self.root)
        return self.root

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def read_parquet(root):
    """A dataset written by ParquetSink as the typed DataFrame `tracker.extract` returns."""
    import pandas as pd

    from .store import _typed

    root = pathlib.Path(root)
    if not (root / MARKER).is_file():
        raise InputError(f"{root}: not a tracker Parquet dataset (no {MARKER})")
    frame = pd.read_parquet(root)
    if frame.empty:
        frame = pd.DataFrame(columns=list(COLUMNS))
    frame = frame[list(COLUMNS)].copy()
    frame["date"] = frame["date"].astype("object")
    for col in ("value", "low", "high"):
        frame[col] = frame[col].astype("object").where(frame[col].notna(), None)
    return _typed(frame).sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
