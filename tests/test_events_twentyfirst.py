"""Event coding on fresh text (twenty-first pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded, extracted_events as events_of, mention_actors, coded_on_trigger as on_trigger

pytestmark = pytest.mark.model


# --- denials -------------------------------------------------------------------------------------

def test_a_denial_after_a_quoted_foreign_speaker_answers_that_speaker():
    text = ('"The shells came from across the river," the Ugandan army spokesman told reporters in Kampala. '
            "The Congolese army denied it on Friday.")
    assert on_trigger(text, "denied") == [("REJECT", "COD", "UGA", "denied")]


def test_a_denial_of_a_coded_accusation_still_answers_the_accuser():
    text = ("Uganda accused Congolese troops of shelling its border posts on Thursday. "
            "Kinshasa denied the charge on Friday.")
    assert on_trigger(text, "denied") == [("REJECT", "COD", "UGA", "denied")]


def test_a_figure_a_government_disputes_is_its_rejection():
    text = ("Rights monitors said at least 31 protesters had been shot dead since the vote, "
            "a figure Kampala disputes.")
    assert ("REJECT", "UGA", None, "disputes") in coded(text)


def test_disputing_a_toll_is_a_rejection():
    assert [kind for kind, *_ in on_trigger("The interior ministry disputed the toll, saying 12 people had died.",
                                            "disputed")] == ["REJECT"]


def test_a_dispute_noun_governs_no_denied_content():
    text = ("The Gulf Cooperation Council, which has backed Doha throughout the dispute, called on Tehran on "
            "Sunday to release the tanker.")
    assert [(kind, target) for kind, _, target, _ in on_trigger(text, "called")] == [("REQUEST", "IRN")]


# --- withdrawals, refuge, alerts -----------------------------------------------------------------

def test_soldiers_pulled_off_the_streets_are_withdrawn():
    events = on_trigger("By Thursday the army had pulled most of its soldiers off the streets of the capital.", "pulled")
    assert [kind for kind, *_ in events] == ["RETREAT"]


def test_pulling_a_product_off_the_shelves_is_no_withdrawal():
    assert on_trigger("The retailer pulled the toys off its shelves after the recall.", "pulled") == []


def test_soldiers_pulled_off_a_truck_by_villagers_are_no_withdrawal():
    text = "Villagers pulled two soldiers off a truck and held them for hours, the army said."
    assert on_trigger(text, "pulled") == []


@pytest.mark.parametrize("text", [
    "A court granted the journalist police protection after threats from the cartel.",
    "Switzerland granted the diplomat diplomatic protection.",
])
def test_protection_of_another_kind_is_no_asylum(text):
    assert not any(kind == "AID" for kind, *_ in on_trigger(text, "granted"))


def test_forces_put_on_alert_are_no_target_and_are_the_states_own():
    text = ("Venezuela's president, who put the armed forces and a civilian militia on alert after the "
            "warships arrived, ordered drills in the capital.")
    assert ("MOBILIZE", "VEN", None, "put") in coded(text)
    assert mention_actors(text, "2025-10-04")["armed forces"] == "VENMIL"


def test_troops_a_minister_orders_to_stay_are_his_countrys():
    text = ("Palestinian officials said the camps of Jenin and Tulkarm in the West Bank had been emptied of "
            "Palestinians. Defence Minister Yoav Gallant ordered troops to stay in the Palestinian camps through "
            "the winter.")
    assert mention_actors(text, "2024-01-10")["troops"] == "ISRMIL"


# --- places, incursions, advice ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Iranian forces seized a tanker off Oman's coast on Thursday.",
    "Houthi rebels attacked a cargo ship off Yemen's coast on Sunday.",
])
def test_a_coast_an_act_is_done_off_is_no_target(text):
    assert all(target is None for _, _, target, _ in coded(text))


def test_a_region_of_a_country_locates_the_act_there():
    # the target is the rule's; the source is the learned filler's guess (retrained in the twenty-fifth pass)
    found = coded("Clashes erupted in Khartoum. Fighting in Sudan's west has killed dozens, the ministry said.")
    assert [(kind, target) for kind, _, target, trigger in found if trigger == "fighting"] == [("ASSAULT", "SDN")]


def test_drones_sent_into_airspace_are_an_attack():
    text = "Estonia accused Russia of sending two drones into Estonian airspace overnight."
    assert ("ASSAULT", "RUS", "EST", "sending") in coded(text)
    assert not any(kind == "AID" for kind, *_ in coded(text))


def test_drones_sent_into_an_arsenal_are_no_attack():
    assert not any(kind == "ASSAULT" for kind, *_ in coded(
        "The United States will send drones into Ukraine's arsenal under the new package."))


def test_weapons_sent_to_an_ally_stay_aid():
    assert ("AID", "DEU", "UKR", "send") in coded("Germany will send air defence systems to Ukraine next month.")


def test_advice_to_a_states_own_citizens_to_leave_is_no_request():
    text = "The British embassy urged British nationals to leave Lebanon while commercial flights were still running."
    assert on_trigger(text, "urged") == []


def test_urging_another_countrys_citizens_to_leave_stays_a_request():
    assert ("REQUEST", "IRN", "ISR", "urged") in coded(
        "Iran's army urged Israeli citizens to leave the occupied territories immediately.")


def test_an_appeal_to_citizens_to_vote_stays_a_request():
    assert [kind for kind, *_ in on_trigger(
        "The president urged citizens to vote against the amendment in Sunday's referendum.", "urged")] == ["REQUEST"]


# --- references and counted parties --------------------------------------------------------------

def test_the_same_word_refers_back_past_a_nearer_attack():
    text = ("Israeli troops raided the village of Qabatiya on Monday. Later a Palestinian gunman opened fire at a "
            "checkpoint near Hebron, wounding two soldiers. Jordan condemned the raid on Tuesday.")
    assert ("ACCUSE", "JOR", "ISR", "condemned") in coded(text)


def test_counted_juntas_named_apart_are_each_addressed():
    text = ("ECOWAS, which Niger quit in January along with Mali and Burkina Faso, has urged the three juntas "
            "to set a date for elections.")
    targets = {target for kind, _, target, trigger in coded(text) if trigger == "urged"}
    assert targets == {"NER", "MLI", "BFA"}


def test_counted_parties_are_not_guessed_when_the_count_differs():
    text = "Mali and Niger left the bloc in January, and ECOWAS has urged the three juntas to hold elections."
    assert {target for kind, _, target, trigger in coded(text) if trigger == "urged"} <= {None}


def test_countries_leaving_together_are_not_each_others_targets():
    events = on_trigger("Burkina Faso left the bloc last year together with Mali and Niger.", "left")
    assert events and all(target is None for _, _, target, _ in events)


# --- promises of punishment ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The president promised on Wednesday that those responsible for the looting would face justice.",
    "The interior minister promised to track down and hold accountable those who attacked the convoy.",
    "The army chief has promised that those responsible for killing protesters will be brought to justice.",
])
def test_a_promise_of_punishment_is_a_warning_not_an_agreement(text):
    assert [kind for kind, *_ in on_trigger(text, "promised")] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The government promised justice for the families of the victims.",
    "The minister promised to hold talks with the unions next week.",
    "The finance minister promised to take into account the concerns of farmers' unions.",
    "The government promised to bring justice to the victims' families through a truth commission.",
    "The new president promised to drop the prosecution of opposition leaders jailed under his predecessor.",
])
def test_other_promises_stay_agreements(text):
    assert [kind for kind, *_ in on_trigger(text, "promised")] == ["AGREE"]


def test_demonstrators_who_tried_to_storm_a_building_riot():
    text = "Soldiers opened fire on demonstrators who tried to storm the airport, killing eight people."
    assert [kind for kind, *_ in on_trigger(text, "storm")] == ["PROTEST"]


def test_special_forces_trying_to_storm_a_building_still_assault():
    text = "Special forces tried to storm the building where the hostages were held."
    assert [kind for kind, *_ in on_trigger(text, "storm")] == ["ASSAULT"]


# --- running tolls -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighting around the dam has killed more than 100 people since early December, according to the monitor.",
    "More than 300 people have been killed since mid-July, according to a tally by local media.",
])
def test_a_running_toll_with_no_doer_is_no_attack(text):
    assert on_trigger(text, "killed") == []


@pytest.mark.parametrize("text", [
    "At least 48 people have been killed by security forces since the results were announced, the UN said.",
    "Rebels have killed 40 soldiers since Monday in a series of ambushes, the army said.",
    "Soldiers killed 12 militants on Sunday, the army said.",
])
def test_a_toll_with_a_named_doer_stays_an_attack(text):
    assert [kind for kind, *_ in on_trigger(text, "killed")] == ["ASSAULT"]


def test_who_backs_a_group_told_in_a_present_passive_relative_is_no_new_support():
    text = ("Clashes resumed near the dam on Tuesday. The SDF, which is backed by the United States, said its "
            "fighters had repelled the attack.")
    assert on_trigger(text, "backed") == []


def test_a_past_passive_relative_still_tells_the_support():
    text = "Clashes resumed near the dam on Tuesday. The militia, which was backed by Iran, seized the town on Monday."
    assert [kind for kind, *_ in on_trigger(text, "backed")] == ["SUPPORT"]


# --- protection as an aim ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister faulted the authorities for failing to protect the embassy.",
    "Officials said the new laws were meant to protect citizens from fraud.",
    "The envoy said Nigeria must protect its Christians.",
])
def test_protection_named_as_an_aim_or_a_duty_is_no_aid(text):
    assert on_trigger(text, "protect") == []


def test_forces_arriving_to_protect_a_place_still_protect_it():
    assert [kind for kind, *_ in on_trigger(
        "Hundreds of Kenyan police officers arrived in the capital to protect Haiti's airport.", "protect")] == ["AID"]


def test_fighting_a_war_dated_by_its_start_is_historical():
    events = [e for e in events_of("Ethiopia and Eritrea fought a border war that began in 1998, and the two "
                                   "leaders signed a peace deal in 2018.", published="2023-06-01")
              if e.trigger.text == "fought"]
    assert events and all(e.date.value == "1998" and "historical" in e.context for e in events)


def test_a_war_still_being_fought_is_not_dated_by_its_start():
    events = [e for e in events_of("Ukraine and Russia continue to fight a war that began in February 2022.",
                                   published="2025-06-13") if e.trigger.text == "fight"]
    assert all(e.date.value == "2025-06-13" and "historical" not in e.context for e in events)


def test_calling_for_something_to_be_done_is_a_request_not_a_call():
    events = on_trigger("France and the United States called for the vote to be held as soon as possible.", "called")
    assert {kind for kind, *_ in events} == {"REQUEST"}
