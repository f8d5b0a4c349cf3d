"""The claims store: idempotent adds, re-extraction when the profile changes, queries,
and a run killed midway that the next run finishes."""

from __future__ import annotations

import pathlib
import shutil

import pytest

import tracker
from tracker import db as store_db
from tracker.articles import read_articles
from tracker.cli import main
from tracker.profiles import load_profile

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture()
def seeds():
    return read_articles([ROOT / "seeds"])


def test_adding_twice_does_no_work_and_duplicates_nothing(tmp_path, seeds):
    con = store_db.connect(tmp_path / "t.sqlite")
    prof = load_profile("karabakh")
    first = store_db.add(con, seeds, prof, "karabakh")
    second = store_db.add(con, seeds, prof, "karabakh")
    assert (first.new, first.extracted, second.new, second.extracted, second.unchanged) == (5, 5, 0, 0, 5)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 5
    stored = store_db.claims(con, "karabakh")
    fresh = tracker.extract(ROOT / "seeds")
    assert len(stored) == len(fresh) and [c.value for c in stored] == list(fresh["value"].astype("object").where(fresh["value"].notna(), None))


def test_a_changed_profile_file_re_extracts(tmp_path, seeds):
    src = tmp_path / "mine.toml"
    shutil.copy(ROOT / "tracker" / "profiles" / "karabakh.toml", src)
    con = store_db.connect(tmp_path / "t.sqlite")
    key1 = store_db.profile_key(load_profile(str(src)), str(src))
    store_db.add(con, seeds, load_profile(str(src)), key1)
    src.write_text(src.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_profile.cache_clear()
    key2 = store_db.profile_key(load_profile(str(src)), str(src))
    assert key1 != key2
    again = store_db.add(con, seeds, load_profile(str(src)), key2)
    assert again.extracted == 5 and again.new == 0


def test_a_list_with_a_profile_file_is_a_new_key_when_the_file_is_edited(tmp_path):
    src = tmp_path / "mine.toml"
    shutil.copy(ROOT / "tracker" / "profiles" / "karabakh.toml", src)
    text = src.read_text(encoding="utf-8").replace('name = "karabakh"', 'name = "mine"')
    src.write_text(text, encoding="utf-8")
    listed = f"auto,{src}"
    key1 = store_db.profile_key(load_profile(listed), listed)
    assert key1.startswith("karabakh,russia-ukraine,israel-gaza,sudan,mine:")
    assert store_db.profile_key(load_profile("auto"), "auto") == "auto"
    src.write_text(text + "\n# edited\n", encoding="utf-8")
    load_profile.cache_clear()
    assert store_db.profile_key(load_profile(listed), listed) != key1


def test_a_killed_run_is_finished_by_the_next(tmp_path, seeds, monkeypatch):
    path = tmp_path / "t.sqlite"
    con = store_db.connect(path)
    prof = load_profile("karabakh")
    real = store_db.extract_claims
    calls = {"n": 0}

    def dies_on_the_third(*a, **k):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the user's Ctrl-C, or a kill, midway
        return real(*a, **k)

    monkeypatch.setattr(store_db, "extract_claims", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        store_db.add(con, seeds, prof, "karabakh")
    con.close()
    monkeypatch.setattr(store_db, "extract_claims", real)
    con = store_db.connect(path)
    assert con.execute("SELECT COUNT(*) FROM extractions").fetchone()[0] == 2
    done = store_db.add(con, seeds, prof, "karabakh")
    assert (done.extracted, done.unchanged) == (3, 2)
    assert len(store_db.claims(con, "karabakh")) == len(tracker.extract(ROOT / "seeds"))


def test_cli_add_claims_and_report_from_the_store(tmp_path, capsys):
    db = str(tmp_path / "t.sqlite")
    assert main(["add", str(ROOT / "seeds"), "--db", db]) == 0
    assert main(["add", str(ROOT / "seeds"), "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "5 articles: 5 new, 5 extracted, 0 unchanged (already extracted by this version and profile)",
        "5 articles: 0 new, 0 extracted, 5 unchanged (already extracted by this version and profile)",
    ]
    assert main(["claims", "--db", db, "--side", "AZ", "--item", "tank", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 3 and all(",AZ,AM,destroyed,tank," in r or ",AZ,AM,captured,tank," in r for r in rows[1:])
    assert main(["report", "--db", db, "--out", str(tmp_path / "r"), "--figures", str(tmp_path / "f")]) == 0
    assert (tmp_path / "r" / "claims.csv").read_bytes() == (ROOT / "reports" / "claims.csv").read_bytes()
    assert tracker.extract(db=db).equals(tracker.extract(ROOT / "seeds"))
