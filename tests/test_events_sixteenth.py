"""Events and actors on fresh text (sixteenth pass), through the public API.

Each test is one reading added in the pass: "the two sides" and "both parties" of one country's
war, a mediator that is no side, a count of people ("two workers") that is no pair of sides. The
sentences were written for these tests, with sentences each rule must leave alone.
"""
from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model

SUDAN_WAR = ("Sudan's army shelled RSF positions in Omdurman on Monday. The RSF said its fighters had "
             "repelled the attack and accused the army of hitting a market. Sudan's army denied targeting "
             "civilians. The army chief, Abdel Fattah al-Burhan, visited troops in Omdurman. ")


def sides_of(text: str, trigger: str, published: str = "2025-03-01") -> set[tuple]:
    """The (source, target) countries of the events coded on the trigger word ``trigger``."""
    return {(source, target) for _, source, target, word in coded_events(text, published, with_trigger=True)
            if word == trigger}


def test_a_foreign_reporter_is_not_one_of_the_two_sides_of_a_civil_war():
    text = SUDAN_WAR + "A US envoy said talks between the two sides could resume in Jeddah next month."
    assert sides_of(text, "talks") == {("SDN", "SDN")}


def test_a_mediator_is_not_one_of_the_two_sides():
    text = ("Colombia's army fought ELN guerrillas in Catatumbo on Monday. The ELN said the army had shelled "
            "its camps. Colombia's defence minister said the guerrillas had attacked a base. Venezuela, which "
            "has mediated between the government and the rebels, said the two sides should return to talks in Caracas.")
    assert sides_of(text, "return") == {("COL", "COL")}


def test_the_sides_named_by_a_nationality_are_that_countrys_state_and_rebels():
    text = ("Saudi Arabia said on Sunday it had intercepted a Houthi drone. Yemen's government and the Houthis "
            "swapped prisoners the same day. Saudi officials welcomed the exchange, which followed talks between "
            "the two Yemeni sides in Muscat.")
    events = coded_events(text, "2025-03-01", side="code", with_trigger=True)
    assert {(s, t) for kind, s, t, word in events if word == "talks"} & {("YEMGOV", "YEMREB"), ("YEMMIL", "YEMREB")}


def test_both_parties_of_a_war_between_states_stay_the_two_states():
    text = ("Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday. Lebanon's army said two "
            "soldiers were wounded. Hezbollah fired rockets at northern Israel. The Lebanese government condemned "
            "the strikes. UNIFIL urged both parties to respect the ceasefire.")
    assert {target for _, target in sides_of(text, "urged")} == {"LBN", "ISR"}


def test_two_people_counted_are_one_party_not_two_sides():
    text = ("Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday. Lebanon's army said two "
            "soldiers were wounded.")
    assert {target for _, target in sides_of(text, "wounded")} <= {"LBN"}


def test_the_two_armies_of_two_states_stay_two_states():
    text = "Chadian soldiers clashed with Sudanese troops near the border. The two armies have exchanged fire before."
    assert sides_of(text, "exchanged") == {("TCD", "SDN"), ("SDN", "TCD")}
