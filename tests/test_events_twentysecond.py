"""Event coding on fresh text (twenty-second pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded

pytestmark = pytest.mark.model


def on_trigger(text: str, trigger: str) -> list[tuple]:
    return [event for event in coded(text) if event[3] == trigger]


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
