"""Score event locations against ``tests/gold/places/event_locations.jsonl``.

Each line is ``{"id", "text", "published", "trigger": {"text", "start", "end"}, "place": {"name",
"country", "lat", "lon"} | null, "not_places": [names]}``: the event whose trigger is given, where it
happened (null when the text does not say: the names in it are actors, targets or the dateline), and
names that must not be taken for its location (datelines, metonymic capitals, targets).

The system event is the one whose trigger overlaps the gold trigger. Figures:

* ``event found`` — share of gold triggers the system turned into an event (locations are scored
  only on those);
* ``location accuracy`` — the system's place is within 161 km of the gold point and in the same
  country, or both are none;
* ``location accuracy@161km`` — on items with a gold place: the system's point within 161 km;
* ``no-location accuracy`` — on items without a gold place: the system gave none;
* ``negatives avoided`` — on items with ``not_places``: the system's place is none of them.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import (
    ExtractMany,
    SuiteUnavailable,
    Tally,
    accuracy_metric,
    build_article,
    read_jsonl,
    run_system,
    spans_overlap,
)
from eventwire.evaluate.geowebnews import ACCURACY_KM, haversine_km
from eventwire.evaluate.metrics import Metric
from eventwire.extract.places.gazetteer import fold
from eventwire.models import Event, Extraction, Place

SUITE = "gold/places"
GOLD_FILE = Path("places") / "event_locations.jsonl"


def event_for_trigger(extraction: Extraction, trigger: dict[str, Any]) -> Event | None:
    """The system event whose trigger overlaps the gold trigger (the first, in text order)."""
    for event in sorted(extraction.events, key=lambda e: e.trigger.start):
        if spans_overlap(trigger["start"], trigger["end"], event.trigger.start, event.trigger.end):
            return event
    return None


def near(gold: dict[str, Any], place: Place) -> bool:
    """Whether ``place`` lies within 161 km of the gold point."""
    if place.lat is None or place.lon is None:
        return False
    return haversine_km(gold["lat"], gold["lon"], place.lat, place.lon) <= ACCURACY_KM


def location_correct(gold: dict[str, Any] | None, place: Place | None) -> bool:
    """Both none, or the same country (when gold names one) and within 161 km."""
    if gold is None or place is None:
        return gold is None and place is None
    return near(gold, place) and (gold.get("country") is None or gold["country"] == place.country)


def names_negative(place: Place | None, negatives: Sequence[str]) -> bool:
    """Whether the system's place is one of the names that must not locate the event."""
    if place is None:
        return False
    return fold(place.name) in {fold(n) for n in negatives}


def score_locations(units: Sequence[tuple[dict[str, Any], Event | None]]) -> list[Metric]:
    """All gold/places figures from (gold record, system event or None) pairs."""
    found, correct, within, empty, avoided = Tally(), Tally(), Tally(), Tally(), Tally()
    for record, event in units:
        found.add(event is not None)
        if event is None:
            continue
        gold, place = record.get("place"), event.place
        correct.add(location_correct(gold, place))
        if gold is not None:
            within.add(place is not None and near(gold, place))
        else:
            empty.add(place is None)
        if record.get("not_places"):
            avoided.add(not names_negative(place, record["not_places"]))
    return [
        accuracy_metric(SUITE, "event found", found),
        accuracy_metric(SUITE, "location accuracy", correct),
        accuracy_metric(SUITE, "location accuracy@161km", within),
        accuracy_metric(SUITE, "no-location accuracy", empty),
        accuracy_metric(SUITE, "negatives avoided", avoided),
    ]


def evaluate(extract_many: ExtractMany, gold_dir: Path, limit: int | None = None) -> list[Metric]:
    """Suite ``gold/places``."""
    path = gold_dir / GOLD_FILE
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    records = read_jsonl(path, limit)
    articles = [build_article(record["text"], published=record.get("published")) for record in records]
    extractions = run_system(extract_many, articles)
    return score_locations([(record, event_for_trigger(extraction, record["trigger"]))
                            for record, extraction in zip(records, extractions)])
