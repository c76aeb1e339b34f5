"""Places: toponyms resolved to gazetteer entries, events located, metonymy and datelines told apart."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.geowebnews import haversine_km

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parent / "gold" / "places" / "event_locations.jsonl"


def run(text: str, published: str = "2024-05-14"):
    from eventwire.pipeline import extract

    return extract(text, published=published)


def places_of(extraction) -> dict[str, object]:
    return {e.text: e.place for e in extraction.entities if e.place is not None}


def event_at(extraction, trigger: str):
    return next(e for e in extraction.events if e.trigger.text == trigger)


def test_a_town_gets_its_point_country_feature_and_exact_precision(nlp):
    place = places_of(run("Gunmen attacked a checkpoint near Kandahar on Monday, killing three police officers."))
    kandahar = place["Kandahar"]
    assert kandahar.country == "AFG" and kandahar.feature == "city" and kandahar.precision == "exact"
    assert haversine_km(kandahar.lat, kandahar.lon, 31.61, 65.71) < 20
    assert kandahar.population and kandahar.population > 100_000


def test_a_country_gets_its_own_point_not_its_cities_average(nlp):
    place = places_of(run("Protesters blocked roads across the United States on Tuesday."))["United States"]
    assert place.feature == "country" and place.precision == "country"
    assert haversine_km(place.lat, place.lon, 39.76, -98.5) < 100


def test_the_region_hint_picks_the_first_level_region(nlp):
    extraction = run("Russian forces shelled villages in the Kharkiv region overnight, officials said.")
    place = places_of(extraction)["Kharkiv"]
    assert place.feature == "admin1" and place.precision == "admin1" and place.country == "UKR"
    assert event_at(extraction, "shelled").place == place


def test_a_bare_city_name_is_the_city_not_its_province(nlp):
    place = places_of(run("A car bomb exploded in Aleppo on Sunday."))["Aleppo"]
    assert place.feature == "city" and place.country == "SYR"


def test_the_containing_place_after_a_comma_decides_between_namesakes(nlp):
    lebanon = places_of(run("Clashes erupted in Tripoli, Lebanon, between rival gunmen on Tuesday."))["Tripoli"]
    libya = places_of(run("Hundreds of migrants were detained in Tripoli, Libya, in a sweep."))["Tripoli"]
    assert lebanon.country == "LBN" and libya.country == "LBY"


def test_the_article_country_context_picks_the_namesake(nlp):
    text = ("Nigeria's army said it had pushed back fighters in Borno state. "
            "Residents of Maiduguri said gunfire was heard near the airport in Damboa.")
    assert places_of(run(text))["Damboa"].country == "NGA"


def test_the_same_name_resolves_the_same_way_within_an_article(nlp):
    text = ("Police fired tear gas in Georgia's capital Tbilisi. Later, protesters from across Georgia "
            "marched through the city centre.")
    countries = {e.place.country for e in run(text).entities if e.place and e.text == "Georgia"}
    assert countries == {"GEO"}


def test_curated_regions_seas_and_crossings_are_known(nlp):
    extraction = run("Houthi forces fired a missile at a cargo ship in the Red Sea on Wednesday.")
    assert event_at(extraction, "fired").place.feature == "water"
    extraction = run("Aid trucks entered Gaza through the Kerem Shalom crossing on Sunday.")
    assert any(p.feature == "crossing" for p in places_of(extraction).values())


def test_a_capital_used_as_an_actor_is_not_a_place_or_a_location(nlp):
    extraction = run("Beijing said on Friday it would impose sanctions on three American defence firms.")
    assert "Beijing" not in places_of(extraction)
    assert all(event.place is None for event in extraction.events)


def test_a_dateline_never_locates_the_event(nlp):
    extraction = run("KABUL (Reuters) - Gunmen attacked a checkpoint near Kandahar on Monday, killing three police.")
    assert places_of(extraction)["KABUL"].name == "Kabul"   # still a place mention
    assert event_at(extraction, "attacked").place.name == "Kandahār"
    extraction = run("KABUL (Reuters) - Taliban fighters attacked a police checkpoint on Monday, killing four.")
    assert event_at(extraction, "attacked").place is None
    extraction = run("WASHINGTON (Reuters) - Militants ambushed a convoy near Gao, killing seven soldiers.")
    assert event_at(extraction, "ambushed").place.name == "Gao"


def test_the_most_precise_attached_place_locates_the_event(nlp):
    extraction = run("Militants ambushed a convoy near Gao in northern Mali, killing seven soldiers.")
    assert event_at(extraction, "ambushed").place.name == "Gao"


def test_months_people_and_codes_are_not_places(nlp):
    extraction = run("In March, NATO and CNN reported that Kelly Johnson met officials.")
    assert not places_of(extraction)


def test_the_gold_file_is_well_formed():
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 80
    for record in records:
        trigger = record["trigger"]
        assert record["text"][trigger["start"]:trigger["end"]] == trigger["text"]
        if record["place"] is not None:
            assert -90 <= record["place"]["lat"] <= 90 and -180 <= record["place"]["lon"] <= 180
    assert sum(r["place"] is None for r in records) >= 5
    assert sum(bool(r["not_places"]) for r in records) >= 15


def test_gold_places_suite_scores_the_system(nlp):
    from eventwire.evaluate.gold_places import evaluate
    from eventwire.pipeline import extract_many

    metrics = {m.name: m for m in evaluate(extract_many, GOLD.parent.parent, limit=12)}
    assert metrics["event found"].n == 12
    assert metrics["location accuracy"].value >= 0.8
    assert metrics["negatives avoided"].value == 1.0


def test_places_command_lists_places_with_counts_and_coordinates(tmp_path, cli):
    from eventwire.store import Store

    db = tmp_path / "p.duckdb"
    with Store(str(db)) as store:
        store.write([run("Police arrested 12 people in Lagos on Monday. Lagos traffic was light."),
                     run("Gunmen attacked a market in Lagos, killing two traders.")])
    result = cli("places", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    lagos = next(r for r in rows if r["name"] == "Lagos")
    assert lagos["country"] == "NGA" and lagos["mentions"] == 3 and lagos["articles"] == 2
    assert lagos["events"] >= 2 and abs(lagos["lat"] - 6.45) < 0.5
    only = cli("places", "--db", str(db), "--place", "NGA", "--csv")
    assert only.exit_code == 0 and "Lagos" in only.output


def test_al_fashaga_spellings_resolve_to_the_sudanese_border_region(nlp):
    extraction = run("Sudanese farmers returned to al-Fashqa on Monday after troops left Fashaga.", "2025-03-25")
    found = places_of(extraction)
    assert found["al-Fashqa"].country == "SDN"
    assert found["al-Fashqa"].name == found["Fashaga"].name == "al-Fashaga"
