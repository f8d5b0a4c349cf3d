"""Conflict profiles: the parties of a conflict and their Arabic names (TOML data).

`load_profile(name_or_path)` returns a `Profile`.  A bundled profile is named by
its file stem ("karabakh", "russia-ukraine"); a user's own is a path to a .toml
file of the same format (see the README).  A malformed profile raises
ProfileError naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..errors import ProfileError
from ..normalize import fold, fold_letters, trie_pattern
from ..text import article, clitics

BUNDLED = ("karabakh", "russia-ukraine", "israel-gaza", "sudan")
# "auto": each article read with the bundled profile of the war it names (see `choose`)
AUTO = "auto"
# "auto,my-war.toml": each article read with the profile of its war among those listed
LIST = ","
# "auto" reads an article until one war is named this many times more than any other
_LEAD = 5
_RANK = {"demonym": 0, "name": 1, "capital": 2, "place": 3}


@dataclass(frozen=True, eq=False)
class Party:
    code: str
    name: str  # English, e.g. "Azerbaijan"
    names: tuple[str, ...]  # folded
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    places: tuple[str, ...]
    people: dict  # folded Arabic name -> English claimant name
    agencies: dict  # folded Arabic name -> English outlet name


@dataclass(frozen=True, eq=False)
class Profile:
    name: str
    title: str
    date_range: tuple[dt.date, dt.date]
    belligerents: tuple[str, ...]
    parties: tuple[Party, ...]
    # folded phrase -> (kind, party); kind: name, demonym, capital, place
    terms: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)  # folded -> (english, party)
    agencies: dict = field(default_factory=dict)  # folded -> (english, party)
    civil_war: bool = False  # the belligerents are one nation's: its civilians are neither's
    # an institution named with no party ("الجيش", "وزارة الصحة") -> (the party it is in this
    # war, its name as a claimant, or None for the party's name and the institution's)
    institutions: dict = field(default_factory=dict)
    # more pairs at war beside the belligerents: another front of the same war
    fronts: tuple[tuple[str, str], ...] = ()
    # "auto": the profiles an article is read with one of (see `choose`), the first when it
    # names none of their wars; a profile to choose from, not to read with
    choices: tuple[Profile, ...] = ()
    # words that name the war's land or people and no side ("السودان", "الفاشر" in Sudan's
    # civil war): signs of the war for "auto", nothing more
    region: tuple[str, ...] = ()
    # "auto": the pattern of the words only one choice has (its names, people, agencies)
    # and the choice each such word stands for
    _own: re.Pattern | None = None
    _owner: dict = field(default_factory=dict)

    @property
    def codes(self) -> tuple[str, ...]:
        if self.choices:
            return tuple(dict.fromkeys(c for p in self.choices for c in p.codes))
        return tuple(dict.fromkeys(p.code for p in self.parties))

    def choose(self, text: str) -> Profile:
        """The profile to read an article with: this one, or for "auto" the choice whose
        own words (names, demonyms, capitals, places, people, agencies and region no other
        choice has) the article uses most, the one named first of equals; the first choice when
        it names none.  Read until one war is named `_LEAD` times more than any other."""
        if not self.choices or self._own is None:
            return self
        score = [0] * len(self.choices)
        first: dict[int, int] = {}
        # words of a party at war in one choice only, a bystander in others ("الروسية": at
        # war in Ukraine, peacekeepers in Karabakh): counted when no choice's own word is used
        weak = [0] * len(self.choices)
        weak_first: dict[int, int] = {}
        owner = self._owner
        for m in self._own.finditer(fold_letters(text)):
            w = m.group(1)
            found = owner.get(w)
            if found is None:
                found = owner[" ".join(w.split())]  # a name across a line break
            k, own = found
            if not own:
                weak[k] += 1
                weak_first.setdefault(k, m.start())
                continue
            score[k] += 1
            first.setdefault(k, m.start())
            if score[k] >= _LEAD and all(score[k] - v >= _LEAD for j, v in enumerate(score) if j != k):
                break
        if not first:
            score, first = weak, weak_first
        if not first:
            return self.choices[0]
        return self.choices[min(first, key=lambda k: (-score[k], first[k]))]

    def enemy_of(self, code: str, named: Collection[str] = ()) -> str | None:
        """The side a party fights: the other belligerent, or its enemy on another front
        (`fronts`); None for a party at war with nobody.  A party at war on two fronts
        fights the one `named` (the sides a sentence names), else the other belligerent."""
        enemies = self.enemies_of(code)
        if len(enemies) > 1:
            for e in enemies:
                if e in named:
                    return e
        return enemies[0] if enemies else None

    def enemies_of(self, code: str) -> tuple[str, ...]:
        """Every side a party is at war with, the other belligerent first."""
        pairs = ((tuple(self.belligerents),) if len(self.belligerents) == 2 else ()) + self.fronts
        return tuple(dict.fromkeys(b if a == code else a for a, b in pairs if code in (a, b)))


def _need(table: dict, key: str, kind, where: str):
    if key not in table:
        raise ProfileError(f"{where}: missing key {key!r}")
    value = table[key]
    if not isinstance(value, kind):
        raise ProfileError(f"{where}: key {key!r} must be {getattr(kind, '__name__', kind)}, not {type(value).__name__}")
    return value


def _str_list(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ProfileError(f"{where}: key {key!r} must be a list of non-empty strings")
    return tuple(fold(v).strip() for v in value)


def parse_profile(data: dict, source: str) -> Profile:
    name = _need(data, "name", str, source)
    title = data.get("title", name)
    rng = _need(data, "date_range", list, source)
    try:
        start, end = (dt.date.fromisoformat(str(d)) for d in rng)
    except (ValueError, TypeError):
        raise ProfileError(f"{source}: key 'date_range' must be two ISO dates, like [\"2020-01-01\", \"2020-12-31\"]") from None
    parties_raw = _need(data, "party", list, source)
    if not parties_raw:
        raise ProfileError(f"{source}: key 'party' must list at least one party")
    parties = []
    terms: dict = {}
    people: dict = {}
    agencies: dict = {}
    for i, raw in enumerate(parties_raw):
        where = f"{source}: party[{i}]"
        if not isinstance(raw, dict):
            raise ProfileError(f"{where}: must be a table")
        code = _need(raw, "code", str, where)
        pname = _need(raw, "name", str, where)
        where = f"{source}: party {pname!r}"
        party = Party(
            code=code,
            name=pname,
            names=_str_list(raw, "names", where),
            demonyms=_str_list(raw, "demonyms", where),
            capitals=_str_list(raw, "capitals", where),
            places=_str_list(raw, "places", where),
            people={fold(k): v for k, v in raw.get("people", {}).items()},
            agencies={fold(a): eng for eng, ars in raw.get("agencies", {}).items() for a in ars},
        )
        for key in ("people", "agencies"):
            if not isinstance(raw.get(key, {}), dict):
                raise ProfileError(f"{where}: key {key!r} must be a table")
        for kind, words in (("name", party.names), ("demonym", party.demonyms), ("capital", party.capitals), ("place", party.places)):
            for w in words:
                old = terms.get(w)
                if old is not None and old[1].code != code:
                    raise ProfileError(f"{where}: {w!r} already names party {old[1].code}")
                if old is None or _RANK[kind] < _RANK[old[0]]:
                    terms[w] = (kind, party)  # "أرمينية" is read as the adjective first
        for k, v in party.people.items():
            people[k] = (v, party)
        for k, v in party.agencies.items():
            agencies[k] = (v, party)
        parties.append(party)
    belligerents = tuple(data.get("belligerents", []))
    codes = {p.code for p in parties}
    for b in belligerents:
        if b not in codes:
            raise ProfileError(f"{source}: key 'belligerents' names {b!r}, which no party has")
    civil_war = data.get("civil_war", False)
    if not isinstance(civil_war, bool):
        raise ProfileError(f"{source}: key 'civil_war' must be true or false")
    institutions = data.get("institutions", {})
    if not isinstance(institutions, dict):
        raise ProfileError(f"{source}: key 'institutions' must be a table")
    insts = {}
    for inst, value in institutions.items():
        # "Army" = "X", or "Army" = { party = "X", name = "X Defense Forces" }
        code, canonical = (value.get("party"), value.get("name")) if isinstance(value, dict) else (value, None)
        if code not in codes:
            raise ProfileError(f"{source}: institution {inst!r} is given party {code!r}, which no party has")
        if canonical is not None and not (isinstance(canonical, str) and canonical.strip()):
            raise ProfileError(f"{source}: institution {inst!r} has a name that is not a text")
        insts[inst] = (code, canonical)
    fronts_raw = data.get("fronts", [])
    if not isinstance(fronts_raw, list) or not all(
        isinstance(f, list) and len(f) == 2 and all(isinstance(c, str) for c in f) and f[0] != f[1] for f in fronts_raw
    ):
        raise ProfileError(f"{source}: key 'fronts' must be a list of pairs of party codes, like [[\"X\", \"Z\"]]")
    for f in fronts_raw:
        for c in f:
            if c not in codes:
                raise ProfileError(f"{source}: key 'fronts' names {c!r}, which no party has")
    fronts = tuple((f[0], f[1]) for f in fronts_raw)
    return Profile(
        name, title, (start, end), belligerents, tuple(parties), terms, people, agencies, civil_war, insts, fronts,
        region=_str_list(data, "region", source),
    )


def _bare(word: str) -> str:
    """A folded word without the article: "الروسية" and "روسية" are one word."""
    art = article()
    return word[len(art):] if word.startswith(art) and len(word) > len(art) + 2 and " " not in word else word


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The words of speech, institutions and outlets the lexicon lists ("كان", "القوات
    المسلحة", "الأناضول"; not its foreign countries): words of any war's news, whatever
    profile also names something by them."""
    from .. import lexicon

    out: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            out.add(_bare(fold(value).strip()))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for key, table in lexicon.load("sources").items():
        if key != "foreign":
            walk(table)
    return frozenset(out)


def auto_profile(choices: tuple[Profile, ...]) -> Profile:
    """A profile that reads each article with one of `choices` (see `Profile.choose`)."""
    common = _common_words()
    words: dict[str, set[int]] = {}
    at_war: dict[str, set[int]] = {}  # the choices in which a word names a party at war
    for k, p in enumerate(choices):
        fighting = {c for c in p.codes if p.enemies_of(c)}
        for w, (_, party) in (*p.terms.items(), *p.people.items(), *p.agencies.items()):
            if _bare(w) != w and _bare(w) not in p.terms:
                continue  # a common noun a war's news uses as a name: "القطاع", "الإقليم"
            words.setdefault(_bare(w), set()).add(k)
            if party.code in fighting:
                at_war.setdefault(_bare(w), set()).add(k)
        for w in p.region:  # listed to be signs of the war: "السودان", "الفاشر"
            words.setdefault(_bare(w), set()).add(k)
    # a word only one choice has is its own; one that names a party at war in only one
    # choice is a weak sign of it
    owner: dict[str, tuple[int, bool]] = {}
    for w, ks in words.items():
        if w in common:
            continue
        if len(ks) == 1:
            owner[w] = (next(iter(ks)), True)
        elif len(fights := at_war.get(w, set())) == 1:
            owner[w] = (next(iter(fights)), False)
    # a word with its clitics ("والأذربيجانية", "لأوكرانيا"), not inside another word
    chains = "|".join(re.escape(c) for c in clitics())
    own = re.compile(r"(?<!\w)(?:" + chains + ")?(" + trie_pattern(set(owner)) + r")(?!\w)") if owner else None
    first = choices[0]
    return Profile(
        AUTO, "Each article's own conflict", (min(p.date_range[0] for p in choices), max(p.date_range[1] for p in choices)),
        first.belligerents, first.parties, choices=choices, _own=own, _owner=owner,
    )


def _listed(names: str) -> tuple[Profile, ...]:
    """The profiles of a list ("auto,lebanon.toml"), in its order, "auto" standing for the
    bundled ones; each once."""
    out: dict[Profile, None] = {}
    for name in (n.strip() for n in names.split(LIST)):
        if not name:
            raise ProfileError(f"{names}: an empty name in the list of profiles")
        prof = load_profile(name)
        out.update(dict.fromkeys(prof.choices or (prof,)))
    return tuple(out)


@lru_cache(maxsize=16)
def load_profile(name_or_path: str = "karabakh") -> Profile:
    """A bundled profile by name, "auto" (each article's war among the bundled ones, see
    `Profile.choose`), a profile file by path, or a list of them ("auto,lebanon.toml": each
    article's war among those listed, the first when it names none)."""
    name_or_path = str(name_or_path)
    if name_or_path == AUTO:
        return auto_profile(tuple(load_profile(n) for n in BUNDLED))
    if LIST in name_or_path and not pathlib.Path(name_or_path).is_file():
        return auto_profile(_listed(name_or_path))
    if name_or_path in BUNDLED:
        text = resources.files(__package__).joinpath(f"{name_or_path}.toml").read_text(encoding="utf-8")
        source = f"profile {name_or_path}"
    else:
        path = pathlib.Path(name_or_path)
        if not path.is_file():
            raise ProfileError(
                f"{name_or_path}: no such profile ({AUTO}, or bundled: {', '.join(BUNDLED)}; or give a .toml file)"
            )
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path}: cannot read ({exc.__class__.__name__})") from None
        source = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML ({exc})") from None
    return parse_profile(data, source)
