"""extract_claims on arbitrary text: it never raises, its offsets hold, its quotes are in the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import extract_claims

WORDS = [
    "قتل", "مقتل", "أصيب", "جنود", "جنديا", "دبابة", "دبابتين", "مدنيين", "أرمينية", "الأذربيجانية", "قالت",
    "وزارة", "الدفاع", "أعلنت", "بحسب", "وأضاف", "نقلا", "عن", "إن", "أن", "و", "من", "بينهم", "أطفال", "آخرون",
    "أكثر", "حوالي", "العشرات", "ثلاثة", "ألف", "طائرة", "مسيرة", "تدمير", "إسقاط", "الثلاثاء", "أمس", "اليوم",
    "12", "٣٥", "2020", "،", ".", "\n", "؟", ":", '"', "-", "/", "ً", "ّ",
    # days: a month after digits of any kind ("²" is a digit to str.isdigit, not to int)
    "أيار", "سبتمبر", "تشرين", "الثاني", "منذ", "²", "2²", "¹²", "٣٠", "31", "2023",
]
SENTENCE = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(SENTENCE, st.text(max_size=300)),
    st.sampled_from(["karabakh", "russia-ukraine"]),
    st.sampled_from([None, dt.date(2023, 9, 20), dt.date(2020, 2, 29)]),
)
def test_never_raises_and_points_into_the_text(text, profile, published):
    for c in extract_claims(text, article_id="a", profile=profile, published=published):
        assert c.quote in text
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] in c.quote
        assert c.mentions >= 1


DAY = st.tuples(
    st.sampled_from(["قتل 5 جنود", "أعلنت الوزارة", "منذ"]),
    st.sampled_from(["يوم", "في", ""]),
    st.text(alphabet="0123456789٠٣٩²³¹⁴", min_size=1, max_size=4),
    st.sampled_from(["أيار", "سبتمبر", "تشرين الثاني", "/"]),
    st.sampled_from(["", "2023", "²⁰²³", "٢٠٢٠"]),
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(DAY, st.sampled_from([None, dt.date(2023, 9, 20)]))
def test_days_written_with_any_digits_never_raise(text, published):
    # "²" is a digit to str.isdigit but not to int(): such a day is not read, and nothing raises
    for c in extract_claims(text, article_id="a", profile="karabakh", published=published):
        assert c.date is None or 1900 < c.date.year < 2100
