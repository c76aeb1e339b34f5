"""Event coding on fresh text (twentieth pass), through the public API.

Each test is one class of English the coder now reads, or leaves alone; the sentences are written
for these tests, not taken from the study articles that showed the class.
"""
from __future__ import annotations

import pytest

from conftest import coded_with_triggers as coded, extracted_events as events_of

pytestmark = pytest.mark.model


def event_on(text: str, trigger: str):
    return next(e for e in events_of(text) if e.trigger.text.lower() == trigger)


def test_a_requested_meeting_of_a_body_asks_that_body():
    event = event_on("Armenia requested an urgent meeting of the UN Security Council to discuss the shelling, "
                     "diplomats said.", "requested")
    assert event.type == "REQUEST" and event.source.country == "ARM"
    assert event.target is not None and event.target.code.startswith("IGOUNO")


def test_asking_for_a_session_of_a_body_asks_that_body():
    event = event_on("Israel asked for an urgent session of the UN Security Council after the drone attack.", "asked")
    assert event.type == "REQUEST" and event.target is not None and event.target.code.startswith("IGOUNO")


def test_a_requested_meeting_with_a_party_keeps_that_party():
    assert ("REQUEST", "LBN", "SYR", "requested") in coded(
        "Lebanon's prime minister requested a meeting with the Syrian president on the border crossings.")


def test_a_requested_meeting_of_the_requesters_own_body_is_not_its_target():
    events = [e for e in events_of("Kenya's government requested a meeting of the Kenyan cabinet on Friday.")
              if e.trigger.text == "requested"]
    assert all(e.target is None or e.target.country != "KEN" for e in events)
