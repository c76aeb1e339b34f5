"""Twenty-eighth pass (issue 4): words sport shares with other news ("strikers", "coach") and
expelled embassy staff. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import coded_events


def coded_types(text: str, published: str) -> list[str]:
    """The types of the events coded in ``text``."""
    return [kind for kind, *_ in coded_events(text, published)]

MINE_STRIKE = ("Police arrested 120 strikers at a platinum mine near Rustenburg on Thursday. The strikers "
               "had blocked the road to the shafts for a week. The union accused the police of using live "
               "ammunition.")


def test_strikers_in_two_sentences_do_not_make_a_labour_story_a_match_report():
    found = coded_events(MINE_STRIKE, "2012-08-17")
    assert ("COERCE", "ZAF", "ZAF") in found


def test_a_match_report_still_codes_no_attack():
    text = ("The striker scored twice as Ghana beat Nigeria 3-1 in the World Cup qualifier. "
            "Nigeria's coach said his side attacked too late.")
    assert "ASSAULT" not in coded_types(text, "2024-06-05")


def test_expelled_embassy_staff_are_a_diplomatic_sanction():
    found = coded_events("Prague expelled 18 Russian embassy staff on Saturday.", "2021-04-18")
    assert ("SANCTION", "CZE", "RUS") in found


def test_the_first_half_of_a_month_is_no_match():
    text = ("India and Pakistan exchanged fire along the Line of Control in the first half of the month. "
            "India accused Pakistan of violating the ceasefire.")
    assert ("ACCUSE", "IND", "PAK") in coded_events(text, "2018-06-20")


def test_an_olympic_final_is_still_a_match():
    text = "Japan attacked from the start and China collapsed in the Olympic final."
    assert "ASSAULT" not in coded_types(text, "2024-08-08")


def test_expelled_staff_of_a_body_are_the_bodys_and_a_firms_dismissals_are_no_sanction():
    found = coded_events("Ethiopia expelled seven senior UN staff on Thursday.", "2021-10-01", side="code")
    assert ("SANCTION", "ETHGOV", "IGOUNO") in found
    assert "SANCTION" not in coded_types("The company expelled employees who joined the strike.", "2021-10-01")


def test_reviewing_ones_own_aid_or_ties_is_a_threat():
    found = coded_events("The United States said it was reviewing its remaining assistance to Niger.", "2009-10-20",
                         with_trigger=True)
    assert ("THREATEN", "USA", "NER", "reviewing") in found
    assert not [e for e in found if e[0] == "AID"]   # the aid reviewed is the threat's object, no gift
    passive = coded_types("US aid to Pakistan would be reviewed, the spokesman said.", "1999-10-18")
    assert passive.count("THREATEN") == 1


def test_leaders_reviewing_their_ties_threaten_nothing():
    assert "THREATEN" not in coded_types("Modi and Biden reviewed bilateral ties and cooperation in defence.",
                                         "2023-06-22")


def test_solidarity_shown_by_an_act_is_the_actors_support():
    found = coded_events("Djibouti recalled its ambassador from Qatar last week in solidarity with Saudi Arabia.",
                         "2017-06-17", side="code")
    assert ("SUPPORT", "DJIGOV", "SAUGOV") in found


def test_a_states_warning_to_another_state_to_act_is_a_threat_not_advice():
    found = coded_events("Erdogan warned Damascus not to test Turkey's patience.", "2012-10-05", with_trigger=True)
    assert ("THREATEN", "TUR", "SYR", "warned") in found
    # advice to one's own people stays advice
    assert "THREATEN" not in coded_types("The US embassy warned American citizens to leave Lebanon.", "2024-08-03")


def test_a_measure_a_body_warns_will_be_taken_is_its_threat():
    found = coded_events("ECOWAS warned that Niger would be suspended if it went ahead with the vote.", "2009-10-18",
                         side="code")
    assert ("THREATEN", "IGOAFRWAS", "NERGOV") in found
    # a forecast by people who take no measures stays a forecast
    assert "THREATEN" not in coded_types("Analysts warned that journalists could be arrested.", "2009-10-18")


def test_a_legislature_answers_its_own_governments_act():
    text = ("President Salome Zourabichvili vetoed the foreign agents bill on Saturday. "
            "Lawmakers voted on Tuesday to reject the veto.")
    found = coded_events(text, "2024-05-28", side="code")
    assert ("REJECT", "GEOLEG", "GEOGOV") in found


def test_a_dropped_threat_is_a_concession():
    found = coded_events("The United States dropped its threat to impose tariffs on all Mexican imports on Friday.",
                         "2019-06-08")
    assert [kind for kind, *_ in found][:1] == ["CONCEDE"]


def test_advice_and_forecasts_stay_no_threats():
    # a second reviewer's cases
    for text in ("Saudi Arabia's health ministry warned Indonesian pilgrims to drink plenty of water.",
                 "Zelensky warned Germany to prepare for a long war.",
                 "Japan warned that flights could be suspended because of the typhoon.",
                 "France reviewed its relations with Morocco and agreed to deepen economic cooperation.",
                 "Kenya and Somalia reviewed their security cooperation.",
                 "The IMF will review its loan program for Pakistan next month."):
        assert "THREATEN" not in coded_types(text, "2023-05-01"), text


def test_a_charge_on_a_crowd_with_batons_is_repression_beside_the_arrests():
    text = ("Security forces arrested scores of people in Male on Friday. Witnesses said riot police charged "
            "the crowd with batons and tear gas before dawn on Friday.")
    found = coded_events(text, "2004-08-14", with_trigger=True)
    assert ("COERCE", "MDV", "MDV", "charged") in found and ("COERCE", "MDV", "MDV", "arrested") in found
    assert ("COERCE", None, None, "charged") in coded_events("Police charged five activists with treason.",
                                                             "2004-08-14", with_trigger=True)


def test_a_measure_in_the_passive_under_a_decree_is_the_decreeing_governments():
    text = ("The Maldives declared a state of emergency on Friday. Under the emergency decree, public gatherings "
            "are banned, and Internet access across the islands was cut for several hours on Friday.")
    found = coded_events(text, "2004-08-14", with_trigger=True)
    assert ("COERCE", "MDV", "MDV", "banned") in found and ("COERCE", "MDV", "MDV", "cut") in found


def test_territory_handed_to_another_state_is_a_withdrawal():
    found = coded_events("Nigeria formally handed the oil-rich Bakassi peninsula to Cameroon on Thursday.", "2008-08-15")
    assert ("RETREAT", "NGA", "CMR") in found
    assert "RETREAT" not in coded_types("The president handed the proposal to the mediators.", "2008-08-15")


def test_regretting_anothers_expulsion_is_an_accusation():
    text = ("Congo expelled the European Union's ambassador on Thursday. An EU spokeswoman said the bloc "
            "regretted the expulsion.")
    assert ("ACCUSE", "EUR", "COD") in coded_events(text, "2018-12-28")


def test_brushing_aside_objections_is_a_rejection():
    assert ("REJECT", "IND", "PAK") in coded_events("India brushed aside Pakistan's objections.", "2017-04-12")
    assert not coded_events("She brushed off the dust.", "2017-04-12")


def test_a_third_reviewers_cases_stay_as_they_were():
    assert ("COERCE", "RUS", "RUS", "charged") in coded_events(
        "Russian prosecutors charged the gas company with tax evasion.", "2020-01-01", with_trigger=True)
    assert "RETREAT" not in coded_types("The European Union handed the region 2 billion euros in reconstruction aid.",
                                        "2020-01-01")
    assert "RETREAT" not in coded_types("The Philippine navy handed the base to a private company for redevelopment.",
                                        "2020-01-01")
    assert not coded_events("Investors shrugged off concerns about the Chinese economy.", "2020-01-01")
    assert coded_types("The minister dismissed the protests as the work of foreign agents.", "2020-01-01") == ["ACCUSE"]
    banned = coded_events("China detained two Canadians on Monday. Protests were banned in Hong Kong on Tuesday.",
                          "2020-01-01", with_trigger=True)
    assert not [e for e in banned if e[3] == "banned" and e[1] == "CHN"]
