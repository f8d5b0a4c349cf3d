"""parse_number: strict, like int()."""

import pytest

from tracker import parse_number


@pytest.mark.parametrize(
    "phrase,value",
    [
        ("241", 241),
        ("٢٤١", 241),
        ("۲۴۱", 241),
        ("1,234", 1234),
        ("4.8", 4.8),
        ("٤٫٨", 4.8),
        ("ثلاثة", 3),
        ("ثلاث مائة وواحد وعشرون", 321),
        ("مئتان", 200),
        ("ألفا", 2000),
        ("ألفين", 2000),
        ("3 آلاف", 3000),
        ("2.5 مليون", 2_500_000),
        ("  خمسة عشر  ", 15),
        ("مليون ونصف", 1_500_000),
        ("سالب خمسة", -5),
    ],
)
def test_parses(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    "phrase",
    ["", "   ", "جندي", "عشرات", "الثالثة", "ثلاثة جنود", "5 و 7", "قتل 5", "أكثر من 60", "3 و 4", "ألف ألف مليون جندي"],
)
def test_refuses_what_is_not_one_number(phrase):
    with pytest.raises(ValueError) as err:
        parse_number(phrase)
    assert repr(phrase) in str(err.value)


def test_refuses_non_strings():
    with pytest.raises(TypeError):
        parse_number(5)  # type: ignore[arg-type]
