"""Readings of a matched trigger that are no event of their own: the content of another trigger
("threatened to strike"), an accused act, a protest that is a motive, a speaker's aside, a
forecast, an embedded question, a refusal to comment, a trip for talks, a sports result, and the
complements of denials."""
from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.extract.extensions import doc_text, may_match, phrase_word_sets, sentence_of
from eventwire.extract.events.lexicon import Lexicon, Trigger, quad_class
from eventwire.extract.events.roles import (CALL_NOUNS, CONTENT_TAKING_TYPES, FORCE_EQUIPMENT, MEASURE_TYPES,
                                            PASSIVE_SUBJECT_DEPS, STATE_SECTORS, SUBJECT_DEPS, TRAVEL_VERBS,
                                            actor_for_token, is_under_without, span_holder)
from eventwire.extract.events.casualties import is_left_state
from eventwire.extract.events.state import CoderState, kept_per_token
from eventwire.extract.events.triggers import (CONTINUING_VERBS, MISTAGGED_DENIALS, YIELDING_TYPES, children_of,
                                               contact_clause_antecedent, is_infinitive, is_trailing_to_clause,
                                               makers_on_content, measure_of, measured_nouns, mediating_prefix,
                                               names_a_country)
from eventwire.models import Actor, Event

# Verbs of naming: with the object "what" ("over what it called the persecution of ...") they only
# label the thing a sentence is about (Readings.is_label_of_a_free_relative).
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})

# Reflexive pronouns: an act on oneself involves no other party.
# Subjects that name both partners of a talk: "the two sides discussed", "both leaders spoke".
PARTNER_SUBJECTS = frozenset({"both", "side", "party", "delegation", "leader", "counterpart", "minister", "envoy",
                              "negotiator", "government", "country", "nation"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "ourselves", "myself", "yourself", "yourselves"})

# Types whose complement, however deep, is what they ask for or warn of (not an event of its own).
DEMAND_TYPES = frozenset({"REQUEST", "THREATEN"})
# Dependencies walked up from a trigger to the request it may be the content of, and how far.
CONTENT_PATH_DEPS = frozenset({"xcomp", "ccomp", "pobj", "prep", "pcomp", "relcl", "dobj", "amod", "acl", "conj"})
CONTENT_DEPTH = 4
# Verbs that end, ease or suspend a standing measure named by their object ("lifted its suspension").
# Material acts that an infinitive of purpose or an exercise only intends or acts out.
PURPOSE_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "SUPPORT", "COOPERATE", "MOBILIZE", "RETREAT", "SANCTION"})
# Verbs and modifiers of acting an operation out: "rehearsed blockading", "simulating a strike", "a mock attack".
REHEARSAL_WORDS = frozenset({"rehearse", "simulate", "practise", "practice", "mock", "simulated", "rehearsed"})
# Verbs of fighting off another side's attack: "repelled a rebel offensive" is the rebels' offensive and
# the repelling, two acts, not one act told by a verb and its object.
REPELLING_VERBS = frozenset({"repel", "repulse"})
# How many words before a denial ", a charge X has always denied" may open.
CHARGE_APPOSITION_SPAN = 6
# Prepositions of place and time, whose object sets an act rather than being part of it.
SETTING_PREPOSITIONS = frozenset({"at", "in", "during", "on", "after", "before"})
# Prepositions that set a request's scene and never name what it asks for ("on" does: "insist on").
SCENE_PREPOSITIONS = frozenset({"at", "in", "during", "after", "before", "amid", "while"})
# Types of a promise whose infinitive content is no event of its own ("agreed to launch joint patrols").
PROMISE_TYPES = frozenset({"AGREE"})
# Tags of a finite verb in the past or present tense ("offered", "offers"); a bare infinitive is "VB".
FINITE_TAGS = frozenset({"VBD", "VBZ"})
MEASURE_ENDING_TYPES = frozenset({"CONCEDE", "SANCTION", "RETREAT"})
# Common nouns of places and positions: a clause on them tells what happened there (news), not a
# thing's history.
PLACE_NOUNS = frozenset({"town", "city", "village", "area", "region", "district", "province", "position", "post",
                         "outpost", "base", "camp", "border", "crossing", "territory", "zone", "port", "airport",
                         "embassy", "consulate", "building", "house", "home", "school", "hospital", "market",
                         "neighbourhood", "neighborhood", "street", "square", "road", "bridge", "island", "coast"})


# Entity types whose names may hold an event noun that names a body or scheme, not an act.
NAME_ENTITY_TYPES = frozenset({"ORG", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})
# Free-choice pronouns: an act whose doer is one of them is a rule or a warning about anyone, not an act.
GENERIC_DOERS = frozenset({"anyone", "anybody", "whoever", "whomever", "everyone", "everybody"})
# Statement types whose past participle, hung on a noun with no doer of its own, describes that noun's
# people ("teachers opposed to the use of French", "officials briefed on the talks").
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "CONSULT", "SUPPORT"})


def governed_by_other_verb(token: Token, verb: Token) -> bool:
    """Whether a verb other than ``verb`` stands between ``token`` and ``verb`` on its head path."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ == "VERB":
            return True
        node = node.head
    return False


def is_gerund_read_as_adverbial(token: Token) -> bool:
    """"ruled out pulling troops out of the region": a gerund right after its verb (or the verb's
    particle) that the small model reads as an adverbial clause is the verb's object."""
    head = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i <= head.i:
        return False
    between = token.doc[head.i + 1: token.i]
    return all(t.dep_ == "prt" and t.head.i == head.i for t in between)


@dataclass(frozen=True)
class ReadingScope:
    """The triggers a reading can hold for, as its opening guard declares them: a reading returns
    False, with no side effect, on any trigger its scope does not admit. ``types`` (or the
    ``rules.yaml`` list named by ``rule_types``) limits the trigger's type, ``pos`` its part of
    speech ("verb", "noun"), ``not_types`` excludes types; an empty scope admits every trigger."""

    types: frozenset[str] | None = None
    rule_types: str | None = None
    pos: str | None = None
    not_types: frozenset[str] = frozenset()

    def admits(self, kind: str, pos: str, lexicon: Lexicon) -> bool:
        """Whether a trigger of type ``kind`` and part of speech ``pos`` may make the reading hold."""
        if self.pos is not None and pos != self.pos:
            return False
        if kind in self.not_types or (self.types is not None and kind not in self.types):
            return False
        return self.rule_types is None or kind.lower() in lexicon.lower_words(self.rule_types)


# Nouns of staying in touch ("in contact with"), and the verbs that keep or make such contact.
CONTACT_NOUNS = frozenset({"contact", "touch"})
CONTACT_KEEPING_VERBS = frozenset({"maintain", "keep", "establish", "make", "resume", "restore"})


# The readings ``is_not_an_event`` tries, in the order they are defined in ``Readings``: each one's
# ``@reading`` decorator declares its scope and registers it here, so a reading cannot be added or
# widened without its scope in view (tests/test_events_speed_index.py checks on the gold that no
# reading holds outside its scope).
_DECLARED: list[tuple[str, ReadingScope, bool]] = []
# Each declared reading's function, called as ``function(coder, token[, trigger])`` (a static reading
# is wrapped to drop the coder): ``is_not_an_event`` calls them directly, with no bound method made
# per trigger and reading.
_FUNCTIONS: dict[str, Callable[..., bool]] = {}


def reading(*types: str, pos: str | None = None, rule_types: str | None = None,
            not_types: tuple[str, ...] = ()):
    """Declare a method of ``Readings`` as a reading ``is_not_an_event`` tries, with its scope: the
    trigger types it can hold for (none given: any type), or the ``rules.yaml`` list of types named
    by ``rule_types``, the trigger's part of speech ``pos`` ("verb", "noun"), and types excluded by
    ``not_types``. A reading whose signature has no ``trigger`` is called with the token alone.
    Stack it above ``@staticmethod`` where the reading is one."""
    scope = ReadingScope(frozenset(types) if types else None, rule_types, pos, frozenset(not_types))

    def register(method):
        function = getattr(method, "__func__", method)
        takes_trigger = "trigger" in inspect.signature(function).parameters
        _DECLARED.append((function.__name__, scope, takes_trigger))
        _FUNCTIONS[function.__name__] = function if function is method else _without_coder(function)
        return method
    return register


def _without_coder(function: Callable[..., bool]) -> Callable[..., bool]:
    """A static reading called like the others, with the coder first (and dropped)."""
    return lambda _coder, *arguments: function(*arguments)


def is_postponed_infinitive(clause: Token) -> bool:
    """"offered on Tuesday to host talks", "threatened last week to cut aid": a subject-control
    complement hung as an adverbial clause (``is_trailing_to_clause``) after a phrase between it and
    its verb (the verb's complement, as without the phrase)."""
    return clause.pos_ == "VERB" and is_trailing_to_clause(clause) \
        and any(t.dep_ in ("prep", "npadvmod") for t in clause.doc[clause.head.i + 1: clause.i])


def is_named_doer(child: Token) -> bool:
    """A child of a clause that names who does its act: a subject other than the relative pronoun
    ("that", "which", "who"), or a "by" agent."""
    if child.dep_ == "agent":
        return True
    return child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in ("WDT", "WP")


def is_same_side(author: Actor, doer: Actor) -> bool:
    """Whether a warning's author and the doer its clause names are one side: the same country, or
    two state bodies neither of which names a country ("the interior minister warned that police
    would act firmly")."""
    if author.country and doer.country:
        return author.country == doer.country
    return not (author.country or doer.country) and author.sector in STATE_SECTORS \
        and doer.sector in STATE_SECTORS


# Verbs whose subject receives the answer a warning names ("would pay a price", "would face a response",
# "would be met with force").
RECEIVING_VERBS = frozenset({"pay", "face", "meet", "suffer", "receive", "regret", "bear"})
# Parties a warning can promise an answer to ("India would pay a heavy price").
STATE_OR_ARMED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB"})
# Authors who can carry out what they warn of: states, their forces and media, armed groups (and a
# country's people or press named by nationality only: "Iranian news agencies").
TARGETING_SECTORS = STATE_OR_ARMED_SECTORS | {"MED"}


def can_carry_out(author: Actor) -> bool:
    """Whether the author of a warning can carry out what it warns of (``TARGETING_SECTORS``, or a
    country's press or people named by nationality only): not analysts, rights groups or a court."""
    return author.sector in TARGETING_SECTORS or (author.sector is None and bool(author.country))


def names_a_target(clause: Token) -> bool:
    """"warned that the kingdom could be the next target", "said Kyiv would be a legitimate target": a
    clause that makes its subject a target (a predicate noun ``target``) with no one else's name on it
    (not "Russia's next target", "a target of Russian hackers", "a target for sabotage") names whom the
    author's warning is aimed at."""
    return any(c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() in ("target", "targets")
               and not any(g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ in ("of", "for", "by"))
                           for g in children_of(c))
               for c in children_of(clause))


class Readings(CoderState):
    """Tests that a matched token is not an event of its own sentence."""

    def is_content_of_trigger(self, token: Token) -> bool:
        """The complement of a content-taking trigger ("threatened to strike"), or a noun that
        restates its verb's event ("held talks", "launched an attack on", "agreed to a ceasefire")."""
        head = token.head
        if self.is_threatened_measure(token):
            return True   # "warned that tariffs could rise if ...": the measure is the threat's content
        if self.is_spanned_object(token) or self.is_medium_of_its_verb(token):
            return True   # "held another round of talks", "discussed it with Starmer in a phone call": one event
        if self.is_measured_sense_object(token):
            return True   # "launched dozens of drone attacks": the attacks are the launching
        if self.is_measure_of_its_act(token):
            return True   # "a package of aid": the aid is the event
        if self.is_content_of_offer_noun(token):
            return True   # "an offer of round-table talks from Yanukovych": the talks are offered, not held
        if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in self.triggers and head.head.i != head.i:
            verb = head.head   # "agreed to a ceasefire": the noun names the verb's own event
            return (self.triggers[verb.i].type == self.triggers[token.i].type and self.triggers[verb.i].pos == "verb"
                    and head.lower_ == (self.triggers[verb.i].particle or "") and not has_own_parties(token))
        if self.restates_an_attack(token):
            return True
        if self.is_continued_content(token):
            return True   # "vowed on Sunday to keep fighting the army": the fighting is the vow's content
        if is_left_state(token):
            return True   # "beat demonstrators, leaving ten people injured": a count, not an attack of its own
        if head.i == token.i or head.i not in self.triggers:
            return False
        governing = self.triggers[head.i]
        if token.dep_ == "dobj" and self.is_offered_act(head):
            return True   # "offered to host talks between X and Y": the talks are offered, not held
        if self.is_sense_object(token, governing):
            return True   # "lodged a protest", "suspended aid": the object that made the verb's sense is its event
        if self.is_refused_talks(token, governing):
            return True   # "ruled out any talks with Kyiv": talks refused are not held
        if self.is_casualty_participle(token) and governing.type in ("ASSAULT", "COERCE"):
            return True   # "shelled the positions, killing two soldiers": the count belongs to the shelling
        if self.is_participle_clause(token) and governing.type == self.triggers[token.i].type:
            return True   # "marched through Khartoum, chanting slogans": one protest, not two
        if token.dep_ in ("xcomp", "ccomp") and token.pos_ == "VERB" and governing.type == "MOBILIZE" \
                and head.lemma_.lower() in self.rule_words("command_verbs"):
            return True   # "ordered the army to help police": the commanded act is the order's content
        if is_postponed_infinitive(token) and governing.type in CONTENT_TAKING_TYPES - {"REQUEST"} and governing.pos == "verb":
            return True   # "offered on Tuesday to host talks": the parser's adverbial clause is the offer's content
        complement = token.dep_ in ("xcomp", "ccomp") or is_gerund_read_as_adverbial(token)
        if complement and token.pos_ == "VERB" and governing.type in CONTENT_TAKING_TYPES:
            if token.i < head.i and self.is_denied_charge(head):
                return False   # "X accused Y of ..., a charge Z denied": the accusation comes first
            return (not self.is_withheld_judgement(token) and not self.is_forecast_governor(head, governing)
                    and contact_clause_antecedent(token) is None)
        return (token.dep_ == "dobj" and token.pos_ == "NOUN" and self.triggers[token.i].type == governing.type
                and not has_own_parties(token) and head.lemma_.lower() not in REPELLING_VERBS)

    def is_continued_content(self, token: Token) -> bool:
        """The gerund of a verb of going on ("keep fighting", "continue shelling") that is itself the
        complement of a content-taking trigger ("vowed to keep fighting")."""
        keep = token.head
        if token.dep_ != "xcomp" or token.tag_ != "VBG" or keep.lemma_.lower() not in CONTINUING_VERBS:
            return False
        governor = keep.head
        if governor.i == keep.i or governor.i not in self.triggers:
            return False
        complement = keep.dep_ in ("xcomp", "ccomp") or is_postponed_infinitive(keep)
        return complement and self.triggers[governor.i].type in CONTENT_TAKING_TYPES

    def is_spanned_object(self, noun: Token) -> bool:
        """"held another round of talks", "three days of talks ended": a trigger noun counted out by a
        span noun (``SPAN_NOUNS``) that is the direct object of a trigger verb of the same type."""
        span = span_holder(noun)
        if span is None or span.dep_ != "dobj":
            return False
        if has_own_parties(noun) or any(mediating_prefix(c) is not None for c in children_of(noun)):
            return False   # "hosted rounds of talks between X and Y", "rounds of US-brokered talks": events of their own
        verb = self.triggers.get(span.head.i)
        return verb is not None and verb.pos == "verb" and verb.type == self.triggers[noun.i].type

    def is_medium_of_its_verb(self, noun: Token) -> bool:
        """"Zelensky discussed the operation with Starmer in a phone call", "spoke during a video
        call": a call (``CALL_NOUNS``) that a consultation verb was done in or during is that verb's
        event told again (a call naming its own parties is not: "spoke during a call between X and Y")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "by", "over", "on") or has_own_parties(noun):
            return False
        if noun.lemma_.lower() not in CALL_NOUNS:
            return False   # "met Putin during his visit to Moscow": the visit is an event of its own
        verb = self.triggers.get(prep.head.i)
        return (verb is not None and verb.pos == "verb" and prep.head.i != prep.i
                and verb.type == "CONSULT" == self.triggers[noun.i].type)

    def is_sense_object(self, noun: Token, governing: Trigger) -> bool:
        """"lodged a protest", "considering fresh sanctions", "ready to attend talks": a trigger noun that
        is the object a verb's lexicon entry asks for names that verb's event, when it names no maker of
        its own ("rejected a US request" also tells the request) and is no yielding act agreed to ("signed
        a ceasefire" is the ceasefire, as the gold codes it)."""
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or governing.pos != "verb" or governing.type == "REJECT":
            return False
        if noun.lemma_.lower() not in governing.objects or names_its_maker(noun, pronoun_owner=False):
            return False
        own = self.triggers.get(noun.i)
        return not (governing.type == "AGREE" and own is not None and own.type in YIELDING_TYPES)

    def is_measure_of_its_act(self, noun: Token) -> bool:
        """"a package of military aid for Kyiv": a measuring noun coded as an act ("package" as AID) whose
        "of" object is an act of the same type is that act, which carries the parties ("for Kyiv")."""
        if carries_recipient(noun):
            return False   # "a package of aid for Haiti": the package carries the parties, the aid is its content
        return any(self.is_act_measured_by_its_kind(noun, act)
                   for act in measured_nouns([noun], self.lexicon.lower_words("quantity_nouns")))

    def is_act_measured_by_its_kind(self, measure: Token, act: Token) -> bool:
        """A measuring noun coded as an act noun of the same type as the act noun it measures ("a package of
        aid"): one act, told twice."""
        held, own = self.triggers.get(measure.i), self.triggers.get(act.i)
        return held is not None and own is not None and held.pos == "noun" and held.type == own.type

    def is_content_of_offer_noun(self, noun: Token) -> bool:
        """"an offer of talks", "a call for the release of the hostages": the "of"/"for" object of an
        offer or demand noun coded as one is what is offered or asked, not an act done."""
        head = noun.head
        if noun.dep_ != "pobj" or head.lower_ not in ("of", "for") or head.head.i not in self.triggers:
            return False
        holder = self.triggers[head.head.i]
        return holder.pos == "noun" and holder.type in ("AGREE", "REQUEST")

    def is_measured_sense_object(self, noun: Token) -> bool:
        """"launched dozens of drone attacks", "imposed a new package of sanctions": a trigger noun
        measured by the object of a verb (rules.yaml ``quantity_nouns``) is that object, for
        ``is_sense_object``."""
        measure = measure_of(noun, self.lexicon.lower_words("quantity_nouns"))
        if measure is None:
            return False
        if self.is_act_measured_by_its_kind(measure, noun) and carries_recipient(measure):
            return True   # "unveiled a package of aid for Haiti": the package is the event
        own = self.triggers.get(noun.i)
        if measure.dep_ != "dobj" or measure.head.i not in self.triggers:
            return False
        governing = self.triggers[measure.head.i]
        if governing.pos != "verb" or governing.type == "REJECT":
            return False
        if own is not None and own.type == governing.type:
            return True   # "launched hundreds of artillery strikes": an attack noun under an attack verb
        return noun.lemma_.lower() in governing.objects and not names_its_maker(noun, pronoun_owner=False)

    def is_refused_talks(self, noun: Token, governing: Trigger) -> bool:
        """"Moscow ruled out any talks with Kyiv", "rejected negotiations": talks that are the direct
        object of a refusal are its content, never held (a request or proposal refused still tells the
        request, ``is_sense_object``)."""
        own = self.triggers.get(noun.i)
        return (noun.dep_ == "dobj" and noun.pos_ == "NOUN" and governing.type == "REJECT"
                and own is not None and own.type == "CONSULT")

    def restates_an_attack(self, token: Token) -> bool:
        """"hit four air bases with drones launched from trucks, damaging or destroying 41 aircraft": a
        participle on the attack's instrument ("with" drones launched) or the conjunct of its outcome
        clause, of the attack's own type, tells the same attack again."""
        head = token.head
        if token.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "with":
            governor = head.head.head
        elif token.dep_ == "conj" and self.is_participle_clause(head):
            governor = head.head
        else:
            return False
        found, own = self.triggers.get(governor.i), self.triggers.get(token.i)
        return governor.i != token.i and found is not None and own is not None and found.type == own.type == "ASSAULT"

    def is_offered_act(self, verb: Token) -> bool:
        """The act an offer or proposal (an AGREE verb: "offered to host", "proposed to hold") puts forward."""
        offer = verb.head
        if offer.i == verb.i or offer.i not in self.triggers or self.triggers[offer.i].type != "AGREE":
            return False
        if offer.lemma_.lower() not in ("offer", "propose"):
            return False
        return verb.dep_ == "xcomp" or is_postponed_infinitive(verb)

    def is_not_an_event(self, token: Token, trigger: Trigger) -> bool:
        """Senses a lexicon entry cannot rule out by its object alone: the act an accusation
        charges someone with, a protest that is another act's motive, a speaker's aside, a
        forecast, a refusal to comment, and the other readings of ``READINGS``. Only the readings
        whose declared scope admits the trigger's type and part of speech are tried (the
        component's ``ReadingIndex``), in ``READINGS`` order: the others return False on it."""
        for reading, takes_trigger in self.component.readings.functions_for(trigger):
            if reading(self, token, trigger) if takes_trigger else reading(self, token):
                return True
        return False

    def fired_readings(self, token: Token, trigger: Trigger,
                       readings: Iterable[tuple[str, bool]] = ()) -> tuple[str, ...]:
        """The names of the readings that hold for ``token`` as ``trigger``, trying every one of
        ``readings`` (default: all of ``READINGS``, whatever their scope); for checking the index."""
        tried = readings or [(name, name not in TOKEN_ONLY_READINGS) for name, _ in READINGS]
        return tuple(name for name, takes_trigger in tried
                     if (getattr(self, name)(token, trigger) if takes_trigger else getattr(self, name)(token)))

    @reading(rule_types="crime_types")
    def is_common_crime(self, token: Token, trigger: Trigger) -> bool:
        """"A teenager was stabbed outside a nightclub", "police arrested two burglars": an attack or
        arrest in crime reporting (``crime_words`` in its sentence, or in two sentences of the doc)
        whose named parties are all private people, police or courts is no political event. A
        party of any other sector ("police arrested the opposition leader") keeps it."""
        if trigger.type.lower() not in self.rule_words("crime_types") or not self.in_crime_report(token):
            return False
        if self.in_unrest_sentence(token):
            return False   # "police killed 14 people during riots by his supporters": unrest, not crime
        if trigger.type == "ACCUSE" and not trigger.cameo.startswith(CHARGE_CAMEO_PREFIXES):
            return False   # "judges condemned the misconduct": a judgement, not a charge laid
        allowed = self.rule_words("crime_party_sectors")
        exempt = self.lexicon.lower_words("crime_exempt_parties")
        parties = event_parties(token)
        if trigger.type == "ACCUSE":
            if any(self.is_state_agent(p) for p in parties if p.dep_ in ("dobj", "pobj")):
                return False   # "accusing police of brutality": a complaint against the state's agents
            parties += [g for c in children_of(token) if c.dep_ == "ccomp"
                        for g in children_of(c) if g.dep_ in SUBJECT_DEPS]
        for party in parties:
            if party.lemma_.lower() in exempt:
                return False
            actor = actor_for_token(party)
            if actor is not None and not self.is_private_party(party, actor, allowed):
                return False
        return not self.has_public_doer(token, trigger, allowed)

    def in_unrest_sentence(self, token: Token) -> bool:
        """The token's sentence holds a protest trigger ("during riots by Sonko's supporters") or names
        a protest crowd (``protest_crowds``: "fired tear gas and beat protesters, ... arrested for acts
        of vandalism"): an attack or arrest told with it is the state's answer to unrest, whatever
        crime words it names."""
        sentence = sentence_of(token)
        if any(sentence.start <= i < sentence.end and found.type == "PROTEST" and i != token.i
               for i, found in self.triggers.items()):
            return True
        crowds = self.lexicon.lower_words("protest_crowds")
        return any(t.lemma_.lower() in crowds for t in sentence)

    def has_public_doer(self, token: Token, trigger: Trigger, allowed: frozenset[str]) -> bool:
        """"accused soldiers of torturing young men", "responded by declaring a state of emergency": a
        verb with no subject of its own takes its doer from the clause it hangs on (the accused, the
        governing subject); a doer of a sector outside ``allowed`` (army, government) makes the act
        political."""
        if trigger.pos != "verb" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in children_of(token)):
            return False
        doer = self.inherited_subject(token)
        return doer is not None and bool(doer.sector) and doer.sector.lower() not in allowed

    @staticmethod
    def is_state_agent(party: Token) -> bool:
        """The party is the police, a court or another arm of the state (a charge against it is political)."""
        actor = actor_for_token(party)
        return bool(actor and (actor.sector or "").upper() in ("COP", "JUD", "GOV", "MIL", "SPY"))

    @staticmethod
    def is_private_party(party: Token, actor: Actor, allowed: frozenset[str]) -> bool:
        """The actor's sector is a private one, or it has none and its words name no country or
        people ("the suspects" coded with only a country is a private party; "Russia" is not)."""
        if actor.sector:
            return actor.sector.lower() in allowed
        return party.ent_type_ not in ("GPE", "NORP", "LOC") and not names_a_country(party)

    @reading(not_types=("AGREE",))
    @staticmethod
    def is_manner_without(token: Token) -> bool:
        """"opened fire without warning", "raised prices without consulting the unions": a trigger
        under "without" tells how something was done; no warning or consultation took place. (Talks
        that "ended without agreement" keep their negated agreement, as the gold codes it: ``is_lacked``.)"""
        return is_under_without(token)

    @reading("MOBILIZE", pos="verb")
    def is_casualty_count(self, token: Token, trigger: Trigger) -> bool:
        """"The ambush raised the number of soldiers killed this year to 40": troops counted with a
        casualty participle are the dead or wounded, no deployment."""
        casualties = self.words["casualty_verbs"]
        return trigger.type == "MOBILIZE" and any(
            t.dep_ in ("acl", "relcl") and (t.lemma_.lower() in casualties or t.lemma_.lower() == "die")
            for c in children_of(token) if c.dep_ == "dobj" for t in c.subtree)

    @reading("CONSULT", pos="verb")
    def is_met_with_answer(self, token: Token, trigger: Trigger) -> bool:
        """"The protesters were met with force by riot police", "any attack would be met with a
        heavier blow": a passive "met with" something that is no party is an answer, not a meeting
        ("the president was met with the force commander" names one)."""
        if token.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in children_of(token)):
            return False
        partners = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with"
                    for g in children_of(c) if g.dep_ == "pobj"]
        return bool(partners) and all(actor_for_token(g) is None for g in partners)

    @reading()
    def is_habitual(self, token: Token, trigger: Trigger) -> bool:
        """"Algeria traditionally opposes any Western presence", "making frequent visits", "we have
        defended, on a daily basis, the rights of ...": an act told with a habitual adverb, a noun
        with a habitual adjective, or an act "on a daily basis" is a standing pattern, no one event."""
        # each word list is read only for a child of its kind (most triggers have none)
        for child in children_of(token):
            dep = child.dep_
            if dep == "advmod" and child.lower_ in self.rule_words("habitual_adverbs"):
                return True
            if dep == "amod" and trigger.pos == "noun" and child.lower_ in self.rule_words("habitual_adjectives"):
                return True
            if dep == "prep" and child.lower_ == "on" and any(
                    g.lemma_.lower() == "basis" and any(a.lower_ in self.rule_words("habitual_bases")
                                                        for a in children_of(g))
                    for g in children_of(child) if g.dep_ == "pobj"):
                return True
        return self.is_count_of_times(token)

    def is_count_of_times(self, token: Token) -> bool:
        """"He has been arrested more than a dozen times", "deployed numerous times", "Three times,
        doctors were killed": a count of three or more times (``repeat_counts``, or a number) on the act
        sums up a record, unless the act is dated to one day ("struck Gaza three times on Monday")."""
        counts = [g for c in children_of(token) if c.lower_ == "times" and c.dep_ in ("npadvmod", "dobj", "advmod")
                  for g in children_of(c) if g.dep_ in ("nummod", "amod")]
        if not any(self.is_many(g) for g in counts):
            return False
        days = self.rule_words("single_day_words")
        dated = [g for c in children_of(token) for g in (c, *children_of(c)) if g.ent_type_ == "DATE"]
        return not any(t.lower_ in days for g in dated for t in g.subtree)

    def is_many(self, count: Token) -> bool:
        """``count`` says three or more: a repeat word ("numerous", "a dozen") or a number of 3 up."""
        if count.lower_ in self.rule_words("repeat_counts"):
            return True
        value = (self.lexicon.rules.get("number_words") or {}).get(count.lower_)
        if value is None and count.text.isdigit():
            value = int(count.text)
        return value is not None and value >= 3

    @reading(pos="verb")
    def is_standing_relation(self, token: Token, trigger: Trigger) -> bool:
        """"Tunisian authorities oppose the presence of foreign organisations", "the charity supports
        people affected by cancer": a stance or service verb (``standing_verbs``) in the plain present,
        with no auxiliary, outside the first sentence, a quotation or reported speech, describes a
        standing relationship rather than telling a new act; so does a relative clause in the plain
        present passive ("the SDF, which is backed by the United States")."""
        if trigger.pos != "verb" or token.lemma_.lower() not in self.rule_words("standing_verbs") or token.sent.start == 0:
            return False
        if is_present_passive_description(token):
            return True   # "the SDF, which is backed by the United States, said ...": who backs the group
        if token.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(token)):
            return False
        if token.dep_ in ("ccomp", "xcomp", "advcl", "conj") and token.head.i != token.i:
            return False   # "said it supports the plan": a stated position is a statement
        return not any(t.text in QUOTE_MARKS for t in token.sent)

    @reading(pos="verb")
    @staticmethod
    def is_label_of_a_free_relative(token: Token) -> bool:
        """"sanctions over what it called the persecution of opponents", "in what Iran called
        retaliation": a verb of naming whose object is "what" only tells how its subject names the
        thing the sentence is about; it accuses no one (the study gold codes none of 41 such verbs).
        "Moscow called the move a provocation" names an object of its own and is still coded."""
        return token.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ == "what"
                                                            for c in children_of(token))

    @reading("SUPPORT")
    def is_private_vote(self, token: Token, trigger: Trigger) -> bool:
        """"I voted for Modi last time", "immigrants won't vote for Republicans": a ballot cast by a
        speaker in the first person singular or by voters at large is no party's act of support."""
        if trigger.type != "SUPPORT" or token.lemma_.lower() != "vote":
            return False
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        voters = self.rule_words("private_voters")
        return bool(subjects) and all(s.lower_ in voters or s.lemma_.lower() in voters for s in subjects)

    @reading("REQUEST")
    def is_public_appeal(self, token: Token, trigger: Trigger) -> bool:
        """"Police are asking for your help in finding the puppies", "appealed to the public for
        witnesses": a request to readers, the public or witnesses is an appeal, no one's demand on
        a party."""
        if trigger.type != "REQUEST":
            return False
        addressees = self.rule_words("public_addressees")
        for child in children_of(token):
            nouns = [child] if child.dep_ in ("dobj", "dative") else [
                g for g in children_of(child) if g.dep_ == "pobj"] if child.dep_ == "prep" else []
            for noun in nouns:
                if noun.lower_ in addressees or any(c.dep_ == "poss" and c.lower_ == "your" for c in children_of(noun)):
                    return True
        return False

    @reading("REQUEST", pos="verb")
    def is_travel_advice(self, token: Token, trigger: Trigger) -> bool:
        """"The U.S. embassy urged American citizens to leave Mali", "China urged its citizens to avoid
        travel to Japan": a state's advice to its own people (``travel_advice_addressees`` of no other
        country than the adviser's) to leave, avoid or stay (``travel_advice_moves``) is a consular
        notice, not a demand on any party (the gold codes none of these)."""
        addressees = [c for c in children_of(token) if c.dep_ in ("dobj", "dative")
                      and c.lemma_.lower() in self.rule_words("travel_advice_addressees")]
        if not addressees:
            return False
        moves = self.rule_words("travel_advice_moves")
        if not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in moves for c in children_of(token)):
            return False
        # "Iran's army urged Israeli citizens to leave": people of another country are warned, not advised
        # (compared only when the people addressed are named by a nationality of their own)
        if not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in children_of(addressees[0])):
            return True
        adviser = next((actor_for_token(c) for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        addressed = actor_for_token(addressees[0])
        return not (adviser and addressed and adviser.country and addressed.country
                    and adviser.country != addressed.country)

    @reading("COOPERATE")
    def is_investment_in_things(self, token: Token, trigger: Trigger) -> bool:
        """"boost its investments in research", "investments to the fixed capital": investment in
        a thing that is no country, place or party is business activity, not cooperation."""
        if trigger.type != "COOPERATE" or token.lemma_.lower() not in ("investment", "invest"):
            return False
        objects = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("in", "into", "to")
                   for g in children_of(c) if g.dep_ == "pobj"]
        return bool(objects) and not any(
            o.ent_type_ in ("GPE", "NORP", "LOC", "ORG") or actor_for_token(o) is not None for o in objects)

    @reading("ASSAULT")
    @staticmethod
    def is_dismissal(token: Token, trigger: Trigger) -> bool:
        """"Trump is not ready to fire Kelly", "has fired critics within the government": "fire" with a
        named person or a pronoun as its object is a dismissal; shots are fired "at" people."""
        if trigger.type != "ASSAULT" or token.lemma_.lower() != "fire":
            return False
        return any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.tag_ == "PRP")
                   for c in children_of(token))

    @reading("REJECT")
    @staticmethod
    def is_share_of_whole(token: Token, trigger: Trigger) -> bool:
        """"The party and its partners rule 21 out of 29 states": "out of" gives a share, so the
        verb is no "rule out"."""
        if trigger.type != "REJECT" or token.lemma_.lower() != "rule":
            return False
        # "ruled out pulling troops out of the region": an "out of" inside a clause of its own is not the share
        own = [c for c in token.subtree if c.i > token.i and not governed_by_other_verb(c, token)]
        return any(c.lower_ == "out" and any(g.lower_ == "of" for g in children_of(c))
                   or c.lower_ == "of" and token.doc[c.i - 1].lower_ == "out" for c in own)

    @reading("CONSULT")
    def is_private_trip(self, token: Token, trigger: Trigger) -> bool:
        """"people travelling to Cirencester", "tourists visited the island": a trip whose makers are
        all private travellers or private-sector actors is no official visit."""
        if trigger.type != "CONSULT" or token.lemma_.lower() not in self.rule_words("trip_words"):
            return False
        makers = [c for c in children_of(token) if c.dep_ in ("nsubj", "poss")]
        if token.dep_ == "acl" and token.head.i != token.i:
            makers.append(token.head)
        travellers = self.rule_words("private_travellers")
        sectors = self.rule_words("private_sectors")
        if not makers:
            return False
        for maker in makers:
            if maker.lemma_.lower() in travellers or maker.lower_ in travellers:
                continue
            actor = actor_for_token(maker)
            if actor is None or not actor.sector or actor.sector.lower() not in sectors:
                return False
        return True

    def in_crime_report(self, token: Token) -> bool:
        """The token's sentence names a crime word, or the doc names them in two or more sentences."""
        words = tuple(self.lexicon.rules.get("crime_words") or ())
        found = topic_sentences(self.doc, crime_pattern(words), crime_word_sets(words), CRIME_CACHE_KEY)
        return found is True or (bool(found) and sentence_of(token).start in found)   # no lookup when none

    @reading("COOPERATE", pos="verb")
    @staticmethod
    def is_attributive_tie(token: Token, trigger: Trigger) -> bool:
        """"Turkey and allied Syrian militia forces", "partnered firms": a cooperation verb used as an
        adjective before its noun names a standing tie, not an act of cooperation."""
        if trigger.type != "COOPERATE" or trigger.pos != "verb":
            return False
        if token.dep_ == "amod" and token.i < token.head.i:
            return True
        # "ally" takes no direct object ("allied with", "allied themselves with"): a noun object is the
        # small model's reading of the adjective ("and allied Syrian militia forces")
        return token.lemma_.lower() == "ally" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                                                      for c in children_of(token))

    @reading("SUPPORT", pos="verb")
    @staticmethod
    def is_equipment_backing(token: Token, trigger: Trigger) -> bool:
        """"police and soldiers backed by armoured vehicles cleared the blockade": a force backed by
        machines (``FORCE_EQUIPMENT``, drones) is equipped, not supported by anyone."""
        if trigger.type != "SUPPORT" or token.tag_ != "VBN":
            return False
        agents = [g for c in children_of(token) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
        return bool(agents) and all(a.lemma_.lower() in FORCE_EQUIPMENT or a.lemma_.lower() == "drone" for a in agents)

    @reading(pos="verb")
    def is_generic_doer(self, token: Token, trigger: Trigger) -> bool:
        """"warned that anyone attacking government buildings would be prosecuted", "whoever shelled
        the town will pay": an act told of anyone at all (its subject, or the pronoun its clause hangs
        on, is a free-choice pronoun) is the condition of a rule or a warning, not something done."""
        if trigger.pos != "verb":
            return False
        doers = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")]
        if token.dep_ in ("acl", "relcl"):
            doers.append(token.head)
        return any(d.lower_ in GENERIC_DOERS for d in doers)

    @reading(*sorted(STANCE_TYPES), pos="verb")
    @staticmethod
    def is_stance_participle(token: Token, trigger: Trigger) -> bool:
        """"lawyers and teachers opposed to the use of French", "two officials briefed on the talks", "a
        drone strike blamed on the military": a statement verb's past participle hung after a common
        noun, with no doer ("by ...") or subject of its own ("a position the tribunal rejected" has
        one), says what that noun is (against something, informed, ascribed), not that anyone acted."""
        if trigger.pos != "verb" or trigger.type not in STANCE_TYPES:
            return False
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.i > token.i:
            return False
        head = token.head
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ not in ("", "PERSON", "NORP"):
            return False
        if head.dep_ == "appos":   # "a position an international tribunal rejected": the doer, misparsed
            return False
        return not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in children_of(token))

    @reading("ACCUSE")
    def is_restated_charge(self, token: Token, trigger: Trigger) -> bool:
        """"Sudan condemned the strike and says it holds Addis Ababa responsible": a charge told in a
        speech clause coordinated with an accusation of the same speaker restates that accusation;
        one statement, one event."""
        if trigger.type != "ACCUSE" or token.dep_ != "ccomp":
            return False
        speech = token.head
        if speech.dep_ != "conj" or speech.lemma_.lower() not in self.words["speech_verbs"]:
            return False
        first = speech.head
        return first.i in self.triggers and self.triggers[first.i].type == "ACCUSE"

    @reading("REQUEST", pos="verb")
    def is_anonymity_request(self, token: Token, trigger: Trigger) -> bool:
        """"an official, who asked not to be named", "requested anonymity", "asked for anonymity": a
        source's condition for speaking to the press, asked of no one."""
        if trigger.type != "REQUEST" or trigger.pos != "verb":
            return False
        anonymity = self.rule_words("anonymity_words")
        # "not to be named", not "to name an envoy"
        named = [c for c in children_of(token) if c.dep_ == "xcomp" and c.lemma_.lower() in anonymity
                 and any(g.dep_ in ("auxpass", "neg") for g in children_of(c))]
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        objects += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "for"
                    for g in children_of(c) if g.dep_ == "pobj"]
        return bool(named) or any(o.lemma_.lower() in anonymity for o in objects)

    @reading(pos="noun")
    def is_topic_of_talk(self, token: Token, trigger: Trigger) -> bool:
        """"the question of the withdrawal of Russian troops was not raised", "the issue of sanctions":
        an act named as the subject matter of a question or an issue is a topic, not an event."""
        if trigger.pos != "noun" or token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        return token.head.head.lemma_.lower() in self.rule_words("topic_nouns")

    @reading()
    def is_subject_of_talk(self, token: Token, trigger: Trigger) -> bool:
        """"spoke by telephone about reopening the border crossings", "held talks on withdrawing troops",
        "discussed lifting the sanctions", "discussed the withdrawal of Turkish troops": an act named as
        what talk is about is its subject matter, not an act done. Act nouns only of the types that are
        talked about before they happen (``talked_about_types``): "discussed the arrest" tells of one."""
        if trigger.pos == "noun" and (trigger.type.lower() not in self.rule_words("talked_about_types")
                                      or names_its_doer(token)):
            return False   # "discussed Russia's withdrawal from the deal": an act its doer did
        if trigger.pos == "verb" and token.tag_ != "VBG":
            return False
        head = token.head
        if token.dep_ in ("pcomp", "pobj") and head.lower_ in self.rule_words("topic_prepositions"):
            talk = self.rule_words("talk_words")
            holder = head.head   # "held talks in Istanbul on withdrawing troops": "on" hangs on the verb
            objects = [c for c in children_of(holder) if c.dep_ == "dobj"] if holder.pos_ == "VERB" else []
            return any(t.lemma_.lower() in talk or t.lower_ in talk for t in [holder, *objects])
        return token.dep_ in ("dobj", "xcomp") and head.lemma_.lower() in self.rule_words("topic_verbs")

    @reading("SANCTION", pos="verb")
    def is_measure_widened_at_home(self, token: Token, trigger: Trigger) -> bool:
        """"France expanded measures against terrorism", "India expanded restrictions on rice exports":
        measures or restrictions widened (``widened_measure_verbs``) are a sanction only against a
        state or its parties: an "against"/"on" object of the verb or of the measure naming another
        country's actor ("widened their measures against Moscow")."""
        if token.lemma_.lower() not in self.rule_words("widened_measure_verbs"):
            return False
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        if not any(o.lemma_.lower() in ("measure", "restriction") for o in objects):
            return False
        source = self.sources(token, trigger)
        home = {a.country for a in source if a is not None and a.country}
        for holder in [token, *objects]:
            for prep in (c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in ("against", "on")):
                for party in (g for g in children_of(prep) if g.dep_ == "pobj"):
                    actor = actor_for_token(party)
                    if actor is not None and actor.country and actor.country not in home and actor.sector in (None, "GOV", "MIL", "BUS"):
                        return False
        return True

    @reading("ASSAULT", pos="verb")
    def is_goal_met(self, token: Token, trigger: Trigger) -> bool:
        """"the company hit its sales targets", "hit the inflation target": a single "target", or targets
        owned by a pronoun or modified by a word of goals (``goal_modifiers``), are a goal reached, not
        places struck ("hit 85 targets in Iraq and Syria", "hit PKK targets" are attacks)."""
        goals = self.rule_words("goal_modifiers")
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        # "hit NATO's 2 percent target years ahead": the parser may make the target a compound
        objects += [m for o in objects for m in children_of(o) if m.dep_ == "compound"]
        for target in (o for o in objects if o.lemma_.lower() == "target"):
            if target.tag_ == "NN":
                return True   # one target hit is a goal met ("hit NATO's 2 percent target", "hit the target")
            if any((m.dep_ == "poss" and m.pos_ == "PRON") or (m.dep_ in ("compound", "amod") and m.lemma_.lower() in goals)
                   for m in children_of(target)):
                return True
        return False

    @reading("ASSAULT", pos="verb")
    def is_aim_of_a_measure(self, token: Token, trigger: Trigger) -> bool:
        """"imposed new sanctions on Tehran, targeting its oil exports", "the new tariffs, targeting
        Chinese steel": a participle of aiming (``aiming_verbs``) on a sanction, tariff or other measure
        (``economic_measures``: the noun it hangs on, or the object of the clause it hangs on) tells what
        the measure hits, not an attack."""
        if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl") or token.lemma_.lower() not in self.rule_words("aiming_verbs"):
            return False
        anchor = token.head
        nouns = [anchor] if anchor.pos_ in ("NOUN", "PROPN") else [c for c in children_of(anchor) if c.dep_ in ("dobj", "nsubjpass")]
        nouns += measured_nouns(nouns, self.lexicon.lower_words("quantity_nouns"))
        return any(n.lemma_.lower() in self.rule_words("economic_measures") for n in nouns)

    @reading("PROTEST", pos="noun")
    def is_rally_as_venue(self, token: Token, trigger: Trigger) -> bool:
        """"told supporters at a rally in Ohio", "during the rally on Monday": a rally named as the
        place where someone spoke is a campaign venue, not a protest reported for its own sake."""
        if trigger.type != "PROTEST" or trigger.pos != "noun" or token.lemma_.lower() not in self.rule_words("venue_nouns"):
            return False
        return token.dep_ == "pobj" and token.head.lower_ in self.rule_words("venue_prepositions")

    @reading("CONSULT", pos="verb")
    def is_talk_without_partner(self, token: Token, trigger: Trigger) -> bool:
        """"spoke to reporters", "speaking directly to voters", "talked about the plan", "as he discussed
        his record": speaking is a consultation only with a partner ("with" someone, "by phone", "to"
        a government, or coordinated subjects who speak with each other)."""
        if trigger.type != "CONSULT" or trigger.pos != "verb" or token.lemma_.lower() not in self.rule_words("partner_verbs"):
            return False
        # "discussed the dispute with EU envoys": the parser may hang the partner on the object
        hung = [g for c in children_of(token) if c.dep_ == "dobj"
                for g in children_of(c) if g.dep_ == "prep" and g.lower_ == "with"]
        if self.speaks_to_media(list(children_of(token)) + hung):
            return True   # "Speaking to Al Jazeera by phone": an interview, no partner
        for child in list(children_of(token)) + hung:
            if child.dep_ != "prep" and child.dep_ != "dative":
                continue
            objects = [g for g in children_of(child) if g.dep_ == "pobj"]
            if child.lower_ in ("with", "between") or (child.lower_ in ("by", "over") and objects):
                return False
            if child.lower_ == "to" and any(self.is_official(o) for o in objects):
                return False
        subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        return not any(any(g.dep_ == "conj" for g in children_of(s)) or s.lemma_.lower() in PARTNER_SUBJECTS
                       or is_counted_group(s) for s in subjects)

    @staticmethod
    def speaks_to_media(preps: list[Token]) -> bool:
        """A "to" or "with" phrase among ``preps`` names a news outlet (an actor of the media sector)."""
        for prep in preps:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in ("to", "with"):
                continue
            for noun in children_of(prep):
                actor = actor_for_token(noun) if noun.dep_ == "pobj" else None
                if actor is not None and (actor.sector or "").upper() == "MED":
                    return True
        return False

    @staticmethod
    def is_official(noun: Token) -> bool:
        """A noun phrase naming a state body or its officials (a government partner for talks)."""
        actor = actor_for_token(noun)
        return bool(actor and actor.sector in ("GOV", "MIL", "IGO", "LEG", "SPY", "REB"))

    @reading("AGREE", pos="noun")
    def is_unaddressed_proposal(self, token: Token, trigger: Trigger) -> bool:
        """"her tax proposals would raise rates", "the candidate's plan": a proposal noun is an offer
        (AGREE) only when it is made to someone or by a state ("to Kyiv", "by Belarus", "a US
        proposal") or is about peace-making ("a ceasefire proposal"); a policy platform is not."""
        if trigger.type != "AGREE" or trigger.pos != "noun" or token.lemma_.lower() not in self.rule_words("proposal_nouns"):
            return False
        if makers_on_content(token):
            return False   # "an offer of talks from Yanukovych": the parser hangs the maker on the "of" object
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ in ("to", "by", "between", "from"):
                return False
            if child.dep_ in ("poss", "compound", "amod") and (
                    child.ent_type_ in ("GPE", "NORP", "ORG") or child.lemma_.lower() in self.rule_words("peace_words")):
                return False
        return True

    @reading("SUPPORT", "AID", "COERCE", "ASSAULT", "RETREAT")
    def is_reflexive_act(self, token: Token, trigger: Trigger) -> bool:
        """"will defend himself", "surrounded himself with advisers": an act whose only object is
        the doer himself supports, aids or restrains no one else."""
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        return bool(objects) and all(o.lower_ in REFLEXIVES for o in objects) and trigger.type in (
            "SUPPORT", "AID", "COERCE", "ASSAULT", "RETREAT")

    @reading("ASSAULT", pos="verb")
    def is_labelling(self, token: Token, trigger: Trigger) -> bool:
        """"pounding the nominee as a con artist", "hit him as a fraud": a blow verb with an "as" phrase
        labels its object; it is words, no use of force."""
        if trigger.type != "ASSAULT" or trigger.pos != "verb":
            return False
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in children_of(c))
                   for c in children_of(token))

    @reading("THREATEN")
    def is_advice(self, token: Token, trigger: Trigger) -> bool:
        """"warned state officials to boost their security": a warning that tells its addressee to do
        something for their own good is advice, not a threat (a threat names what the author will do
        or what the addressee will face: "warned Finland of countermeasures"). Not a warning to another
        country's state or armed side not to do something ("Erdogan warned Damascus not to test its
        patience"): that is a threat ("warned Indonesian pilgrims not to travel" stays advice)."""
        if trigger.type != "THREATEN" or token.lemma_.lower() not in self.words["forecast_verbs"]:
            return False
        addressees = [c for c in children_of(token) if c.dep_ == "dobj"]
        infinitives = [c for c in children_of(token) if c.dep_ == "xcomp" and is_infinitive(c)]
        if not addressees or not infinitives:
            return False
        if not any(c.dep_ == "neg" for c in children_of(infinitives[0])):
            return True   # "warned Nepal to be ready for flooding", "warned Germany to prepare for a long war"
        addressee = actor_for_token(addressees[0])
        author = self.source(token, trigger)
        return not (addressee is not None and author is not None and addressee.country and author.country
                    and addressee.country != author.country and addressee.sector in WARNED_SIDES)

    @reading("ASSAULT", pos="noun")
    def is_named_war(self, token: Token, trigger: Trigger) -> bool:
        """"a veteran of the Iraq War", "her vote for the Iraq War": a war named as a proper name (a
        capitalised "War" after a name) refers to a known war; it reports no new fighting."""
        if trigger.type != "ASSAULT" or trigger.pos != "noun" or token.lemma_.lower() not in ("war", "wars"):
            return False
        if not token.text[:1].isupper() or token.is_sent_start or token.text.isupper():
            return False
        return any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in children_of(token))

    @reading(pos="noun")
    @staticmethod
    def is_word_of_a_name(token: Token, trigger: Trigger) -> bool:
        """"within NATO's Partnership for Peace", "the Aid to Families program": a capitalised event
        noun inside the name of an organisation, programme, law or building (``NAME_ENTITY_TYPES``)
        names that body or scheme; it reports no act. Sentence-initial and all-capital words (a
        headline's) are left alone."""
        if trigger.pos != "noun" or token.tag_ != "NNP" or token.is_sent_start or token.text.isupper():
            return False
        return token.ent_type_ in NAME_ENTITY_TYPES

    @reading("ASSAULT")
    def is_verbal_blow(self, token: Token, trigger: Trigger) -> bool:
        """"attacked her character", "they hit the moderators", "destroying this committee": a blow
        verb (``blow_verbs``) is an assault only with a sign of force — an armed subject or object, a
        place, or a violence word (``violence_cues``) in its sentence. Without one it is words."""
        if trigger.type != "ASSAULT" or token.lemma_.lower() not in self.rule_words("blow_verbs"):
            return False
        sentence = sentence_of(token)
        cues = self.rule_words("violence_cues")
        if any(t.lower_ in cues or t.lemma_.lower() in cues for t in sentence):
            return False
        if any(self.names_a_place(t) and t.i != token.i for t in token.subtree):
            return False
        parties = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS or c.dep_ == "dobj"]
        parties += [g for c in children_of(token) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        return not any(self.is_armed(p) for p in parties)

    @staticmethod
    def names_a_place(token: Token) -> bool:
        """A place name: the model's GPE/LOC/FAC label, or a mention the places component located
        (the small model calls some towns ORG: "in Bamako")."""
        return token.ent_type_ in ("GPE", "LOC", "FAC") or token.i in (token.doc._.ew_place_at or {})

    @staticmethod
    def is_armed(noun: Token) -> bool:
        """A noun phrase naming armed forces, police, rebels or spies."""
        actor = actor_for_token(noun)
        return bool(actor and actor.sector in ("MIL", "REB", "COP", "SPY", "INS", "UAF"))

    @reading(pos="verb", rule_types="business_types")
    def is_business_deal(self, token: Token, trigger: Trigger) -> bool:
        """"the company agreed to clean up the mines", "executives met the buyer": an agreement,
        meeting or help whose maker is a company (``business_nouns`` or a BUS actor) and whose
        partner is no state body is business, not a political event."""
        if trigger.type.lower() not in self.rule_words("business_types") or trigger.pos != "verb":
            return False
        subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        if self.is_passive(token):   # "parts will be supplied by domestic manufacturers": the agent acts
            subjects = [g for c in children_of(token) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
        if not subjects or not all(self.is_business(s) for s in subjects):
            return False
        partners = [g for c in children_of(token) if c.dep_ in ("prep", "dative") for g in children_of(c)
                    if g.dep_ == "pobj" and c.dep_ != "agent"]
        partners += [c for c in children_of(token) if c.dep_ in ("dobj", "dative")]
        return not any(self.is_official(p) for p in partners)

    def is_business(self, noun: Token) -> bool:
        """A noun phrase naming a company or its people."""
        if noun.lemma_.lower() in self.rule_words("business_nouns"):
            return True
        actor = actor_for_token(noun)
        return bool(actor and actor.sector and actor.sector.lower() in self.rule_words("business_sectors"))

    @reading(rule_types="opinion_types")
    def is_opinion(self, token: Token, trigger: Trigger) -> bool:
        """"experts praised the proposals", "many individuals will continue to support him", "analysts
        agreed it was top-heavy", "millions of Americans supporting the nominee": backing or agreement
        held by commentators, voters or a crowd of people (``opinion_holders``) is a judgement."""
        if trigger.type.lower() not in self.rule_words("opinion_types"):
            return False
        holders = self.rule_words("opinion_holders")
        node = token
        while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        subjects = [c for c in children_of(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if node.dep_ == "acl":
            subjects.append(node.head)
        return bool(subjects) and all(self.holds_opinion(s, holders) for s in subjects)

    @staticmethod
    def holds_opinion(noun: Token, holders: frozenset[str]) -> bool:
        """The noun is an opinion holder, or a quantity "of" one ("millions of Americans")."""
        if noun.lemma_.lower() in holders or noun.lower_ in holders:
            return not any(c.dep_ == "prep" and c.lower_ == "of" and not any(
                g.lemma_.lower() in holders or g.lower_ in holders for g in children_of(c)) for c in children_of(noun))
        return False

    @reading(pos="noun")
    def is_amount_phrase(self, token: Token, trigger: Trigger) -> bool:
        """"a good deal of work", "a great deal of money": "deal" as an amount is no pact."""
        if trigger.pos != "noun" or token.lemma_.lower() != "deal":
            return False
        return any(c.dep_ == "amod" and c.lower_ in ("good", "great") for c in children_of(token)) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token))

    @reading("AGREE")
    def is_shared_view(self, token: Token, trigger: Trigger) -> bool:
        """"analysts agreed it was a top-heavy plan", "the judge agreed with her that there was no
        reason": agreeing that something is so, by someone who is no state body, shares a view; it
        commits no one to anything."""
        if trigger.type != "AGREE" or token.lemma_.lower() != "agree":
            return False
        if not any(c.dep_ == "ccomp" for c in children_of(token)):
            return False
        subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and not any(
            self.is_official(s) or s.lemma_.lower() in PARTNER_SUBJECTS or any(g.dep_ == "conj" for g in children_of(s))
            for s in subjects)

    @reading("REQUEST", "CONSULT")
    def is_name_calling(self, token: Token, trigger: Trigger) -> bool:
        """"has been called a charlatan for promoting cures", "calls people losers": "call" with a
        name as its object predicate labels someone; it is neither a request nor a phone call."""
        if token.lemma_.lower() != "call" or trigger.type not in ("REQUEST", "CONSULT"):
            return False
        if any(c.dep_ in ("oprd", "attr") for c in children_of(token)):
            return True
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        return any(c.dep_ in ("oprd", "attr", "appos") for o in objects for c in children_of(o))

    @reading("AGREE", pos="verb")
    def is_platform_promise(self, token: Token, trigger: Trigger) -> bool:
        """"Trump is promising lower taxes", "what he has actually proposed": a proposal or promise
        verb (``platform_verbs``) with no addressee ("to", "with", an indirect object), made by someone
        who is no state body and not about peace-making, is a campaign platform, not an offer."""
        if trigger.type != "AGREE" or trigger.pos != "verb":
            return False
        if token.lemma_.lower() not in self.rule_words("platform_verbs") or any(
                c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("to", "with", "between"))
                for c in children_of(token)):
            return False
        peace = self.rule_words("peace_words")
        if any(t.lemma_.lower() in peace for c in children_of(token) if c.dep_ in ("dobj", "xcomp") for t in c.subtree):
            return False
        subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        if token.dep_ in ("advcl", "conj", "xcomp") and not subjects:
            subjects = [c for c in children_of(token.head) if c.dep_ in SUBJECT_DEPS]
        return bool(subjects) and not any(self.is_official(s) or s.ent_type_ in ("GPE", "NORP", "ORG")
                                          for s in subjects)

    def rule_words(self, key: str) -> frozenset[str]:
        """A word list of ``rules.yaml`` read from the lexicon (lists the component does not preload)."""
        return self.lexicon.lower_words(key)

    @reading(pos="verb")
    def is_protest_message(self, token: Token, trigger: Trigger) -> bool:
        """"marched through Khartoum to denounce the strikes": what a protest is held to say is its
        message, not a statement of its own; the protest is the event. A demand is the exception:
        "rallied to demand his resignation" is a REQUEST to the government as well (21 of the 23 gold
        protests held "to demand" or "demanding" something code it)."""
        if trigger.pos != "verb" or token.dep_ not in ("advcl", "xcomp") or quad_class(trigger.cameo) not in (1, 3):
            return False
        governing = self.triggers.get(token.head.i)
        purpose = is_infinitive(token)
        return purpose and governing is not None and governing.type == "PROTEST" \
            and trigger.type not in ("PROTEST", "REQUEST")

    @reading()
    def is_acknowledged_fact(self, token: Token, trigger: Trigger) -> bool:
        """"Egypt would have to accept that the allocations belong to history", "recognised that the
        talks had failed": accepting or recognising a fact (a that-clause, no object) is no agreement
        or support of anyone."""
        if token.lemma_.lower() not in self.rule_words("acknowledging_verbs"):
            return False
        children = list(children_of(token))
        has_object = any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in children)
        return not has_object and any(c.dep_ == "ccomp" for c in children)

    @reading("SUPPORT", pos="verb")
    def is_support_without_party(self, token: Token, trigger: Trigger) -> bool:
        """"Egypt would not stand by while ...": "stand by" / "stand with" back someone only with that
        someone named; with no object the phrase means staying passive, no support of anyone."""
        if trigger.type != "SUPPORT" or not trigger.particle or trigger.pos != "verb":
            return False
        particle = trigger.particle.lower()
        children = list(children_of(token))
        named = any(c.lower_ == particle and any(g.dep_ == "pobj" for g in children_of(c)) for c in children)
        return not named and not any(c.dep_ in ("dobj", "dative") for c in children)

    @reading("SUPPORT", pos="verb")
    def is_backing_in_combat(self, token: Token, trigger: Trigger) -> bool:
        """"troops backed by air force jets killed 41 insurgents", "soldiers supported by allied troops
        retook the base": a past participle of support with a "by" agent, describing the subject of
        an attack, tells who fought alongside in that attack; it is no act of support of its own."""
        if trigger.type != "SUPPORT" or trigger.pos != "verb" or token.dep_ != "acl" or token.tag_ != "VBN":
            return False
        if not any(c.dep_ == "agent" for c in children_of(token)):
            return False
        backed = token.head
        if backed.dep_ not in SUBJECT_DEPS:
            return False
        act = self.triggers.get(backed.head.i)
        return act is not None and act.type == "ASSAULT"

    @reading(*sorted(PURPOSE_ACT_TYPES), pos="verb")
    def is_purpose_of_act(self, token: Token, trigger: Trigger) -> bool:
        """"sending warships and bombers to encircle the island", "called on the rebels to protect
        civilians", "accused them of violating its sovereignty to protect Israel": a material act in a
        subjectless infinitive of purpose of a coded act, or inside an accusation, is what someone means
        to do (or is asked to do), not a thing done; the act the clause hangs on is the event. Talks and
        appeals made for a purpose ("spoke with both sides to urge restraint") are left alone: saying it
        is doing it."""
        if trigger.type not in PURPOSE_ACT_TYPES or token.dep_ != "advcl" or token.tag_ != "VB":
            return False
        children = children_of(token)
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in children):
            return False
        # the purpose of a coded act is that act's aim; where the act is no event of its own ("police
        # officers arrived in the capital to protect the airport") the purpose tells what was done
        governor = token.head
        return any(e.trigger.start == governor.idx for e in self.coded) or self.is_accusation(token)

    @reading(*sorted(PURPOSE_ACT_TYPES))
    def is_rehearsed_act(self, token: Token, trigger: Trigger) -> bool:
        """"its forces rehearsed blockading major ports and striking key targets", "drills simulating
        an attack on the island", "a mock assault": what an exercise acts out is its scenario, not an
        act done to anyone; the exercise is the event."""
        if trigger.type not in PURPOSE_ACT_TYPES:
            return False
        if trigger.pos == "noun" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in REHEARSAL_WORDS
                                         for c in children_of(token)):
            return True
        node = token
        for _ in range(3):   # "rehearsed blockading ports and striking targets": the conjuncts too
            if node.dep_ in ("xcomp", "dobj", "ccomp") and node.head.lemma_.lower() in REHEARSAL_WORDS:
                return True
            if node.dep_ != "conj":
                return False
            node = node.head
        return False

    @reading("SUPPORT", "AID")
    def is_guarding_own(self, token: Token, trigger: Trigger) -> bool:
        """"would defend its water security", "to protect their interests": guarding one's own things
        (an object owned by a pronoun, naming no actor) is no support or aid given to another party."""
        if trigger.type not in ("SUPPORT", "AID") or token.lemma_.lower() not in self.rule_words("guarding_verbs"):
            return False
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        return bool(objects) and all(
            any(p.dep_ == "poss" and p.pos_ == "PRON" for p in children_of(o)) and actor_for_token(o) is None
            for o in objects)

    @reading(pos="verb")
    def is_effect_of_reported_act(self, token: Token, trigger: Trigger) -> bool:
        """"The United States imposed sanctions on ... The measures freeze any US assets": a verb whose
        subject is a definite act noun ("the measures", "the decision") tells what an act already coded
        does; it is that event again, not a new one. Without an earlier event of its type it stays."""
        if trigger.pos != "verb":
            return False
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        if not subjects or not all(self.is_definite_act_noun(s) for s in subjects):
            return False
        return any(event.type == trigger.type for event in self.coded)

    def is_definite_act_noun(self, token: Token) -> bool:
        """"the measures", "this decision": an act noun (``act_nouns``, not itself a trigger) with a
        definite determiner."""
        return (token.lower_ in self.words["act_nouns"] and token.i not in self.triggers
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
                        for c in children_of(token)))

    @reading()
    def is_term_of_agreement(self, token: Token) -> bool:
        """"a deal giving Ethiopia access to the coast", "an accord to withdraw troops": what an
        agreement provides (a present participle or an infinitive hanging on the agreement noun) is
        its content, not an event of its own; the agreement is the event."""
        if token.dep_ != "acl" or token.pos_ != "VERB" or token.head.i == token.i:
            return False
        infinitive = is_infinitive(token)
        if token.tag_ != "VBG" and not infinitive:
            return False   # "the agreement signed by both sides" is the signing itself
        entries = self.lexicon.nouns.get(token.head.lemma_.lower(), ())
        return any(entry.type == "AGREE" for entry in entries)

    @reading("AGREE", pos="noun")
    def is_pact_reference(self, token: Token, trigger: Trigger) -> bool:
        """"a grave violation of the Addis Ababa agreement", "under the 2015 Declaration of Principles": a
        pact named by a place, a year or a title of its own is a past document the sentence refers to,
        not a new agreement, unless a pact-making verb (``pact_making_verbs``) has it as subject or object
        or describes it ("the Jeddah accord signed in May"), or it names its own parties ("between",
        "with")."""
        if trigger.type != "AGREE" or trigger.pos != "noun":
            return False
        if token.lower_ not in self.words["pact_nouns"] | self.rule_words("pact_document_nouns"):
            return False
        if not is_named_document(token) or has_own_parties(token) or has_party_with(token):
            return False
        making = self.rule_words("pact_making_verbs")
        governor = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else token.head
        if token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and governor.lemma_.lower() in making:
            return False
        return not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in making for c in children_of(token))

    @reading(pos="noun")
    def is_standing_pact(self, token: Token, trigger: Trigger) -> bool:
        """"The United States, which has a mutual defence treaty with the Philippines", "the ceasefire
        largely held": a pact someone has, or one that holds or lasts (``pact_state_verbs``, with no
        object), is a standing state, not the making of an agreement or a truce."""
        if trigger.pos != "noun" or token.lower_ not in self.words["pact_nouns"]:
            return False
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() == "have":
            return True
        states = self.rule_words("pact_state_verbs")
        if token.dep_ == "nsubj" and head.lemma_.lower() in states:
            return not any(c.dep_ == "dobj" for c in children_of(head))
        # "A ceasefire between India and Pakistan largely held": the parser hangs the past-tense main
        # verb on its subject as a clause; a participle ("the ceasefire held on Sunday was ...") is no state
        return any(c.dep_ == "acl" and c.tag_ == "VBD" and c.lemma_.lower() in states
                   and not any(g.dep_ == "dobj" for g in children_of(c)) for c in children_of(token))

    @reading(pos="noun", not_types=("AGREE",))
    def is_dated_reference(self, token: Token, trigger: Trigger) -> bool:
        """"militias founded after the 1994 genocide", "since the 2008 war": an event noun named by a
        year before the article's is a past episode the sentence refers to, not news. Pacts keep their
        own test (``is_pact_reference``), which lets a pact-making verb revive them."""
        if trigger.pos != "noun" or trigger.type == "AGREE":
            return False
        # the years named first (most nouns name none), the publication date only when one is
        years = [c.text for c in children_of(token) if c.dep_ in ("nummod", "compound", "amod", "nmod")
                 and c.like_num and len(c.text) == 4 and c.text.isdigit()]
        if not years:
            return False
        published = self.published or ""
        if not published[:4].isdigit():
            return False
        return any(1900 <= int(year) < int(published[:4]) for year in years)

    @reading("AID", pos="verb")
    def is_protection_aim(self, token: Token, trigger: Trigger) -> bool:
        """"faulted the authorities for failing to protect the mission", "vowed to protect the Druze",
        "laws meant to protect citizens", "Nigeria must protect Christians": protecting named as an
        aim, a duty or a promise (an infinitive or a modal) is no protection given (the study gold
        codes none of them). Forces sent or arriving to protect a place still give it ("Kenyan police
        arrived to protect the airport")."""
        if token.lemma_.lower() != "protect":
            return False
        aimed = any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in children_of(token))
        if not aimed:
            return False
        return not (token.dep_ == "advcl" and token.head.lemma_.lower() in PROTECTING_MOVES)

    @reading("ASSAULT", pos="verb")
    def is_running_toll(self, token: Token, trigger: Trigger) -> bool:
        """"More than 300 people have been killed since mid-July", "the fighting has killed more than
        100 people since December", "100 people have since been killed", "the number of people
        killed since the coup": a toll counted up to now ("since" a date or an event, with a perfect
        tense or as a counted participle) with no doer named (a passive without agent, or a war,
        fighting or violence noun as subject) sums many attacks; it is no one attack (the gold mostly
        codes the attacks it counts, not the sum; a sum over "three days of fighting" is left coded,
        as the gold codes it between the sides it names)."""
        if token.lemma_.lower() not in self.words["casualty_verbs"]:
            return False
        children = list(children_of(token))
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
        if not (counts_since(children) and (perfect or token.dep_ == "acl")):
            return False
        if any(c.dep_ == "agent" for c in children):
            return False   # "have been killed by security forces since ...": a named doer's acts
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return all(s.lemma_.lower() in self.rule_words("toll_subjects") for s in subjects)

    @reading("ASSAULT", pos="verb")
    def is_natural_harm(self, token: Token, trigger: Trigger) -> bool:
        """"A storm killed four people", "two soldiers died in a road accident": deaths and damage a
        natural hazard or an accident caused (``natural_causes``) are no one's attack."""
        if trigger.type != "ASSAULT" or trigger.pos != "verb":
            return False
        causes = self.rule_words("natural_causes")
        if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.lemma_.lower() in self.rule_words("accident_verbs"):
            return True   # "the jetliner crashed into the sea, killing all 228 on board"
        if token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.i not in self.triggers and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in causes | self.rule_words("accidental_fires")
                for c in children_of(token.head)):
            return True   # "a fire broke out at a factory, killing four workers": the fire's toll
        if self.dies_in_accident(token):
            return True
        causers = [c for c in children_of(token) if c.dep_ == "nsubj" and not self.is_passive(token)]
        causers += [g for c in children_of(token)
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "after")
                    for g in children_of(c) if g.dep_ == "pobj"]
        causers += relative_antecedents(token, causers)
        if token.dep_ == "acl":
            causers.append(token.head)   # "Hurricane Oscar, which came ashore ..., killed six" misread as a modifier
        # "Hurricane Oscar killed six people": a named hazard's kind is the compound before its name
        causers += [m for c in causers if c.pos_ == "PROPN" for m in children_of(c) if m.dep_ == "compound"]
        return any(c.lemma_.lower() in causes or c.lower_ in causes for c in causers)

    def dies_in_accident(self, token: Token) -> bool:
        """"73 soldiers were killed when two helicopters crashed": a killing with no doer of its own
        (no active subject, no "by" agent) whose clause is an accident (``accident_verbs``) is the
        accident's toll, not an attack."""
        children = list(children_of(token))
        if any(c.dep_ == "agent" for c in children) or (
                token.lemma_.lower() != "die" and not self.is_passive(token) and any(c.dep_ == "nsubj" for c in children)):
            return False
        accidents = self.rule_words("accident_verbs")
        return any(c.dep_ == "advcl" and c.lemma_.lower() in accidents for c in children)

    @reading("RETREAT")
    def is_product_release(self, token: Token, trigger: Trigger) -> bool:
        """"Apple released a new laptop", "announced the release of its software suite", "a U.S. release
        on June 24": what a company or a product noun (``product_nouns``) names as released is a
        product launch; a release (RETREAT) needs people let go. A release noun with no "of" object
        and no owner names no one freed."""
        if trigger.type != "RETREAT" or trigger.mode != "release":
            return False
        products = self.rule_words("product_nouns")
        if trigger.pos == "noun":
            released = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in children_of(c) if g.dep_ == "pobj"]
            if not released and not any(c.dep_ == "poss" for c in children_of(token)):
                return True
        else:
            released = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
            subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
            if subjects and all(self.is_business(s) for s in subjects):
                return True
        return any(r.lemma_.lower() in products or r.lower_ in products or r.ent_type_ in ("PRODUCT", "WORK_OF_ART")
                   for r in released)

    @reading(pos="verb", rule_types="business_types")
    def is_purchase_deal(self, token: Token, trigger: Trigger) -> bool:
        """"agreed to purchase 60 aircraft", "negotiated the purchase of 22 jets", "signed a deal for a
        further US$ 7 billion": an agreement or talks whose content is a purchase or sale
        (``purchase_words``) or whose deal is priced in money is a sale, not a political event; arms
        (``arms_purchase_objects``) bought by a state stay events."""
        if trigger.type.lower() not in self.rule_words("business_types") or trigger.pos != "verb":
            return False
        words = self.rule_words("purchase_words")
        contents = [c for c in children_of(token) if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in words]
        if contents:
            arms = self.rule_words("arms_purchase_objects")
            bought = {g.lemma_.lower() for c in contents for g in c.subtree}
            return not (bought & arms)
        deals = [c for c in children_of(token)
                 if c.dep_ == "dobj" and c.lemma_.lower() in ("deal", "contract", "order")]
        return any(is_priced(d) or is_priced(token) for d in deals)

    @reading("SUPPORT", pos="verb")
    def is_product_praise(self, token: Token, trigger: Trigger) -> bool:
        """"he praised the device's antenna design", "the new iPhone was praised by Jobs": backing
        given to a product (``product_nouns``) is a review, not support for a party."""
        if trigger.type != "SUPPORT" or trigger.pos != "verb":
            return False
        products = self.rule_words("product_nouns")
        praised = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
        praised += [p for c in praised for p in children_of(c) if p.dep_ == "poss"]
        return any(p.lemma_.lower() in products or p.ent_type_ == "PRODUCT" for p in praised)

    @reading(pos="verb")
    def is_contract_term(self, token: Token, trigger: Trigger) -> bool:
        """"won a contract to supply the air force with tankers", "signed a contract to purchase 20
        jets": an act named as what a commercial contract (``contract_nouns``) provides for is a sale
        between its parties, not an event of its own."""
        if trigger.pos != "verb" or token.dep_ not in ("acl", "relcl", "xcomp") or token.head.i == token.i:
            return False
        return token.head.lemma_.lower() in self.rule_words("contract_nouns") \
            and is_infinitive(token)

    @reading("ACCUSE", pos="verb")
    def is_judgement_of_charge(self, token: Token, trigger: Trigger) -> bool:
        """"Beijing condemned Manila for what it called a provocative mission": a name given in a free
        relative ("what it called ...") inside another accusation words the same charge; the
        governing accusation is the event."""
        if trigger.type != "ACCUSE" or trigger.pos != "verb":
            return False
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(token)):
            return False
        return any(a.i in self.triggers and self.triggers[a.i].type == "ACCUSE" for a in token.ancestors)

    @reading("ASSAULT", "COERCE")
    def is_stopped_act(self, token: Token, trigger: Trigger) -> bool:
        """"agreed to stop all firing", "halted the shelling": an attack or repression named as what a
        ceasing verb (``ceasing_verbs``) ends is not happening; the stopping is the event."""
        if trigger.type not in ("ASSAULT", "COERCE") or token.dep_ not in ("dobj", "xcomp"):
            return False
        return token.head.i != token.i and token.head.lemma_.lower() in self.rule_words("ceasing_verbs")

    @reading()
    def is_charged_omission(self, token: Token, trigger: Trigger) -> bool:
        """"blaming ECOWAS for failing to help them fight insurgents": an act under "fail to" inside an
        accusation is what the accused did not do (the charge), not an event."""
        node = token
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() == "fail":
                return any(a.lemma_.lower() in self.words["accusation_verbs"] for a in node.ancestors)
        return False

    @reading("PROTEST", pos="noun")
    def is_incited_unrest(self, token: Token, trigger: Trigger) -> bool:
        """"blamed Belgrade for stirring the unrest": unrest an accused party is charged with stirring
        up (``incitement_verbs``) is part of the charge, not a protest of its own."""
        if trigger.type != "PROTEST" or trigger.pos != "noun" or token.dep_ != "dobj":
            return False
        verb = token.head
        return (verb.lemma_.lower() in self.rule_words("incitement_verbs")
                and any(a.lemma_.lower() in self.words["accusation_verbs"] for a in verb.ancestors))

    @reading("THREATEN", pos="verb")
    def is_defiance(self, token: Token, trigger: Trigger) -> bool:
        """"Manila would not be intimidated", "we will not be threatened by anyone": a threat verb in the
        negated passive tells its subject's resolve; no one is said to threaten anyone."""
        if trigger.type != "THREATEN" or trigger.pos != "verb" or not self.is_passive(token):
            return False
        return any(c.dep_ == "neg" for c in children_of(token))

    @reading("ASSAULT", "THREATEN", pos="verb")
    def is_harm_by_measure(self, token: Token, trigger: Trigger) -> bool:
        """"The move hits France hardest", "dumping threatened China's domestic industry": a measure,
        a decision or a market practice (``measure_causes``) that hits or threatens someone as its
        subject is an effect told of it, no attack or threat by anyone."""
        if trigger.type not in ("ASSAULT", "THREATEN") or trigger.pos != "verb" or self.is_passive(token):
            return False
        causes = self.rule_words("measure_causes")
        return any(c.dep_ == "nsubj" and (c.lemma_.lower() in causes or c.lower_ in causes) for c in children_of(token))

    @reading(pos="verb")
    def is_description_of_thing(self, token: Token, trigger: Trigger) -> bool:
        """"rifles seized from the group last month", "the ships that were sent to the strait", "a
        mine that protesters have opposed": a clause describing a thing (not an event, actor or place)
        with no doer of its own, or with a stance for act, tells its history as background; the
        sentence's news is elsewhere. A clause that names who acted ("the funds Brussels froze in
        2022", "talks mediated by the UN", "the truce it agreed with Baku") tells that party's act,
        which the gold codes (seventeenth pass: 32 such events in the study sets)."""
        if trigger.pos != "verb" or token.dep_ not in ("relcl", "acl") or token.head.i == token.i:
            return False
        if token.lemma_.lower() in self.words["casualty_verbs"]:
            return False   # "an attack on a police station that killed 11": the count of an attack
        if self.is_denied_charge(token):
            return False   # "..., a charge Islamabad rejected": the answer to the accusation, news
        children = list(children_of(token))
        if any(c.dep_ == "mark" for c in children):
            return False   # "reports that drones struck": a content clause, not a description
        if any(is_named_doer(c) for c in children) and token.lemma_.lower() not in self.rule_words("standing_verbs"):
            return False   # "a move Cairo condemned", "the funds Brussels froze": a named party's act is news
        if token.dep_ == "acl" and (token.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in children)):
            return False   # only a reduced passive ("rifles seized from the group") describes a thing
        thing = token.head
        if thing.pos_ != "NOUN" or thing.ent_type_ or thing.lemma_.lower() in self.lexicon.nouns:
            return False
        return actor_for_token(thing) is None and not self.is_place_noun(thing)

    @reading("AID", pos="verb")
    def is_taking_refuge(self, token: Token, trigger: Trigger) -> bool:
        """"the former vice-president sheltering in its embassy", "civilians sheltered in schools": a
        verb of refuge (``refuge_verbs``) with no object of its own, active, tells where someone hides;
        only "sheltered the refugees" or "refugees sheltered by Chad" is aid given."""
        if trigger.pos != "verb" or token.lemma_.lower() not in self.rule_words("refuge_verbs"):
            return False
        return not any(c.dep_ in ("dobj", "nsubjpass", "agent", "auxpass") for c in children_of(token))

    @reading("ACCUSE", pos="verb")
    def is_denial_epithet(self, token: Token, trigger: Trigger) -> bool:
        """"An RSF spokesman denied the charge, calling it army propaganda", "Minsk rejected the report,
        branding it lies": a participle that names what the denial verb (``denial_verbs``) above it
        answers ("it", "them") says why the claim is rejected; the denial is the event, not a second
        accusation."""
        if trigger.type != "ACCUSE" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        if token.head.i == token.i or token.head.lemma_.lower() not in self.words["denial_verbs"]:
            return False
        return any(c.dep_ == "dobj" and c.lower_ in ("it", "them", "this", "these") for c in children_of(token))

    @reading("MOBILIZE", pos="verb")
    def is_posted_force(self, token: Token, trigger: Trigger) -> bool:
        """"Rwandan troops stationed in the province pursued the attackers", "France, which has 370
        troops stationed in Gabon": a reduced participle of a deployment verb hanging on the force it
        describes, with no "by" agent and no time of its own, tells where the force is, not a deployment
        made; "troops deployed to the border on Monday" stays one."""
        if trigger.type != "MOBILIZE" or trigger.pos != "verb" or token.dep_ != "acl" or token.tag_ != "VBN":
            return False
        children = children_of(token)
        if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj") for c in children):
            return False   # "North Korea has moved launchers": a clause of its own, misread as a modifier
        return not any(w.ent_type_ in ("DATE", "TIME") for c in children for w in c.subtree)

    @reading(pos="verb")
    def is_wished_act(self, token: Token, trigger: Trigger) -> bool:
        """"chanting for President Ruto to resign", "the time has come for Israel to withdraw": an
        infinitive with its own "for" subject tells an act someone wants or needs, not one done; so
        does the infinitive of a request noun (``request_nouns``: "rejected the EU's call to withdraw
        special police units", "an ultimatum to leave")."""
        if trigger.pos != "verb" or not is_infinitive(token):
            return False
        for child in children_of(token):
            if child.dep_ == "mark" and child.lower_ == "for":
                return True
            if child.dep_ == "nsubj" and child.left_edge.i > 0 and self.doc[child.left_edge.i - 1].lower_ == "for":
                return True   # the parser may hang the "for" on the verb above
        return (token.dep_ == "acl" and token.head.i != token.i
                and token.head.lemma_.lower() in self.rule_words("request_nouns"))

    @reading(pos="verb")
    def is_suspected_act(self, token: Token, trigger: Trigger) -> bool:
        """"detained 300 people suspected of aiding the rebels", "villagers suspected of sheltering
        fighters": an act someone is only suspected of (under "of" of a ``suspicion_verbs`` verb) is
        not told as done; unlike an accusation, no party stands behind the charge."""
        prep = token.head
        if trigger.pos != "verb" or token.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        return prep.head.lemma_.lower() in self.rule_words("suspicion_verbs")

    @reading("AID", pos="verb")
    def is_equipped_state(self, token: Token, trigger: Trigger) -> bool:
        """"coast guard personnel armed with knives", "the rebels were armed with rifles": a participle
        of equipping (``equipping_verbs``) with a "with" phrase and no supplier (no object, no "by"
        agent) tells what someone carries, not who supplied it; "Iran armed the rebels" and "rebels
        armed by Rwanda" stay aid."""
        if trigger.pos != "verb" or token.tag_ != "VBN" \
                or token.lemma_.lower() not in self.rule_words("equipping_verbs"):
            return False
        children = children_of(token)
        if any(c.dep_ in ("dobj", "agent") for c in children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in children)

    @reading("ASSAULT")
    def is_outcome_conjunct(self, token: Token, trigger: Trigger) -> bool:
        """"12 fighters were killed and two depots destroyed": a passive damage verb with no doer of
        its own, coordinated with a passive casualty verb, lists the same attack's outcome; the
        killing is the event (coded once)."""
        if trigger.type != "ASSAULT" or token.dep_ != "conj" or token.tag_ != "VBN" or token.head.i == token.i:
            return False
        head = token.head
        governing = self.triggers.get(head.i)
        if governing is None or governing.type != "ASSAULT" or head.lemma_.lower() not in self.words["casualty_verbs"]:
            return False
        if any(c.dep_ == "agent" for c in children_of(token)):
            return False   # "... and a school destroyed by Israeli aircraft": a doer of its own
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(head))

    @staticmethod
    def is_place_noun(token: Token) -> bool:
        """A common noun naming a place or position ("the town", "its positions", "border posts")."""
        return token.lemma_.lower() in PLACE_NOUNS

    @reading("THREATEN", pos="noun")
    def is_assessed_threat(self, token: Token, trigger: Trigger) -> bool:
        """"the filling posed an existential threat to Egypt", "represents a danger": a threat that
        something poses is an assessment of a risk, not a threat anyone made."""
        if trigger.pos != "noun" or trigger.type != "THREATEN" or token.dep_ not in ("dobj", "attr"):
            return False
        return token.head.lemma_.lower() in self.rule_words("assessment_verbs")

    @reading()
    def is_demanded_content(self, token: Token, depth: int = 2) -> bool:
        """What a request or threat asks for or warns of, however deep in its complement: "insist on
        the withdrawal of Ethiopian troops", "demanding that the government expel ...", "urged both
        governments to protect the civilians it was meant to protect". The request is the event."""
        node = token
        for _ in range(CONTENT_DEPTH):
            head = node.head
            if head.i == node.i or is_finite_conjunct_of_infinitive(node):
                return False
            if node.dep_ not in CONTENT_PATH_DEPS and not self.is_controlled_infinitive(node):
                return False
            governing = self.triggers.get(head.i)
            if governing is not None:   # the nearest trigger above decides; its own conjunct is a second event
                # "insist on the withdrawal": a request's prepositional object is what it asks for;
                # a threat's ("response to any Israeli strike") is its condition, an event of its own
                if governing.type in DEMAND_TYPES:
                    if self.is_forecast_governor(head, governing) or contact_clause_antecedent(node) is not None:
                        return False   # "X could supply shells, an official warned": reported, not warned of
                    return (node.dep_ in ("xcomp", "ccomp") or self.is_controlled_infinitive(node)
                            or node.dep_ == "prep" and governing.type == "REQUEST" and not is_setting_phrase(node)
                            or node.dep_ == "dobj" and governing.type == "REQUEST" and governing.pos == "verb"
                            and node.pos_ == "NOUN"   # "demanded the release of the detainees"
                            or governing.pos == "noun" and is_infinitive_clause(node))
                if self.is_promised_through(node, token, head, governing):
                    return True
                # "urged both governments to protect the ceasefire and the civilians it was meant to
                # protect": what hangs inside the asked-for act is asked for too
                return depth > 0 and self.is_demanded_content(head, depth - 1)
            node = head
        return False

    def is_controlled_infinitive(self, clause: Token) -> bool:
        """"asked Washington to press Israel to pull its forces out": the small model may read the
        infinitive after the object of an object-control verb (``object_control_verbs``) as an adverbial
        clause; it is that verb's complement all the same."""
        head = clause.head
        return (clause.dep_ == "advcl" and head.i != clause.i and is_infinitive(clause)
                and head.lemma_.lower() in self.words["object_control_verbs"]
                and any(c.dep_ == "dobj" for c in children_of(head)))

    def is_promised_through(self, node: Token, token: Token, head: Token, governing: Trigger) -> bool:
        """``token`` sits inside the infinitive ``node`` that a promise verb (``head``, coded as
        ``governing``) takes, under a verb that is no trigger itself: "agreed to launch joint patrols",
        "offered to host talks between their commanders", "pledged to set up a joint commission". What
        is promised is the promise's content, as a trigger right under it is ("agreed to withdraw"). The
        object of a preposition of place or time is a setting the parser may hang there ("invited them
        to join the bloc at the Madrid summit"), not content ("to hold elections under a deal" is)."""
        setting = token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPOSITIONS
        return (node is not token and node.dep_ == "xcomp" and not setting and governing.pos == "verb"
                and governing.type in PROMISE_TYPES and not self.is_forecast_governor(head, governing))

    @reading(pos="noun")
    def is_acted_on(self, token: Token, trigger: Trigger) -> bool:
        """A standing measure another trigger acts on: "lifted its suspension of party activities",
        "eased sanctions on Venezuela", "suspended a military accord", "withdrew its complaint",
        "would suspend attacks". The verb's act is the event; its object is background. Responses
        ("condemned Iran's execution of ...", "dismissed Seoul's offer") keep their object's event."""
        if trigger.pos != "noun" or token.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return False
        if token.dep_ == "nsubj" and token.head.lemma_.lower() not in self.rule_words("ergative_verbs"):
            return False   # "cooperation will end": an ergative verb's subject is what it acts on
        governing = self.triggers.get(token.head.i)
        return (governing is not None and governing.pos == "verb" and governing.type != trigger.type
                and governing.type in MEASURE_ENDING_TYPES)

    @reading()
    def is_embedded_question(self, token: Token) -> bool:
        """"declined to say whether Egyptian jets were sent", "asked whether Cairo was prepared to
        strike": an open question asserts no event, and asking it is no request."""
        if self.is_request_verb(token) and any(c.dep_ == "ccomp" and (_opens_question(c) or _opens_wh_question(c))
                                               for c in children_of(token)):
            return True   # "asked why the women kept quiet": a question put, no request made
        if not _asks_whether(token.doc):
            return False   # the cheap test first: most texts ask no yes/no question
        node = token
        for _ in range(CONTENT_DEPTH):
            if _opens_question(node):
                return True
            if node.dep_ in ("ccomp", "advcl", "relcl", "ROOT") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def is_request_verb(self, token: Token) -> bool:
        """The token was matched as a REQUEST trigger ("asked", "urged")."""
        trigger = self.triggers.get(token.i)
        return trigger is not None and trigger.type == "REQUEST"

    @reading()
    def is_accused_act(self, token: Token, trigger: Trigger) -> bool:
        """"accused Kyiv of stalling the talks": a verbal act an accusation charges someone with is
        the content of the ACCUSE event, not an event of its own (also inside relative clauses).
        A material act stays an event, flagged ``claimed`` ("accused Yerevan of shelling its
        positions" is an Armenian ASSAULT as Azerbaijan claims it, as the brief requires)."""
        prep = token.head
        return (token.dep_ == "pcomp" and prep.lower_ in ("of", "for") and prep.head.i != prep.i
                and prep.head.lemma_.lower() in self.words["accusation_verbs"]
                and quad_class(trigger.cameo) in (1, 3))

    @reading("PROTEST")
    def is_protest_motive(self, token: Token, trigger: Trigger) -> bool:
        """"closed its border in protest at the strikes", "summoned the envoy to protest against the
        attack": the protest is why another act was done, not a demonstration."""
        if trigger.type != "PROTEST":
            return False
        if token.pos_ == "NOUN":
            return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep"
        purpose = token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                           for c in children_of(token))
        return purpose and token.head.i in self.triggers

    @reading("CONSULT")
    def is_speaker_aside(self, token: Token, trigger: Trigger) -> bool:
        """"An Ethiopian diplomat, speaking on condition of anonymity, said ...": a participle of a
        speech verb with no partner ("with", "to") describes the speaker, it is no consultation."""
        if trigger.type != "CONSULT" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl"):
            return False
        return not any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") for c in children_of(token))

    @reading("THREATEN")
    def is_forecast(self, token: Token, trigger: Trigger) -> bool:
        """"Traders warned that prices would rise", "an incursion could spark a conflict, the commander
        warned": a warning that names no addressee and announces nothing its author will do is a
        forecast. "Turkey warned it would launch", "warned Finland of countermeasures" stay threats."""
        if trigger.type != "THREATEN" or token.lemma_.lower() not in self.words["forecast_verbs"]:
            return False
        if any(c.dep_ in ("dobj", "dative", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of")
               for c in children_of(token)):
            return False
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        if clause is None and token.dep_ == "parataxis":
            clause = token.head   # "..., analysts warned" parsed as an aside of its content
        if clause is None:
            return False
        subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            return False   # "warned it would retaliate": the author's own act
        clauses = [clause, *(c for c in children_of(clause) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        if any(self.is_sure_answer(c) or self.is_authority_act(c) for c in clauses):
            return False
        if any(self.is_deterrent(s, c) or self.is_conditional_deterrent(c) or self.is_conditional_measure(s, c)
               for c in clauses for s in children_of(c) if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            return False
        author = self.source(token, trigger)
        if author is not None and can_carry_out(author) and (
                any(names_a_target(c) for c in clauses)   # "warned that the kingdom could be the next target"
                or any(self.is_answer_to_a_party(s, c, author) for c in clauses   # "... India would pay a heavy price"
                       for s in children_of(c) if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
            return False   # a threat, not a forecast
        if author is not None and author.sector in STATE_SECTORS | {"IGO"} and any(
                self.is_passive_measure(c) and self.is_foreign_patient(c, author) for c in clauses):
            return False   # "ECOWAS warned that the country would be suspended if it refused": its own measure
        doer = actor_for_token(subject)
        if doer is None and author is not None and author.sector in STATE_SECTORS | {"ELI"}:
            doer = self.actor_from_modifiers(subject)   # a state's "US assistance could be cut": its own act
        return not (author and doer and is_same_side(author, doer))

    def is_conditional_deterrent(self, clause: Token) -> bool:
        """"warned that Armenia would face serious consequences if it tried to join NATO": a clause
        under "will"/"would" that names the answer (``deterrent_words``) an act will meet, on a
        condition ("if", "unless"), announces the author's answer to that act: a threat, whoever the
        clause's subject. "prices would rise if the strike went on" names no answer."""
        if not self.is_future_clause(clause):
            return False
        conditions = [c for c in children_of(clause) if c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))]
        if not conditions:
            return False
        return self.names_an_answer(clause, {w.i for c in conditions for w in c.subtree})

    def is_threatened_measure(self, token: Token) -> bool:
        """The measure a conditional threat holds over its addressee (``is_conditional_measure``): the
        subject of the clause of a THREATEN trigger ("warned that tariffs could rise if ...")."""
        clause = token.head
        if token.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return False
        threat = self.triggers.get(clause.head.i)
        return threat is not None and threat.type == "THREATEN" and self.is_conditional_measure(token, clause)

    def is_passive_measure(self, clause: Token) -> bool:
        """"warned that the country would be suspended if it refused", "warned that development funds
        could be suspended": a coercive measure (a SANCTION or COERCE verb) told in the passive under a
        modal, with no doer named, is the author's own measure held over the addressee, a threat."""
        entries = self.lexicon.verbs.get(clause.lemma_.lower(), ())
        if clause.pos_ != "VERB" or not any(entry.type in MEASURE_TYPES for entry in entries):
            return False
        if not any(c.dep_ == "auxpass" for c in children_of(clause)) or any(c.dep_ == "agent" for c in children_of(clause)):
            return False
        return any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in children_of(clause))

    def is_foreign_patient(self, clause: Token, author: Actor) -> bool:
        """The passive subject of ``clause`` (or its owner: "Pakistan's loan") is an actor of another
        country than ``author``: the one the measure would fall on ("the country would be suspended"),
        not the author's own people or a thing of no one ("flights could be suspended")."""
        subject = next((c for c in children_of(clause) if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if subject is None:
            return False
        patient = actor_for_token(subject) or self.actor_from_modifiers(subject)
        return patient is not None and bool(patient.country) and patient.country != author.country \
            and patient.sector not in PEOPLE_SECTORS_WARNED

    def is_conditional_measure(self, subject: Token, clause: Token) -> bool:
        """"warned that tariffs could rise again if no deal was reached": a coercive measure (a SANCTION
        or COERCE trigger) as the subject of a clause on a condition ("if", "unless") is the author's
        measure held over the addressee, a threat; "prices could rise if ..." names none."""
        measure = self.triggers.get(subject.i)
        if measure is None or measure.type not in MEASURE_TYPES:
            return False
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
                   for c in children_of(clause))

    def names_an_answer(self, clause: Token, outside: set[int]) -> bool:
        """Whether ``clause``, less the tokens ``outside``, names an answer (``deterrent_words``)."""
        answers = self.rule_words("deterrent_words")
        return any(t.lemma_.lower() in answers or t.lower_ in answers for t in clause.subtree if t.i not in outside)

    @staticmethod
    def is_future_clause(clause: Token) -> bool:
        """The clause's verb has "will", "would", "'ll" or "shall"."""
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in children_of(clause))

    def is_sure_answer(self, clause: Token) -> bool:
        """"warned that such killings would not go unanswered", "warned that vandalism would not be
        tolerated": a clause saying an act will not be left unanswered (``sure_answer_words``, under
        "will"/"would"; "tolerate" negated) announces the author's answer, whoever the act's doer."""
        if not self.is_future_clause(clause):
            return False
        words = self.rule_words("sure_answer_words")
        negated = any(c.dep_ == "neg" for c in children_of(clause))
        for word in (clause, *children_of(clause)):
            lemma = word.lemma_.lower()
            if lemma in words and (lemma not in ("tolerate", "allow") or negated):
                return True
        return False

    def is_authority_act(self, clause: Token) -> bool:
        """"warned that more supporters would be detained if they tried to disrupt it": a passive act
        of authority (``authority_acts``) under "will"/"would" with no "by" agent names no other doer;
        the author's own side will do it, a threat."""
        if clause.lemma_.lower() not in self.rule_words("authority_acts") or not self.is_future_clause(clause):
            return False
        children = children_of(clause)
        return (any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children))

    def is_deterrent(self, subject: Token, clause: Token) -> bool:
        """"warned that any attack would be met with a firm response", "warned that anyone who disturbed
        order would face the law": a warning about whatever anyone may do (a subject under "any", or
        "anyone", "whoever") that says what it will meet (``deterrent_words``, under "will"/"would")
        announces the author's own response: a threat, not a forecast. "any delay could cost lives"
        names no answer; "any attempt could trigger a wider war" only says what may follow."""
        if not any(w.lower_ in self.rule_words("any_words") for w in subject.subtree):
            return False
        if not self.is_future_clause(clause):
            return False   # "any attempt could trigger a wider war": a forecast of what may follow
        return self.names_an_answer(clause, {w.i for w in subject.subtree})

    def is_answer_to_a_party(self, subject: Token, clause: Token, author: Actor) -> bool:
        """"Pakistan warned that India would pay a heavy price for any attack", "warned that Israel would
        face a crushing response": a clause under "will"/"would" in which a state or an armed group of
        another side (its subject, by name) receives (``RECEIVING_VERBS``) an answer (``deterrent_words``)
        announces the author's answer to it: a threat. "warned that farmers would face higher prices"
        names no such party, and "warned that Israel would retaliate" has Israel answer, not receive."""
        if clause.lemma_.lower() not in RECEIVING_VERBS or not self.is_future_clause(clause):
            return False   # "Israel would respond to any attack": the subject answers, it is not answered
        actor = actor_for_token(subject)
        if actor is None or not actor.country or (actor.sector or "GOV") not in STATE_OR_ARMED_SECTORS \
                or is_same_side(author, actor):
            return False
        aside = {w.i for c in children_of(clause) if c.dep_ in ("advcl", "ccomp", "relcl", "acl") for w in c.subtree}
        return self.names_an_answer(clause, {w.i for w in subject.subtree} | aside)   # not "as the war spread"

    def is_forecast_governor(self, token: Token, trigger: Trigger) -> bool:
        """The governing warning is a forecast (``is_forecast``), so it only reports its clause: "South
        Korea could supply shells to Ukraine if ..., an official warned" codes the supply as told."""
        return trigger.type == "THREATEN" and self.is_forecast(token, trigger)

    @reading("CONSULT")
    def is_trip_for_talks(self, token: Token, trigger: Trigger) -> bool:
        """"flew to Moscow for talks with Putin": the talks are the event, the journey is their setting."""
        if trigger.type != "CONSULT" or token.lemma_.lower() not in TRAVEL_VERBS:
            return False
        return any(g.i in self.triggers and self.triggers[g.i].type == "CONSULT"
                   for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "for"
                   for g in children_of(c) if g.dep_ == "pobj")

    @reading("CONSULT", pos="noun")
    @staticmethod
    def is_contact_not_kept(token: Token, trigger: Trigger) -> bool:
        """"said it was in contact with both sides", "stayed in close touch with Bamako" are
        consultations; "denied any contact with the detainees", "would not cut its contacts with
        Benghazi" are not: a contact noun is an event only after "in" or as what is kept up."""
        if trigger.type != "CONSULT" or token.lemma_.lower() not in CONTACT_NOUNS:
            return False
        head = token.head
        return not ((token.dep_ == "pobj" and head.lower_ == "in")
                    or (token.dep_ == "dobj" and head.lemma_.lower() in CONTACT_KEEPING_VERBS))

    @reading("REJECT")
    def is_refusal_to_speak(self, token: Token, trigger: Trigger) -> bool:
        """"declined to say whether ...", "refused to comment": no rejection of anyone ("vowed not to give
        in", a refusal to yield, is one)."""
        if trigger.type != "REJECT" or trigger.mode == "yield":
            return False
        if any(c.dep_ == "dobj" and g.dep_ == "prep" and g.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in self.rule_words("comment_nouns") for o in children_of(g))
               for c in children_of(token) for g in children_of(c)):
            return True   # "declined a request for comment": a reporter's request, no one's proposal
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self.words["no_comment_verbs"] for c in children_of(token))

    def is_sport_event(self, token: Token, event: Event) -> bool:
        """A match result told as an event ("Argentina beat Brazil 1-0", "Sudan pulled one back"):
        the trigger's sentence names a sport word or the doc is a sports report, and no actor is
        named by more than its country or team ("Brazilian police charged at fans" stays)."""
        if not self.component.sport_sentence(token):
            return False
        return not any(actor is not None and self.names_a_role(actor) for actor in (event.source, event.target))

    def names_a_role(self, actor: Actor) -> bool:
        """The actor's words hold a common noun besides team words ("police", "sports secretary")."""
        pattern = self.component.sport_pattern
        words = [w for w in re.findall(r"\b[a-z][a-z-]+\b", actor.text) if w not in self.words["team_words"]]
        return any(not pattern.fullmatch(w) for w in words)

    def under_denial(self, token: Token) -> bool:
        """Whether ``token`` is the act a denial or refusal verb (``denial_verbs``) takes as its
        complement ("denied shelling the town", "ruled out pulling troops out"): no act of its own."""
        head = token.head
        if token.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in DENIABLE_INTENTS and head.dep_ in ("ccomp", "xcomp"):
            token, head = head, head.head   # "denied that it had intended to hit any targets": the aim denied
        if token.dep_ in ("acl", "ccomp") and token.pos_ == "VERB" and head.dep_ == "dobj" \
                and head.lemma_.lower() in self.words["claim_nouns"]:
            head = head.head   # "denied reports that Israel had agreed to pull out": the reported act
        complement = token.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "acl") or is_gerund_read_as_adverbial(token)
        return complement and head.lemma_.lower() in self.words["denial_verbs"] \
            and token.pos_ == "VERB" and head.pos_ != "NOUN" and not self.is_denied_charge(head)   # not "the dispute"

    def is_denied_charge(self, verb: Token) -> bool:
        """"Congo accused Rwanda of arming the rebels, a charge Kigali has denied": a denial whose
        subject (as the parser reads the appositive) or antecedent is a charge noun (``claim_nouns``)
        answers the accusation told before it; the accusation is no content of the denial."""
        return self.denied_charge(verb) is not None

    @kept_per_token   # asked by the reading, the modality, the source and the target of each denial
    def denied_charge(self, verb: Token) -> Token | None:
        """The charge noun a denial verb answers (``is_denied_charge``): the noun its relative clause
        describes, its subject "a charge" as the parser may read the appositive, or the noun of an
        apposition ", a charge X (has) denied" the parser split; None for any other verb."""
        if MISTAGGED_DENIALS.get(verb.lower_, verb.lemma_.lower()) not in self.words["denial_verbs"]:
            return None
        if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in self.words["claim_nouns"]:
            return verb.head
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")
                        and c.lemma_.lower() in self.words["claim_nouns"]
                        and c.i > verb.sent.start and self.doc[c.i - 1].lower_ in ("a", "an")), None)
        return subject if subject is not None else self.charge_apposition_noun(verb)

    def charge_apposition_noun(self, verb: Token) -> Token | None:
        """"Warsaw accused Minsk of engineering a migrant crisis, a charge Belarus has always denied":
        the small model may hang the accusation on the denial and the charge noun on the accusation's
        last word; the denial still closes an apposition ", a charge X (has) denied" opened by a comma,
        "a" or "an" and a charge noun (``claim_nouns``) within the few words before it or before its
        subject (", a charge Mali's transitional authorities have repeatedly rejected"), or by a comma
        and a plural one (", accusations Kigali rejects"): that noun."""
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        first = verb.i - CHARGE_APPOSITION_SPAN
        if subject is not None and subject.i < verb.i:
            first = min(first, subject.left_edge.i - 2)
        start = max(verb.sent.start + 1, first)
        return next((self.doc[i] for i in range(start, verb.i)
                     if self.doc[i].lemma_.lower() in self.words["claim_nouns"] and opens_apposition(self.doc[i])), None)




# Each reading with its declared scope, in the order ``is_not_an_event`` tries them (definition order).
READINGS: tuple[tuple[str, ReadingScope], ...] = tuple((name, scope) for name, scope, _ in _DECLARED)
# Readings called with the token alone (they ask nothing of the matched entry).
TOKEN_ONLY_READINGS = frozenset(name for name, _, takes_trigger in _DECLARED if not takes_trigger)


class ReadingIndex:
    """Which of ``READINGS`` can hold for a trigger, by its type and part of speech: built from the
    readings' declared scopes once per component and per (type, part of speech) pair, so each
    trigger tries the dozen readings that may fire on it instead of all sixty."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._by_kind: dict[tuple[str, str], tuple[tuple[str, bool], ...]] = {}
        self._functions_by_kind: dict[tuple[str, str], tuple[tuple[Callable[..., bool], bool], ...]] = {}

    def readings_for(self, trigger: Trigger) -> tuple[tuple[str, bool], ...]:
        """(reading name, whether it takes the trigger) for each reading ``trigger`` may make hold, in order."""
        key = (trigger.type, trigger.pos)
        found = self._by_kind.get(key)
        if found is None:
            found = self._by_kind[key] = tuple(
                (name, name not in TOKEN_ONLY_READINGS) for name, scope in READINGS
                if scope.admits(trigger.type, trigger.pos, self.lexicon))
        return found

    def functions_for(self, trigger: Trigger) -> tuple[tuple[Callable[..., bool], bool], ...]:
        """``readings_for`` with each reading's function (``function(coder, token[, trigger])``) for its name."""
        key = (trigger.type, trigger.pos)
        found = self._functions_by_kind.get(key)
        if found is None:
            found = self._functions_by_kind[key] = tuple(
                (_FUNCTIONS[name], takes_trigger) for name, takes_trigger in self.readings_for(trigger))
        return found


# A match result: a winning or drawing verb followed within a few words by a one-digit score ("beat
# Argentina 2-0", "drew 1-1 with Ghana"); a bare "5-4" (a court's vote) or "won the vote 52-48" is no sport.
MATCH_SCORE_VERBS = frozenset({"beat", "beats", "defeated", "defeats", "thrashed", "edged", "drew", "draws"})
MATCH_SCORE = r"(?:" + "|".join(sorted(MATCH_SCORE_VERBS)) + r")\s+(?:[\w'.-]+\s+){0,4}\d-\d"


CRIME_CACHE_KEY = "eventwire_crime_sentences"
# CAMEO codes of an accusation that a police matter can hold: investigating, accusing, suing.
CHARGE_CAMEO_PREFIXES = ("09", "112", "115")
# Quotation marks: a sentence holding one quotes someone, whose present tense is their statement.
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "``", "''"})


def topic_sentences(doc, pattern: re.Pattern[str], word_sets: tuple[frozenset[str], ...],
                    cache_key: str) -> bool | frozenset[int]:
    """True when ``doc`` names a word of a topic's list (``pattern``; ``word_sets`` from
    ``phrase_word_sets``) in two or more sentences, else the starts of the sentences that name one;
    kept once per doc under ``cache_key``. The word sets are the cheap test first: most news names
    none, and then no regex runs."""
    cached = doc.user_data.get(cache_key)
    if cached is None:
        starts: frozenset[int] = frozenset()
        if may_match(doc, word_sets):
            text = doc_text(doc)
            starts = frozenset(s.start for s in doc.sents if pattern.search(text, s.start_char, s.end_char))
        cached = doc.user_data[cache_key] = True if len(starts) >= 2 else starts
    return cached


@lru_cache(maxsize=4)
def crime_word_sets(words: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The word sets a text must hold for a crime word to match it (``phrase_word_sets``)."""
    return phrase_word_sets(words)


@lru_cache(maxsize=4)
def crime_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex for the crime words (whole words; a hyphen may be a space)."""
    alternatives = sorted((re.escape(str(w)).replace(r"\-", "[- ]?").replace(r"\ ", r"\s+") for w in words),
                          key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def event_parties(token: Token) -> list[Token]:
    """The words that can name the trigger's parties: its subjects and objects, its passive "by"
    agent, the noun a participle hangs on, and each of their conjuncts."""
    heads = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")]
    heads += [g for c in children_of(token) if c.dep_ in ("agent", "prep")
              for g in children_of(c) if g.dep_ == "pobj"]
    if token.dep_ in ("acl", "relcl", "amod") and token.head.i != token.i:
        heads.append(token.head)
    return [w for h in heads for w in (h, *(c for c in children_of(h) if c.dep_ == "conj"))]


def sport_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive regex for the sport words (whole words; a hyphen may be a space)."""
    alternatives = sorted((re.escape(str(w)).replace(r"\-", "[- ]?") + (r"(?!\s+of\b)" if str(w).endswith(" half") else "")
                           for w in words), key=len, reverse=True)   # "the first half of the year" is no match
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(alternatives + [MATCH_SCORE]) + r")\b", re.IGNORECASE)


def is_counted_group(noun: Token) -> bool:
    """"the two presidents", "both ministers", "Indian and Pakistani officials": a plural noun
    counted, paired or given coordinated origins names all the partners of a talk."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ == "nummod" or (c.dep_ in ("det", "predet") and c.lower_ == "both")
               or (c.dep_ == "amod" and any(g.dep_ == "conj" for g in children_of(c))) for c in children_of(noun))


def is_setting_phrase(prep: Token) -> bool:
    """"In a phone call with Barrot, Araghchi urged Paris to ...", "appealed for calm during the
    talks": a phrase of place or time (``SCENE_PREPOSITIONS``), or any phrase put before its verb,
    tells where or when a request was made, not what it asks for ("insist on the withdrawal")."""
    return prep.lower_ in SCENE_PREPOSITIONS or prep.i < prep.head.i


def is_infinitive_clause(token: Token) -> bool:
    """"an ultimatum to reinstate the president": an infinitive clause hanging on a noun."""
    return token.dep_ == "acl" and is_infinitive(token)


def is_finite_conjunct_of_infinitive(verb: Token) -> bool:
    """"urged both sides to avoid provocations and offered to host talks": a past or present-tense
    verb the parser coordinated with a bare infinitive is no part of it (an infinitive's conjuncts are
    bare too: "to stop the shelling and return home"); it goes with the finite verb above. So does a
    past-tense verb coordinated with a verb under a modal ("warned that US assistance could be cut and
    urged the government to scrap the law": a conjunct of "could be cut" would share the modal)."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    if verb.head.tag_ == "VB":
        return True
    # (not one with a subject of its own: "her government would ship oil, and Russia promised to help")
    return verb.tag_ == "VBD" and is_modal_clause_verb(verb.head) and not has_own_subject(verb)


def has_own_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own, active or passive."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(verb))


# Modal auxiliaries: a verb under one is no finite past of its own ("could be cut").
MODAL_AUXILIARIES = frozenset({"could", "would", "will", "might", "may", "should", "can", "must", "shall"})


def is_modal_clause_verb(verb: Token) -> bool:
    """A verb of a content clause ("... that aid could be cut") carrying a modal auxiliary, not a
    perfect one ("said Somali troops might have crossed the border and attacked a post": the small
    model tags the second participle as a past form, and it belongs to the clause)."""
    auxiliaries = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
    return verb.dep_ in ("ccomp", "xcomp") and any(a in MODAL_AUXILIARIES for a in auxiliaries) \
        and "have" not in auxiliaries


def has_own_parties(noun: Token) -> bool:
    """"hosted talks between American and Iranian officials": an event noun naming its own parties
    ("between") is an event of those parties, not a restatement of its verb's event."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" for g in children_of(c))
               for c in children_of(noun))


# Verbs of aim a denial reaches through: "denied that it had intended to hit", "denied trying to seize".
DENIABLE_INTENTS = frozenset({"intend", "plan", "aim", "mean", "try", "seek", "want", "attempt"})


def carries_recipient(noun: Token) -> bool:
    """A noun with a "for" or "to" phrase of its own ("a package of aid for Haiti")."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in children_of(noun))


def names_its_doer(noun: Token) -> bool:
    """An act noun whose doer is named as its possessor or "by" agent ("Russia's withdrawal", "the
    release of 50 hostages by Hamas"): an act someone did, not one talked of as a possibility."""
    for child in children_of(noun):
        if child.dep_ == "poss" and actor_for_token(child) is not None:
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ == "by" and any(
                g.dep_ == "pobj" and actor_for_token(g) is not None for g in children_of(child)):
            return True
    return False


def names_its_maker(noun: Token, pronoun_owner: bool = True) -> bool:
    """An event noun that names a party of its own: a possessor or an actor modifier ("Nairobi's
    protest", "a US request"), a "by", "from" or "of" phrase with an actor, or a "between" phrase.
    Without ``pronoun_owner`` a possessive pronoun does not count: "suspended its aid", "is reviewing
    its remaining assistance" name the verb's own subject as the giver, so the noun is the verb's
    object and no event of its own (``is_sense_object``)."""
    if has_own_parties(noun):
        return True
    for child in children_of(noun):
        if child.dep_ == "poss" and child.pos_ == "PRON" and not pronoun_owner:
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod") and actor_for_token(child) is not None:
            return True
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and any(
                g.dep_ == "pobj" and actor_for_token(g) is not None for g in children_of(child)):
            return True
    return False


# The sides a warning not to act is a threat to (``is_advice``): a state's, armed or political side.
WARNED_SIDES = frozenset({"GOV", "MIL", "REB", "OPP", "SPY", None})
# People a measure may fall on who are no party warned (``is_foreign_patient``): "journalists could be arrested".
PEOPLE_SECTORS_WARNED = frozenset({"CVL", "MED", "NGO", "EDU", "LAB", "REF", "AGR", "BUS"})
# Auxiliaries of what may or will happen.
MODAL_WORDS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "can"})


def has_party_with(noun: Token) -> bool:
    """"a deal with the opposition": a pact noun naming a party of its own in a "with" phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in children_of(c))
               for c in children_of(noun))


def is_named_document(noun: Token) -> bool:
    """"the Addis Ababa agreement", "the Jeddah accord", "the 2015 Declaration of Principles": a pact
    noun named by a place or a year among its modifiers, or itself part of a title (a proper noun).
    Parties ("Egypt's agreement", "the Sudanese-Ethiopian deal") and relative dates ("last week's
    agreement", the news of a recent signing) do not make a name."""
    if noun.pos_ == "PROPN" and noun.i > noun.sent.start and noun.is_title:
        return True
    for child in children_of(noun):
        if child.dep_ not in ("compound", "nummod", "amod", "nmod") or child.i > noun.i:
            continue
        if child.ent_type_ in ("GPE", "LOC", "FAC") and child.pos_ == "PROPN" and not names_a_country(child):
            return True   # a city or venue, not a party
        if child.like_num and len(child.text) == 4 and child.text.isdigit():
            return True
    return False


def _asks_whether(doc) -> bool:
    """Whether the text holds "whether" at all (kept once per doc)."""
    cached = doc.user_data.get("ew_whether")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), "whether" in doc_text(doc).lower())
        doc.user_data["ew_whether"] = cached
    return cached[1]


def _opens_question(clause: Token) -> bool:
    """The clause is an indirect yes/no question ("whether Cairo was prepared to strike")."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in children_of(clause))


def _opens_wh_question(clause: Token) -> bool:
    """The clause opens with a question word ("why the women stayed quiet", "what level of expertise
    they had"); under a verb of asking it is a question, not a request."""
    first = clause.left_edge
    return first.tag_ in ("WRB", "WP", "WDT") and first.lower_ != "that" and first.i < clause.i


def relative_antecedents(token: Token, subjects: list[Token]) -> list[Token]:
    """"the losses of two flights, which killed 123 people": a relative-pronoun subject stands for
    the noun its clause hangs on, and for the nouns that noun is in apposition to."""
    if token.dep_ != "relcl" or token.head.i == token.i:
        return []
    if not any(s.tag_ in ("WDT", "WP") or s.lower_ == "that" for s in subjects):
        return []
    found = [token.head]
    node = token.head
    while node.dep_ in ("appos", "conj") and node.head.i != node.i and len(found) < 4:
        node = node.head
        found.append(node)
    return found


def is_priced(token: Token) -> bool:
    """A deal phrase with a money amount under "for" or "worth" ("a deal for US$ 7 billion")."""
    priced = [c for c in children_of(token) if c.lower_ in ("for", "worth")]
    return any(g.ent_type_ == "MONEY" or g.tag_ == "$" or "$" in g.text for c in priced for g in c.subtree)


def opens_apposition(noun: Token) -> bool:
    """A noun right after ", a"/", an" (", a charge X denied"), or a plural one right after a comma
    (", accusations Kigali rejects")."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].lower_ in ("a", "an") and doc[i - 2].text == ",":
        return True
    return i >= 1 and doc[i - 1].text == "," and noun.lower_.endswith("s")   # the tag may be wrong too


# Moves whose purpose clause of protection is protection given ("arrived in the capital to protect
# the airport", "deployed troops to protect the border").
PROTECTING_MOVES = frozenset({"arrive", "deploy", "send", "dispatch", "station", "land", "come", "move", "fly"})


def is_present_passive_description(token: Token) -> bool:
    """A relative clause in the plain present passive, "which is backed by", "that are funded by":
    the passive auxiliary in the present (is, are) and no other auxiliary."""
    if token.dep_ != "relcl" or token.tag_ != "VBN":
        return False
    auxiliaries = [c for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
    return len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in ("VBZ", "VBP")


def counts_since(children: list[Token]) -> bool:
    """A toll's verb counted up from a moment: "killed since mid-July", "have since been killed",
    "killed since the protests began" ("since" opening the verb's clause of time)."""
    return any(c.lower_ == "since" and c.dep_ in ("prep", "mark", "advmod") for c in children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in children_of(c))
        for c in children)

