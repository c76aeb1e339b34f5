"""The rejected-candidate trace (eventwire.evaluate.rejected_candidates): why a lexicon word was not
coded, and the tallies the tenth-pass measurement in docs/events.md is made of."""
from __future__ import annotations

import pytest

from eventwire.evaluate.gold_events import EventUnit
from eventwire.evaluate.rejected_candidates import (READING_PREFIX, Traced, TracedSet, grouped_reason, missed_by_reason,
                                                 reason_table, trace_doc)


def traced(nlp, text: str) -> dict[str, tuple]:
    """The rejected candidates of ``text`` by token text: (reason, types, would-be events)."""
    doc = nlp.make_doc(text)
    doc._.published = "2025-01-01"
    doc = nlp(doc)
    return {token.text: (reason, types, would_be)
            for token, reason, types, would_be in trace_doc(doc, nlp.get_pipe("eventwire_events"))}


def item(name: str, reason: str, gold: bool = False, missed: tuple[int, ...] = (), unit: int = 0) -> Traced:
    """A rejected candidate made by hand for the tallies."""
    return Traced(name, unit, 0, "word", "A sentence.", reason, ("CONSULT",), "VERB", "ROOT",
                  gold_on_trigger=gold, gold_missed=bool(missed), missed_gold=missed)


def test_content_of_a_threat_is_traced_with_the_event_it_would_give(nlp):
    found = traced(nlp, "Iran threatened to strike Israeli bases on Monday.")
    assert "threatened" not in found   # coded: not a rejected candidate
    reason, types, would_be = found["strike"]
    assert reason == "content of trigger"
    assert types == ("ASSAULT",)
    assert [(e.type, e.source.country, e.target.country) for e in would_be] == [("ASSAULT", "IRN", "ISR")]


def test_a_reading_is_named_when_it_holds(nlp):
    found = traced(nlp, "Russia warned that the deal would probably collapse next year.")
    reason, types, would_be = found["warned"]
    assert reason == READING_PREFIX + "is_forecast"
    assert [e.type for e in would_be] == ["THREATEN"]


def test_event_without_actor_is_dropped_by_require_actor(nlp):
    found = traced(nlp, "Senior officers from both sides are expected to meet next week.")
    assert found["meet"][0] == "require_actor"


def test_lexicon_entry_constraints_are_told_apart(nlp):
    found = traced(nlp, "The minister sent a letter to the committee.")
    reason, types, would_be = found["sent"]
    assert reason == "no entry: constraints or sense test"
    assert "MOBILIZE" in types
    # the what-if: the lemma's entries taken without their constraints, one per type
    assert would_be and {e.type for e in would_be} <= set(types)


def test_reason_table_separates_blind_written_sets_from_older_ones():
    sets = {"articles5": TracedSet("articles5", [], [item("articles5", "require_actor", gold=True, missed=(0,)),
                                                     item("articles5", "require_actor")]),
            "sentences": TracedSet("sentences", [], [item("sentences", "require_actor", gold=True)])}
    (row,) = reason_table(sets)
    assert row["reason"] == "require_actor"
    assert (row["blind n"], row["blind gold"], row["blind missed"]) == (2, 1, 1)
    assert (row["older n"], row["older gold"], row["older missed"]) == (1, 1, 0)


def test_readings_fold_into_one_row():
    assert grouped_reason(READING_PREFIX + "is_forecast") == "a reading held"
    assert grouped_reason("content of trigger") == "content of trigger"


@pytest.mark.parametrize("reasons, expected", [(("require_actor",), {"require_actor": 1}),
                                               (("require_actor", READING_PREFIX + "is_forecast"),
                                                {"require_actor": 1, "a reading held": 1})])
def test_missed_gold_events_are_counted_once_per_reason(reasons, expected):
    gold = [{"type": "CONSULT", "trigger": "word"}, {"type": "AGREE", "trigger": "other"}]
    rejected = [item("articles6", r, gold=True, missed=(0,)) for r in reasons] + [
        item("articles6", reasons[0], gold=True, missed=(0,))]
    (row,) = missed_by_reason({"articles6": TracedSet("articles6", [EventUnit(None, gold, [])], rejected)})
    assert row["missed"] == 2
    assert row["on a candidate"] == 1
    assert {k: v for k, v in row.items() if k not in ("set", "missed", "on a candidate")} == expected
