"""Claims: each figure an article asserts about losses, with who, whom and when.

`extract_claims(text, article_id=..., published=..., profile=...)` reads an
article sentence by sentence:

1. *counts*: numbers from `find_numbers` (cardinals and vague amounts) with the
   noun they count ("241 دبابة", "العشرات من المركبات", "مدنيين اثنين"), duals
   ("طائرتين" = 2), singular nouns after an outcome ("مقتل جندي" = 1), and
   "others" ("39 أخرى" takes its item from the count before);
2. *outcome*: the nearest word of outcome before the count, or the verb right
   after it ("7 مدنيين لقوا حتفهم"), read for people or equipment;
3. *whose*: demonyms and owners in the count's own words ("جنود أرمينيين",
   "تابعة لأرمينيا", "من الطرفين"), a possessive ("جنودها"), the attacker named
   ("هجمات الجيش الأرميني" kills the other side's), else what the claimant says
   ("we destroyed" counts the enemy's; "were killed", its own), else the place;
4. *who*: the claimant from tracker.sources; *when*: tracker.dates.

Rows with the same claimant, outcome, item, sides, value and qualifier are one
claim; `mentions` counts them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .dates import find_dateline, named_days
from .lexicon import folded, load
from .normalize import fold, strip_marks
from .numbers import QUALIFIERS, NumberMatch, bounds, find_numbers
from .profiles import Profile, load_profile
from .sources import (
    UNKNOWN, Attribution, SourceState, Speaker, attributions, claimant_at, dateline_home, dateline_outlet, institution_side, outlet_speaker,
    own_clauses, speech_verbs,
)
from .text import (
    CLOSE_QUOTES, OPEN_QUOTES, PhraseTable, Word, article, conjunctions, sentence_norms, sentences, variants, words,
    written_definite,
)
from .text import clitics as text_clitics
from .units import PEOPLE

COLUMNS = (
    "article_id", "date", "date_basis", "claimant", "claimant_ar", "claimant_side", "subject_side", "outcome",
    "item", "value", "low", "high", "qualifier", "unit", "cumulative", "status", "mentions", "quote", "start", "end",
)


@dataclass(frozen=True)
class Claim:
    """One claim of the record in spec/claims.md."""

    article_id: str
    date: dt.date | None
    date_basis: str
    claimant: str
    claimant_ar: str
    claimant_side: str
    subject_side: str
    outcome: str
    item: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    unit: str
    cumulative: bool
    status: str
    mentions: int
    quote: str
    start: int
    end: int

    def __repr__(self) -> str:
        amount = self.value if self.value is not None else f"{self.low or ''}..{self.high or ''}"
        extra = "".join(
            f" {flag}" for flag, on in (("cumulative", self.cumulative), (self.status, self.status != "asserted")) if on
        )
        return (
            f"Claim({self.claimant_side}:{self.claimant} says {self.subject_side} {self.outcome} "
            f"{amount} {self.item} {self.qualifier}{extra} @{self.date or '?'} {self.start}:{self.end})"
        )

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in COLUMNS}

    @property
    def quantity(self) -> Any:
        """The figure as a pint quantity in its unit (pint's types are not annotated)."""
        from .units import quantity

        return quantity(self.value if self.value is not None else (self.low or 0), self.unit)


# ------------------------------------------------------------------ lexicon

@dataclass(frozen=True)
class _Trigger:
    people: str | None  # the outcome for people
    equipment: str | None  # the outcome for equipment
    loser: str | None = None  # "before"/"after": where the party that lost is named
    noun: bool = False  # a noun that names the counted ("قتلى", "جرحى"), not a verb
    active: bool = False  # killing done by someone ("قتل", "القضاء على"), not dying ("مقتل")
    possessed: bool = False  # a noun of the dead with a pronoun ("قتلاه"): of the party named before
    speaker: bool = False  # done by the speaker, a verb in the first person ("قتلنا"): the enemy's losses
    back: bool = False  # with a pronoun for one named before it ("ما أدى إلى تدميرها")
    object: str = ""  # the preposition written on its object ("تصدت لمسيرة"), folded
    agentive: bool = False  # only ever done by someone ("القضاء على"): by the speaker's side when no one is named


_Trig = tuple[int, _Trigger, int]  # a word of outcome in a sentence: (index, what it says, words)


@dataclass(frozen=True)
class _Noun:
    item: str
    number: str  # singular, dual, plural
    outcome: str | None = None
    refine: tuple = ()  # ((item, (phrase words...)), ...)
    require: bool = False
    adjective: bool = False  # a nationality: one counts itself only right after an outcome
    outcomes: tuple = ()  # the only outcomes its counts may have (munitions: intercepted, not wounded)
    kin: bool = False  # a relative: counts with its pronoun ("وزوجته"), and the pronoun names no side
    possessive: bool = False
    definite: bool = False
    refine_before: tuple = ()  # ((item, frozenset of words), ...): a word a few words before the figure


def _phrases(forms: list[str], where: str) -> PhraseTable:
    """A table of phrases that are there or not (each folded; `where` names them in errors)."""
    return PhraseTable(dict.fromkeys(folded(forms, where), True))


def _with_clitics(forms) -> frozenset[str]:
    """Every spelling of folded words with the clitics written on them, for a first test of
    a sentence's words as they stand ("وجراء", "والآخرين")."""
    return frozenset(c + f for f in forms for c in ("", *text_clitics()))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    items = load("items")
    morph = items["morphology"]
    nouns: dict[str, _Noun] = {}
    for entry in items["noun"]:
        refine = tuple(
            (item, tuple(fold(p).split())) for item, phrases in entry.get("refine", {}).items() for p in phrases
        )
        refine = tuple(sorted(refine, key=lambda r: -len(r[1])))
        refine_before = tuple(
            (item, frozenset(folded(forms, f"items.{entry['item']}.refine_before")))
            for item, forms in entry.get("refine_before", {}).items()
        )
        for number in ("singular", "dual", "plural"):
            for f in folded(entry.get(number, []), f"items.{entry['item']}"):
                nouns.setdefault(f, _Noun(
                    entry["item"], number, entry.get("outcome"), refine, entry.get("require", False),
                    adjective=entry.get("adjective", False), outcomes=tuple(entry.get("outcomes", ())),
                    kin=entry.get("kin", False), refine_before=refine_before,
                ))
    others = set(folded(items["others"]["forms"], "items.others"))
    # every spelling of "others" with clitics, for a quick first test
    others_any = _with_clitics(others)
    one_other = set(folded(items["others"].get("one", []), "items.others"))
    others_masculine = set(folded(items["others"].get("masculine", []), "items.others"))
    others_not_masculine = frozenset(items["others"].get("not_masculine", []))
    civilian_kinds = frozenset(items["specifier"]["civilian"])
    accusative = tuple(folded(morph["accusative"], "items.morphology"))
    possessive = sorted(folded(morph["possessive"], "items.morphology"), key=len, reverse=True)
    dual_marks = tuple(morph["dual_marks"])
    construct = [(fold(a), fold(b)) for a, b in morph["construct"]]
    dual_construct = [(fold(a), fold(b)) for a, b in morph.get("dual_construct", [])]
    hamza_seats = [(fold(a), fold(b)) for a, b in morph.get("hamza_seats", [])]
    ta_marbuta, ta_open = morph["ta_marbuta"], fold(morph["ta_open"])
    dual_nun = fold(morph["dual_nun"])

    triggers = PhraseTable()
    outcomes = load("outcomes")
    for entry in outcomes["trigger"]:
        value = _Trigger(
            entry.get("people"), entry.get("equipment"), entry.get("loser"), active=entry.get("active", False),
            speaker=entry.get("speaker", False), back=entry.get("back", False), object=fold(entry.get("object", "")),
            agentive=entry.get("agentive", False),
        )
        for f in folded(entry["forms"], "outcomes"):
            triggers.add(f, value)
    # forms that fold like a word written with ta marbuta, and are not one: "أسره" (he captured
    # him) is not "أسرة" (a family)
    raw_forms = [f for entry in outcomes["trigger"] for f in entry["forms"] if " " not in f]
    raw_forms += [f for entry in items["noun"] for number in ("singular", "dual", "plural") for f in entry.get(number, [])]
    with_ta = {fold(f) for f in raw_forms if strip_marks(f).endswith(ta_marbuta)}
    ta_less = frozenset(fold(f) for f in raw_forms if fold(f).endswith(fold(ta_marbuta))) - with_ta
    for f, noun in nouns.items():
        if noun.outcome:  # "قتلى", "جرحى", and "جريحا" with its accusative alif
            triggers.add(f, _Trigger(noun.outcome, None, None, True))
            if noun.number == "singular":
                for suffix in accusative:
                    triggers.add(f + suffix, _Trigger(noun.outcome, None, None, True))
    # "قتلاها", "جرحاهم": the dead and wounded of a party, with the pronoun
    maqsura, alif = morph["maqsura"]
    for entry in items["noun"]:
        if entry.get("outcome"):
            for raw in entry.get("plural", []):
                if raw.endswith(maqsura):
                    for suffix in possessive:
                        triggers.add(fold(raw[:-1] + alif) + suffix, _Trigger(entry["outcome"], None, None, True, possessed=True))
    negation = set(folded(outcomes["negation"]["forms"], "outcomes.negation"))
    still = set(folded(outcomes["negation"]["still"], "outcomes.negation"))
    before_only = set(folded(outcomes["cancel"]["before_only"], "outcomes.cancel"))
    # the value: whether the phrase also undoes a figure before it
    cancel = PhraseTable({w: w not in before_only for w in folded(outcomes["cancel"]["forms"], "outcomes.cancel")})
    exchange = _phrases(outcomes["exchange"]["forms"], "outcomes.exchange")

    cl = load("claims")
    sides = cl["sides"]
    side_words = {
        "both": PhraseTable({w: "both" for w in folded(sides["both"], "claims.sides")}),
        "enemy": set(folded(sides["enemy"], "claims.sides")),
        "made_in": set(folded(sides["made_in"], "claims.sides")),
        "belonging": set(folded(sides["belonging"], "claims.sides")),
        "holder": set(folded(sides["holder"], "claims.sides")),
        "held": set(folded(sides["held"], "claims.sides")),
        "before_place": set(folded(sides["before_place"], "claims.sides")),
        "attack": set(folded(sides["attack"], "claims.sides")),
        "attack_verbs": frozenset(folded(sides["attack_verbs"], "claims.sides")),
        "target": set(folded(sides["target"], "claims.sides")),
        "composed": PhraseTable(dict.fromkeys(folded(sides["composed"], "claims.sides"), True)),
        "at_place": frozenset(folded(sides["at_place"], "claims.sides")),
    }
    cumulative = _phrases(cl["cumulative"]["phrases"], "claims.cumulative")
    # the heads of a toll ("عدد", "حصيلة"): the subjects of "تجاوز" in the numbers' context
    toll_heads = frozenset(folded(load("context")["qualifier"]["verb_subject"]["forms"], "context.qualifier.verb_subject"))
    recent = _phrases(cl["cumulative"]["recent"], "claims.cumulative")
    same_period = _phrases(cl["cumulative"]["same_period"], "claims.cumulative")
    status = PhraseTable()
    for st, forms in cl["status"].items():
        for f in folded(forms, "claims.status"):
            status.add(f, st)
    breakdown = _phrases(cl["breakdown"]["open"], "claims.breakdown")
    # a qualifier after the figure's noun ("27 عنصرا على الأقل من قوات النظام قتلوا")
    qualifier_after = PhraseTable({
        w: q for q, forms in load("context")["qualifier"]["after"].items() for w in folded(forms, "context.qualifier")
    })
    out_of = _phrases(cl["out_of"]["forms"], "claims.out_of")
    bare = set(folded(cl["bare"]["after"], "claims.bare"))
    of_them = frozenset(folded(cl["of_them"]["forms"], "claims.of_them"))
    grammar = {
        "prep_words": set(folded(cl["prepositions"]["words"], "claims.prepositions")),
        "prep_glued": tuple(folded(cl["prepositions"]["glued"], "claims.prepositions")),
        "partitive": set(folded(cl["partitive"]["forms"], "claims.partitive")),
        "plural_verb": tuple(cl["partitive"]["plural_verb"]),
        "origin": set(folded(cl["origin"]["forms"], "claims.origin")),
        "owner_prefix": tuple(folded(cl["owner_prefix"]["forms"], "claims.owner_prefix")),
        "own": frozenset(folded(cl["own"]["forms"], "claims.own")),
        "forces": frozenset(folded(cl["forces"]["forms"], "claims.forces")),
        "ranks": frozenset(folded(cl["ranks"]["forms"], "claims.ranks")),
        "impersonal": frozenset(folded(cl["impersonal"]["forms"], "claims.impersonal")),
        "mourners": frozenset(folded(cl["mourners"]["forms"], "claims.mourners")),
        # (as written: folded, "إثر" would be "أثر", a trace: "فقد أثر 31 أخرى")
        "cause": frozenset(strip_marks(f) for f in cl["cause"]["forms"]),
        # (a first test, of the sentence's words as they stand, clitics and all)
        "cause_any": _with_clitics(folded(cl["cause"]["forms"], "claims.cause")),
        "complementizer": frozenset(folded(cl["complementizer"]["forms"], "claims.complementizer")),
        "among": PhraseTable({w: "among" for w in folded(cl["breakdown"]["among"], "claims.breakdown")}),
        "relative": frozenset(folded(cl["relative"]["forms"], "claims.relative")),
        "inflict": frozenset(folded(cl["inflict"]["forms"], "claims.inflict")),
        # with its object's pronoun too ("وكبدته")
        "inflict_any": frozenset(
            f + p for f in folded(cl["inflict"]["forms"], "claims.inflict") for p in ("", *possessive)
        ),
        # the clause openers that carry the speaker's pronoun ("إنها", "أنه", "بأننا"): the
        # speaker is the subject of the verb after them
        "speaker_agent": own_clauses(),
        "and": conjunctions()[0],
        "article": article(),
    }
    return {
        "nouns": nouns, "others": others, "others_any": others_any, "one_other": one_other,
        "others_masculine": others_masculine, "others_not_masculine": others_not_masculine,
        "civilian_kinds": civilian_kinds,
        "accusative": accusative, "possessive": possessive,
        "model_kind": frozenset(folded(load("context")["model"]["kind"], "context.model")),
        "dual_marks": dual_marks, "construct": construct, "dual_construct": dual_construct, "dual_nun": dual_nun, "hamza_seats": hamza_seats,
        "ta_marbuta": ta_marbuta, "ta_folded": fold(ta_marbuta), "ta_open": ta_open, "ta_less": ta_less,
        "back_pronoun": morph["back_pronoun"], "triggers": triggers, "sides": side_words, "negation": negation, "still": still,
        "outcome_items": {k: frozenset(v) for k, v in items["outcome_items"].items()}, "cancel": cancel, "exchange": exchange,
        "particles": frozenset(folded(outcomes["particle"]["forms"], "outcomes.particle")),
        "of_them_people": frozenset(folded(cl["of_them"]["people"], "claims.of_them")),
        "consequence": _phrases(cl["cumulative"]["consequence"], "claims.cumulative"),
        "cumulative": cumulative, "toll_heads": toll_heads, "recent": recent, "same_period": same_period, "status": status, "breakdown": breakdown,
        "qualifier_after": qualifier_after, "out_of": out_of, "bare": bare, "of_them": of_them,
        "aside": _phrases(cl["aside"]["open"], "claims.aside"), "commas": frozenset(cl["list"]["commas"]),
        "unreal": _phrases(cl["unreal"]["forms"], "claims.unreal"), "unreal_to": frozenset(folded(cl["unreal"]["to"], "claims.unreal")),
        # the qualifiers written before a figure ("أكثر من")
        "qualifier_before": PhraseTable({
            w: q for q, forms in load("context")["qualifier"]["before"].items() for w in folded(forms, "context.qualifier")
        }),
        "age": _phrases(cl["age"]["open"], "claims.age"), "age_decade": frozenset(folded(cl["age"]["decade"], "claims.age")),
        "of_age": _phrases(cl["age"]["of_age"], "claims.age"),
        "civilian_bodies": frozenset(cl["civilian_bodies"]["institutions"]), "own_captives": frozenset(cl["own_captives"]["speakers"]),
        **grammar,
    }


@lru_cache(maxsize=1 << 14)
def _noun(raw: str, norm: str) -> _Noun | None:
    """The item noun a word is, with its number, or None."""
    lex = _lexicon()
    nouns = lex["nouns"]
    art = lex["article"]
    # the article as written: "آلية" folds to a word that starts like "ال" but has none
    bare = strip_marks(raw)
    written = written_definite(raw)
    for v in variants(norm):
        definite = written and (v.startswith(art) and v != norm or norm.startswith(art))
        hit = nouns.get(v)
        if (
            hit is None and v[-1:] in lex["accusative"] and nouns.get(v[:-1], _NONE).number == "singular"
            and not v[:-1].endswith(lex["ta_folded"])  # no alif after ta marbuta: "زوجها" is her husband
        ):
            hit = nouns[v[:-1]]  # "جنديا"
        possessive = False
        for short, full in lex["dual_construct"] if hit is None else ():
            cand = nouns.get(v[: -len(short)] + full) if v.endswith(short) else None
            if cand is not None and cand.number == "dual":
                hit = cand  # "منظومتي دفاع"
                break
        if hit is None:
            for suffix in lex["possessive"]:
                if suffix.endswith(lex["ta_folded"]) and bare.endswith(lex["ta_marbuta"]):
                    continue  # ta marbuta folds to ha: "المدفعية" is not "مدفعي" + a pronoun
                if v.endswith(suffix) and len(v) - len(suffix) >= 3:
                    stem = v[: -len(suffix)]
                    stem_hit = nouns.get(stem) or (
                        nouns.get(stem[:-1] + lex["ta_folded"]) if stem.endswith(lex["ta_open"]) else None
                    )
                    for short, full in lex["construct"]:
                        if stem_hit is None and stem.endswith(short):
                            cand = nouns.get(stem[: -len(short)] + full)
                            stem_hit = cand if cand is not None and cand.number == "plural" else None
                    for seat, hamza in lex["hamza_seats"]:
                        if stem_hit is None and stem.endswith(seat):
                            stem_hit = nouns.get(stem[: -len(seat)] + hamza)  # "أبنائه"
                    kin = False
                    if stem_hit is None and (cand := nouns.get(stem + lex["dual_nun"])) is not None and cand.number == "dual":
                        # a dual with its pronoun loses its nun: "وطفليها", "ونجلاه"; a person's
                        # own, like kin (but "جندييها" are a party's soldiers)
                        stem_hit, kin = cand, cand.item != "soldier"
                    if stem_hit is not None:
                        hit, possessive = stem_hit, True  # "جنودها", "قواته"
                        if kin:
                            hit = replace(hit, kin=True)
                        break
        if hit is None:
            continue
        number = hit.number
        if number == "plural" and any(m in raw for m in lex["dual_marks"]):
            number = "dual"  # "مقاتليْن"
        return replace(hit, number=number, possessive=possessive, definite=definite)
    return None


_NONE = _Noun("", "")


# ------------------------------------------------------------------- counts

@dataclass
class _Count:
    first: int  # word index where the count starts
    last: int  # word index of its last word (noun phrase included)
    value: int | float | None
    low: int | float | None
    high: int | float | None
    qualifier: str
    start: int  # offsets of the number expression
    end: int
    item: str | None = None
    noun: _Noun | None = None
    noun_at: int | None = None
    outcome: str | None = None
    source: str = "number"  # number, dual, single, others
    others: bool = False
    trigger: tuple | None = None  # (index, _Trigger, size) of the outcome's word
    toll: bool = False  # a bare figure closing a toll whose noun came before
    joined: bool = False  # a noun that counts itself, joined by "و" to the figure before ("ومروحية")
    whole: _Count | None = None  # the figure a part "of them" is of ("59 رهينة ... 35 منهم")
    side: str | None = None  # whose, once read
    # the head of a toll ("عدد") naming the people before the word of outcome, once read
    # ("عدد الجنود الأذربيجانيين الذين قتلوا ... بلغ 400"; see _toll_head)
    head: int | None = None
    # the people a figure "of them" is of, named before it in the sentence ("صد هجوما للمتمردين
    # ... وقتل أكثر من 100 منهم": where "المتمردين" is)
    them: int | None = None


def _among(ws: list[Word], c: _Count, triggers: list[_Trig], lex: dict[str, Any]) -> bool:
    """Whether count c comes right after a noun of those who befell it, itself right after
    "among" ("ومن بين الشهداء 3 أطفال", "وأضافت أن من بين القتلى طفلين")."""
    for t, trig, size in triggers:
        if trig.noun and c.first - 3 <= t < c.first and t + size == c.first:
            for k in range(max(0, t - 2), t):
                m = lex["among"].match(ws, k)
                if m is not None and k + m[1] == t:
                    return True
    return False


def _toll_noun_before(c: _Count, triggers: list[_Trig], counts: list[_Count]) -> _Trig | None:
    """The noun of the same outcome at most nine words before count c with no other figure
    between ("عدد قتلى القوات الأرمينية إلى 500 قتيل"), or None."""
    for t in reversed(triggers):
        i, trig, _ = t
        if i < c.first - 9:
            return None
        if i < c.first and trig.noun and trig.people == c.outcome and not trig.possessed:
            return None if any(i < o.first < c.first for o in counts) else t
    return None


def _quotes(ws: list[Word], lo: int, hi: int) -> int:
    """How many of words lo..hi-1 are quotation marks (only the last 11 are looked at: a list
    joins a noun to a figure at most seven words back, not counting its quotes)."""
    return sum(1 for w in ws[max(lo, hi - 11):hi] if w.norm in OPEN_QUOTES or w.norm in CLOSE_QUOTES)


def _word_index(ws: list[Word], offset: int) -> int:
    for k, w in enumerate(ws):
        if w.end > offset:
            return k
    return len(ws) - 1


def _refine(noun: _Noun, ws: list[Word], at: int, back: bool = True) -> tuple[str | None, int]:
    """The item of a noun, refined by the words right after it ("طائرة مسيرة",
    "منظومات الدفاع الجوي"), and the index of the last word read; the item is
    None if the noun needs refining and is not (`back`: nor by the same noun before it)."""
    if noun.refine:
        after: list[str] = []
        pos: list[int] = []  # (where each word of `after` is)
        starts = [0, 1]
        kinds = _lexicon()["model_kind"]
        for k in range(at + 1, min(len(ws), at + 8)):
            w = ws[k]
            if w.norm in OPEN_QUOTES or w.norm in CLOSE_QUOTES:
                continue  # 'من نوع "إم كيو-9"'
            if (w.is_punct and w.norm != "-") or w.norm[:1].isdigit() or w.raw[:1] == _lex_and():
                break  # a new coordinate ("و2 مروحيتين") is not this noun's
            after.append(w.norm)
            pos.append(k)
            if w.norm in kinds and len(after) <= 4:
                starts.append(len(after))  # "طائرة أمريكية من نوع إم كيو-9": the model says what
        for start in sorted(set(starts)):
            if start >= len(after):
                break
            for item, phrase in noun.refine:
                if len(phrase) <= len(after) - start and all(
                    p == a or p in variants(a) or ("-" in a and a.split("-")[0].upper() == p.upper())  # "BMP-2", "إس-300"
                    for p, a in zip(phrase, after[start:])
                ):
                    return item, pos[start + len(phrase) - 1]
    if noun.require:
        # the same noun refined earlier in the sentence: "ارتفعت حصيلة حالات الاعتقال إلى أكثر
        # من 11 ألفا و800 حالة" counts arrests
        for k in range(at - 1, max(-1, at - 25), -1) if back else ():
            same = None if ws[k].is_punct else _noun(ws[k].raw, ws[k].norm)
            if same is not None and same.require and same.refine == noun.refine:
                item, _ = _refine(noun, ws, k, back=False)
                return item, at
        return None, at
    return noun.item, at


def _refine_before(noun: _Noun, ws: list[Word], a: int) -> str | None:
    """The item a word up to four words before the figure at `a` gives its noun, within the
    clause ("عائلة كاملة مكونة من 6 أفراد": persons, not forces)."""
    for k in range(a - 1, max(-1, a - 5), -1):
        if ws[k].is_punct:
            break
        for item, forms in noun.refine_before:
            if any(v in forms for v in variants(ws[k].norm)):
                return item
    return None


def _with_preposition(w: Word, lex: dict[str, Any]) -> bool:
    """A noun with a preposition written on it ("بمستودع", "بقذيفة")."""
    return w.norm.startswith(lex["prep_glued"]) and w.norm[1:] in lex["nouns"]


def _agent(ws: list[Word], read: int, lex: dict[str, Any]) -> bool:
    """Whether the singular noun that ends at `read` is the subject of a verb before it,
    its object following right after it (past nationalities): "دمرت مسيرة روسية دبابة"."""
    for w in ws[read + 1: read + 4]:
        if w.is_punct or w.raw.startswith(lex["and"]):
            return False
        n = _noun(w.raw, w.norm)
        if n is None and w.norm.endswith(lex["ta_folded"]):
            masculine = lex["nouns"].get(w.norm[: -len(lex["ta_folded"])])
            if masculine is not None and masculine.adjective:
                continue  # "روسية": a nationality, feminine
        if n is None:
            return False
        if not n.adjective:
            return not n.definite and not w.norm.startswith(lex["prep_glued"])
    return False


def _next_toll(prev: Word, w: Word, lex: dict[str, Any]) -> bool:
    """Whether a word after a figure or its indefinite noun opens the next toll, joined and
    definite ("إلى 120 والجرحى", "37 شهيدا والمصابين إلى"), not the figure's own noun ("50
    قتيلا وجريحا", "عشرات القتلى والجرحى")."""
    return w.norm.startswith(lex["and"] + lex["article"]) and not written_definite(prev.raw)


def _noun_after(ws: list[Word], k: int, limit: int) -> tuple[int, _Noun] | None:
    """The noun a number counts: right after it, or after "من"/"بين" ("العشرات من المركبات")."""
    if k < len(ws) and k <= limit:
        n = _noun(ws[k].raw, ws[k].norm)
        if n is not None and k > 0 and _next_toll(ws[k - 1], ws[k], _lexicon()):
            return None  # "ارتفع عدد القتلى إلى 120 والجرحى إلى 300": the next toll's noun
        if n is not None:
            return k, n
        if ws[k].norm in _lexicon()["partitive"] and k + 1 < len(ws):
            j = k + 2 if ws[k + 1].norm in OPEN_QUOTES and k + 2 < len(ws) else k + 1  # 'من "فلول الجيش"'
            n = _noun(ws[j].raw, ws[j].norm)
            if n is not None:
                return j, n
    return None


def _noun_before(ws: list[Word], a: int, lex: dict[str, Any], used: set[int]) -> tuple[int, _Noun] | None:
    """The definite plural noun a definite number at word `a` follows: "الطائرات المسيرة
    الـ 17", "الـ17", "الجنود الثلاثة" (its adjectives may stand between)."""
    art = lex["article"]
    if ws[a].norm.startswith(art):
        j = a - 1  # "الـ17", "الثلاثة": the article on the number itself
    elif a > 0 and ws[a - 1].norm == art:
        j = a - 2  # "الـ 17": the article standing alone
    else:
        return None
    found = None
    for k in range(j, max(-1, j - 3), -1):
        w = ws[k]
        if w.is_punct or k in used:
            break
        noun = _noun(w.raw, w.norm)
        if not w.norm.startswith(art):
            if noun is not None and noun.possessive and noun.number == "plural" and not found:
                found = k, noun  # "وأطفاله الثلاثة": his three children
            break
        if noun is not None and noun.definite and noun.number == "plural":
            found = k, noun
            if not noun.adjective:  # "الأسرى الإسرائيليين الأربعة": the head, not its nationality
                break
        # (a singular noun is its adjective: "الطائرات المسيرة")
    return found


def _take_in_specifier(ws: list[Word], k: int, noun: _Noun, counts: list[_Count], lex: dict[str, Any]) -> bool:
    """If the singular noun at k, joined by "و" to the noun of a figure above ten, is that
    figure's too ("30 امرأة وطفلا": thirty women and children, in one case), the figure takes
    it in (its item: two kinds of civilians are civilians, other people persons; its last
    word) and True is returned; else nothing changes and False is returned."""
    prev = next((c for c in counts if c.item and c.noun is not None and c.noun_at == c.last == k - 1), None)
    if prev is None or prev.noun is None or not isinstance(prev.value, int) or prev.value < 11 or prev.noun.number != "singular":
        return False
    cases = []
    for word in (ws[k - 1].raw, ws[k].raw):
        bare = strip_marks(word)
        cases.append(None if bare.endswith(lex["ta_marbuta"]) else bare.endswith(lex["accusative"]))
    if None not in cases and cases[0] != cases[1]:
        return False  # "12 جنديا وضابط": an officer besides
    if prev.item != noun.item and prev.item in PEOPLE and noun.item in PEOPLE:
        civ = lex["civilian_kinds"]
        prev.item = "civilian" if prev.item in civ and noun.item in civ else "person"
        prev.noun = None
    prev.last = k
    return True


def _triggers(ws: list[Word], lex: dict[str, Any]) -> list[_Trig]:
    """Words of outcome in a sentence, but those it denies ("دون وقوع إصابات")."""
    neg, still, ta, ta_less = lex["negation"], lex["still"], lex["ta_marbuta"], lex["ta_less"]
    folded_ta = lex["ta_folded"]
    return [
        (i, v, size) for i, v, size in lex["triggers"].find(ws)
        if not any(ws[k].norm in neg and ws[k + 1].norm not in still for k in range(max(0, i - 2), i))
        and not (
            size == 1 and ws[i].norm.endswith(folded_ta) and strip_marks(ws[i].raw).endswith(ta)
            and any(f in ta_less for f in variants(ws[i].norm))
        )
    ]


def _past_age(ws: list[Word], k: int, lex: dict[str, Any]) -> int:
    """The word after an age said at word k ("يبلغ من العمر 68 عاما"), else k."""
    opener = lex["age"].match(ws, k)
    if opener is None:
        if k < len(ws) and ws[k].norm in lex["age_decade"]:
            for j in range(k + 2, min(len(ws), k + 4)):
                of_age = lex["of_age"].match(ws, j)
                if of_age is not None:
                    return j + of_age[1]  # "في الخمسينات من عمره"
        return k
    j = k + opener[1]
    if j + 1 < len(ws) and ws[j].norm[:1].isdigit() and not ws[j + 1].is_punct:
        return j + 2  # the number and its unit
    return k


def _agrees(noun: Word, trigger: Word, lex: dict[str, Any]) -> bool:
    """Whether the pronoun a word of what befell ends with fits a singular noun's gender."""
    feminine = strip_marks(noun.raw).endswith(lex["ta_marbuta"])
    return strip_marks(trigger.raw).endswith(lex["back_pronoun"]["feminine" if feminine else "masculine"])


def _back_after(k: int, triggers: list[_Trig], counts: list[_Count]) -> _Trig | None:
    """A word of what befell the one named at word k, with its pronoun, within 20 words
    after it and with no figure between ("دبابة ميركافا بصاروخ موجه ما أدى إلى تدميرها")."""
    for t in triggers:  # (in the order of the text)
        if k < t[0] <= k + 20 and t[1].back:
            return None if any(k < c.first < t[0] for c in counts if c.item is not None) else t
    return None


def _toll_after(ws: list[Word], b: int, trigger_at: dict[int, _Trig], lex: dict[str, Any]) -> int | None:
    """The noun of a toll named right after the figure that ends at word b, after its head
    ("إلى 1523 عدد قتلى"): its index, or None."""
    k = b + 2
    if k < len(ws) and ws[b + 1].norm in lex["toll_heads"] and k in trigger_at and trigger_at[k][1].noun:
        return k
    return None


def _toll_clause(
    ws: list[Word], a: int, b: int, trigger_at: dict[int, _Trig], starts: Collection[int], lex: dict[str, Any]
) -> tuple[str, tuple] | None:
    """A bare figure (words a..b) closing or opening a toll told by a clause: its head ("عدد"),
    the people it counts, and a verb of what befell them, with no other figure between ("يرتفع
    عدد عناصر قوات النظام الذين قتلوا منذ مطلع العام إلى 1214"; "يرتفع إلى 1214 عدد عناصر
    ... الذين قتلوا"): (the item, the verb as a trigger), or None."""
    n = len(ws)
    if b + 1 < n and ws[b + 1].norm in lex["toll_heads"]:
        lo, hi = b + 2, min(n, b + 16)  # the toll named after the figure
    elif b + 1 < n and not ws[b + 1].is_punct:
        return None  # (before it, the figure ends its clause)
    else:
        head = next((h for h in range(a - 1, max(-1, a - 20), -1) if ws[h].norm in lex["toll_heads"]), None)
        if head is None or any(head < x < a for x in starts):
            return None
        lo, hi = head + 1, a
    if lo >= n:
        return None
    counted = _noun(ws[lo].raw, ws[lo].norm)
    if counted is None or counted.item not in PEOPLE or counted.outcome or counted.number in ("dual", "singular"):
        return None
    for t in range(lo + 1, hi):
        if ws[t].is_punct:
            return None
        trig = trigger_at.get(t)
        if trig is not None and not trig[1].noun and trig[1].people:
            return counted.item, (t, trig[1], trig[2])
    return None


def _after_joined_verb(ws: list[Word], k: int, events: Collection[int], lex: dict[str, Any]) -> bool:
    """Whether the word before index k is a word of what happened joined by "و" ("وأسروا
    اثنين", "وأصيب العشرات"); `events`: the indices of such words in the sentence."""
    return k > 0 and (k - 1) in events and ws[k - 1].raw.startswith(lex["and"])


@lru_cache(maxsize=1 << 16)
def _has(norm: str, key: str) -> bool:
    """Whether a folded word, as written or without its clitics, is in the lexicon's table
    `key` ("sides.enemy" for the table of sides' words "enemy"); asked once per word form."""
    lex = _lexicon()
    table = lex["sides"][key[6:]] if key.startswith("sides.") else lex[key]
    return any(v in table for v in variants(norm))


def _is_attack(norm: str, lex: dict[str, Any]) -> bool:
    """Whether a folded word (or it without clitics) is a noun of attack or of fire ("قصف",
    "برصاص", "على يد"), after which a party or a noun is who attacked."""
    return _has(norm, "sides.attack")


def _is_others(w: Word, lex: dict[str, Any]) -> bool:
    return w.norm in lex["others_any"] and _has(w.norm, "others")


def _ranks(ws: list[Word], a: int, end: int, lex: dict[str, Any]) -> str | None:
    """The people a figure at word a (its words ending at `end`) counts by the ranks they fell
    in, named right after it or back in its clause: "في صفوف المدنيين" civilians, "في
    صفوفها", "في صفوف الجيش" fighters; None if no ranks are named."""
    ranks = lex["ranks"]
    at = next((j for j in range(end + 1, min(len(ws), end + 3)) if ws[j].norm in ranks), None)
    if at is None:
        for j in range(a - 1, max(-1, a - 10), -1):
            if ws[j].is_punct:
                break
            if ws[j].norm in ranks:
                at = j
                break
    if at is None:
        return None
    if at + 1 < len(ws) and not ws[at + 1].is_punct:
        named = _noun(ws[at + 1].raw, ws[at + 1].norm)
        if named is not None and named.item in PEOPLE and not named.outcome:
            return named.item
    return "soldier"


def _part_whole(ws: list[Word], c: _Count, counts: list[_Count], lex: dict[str, Any]) -> _Count | None:
    """The figure a bare breakdown part belongs to: the last one that counts something before
    its opener (past a number that counts nothing: "13 جنديا أصيبوا خلال الساعات الـ24
    الماضية، بينهم 4 في حالة خطيرة"), or the part it is joined to by "و"."""
    if _is_part(ws, c, lex):
        return next((o for o in reversed(counts) if o.item), None)
    if counts[-1].item and _joined_part(ws, c, counts) is not None:
        return counts[-1]
    return None


def _speaker_agent(ws: list[Word], j: int, lex: dict[str, Any], atts: Sequence[Attribution] = ()) -> bool:
    """Whether word j names the speaker as the subject of the verb after it: a clause opener
    with the speaker's pronoun ("إنها", "أنه") or the speaker's own fighters ("مقاتليها").
    ("أنه" after a verb of speech in the feminine is "it is the case that": "وأعلنت الوزارة
    أنه قتل 12 جنديا" names no killer.)"""
    norm = ws[j].norm
    if norm not in lex["speaker_agent"] and norm.startswith(lex["and"]):
        norm = norm[len(lex["and"]):]  # "، وأنه قتل 3 مسلحين": a second clause of what it said
    if norm in lex["speaker_agent"]:
        if norm in lex["impersonal"]:
            verb = max((a.at for a in atts if a.at < j), default=None)
            if verb is not None and strip_marks(ws[verb].raw).endswith(lex["ta_open"]):
                return False
        return True
    noun = _noun(ws[j].raw, ws[j].norm)
    # (its fighters or its weapons: "مقاتليها قتلوا", "طائراته قتلت"; not its people)
    return noun is not None and noun.possessive and not noun.kin and (noun.item == "soldier" or noun.item not in PEOPLE)


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _counts(ws: list[Word], nums: list[NumberMatch], lex: dict[str, Any], triggers: list[_Trig], last_item: str | None = None) -> list[_Count]:
    counts: list[_Count] = []
    used_nouns: set[int] = set()
    trigger_at = {i: (i, v, sz) for i, v, sz in triggers}
    spans = []
    for m in nums:
        a, b = _word_index(ws, m.start), _word_index(ws, m.end - 1)
        spans.append((a, b, m))
    starts = [a for a, _, _ in spans]
    totals: set[int] = set()  # "من أصل 20": numbers that are only the total tried
    for idx, (a, b, m) in enumerate(spans):
        if idx in totals:
            continue
        nxt_start = starts[idx + 1] if idx + 1 < len(starts) else len(ws)
        c = _Count(a, b, m.value, m.low, m.high, m.qualifier, m.start, m.end)
        # a one or two after its noun ("مدنيين اثنين", "جندي واحد"): in words it always follows
        # the noun ("دبابة واحدة وعربتين"), in digits only when no noun comes after it
        one_two = None
        if a > 0 and m.kind == "cardinal" and m.value in (1, 2) and (a - 1) not in used_nouns:
            n = _noun(ws[a - 1].raw, ws[a - 1].norm)
            one_two = (a - 1, n) if n is not None else None
        in_words = a == b and not any(ch.isdigit() for ch in m.text)
        hit = one_two if in_words else None
        if hit is None:
            hit = _noun_after(ws, b + 1, nxt_start - 1)
        if (
            hit is None and in_words and m.value == 1 and a > 0 and not ws[a - 1].is_punct
            and (a - 1) not in trigger_at and not _is_part(ws, c, lex)
            and not (b + 1 < len(ws) and ws[b + 1].norm in lex["partitive"])
        ):
            continue  # "4 من عائلة واحدة", "في يوم واحد": "one" said of a word that counts nothing
        out_of = lex["out_of"].match(ws, b + 1) if hit is None or hit[0] > b + 1 else None
        if out_of is not None and idx + 1 < len(spans) and spans[idx + 1][0] == b + 1 + out_of[1]:
            # "16 من أصل 20 مسيرة": 16 counts the drones; 20 is what was launched
            na, nb, _ = spans[idx + 1]
            hit = _noun_after(ws, nb + 1, len(ws) - 1)
            totals.add(idx + 1)
        if hit is None:
            hit = one_two
        if hit is not None and hit is one_two:
            c.first = a - 1
        if hit is None and m.kind == "cardinal":
            hit = _noun_before(ws, a, lex, used_nouns)  # "الطائرات المسيرة الـ 17", "الجنود الثلاثة"
            if hit is not None:
                c.first = hit[0]
        if hit is not None:
            k, noun = hit
            c.noun, c.noun_at = noun, k
            if isinstance(c.value, float) and _DOT_THOUSANDS.fullmatch(m.text):
                # "مقتل 1.200 جندي": no part of a soldier is counted, so the dot between groups of
                # three separates thousands, as many outlets write them
                c.value = int(m.text.replace(".", ""))
                c.low, c.high = bounds(c.value, c.qualifier)
            c.item, read = _refine(noun, ws, k)
            total = lex["out_of"].match(ws, read + 1) if read + 1 < len(ws) else None
            if total is not None and total[1] > 1 and idx + 1 < len(spans) and spans[idx + 1][0] == read + 1 + total[1]:
                totals.add(idx + 1)  # "25 مسيرة من أصل 30 مسيرة": the 30 were launched
            if noun.refine_before and c.item == noun.item and k > b:
                c.item = _refine_before(noun, ws, a) or c.item
            if noun.refine and read == k and read + 1 < len(ws) and _is_others(ws[read + 1], lex):
                # "الاستيلاء على 22 عربة قتالية، وتدمير 14 عربة أخرى": the others are of the kind
                # the same noun (in any number: one entry, one table of refinements) counted before
                c.item = next(
                    (o.item for o in reversed(counts) if o.noun is not None and o.noun.refine is noun.refine and o.item), c.item
                )
            if noun.outcome and noun.item == "person" and k + 1 < len(ws):
                finer = _noun(ws[k + 1].raw, ws[k + 1].norm)
                of = _noun(ws[k + 2].raw, ws[k + 2].norm) if finer is None and k + 2 < len(ws) and ws[k + 1].norm in lex["partitive"] else None
                if finer is not None and finer.item in PEOPLE and not finer.outcome:
                    c.item, read = finer.item, k + 1  # "9 جرحى مدنيين"
                elif of is not None and of.item in PEOPLE and of.item != "person" and not of.outcome:
                    c.item, read = of.item, k + 2  # "15 قتيلا من المدنيين"
                elif finer is not None and finer.outcome and finer.outcome != noun.outcome and not _next_toll(ws[k], ws[k + 1], lex):
                    read = k + 1  # "50 قتيلا وجريحا": one figure
            if c.item == "person" and (ranked := _ranks(ws, a, read, lex)) is not None:
                c.item = ranked  # "35 قتيلا في صفوف قواتها"
                prev = counts[-1] if counts else None
                if prev is not None and prev.item == "person" and prev.last + 1 == a and ws[a].raw.startswith(lex["and"]):
                    prev.item = ranked  # "5 قتلى و12 جريحا في صفوف المدنيين": the ranks of both
            c.last = max(b, k)
            used_nouns.update(range(k, read + 1))
        elif b + 1 < len(ws) and _is_others(ws[b + 1], lex):
            c.others = True
            c.last = b + 1
        elif counts and (whole := _part_whole(ws, c, counts, lex)) is not None:
            # "620 جنديا، بينهم 260 منذ بدء العملية البرية", "منها 20 فوق كورسك و12 فوق بيلغورود"
            c.item, c.noun = whole.item, whole.noun
        elif b + 1 < len(ws) and ws[b + 1].norm in lex["of_them"] and (counts or last_item or ws[b + 1].norm in lex["of_them_people"]):
            # "أطلقت 60 مسيرة و3 صواريخ، جرى إسقاط 51 منها": of the list before, named by its head
            head = len(counts) - 1
            while head > 0 and ws[counts[head].first].raw.startswith(lex["and"]) and counts[head - 1].item:
                head -= 1
            human = ws[b + 1].norm in lex["of_them_people"]
            if counts and counts[head].item and (counts[head].item in PEOPLE or not human):
                c.item, c.noun, c.whole = counts[head].item, counts[head].noun, counts[head]
            elif human:
                # "كبدت المتمردين خسائر فادحة، مؤكدا مقتل 120 منهم": the people named before
                people_before = next(((k, n) for k in range(a - 1, -1, -1) if (n := _noun(ws[k].raw, ws[k].norm)) is not None and n.item in PEOPLE), None)
                if people_before is not None:
                    c.them, c.item = people_before[0], people_before[1].item
                c.item = c.item or (last_item if last_item in PEOPLE else "person")
            elif not counts:
                c.item = last_item
            c.last = b + 1
        elif any(
            t in trigger_at and not any(w.is_punct for w in ws[t + 1:a])
            # (past a qualifier before the figure: "وأصيب أكثر من 400")
            for t in range(max(0, a - (5 if m.qualifier in _QUALIFIED else 2)), a)
        ) and (
            b + 1 >= len(ws) or ws[b + 1].is_punct or _has(ws[b + 1].norm, "bare")
            or (b + 1) in trigger_at
            # (a word with a preposition on it is no noun of the figure: "وأصيب العشرات بحالات اختناق")
            or (ws[b + 1].norm.startswith(lex["prep_glued"]) and len(ws[b + 1].norm) > 3)
        ):
            c.item = "person"  # "وأصيب 15 من الطرفين", "أودت بحياة الآلاف أواخر عام 2020": people, unnamed
            whole = _last_whole(ws, counts, lex)
            if whole is not None and whole.item in PEOPLE and _after_joined_verb(ws, a, trigger_at, lex):
                # "وقتلوا 14 من عناصرها وأسروا اثنين": of the same people (the whole's, not a
                # part's: "استشهد 18، بينهم 7 أطفال و4 نساء، وأصيب العشرات")
                c.item = whole.item
        elif (toll := _toll_after(ws, b, trigger_at, lex)) is not None or (
            b + 1 >= len(ws) or ws[b + 1].is_punct or _has(ws[b + 1].norm, "bare") or _next_toll(ws[b], ws[b + 1], lex)
        ) and (toll := next((
            t for t in range(a - 1, max(-1, a - 10), -1)
            if t in trigger_at and trigger_at[t][1].noun and not any(t < x < a for x in starts)
        ), None)) is not None:
            # a toll: "ليرتفع إجمالي قتلى الجيش الروسي منذ بدء الغزو إلى نحو 233 ألفا",
            # "ارتفاع عدد القتلى المدنيين إلى 37 منذ الأحد": people, named more finely
            # when a noun of people follows the toll's own ("المدنيين", "العسكريين"); or
            # named after the figure ("يرتفع إلى 1523 عدد قتلى قوات النظام")
            c.item = "person"
            c.toll = True
            toll_end = toll + trigger_at[toll][2]
            for j in range(toll_end, a if toll < a else min(len(ws), toll_end + 3)):
                finer = _noun(ws[j].raw, ws[j].norm)
                if finer is not None and finer.item in PEOPLE and not finer.outcome:
                    c.item = finer.item
                    break
                if j == toll_end and _has(ws[j].norm, "forces"):
                    c.item = "soldier"  # "قتلى الجيش الروسي": an army's dead
                    break
            if c.item == "person" and toll < a:
                c.item = _ranks(ws, a, a, lex) or c.item  # "ارتفع عدد القتلى في صفوف قواتها إلى 690"
            if c.item == "person" and trigger_at[toll][1].possessed and any(
                _has(w.norm, "forces") for w in ws[max(0, toll - 25):toll]
            ):
                c.item = "soldier"  # "أعلن الجيش ... ليرتفع عدد قتلاه إلى 690": an army's dead
        if c.item is None and (toll_of := _toll_clause(ws, a, b, trigger_at, starts, lex)) is not None:
            # "يرتفع عدد عناصر قوات النظام الذين قتلوا ... إلى 1214", "يرتفع إلى 1214 عدد
            # عناصر قوات النظام الذين قتلوا": a toll of the people its head names, who the verb
            # in its clause says befell
            c.item, c.trigger, c.toll = toll_of[0], toll_of[1], True
        counts.append(c)
    # Nouns that count themselves: duals ("طائرتين"), then singulars after an
    # outcome ("مقتل جندي"), in a list ("جنديا أذريا ومقاتليْن", "دبابتين ومنظومة
    # تور") or in a breakdown ("بينهم ضابط").
    number_words = {i for a, b, _ in spans for i in range(a, b + 1)}
    self_counting = [
        (k, w, found) for k, w in enumerate(ws)
        if not w.is_punct and k not in number_words
        and (found := _noun(w.raw, w.norm)) is not None and found.number in ("dual", "singular")
    ]
    governed: set[int] = set()  # singular nouns after a preposition
    for number in ("dual", "singular") if self_counting else ():
        for k, w, noun in self_counting:
            if k in used_nouns or noun.number != number:
                continue
            if k > 0 and (k - 1) in used_nouns and not w.raw.startswith(lex["and"]):
                if _with_preposition(w, lex):
                    governed.add(k)  # "أصيب جندي بقذيفة": what did it
                continue  # "4 مدافع هاوتزر": a noun after a counted noun names it again
            if number == "singular":
                named = (  # "استشهد الصحفي حمزة الدحدوح": one person, named (not "من الأسر الروسي")
                    noun.definite and not noun.possessive and not noun.adjective and noun.item in PEOPLE and (k - 1) in trigger_at
                    and not any(k < c.first <= k + 3 for c in counts)
                )
                if (noun.definite and not named) or (noun.possessive and not noun.kin) or (k > 0 and (k - 1) in number_words):
                    continue
                if noun.adjective and ((k - 1) not in trigger_at or w.norm.endswith(lex["accusative"])):
                    # "استشهاد فلسطيني" is one; "في قصف أذربيجاني" says whose attack, and
                    # "خسائر روسيا" is a country, not "a Russian" with an accusative alif
                    continue
                # named before a word of what befell it, with its pronoun ("استهداف دبابة ميركافا
                # بصاروخ ما أدى إلى تدميرها"; the target of fire too: "أطلقوا النار على شاب ما
                # أدى إلى استشهاده")
                found_back = _back_after(k, triggers, counts)
                back = found_back is not None and _agrees(w, ws[found_back[0] + found_back[2] - 1], lex)
                target = (back and k > 0 and ws[k - 1].norm in lex["sides"]["target"]) or any(
                    t in trigger_at and trigger_at[t][1].object and w.norm.startswith(trigger_at[t][1].object)
                    for t in range(max(0, k - 3), k)
                )  # (or the object of a verb that takes it with a preposition: "تصدت الدفاعات لمسيرة")
                if not target and ((k > 0 and ws[k - 1].norm in lex["prep_words"]) or _with_preposition(w, lex) or (
                    k - 1 in governed and w.raw.startswith(lex["and"])
                )):
                    # "في انفجار بمستودع": where, not what; "600 ألف جندي بين قتيل
                    # وجريح": what the figure is made of, and the noun joined to it
                    governed.add(k)
                    continue
                if k - 1 in governed:
                    continue  # "بقذيفة هاون": the noun naming the one before it
                if k > 0 and _is_attack(ws[k - 1].norm, lex):
                    continue  # "برصاص مستوطن", "على يد جندي": who fired, not who was hit
                # a word of outcome up to three words before, or five past its agent with no
                # punctuation, figure, counted noun or preposition between ("أسقطت الدفاعات
                # الجوية الأوكرانية طائرة"; not "مقتل جندي أذربيجاني برصاص قناص")
                before = any(t in trigger_at for t in range(max(0, k - 3), k)) or any(
                    t in trigger_at and not any(
                        ws[j].is_punct or j in number_words or j in used_nouns or ws[j].norm in lex["prep_words"]
                        or ws[j].norm.startswith(lex["prep_glued"])
                        for j in range(t + 1, k)
                    )
                    for t in range(max(0, k - 5), max(0, k - 3))
                )
                after = any(t in trigger_at for t in range(k + 1, min(len(ws), k + 7)))
                # a list ("منظومة تور و3 دبابات دمرت"); not the agent of a verb before a count
                # ("منظومة إس-400 اعترضت 5 صواريخ")
                listed = any(
                    c.first in range(k + 1, k + 4) and not any(k < t < c.first for t in trigger_at) for c in counts
                )
                # (past the words that describe the one before: "طائرة حربية روسية من طراز سو-34
                # ومروحية", none of them punctuation, a word of outcome or a figure)
                # (or after a comma: "ما يصل إلى 230 عسكريا، ودبابة، و4 عربات"; and past a model
                # in quotes: 'مقاتلتين من طراز "سو-25" وطائرة')
                joined = w.raw.startswith(lex["and"]) and any(
                    k - 7 - _quotes(ws, c.last + 1, k) <= c.last < k and not any(
                        (
                            ws[j].is_punct and not (j == k - 1 and ws[j].raw in lex["commas"])
                            and ws[j].norm not in OPEN_QUOTES and ws[j].norm not in CLOSE_QUOTES
                        ) or j in trigger_at or j in number_words
                        for j in range(c.last + 1, k)
                    ) for c in counts if c.item
                )
                if joined and _take_in_specifier(ws, k, noun, counts, lex):
                    used_nouns.add(k)
                    continue
                part = k > 0 and lex["breakdown"].match(ws, k - 1) is not None
                # the subject of the verb right after it, which counts nothing itself ("إن امرأة
                # قتلت"; not "منظومة إس-400 اعترضت 5 صواريخ")
                # (past its age: "إن رجلا يبلغ من العمر 68 عاما قتل")
                verb = _past_age(ws, k + 1, lex)
                subject = verb in trigger_at and not any(c.first == verb + trigger_at[verb][2] for c in counts)
                if not (before or (after and listed) or joined or part or subject or back):
                    continue
            item, read = _refine(noun, ws, k)
            if item is None:
                continue
            if number == "singular" and not (joined or part) and _agent(ws, read, lex):
                continue  # "دمرت مسيرة روسية دبابة": the drone did it; the tank is counted
            value = 2 if number == "dual" else 1
            # a qualifier after the noun: "شخصين على الأقل"
            trailing = lex["qualifier_after"].match(ws, read + 1) if read + 1 < len(ws) else None
            qualifier = trailing[0] if trailing is not None else "exact"
            low, high = bounds(value, qualifier)
            counts.append(_Count(
                k, read, value, low, high, qualifier, w.start, w.end, item, noun, k, source=number,
                joined=number == "singular" and joined,
            ))
            used_nouns.update(range(k, read + 1))
    # "وإصابة آخرين": others with no number, right after an outcome; "وأصيب آخر": one more.
    for k, w in enumerate(ws):
        if k in number_words or k == 0 or (k - 1) not in trigger_at or any(c.last == k for c in counts):
            continue
        if _is_others(w, lex):
            counts.append(_Count(k, k, None, 2, None, "vague", w.start, w.end, source="others", others=True))
        elif w.norm in lex["one_other"] or (w.raw.startswith(lex["and"]) and w.norm[len(lex["and"]):] in lex["one_other"]):
            counts.append(_Count(k, k, 1, 1, 1, "exact", w.start, w.end, source="others", others=True))
    counts.sort(key=lambda c: c.first)
    # Others take the item of the count before them, in this sentence or the last.
    for i, c in enumerate(counts):
        if c.others and c.item is None:
            # (not a breakdown's part: "9 أشخاص، بينهم 3 أطفال، قتلوا وأصيب 24 آخرون" are people)
            prev = _last_whole(ws, counts[:i], lex)
            if prev is not None:
                c.item, c.noun = prev.item, prev.noun
                if prev.item in lex["others_not_masculine"] and any(
                    v in lex["others_masculine"] for w in ws[c.first:c.last + 1] for v in variants(w.norm)
                ):
                    c.item, c.noun = "person", None  # "مقتل امرأة وإصابة 9 آخرين"
            elif any(
                trigger_at[t][1].people and not trigger_at[t][1].equipment
                for t in (*range(max(0, c.first - 2), c.first), *range(c.last + 1, min(len(ws), c.last + 3)))
                if t in trigger_at
            ):
                c.item = "person"  # "فر مليونان آخران", "آخرين فروا": a verb said only of people
            elif last_item is not None:
                c.item = last_item
        elif c.item is None and i > 0 and counts[i - 1].others and counts[i - 1].item and _is_part(ws, c, lex):
            # "وأصيب 14 آخرون، بينهم 6 بجروح خطيرة": a part of the others, named just now
            c.item, c.noun = counts[i - 1].item, counts[i - 1].noun
    return counts


# ------------------------------------------------------------------ outcome

def _outcome(
    c: _Count, ws: list[Word], triggers: list[_Trig], atts: Sequence[Attribution], counts: list[_Count], cancels=(),
) -> str | None:
    people = c.item in PEOPLE
    lex = _lexicon()
    if c.first > 0 and _has(ws[c.first - 1].norm, "mourners"):
        return None  # "وشيع الآلاف جثامين 9 شهداء": those who mourned
    if any(
        (c.first - 5 <= i < c.first and not any(i + size <= t < c.first and not v.noun for t, v, _ in triggers))
        or (c.last < i <= c.last + 4 and after)
        for i, after, size in cancels
    ) or (cancels and cancels[0][0] < c.first and any(
        (found := lex["exchange"].match(ws, k)) is not None and k + found[1] == c.first for k in range(max(0, c.first - 2), c.first)
    )):
        # "أفرجت عن 95 أسيرا", "قتل 12 شخصا في حادث سير", "استعادة جثث 500 جندي"; not across
        # a verb of the figure's own ("استعادة مدينة ود مدني ومقتل المئات"); and the other
        # half of an exchange ("أعيد 95 أسيرا أوكرانيا مقابل 90 أسيرا روسيا")
        return None
    out: str | None
    if c.toll and c.trigger is not None and c.trigger[1].people and people:
        return c.trigger[1].people  # the verb of a toll's clause ("عدد عناصر ... الذين قتلوا")
    if c.noun is not None and c.noun.outcome and c.noun_at is not None:
        out = c.noun.outcome
        nxt = _noun(ws[c.noun_at + 1].raw, ws[c.noun_at + 1].norm) if c.noun_at + 1 < len(ws) else None
        if out == "killed" and nxt is not None and nxt.outcome == "wounded" and not _next_toll(ws[c.noun_at], ws[c.noun_at + 1], lex):
            return "casualties"  # "50 قتيلا وجريحا"
        if out == "captured":
            # captives killed or wounded: "مقتل 3 أسرى", "الرهائن الأربعة قتلوا"
            for t in triggers:
                i, trig, size = t
                near = c.first - 3 <= i < c.first or c.last < i <= c.last + 3
                if near and trig.people in ("killed", "wounded") and not any(
                    w.is_punct for w in ws[min(i + size, c.last + 1):max(i, c.first)]
                ) and not any(min(i, c.last) < o.first < max(i, c.first) for o in counts if o is not c):
                    c.trigger = t
                    return trig.people
        return out
    cues = {a.at for a in atts}
    # (not another figure's own noun, "4 من المصابين في حالة حرجة، وأن الفرق أنقذت 12 شخصا";
    # but a breakdown's part shares its whole's: "9 جرحى مدنيين، بينهم 4 أطفال")
    part = _is_part(ws, c, lex)
    nouns_of_others = set() if part else {
        o.noun_at for o in counts if o is not c and o.noun_at is not None and o.noun is not None and o.noun.outcome
    }
    caused = not lex["cause_any"].isdisjoint(sentence_norms(ws))  # a word of cause in the sentence
    before = [
        t for t in triggers
        if t[0] + t[2] - 1 < c.first and not (c.noun_at is not None and t[0] == c.noun_at) and t[0] not in nouns_of_others
        # (not past the words of its cause: "أصيبوا جراء سقوط حطام إحدى المسيرات")
        and not (caused and any(_is_cause(w.raw, lex) for w in ws[t[0] + t[2]:c.first]))
    ]
    after = []
    end = c.last
    for o in counts:  # a list of counts shares the verb after it: "جنديا أذريا ومقاتليْن أرمينييْن قتلوا"
        if o.first > c.first and o.first <= end + 3 and ws[o.first].raw.startswith(_lex_and()):
            end = max(end, o.last)
    end = _past_breakdown(c, ws, counts, end)
    end = _past_age(ws, end + 1, lex) - 1  # "رجلا يبلغ من العمر 68 عاما قتل"
    # a word of outcome after the figure is its own within 5 words; a plural verb, within 9
    # past a "من" phrase that says whose the figure is ("23 عنصرا من قوات النظام والمسلحين
    # الموالين لها لقوا مصرعهم")
    if end + 1 < len(ws) and ws[end + 1].norm in CLOSE_QUOTES:
        end += 1  # 'إن "عشرات المدنيين" سقطوا': the figure quoted, its verb after the quote
    qualifier = lex["qualifier_after"].match(ws, end + 1) if end + 1 < len(ws) else None
    if qualifier is not None:
        end += qualifier[1]  # the verb is looked for past "على الأقل"
    far = end + 1 < len(ws) and ws[end + 1].norm in lex["partitive"]
    # (not past another figure: "مقتل 12 شخصا بينهم 3 أطفال وإصابة 47 آخرين بجروح")
    back = _back_after(end, triggers, counts)
    if back is not None:
        after.append(back)  # "... ما أدى إلى تدميرها"
    for i, value, size in triggers:
        if i > end and i <= end + (9 if far else 5) and not ws[i].raw.startswith(_lex_and()) and not any(
            w.is_punct for w in ws[end + 1: i]
        ) and (i <= end + 5 or strip_marks(ws[i].raw).endswith(lex["plural_verb"])) and not any(
            end < o.first < i for o in counts
        ) and not (value.active and _object_after(ws, i + size, counts, lex)):
            after.append((i, value, size))
    ordered = []
    near_before = [t for t in before if not any(t[0] < q < c.first for q in cues)]
    if after and (not near_before or c.first - near_before[-1][0] > 3 or (c.noun is None and after[0][0] == c.last + 1)):
        ordered += after  # (a word of outcome right after a bare figure is what it counts: "52 شهيدا و96 إصابة")
    ordered += list(reversed(near_before))
    ordered += list(reversed([t for t in before if t not in near_before]))
    for i, trig, size in ordered:
        out = trig.people if people else trig.equipment
        if out:
            c.trigger = (i, trig, size)
            if out == "destroyed" and ws[i].raw.startswith(_lex_and()) and any(
                j + sz == i and t.equipment == "shot_down" for j, t, sz in triggers
            ):
                return "shot_down"  # "اعترضت ودمرت 47 طائرة مسيرة": downed
            return out
    # "9 أشخاص، بينهم 3 أطفال و4 نساء، قتلوا": the parts of a breakdown share what befell the whole
    whole = None
    if part:
        whole = next((o for o in reversed(counts) if o.last < c.first and o.outcome), None)
    else:
        whole = _joined_part(ws, c, counts, with_outcome=True)
    if whole is not None:
        if whole.trigger is not None:
            out = whole.trigger[1].people if people else whole.trigger[1].equipment
            if out:
                c.trigger = whole.trigger
                return out
        elif people and whole.item in PEOPLE:
            return whole.outcome
    return None


def _unreal(c: _Count, ws: list[Word], triggers: list[_Trig], atts: Sequence[Attribution], cues: list, lex: dict[str, Any]) -> bool:
    """Whether a word of forecast, plan, call, threat or the future governs the figure's outcome
    (claims.toml [unreal]): the figure's word of outcome comes right after it ("تعتزم الحكومة
    إجلاء 2000 مدني", "يتوقع أن يرتفع عدد القتلى إلى 50"), or it comes between that word and the
    figure ("عدد النازحين قد يرتفع إلى مليون"), within three words of it or of the "أن" after it,
    with nothing between but "إلى" right before what it governs, and no verb of speech."""
    for i, _, size in cues:
        end = i + size
        if end > c.first:
            break
        if c.trigger is not None and end <= c.trigger[0] < c.first:
            target = c.trigger[0]  # the word of outcome after it
        elif any(end <= t < c.first for t, _, _ in triggers):
            continue  # another word of outcome after it: "من المقرر إجلاء 300 جريح" counts wounded
        else:
            target = c.first
            if c.qualifier in _QUALIFIED:  # "قد يرتفع إلى أكثر من مليون": up to its qualifier
                target = next((k for k in range(max(end, c.first - 4), c.first) if (q := lex["qualifier_before"].match(ws, k)) is not None and k + q[1] == c.first), target)
        # (a complementizer opens the clause it governs: "تتوقع الأمم المتحدة أن يرتفع عدد النازحين")
        that = next((k for k in range(end, min(target, end + 4)) if ws[k].norm in lex["complementizer"]), None)
        if that is not None and not any(end <= a.at < target for a in atts):
            end = that + 1
        if target - end > 3 or any(
            w.is_punct or (w.norm in lex["prep_words"] and not (k == target - 1 and w.norm in lex["unreal_to"]))
            for k, w in enumerate(ws[end:target], end)
        ):
            continue
        return True
    return False


def _forces_named(ws: list[Word], c: _Count, lex: dict[str, Any]) -> bool:
    """Whether the figure's own words name the forces it counts ("23 عنصرا على الأقل من قوات
    النظام", "7 من جنود الجيش"): "من" and a word of forces within its clause."""
    for k in range(c.last + 1, min(len(ws) - 1, c.last + 5)):
        if ws[k].is_punct:
            return False
        if ws[k].norm in lex["partitive"] and _has(ws[k + 1].norm, "forces"):
            return True
    return c.noun_at is not None and c.noun_at > c.first and ws[c.noun_at - 1].norm in lex["partitive"] and _has(ws[c.noun_at].norm, "forces")


def _is_cause(raw: str, lex: dict[str, Any]) -> bool:
    """Whether a word, as written and maybe after its clitics ("وجراء"), says what caused an
    outcome ("جراء")."""
    bare = strip_marks(raw)
    return any(bare.endswith(f) and bare[:len(bare) - len(f)] in ("", *text_clitics()) for f in lex["cause"])


def _object_after(ws: list[Word], j: int, counts: list[_Count], lex: dict[str, Any]) -> bool:
    """Whether a verb of killing ending before ws[j] has its object there: a figure or people
    in the accusative ("أحد مقاتليها قنص جنديا", "مقاتلوها قتلوا جنودا"), so that the figure
    before the verb is who did it, not who died."""
    if j >= len(ws) or ws[j].is_punct:
        return False
    if any(o.first == j for o in counts):
        return True
    n = _noun(ws[j].raw, ws[j].norm)
    return n is not None and n.item in PEOPLE and ws[j].norm.endswith(lex["accusative"]) and not n.outcome


def _joined_part(ws: list[Word], c: _Count, counts: list[_Count], with_outcome: bool = False) -> _Count | None:
    """The breakdown part a count is joined to by "و", a few words before it with no
    punctuation between ("بينهم 3 أطفال و4 نساء", "منها 20 فوق كورسك و12 فوق بيلغورود");
    `with_outcome`: the last count before it whose outcome is known.  Or a bare figure
    that repeats the preposition said after the one before ("21 مسيرة دمرت فوق كورسك،
    و11 فوق بيلغورود"): the same, somewhere else."""
    lex = _lexicon()
    if not ws[c.first].raw.startswith(lex["and"]):
        return None
    prev = next((o for o in reversed(counts) if o.last < c.first and (o.outcome or not with_outcome)), None)
    if prev is None or c.first - prev.last > 8:
        return None
    after = ws[c.last + 1].norm if c.noun is None and c.last + 1 < len(ws) else None
    if after in lex["prep_words"] and any(w.norm == after for w in ws[prev.last + 1:c.first]):
        return prev
    if c.first - prev.last > 6:
        return None
    if not _is_part(ws, prev, lex) and not (
        # a figure joined to one whose own noun says what befell it ("15 قتيلا من المدنيين و3
        # من عناصر الأمن"), itself with no such noun
        with_outcome and prev.trigger is None and prev.noun is not None and prev.noun.outcome
        and not (c.noun is not None and c.noun.outcome)
    ):
        return None
    if any(w.is_punct for w in ws[prev.last + 1:c.first]):
        return None
    return prev


def _last_whole(ws: list[Word], counts: list[_Count], lex: dict[str, Any]) -> _Count | None:
    """The last count with an item that is not a breakdown's part ("بينهم 3 أطفال") nor
    joined to one ("و4 نساء")."""
    for i in range(len(counts) - 1, -1, -1):
        p = counts[i]
        if p.item and not _is_part(ws, p, lex) and _joined_part(ws, p, counts[:i]) is None:
            return p
    return None


def _is_part(ws: list[Word], c: _Count, lex: dict[str, Any]) -> bool:
    """Whether a count follows a breakdown's opener ("بينهم 3 أطفال", "من بينهم طفلان")."""
    for back in (1, 2):
        m = lex["breakdown"].match(ws, c.first - back) if c.first - back >= 0 else None
        if m is not None and c.first - back + m[1] == c.first:
            return True
    return False


def _past_breakdown(c: _Count, ws: list[Word], counts: list[_Count], end: int) -> int:
    """Where to look for the verb of a figure followed by its breakdown: "9 أشخاص، بينهم
    3 أطفال، قتلوا" and "9 أشخاص من بينهم 3 أطفال لقوا مصرعهم" share the verb after the
    breakdown, and past an aside between commas.  Returns the last word of the breakdown or
    aside (with its closing comma), else `end`."""
    k = end + 1
    comma = k < len(ws) and ws[k].is_punct
    if comma:
        k += 1
    opener = _lexicon()["breakdown"].match(ws, k)
    if opener is None:
        if comma and _lexicon()["aside"].match(ws, k) is not None:
            # "70 ألف شخص، أي ما يقارب نصف سكان الإقليم، نزحوا": an aside with no figure
            close = next((j for j in range(k + 1, min(len(ws), k + 12)) if ws[j].is_punct), None)
            if close is not None and ws[close].raw == ws[k - 1].raw and not any(k < o.first < close for o in counts):
                return close
        return end
    inner = next((o for o in counts if o is not c and o.first == k + opener[1]), None)
    if inner is None:
        return end
    last = inner.last
    for o in counts:  # "بينهم 3 أطفال و4 نساء"
        if o.first > last and o.first <= last + 2 and ws[o.first].raw.startswith(_lex_and()):
            last = o.last
    if comma:  # the closing comma of "، بينهم ...، قتلوا" must be there
        return last + 1 if last + 1 < len(ws) and ws[last + 1].is_punct else end
    return last


# -------------------------------------------------------------------- sides

@lru_cache(maxsize=16)
def _terms(profile: Profile) -> PhraseTable:
    table = PhraseTable()
    for phrase, (kind, party) in profile.terms.items():
        table.add(phrase, (kind, party))
    return table


def _lex_and() -> str:
    return _lexicon()["and"]


_AGENT_OUTCOMES = frozenset({"destroyed", "shot_down", "captured", "damaged", "killed"})


def _subject(
    c: _Count, ws: list[Word], profile: Profile, speaker: Speaker, counts: list[_Count], lex: dict[str, Any],
    sentence_terms: list[str], triggers: list[_Trig], atts: Sequence[Attribution] = (),
    prev_side: str | None = None,
) -> str:
    """Whose people or equipment count c counts.  `prev_side`: the side of the figure
    before it, which "others" with no party of their own share over a place ("قتل جنديان
    إسرائيليان وأصيب ثالث ... في جنين")."""
    terms = _terms(profile)
    sides = lex["sides"]
    claimant = speaker.side if speaker.side in profile.codes else None
    # a party at war on two fronts fights the side the sentence names, or the claimant
    named = (*sentence_terms, speaker.side)
    enemy = profile.enemy_of(claimant, named) if claimant else None  # the claimant's enemy
    # in a civil war, people not named as fighters are neither side's, unless named as a
    # party's losses ("أكدت قوات الدعم السريع أن خسائرها اقتصرت على 4 قتلى")
    civil = profile.civil_war and c.item in PEOPLE and c.item != "soldier"
    # (a number that counts nothing is no other figure: "26 طائرة من أصل 40 أطلقتها روسيا")
    nxt = min((o.first for o in counts if o.first > c.first and o.item is not None), default=len(ws))
    # 1. the count's own words: demonyms, owners, both sides
    hi = min(len(ws), nxt, (c.noun_at if c.noun_at is not None else c.last) + 9)
    # 0a. "of them": whose the people named before are ("للمتمردين ... 100 منهم": the enemy's;
    # "تقل جنودا روسيين ... 20 منهم": Russia's)
    if c.them is not None:
        if enemy and _has(ws[c.them].norm, "sides.enemy"):
            return enemy
        for j in (c.them, c.them + 1):
            t = terms.match(ws, j) if j < c.first else None
            if t is not None and t[0][0] == "demonym":
                return t[0][1].code
    # 0. a word of loss names the loser: "القوات الأذربيجانية فقدت", "خسائر الجيش الأرميني"
    losses = [c.trigger] if c.trigger is not None and c.trigger[1].loser else []
    starts = {t[0] for t in triggers}
    losses += reversed([
        t for t in triggers
        if t[1].loser and t[0] < c.first and t is not c.trigger and _listed(ws, counts, t[0], c, triggers)
        # ("فقد دمرت القوات": "and so", before a word of outcome of its own)
        and not (t[0] + t[2] in starts and ws[t[0]].norm in lex["particles"])
    ])
    for i, trig, size in losses:
        if trig.loser == "after" and any(a.at == i for a in atts):
            # the word is also its speaker's verb ("ونعى حزب الله 3 من عناصره"): the speaker's
            # own, of no side when the profile does not know it
            return claimant or UNKNOWN
        if trig.loser == "after" and ws[i + size - 1].norm.endswith(tuple(lex["possessive"])):
            # "خسائرها": the losses of the party named last before it ("وقال الجيش إن خسائره":
            # an institution that is one side's), else the claimant's own
            for j in range(i - 1, -1, -1):
                t = terms.match(ws, j)
                if t is not None and t[0][0] != "place":
                    return t[0][1].code
                if t is None and (side := _institution_alone(ws, j, profile, terms, lex)) is not None:
                    return side
            if claimant:
                return claimant
        spans: list[Iterable[int]] = [reversed(range(max(0, i - 4), i))] if trig.loser == "before" else []
        # after the word: "خسائر الجيش الأرميني", and a verb's subject after it ("خسر الجيش الأوكراني")
        spans.append(range(i + size, min(len(ws), i + size + 4, c.first if i < c.first else len(ws))))
        if trig.loser == "after":
            # inflicted on the party named between the verb and the word, nearest first
            # ("كبدت القوات الأوكرانية الجيش الروسي خسائر", "ألحقت بالعدو خسائر")
            for v in range(i - 1, max(-1, i - 6), -1):
                if ws[v].is_punct:
                    break
                if any(x in lex["inflict"] for x in variants(ws[v].norm)):
                    spans.append(reversed(range(v + 1, i)))
                    break
        for span in spans:
            for j in span:
                if ws[j].is_punct:
                    break
                t = terms.match(ws, j)
                if t is not None and t[0][0] != "place":
                    return t[0][1].code
                if t is None and (side := _institution_alone(ws, j, profile, terms, lex)) is not None:
                    return side  # "أن الجيش فقد 6 من جنوده": an institution that is one side's
                if ws[j].norm in lex["own"] and claimant:
                    return claimant
                if enemy and _has(ws[j].norm, "sides.enemy"):
                    return enemy  # "خسائر العدو"
    # 0b. losses inflicted on a party named between the verb and the figure ("ألحق بالقوات
    # الروسية 300 قتيل"), or by the speaker on one it names by a pronoun or not at all ("إنها
    # تصدت لهجوم للدعم السريع وكبدته أكثر من 60 قتيلا"): the enemy's, in a civil war too
    if c.outcome in ("killed", "wounded", "casualties"):
        verb = _inflicting(ws, c.first, lex)
        # (not a strike's, which did it: "وأوقعت الغارة الروسية 20 قتيلا")
        if verb is not None and not any(_is_attack(w.norm, lex) for w in ws[verb + 1:c.first]):
            for j in range(c.first - 1, verb, -1):
                t = terms.match(ws, j)
                if t is not None and t[0][0] != "place":
                    return t[0][1].code
            if enemy:
                return enemy
    if civil:
        return UNKNOWN
    # "قتلى الجيش الروسي ... إلى 233 ألفا", "عدد القتلى في صفوف الانفصاليين الأرمن 1068 عسكريا"
    if c.trigger is not None and (c.toll or (c.trigger[1].noun and c.trigger[0] < c.first)):
        for j in range(c.trigger[0] + c.trigger[2], c.first):
            if _is_attack(ws[j].norm, lex):
                break  # "منذ بدء الهجمات الأرمينية": whose attacks, not whose dead
            t = terms.match(ws, j)
            if t is not None and t[0][0] == "demonym":
                return t[0][1].code
    # the people a toll's head names before its word of what befell them ("عدد الجنود
    # الأذربيجانيين الذين قتلوا ... بلغ 400 جندي", "عدد الجنود الروس القتلى بلغ")
    if c.trigger is not None and c.head is not None:
        for j in range(c.head + 1, c.trigger[0]):
            if _is_attack(ws[j].norm, lex):
                break
            t = terms.match(ws, j)
            if t is not None and t[0][0] == "demonym":
                return t[0][1].code
    if c.outcome == "captured":
        # captives held by a party named before the figure, in its clause: "عدد المعتقلين في
        # سجون الاحتلال تجاوز 10 آلاف" are the captors' enemy's
        for j in range(c.first - 1, max(-1, c.first - 7), -1):
            if ws[j].is_punct or _has(ws[j].norm, "complementizer"):
                break
            t = terms.match(ws, j)
            if (
                t is not None and t[0][0] != "place"
                # (or a verb of holding between it and the figure: "الاحتلال يعتقل أكثر من 10 آلاف")
                and (_lead(ws, j, 0) & sides["holder"] or any(w.norm in sides["holder"] for w in ws[j + t[1]:c.first]))
                and (theirs := profile.enemy_of(t[0][1].code, named))
            ):
                return theirs
    # 1a. people named by their nationality: "استشهاد فلسطيني", "مقتل 3 أرمن"
    if c.noun is not None and c.noun.adjective and c.noun_at is not None:
        t = terms.match(ws, c.noun_at)
        if t is not None and t[0][0] == "demonym":
            return t[0][1].code
    civilians = c.item in PEOPLE and c.item != "soldier"  # attacks say whose civilians were hit
    captive = c.outcome == "captured" or (c.noun is not None and c.noun.outcome == "captured")
    attack = None  # after a noun of attack: "agent" until "على" makes it "target"
    k = c.first
    weak = None
    while k < hi:
        w = ws[k]
        if w.is_punct and k > c.last:
            break
        both = sides["both"].match(ws, k)
        if both is not None:
            return "both"
        if enemy and _has(w.norm, "sides.enemy"):
            return enemy
        if _is_attack(w.norm, lex):
            attack = "agent"
        elif attack and w.norm in sides["target"]:
            attack = "target"
        t = terms.match(ws, k)
        if t is not None and k > c.first:
            kind, party = t[0]
            if kind == "demonym" and t[1] == 1 and ws[k - 1].norm in sides["before_place"] and ws[k].norm in party.names:
                kind = "name"  # "في روسيا": the country, not "روسيا" (Russian) in the accusative
            after = ws[k + t[1]].norm if k + t[1] < len(ws) else ""
            if after in sides["made_in"]:
                k += t[1]
                continue
            if attack and kind != "demonym" and ws[k - 1].norm in sides["at_place"]:
                attack = None  # "خلال عمليات في طولكرم": where the attack was, not who made it
            if attack == "target" and civilians:
                return party.code
            if attack == "agent" and civilians:
                return profile.enemy_of(party.code, named) or UNKNOWN
            if attack:  # "في قصف أذربيجاني": who attacked, not whose soldiers or tanks
                k += t[1]
                continue
            lead = _lead(ws, k, c.first)
            if captive and (lead & sides["holder"] or lead & sides["held"]) and profile.enemy_of(party.code, named):
                # "240 رهينة محتجزين لدى حماس", "101 رهينة محتجزين في غزة", "84 أسيرا من
                # الأسر الروسي": the captors'
                return profile.enemy_of(party.code, named) or UNKNOWN
            if kind == "demonym":
                return party.code
            # A place or country is whose only when it is an origin or an owner
            # ("من إقليم ناجورنو كاراباخ", "تابعة لأرمينيا"); otherwise it is where.
            owned = (  # "لأرمينيا"; not "لبنان", a name that starts with the letter
                ws[k].norm.startswith(lex["owner_prefix"]) and not ws[k].norm.startswith(lex["article"])
                and ws[k].norm not in profile.terms
            )
            if lead & lex["origin"] or lead & sides["belonging"] or owned:
                return party.code
            weak = weak or party.code
        k += 1
    # 1a'. a unit of a party made up of the figure ("قوة إسرائيلية خاصة مكونة من 12 جنديا")
    for j in range(max(0, c.first - 2), c.first):
        m = sides["composed"].match(ws, j)
        if m is not None and j + m[1] == c.first:
            for b in range(j - 1, max(-1, j - 5), -1):
                if ws[b].is_punct:
                    break
                t = terms.match(ws, b)
                if t is not None and t[0][0] != "place":
                    return t[0][1].code
    # 1b. the agent named between a verb and its figure: "دمرت القوات الروسية محطتين",
    # "أسقطت الدفاعات الجوية الأوكرانية 20 مسيرة": what was hit is the other side's
    # (not after a noun of the dead: "قتلى الجيش الأرميني" are that army's)
    if c.trigger is not None and not c.trigger[1].loser and not c.trigger[1].noun and c.outcome in _AGENT_OUTCOMES:
        i, _, size = c.trigger
        taken = {k for o in counts if o is not c for k in range(o.first, o.last + 1)}
        # after the verb ("دمرت القوات الروسية 5"), or right before it, for what is destroyed
        # ("القوات الأوكرانية دمرت 37 مركبة") and for the dead of a verb of killing ("إن
        # إسرائيل قتلت 20 مدنيا"; not the speaker of "أعلنت أوكرانيا قتل 5", nor a word of the
        # dead: "الوزارة الأوكرانية مقتل 5"), not after "و" ("مقتل 40 جنديا أذربيجانيا
        # وتدمير 4 دبابات" is one list)
        before: Iterable[int] = (
            (range(i - 1, max(-1, i - 4), -1) if c.outcome != "killed" else _killer_span(ws, i, lex, atts))
            if (c.outcome != "killed" or c.trigger[1].active) and i < c.first
            and not ws[i].raw.startswith(_lex_and())
            # (not the words of a figure that is the verb's subject: "21 مسيرة أوكرانية دمرت
            # فوق كورسك، و11 فوق بيلغورود")
            and not any(o.first < i and i - o.last <= 4 for o in counts if o is not c) else ()
        )
        for span in (range(i + size, c.first), before):
            for j in span:
                if ws[j].is_punct or j in taken:  # another figure ("دمر 2 مروحية أرمينية ومنظومة")
                    break
                t = terms.match(ws, j)
                if t is not None and t[0][0] != "place":
                    theirs = profile.enemy_of(t[0][1].code, named)
                    if theirs:
                        return theirs
                    break
    # 2. a possessive noun: of the party named last before it ("صد هجوما لقوات الدعم السريع
    # وقتل 100 من عناصرها"), else the claimant's own ("أحد جنودها")
    if c.noun is not None and c.noun.possessive and not c.noun.kin and c.noun_at is not None:
        taken = {k for o in counts if o is not c for k in range(o.first, o.last + 2)}
        first = min(c.first, c.noun_at)  # the count's own words ("أكثر من 200 من") are not the way back
        for j in range(first - 1, max(-1, first - 20), -1):
            if j in taken or any(a.at == j for a in atts) or _has(ws[j].norm, "complementizer"):
                break  # another figure's words, the speaker's, or a new clause of what was said
            t = terms.match(ws, j)
            if t is not None and t[0][0] != "place" and (j == 0 or terms.match(ws, j - 1) is None):
                return t[0][1].code
            if (
                t is None and ws[j].norm.startswith(lex["prep_glued"])
                and (side := _institution_alone(ws, j, profile, terms, lex)) is not None
            ):
                # "صدت هجوما للجيش وقتلت العشرات من جنوده", "ألحقت هزيمة بالجيش وقتلت 150 من
                # عناصره": the army's, in a war where it is a side
                return side
        if claimant:
            return claimant
    # 3. an attack named in the sentence: "هجمات الجيش الأرميني" kills the other
    # side's people; "الهجوم على القوات الأرمينية", the party attacked
    for i, w in enumerate(ws if civilians else ()):
        if _is_attack(w.norm, lex):
            target = False
            for j in range(i + 1, min(len(ws), i + 5)):
                if ws[j].is_punct:
                    break
                if ws[j].norm in sides["target"]:
                    target = True
                    continue
                t = terms.match(ws, j)
                if t is not None:
                    kind, party = t[0]
                    if kind == "place":
                        break
                    if target:
                        return party.code
                    if profile.enemy_of(party.code, named):
                        return profile.enemy_of(party.code, named) or UNKNOWN
                    break
        # (or a verb of attack after its agent: "طائرة مسيرة إسرائيلية قصفت خيمة")
        # (not the noun after a preposition: "4 فلسطينيين استشهدوا في قصف على دير البلح")
        if i < c.first and _has(w.norm, "sides.attack_verbs") and not (i > 0 and ws[i - 1].norm in lex["prep_words"]):
            for j in range(i - 1, max(-1, i - 4), -1):
                if ws[j].is_punct or _has(ws[j].norm, "complementizer"):
                    break
                t = terms.match(ws, j)
                if t is not None and t[0][0] != "place" and (theirs := profile.enemy_of(t[0][1].code, named)):
                    return theirs
    # 4. the agent of the verb: "قواتها قتلت", "جيش بلاده دمر"; but "في صفوف قواتها" is its own
    if enemy and claimant:
        t = c.trigger[0] if c.trigger is not None else c.first
        for j in range(max(0, c.first - 6), c.first):
            if ws[j].norm in lex["own"]:
                if _has(ws[j - 1].norm, "sides.belonging") if j > 0 else False:
                    return claimant
                if t - 3 <= j < t:
                    return enemy
    # 4b. fighters killed by the claimant's forces ("الجيش قضى على 20 مسلحا"), or by a named
    # party's ("الجيش الروسي قتل 5 جنود"); a killing joined to what the claimant destroyed
    # ("تدمير 20 دبابة وقتل عشرات الجنود") is of the same enemy
    if enemy and c.item == "soldier" and c.trigger is not None and c.trigger[1].active:
        i = c.trigger[0]
        for j in range(i - 1, max(-1, i - 4), -1):
            if ws[j].is_punct or ws[j].norm in lex["complementizer"]:
                break  # (not the speaker before "إن": "وقال المتحدث باسم الجيش إن ضابطا قتل")
            if i < c.first and _speaker_agent(ws, j, lex, atts):
                return enemy  # "وقالت حماس إنها قتلت 5 جنود", "إن مقاتليها قتلوا 5 جنود"
            # fighters in construct with a party, right before the verb ("مقاتلي المقاومة
            # الإسلامية قتلوا"; not "العسكريين الأذربيجانيين الذين قتلوا", the killed)
            fighters = ws[j].norm not in lex["forces"] and j + 1 < i and (
                (noun := _noun(ws[j].raw, ws[j].norm)) is not None and noun.item == "soldier"
                and not noun.possessive and not noun.definite
            )
            if ws[j].norm in lex["forces"] or fighters:
                # "الجيش الروسي قتل", "مقاتلي المقاومة الإسلامية قتلوا": the party named after them
                t = terms.match(ws, j + 1)
                if fighters and (t is None or i - (j + 1 + t[1]) > 1):
                    continue  # (the party's name may run one word past the table's: "المقاومة الإسلامية")
                if t is not None and t[0][0] != "place":
                    return profile.enemy_of(t[0][1].code, named) or UNKNOWN
                if not fighters:
                    return enemy
        if ws[i].raw.startswith(_lex_and()) and any(
            o.first < c.first and o.outcome in ("destroyed", "shot_down", "captured", "damaged") and o.item not in PEOPLE
            for o in counts
        ):
            return enemy
    # 4c. what the speaker did, in the first person ("قتلنا 50 جنديا"), or the fighters it
    # inflicted losses on ("قالت القسام إنها أوقعت 10 جنود بين قتيل وجريح")
    if enemy and c.trigger is not None and c.trigger[1].speaker:
        return enemy
    if enemy and c.item == "soldier" and c.trigger is not None and c.trigger[1].agentive and c.trigger[0] < c.first and not any(
        (n := _noun(w.raw, w.norm)) is not None and n.item in PEOPLE for w in ws[max(0, c.trigger[0] - 3):c.trigger[0]]
    ):
        return enemy  # "أعلن الجيش أن سلاح الجو ... وقضى على 3 قادة": no other killer named
    if enemy and c.item == "soldier":
        for j in range(c.first - 1, max(0, c.first - 3), -1):
            if ws[j].is_punct:
                break
            if _has(ws[j].norm, "inflict") and _speaker_agent(ws, j - 1, lex, atts):
                return enemy
    # 5. what the claimant says: destroyed/shot down/captured are the enemy's, the killed its own
    if enemy and claimant:
        if c.outcome == "captured" and (speaker.name.split(" (")[0] in lex["own_captives"] or speaker.institution in lex["own_captives"]):
            return claimant  # a body for its side's prisoners counts them held
        if c.outcome in ("destroyed", "shot_down", "captured", "damaged"):
            return enemy
        if c.outcome in ("killed", "wounded", "casualties", "missing", "evacuated"):
            return claimant
    # 5b. an outlet of one side telling of dead or wounded with no word of whose: its own
    # side's ("ذكرت هيئة البث الإسرائيلية أن 4 جنود أصيبوا"), its soldiers even where they
    # fight ("في مخيم جباليا"); people with a place are that place's
    # (or a source of no side relayed by such an outlet: "ونقلت وفا عن مصادر طبية")
    home = speaker.affiliation if speaker.kind == "media" or speaker.side == UNKNOWN else ""
    if (
        home and profile.enemy_of(home, named) and c.outcome in ("killed", "wounded", "casualties", "missing")
        and (c.item == "soldier" or not weak)
    ):
        return home
    if (c.others or c.joined) and prev_side:
        return prev_side  # (a place after them says where, not whose: "ومروحية ... فوق خيرسون")
    if weak:
        return weak
    # 6. the places and parties the sentence names, but the claimant's own (a third party);
    # not for a figure whose own words name forces no profile knows ("23 عنصرا من قوات النظام
    # السوري", datelined "بيروت"): theirs, of no side
    if c.item == "soldier" and _forces_named(ws, c, lex):
        return UNKNOWN
    for code in sentence_terms:
        if code != speaker.side:
            return code
    return UNKNOWN


def _inflicting(ws: list[Word], first: int, lex: dict[str, Any]) -> int | None:
    """A verb of inflicting losses at most five words before the figure at word `first`, in
    its clause ("ألحق بالقوات الروسية 300 قتيل", "وكبدته أكثر من 60 قتيلا"): its index, or None."""
    for j in range(first - 1, max(-1, first - 6), -1):
        if ws[j].is_punct or ws[j].norm in lex["own"]:
            return None
        if _has(ws[j].norm, "inflict_any"):
            return j
    return None


def _inflicted_on_fighters(ws: list[Word], c: _Count, lex: dict[str, Any], terms: PhraseTable) -> bool:
    """Whether the losses of count c were inflicted on fighters: a verb of inflicting with its
    object a party, a force or an enemy ("ألحق بالقوات الروسية 300 قتيل", "كبدت الجيش 40
    قتيلا"), or with the object's pronoun ("وكبدته أكثر من 60 قتيلا"); not what a strike
    did ("أوقعت الغارة 20 قتيلا")."""
    verb = _inflicting(ws, c.first, lex)
    if verb is None or any(_is_attack(w.norm, lex) for w in ws[verb + 1:c.first]):
        return False
    if not _has(ws[verb].norm, "inflict"):
        return True  # the verb with its object's pronoun
    for k in range(verb + 1, c.first):
        if _has(ws[k].norm, "forces") or _has(ws[k].norm, "sides.enemy"):
            return True
        t = terms.match(ws, k)
        if t is not None and t[0][0] != "place":
            return True
    return False


def _raised_by(ws: list[Word], c: _Count, counts: list[_Count], lex: dict[str, Any]) -> str | None:
    """The side of the figure a toll's consequence follows in the sentence ("استشهد 30
    فلسطينيا وأصيب العشرات، ليرتفع عدد الشهداء إلى 37,296"): the toll the figure raised."""
    for i, _, _ in lex["consequence"].find(ws):
        if i < c.first:
            side = next((o.side for o in reversed(counts) if o.last < i and o.side not in (None, UNKNOWN)), None)
            if side is not None:
                return side
    return None


def _toll_head(ws: list[Word], i: int, lex: dict[str, Any]) -> int | None:
    """The head of a toll ("عدد") at most five words before the word of what befell at word i,
    in its clause, naming the people it counts ("عدد الجنود الأذربيجانيين الذين قتلوا"; not
    "عدد من", "a number of", nor "حصيلة أولية"): its index, or None."""
    for h in range(i - 1, max(-1, i - 6), -1):
        if ws[h].is_punct:
            return None
        if ws[h].norm in lex["toll_heads"]:
            counted = _noun(ws[h + 1].raw, ws[h + 1].norm) if h + 1 < i else None
            return h if counted is not None and counted.item in PEOPLE and not counted.outcome else None
    return None


def _killer_span(ws: list[Word], i: int, lex: dict[str, Any], atts: Sequence[Attribution]) -> range:
    """The words right before the verb of killing at word i, nearest first, that may name who
    killed: back to the clause's opener ("إن إسرائيل قتلت"), none after a relative pronoun
    ("العسكريين الأذربيجانيين الذين قتلوا" were killed) or a verb of speech ("وأكدت أوكرانيا
    قتل 5 مدنيين": the speaker, telling of a killing)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if ws[k].is_punct or ws[k].norm in lex["speaker_agent"] or _has(ws[k].norm, "complementizer"):
            return range(i - 1, k, -1)  # ("أنه قتل 12 جنديا": no killer named)
        if ws[k].norm in lex["relative"] or any(a.at == k for a in atts):
            return range(0)
    return range(i - 1, max(-1, i - 4), -1)


def _institution_alone(ws: list[Word], j: int, profile: Profile, terms: PhraseTable, lex: dict[str, Any]) -> str | None:
    """The side of an institution named at word j with no party after it ("الجيش فقد", "بالجيش
    وقتلت"), in a war where it is one side's; None when a word that may name a party follows
    ("القوات الأوكرانية" in a profile that does not know Ukraine is not the profile's forces)."""
    if j + 1 < len(ws) and (terms.match(ws, j + 1) is not None or ws[j + 1].norm.startswith(lex["article"])):
        return None
    return institution_side(ws, j, profile)


def _listed(ws: list[Word], counts: list[_Count], lo: int, c: _Count, triggers: list[_Trig]) -> bool:
    """Whether the figures between word lo and count c, if any, are a list joined by "و" that
    c ends ("خسائرها 4 قتلى و12 جريحا": the losses are the 12's too), each maybe with its own
    word of what befell it ("تكبد خسائر فادحة، مشيرة إلى تدمير 4 عربات مدرعة ومقتل عشرات")."""
    chain = [o for o in counts if lo < o.first < c.first] + [c]
    and_ = _lex_and()
    for a, b in zip(chain, chain[1:]):
        if b.first == a.last + 1 and ws[b.first].raw.startswith(and_):
            continue
        gap = range(a.last + 1, b.first)
        if len(gap) > 3 or any(ws[j].is_punct for j in gap) or not any(
            ws[j].raw.startswith(and_) and any(t[0] == j for t in triggers) for j in gap
        ):
            return False
    return True


def _lead(ws: list[Word], k: int, lo: int) -> set[str]:
    """Every form of the two words before word k (none before lo): what may say a party
    named at k holds captives ("في سجون الاحتلال") or owns what is counted ("تابعة لأرمينيا")."""
    return {v for w in ws[max(lo, k - 2):k] for v in variants(w.norm)}


def _sentence_terms(ws: list[Word], profile: Profile) -> list[str]:
    out = []
    for _, (kind, party), _ in _terms(profile).find(ws):
        if kind in ("name", "place", "capital") and party.code not in out:
            out.append(party.code)
    return out


# ------------------------------------------------------------------- claims

def extract_claims(
    text: str,
    *,
    article_id: str,
    published: dt.date | None = None,
    profile: str | Profile = "auto",
    outlet: str = "",
) -> list[Claim]:
    """Every claim in one article, in the order of the text (repeats merged)."""
    prof = (profile if isinstance(profile, Profile) else load_profile(profile)).choose(text)
    lex = _lexicon()
    first_day, last_day = prof.date_range
    reference: dt.date | None = published
    if published is not None:
        basis = "manifest"
    else:
        reference = find_dateline(text)
        basis = "dateline" if reference is not None else "unknown"
    current, current_basis = reference, basis
    # the outlet the manifest names, else an agency in the dateline, else "the article"
    state = SourceState(outlet_speaker(outlet) if outlet else dateline_outlet(text, prof) or outlet_speaker(""))
    state.home = dateline_home(text, prof)
    numbers = [m for m in find_numbers(text) if m.kind in ("cardinal", "vague") and (m.value is None or m.value > 0)]
    rows: list[Claim] = []
    last_item = None
    headline_rows: list[Claim] = []
    in_head = True  # titles and subtitles come before the first paragraph
    ni = 0
    last_rows: list[tuple[list, int]] = []  # the rows of the last sentence (or list), where they are
    last_total = False  # whether the last sentence with claims gave a running total
    intro: _Intro | None = None  # the sentence before a list ("... على النحو التالي:")
    prev_side: str | None = None  # the side of the last figure read
    for s, e in sentences(text):
        ws = words(text, s, e)
        if not ws:
            continue
        # a line of a list after its introduction: "- الدبابات: 9 آلاف و650 دبابة", "2) الدبابات: ..."
        mark = _LIST_MARK.match(text, text.rfind("\n", 0, s) + 1) if intro is not None else None
        item_of = intro if mark is not None and mark.end() <= e else None
        headline = in_head and _is_headline(text, s, e, ws)
        if not headline and len(ws) > 25:
            in_head = False
        days = named_days(ws, reference, first_day, last_day)
        if days and reference is not None:
            days = [d for d in days if d.date <= reference]  # "غدا": a day to come dates no loss
        triggers = _triggers(ws, lex)
        events = {i for i, _, _ in triggers}
        sent_nums = []
        while ni < len(numbers) and numbers[ni].start < e:
            if numbers[ni].start >= s:
                sent_nums.append(numbers[ni])
            ni += 1
        atts = attributions(ws, prof, state, events, [m.start for m in sent_nums])
        counts = _counts(ws, sent_nums, lex, triggers, last_item)
        if days:
            if reference is None:
                reference = days[0].date  # an undated article: its first named day
            if atts or counts:
                current, current_basis = days[0].date, days[0].basis
            elif current is None:
                current, current_basis = days[0].date, days[0].basis
        intro = _intro(ws, triggers, atts, state, prof, lex) if ws[-1].raw == ":" else item_of
        if not counts:
            # "ولم يتسن التحقق من هذه الأرقام": a sentence of its own right after the figures
            if last_rows and any(st == "unconfirmed" for _, st, _ in lex["status"].find(ws)):
                for target, k in last_rows:
                    target[k] = replace(target[k], status="unconfirmed")
            if item_of is None:
                last_rows = []
            continue
        if item_of is None:
            last_rows = []
        sentence_terms = _sentence_terms(ws, prof)
        # (a noun of return with the article is a name, in construct with none: "مستشفى العودة")
        cancels = [x for x in lex["cancel"].find(ws) if x[1] or not written_definite(ws[x[0]].raw)]
        unreal = lex["unreal"].find(ws)
        cumul = lex["cumulative"].find(ws)
        if last_total:
            cumul += lex["same_period"].find(ws)  # "خلال هذه الفترة": the total's period
        recent = lex["recent"].find(ws) if cumul or item_of is not None else ()
        if recent:  # "منذ مساء أمس": since a recent hour, not since the war began
            cumul = [cue for cue in cumul if not any(i == cue[0] for i, _, _ in recent)]
        status_cues = lex["status"].find(ws)
        # a new verb of speech after a denial says something of its own: "نفت الوزارة
        # الاتهامات، وقالت إن 4 من جنودها أصيبوا" asserts the 4
        spoken = speech_verbs(ws) if any(st == "denied" for _, st, _ in status_cues) else ()
        quote = text[s:e]
        carried, prev_side = prev_side, None  # (the last sentence's, for a part of its figure)
        total_before = False
        made = len(rows) + len(headline_rows)
        label = _label(ws) if item_of is not None else None
        for c in counts:
            if mark is not None and item_of is not None and c.start < mark.end():
                continue  # the line's number in its list ("1- الأفراد")
            if label is not None and c.first > label[0] and label[1] and (c.item is None or c.item in _GENERIC):
                c.item = label[1]  # "- أنظمة المدفعية: 21 ألفا و260 نظاما"
            if c.item is None:
                continue
            c.outcome = _outcome(c, ws, triggers, atts, counts, cancels)
            if c.trigger is None and c.noun is not None and c.noun.outcome and c.outcome == c.noun.outcome:
                # a figure of the dead closing a toll named by its noun ("ارتفع عدد قتلى القوات
                # الأرمينية إلى 500 قتيل"): the toll's words say whose and who
                c.trigger = _toll_noun_before(c, triggers, counts)
            if c.item == "person" and c.trigger is not None and c.trigger[1].noun and c.trigger[0] < c.first:
                # "عدد القتلى المدنيين ... بلغ 91 شخصا": the toll's own word says who
                at = c.trigger[0] + c.trigger[2]
                named = _noun(ws[at].raw, ws[at].norm) if at < c.first else None
                if named is not None and named.item in PEOPLE and named.item != "person" and not named.outcome:
                    c.item = named.item
                elif at < c.first and _has(ws[at].norm, "forces"):
                    c.item = "soldier"  # "إجمالي قتلى الجيش ... إلى 481 قتيلا": an army's dead
            if c.item == "person" and c.outcome in ("killed", "wounded", "casualties") and _inflicted_on_fighters(ws, c, lex, _terms(prof)):
                c.item = "soldier"  # "ألحق بالقوات الروسية 300 قتيل": the dead of an army
            trig_before = c.trigger is not None and c.trigger[0] < c.first
            c.head = _toll_head(ws, c.trigger[0], lex) if c.trigger is not None and trig_before else None
            if c.item == "person" and (head := c.head if trig_before else _toll_head(ws, c.first, lex)) is not None:
                # "عدد المدنيين الذين قتلوا ... بلغ 28 شخصا", "عدد الضحايا المدنيين بلغ 37
                # قتيلا": the people the toll's head names, the finer of its first two words
                for j in range(head + 1, min(head + 3, c.first)):
                    named = _noun(ws[j].raw, ws[j].norm)
                    if named is not None and named.item in PEOPLE and named.item != "person":
                        c.item = named.item
                        break
            if c.outcome is None and label is not None and c.first > label[0] and label[2]:
                c.outcome = label[2]  # "- القتلى: 500"
            if c.outcome is None and item_of is not None and item_of.trigger is not None:
                # what the list's introduction said befell what it counts
                c.outcome = item_of.trigger.people if c.item in PEOPLE else item_of.trigger.equipment
            if c.outcome is None or (c.noun is not None and c.noun.outcomes and c.outcome not in c.noun.outcomes):
                continue
            if unreal and _unreal(c, ws, triggers, atts, unreal, lex):
                continue  # "تتوقع الأمم المتحدة أن يرتفع عدد النازحين إلى مليون": not come about
            if c.item not in lex["outcome_items"].get(c.outcome, (c.item,)):
                continue
            last_item = c.item
            speaker = item_of.speaker if item_of is not None and not atts else claimant_at(atts, c.first, state)
            if item_of is not None and item_of.loser and c.trigger is None:
                subject = item_of.loser  # "لخسائر القوات الروسية ... :": the losses of the party named
            else:
                subject = _subject(c, ws, prof, speaker, counts, lex, sentence_terms, triggers, atts, prev_side)
            if (
                c.item == "soldier" and c.noun is not None and c.noun.possessive and not c.noun.kin
                and speaker.institution in lex["civilian_bodies"] and subject in (speaker.side, UNKNOWN)
            ):
                c.item = "civilian"  # "وقال الدفاع المدني إن 3 من عناصره استشهدوا": its rescuers
            opener = lex["breakdown"].match(ws, c.first - 1) if c.first > 0 else None
            # a figure with no noun in a clause joined to the last ("لقوا حتفهم وأصيب العشرات")
            # is of the same people
            joined = c.noun is None and _after_joined_verb(ws, c.first, events, lex)
            if (opener or c.others or joined) and prev_side and subject in (UNKNOWN, speaker.side):
                subject = prev_side
            if c.whole is not None and c.whole.side is not None:
                subject = c.whole.side  # "59 رهينة محتجزين في غزة، يعتقد أن 35 منهم لقوا حتفهم"
            elif carried and subject == UNKNOWN and made == len(rows) + len(headline_rows) and _among(ws, c, triggers, lex):
                subject = carried  # "واستشهد 5 فلسطينيين ... ومن بين الشهداء 3 أطفال": of those
            elif subject == UNKNOWN and (raised := _raised_by(ws, c, counts, lex)) is not None:
                subject = raised  # "استشهد 30 فلسطينيا، ليرتفع عدد الشهداء إلى 37 ألفا": of theirs
            c.side = prev_side = subject
            status = "asserted"
            for i, st, _ in status_cues:
                if st == "unconfirmed":
                    status = "unconfirmed"
                    break
                if st == "denied" and i < c.first and not any(i < v < c.first for v in spoken):
                    status = "denied"
            # a running total: said before the figure, or right after it in the same clause
            # ("قتلوا منذ بدء الحرب"; not "قتلوا اليوم، ليصل عدد القتلى إلى ...")
            # (not past a new speaker: "60 مدنيا قتلوا خلال الحرب، بينما أكد مكتب المدعي العام
            # مقتل 94 مدنيا" says the 94 of its own)
            cumulative = (item_of is not None and item_of.cumulative) or any(
                (i < c.first and not any(i < a.at < c.first for a in atts)) or _closes(c, i, ws, counts)
                for i, _, _ in cumul
            ) or c.head is not None  # "عدد الجنود الذين قتلوا ... بلغ 400": a toll, named by its people
            # after a running total, a part said of a recent period is that period's
            # ("خسرت منذ بداية الغزو 512 ألفا، بينهم 1270 خلال اليوم الماضي")
            if cumulative and total_before and any(_closes(c, i, ws, counts, alone=True) for i, _, _ in recent):
                cumulative = False
            total_before = total_before or cumulative
            day = next((d for d in reversed(days) if d.start < ws[c.first].start), days[0] if days else None)
            date, date_basis = (day.date, day.basis) if day else (current, current_basis)
            target = headline_rows if headline else rows
            last_rows.append((target, len(target)))
            target.append(
                Claim(
                    article_id=article_id,
                    date=date,
                    date_basis=date_basis if date else "unknown",
                    claimant=speaker.name,
                    claimant_ar=speaker.name_ar,
                    claimant_side=speaker.side,
                    subject_side=subject,
                    outcome=c.outcome,
                    item=c.item,
                    value=_int(c.value),
                    low=_int(c.low),
                    high=_int(c.high),
                    qualifier=c.qualifier,
                    unit=c.item,
                    cumulative=cumulative,
                    status=status,
                    mentions=1,
                    quote=quote,
                    start=c.start,
                    end=c.end,
                )
            )
        if len(rows) + len(headline_rows) > made:
            last_total = total_before
    # A headline restates the article: its figures count only if the body lacks them.
    body = {(r.outcome, r.item, r.value) for r in rows}
    rows.extend(r for r in headline_rows if (r.outcome, r.item, r.value) not in body)
    rows.sort(key=lambda r: r.start)
    return _merge(rows)


@dataclass
class _Intro:
    """A sentence ending in a colon that says what befell what the list after it counts
    ("نشرت هيئة الأركان حصيلة محدثة لخسائر القوات الروسية ... على النحو التالي:")."""

    trigger: _Trigger | None  # the word of outcome it ends with, if any ("لخسائر")
    speaker: Speaker
    loser: str | None  # the party named after the word of loss
    cumulative: bool


def _intro(ws: list[Word], triggers: list[_Trig], atts: list[Attribution], state: SourceState, profile: Profile, lex: dict[str, Any]) -> _Intro:
    """The list introduced by this sentence, which ends in a colon: who gives it, whether
    it is a running total, and what befell whose, where a word of outcome says so."""
    said = [t for t in triggers if t[1].people or t[1].equipment]
    trig, loser = None, None
    if said:
        i, trig, size = said[-1]
        terms = _terms(profile)
        for j in range(i + size, min(len(ws), i + size + 4)):
            if ws[j].is_punct:
                break
            t = terms.match(ws, j)
            if t is not None and t[0][0] != "place":
                loser = t[0][1].code
                break
    return _Intro(trig, claimant_at(atts, len(ws), state), loser, bool(lex["cumulative"].find(ws)))


def _label(ws: list[Word]) -> tuple[int, str | None, str | None] | None:
    """A list line's label before its colon, as (the colon's index, the item, the outcome)
    it names ("- الدبابات: 9 آلاف و650 دبابة", "- أنظمة المدفعية: ...", "- القتلى: 500")."""
    colon = next((k for k, w in enumerate(ws) if w.raw == ":"), None)
    if colon is None:
        return None
    first = next((k for k in range(colon) if not ws[k].is_punct), None)
    noun = _noun(ws[first].raw, ws[first].norm) if first is not None else None
    if noun is None or first is None:
        return None
    item, _ = _refine(noun, ws[:colon], first)
    return colon, item, noun.outcome


# items a list line's label may name more finely ("المركبات القتالية المدرعة: 20 ألفا و95 مركبة")
_GENERIC = ("vehicle", "other", "person")
# the qualifiers written as words around a single figure ("أكثر من", "ما لا يقل عن")
_QUALIFIED = frozenset(QUALIFIERS) - {"exact", "range", "vague"}


def _closes(c: _Count, i: int, ws: list[Word], counts: list[_Count], alone: bool = False) -> bool:
    """Whether a phrase at word i closes the clause of count c: right after it, or after
    the counts joined to it ("19 مدنيا قتلوا وأصيب 55 آخرون منذ بدء الهجوم"), with no
    punctuation between, and not opening a clause of its own with "و"; `alone`: no other
    count between (a period said of this figure only)."""
    # (from its verb, when that comes after an aside: "70 ألف شخص، أي نصف السكان، نزحوا منذ")
    own = c.trigger[0] + c.trigger[2] - 1 if c.trigger is not None and c.trigger[0] > c.last else c.last
    if any(w.is_punct for w in ws[c.last + 1:own]) and i > own:
        start = own
    else:
        start = c.last
    if i <= start or ws[i].raw.startswith(_lex_and()) or any(w.is_punct for w in ws[start + 1:i]):
        return False
    if alone and any(c.last < o.first < i for o in counts):
        return False
    last = max((o.last for o in counts if c.first <= o.first < i), default=start)
    return i <= max(last, start) + 4


_BULLETS = ("-", "–", "•", "*", "●", "▪")
# the mark a line of a list opens with: a bullet, or its number ("1-", "2.", "٣)")
_LIST_MARK = re.compile(rf"[ \t]*(?:[{re.escape(''.join(_BULLETS))}]|[0-9٠-٩]{{1,2}}[ \t]*[-–.)])")


def _is_headline(text: str, s: int, e: int, ws: list[Word]) -> bool:
    """A title or subtitle (a short line of its own with no full stop), or a bullet of
    the highlights above an article ("- موسكو تعلن ...")."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    line = text[ls: len(text) if le == -1 else le].strip()
    if line.startswith(_BULLETS) and len(line.split()) <= 30:
        return True
    return len(line.split()) <= 20 and not line.endswith((".", "!", "?", "؟", ":", "،"))


def _int(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _merge(rows: list[Claim]) -> list[Claim]:
    """One row per claim: the same claimant, outcome, item, sides, value and qualifier."""
    out: list[Claim] = []
    seen: dict[tuple, int] = {}
    for r in rows:
        key = (r.claimant, r.outcome, r.item, r.subject_side, r.value, r.low, r.high, r.qualifier)
        if key in seen:
            i = seen[key]
            out[i] = replace(out[i], mentions=out[i].mentions + 1)
        else:
            seen[key] = len(out)
            out.append(r)
    return out
