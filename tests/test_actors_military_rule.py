"""'The junta' with no owner: the state the article names that was under military rule on the day
(eventwire/extract/actors/data/juntas.yaml), through the public API."""
from __future__ import annotations

import pytest

import eventwire
from eventwire.extract.actors.juntas import military_rulers_on

pytestmark = pytest.mark.model


def sources_of(text: str, published: str, event_type: str) -> list[str | None]:
    """Source countries of the events of one type."""
    extraction = eventwire.extract(text, published=published)
    return [e.source.country if e.source else None for e in extraction.events if e.type == event_type]


def test_the_junta_is_the_named_state_under_military_rule_not_the_nearest_country():
    text = ("France withdrew its ambassador from Niamey last month. Algeria offered on Tuesday to mediate, "
            "but the junta rejected the offer.")
    assert sources_of(text, "2023-10-01", "REJECT") == ["NER"]


def test_military_rule_is_dated():
    assert "THA" in military_rulers_on("2016-05-01") and "THA" not in military_rulers_on("2020-05-01")
    assert "TCD" in military_rulers_on("2023-01-10") and "TCD" not in military_rulers_on("2024-06-01")
    assert "SEN" not in military_rulers_on("2024-03-01")


def test_an_article_naming_no_ruled_state_keeps_the_usual_context():
    text = ("Senegal and Gambia signed a fisheries pact in Dakar on Monday. "
            "On Tuesday the junta rejected the pact as unfair.")
    assert set(sources_of(text, "2024-03-01", "REJECT")) <= {"SEN", "GMB", None}
