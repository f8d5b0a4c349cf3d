"""The command line as a user meets it: exact error lines, exit codes, no tracebacks."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from tracker.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_9fef331906d48881.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_path(capsys):
    code, out, err = run(capsys, "extract", "no/such/file.txt")
    assert (code, out, err) == (1, "", "Error: no/such/file.txt: no such file or directory\n")


def test_bad_option_is_one_line(capsys):
    code, out, err = run(capsys, "report", "--bogus")
    assert code == 2 and out == ""
    assert err.startswith("Error: No such option: --bogus") and err.count("\n") == 1


def test_unknown_profile(capsys):
    code, _, err = run(capsys, "extract", str(SEED), "--profile", "atlantis")
    assert code == 1
    assert err == "Error: atlantis: no such profile (auto, or bundled: karabakh, russia-ukraine, israel-gaza, sudan; or give a .toml file)\n"


def test_a_folder_of_two_wars_reads_each_with_its_own_sides(capsys, tmp_path):
    from tests.test_profiles import GAZA, UKRAINE

    (tmp_path / "ua.txt").write_text(UKRAINE, encoding="utf-8")
    (tmp_path / "gaza.txt").write_text(GAZA, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 0 and err == ""
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["subject_side"] for r in rows if r["article_id"] == "ua" and r["item"] == "tank"} == {"RU"}
    assert {r["claimant_side"] for r in rows if r["article_id"] == "ua"} == {"UA"}
    assert {r["subject_side"] for r in rows if r["article_id"] == "gaza" and r["value"] == "45"} == {"PS"}
    # one war named: every article is read with it
    code, out, _ = run(capsys, "extract", str(tmp_path), "--profile", "israel-gaza")
    assert code == 0 and {r["claimant_side"] for r in csv.DictReader(io.StringIO(out)) if r["article_id"] == "ua"} == {"unknown"}


def test_a_list_of_profiles_adds_a_users_war_to_the_choice(capsys, tmp_path):
    import csv
    import io

    from tests.test_profiles import TIGRAY, TIGRAY_TOML, UKRAINE

    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "ua.txt").write_text(UKRAINE, encoding="utf-8")
    (tmp_path / "arts" / "tg.txt").write_text(TIGRAY, encoding="utf-8")
    (tmp_path / "tigray.toml").write_text(TIGRAY_TOML, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(tmp_path / "arts"), "--profile", f"auto,{tmp_path / 'tigray.toml'}")
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["claimant_side"] for r in rows if r["article_id"] == "ua"} == {"UA"}
    assert {(r["value"], r["subject_side"]) for r in rows if r["article_id"] == "tg"} == {("300", "TG"), ("50", "ET")}
    code, _, err = run(capsys, "extract", str(tmp_path / "arts"), "--profile", "auto,atlantis")
    assert code == 1 and err.startswith("Error: atlantis: no such profile")


_HEAD = 'name = "bad"\ndate_range = ["2020-01-01", "2025-12-31"]\n'
_PARTY = '[[party]]\ncode = "X"\nname = "Xland"\n'


@pytest.mark.parametrize("toml, problem", [
    pytest.param(_HEAD + _PARTY + 'names = "x"\n', "party 'Xland': key 'names' must be a list of non-empty strings", id="names-not-a-list"),
    pytest.param(_HEAD + 'region = ["x", ""]\n' + _PARTY, "key 'region' must be a list of non-empty strings", id="region-with-an-empty-word"),
    pytest.param(_HEAD + 'civil_war = "yes"\n' + _PARTY, "key 'civil_war' must be true or false", id="civil-war-not-a-bool"),
    pytest.param(
        _HEAD + '[institutions]\n"Army" = "Y"\n' + _PARTY, "institution 'Army' is given party 'Y', which no party has",
        id="institution-of-an-unknown-party",
    ),
    pytest.param(
        _HEAD + '[institutions]\n"Army" = { party = "X", name = 3 }\n' + _PARTY,
        "institution 'Army' has a name that is not a text", id="institution-name-not-a-text",
    ),
    pytest.param('name = "bad"\n' + _PARTY, "missing key 'date_range'", id="no-date-range"),
    pytest.param(_HEAD + 'fronts = [["X", "Z"]]\n' + _PARTY, "key 'fronts' names 'Z', which no party has", id="front-of-an-unknown-party"),
    pytest.param(
        _HEAD + 'fronts = ["X"]\n' + _PARTY, "key 'fronts' must be a list of pairs of party codes, like [[\"X\", \"Z\"]]",
        id="front-not-a-pair",
    ),
])
def test_malformed_profile_names_the_key(capsys, tmp_path, toml, problem):
    bad = tmp_path / "bad.toml"
    bad.write_text(toml, encoding="utf-8")
    code, _, err = run(capsys, "extract", str(SEED), "--profile", str(bad))
    assert (code, err) == (1, f"Error: {bad}: {problem}\n")


def test_malformed_manifest_row(capsys, tmp_path):
    man = tmp_path / "articles.csv"
    man.write_text("article_id,published,outlet,url\n003_9fef331906d48881,20-10-2020,x,\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(SEED), "--manifest", str(man))
    assert (code, err) == (1, f"Error: {man}:2: published '20-10-2020' is not an ISO date (YYYY-MM-DD)\n")


def test_nothing_readable(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"\x00\x01\x02binary\x00\xff\xfe\x00")
    code, out, err = run(capsys, "extract", str(f))
    assert (code, out) == (1, "")
    assert err == f"skipped {f}: binary\n0 articles read, 1 skipped (1 binary)\nError: no article could be read\n"


def test_extract_writes_the_spec_columns(capsys, tmp_path):
    out = tmp_path / "claims.csv"
    code, _, err = run(capsys, "extract", str(SEED), "--out", str(out))
    assert code == 0 and err.endswith(f"claims written to {out}\n")
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "article_id,date,date_basis,claimant,claimant_ar,claimant_side,subject_side,outcome,item,value,low,high,qualifier,unit,cumulative,status,mentions,quote,start,end"


def test_evaluate_prints_scores(capsys):
    gold = ROOT.parent / "shared" / "gold" / "seeds.csv"
    code, out, _ = run(capsys, "evaluate", "--gold", str(gold), str(ROOT / "seeds"))
    assert code == 0
    assert "F1" in out and "subject_side accuracy" in out


def test_numbers_command(capsys):
    code, out, _ = run(capsys, "numbers", "--text", "قتل 241 جنديا وأصيب ثلاثة آلاف")
    assert code == 0
    assert out.splitlines()[1:] == ["text\t4\t7\tcardinal\texact\t241\t241\t241\t241", "text\t20\t30\tcardinal\texact\t3000\t3000\t3000\tثلاثة آلاف"]


def test_no_traceback_from_the_console_script(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "tracker", "extract", str(tmp_path / "missing")], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and proc.stderr.startswith("Error: ")
