"""Tenth pass of issue 5: the country a sector noun with no nationality word takes from context.
Local people take the place of the local witness who reports them; the place a protest is against
is not the protesters' country; an armed group struck by a foreign state where it is takes no
country from that place; another mention's description of an unlisted group beats the context."""
from __future__ import annotations

from conftest import mention_actors

# An article mostly about Ethiopia, with a town in Sudan (Doka) named only by a witness's location.
ETHIOPIAN_OPENING = ("Ethiopia's government said on Monday that Ethiopian forces had not crossed the border. "
                     "An Ethiopian army spokesman repeated the denial.\n\n")


def test_local_people_take_the_place_of_the_local_witness_reporting_them() -> None:
    text = ETHIOPIAN_OPENING + "Nurses at Doka hospital told our reporter that four villagers were wounded."
    assert mention_actors(text, "2025-03-26", "country")["four villagers"] == "SDN"


def test_a_travelling_witness_does_not_lend_its_place_to_the_people_it_reports() -> None:
    text = ETHIOPIAN_OPENING + "Western diplomats in Cairo said that four villagers were wounded."
    assert mention_actors(text, "2025-03-26", "country")["four villagers"] != "EGY"


def test_the_place_of_what_a_protest_opposes_is_not_the_protesters_country() -> None:
    found = mention_actors("Students held a rally at a college to protest against the war in Gaza.",
                           "2024-04-20", "country")
    assert "Students" in found
    assert found["Students"] is None


def test_a_group_struck_where_it_is_by_a_foreign_army_takes_no_country_from_that_place() -> None:
    text = ("Sudan's army said on Tuesday that Sudan would defend its territory. Sudanese officials "
            "protested to the embassy.\n\nEthiopian drones hit two camps belonging to the Kebri "
            "Liberation Front near a village in Sudan's Gedaref state.")
    found = mention_actors(text, "2025-03-11")
    assert "Kebri Liberation Front" in found
    assert found["Kebri Liberation Front"] is None or not found["Kebri Liberation Front"].startswith("SDN")


def test_a_place_in_the_groups_own_phrase_still_counts(nlp) -> None:
    from eventwire.extract.actors.component import actor_for_token

    doc = nlp("Turkish jets struck militant targets in northern Iraq on Tuesday.")
    actor = actor_for_token(next(t for t in doc if t.text == "militant"))
    assert actor is not None and actor.code == "IRQREB"


def test_another_mentions_description_of_an_unlisted_group_beats_the_context() -> None:
    text = ("The Kebri Liberation Front, an Ethiopian armed group, claimed an ambush in January. "
            "Officials in Addis Ababa blamed Egypt.\n\nSudan's army said on Tuesday that Sudan would "
            "defend its territory. Sudanese officials protested. Sudan closed a crossing.\n\n"
            "Drones hit two camps belonging to the Kebri Liberation Front near a village in Sudan.")
    assert mention_actors(text, "2025-03-11")["Kebri Liberation Front"] == "ETHREB"


def test_local_people_near_a_town_take_the_towns_country() -> None:
    text = ("A relief convoy reached camps for displaced families near Doka on Tuesday. "
            "Beijing pledged aid, and Ethiopia's government welcomed the pledge.")
    assert mention_actors(text, "2025-03-18", "country")["displaced families"] == "SDN"


def test_local_people_take_the_last_scene_rather_than_the_last_foreign_actor() -> None:
    text = ("Relief lorries reached the border on Tuesday, and Sudanese authorities granted access. China's embassy in Port Sudan said Beijing "
            "would send aid. A local commission said the number of people displaced from border villages "
            "had doubled.")
    assert mention_actors(text, "2025-03-18", "country")["people"] == "SDN"


def test_an_opening_place_does_not_locate_people_named_inside_a_quotation() -> None:
    text = ("Sudan's army said on Saturday that Sudan would observe the truce. Sudanese officials agreed.\n\n"
            "In Washington, the State Department urged both governments to \"protect the ceasefire and "
            "the civilians it was meant to protect\".")
    assert mention_actors(text, "2025-03-29", "country")["civilians"] != "USA"
