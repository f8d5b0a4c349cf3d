"""The lexicon is checked when it loads: no empty form, no form with two meanings."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import lexicon
from tracker.errors import LexiconError, TrackerError
from tracker.normalize import fold, fold_letters, trie_pattern


def test_every_number_form_has_one_meaning():
    from tracker.numbers import _WORDS

    assert len(_WORDS) > 150


def test_no_two_forms_of_a_table_fold_alike():
    data = lexicon.load("numbers")
    for table in ("unit", "tens", "hundreds", "ordinal"):
        seen = {}
        for key, forms in data[table].items():
            for form in forms:
                f = fold(form)
                assert f not in seen, f"{form!r} ({key}) folds like {seen[f]!r}"
                seen[f] = form


def test_meaning_table_refuses_a_form_with_two_meanings():
    with pytest.raises(LexiconError) as err:
        lexicon.meaning_table({"1": ["واحد"], "2": ["واحد"]}, "test")
    assert "means both" in str(err.value)


def test_empty_form_fails_at_load_not_at_match():
    with pytest.raises(LexiconError):
        lexicon.folded(["", "ثلاثة"], "test")
    with pytest.raises(ValueError):
        trie_pattern(["", "x"])


def test_errors_inherit_from_builtin_and_tracker_error():
    assert issubclass(LexiconError, ValueError) and issubclass(LexiconError, TrackerError)


def test_missing_lexicon_file_is_a_lexicon_error():
    with pytest.raises(LexiconError):
        lexicon.load("no-such-table")


def test_fold_unifies_spellings():
    assert fold("أربعةٌ") == fold("اربعه")
    assert fold("مئة") == fold("مئه")
    assert fold("٣٠") == "30"


def test_every_item_named_in_the_items_table_is_an_item_of_the_spec():
    from tracker.units import ITEMS

    data = lexicon.load("items")
    named = {entry["item"] for entry in data["noun"]}
    named |= {item for entry in data["noun"] for item in entry.get("refine", {})}
    named |= set(data["others"].get("not_masculine", []))
    named |= set(data["specifier"]["civilian"])
    named |= {item for entry in data["noun"] for item in entry.get("refine_before", {})}
    named |= {item for items in data["outcome_items"].values() for item in items}
    assert named and named <= set(ITEMS), named - set(ITEMS)


def test_every_outcome_given_items_is_one_a_trigger_gives():
    given = {entry.get(k) for entry in lexicon.load("outcomes")["trigger"] for k in ("people", "equipment")}
    assert set(lexicon.load("items")["outcome_items"]) <= given - {None}


@given(st.text(alphabet="أإآٱاةهىيئؤوکیك ًٌّـ0١", max_size=40))
def test_fold_letters_keeps_every_offset_and_folds_as_fold_does(s):
    out = fold_letters(s)
    assert len(out) == len(s)
    assert fold(out) == fold(s)


def test_number_words_are_found_in_every_spelling_of_their_letters():
    from tracker import find_numbers

    for text, value in (
        ("قتل إثنان من الجنود", 2),
        ("أصيب اربعة مدنيين", 4),
        ("دمرت ثلاثه دبابات", 3),
        ("أسقطت إحدى عشرة مسيرة", 11),
        ("قتل ثمانی جنود", 8),
    ):
        assert [n.value for n in find_numbers(text)] == [value], text
