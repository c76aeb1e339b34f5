"""The held-out test set (tests/gold/events/heldout.jsonl) and its suite ``gold/events/heldout``.

The suite is exercised with stand-in systems (one that echoes the gold, one that finds nothing), so these
tests check the file and the wiring, never eventwire's own figures on it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pycountry
import pytest

from eventwire.evaluate import gold_events
from eventwire.evaluate.harness import SUITES, run_eval
from eventwire.evaluate.metrics import Metric
from eventwire.models import PLOVER_TYPES, Actor, Article, Event, EventDate, Evidence, Extraction, Span

GOLD_DIR = Path(__file__).parent / "gold"
HELDOUT = GOLD_DIR / "events" / "heldout.jsonl"
SUITE = "gold/events/heldout"
REGIONAL_CODES = {"EUR", "AFR", "ASA", "MEA", "WST", "LAM"}
ACTOR_KEYS = ("source", "target", "reported_by")
CONTEXT_FLAGS = {"negated", "future", "hypothetical", "historical", "claimed", "approximate"}
TIMEX_VALUE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SU|SP|FA|WI))?$")

ExtractMany = Callable[[Iterable[Article]], Iterator[Extraction]]


def load_records() -> list[dict[str, Any]]:
    """Every line of the held-out file, parsed."""
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def valid_country(code: str | None) -> bool:
    """True for None, an ISO 3166 alpha-3 code or a regional code."""
    if code is None or code in REGIONAL_CODES:
        return True
    return pycountry.countries.get(alpha_3=code) is not None


def system_actor(code: dict[str, Any] | None) -> Actor | None:
    """A system Actor carrying a gold actor's codes."""
    if code is None:
        return None
    return Actor(name="x", text="x", country=code.get("country"), sector=code.get("sector"))


def system_event(gold: dict[str, Any], published: str | None) -> Event:
    """The system Event that agrees with a gold event on what the scorer reads."""
    trigger = gold.get("trigger") or "x"
    date = gold.get("date") or published
    return Event(
        id="e", type=gold["type"], cameo="010", goldstein=0.0, quad_class=1,
        source=system_actor(gold.get("source")), target=system_actor(gold.get("target")),
        date=EventDate(value=date, basis="explicit" if gold.get("date") else "publication"),
        fatalities=gold.get("fatalities"), injured=gold.get("injured"), mode=gold.get("mode"),
        context=list(gold.get("context") or []), reported_by=system_actor(gold.get("reported_by")),
        trigger=Span(text=trigger, start=0, end=len(trigger)),
        evidence=Evidence(sentence=0, start=0, end=1, text="x"), confidence=0.9,
    )


def echo_gold_system(records: list[dict[str, Any]]) -> ExtractMany:
    """A system that returns, for each article, exactly its gold events."""
    by_text = {record["text"]: record for record in records}

    def extract_many(articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            record = by_text[article.text]
            events = [system_event(gold, record["published"]) for gold in record["events"]]
            yield Extraction(article=article, events=events)

    return extract_many


def empty_system(articles: Iterable[Article]) -> Iterator[Extraction]:
    """A system that finds nothing."""
    for article in articles:
        yield Extraction(article=article)


def metric(metrics: list[Metric], name: str) -> Metric:
    """The one row called ``name``."""
    rows = [m for m in metrics if m.name == name]
    assert len(rows) == 1, f"expected one {name!r} row, got {len(rows)}"
    return rows[0]


def test_heldout_file_parses_with_article_fields() -> None:
    records = load_records()
    assert len(records) == 12
    ids = [record["id"] for record in records]
    assert len(set(ids)) == len(ids)
    for record in records:
        assert re.fullmatch(r"ho-\d{3}", record["id"])
        assert record["construction"] == "article"
        assert record["title"] and record["outlet"]
        assert 150 <= len(record["text"].split()) <= 260, record["id"]
        assert record["published"][:4] in {"2022", "2023", "2024", "2025"}
        assert record["events"], f"{record['id']} has no gold events"


def test_every_event_has_a_plover_type_and_valid_codes() -> None:
    for record in load_records():
        for event in record["events"]:
            assert event["type"] in PLOVER_TYPES, (record["id"], event["type"])
            for key in ACTOR_KEYS:
                actor = event.get(key)
                if actor is not None:
                    assert valid_country(actor.get("country")), (record["id"], key, actor)
            assert event["trigger"], (record["id"], event["type"])
            assert set(event["context"]) <= CONTEXT_FLAGS, (record["id"], event["context"])
            assert event["date"] is None or TIMEX_VALUE.match(event["date"]), (record["id"], event["date"])


def test_every_trigger_occurs_in_its_article() -> None:
    for record in load_records():
        text = record["text"].lower()
        for event in record["events"]:
            assert event["trigger"].lower() in text, (record["id"], event["trigger"])


def test_heldout_suite_is_registered_after_articles2() -> None:
    names = [name for name, _ in SUITES]
    assert SUITE in names
    assert names.index(SUITE) == names.index("gold/events/articles2") + 1


def test_echoing_the_gold_scores_one_on_type_and_dyad() -> None:
    records = load_records()
    metrics = gold_events.evaluate_heldout(echo_gold_system(records), GOLD_DIR)
    assert {m.suite for m in metrics} == {SUITE}
    assert metric(metrics, "type+dyad F1").value == pytest.approx(1.0)
    assert metric(metrics, "type F1").value == pytest.approx(1.0)
    assert metric(metrics, "type+dyad F1").n == sum(len(r["events"]) for r in records)


def test_finding_nothing_scores_zero_through_the_harness() -> None:
    metrics = run_eval(empty_system, gold_dir=GOLD_DIR, shared_dir=None, suites=[SUITE])
    assert {m.suite for m in metrics} == {SUITE}
    assert metric(metrics, "type+dyad F1").value == pytest.approx(0.0)
    assert metric(metrics, "type+dyad R").value == pytest.approx(0.0)
