"""Sentences, words, and phrase tables over raw text (offsets never move).

`sentences(text)` splits at sentence ends; `words(text, start, end)` gives the
words of a span with their offsets and folded forms; a `PhraseTable` finds the
lexicon's phrases in a list of words, clitics ("و", "ب", "ال", ...) allowed on
the first word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .lexicon import folded, load
from .normalize import MARKS, fold, strip_marks

# A sentence ends at . ! ? ؟ or a line break; a dot between digits ("4.8") does not end it.
_SENTENCE_END = re.compile(r"(?:[.!?؟…]+(?![0-9٠-٩])[\"'”»)\]]*|\n)\s*")
_WORD = re.compile(rf"[\w{MARKS}]+(?:[\-'][\w{MARKS}]+)*|[^\w\s{MARKS}]")


class Word(NamedTuple):
    """A word of a sentence (a NamedTuple: every sentence makes dozens)."""

    start: int
    end: int
    raw: str
    norm: str  # folded; punctuation is its own word
    is_punct: bool = False


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding white space."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        _add(text, pos, end, out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


# No real sentence is longer; a longer run (a page with no punctuation, a list of
# thousands of numbers) is cut at a comma or a space, so that the work per sentence
# stays bounded and the whole stays linear in the text.
MAX_SENTENCE = 1200
# Quotation marks that open and close a quoted name or phrase ('"فلول الجيش"', «إزفستيا»)
OPEN_QUOTES = frozenset(('"', "«", "“", "'"))
CLOSE_QUOTES = frozenset(('"', "»", "”", "'"))


def _add(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(c, start + MAX_SENTENCE // 2, start + MAX_SENTENCE) for c in "،,؛;")
        if cut < 0:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = start + MAX_SENTENCE if cut < 0 else cut + 1
        _add(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


@lru_cache(maxsize=1 << 16)
def _norm(raw: str) -> str:
    return fold(raw)


# Ta marbuta and alif maqsura end a word: "السنةأعلنت" is two words run together.
_GLUED = re.compile(r"(?<=[ةى])(?=[\u0621-\u064a])")
_GLUED_WORD = "<glued>"


@lru_cache(maxsize=1 << 16)
def _norm_punct(raw: str) -> tuple[str, bool]:
    """A token's folded form and whether it is punctuation; _GLUED_WORD for two words run together."""
    if _GLUED.search(raw):
        return _GLUED_WORD, False
    norm = fold(raw)
    return norm, not norm[:1].isalnum()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    end = len(text) if end is None else end
    out: list[Word] = []
    append = out.append
    new = tuple.__new__  # Word(...) would run a Python-level __new__ for every word
    for m in _WORD.finditer(text, start, end):
        raw = m.group()
        s, e = m.span()
        norm, punct = _norm_punct(raw)
        if norm is _GLUED_WORD:  # (rare) two words run together: cut them apart
            pos = 0
            for cut in [g.start() for g in _GLUED.finditer(raw)] + [len(raw)]:
                piece = raw[pos:cut]
                norm = _norm(piece)
                append(Word(s + pos, s + cut, piece, norm, not norm[:1].isalnum()))
                pos = cut
            continue
        append(new(Word, (s, e, raw, norm, punct)))
    return out


@lru_cache(maxsize=1)
def _prefix_data():
    pre = load("numbers")["prefix"]
    conj = tuple(folded(pre["conjunction"], "prefix"))
    prep = tuple(folded(pre["preposition"], "prefix"))
    art = folded(pre["article"], "prefix")[0]
    contractions = {fold(k): fold(v) for k, v in pre.get("contraction", {}).items()}
    return conj, prep, art, contractions


def article() -> str:
    """The definite article, folded."""
    return _prefix_data()[2]


def conjunctions() -> tuple[str, ...]:
    """The conjunctions written on the next word ("و", "ف"), the first being "and"."""
    return _prefix_data()[0]


@lru_cache(maxsize=1)
def clitics() -> tuple[str, ...]:
    """Clitic chains, conjunction? preposition? article?, longest first ("وبال", "لل", "و")."""
    conj, prep, art, contractions = _prefix_data()
    out = set()
    for c in ["", *conj]:
        for p in ["", *prep]:
            for a in ["", art]:
                chain = c + p + a
                for long, short in contractions.items():
                    if chain.endswith(long):
                        chain = chain[: -len(long)] + short
                if chain:
                    out.add(chain)
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=64)
def has_article(chain: str) -> bool:
    """Whether a clitic chain ends with the article, whole or contracted ("وبال", "لل")."""
    _, _, art, contractions = _prefix_data()
    return chain.endswith(art) or any(chain.endswith(short) for short in contractions.values())


def written_definite(raw: str) -> bool:
    """Whether a word as written carries the article, clitics before it allowed ("القوات",
    "وللقوات"); not "آلية", whose folded form only looks like it."""
    bare = strip_marks(raw)
    return any(bare.startswith(ch) for ch in clitics() if has_article(ch))


@lru_cache(maxsize=1 << 16)
def variants(word: str) -> tuple[str, ...]:
    """A folded word and its forms without clitics: "وبالقوات" -> (..., "القوات", "قوات").
    Cached: it is asked of every word many times."""
    art = article()
    out = [word]
    for c in clitics():
        if word.startswith(c) and len(word) - len(c) >= 2:
            rest = word[len(c):]
            if has_article(c):
                out.append(art + rest)
            out.append(rest)
    if word.startswith(art) and len(word) > len(art) + 1:
        out.append(word[len(art):])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def unclitic(phrase: str) -> str:
    """The phrase without the clitics of its first word, keeping its article ("وللقرار" -> "القرار")."""
    for c in clitics():
        if phrase.startswith(c) and len(phrase) > len(c) + 1:
            rest = phrase[len(c):]
            return article() + rest if has_article(c) else rest
    return phrase


_last_norms: tuple[object, frozenset] = (None, frozenset())


def sentence_norms(ws: list[Word]) -> frozenset:
    """The folded words of a sentence, kept for the sentence last asked of (every table's
    `find` asks of the same sentence in turn; the pair is replaced whole, so threads that
    read different sentences never see one's list with another's words)."""
    global _last_norms
    last = _last_norms
    if last[0] is ws:
        return last[1]
    norms = frozenset([w.norm for w in ws])
    _last_norms = (ws, norms)
    return norms


class PhraseTable:
    """Phrases (folded, space-separated) mapped to values, found in word lists."""

    def __init__(self, entries: dict[str, object] | None = None):
        self.first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.longest = 1
        self._heads: frozenset | None = None
        # a word as written (clitics and all) -> the phrases it may start, longest first
        self._starts: dict[tuple[str, bool], tuple] = {}
        for phrase, value in (entries or {}).items():
            self.add(phrase, value)

    @property
    def heads(self) -> frozenset:
        """Every spelling of a first word with clitics: a word not in it starts no phrase
        (one set lookup instead of a match per word)."""
        if self._heads is None:
            chains = ("", *clitics())
            out: set[str] = set()
            for f in self.first:
                out.update(c + f for c in chains)
                out.add("ال" + f)
                if f.startswith("ال"):
                    out.update(c[:-2] + "لل" + f[2:] if c.endswith("ال") else c + "ل" + f[1:] for c in chains)
            self._heads = frozenset(out)
        return self._heads

    def add(self, phrase: str, value) -> None:
        parts = tuple(fold(phrase).split())
        if not parts:
            raise ValueError("empty phrase in a table: it would match everywhere")
        self._heads = None
        self._starts = {}
        self.first.setdefault(parts[0], []).append((parts[1:], value))
        self.longest = max(self.longest, len(parts))
        # keep longer phrases first
        self.first[parts[0]].sort(key=lambda e: -len(e[0]))

    def _phrases_from(self, norm: str, strip: bool) -> tuple:
        """The (rest, size, value) of every phrase a word may start, longest first (ties
        in the order of the word's variants, then of the table): found once per word."""
        key = (norm, strip)
        found = self._starts.get(key)
        if found is None:
            heads = variants(norm) if strip else (norm,)
            starts = [(rest, len(rest), value) for head in heads for rest, value in self.first.get(head, ())]
            starts.sort(key=lambda e: -e[1])
            found = self._starts[key] = tuple(starts)
        return found

    def match(self, ws: list[Word], i: int, strip: bool = True):
        """(value, words used) of the longest phrase starting at ws[i], or None."""
        if i >= len(ws):
            return None
        w = ws[i]
        if w.is_punct or w.norm not in ((self._heads or self.heads) if strip else self.first):
            return None
        left = len(ws) - i - 1
        for rest, n, value in self._phrases_from(w.norm, strip):
            if n > left:
                continue
            k = i
            for part in rest:
                k += 1
                norm = ws[k].norm
                if norm != part and part not in variants(norm):
                    break
            else:
                return value, n + 1
        return None

    def find(self, ws: list[Word], lo: int = 0, hi: int | None = None):
        """Every (index, value, size) of a phrase in ws[lo:hi], left to right, not overlapping."""
        heads = self.heads
        if heads.isdisjoint(sentence_norms(ws)):
            return []  # (most tables start no phrase in most sentences: one set test for all)
        hi = len(ws) if hi is None else hi
        out = []
        i = lo
        while i < hi:
            if ws[i].norm not in heads:
                i += 1
                continue
            m = self.match(ws, i)
            if m is not None and i + m[1] <= hi:
                out.append((i, m[0], m[1]))
                i += m[1]
            else:
                i += 1
        return out
