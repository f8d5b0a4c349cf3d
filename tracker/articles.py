"""Reading articles: files, folders, globs and standard input; text, web pages and
JSON Lines; any common encoding; and the manifest.

An `Article` is an id, its text exactly as read (after decoding; for a web page, the
main text trafilatura extracts), and what is known of it (publication date, outlet,
URL).  `read_corpus` never loses a file silently: what cannot be read is returned
in `skipped` with its reason.  A path that does not exist, a malformed manifest and
the like are the user's mistakes and raise InputError naming the file.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import glob
import json
import pathlib
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MANIFEST_NAME = "articles.csv"
MANIFEST_COLUMNS = ("article_id", "published", "outlet", "url")
MAX_BYTES = 50_000_000  # a larger file is skipped ("too large"); --max-mb changes it
# A text file larger than PART_BYTES is read a part at a time, each part about PART_CHARS
# characters cut at a paragraph break, so that memory does not grow with the file.
PART_BYTES = 4_000_000
PART_CHARS = 1_000_000
_BLOCK = 1 << 20
STDIN = "-"


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


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        return summary_line(len(self.articles), self.skipped)


def summary_line(read: int, skipped: list[Skipped]) -> str:
    """"N articles read, M skipped (reasons)"."""
    line = f"{read} articles read, {len(skipped)} skipped"
    if skipped:
        kinds = Counter(s.reason.split(":")[0].split(" (")[0] for s in skipped)
        line += " (" + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + ")"
    return line


# ------------------------------------------------------------------ manifest

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
        rows[article_id] = ManifestRow(_iso_date(published, f"{path}:{lineno}"), outlet, url)
    return rows


def _iso_date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{where}: published {value!r} is not an ISO date (YYYY-MM-DD)") from None


# ------------------------------------------------------------------ decoding

def decode(data: bytes) -> tuple[str | None, str]:
    """(text, "") or (None, reason): UTF-8 with or without BOM, UTF-16 by its BOM,
    else what charset-normalizer finds (Windows-1256, ISO-8859-6, ...)."""
    encoding, why = _encoding(data, whole=True)
    if encoding is None:
        return None, why
    try:
        return _text_or_binary(data.decode(encoding))
    except UnicodeDecodeError:
        return None, f"undecodable (bad {encoding})"


def _encoding(head: bytes, whole: bool = False) -> tuple[str | None, str]:
    """(codec name, "") or (None, reason) for a file that is `head` (`whole`), or that
    begins with it (a character may then be cut at the end)."""
    if not head.strip():
        return None, "empty"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", ""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", ""
    if b"\x00" in head:
        return None, "binary"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8", ""
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        return None, "undecodable (no encoding fits)"
    return best.encoding, ""


def _cut(text: str, size: int) -> int:
    """Where to end a part of at most `size` characters: after the last paragraph break
    in its second half, else the last line break, else the last space."""
    for mark in ("\n\n", "\n", " "):
        i = text.rfind(mark, size // 2, size)
        if i != -1:
            return i + len(mark)
    return size


def _stream_text(f: pathlib.Path, name: str) -> Iterator[Article | Skipped]:
    """A long text file read a block at a time and given as parts `stem#1`, `stem#2`, ...
    of about PART_CHARS characters, each cut at a paragraph break; each part's offsets
    are its own.  The encoding is detected on the first block.  (An OSError reaches
    the caller, which reports the file as unreadable.)"""
    with f.open("rb") as fh:
        block = fh.read(PART_BYTES)
        encoding, why = _encoding(block)
        if encoding is None:
            yield Skipped(name, why)
            return
        decoder = codecs.getincrementaldecoder(encoding)()
        buf, n, first = "", 0, True
        while True:
            final = not block
            try:
                buf += decoder.decode(block, final)
            except UnicodeDecodeError:
                yield Skipped(f"{name}#{n + 1}", f"undecodable (not {encoding} past this point)")
                return
            if first:
                why = _text_or_binary(buf)[1]
                if why:
                    yield Skipped(name, why)
                    return
                first = False
            while len(buf) > PART_CHARS or (final and buf.strip()):
                cut = _cut(buf, PART_CHARS) if len(buf) > PART_CHARS else len(buf)
                n += 1
                yield Article(f"{f.stem}#{n}", buf[:cut], name)
                buf = buf[cut:]
            if final:
                return
            block = fh.read(_BLOCK)


def _text_or_binary(text: str) -> tuple[str | None, str]:
    """Text, unless control characters say it is not."""
    sample = text[:4000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    if controls > len(sample) * 0.01:
        return None, "binary"
    return text, ""


# ------------------------------------------------------------------ formats

def _from_html(text: str, path: str) -> tuple[Article | None, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if doc is None:
        return None, "no article text in the page"
    get = doc.get if isinstance(doc, dict) else (lambda k, default=None: getattr(doc, k, default))
    body = (get("text") or "").strip()
    if not body:
        return None, "no article text in the page"
    title = (get("title") or "").strip()
    published = None
    if get("date"):
        try:
            published = dt.date.fromisoformat(str(get("date"))[:10])
        except ValueError:
            published = None
    full = f"{title}\n{body}" if title and not body.startswith(title) else body
    return Article(pathlib.Path(path).stem, full, path, published, get("sitename") or "", get("url") or ""), ""


def _jsonl_article(line: str, where: str) -> Article | Skipped | None:
    """One JSON line as an article, or why it is not one (None for a blank line)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return Skipped(where, "not JSON")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not str(obj.get("id", "")).strip():
        return Skipped(where, "missing id or text")
    try:
        published = _iso_date(str(obj.get("published") or ""), where)
    except InputError:
        return Skipped(where, f"bad published date {obj.get('published')!r}")
    return Article(str(obj["id"]).strip(), obj["text"], where, published, str(obj.get("outlet") or ""), str(obj.get("url") or ""))


def _unreadable(name: str, exc: OSError) -> Skipped:
    return Skipped(name, f"unreadable ({exc.strerror or exc.__class__.__name__})")


def _stream_jsonl(f: pathlib.Path, max_bytes: int) -> Iterator[Article | Skipped]:
    """A JSON Lines file read one line at a time (JSON Lines is UTF-8): memory does not
    grow with the file, and the size limit applies to each article, not the file."""
    name = str(f)
    try:
        fh = f.open("rb")
    except OSError as exc:
        yield _unreadable(name, exc)
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{name}:{lineno}"
            if len(raw) > max_bytes:
                yield Skipped(where, f"too large (> {max_bytes / 1e6:g} MB)")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Skipped(where, "not UTF-8")
                continue
            item = _jsonl_article(line, where)
            if item is not None:
                yield item


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


# ------------------------------------------------------------------ paths

def expand(paths: Iterable[str | pathlib.Path]) -> Iterator[str | pathlib.Path]:
    """Files from files, folders (recursive, known suffixes), globs, and "-" for stdin."""
    for raw in paths:
        p = str(raw)
        if p == STDIN:
            yield STDIN
            continue
        path = pathlib.Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        elif any(ch in p for ch in "*?["):
            matches = sorted(pathlib.Path(m) for m in glob.glob(p, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"{p}: no file matches")
            yield from files
        else:
            raise InputError(f"{p}: no such file or directory")


def find_manifest(paths: list) -> pathlib.Path | None:
    """The `articles.csv` beside the articles, when there is one."""
    for p in paths:
        if str(p) == STDIN:
            continue
        p = pathlib.Path(p)
        folder = p if p.is_dir() else p.parent
        candidate = folder / MANIFEST_NAME
        if candidate.is_file():
            return candidate
    return None


def iter_corpus(paths, manifest=None, *, max_bytes: int = MAX_BYTES) -> Iterator[Article | Skipped]:
    """Every article the paths hold, and every file or line that could not be read
    (a Skipped with its reason), one at a time: a caller that stores as it goes holds
    one article in memory, however large the corpus."""
    if isinstance(paths, (str, pathlib.Path)):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise InputError("no input: give a file, a folder, a glob or -")
    manifest_path = pathlib.Path(manifest) if manifest else find_manifest(paths)
    known = read_manifest(manifest_path) if manifest_path else {}

    def with_manifest(art: Article) -> Article:
        meta = known.get(art.id)
        if meta is None and "#" in art.id:
            meta = known.get(art.id.rsplit("#", 1)[0])  # a part of a long text file
        if meta is None:
            return art
        return Article(art.id, art.text, art.path, meta.published or art.published, meta.outlet or art.outlet, meta.url or art.url)

    for f in expand(paths):
        name = "<stdin>" if f == STDIN else str(f)
        if f != STDIN and f.suffix.lower() in JSONL_SUFFIXES:
            for item in _stream_jsonl(f, max_bytes):
                yield with_manifest(item) if isinstance(item, Article) else item
            continue
        try:
            if f == STDIN:
                data = sys.stdin.buffer.read(max_bytes + 1)
            else:
                size = f.stat().st_size
                if size > max_bytes:
                    yield Skipped(name, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB)")
                    continue
                if size > PART_BYTES and f.suffix.lower() in TEXT_SUFFIXES:
                    for item in _stream_text(f, name):
                        yield with_manifest(item) if isinstance(item, Article) else item
                    continue
                data = f.read_bytes()
        except OSError as exc:
            yield _unreadable(name, exc)
            continue
        if len(data) > max_bytes:
            yield Skipped(name, f"too large (> {max_bytes / 1e6:g} MB)")
            continue
        text, why = decode(data)
        if text is None:
            yield Skipped(name, why)
            continue
        if f == STDIN and text.lstrip().startswith("{"):
            for lineno, line in enumerate(text.splitlines(), 1):
                item = _jsonl_article(line, f"{name}:{lineno}")
                if item is not None:
                    yield with_manifest(item) if isinstance(item, Article) else item
        elif (f != STDIN and f.suffix.lower() in HTML_SUFFIXES) or _looks_html(text):
            art, why = _from_html(text, name)
            yield with_manifest(art) if art is not None else Skipped(name, why)
        else:
            yield with_manifest(Article("stdin" if f == STDIN else f.stem, text, name))


class Stream:
    """The articles of `iter_corpus`, one at a time, counting them and keeping what was
    skipped (and telling it to `on_skip` as it happens), for callers that never hold
    the corpus."""

    def __init__(self, paths, manifest=None, *, max_bytes: int = MAX_BYTES, on_skip=None):
        self.items = iter_corpus(paths, manifest, max_bytes=max_bytes)
        self.read = 0
        self.skipped: list[Skipped] = []
        self.on_skip = on_skip

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            if isinstance(item, Article):
                self.read += 1
                yield item
            else:
                self.skipped.append(item)
                if self.on_skip:
                    self.on_skip(item)

    def summary(self) -> str:
        return summary_line(self.read, self.skipped)


def read_corpus(paths, manifest=None, *, max_bytes: int = MAX_BYTES) -> Corpus:
    """Every article the paths hold, and every file or line that could not be read, with why."""
    corpus = Corpus()
    for item in iter_corpus(paths, manifest, max_bytes=max_bytes):
        (corpus.articles if isinstance(item, Article) else corpus.skipped).append(item)
    return corpus


def read_articles(paths, manifest=None, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """The articles at `paths`; raises InputError if none could be read (naming why)."""
    corpus = read_corpus(paths, manifest, max_bytes=max_bytes)
    if not corpus.articles:
        if corpus.skipped:
            first = corpus.skipped[0]
            raise InputError(f"{first.path}: {first.reason}" + (f" ({corpus.summary()})" if len(corpus.skipped) > 1 else ""))
        raise InputError("no articles found (.txt, .html, .htm or .jsonl)")
    return corpus.articles
