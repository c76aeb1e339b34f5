"""Event coding behaviour through the public API: roles, coordination, complements, casualties."""
from __future__ import annotations

import pytest

import eventwire

pytestmark = pytest.mark.model


def coded(text: str, published: str = "2024-06-05") -> list[tuple]:
    extraction = eventwire.extract(text, published=published)
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extraction.events]


def events_of(text: str, published: str = "2024-06-05"):
    return eventwire.extract(text, published=published).events


def test_coordinated_subjects_of_a_one_sided_event_give_one_event_each():
    events = coded("Spain, Ireland and Norway formally recognized the State of Palestine on Tuesday.")
    assert ("SUPPORT", "ESP", "PSE") in events
    assert ("SUPPORT", "IRL", "PSE") in events
    assert ("SUPPORT", "NOR", "PSE") in events


def test_coordinated_subjects_of_a_joint_event_are_its_two_sides():
    events = coded("Ethiopia and Somalia agreed on Wednesday to resume talks over access to the sea.")
    assert ("AGREE", "ETH", "SOM") in events
    assert all(t != "CONSULT" for t, _, _ in events), "the agreed-to talks are the agreement's content"


def test_a_threat_takes_its_target_from_what_is_threatened():
    assert coded("Algeria threatened to suspend gas supplies to Spain over Madrid's stance.")[:1] == [
        ("THREATEN", "DZA", "ESP")]


def test_the_complement_of_a_threat_is_not_coded_as_an_attack():
    types = [t for t, _, _ in coded("North Korea threatened to shoot down US spy planes near its coast.")]
    assert types == ["THREATEN"]


def test_a_kill_participle_gives_its_count_to_the_attack_and_is_not_a_second_event():
    events = events_of("Rebels shelled the town on Monday, killing three civilians and wounding 11.")
    assert [(e.type, e.fatalities, e.injured) for e in events] == [("ASSAULT", 3, 11)]


def test_arrest_counts_and_vague_quantities_are_flagged():
    [event] = events_of("Dozens of demonstrators were arrested by riot police in Nairobi on Sunday.")
    assert event.type == "COERCE" and event.arrested == 24 and event.casualties_approximate
    [event] = events_of("Police detained 40 protesters in Tbilisi on Monday.")
    assert event.arrested == 40 and not event.casualties_approximate


def test_a_lower_bound_is_approximate():
    [event] = events_of("Security forces killed at least 12 protesters in Dhaka on Friday.")
    assert event.fatalities == 12 and event.casualties_approximate


def test_participles_used_as_adjectives_are_not_events():
    types = [t for t, _, _ in coded("Venezuela freed two detained Americans on Saturday.")]
    assert types == ["RETREAT"]


def test_a_dateline_is_not_the_subject():
    events = coded("CAIRO (Meridian) - Egypt on Monday formally rejected Ethiopia's decision to start the filling.")
    assert ("REJECT", "EGY", "ETH") in events


def test_a_government_moving_its_own_troops_is_those_troops_acting():
    [event] = events_of("Russia massed troops along the border with Ukraine on Monday.")
    assert event.type == "MOBILIZE" and event.source.code == "RUSMIL" and event.target is None


def test_a_denial_answers_the_accusation_before_it():
    events = coded("Sudan accused Ethiopia of shelling a border post on Monday. Ethiopia denied the shelling on Tuesday.")
    assert ("ACCUSE", "SDN", "ETH") in events
    assert ("REJECT", "ETH", "SDN") in events


def test_the_two_ministers_are_the_two_countries_of_the_article():
    events = coded("Armenia and Azerbaijan traded fire on Monday. The two foreign ministers will meet in Geneva next week.")
    assert ("CONSULT", "ARM", "AZE") in events


def test_a_labour_strike_needs_workers_and_a_struck_tone_is_no_event():
    assert coded("Sudan, which sits between the two, struck a more cautious tone.") == []
    assert [t for t, _, _ in coded("Dock workers struck for a third day in Rotterdam.")] == ["PROTEST"]
