"""Twenty-sixth pass (issue 4): supplies cut or halted to a country are an economic sanction. Every
sentence here is written for the test."""
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
