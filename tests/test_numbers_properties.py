"""Property tests of the number layer (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

from tracker import find_numbers, parse_number
from tracker.numbers import KINDS, QUALIFIERS
from tests.render import DIGITS, arabic_cardinal, to_digits

N = st.integers(min_value=0, max_value=10**9 - 1)


@settings(max_examples=400, deadline=None)
@given(N)
def test_num2words_round_trip(n):
    text = num2words(n, lang="ar")
    # num2words writes some numbers with a doubled scale ("مائة و ألف ألف" for
    # 101 thousand): its own bug, not Arabic, so those renderings are skipped.
    assume("ألف ألف" not in text and "مليون مليون" not in text)
    assert parse_number(text) == n


def test_num2words_billion():
    assert parse_number(num2words(10**9, lang="ar")) == 10**9


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), N)
def test_own_renderer_round_trip(data, n):
    text = data.draw(arabic_cardinal(n))
    assert parse_number(text) == n, text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(sorted(DIGITS)))
def test_digit_scripts_parse_alike(n, script):
    assert parse_number(to_digits(n, script)) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(sorted(DIGITS)))
def test_digits_found_in_a_sentence(n, script):
    digits = to_digits(n, script)
    text = f"قالت الوزارة إن {digits} جنديا قتلوا"
    found = find_numbers(text)
    assert [(m.text, m.value, m.kind) for m in found] == [(digits, n, "cardinal")]


ARABIC_ISH = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئ ٠١٢٣٤٥٦٧٨٩0123456789.,،٫٬-/%٪+:()\n\u064b\u064e\u0651\u0640\u200f")
    ),
    max_size=200,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(ARABIC_ISH, st.text(max_size=200)))
def test_find_numbers_never_raises_and_offsets_hold(text):
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
        assert m.kind in KINDS and m.qualifier in QUALIFIERS


@settings(max_examples=300, deadline=None)
@given(st.data(), st.integers(min_value=1, max_value=999_999))
def test_words_found_inside_a_sentence(data, n):
    words = data.draw(arabic_cardinal(n))
    text = f"أعلنت الوزارة مقتل {words} جنديا في المعارك"
    found = [m for m in find_numbers(text) if m.kind == "cardinal"]
    assert [m.value for m in found] == [n], (text, found)
    assert found[0].text == words.strip()


def test_hostile_inputs_do_not_raise():
    for text in ("7" * 5000, "١" * 5000 + "," + "2" * 3, "ألف " * 2000, "1,234.5,6," * 500):
        for m in find_numbers(text):
            assert text[m.start:m.end] == m.text


DIGIT_TEXT = st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,،٫٬ قتل", max_size=120)


@settings(max_examples=300, deadline=None)
@given(DIGIT_TEXT, st.integers(min_value=1, max_value=16))
def test_digit_runs_are_the_regex_scan(text, block):
    """Digit runs found by str.find, a block at a time, are exactly the runs a plain
    regex scan finds, wherever the block edges fall (blocks of 1 to 16 characters)."""
    import tracker.numbers as numbers

    saved = numbers._BLOCK
    numbers._BLOCK = block
    try:
        found = [m.span() for m in numbers._digit_runs(text)]
    finally:
        numbers._BLOCK = saved
    assert found == [m.span() for m in numbers._DIGITS_RE.finditer(text)]
