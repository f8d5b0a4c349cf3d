"""Reading articles and their manifest.

An `Article` is an id (the file name without extension), its text exactly as
read, and what the manifest knows of it (publication date, outlet, URL).
Errors name the file and the problem (InputError); nothing here guesses.
"""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
MANIFEST_NAME = "articles.csv"
MANIFEST_COLUMNS = ("article_id", "published", "outlet", "url")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""


@dataclass(frozen=True)
class ManifestRow:
    published: dt.date | None
    outlet: str
    url: str


def read_table_text(path: str | pathlib.Path, what: str) -> str:
    """The text of a CSV table the user names (a manifest, a gold table), or one clear error."""
    path = pathlib.Path(path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: {what} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read {what} ({exc.__class__.__name__})") from None


def read_manifest(path: str | pathlib.Path) -> dict[str, ManifestRow]:
    """`article_id,published,outlet,url` rows; a bad row is an error naming file:line."""
    path = pathlib.Path(path)
    text = read_table_text(path, "manifest")
    rows: dict[str, ManifestRow] = {}
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None or [h.strip() for h in header[:4]] != list(MANIFEST_COLUMNS):
        raise InputError(f"{path}:1: manifest header must be {','.join(MANIFEST_COLUMNS)}")
    for lineno, row in enumerate(reader, 2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise InputError(f"{path}:{lineno}: expected {len(MANIFEST_COLUMNS)} columns, found {len(row)}")
        row = [*row, "", "", ""][:4]
        article_id, published, outlet, url = (cell.strip() for cell in row)
        if not article_id:
            raise InputError(f"{path}:{lineno}: empty article_id")
        date = None
        if published:
            try:
                date = dt.date.fromisoformat(published)
            except ValueError:
                raise InputError(f"{path}:{lineno}: published {published!r} is not an ISO date (YYYY-MM-DD)") from None
        rows[article_id] = ManifestRow(date, outlet, url)
    return rows


def _text_files(paths: Iterable[str | pathlib.Path]) -> Iterator[pathlib.Path]:
    for p in paths:
        p = pathlib.Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
        elif p.is_file():
            yield p
        else:
            raise InputError(f"{p}: no such file or directory")


def find_manifest(paths: list[pathlib.Path]) -> pathlib.Path | None:
    """The `articles.csv` beside the articles, when there is one."""
    for p in paths:
        folder = p if p.is_dir() else p.parent
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            return candidate
    return None


def read_articles(paths, manifest: str | pathlib.Path | None = None) -> list[Article]:
    """Articles from files and directories (recursive, `.txt`), with manifest data."""
    if isinstance(paths, (str, pathlib.Path)):
        paths = [paths]
    paths = [pathlib.Path(p) for p in paths]
    if not paths:
        raise InputError("no input: give a file or a directory")
    manifest_path = pathlib.Path(manifest) if manifest else find_manifest(paths)
    known = read_manifest(manifest_path) if manifest_path else {}
    articles = []
    for f in _text_files(paths):
        try:
            text = f.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{f}: not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"{f}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
        meta = known.get(f.stem)
        articles.append(
            Article(
                id=f.stem,
                text=text,
                path=str(f),
                published=meta.published if meta else None,
                outlet=meta.outlet if meta else "",
                url=meta.url if meta else "",
            )
        )
    return articles
