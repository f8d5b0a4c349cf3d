"""Arabic folding, and the character classes that let patterns match raw text.

The tracker never rewrites an article before searching it: offsets must point
into the text as read.  Words from the lexicon are *folded* (hamza forms, ta
marbuta, alif maqsura, digits of every script, diacritics and tatweel removed).
`fold` is for short strings: lexicon entries, matched tokens, small windows.
A whole text is scanned after `fold_letters`, which folds the letters one
character for one, so that offsets into it are offsets into the text as read.
"""

from __future__ import annotations

import re

# Marks that carry no letter: harakat, tanween, shadda, sukun, superscript alef,
# tatweel, and the zero-width and direction controls seen in web text.
MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c"
MARKS_CLASS = f"[{MARKS}]"
_MARKS_RE = re.compile(MARKS_CLASS)

# Arabic letters (after which a word continues), raw.
LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"

# Arabic-Indic and Persian digits, and every digit a number may be written in.
OTHER_DIGITS = "".join(chr(0x0660 + i) for i in range(10)) + "".join(chr(0x06F0 + i) for i in range(10))
DIGIT_CHARS = "0123456789" + OTHER_DIGITS
DIGITS_CLASS = f"[{DIGIT_CHARS}]"
DIGIT_FOLD = {ord(c): str(i % 10) for i, c in enumerate(OTHER_DIGITS)}

# One raw letter -> its folded form.  Every entry maps one character to one.
_FOLD_TABLE = {
    **{ord(c): "ا" for c in "أإآٱ"},
    ord("ة"): "ه",
    ord("ى"): "ي",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ی"): "ي",  # Persian yeh
    ord("ک"): "ك",  # keheh
    **DIGIT_FOLD,
    ord("٫"): ".",
    ord("٬"): ",",
    ord("\u00a0"): " ",
    ord("\u202f"): " ",
    ord("\u2009"): " ",
    ord("\u2002"): " ",
    ord("\u2003"): " ",
}

_LETTER_PAIRS = [(chr(k), v) for k, v in _FOLD_TABLE.items() if not v.isdigit()]
_OTHER_DIGITS_RE = re.compile(f"[{OTHER_DIGITS}]")
_DIGIT_TABLE = {k: v for k, v in _FOLD_TABLE.items() if v.isdigit()}


def strip_marks(text: str) -> str:
    """The text without its diacritics, tatweel and invisible marks (not folded)."""
    return _MARKS_RE.sub("", text)


def fold(text: str) -> str:
    """Fold spelling variants and drop marks.  Not offset-preserving: use on short strings.

    (A chain of str.replace is five times faster than str.translate with a dict
    on the short windows this is called on.)"""
    text = _MARKS_RE.sub("", text)
    for raw, folded in _LETTER_PAIRS:
        if raw in text:
            text = text.replace(raw, folded)
    if _OTHER_DIGITS_RE.search(text):
        text = text.translate(_DIGIT_TABLE)
    return text


# The letter pairs alone: folding them keeps every character in its place.
_LETTER_ONLY = [(raw, folded) for raw, folded in _LETTER_PAIRS if folded != " "]


def fold_letters(text: str) -> str:
    """The text with each letter's spelling variants folded and nothing else changed:
    one character for one, so an offset into the result is an offset into `text`.
    For scanning a whole text with a `trie_pattern`."""
    for raw, folded in _LETTER_ONLY:
        if raw in text:
            text = text.replace(raw, folded)
    return text


def trie_pattern(words: list[str] | set[str]) -> str:
    """One regex alternation for many folded words, factored as a trie so that
    matching costs little more than for one word.  Longer words win.  It matches
    text folded by `fold_letters`: the letters are plain characters, not classes of
    their spellings, which `re` takes ten times longer to compile."""
    trie: dict = {}
    for w in words:
        if not w:
            raise ValueError("empty word in a lexicon: it would match everywhere")
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = (r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch])
            branches.append(piece)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # Make the rest optional; greedy, so the longer word is tried first.
            return "(?:" + body + ")?"
        return body

    return emit(trie)
