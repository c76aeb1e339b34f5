"""Format checks for the hand-written gold data under ``tests/gold/``.

The gold files are what ``make eval`` scores eventwire against, so a malformed line, an
offset that points at the wrong characters or an unknown code would silently distort the
figures. These tests keep the annotations machine-valid; they say nothing about the system.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest

from eventwire.models import PLOVER_TYPES

GOLD = Path(__file__).parent / "gold"
SENTENCES = GOLD / "events" / "sentences.jsonl"
ARTICLES = GOLD / "events" / "articles.jsonl"
MENTIONS = GOLD / "actors" / "mentions.jsonl"

REGIONAL_CODES = {"EUR", "AFR", "ASA", "MEA", "WST", "LAM"}
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO", "MED", "EDU", "BUS",
    "CVL", "REF", "LAB", "LEG", "HLH", "HRI", "AGR", "CRM", "ELI", "SEP", "UAF", "REL", "ENV",
}
CONTEXT_FLAGS = {"negated", "future", "hypothetical", "historical", "claimed", "approximate"}
REQUIRED_CONSTRUCTIONS = {
    "active", "passive", "nominal", "relative", "control", "coordination", "apposition",
    "headline", "negated", "future", "hypothetical", "historical", "reported", "casualties",
    "negative",
}
EVENT_KEYS = {
    "type", "source", "target", "date", "fatalities", "injured", "mode", "context",
    "trigger", "reported_by",
}
OPTIONAL_EVENT_KEYS = {"reciprocal"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# TIMEX3 values used in the gold: a year, decade, month, ISO week, season or full date.
TIMEX_VALUE = re.compile(r"^\d{3,4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI|Q[1-4]))?$")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every line of ``path`` parsed as one JSON object (blank lines are an error)."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number} is not a JSON object"
        rows.append(row)
    return rows


def is_valid_country(code: str | None) -> bool:
    """True for null, a regional code, or an ISO 3166 alpha-3 code pycountry knows."""
    if code is None or code in REGIONAL_CODES:
        return True
    return pycountry.countries.get(alpha_3=code) is not None


def actor_problems(actor: Any) -> list[str]:
    """Why ``actor`` is not a valid gold actor (null or {country, sector}); empty if valid."""
    if actor is None:
        return []
    if not isinstance(actor, dict) or set(actor) != {"country", "sector"}:
        return [f"actor must have exactly country and sector: {actor!r}"]
    problems = []
    if not is_valid_country(actor["country"]):
        problems.append(f"unknown country {actor['country']!r}")
    if actor["sector"] is not None and actor["sector"] not in SECTORS:
        problems.append(f"unknown sector {actor['sector']!r}")
    if actor["country"] is None and actor["sector"] is None:
        problems.append("actor with neither country nor sector should be null")
    return problems


def is_iso_date(value: Any) -> bool:
    """True when ``value`` is a real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def event_problems(event: dict[str, Any], text: str) -> list[str]:
    """Why one gold event is malformed with respect to its text; empty if it is fine."""
    problems = []
    keys = set(event)
    if not EVENT_KEYS <= keys or keys - EVENT_KEYS - OPTIONAL_EVENT_KEYS:
        problems.append(f"keys {sorted(keys)}")
        return problems
    if event["type"] not in PLOVER_TYPES:
        problems.append(f"type {event['type']!r}")
    for role in ("source", "target", "reported_by"):
        problems += [f"{role}: {p}" for p in actor_problems(event[role])]
    if not isinstance(event["trigger"], str) or not event["trigger"] or event["trigger"] not in text:
        problems.append(f"trigger {event['trigger']!r} not in text")
    if event["date"] is not None and not TIMEX_VALUE.match(str(event["date"])):
        problems.append(f"date {event['date']!r} is not a TIMEX3 value")
    if event["date"] is not None and len(event["date"]) == 10 and not is_iso_date(event["date"]):
        problems.append(f"date {event['date']!r} is not a calendar date")
    for count in ("fatalities", "injured"):
        value = event[count]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            problems.append(f"{count} {value!r}")
    if event["mode"] is not None and not re.fullmatch(r"[a-z]+(-[a-z]+)*", str(event["mode"])):
        problems.append(f"mode {event['mode']!r}")
    if not isinstance(event["context"], list) or not set(event["context"]) <= CONTEXT_FLAGS:
        problems.append(f"context {event['context']!r}")
    if "reciprocal" in event and event["reciprocal"] is not True:
        problems.append("reciprocal must be true when present")
    return problems


def weekdays_named(text: str) -> set[str]:
    """The weekday names written in ``text``."""
    return {day for day in WEEKDAYS if re.search(rf"\b{day}\b", text)}


@pytest.fixture(scope="module")
def sentences() -> list[dict[str, Any]]:
    return read_jsonl(SENTENCES)


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    return read_jsonl(ARTICLES)


@pytest.fixture(scope="module")
def mentions() -> list[dict[str, Any]]:
    return read_jsonl(MENTIONS)


# ---------------------------------------------------------------- events: sentences


def test_sentence_rows_have_the_required_keys(sentences):
    for row in sentences:
        assert {"id", "text", "published", "construction", "events"} <= set(row), row.get("id")
        assert re.fullmatch(r"ev-\d{3}", row["id"]), row["id"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["id"]
        assert is_iso_date(row["published"]), row["id"]
        assert isinstance(row["construction"], str) and row["construction"], row["id"]
        assert isinstance(row["events"], list), row["id"]


def test_every_sentence_event_is_well_formed(sentences):
    problems = {row["id"]: event_problems(event, row["text"])
                for row in sentences for event in row["events"]}
    assert {key: value for key, value in problems.items() if value} == {}


def test_sentence_ids_are_unique(sentences, articles, mentions):
    ids = [row["id"] for row in sentences + articles + mentions]
    assert len(ids) == len(set(ids))


def test_sentence_counts_meet_the_minimums(sentences):
    assert len(sentences) >= 220
    negatives = [row for row in sentences if not row["events"]]
    assert len(negatives) >= 40
    assert all(row["construction"] == "negative" for row in negatives)
    rows_per_type = Counter(event_type for row in sentences
                            for event_type in {event["type"] for event in row["events"]})
    assert {t: rows_per_type[t] for t in PLOVER_TYPES if rows_per_type[t] < 8} == {}


def test_every_required_construction_is_covered(sentences):
    present = {row["construction"] for row in sentences}
    assert REQUIRED_CONSTRUCTIONS - present == set()


def test_constructions_agree_with_the_event_flags(sentences):
    flag_for = {"future": "future", "hypothetical": "hypothetical", "historical": "historical"}
    for row in sentences:
        flags = {flag for event in row["events"] for flag in event["context"]}
        types = {event["type"] for event in row["events"]}
        if row["construction"] in flag_for:
            assert flag_for[row["construction"]] in flags, row["id"]
        if row["construction"] == "negated":
            assert "negated" in flags or "REJECT" in types, row["id"]
        if row["construction"] == "reported":
            assert any(event["reported_by"] for event in row["events"]), row["id"]
        if row["construction"] == "casualties":
            assert any(event["fatalities"] or event["injured"] for event in row["events"]), row["id"]


def test_headlines_are_written_in_title_case(sentences):
    for row in sentences:
        if row["construction"] == "headline":
            words = [w.lstrip("'\"") for w in row["text"].split()]
            assert all(not w[:1].isalpha() or w[:1].isupper() for w in words), row["id"]


def test_named_weekdays_match_full_event_dates(sentences):
    for row in sentences:
        named = weekdays_named(row["text"])
        if len(named) != 1:
            continue
        (day,) = named
        for event in row["events"]:
            if event["date"] and len(event["date"]) == 10:
                weekday = WEEKDAYS[dt.date.fromisoformat(event["date"]).weekday()]
                assert weekday == day, (row["id"], event["date"], day)


def test_past_events_are_not_dated_after_publication(sentences, articles):
    for row in sentences + articles:
        for event in row["events"]:
            if event["date"] and len(event["date"]) == 10 and "future" not in event["context"]:
                assert event["date"] <= row["published"], (row["id"], event["date"])


def test_the_gold_uses_many_countries_and_sectors(sentences):
    actors = [event[role] for row in sentences for event in row["events"]
              for role in ("source", "target") if event[role]]
    assert len({a["country"] for a in actors if a["country"]}) >= 50
    assert {"GOV", "MIL", "REB", "COP", "CVL", "IGO", "OPP", "JUD"} <= {a["sector"] for a in actors}
    assert any(a["country"] is None and a["sector"] == "IGO" for a in actors)


# ---------------------------------------------------------------- events: articles


def test_articles_are_complete_and_well_formed(articles):
    assert len(articles) >= 10
    for row in articles:
        assert {"id", "title", "outlet", "text", "published", "events"} <= set(row), row.get("id")
        assert re.fullmatch(r"ar-\d{3}", row["id"]), row["id"]
        assert row["title"].strip() and row["outlet"].strip(), row["id"]
        assert is_iso_date(row["published"]), row["id"]
        assert 4 <= len(SENTENCE_SPLIT.split(row["text"])) <= 8, row["id"]
        assert row["events"], row["id"]
        problems = [p for event in row["events"] for p in event_problems(event, row["text"])]
        assert problems == [], row["id"]


# ---------------------------------------------------------------- actors: mentions


def test_mention_rows_have_the_required_keys(mentions):
    for row in mentions:
        assert {"id", "text", "published", "mentions"} <= set(row), row.get("id")
        assert re.fullmatch(r"ac-\d{3}", row["id"]), row["id"]
        assert is_iso_date(row["published"]), row["id"]
        for mention in row["mentions"]:
            assert set(mention) == {"text", "start", "end", "country", "sector"}, row["id"]


def test_mention_offsets_point_at_the_mention_text(mentions):
    for row in mentions:
        for mention in row["mentions"]:
            assert row["text"][mention["start"]:mention["end"]] == mention["text"], (row["id"], mention)


def test_mentions_are_ordered_and_do_not_overlap(mentions):
    for row in mentions:
        spans = [(m["start"], m["end"]) for m in row["mentions"]]
        assert spans == sorted(spans), row["id"]
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), row["id"]


def test_mention_codes_are_valid(mentions):
    problems = {row["id"]: actor_problems({"country": m["country"], "sector": m["sector"]})
                for row in mentions for m in row["mentions"]}
    assert {key: value for key, value in problems.items() if value} == {}


def test_mention_counts_meet_the_minimums(mentions):
    assert len(mentions) >= 60
    assert sum(len(row["mentions"]) for row in mentions) >= 300


def test_role_changes_are_represented(mentions):
    codes_by_name: dict[str, set[str]] = {}
    for row in mentions:
        for m in row["mentions"]:
            codes_by_name.setdefault(m["text"], set()).add(f"{m['country']}{m['sector']}")
    changed = {name for name, codes in codes_by_name.items() if len(codes) > 1}
    assert {"Lula", "Imran Khan", "Taliban", "Volodymyr Zelensky", "Javier Milei"} <= changed
