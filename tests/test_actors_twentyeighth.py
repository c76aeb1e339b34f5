"""Twenty-eighth pass (issue 5, actors): codes of event sides on fresh text. "The country" is the
country last named as a country (a subject first; not a destination, not "this country"); a
possessive in the object of a hostile act is not the doer's; a phrase set in apposition to an
actor of its sector is that actor; local people spread "across" a place, or in a "territory" the
gazetteer places, are that place's; soldiers harmed in a clause a state body reports are that
state's; hostages held by one side are the other side's. Every sentence here is written for the
test."""
from __future__ import annotations

from conftest import mention_actors

PUBLISHED = "2024-05-02"


def codes(text: str) -> dict[str, str | None]:
    return mention_actors(text, PUBLISHED, "code")


def test_the_country_is_the_one_last_named_not_the_foreign_force() -> None:
    found = codes("Canadian engineers left Haiti on Friday after a year on the island, Ottawa said, "
                  "ending a mission that the country's transitional council had asked for. "
                  "Canadian officials said the engineers would return.")
    assert found.get("country's transitional council") == "HTIGOV"


def test_the_country_prefers_the_subject_over_a_named_object() -> None:
    found = codes("Chad's military rulers ordered Sudan's envoy to leave, and the country's new "
                  "premier backed the order.")
    assert found.get("country's new premier") == "TCDGOV"


def test_a_destination_is_not_the_country_referred_to() -> None:
    found = codes("American officials said on Monday that a boy found at sea will not be sent "
                  "back to Cuba yet. A federal judge in Miami ruled that he may stay in the "
                  "United States, and the American government said the boy may remain in the "
                  "country until his case ends.")
    assert found.get("country") != "CUBGOV"


def test_possessive_in_the_object_of_an_attack_is_not_the_attackers() -> None:
    found = codes("The Kurdish-led Syrian Democratic Forces said Turkish drones had killed eight "
                  "of their fighters near Kobani.")
    assert found.get("their fighters") == "SYRREB"


def test_expelled_ambassador_is_not_the_expelling_side() -> None:
    found = codes("France recalled its military advisers last year, weeks after the junta in "
                  "Niamey expelled its ambassador.")
    assert found.get("its ambassador") == "FRAGOV"


def test_possessive_of_a_friendly_act_still_takes_the_doer() -> None:
    found = codes("Kenya recalled its ambassador from Somalia on Tuesday.")
    assert found.get("its ambassador") == "KENGOV"


def test_apposition_takes_the_named_group() -> None:
    found = codes("DHAKA - Bangladesh protested on Monday after shells landed in a border "
                  "village. The fighting pits Myanmar's army against the Arakan Army, an ethnic "
                  "armed group that holds most of Rakhine state.")
    assert found.get("ethnic armed group") == "MMRREB"


def test_people_spread_across_a_territory_are_its_people() -> None:
    found = codes("Israel's cabinet met on Sunday. Families across Gaza queued for bread on Monday, "
                  "the Israeli army said.")
    assert found.get("Families") == "PSECVL"


def test_people_of_a_territory_the_gazetteer_places() -> None:
    found = codes("KAMPALA - Uganda's army said rebels were blamed by the authorities for the "
                  "killing of at least 18 people in Lubero territory last week.")
    assert found.get("at least 18 people") == "CODCVL"


def test_soldiers_killed_in_a_report_by_a_state_body_are_that_states() -> None:
    found = codes("American drones left the base on Monday, the Pentagon said. US officials said "
                  "the move was final. Jihadists killed 12 soldiers near the border with Mali, "
                  "Niger's defence ministry said.")
    assert found.get("12 soldiers") == "NERMIL"


def test_hostages_freed_by_one_side_are_the_other_sides() -> None:
    found = codes("Hamas said on Monday that talks in Doha would resume. Israel said the talks had "
                  "stalled, and Israel's negotiators left Cairo. Hamas freed 20 hostages last year.")
    assert found.get("20 hostages") == "ISRCVL"


def test_hostages_of_domestic_rebels_stay_their_countrys() -> None:
    found = codes("Colombian rebels released the hostages to a church delegation and Venezuelan "
                  "diplomats.")
    assert found.get("hostages") != "VENCVL"


def test_titled_spokesman_of_an_armed_force_is_military() -> None:
    found = codes("LNA spokesman Khaled Mahjoub said the units had pulled back from Sirte.")
    assert found.get("LNA spokesman Khaled Mahjoub") == "LBYMIL"


def test_titled_spokesman_of_a_ministry_stays_government() -> None:
    found = codes("Foreign ministry spokesman Lin Jian said China opposed the sanctions.")
    assert found.get("Foreign ministry spokesman Lin Jian") == "CHNGOV"
