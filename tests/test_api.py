"""The Python API a notebook uses: extract() as a DataFrame, Claim reprs and quantities."""

from __future__ import annotations

import datetime as dt
import pathlib

import pint
import pytest

import tracker
from tracker.claims import COLUMNS

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_extract_returns_the_spec_columns_in_order():
    df = tracker.extract(ROOT / "seeds")
    assert list(df.columns) == list(COLUMNS)
    assert str(df["value"].dtype) == "Int64" and str(df["date"].dtype).startswith("datetime64")
    assert set(df["article_id"]) == {p.stem for p in (ROOT / "seeds").glob("*.txt")}


def test_extract_takes_a_file_a_folder_or_a_list():
    one = tracker.extract(ROOT / "seeds" / "003_9fef331906d48881.txt")
    two = tracker.extract([ROOT / "seeds" / "003_9fef331906d48881.txt", ROOT / "seeds" / "001_cf2544d119aa8574.txt"])
    assert set(one["article_id"]) == {"003_9fef331906d48881"} and len(two) > len(one)
    # the manifest beside the articles gives the date
    assert one["date"].dt.date.iloc[0] == dt.date(2020, 10, 20)


def test_claim_repr_is_one_stable_line():
    (c,) = tracker.extract_claims("أعلنت وزارة الدفاع الأرمينية مقتل 12 جنديا أرمينيا.", article_id="x", published=dt.date(2020, 10, 1))
    assert repr(c) == "Claim(AM:Armenia Ministry of Defence says AM killed 12 soldier exact @2020-10-01 34:36)"


def test_amounts_are_pint_quantities_and_tanks_are_not_soldiers():
    claims = tracker.extract_claims(
        "قالت وزارة الدفاع الأذربيجانية إن قواتها دمرت 241 دبابة وقتلت 150 جنديا أرمينيا.",
        article_id="x",
        published=dt.date(2020, 10, 1),
    )
    tanks, soldiers = (c.quantity for c in claims)
    assert str(tanks) == "241 tank" and str(soldiers) == "150 soldier"
    with pytest.raises(pint.DimensionalityError):
        tanks + soldiers
    assert (soldiers + tracker.extract_claims("أعلنت الوزارة مقتل 3 مدنيين.", article_id="y")[0].quantity).to("people").magnitude == 153


def test_profiles_load_by_name_or_file(tmp_path):
    assert tracker.load_profile("russia-ukraine").codes == ("RU", "UA")
    f = tmp_path / "p.toml"
    f.write_text('name = "p"\ndate_range = ["2020-01-01", "2021-01-01"]\nbelligerents = ["X", "Y"]\n'
                 '[[party]]\ncode = "X"\nname = "Xland"\nnames = ["إكسلاند"]\ndemonyms = ["إكسلاندي"]\n'
                 '[[party]]\ncode = "Y"\nname = "Yland"\nnames = ["واي لاند"]\n', encoding="utf-8")
    prof = tracker.load_profile(str(f))
    (c,) = tracker.extract_claims("قالت إكسلاند إن 4 جنود إكسلانديين قتلوا.", article_id="x", profile=prof)
    assert (c.claimant_side, c.subject_side, c.outcome, c.value) == ("X", "X", "killed", 4)
    with pytest.raises(tracker.ProfileError):
        tracker.load_profile(str(tmp_path / "missing.toml"))


def test_a_party_at_war_on_two_fronts_fights_the_one_named():
    prof = tracker.load_profile("israel-gaza")
    assert prof.enemies_of("IL") == ("PS", "LB")
    assert (prof.enemy_of("IL"), prof.enemy_of("IL", ["LB"]), prof.enemy_of("LB"), prof.enemy_of("PS")) == ("PS", "LB", "IL", "IL")
    assert tracker.load_profile("karabakh").enemy_of("RU") is None  # a party at war with nobody
