"""Casualty and arrest counts: reading a count from a noun phrase ("19 people", "two of its
soldiers", "dozens"), and the coder's part that finds the phrase a kill, wound or arrest verb
counts ("killing two soldiers and wounding three", "police detained 40 protesters")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.extract.events.roles import (PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, actor_for_token, conjunct_chain,
                                            person_titles)
from eventwire.extract.events.state import CoderState
from eventwire.extract.events.triggers import children_of
from eventwire.models import Actor

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


def number_value(token: Token, numbers: dict, vague: dict) -> tuple[int | None, bool]:
    """The integer a token denotes, and whether it is only approximate ("dozens")."""
    word = token.lower_
    if _DIGITS.match(word):
        return int(word.replace(",", "")), False
    if word in numbers:
        return int(numbers[word]) + _tens_before(token, numbers), False
    if word in vague:
        return int(vague[word]), True
    return None, False


def _tens_before(token: Token, numbers: dict) -> int:
    """"Twenty-one", which the tokenizer splits as Twenty - one: the tens word before the hyphen."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or not 0 < int(numbers.get(token.lower_, 0)) < 10:
        return 0
    tens = int(numbers.get(doc[token.i - 2].lower_, 0))
    return tens if tens in (20, 30, 40, 50, 60, 70, 80, 90) else 0


def count_in(phrase: Token, numbers: dict, vague: dict) -> tuple[int | None, bool]:
    """The count in the phrase headed by ``phrase``: its own value or a numeric modifier's."""
    value, approximate = number_value(phrase, numbers, vague)
    if value is not None:
        return value, approximate
    for child in children_of(phrase):
        if child.dep_ in ("nummod", "amod", "quantmod", "det", "compound"):
            value, approximate = number_value(child, numbers, vague)
            if value is not None:
                return value, approximate or _is_bound(child)
    return None, False


# Words that make a number a bound or an estimate: "at least 12", "more than 20", "about 30".
_BOUND_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "over", "more", "least", "than",
                          "roughly", "approximately", "up", "estimated"})


def _is_bound(number: Token) -> bool:
    return any(c.lower_ in _BOUND_WORDS for c in number.subtree if c.i != number.i)


# Nouns of people the actors component codes as no one: an arrest of "a man" is of one person.
_PEOPLE_NOUNS = frozenset({"man", "woman", "boy", "girl", "child", "teenager", "person", "youth", "resident",
                           "citizen", "national", "member", "driver", "passenger", "worker", "farmer",
                           "fisherman", "sailor", "suspect", "foreigner", "tourist", "villager"})
# Nouns that a/an makes no single person of ("a number of civilians", "a group of soldiers").
_GROUP_NOUNS = frozenset({"number", "total", "handful", "couple", "group", "family", "crowd", "lot", "series",
                          "score", "host", "unit", "convoy", "patrol", "crew", "team", "delegation", "squad"})


def victims_count(victims: Token, numbers: dict, vague: dict, things_too: bool = False) -> tuple[int | None, bool]:
    """How many people a victims phrase counts, over its conjuncts ("two soldiers and three civilians":
    5; "its prime minister and 11 other officials": 12): each member's number, or 1 for a single
    person ("a police officer", "Soleimani", "his driver"). ``things_too`` when the verb may take
    things as well as people (an arrest verb: "seized a tanker"), so a single member must be shown
    to be a person. When some member has neither ("two soldiers and civilians"), the first member's
    count alone. (An event coded per member takes that member's own count: ``member_counts``.)"""
    counts = member_counts(victims, numbers, vague, things_too)
    if counts is None:
        return count_in(victims, numbers, vague)
    return sum(count for _, count, _ in counts), any(vague_count for _, _, vague_count in counts)


def member_counts(victims: Token, numbers: dict, vague: dict,
                  things_too: bool = False) -> list[tuple[Token, int, bool]] | None:
    """Each member of a victims phrase with its own count: (its head, count, approximate); None when
    some member has no count and is no single person."""
    found = []
    for member in [victims, *(c for c in conjunct_chain(victims) if c.dep_ == "conj")]:
        count, vague_count = count_in(member, numbers, vague)
        if count is None and is_one_person(member, things_too):
            count = 1
        if count is None:
            return None
        found.append((member, count, vague_count))
    return found


def member_words(member: Token) -> str:
    """The words of one member of a coordinated phrase, without the members coordinated after it."""
    after = [c for c in children_of(member) if c.dep_ in ("conj", "cc")]
    end = min((c.left_edge.i for c in after), default=member.right_edge.i + 1)
    return member.doc[member.left_edge.i: end].text.strip(" ,")


LEFT_STATES = frozenset({"dead", "wounded", "injured"})


def is_left_state(token: Token) -> bool:
    """The state a "leave" clause leaves its victims in: "left seven civilians dead", "leaving at least
    ten people injured" (the parser's predicate or clause)."""
    if token.lower_ not in LEFT_STATES:
        return False
    if token.dep_ == "acl" and token.head.dep_ == "dobj":   # "leaving five people injured": on the object
        return token.head.head.lemma_.lower() == "leave"
    return token.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl") and token.head.lemma_.lower() == "leave"


def is_leaving_participle(token: Token) -> bool:
    """"..., leaving five people dead": an adverbial "leaving" participle that leaves victims in a state."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() == "leave" \
        and left_state(token) is not None


def left_state(verb: Token) -> Token | None:
    """The state word of a "leave" verb's victims, on the verb or on its object."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return next((c for t in (verb, *objects) for c in children_of(t) if is_left_state(c)), None)


def is_one_person(noun: Token, things_too: bool = False) -> bool:
    """Whether ``noun`` names one person: "him", a person's name, a noun introduced by "a" or "an"
    or by a possessive ("a passer-by", "a Palestinian", "his driver"), an office-holder ("the group's
    commander", "the village chief"). With ``things_too`` (the verb may take things: "seized a
    tanker") a common noun counts only when the actors component codes it as someone of a sector."""
    if noun.lower_ in ("him", "her"):
        return True
    if noun.tag_ not in ("NN", "NNP") or noun.lemma_.lower() in _GROUP_NOUNS:
        return False
    if noun.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(noun)):
        return True
    determiners = [c for c in children_of(noun) if c.dep_ in ("det", "poss")]
    if noun.lemma_.lower() in person_titles() and determiners:
        return True   # "the group's commander", "its leader", "the president"
    if not any(c.dep_ == "poss" or c.lower_ in ("a", "an") for c in determiners):
        return False
    if things_too:   # "detained a man", "arrested a journalist"; not "seized a tanker"
        if noun.lemma_.lower() in _PEOPLE_NOUNS:
            return True
        actor = actor_for_token(noun)
        return actor is not None and bool(actor.sector)
    return noun.pos_ == "NOUN" or noun.ent_type_ == "NORP"   # "a passer-by", "a Palestinian"


class CasualtyCounts(CoderState):
    """The dead, wounded and arrested an event's trigger counts, and the mode an absorbed attack lends it."""

    def count_words(self) -> tuple[dict, dict]:
        """The lexicon's number words and vague quantities ("two" -> 2, "dozens" -> 24)."""
        return self.lexicon.rules.get("number_words") or {}, self.lexicon.rules.get("approximate_counts") or {}

    def patient_of(self, verb: Token, lemma: str) -> Token | None:
        """Whom a kill, wound or arrest verb (of ``lemma``) is done to: its object, its passive
        subject, or the subject of "die"."""
        deps = SUBJECT_DEPS if lemma == "die" else PASSIVE_SUBJECT_DEPS if self.is_passive(verb) else {"dobj"}
        return next((c for c in children_of(verb) if c.dep_ in deps), None)

    def arrests(self, token: Token) -> tuple[int | None, bool]:
        """The count of people arrested or detained by an arrest verb: "police detained 40 protesters"."""
        if token.lemma_.lower() not in self.words["arrest_verbs"] or token.pos_ != "VERB":
            return None, False
        patient = self.patient_of(token, token.lemma_.lower())
        if patient is None:
            return None, False
        return victims_count(patient, *self.count_words(), things_too=True)

    def is_casualty_participle(self, token: Token) -> bool:
        """"..., killing two soldiers and wounding three": a kill/wound participle hanging off an attack."""
        return (token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp")
                and token.lemma_.lower() in self.words["casualty_verbs"])

    def casualties(self, token: Token) -> tuple[int | None, int | None, bool]:
        participles = [c for c in children_of(token) if self.is_casualty_participle(c)]
        if participles and token.lemma_.lower() not in self.words["casualty_verbs"]:
            return self.casualties_of_participles(participles)
        leaving = next((c for c in children_of(token) if is_leaving_participle(c)), None)
        forceful = getattr(self.triggers.get(token.i), "type", None) in ("ASSAULT", "COERCE")
        if leaving is not None and forceful and token.lemma_.lower() not in self.words["casualty_verbs"]:
            return self.left_dead(leaving)   # "beat demonstrators, leaving at least ten people injured"
        lemma = "kill" if self.is_shot_dead(token) else token.lemma_.lower()
        patient = self.patient_of(token, lemma) if lemma in self.words["casualty_verbs"] else None
        if patient is None:
            return self.casualties_from_clause(token)
        count, approximate = victims_count(patient, *self.count_words())
        if lemma in self.words["fatality_verbs"]:
            return count, self.injured_in_conjunct(token), approximate
        return None, count, approximate

    def target_count(self, token: Token, target: Actor, alone: bool) -> tuple[int | None, int | None] | None:
        """(killed, arrested) of the one member of the trigger's coordinated victims that stands for
        the event's target ("killed 47 Malian soldiers and 84 Wagner fighters": 47 for the soldiers'
        event, 84 for the fighters'; "attacked an army post, killing six soldiers and two Russian
        instructors": 6 for the attack on the post's army): the member naming the target, else the
        one member of the target's country when the members are of several countries. None when the
        victims are one phrase or no member stands for the target. When the target is the event's
        only one (``alone``), only if another member names another country's party ("the commander
        and 11 of his guards" are all one side's: 12)."""
        verb = token if token.lemma_.lower() in self.words["casualty_verbs"] or token.lemma_.lower() in \
            self.words["arrest_verbs"] else next((c for c in children_of(token) if self.is_casualty_participle(c)), None)
        if verb is None or not target.text:
            return None
        lemma = "kill" if self.is_shot_dead(verb) else verb.lemma_.lower()
        arresting = lemma in self.words["arrest_verbs"]
        if not arresting and lemma not in self.words["fatality_verbs"]:
            return None
        patient = self.patient_of(verb, lemma)
        if patient is None:
            return None
        counts = member_counts(patient, *self.count_words(), things_too=arresting)
        if not counts or len(counts) < 2:
            return None
        countries = {member.i: self.member_country(member) for member, _, _ in counts}
        named = [(member, count) for member, count, _ in counts
                 if target.text in member_words(member) or member_words(member) in target.text]
        if not named and target.country and len(set(countries.values()) - {None}) > 1:
            named = [(member, count) for member, count, _ in counts if countries[member.i] == target.country]
        if len(named) != 1:
            return None
        if alone and not any(country and country != target.country
                             for i, country in countries.items() if i != named[0][0].i):
            return None
        return (None, named[0][1]) if arresting else (named[0][1], None)

    def member_country(self, member: Token) -> str | None:
        """The country of one member of a victims list: its actor's, else its modifiers' ("two Russian
        instructors": ``SourceFinder.actor_from_modifiers``)."""
        actor = actor_for_token(member)
        if actor is None or not actor.country:
            actor = self.actor_from_modifiers(member)
        return actor.country if actor is not None else None

    @staticmethod
    def is_shot_dead(token: Token) -> bool:
        """"Two journalists were shot dead": a shooting whose victims died counts them as killed."""
        if token.lemma_.lower() not in ("shoot", "gun"):
            return False
        # "shot dead Adama Kone": the parser may hang "dead" on the object
        return any(c.lower_ == "dead" or (c.dep_ == "dobj" and any(g.lower_ == "dead" and g.i < c.i for g in children_of(c)))
                   for c in children_of(token))

    def casualties_of_participles(self, participles: list[Token]) -> tuple[int | None, int | None, bool]:
        fatalities = injured = None
        approximate = False
        for participle in [*participles, *(c for p in participles for c in conjunct_chain(p))]:
            if not self.is_casualty_participle(participle) and participle.dep_ != "conj":
                continue
            killed, wounded, vague = self.casualties(participle)
            fatalities = fatalities if killed is None else killed
            injured = injured if wounded is None else wounded
            approximate = approximate or vague
        return fatalities, injured, approximate

    def injured_in_conjunct(self, token: Token) -> int | None:
        for conj in children_of(token):
            if conj.dep_ in ("conj", "advcl") and conj.lemma_.lower() in self.words["injury_verbs"]:
                patient = next((c for c in children_of(conj) if c.dep_ in ("dobj", "nsubjpass")), None)
                if patient is not None:   # "killed a child and wounded her mother"
                    return victims_count(patient, *self.count_words())[0]
        return None

    def casualties_from_clause(self, token: Token) -> tuple[int | None, int | None, bool]:
        """An attack noun whose governing verb counts the dead: "a strike that killed three"."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None, None, False
        head = token.head
        if token.dep_ in SUBJECT_DEPS and head.lemma_.lower() in self.words["casualty_verbs"]:
            return self.casualties(head)
        if token.dep_ == "nsubj" and head.lemma_.lower() == "leave":
            return self.left_dead(head)
        for child in children_of(token):
            if child.dep_ == "relcl" and child.lemma_.lower() in self.words["casualty_verbs"]:
                return self.casualties(child)
        return None, None, False

    def left_dead(self, verb: Token) -> tuple[int | None, int | None, bool]:
        """"The shelling left seven civilians dead": the object of "leave" with a "dead" predicate
        counts the killed ("left 21 wounded": the wounded)."""
        predicate = left_state(verb)
        victims = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if victims is None and predicate is not None:   # "leaving ten people injured": read as a clause
            victims = next((c for c in children_of(predicate) if c.dep_ in SUBJECT_DEPS), None)
        if predicate is None or victims is None:
            return None, None, False
        count, approximate = count_in(victims, *self.count_words())
        if predicate.lower_ == "dead":
            return count, None, approximate
        return None, count, approximate

    def absorbed_mode(self, token: Token) -> str | None:
        agent = self.agent_of(token) if token.pos_ == "VERB" else None
        if agent is None:
            agent = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        if agent is not None and agent.i in self.absorbed:
            for trigger in self.lexicon.nouns.get(agent.lemma_.lower(), ()):
                if trigger.mode:
                    return trigger.mode
        return None
