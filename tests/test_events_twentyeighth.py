"""Twenty-eighth pass (issue 4): words sport shares with other news ("strikers", "coach") and
expelled embassy staff. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import coded_events

MINE_STRIKE = ("Police arrested 120 strikers at a platinum mine near Rustenburg on Thursday. The strikers "
               "had blocked the road to the shafts for a week. The union accused the police of using live "
               "ammunition.")


def test_strikers_in_two_sentences_do_not_make_a_labour_story_a_match_report():
    found = coded_events(MINE_STRIKE, "2012-08-17")
    assert ("COERCE", "ZAF", "ZAF") in found


def test_a_match_report_still_codes_no_attack():
    text = ("The striker scored twice as Ghana beat Nigeria 3-1 in the World Cup qualifier. "
            "Nigeria's coach said his side attacked too late.")
    assert not [e for e in coded_events(text, "2024-06-05") if e[0] == "ASSAULT"]


def test_expelled_embassy_staff_are_a_diplomatic_sanction():
    found = coded_events("Prague expelled 18 Russian embassy staff on Saturday.", "2021-04-18")
    assert ("SANCTION", "CZE", "RUS") in found
