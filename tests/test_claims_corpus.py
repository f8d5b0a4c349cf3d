"""The claims corpus (tests/corpus/claims.txt) run as tests, one per example."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from tracker import extract_claims
from tracker.profiles import load_profile

CORPUS = pathlib.Path(__file__).parent / "corpus" / "claims.txt"


def _examples():
    profile, published, section = "karabakh", None, ""
    block: list[tuple[int, str]] = []

    def flush():
        if block:
            lineno, text = block[0]
            expected = [line for _, line in block[1:]]
            yield pytest.param(text, profile, published, expected, id=f"{lineno}:{section}")

    for lineno, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("##"):
            yield from flush()
            block = []
            section = line.lstrip("# ").strip()
        elif line.startswith("@profile"):
            profile = line.split(None, 1)[1].strip()
        elif line.startswith("@published"):
            published = dt.date.fromisoformat(line.split(None, 1)[1].strip())
        elif line.startswith("#"):
            continue
        elif not line.strip():
            yield from flush()
            block = []
        else:
            block.append((lineno, line))
    yield from flush()


EXAMPLES = list(_examples())


@pytest.mark.parametrize("text,profile,published,expected", EXAMPLES)
def test_claims_example(text, profile, published, expected):
    claims = extract_claims(text, article_id="example", published=published, profile=profile)
    sides = {*load_profile(profile).codes, "both", "unknown"}
    for c in claims:
        assert c.quote in text and text[c.start:c.end]  # traceable to its sentence
        assert c.subject_side in sides and c.claimant_side in sides | {"media"}, (c.claimant_side, c.subject_side)
    assert [repr(c) for c in claims] == expected


def test_corpus_size():
    sentences = len(EXAMPLES)
    ukraine = sum(1 for p in EXAMPLES if p.values[1] == "russia-ukraine")
    negatives = sum(1 for p in EXAMPLES if not p.values[3])
    assert sentences >= 150 and ukraine >= 40 and negatives >= 15, (sentences, ukraine, negatives)
