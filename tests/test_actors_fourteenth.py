"""Fourteenth pass of issue 5 (classes seen on unseen news): multiword force and crew nouns with a
nationality; victims never take their attackers' nationality; a crew's nationality is not the
story's; local officials belong to the place just named; an unowned spokesman speaks for the
body whose act he reports. Every sentence here is written for the test, about other countries
than the gold texts."""
from __future__ import annotations

import pytest

from conftest import mention_sides


def mentions(nlp, text: str, published: str = "2024-05-02") -> dict[str, str | None]:
    """Each actor mention's text mapped to "COUNTRY SECTOR" for the processed ``text``."""
    return mention_sides(nlp, text, published)


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Turkish coastguard personnel towed the dinghy back to the shore.", "Turkish coastguard personnel",
     "TUR MIL"),
    ("Indonesian coast guard personnel boarded the trawler on Sunday.", "Indonesian coast guard personnel",
     "IDN MIL"),
    ("Russian navy crew members detained a Norwegian trawler.", "Russian navy crew members", "RUS MIL"),
    ("The Ukrainian naval sailors were captured near Kerch.", "Ukrainian naval sailors", "UKR MIL"),
    ("Iranian seamen were arrested by the Saudi coast guard.", "Iranian seamen", "IRN CVL"),
    ("The Japanese crew of the tanker was released by Houthi rebels.", "Japanese crew", "JPN CVL"),
])
def test_force_and_crew_nouns_with_a_nationality_are_actors(nlp, text: str, phrase: str, expected: str) -> None:
    assert mentions(nlp, text).get(phrase) == expected


def test_a_crew_of_a_warship_is_military(nlp) -> None:
    assert mentions(nlp, "The crew of the Indian warship rescued the fishermen.").get("crew") == "IND MIL"


def test_sailors_reported_by_a_military_are_its_own(nlp) -> None:
    found = mentions(nlp, "The Colombian navy said smugglers rammed its patrol boat off Tumaco, injuring "
                          "four sailors.")
    assert found.get("four sailors") == "COL MIL"


def test_an_owned_crew_is_its_owners_people(nlp) -> None:
    found = mentions(nlp, "Norwegian shipowners told their crews to avoid the strait.")
    assert found.get("their crews") == "NOR BUS"


def test_a_ships_crew_takes_no_country_from_the_story(nlp) -> None:
    found = mentions(nlp, "Somali pirates fired on a Maltese-flagged freighter, and the ship's crew said "
                          "they had locked themselves in the engine room.")
    assert found.get("ship's crew") == "None CVL"
    assert found.get("they") == "None CVL"


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Chinese vessels rammed a fishing boat and detained nine fishermen, Hanoi said.", "nine fishermen",
     "VNM AGR"),
    ("Ghana's navy said Nigerian pirates attacked a trawler and kidnapped six fishermen.", "six fishermen",
     "GHA AGR"),
    ("Eritrean gunmen abducted six farmers.", "six farmers", "None AGR"),
])
def test_victims_do_not_take_their_attackers_nationality(nlp, text: str, phrase: str, expected: str) -> None:
    assert mentions(nlp, text).get(phrase) == expected


def test_a_state_acting_on_its_own_people_keeps_them(nlp) -> None:
    found = mentions(nlp, "Kenya's interior ministry said police arrested 20 students in Nairobi.")
    assert found.get("20 students") == "KEN EDU"


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling hit the village of Chaman, near the Afghan border in Balochistan, on Monday. "
     "Local officials say the shells were fired from the Afghan side.", "PAK GOV"),
    ("Indian shelling hit villages in the Neelum valley of Pakistani Kashmir. Local officials said three "
     "civilians died.", "PAK GOV"),
    ("The Turkish army shelled Kurdish positions near Kobani in Syria. Local authorities said two "
     "children were killed.", "SYR GOV"),
])
def test_local_officials_belong_to_the_place_just_named(nlp, text: str, expected: str) -> None:
    found = mentions(nlp, text)
    local = next(v for k, v in found.items() if k.lower().startswith("local"))
    assert local == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwanda accused Congo of backing the militia. Congo's foreign ministry rejected the claim. "
     "'Kinshasa arms no one,' a spokesman said.", "COD GOV"),
    ("Pakistan's army said it shot down an Indian drone near Lahore. India's defence ministry denied "
     "losing any aircraft, a spokesperson said.", "IND GOV"),
])
def test_an_unowned_spokesman_speaks_for_the_body_whose_act_he_reports(nlp, text: str, expected: str) -> None:
    found = mentions(nlp, text)
    spokes = next(v for k, v in found.items() if k.startswith("spokes"))
    assert spokes == expected
