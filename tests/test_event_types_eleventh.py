"""Event types on unseen news (eleventh pass): statements told in a clause on a thing, crime reports
whose doer is the state, what a request asks for, suspicions and equipment, and lexicon entries for
ordinary news usage. Every sentence here is written for the test, about countries the study sets
did not use in the same construction."""
from __future__ import annotations

from conftest import coded_events, types_by_trigger


def coded(text: str, published: str = "2025-03-04") -> list[tuple[str, str | None, str | None, str]]:
    """Each event as (type, source country, target country, trigger word in lower case)."""
    return coded_events(text, published, with_trigger=True)


# --- a named party's statement in a clause on a thing is news -----------------------------------

def test_a_condemnation_in_a_clause_on_a_move_is_an_accusation():
    events = coded("Turkish troops entered the town in March, a move Damascus condemned at the time as an invasion.")
    assert ("ACCUSE", "SYR") in [(kind, source) for kind, source, _, _ in events]


def test_an_accusation_in_a_clause_on_an_election_is_kept():
    assert types_by_trigger("The 2021 vote, which the opposition accused the ruling party of rigging, "
                            "was followed by weeks of unrest.").get("accused") == "ACCUSE"


def test_a_case_a_state_brought_is_kept():
    assert ("ACCUSE", "GMB", "MMR", "brought") in coded("The ICJ is hearing a case Gambia brought against Myanmar in 2019.")


def test_a_stance_in_a_clause_on_a_thing_stays_background():
    assert "opposed" not in types_by_trigger(
        "Serbia will revoke the licence for a lithium mine that protesters have opposed for months.")


def test_a_past_rejection_in_a_clause_on_a_plan_is_coded():
    # seventeenth pass: a clause on a thing that names who acted tells that party's act, as the gold codes it
    assert types_by_trigger("The plan, which Hamas rejected on Sunday, would have frozen the fighting.").get("rejected") == "REJECT"


# --- crime reports: a doer taken from the clause above can be the state -------------------------

def test_an_accused_army_act_in_a_prison_story_is_kept():
    text = ("Two inmates were stabbed in a prison riot on Sunday. Human Rights Watch accused soldiers of "
            "torturing young men detained during raids on the prison, where inmates had rioted.")
    assert types_by_trigger(text).get("torturing") == "ASSAULT"


def test_an_emergency_a_president_declares_in_a_prison_story_is_kept():
    text = ("Guards found drugs on several inmates. The president responded by declaring a state of "
            "emergency in the province, where inmates took guards hostage.")
    assert types_by_trigger(text).get("declaring") == "COERCE"


def test_a_burglary_stays_a_police_matter():
    assert coded("Police arrested two burglars after a robbery at a jewellery shop. "
                 "Detectives said the thieves were armed.") == []


# --- what a request asks for -----------------------------------------------------------------------

def test_a_demanded_release_is_no_release():
    found = types_by_trigger("Moscow summoned Baku's ambassador on Monday and demanded the release of the detainees.")
    assert found.get("demanded") == "REQUEST"
    assert "release" not in found


def test_an_infinitive_after_an_object_control_verb_is_asked_for():
    found = types_by_trigger("Egypt asked Washington to press Israel to pull its forces out of the crossing.")
    assert found.get("asked") == "REQUEST"
    assert "pull" not in found


def test_an_act_with_its_own_for_subject_is_wished_not_done():
    assert "step" not in types_by_trigger("Students in Dhaka chanted for Prime Minister Sheikh Hasina to step down.")
    assert "withdraw" not in types_by_trigger("Kurti rejected the European Union's call to withdraw special police units.")


def test_a_request_made_during_a_phone_call_keeps_the_call():
    found = types_by_trigger("In a phone call with his French counterpart on Wednesday, Iranian Foreign Minister "
                             "Abbas Araghchi urged Paris to give diplomacy more time.")
    assert found.get("call") == "CONSULT"
    assert found.get("urged") == "REQUEST"


# --- suspicion and equipment ------------------------------------------------------------------------

def test_an_act_only_suspected_is_no_event():
    found = types_by_trigger("Police detained 300 people suspected of aiding the rebels, the Ethiopian justice minister said.")
    assert found.get("detained") == "COERCE"
    assert "aiding" not in found


def test_armed_with_is_equipment_not_aid():
    assert "armed" not in types_by_trigger("Coast guard personnel armed with knives and axes seized seven rifles from the boats.")
    assert ("AID", "IRN", "YEM", "armed") in coded("Iran armed the Houthi rebels with missiles, the US said.")


# --- lexicon: ordinary news usage -------------------------------------------------------------------

def test_internet_cuts_are_coercion():
    assert types_by_trigger("The government cut mobile internet access on Sunday.").get("cut") == "COERCE"
    assert types_by_trigger("Authorities in Dhaka shut mobile internet during the protests.").get("shut") == "COERCE"


def test_stripping_citizenship_and_extending_an_emergency_are_coercion():
    assert ("COERCE", "BHR") == coded("Bahrain stripped the Shia cleric of his nationality in 2016.")[0][:2]
    assert types_by_trigger("The Ethiopian government extended the state of emergency in Amhara by "
                            "four months.").get("extended") == "COERCE"


def test_forces_placed_on_alert_are_mobilized():
    assert types_by_trigger("Pakistan's army was placed on high alert after the strikes.").get("placed") == "MOBILIZE"


def test_ignoring_a_summons_is_a_rejection():
    assert types_by_trigger("Burundi's opposition leader ignored a court summons for a second time.").get("ignored") == "REJECT"


def test_firing_on_positions_is_an_attack_not_a_dismissal():
    assert ("ASSAULT", "IND", "PAK", "fired") in coded("Indian troops fired on Pakistani posts along the Line of Control overnight.")
    assert "fired" not in types_by_trigger("The minister was fired from his position last week.")


def test_a_closed_crossing_and_shared_data():
    assert types_by_trigger("Chad closed the Adre crossing to all traffic on Wednesday.").get("closed") == "SANCTION"
    assert types_by_trigger("Japan's defence ministry said Tokyo was sharing tracking data with "
                            "Seoul.").get("sharing") == "COOPERATE"


def test_standing_behind_an_ally_granting_candidacy_and_dismissing_a_decision():
    assert ("SUPPORT", "DEU", "LTU", "stands") in coded("Berlin said it stands behind Vilnius.")
    assert types_by_trigger("The European Union, which granted Moldova candidate status in 2022, said it was "
                            "watching closely.").get("granted") == "SUPPORT"
    assert types_by_trigger("Caracas dismissed the sanctions as illegal.").get("dismissed") == "REJECT"


def test_suspending_a_partnership_and_sending_frigates():
    assert ("SANCTION", "USA", "GEO", "suspended") in coded("Washington suspended its strategic partnership with Tbilisi on Saturday.")
    assert types_by_trigger("Germany said it would send two frigates to the Baltic.").get("send") == "MOBILIZE"


# --- warnings that announce the author's answer are threats, not forecasts --------------------------

def test_a_warning_that_attacks_will_not_go_unanswered_is_a_threat():
    assert types_by_trigger("Tunisia's interior ministry warned that such attacks would not go "
                            "unanswered.").get("warned") == "THREATEN"


def test_a_warning_of_arrests_without_an_agent_is_a_threat():
    assert types_by_trigger("The police chief warned that more opposition supporters would be detained if they "
                            "tried to disrupt the summit.").get("warned") == "THREATEN"


def test_a_deterrent_in_a_second_clause_makes_a_threat():
    assert types_by_trigger("President Ortega warned that vandalism would not be tolerated and that anyone who "
                            "disturbed public order would face the full weight of the law.").get("warned") == "THREATEN"


def test_an_economic_warning_stays_a_forecast():
    assert "warned" not in types_by_trigger("Economists warned that prices would rise sharply next year.")
    assert "warned" not in types_by_trigger("Kenya's central bank warned that the shilling would not recover quickly.")


# --- a force described by where it is posted ---------------------------------------------------------

def test_troops_stationed_somewhere_are_no_deployment():
    assert "stationed" not in types_by_trigger("Rwandan troops stationed in the province pursued the attackers.")
    assert "stationed" not in types_by_trigger("France, which has about 370 troops stationed in Gabon, condemned the coup.")


def test_a_dated_deployment_participle_and_a_clause_stay_deployments():
    assert types_by_trigger("Russia said troops deployed to the border on Monday would stay until the drills "
                            "end.").get("deployed") == "MOBILIZE"
    assert types_by_trigger("India deployed troops to the border on Monday.").get("deployed") == "MOBILIZE"


def test_police_killings_during_riots_are_no_crime_report():
    text = ("In March 2021, police killed at least 14 people during riots by opposition supporters that followed "
            "the arrest of their leader on rape charges.")
    assert types_by_trigger(text).get("killed") == "ASSAULT"
    assert coded("Police in Ohio arrested a man suspected of stealing copper wire from a rail yard.") == []


def test_blocking_a_support_fund_is_a_veto():
    assert types_by_trigger("Slovakia's prime minister blocked a 50 billion euro support fund for Ukraine in "
                            "December.").get("blocked") == "REJECT"


def test_an_epithet_that_explains_a_denial_is_no_second_accusation():
    found = types_by_trigger("The Kremlin rejected the report, calling it lies.")
    assert found.get("rejected") == "REJECT"
    assert "calling" not in found
    assert types_by_trigger("The army denied the shelling and called the rebels terrorists.").get("called") == "ACCUSE"


def test_markets_that_rally_and_complaints_that_bombard_are_no_events():
    assert coded("The rupee rallied against the dollar on Thursday.") == []
    assert "bombarded" not in types_by_trigger("Listeners bombarded the radio station with complaints about the interview.")
    assert types_by_trigger("Russian artillery bombarded Kharkiv overnight.").get("bombarded") == "ASSAULT"


def test_taking_refuge_is_no_aid_but_sheltering_refugees_is():
    assert coded("Civilians in Kharkiv sheltered in metro stations during the strikes.") == []
    assert types_by_trigger("Chad has sheltered more than 600,000 Sudanese refugees.").get("sheltered") == "AID"


def test_speaking_to_a_news_outlet_is_an_interview_not_talks():
    assert "spoke" not in types_by_trigger("The Kenyan president spoke to the BBC on Tuesday.")
    assert ("CONSULT", "KEN", "ETH", "spoke") in coded("The Kenyan president spoke by phone with Ethiopia's prime "
                                                       "minister on Tuesday.")
