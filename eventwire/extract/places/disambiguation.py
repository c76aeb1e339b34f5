"""Choosing among same-named gazetteer entries.

The evidence, strongest first:

1. an explicit hint next to the name: "Kharkiv region" / "province of Idlib" asks for a
   first-level region; "Springfield, Illinois" or "Tripoli, Lebanon" names the containing region
   or country;
2. curated entries (``places.yaml``) and countries, which carry the sense a name has in the news;
3. the article's context: countries it names or whose actors it mentions, and first-level regions
   it names (a town in a region the article talks about beats a bigger namesake elsewhere);
4. the population prior (log scale), so a capital beats a hamlet with the same name, and cities of a
   million or more keep their sense against small namesakes in the article's countries ("London").

Within an article the component resolves each name once, so the same name always gets the same entry.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from eventwire.extract.places.gazetteer import Entry, fold

FEATURE_BONUS = {"country": 6.0, "continent": 4.0, "admin1": 1.0, "admin2": -0.5}
CURATED_BONUS = 2.0
COUNTRY_CONTEXT_BONUS = 2.0
BIG_CITY_BONUS = 2.0       # a city of a million or more keeps its sense against small namesakes in context
BIG_CITY = 1_000_000
ADMIN_CONTEXT_BONUS = 3.0
HINT_BONUS = 8.0
ALIAS_PENALTY = 1.0        # matched on an alternate name, not the entry's own
SEAT_PENALTY = 3.0         # a bare "Kharkiv" is the city, not the oblast named after it


@dataclass
class Context:
    """What the article tells about where it is."""

    countries: Counter = field(default_factory=Counter)   # ISO3 -> mentions
    admin1: set[str] = field(default_factory=set)          # "ISO3.code" keys of regions named
    want_admin: bool = False                               # "... region", "province of ..."
    within_country: str | None = None                      # "Tripoli, Lebanon"
    within_admin1: str | None = None                       # "Springfield, Illinois"


def score(entry: Entry, context: Context) -> float:
    """How well ``entry`` fits the name in ``context`` (higher is better)."""
    value = math.log10(max(entry.population, 1) + 10)
    value += FEATURE_BONUS.get(entry.feature, 0.0)
    if entry.curated:
        value += CURATED_BONUS
    if entry.country and context.countries.get(entry.country):
        value += COUNTRY_CONTEXT_BONUS + min(1.0, 0.25 * context.countries[entry.country])
    if entry.feature == "city" and entry.population >= BIG_CITY:
        value += BIG_CITY_BONUS
    if entry.admin1 and entry.admin1 in context.admin1 and entry.feature not in ("admin1", "country"):
        value += ADMIN_CONTEXT_BONUS
    if context.want_admin and entry.feature in ("admin1", "admin2", "region"):
        value += HINT_BONUS
    if context.within_country and entry.country == context.within_country:
        value += HINT_BONUS
    if context.within_admin1 and entry.admin1 == context.within_admin1:
        value += HINT_BONUS
    return value


def best_entry(entries: list[Entry], context: Context, name: str | None = None) -> Entry | None:
    """The best-scoring entry for ``name``, or None when there is none."""
    if not entries:
        return None
    key = fold(name) if name else None
    city_countries = {e.country for e in entries if e.feature == "city"}

    def adjusted(entry: Entry) -> float:
        value = score(entry, context)
        if key is not None and not entry.curated and fold(entry.name) != key:
            value -= ALIAS_PENALTY
        if entry.feature in ("admin1", "admin2") and not context.want_admin and entry.country in city_countries:
            value -= SEAT_PENALTY
        return value

    return max(entries, key=adjusted)
