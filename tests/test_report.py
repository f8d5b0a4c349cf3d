"""The report: chart data (unit tests), every chart rendered (smoke), the
committed figures/ and reports/ equal to what `tracker report` writes now, and
the notebook executed."""

from __future__ import annotations

import datetime as dt
import pathlib

import pandas as pd
import pytest

from tracker import load_claims, plots
from tracker.report import write_report
from tracker.store import to_frame

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _frame(rows):
    base = dict(article_id="a", date_basis="manifest", claimant="X", claimant_ar="", unit="soldier",
                status="asserted", mentions=1, quote="q", start=0, end=1, low=None, high=None, qualifier="exact")
    from tracker.claims import Claim

    return to_frame([Claim(**{**base, **r}) for r in rows])


def test_category_groups_people_and_equipment():
    assert plots.category("killed", "soldier") == "killed-soldier"
    assert plots.category("killed", "child") == "killed-civilian"
    assert plots.category("wounded", "woman") == "wounded"
    assert plots.category("shot_down", "drone") == "lost-drone"


def test_daily_increments_and_a_total_that_goes_down():
    d = dt.date
    df = _frame([
        dict(date=d(2020, 10, 1), claimant_side="AM", subject_side="AM", outcome="killed", item="soldier", value=100, cumulative=True),
        dict(date=d(2020, 10, 2), claimant_side="AM", subject_side="AM", outcome="killed", item="soldier", value=130, cumulative=True),
        dict(date=d(2020, 10, 3), claimant_side="AM", subject_side="AM", outcome="killed", item="soldier", value=120, cumulative=True),
    ])
    daily = plots.daily_table(df)
    assert list(daily["increment"].astype("object")) == [pd.NA, 30, -10] or list(daily["increment"].fillna(-999)) == [-999, 30, -10]
    assert list(daily["decreased"]) == [False, False, True]


def test_summary_latest_total_and_sum_of_increments():
    d = dt.date
    df = _frame([
        dict(date=d(2020, 10, 1), claimant_side="AZ", subject_side="AM", outcome="destroyed", item="tank", unit="tank", value=5, cumulative=False),
        dict(date=d(2020, 10, 2), claimant_side="AZ", subject_side="AM", outcome="destroyed", item="tank", unit="tank", value=7, cumulative=False),
        dict(date=d(2020, 10, 3), claimant_side="AZ", subject_side="AM", outcome="destroyed", item="tank", unit="tank", value=200, cumulative=True),
    ])
    s = plots.summary_table(df)
    row = s.iloc[0]
    assert (row["category"], row["claims"], row["latest_cumulative"], row["sum_of_increments"]) == ("lost-tank", 3, 200, 12)


def test_against_keeps_the_largest_figure_per_period():
    d = dt.date
    df = _frame([
        dict(date=d(2020, 10, 1), claimant_side="AZ", subject_side="AM", outcome="killed", item="soldier", value=50, cumulative=False),
        dict(date=d(2020, 10, 9), claimant_side="AZ", subject_side="AM", outcome="killed", item="soldier", value=80, cumulative=False),
        dict(date=d(2020, 10, 9), claimant_side="AM", subject_side="AM", outcome="killed", item="soldier", value=20, cumulative=False),
    ])
    a = plots.against_data(df, "killed-soldier")
    assert a[["period", "subject_side", "claimant_side", "figure"]].values.tolist() == [["2020-10", "AM", "AM", 20], ["2020-10", "AM", "AZ", 80]]


def test_side_colours_are_stable_and_distinct():
    a = plots.side_colors({"AM", "AZ", "media"}, ("AZ", "AM", "RU"))
    b = plots.side_colors({"RU", "unknown"}, ("AZ", "AM", "RU"))
    assert a["AZ"] == b["AZ"] and a["AM"] == b["AM"] and len({a["AZ"], a["AM"], b["RU"], a["media"]}) == 4


@pytest.fixture(scope="module")
def fresh_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    figs = tmp_path_factory.mktemp("figures")
    lines = write_report([ROOT / "seeds"], out=out, figures=figs)
    return out, figs, lines


def test_every_chart_renders(fresh_report):
    out, figs, lines = fresh_report
    pngs = sorted(p.name for p in figs.glob("*.png"))
    assert "who-speaks.png" in pngs and "timeline-killed-soldier.png" in pngs
    assert all((figs / p).with_suffix(".svg").exists() for p in pngs)
    assert all((figs / p).stat().st_size > 5000 for p in pngs)
    assert lines[0].startswith("5 articles read")


def test_committed_outputs_are_what_the_report_writes_now(fresh_report):
    out, figs, _ = fresh_report
    for name in ("claims.csv", "summary.csv", "daily.csv", "index.html"):
        assert (ROOT / "reports" / name).read_bytes() == (out / name).read_bytes(), f"reports/{name} is stale: run tracker report"
    assert sorted(p.name for p in (ROOT / "figures").iterdir()) == sorted(p.name for p in figs.iterdir())


def test_page_highlights_the_number_in_each_quote(fresh_report):
    page = (fresh_report[0] / "index.html").read_text(encoding="utf-8")
    assert page.count("<mark>") == len(load_claims(fresh_report[0] / "claims.csv"))
    assert '<mark>241</mark> دبابة' in page
    # self-contained: nothing is fetched (namespaces in inline SVG are names, not requests)
    assert "<script" not in page and "<link" not in page and 'src="http' not in page and "@import" not in page


def test_load_claims_is_typed(fresh_report):
    df = load_claims(fresh_report[0] / "claims.csv")
    assert str(df["value"].dtype) == "Int64" and str(df["claimant_side"].dtype) == "category"
    assert isinstance(df["date"].dropna().iloc[0], dt.date)
    q = df.loc[df["item"] == "tank", "quantity"].iloc[0]
    assert str(q.units) == "tank"


def test_excel_flag_writes_a_bom(tmp_path):
    write_report([ROOT / "seeds" / "003_9fef331906d48881.txt"], out=tmp_path / "r", figures=tmp_path / "f", excel=True)
    assert (tmp_path / "r" / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_report_of_two_wars_is_titled_by_both(tmp_path):
    from tests.test_profiles import GAZA, UKRAINE

    (tmp_path / "ua.txt").write_text(UKRAINE, encoding="utf-8")
    (tmp_path / "gaza.txt").write_text(GAZA, encoding="utf-8")
    write_report([tmp_path], out=tmp_path / "r", figures=tmp_path / "f")
    page = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Claims of losses: Israel-Gaza war / Russia-Ukraine war</h1>" in page
    write_report([tmp_path / "ua.txt"], out=tmp_path / "r", figures=tmp_path / "f")
    assert "<h1>Claims of losses: Russia-Ukraine war</h1>" in (tmp_path / "r" / "index.html").read_text(encoding="utf-8")


def test_notebook_runs(fresh_report):
    import nbclient
    import nbformat

    nb = nbformat.read(ROOT / "reports" / "explore.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "reports")}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "DimensionalityError" in text and "people counted" in text
