"""extract_claims on arbitrary text: it never raises, its offsets hold, its quotes are in the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import extract_claims

WORDS = [
    "قتل", "مقتل", "أصيب", "جنود", "جنديا", "دبابة", "دبابتين", "مدنيين", "أرمينية", "الأذربيجانية", "قالت",
    "وزارة", "الدفاع", "أعلنت", "بحسب", "وأضاف", "نقلا", "عن", "إن", "أن", "و", "من", "بينهم", "أطفال", "آخرون",
    "أكثر", "حوالي", "العشرات", "ثلاثة", "ألف", "طائرة", "مسيرة", "تدمير", "إسقاط", "الثلاثاء", "أمس", "اليوم",
    "12", "٣٥", "2020", "،", ".", "\n", "؟", ":", '"', "-", "/", "ً", "ّ",
]
SENTENCE = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(SENTENCE, st.text(max_size=300)), st.sampled_from(["karabakh", "russia-ukraine"]))
def test_never_raises_and_points_into_the_text(text, profile):
    for c in extract_claims(text, article_id="a", profile=profile):
        assert c.quote in text
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] in c.quote
        assert c.mentions >= 1
