"""Choosing each article's conflict profile ("auto", the default)."""

from __future__ import annotations

import pytest

import tracker
from tracker.profiles import BUNDLED, load_profile

UKRAINE = (
    "كييف (رويترز) - قالت هيئة الأركان العامة للقوات المسلحة الأوكرانية اليوم الثلاثاء إن قواتها "
    "دمرت 12 دبابة روسية و3 طائرات مسيرة خلال اليوم الماضي قرب باخموت.\n"
    "وأضافت أن موسكو خسرت منذ بدء الغزو نحو 300 ألف جندي، فيما لم يصدر تعليق من الكرملين."
)
GAZA = (
    "غزة - قالت وزارة الصحة في قطاع غزة اليوم الأحد إن 45 فلسطينيا استشهدوا وأصيب 120 آخرون "
    "في غارات إسرائيلية على مخيم جباليا ورفح خلال الساعات الـ24 الماضية.\n"
    "من جهته، قال جيش الاحتلال إن جنديين قتلا في معارك شمالي القطاع."
)
SUDAN = (
    "الخرطوم - أعلن الجيش السوداني اليوم مقتل 80 من عناصر قوات الدعم السريع في معارك "
    "بمدينة الفاشر، بينما قالت الدعم السريع إنها أسقطت طائرة مسيرة للجيش.\n"
    "وقالت لجان المقاومة في أم درمان إن 15 مدنيا قتلوا في قصف مدفعي."
)
KARABAKH = (
    "باكو - أعلنت وزارة الدفاع الأذربيجانية اليوم تدمير 5 دبابات أرمينية في إقليم قره باغ، "
    "فيما قالت يريفان إن قواتها صدت الهجوم وقتلت 30 جنديا أذربيجانيا."
)
# a war no bundled profile is of, with words any war's news uses ("كان", "القوات المسلحة",
# "الأناضول") and common nouns a profile names a side by ("القطاع", "الإقليم")
ELSEWHERE = (
    "صنعاء (الأناضول) - قالت القوات المسلحة اليمنية إن 7 مدنيين قتلوا في غارة على ميناء الحديدة، "
    "وكان القصف قد استهدف القطاع الشمالي من الإقليم أمس."
)


@pytest.mark.parametrize(
    "text,war",
    [(UKRAINE, "russia-ukraine"), (GAZA, "israel-gaza"), (SUDAN, "sudan"), (KARABAKH, "karabakh")],
)
def test_auto_reads_an_article_with_the_profile_of_its_war(text, war):
    assert load_profile("auto").choose(text).name == war


def test_words_of_any_war_choose_nothing_and_the_first_profile_reads_the_article():
    assert load_profile("auto").choose(ELSEWHERE).name == BUNDLED[0]
    assert load_profile("auto").choose("").name == BUNDLED[0]


def test_the_land_of_a_war_names_it_where_no_side_is_named():
    # Sudan's civil war: "السودان" and its towns are of neither side, but of this war
    text = "الفاشر - قالت شبكة أطباء السودان إن 30 مدنيا قتلوا في قصف على مخيم زمزم للنازحين."
    assert load_profile("auto").choose(text).name == "sudan"
    claims = tracker.extract_claims(text, article_id="sd")
    assert [(c.item, c.value) for c in claims] == [("civilian", 30)]


def test_a_passing_mention_of_another_war_does_not_choose_it():
    text = GAZA + "\nوتأتي الغارات بينما تتواصل الحرب في أوكرانيا."
    assert load_profile("auto").choose(text).name == "israel-gaza"


def test_of_wars_named_as_often_the_one_named_first_is_chosen():
    auto = load_profile("auto")
    assert auto.choose("قصف في أوكرانيا وقصف في غزة.").name == "russia-ukraine"
    assert auto.choose("قصف في غزة وقصف في أوكرانيا.").name == "israel-gaza"


def test_a_named_profile_is_never_replaced():
    prof = load_profile("karabakh")
    assert prof.choose(UKRAINE) is prof


def test_extract_claims_reads_each_war_with_its_sides_by_default():
    ua = tracker.extract_claims(UKRAINE, article_id="ua")
    assert {(c.claimant_side, c.subject_side, c.value) for c in ua if c.item == "tank"} == {("UA", "RU", 12)}
    gaza = tracker.extract_claims(GAZA, article_id="gaza")
    assert {(c.subject_side, c.value) for c in gaza if c.outcome == "killed"} == {("PS", 45), ("IL", 2)}
    sudan = tracker.extract_claims(SUDAN, article_id="sd")
    assert {(c.claimant_side, c.subject_side) for c in sudan if c.value == 80} == {("SAF", "RSF")}
    # with another war's profile named, Ukraine is of no side
    named = tracker.extract_claims(UKRAINE, article_id="ua", profile="karabakh")
    assert {c.claimant_side for c in named if c.item == "tank"} == {"unknown"}


def test_auto_has_every_bundled_side_for_the_charts():
    codes = load_profile("auto").codes
    for name in BUNDLED:
        assert set(load_profile(name).codes) <= set(codes)


# a war no bundled profile is of, in a user's own file
TIGRAY_TOML = """
name = "tigray"
title = "The Tigray war"
date_range = ["2020-11-01", "2022-12-31"]
belligerents = ["ET", "TG"]

[[party]]
code = "ET"
name = "Ethiopia"
names = ["إثيوبيا"]
demonyms = ["إثيوبي", "إثيوبية", "الإثيوبي", "الإثيوبية", "إثيوبيين"]
capitals = ["أديس أبابا"]

[[party]]
code = "TG"
name = "Tigray forces"
names = ["تيغراي", "قوات تيغراي"]
capitals = ["ميكيلي"]
"""
TIGRAY = (
    "أديس أبابا - قال الجيش الإثيوبي اليوم إنه قتل 300 من مقاتلي قوات تيغراي في معارك قرب ميكيلي، "
    "فيما قالت قوات تيغراي إنها أسرت 50 جنديا إثيوبيا."
)


@pytest.fixture()
def tigray(tmp_path):
    path = tmp_path / "tigray.toml"
    path.write_text(TIGRAY_TOML, encoding="utf-8")
    return path


def test_a_list_chooses_among_the_bundled_wars_and_a_users_own(tigray):
    listed = load_profile(f"auto,{tigray}")
    assert [p.name for p in listed.choices] == [*BUNDLED, "tigray"]
    assert listed.choose(TIGRAY).name == "tigray"
    assert listed.choose(GAZA).name == "israel-gaza"
    # an article of none of them: the first listed
    assert listed.choose(ELSEWHERE).name == BUNDLED[0]
    assert load_profile(f"{tigray},auto").choose(ELSEWHERE).name == "tigray"
    # the same profile listed twice is one choice
    assert [p.name for p in load_profile(f"karabakh,{tigray},karabakh").choices] == ["karabakh", "tigray"]


def test_a_users_war_in_a_list_gives_its_sides(tigray):
    claims = tracker.extract_claims(TIGRAY, article_id="tg", profile=f"auto,{tigray}")
    assert {(c.value, c.claimant_side, c.subject_side) for c in claims} == {(300, "ET", "TG"), (50, "TG", "ET")}
    # read with auto alone, the same article is of no side
    alone = tracker.extract_claims(TIGRAY, article_id="tg")
    assert {c.subject_side for c in alone} == {"unknown"}


@pytest.mark.parametrize("bad,problem", [("auto,atlantis", "atlantis: no such profile"), ("auto,,karabakh", "an empty name")])
def test_a_bad_name_in_a_list_is_named(bad, problem):
    from tracker.errors import ProfileError

    with pytest.raises(ProfileError, match=problem):
        load_profile(bad)


def test_a_party_at_war_in_one_choice_only_chooses_it_when_no_war_is_named():
    auto = load_profile("auto")
    # Russia is at war in Ukraine, a bystander (peacekeepers) in Karabakh's profile
    text = "وقالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 5 قنابل جوية موجهة خلال الليل."
    assert auto.choose(text).name == "russia-ukraine"
    claims = tracker.extract_claims(text, article_id="ru")
    assert {(c.claimant_side, c.subject_side) for c in claims} == {("RU", "UA")}
    # a war's own words outweigh any number of such words
    peacekeepers = (
        "وقالت قوات حفظ السلام الروسية إن الجنود الروس أجلوا 300 مدني، وأكدت موسكو أن القوات "
        "الروسية باقية، فيما قالت وزارة الدفاع الروسية إن الوضع هادئ في ناغورني قره باغ."
    )
    assert auto.choose(peacekeepers).name == "karabakh"
