"""The eventwire/1 contract: shape, offsets, schema, and the Python API."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.models import PLOVER_TYPES, SCHEMA_VERSION, Extraction

FRAGMENTS = [
    "Russian forces shelled Kharkiv on Tuesday, killing three civilians.",
    "“We will not retreat,” the Ukrainian president said.",
    "Sudan's army accused the RSF of attacking a market in El Fasher last week.",
    "The UN Security Council will meet next month to discuss the crisis.",
    "Protesters marched in Cairo — police arrested 40 people.",
    "China and the Philippines agreed to hold talks in Manila in late May.",
    'Israel said it had struck Hezbollah positions in southern Lebanon overnight.',
    "Two days ago, Ethiopian troops crossed the border near Gallabat.",
]


def all_spans(x: Extraction):
    """Every (start, end, text) the contract promises to index article.text."""
    for s in x.sentences:
        yield s.start, s.end, s.text
    for e in x.entities:
        yield e.start, e.end, e.text
    for t in x.timexes:
        yield t.start, t.end, t.text
    for e in x.events:
        yield e.trigger.start, e.trigger.end, e.trigger.text
        yield e.evidence.start, e.evidence.end, e.evidence.text
    for q in x.quotes:
        yield q.start, q.end, q.text


def test_every_offset_indexes_the_article_text(example):
    text = example.article.text
    spans = list(all_spans(example))
    assert len(spans) > 10
    for start, end, span_text in spans:
        assert text[start:end] == span_text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=5),
       st.lists(st.sampled_from([" ", "\n\n", "  ", "\n"]), min_size=5, max_size=5))
def test_offsets_hold_for_any_article(nlp, parts, gaps):
    from eventwire.pipeline import extract

    text = "".join(p + gaps[i % len(gaps)] for i, p in enumerate(parts)).strip()
    x = extract(text, published="2024-05-01")
    for start, end, span_text in all_spans(x):
        assert x.article.text[start:end] == span_text


def test_json_round_trips_through_the_model(example):
    payload = json.loads(example.to_json())
    assert payload["schema"] == SCHEMA_VERSION
    assert set(payload) == {"schema", "article", "sentences", "entities", "timexes", "events", "quotes"}
    assert Extraction.model_validate(payload) == example


def test_events_carry_plover_cameo_goldstein_and_evidence(example):
    assert example.events
    for event in example.events:
        assert event.type in PLOVER_TYPES
        assert event.cameo[:2].isdigit() and 1 <= int(event.cameo[:2]) <= 20
        assert -10 <= event.goldstein <= 10
        assert event.quad_class in (1, 2, 3, 4)
        assert event.evidence.text == example.sentences[event.evidence.sentence].text
        assert 0 <= event.confidence <= 1


def test_article_identity_comes_from_content():
    from eventwire.pipeline import make_article

    a = make_article("Same body.", title="T", outlet="O")
    b = make_article("Same body.", title="T", outlet="O")
    c = make_article("Other body.", title="T", outlet="O")
    assert a.id == b.id != c.id


def test_schema_command_prints_the_json_schema(cli):
    result = cli("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Extraction"
    assert {"article", "events", "quotes", "timexes", "entities", "sentences"} <= set(schema["properties"])
    assert "Actor" in schema["$defs"] and "Place" in schema["$defs"]


def test_python_api_is_the_package_function(example):
    import eventwire

    x = eventwire.extract("Egypt recalled its ambassador from Ethiopia on Monday.", published="2025-03-05")
    assert isinstance(x, Extraction)
    assert x.article.published == "2025-03-05" and x.article.published_basis == "given"
