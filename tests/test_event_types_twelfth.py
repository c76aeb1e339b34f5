"""Event types on unseen news (twelfth pass): the ordinary objects of suspending, freezing and
halting, verbs of repression and of maritime coercion, and figurative objects that end a reading.
Every sentence here is written for the test, about countries the study sets did not use in the
same construction."""
from __future__ import annotations

import eventwire
from conftest import coded_events, types_by_trigger


def coded(text: str, published: str = "2025-03-04") -> list[tuple[str, str | None, str | None, str]]:
    """Each event as (type, source country, target country, trigger word in lower case)."""
    return coded_events(text, published, with_trigger=True)


# --- suspending, freezing and halting: what is suspended decides the type -----------------------

def test_suspending_transfers_or_deliveries_to_a_region_is_a_sanction():
    assert types_by_trigger("Ethiopia suspended fuel deliveries to the Tigray region on Monday.").get(
        "suspended") == "SANCTION"


def test_suspending_a_truce_with_a_rebel_group_is_a_sanction():
    events = coded("Myanmar's junta suspended its truce with the Arakan Army on Friday.")
    assert [(kind, source) for kind, source, _, trigger in events if trigger == "suspended"] == [("SANCTION", "MMR")]


def test_suspending_parliament_restricts_political_life():
    events = coded("Tunisia's President Kais Saied suspended parliament in July 2021.")
    assert ("COERCE", "TUN", "TUN", "suspended") in events


def test_suspending_a_party_registration_is_a_ban():
    event = next(e for e in eventwire.extract("Nicaragua's electoral council suspended the opposition "
                                              "alliance's registration on Tuesday.",
                                              published="2025-03-04").events if e.trigger.text == "suspended")
    assert event.type == "COERCE" and event.mode == "ban"


def test_suspending_television_channels_is_censorship():
    event = next(e for e in eventwire.extract("Bolivia's media regulator suspended two opposition television "
                                              "channels for a week.", published="2025-03-04").events
                 if e.trigger.text == "suspended")
    assert event.type == "COERCE" and event.mode == "censor"


def test_a_suspended_player_is_no_event():
    assert "suspended" not in types_by_trigger("The club suspended its captain for two matches after the brawl.")


def test_freezing_participation_in_an_alliance_is_a_sanction():
    assert types_by_trigger("Mali froze its membership of the G5 Sahel force last year.").get("froze") == "SANCTION"


def test_halting_gas_flows_to_a_country_is_a_sanction_on_it():
    assert ("SANCTION", "RUS", "POL", "halted") in coded(
        "Russia halted gas flows to Poland after Warsaw refused to pay in roubles.")


# --- other ordinary objects -----------------------------------------------------------------------

def test_dismissing_rumours_is_a_rejection():
    assert types_by_trigger("Moscow dismissed rumours of a rift with Beijing.").get("dismissed") == "REJECT"


def test_handing_a_party_a_proposal_is_an_offer_to_it():
    assert ("AGREE", "KEN", "SSD", "handed") in coded("Kenya handed South Sudan's rival factions a draft "
                                                      "proposal for a power-sharing deal on Monday.")


def test_sending_patrol_boats_is_a_deployment():
    assert types_by_trigger("Japan's coast guard will send more patrol boats to the Senkaku islands.").get(
        "send") == "MOBILIZE"


# --- repression and coercion --------------------------------------------------------------------

def test_police_clearing_protesters_is_repression():
    events = eventwire.extract("Police in Nairobi cleared protesters from the city centre with tear gas on "
                               "Tuesday.", published="2025-03-04").events
    cleared = [e for e in events if e.trigger.text == "cleared"]
    assert cleared and cleared[0].type == "COERCE" and cleared[0].mode == "repression"


def test_volunteers_clearing_debris_is_no_event():
    assert "cleared" not in types_by_trigger("Volunteers cleared the streets of debris after the storm.")


def test_a_court_remanding_an_activist_is_an_arrest():
    events = eventwire.extract("A Nairobi court remanded the opposition activist for 14 days.",
                               published="2025-03-04").events
    remanded = [e for e in events if e.trigger.text == "remanded"]
    assert remanded and remanded[0].type == "COERCE" and remanded[0].mode == "arrest"


def test_a_coast_guard_chasing_a_boat_is_coercion():
    assert types_by_trigger("A Philippine coast guard vessel chased a Chinese trawler out of the lagoon.").get(
        "chased") == "COERCE"


def test_drawing_down_forces_is_a_withdrawal():
    assert types_by_trigger("The United States will draw down its forces in Iraq by next year.").get(
        "draw") == "RETREAT"


# --- figurative objects end a reading -------------------------------------------------------------

def test_sabotaging_plans_is_no_attack():
    assert "sabotaging" not in types_by_trigger(
        "Nairobi accused the governor of sabotaging plans for a referendum on the new constitution.")


def test_sabotaging_a_rail_line_is_still_an_attack():
    assert types_by_trigger("Poland accused Russian agents of sabotaging a rail line near Lublin.").get(
        "sabotaging") == "ASSAULT"


def test_a_pact_that_targets_no_one_is_no_attack():
    assert "target" not in types_by_trigger(
        "Beijing said the new security pact with Islamabad would not target any third country.")


def test_terrain_offering_cover_is_no_offer():
    assert "offered" not in types_by_trigger(
        "The forested hills along the border have long offered cover to smugglers and armed groups.")


def test_an_act_under_suspicion_of_is_not_told_as_done():
    types = types_by_trigger("Ugandan police detained 30 people on suspicion of financing the ADF rebels.")
    assert types.get("detained") == "COERCE" and "financing" not in types


# --- a strike measured in days or hours is a stoppage ---------------------------------------------

def test_a_strike_of_so_many_hours_is_a_labour_strike():
    assert types_by_trigger("Nigerian doctors began a 48-hour strike on Monday over unpaid wages.").get(
        "strike") == "PROTEST"


def test_a_strike_on_a_target_is_still_an_attack():
    assert types_by_trigger("The strike on the market killed 20 people, Ukrainian officials said.").get(
        "strike") == "ASSAULT"


# --- who blocks a road decides the type -----------------------------------------------------------

def test_militants_blocking_a_highway_restrict_movement():
    assert types_by_trigger("Al-Shabaab militants blocked the highway between Mogadishu and Baidoa for a week.").get(
        "blocked") == "COERCE"


def test_protesters_blocking_highways_still_protest():
    assert types_by_trigger("Protesters blocked highways across southern Ecuador on Monday.").get(
        "blocked") == "PROTEST"
