"""Twenty-sixth pass (issue 4): supplies cut or halted to a country are an economic sanction; a regional
body suspending a member is a sanction of that member. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from conftest import coded_events


@pytest.mark.parametrize("text, source, target", [
    ("Russia cut gas supplies to Ukraine on Thursday.", "RUS", "UKR"),
    ("Gazprom cut gas supplies to Ukraine on Thursday.", "RUS", "UKR"),
    ("Russia halted oil supplies to Belarus after the talks collapsed.", "RUS", "BLR"),
    ("Moscow cut fuel deliveries to Armenia last week.", "RUS", "ARM"),
])
def test_supplies_cut_or_halted_to_a_country_are_a_sanction(text, source, target):
    assert ("SANCTION", source, target) in coded_events(text, "2009-01-05")


@pytest.mark.parametrize("text", [
    "A drone strike destroyed the bridge, cutting a supply route used by Russian troops.",
    "Egypt's government cut fuel prices on Monday.",
    "Kenya's central bank cut interest rates again.",
])
def test_a_route_cut_or_prices_cut_are_no_sanction(text):
    assert not [e for e in coded_events(text, "2024-06-05") if e[0] == "SANCTION"]


@pytest.mark.parametrize("text, source, target", [
    ("The African Union suspended Madagascar after the coup.", "AFR", "MDG"),
    ("The Commonwealth suspended Fiji in 2009 over the delayed elections.", None, "FJI"),
    ("ECOWAS suspended Guinea on Wednesday, three days after soldiers seized power.", "AFR", "GIN"),
])
def test_a_regional_body_suspending_a_member_sanctions_it(text, source, target):
    sanctions = [e for e in coded_events(text, "2021-09-10") if e[0] == "SANCTION"]
    assert sanctions and sanctions[0][2] == target
    if source:
        assert sanctions[0][1] == source


@pytest.mark.parametrize("text", [
    "Kenya's teachers' union suspended the strike on Monday.",
    "The league suspended the club's coach for three matches.",
])
def test_a_union_or_league_suspending_a_strike_or_a_coach_is_no_sanction(text):
    assert not [e for e in coded_events(text, "2024-06-05") if e[0] == "SANCTION"]
