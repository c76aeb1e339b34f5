"""Readings of trigger words (eleventh pass), through the public API.

The sentences are written for these tests, about other countries than the study articles that
showed each class.
"""
from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def types_of(text: str, published: str = "2024-06-05") -> list[tuple]:
    """(type, source country) of every event coded in ``text``."""
    return [(kind, source) for kind, source, _ in coded_events(text, published)]


# --- a warning that any act will meet an answer is a deterrent threat, not a forecast ---------------

@pytest.mark.parametrize("text, source", [
    ("Seoul warned on Friday that any provocation by Pyongyang would meet a stern response.", "KOR"),
    ("Greece's foreign minister warned that any Turkish survey in its waters would be met with a firm reply.",
     "GRC"),
    ("Kenya's interior minister warned that anyone who attacked police stations would face the full force of "
     "the law.", "KEN"),
])
def test_warning_that_any_act_will_meet_an_answer_is_a_threat(text, source):
    assert ("THREATEN", source) in types_of(text)


@pytest.mark.parametrize("text", [
    "Economists warned that any rise in interest rates would hurt growth.",
    "Any Indian attempt to divert the river could trigger a wider war, analysts warned.",
    "The UN envoy warned that any delay in the aid convoys could cost lives.",
    "Aid groups warned that any cut in funding would force clinics to close.",
])
def test_warning_of_what_may_follow_stays_a_forecast(text):
    assert not [event for event in types_of(text) if event[0] == "THREATEN"]


# --- people drawn from "both countries" act for both states ------------------------------------------

def dyads_of(text: str, event_type: str) -> list[tuple]:
    """(source country, target country) of the events of one type in ``text``."""
    return [(source, target) for kind, source, target in coded_events(text, "2024-05-01") if kind == event_type]


@pytest.mark.parametrize("text, pair", [
    ("Peru accused Mexico of meddling in its affairs on Monday. Senior diplomats from both countries will meet in "
     "Lima next week.", {"PER", "MEX"}),
    ("Ghana and Togo traded accusations over the border raid. Interior ministers of the two countries are "
     "due to meet in Accra on Friday.", {"GHA", "TGO"}),
])
def test_officials_from_both_countries_meet_as_the_two_states(text, pair):
    dyads = dyads_of(text, "CONSULT")
    assert dyads and set(dyads[0]) == pair


def test_both_camps_of_one_war_are_not_split_between_states():
    text = ("Libya's rival governments in Tripoli and Benghazi traded blame, Algeria said. "
            "Military delegations from both camps met in Geneva on Friday.")
    assert all(set(dyad) != {"LBY", "DZA"} for dyad in dyads_of(text, "CONSULT"))


def test_two_people_of_one_nationality_are_not_the_two_sides():
    text = ("Chad and Sudan have traded accusations over the border for months. On Monday the government in "
            "N'Djamena ordered two Sudanese diplomats to leave the country within 72 hours.")
    # ordering envoys out is an expulsion (SANCTION, thirteenth pass), not a request
    assert ("TCD", "SDN") in dyads_of(text, "SANCTION")


@pytest.mark.parametrize("text, pair", [
    ("Seoul warned on Friday that any provocation by Pyongyang would meet a stern response.", ("KOR", "PRK")),
    ("Pakistan's defence minister warned that any further attack from Afghan soil would be met with a stern "
     "response.", ("PAK", "AFG")),
])
def test_a_deterrent_warning_aims_at_the_party_whose_acts_it_names(text, pair):
    assert pair in dyads_of(text, "THREATEN")


def test_a_deterrent_warning_does_not_aim_at_the_people_an_act_would_harm():
    text = "Jordan warned that any attempt to push Palestinians across the river would be treated as an act of war."
    assert all(target != "PSE" for _, target in dyads_of(text, "THREATEN"))
