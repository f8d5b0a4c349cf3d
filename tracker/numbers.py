"""Numbers in Arabic text: `find_numbers` (lenient) and `parse_number` (strict).

The engine spells no Arabic: every word comes from `tracker/lexicon/`.  It works
in three passes over the raw text, so offsets always point into the text as given:

1. *tokens*: one regex finds digit runs (any script, with separators) and number
   words (a trie of the lexicon, with clitic prefixes, diacritics allowed);
2. *compose*: adjacent tokens joined by space or "و" are read as one number when
   the grammar allows it (units before tens, hundreds, scales, teens, fractions);
3. *classify*: the words around each number give its qualifier ("أكثر من"),
   ranges ("بين 350 و360"), and its kind (cardinal, vague, ordinal, year, date,
   time, percent, model, measure, other).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, NamedTuple

from .lexicon import folded, load
from .normalize import DIGIT_CHARS, DIGIT_FOLD, DIGITS_CLASS, LETTERS, MARKS, MARKS_CLASS, fold, fold_letters, strip_marks, trie_pattern
from .text import article, clitics, conjunctions, has_article, unclitic

LETTER_SET = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset(chr(c) for c in range(0x0671, 0x06D4))
MARK_SET = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x200B, 0x2010), *range(0x202A, 0x202F)])

KINDS = ("cardinal", "vague", "ordinal", "year", "date", "time", "percent", "model", "measure", "other")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "up_to", "less_than", "range", "vague")


class NumberMatch(NamedTuple):
    """One number found in a text.  `text == source[start:end]`.  (Immutable; a
    NamedTuple because find_numbers makes many and a frozen dataclass is slow to build.)"""

    text: str
    start: int
    end: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    qualifier: str
    kind: str

    def __repr__(self) -> str:
        bounds = f"[{_fmt(self.low)}, {_fmt(self.high)}]"
        return (
            f"NumberMatch({self.text!r} {self.start}:{self.end} {self.kind} {self.qualifier} "
            f"value={_fmt(self.value)} {bounds})"
        )


def _fmt(v) -> str:
    return "" if v is None else repr(v)


# ---------------------------------------------------------------- the lexicon

@dataclass(frozen=True, slots=True)
class _Word:
    kind: str  # unit teen tens hundred hundreds scale fraction vague negative ordinal
    value: float | int
    form: str = ""  # for scales: singular, dual, construct, plural
    high: int | None = None  # for vague words


_NO_WORD = _Word("", 0)  # what a token of digits has for its number word


def _build_words() -> dict[str, _Word]:
    lex = load("numbers")
    words: dict[str, _Word] = {}

    def put(forms, word: _Word, where: str) -> None:
        for f in folded(forms, where):
            old = words.get(f)
            if old is not None and old != word:
                from .errors import LexiconError

                raise LexiconError(f"lexicon numbers.{where}: {f!r} is already {old}")
            words[f] = word

    for value, forms in lex["unit"].items():
        put(forms, _Word("unit", int(value)), f"unit.{value}")
    put(lex["teen"]["forms"], _Word("teen", 10), "teen")
    for value, forms in lex["tens"].items():
        put(forms, _Word("tens", int(value)), f"tens.{value}")
    put(lex["hundred"]["forms"], _Word("hundred", 100), "hundred")
    for value, forms in lex["hundreds"].items():
        put(forms, _Word("hundreds", int(value)), f"hundreds.{value}")
    for name, scale in lex["scale"].items():
        for form in ("singular", "dual", "construct", "plural"):
            put(scale[form], _Word("scale", int(scale["value"]), form), f"scale.{name}.{form}")
    for value, forms in lex["fraction"].items():
        put(forms, _Word("fraction", float(value)), f"fraction.{value}")
    for form, (low, high) in lex["vague"].items():
        put([form], _Word("vague", int(low), high=int(high)), f"vague.{form}")
    put(lex["negative"]["forms"], _Word("negative", -1), "negative")
    for value, forms in lex["ordinal"].items():
        put(forms, _Word("ordinal", int(value)), f"ordinal.{value}")
    return words


_WORDS = _build_words()
_AND = conjunctions()[0]

_WS = rf"[\s{MARKS}]"
_DIG = DIGITS_CLASS
_SEP = "[.,\u060c\u066b\u066c]"
_SEPS = ".,\u060c\u066b\u066c"
_YEAR_SUFFIX_RE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(folded(load("context")["year"]["glued"], "context.year"), key=len, reverse=True)))
    + rf")(?![{LETTERS}])"
)
_DIGITS_RE = re.compile(rf"{_DIG}+(?:{MARKS_CLASS}*{_SEP}{MARKS_CLASS}*{_DIG}+)*")


_PREFIXES = ("", *clitics())  # longest first
_PREFIX_SET = frozenset(p for p in _PREFIXES if p)
# One trie of every prefixed form, anchored at a word start: the fastest scan
# Python's re can do here (see benchmarks/numbers.py).
# The scan: one trie of every prefixed form.  Python's re is fastest here when
# the pattern starts with a small character class, so a word is found with the
# space or punctuation before it (texts' first words are tried on their own).
# Marks inside a word are rare in news, and allowing them after every letter
# slows the scan, so words are found without them, and the few words with a mark
# inside ("ستّة") are looked up on their own.
_FORMS = {p + w for p in _PREFIXES for w in _WORDS}
_END = rf"(?![{LETTERS}]|{MARKS_CLASS}+[{LETTERS}])"
_WORD_RE = re.compile(rf"[ \n\t\r\u00a0(«\"'“\-/،,.:؛](?P<w>{trie_pattern(_FORMS)}){_END}")
_WORD_CHARS_RE = re.compile(rf"[{LETTERS}{MARKS}]+")
_TRAILING_MARKS_RE = re.compile(rf"{MARKS_CLASS}+")
# What may stand between two tokens of one number: space, or space + "و".
# (Not across a line break: a line ends a sentence, and a number never spans two.)
_GAP_WS = rf"[^\S\n{MARKS}]|{MARKS_CLASS}"
_GAP_RE = re.compile(rf"(?:{_GAP_WS})+(?:(?P<waw>{re.escape(_AND)})(?:{_GAP_WS})*)?")
_DIGIT_FOLD = str.maketrans(DIGIT_FOLD)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    kind: str  # digits, code (dotted), or a _Word kind
    value: float | int
    waw: bool = False  # an attached "و" before it
    article: bool = False  # an attached "ال"
    word: _Word = _NO_WORD  # digits and codes are no number word
    folded: str = ""
    prefix: str = ""  # the clitics before a word, folded
    seps: bool = False  # digits written with separators
    ndigits: int = 0
    grouped: bool = False  # "1 234 567"


# ------------------------------------------------------------------ tokens

def _read_digits(raw: str) -> float | int | None:
    """Interpret a digit run with separators: its value, or None for dotted codes
    such as IP addresses."""
    text = strip_marks(raw).translate(_DIGIT_FOLD)
    parts = re.split(r"([.,\u060c\u066b\u066c])", text)
    groups, seps = parts[0::2], parts[1::2]
    if seps.count(".") + seps.count("\u066b") > 1:
        if set(seps) == {"."} and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups))  # "2.300.000": dots that can only group thousands
        return None
    int_part, frac = groups[0], None
    for sep, grp in zip(seps, groups[1:]):
        # A comma before exactly three digits groups thousands; otherwise it is a decimal point.
        if frac is None and sep in ",\u060c\u066c" and len(grp) == 3:
            int_part += grp
        elif frac is None:
            frac = grp
        else:  # a second decimal part: not one number
            return None
    if frac is None:
        return int(int_part)
    return float(f"{int_part}.{frac}")


@lru_cache(maxsize=4096)
def _word_info(raw: str) -> tuple[str, str, _Word]:
    """(prefix, stem, word) of a matched number word, folded."""
    whole = fold(raw)
    if whole in _WORDS and not (raw[:1] == _AND and fold(raw[1:2]) != raw[1:2] and whole[1:] in _WORDS):
        return "", whole, _WORDS[whole]  # "واحد" is a word; "وأحد" is و + أحد
    for p in _PREFIXES:
        if p and whole.startswith(p) and whole[len(p):] in _WORDS:
            return p, whole[len(p):], _WORDS[whole[len(p):]]
    raise AssertionError(f"matched {raw!r} is not in the lexicon")  # the trie and the table disagree


_MAX_DIGITS = 40


@lru_cache(maxsize=4096)
def _word_tok(raw: str) -> tuple:
    """What a matched number word gives its token (cached: the same words recur)."""
    prefix, stem, word = _word_info(raw)
    return word.kind, word.value, prefix[:1] == _AND, has_article(prefix), word, prefix + stem, prefix


_BLOCK = 1 << 16


def _digit_runs(text: str):
    """The matches `_DIGITS_RE.finditer(text)` gives, found faster: `str.find` for each
    of the 30 digits locates where runs start (a regex scan of a character class
    costs about 15 ns per character; `str.find` a fraction of that), and the regex
    reads each run from there.  A block at a time, so memory does not grow with text
    made of digits."""
    end = 0
    for lo in range(0, len(text), _BLOCK):
        hi = lo + _BLOCK
        if hi <= end:
            continue  # inside a run that began in an earlier block
        starts = []
        for c in DIGIT_CHARS:
            i = text.find(c, lo, hi)
            while i != -1:
                starts.append(i)
                i = text.find(c, i + 1, hi)
        starts.sort()
        for i in starts:
            if i >= end:
                m = _DIGITS_RE.match(text, i)
                assert m is not None  # a digit starts a run of digits
                end = m.end()
                yield m


def _digit_tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    n = len(text)
    for m in _digit_runs(text):
        s, e = m.span()
        raw = m.group()
        # Digits glued to a following letter ("180ميلي", "1M") are codes, not
        # numbers, but for the year suffix ("1990م").
        if e < n and (text[e].isalpha() or text[e] == "_") and not (len(raw) == 4 and _YEAR_SUFFIX_RE.match(text, e)):
            continue
        if e - s > _MAX_DIGITS:
            continue  # a run of hundreds of digits is no figure anyone claims (and int() refuses it)
        val: float | int
        if raw.isascii() and raw.isdigit():
            val, seps = int(raw), False
        else:
            read = _read_digits(raw)
            if read is None:
                for cm in re.finditer(_DIG + "+", raw):
                    toks.append(_Tok(s + cm.start(), s + cm.end(), "code", int(cm.group().translate(_DIGIT_FOLD))))
                continue
            val, seps = read, any(c in raw for c in _SEPS)
        if s > 0 and text[s - 1] == "-" and (s == 1 or text[s - 2].isspace()):
            s, val = s - 1, -val  # "-١": a minus sign glued to the digits
        tok = _Tok(s, e, "digits", val, False, False, _NO_WORD, "", "", seps, len(raw))
        # "1 234 567": groups of three after a space continue the number.
        prev = toks[-1] if toks else None
        if (
            prev is not None and not seps and len(raw) == 3 and prev.kind == "digits"
            and (prev.grouped or (not prev.seps and prev.ndigits <= 3))
            and s - prev.end == 1 and text[prev.end] in " \u00a0\u202f" and prev.value >= 0
        ):
            prev.end, prev.value = e, prev.value * 1000 + val
            prev.seps = prev.grouped = True
            continue
        toks.append(tok)
    return toks


# Tanween only ends a word: it never stands inside one, so it is not looked for here.
_MARK_CHARS = sorted(MARK_SET - {"\u064b", "\u064c", "\u064d"})


def _inner_marks(text: str) -> list[int]:
    """Positions of marks followed by a letter.  (str.find per mark is three
    times faster than a regex scan: few of the marks occur in any one text.)"""
    out = []
    for c in _MARK_CHARS:
        i = text.find(c)
        while i != -1:
            if i + 1 < len(text) and text[i + 1] in LETTER_SET:
                out.append(i)
            i = text.find(c, i + 1)
    if len(out) > 1:
        out.sort()
    return out


@lru_cache(maxsize=1 << 14)
def _marked_number_word(raw: str) -> int:
    """The length of a word with inner marks if it is a number word (trailing marks
    dropped), else 0.  Cached: the same words recur."""
    if fold(raw) not in _FORMS:
        return 0
    end = len(raw)
    while end and raw[end - 1] in MARK_SET:
        end -= 1
    return end


def _word_matches(text: str) -> list[tuple[int, int]]:
    """(start, end) of every number word: a fast scan, then the words with inner marks."""
    folded = fold_letters(text)  # the same offsets
    spans = [m.span("w") for m in _WORD_RE.finditer(folded)]
    first = _WORD_RE.match(" " + folded[:64])  # the text's first word has nothing before it
    if first is not None:
        spans.insert(0, (first.start("w") - 1, first.end("w") - 1))
    inner = _inner_marks(text)
    if not inner:
        return spans
    extra = []
    done = -1
    for pos in inner:
        if pos < done:
            continue
        floor = pos - 40 if pos > 40 else 0  # no number word is longer: never search far back
        lo = max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos), floor - 1) + 1
        word = _WORD_CHARS_RE.search(text, lo, pos + 1)
        if word is None:
            continue
        word = _WORD_CHARS_RE.match(text, word.start())
        assert word is not None  # search found a word character there
        done = word.end()
        end = _marked_number_word(word.group())
        if end:  # "ستّة", "وخمسُمائة"
            extra.append((word.start(), word.start() + end))
    if extra:
        spans = sorted([sp for sp in spans if not any(a <= sp[0] < b for a, b in extra)] + extra)
    return spans


def _tokens(text: str) -> list[_Tok]:
    toks = _digit_tokens(text)
    words = []
    n = len(text)
    for start, end in _word_matches(text):
        if end < n and text[end] in MARK_SET:
            end = _TRAILING_MARKS_RE.match(text, end).end()  # type: ignore[union-attr]  # "ألفاً": the tanween belongs to the word
        kind, value, waw, art, word, whole, prefix = _word_tok(text[start:end])
        words.append(_Tok(start, end, kind, value, waw, art, word, whole, prefix))
    if not toks:
        return words
    if not words:
        return toks
    toks.extend(words)
    toks.sort(key=lambda t: t.start)
    return toks


# ----------------------------------------------------------------- compose

@dataclass(slots=True)
class _Num:
    """A number being composed from tokens."""

    start: int
    end: int
    total: float | int = 0
    group: float | int = 0
    slots: set = None  # type: ignore[assignment]
    last_scale: float | int | None = None
    last: str = ""
    kind: str = "cardinal"
    low: float | int | None = None
    high: float | int | None = None
    negative: bool = False
    ntoks: int = 0

    @property
    def value(self) -> float | int:
        v = self.total + self.group
        if self.negative:
            v = -v
        if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
            v = int(v)
        return v


_NUM_FIELDS = tuple(f.name for f in fields(_Num))


def _start(tok: _Tok) -> _Num:
    num = _Num(tok.start, tok.end, slots=set(), ntoks=1)
    k = tok.kind
    if k in ("unit", "digits"):
        num.group, num.slots, num.last = tok.value, {"u"} if k == "unit" else {"d"}, k
    elif k == "teen":
        num.group, num.slots, num.last = 10, {"u", "t"}, "teen"
    elif k == "tens":
        num.group, num.slots, num.last = tok.value, {"t"}, "tens"
    elif k == "hundred":
        num.group, num.slots, num.last = 100, {"h"}, "hundreds"
    elif k == "hundreds":
        num.group, num.slots, num.last = tok.value, {"h"}, "hundreds"
    elif k == "scale":
        s = tok.value
        if tok.word.form == "plural":
            num.kind, num.low, num.high, num.last = "vague", 2 * s, 10 * s - 1, "vague"
        else:
            num.total = s * (2 if tok.word.form in ("dual", "construct") else 1)
            num.last_scale, num.last = s, "scale"
    elif k == "fraction":
        num.group, num.slots, num.last = tok.value, {"f"}, "fraction"
    elif k == "vague":
        num.kind, num.low, num.high, num.last = "vague", tok.word.value, tok.word.high, "vague"
    elif k == "ordinal":
        num.kind, num.group, num.last = "ordinal", tok.value, "ordinal"
    elif k == "code":
        num.kind, num.group, num.last = "other", tok.value, "code"
    elif k == "negative":
        num.negative, num.last = True, "negative"
    return num


def _extend(num: _Num, tok: _Tok, waw: bool, nxt: _Tok | None) -> bool:
    """Add `tok` to `num` if the grammar allows; return whether it did."""
    k, last = tok.kind, num.last
    if last == "negative":
        if waw or k not in ("unit", "digits", "tens", "teen", "hundred", "hundreds"):
            return False
        neg = _start(tok)
        neg.start, neg.negative = num.start, True
        for f in _NUM_FIELDS:
            setattr(num, f, getattr(neg, f))
        return True
    if num.kind == "vague":
        low, high = num.low, num.high
        assert low is not None and high is not None  # a vague amount has its bounds
        # "عشرات الآلاف": a vague amount of a plural scale.
        if not waw and k == "scale" and tok.word.form == "plural" and last == "vague" and high < tok.value:
            s = tok.value
            num.low, num.high = low * s, (high + 1) * s - 1
            num.last = "vague_scaled"
            return True
        return False
    if num.kind == "ordinal":
        if not waw and k == "teen" and last == "ordinal" and num.group < 10:
            num.group += 10
            num.last = "ordinal_teen"
            return True
        if waw and k == "tens" and tok.article and last == "ordinal" and num.group < 10:
            num.group += tok.value
            num.last = "ordinal_tens"
            return True
        return False
    if num.kind != "cardinal" or last == "code":
        return False
    g, slots = num.group, num.slots
    if not waw and tok.prefix:
        return False  # "5 بالمئة": a word with a preposition or article starts anew
    if not waw:
        if k == "teen" and last == "unit" and not slots & {"t", "d", "f"} and g % 10 != 0:
            num.group += 10
            slots.add("t")
            num.last = "teen"
            return True
        if k == "hundred" and last in ("unit", "digits") and 1 <= g <= 9 and slots <= {"u", "d"}:
            num.group = g * 100
            num.slots = {"h"}
            num.last = "hundreds"
            return True
        if k == "scale":
            s, form = tok.value, tok.word.form
            if g > 0:
                if form == "dual":
                    return False
                if num.last_scale is not None and s >= num.last_scale:
                    return False
                num.total += g * s
                num.group, num.slots, num.last_scale, num.last = 0, set(), s, "scale"
                return True
            if num.total > 0 and num.last_scale is not None and s > num.last_scale and form == "singular":
                num.total *= s  # "ألف مليون"
                num.last_scale, num.last = s, "scale"
                return True
            return False
        if k == "digits" and last == "scale" and g == 0 and 1 <= tok.value <= 9 and nxt is not None and nxt.kind == "hundred":
            # "٤ آلاف ٣ مائة"
            num.group, num.slots, num.last = tok.value, {"d"}, "digits"
            return True
        return False
    # Joined by "و".
    if k == "unit":
        if tok.value == 0 or "u" in slots or "d" in slots or "f" in slots:
            return False
        if g == 0 and num.total == 0:
            return False
        if g == 0 and num.last_scale is not None and tok.value >= num.last_scale:
            return False
        num.group += tok.value
        slots.add("u")
        num.last = "unit"
        return True
    if k == "tens":
        if "t" in slots or "d" in slots or "f" in slots:
            return False
        if g == 0 and num.last_scale is not None and tok.value >= num.last_scale:
            return False
        num.group += tok.value
        slots.add("t")
        num.last = "tens"
        return True
    if k == "teen":  # "مائة وعشرة"
        if slots & {"t", "u", "d", "f"} or (g == 0 and num.total == 0):
            return False
        if g == 0 and num.last_scale is not None and 10 >= num.last_scale:
            return False
        num.group += 10
        slots.update({"t", "u"})
        num.last = "teen"
        return True
    if k in ("hundred", "hundreds"):
        if g != 0 or num.total == 0 or (num.last_scale is not None and num.last_scale <= 100):
            return False
        num.group, num.slots, num.last = tok.value, {"h"}, "hundreds"
        return True
    if k == "digits":
        v = tok.value
        if g == 0 and num.total > 0 and num.last_scale is not None and v < num.last_scale and v < 1000:
            num.group, num.slots, num.last = v, {"d"}, "digits"
            return True
        if slots == {"h"} and v < 100:
            num.group += v
            slots.add("d")
            num.last = "digits"
            return True
        return False
    if k == "scale":
        s, form = tok.value, tok.word.form
        if g != 0 and s < 100 and form in ("singular", "dual") and not slots & {"u", "t", "d", "f"}:
            num.group += s * (1 if form == "singular" else 2)  # "ثلاث مائة ودزينتين"
            slots.update({"u", "t"})
            num.last = "scale_small"
            return True
        if g != 0 or form == "plural" or num.last_scale is None or s >= num.last_scale:
            return False
        num.total += s * (1 if form == "singular" else 2)
        num.last_scale, num.last = s, "scale"
        return True
    if k == "fraction":
        if "f" in slots:
            return False
        if g > 0:
            num.group += tok.value
            slots.add("f")
            num.last = "fraction"
            return True
        if num.total > 0 and num.last_scale is not None:
            num.total += tok.value * num.last_scale  # "ألف ونصف"
            num.slots = {"f"}
            num.last = "fraction"
            return True
    return False


def _compose(text: str, toks: list[_Tok]) -> list[_Num]:
    nums: list[_Num] = []
    i, n = 0, len(toks)
    while i < n:
        num = _start(toks[i])
        j = i + 1
        while j < n:
            tok = toks[j]
            if tok.start - num.end > 24:
                break  # too far apart to be one number: no need to look at the gap
            gap = _GAP_RE.fullmatch(text, num.end, tok.start)
            if gap is None:
                break
            waw = tok.waw or gap.group("waw") is not None
            if not _extend(num, tok, waw, toks[j + 1] if j + 1 < n else None):
                break
            num.end = tok.end
            num.ntoks += 1
            j += 1
        if num.last != "negative":
            nums.append(num)
        i = j
    return nums


# ---------------------------------------------------------------- classify
#
# The words around a number are read as short lists of folded words and looked
# up in dicts built from lexicon/context.toml and lexicon/calendar.toml: a few
# dict lookups per number instead of a regex search per rule.

_PUNCT_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_STOP = set(".,،؛;:!?؟)(\"«»“”")


def _phrase_table(groups: dict[str, list[str]], where: str) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for tag, words in groups.items():
        for w in folded(words, where):
            table.setdefault(" ".join(w.split()), set()).add(tag)
    return table


@lru_cache(maxsize=1)
def _context():
    ctx = load("context")
    cal = load("calendar")
    before = {f"q:{q}": ws for q, ws in ctx["qualifier"]["before"].items()}
    before.update(
        range_open=ctx["range"]["open"],
        year=ctx["year"]["before"],
        time=ctx["time"]["before"],
        label=ctx["label"]["before"],
        model=ctx["model"]["before"],
        measure=ctx["measure"]["before"],
        pronoun=ctx["pronoun"]["before"],
        day=ctx["day"]["before"],
    )
    after = {f"q:{q}": ws for q, ws in ctx["qualifier"]["after"].items()}
    after.update(
        measure=ctx["measure"]["after"],
        percent=ctx["percent"]["after"],
        year=ctx["year"]["after"],
        of_month=ctx["day"]["of_month"],
        month=[w for ws in cal["month"].values() for w in ws],
    )
    months = _phrase_table({"month": [w for ws in cal["month"].values() for w in ws]}, "calendar.month")
    before_table, after_table = _phrase_table(before, "context"), _phrase_table(after, "context")
    return {
        "before_last": frozenset(p.split()[-1] for p in before_table),
        "after_first": frozenset(p.split()[0] for p in after_table),
        "percent_glue": {"", *(w.split()[0] for w in folded(ctx["percent"]["after"], "context.percent") if " " in w)},
        "verbs": {w: q for q, ws in ctx["qualifier"]["verb"].items() for w in folded(ws, "context.qualifier.verb")},
        "verb_subjects": frozenset(folded(ctx["qualifier"]["verb_subject"]["forms"], "context.qualifier.verb_subject")),
        "after_q_first": {w.split()[0] for ws in ctx["qualifier"]["after"].values() for w in folded(ws, "context")},
        # the same first words as written and as folded, to test raw text without folding it
        "after_q_raw": re.compile("|".join(sorted(map(re.escape, {
            *(w.split()[0] for ws in ctx["qualifier"]["after"].values() for w in ws),
            *(w.split()[0] for ws in ctx["qualifier"]["after"].values() for w in folded(ws, "context")),
        })))),
        "article": article(),
        "model_kind": frozenset(folded(ctx["model"]["kind"], "context.model")),
        "month_tails": frozenset(m.split()[-1] for m in months if " " in m),
        "before": before_table,
        "after": after_table,
        "months": months,
        "weekday": set(folded((w for ws in cal["weekday"].values() for w in ws), "calendar.weekday")),
        "joiners": set(folded(ctx["range"]["joiner"], "context.range")),
    }


_CLEANED: dict[str, str] = {}


def _clean(word: str) -> str:
    """A word folded, with punctuation stripped from its edges.  Cached in a plain
    dict (news repeats its words; a dict lookup costs a third of an lru_cache hit),
    emptied when it grows past 65,536 words so that memory stays bounded."""
    clean = _CLEANED.get(word)
    if clean is None:
        if len(_CLEANED) >= 1 << 16:
            _CLEANED.clear()
        clean = _CLEANED[word] = fold(_PUNCT_EDGE.sub("", word))
    return clean


def _words_before(text: str, s: int, k: int = 4) -> list[str]:
    """Up to k folded words before offset s, nearest last, stopping at punctuation."""
    reach = 10 * k  # characters: no k words of news are longer
    lo = s - reach if s > reach else 0
    chunk = text[lo:s]
    if "/" in chunk or "-" in chunk:
        chunk = chunk.replace("/", " ").replace("-", " ")
    parts = chunk.rsplit(None, k + 1)
    if lo > 0 and parts and not chunk[:1].isspace():
        parts = parts[1:]  # the first piece is cut in the middle of a word, or is more than k words back
    ends_with_space = chunk[-1:].isspace()
    if parts and not ends_with_space and _clean(parts[-1]) in _PREFIX_SET:
        parts = parts[:-1]  # "ال١٩٢", "و241": a clitic glued to the digits
    out: list[str] = []
    first = True
    for w in reversed(parts[-k:]):
        if w[-1] in _STOP and (not first or ends_with_space):
            break
        first = False
        clean = _clean(w)
        if clean:
            out.append(clean)
        if w[0] in _STOP:
            break
    out.reverse()
    return out


def _words_after(text: str, e: int, k: int = 3) -> list[str]:
    """Up to k folded words after offset e, stopping at punctuation."""
    chunk = text[e:e + 40]
    all_parts = chunk.replace("/", " ").replace("-", " ").split()
    parts = all_parts[:k]
    if len(chunk) == 40 and parts and not chunk[-1:].isspace() and len(parts) == len(all_parts):
        parts = parts[:-1]  # cut in the middle of a word
    out: list[str] = []
    for i, w in enumerate(parts):
        if w[0] in _STOP and (i > 0 or chunk[:1].isspace()):
            break
        clean = _clean(w)
        if clean:
            out.append(clean)
        if w[-1] in _STOP:
            break
    return out


class _LazyWords:
    """The words after a number, read only when asked for: most numbers have no
    phrase after them, and a glance at the next word or two tells."""

    __slots__ = ("text", "e", "_words")

    def __init__(self, text: str, e: int):
        self.text, self.e = text, e
        self._words: list[str] | None = None

    def _all(self) -> list[str]:
        if self._words is None:
            self._words = _words_after(self.text, self.e, 5)  # a noun and a phrase of four ("أو أكثر من ذلك")
        return self._words

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, k: Any) -> Any:  # an index or a slice, like a list
        return self._all()[k]

    def may_start_phrase(self, firsts: frozenset) -> bool:
        """Whether the next word is the first word of some phrase in the table."""
        chunk = self.text[self.e:self.e + 24].split(None, 1)
        if not chunk:
            return False
        first = _clean((chunk[0].replace("/", " ").replace("-", " ").split() or [""])[0])
        return not first or first in firsts or (first[:1] in "وبل" and first[1:] in firsts)

    def mentions(self, pattern: re.Pattern) -> bool:
        """Whether the pattern (words in raw or folded spellings) is in the next 40 characters."""
        return pattern.search(self.text, self.e, self.e + 40) is not None


def _tags_before(prev: list[str], table, lasts: frozenset) -> dict[str, int]:
    """{tag: words in the phrase} for phrases that end right before the number.
    `lasts` are the words the table's phrases end with: without one of them
    before the number there is nothing to look up."""
    if not prev or (prev[-1] not in lasts and unclitic(prev[-1]) not in lasts):
        return {}
    tags: dict[str, int] = {}
    for n in range(len(prev), 0, -1):
        phrase = " ".join(prev[-n:])
        found = table.get(phrase)
        if found is None and phrase[:1] in "وفبلك" and len(phrase) > 2:
            found = table.get(unclitic(phrase))
        if found:
            for t in found:
                tags.setdefault(t, n)
    return tags


def _tags_after(nxt: list[str] | _LazyWords, table, skip: int = 0) -> dict[str, int]:
    tags: dict[str, int] = {}
    for n in range(1, len(nxt) - skip + 1):
        phrase = " ".join(nxt[skip:skip + n])
        found = table.get(phrase)
        if found is None and phrase[:1] in "وبل" and len(phrase) > 2:
            found = table.get(phrase[1:])
        if found:
            for t in found:
                tags[t] = n  # the longest phrase of each kind: "أو أكثر من ذلك", not "أو أكثر"
    return tags


_TAIL_LATIN = re.compile(r"(?:[A-Za-z][A-Za-z]*[\s\-]?|-[^\W\d_]{1,2})$")
_HEAD_LATIN = re.compile(r"-?[A-Za-z]")
_SEP_AFTER = re.compile(r"\s*([/\-.])\s*\d")
_SEP_BEFORE = re.compile(r"\d\s*([/\-.])\s*$")
_TIME_AFTER = re.compile(r"\s*:\s*\d\d")
_TIME_BEFORE = re.compile(r"\d\s*:\s*$")
_PLUS_AFTER = re.compile(r"\s*\+\s*\d")
_PLUS_BEFORE = re.compile(r"\+\s*$")
_PERCENT_AFTER = re.compile(r"\s*[%٪]")
# Characters that, next to a number, say nothing about its kind.
_PLAIN_NEIGHBOURS = frozenset(" \t\n\r\u00a0()[]«»\"'،,؛;؟!" + "".join(chr(c) for c in range(0x0621, 0x064B)))
_TRIPLE_RE = re.compile(rf"{_DIG}{{1,4}}\s*([/\-.])\s*(?:{_DIG}{{1,2}}|[^\W\d_]+)\s*\1\s*{_DIG}{{1,4}}")


def _next_qualifier(nxt: list[str] | _LazyWords, k: int, before) -> bool:
    """Whether the words that end at k, with the word at k, begin the next figure's qualifier:
    "23 قتيلا وأكثر من 50 جريحا" ("أكثر من" is the 50's, not "23 and more")."""
    if len(nxt) <= k:
        return False
    last = nxt[k - 1]
    return any(
        tag.startswith("q:") for w in (last, last[1:] if last[:1] == _AND else last)
        for tag in before.get(f"{w} {nxt[k]}", ())
    )


def _qualifier(before: dict[str, int], after: dict[str, int], prev: list[str], nxt: list[str] | _LazyWords, ctx, text: str = "", s: int = 0) -> str:
    best, size = "exact", 0
    for tag, n in before.items():
        if n > size and tag.startswith("q:"):
            best, size = tag[2:], n
    if best != "exact":
        return best
    for tag in after:
        if tag.startswith("q:"):
            return tag[2:]
    verbs = ctx["verbs"]
    near = len(prev) - 4
    if near == 0 and text:
        prev = _words_before(text, s, 8)  # "وتجاوز عدد النازحين في السودان منذ اندلاع الحرب 11 مليون"
        near = len(prev) - 4
    for i in range(len(prev) - 1, -1, -1):  # "تجاوز عدد القتلى 500"
        w = prev[i]
        verb = w if w in verbs else w[1:] if w[:1] == _AND and w[1:] in verbs else None
        if verb is not None and (i >= near or (i + 1 < len(prev) and prev[i + 1] in ctx["verb_subjects"])):
            return verbs[verb]
        if w[:1] == _AND:
            break  # a new clause ("تجاوزت الخطوط الأولى وقتلت 30")
    firsts = ctx["after_q_first"]
    if isinstance(nxt, _LazyWords) and not nxt.mentions(ctx["after_q_raw"]):
        return best
    for skip in (1, 2):  # "7 مدنيين على الأقل": one or two words between
        if len(nxt) > skip and nxt[skip] in firsts:
            for tag, n in _tags_after(nxt, ctx["after"], skip).items():
                if tag.startswith("q:") and not _next_qualifier(nxt, skip + n, ctx["before"]):
                    return tag[2:]
    return best


def _classify(text: str, num: _Num, first: _Tok, ctx) -> tuple[str, str, dict]:
    """The kind of a composed number, its qualifier, and the tags before it."""
    s, e = num.start, num.end
    if num.kind in ("vague", "other"):
        return num.kind, ("vague" if num.kind == "vague" else "exact"), {}
    if num.kind == "ordinal":
        if num.ntoks == 1 and first.folded in ctx["month_tails"]:
            prev = _words_before(text, s, 1)
            if prev and f"{prev[-1]} {first.folded}" in ctx["months"]:
                return "month", "exact", {}  # "تشرين الأول": part of a month's name, dropped
        return "ordinal", "exact", {}
    if first.folded in ctx["weekday"]:
        return "weekday", "exact", {}  # "الاثنين": a day's name, dropped
    prev = _words_before(text, s)
    before = _tags_before(prev, ctx["before"], ctx["before_last"])
    one = num.ntoks == 1
    if one and first.kind == "tens" and first.article and prev and prev[-1].startswith(ctx["article"]):
        return "ordinal", "exact", before  # "الذكرى العشرين"
    if one and first.kind == "unit" and first.value == 1 and "pronoun" in before:
        return "pronoun", "exact", before  # "أي واحد": dropped
    if first.folded in ctx["weekday"] or (one and first.kind == "unit" and first.value == 2 and "day" in before):
        return "weekday", "exact", before  # "الاثنين", "يوم اثنين": a day's name, dropped
    nxt = _LazyWords(text, e)
    after = _tags_after(nxt, ctx["after"]) if nxt.may_start_phrase(ctx["after_first"]) else {}
    value = num.value
    is_digits = one and first.kind == "digits"
    if "percent" in after:
        return "percent", "exact", before
    # Signs glued around the number (%, :, /, -, +, Latin letters) are rare:
    # look for them only when one of them is near.
    near = text[max(0, s - 2):s] + text[e:e + 2]
    special = not _PLAIN_NEIGHBOURS.issuperset(near)
    if special and (_PERCENT_AFTER.match(text, e) or text[s - 1:s] in ("%", "٪")):
        return "percent", "exact", before
    if special and (_TIME_AFTER.match(text, e) or _TIME_BEFORE.search(text, max(0, s - 4), s)):
        return "time", "exact", before
    if is_digits and "model" in before and text[s - 1:s] != _AND:  # "هاوتزر و6" is a list, not a model
        return "model", "exact", before
    if is_digits and len(prev) >= 2 and prev[-2] in ctx["model_kind"] and text[s - 1:s] != _AND:
        return "model", "exact", before  # "من نوع هرمس 450": a name and its number
    if is_digits and special:
        if _TAIL_LATIN.search(text, max(0, s - 12), s) or _HEAD_LATIN.match(text, e):
            return "model", "exact", before
        if _PLUS_AFTER.match(text, e) or _PLUS_BEFORE.search(text, max(0, s - 3), s):
            return "other", "exact", before
        sep_a = _SEP_AFTER.match(text, e)
        sep_b = _SEP_BEFORE.search(text, max(0, s - 4), s)
        if (sep_a and sep_a.group(1) == "/") or (sep_b and sep_b.group(1) == "/"):
            return "date", "exact", before
        if (sep_a or sep_b) and _is_date_triple(text, s, e):
            return "date", "exact", before
        if prev and prev[-1] in ctx["months"] and text[max(0, s - 1)] in "-/":
            return "date", "exact", before  # "19-سبتمبر-2023"
    if isinstance(value, int) and 1 <= value <= 31 and ("month" in after or "of_month" in after):
        return "date", "exact", before
    if is_digits and isinstance(value, int) and 1000 <= value <= 2200 and not first.seps:
        if _month_before(prev, ctx["months"], ctx["month_tails"]):
            return "date", "exact", before
        if "year" in after or "year" in before:
            return "year", "exact", before
    if "time" in before and isinstance(value, int) and value <= 24 and "measure" not in after:
        return "time", "exact", before
    if "measure" in after or "measure" in before:
        kind = "measure"
    elif is_digits and "label" in before:
        return "other", "exact", before
    elif is_digits and e - s >= 7 and isinstance(value, int) and not first.seps and _looks_like_phone(text, s, e):
        return "other", "exact", before
    elif one and first.kind == "fraction":
        return "other", "exact", before
    else:
        kind = "cardinal"
    return kind, _qualifier(before, after, prev, nxt, ctx, text, s), before


def _is_year(num: _Num, first: _Tok) -> bool:
    return num.ntoks == 1 and first.kind == "digits" and not first.seps and isinstance(num.value, int) and 1000 <= num.value <= 2200


def _month_before(prev: list[str], months, tails) -> bool:
    for n in (1, 2):
        if len(prev) >= n and " ".join(prev[-n:]).strip("-/") in months:
            return True
    if len(prev) >= 1 and prev[-1].split("/")[-1] in months:
        return True  # "سبتمبر/أيلول 2020"
    # "10 نوفمبر/تشرين الثاني 2020", "أكتوبر 7 2023": a month, then the rest of its name or a
    # day; not another word ("منذ 27 سبتمبر/أيلول إلى 1177 عسكريا" counts soldiers)
    last = prev[-1] if prev else ""
    return len(prev) >= 2 and prev[-2].split("/")[0] in months and (last in tails or last.isdigit())


def _looks_like_phone(text: str, s: int, e: int) -> bool:
    digits = e - s
    return digits >= 9 or (digits >= 7 and text[s] in "0٠۰")


def _is_date_triple(text: str, s: int, e: int) -> bool:
    for m in _TRIPLE_RE.finditer(text, max(0, s - 24), min(len(text), e + 24)):
        if m.start() <= s and m.end() >= e:
            return True
    return False


def bounds(value, qualifier: str):
    """The low and high bounds a qualifier gives a value (None: open)."""
    if value is None:
        return None, None
    if qualifier == "exact":
        return value, value
    step = 1 if isinstance(value, int) else 0
    if qualifier == "approx":
        return None, None
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return value + step, None
    if qualifier == "up_to":
        return None, value
    if qualifier == "less_than":
        return None, value - step
    return value, value


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in `text`, in order, with its kind, qualifier and bounds.

    Lenient: never raises on any string.  Offsets index `text` as given.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a str, not {type(text).__name__}")
    toks = _tokens(text)
    if not toks:
        return []
    ctx = _context()
    first_tok = {t.start: t for t in toks}
    nums = _compose(text, toks)
    out: list[NumberMatch] = []
    skip_until = -1
    for idx, num in enumerate(nums):
        if num.start < skip_until:
            continue
        first = first_tok[num.start]
        kind, qualifier, before = _classify(text, num, first, ctx)
        if kind in ("pronoun", "weekday", "month"):
            continue
        if first.kind == "hundred" and num.ntoks == 1 and out and out[-1].kind == "percent" and (
            fold(text[out[-1].end:num.start]).strip() in ctx["percent_glue"]
        ):
            continue  # the "المئة" of "20 في المئة"
        if kind == "cardinal" and out and out[-1].kind == "year" and _is_year(num, first) and (
            fold(text[out[-1].end:num.start]).strip() in ctx["joiners"]
        ):
            kind = "year"  # "عامي 2020 و2023"
        if kind == "vague":
            out.append(NumberMatch(text[num.start:num.end], num.start, num.end, None, _int(num.low), _int(num.high), "vague", "vague"))
            continue
        if kind in ("cardinal", "measure") and idx + 1 < len(nums) and nums[idx + 1].start - num.end <= 8:
            rng = _range(text, num, nums[idx + 1], first, first_tok, before, ctx)
            if rng is not None:
                out.append(rng)
                skip_until = rng.end
                continue
        value = num.value
        low, high = bounds(value, qualifier)
        out.append(NumberMatch(text[num.start:num.end], num.start, num.end, value, low, high, qualifier, kind))
    return out


def _int(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _range(text: str, a: _Num, b: _Num, fa: _Tok, first_tok, before, ctx) -> NumberMatch | None:
    """"بين 350 و360", "من 10 إلى 20", "350-360" as one range."""
    between = text[a.end:b.start]
    if len(between) > 8 or "\n" in between:
        return None
    joiner = fold(between).strip()
    if not joiner and first_tok[b.start].waw:
        joiner = _AND  # "بين خمسة وعشرة"
    hyphen = joiner in ("-", "–")
    if not hyphen and (joiner not in ctx["joiners"] or "range_open" not in before):
        return None
    va, vb = a.value, b.value
    if b.last_scale and a.last_scale is None and a.ntoks == 1 and 0 < va * b.last_scale < vb:
        va = va * b.last_scale  # "من 10 إلى 20 ألف": the scale counts for both
    if not va < vb or b.kind != "cardinal":
        return None
    fb = first_tok[b.start]
    if hyphen and (fa.kind != "digits" or fb.kind != "digits"):
        return None
    kind_b, _, _ = _classify(text, b, fb, ctx)
    if kind_b not in ("cardinal", "measure"):
        return None
    return NumberMatch(text[a.start:b.end], a.start, b.end, va, va, vb, "range", kind_b)


def parse_number(phrase: str) -> int | float:
    """The value of a phrase that is exactly one number, like `int()`.

    Raises ValueError quoting the phrase when it is empty, holds no number,
    holds more than one, has words that are not part of the number, or names
    only a vague amount.
    """
    if not isinstance(phrase, str):
        raise TypeError(f"parse_number expects a str, not {type(phrase).__name__}")
    stripped = phrase.strip()
    if not stripped:
        raise ValueError(f"not a number: {phrase!r}")
    toks = _tokens(stripped)
    nums = _compose(stripped, toks)
    if len(nums) != 1:
        raise ValueError(f"not a number: {phrase!r}")
    num = nums[0]
    rest = stripped[:num.start] + stripped[num.end:]
    if strip_marks(rest).strip() or num.kind not in ("cardinal",):
        raise ValueError(f"not a number: {phrase!r}")
    return num.value
