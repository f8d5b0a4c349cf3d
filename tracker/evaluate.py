"""Scoring claims against a hand-made gold table, as spec/claims.md says.

A gold row matches a predicted row of the same article when outcome and item
agree (gold may list alternatives as `a|b`), the values agree (a vague gold row
wants a vague prediction), and the predicted quote contains the gold
`number_text`.  Each predicted row matches at most one gold row.  Optional gold
rows count neither as a miss nor, when matched, as a false positive.  Precision,
recall and F1 are over required rows; claimant side, subject side, qualifier and
date (within a day) are accuracies over the matched required pairs.
"""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
from dataclasses import dataclass, field

from .articles import read_table_text
from .errors import InputError

GOLD_COLUMNS = ("article_id", "number_text", "value", "outcome", "item", "subject_side", "claimant_side", "qualifier", "date", "optional")


@dataclass
class Score:
    required: int
    predicted: int
    matched: int
    matched_optional: int
    attributes: dict = field(default_factory=dict)  # name -> (right, total)
    misses: list = field(default_factory=list)  # gold rows
    false_positives: list = field(default_factory=list)  # predicted rows
    wrong: list = field(default_factory=list)  # (attribute, gold, predicted)

    @property
    def precision(self) -> float:
        denom = self.predicted - self.matched_optional
        return self.matched / denom if denom else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        right, total = self.attributes.get(name, (0, 0))
        return right / total if total else 0.0

    def lines(self) -> list[str]:
        out = [
            f"gold rows (required): {self.required}   predicted rows: {self.predicted}   matched: {self.matched}"
            f" (+{self.matched_optional} optional)",
            f"precision {self.precision:.3f}   recall {self.recall:.3f}   F1 {self.f1:.3f}",
        ]
        for name in ("claimant_side", "subject_side", "qualifier", "date"):
            right, total = self.attributes.get(name, (0, 0))
            out.append(f"{name} accuracy {self.accuracy(name):.3f} ({right}/{total})")
        return out


def read_gold(path) -> list[dict]:
    path = pathlib.Path(path)
    text = read_table_text(path, "gold table")
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise InputError(f"{path}: gold table is empty")
    missing = [c for c in GOLD_COLUMNS if c not in rows[0]]
    if missing:
        raise InputError(f"{path}:1: gold table lacks columns {', '.join(missing)}")
    return rows


def _alts(value: str) -> set[str]:
    return {v.strip() for v in str(value).split("|")}


def _num(v):
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    if f != f:  # NaN
        return None
    return int(f) if f.is_integer() else f


def _date(v):
    if v is None or v == "" or v != v:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if hasattr(v, "date") and callable(v.date):
        try:
            return v.date()
        except (TypeError, ValueError):
            return None
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _matches(g: dict, p: dict) -> bool:
    if p["article_id"] != g["article_id"]:
        return False
    if p["outcome"] not in _alts(g["outcome"]) or p["item"] not in _alts(g["item"]):
        return False
    gv = _num(g["value"])
    if gv is None:
        if _num(p["value"]) is not None and p["qualifier"] != "vague":
            return False
    elif _num(p["value"]) != gv:
        return False
    return g["number_text"] in str(p["quote"])


def score(gold: list[dict], predicted: list[dict]) -> Score:
    """Match gold rows to predicted rows (required rows first) and score them."""
    required = [g for g in gold if str(g.get("optional", "0")).strip() not in ("1", "true", "True")]
    optional = [g for g in gold if g not in required]
    taken: set[int] = set()
    pairs = []
    result = Score(len(required), len(predicted), 0, 0)
    for group, is_optional in ((required, False), (optional, True)):
        for g in group:
            hit = next((i for i, p in enumerate(predicted) if i not in taken and _matches(g, p)), None)
            if hit is None:
                if not is_optional:
                    result.misses.append(g)
                continue
            taken.add(hit)
            if is_optional:
                result.matched_optional += 1
            else:
                result.matched += 1
                pairs.append((g, predicted[hit]))
    result.false_positives = [p for i, p in enumerate(predicted) if i not in taken]
    checks = {
        "claimant_side": lambda g, p: p["claimant_side"] in _alts(g["claimant_side"]),
        "subject_side": lambda g, p: p["subject_side"] in _alts(g["subject_side"]),
        "qualifier": lambda g, p: p["qualifier"] in _alts(g["qualifier"]),
        "date": lambda g, p: _date_ok(g["date"], p["date"]),
    }
    for name, ok in checks.items():
        right = 0
        for g, p in pairs:
            if ok(g, p):
                right += 1
            else:
                result.wrong.append((name, g, p))
        result.attributes[name] = (right, len(pairs))
    return result


def _date_ok(gold, predicted) -> bool:
    g, p = _date(gold), _date(predicted)
    if g is None or p is None:
        return g is None and p is None
    return abs((g - p).days) <= 1
