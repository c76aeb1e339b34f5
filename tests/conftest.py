"""Shared fixtures: the real pipeline (loaded once), an in-memory store, the CLI runner."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
SHARED = ROOT.parent / "shared" / "data"

EXAMPLE_TEXT = (
    "On June 3, Armenia's defense ministry said two of its soldiers were killed by Azerbaijani sniper fire "
    "near the border. Azerbaijan denied the claim on Tuesday and accused Yerevan of shelling its positions "
    "on Monday. \"We will answer every provocation,\" the Azerbaijani defense minister told reporters. "
    "The two foreign ministers are due to meet in Geneva next week."
)


def pipeline_without(*steps: str):
    """The pipeline with the learned steps named turned off: ``keep_events`` (the keeper's rescoring
    and cut, keep_model.py), ``fill_sides`` (the side filler, side_model.py). Built once per set of steps."""
    return _pipeline_without(tuple(sorted(steps)))


@lru_cache(maxsize=None)
def _pipeline_without(steps: tuple[str, ...]):
    from eventwire.nlp import build_pipeline

    return build_pipeline(overrides={"eventwire_events": {step: False for step in steps}})


def events_without(steps: tuple[str, ...], text: str, published: str = "2024-06-05", title: str = "") -> list:
    """The events of ``text`` from the pipeline with ``steps`` off: for tests of what the rules (and the
    filler) give an event's sides, which the keeper may then drop as too unsure to keep."""
    from eventwire.pipeline import extract_many, make_article

    article = make_article(text, published=published, title=title)
    return next(extract_many([article], nlp=pipeline_without(*steps))).events


def coded_events(text: str, published: str = "2024-06-05", side: str = "country",
                 with_trigger: bool = False) -> list[tuple]:
    """Each event ``eventwire.extract`` codes in ``text`` as (type, source, target), the sides read as
    their ``side`` attribute (country or code), with the trigger word in lower case last when
    ``with_trigger``."""
    import eventwire

    rows = []
    for e in eventwire.extract(text, published=published).events:
        row = (e.type, getattr(e.source, side) if e.source else None, getattr(e.target, side) if e.target else None)
        rows.append(row + (e.trigger.text.lower(),) if with_trigger else row)
    return rows


def coded_with_triggers(text: str, published: str = "2025-06-13") -> list[tuple]:
    """(type, source country, target country, trigger in lower case) of every event coded in ``text``."""
    return coded_events(text, published, with_trigger=True)


def coded_on_trigger(text: str, trigger: str) -> list[tuple]:
    """``coded_with_triggers`` of ``text``, only the events on ``trigger`` (lower case)."""
    return [event for event in coded_with_triggers(text) if event[3] == trigger]


def sole_event_on(text: str, trigger: str):
    """The one event ``eventwire.extract`` codes on ``trigger`` (lower case) in ``text``."""
    found = [e for e in extracted_events(text) if e.trigger.text.lower() == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in extracted_events(text)]
    return found[0]


def extracted_events(text: str, published: str = "2025-06-13") -> list:
    """The events ``eventwire.extract`` codes in ``text``."""
    import eventwire

    return list(eventwire.extract(text, published=published).events)


def types_by_trigger(text: str, published: str = "2025-03-04") -> dict[str, str]:
    """Trigger word (lower case) -> the type of the event coded on it in ``text``."""
    return {trigger: kind for kind, _, _, trigger in coded_events(text, published, with_trigger=True)}


def mention_actors(text: str, published: str, attribute: str = "code") -> dict[str, str | None]:
    """Mention text -> that attribute of its actor (code, country, sector) for every actor mention
    ``eventwire.extract`` finds."""
    import eventwire

    extraction = eventwire.extract(text, published=published)
    return {e.text: getattr(e.actor, attribute) for e in extraction.entities if e.actor is not None}



def processed(nlp, text: str, published: str):
    """``text`` run through the pipeline ``nlp``, dated ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def mention_sides(nlp, text: str, published: str) -> dict[str, str]:
    """Each actor mention's text mapped to "COUNTRY SECTOR" for the processed ``text``."""
    return {m.text: f"{m.actor.country} {m.actor.sector}" for m in processed(nlp, text, published)._.actor_mentions or []}


def token_of(nlp, text: str, word: str, nth: int = 0, published: str = "2024-05-02"):
    """The ``nth`` token reading ``word`` in ``text`` run through the pipeline, dated ``published``."""
    return [t for t in processed(nlp, text, published) if t.text == word][nth]


def actor_of(nlp, text: str, word: str, nth: int = 0, published: str = "2024-05-02"):
    """The actor the resolver gives the phrase headed by the ``nth`` token reading ``word``."""
    from eventwire.extract.actors.component import actor_for_token

    return actor_for_token(token_of(nlp, text, word, nth, published))


def actor_code(actor) -> str | None:
    """"COUNTRY SECTOR" of an actor, None for no actor."""
    return f"{actor.country} {actor.sector}" if actor is not None else None

@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def example(nlp):
    from eventwire.pipeline import extract

    return extract(EXAMPLE_TEXT, published="2024-06-05",
                   title="Foreign Ministers To Meet In Geneva As Border Clashes Escalate", outlet="Example Wire Service")


@pytest.fixture()
def store():
    from eventwire.store import Store

    with Store(":memory:") as s:
        yield s


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def cli(runner):
    from eventwire.cli import app

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke
