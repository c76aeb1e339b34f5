"""Twenty-seventh pass (issue 4): subject lists the parser splits, aid flown in, measures ordered,
talks a visitor is expected for, elections held, control seized, a subject read as a conjunct,
boycotted votes, dismissals, frozen cooperation and an opposition's untargeted condemnation. Every
sentence here is written for the test."""
from __future__ import annotations

import pytest

from conftest import coded_events, coded_with_triggers

TWO_NEIGHBOURS = ("Bangladesh and India signed a water-sharing deal in New Delhi on Saturday. India agreed to "
                  "release more water from the Farakka barrage, and Bangladesh pledged to open its ports to Indian "
                  "cargo. Indian officials said the deal would deepen ties between the two neighbours. ")


def test_every_item_of_a_subject_list_the_parser_splits_is_a_source():
    found = coded_events("The UN, the AU and the EU urged Ethiopia to halt the offensive.", "2021-11-05", side="code")
    assert {source for kind, source, target in found if kind == "REQUEST" and target == "ETHGOV"} \
        == {"IGOUNO", "IGOAFRAFU", "IGOEUREEC"}


def test_relief_flown_into_a_country_is_aid_from_each_sender():
    found = coded_events("Egypt and Turkey have flown rescue teams and relief supplies into eastern Libya.", "2023-09-26")
    assert ("AID", "EGY", "LBY") in found and ("AID", "TUR", "LBY") in found


def test_a_patient_flown_to_a_hospital_receives_no_aid():
    assert not [e for e in coded_events("The wounded president was flown to a hospital in Darwin.", "2008-02-12")
                if e[0] == "AID"]


def test_ordered_sanctions_are_a_sanction_and_an_envoy_ordered_out_still_an_expulsion():
    assert ("SANCTION", "USA", "RUS") in coded_events("Washington ordered sanctions on three Russian banks.",
                                                      "2022-03-01")
    assert [e[0] for e in coded_events("Mali ordered France's ambassador to leave the country.", "2022-01-31")] \
        == ["SANCTION"]


@pytest.mark.parametrize("text, published, source, target", [
    ("Japan's envoy is due in Colombo next week for talks with President Mahinda Rajapaksa.", "2008-01-03", "JPN", "LKA"),
    ("The Kremlin aide is expected in Bishkek on Monday for talks with Jeenbekov.", "2020-10-11", "RUS", "KGZ"),
])
def test_talks_a_visitor_is_expected_somewhere_for_are_the_visitors(text, published, source, target):
    assert ("CONSULT", source, target) in coded_events(text, published)


def test_elections_held_detain_no_one():
    assert not coded_events("Ethiopia is due to hold national elections next year.", "2019-06-24")
    assert ("COERCE", "IRN", "GBR") in coded_events("Iran said it was holding two British nationals.", "2007-03-30")
    assert [e[0] for e in coded_events("Belarusian police held dozens of activists for a day in Minsk.", "2020-08-10")] \
        == ["COERCE"]


@pytest.mark.parametrize("text", [
    "Netanyahu ordered a freeze on settlement construction in the West Bank.",
    "The finance minister ordered a hiring freeze across federal ministries.",
])
def test_a_freeze_ordered_at_home_is_no_sanction(text):
    assert not [e for e in coded_events(text, "2020-01-10") if e[0] == "SANCTION"]


def test_control_seized_of_ground_is_a_capture_and_of_the_administration_none():
    found = coded_events("Comorian and African Union troops seized control of the island of Anjouan.", "2008-03-26",
                         side="code")
    assert ("ASSAULT", "COMMIL") in [e[:2] for e in found]
    taken = coded_with_triggers("The king declared a state of emergency, taking direct control of the administration.")
    assert not [e for e in taken if e[3] == "taking"]
    assert not coded_events("The opposition wrested control of the city council in Istanbul.", "2019-06-24")
    assert ("COERCE", "IRN", "GBR") in coded_events("Iran seized control of a British-flagged tanker in the Gulf.",
                                                    "2019-07-20")


def test_a_name_read_as_the_last_conjunct_before_a_subjectless_verb_is_its_subject():
    found = coded_with_triggers("Libya lent aircraft to the government and France offered help to the AU force.")
    assert [e[:2] for e in found if e[3] == "offered"] == [("AGREE", "FRA")]
    assert not [e for e in found if e[3] == "lent" and e[2] == "FRA"]


@pytest.mark.parametrize("text", [
    "Kenya's opposition leader Raila Odinga pulled out of the October rerun.",
    "Zimbabwe's opposition withdrew from the run-off, saying the vote would be rigged.",
])
def test_pulling_out_of_a_vote_is_a_boycott(text):
    assert [e[0] for e in coded_events(text, "2017-10-11")] == ["PROTEST"]


def test_a_dismissal_of_ones_own_government_keeps_both_sides():
    found = coded_events("Mubarak said in a televised address that he had dismissed the government.", "2011-01-29",
                         side="code")
    assert ("COERCE", "EGYGOV", "EGYGOV") in found
    assert ("COERCE", "EGYGOV", "EGYMIL") in coded_events("Egypt's president sacked the army chief on Monday.",
                                                          "2011-08-12", side="code")


@pytest.mark.parametrize("text", [
    "The Kremlin dismissed official Ukrainian figures on Russian losses.",
    "Protesters sacked government offices in Lima.",
    "Iran dismissed the judges of the international court as biased.",
])
def test_no_office_holder_as_the_object_is_no_dismissal(text):
    assert not [e for e in coded_events(text, "2022-05-01") if e[0] == "COERCE"]


def test_an_official_fired_on_is_attacked_not_dismissed():
    assert [e[0] for e in coded_events("Gunmen fired on two police officers in Karachi.", "2012-05-02")] == ["ASSAULT"]


def test_medics_flown_somewhere_are_no_recipients_of_aid():
    assert not [e for e in coded_events("Britain flew medics into Gaza on Monday.", "2024-01-10") if e[0] == "AID"]


def test_cooperation_frozen_with_a_country_is_a_sanction():
    found = coded_events("Indonesia froze intelligence sharing and joint military exercises with Australia.", "2013-11-21")
    assert ("SANCTION", "IDN", "AUS") in found


def test_an_oppositions_untargeted_condemnation_in_a_two_country_story_is_aimed_at_its_own_government():
    found = coded_events(TWO_NEIGHBOURS + "The opposition in Dhaka condemned the agreement as a sell-out.", "2024-06-22")
    assert ("ACCUSE", "BGD", "BGD") in found
    assert ("ACCUSE", "BGD", "IND") not in found
    hostile = coded_events(TWO_NEIGHBOURS + "The opposition in Dhaka condemned the aggression.", "2024-06-22")
    assert ("ACCUSE", "BGD", "BGD") not in hostile


@pytest.mark.parametrize("text, published, body, member", [
    ("The African Union suspended Sudan on Thursday and threatened further measures.", "2019-06-08", "AFR", "SDN"),
    ("ECOWAS, which suspended Guinea in September 2021, urged the junta on Monday to publish a timetable.",
     "2024-12-03", "AFR", "GIN"),
])
def test_a_member_state_a_body_of_states_suspends_is_sanctioned(text, published, body, member):
    assert ("SANCTION", body, member) in coded_events(text, published)


def test_a_government_that_suspends_an_outlet_censors_it_and_no_state_is_suspended():
    assert ("COERCE", None, "GBR") in coded_events("The junta suspended the BBC on Monday.", "2024-04-29")


def test_a_meeting_hosted_by_a_third_party_is_its_consultation_with_each_party():
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled the text of a "
            "peace agreement at the White House on Friday, at a meeting hosted by President Donald Trump.")
    found = coded_with_triggers(text)
    assert {e[:3] for e in found if e[3] == "hosted"} == {("CONSULT", "USA", "ARM"), ("CONSULT", "USA", "AZE")}


def test_a_meeting_hosted_during_an_attack_names_no_parties_of_the_attack():
    found = coded_with_triggers("Russia fired missiles at Kyiv during a summit hosted by Italy.")
    assert [e[:3] for e in found if e[3] == "hosted"] in ([], [("CONSULT", "ITA", None)])


def test_a_past_verb_coordinated_with_a_modal_clause_goes_with_the_verb_above():
    found = coded_with_triggers("Blinken warned that US assistance to Georgia could be cut and urged the government "
                                "to scrap the law.")
    assert [e[:2] for e in found if e[3] == "urged"] == [("REQUEST", "USA")]
    shipped = coded_with_triggers("Sheinbaum said on Monday her government would ship oil and food to Cuba, and Russia "
                                  "promised to help repair the grid.")
    assert [e[:2] for e in shipped if e[3] == "promised"] == [("AGREE", "RUS")]


def test_a_past_verb_beside_a_perfect_modal_stays_in_its_clause():
    found = coded_with_triggers("Kenya said Somali troops might have crossed the border and attacked a police post.")
    assert [e[:2] for e in found if e[3] == "attacked"] == [("ASSAULT", "SOM")]
