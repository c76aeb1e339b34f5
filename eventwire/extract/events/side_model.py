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

This module holds only what the pipeline runs. Training and its checks are in
``eventwire.evaluate.side_training`` (``python -m eventwire.evaluate.side_training train|crossval|fresh``).
See docs/side_model.md for the features, the labels and the figures.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.extract.actors.places import REGIONAL_CODES
from eventwire.extract.events.inferred import PRIVATE_SECTORS
from eventwire.extract.events.logistic import LogisticModel, packaged_json, weights_from_dict
from eventwire.extract.events.roles import STATE_SECTORS, SYMMETRIC_TYPES, VIOLENT_TYPES, same_actor
from eventwire.extract.events.triggers import children_of
from eventwire.extract.extensions import sentence_number, sentence_numbers
from eventwire.models import Actor, Event

MODEL_FILE = "side_model.json"
# How many sentences before the event's own its candidates may be named in (and one after).
WINDOW_BEFORE = 3
WINDOW_AFTER = 1
NONSTATE_SECTORS = frozenset({"REB", "OPP", "PTY", "CVL", "REF", "MED", "EDU", "BUS", "LAB", "NGO", "REL", "CRM"})
# Actor "countries" that are organisations, not states (the UN system, NGOs).
NON_COUNTRY_CODES = frozenset({"IGO", "UNO", "NGO"})
# Verbal reactions: their aim is filled only under guards like those of the rules' own counterpart
# guess (inferred.InferredTargets.counterpart): not for a private speaker ("farmers denounced the
# price of fuel"), only with a country named near the event (never one met only as the article's
# main country), and never a country another country's attack hit ("Lebanon's prime minister
# condemned the killing" after an Israeli strike in Lebanon aims at the attacker); not for a
# denial, nor for an act whose owner the sentence names (``_reaction_aim_guessable``).
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN"})
# A denial answers its accuser, or no one when none is named (the rules look for the accuser).
DENIAL_LEMMAS = frozenset({"deny", "denial", "refute"})
# Words of a text under discussion: a reaction to them aims at their drafters, whom the text seldom names.
TEXT_NOUNS = frozenset({"language", "wording", "text", "draft", "clause", "paragraph", "passage", "phrase",
                        "reference", "mention", "formulation"})
# The filler's hard exclusions (kept in the model file). A threat's aim is never guessed ("backed his
# threat of force"); no fold filled one right. A violent act's unnamed doer (roles.VIOLENT_TYPES:
# "rockets were fired at the base", "four officers were arrested") was excluded until the seventeenth
# pass: the gold leaves it empty about as often as it names one, but over twenty-one study sets the
# leave-one-set-out filled 39 more sides right and 29 more wrong with it left to the features, and the
# mean type+dyad F1 rose 0.687 -> 0.693 (docs/side_model.md). Accusations' and rejections' aims were
# excluded until the tenth pass; with articles8-9 the folds filled 16 right and 2 wrong of them.
UNGUESSED_SOURCE_TYPES: frozenset[str] = frozenset()
UNGUESSED_TARGET_TYPES = frozenset({"THREATEN"})

# Modes of an act aimed at no one, whose empty target is never filled (the gold leaves them all empty).
AIMLESS_MODES = frozenset({"resign"})

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
    "violent_source",
)


# --- the model ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SideModel(LogisticModel):
    """Logistic weights over ``FEATURES`` and the probability a candidate must reach to be used.
    ``unguessed_sources`` / ``unguessed_targets``: event types whose empty source / target is never filled."""

    unguessed_sources: frozenset[str] = frozenset()
    unguessed_targets: frozenset[str] = frozenset()

    def guesses(self, event_type: str, side: str) -> bool:
        """Whether this model may fill ``side`` of an event of ``event_type``."""
        return event_type not in (self.unguessed_sources if side == "source" else self.unguessed_targets)


def model_from_dict(data: dict) -> SideModel:
    """The filler (a SideModel) from the JSON layout of ``data/side_model.json``."""
    return SideModel(**weights_from_dict(data),
                     unguessed_sources=frozenset(data.get("unguessed_source_types", ())),
                     unguessed_targets=frozenset(data.get("unguessed_target_types", ())))


def load_side_model() -> SideModel:
    """The packaged filler (read once per process)."""
    return model_from_dict(packaged_json(MODEL_FILE))


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
    total: int = field(init=False)                # how many mentions name a country
    two_countries: bool = field(init=False)       # exactly two three-letter country codes are named

    def __post_init__(self) -> None:
        self.total = sum(self.counts.values())
        self.two_countries = len([c for c in self.counts if len(c) == 3]) == 2


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The root of the tokens covering characters ``start``-``end`` (None when nothing covers them)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _doc_view(doc: Doc) -> _DocView:
    """The doc's country-bearing actor mentions, located by sentence and head token."""
    mentions = []
    numbers = sentence_numbers(doc)   # each token's sentence_number, read once for the doc
    for entity in doc._.actor_mentions or []:
        actor = entity.actor
        if actor is None or not actor.country:
            continue
        head = _token_at(doc, entity.start, entity.end)
        if head is not None:
            mentions.append(_Mention(actor, numbers[head.i], head))
    counts = Counter(m.actor.country for m in mentions)
    first = frozenset(m.actor.country for m in mentions if m.sentence == 0)
    return _DocView(mentions, counts, [c for c, _ in counts.most_common()], first, _sentence_count(doc))


def _empty_side(event: Event) -> str | None:
    """The one empty side of ``event`` ("source" or "target"); None when both or neither are filled."""
    source, target = _has_country(event.source), _has_country(event.target)
    if source and not target and event.target is None:
        return "target"
    if target and not source and event.source is None:
        return "source"
    return None


def _guessable_side(event: Event, model: SideModel) -> bool:
    """Whether ``event`` has one empty side and ``model`` may fill that side of its type."""
    side = _empty_side(event)
    return side is not None and model.guesses(event.type, side)


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
    """The features every candidate of one event shares: its type, quad class and side, trigger and other side."""
    target, kind = side == "target", event.type
    passive = trigger is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(trigger))
    return {
        "noun_trigger": float(trigger is not None and trigger.pos_ in ("NOUN", "PROPN")),
        "passive_trigger": float(passive),
        "only_candidate": float(n_candidates == 1),
        "other_side_state": float(other is not None and (other.sector or "") in STATE_SECTORS),
        "assault_target": float(kind == "ASSAULT" and target),
        "mobilize_target": float(kind == "MOBILIZE" and target),
        "joint_act_target": float(kind in SYMMETRIC_TYPES and target),
        "request_target": float(kind == "REQUEST" and target),
        "retreat_target": float(kind == "RETREAT" and target),
        # the unnamed doer of an attack or an arrest (filled since the seventeenth pass), which the
        # gold leaves empty about as often as it names one
        "violent_source": float(kind in VIOLENT_TYPES and not target),
        **_quad_values(event.quad_class),
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
    hit_by_another: frozenset[str] = frozenset()


def _event_view(doc: Doc, events: Sequence[Event], index: int, view: _DocView) -> _EventView:
    event = events[index]
    sentence = event.evidence.sentence
    by_country: dict[str, list[_Mention]] = {}
    for mention in view.mentions:
        if sentence - WINDOW_BEFORE <= mention.sentence <= sentence + WINDOW_AFTER:
            by_country.setdefault(mention.actor.country, []).append(mention)
    trigger = _token_at(doc, event.trigger.start, event.trigger.end)
    hit = _hit_by_another(events, sentence) if _is_reaction_aim(event) else frozenset()   # read only there
    return _EventView(sentence, trigger, by_country, _previous_event(events, index), _place_actor(event), hit)


def _is_reaction_aim(event: Event) -> bool:
    """The empty side of ``event`` is a verbal reaction's aim (filled only under the reaction guards)."""
    return event.type in REACTION_TYPES and _empty_side(event) == "target"


def _hit_by_another(events: Sequence[Event], sentence: int) -> frozenset[str]:
    """The countries that a violent act by another country hit, told up to ``sentence``."""
    hit = set()
    for event in events:
        if event.type not in VIOLENT_TYPES or event.evidence.sentence > sentence:
            continue
        doer, victim = _country(event.source), _country(event.target)
        if doer and victim and doer != victim:
            hit.add(victim)
    return frozenset(hit)


def event_candidates(doc: Doc, events: Sequence[Event], index: int, view: _DocView | None = None,
                     model: SideModel | None = None) -> list[Candidate]:
    """The candidate countries for the empty side of ``events[index]`` with their feature values
    (none when the event has no single empty side, or ``model`` never fills that side of its type)."""
    event = events[index]
    side = _empty_side(event)
    if side is None or (model is not None and not model.guesses(event.type, side)):
        return []
    if side == "target" and event.mode in AIMLESS_MODES:
        return []   # "Oli resigned on Tuesday": a resignation is aimed at no one
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
    if _is_reaction_aim(event):
        if not _reaction_aim_guessable(event, here):
            return []
        pool = [c for c in pool if c in here.by_country and c not in here.hit_by_another]
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


def _reaction_aim_guessable(event: Event, here: _EventView) -> bool:
    """Whether a verbal reaction's empty aim may be guessed at all: said by a state or an organised
    party (not "farmers", "a company"); not a denial, which answers its accuser or no one; and not
    about an act whose owner the sentence names ("rejected the union demand", "opposed the western
    alliance's expansion", "condemned the move by critics"): the rules took that owner or refused it."""
    if event.source is None or (event.source.sector or "") in PRIVATE_SECTORS:
        return False
    trigger = here.trigger
    if trigger is None:
        return True
    if trigger.lemma_.lower() in DENIAL_LEMMAS:
        return False
    # "objected to language": an xcomp when misparsed
    objects = [c for c in children_of(trigger) if c.dep_ in ("dobj", "xcomp")]
    objects += [g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "to"
                for g in children_of(c) if g.dep_ == "pobj"]
    if any(obj.lemma_.lower() in TEXT_NOUNS for obj in objects):
        return False   # "objected to language that named Ethiopia": aimed at the drafters, not at who is named
    return not any(_names_an_owner(owner) for obj in objects for owner in children_of(obj))


def _names_an_owner(modifier: Token) -> bool:
    """A modifier of a reaction's object that names whose act it is: "the union('s) demand", "the
    move by critics"."""
    if modifier.dep_ in ("poss", "compound"):
        return modifier.pos_ in ("NOUN", "PROPN")
    return modifier.dep_ == "prep" and modifier.lower_ == "by"


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
    values.update({
        "side_is_target": target,
        "same_as_other_side": same_other,
        "same_as_other_symmetric": same_other * float(event.type in SYMMETRIC_TYPES),
        "main_country": float(bool(view.ranked) and view.ranked[0] == country),
        "second_country": float(len(view.ranked) > 1 and view.ranked[1] == country),
        "mention_share": view.counts.get(country, 0) / (view.total or 1),
        "in_first_sentence": float(country in view.first_sentence),
        "place_country": is_place,
        "place_only": float(not named),
        "previous_same_side": float(previous is not None and _country(getattr(previous, side)) == country),
        "previous_other_side": float(previous is not None and _country(getattr(previous, _other(side))) == country),
        "two_country_article": float(view.two_countries),
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
    if _sentence_count(doc) <= 1:
        return None   # told before the mentions are located: a one-sentence doc needs none of them
    return _doc_view(doc)


def _sentence_count(doc: Doc) -> int:
    """How many sentences ``doc`` has (0 for an empty doc)."""
    return sentence_number(doc[-1]) + 1 if len(doc) else 0


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
    # the doc's mentions are located only when some event has an empty side the model may fill
    view = _context_view(doc) if any(_guessable_side(e, model) for e in events) else None
    if view is None:
        return events   # nothing to fill, or no context beyond the sentence the rules already read
    return filled_events(events, side_candidates(doc, events, model, view), model)


# Acts two parties do side by side, never to each other ("soldiers and police withdrew"); joint
# statements and agreements ("Ethiopia and Somalia reaffirmed their commitment") are to each other.
SIDE_BY_SIDE_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "COERCE", "ASSAULT"})


def filled_events(events: Sequence[Event], candidates: Sequence[Sequence[Candidate]], model: SideModel) -> list[Event]:
    """``events`` filled from precomputed ``candidates`` (one list per event) where ``model`` is sure,
    leaving a side empty where the best candidate is the other side's own party, or, for a target, a
    party that does the same act beside the source ("soldiers and police withdrew": not from each other)."""
    partners: dict[int, set[str]] = {}
    for event in events:
        if event.source is not None and event.source.code:
            partners.setdefault(event.trigger.start, set()).add(event.source.code)
    return [_filled_unless_self(event, fill_choice(event, options, model), partners.get(event.trigger.start, set()))
            for event, options in zip(events, candidates)]


def _filled_unless_self(event: Event, best: Candidate | None, partners: set[str]) -> Event:
    if best is None or same_actor(best.actor, getattr(event, _other(best.side))) or _is_home_deployment(event, best):
        return event
    if best.side == "target" and event.type in SIDE_BY_SIDE_TYPES and best.actor.code in partners:
        return event
    return filled_event(event, best)


def _is_home_deployment(event: Event, best: Candidate) -> bool:
    """Forces moved inside their own country ("sent 1,000 more soldiers to the region") are aimed at
    no one: a MOBILIZE target of the source's own country is never filled (the gold leaves all such
    targets empty)."""
    return event.type == "MOBILIZE" and best.side == "target" and event.source is not None \
        and bool(event.source.country) and best.actor.country == event.source.country
