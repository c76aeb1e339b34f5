"""Event coding on fresh text (twenty-fourth pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded, extracted_events as events_of, coded_on_trigger as on_trigger

pytestmark = pytest.mark.model


# --- what a judging verb calls its object --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Seoul's unification ministry called the launch cowardly and reckless.",   # an adjective read as an adverb
    "Athens called the seizure of the trawler an act of piracy on Monday.",   # "an act of X"
    "Manila called the Chinese patrols near the reef highly aggressive.",   # an adjective left after the object
    "Kenya's interior minister called the ambush despicable.",
])
def test_a_judgement_the_parser_misplaces_is_still_an_accusation(text):
    assert [kind for kind, *_ in on_trigger(text, "called")] == ["ACCUSE"]


def test_an_act_of_war_is_an_accusation_not_the_calling_of_a_strike():
    text = "Islamabad called India's strikes an act of war."
    assert [(kind, src, tgt) for kind, src, tgt, _ in on_trigger(text, "called")] == [("ACCUSE", "PAK", "IND")]


@pytest.mark.parametrize("text, kind", [
    ("Dock workers called a two-day strike against the port reform.", "PROTEST"),
    ("The president called his Turkish counterpart late on Tuesday.", "CONSULT"),
])
def test_calls_that_judge_nothing_keep_their_reading(text, kind):
    assert [k for k, *_ in on_trigger(text, "called")] == [kind]


# --- blackouts are no severed ties ---------------------------------------------------------------

def test_cutting_telephone_and_internet_links_is_a_blackout():
    text = "Indian authorities cut telephone and internet links across the valley on Monday."
    assert [kind for kind, *_ in on_trigger(text, "cut")] == ["COERCE"]


@pytest.mark.parametrize("text, source, target", [
    ("Niger cut all links with France on Monday.", "NER", "FRA"),
    ("Azerbaijan cut rail links with Armenia in 1993.", "AZE", "ARM"),
])
def test_cutting_links_with_a_state_is_still_a_break_in_relations(text, source, target):
    assert [(kind, src, tgt) for kind, src, tgt, _ in on_trigger(text, "cut")] == [("SANCTION", source, target)]


@pytest.mark.parametrize("text", [
    "Apple cut iPhone and phone accessory prices in China.",
    "The company cut phone services to customers who had not paid.",
])
def test_cutting_prices_or_services_of_a_firm_is_no_blackout(text):
    assert on_trigger(text, "cut") == []


# --- "anti-" labels name whom a protest is against -------------------------------------------------

@pytest.mark.parametrize("text, trigger, target", [
    ("Police fired tear gas at anti-French protests in Niamey on Sunday.", "protests", "FRA"),
    ("Thousands joined anti-Chinese demonstrations in Hanoi on Sunday.", "demonstrations", "CHN"),
])
def test_an_anti_label_is_the_protest_target_not_its_source(text, trigger, target):
    found = on_trigger(text, trigger)
    assert [(kind, tgt) for kind, _, tgt, _ in found] == [("PROTEST", target)]
    assert found[0][1] != target


def test_anti_government_protests_are_a_protest_by_the_public():
    text = "Police in Lusaka dispersed nationwide anti-government protests on Monday."
    assert [(kind, src) for kind, src, _, _ in on_trigger(text, "protests")] == [("PROTEST", "ZMB")]


# --- crowds counted in "hundreds of ..." ------------------------------------------------------------

def test_hundreds_of_protesters_setting_fire_outside_an_embassy_riot_against_its_state():
    text = "Hundreds of protesters, some carrying banners, set fire to cars outside the Danish embassy in Tehran."
    assert [(kind, tgt) for kind, _, tgt, _ in on_trigger(text, "set")] == [("PROTEST", "DNK")]


def test_shops_near_an_embassy_are_no_site_of_its_state():
    text = "Angry crowds set fire to shops near the Turkish embassy in Tripoli."
    assert [tgt for _, _, tgt, _ in on_trigger(text, "set")] != ["TUR"]


def test_dozens_of_soldiers_setting_fire_to_a_village_still_attack_it():
    text = "Dozens of soldiers set fire to the village of Kala on Tuesday."
    assert [kind for kind, *_ in on_trigger(text, "set")] == ["ASSAULT"]


# --- refusals whose object the parser reads as an adverbial ---------------------------------------

def test_ruling_out_pulling_troops_out_is_a_refusal_not_a_withdrawal():
    text = "Armenia's prime minister ruled out pulling troops out of the border villages."
    found = coded(text)
    assert [(kind, trigger) for kind, _, _, trigger in found] == [("REJECT", "ruled")]


def test_a_share_out_of_a_whole_is_still_no_ruling_out():
    assert on_trigger("The party and its allies rule 14 out of 20 provinces.", "rule") == []


# --- armed units pushed back, repelled, breaking through, sweeping in -------------------------------

@pytest.mark.parametrize("text, trigger, source, target", [
    ("Ukrainian troops pushed back Russian forces near Pokrovsk on Tuesday.", "pushed", "UKR", "RUS"),
    ("Malian soldiers repelled jihadist fighters near Boulkessi overnight.", "repelled", "MLI", "MLI"),
    ("Sudanese army units repulsed RSF fighters east of El Obeid.", "repulsed", "SDN", "SDN"),
])
def test_pushing_back_or_repelling_armed_units_is_an_attack_on_them(text, trigger, source, target):
    assert [(kind, src, tgt) for kind, src, tgt, _ in on_trigger(text, trigger)] == [("ASSAULT", source, target)]


def test_armed_units_breaking_through_lines_attack_and_crowds_riot():
    assert [k for k, *_ in on_trigger("Russian troops broke through Ukrainian lines near Pokrovsk.", "broke")] == ["ASSAULT"]
    assert [k for k, *_ in on_trigger("Protesters broke through police lines outside parliament.", "broke")] == ["PROTEST"]


@pytest.mark.parametrize("text, trigger", [
    ("The finance ministry pushed back the deadline for the budget.", "pushed"),
    ("A storm swept into the coastal region on Sunday.", "swept"),
    ("Opposition parties swept into power in the state elections.", "swept"),
    ("The far-right party broke through in eastern Germany.", "broke"),
    ("Police broke through the door of the flat and arrested the suspect.", "broke"),
])
def test_other_pushing_breaking_and_sweeping_is_no_attack(text, trigger):
    assert [k for k, *_ in on_trigger(text, trigger) if k == "ASSAULT"] == []


# --- meetings floated ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Voters voted out the ruling party in Sunday's election.",
    "Britain voted out of the European Union in 2016.",
])
def test_voting_out_a_party_or_of_a_bloc_is_no_coercion(text):
    assert [k for k, *_ in coded(text) if k == "COERCE"] == []


def test_voting_a_prime_minister_out_of_office_coerces_him():
    text = "Nepal's parliament voted the prime minister out of office on Thursday."
    assert [kind for kind, *_ in on_trigger(text, "voted")] == ["COERCE"]


def test_floating_a_meeting_with_two_leaders_offers_it_to_each():
    text = "Macron floated a three-way meeting with Aliyev and Pashinyan on Monday."
    found = on_trigger(text, "floated")
    assert sorted((kind, tgt) for kind, _, tgt, _ in found) == [("AGREE", "ARM"), ("AGREE", "AZE")]


# --- an attack noun that only its relative clause gives victims -----------------------------------

def test_an_attack_whose_relative_clause_kills_and_wounds_is_one_attack_with_its_toll():
    text = ("Ankara said the raids answered a mortar attack on Thursday on an outpost near Kilis "
            "that killed a Turkish soldier and wounded three others.")
    attacks = [e for e in events_of(text) if e.type == "ASSAULT" and e.trigger.text != "raids"]
    assert [(e.trigger.text, e.fatalities, e.target.country) for e in attacks] == [("attack", 1, "TUR")]


@pytest.mark.parametrize("text", [
    "Rebels staged an attack on the base of the militia that killed 40 villagers in March.",
    "Protesters staged an attack on the house of the policeman who killed a student in 2023.",
])
def test_a_toll_told_of_another_noun_is_not_the_attacks(text):
    assert all(e.fatalities is None for e in events_of(text) if e.trigger.text in ("attack", "staged"))


# --- a call on two parties ----------------------------------------------------------------------

def test_a_call_on_one_party_and_on_another_is_a_request_to_each():
    text = "The European Union called on Rwandan troops to leave Congo and on Kinshasa to stop arming militias."
    found = on_trigger(text, "called")
    assert sorted((kind, tgt) for kind, _, tgt, _ in found) == [("REQUEST", "COD"), ("REQUEST", "RWA")]


def test_a_second_on_inside_the_demand_is_no_second_party():
    text = "The UN called on Israel to stop its attacks on Gaza and on Lebanon."
    assert [(kind, tgt) for kind, _, tgt, _ in on_trigger(text, "called")] == [("REQUEST", "ISR")]


# --- vows to keep fighting -------------------------------------------------------------------------

def test_a_vow_to_keep_fighting_is_a_threat_not_a_battle():
    text = "The rebel commander vowed on Sunday to keep fighting the army."
    assert [kind for kind, *_ in coded(text)] == ["THREATEN"]


def test_a_vow_to_keep_a_promise_is_no_threat():
    assert [k for k, *_ in on_trigger("The president vowed to keep his promises to farmers.", "vowed")] == []


# --- reactions drawn from parties -------------------------------------------------------------------

def test_a_reaction_drawn_from_countries_is_theirs_and_aimed_at_the_drawer():
    text = "A Sudanese air strike on a market killed 40 people, drawing condemnation from Britain and Norway."
    found = on_trigger(text, "condemnation")
    assert sorted((kind, src, tgt) for kind, src, tgt, _ in found) == [("ACCUSE", "GBR", "SDN"), ("ACCUSE", "NOR", "SDN")]


def test_a_reaction_a_leader_drew_is_aimed_at_him():
    text = "Erdogan drew sharp criticism from Paris for his remarks on Sunday."
    assert [(kind, src, tgt) for kind, src, tgt, _ in on_trigger(text, "criticism")] == [("ACCUSE", "FRA", "TUR")]


# --- lists of three addressees, judged by other verbs ------------------------------------------------

def test_every_member_of_a_list_of_addressees_is_a_target():
    text = "Tokyo asked Qatar, Oman and Egypt to press for the hostages' release."
    found = on_trigger(text, "asked")
    assert sorted(tgt for _, _, tgt, _ in found) == ["EGY", "OMN", "QAT"]


@pytest.mark.parametrize("text, trigger", [
    ("The foreign ministry termed the shelling despicable.", "termed"),
    ("Caracas labelled the sanctions an act of economic aggression.", "labelled"),
])
def test_terming_and_labelling_an_act_with_a_judgement_accuses(text, trigger):
    assert [kind for kind, *_ in on_trigger(text, trigger)] == ["ACCUSE"]


# --- judgements coordinated, outrage expressed, roads blocked by a state --------------------------

@pytest.mark.parametrize("text", [
    "The Kremlin called the decision unprecedented and illegal.",
    "Tehran called the vote a farce and a provocation.",
    "The UN rights chief called the crackdown a textbook example of ethnic cleansing.",
])
def test_coordinated_and_framed_judgements_accuse(text):
    assert [kind for kind, *_ in on_trigger(text, "called")] == ["ACCUSE"]


def test_outrage_expressed_at_strikes_accuses_their_doer():
    text = "The European Union expressed outrage at the Russian missile strikes on Odesa."
    assert [(kind, src, tgt) for kind, src, tgt, _ in on_trigger(text, "expressed")] == [("ACCUSE", "EUR", "RUS")]


def test_concern_for_families_is_no_accusation():
    assert on_trigger("The president expressed concern for the victims' families.", "expressed") == []


@pytest.mark.parametrize("text, kind", [
    ("The Taliban blocked the main road into the valley late last month.", "COERCE"),
    ("Protesters blocked the main road into the capital.", "PROTEST"),
])
def test_a_road_blocked_by_a_state_is_restricted_by_a_crowd_is_obstructed(text, kind):
    assert [k for k, *_ in on_trigger(text, "blocked")] == [kind]


def test_a_truce_a_group_declared_and_a_state_rejected_is_aimed_at_the_group():
    text = "Myanmar's government rejected a one-month ceasefire the Arakan Army declared on Sunday."
    assert [(kind, tgt) for kind, _, tgt, _ in on_trigger(text, "rejected")] == [("REJECT", "MMR")]


def test_parties_acting_side_by_side_are_not_each_others_targets():
    text = ("Ugandan soldiers and police withdrew on Tuesday from around the home of opposition leader Bobi Wine. "
            "The army said the troops had been posted there to protect him.")
    withdrawals = [e for e in events_of(text) if e.trigger.text == "withdrew"]
    assert all(e.target is None or e.target.sector not in ("MIL", "COP") for e in withdrawals)


@pytest.mark.parametrize("text", [
    "Morgan Tsvangirai withdrew from the race on Sunday.",
    "The minister expressed alarm about the health of the detained journalist.",
])
def test_leaving_a_race_and_alarm_about_health_are_no_events(text):
    assert coded(text) == []


def test_water_cannon_turned_on_ships_is_crowd_force_and_a_debate_turning_on_gas_is_none():
    assert [(k, s, t) for k, s, t, _ in on_trigger(
        "Chinese vessels turned water cannon on three Philippine fisheries ships near the shoal.", "turned")] == [
        ("COERCE", "CHN", "PHL")]
    assert on_trigger("The debate turned on the question of gas prices.", "turned") == []


def test_a_unit_pushed_back_in_a_threats_condition_is_no_attack():
    text = "Turkey warned it would launch a ground operation if Kurdish fighters were not pushed back from the border."
    assert on_trigger(text, "pushed") == []


# --- forces crossing into a land ---------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenyan troops crossed into Somalia in October 2011.", "KEN", "SOM"),
    ("Rwandan soldiers who crossed into Congo last week were seen near Goma.", "RWA", "COD"),
])
def test_a_states_forces_crossing_into_a_land_deploy_there(text, source, target):
    assert [(k, s, t) for k, s, t, _ in on_trigger(text, "crossed")] == [("MOBILIZE", source, target)]


@pytest.mark.parametrize("text", [
    "Dozens of Myanmar soldiers fleeing the fighting crossed into India on Sunday.",
    "Afghan soldiers crossed into Tajikistan to seek refuge.",
    "Ethiopian troops crossed into Somalia to fight al Shabaab.",
    "Thousands of refugees crossed into Chad last month.",
    "The striker crossed into the box and scored.",
])
def test_fleeing_purposeful_or_civilian_crossings_are_no_deployment(text):
    assert [k for k, *_ in on_trigger(text, "crossed")] == []


def test_a_crossing_a_threat_sets_as_its_condition_is_none():
    text = "Burundi's president warned that his army would strike back if Rwandan forces crossed into Burundi."
    assert on_trigger(text, "crossed") == []
