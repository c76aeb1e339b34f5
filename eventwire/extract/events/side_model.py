"""Learned event sides: a filler for the sides the rules leave empty.

The role finders (sources.py, targets.py, inferred.py) leave a source or target empty when the parse
does not give one. On unseen news the annotators often fill such a side from context: the country
the article is about, an actor of the previous sentence, the country where it happened. The filler
scores, for each event with exactly one empty side, the countries the article's actor mentions and
places offer, and fills the side with the best one only when a logistic model is confident enough
(``threshold``): a wrong country costs more than an empty side.

Runtime (``fill_empty_sides``) reads only what the Doc already holds (``doc._.actor_mentions``, the
parse, the event's place and sentence) and scores with plain Python over the weights kept in
``data/side_model.json``. A filled side is flagged ``target-inferred`` / ``source-inferred`` in the
event's context, the contract's word for a side not named in the event's own sentence.

Training (scikit-learn, from the ``eval`` extra) and its checks::

    python -m eventwire.extract.events.side_model train      # writes data/side_model.json
    python -m eventwire.extract.events.side_model crossval   # the leave-one-set-out table
    python -m eventwire.extract.events.side_model fresh --extra NEW.jsonl   # score an unseen set

See docs/side_model.md for the features, the labels and the figures.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from eventwire.extract.actors.constants import STATE_SECTORS as ACTOR_STATE_SECTORS
from eventwire.extract.actors.places import REGIONAL_CODES
from eventwire.extract.events.roles import same_actor
from eventwire.extract.extensions import sentence_number
from eventwire.models import Actor, Event

MODEL_PACKAGE = "eventwire.extract.events.data"
MODEL_FILE = "side_model.json"
# How many sentences before the event's own its candidates may be named in (and one after).
WINDOW_BEFORE = 3
WINDOW_AFTER = 1
STATE_SECTORS = frozenset(ACTOR_STATE_SECTORS)
NONSTATE_SECTORS = frozenset({"REB", "OPP", "PTY", "CVL", "REF", "MED", "EDU", "BUS", "LAB", "NGO", "REL", "CRM"})
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Actor "countries" that are organisations, not states (the UN system, NGOs).
NON_COUNTRY_CODES = frozenset({"IGO", "UNO", "NGO"})
# Harm acts: an unnamed attacker or arresting force often stays unnamed in the gold ("rockets were fired
# at the base", "four officers were arrested"); the first folds' wrong fills were mostly such sources.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Verbal reactions whose target the rules infer themselves (component.COUNTERPART_TYPES, the accuser a
# denial answers) and leave empty on purpose where the reaction's aim is not who the context offers
# ("condemned the move by critics", "backed his threat of force").
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# The filler's hard exclusions (kept in the model file). A harm act's unnamed doer is never guessed.
# The aim of a verbal reaction is left to the rules, which infer it themselves and leave it empty on
# purpose; six pinned tests hold such cases ("condemned the move by critics", "backed his threat of
# force"). Left to features instead, leave-one-set-out filled 4 more right (3 of them the reactor's
# own country) but the six pinned cases failed (docs/side_model.md).
UNGUESSED_SOURCE_TYPES = HARM_TYPES
UNGUESSED_TARGET_TYPES = REACTION_TYPES

FEATURES = (
    "side_is_target",
    "in_sentence",
    "before_trigger",
    "one_sentence_back",
    "two_three_back",
    "next_sentence_only",
    "in_trigger_subtree",
    "argument_of_governor",
    "token_distance",
    "same_as_other_side",
    "same_as_other_symmetric",
    "main_country",
    "second_country",
    "mention_share",
    "in_first_sentence",
    "place_country",
    "place_only",
    "previous_same_side",
    "previous_other_side",
    "state_sector",
    "nonstate_sector",
    "regional_or_igo",
    "two_country_article",
    "quad_verbal_coop",
    "quad_material_coop",
    "quad_verbal_conflict",
    "quad_material_conflict",
    "target_x_place",
    "target_x_same_as_other",
    "source_x_before_trigger",
    "noun_trigger",
    "passive_trigger",
    "only_candidate",
    "other_side_state",
    "assault_target",
    "mobilize_target",
    "joint_act_target",
    "request_target",
    "retreat_target",
)
# Event types grouped for the type-and-side features: joint acts behave alike.
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


# --- the model ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SideModel:
    """Logistic weights over ``FEATURES`` and the probability a candidate must reach to be used.
    ``unguessed_sources`` / ``unguessed_targets``: event types whose empty source / target is never filled."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    unguessed_sources: frozenset[str] = frozenset()
    unguessed_targets: frozenset[str] = frozenset()

    def probability(self, values: dict[str, float]) -> float:
        """P(this candidate is the side's country) for one candidate's feature values."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def with_threshold(self, threshold: float) -> "SideModel":
        """The same weights with another decision threshold."""
        return replace(self, threshold=threshold)

    def guesses(self, event_type: str, side: str) -> bool:
        """Whether this model may fill ``side`` of an event of ``event_type``."""
        return event_type not in (self.unguessed_sources if side == "source" else self.unguessed_targets)


def model_from_dict(data: dict) -> SideModel:
    """The filler (a SideModel) from the JSON layout of ``data/side_model.json``."""
    weights = {name: float(w) for name, w in data["weights"].items()}
    return SideModel(weights=weights, intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                     unguessed_sources=frozenset(data.get("unguessed_source_types", ())),
                     unguessed_targets=frozenset(data.get("unguessed_target_types", ())))


@lru_cache(maxsize=1)
def _packaged_json() -> dict:
    text = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def load_side_model() -> SideModel:
    """The packaged filler (read once per process)."""
    return model_from_dict(_packaged_json())


# --- candidates --------------------------------------------------------------------------------

@dataclass
class Candidate:
    """One country that could fill an event's empty side, with the actor to fill it with."""

    side: str
    actor: Actor
    values: dict[str, float] = field(default_factory=dict)

    @property
    def country(self) -> str:
        return self.actor.country or ""


@dataclass
class _Mention:
    actor: Actor
    sentence: int
    head: Token


@dataclass
class _DocView:
    """What every event of one doc shares: its country mentions, counts and first sentence."""

    mentions: list[_Mention]
    counts: Counter
    ranked: list[str]
    first_sentence: frozenset[str]
    sentences: int


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The root of the tokens covering characters ``start``-``end`` (None when nothing covers them)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _doc_view(doc: Doc) -> _DocView:
    """The doc's country-bearing actor mentions, located by sentence and head token."""
    mentions = []
    for entity in doc._.actor_mentions or []:
        actor = entity.actor
        if actor is None or not actor.country:
            continue
        head = _token_at(doc, entity.start, entity.end)
        if head is not None:
            mentions.append(_Mention(actor, sentence_number(head), head))
    counts = Counter(m.actor.country for m in mentions)
    first = frozenset(m.actor.country for m in mentions if m.sentence == 0)
    sentences = sentence_number(doc[-1]) + 1 if len(doc) else 0
    return _DocView(mentions, counts, [c for c, _ in counts.most_common()], first, sentences)


def _empty_side(event: Event) -> str | None:
    """The one empty side of ``event`` ("source" or "target"); None when both or neither are filled."""
    source, target = _has_country(event.source), _has_country(event.target)
    if source and not target and event.target is None:
        return "target"
    if target and not source and event.source is None:
        return "source"
    return None


def _has_country(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country or actor.sector)


def _quad_values(quad: int) -> dict[str, float]:
    names = ("quad_verbal_coop", "quad_material_coop", "quad_verbal_conflict", "quad_material_conflict")
    return {name: float(quad == number) for number, name in enumerate(names, start=1)}


def _previous_event(events: Sequence[Event], index: int) -> Event | None:
    """The event told just before ``events[index]`` (by trigger position) in another sentence or the same one."""
    here = events[index].trigger.start
    earlier = [e for e in events if e.trigger.start < here]
    return max(earlier, key=lambda e: e.trigger.start) if earlier else None


def _place_actor(event: Event) -> Actor | None:
    """An actor standing for the country where the event happened (no sector)."""
    place = event.place
    if place is None or not place.country:
        return None
    return Actor(name=place.country, text=place.name, country=place.country, sector=None, code=place.country)


def _mention_values(mentions: list[_Mention], sentence: int, trigger: Token | None) -> dict[str, float]:
    """The distance and syntax features of a country's mentions around the event."""
    inside = [m for m in mentions if m.sentence == sentence]
    back = [sentence - m.sentence for m in mentions if m.sentence < sentence]
    after = [m for m in mentions if m.sentence > sentence]
    nearest_back = min(back) if back else None
    values = {
        "in_sentence": float(bool(inside)),
        "one_sentence_back": float(not inside and nearest_back == 1),
        "two_three_back": float(not inside and nearest_back is not None and nearest_back >= 2),
        "next_sentence_only": float(not inside and nearest_back is None and bool(after)),
        "before_trigger": 0.0, "in_trigger_subtree": 0.0, "argument_of_governor": 0.0, "token_distance": 1.0,
    }
    if trigger is None or not inside:
        return values
    ancestors = {a.i for a in trigger.ancestors}
    values["before_trigger"] = float(any(m.head.i < trigger.i for m in inside))
    values["in_trigger_subtree"] = float(any(trigger.i in {a.i for a in m.head.ancestors} for m in inside))
    values["argument_of_governor"] = float(any(m.head.head.i in ancestors and m.head.head.i != m.head.i
                                               for m in inside))
    nearest = min(abs(m.head.i - trigger.i) for m in inside)
    values["token_distance"] = min(1.0, math.log1p(nearest) / math.log(40))
    return values


def _event_values(event: Event, side: str, trigger: Token | None, other: Actor | None,
                  n_candidates: int) -> dict[str, float]:
    """The features every candidate of one event shares: its type and side, trigger and other side."""
    target, kind = side == "target", event.type
    passive = trigger is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    return {
        "noun_trigger": float(trigger is not None and trigger.pos_ in ("NOUN", "PROPN")),
        "passive_trigger": float(passive),
        "only_candidate": float(n_candidates == 1),
        "other_side_state": float(other is not None and (other.sector or "") in STATE_SECTORS),
        "assault_target": float(kind == "ASSAULT" and target),
        "mobilize_target": float(kind == "MOBILIZE" and target),
        "joint_act_target": float(kind in JOINT_TYPES and target),
        "request_target": float(kind == "REQUEST" and target),
        "retreat_target": float(kind == "RETREAT" and target),
    }


def _sector_values(actor: Actor) -> dict[str, float]:
    sector = actor.sector or ""
    country = actor.country or ""
    regional = len(country) != 3 or sector == "IGO" or country in REGIONAL_CODES or country in NON_COUNTRY_CODES
    return {"state_sector": float(sector in STATE_SECTORS), "nonstate_sector": float(sector in NONSTATE_SECTORS),
            "regional_or_igo": float(regional)}


def _nearest_actor(mentions: list[_Mention], sentence: int, trigger: Token | None) -> Actor:
    """The actor of the mention closest to the event: its sentence first, then earlier, then later."""
    def distance(m: _Mention) -> tuple[int, int]:
        gap = sentence - m.sentence
        order = gap if gap >= 0 else 10 - gap
        return order, abs(m.head.i - trigger.i) if trigger is not None else 0

    return min(mentions, key=distance).actor


@dataclass
class _EventView:
    """What every side of one event shares: its sentence, trigger token, nearby mentions by country,
    the event told before it and its place."""

    sentence: int
    trigger: Token | None
    by_country: dict[str, list[_Mention]]
    previous: Event | None
    place: Actor | None


def _event_view(doc: Doc, events: Sequence[Event], index: int, view: _DocView) -> _EventView:
    event = events[index]
    sentence = event.evidence.sentence
    by_country: dict[str, list[_Mention]] = {}
    for mention in view.mentions:
        if sentence - WINDOW_BEFORE <= mention.sentence <= sentence + WINDOW_AFTER:
            by_country.setdefault(mention.actor.country, []).append(mention)
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    return _EventView(sentence, trigger, by_country, _previous_event(events, index), _place_actor(event))


def event_candidates(doc: Doc, events: Sequence[Event], index: int, view: _DocView | None = None,
                     model: SideModel | None = None) -> list[Candidate]:
    """The candidate countries for the empty side of ``events[index]`` with their feature values
    (none when the event has no single empty side, or ``model`` never fills that side of its type)."""
    event = events[index]
    side = _empty_side(event)
    if side is None or (model is not None and not model.guesses(event.type, side)):
        return []
    view = view or _doc_view(doc)
    return _side_options(event, side, view, _event_view(doc, events, index, view))


def _candidate_pool(view: _DocView, here: _EventView) -> list[str]:
    """The candidate countries, in order: those named near the event, the article's two most
    mentioned, those of its first sentence, and the country of the event's place."""
    pool = list(here.by_country)
    pool += [c for c in view.ranked[:2] if c not in here.by_country]
    pool += [c for c in sorted(view.first_sentence) if c not in pool]
    if here.place is not None and here.place.country not in pool:
        pool.append(here.place.country)
    return pool


def _side_options(event: Event, side: str, view: _DocView, here: _EventView) -> list[Candidate]:
    """Every candidate country for ``side`` of ``event`` with its feature values."""
    other = getattr(event, _other(side))
    pool = _candidate_pool(view, here)
    shared = _event_values(event, side, here.trigger, other, len(pool))
    candidates = []
    for country in pool:
        named = here.by_country.get(country) or [m for m in view.mentions if m.actor.country == country]
        everywhere = [m for m in named if not same_actor(m.actor, other)]
        if named and not everywhere:
            continue   # only the other side itself names this country: no party acts on itself
        actor = _nearest_actor(everywhere, here.sentence, here.trigger) if everywhere else here.place
        if actor is not None:
            values = {**shared, **_candidate_values(event, side, country, actor, view, here, bool(everywhere))}
            candidates.append(Candidate(side, actor, {name: values[name] for name in FEATURES}))
    return candidates


def _candidate_values(event: Event, side: str, country: str, actor: Actor, view: _DocView, here: _EventView,
                      named: bool) -> dict[str, float]:
    """The features of one candidate country (``actor`` its stand-in; ``named``: some mention other than
    the other side's own names it, else it comes from the place only)."""
    near = here.by_country.get(country, [])
    previous, place = here.previous, here.place
    other_country = _country(getattr(event, _other(side)))
    target = float(side == "target")
    is_place = float(place is not None and place.country == country)
    same_other = float(country == other_country)
    values = _mention_values(near, here.sentence, here.trigger)
    values.update(_sector_values(actor))
    values.update(_quad_values(event.quad_class))
    values.update({
        "side_is_target": target,
        "same_as_other_side": same_other,
        "same_as_other_symmetric": same_other * float(event.type in SYMMETRIC_TYPES),
        "main_country": float(bool(view.ranked) and view.ranked[0] == country),
        "second_country": float(len(view.ranked) > 1 and view.ranked[1] == country),
        "mention_share": view.counts.get(country, 0) / (sum(view.counts.values()) or 1),
        "in_first_sentence": float(country in view.first_sentence),
        "place_country": is_place,
        "place_only": float(not named),
        "previous_same_side": float(previous is not None and _country(getattr(previous, side)) == country),
        "previous_other_side": float(previous is not None and _country(getattr(previous, _other(side))) == country),
        "two_country_article": float(len([c for c in view.counts if len(c) == 3]) == 2),
        "target_x_place": is_place * target,
        "target_x_same_as_other": same_other * target,
        "source_x_before_trigger": values["before_trigger"] * float(side == "source"),
    })
    return values


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _other(side: str) -> str:
    return "target" if side == "source" else "source"


def _context_view(doc: Doc) -> _DocView | None:
    """The doc view when the doc has context beyond one sentence (None otherwise)."""
    view = _doc_view(doc)
    return view if view.sentences > 1 else None


def side_candidates(doc: Doc, events: Sequence[Event], model: SideModel | None = None,
                    view: _DocView | None = None) -> list[list[Candidate]]:
    """For each of ``events``, its empty side's candidates (an empty list for an event with none, or
    whose side ``model`` never fills)."""
    if not any(_empty_side(e) for e in events):
        return [[] for _ in events]
    view = view or _context_view(doc)
    if view is None or view.sentences <= 1:
        return [[] for _ in events]   # no context beyond the sentence the rules already read
    return [event_candidates(doc, events, i, view, model) for i in range(len(events))]


# --- filling -----------------------------------------------------------------------------------

def best_candidate(candidates: Sequence[Candidate], model: SideModel) -> tuple[Candidate | None, float]:
    """The most probable candidate and its probability (None, 0.0 for no candidates)."""
    scored = [(model.probability(c.values), c) for c in candidates]
    if not scored:
        return None, 0.0
    probability, candidate = max(scored, key=lambda pair: pair[0])
    return candidate, probability


def filled_event(event: Event, candidate: Candidate) -> Event:
    """``event`` with its empty side taken by ``candidate``'s actor, flagged as inferred."""
    flag = "target-inferred" if candidate.side == "target" else "source-inferred"
    context = sorted(set(event.context) | {flag})
    return event.model_copy(update={candidate.side: candidate.actor, "context": context})


def fill_choice(event: Event, options: Sequence[Candidate], model: SideModel) -> Candidate | None:
    """The candidate to fill ``event``'s empty side with (None: leave it empty)."""
    if not options or not model.guesses(event.type, options[0].side):
        return None
    best, probability = best_candidate(options, model)
    return best if best is not None and probability >= model.threshold else None


def fill_empty_sides(doc: Doc, events: list[Event], model: SideModel | None = None) -> list[Event]:
    """The events component's hook: fill the one empty side of ``doc``'s events where ``model`` (the
    packaged filler when None) is sure, never making an event whose two sides are the same party."""
    model = model or load_side_model()
    view = _context_view(doc) if any(_empty_side(e) for e in events) else None
    if view is None:
        return events   # nothing to fill, or no context beyond the sentence the rules already read
    return filled_events(events, side_candidates(doc, events, model, view), model)


def filled_events(events: Sequence[Event], candidates: Sequence[Sequence[Candidate]], model: SideModel) -> list[Event]:
    """``events`` filled from precomputed ``candidates`` (one list per event) where ``model`` is sure,
    leaving a side empty where the best candidate is the other side's own party."""
    return [_filled_unless_self(event, fill_choice(event, options, model)) for event, options in zip(events, candidates)]


def _filled_unless_self(event: Event, best: Candidate | None) -> Event:
    if best is None or same_actor(best.actor, getattr(event, _other(best.side))):
        return event
    return filled_event(event, best)


# --- training and the leave-one-set-out check (scikit-learn: the ``eval`` extra) ----------------

# The gold this model may learn from: the event files named here (those present) and the sample
# corpus. The heldout files are never read (they are the lead's blind test sets).
TRAINING_FILES = ("sentences", "articles", "articles2", "articles3", "articles4", "articles5")
CORPUS_SET = "corpus"
# The sets written blind by other people: each is held out in turn to measure transfer.
BLIND_SETS = ("articles2", "articles3", "articles4", "articles5")
# L2 strength: a few hundred candidates and thirty correlated features. The filler's C and threshold
# were chosen by the pooled leave-one-set-out over articles2-5 (right - 2 x wrong fills): C=3 at
# 0.45-0.55 filled 17 right and 4 wrong, C=1 at 0.5 14 and 5 (docs/side_model.md).
REGULARIZATION_C = 3.0
DEFAULT_THRESHOLD = 0.5
# Whether the filler keeps its hard exclusions (UNGUESSED_*) or leaves those types to the features.
KEEP_EXCLUSIONS = True


@dataclass
class Collected:
    """One gold set run through the system with the filler off: its units and, per unit and event,
    the empty side's candidates."""

    name: str
    units: list
    candidates: list[list[list[Candidate]]]


@dataclass
class Row:
    """One labelled candidate: its feature values, 1 when it is the gold country, and its decision group."""

    values: dict[str, float]
    label: int
    group: tuple[str, int, int]


def _collect(nlp, name: str, records: list[dict], articles: list, published: list) -> Collected:
    """Run ``articles`` (None for a gold article ingest could not read) and keep units and candidates."""
    from eventwire.evaluate.gold_events import EventUnit
    from eventwire.pipeline import _prepared_doc

    component = nlp.get_pipe("eventwire_events")
    saved, component.side_model = getattr(component, "side_model", None), None
    try:
        present = [a for a in articles if a is not None]
        docs = iter(nlp.pipe((_prepared_doc(nlp, a) for a in present), batch_size=16))
        units, candidates = [], []
        for record, article, date in zip(records, articles, published):
            doc = next(docs) if article is not None else None
            events = list(doc._.events or []) if doc is not None else []
            units.append(EventUnit(date, record.get("events", []), events))
            candidates.append(side_candidates(doc, events) if doc is not None else [])
    finally:
        component.side_model = saved
    return Collected(name, units, candidates)


def collect_file(nlp, path, name: str) -> Collected:
    """One events gold file (line format of ``eventwire.evaluate.gold_events``) through the system."""
    from eventwire.evaluate.common import read_jsonl
    from eventwire.evaluate.gold_events import _article_of

    records = read_jsonl(path, None)
    return _collect(nlp, name, records, [_article_of(r) for r in records], [r.get("published") for r in records])


def collect_corpus(nlp, gold_dir, corpus_dir) -> Collected:
    """The sample corpus gold, its articles read through ``eventwire.ingest`` as its suite reads them."""
    from eventwire.evaluate.common import read_jsonl
    from eventwire.evaluate.gold_events import _match_corpus_records
    from eventwire.ingest import read_inputs

    records = read_jsonl(gold_dir / "corpus" / "gold.jsonl", None)
    articles = _match_corpus_records(records, corpus_dir, read_inputs)
    dates = [r.get("published") or (a.published if a is not None else None) for r, a in zip(records, articles)]
    return _collect(nlp, CORPUS_SET, records, articles, dates)


def _gold_side_country(gold: dict, event: Event, side: str) -> str | None:
    """The gold country of ``side``, read in the direction that agrees with the event's other side."""
    from eventwire.evaluate.common import actor_country

    readings = [(gold.get("source"), gold.get("target"))]
    if gold.get("reciprocal"):
        readings.append((gold.get("target"), gold.get("source")))
    other = _country(event.target if side == "source" else event.source)
    for source, target in readings:
        wanted, known = (source, target) if side == "source" else (target, source)
        if actor_country(known) == other:
            return actor_country(wanted)
    source, target = readings[0]
    return actor_country(source if side == "source" else target)


def _matched(collected: Collected, rules: SideModel):
    """(unit index, gold event, system event index, candidates, the gold side's country) for every
    type-matched pair of the set whose event has an empty side ``rules`` lets the filler fill."""
    from eventwire.evaluate.gold_events import match_events

    for u, unit in enumerate(collected.units):
        fills = collected.candidates[u]
        for gi, pi in match_events(unit, "type"):
            options = fills[pi] if pi < len(fills) else []
            event = unit.pred[pi]
            if options and rules.guesses(event.type, options[0].side):
                yield u, event, pi, options, _gold_side_country(unit.gold[gi], event, options[0].side)


def exclusions(keep: bool = KEEP_EXCLUSIONS) -> SideModel:
    """A weightless model that only says which sides the filler may fill."""
    if not keep:
        return SideModel({}, 0.0, DEFAULT_THRESHOLD)
    return SideModel({}, 0.0, DEFAULT_THRESHOLD, UNGUESSED_SOURCE_TYPES, UNGUESSED_TARGET_TYPES)


def labelled_rows(collected: Collected, rules: SideModel | None = None) -> list[Row]:
    """Every candidate of every type-matched event with an empty side the filler may fill (``rules``:
    which it may), labelled 1 for the gold side's country and 0 otherwise (all 0 when the gold side is
    empty too)."""
    rows = []
    for u, _, pi, options, wanted in _matched(collected, rules or exclusions()):
        rows += [Row(c.values, int(wanted is not None and c.country == wanted), (collected.name, u, pi))
                 for c in options]
    return rows


def fit_side_model(rows: Sequence[Row], threshold: float = DEFAULT_THRESHOLD,
                   regularization: float = REGULARIZATION_C, rules: SideModel | None = None) -> SideModel:
    """The filler: logistic regression (L2) over ``rows``, every row weighing the same; ``rules``
    gives the sides it never fills (none when omitted)."""
    from sklearn.linear_model import LogisticRegression

    labels = [r.label for r in rows]
    if len(set(labels)) < 2:
        raise ValueError("training needs both right (1) and wrong or empty (0) candidates")
    fitted = LogisticRegression(C=regularization, max_iter=5000)
    fitted.fit([[r.values.get(name, 0.0) for name in FEATURES] for r in rows], labels)
    weights = {name: round(float(w), 4) for name, w in zip(FEATURES, fitted.coef_[0])}
    rules = rules or exclusions(False)
    return SideModel(weights, round(float(fitted.intercept_[0]), 4), threshold,
                     rules.unguessed_sources, rules.unguessed_targets)


def fill_outcomes(collected: Collected, model: SideModel) -> dict[str, int]:
    """On the type-matched events with an empty side: sides filled with the gold country (right),
    with another or where gold has none (wrong), and gold sides left empty (empty)."""
    tally = {"right": 0, "wrong": 0, "empty": 0, "kept_empty": 0}
    for _, event, _, options, wanted in _matched(collected, model):
        best = fill_choice(event, options, model)
        if best is not None:
            tally["right" if best.country == wanted else "wrong"] += 1
        else:
            tally["empty" if wanted is not None else "kept_empty"] += 1
    return tally


def scored_figures(collected: Collected, model: SideModel | None) -> dict[str, float]:
    """Type F1, type+dyad P/R/F1 and dyad accuracy of the set, with the filler (``model``) or without."""
    from eventwire.evaluate.gold_events import EventUnit, score_event_units
    from eventwire.extract.events.mentions import without_retold

    units = []
    for u, unit in enumerate(collected.units):
        events = unit.pred
        if model is not None:
            events = without_retold(filled_events(events, collected.candidates[u], model))
        units.append(EventUnit(unit.published, unit.gold, events))
    wanted = ("type F1", "type+dyad P", "type+dyad R", "type+dyad F1", "dyad accuracy")
    return {m.name: round(m.value, 4) for m in score_event_units(collected.name, units) if m.name in wanted}


def gold_files(gold_dir, extra: Sequence = ()) -> dict[str, object]:
    """The event gold files to learn from, by set name: those of ``TRAINING_FILES`` present under
    ``gold_dir``/events, then ``extra`` paths (named by their file stem)."""
    from pathlib import Path

    files = {name: Path(gold_dir) / "events" / f"{name}.jsonl" for name in TRAINING_FILES}
    files = {name: path for name, path in files.items() if path.exists()}
    files.update({Path(p).stem: Path(p) for p in extra})
    return files


def collect_all(nlp, gold_dir, corpus_dir, extra: Sequence = ()) -> dict[str, Collected]:
    """Every allowed gold set through ``nlp`` (the filler off while they run), by name."""
    sets = {name: collect_file(nlp, path, name) for name, path in gold_files(gold_dir, extra).items()}
    sets[CORPUS_SET] = collect_corpus(nlp, gold_dir, corpus_dir)
    return sets


def training_rows(sets: dict[str, Collected], keep_exclusions: bool = KEEP_EXCLUSIONS) -> list[Row]:
    """The labelled rows of every set of ``sets``."""
    rules = exclusions(keep_exclusions)
    return [row for data in sets.values() for row in labelled_rows(data, rules)]


def train_filler(sets: dict[str, Collected], threshold: float = DEFAULT_THRESHOLD,
                 keep_exclusions: bool = KEEP_EXCLUSIONS) -> SideModel:
    """The filler trained on every set of ``sets``."""
    rows = training_rows(sets, keep_exclusions)
    return fit_side_model(rows, threshold, rules=exclusions(keep_exclusions))


def blind_sets(sets: dict[str, Collected], extra_blind: Sequence[str] = ()) -> list[str]:
    """The blind-written sets present in ``sets``, in order."""
    return [name for name in dict.fromkeys((*BLIND_SETS, *extra_blind)) if name in sets]


def leave_one_set_out(sets: dict[str, Collected], thresholds: Sequence[float] = (DEFAULT_THRESHOLD,),
                      keep_exclusions: bool = KEEP_EXCLUSIONS, extra_blind: Sequence[str] = ()) -> list[dict]:
    """For each blind set: train on all the other sets and score it off and with the filler at each
    threshold."""
    table = []
    for held in blind_sets(sets, extra_blind):
        others = {name: data for name, data in sets.items() if name != held}
        filler = train_filler(others, keep_exclusions=keep_exclusions)
        table.append({"set": held, "model": "off", **scored_figures(sets[held], None)})
        for threshold in thresholds:
            tuned = filler.with_threshold(threshold)
            table.append({"set": held, "model": f"fill@{threshold}", **scored_figures(sets[held], tuned),
                          **fill_outcomes(sets[held], tuned)})
    return table


def fresh_check(trained_on: dict[str, Collected], fresh: dict[str, Collected],
                keep_exclusions: bool = KEEP_EXCLUSIONS) -> list[dict]:
    """Train on ``trained_on`` and score each ``fresh`` set off and with the filler."""
    filler = train_filler(trained_on, keep_exclusions=keep_exclusions)
    table = []
    for name, data in fresh.items():
        table.append({"set": name, "model": "off", **scored_figures(data, None)})
        table.append({"set": name, "model": "fill", **scored_figures(data, filler), **fill_outcomes(data, filler)})
    return table


def model_json(model: SideModel, rows: Sequence[Row], sets: Sequence[str]) -> str:
    """The packaged file's text: the filler's weights by feature name, intercept, threshold, the sides it
    never fills and provenance."""
    body = {
        "about": "Learned filler for event sides (eventwire/extract/events/side_model.py); "
                 "written by `python -m eventwire.extract.events.side_model train`, do not edit by hand.",
        "trained_on": list(sets), "candidates": len(rows), "positives": sum(r.label for r in rows),
        "regularization_c": REGULARIZATION_C, "threshold": model.threshold, "intercept": model.intercept,
        "unguessed_source_types": sorted(model.unguessed_sources),
        "unguessed_target_types": sorted(model.unguessed_targets),
        "weights": {name: model.weights[name] for name in FEATURES},
    }
    return json.dumps(body, indent=1) + "\n"


def _print_table(table: list[dict]) -> None:
    columns = ("set", "model", "type F1", "type+dyad P", "type+dyad R", "type+dyad F1", "dyad accuracy",
               "right", "wrong", "empty", "kept_empty")
    print(" | ".join(columns))
    for line in table:
        print(" | ".join(str(line.get(c, "")) for c in columns))


def main(argv: Sequence[str] | None = None) -> int:
    """``train`` writes the packaged model from every allowed set; ``crossval`` prints the
    leave-one-set-out table; ``fresh`` trains on the allowed sets and scores the ``--extra`` files
    (run from the repository root, or pass --gold-dir/--corpus-dir)."""
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m eventwire.extract.events.side_model", description=main.__doc__)
    parser.add_argument("command", choices=("train", "crossval", "fresh"))
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="another blind-written events gold file (a set named by its stem)")
    parser.add_argument("--output", type=Path, default=None, help="default: the packaged data/side_model.json")
    args = parser.parse_args(argv)
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    if args.command == "fresh":
        fresh = {p.stem: collect_file(nlp, p, p.stem) for p in args.extra}
        _print_table(fresh_check(collect_all(nlp, args.gold_dir, args.corpus_dir), fresh))
        return 0
    sets = collect_all(nlp, args.gold_dir, args.corpus_dir, args.extra)
    if args.command == "crossval":
        _print_table(leave_one_set_out(sets, extra_blind=[p.stem for p in args.extra]))
        return 0
    rows = training_rows(sets)
    filler = fit_side_model(rows, args.threshold, rules=exclusions())
    output = args.output or Path(str(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE)))
    output.write_text(model_json(filler, rows, list(sets)), encoding="utf-8")
    print(f"trained on {len(rows)} candidates; wrote {output}")
    return 0


if __name__ == "__main__":   # pragma: no cover
    import sys

    sys.exit(main())
