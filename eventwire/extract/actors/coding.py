"""Building coded ``Actor`` values: the code is country + sector unless the dictionary gives one."""
from __future__ import annotations

from eventwire.extract.actors.constants import SECTOR_LABELS
from eventwire.extract.actors.dictionary import ActorDictionary
from eventwire.models import Actor


def make_actor(name: str, text: str, country: str | None, sector: str | None, code: str | None = None) -> Actor:
    code = code or ((country or "") + (sector or "")) or None
    return Actor(name=name, text=text, country=country, sector=sector, code=code)


def with_country(country: str, actor: Actor, text: str, dictionary: ActorDictionary) -> Actor:
    """``actor``'s sector for another country's member of a coordinated phrase."""
    name = dictionary.country_names.get(country, country)
    return make_actor(f"{name} {SECTOR_LABELS.get(actor.sector, (actor.sector or '').lower())}".strip(),
                      text, country, actor.sector)
