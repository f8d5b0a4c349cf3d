"""The number corpus (tests/corpus/numbers.txt) run as tests, one per example."""

from __future__ import annotations

import pathlib

import pytest

from tracker import find_numbers

CORPUS = pathlib.Path(__file__).parent / "corpus" / "numbers.txt"


def _examples():
    section = ""
    for lineno, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("##"):
            section = line.lstrip("# ").strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        text, _, expected = line.partition("\t")
        yield pytest.param(text, expected.strip(), id=f"{lineno}:{section}")


def _parse_expected(expected: str):
    items = []
    for item in filter(None, (i.strip() for i in expected.split(" || "))):
        surface, _, rest = item.partition(" => ")
        fields = rest.split()
        value = None if fields[0] == "-" else (float(fields[0]) if "." in fields[0] else int(fields[0]))
        bounds = None
        if len(fields) > 3:
            lo, _, hi = fields[3].partition("..")
            bounds = (int(lo) if lo else None, int(hi) if hi else None)
        items.append((surface, value, fields[1], fields[2], bounds))
    return items


@pytest.mark.parametrize("text,expected", list(_examples()))
def test_corpus_example(text, expected):
    got = find_numbers(text)
    for m in got:
        assert text[m.start:m.end] == m.text
    want = _parse_expected(expected)
    summary = [(m.text, m.value, m.kind, m.qualifier) for m in got]
    assert len(got) == len(want), f"{text!r}: got {summary}"
    for m, (surface, value, kind, qualifier, bounds) in zip(got, want):
        assert (m.text, m.kind, m.qualifier) == (surface, kind, qualifier), f"{text!r}: got {summary}"
        assert m.value == value, f"{text!r}: got {summary}"
        if bounds is not None:
            assert (m.low, m.high) == bounds, f"{text!r}: {m!r}"


def test_corpus_is_large_enough():
    assert len(list(_examples())) >= 300
