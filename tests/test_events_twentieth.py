"""Event coding on fresh text (twentieth pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded, extracted_events as events_of

pytestmark = pytest.mark.model


def types_in(text: str) -> set[str]:
    return {kind for kind, *_ in coded(text)}


def event_on(text: str, trigger: str):
    return next(e for e in events_of(text) if e.trigger.text.lower() == trigger)


def test_a_requested_meeting_of_a_body_asks_that_body():
    event = event_on("Armenia requested an urgent meeting of the UN Security Council to discuss the shelling, "
                     "diplomats said.", "requested")
    assert event.type == "REQUEST" and event.source.country == "ARM"
    assert event.target is not None and event.target.code.startswith("IGOUNO")


def test_asking_for_a_session_of_a_body_asks_that_body():
    event = event_on("Israel asked for an urgent session of the UN Security Council after the drone attack.", "asked")
    assert event.type == "REQUEST" and event.target is not None and event.target.code.startswith("IGOUNO")


def test_a_requested_meeting_with_a_party_keeps_that_party():
    assert ("REQUEST", "LBN", "SYR", "requested") in coded(
        "Lebanon's prime minister requested a meeting with the Syrian president on the border crossings.")


def test_a_requested_meeting_of_the_requesters_own_body_is_not_its_target():
    events = [e for e in events_of("Kenya's government requested a meeting of the Kenyan cabinet on Friday.")
              if e.trigger.text == "requested"]
    assert all(e.target is None or e.target.country != "KEN" for e in events)


# --- phrases the lexicon now lists -------------------------------------------------------------------

def test_taken_into_custody_is_an_arrest():
    events = events_of("Senior opposition aide Shah Qureshi was taken into custody in Islamabad on Wednesday, police said.")
    assert any(e.type == "COERCE" and e.mode == "arrest" and e.trigger.text == "taken" for e in events)


def test_taken_into_account_is_no_arrest():
    assert not any(e.type == "COERCE" for e in events_of(
        "The ministry said the new figures would be taken into account when the budget is drafted."))


def test_bringing_down_drones_is_an_attack_on_them():
    assert any(kind == "ASSAULT" and trigger == "bring" for kind, _, _, trigger in coded(
        "Jordanian jets helped bring down several Iranian drones over Amman, the army said."))


def test_bringing_down_a_government_is_no_attack():
    assert not any(kind == "ASSAULT" and trigger in ("bring", "brought") for kind, _, _, trigger in coded(
        "The opposition vowed to bring down the government through a vote of no confidence."))


def test_halting_contacts_severs_them():
    assert any(kind == "SANCTION" and source == "PSE" and trigger == "halting" for kind, source, _, trigger in coded(
        "The Palestinian Authority said it was halting all contacts with Israel after the raid on Jenin."))


# --- a denial that answers a charge told before its subject -------------------------------------------

def test_a_charge_apposition_before_a_long_subject_keeps_the_earlier_acts():
    text = ("Washington backed the resolution, but its envoy accused the Wagner group of having engineered the "
            "mission's exit, a charge Mali's transitional authorities have repeatedly rejected.")
    assert any(kind == "SUPPORT" and source == "USA" and trigger == "backed" for kind, source, _, trigger in coded(text))


def test_a_denial_of_an_act_still_covers_it():
    assert "ASSAULT" not in types_in(
        "Rwanda's government has repeatedly denied shelling the border town, its spokeswoman said.")


# --- a warning that names a target --------------------------------------------------------------------

def test_warning_that_a_party_could_be_the_next_target_is_a_threat():
    assert any(kind == "THREATEN" and source == "IRN" for kind, source, _, _ in coded(
        "Iranian state media warned that the kingdom could be the next target if it helped Israel."))


def test_warning_of_a_rise_in_prices_is_no_threat():
    assert "THREATEN" not in types_in(
        "Analysts warned that food prices could be the next worry for the central bank.")


# --- whom a "prompting X to" clause makes act ---------------------------------------------------------

def test_the_object_of_prompting_does_the_act_it_prompted():
    events = coded("An adviser to Khamenei said Tehran opposed disarming Hezbollah, prompting Lebanon's foreign "
                   "ministry to condemn the remarks as interference.")
    assert any(kind == "ACCUSE" and source == "LBN" and trigger == "condemn" for kind, source, _, trigger in events)


# --- left alone (review of the pass) ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Analysts warned that Taiwan could be the next target of Chinese military pressure.",
    "Zelensky warned that Moldova could be Russia's next target.",
    "Experts warned that the country's nuclear plants could be a target for sabotage.",
])
def test_a_target_with_someone_elses_name_on_it_is_no_threat_by_the_warner(text):
    assert "THREATEN" not in types_in(text)


def test_a_crowd_blocking_ships_protests():
    events = coded("Dockworkers in Genoa blocked ships carrying weapons to Israel, the union said.")
    assert not any(kind == "COERCE" for kind, *_ in events)
    assert any(kind == "PROTEST" and trigger == "blocked" for kind, _, _, trigger in events)


def test_ships_blocked_by_coast_guard_vessels_are_coerced():
    assert any(kind == "COERCE" and source == "CHN" and trigger == "blocked" for kind, source, _, trigger in coded(
        "Two Philippine supply boats were blocked by Chinese coast guard vessels near the shoal on Thursday."))


def test_a_session_of_the_requesters_own_body_is_no_target():
    events = [e for e in events_of("The lawmakers requested a session of parliament to debate the emergency decree.")
              if e.trigger.text == "requested"]
    assert all(e.target is None or e.target.code != e.source.code for e in events if e.source is not None)


# --- a named hazard's toll ----------------------------------------------------------------------------

def test_a_named_hurricanes_toll_is_no_attack():
    assert "ASSAULT" not in types_in(
        "Hurricane Oscar, which came ashore in the eastern province on Sunday, killed at least six people.")


def test_soldiers_killed_in_an_ambush_are_still_an_attacks_toll():
    assert any(kind == "ASSAULT" for kind, *_ in coded("Soldiers killed in the ambush near Gao were buried on Monday."))


# --- threats: a named party's price, an unnamed culprit's punishment ----------------------------------

def test_a_named_party_paying_a_price_is_threatened():
    assert ("THREATEN", "PAK", "IND", "warned") in coded(
        "Pakistan warned that India would pay a heavy price for any attack on its soil.")


def test_a_forecast_of_prices_for_people_is_no_threat():
    assert "THREATEN" not in types_in(
        "Economists warned that farmers would face higher prices for fertiliser next year.")


def test_punishing_those_behind_an_attack_is_aimed_at_no_named_party():
    text = ("Pakistan and Iran traded accusations over the border on Monday. Iran's interior minister vowed "
            "that those behind the attack would be punished severely.")
    events = [e for e in events_of(text) if e.trigger.text == "vowed"]
    assert events and all(e.target is None or e.target.country != "PAK" for e in events)


def test_ordering_troops_to_a_place_deploys_them():
    events = coded("Colombia's president ordered troops to the border with Venezuela on Sunday.")
    assert any(kind == "MOBILIZE" and source == "COL" and trigger == "ordered" for kind, source, _, trigger in events)


def test_ordering_a_company_to_pay_deploys_no_one():
    assert "MOBILIZE" not in types_in("The court ordered the company to pay damages to the families.")


# --- left alone (second review) -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Amnesty International warned that Sudan would face a humanitarian disaster as the war spread.",
    "A Thai analyst warned that Cambodia would pay a price in lost trade for the fighting.",
])
def test_a_price_foreseen_by_those_who_cannot_exact_it_is_no_threat(text):
    assert "THREATEN" not in types_in(text)


def test_a_party_that_will_respond_keeps_its_own_threat():
    events = coded("Iran and Israel traded strikes. Washington warned that Israel would retaliate against any "
                   "Iranian attack.")
    assert not any(kind == "THREATEN" and source == "USA" and target == "ISR" for kind, source, target, _ in events)


@pytest.mark.parametrize("text", [
    "Russia ordered troops into the barracks after the mutiny.",
    "The Pentagon ordered the warships into port for repairs.",
    "The general ordered his forces to the negotiating table with the rebels.",
])
def test_troops_ordered_back_or_away_are_not_deployed(text):
    assert "MOBILIZE" not in types_in(text)
