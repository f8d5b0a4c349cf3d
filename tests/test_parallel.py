"""--workers: the same claims, in the same order, as one process."""

import pathlib

from tracker.articles import read_articles
from tracker.cli import main
from tracker.store import claims_of

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_two_workers_give_the_same_claims_in_the_same_order():
    arts = read_articles([ROOT / "seeds"]) * 6
    assert claims_of(arts, workers=2) == claims_of(arts, workers=1)


def test_cli_extract_with_workers(tmp_path, capsys):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["extract", str(ROOT / "seeds"), "--out", str(a)]) == 0
    assert main(["extract", str(ROOT / "seeds"), "--out", str(b), "--workers", "2"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_add_with_workers(tmp_path, capsys):
    db1, db2 = str(tmp_path / "1.sqlite"), str(tmp_path / "2.sqlite")
    assert main(["add", str(ROOT / "seeds"), "--db", db1]) == 0
    assert main(["add", str(ROOT / "seeds"), "--db", db2, "--workers", "2"]) == 0
    capsys.readouterr()
    main(["claims", "--db", db1, "--format", "csv"])
    one = capsys.readouterr().out
    main(["claims", "--db", db2, "--format", "csv"])
    assert capsys.readouterr().out == one and one.count("\n") > 40


def test_a_frame_typed_in_chunks_is_the_frame_typed_whole():
    import pandas as pd

    from tracker.parallel import extract_each
    from tracker.store import frame_of, to_frame

    arts = read_articles([ROOT / "seeds"])
    whole = to_frame(claims_of(arts))
    pd.testing.assert_frame_equal(frame_of(extract_each(arts, "karabakh"), chunk=7), whole)
    assert len(whole) == 43


def test_two_workers_typed_as_they_come_give_the_frame_typed_whole():
    # (pandas imported on a thread once the workers are forked, claims typed in chunks)
    import pandas as pd

    from tracker.parallel import extract_each
    from tracker.store import frame_of, to_frame

    arts = read_articles([ROOT / "seeds"])
    whole = to_frame(claims_of(arts))
    pd.testing.assert_frame_equal(frame_of(extract_each(arts, "karabakh", workers=2), chunk=7, warm=True), whole)
