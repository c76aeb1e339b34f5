"""Which dyad errors come from the actor resolver, and which from the events component's role choice.

Runs the pipeline over the study event gold (``tests/gold/events/sentences.jsonl``, ``articles.jsonl``,
``articles2.jsonl`` ... ``articles26.jsonl``, named one by one in ``STUDY_SUITES``, never the blind
held-out sets, and the sample corpus ``tests/gold/corpus/gold.jsonl``), pairs gold and system events of the same type as
the evaluation does, and for every side (source or target) whose country differs from the gold one
decides whose error it is:

* ``actor``: the events component chose a phrase and the resolver coded that phrase wrongly: a
  pronoun, an anaphor ("the country", "the group"), a bare sector word coded from context, a
  surname, a generic body, or a chosen phrase left null although the gold names an actor;
* ``role``: the chosen phrase is a name whose country is certain (a country, capital, adjective,
  organization, a person with a dated role, or a sector word owned by one of these), so a
  different phrase should have been chosen; or no phrase was chosen at all; or the chosen phrase
  names no actor ("the move", "limits"); or it is a collective ("the two ministers") that the
  events component splits into a pair.

Run ``python -m eventwire.extract.actors.diagnose [--gold-dir tests/gold] [--corpus-dir
examples/corpus] [--show actor|role|all]``; it prints each error and the counts by bucket and
cause. The split is a heuristic over the parse: it is meant for triage, not for scoring.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.evaluate.gold_events import STUDY_SETS
from eventwire.models import Actor, Article, Event
from eventwire.pipeline import prepared_doc

EXPLICIT_KINDS = {"country", "capital", "adjective", "organization", "person"}
SUBJECT_LIKE = {"nsubj", "nsubjpass", "agent", "poss"}
OBJECT_LIKE = {"dobj", "pobj", "dative", "attr", "oprd"}
# The event suites read, listed by name: the held-out sets are blind and must never be read here.
STUDY_SUITES = ("sentences", "articles", *STUDY_SETS)


@dataclass
class SideError:
    """One wrong side of a type-matched event pair."""

    suite: str
    unit: str
    event_type: str
    side: str           # source | target
    gold: str           # "UKR GOV", "null"
    pred: str
    chosen: str | None  # the words of the chosen phrase, None when no phrase was chosen
    path: str           # how the resolver coded the chosen phrase
    bucket: str         # actor | role
    sentence: str


@dataclass
class _Call:
    token: Token
    actor: Actor | None


# -- recording which phrases the events component asked about ----------------------------------

@contextmanager
def recorded_queries() -> Iterator[list[_Call]]:
    """While active, every ``actor_for_token`` call the events component makes is appended to the
    yielded list (token and answer)."""
    import eventwire.extract.events.component as events_component

    calls: list[_Call] = []
    original = events_component.actor_for_token

    def recording(token: Token) -> Actor | None:
        actor = original(token)
        calls.append(_Call(token, actor))
        return actor

    events_component.actor_for_token = recording
    try:
        yield calls
    finally:
        events_component.actor_for_token = original


# -- describing a chosen phrase ----------------------------------------------------------------

def code_of(actor: Any) -> str:
    """ "UKR GOV" for a gold dict or an Actor; "null" for none."""
    if actor is None:
        return "null"
    country = actor.get("country") if isinstance(actor, dict) else actor.country
    sector = actor.get("sector") if isinstance(actor, dict) else actor.sector
    return f"{country or '-'} {sector or '-'}"


def country_of(actor: Any) -> str | None:
    if actor is None:
        return None
    return actor.get("country") if isinstance(actor, dict) else actor.country


def resolution_path(token: Token) -> str:
    """How the resolver reads the phrase headed by ``token``: the kind of name at its head, an
    owner named inside it, or the indirect route (pronoun, anaphor, context)."""
    from eventwire.extract.actors.component import COUNTRY_NOUNS, GROUP_ANAPHORS

    doc = token.doc
    names = doc._.ew_names or {}
    found = names.get(token.i)
    if found and found[1]:
        kinds = {entry.kind for entry in found[1]}
        generic = any(entry.generic for entry in found[1])
        kind = min(kinds, key=["organization", "person", "country", "capital", "adjective"].index)
        return "name:generic" if generic else f"name:{kind}"
    if token.pos_ == "PRON":
        return f"pronoun:{token.lower_}"
    lemma = token.lemma_.lower()
    if lemma in COUNTRY_NOUNS:
        return "anaphor:country"
    inner = [t for t in token.subtree if t.i != token.i and t.i < token.i]
    if any(t.i in names and names[t.i][1] for t in inner):
        return "owned:by-name"
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in token.children):
        return "owned:by-pronoun"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.children):
        return "owned:by-complement"
    if lemma in GROUP_ANAPHORS:
        return "anaphor:group"
    if token.pos_ == "PROPN":
        return "proper:unlisted"
    if any(t.lower_ in ("the", "this", "these", "those") for t in token.lefts):
        return "sector:definite"
    return "sector:context"


def is_certain(path: str) -> bool:
    """Whether a path fixes the country from the words themselves."""
    return path.split(":")[1] in EXPLICIT_KINDS or path == "owned:by-name"


# -- locating the chosen phrase ----------------------------------------------------------------

def trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def chosen_token(doc: Doc, event: Event, actor: Actor | None, calls: list[_Call], side: str) -> Token | None:
    """The head of the phrase the events component took for ``side``: a recorded query in the
    event's sentence that answered with this actor, or, for an empty side, an unresolved subject
    (source) or object (target) of the trigger."""
    start, end = event.evidence.start, event.evidence.end
    in_sentence = [c for c in calls if start <= c.token.idx < end]
    if actor is not None:
        same = [c for c in in_sentence if c.actor is not None and c.actor.code == actor.code
                and c.actor.country == actor.country]
        texts = [c for c in same if c.actor.text == actor.text]
        picked = texts or same
        return picked[-1].token if picked else phrase_in_sentence(doc, event, actor.text)
    trigger = trigger_token(doc, event)
    if trigger is None:
        return None
    wanted = SUBJECT_LIKE if side == "source" else OBJECT_LIKE
    for call in in_sentence:
        token = call.token
        if call.actor is None and token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ in wanted \
                and _governed_by(token, trigger):
            return token
    return None


def phrase_in_sentence(doc: Doc, event: Event, text: str) -> Token | None:
    """The head of the last occurrence of ``text`` in the event's sentence (the events component
    builds some actors itself, "Azerbaijani sniper fire", without asking the resolver)."""
    at = doc.text.rfind(text, event.evidence.start, event.evidence.end) if text else -1
    span = doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    return span.root if span is not None else None


def is_actor_like(token: Token) -> bool:
    """Whether a phrase left null could have named an actor: a personal pronoun, a proper name of
    a person, group or place, or a sector word, title or anaphoric noun."""
    from eventwire.extract.actors.component import (
        COUNTRY_NOUNS, GROUP_ANAPHORS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS)
    from eventwire.extract.actors.dictionary import load_dictionary

    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | {"who", "which"}
    if token.pos_ == "PROPN":
        return token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    dictionary = load_dictionary()
    lemma = token.lemma_.lower()
    return (token.i in (token.doc._.ew_sector_terms or {}) or lemma in dictionary.sector_terms
            or lemma in dictionary.titles or lemma in COUNTRY_NOUNS or lemma in GROUP_ANAPHORS)


def _governed_by(token: Token, trigger: Token) -> bool:
    """The token is an argument of the trigger (directly, or through a preposition or agent)."""
    head = token.head
    if head.dep_ in ("prep", "agent"):
        head = head.head
    return head.i == trigger.i


# -- the comparison ----------------------------------------------------------------------------

def side_errors(suite: str, unit: str, doc: Doc, gold_events: list[dict[str, Any]], events: list[Event],
                calls: list[_Call], published: str | None) -> list[SideError]:
    """The wrong sides of type-matched pairs in one unit."""
    from eventwire.evaluate.gold_events import EventUnit, match_events

    errors: list[SideError] = []
    for gi, pi in match_events(EventUnit(published, gold_events, events), "type"):
        gold, pred = gold_events[gi], events[pi]
        orientations = [(gold.get("source"), gold.get("target"))]
        if gold.get("reciprocal"):
            orientations.append((gold.get("target"), gold.get("source")))
        best = min(orientations, key=lambda o: (country_of(o[0]) != country_of(pred.source))
                   + (country_of(o[1]) != country_of(pred.target)))
        for side, gold_actor, actor in (("source", best[0], pred.source), ("target", best[1], pred.target)):
            if country_of(gold_actor) == country_of(actor):
                continue
            errors.append(classify(suite, unit, doc, pred, side, gold_actor, actor, calls))
    return errors


def classify(suite: str, unit: str, doc: Doc, event: Event, side: str, gold_actor: Any, actor: Actor | None,
             calls: list[_Call]) -> SideError:
    token = chosen_token(doc, event, actor, calls, side)
    from eventwire.extract.actors.component import COLLECTIVES_KEY

    if token is None:
        path, bucket = "none-chosen", "role"
    elif token.i in doc.user_data.get(COLLECTIVES_KEY, ()):
        path, bucket = "collective-split", "role"   # "the two ministers": the events component splits it
    elif actor is None and not is_actor_like(token):
        path, bucket = "null:not-an-actor", "role"
    else:
        path = resolution_path(token)
        bucket = "role" if is_certain(path) and actor is not None else "actor"
        if actor is None:
            path = f"null:{path}"
    return SideError(suite, unit, event.type, side, code_of(gold_actor), code_of(actor),
                     actor.text if actor is not None else (token.text if token is not None else None),
                     path, bucket, event.evidence.text)


# -- the gold units ----------------------------------------------------------------------------

def gold_units(gold_dir: Path, corpus_dir: Path) -> Iterator[tuple[str, str, Article, list[dict[str, Any]]]]:
    """(suite, unit id, article, gold events) for every unit of the study event suites and the corpus."""
    from eventwire.evaluate.common import build_article, read_jsonl

    for name in STUDY_SUITES:
        path = gold_dir / "events" / f"{name}.jsonl"
        if not path.is_file():
            continue
        for record in read_jsonl(path):
            article = build_article(record["text"], published=record.get("published"),
                                    title=record.get("title", ""), outlet=record.get("outlet", ""))
            yield f"events/{name}", record.get("id", "?"), article, record.get("events", [])
    corpus = gold_dir / "corpus" / "gold.jsonl"
    if corpus.is_file() and corpus_dir.is_dir():
        from eventwire.evaluate.gold_events import default_read_inputs, match_corpus_records

        records = read_jsonl(corpus)
        for record, article in zip(records, match_corpus_records(records, corpus_dir, default_read_inputs())):
            if article is not None:
                yield "corpus", record["doc"], article, record.get("events", [])


def diagnose(nlp: Language, units: Iterator[tuple[str, str, Article, list[dict[str, Any]]]]) -> list[SideError]:
    """Every wrong side over ``units``."""
    errors: list[SideError] = []
    with recorded_queries() as calls:
        for suite, unit, article, gold in units:
            calls.clear()
            doc = nlp(prepared_doc(nlp, article))
            published = article.published
            errors += side_errors(suite, unit, doc, gold, list(doc._.events or []), list(calls), published)
    return errors


def summary(errors: list[SideError]) -> dict[str, Counter]:
    """Counts by bucket, and by (bucket, path) within each suite and overall."""
    out: dict[str, Counter] = {"bucket": Counter(), "cause": Counter()}
    for error in errors:
        out["bucket"][(error.suite, error.bucket)] += 1
        out["bucket"][("all", error.bucket)] += 1
        out["cause"][(error.bucket, error.path)] += 1
    return out


def render(errors: list[SideError], show: str, write: Callable[[str], Any]) -> None:
    for error in errors:
        if show in ("all", error.bucket):
            write(f"[{error.bucket}] {error.suite} {error.unit} {error.event_type} {error.side}: gold {error.gold}"
                  f" / pred {error.pred} / chosen {error.chosen!r} via {error.path}\n    {error.sentence[:220]}\n")
    counts = summary(errors)
    write("\nby suite and bucket:\n")
    for (suite, bucket), n in sorted(counts["bucket"].items()):
        write(f"  {suite:18} {bucket:6} {n}\n")
    write("\nby bucket and cause:\n")
    for (bucket, path), n in counts["cause"].most_common():
        write(f"  {bucket:6} {path:24} {n}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.extract.actors.diagnose",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--show", choices=("actor", "role", "all", "none"), default="actor")
    args = parser.parse_args(argv)
    from eventwire.nlp import load_pipeline

    errors = diagnose(load_pipeline(), gold_units(args.gold_dir, args.corpus_dir))
    render(errors, args.show, sys.stdout.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
