"""The embedded claims store (SQLite): what the tracker has read, and what it found.

Articles are keyed by the hash of their text, so adding the same corpus twice does
no work and duplicates nothing.  Claims are stored with the profile and the
tracker version that extracted them; a new version, or a changed profile file,
re-extracts what it must.  Each article is written in one transaction: a run
killed midway leaves every article either whole or absent, and the next run
finishes the job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from . import __version__
from .articles import Article
from .claims import COLUMNS, Claim, extract_claims
from .errors import InputError
from .profiles import LIST, Profile

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    hash TEXT PRIMARY KEY, article_id TEXT NOT NULL, path TEXT, published TEXT,
    outlet TEXT, url TEXT, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS extractions (
    hash TEXT NOT NULL, profile TEXT NOT NULL, version TEXT NOT NULL,
    PRIMARY KEY (hash, profile)
);
CREATE TABLE IF NOT EXISTS claims (
    hash TEXT NOT NULL, profile TEXT NOT NULL, ord INTEGER NOT NULL,
    article_id TEXT, date TEXT, date_basis TEXT, claimant TEXT, claimant_ar TEXT, claimant_side TEXT,
    subject_side TEXT, outcome TEXT, item TEXT, value INTEGER, low INTEGER, high INTEGER, qualifier TEXT,
    unit TEXT, cumulative INTEGER, status TEXT, mentions INTEGER, quote TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (hash, profile, ord)
);
CREATE INDEX IF NOT EXISTS claims_by_side ON claims (profile, claimant_side, subject_side);
"""


@dataclass
class AddResult:
    read: int = 0
    new: int = 0
    extracted: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        return (
            f"{self.read} articles: {self.new} new, {self.extracted} extracted, "
            f"{self.unchanged} unchanged (already extracted by this version and profile)"
        )


def _code_version() -> str:
    """The tracker's version and a digest of its code and lexicon: any change to
    either makes stored claims stale, so `tracker add` re-extracts them."""
    root = pathlib.Path(__file__).parent
    h = hashlib.sha256()
    for f in sorted([*root.glob("*.py"), *root.glob("lexicon/*.toml"), *root.glob("profiles/*.toml")]):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


VERSION = _code_version()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def profile_key(profile: Profile, source: str) -> str:
    """A bundled profile by name; a file by name and content, so that an edit re-extracts."""
    path = pathlib.Path(source)
    if path.is_file():
        return f"{profile.name}:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"
    if profile.choices and source != profile.name:  # a list: "auto,lebanon.toml"
        files = [pathlib.Path(n.strip()) for n in source.split(LIST) if pathlib.Path(n.strip()).is_file()]
        digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
        return LIST.join(p.name for p in profile.choices) + (f":{digest}" if files else "")
    return profile.name


def connect(path) -> sqlite3.Connection:
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        con.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not a tracker database ({exc})") from None
    con.execute("PRAGMA journal_mode=WAL")
    return con


def add(
    con: sqlite3.Connection,
    articles: Iterable[Article],
    profile: Profile,
    key: str,
    workers: int = 1,
    *,
    engine: str = "local",
    scheduler: str | None = None,
) -> AddResult:
    """Store articles and their claims; work only where this version and profile have not."""
    from .parallel import extract_each

    result = AddResult()
    # What this version and profile have stored already (read once: the articles are fed
    # to the workers from another thread, which may not use this connection).
    done = {h for (h,) in con.execute("SELECT hash FROM extractions WHERE profile = ? AND version = ?", (key, VERSION))}

    def todo():
        for art in articles:
            result.read += 1
            h = text_hash(art.text)
            if h in done:  # stored before, or earlier in this run (the same text twice)
                result.unchanged += 1
                continue
            done.add(h)
            yield art

    # (extract_claims looked up here, at call time, so that a test may replace it)
    for art, claims in extract_each(
        todo(), profile, workers, extract=lambda *a, **k: extract_claims(*a, **k), engine=engine, scheduler=scheduler
    ):
        h = text_hash(art.text)
        known = con.execute("SELECT 1 FROM articles WHERE hash = ?", (h,)).fetchone()
        con.execute("BEGIN IMMEDIATE")
        try:
            if known is None:
                con.execute(
                    "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (h, art.id, art.path, art.published.isoformat() if art.published else None, art.outlet, art.url, art.text),
                )
                result.new += 1
            con.execute("DELETE FROM claims WHERE hash = ? AND profile = ?", (h, key))
            con.executemany(
                f"INSERT INTO claims VALUES (?, ?, ?, {', '.join('?' * len(COLUMNS))})",
                [(h, key, i, *_row(c)) for i, c in enumerate(claims)],
            )
            con.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", (h, key, VERSION))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        result.extracted += 1
    return result


def _row(c: Claim) -> tuple:
    r = c.as_row()
    r["date"] = r["date"].isoformat() if r["date"] else None
    r["cumulative"] = int(r["cumulative"])
    return tuple(r[k] for k in COLUMNS)


def claims(
    con: sqlite3.Connection,
    key: str,
    *,
    side: str | None = None,
    subject: str | None = None,
    claimant: str | None = None,
    item: str | None = None,
    outcome: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Claim]:
    """The stored claims of a profile, filtered, in article and text order."""
    where, args = ["profile = ?"], [key]
    for col, val in (("claimant_side", side), ("subject_side", subject), ("item", item), ("outcome", outcome)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    if claimant:
        where.append("(claimant LIKE ? OR claimant_ar LIKE ?)")
        args += [f"%{claimant}%", f"%{claimant}%"]
    if since:
        where.append("date >= ?")
        args.append(since.isoformat())
    if until:
        where.append("date <= ?")
        args.append(until.isoformat())
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    rows = con.execute(f"SELECT {cols} FROM claims WHERE {' AND '.join(where)} ORDER BY article_id, hash, ord", args)
    out = []
    for row in rows:
        r = dict(zip(COLUMNS, row))
        r["date"] = dt.date.fromisoformat(r["date"]) if r["date"] else None
        r["cumulative"] = bool(r["cumulative"])
        out.append(Claim(**r))
    return out


def articles(con: sqlite3.Connection) -> list[Article]:
    rows = con.execute("SELECT article_id, text, path, published, outlet, url FROM articles ORDER BY article_id, hash")
    return [
        Article(a, t, p or "", dt.date.fromisoformat(pub) if pub else None, o or "", u or "")
        for a, t, p, pub, o, u in rows
    ]
