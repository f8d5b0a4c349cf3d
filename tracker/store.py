"""Claims as tables: the pandas DataFrame of the claim record, and its CSV.

`extract(paths)` reads articles and returns their claims; `to_frame(claims)`
types a list of Claim; `CsvSink`/`load_claims` round-trip the spec's CSV
(`reports/claims.csv`) with dates as dates and nullable integers.
"""

from __future__ import annotations

import csv
import importlib
import io
import pathlib
import threading
from typing import Iterable

from .articles import Article
from .claims import COLUMNS, Claim
from .errors import InputError

INT_COLUMNS = ("value", "low", "high")
CATEGORIES = ("date_basis", "claimant_side", "subject_side", "outcome", "item", "qualifier", "unit", "status")


def claims_of(
    articles: Iterable[Article], profile="auto", workers: int = 1, *, engine: str = "local", scheduler: str | None = None
) -> list[Claim]:
    """The claims of the articles, in order; on `workers` processes when more than one,
    or on a Dask cluster (engine="dask", scheduler=ADDRESS or a local one)."""
    from .parallel import extract_each

    out: list[Claim] = []
    for _, claims in extract_each(articles, profile, workers, engine=engine, scheduler=scheduler):
        out.extend(claims)
    return out


def to_frame(claims: list[Claim]):
    """A DataFrame with exactly the spec's columns, in the spec's order, typed."""
    import pandas as pd

    # built by columns: a dict per row would cost a kilobyte a claim on the way
    frame = pd.DataFrame({c: [getattr(r, c) for r in claims] for c in COLUMNS}, columns=list(COLUMNS))
    return _typed(frame)


def frame_of(pairs, chunk: int = 20_000, warm: bool = False):
    """The DataFrame of the claims of (article, claims) pairs, typed a chunk at a time so
    that the Claim objects of a large corpus are never all held beside their table.  `warm`:
    import pandas on a thread once the first pair has come (the workers that make them are
    forked by then: a fork while a thread imports could leave the import lock held in them)."""
    frames, buffer = [], []
    for i, (_, claims) in enumerate(pairs):
        if warm and i == 0:
            threading.Thread(target=importlib.import_module, args=("pandas",), daemon=True).start()
        buffer.extend(claims)
        if len(buffer) >= chunk:
            frames.append(to_frame(buffer))
            buffer = []
    if buffer or not frames:
        frames.append(to_frame(buffer))
    if len(frames) == 1:
        return frames[0]
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def _typed(frame):
    import pandas as pd

    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    for col in INT_COLUMNS:
        frame[col] = pd.array([None if pd.isna(v) or v == "" else int(v) for v in frame[col]], dtype="Int64")
    for col in ("mentions", "start", "end"):
        frame[col] = frame[col].astype("int64")
    frame["cumulative"] = frame["cumulative"].map(lambda v: v if isinstance(v, bool) else str(v).lower() in ("1", "true")).astype(bool)
    for col in ("article_id", "claimant", "claimant_ar", "quote"):
        frame[col] = frame[col].fillna("").astype(str)
    return frame


def extract(
    paths=None, *, manifest=None, profile="auto", db=None, workers: int = 1, engine: str = "local", scheduler: str | None = None
):
    """The claims of the articles at `paths` (a file, a folder, a glob, or a list of them)
    as a DataFrame; or, with `db=`, the claims a `tracker add` stored there for the profile.
    `workers` processes extract them, or a Dask cluster with engine="dask" (at `scheduler`,
    an address like "tcp://10.0.0.5:8786", or a local cluster of `workers` processes)."""
    if db is not None:
        from . import db as store_db
        from .profiles import load_profile

        prof = load_profile(profile) if isinstance(profile, str) else profile
        con = store_db.connect(db)
        try:
            return to_frame(store_db.claims(con, store_db.profile_key(prof, str(profile))))
        finally:
            con.close()
    if paths is None:
        raise InputError("extract: give the articles' paths, or db=")
    from .articles import Stream
    from .parallel import extract_each

    stream = Stream(paths, manifest)  # the corpus is never held: only the claims are kept
    # While other processes extract, this one only waits: it imports pandas meanwhile and types
    # the claims in smaller chunks as they come, rather than all at the end.
    elsewhere = workers > 1 or engine != "local" or bool(scheduler)
    pairs = extract_each(stream, profile, workers, engine=engine, scheduler=scheduler)
    frame = frame_of(pairs, 2_000, warm=True) if elsewhere else frame_of(pairs)
    if not stream.read:
        first = stream.skipped[0] if stream.skipped else None
        raise InputError(f"{first.path}: {first.reason}" if first else "no articles found (.txt, .html, .htm or .jsonl)")
    return frame


def csv_text(claims: list[Claim]) -> str:
    """The spec's CSV: ISO dates, empty for missing, booleans as 0/1."""
    buf = io.StringIO()
    write_rows(buf, claims, header=True)
    return buf.getvalue()


def write_rows(fh, claims: Iterable[Claim], *, header: bool = False) -> None:
    """Claims as lines of the spec's CSV on an open text file (with the header first)."""
    w = csv.writer(fh, lineterminator="\n")
    if header:
        w.writerow(COLUMNS)
    for c in claims:
        row = c.as_row()
        row["date"] = row["date"].isoformat() if row["date"] else ""
        row["cumulative"] = int(row["cumulative"])
        w.writerow(["" if row[k] is None else row[k] for k in COLUMNS])


class CsvSink:
    """Write claims to a CSV file as they come; `close()` moves the finished file in place
    (a temporary file until then), `abort()` leaves the old one untouched."""

    def __init__(self, path, *, bom: bool = False):
        self.path = pathlib.Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.fh = self.tmp.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="")
        write_rows(self.fh, (), header=True)
        self.claims = 0

    def write(self, claims: list[Claim]) -> None:
        write_rows(self.fh, claims)
        self.claims += len(claims)

    def close(self) -> pathlib.Path:
        self.fh.close()
        self.tmp.replace(self.path)
        return self.path

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


def load_claims(path):
    """A claims CSV (as `tracker extract` writes it) as a typed DataFrame."""
    import pandas as pd

    path = pathlib.Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: not a claims table (missing columns: {', '.join(missing)})")
    frame = _typed(frame[list(COLUMNS)].copy())
    for col in CATEGORIES:
        frame[col] = frame[col].astype("category")
    frame["date"] = frame["date"].dt.date.astype("object").where(frame["date"].notna(), None)
    frame["quantity"] = quantities(frame)
    return frame


def quantities(frame):
    """Each claim's amount as a pint Quantity ("241 tank"); the lower bound of a vague amount."""
    import pandas as pd

    from .units import quantity

    amounts = frame["value"].fillna(frame["low"])
    return pd.Series(
        [quantity(int(a), str(u)) if pd.notna(a) else None for a, u in zip(amounts, frame["unit"])],
        index=frame.index,
        dtype="object",
    )
