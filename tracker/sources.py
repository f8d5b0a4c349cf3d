"""Who said it: the claimant of each sentence's figures.

A sentence attributes what it says with a speech verb ("قالت الوزارة"), a
preposition ("بحسب ناشطين"), a statement ("في بيان") or by relaying another
source ("نقلا عن", "حسب ما ذكرته").  The speaker is read from the words around
the cue: a person or agency the profile knows, an institution and the party
named after it ("وزارة الدفاع الأذربيجانية"), a group and its demonym ("ناشطين
أذربيجانيين"), a capital or country standing for its government ("يريفان
أعلنت"), or a media outlet.  "الوزارة" alone is the last ministry named.  A
sentence opening with "وأضاف" or "ووفقا لها" goes on with the last speaker; one
naming nobody is the outlet's own claim (`media`).
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache
from types import SimpleNamespace
from typing import Sequence

from .lexicon import folded, load
from .normalize import fold, strip_marks
from .profiles import Party, Profile
from .text import CLOSE_QUOTES, OPEN_QUOTES, PhraseTable, Word, article, conjunctions, unclitic, variants, words, written_definite

MEDIA = "media"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical English
    name_ar: str  # the article's words
    side: str  # party code, media, unknown
    kind: str = "party"  # party, media, group, org, foreign
    institution: str = ""
    affiliation: str = ""  # for media: the party an agency belongs to (its relays of bare institutions are that party's);
    # for a source of no side relayed by such an agency, the agency's party


@dataclass
class Attribution:
    at: int  # word index of the cue
    speaker: Speaker
    relay: bool = False  # a source the sentence hands the claim on to
    ahead: bool = False  # a speaker before a colon: of what follows it only


@lru_cache(maxsize=1)
def _tables():
    src = load("sources")
    # the verbs of speech, with those of accusing and conveying, listed apart for their roles
    verbs = folded(src["speech"]["verbs"] + src["speech"]["accuse"] + src["speech"]["relay_verbs"], "sources.speech")
    speech = PhraseTable({w: "verb" for w in verbs})
    # a one-word verb with an object pronoun: "أعلنته", "ذكرتها" (its speaker is after it)
    speech_obj = PhraseTable({
        w + s: "verb_obj"
        for w in verbs if " " not in w
        for s in folded(src["speech"]["object_suffixes"], "sources.speech")
    })
    # as written: folding would take a ta marbuta ("تابعة") for the pronoun
    object_suffixes = tuple(strip_marks(x) for x in src["speech"]["object_suffixes"])
    after_verb = frozenset(folded(src["speech"]["after_verb"], "sources.speech"))
    complementizers = frozenset(folded(src["speech"]["complementizers"], "sources.speech"))
    # those with a pronoun on them ("إنه", "بأنها"): the speaker's own clause
    own_clause = frozenset(c for c in complementizers if any(c != b and c.startswith(b) for b in complementizers))
    not_speaker = frozenset(folded(src["speech"]["not_speaker"], "sources.speech"))
    not_speaker_prefixes = tuple(folded(src["speech"]["not_speaker_prefixes"], "sources.speech"))
    preps = PhraseTable({w: "prep" for w in folded(src["speech"]["prepositions"], "sources.speech")})
    relay = PhraseTable({w: "relay" for w in folded(src["speech"]["relay"], "sources.speech")})
    continuation = PhraseTable({w: "cont" for w in folded(src["speech"]["continuation"], "sources.speech")})
    pronouns = set(folded(src["speech"]["pronouns"], "sources.speech"))
    stop = set(folded(src["speech"]["stop"], "sources.speech"))
    statement = PhraseTable({w: True for w in folded(src["speech"]["statement"], "sources.speech")})
    openers = frozenset(folded(src["speech"]["subject_openers"], "sources.speech"))
    descriptors = frozenset(folded(src["speech"]["descriptors"], "sources.speech"))
    auxiliaries = frozenset(folded(src["speech"]["auxiliaries"], "sources.speech"))
    # the words of a day set off by commas between a speaker and "إن" ("قالت X، السبت، إن")
    cal = load("calendar")
    day_words = frozenset(
        w for k in ("weekday", "relative") for forms in cal[k].values()
        for f in folded(forms, f"calendar.{k}") for w in f.split()
    )
    # a verb of speech after these says nothing ("ولم يعلن الجيش عن خسائره")
    negation = frozenset(folded(load("outcomes")["negation"]["forms"], "outcomes.negation"))
    orgs = PhraseTable()
    for eng, forms in src["organisation"].items():
        for f in folded(forms, f"sources.organisation.{eng}"):
            orgs.add(f, eng)
    institutions = PhraseTable()
    for eng, forms in src["institution"].items():
        for f in folded(forms, f"sources.institution.{eng}"):
            institutions.add(f, eng)
    groups = PhraseTable()
    for eng, forms in src["group"].items():
        for f in folded(forms, f"sources.group.{eng}"):
            groups.add(f, eng)
    media_heads = set(folded(src["media"]["heads"], "sources.media"))
    media_generic = frozenset(folded(src["media"]["generic"], "sources.media"))
    outlets = PhraseTable()
    for eng, forms in src["outlet"].items():
        for f in folded(forms, f"sources.outlet.{eng}"):
            outlets.add(f, eng)
    return SimpleNamespace(
        speech=speech, speech_obj=speech_obj, object_suffixes=object_suffixes, after_verb=after_verb,
        complementizers=complementizers, own_clause=own_clause, not_speaker=not_speaker, not_speaker_prefixes=not_speaker_prefixes,
        preps=preps, relay=relay, continuation=continuation, pronouns=pronouns, stop=stop,
        institutions=institutions, groups=groups, media_heads=media_heads, media_generic=media_generic, outlets=outlets, statement=statement,
        openers=openers, orgs=orgs, descriptors=descriptors, auxiliaries=auxiliaries, negation=negation,
        day_words=day_words, aside=frozenset(folded(src["speech"]["aside"], "sources.speech")),
        dateline_marks=frozenset(src["media"]["dateline_marks"]),
        and_=conjunctions()[0],
        commas=frozenset(load("claims")["list"]["commas"]),  # (the marks a list of parts is cut by)
        again=frozenset(folded(src["speech"]["again"], "sources.speech")),
        foreign={f: eng for eng, forms in src["foreign"].items() for f in folded(forms, f"sources.foreign.{eng}")},
        titles=PhraseTable({w: True for w in folded(src["speech"]["titles"], "sources.speech")}),
        also=frozenset(folded(src["speech"]["also"], "sources.speech")),
        topic=frozenset(folded(src["speech"]["topic"], "sources.speech")),
        relay_verbs=frozenset(folded(src["speech"]["relay_verbs"], "sources.speech")),
        relay_from=frozenset(folded(src["speech"]["relay_from"], "sources.speech")),
        accuse=frozenset(folded(src["speech"]["accuse"], "sources.speech")),
        said_of=frozenset(folded(src["speech"]["said_of"], "sources.speech")),
        own=frozenset(folded(src["media"]["own"], "sources.media")),
        told=tuple(folded(src["media"]["told"], "sources.media")),
        plural_endings=tuple(folded(src["speech"]["plural_endings"], "sources.speech")),
        of_party=frozenset(src["naming"]["of_party"]),
        own_name=frozenset(src["naming"]["own_name"]),
        run_by=PhraseTable(dict.fromkeys(folded(src["naming"]["run_by"], "sources.naming"), True)),
        at_place=frozenset(folded(src["naming"]["at_place"], "sources.naming")),
        on_behalf=fold(src["naming"]["on_behalf"]),
    )


@lru_cache(maxsize=16)
def _profile_tables(profile: Profile):
    terms = PhraseTable()
    for phrase, (kind, party) in profile.terms.items():
        terms.add(phrase, (kind, party))
    people = PhraseTable({k: v for k, v in profile.people.items()})
    agencies = PhraseTable({k: v for k, v in profile.agencies.items()})
    t = _tables()
    # a word outside all of these starts no name, so _entity looks it up once, not eight times
    heads = frozenset().union(*(x.heads for x in (terms, people, agencies, t.orgs, t.outlets, t.statement, t.institutions, t.groups)))
    return terms, people, agencies, heads


# Institutions named by a word any party's may be ("المتحدث", "الوزارة", "الوكالة"): alone,
# the last speaker, never a party guessed from a place.
_ANY_PARTY = ("Spokesperson", "Ministry", "Agency")
# the kinds of speaker a later "وأضاف" goes on from (and any institution): a party's, an
# outlet, a group, an organisation
_NAMED_BY_SIDE = ("party", "media", "group", "org")
# the kinds of last speaker a bare "الوزارة" or "الوكالة" may be (a spokesperson, any): a
# party's ministry, an outlet
_LAST_OF = {"Ministry": ("party",), "Agency": ("media",)}


def _own_name(ws: list[Word], lo: int, hi: int, t) -> tuple[int, str] | None:
    """(end, text) of the name of an institution known by its own name in ws[lo:hi]: the
    words up to a place or a time ("مستشفى ناصر في خان يونس"); of more than three, the first
    two, a person's name following ("مدير مستشفى كمال عدوان حسام أبو صفية")."""
    end = next((k for k in range(lo, hi) if ws[k].is_punct or ws[k].norm in t.not_speaker), hi)
    if end - lo > 3:
        end = lo + 2
    if end <= lo or any(w.norm[:1].isdigit() for w in ws[lo:end]):
        return None
    return end, _text(ws, lo, end)


def _office(party: str, institution: str) -> str:
    """The English name of a party's institution: "Armenia Ministry of Defence", but
    "President of Armenia" for the offices named as the profiles name their holders."""
    return f"{institution} of {party}" if institution in _tables().of_party else f"{party} {institution}"


def _holder(speaker: Speaker, ws: list[Word], start: int, end: int, hi: int, people) -> tuple[Speaker, int]:
    """A party's office followed by its holder, a person the profile knows ("رئيس الوزراء
    الأرميني نيكول باشينيان"): the person's name, the one they get when named alone.  (The
    index returned stays after the office: the name is then remembered by its last word.)"""
    if end < hi and not ws[end].is_punct and (person := people.match(ws, end)) is not None:
        name, party = person[0]
        if party.code == speaker.side:
            return Speaker(name, _text(ws, start, end + person[1]), party.code, "party", speaker.institution), end
    return speaker, end


def _text(ws: list[Word], i: int, j: int) -> str:
    """The words ws[i:j] as written: a space only where the text has one ('وكالة "تاس"')."""
    out: list[str] = []
    for k in range(i, min(j, len(ws))):
        if out and ws[k].start > ws[k - 1].end:
            out.append(" ")
        out.append(ws[k].raw)
    return "".join(out)


@dataclass
class SourceState:
    """What an article has said so far: the last speaker, the last of each institution."""

    outlet: Speaker
    last: Speaker | None = None
    by_institution: dict = field(default_factory=dict)
    last_media: Speaker | None = None
    # an organisation by the first word of its name, for its short name later ("المرصد")
    by_head: dict = field(default_factory=dict)
    # the party of the place the article is datelined in ("كييف (رويترز) -"): whose an
    # office named with no party and no place is ("وقال وزير الداخلية إن")
    home: Party | None = None


def outlet_speaker(outlet: str) -> Speaker:
    name = outlet or "the article"
    return Speaker(name, "", MEDIA, "media")


def own_clauses() -> frozenset[str]:
    """The clause openers with the speaker's pronoun on them ("إنها", "أنه", "بأننا"), folded:
    what follows is the speaker's own doing."""
    return _tables().own_clause


def dateline_outlet(text: str, profile: Profile) -> Speaker | None:
    """The agency a dateline names at the start of one of the first three lines with words
    ("غزة - وفا:", "الخرطوم (رويترز) -", "كييف – الأناضول:"): the article's source when no
    outlet is given; None if there is none."""
    t = _tables()
    pos, lines = 0, 0
    blank = SourceState(outlet_speaker(""))  # (what the dateline alone names)
    while lines < 3 and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        head = text[pos:min(end, pos + 80)]
        if not any(mark in head for mark in t.dateline_marks):
            lines += bool(head.strip())
            pos = end + 1
            continue
        ws = words(text, pos, min(end, pos + 80))
        lines += bool(ws)
        for k in range(min(6, len(ws))):
            if k > 0 and ws[k - 1].raw not in t.dateline_marks:
                continue
            found = _entity(ws, k, min(len(ws), k + 6), profile, blank)
            if found is not None and found[0].kind == "media" and found[1] < len(ws) and ws[found[1]].raw in t.dateline_marks:
                return found[0]
        pos = end + 1
    return None


def dateline_home(text: str, profile: Profile) -> Party | None:
    """The party of the place an article is datelined in: a capital, a country or a place of
    the profile as the first words of its first line, before a dateline mark ("كييف (رويترز)
    -", "خان يونس - "); None if the article opens otherwise."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    ws = words(text, start, min(len(text) if end < 0 else end, start + 60))
    m = _profile_tables(profile)[0].match(ws, 0) if ws else None
    if m is not None and m[0][0] in ("place", "capital", "name") and m[1] < len(ws) and ws[m[1]].raw in _tables().dateline_marks:
        return m[0][1]
    return None


def _is_media_head(norm: str, heads: set[str]) -> bool:
    """Whether a word names a kind of outlet ("وكالة", "الشبكة", "وقناة"); `heads`: the
    tables' media heads."""
    return norm in heads or any(v in heads for v in variants(norm))


def _nationality(ws: list[Word], end: int, hi: int, terms):
    """The party of a nationality right after an outlet's name, and the index after it
    ("وكالة تاس الروسية"); (None, end) if none follows."""
    demonym = terms.match(ws, end) if end < hi else None
    if demonym is not None and demonym[0][0] == "demonym":
        return demonym[0][1], end + demonym[1]
    return None, end


def _generic_outlet(ws: list[Word], head: int, end: int, hi: int, terms, agencies, outlets) -> tuple[Speaker, int]:
    """An outlet named by its kind and whose it is: "وكالة الأنباء الفلسطينية (وفا)",
    "وكالة الأنباء السعودية", "وكالة أنباء فارس"; the name in brackets after it, if
    known, is its name."""
    party, end = _nationality(ws, end, hi, terms)
    if party is None and end < hi and not ws[end].is_punct and ws[end].norm not in _tables().stop:
        end += 1  # a nationality the profile does not know, or the outlet's own name
    said = _text(ws, head, end)
    name = said
    known = (agencies.match(ws, end + 1) or outlets.match(ws, end + 1)) if end + 2 < hi and ws[end].norm == "(" else None
    if known is not None and end + 1 + known[1] < hi and ws[end + 1 + known[1]].norm == ")":
        name = known[0][0] if isinstance(known[0], tuple) else known[0]
        if party is None and isinstance(known[0], tuple):
            party = known[0][1]
        end += known[1] + 2
        said = _text(ws, head, end)
    return Speaker(name, said, MEDIA, "media", affiliation=party.code if party else ""), end


def _entity(
    ws: list[Word], lo: int, hi: int, profile: Profile, state: SourceState, between: bool = True
) -> tuple[Speaker, int] | None:
    """The speaker named in ws[lo:hi], and the index after it; None if nobody is.  With
    `between` false, no word may stand between an institution and its party (after a verb of
    accusing, the accused come next: "اتهمت الوزارة مجموعات أرمينية")."""
    t = _tables()
    institutions, groups, media_heads, outlets, statement, stop, orgs = (
        t.institutions, t.groups, t.media_heads, t.outlets, t.statement, t.stop, t.orgs
    )
    terms, people, agencies, heads = _profile_tables(profile)
    i = lo
    institution: str | None = None
    inst_at: int | None = None  # where the institution's words start
    inst_stop: int | None = None  # and end
    group: tuple[str, int, int] | None = None
    media_head: int | None = None
    clause: int | None = None  # where a stop word ("إن", "أن", "عن") ends the words after an institution
    # the word after a statement ("بيان", "بيانات"), here or in the cue before ("بحسب بيان")
    said_end: int | None = None
    title_at: int | None = None  # where a person's title starts ("مدير المرصد"), and ends
    title_end = -1
    if lo > 0 and (before := statement.match(ws, lo - 1)) is not None and before[1] == 1:
        said_end = lo
    while i < hi:
        w = ws[i]
        if w.is_punct:
            if media_head is not None and i == media_head + 1 and w.norm in OPEN_QUOTES:
                i += 1  # 'وكالة "تاس"': the name in quotes
                continue
            if institution or group or media_head is not None:
                break
            if w.norm in ("(", "-", "«", '"', "“"):
                i += 1
                continue
            break
        if w.norm in t.own and institution is None and group is None and media_head is None:
            return Speaker(state.outlet.name, w.raw, MEDIA, "media"), i + 1  # "وأفاد مراسلنا": the outlet itself
        if title_at is None and i == lo and w.norm in t.titles.heads and (title := t.titles.match(ws, i)) is not None:
            title_at = i
            i = title_end = i + title[1]
            continue
        hit = w.norm in heads
        if group is not None and institution is None and media_head is None and w.norm.startswith(t.told) and (
            _is_media_head(w.norm, media_heads) or (hit and (agencies.match(ws, i) or outlets.match(ws, i)))
        ):
            break  # "وقال مسؤول محلي لوكالة فرانس برس": the official, who told the outlet
        if (
            hit and group is not None and i == group[1] + group[2] and ws[i - 1].norm.endswith(t.plural_endings)
            and (people.match(ws, i) or ((term := terms.match(ws, i)) is not None and term[0][0] in ("name", "capital")))
        ):
            break  # "واتهم ناشطون قوات الدعم السريع": the activists, and whom they accused
        person = people.match(ws, i) if hit else None
        if person is not None:
            name, party = person[0]
            return Speaker(name, _text(ws, inst_at if inst_at is not None else i, i + person[1]), party.code), i + person[1]
        org = orgs.match(ws, i) if hit else None
        named_at = i if title_at is None else title_at  # (with the title before it: "مدير المرصد")
        if org is not None and (institution is None or institution == "Spokesperson"):
            # (a spokesperson speaks for the organisation: "المتحدث العسكري باسم جماعة الحوثي")
            start = named_at if inst_at is None else inst_at
            return Speaker(org[0], _text(ws, start, i + org[1]), UNKNOWN, "org"), i + org[1]
        if (
            org is not None and institution is not None and inst_at is not None and inst_stop is not None
            and (run := t.run_by.match(ws, inst_stop)) is not None and inst_stop + run[1] == i
        ):
            # "وزارة الصحة التابعة للحوثيين": the organisation's
            return Speaker(f"{org[0]} {institution}", _text(ws, inst_at, i + org[1]), UNKNOWN, "org", institution), i + org[1]
        if state.by_head and institution is None and group is None and media_head is None:
            named = state.by_head.get(unclitic(w.norm))
            if named is not None:  # "وأضاف المرصد": the organisation named in full before
                return Speaker(named.name, _text(ws, named_at, i + 1), named.side, named.kind), i + 1
        if title_at is not None and i == title_end and not hit:
            return None  # a title of something no table knows ("مدير مستشفى ناصر")
        agency = (agencies.match(ws, i) or outlets.match(ws, i)) if hit else None
        if agency is not None:
            name, party = agency[0] if isinstance(agency[0], tuple) else (agency[0], None)
            start = media_head if media_head is not None else i
            end = i + agency[1]
            if media_head is not None and end < hi and ws[end].norm in CLOSE_QUOTES and ws[media_head + 1].is_punct:
                end += 1
            if party is None:
                party, end = _nationality(ws, end, hi, terms)  # "وكالة تاس الروسية"
            return Speaker(name, _text(ws, start, end), MEDIA, "media", affiliation=party.code if party else ""), end
        said = statement.match(ws, i) if hit else None
        if said is not None and institution is None and group is None and media_head is None:
            i += said[1]  # "بيان صادر عن وزارة الداخلية": what was said, then who
            said_end = i
            continue
        inst = institutions.match(ws, i) if hit else None
        if inst is not None and (institution is None and group is None or institution == "Spokesperson"):
            named = terms.match(ws, i)
            if named is not None and named[1] >= inst[1]:
                party, end = named[0][1], i + named[1]
                # "قوات الدعم السريع": a party named by its force; "الكرملين": an institution it
                # names; "الناطق باسم القوات المسلحة": a spokesperson of one
                name = party.name if named[1] > inst[1] or party.name.endswith(inst[0]) else _office(party.name, inst[0])
                start = i if inst_at is None else inst_at
                return _holder(Speaker(name, _text(ws, start, end), party.code, "party", inst[0]), ws, start, end, hi, people)
            if institution == "Spokesperson":
                institution, i = inst[0], i + inst[1]  # "المتحدث باسم وزارة الدفاع"
                inst_stop = i
                continue
            institution, inst_at = inst[0], i
            i += inst[1]
            inst_stop = i
            continue
        term = terms.match(ws, i) if hit else None
        if term is not None:
            kind, party = term[0]
            start = inst_at if inst_at is not None else (i if group is None else group[1])
            end = i + term[1]
            if institution:
                named = _own_name(ws, inst_stop, i, t) if institution in t.own_name and inst_stop is not None else None
                if named:  # "مستشفى ناصر في خان يونس": by its name, the place's
                    return Speaker(f"{institution} ({named[1]})", _text(ws, start, end), party.code, "party", institution), end
                said = Speaker(_office(party.name, institution), _text(ws, start, end), party.code, "party", institution)
                return _holder(said, ws, start, end, hi, people)
            if group:
                side = MEDIA if group[0] == "media" else party.code  # "وسائل إعلام روسية" report as media
                return Speaker(f"{party.name} {group[0]}", _text(ws, start, end), side, "media" if side == MEDIA else "group"), end
            if media_head is not None:
                break
            if kind in ("name", "capital") or i == lo:
                # "يريفان أعلنت", "قالت أرمينيا": a capital or country for its government
                return Speaker(f"Government of {party.name}", _text(ws, i, end), party.code, "party", "Government"), end
            break
        grp = groups.match(ws, i) if hit else None
        if grp is not None and institution is None and group is None:
            group = (grp[0], i, grp[1])
            i += grp[1]
            continue
        if _is_media_head(w.norm, media_heads):
            media_head = i
            i += 1
            continue
        if (w.norm in stop or w.norm in t.complementizers) and (institution or group):
            clause = i
            break
        if (
            institution and inst_at is not None and i == inst_stop and w.norm.startswith(article())
            and w.norm.endswith(("يه", "ي")) and w.norm not in t.descriptors and institution not in t.own_name
            and t.run_by.match(ws, i) is None  # ("التي تديرها": not an adjective of nationality)
        ):
            # "وزارة الدفاع البريطانية": a party the profile does not know
            country = t.foreign.get(w.norm)
            name = f"{country} {institution}" if country else f"{institution} ({w.raw})"
            return Speaker(name, _text(ws, inst_at, i + 1), UNKNOWN, "foreign", institution), i + 1
        if (institution or group or media_head is not None) and between:
            # a word between an institution and its party: "وزارة الدفاع في حكومة قره باغ"
            # (not past a figure: "وأكدت الوزارة مقتل 20 جنديا أوكرانيا" names the dead's)
            at = inst_at if inst_at is not None else (group[1] if group else media_head)
            if (at is not None and i - at > 5) or w.norm[:1].isdigit():
                break
            i += 1
            continue
        if said_end is not None and i - said_end < 2 and w.norm not in stop and w.norm not in t.complementizers:
            i += 1  # "بيان رسمي لوزارة الدفاع", "بيانات متتالية لحزب الله": a word of what kind of statement
            continue
        break
    if institution:
        # "الوزارة", "وزارة الدفاع" with no party: the last one named
        assert inst_at is not None and inst_stop is not None
        known = state.by_institution.get(institution)
        if known is not None:
            return Speaker(known.name, _text(ws, inst_at, inst_stop), known.side, known.kind, institution), inst_stop
        kinds = _LAST_OF.get(institution)
        if institution in _ANY_PARTY and state.last is not None and (
            kinds is None or state.last.kind in kinds or state.last.institution == institution
        ):
            # "وأشارت الوزارة": the last speaker when it may have one (a party, for a ministry;
            # not witnesses), and any for its spokesperson ("المتحدث باسم الجهاز")
            return state.last, inst_stop
        # the words between it and "إن" that name it ("قوات سوريا الديمقراطية أن"): a force
        # the profile does not know named in full, or a hospital by its name
        rest = None
        if clause is not None and 0 < clause - inst_stop <= 3 and not any(
            w.norm[:1].isdigit() or w.norm in t.not_speaker for w in ws[inst_stop:clause]
        ) and not all(w.norm in t.descriptors for w in ws[inst_stop:clause]):
            rest = _text(ws, inst_stop, clause)
        institution_name = None
        if institution in t.own_name and clause is not None and (named := _own_name(ws, inst_stop, clause, t)):
            inst_stop, institution_name = named[0], f"{institution} ({named[1]})"
        # named, but whose is not said: the place the sentence opens with ("وفي خاركيف، قال
        # الحاكم"), else the claimant is known by its office only
        # (or, further back, the nearest place the sentence names: "مقتل امرأة في مدينة
        # زابوريجيا ... وفق ما أعلنه حاكم المقاطعة", when the war does not make the
        # institution one side's: "إسرائيل قتلت 20 مدنيا في رفح، وفق الدفاع المدني")
        known = profile.institutions.get(institution)  # "الجيش" in a war where it is one party
        for k in (*range(max(0, lo - 8), lo), *(range(lo - 9, -1, -1) if known is None else ())):
            place = terms.match(ws, k)
            if place is not None and place[0][0] in ("place", "name", "capital") and (
                known is None or k > 0 and any(v in t.at_place for v in variants(ws[k - 1].norm))
            ):
                party = place[0][1]
                name = institution_name or _office(party.name, institution)
                return Speaker(name, _text(ws, inst_at, inst_stop), party.code, "party", institution), inst_stop
        if known is not None:
            code, canonical = known
            party = next(p for p in profile.parties if p.code == code)
            canonical = canonical or _office(party.name, institution)
            return Speaker(canonical, _text(ws, inst_at, inst_stop), party.code, "party", institution), inst_stop
        if state.home is not None and institution not in _ANY_PARTY:
            # the party of the place the article is datelined in: "كييف (رويترز) - ... وقال
            # وزير الداخلية إيهور كليمينكو إن"
            party = state.home
            name = institution_name or _office(party.name, institution)
            return Speaker(name, _text(ws, inst_at, inst_stop), party.code, "party", institution), inst_stop
        if institution_name is not None:
            return Speaker(institution_name, _text(ws, inst_at, inst_stop), UNKNOWN, "unknown", institution), inst_stop
        if rest is not None and clause is not None:
            return Speaker(f"{institution} ({rest})", _text(ws, inst_at, clause), UNKNOWN, "unknown", institution), clause
        return Speaker(institution, _text(ws, inst_at, inst_stop), UNKNOWN, "unknown", institution), inst_stop
    if media_head is not None:
        k = media_head + 1
        numbered = k < hi and ws[k].norm[:1].isdigit()  # "القناة 12": a name of its own
        if written_definite(ws[media_head].raw) and not numbered:  # "وقالت الوكالة": the one named before
            head = ws[media_head].raw
            return state.last_media or Speaker(head, head, MEDIA, "media"), k
        if k < hi and ws[k].norm in OPEN_QUOTES:  # 'صحيفة "نيويورك تايمز"': all the quoted name
            close = next((j for j in range(k + 2, min(hi, k + 8)) if ws[j].norm in CLOSE_QUOTES), None)
            if close is not None:
                name = " ".join(w.raw for w in ws[k + 1:close])
                party, end = _nationality(ws, close + 1, hi, terms)  # '«إزفستيا» الروسية'
                return Speaker(name, _text(ws, media_head, end), MEDIA, "media", affiliation=party.code if party else ""), end
        if k < hi and ws[k].norm in t.media_generic and not numbered:
            return _generic_outlet(ws, media_head, k + 1, hi, terms, agencies, outlets)
        said = _text(ws, media_head, min(hi, k + 1))
        name = said if numbered else ws[k].raw if k < hi else ws[media_head].raw
        return Speaker(name, said, MEDIA, "media"), k + 1
    if group:
        return Speaker(group[0], _text(ws, group[1], group[1] + group[2]), UNKNOWN, "group"), group[1] + group[2]
    return None


def _bare_institution(ws: list[Word], j: int, via: Speaker, profile: Profile) -> tuple[Speaker, int] | None:
    """"نقلا عن وزارة الدفاع" relayed by an agency of a party: that party's institution."""
    if not via.affiliation:
        return None
    inst = _tables().institutions.match(ws, j)
    if inst is None:
        return None
    party = next(p for p in profile.parties if p.code == via.affiliation)
    return Speaker(_office(party.name, inst[0]), _text(ws, j, j + inst[1]), party.code, "party", inst[0]), j + inst[1]


def institution_side(ws: list[Word], j: int, profile: Profile) -> str | None:
    """The party of an institution named at word j with no party ("للجيش" in a war where
    the army is one side's), or None."""
    inst = _tables().institutions.match(ws, j)
    known = profile.institutions.get(inst[0]) if inst is not None else None
    return known[0] if known is not None else None


def speech_verbs(ws: list[Word]) -> list[int]:
    """Where a verb of speech starts in the sentence, with or without a named speaker."""
    return [i for i, _, _ in _tables().speech.find(ws)]


_CLOCK = re.compile(r"[0-2]?[0-9]:[0-5][0-9]")


def attributions(
    ws: list[Word], profile: Profile, state: SourceState, events=frozenset(), figures: Sequence[int] = ()
) -> list[Attribution]:
    """Every cue of attribution in a sentence with its speaker, in order.  `events`: the
    indices of words that tell what happened ("مقتل", "إسقاط"), where a speaker no table
    knows ends ("وأعلن جهاز الإسعاف والطوارئ انتشال جثث 17 شخصا"); `figures`: where the
    sentence's figures start in the text (no such speaker opens with one: "فيما نقل ثلاثة
    شهداء إلى المستشفى")."""
    t = _tables()
    speech, preps, relay, continuation, pronouns = t.speech, t.preps, t.relay, t.continuation, t.pronouns
    out: list[Attribution] = []
    n = len(ws)
    i = 0
    speech_heads, prep_heads, obj_heads = speech.heads, preps.heads, t.speech_obj.heads
    # a headline's speaker before a colon: "روسيا: تدمير 3 مقاتلات", "- زيلينسكي: ..."
    # (looked for only when a colon stands among the first words)
    silent: Speaker | None = None  # a speaker whose verb was negated
    lead = 1 if n and ws[0].is_punct else 0
    if n > 3 and ws[1].raw == ":" and _CLOCK.fullmatch(ws[0].raw + ":" + ws[2].raw):
        lead = 4 if ws[3].is_punct else 3  # a live report's time: "10:45 - الدفاع المدني في غزة: ..."
    colon = next((k for k in range(lead + 1, min(n, lead + 9)) if ws[k].raw == ":"), None)
    found = _entity(ws, lead, colon, profile, state) if colon is not None else None
    if found is not None and found[1] == colon and found[0].kind != "unknown":
        out.append(Attribution(lead, found[0]))
        _remember(state, found[0])
        i = found[1] + 1
    headed = i  # where a speaker before a later colon may start
    while i < n:
        norm = ws[i].norm
        cue = None
        if norm in speech_heads or norm in prep_heads:
            cue = speech.match(ws, i) or preps.match(ws, i)
        elif norm in obj_heads and strip_marks(ws[i].raw).endswith(t.object_suffixes):
            cue = t.speech_obj.match(ws, i)
        if cue is None:
            i += 1
            continue
        kind, size = cue
        if kind in ("verb", "verb_obj") and out and i > 0 and ws[i - 1].norm in t.own_clause:
            i += size  # "وقال الجيش إنه رصد تجمعا للقوات الروسية": what the speaker did, not a new speaker
            continue
        is_relay = relay.match(ws, i) is not None and bool(out)
        j = i + size
        if kind in ("verb", "verb_obj") and j < n and ws[j].norm in t.after_verb:
            j += 1  # "وفق ما أفادت به الوزارة"
        # "ووفقا لها": a pronoun for the last speaker
        if j < n and (ws[j].norm in pronouns or ws[j].norm in t.again) and state.last is not None:
            out.append(Attribution(i, state.last))  # (or speakers named together: "المؤسستان")
            i = j + 1
            continue
        accusing = kind == "verb" and any(v in t.accuse for v in variants(ws[i].norm))
        found = _entity(ws, j, min(n, j + 12), profile, state, between=not accusing)
        if found is None and state.last is not None:
            # "وقال التقرير إن", "وبحسب البيان،": a statement named alone is the last speaker's
            for k in (j, j - 1) if size > 1 else (j,):
                said = t.statement.match(ws, k)
                if said is not None and (k + said[1] >= n or ws[k + said[1]].is_punct or k < j) and written_definite(ws[k].raw):
                    found = state.last, max(j, k + said[1])
                    break
        if is_relay and (found is None or found[0].kind == "unknown"):
            found = _bare_institution(ws, j, out[-1].speaker, profile) or found
        if found is None and kind == "verb":
            # "وكانت يريفان أعلنت": the speaker right before the verb, not after a
            # preposition ("قوات ... في ناجورنو كاراباخ سجلت" is not Karabakh speaking)
            for back in range(max(0, i - 7), i):
                if back > 0 and not ws[back - 1].is_punct and ws[back - 1].norm not in t.openers:
                    continue
                cand = _entity(ws, back, i, profile, state)
                ends = cand[1] if cand is not None else -1
                if cand is not None and cand[0].institution and (
                    any(ws[k].norm in t.auxiliaries for k in range(ends, i)) or (back > 0 and ws[back - 1].norm in t.topic)
                ):
                    # a name after a title, then "قد": "الرئيس الأذربيجاني إلهام علييف قد أعلن"
                    # (or then the verb, after "أما": "أما حاكم خاركيف أوليه سينيهوبوف فقال")
                    while ends < i and ends - cand[1] < 3 and not ws[ends].is_punct and ws[ends].norm not in t.auxiliaries:
                        ends += 1
                while cand is not None and ends < i and ws[ends].norm in t.auxiliaries:
                    ends += 1  # "كييف قد أعلنت"
                if cand is not None and cand[0].kind == "group" and 0 < i - ends <= 2 and not any(
                    ws[k].is_punct or ws[k].norm in t.stop or ws[k].norm in t.complementizers for k in range(ends, i)
                ):
                    ends = i  # "لكن مدونين عسكريين تحدثوا": a group and a word of what kind
                if cand is not None and ends == i:
                    found = cand
                    break
        if found is None and kind in ("verb", "verb_obj"):
            found = _unnamed(ws, j, n, t, events, figure_ends=i in events, figures=figures)
            if found is not None:
                found = _of_party(found, ws, j, profile)
        if (
            found is None and kind == "verb" and i > lead + 1 and ws[i].raw.startswith(t.and_)
            and j < n and ws[j].norm in t.complementizers
        ):
            # "ودعا الوزير المجتمع الدولي إلى التحرك، وقال إن": the subject of the verb the
            # sentence opened with says this too
            cand = _entity(ws, lead + 1, i, profile, state)
            if cand is not None and cand[0].kind != "unknown":
                found = cand[0], j
        if found is None and silent is not None and kind in ("verb", "verb_obj"):
            found = silent, i + size  # "ولم تعلن أذربيجان عن خسائرها، لكنها قالت إن": the one who kept silent
        if found is not None:
            speaker, end = found
            if kind in ("verb", "verb_obj") and i > 0 and any(v in t.negation for v in variants(ws[i - 1].norm)):
                # "ولم يعلن الجيش الأوكراني عن خسائره": it said nothing; a verb later in the
                # sentence with no speaker of its own is its
                silent = speaker
            else:
                out.append(Attribution(i, speaker, relay=is_relay and speaker.kind != "media"))
            _remember(state, speaker)
            if speaker.kind in ("party", "org") and kind in ("verb", "verb_obj"):
                _remember_name(ws, end, state, speaker, t)
            verb_at, i = i, max(end, i + size)
            if speaker.kind == "media" and kind == "verb" and any(v in t.relay_verbs for v in variants(ws[verb_at].norm)):
                if i < n and (ws[i].norm in OPEN_QUOTES or ws[i].norm == "("):
                    # its name again, in quotes or brackets: 'وكالة الأنباء الفلسطينية "وفا"'
                    close = next((k for k in range(i + 2, min(n, i + 6)) if ws[k].norm in CLOSE_QUOTES or ws[k].norm == ")"), None)
                    i = close + 1 if close is not None else i
                origin = _entity(ws, i + 1, min(n, i + 13), profile, state) if i + 1 < n and ws[i].norm in t.relay_from else None
                if origin is not None:  # "ونقلت وكالة وفا عن مصادر طبية قولها إن": those sources, relayed
                    out.append(Attribution(i, origin[0], relay=True))
                    _remember(state, origin[0])
                    i = origin[1]
            continue
        if i <= 1 and kind == "verb" and continuation.match(ws, i) is not None and state.last is not None:
            out.append(Attribution(i, state.last))  # "وأضاف أن ...": the last speaker goes on
        i += size
    # a second clause's speaker before a colon: "الاحتلال يزعم القضاء على 17 ألف مقاتل والصحة
    # بغزة: 35 ألف شهيد" (a speaker joined by "و" or after a comma, not one a cue named)
    for k in range(headed + 2, n):
        if ws[k].raw != ":":
            continue
        for s in range(k - 1, max(lead, k - 5), -1):
            if not (ws[s].raw.startswith(t.and_) or ws[s - 1].raw in t.commas) or any(s <= a.at < k for a in out):
                continue
            found = _entity(ws, s, k, profile, state)
            if found is not None and found[1] == k and found[0].kind != "unknown":
                out = sorted([*out, Attribution(s, found[0], ahead=True)], key=lambda a: a.at)
                _remember(state, found[0])
                break
    if not out and lead < n and ws[lead].norm in t.also and state.last is not None:
        out.append(Attribution(lead, state.last))  # "كما دمرت ...": more of what it said
    return out


def _unnamed(
    ws: list[Word], j: int, n: int, t, events=frozenset(), figure_ends: bool = False, figures: Sequence[int] = ()
) -> tuple[Speaker, int] | None:
    """A speaker the tables do not know: the few words between its verb and "إن"/"أن"
    ("وقال منتدى عائلات الأسرى إن") or a word of what happened (one of `events`: "وأعلن
    التحالف اعتراض 3 صواريخ"), or a figure when the verb itself tells what happened
    (`figure_ends`: "ونعى حزب الله 3 من عناصره"); None if a time, a preposition, a pronoun
    or a statement opens them, or punctuation, a figure or more than six words stand between."""
    if (
        j >= n or j in events or ws[j].is_punct or _is_figure(ws[j], figures) or ws[j].norm in t.complementizers
        or ws[j].norm.startswith(t.not_speaker_prefixes)
        or any(v in t.not_speaker for v in variants(ws[j].norm)) or t.statement.match(ws, j)
    ):
        return None  # (a statement named alone, "وأضاف البيان أن", is the last speaker's)
    end = None
    title = t.titles.match(ws, j)  # "الأمين العام لمجلس الأمن الأرميني أرمين غريغوريان": six words after it
    for k in range(j + 1, min(n, j + 7 + (title[1] if title else 0))):
        if ws[k].is_punct or _is_figure(ws[k], figures):
            if figure_ends and end is None and not ws[k].is_punct:
                end = k
            elif end is None and ws[k].is_punct and _aside(ws, k, n, t):
                end = k  # "قالت تنسيقية لجان مقاومة الفاشر، السبت، إن"
            break
        if ws[k].norm in t.complementizers:
            end = k  # (before a word of what happened that is part of a name: "منتدى عائلات الأسرى إن")
            if ws[k - 1].norm in t.stop and k - 1 > j:
                end = k - 1  # "وأشار المركز إلى أن": the verb's preposition is not the speaker's
            break
        if end is None and k in events:
            end = k
    if end is None:
        return None
    said = _text(ws, j, end)
    return Speaker(said, said, UNKNOWN, "unknown"), end


def _aside(ws: list[Word], k: int, n: int, t) -> bool:
    """Whether the punctuation at ws[k] opens a day or a statement between commas before
    "إن": "قالت تنسيقية لجان مقاومة الفاشر، السبت، إن", "وقالت غرفة طوارئ الفاشر، في بيان
    لها، إن", "وقال غريغوريان، في مؤتمر صحفي، إن"."""
    m = k + 1
    while m < n and m - k <= 3 and ws[m].norm in t.day_words:
        m += 1
    if m == k + 1 and m + 1 < n and ws[m].norm in t.aside and (said := t.statement.match(ws, m + 1)):
        m += 1 + said[1]
        m += m < n and ws[m].norm in t.pronouns  # "في بيان لها"
        if m + 1 < n and not ws[m].is_punct and ws[m + 1].is_punct:
            m += 1  # a word of what kind: "في كلمة متلفزة"
    return k + 1 < m < n - 1 and ws[m].is_punct and ws[m + 1].norm in t.complementizers


def _of_party(found: tuple[Speaker, int], ws: list[Word], j: int, profile: Profile) -> tuple[Speaker, int]:
    """A speaker no table knows, of the party its words name as an owner ("الفرقة السادسة
    مشاة التابعة للجيش السوداني": the Sudanese army's)."""
    speaker, end = found
    terms = _profile_tables(profile)[0]
    for k in range(j, end):
        m = terms.match(ws, k)
        if m is not None and m[0][0] != "place":
            party = m[0][1]
            # (ending after the party's name: a person's name after it is then remembered,
            # "الأمين العام لمجلس الأمن الأرميني أرمين غريغوريان")
            return Speaker(f"{party.name} ({_text(ws, j, k + m[1])})", speaker.name_ar, party.code, "party"), k + m[1]
    return found


def _is_figure(w: Word, figures: Sequence[int]) -> bool:
    return w.norm[:1].isdigit() or any(w.start <= f < w.end for f in figures)


def _remember_name(ws: list[Word], end: int, state: SourceState, speaker: Speaker, t) -> None:
    """A person's name of one to three words between a speaker's title and "إن" ("قالت
    المتحدثة باسم وزارة الدفاع الأرمينية شوشان ستيبانيان إن", or with an aside before it:
    "ستيبانيان، في مؤتمر صحفي، إن") or what was said of ("نفت
    ... شوشان ستيبانيان هذه المعلومات"): remembered by its first and last word, so that
    "وأكدت ستيبانيان" later is the same speaker."""
    if end < len(ws) and ws[end].norm in t.complementizers:
        # the name already read past, after "باسمها": "المتحدثة باسمها شوشان ستيبانيان إن"
        for j in range(end - 2, max(-1, end - 5), -1):
            if ws[j].norm.startswith(t.on_behalf) and len(ws[j].norm) > len(t.on_behalf):
                if not any(w.is_punct or w.norm.startswith(article()) for w in ws[j + 1:end]):
                    state.by_head[ws[j + 1].norm] = state.by_head[ws[end - 1].norm] = speaker
                break
        return
    k = end
    while k < len(ws) and k - end < 3 and not ws[k].is_punct and not ws[k].norm[:1].isdigit() and not (
        ws[k].norm.startswith(article()) or ws[k].norm in t.complementizers or ws[k].norm in t.said_of
        or ws[k].norm in t.stop or ws[k].norm in t.day_words or ws[k].norm in t.aside or t.statement.match(ws, k)
    ):
        k += 1
    if end < k < len(ws) and (
        ws[k].norm in t.complementizers or ws[k].norm in t.said_of or (ws[k].is_punct and _aside(ws, k, len(ws), t))
    ):
        state.by_head[ws[end].norm] = state.by_head[ws[k - 1].norm] = speaker


def _alone(table: PhraseTable, head: str) -> bool:
    """Whether a folded word (or it without clitics) is a phrase of the table by itself."""
    return any(not rest for v in variants(head) for rest, _ in table.first.get(v, ()))


@lru_cache(maxsize=4096)
def _head_keys(name_ar: str, kind: str, institution: bool) -> tuple[str, ...]:
    """The words a speaker is named again by later ("شبكة أطباء السودان", then "وأوضحت
    الشبكة"; "حزب الله", "الحزب"; a party's institution too: "هيئة الأركان العامة للقوات
    المسلحة الأوكرانية", then "وأوضحت الهيئة"): its first word, definite, read with and
    without a clitic ("لجان المقاومة", then "اللجان", not "الجان")."""
    words = name_ar.split()
    first = fold(words[0])
    if unclitic(first).startswith(article()):
        return (unclitic(first),) if kind == "org" and not institution else ()
    if len(words) < 2:
        return ()
    t = _tables()
    out = []
    for head in dict.fromkeys((article() + unclitic(first), article() + first)):
        if kind == "org" or not (_alone(t.institutions, head) or _alone(t.groups, head) or _is_media_head(head, t.media_heads)):
            out.append(head)  # (not "القوات" for "قوات الدعم السريع": any forces)
    return tuple(out)


def _remember(state: SourceState, speaker: Speaker) -> None:
    if speaker.kind == "media":
        state.last_media = speaker
        state.by_institution["Agency"] = speaker  # "وقالت الوكالة"
        if state.by_head:  # "الشبكة" after an outlet is the outlet again, not an organisation named before
            heads = _tables().media_heads
            for head in [h for h in state.by_head if _is_media_head(h, heads)]:
                del state.by_head[head]
    if speaker.institution:
        state.by_institution[speaker.institution] = speaker
        if "Ministry" in speaker.institution:
            state.by_institution["Ministry"] = speaker  # "وأكدت الوزارة": the last ministry named
    if (speaker.kind in ("org", "party") or (speaker.kind == "unknown" and not speaker.institution)) and speaker.name_ar:
        # (a speaker no table knows, named in full: "تنسيقية لجان مقاومة الفاشر", then "التنسيقية")
        for head in _head_keys(speaker.name_ar, speaker.kind, bool(speaker.institution)):
            state.by_head[head] = speaker
    if speaker.kind in _NAMED_BY_SIDE or speaker.institution:
        # (an institution of no known party too: "أعلن جهاز الإسعاف والطوارئ ... وأضاف أن")
        state.last = speaker


def claimant_at(atts: list[Attribution], index: int, state: SourceState) -> Speaker:
    """The claimant of a figure at word `index` of a sentence with these attributions."""
    relays = [a for a in atts if a.relay]
    if relays:
        origin = relays[0].speaker
        via = next((a.speaker for a in atts if not a.relay and a.speaker.kind == "media"), None)
        if via is not None:
            # (a source of no side, relayed by an agency of one, keeps the agency's party:
            # "ونقلت وفا عن مصادر طبية أن ثلاثة مواطنين استشهدوا" tells of its side's dead)
            return Speaker(
                f"{origin.name} (via {via.name})", f"{origin.name_ar} / {via.name_ar}", origin.side, origin.kind, origin.institution,
                affiliation=via.affiliation if origin.side == UNKNOWN else "",
            )
        return origin
    before = [a for a in atts if a.at < index]
    if before:
        return before[-1].speaker
    for a in atts:
        if not a.ahead:
            return a.speaker  # said after the figure: "قتل 20 شخصا، بحسب الوزارة"
    return state.outlet
