"""The lexicon: Arabic words as data (TOML files beside this module).

`load(name)` reads one file; `forms(name, *keys)` returns a table of it with
every form folded (see tracker.normalize).  Tables are checked when they load:
an empty form, or one form folded to two meanings, is an error at import time,
never at match time.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from ..errors import LexiconError
from ..normalize import fold


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The raw TOML table of `tracker/lexicon/<name>.toml`."""
    try:
        text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"no lexicon file {name}.toml") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name}.toml: {exc}") from exc


def folded(words, where: str) -> list[str]:
    """Fold a list of words, refusing empty ones."""
    out = []
    for w in words:
        f = fold(w).strip()
        if not f:
            raise LexiconError(f"lexicon {where}: an empty form would match everywhere")
        out.append(f)
    return out


def meaning_table(table: dict, where: str) -> dict[str, str]:
    """{folded form: key} for a table of key = [forms]; a form with two keys is an error."""
    out: dict[str, str] = {}
    for key, words in table.items():
        for f in folded(words, f"{where}.{key}"):
            if f in out and out[f] != key:
                raise LexiconError(f"lexicon {where}: {f!r} means both {out[f]!r} and {key!r}")
            out[f] = key
    return out
