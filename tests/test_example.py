"""The brief's example article, coded end to end on the real model."""
from __future__ import annotations


def find(example, type_, source=None, target=None):
    return [e for e in example.events if e.type == type_
            and (source is None or (e.source and e.source.country == source))
            and (target is None or (e.target and e.target.country == target))]


def test_sniper_fire_is_an_azerbaijani_assault_on_armenian_soldiers(example):
    (event,) = find(example, "ASSAULT", "AZE", "ARM")
    assert (event.source.code, event.target.code) == ("AZEMIL", "ARMMIL")
    assert event.date.value == "2024-06-03" and event.fatalities == 2
    assert event.reported_by.code == "ARMGOV"
    assert example.article.text[event.trigger.start:event.trigger.end] == "killed"


def test_denial_and_accusation_are_dated_tuesday(example):
    for type_ in ("REJECT", "ACCUSE"):
        (event,) = find(example, type_, "AZE", "ARM")
        assert event.date.value == "2024-06-04" and event.date.text == "Tuesday"


def test_the_accused_shelling_is_armenian_and_only_claimed(example):
    (event,) = find(example, "ASSAULT", "ARM", "AZE")
    assert event.date.value == "2024-06-03"
    assert "claimed" in event.context and event.reported_by.country == "AZE"


def test_the_threat_and_the_quote_resolve_to_the_azerbaijani_government(example):
    (threat,) = find(example, "THREATEN", "AZE")
    assert "future" in threat.context
    (quote,) = [q for q in example.quotes if q.kind == "direct"]
    assert quote.text == "We will answer every provocation"
    assert quote.speaker.code == "AZEGOV"


def test_the_planned_meeting_is_in_geneva_next_week(example):
    (meeting,) = find(example, "CONSULT")
    assert meeting.date.value == "2024-W24" and "future" in meeting.context
    assert meeting.place.name == "Geneva" and meeting.place.country == "CHE"
    assert meeting.place.geonameid and meeting.place.lat is not None
