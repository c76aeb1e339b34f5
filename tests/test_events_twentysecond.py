"""Event coding on fresh text (twenty-second pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded, extracted_events as events_of, coded_on_trigger as on_trigger

pytestmark = pytest.mark.model


# --- running tolls counted "since" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "More than 90 people have been killed since the strikes began in March, a rights group said.",
    "Fighting erupted in the hills in April, and about 60 people have since been killed.",
    "The charity said 35 villagers had been killed since clashes broke out over grazing land.",
    "The death brought to 27 the number of people killed since the general was ousted in June.",
])
def test_a_toll_counted_since_a_moment_is_no_attack(text):
    assert on_trigger(text, "killed") == []


@pytest.mark.parametrize("text", [
    "Government soldiers have killed 30 protesters since the vote was annulled, the opposition said.",
    "Gunmen killed nine villagers on Sunday in a raid on a market, officials said.",
    "The number of people killed by police since the protests began has risen to 19.",
])
def test_a_toll_with_a_doer_or_a_single_moment_stays_an_attack(text):
    assert [kind for kind, *_ in on_trigger(text, "killed")] == ["ASSAULT"]


# --- hyphenated objects ----------------------------------------------------------------------------

def test_a_call_for_de_escalation_is_a_request_not_an_accusation():
    text = "The UN secretary-general called for an immediate de-escalation on Thursday."
    assert [kind for kind, *_ in on_trigger(text, "called")] == ["REQUEST"]


def test_calling_a_move_an_escalation_is_still_an_accusation():
    text = "Beijing called the visit a dangerous escalation."
    assert [kind for kind, *_ in on_trigger(text, "called")] == ["ACCUSE"]


# --- talks refused ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("Moscow ruled out any talks with Kyiv while its troops remained in Kursk.", "ruled"),
    ("The junta rejected negotiations with the rebels on Monday.", "rejected"),
])
def test_talks_refused_are_not_held(text, verb):
    kinds = [kind for kind, *_ in coded(text)]
    assert "CONSULT" not in kinds and "REJECT" in kinds


def test_talks_held_after_a_rejection_of_something_else_stay_talks():
    text = "Kyiv rejected the proposal, but its envoys held talks with Ankara on Friday."
    assert "CONSULT" in [kind for kind, *_ in coded(text)]


# --- "met with" an answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Guards warned that any attack would be met with a far heavier response.",
    "The marchers were met with tear gas and water cannon.",
])
def test_being_met_with_an_answer_is_no_meeting(text):
    assert "CONSULT" not in [kind for kind, *_ in coded(text)]


@pytest.mark.parametrize("text", [
    "Putin met with Erdogan in Sochi on Monday.",
    "The Lebanese president met with the UN Interim Force in Lebanon commander in Naqoura.",
])
def test_meeting_with_a_leader_or_a_force_is_still_a_meeting(text):
    assert [kind for kind, *_ in on_trigger(text, "met")] == ["CONSULT"]


# --- permission and manner ---------------------------------------------------------------------------

def test_an_act_a_verb_of_permission_allows_is_hypothetical():
    events = [e for e in events_of("The president authorised troops to shoot rioters without warning.")
              if e.trigger.text == "shoot"]
    assert events and all("hypothetical" in e.context for e in events)


@pytest.mark.parametrize("text, kind", [
    ("Soldiers opened fire on the crowd without warning, witnesses said.", "THREATEN"),
    ("Israel struck Iran without warning on Friday.", "THREATEN"),
    ("The government raised fuel prices without consulting the unions.", "CONSULT"),
])
def test_without_tells_what_did_not_happen(text, kind):
    assert kind not in [k for k, *_ in coded(text)]


# --- doers of a prevented act --------------------------------------------------------------------------

def test_the_object_of_a_verb_of_prevention_does_the_prevented_act():
    text = "The offensive aims to stop Russian artillery from shelling the Sumy region."
    events = [e for e in events_of(text) if e.trigger.text == "shelling"]
    assert [e.source.code if e.source else None for e in events] == ["RUSMIL"]
    assert "negated" in events[0].context


# --- lexicon: measures and moves named in the study set -------------------------------------------------

@pytest.mark.parametrize("text, trigger, kind", [
    ("A Chinese coast guard ship rammed a Philippine tug near the shoal.", "rammed", "ASSAULT"),
    ("The security service said it was holding all 12 fishermen.", "holding", "COERCE"),
    ("Washington said it was pausing $300 million in military aid to the junta.", "pausing", "SANCTION"),
    ("The EU suspended 200 million euros in budget support to Niger.", "suspended", "SANCTION"),
    ("The ministry said it would increase the number of troops on the border to 5,000.", "increase", "MOBILIZE"),
    ("The president stripped the army chief of his post on Friday.", "stripped", "COERCE"),
])
def test_listed_measures_and_moves(text, trigger, kind):
    assert [k for k, *_ in on_trigger(text, trigger)] == [kind]


@pytest.mark.parametrize("text, trigger", [
    ("The bank said it would raise interest rates by half a point.", "raise"),
    ("The airport was closed for a day after the storm.", "closed"),
    ("Authorities closed the bridge after cracks were found in its pillars.", "closed"),
    ("The club is holding trials for young players this week.", "holding"),
    ("The prison in Bamenda holds 2,000 prisoners, twice its capacity.", "holds"),
    ("The ambush raised the number of soldiers killed this year to 40.", "raised"),
])
def test_the_same_verbs_with_other_objects_tell_no_event(text, trigger):
    assert on_trigger(text, trigger) == []


# --- vows not to yield -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The rebel commander vowed never to bow to the junta.", None),
    ("Zelensky vowed not to give in to Russian demands.", "RUS"),
    ("The Houthis vowed never to surrender to Saudi Arabia.", "SAU"),
])
def test_a_vow_not_to_yield_is_a_refusal(text, target):
    refusals = [event for event in coded(text) if event[0] == "REJECT"]
    assert refusals and (target is None or refusals[0][2] == target)
    assert "THREATEN" not in [kind for kind, *_ in coded(text)]


def test_a_vow_not_to_do_something_else_keeps_its_reading():
    assert [kind for kind, *_ in on_trigger("Pakistan pledged not to use force against its neighbour.", "pledged")] == ["AGREE"]


def test_declining_to_give_details_is_still_no_refusal():
    assert coded("The ministry declined to give details of the talks.") == []


# --- ransacking -------------------------------------------------------------------------------------------

def test_a_crowd_ransacking_an_embassy_riots_against_its_owner():
    assert on_trigger("Crowds in Damascus ransacked the Iranian embassy.", "ransacked") == [
        ("PROTEST", "SYR", "IRN", "ransacked")]


def test_armed_men_ransacking_offices_attack():
    assert [kind for kind, *_ in on_trigger("Militiamen ransacked the offices of the aid agency.", "ransacked")] == ["ASSAULT"]


# --- vows to go on fighting; people held -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Houthis have vowed to keep up their attacks until Israel halts its offensive in Gaza.",
    "The rebels vowed to keep up their raids on army posts after the ceasefire collapsed.",
])
def test_a_vow_to_go_on_with_hostilities_is_a_threat(text):
    assert [kind for kind, *_ in on_trigger(text, "vowed")] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The minister vowed to keep up the pressure on inflation.",
    "Pashinyan vowed to continue reforms of the judiciary.",
])
def test_a_vow_to_go_on_with_anything_else_is_no_threat(text):
    assert "THREATEN" not in [kind for kind, *_ in coded(text)]


def test_a_pledge_to_continue_a_fight_is_no_threat():
    text = "Mali and Niger pledged to continue the fight against the jihadists together."
    assert "THREATEN" not in [kind for kind, *_ in coded(text)]


def test_holding_foreign_citizens_is_detention():
    text = "Congolese authorities are holding three US citizens after the failed coup attempt."
    assert on_trigger(text, "holding") == [("COERCE", "COD", "USA", "holding")]


# --- the second reviewer's cases ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company paused deliveries of its new smartphone because of a battery fault.",
    "The bombing raised the number of troops who have died in the operation to 15.",
    "The central bank governor vowed to keep up the fight against inflation.",
    "The families of the missing vowed never to give up the search for their loved ones.",
    "A chartered bus held 30 activists on their way to the capital.",
])
def test_everyday_uses_of_the_new_words_tell_no_event(text):
    assert coded(text) == []


def test_a_promise_not_to_hand_something_in_is_no_refusal():
    text = "The government promised not to submit the budget to parliament before the strike ended."
    assert "REJECT" not in [kind for kind, *_ in coded(text)]


def test_being_met_with_force_by_police_is_no_meeting():
    assert "CONSULT" not in [kind for kind, *_ in coded("The protesters were met with force by riot police in Tbilisi.")]


# --- agreeing to let the other side have its way -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Panama had agreed to let US warships pass through the canal first.",
    "Israel agreed to let Egyptian troops exceed the limits set by the treaty.",
])
def test_agreeing_to_let_the_other_side_act_is_a_concession(text):
    assert [kind for kind, *_ in on_trigger(text, "agreed")] == ["CONCEDE"]


def test_agreeing_to_meet_stays_an_agreement():
    text = "Armenia and Azerbaijan agreed to hold talks in Geneva next week."
    assert "CONCEDE" not in [kind for kind, *_ in coded(text)]


# --- warning shots; bills approved -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "U.S. soldiers fired warning shots on Monday to push back people who had spilled onto the runway.",
    "Militia gunmen fired into the air on Monday night to turn back the crowds.",
])
def test_warning_shots_are_a_show_of_force_not_an_attack(text):
    assert [kind for kind, *_ in on_trigger(text, "fired")] == ["COERCE"]


def test_firing_on_a_crowd_is_still_an_attack():
    assert [kind for kind, *_ in on_trigger("Soldiers fired on the crowd, killing three people.", "fired")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Slovakia's parliament on Thursday approved a government bill that abolishes the public broadcaster.",
    "The National Assembly last week approved a law restoring some of the benefits workers lost.",
])
def test_a_legislature_passing_a_bill_backs_no_one(text):
    assert on_trigger(text, "approved") == []


def test_an_arms_sale_approved_is_military_aid():
    assert [kind for kind, *_ in coded("Washington approved a $1.2 billion arms sale to Taipei last week.")] == ["AID"]


# --- helping defend; meeting a mandate -------------------------------------------------------------------------

def test_helping_another_defend_itself_is_military_aid():
    text = "US warships and fighter jets helped defend Israel, intercepting dozens of the drones, the Pentagon said."
    assert on_trigger(text, "defend") == [("AID", "USA", "ISR", "defend")]


def test_defending_a_decision_is_still_support():
    assert [kind for kind, *_ in on_trigger("The minister defended the decision to close the border.", "defended")] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The minister said the mission had failed to meet its mandate.",
    "A drought has left too little water in the river to meet Iran's share.",
])
def test_meeting_a_mandate_or_a_share_is_no_meeting(text):
    assert "CONSULT" not in [kind for kind, *_ in coded(text)]


def test_two_parties_agreeing_to_let_someone_act_agree_with_each_other():
    text = "In 2016, Helsinki and Moscow agreed to let only Finnish and Russian citizens use the crossings."
    assert [kind for kind, *_ in on_trigger(text, "agreed")] == ["AGREE"]
