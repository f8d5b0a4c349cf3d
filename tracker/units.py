"""The one pint registry of the tracker: a count unit per item (units/items.txt)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

ITEMS = (
    "soldier", "civilian", "person", "child", "woman", "man", "tank", "armored_vehicle", "combat_vehicle",
    "vehicle", "artillery", "mortar", "mlrs", "air_defense", "drone", "aircraft", "helicopter", "ew_system", "other",
)
PEOPLE = frozenset(ITEMS[:6])


@lru_cache(maxsize=1)
def registry():
    """The registry (made once): count units only, no physical units."""
    import pint

    ureg = pint.UnitRegistry(None)
    with resources.as_file(resources.files(__package__).joinpath("units", "items.txt")) as path:
        ureg.load_definitions(str(path))
    return ureg


def quantity(value, item: str):
    """A claim's amount as a pint Quantity ("241 tank")."""
    return registry().Quantity(value, item)
