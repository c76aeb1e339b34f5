"""The events component's speed aids change no output: the reading index (readings.ReadingIndex)
never skips a reading that holds, and the kept children (triggers.children_of) are the parse's."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.extract.events.lexicon import Trigger, load_lexicon
from eventwire.extract.events.readings import READINGS, TOKEN_ONLY_READINGS, ReadingIndex, Readings
from eventwire.extract.events.triggers import CHILDREN_KEY, children_kept, children_of

GOLD_SENTENCES = Path(__file__).resolve().parent / "gold" / "events" / "sentences.jsonl"


def gold_sentences() -> list[dict]:
    """The hand-coded single sentences (the gold set every event type is tested on)."""
    with GOLD_SENTENCES.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def prepared(nlp, text: str, published: str | None):
    """``text`` through every component before the events one (what the events coder reads)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, component in nlp.pipeline:
        if name == "eventwire_events":
            break
        doc = component(doc)
    return doc


@pytest.fixture(scope="module")
def trials(nlp) -> list[tuple]:
    """Every matched trigger of the gold sentences, with the readings that hold for it when all are
    tried and those the index tries."""
    events = nlp.get_pipe("eventwire_events")
    found = []
    for item in gold_sentences():
        found += events.reading_trials(prepared(nlp, item["text"], item.get("published")))
    return found


def test_the_gold_sentences_give_many_triggers_and_some_readings_that_hold(trials):
    assert len(trials) > 200
    assert sum(1 for _, _, fired, _ in trials if fired) >= 10


def test_every_reading_that_holds_is_one_the_index_tries(trials):
    skipped = [(token.text, trigger.type, trigger.pos, sorted(set(fired) - set(tried)))
               for token, trigger, fired, tried in trials if set(fired) - set(tried)]
    assert skipped == []


def test_the_index_tries_readings_in_the_declared_order_and_fewer_than_all(trials):
    order = [name for name, _ in READINGS]
    for _, _, _, tried in trials:
        assert list(tried) == sorted(tried, key=order.index)
    assert max(len(tried) for _, _, _, tried in trials) < len(READINGS)


def test_the_index_admits_readings_by_type_part_of_speech_and_rule_lists():
    index = ReadingIndex(load_lexicon())
    threat = {name for name, _ in index.readings_for(Trigger("warn", "THREATEN", "138", "verb"))}
    talks = {name for name, _ in index.readings_for(Trigger("talk", "CONSULT", "040", "noun"))}
    assert {"is_forecast", "is_defiance", "is_common_crime", "is_habitual"} <= threat
    assert "is_pact_reference" not in threat and "is_talk_without_partner" not in threat
    assert {"is_dated_reference", "is_word_of_a_name"} <= talks
    assert "is_talk_without_partner" not in talks   # a verb's reading
    assert "is_common_crime" not in talks   # CONSULT is in no crime_types list


def test_the_readings_table_is_built_from_the_decorated_methods_in_definition_order():
    names = [name for name, _ in READINGS]
    defined = [name for name in vars(Readings) if name in set(names)]
    assert len(names) > 50 and len(set(names)) == len(names)
    assert names == defined
    scopes = dict(READINGS)
    assert scopes["is_forecast"].types == frozenset({"THREATEN"}) and scopes["is_forecast"].pos is None
    assert scopes["is_business_deal"].rule_types == "business_types" and scopes["is_business_deal"].pos == "verb"
    assert scopes["is_habitual"].types is None


def test_token_only_readings_are_marked_as_taking_no_trigger():
    index = ReadingIndex(load_lexicon())
    pairs = dict(index.readings_for(Trigger("demand", "REQUEST", "100", "verb")))
    assert all(pairs[name] is False for name in TOKEN_ONLY_READINGS)
    assert pairs["is_public_appeal"] is True


def test_kept_children_are_the_parse_children_and_are_dropped_after(nlp):
    doc = prepared(nlp, "Egypt and Sudan agreed on Monday to resume talks over the dam, officials said.", "2024-06-05")
    with children_kept(doc):
        first = [children_of(token) for token in doc]
        again = [children_of(token) for token in doc]
        assert CHILDREN_KEY in doc.user_data
    assert [[c.i for c in kids] for kids in first] == [[c.i for c in token.children] for token in doc]
    assert all(a is b for a, b in zip(first, again))   # built once per token
    assert CHILDREN_KEY not in doc.user_data
    assert [c.i for c in children_of(doc[2])] == [c.i for c in doc[2].children]   # outside the block too
