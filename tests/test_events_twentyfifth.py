"""Event coding on fresh text (twenty-fifth pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from conftest import coded_with_triggers as coded, coded_on_trigger as on_trigger

pytestmark = pytest.mark.model


# --- word lists are words ------------------------------------------------------------------------

def _lists_in(value):
    """Every list in a loaded YAML document, however deep."""
    if isinstance(value, list):
        yield value
        for item in value:
            yield from _lists_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lists_in(item)


@pytest.mark.parametrize("package, name", [
    ("eventwire.extract.events", "rules.yaml"),
    ("eventwire.extract.quotes", "cues.yaml"),
])
def test_no_word_of_a_word_list_is_read_as_a_yaml_boolean(package, name):
    # an unquoted `on`, `off`, `yes` or `no` in a list is True or False to YAML 1.1, and never matches a word
    document = yaml.safe_load(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    assert not [words for words in _lists_in(document) if any(isinstance(w, bool) for w in words)]


# --- what talk is about ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Nepal's foreign minister and his Indian counterpart spoke by telephone about reopening the border crossings.",
     "reopening"),
    ("Russian and Ukrainian officials held talks in Istanbul on withdrawing troops from the Black Sea coast.",
     "withdrawing"),
    ("The two foreign ministers discussed lifting the sanctions on Iran.", "lifting"),
    ("Putin and Erdogan discussed the withdrawal of Turkish troops from Syria.", "withdrawal"),
    ("Blinken spoke with Lavrov about releasing the detained journalist.", "releasing"),
])
def test_an_act_talked_about_is_no_act_done(text, trigger):
    assert on_trigger(text, trigger) == []
    assert [k for k, *_ in coded(text) if k != "CONSULT"] == []


def test_the_object_of_discussion_is_no_party_to_the_talks():
    text = "Putin and Erdogan discussed the withdrawal of Turkish troops from Syria."
    assert [(k, s, t) for k, s, t, _ in on_trigger(text, "discussed")] == [("CONSULT", "RUS", "TUR")]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Hamas leaders met in Doha to discuss a US proposal for a truce.", "proposal", "AGREE"),   # made already
    ("Macron and Scholz discussed the rocket attack on the embassy in Kyiv.", "attack", "ASSAULT"),   # it happened
    ("Israeli troops withdrew from the town on Monday after talks with the mayor.", "withdrew", "RETREAT"),
])
def test_acts_done_or_made_stay_events_when_talk_names_them(text, trigger, kind):
    assert [k for k, *_ in on_trigger(text, trigger)] == [kind]


# --- packages of sanctions ------------------------------------------------------------------------

def test_sanctions_approved_are_no_support_for_their_target():
    text = "EU foreign ministers approved new sanctions against Russia on Tuesday."
    assert [(k, s, t, trig) for k, s, t, trig in coded(text)] == [("SANCTION", "EUR", "RUS", "sanctions")]


def test_a_package_of_sanctions_is_no_aid_and_is_its_approvers_measure():
    text = "EU foreign ministers are expected to approve a new package of sanctions against Russia on Tuesday."
    assert [(k, s, t, trig) for k, s, t, trig in coded(text)] == [("SANCTION", "EUR", "RUS", "sanctions")]


@pytest.mark.parametrize("text, trigger, kind", [
    ("The IMF approved a $3 billion aid package for Pakistan on Friday.", "approved", "AID"),
    ("The EU approved a package of aid for Ukraine on Friday.", "approved", "AID"),
])
def test_aid_packages_approved_are_still_aid(text, trigger, kind):
    assert [k for k, *_ in on_trigger(text, trigger)] == [kind]


def test_a_measured_attack_noun_is_the_launching_verbs_event():
    text = "Russia launched dozens of drone attacks on Kyiv overnight."
    assert [(k, s, t, trig) for k, s, t, trig in coded(text)] == [("ASSAULT", "RUS", "UKR", "launched")]


# --- what a measure aims at -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Washington imposed new sanctions on Tehran on Monday, targeting its oil exports.",
    "The new tariffs, targeting Chinese steel, take effect on Monday.",
    "Brussels adopted fresh restrictions on Minsk, hitting potash and timber exports.",
])
def test_a_measure_aimed_at_something_is_no_attack(text):
    assert [k for k, *_ in coded(text) if k == "ASSAULT"] == []


def test_an_offensive_is_aimed_at_what_its_participle_targets():
    text = "Russian forces launched a new offensive on Tuesday, targeting Ukrainian positions."
    assert [(k, s, t) for k, s, t, _ in coded(text)] == [("ASSAULT", "RUS", "UKR")]
