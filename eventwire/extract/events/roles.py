"""What the role finders share: the dependency labels of subjects, the event types whose roles
follow special paths, how to compare and coordinate actors, and the one way they ask the actors
module for the actor a token names.

``actor_for_token`` here looks the resolver up on ``eventwire.extract.events.component`` at each
call, so replacing ``component.actor_for_token`` at runtime (``eventwire.extract.actors.diagnose``
records the phrases the events component asks about that way) reaches every role finder.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.extract.actors.component import make_actor
from eventwire.extract.actors.constants import STATE_SECTORS as ACTOR_STATE_SECTORS
from eventwire.extract.actors.dictionary import load_dictionary
from eventwire.extract.actors.places import REGIONAL_CODES   # noqa: F401 - one list for both sides (CAF is a country)
from eventwire.models import Actor

if TYPE_CHECKING:
    from eventwire.extract.events.lexicon import Trigger

_COMPONENT_MODULE = "eventwire.extract.events.component"

SUBJECT_DEPS = {"nsubj", "csubj"}
# Triggers whose clausal complement is their content, not a second event: "threatened to shoot
# down" is a THREATEN, "urged X to act" a REQUEST, "refused to recognize" a REJECT. The complement
# lends its target to the governing event and is not coded on its own.
CONTENT_TAKING_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})
# Coercive measures: those against a party's property or trade fall on the owner ("banned Chinese
# apps"), and a warning may hold one over its addressee on a condition ("tariffs could rise if ...").
MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})
# Verbs of responding: their "to" object is the act a party answers ("responding to an incursion"), and
# with "retaliate" and "counter", their "with" object the measure it answers with ("responded with a ban").
RESPONSE_VERBS = frozenset({"respond", "react", "reply"})
ANSWER_VERBS = RESPONSE_VERBS | {"retaliate", "counter"}
# Machines a force acts with: "military aircraft bombed" is the military's act ("military delegations"
# are people, whom the resolver codes); "soldiers backed by armoured vehicles" are equipped, not supported.
FORCE_EQUIPMENT = frozenset({"aircraft", "plane", "jet", "warplane", "helicopter", "gunship", "warship", "ship",
                             "vessel", "boat", "tank", "vehicle", "truck", "artillery", "battery", "frigate",
                             "destroyer", "corvette", "submarine", "cutter", "carrier"})
# Event types whose participants act together: "X and Y agreed" is one event X -> Y, not two.
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Violent acts: whose parties a call for calm and a threat of force answer, and whose unnamed doer
# is never guessed (side_model).
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Types whose object is usually the source's own forces, not a target ("mobilized its troops").
SELF_DIRECTED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# Where a movement's target sits when the lexicon's paths find none: the country sent to, or left.
# ("sent warships around Taiwan", "extradited the suspects to the United States"; only a country counts).
DESTINATION_PREPOSITIONS = {"AID": frozenset({"to", "into"}), "COOPERATE": frozenset({"to"}),
                            "MOBILIZE": frozenset({"to", "into", "around", "near", "off", "toward", "towards"}),
                            "RETREAT": frozenset({"from", "of"})}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
# Entity types of a modifier that can name the owner of a thing ("Saudi oil facilities", "Hamas sites");
# a capitalised modifier the NER left untyped ("Houthi targets") counts too; a bare sector word
# ("militant targets") or a product name read as a person ("Patriot air defence system") does not.
NAMED_OWNER_TYPES = frozenset({"NORP", "GPE", "ORG"})
# Participles by which a nationality names a thing's owner or flag ("Greek-flagged tankers", "a
# British-owned ship"); "Iranian-made drones" names the maker, not the owner, and is not among them.
OWNERSHIP_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated"})
# Calls a verb of speaking to someone is done in ("apologised to Aliyev in a phone call": SourceFinder.caller,
# Readings.is_medium_of_its_verb).
CALL_NOUNS = frozenset({"call", "conversation", "videoconference"})
# Nouns of a span or a count of an act: "after ten days of talks", "three rounds of talks", "a series
# of strikes" (the event noun is their "of" object).
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "night", "round", "session", "series", "wave",
                        "spate"})
# Verbs of a journey whose "for" object is its purpose: "flew to Moscow for talks".
TRAVEL_VERBS = frozenset({"fly", "travel", "go", "come", "arrive", "head", "return", "leave", "land", "visit", "sail"})


def is_under_without(token: Token) -> bool:
    """The object of "without" ("ended without agreement", "fired without warning", "without consulting
    the unions"): what it names did not happen."""
    head = token.head
    return token.dep_ in ("pobj", "pcomp") and head.lower_ == "without" and head.i != token.i


def span_holder(noun: Token) -> Token | None:
    """"completed three days of combat drills", "held two rounds of talks": the span or count noun
    (``SPAN_NOUNS``) whose "of" object the event noun is, standing where the event noun would stand
    as a verb's object or a preposition's; None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    holder = prep.head
    return holder if holder.lemma_.lower() in SPAN_NOUNS else None


# Names of a group's one leader that the actor dictionary lists as sector words, not as titles.
LEADER_NOUNS = frozenset({"leader", "founder", "chief", "head", "deputy"})


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Nouns that name one office-holder: the actor dictionary's titles, and a leader's other names."""
    return frozenset(load_dictionary().titles) | LEADER_NOUNS


def actor_for_token(token: Token) -> Actor | None:
    """The actor ``token`` names, from the resolver that ``component.actor_for_token`` holds now."""
    return sys.modules[_COMPONENT_MODULE].actor_for_token(token)


def same_actor(actor: Actor | None, other: Actor | None) -> bool:
    """Both are the same country-coded actor ("Sudan" and "its ambassador" are both SDN GOV)."""
    return actor is not None and other is not None and bool(actor.country) and actor.code == other.code


# A state's organs, and the domestic parties that fight or defy them: an act of one side answered by
# the other ("Petro called the ELN's attack a war crime") is aimed across the divide, though both
# sides share a country code.
STATE_SECTORS = frozenset(ACTOR_STATE_SECTORS)
CHALLENGER_SECTORS = frozenset({"REB", "CRM", "OPP", "SEP"})


def is_other_side(actor: Actor, responder: Actor | None, across: bool = False) -> bool:
    """``actor`` can be what ``responder`` answers: of another country (or the responder has none),
    or, when ``across``, of the same country across the line between the state and its armed or
    political challengers (a government and rebels, a gang, the opposition, separatists)."""
    if responder is None or not responder.country or actor.country != responder.country:
        return True
    sectors = {actor.sector, responder.sector}
    if across and sectors == {"GOV", "LEG"}:
        return True   # "Republican senators criticised the tariffs": a legislature answers its executive
    return across and bool(sectors & STATE_SECTORS) and bool(sectors & CHALLENGER_SECTORS)


def conjunct_chain(token: Token) -> list[Token]:
    """The tokens coordinated with ``token``: "Spain, Ireland and Norway" from "Spain"."""
    chain, frontier = [], [token]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if is_subject_read_as_conjunct(child):
                continue   # "... to the government and France offered help": France offers
            if child.dep_ == "conj" or is_listed_apposition(node, child):
                chain.append(child)
                frontier.append(child)
    return chain


# Verbs of dismissing an office-holder, coded COERCE (cameo 172) by the lexicon.
DISMISSING_VERBS = frozenset({"dismiss", "sack"})


def is_dismissal(token: Token, trigger: Trigger) -> bool:
    """"Mubarak said he had dismissed the government": a dismissal, the one act a party does to its
    own kind (a government to its government), so its two sides are kept when they share a code."""
    return trigger.type == "COERCE" and trigger.cameo == "172" and token.lemma_.lower() in DISMISSING_VERBS


def is_subject_read_as_conjunct(noun: Token) -> bool:
    """"Libya lent aircraft to the government and France offered help": a name right after "and" that
    the parser coordinates with the phrase before it, right before a coordinated finite verb with no
    subject of its own, is that verb's subject."""
    return misread_subject(noun.doc[noun.i + 1]) == noun if noun.dep_ == "conj" and noun.i + 1 < len(noun.doc) else False


def misread_subject(verb: Token) -> Token | None:
    """The subject of a coordinated finite verb that the parser read as a conjunct of the phrase
    before ("... to the government and France offered help" -> France); None when there is none."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ != "PROPN" or noun.left_edge.i < 1 or noun.doc[noun.left_edge.i - 1].lower_ != "and":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS:
        return None   # "clashes in Syria and Iraq condemned ...": a list of places
    return noun


# Prepositions of place: a list of names after one is a list of places, not of parties. Narrower than
# the actors' ``constants.PLACE_PREPOSITIONS``, which also has "between", "from", "into" and "via":
# a list after "between" or "from" names parties ("talks between Sudan and Egypt").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "around", "inside", "within", "throughout", "along"})


# Entity labels of names a list of parties is made of ("Mali, Burkina Faso and Niger").
LISTED_NAME_LABELS = frozenset({"GPE", "ORG", "NORP"})


def is_listed_apposition(node: Token, child: Token) -> bool:
    """"Mali, Burkina Faso and Niger": the small model reads the second name of a list as an
    apposition of the first (with the rest coordinated under it). True for an apposed name, of a
    named party, that opens a coordination of its own."""
    return (child.dep_ == "appos" and child.ent_type_ in LISTED_NAME_LABELS and node.ent_type_ in LISTED_NAME_LABELS
            and any(c.dep_ == "conj" for c in child.children))


def is_reduced_participle(verb: Token) -> bool:
    """A past participle describing the noun before it with no "by" agent ("soldiers captured in the
    war", "the towns shelled overnight"): the noun is what the act is done to. Not one with a
    direct object of its own: "air strikes killed 20 people" is an active clause the parser read as
    a reduced relative ("strikes [that were] killed ...")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "aux", "auxpass", "dobj") for c in verb.children)


STATE_NAME_KINDS = frozenset({"country", "capital"})


def state_named_by(token: Token) -> Actor | None:
    """The country a country or capital name stands for, read from the actor dictionary when the
    resolver gave ``token`` no actor of its own (it sits inside a longer mention: "officials from
    Beijing and Manila" is one mention, so "Manila" has none); None for any other word."""
    span = None
    if token.ent_type_ == "GPE":   # every word of an entity carries its label: only then is there one to find
        span = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end and ent.label_ == "GPE"), None)
    return state_of_name(span.text if span is not None else token.text, token.text)


def state_of_name(surface: str, text: str) -> Actor | None:
    """The country the place name ``surface`` stands for (a country or capital in the actor
    dictionary, one country only), as an actor named by ``text``; None for any other name."""
    if surface.lower().startswith("the "):
        surface = surface[4:]
    entries = [e for e in load_dictionary().names.get(surface, ()) if e.kind in STATE_NAME_KINDS and e.country]
    if len({e.country for e in entries}) != 1:
        return None
    return make_actor(entries[0].country, text, entries[0].country, None)
