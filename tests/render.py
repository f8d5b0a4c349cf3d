"""A renderer of Arabic cardinals for property tests, varying what writers vary:
gender, case ending, hamza, مئة/مائة, fused or split hundreds, spacing after و,
tanween on the scale word, and the script of digits.  Written independently of
tracker/lexicon so that the tests do not merely read the lexicon back."""

from __future__ import annotations

from hypothesis import strategies as st

UNITS = {
    1: ["واحد", "واحدة"],
    2: ["اثنان", "اثنين", "اثنتان", "اثنتين"],
    3: ["ثلاثة", "ثلاث", "ثلاثه"],
    4: ["أربعة", "أربع", "اربعة"],
    5: ["خمسة", "خمس"],
    6: ["ستة", "ست"],
    7: ["سبعة", "سبع"],
    8: ["ثمانية", "ثماني", "ثمان"],
    9: ["تسعة", "تسع"],
}
TEEN_FIRST = {1: ["أحد", "إحدى"], 2: ["اثنا", "اثني", "اثنتا", "اثنتي"]}
TENS = {
    2: ["عشرون", "عشرين"], 3: ["ثلاثون", "ثلاثين"], 4: ["أربعون", "أربعين", "اربعين"],
    5: ["خمسون", "خمسين"], 6: ["ستون", "ستين"], 7: ["سبعون", "سبعين"],
    8: ["ثمانون", "ثمانين"], 9: ["تسعون", "تسعين"],
}
HUNDRED = ["مئة", "مائة"]
TWO_HUNDRED = ["مئتان", "مئتين", "مائتان", "مائتين"]
HUNDREDS_STEM = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
SCALES = {
    1000: {"one": ["ألف"], "two": ["ألفان", "ألفين"], "plural": ["آلاف", "الاف"], "many": ["ألف", "ألفا", "ألفاً"]},
    1_000_000: {"one": ["مليون"], "two": ["مليونان", "مليونين"], "plural": ["ملايين"], "many": ["مليون", "مليونا", "مليوناً"]},
}
AND = [" و", " و "]  # the و attached to the next word, or standing alone
DIGITS = {"ascii": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}


def to_digits(n: int, script: str) -> str:
    return str(n).translate(str.maketrans("0123456789", DIGITS[script]))


@st.composite
def below_thousand(draw, x: int) -> str:
    """1 <= x <= 999 in words."""
    h, y = divmod(x, 100)
    parts = []
    if h == 1:
        parts.append(draw(st.sampled_from(HUNDRED)))
    elif h == 2:
        parts.append(draw(st.sampled_from(TWO_HUNDRED)))
    elif h:
        stem = HUNDREDS_STEM[h]
        parts.append(stem + draw(st.sampled_from(HUNDRED)) if draw(st.booleans()) else stem + " " + draw(st.sampled_from(HUNDRED)))
    if y:
        tens, unit = divmod(y, 10)
        if y < 10:
            words = draw(st.sampled_from(UNITS[y]))
        elif y == 10:
            words = draw(st.sampled_from(["عشرة", "عشر"]))
        elif y < 20:
            first = draw(st.sampled_from(TEEN_FIRST.get(unit) or UNITS[unit]))
            words = first + " " + draw(st.sampled_from(["عشر", "عشرة"]))
        elif unit == 0:
            words = draw(st.sampled_from(TENS[tens]))
        else:
            words = draw(st.sampled_from(UNITS[unit])) + draw(st.sampled_from(AND)) + draw(st.sampled_from(TENS[tens]))
        parts.append(words)
    out = parts[0]
    for p in parts[1:]:
        out += draw(st.sampled_from(AND)) + p
    return out


@st.composite
def scaled(draw, count: int, scale: int) -> str:
    forms = SCALES[scale]
    if count == 1:
        return draw(st.sampled_from(forms["one"]))
    if count == 2:
        return draw(st.sampled_from(forms["two"]))
    head = draw(below_thousand(count)) if draw(st.booleans()) or count > 999 else to_digits(count, "ascii")
    if 3 <= count <= 10:
        return head + " " + draw(st.sampled_from(forms["plural"]))
    return head + " " + draw(st.sampled_from(forms["many"]))


@st.composite
def arabic_cardinal(draw, n: int) -> str:
    """n (0 <= n < 10**9) as a writer might spell it."""
    if n == 0:
        return "صفر"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(draw(scaled(millions, 1_000_000)))
    if thousands:
        parts.append(draw(scaled(thousands, 1000)))
    if units:
        parts.append(draw(below_thousand(units)))
    out = parts[0]
    for p in parts[1:]:
        out += draw(st.sampled_from(AND)) + p
    return out
