"""The command line: a thin shell over the library (typer).

Every error a user can cause becomes one `Error: ...` line on stderr and exit
status 1 (2 for a malformed command line); no traceback.
"""

from __future__ import annotations

import pathlib
import sys
from typing import List, Optional

import typer
from typer.exceptions import TyperException

from . import __version__
from .errors import TrackerError
from .profiles import BUNDLED

_PROFILE_HELP = (
    f"Conflict profile: auto (the default: each article's war, among {', '.join(BUNDLED)}), one of them, "
    "a .toml file, or a list of them to choose among (auto,my-war.toml)."
)

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Claimed war losses in Arabic news: who claimed what, about whom, and when.",
)

SEEDS = pathlib.Path("seeds")


def _default_paths(paths: Optional[List[str]]) -> List[str]:
    if paths:
        return list(paths)
    if not SEEDS.is_dir():
        raise TrackerError("no seeds/ folder here: run from the tracker's folder, or name the articles to read")
    return [str(SEEDS)]


def _read(paths, manifest, max_mb: float):
    """The articles, telling on stderr what was skipped and why; an error if none could be read."""
    from .articles import read_corpus

    corpus = read_corpus(_default_paths(paths), manifest=manifest, max_bytes=int(max_mb * 1e6))
    for s in corpus.skipped:
        print(f"skipped {s.path}: {s.reason}", file=sys.stderr)
    if corpus.skipped or not corpus.articles:
        print(corpus.summary(), file=sys.stderr)
    if not corpus.articles:
        raise TrackerError("no article could be read")
    return corpus.articles


PATHS_HELP = "Files, folders, globs or - (stdin): .txt, .html, .jsonl (default: seeds/)."
MAX_MB_HELP = "Skip files (or JSON lines) larger than this many megabytes."
WORKERS_HELP = "Processes to extract with (the results are the same, in the same order)."


@app.command()
def numbers(
    paths: Optional[List[str]] = typer.Argument(None, help=PATHS_HELP),
    text: Optional[str] = typer.Option(None, "--text", "-t", help="Read this text instead of files."),
    all_kinds: bool = typer.Option(False, "--all", help="Also list dates, years, models, measures, ..."),
):
    """List the numbers found, one per line (tab-separated).

    Example: tracker numbers --text "قتل 241 جنديا وأصيب ثلاثة آلاف"
    """
    from .articles import Article
    from .numbers import find_numbers

    arts = [Article("text", text)] if text is not None else _read(paths, None, 50)
    print("article\tstart\tend\tkind\tqualifier\tvalue\tlow\thigh\ttext")
    for art in arts:
        for m in find_numbers(art.text):
            if not all_kinds and m.kind not in ("cardinal", "vague"):
                continue
            cells = [art.id, m.start, m.end, m.kind, m.qualifier, m.value, m.low, m.high, m.text]
            print("\t".join("" if c is None else str(c) for c in cells))


ENGINE_HELP = "Where to extract: local (this machine's processes) or dask (a Dask cluster)."
SCHEDULER_HELP = "The Dask scheduler's address (tcp://HOST:8786); without it, --engine dask starts a local cluster of --workers processes."


def _engine(engine: str, scheduler: Optional[str]) -> str:
    from .parallel import ENGINES

    if engine not in ENGINES:
        raise typer.BadParameter(f"{engine!r} is not one of {', '.join(ENGINES)}", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("a scheduler address needs --engine dask", param_hint="--scheduler")
    return engine


def _stream(paths, manifest, max_mb: float):
    """The articles one at a time, telling on stderr what is skipped as it happens."""
    from .articles import Stream

    return Stream(_default_paths(paths), manifest, max_bytes=int(max_mb * 1e6),
                  on_skip=lambda s: print(f"skipped {s.path}: {s.reason}", file=sys.stderr))


def _finish(stream) -> None:
    """The summary line when something was skipped; an error when nothing was read."""
    if stream.skipped or not stream.read:
        print(stream.summary(), file=sys.stderr)
    if not stream.read:
        raise TrackerError("no article could be read")


@app.command()
def extract(
    paths: Optional[List[str]] = typer.Argument(None, help=PATHS_HELP),
    manifest: Optional[pathlib.Path] = typer.Option(None, help="articles.csv (default: the one beside the articles)."),
    profile: str = typer.Option("auto", help=_PROFILE_HELP),
    out: Optional[pathlib.Path] = typer.Option(None, "--out", "-o", help="Write the CSV here instead of to the screen."),
    parquet: Optional[pathlib.Path] = typer.Option(None, "--parquet", help="Write a Parquet dataset partitioned by date to this folder instead of CSV."),
    excel: bool = typer.Option(False, help="Write a byte-order mark, for spreadsheets."),
    max_mb: float = typer.Option(50.0, "--max-mb", help=MAX_MB_HELP),
    workers: int = typer.Option(1, "--workers", min=1, help=WORKERS_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
):
    """Extract the claims of articles as CSV (the columns of spec/claims.md), or as Parquet.

    Example: tracker extract seeds/ --out claims.csv
             tracker extract corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --parquet claims/
    """
    from .parallel import extract_each
    from .profiles import load_profile
    from .store import CsvSink, write_rows

    engine = _engine(engine, scheduler)
    if out is not None and parquet is not None:
        raise typer.BadParameter("choose one of --out and --parquet", param_hint="--parquet")
    prof = load_profile(profile)
    if parquet is not None:
        from .parquet import ParquetSink

        sink = ParquetSink(parquet)
    elif out is not None:
        sink = CsvSink(out, bom=excel)
    else:
        sink = None
    stream = _stream(paths, manifest, max_mb)
    header = True  # on the screen, once an article was read (not before an error)
    try:  # the corpus streams through: only the claims of a few articles are held at once
        for _, claims in extract_each(stream, prof, workers, engine=engine, scheduler=scheduler):
            if sink is None:
                write_rows(sys.stdout, claims, header=header)
                header = False
            else:
                sink.write(claims)
        _finish(stream)
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    if sink is not None:
        where = sink.close()
        print(f"{sink.claims} claims written to {where}", file=sys.stderr)


@app.command()
def evaluate(
    gold: pathlib.Path = typer.Option(..., help="Gold table (CSV), e.g. ../shared/gold/seeds.csv."),
    paths: Optional[List[str]] = typer.Argument(None, help=PATHS_HELP),
    manifest: Optional[pathlib.Path] = typer.Option(None, help="articles.csv (default: the one beside the articles)."),
    profile: str = typer.Option("auto", help=_PROFILE_HELP),
    show: bool = typer.Option(False, help="List every miss, false positive and wrong attribute, with its sentence."),
):
    """Score extracted claims against a gold table: precision, recall, F1, side accuracy.

    Example: tracker evaluate --gold ../shared/gold/seeds.csv --show
    """
    from .evaluate import read_gold, score
    from .profiles import load_profile
    from .store import claims_of

    gold_rows = read_gold(gold)
    prof = load_profile(profile)
    predicted = [c.as_row() for c in claims_of(_read(paths, manifest, 50), profile=prof)]
    result = score(gold_rows, predicted)
    if show:
        for g in result.misses:
            print(f"MISS  {g['article_id']}  {g['number_text']}  {g['outcome']} {g['item']} {g['value']}")
        for p in result.false_positives:
            print(f"FALSE {p['article_id']}  {p['outcome']} {p['item']} {p['value']}  «{p['quote']}»")
        for name, g, p in result.wrong:
            print(f"WRONG {name}: gold {g[name]} predicted {p[name]}  {g['article_id']}  {g['number_text']}")
        print()
    for line in result.lines():
        print(line)


@app.command()
def report(
    paths: Optional[List[str]] = typer.Argument(None, help=PATHS_HELP),
    manifest: Optional[pathlib.Path] = typer.Option(None, help="articles.csv (default: the one beside the articles)."),
    profile: str = typer.Option("auto", help=_PROFILE_HELP),
    max_mb: float = typer.Option(50.0, "--max-mb", help=MAX_MB_HELP),
    out: pathlib.Path = typer.Option(pathlib.Path("reports"), help="Folder for tables and the report page."),
    figures: pathlib.Path = typer.Option(pathlib.Path("figures"), help="Folder for charts (PNG and SVG)."),
    excel: bool = typer.Option(False, help="Write claims.csv with a byte-order mark, for spreadsheets."),
    db: Optional[pathlib.Path] = typer.Option(None, "--db", help="Report the claims stored here (by tracker add) instead of reading articles."),
    workers: int = typer.Option(1, "--workers", min=1, help=WORKERS_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
):
    """Read the articles and write the report: tables and index.html to reports/, charts to figures/.

    Example: tracker report            (the bundled seeds)
    """
    from .profiles import load_profile
    from .report import write_report

    engine = _engine(engine, scheduler)
    prof = load_profile(profile)
    stored = None
    if db is not None:
        from . import db as store_db

        if not db.is_file():
            raise TrackerError(f"{db}: no claims store here (make one with tracker add)")
        con = store_db.connect(db)
        try:
            articles = store_db.articles(con)
            stored = store_db.claims(con, store_db.profile_key(prof, profile))
        finally:
            con.close()
    else:
        articles = _read(paths, manifest, max_mb)
    if stored is None and (workers > 1 or engine != "local"):
        from .store import claims_of

        stored = claims_of(articles, profile=prof, workers=workers, engine=engine, scheduler=scheduler)
    for line in write_report(articles=articles, claims=stored, profile=prof, out=out, figures=figures, excel=excel, progress=_progress):
        print(line)


DB_HELP = "The claims store (SQLite)."
DEFAULT_DB = pathlib.Path("reports") / "tracker.sqlite"


@app.command()
def add(
    paths: Optional[List[str]] = typer.Argument(None, help=PATHS_HELP),
    db: pathlib.Path = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    manifest: Optional[pathlib.Path] = typer.Option(None, help="articles.csv (default: the one beside the articles)."),
    profile: str = typer.Option("auto", help=_PROFILE_HELP),
    max_mb: float = typer.Option(50.0, "--max-mb", help=MAX_MB_HELP),
    workers: int = typer.Option(1, "--workers", min=1, help=WORKERS_HELP),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
):
    """Store articles and their claims; what is already stored for this version and profile is not redone.

    Example: tracker add corpus/ --db reports/tracker.sqlite
    """
    from . import db as store_db
    from .profiles import load_profile

    engine = _engine(engine, scheduler)
    prof = load_profile(profile)
    # one article at a time, from the files to the store: memory stays flat
    stream = _stream(paths, manifest, max_mb)
    con = store_db.connect(db)
    try:
        result = store_db.add(
            con, stream, prof, store_db.profile_key(prof, profile), workers=workers, engine=engine, scheduler=scheduler
        )
    finally:
        con.close()
    _finish(stream)
    print(result.summary())


@app.command()
def claims(
    db: pathlib.Path = typer.Option(DEFAULT_DB, "--db", help=DB_HELP),
    profile: str = typer.Option("auto", help="The profile the claims were extracted with."),
    side: Optional[str] = typer.Option(None, help="Claimant side (AZ, AM, RU, UA, media, ...)."),
    subject: Optional[str] = typer.Option(None, help="Whose losses (a side, both, unknown)."),
    claimant: Optional[str] = typer.Option(None, help="Part of the claimant's name, English or Arabic."),
    item: Optional[str] = typer.Option(None, help="soldier, civilian, tank, drone, ..."),
    outcome: Optional[str] = typer.Option(None, help="killed, wounded, destroyed, shot_down, ..."),
    since: Optional[str] = typer.Option(None, help="First date, YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Last date, YYYY-MM-DD."),
    format: str = typer.Option("table", "--format", help="table, csv or json."),
):
    """Query the stored claims.

    Example: tracker claims --side AZ --item tank --format csv
    """
    import datetime as dt
    import json

    from . import db as store_db
    from .profiles import load_profile
    from .store import csv_text

    if format not in ("table", "csv", "json"):
        raise TrackerError(f"--format must be table, csv or json, not {format!r}")
    dates = {}
    for name, value in (("since", since), ("until", until)):
        try:
            dates[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            raise TrackerError(f"--{name} {value!r} is not a date (YYYY-MM-DD)") from None
    if not db.is_file():
        raise TrackerError(f"{db}: no claims store here (make one with tracker add)")
    prof = load_profile(profile)
    con = store_db.connect(db)
    try:
        found = store_db.claims(con, store_db.profile_key(prof, profile), side=side, subject=subject, claimant=claimant,
                                item=item, outcome=outcome, **dates)
    finally:
        con.close()
    if format == "csv":
        sys.stdout.write(csv_text(found))
    elif format == "json":
        rows = [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in c.as_row().items()} for c in found]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for c in found:
            amount = c.value if c.value is not None else f"{c.low or ''}-{c.high or ''}"
            print(f"{str(c.date or ''):10}  {c.claimant_side:7} {c.claimant[:40]:40}  {c.subject_side:7} {c.outcome:10} {str(amount):>8} {c.item}")
        print(f"{len(found)} claims", file=sys.stderr)


def _progress(items, description: str = "extracting"):
    """A progress bar on a terminal (the work may take more than a couple of seconds);
    nothing when the output goes to a file or a pipe."""
    items = list(items)
    if not sys.stderr.isatty() or len(items) < 2:
        return items
    from rich.console import Console
    from rich.progress import track

    return track(items, description=description, transient=True, console=Console(stderr=True))


@app.command()
def version():
    """Print the tracker's version."""
    print(__version__)


def main(argv: Optional[List[str]] = None) -> int:
    """Entry point: runs the app and turns errors into one line."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        result = app(args=argv or ["--help"], prog_name="tracker", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except TyperException as exc:  # a malformed command line
        print(f"Error: {exc.format_message()}", file=sys.stderr)
        return 2
    except (typer.Abort, KeyboardInterrupt):
        print("Error: aborted", file=sys.stderr)
        return 1
    except TrackerError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return result if isinstance(result, int) else 0


def run() -> None:
    sys.exit(main())
