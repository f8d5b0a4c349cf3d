"""Whole articles written for the tests (tests/corpus/articles): each NAME.txt with
NAME.expected giving the profile, publication date, outlet and the Claim reprs."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from tracker import extract_claims

FOLDER = pathlib.Path(__file__).parent / "corpus" / "articles"


def _cases():
    for expected in sorted(FOLDER.glob("*.expected")):
        yield pytest.param(expected.with_suffix(".txt"), expected, id=expected.stem)


@pytest.mark.parametrize("article,expected", list(_cases()))
def test_article(article, expected):
    settings, claims = {}, []
    for line in expected.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            settings[key] = value.strip()
        elif line.strip():
            claims.append(line)
    text = article.read_text(encoding="utf-8")
    got = extract_claims(
        text,
        article_id=article.stem,
        published=dt.date.fromisoformat(settings["published"]),
        profile=settings["profile"],
        outlet=settings.get("outlet", ""),
    )
    assert [repr(c) for c in got] == claims


def test_there_are_articles():
    assert len(list(_cases())) >= 2
