"""--engine dask and Parquet: a Dask cluster gives the claims one process gives, in the
same order; the Parquet dataset, partitioned by date, reads back to the same table."""

from __future__ import annotations

import json
import pathlib
import random

import pandas as pd
import pyarrow.dataset as ds
import pytest

from tracker import distributed
from tracker.articles import read_articles
from tracker.cli import main
from tracker.errors import TrackerError
from tracker.parquet import MARKER, read_parquet
from tracker.store import claims_of, extract, load_claims

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=50) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> pathlib.Path:
    """300 articles recombined from the claims corpus's sentences, some undated."""
    lines = [
        ln for ln in (ROOT / "tests" / "corpus" / "claims.txt").read_text(encoding="utf-8").splitlines()
        if ln and not ln.startswith(("#", "@", "Claim("))
    ]
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("gen") / "wire.jsonl"
    # one article undated and one of 2022-01-02 whatever the draw (the claims corpus grows,
    # and with it what the random articles hold): a claim that names no day
    plain = "وقالت وزارة الدفاع الروسية إن 5 جنود أوكرانيين قتلوا في الهجوم."
    with path.open("w", encoding="utf-8") as fh:
        for i in range(300):
            row = {"id": f"g{i:04d}", "text": "\n".join(rng.choice(lines) for _ in range(rng.randint(3, 12)))}
            if i % 4:
                row["published"] = f"2022-0{1 + i % 9}-{1 + i % 28:02d}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        for row in ({"id": "g-undated", "text": plain}, {"id": "g-dated", "text": plain, "published": "2022-01-02"}):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_seeds_on_a_cluster_at_an_address_equal_one_process(cluster):
    arts = read_articles([SEEDS])
    assert claims_of(arts, engine="dask", scheduler=cluster.scheduler_address) == claims_of(arts)


def test_a_generated_corpus_on_a_cluster_equals_one_process(cluster, corpus, monkeypatch):
    monkeypatch.setattr(distributed, "BATCH_ARTICLES", 16)  # many batches, a full window
    local = extract(corpus, profile="russia-ukraine")
    remote = extract(corpus, profile="russia-ukraine", engine="dask", scheduler=cluster.scheduler_address)
    assert len(local) > 1000
    pd.testing.assert_frame_equal(remote, local)


def test_cli_dask_parquet_equals_the_csv_of_one_process(corpus, tmp_path, capsys):
    """--engine dask without an address starts (and stops) a local cluster."""
    csv, out = tmp_path / "claims.csv", tmp_path / "claims"
    assert main(["extract", str(corpus), "--profile", "russia-ukraine", "--out", str(csv)]) == 0
    assert main(["extract", str(corpus), "--profile", "russia-ukraine", "--engine", "dask", "--workers", "2", "--parquet", str(out)]) == 0
    assert capsys.readouterr().err.endswith(f"claims written to {out}\n")
    days = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert "day=undated" in days and "day=2022-01-02" in days and len(days) > 50
    # one partition for each day the claims have, and no other
    dated = load_claims(csv)["date"]
    assert set(days) == {f"day={d}" for d in dated.dropna().astype(str)} | ({"day=undated"} if dated.isna().any() else set())
    assert (out / MARKER).is_file() and not (tmp_path / "claims.partial").exists()
    # every file of a partition holds that day's claims only
    for part in (out / "day=2022-01-02").glob("*.parquet"):
        assert set(pd.read_parquet(part)["date"].astype(str)) == {"2022-01-02"}
    want = load_claims(csv).drop(columns="quantity").sort_values(["article_id", "start"], kind="stable")
    got = read_parquet(out)
    assert len(got) == len(want) > 1000
    want = want.reset_index(drop=True)
    want["date"] = pd.to_datetime(want["date"])
    for col in want.columns:
        assert list(got[col].astype(str)) == list(want[col].astype(str)), col
    # what other engines read: the Hive layout, with `day` as the partition key
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == len(want) and "day" in table.column_names


def test_parquet_refuses_a_folder_that_is_not_its_own(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["extract", str(SEEDS / "003_9fef331906d48881.txt"), "--parquet", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"Error: {tmp_path}: exists and is not a tracker Parquet dataset; choose another folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_parquet_replaces_its_own_dataset_and_leaves_nothing_on_error(tmp_path, capsys):
    out = tmp_path / "claims"
    assert main(["extract", str(SEEDS), "--parquet", str(out)]) == 0
    assert len(read_parquet(out)) == 43
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    assert main(["extract", "no/such.txt", "--parquet", str(out)]) == 1
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert not (tmp_path / "claims.partial").exists()
    assert main(["extract", str(SEEDS / "003_9fef331906d48881.txt"), "--parquet", str(out)]) == 0
    assert len(read_parquet(out)) == 11 and not (out / "day=2022-08-01").exists()


def test_a_worker_with_another_tracker_refuses_the_batch():
    arts = read_articles([SEEDS / "003_9fef331906d48881.txt"])
    with pytest.raises(TrackerError, match="install the same tracker on every worker"):
        distributed._batch(arts, "karabakh", "0.0.1+other")


def test_engine_errors_are_one_line(capsys):
    assert main(["extract", "--engine", "spark"]) == 2
    assert capsys.readouterr().err == "Error: Invalid value for --engine: 'spark' is not one of local, dask\n"
    assert main(["report", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == "Error: Invalid value for --scheduler: a scheduler address needs --engine dask\n"
