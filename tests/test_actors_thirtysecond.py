"""Thirty-second pass (issue 5, actors and places): names found wrong on the twenty-third pass's
study set. "The Islamic Republic" alone is Iran (the longer names of Pakistan, Afghanistan and
Mauritania stay theirs); a place introduced by a nationality that administers it ("Pakistani-
administered Kashmir") is in that nationality's country. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

import eventwire
from conftest import extracted_events, mention_actors

PUBLISHED = "2025-06-14"


def countries(text: str) -> dict[str, str | None]:
    return mention_actors(text, PUBLISHED, "country")


def place_countries(text: str, name: str) -> list[str | None]:
    entities = eventwire.extract(text, published=PUBLISHED).entities
    return [e.place.country for e in entities if e.place is not None and e.text == name]


# --- "the Islamic Republic" ------------------------------------------------------------------------

def test_the_islamic_republic_alone_is_iran():
    text = "Officials said the Islamic Republic had rejected the offer of talks on Friday."
    assert countries(text)["Islamic Republic"] == "IRN"


def test_an_attack_on_the_islamic_republics_commanders_is_aimed_at_iran():
    text = "Israeli jets killed two of the Islamic Republic's most senior commanders on Friday."
    found = [(e.source.country, e.target.country) for e in extracted_events(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found == [("ISR", "IRN")]


@pytest.mark.parametrize("name, country", [
    ("The Islamic Republic of Pakistan", "PAK"),
    ("The Islamic Republic of Afghanistan", "AFG"),
    ("The Islamic Republic of Mauritania", "MRT"),
])
def test_the_longer_islamic_republic_names_keep_their_country(name, country):
    text = f"{name} accused Senegal of meddling on Friday."
    found = [e.source.country for e in extracted_events(text, PUBLISHED) if e.type == "ACCUSE"]
    assert found == [country]


# --- administered places -----------------------------------------------------------------------------

@pytest.mark.parametrize("adjective, country", [("Pakistani", "PAK"), ("Indian", "IND")])
def test_a_place_a_nationality_administers_is_in_its_country(adjective, country):
    text = f"Shelling damaged houses in {adjective}-administered Kashmir on Tuesday, officials said."
    assert place_countries(text, "Kashmir") == [country]


def test_a_strike_on_sites_in_pakistani_administered_kashmir_hits_pakistan():
    text = "Indian missiles hit camps in Pakistani-administered Kashmir on Wednesday, the army said."
    found = [(e.source.country, e.target.country) for e in extracted_events(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found == [("IND", "PAK")]


def test_a_place_with_no_administering_nationality_keeps_the_gazetteers_country():
    text = "Shelling damaged houses in Kashmir on Tuesday, officials said."
    assert place_countries(text, "Kashmir") == ["IND"]


# --- "the court" after an international court ------------------------------------------------------

def sides(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in extracted_events(text, PUBLISHED) if e.trigger.text == trigger]


def test_the_court_after_the_international_criminal_court_is_that_court():
    text = ("The International Criminal Court issued an arrest warrant for the general in March. "
            "Sudan's government accused the court of bias on Friday.")
    assert sides(text, "accused") == [("SDNGOV", "IGOICC")]


def test_the_courts_jurisdiction_rejected_is_the_international_courts():
    text = ("Guyana asked the International Court of Justice to rule on the border. "
            "Venezuela said it does not recognise the court's jurisdiction.")
    assert [tgt for _, tgt in sides(text, "recognise")] == ["IGOUNOICJ"]


def test_the_court_after_a_national_court_stays_national():
    text = ("Kenya's Supreme Court annulled the presidential vote on Friday. "
            "The opposition leader praised the court on Saturday.")
    assert [tgt for _, tgt in sides(text, "praised")] == ["KENJUD"]


def test_an_occupied_place_keeps_its_own_country():
    text = "Shelling damaged houses in Russian-administered Zaporizhzhia on Tuesday, officials said."
    assert place_countries(text, "Zaporizhzhia") in (["UKR"], [])


# --- "foreign" parties ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Vucic has accused foreign intelligence services of orchestrating the protests.", "foreign intelligence services"),
    ("Ruto warned that Kenya would stop any foreign company from drilling in the zone.", "foreign company"),
])
def test_foreign_parties_are_of_no_country_the_story_names(text, phrase):
    assert countries(text)[phrase] is None


def test_the_foreign_ministry_stays_the_states_own():
    text = "Kenya's foreign ministry summoned the Ugandan envoy on Friday."
    assert countries(text)["Kenya's foreign ministry"] == "KEN"


def test_cheong_wa_dae_is_south_koreas_government():
    text = "Cheong Wa Dae accused Pyongyang of a provocation on Monday."
    assert "KORGOV" in mention_actors(text, "2019-06-14", "code").values()
