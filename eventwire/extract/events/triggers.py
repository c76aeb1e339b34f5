"""Finding triggers: which tokens may start an event (``TriggerIndex``, compiled once per
component), and which lexicon entry a candidate token matches, chosen by its object, particle and
subject, then re-read as an offer ("ready to host talks") or a refusal ("will not negotiate")."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

import pycountry
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventwire.extract.actors.clauses import is_participle_adjunct
from eventwire.extract.events.lexicon import Lexicon, Trigger
from eventwire.extract.events.roles import (CONTENT_TAKING_TYPES, STATE_SECTORS, SUBJECT_DEPS, actor_for_token, is_dismissal,
                                            person_titles, state_named_by)
from eventwire.extract.events.state import CoderState

# Dependencies of a participle used as an adjective ("detained Americans", "a seized ship"):
# background states, not events of this sentence.
ATTRIBUTIVE_DEPS = frozenset({"amod"})
# Verbs of mediating, whose participle may describe what was mediated ("a deal brokered by China",
# "US-brokered talks").
MEDIATION_VERBS = frozenset({"mediate", "broker", "facilitate"})
# Types a declared readiness turns into an offer: "ready to host talks", "willing to mediate".
OFFERABLE_TYPES = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})
# Types whose negated promise ("would not bow", "will not negotiate", "would not support the plan") is a refusal.
REFUSABLE_TYPES = frozenset({"CONCEDE", "CONSULT", "COOPERATE", "RETREAT", "SUPPORT"})
# Verbs of accepting a claim, ruling or result: negated in any tense they are a rejection.
ACCEPTANCE_VERBS = frozenset({"accept", "recognise", "recognize", "acknowledge", "honour", "honor"})
# Verbs whose negated promise is a warning ("will not tolerate", "would not allow": TriggerChoice.as_intolerance).
INTOLERANCE_VERBS = frozenset({"tolerate", "allow"})
# Auxiliaries of a promise ("will", "would", and "wo" of "won't"): negated, a refusal or a warning
# (a warning also with the "'ll" of "we'll").
PROMISING_AUXILIARIES = frozenset({"will", "would", "wo", "shall"})
WARNING_AUXILIARIES = PROMISING_AUXILIARIES | {"'ll"}


# doc.user_data key: each token's children (a list by token index, None where not yet asked), kept
# while the events component codes the doc.
CHILDREN_KEY = "ew_events_children"
# The doc of the innermost ``children_kept`` block and its list (the same list as its user_data
# entry), so that ``children_of``, asked some 100,000 times per 200 articles, finds them without
# reading ``doc.user_data``; (None, None) outside every block. A context variable, not a module-level
# list, so that two threads coding two docs each see their own block.
_ACTIVE: ContextVar[tuple[Doc | None, list[tuple[Token, ...] | None] | None]] = ContextVar(
    "ew_events_children_active", default=(None, None))


def is_trailing_to_clause(clause: Token) -> bool:
    """An adverbial clause after its verb that is a "to" infinitive with no subject or opening word of
    its own: how the small model hangs a complement once a phrase stands between it and its verb."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    marks = [c for c in children_of(clause) if c.dep_ in ("aux", "mark", "nsubj", "nsubjpass")]
    return len(marks) == 1 and marks[0].dep_ == "aux" and marks[0].lower_ == "to"


def is_split_infinitive_clause(clause: Token) -> bool:
    """"pressed China on Monday to explain": an object-control complement hung as an adverbial clause
    (``is_trailing_to_clause``) after the verb's object or passive subject."""
    return is_trailing_to_clause(clause) and any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(clause.head))


def names_a_person(token: Token) -> bool:
    """A person's name, or a noun in apposition with one or with one in apposition to it ("a New
    Zealand pilot, Phillip Mehrtens", "Mahmoud al-Subaihi, a former defence minister")."""
    if token.ent_type_ == "PERSON":
        return True
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(token))


def names_a_country(token: Token) -> bool:
    """The place entity a token belongs to is a country's name ("Egypt", "South Sudan")."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    try:
        pycountry.countries.lookup(entity.text if entity is not None else token.text)
    except LookupError:
        return False
    return True


def leaves_the_country(leaving: Token) -> bool:
    """"to leave", "to leave the country", "to leave Mali": a leaving verb with no object, or one that
    is the country as a whole (a country word or a country's name), not a place in it."""
    place = next((c for c in children_of(leaving) if c.dep_ == "dobj"), None)
    if place is None:
        return True
    return place.lemma_.lower() in COUNTRY_WORDS or names_a_country(place)


# Verbs whose review of one's own aid or ties is a threat to cut them (``as_threatened_review``).
REVIEW_VERBS = frozenset({"review", "reconsider"})
FUTURE_OR_MODAL = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "must"})

# Predicate nouns the small model tags as verbs ("declared two diplomats persona non grata").
PREDICATE_NOUNS_READ_AS_VERBS = frozenset({"persona"})


def is_predicate_read_as_clause(child: Token) -> bool:
    """"declared two diplomats persona non grata": a noun the parser hangs on the verb as a clause
    (ccomp or xcomp, with no auxiliary or subordinating word of its own) names what the object is
    declared to be; so does a listed predicate noun the small model tags as a verb, also when it
    reads it as a second verb (conj)."""
    if child.lower_ in PREDICATE_NOUNS_READ_AS_VERBS:
        return child.dep_ in ("ccomp", "xcomp", "conj")
    if child.dep_ not in ("ccomp", "xcomp") or any(c.dep_ in ("aux", "auxpass", "mark") for c in children_of(child)):
        return False
    return child.pos_ in ("NOUN", "PROPN")


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children`` as a tuple, in the same order. While the events component codes the doc
    (``children_kept``) each token's tuple is built once: the coder walks a trigger's children dozens
    of times, and spaCy makes new ``Token`` objects on every walk. The active block's doc is looked
    up first, with the tuples in a list by token index (no dict lookup, no ``doc.user_data`` read)."""
    active, kept = _ACTIVE.get()
    if token.doc is not active:
        kept = token.doc.user_data.get(CHILDREN_KEY)
        if kept is None:
            return tuple(token.children)
    i = token.i
    children = kept[i]
    if children is None:
        children = kept[i] = tuple(token.children)
    return children


@contextmanager
def children_kept(doc: Doc) -> Iterator[None]:
    """Keep the tuples ``children_of`` builds for ``doc`` inside the block, dropped at its end (so no
    ``Token`` is left in ``doc.user_data``, and the block's doc is let go)."""
    if CHILDREN_KEY in doc.user_data:   # an enclosing block keeps them already
        yield
        return
    kept: list[tuple[Token, ...] | None] = [None] * len(doc)
    doc.user_data[CHILDREN_KEY] = kept
    outer = _ACTIVE.set((doc, kept))
    try:
        yield
    finally:
        _ACTIVE.reset(outer)
        doc.user_data.pop(CHILDREN_KEY, None)


# Verbs of letting the other side have its way: agreed to, a concession (as_agreed_concession).
PERMITTING_VERBS = frozenset({"let", "allow", "permit"})
# Verbs of going on with something: a vow to go on with hostilities is a threat (as_vowed_continuation).
CONTINUING_VERBS = frozenset({"keep", "continue", "step", "intensify", "escalate", "pursue", "press"})
# Verbs of leaving a country: envoys ordered to do so are expelled (TriggerChoice.as_envoys_ordered_out).
LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit", "go"})
# Forces ordered to leave: expelled when they leave the country, not a named place in it
# ("ordered Ukrainian troops to leave Kursk" demands a withdrawal; ``leaves_the_country``).
ORDERED_FORCES = frozenset({"troop", "force", "soldier", "contingent", "peacekeeper", "mission"})
# What a force expelled is told to leave ("the country", "its territory").
COUNTRY_WORDS = frozenset({"country", "territory", "soil", "nation"})
# Nouns of a cause a crowd gathers for ("in support of", "at the call of" a party).
CAUSE_NOUNS = frozenset({"support", "call", "solidarity", "defence", "defense", "memory"})
# Counted people a gathering for a cause is made of ("thousands of people gathered at the call of ...").
COUNTED_PEOPLE = frozenset({"people", "person", "thousand", "hundred", "dozen", "resident", "citizen"})
# Verbs that silence a news outlet they take as object ("suspended the BBC").
SILENCING_VERBS = frozenset({"suspend", "ban", "block", "shut", "close"})
# Verbs of agreeing whose infinitive content, when it yields something, is the event itself.
AGREEMENT_VERBS = frozenset({"agree", "consent"})
# Event types of yielding: agreed to, they are coded as themselves ("agreed to lift the ban").
YIELDING_TYPES = frozenset({"CONCEDE", "RETREAT"})
# Sectors of the parties an armed attack can be made on ("troops came under fire"); a government or a
# party that "came under fire" is criticised.
ATTACKABLE_SECTORS = frozenset({"MIL", "REB", "COP", "CVL", "REF", "SPY", "UAF", "CRM", "SEP", "INS", "MED", "NGO"})
# Sectors of parties whose "fire" is words: "came under fire from rights groups / lawmakers / the UN".
CRITIC_SECTORS = frozenset({"NGO", "OPP", "LEG", "GOV", "IGO", "MED", "JUD", "EDU", "PTY", "REL", "LAB", "BUS", "CVL", "ELI"})
# Writings in which "fire" is criticism ("came under fire in a UN report").
REPORT_NOUNS = frozenset({"report", "statement", "letter", "editorial", "article", "study", "review"})
# Present-tense denial verbs the small model tags as plural nouns at the end of an apposition
# (", a claim Chisinau rejects"): read as the verb there (each form with its verb's lemma: the noun
# lemma of "dismisses" is "dismisse").
MISTAGGED_DENIALS = {"rejects": "reject", "denies": "deny", "dismisses": "dismiss", "refutes": "refute",
                     "disputes": "dispute"}


class TriggerChoice(CoderState):
    """Which tokens are triggers, and of which lexicon entry."""

    def candidate_tokens(self) -> list[Token]:
        """Tokens whose lemma is a lexicon word: found by the compiled trigger index, in text order.
        A candidate found by a form the lemmatizer leaves or misreads ("retook", "waged" read as "wag";
        see ``Lexicon.forms``) is given its lemma."""
        tokens = list(self.doc) if self.matcher is None else [self.doc[i] for i in self.matcher(self.doc)]
        tokens = self.with_offered_acts(tokens)
        forms = self.lexicon.forms
        for token in tokens:
            lemma = forms.get(token.lower_)
            if lemma is not None and token.lemma_.lower() != lemma and (
                    token.lemma_.lower() == token.lower_ or token.pos_ in ("VERB", "AUX")):
                token.lemma_ = lemma
        return tokens

    def with_offered_acts(self, tokens: list[Token]) -> list[Token]:
        """The candidates, with the act each readiness word among them governs ("ready to set up a
        hotline", "willing to help"): a candidate of its own, read by ``as_offer``."""
        adjectives = self.words["offer_adjectives"]
        acts = [c for t in tokens if t.lower_ in adjectives for c in children_of(t)
                if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not acts:
            return tokens
        return sorted(set(tokens) | set(acts), key=lambda t: t.i)

    def match(self, token: Token) -> Trigger | None:
        if token.dep_ in ATTRIBUTIVE_DEPS and token.tag_ in ("VBN", "VBG", "JJ") and mediating_prefix(token) is None:
            return None   # "the deported migrants"; but "US-brokered talks" names its mediator
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
            if token.lemma_.lower() in self.words["retaliation_verbs"] and self.is_threat(token):
                return Trigger(token.lemma_.lower(), "THREATEN", "138", "verb", targets=("dobj", "prep:against"))
            if self.is_promised_force(token):
                self.refusals.add(token.i)   # the future or conditional auxiliary is the threat itself
                return Trigger(token.lemma_.lower(), "THREATEN", "138", "verb", targets=("prep:against",))
            entry = (self.as_forced_entry(token) or self.as_crowd_gathering(token) or self.as_charged_claim(token)
                     or self.as_armed_crossing(token))
            if entry is not None:
                return entry
            chosen = self.as_occupation(token, self.choose(token, self.lexicon.verbs.get(token.lemma_.lower(), ())))
            chosen = self.as_dismissal(token, self.as_control_of_territory(token, chosen))
            chosen = self.as_threatened_review(token, self.as_welcomed_visitor(token, chosen))
            chosen = self.as_territory_handover(token, self.as_crowd_charge(token, chosen))
            chosen = self.as_exit(token, self.as_force_order(token, self.as_envoys_ordered_out(token, chosen)))
            chosen = self.as_agreed_concession(token, self.as_ordered_measure(token, chosen))
            chosen = self.as_suspended_member(token, self.as_silenced_outlet(token, chosen))
            chosen = self.as_promised_punishment(token, self.as_intolerance(token, chosen))
            chosen = self.as_vowed_continuation(token, self.as_vowed_refusal(token, chosen))
            chosen = self.as_weapons_test(token, self.as_helped_defence(token, chosen))
            return self.as_unruled_force(token, self.as_refusal(token, self.as_offer(token, chosen)))
        if token.tag_ == "NNS" and token.lower_ in MISTAGGED_DENIALS and self.charge_apposition_noun(token) is not None:
            # ", a charge Bangkok rejects": the small model reads the verb as a plural noun; its object
            # is the charge noun, whatever the entry asks of one
            entries = self.lexicon.verbs.get(MISTAGGED_DENIALS[token.lower_], ())
            return next((t for t in entries if t.type == "REJECT" and not t.objects), None) \
                or next((t for t in entries if t.type == "REJECT"), None)
        if token.pos_ in ("NOUN", "PROPN"):
            if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
                return None   # "March 11", "after the drone strikes of March 11": a month, no march
            if is_kind_of_force(token):
                return None   # "riot police", "the strike force": a force named for what it does
            chosen = self.choose(token, self.lexicon.nouns.get(token.lemma_.lower(), ()))
            return self.as_undergone_attack(token, self.as_offered_talks(token, chosen))
        return None

    @staticmethod
    def as_weapons_test(token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Iran test-fired a ballistic missile", "test-launched a hypersonic missile": a weapon fired in
        a test is a show of force (MOBILIZE, as a missile fired into the sea), aimed at no one."""
        if trigger is None or trigger.type != "ASSAULT" or token.i < 2:
            return trigger
        doc = token.doc
        if doc[token.i - 1].text != "-" or doc[token.i - 2].lower_ != "test":
            return trigger
        return Trigger(token.lemma_.lower(), "MOBILIZE", "150", "verb", mode="weapons", context=("military",), targets=())

    def undergoing_verb(self, noun: Token) -> Token | None:
        """The verb a party "comes under" ``noun`` with ("a convoy came under fire", "the base came under
        heavy shelling"): ``undergoing_verbs`` with "under" and an ``undergone_attacks`` noun; else None."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.i == prep.i:
            return None
        if noun.lemma_.lower() not in self.lexicon.lower_words("undergone_attacks"):
            return None
        verb = prep.head
        return verb if verb.lemma_.lower() in self.lexicon.lower_words("undergoing_verbs") else None

    def undergone_attack(self, verb: Token) -> Token | None:
        """The attack noun a party "comes under" with ``verb`` ("their vehicle came under fire"), or None."""
        if verb.lemma_.lower() not in self.lexicon.lower_words("undergoing_verbs"):
            return None
        return next((g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "under"
                     for g in children_of(c) if g.dep_ == "pobj" and self.undergoing_verb(g) is not None), None)

    def as_undergone_attack(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"A UN helicopter came under fire", "troops came under heavy shelling from the rebels": an
        attack a force, a vehicle, a place or its people come under is an attack on them (ASSAULT, the
        "from" phrase its doer). A person, a government or a policy that "came under fire for its
        handling of the crisis" is criticised, not attacked (unless the noun itself is a weapon's:
        "shelling", "mortar fire"): the noun's own reading is kept, and no attack is coded."""
        verb = self.undergoing_verb(token)
        if verb is None:
            return trigger
        if is_criticised_for(verb):
            return None   # "came under fire for its handling of the crisis": criticism
        if trigger is not None and trigger.type == "ASSAULT" and trigger.objects:
            return trigger   # "came under sniper fire", "under rocket fire": the weapon says it
        if not self.is_attackable_subject(verb) or self.is_criticism_by(token, verb):
            return None
        if trigger is not None and trigger.type == "ASSAULT":
            return trigger
        return Trigger(token.lemma_.lower(), "ASSAULT", "190", "noun", targets=())

    def is_criticism_by(self, noun: Token, verb: Token) -> bool:
        """"The police chief came under fire from rights groups", "the army came under fire in a UN
        report": fire from a party that does not shoot (``CRITIC_SECTORS``), or fire "in" a report,
        is criticism."""
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in REPORT_NOUNS for g in children_of(c))
               for c in children_of(verb)):
            return True
        doer = self.undergone_attack_doer(noun, verb)
        actor = actor_for_token(doer) if doer is not None else None
        return actor is not None and (actor.sector or "") in CRITIC_SECTORS

    def is_attackable_subject(self, verb: Token) -> bool:
        """The subject of ``verb`` is one an armed attack is made on: forces, police, civilians or armed
        groups (by their actor's sector), their machines and posts (``attackable_things``), or a place."""
        subject = next(iter(undergoers(verb)), None)
        if subject is None:
            return False
        if subject.lemma_.lower() in self.lexicon.lower_words("attackable_things") or subject.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() in person_titles():
            return False   # "the army chief came under fire": an office-holder is criticised
        actor = actor_for_token(subject)
        return actor is not None and (actor.sector or "") in ATTACKABLE_SECTORS

    def as_offered_talks(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Bogota remained open to dialogue with any armed group", "Seoul is ready for talks": talks a
        party declares itself open, ready or willing to (``offer_adjectives`` with "to" or "for") are an
        offer to negotiate (AGREE 036), not talks held."""
        if trigger is None or trigger.type != "CONSULT" or token.dep_ != "pobj":
            return trigger
        preposition = token.head
        if preposition.lower_ not in ("to", "for") or preposition.head.i == preposition.i:
            return trigger
        if preposition.head.lemma_.lower() not in self.words["offer_adjectives"]:
            return trigger
        return replace(trigger, type="AGREE", cameo="036", mode=None, context=())

    def as_forced_entry(self, token: Token) -> Trigger | None:
        """"Demonstrators forced their way into parliament", "students broke into the assembly": a
        crowd (``crowd_subjects``) entering a place by force (``forced_entry_verbs`` with "into";
        "force", "push", "fight" need the object "way") is a violent protest aimed at the place's
        owner; None for any other verb or subject ("thieves broke into the office")."""
        lemma = token.lemma_.lower()
        if lemma not in self.lexicon.lower_words("forced_entry_verbs"):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "into" for c in children_of(token)):
            return None
        if lemma != "break" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "way" for c in children_of(token)):
            return None
        if not crowd_lemmas(token) & self.lexicon.lower_words("crowd_subjects"):
            return None
        return Trigger(lemma, "PROTEST", "145", "verb", mode="riot", targets=("prep:into",))

    @staticmethod
    def as_armed_crossing(token: Token) -> Trigger | None:
        """"Eritrean soldiers crossed into Tigray", "West African troops who crossed into Gambia": a
        state's forces (``CROSSING_FORCES``) crossing into a named land deploy there (MOBILIZE troops,
        aimed at the land). Not troops fleeing or defecting ("soldiers fleeing the fighting crossed
        into India", "crossed into Chad to seek refuge"), nor a crossing told with its purpose ("crossed
        into Somalia to fight al Shabaab": the purpose is the event), nor one a threat sets as its condition."""
        if token.lemma_.lower() != "cross" or token.tag_ == "VBG":
            return None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(token)):
            return None   # "would strike back if Rwandan forces crossed into Burundi": a threat's condition
        land = next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "into"
                     for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if land is None:
            return None
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        if token.dep_ == "relcl" and any(s.lower_ in ("who", "that", "which") for s in subjects):
            subjects = [token.head]
        subjects += [g for s in subjects for g in counted_nouns(s)]
        if not any(s.lemma_.lower() in CROSSING_FORCES for s in subjects):
            return None
        if any(m.lemma_.lower() in FLEEING_WORDS for s in subjects for m in s.subtree):
            return None
        if any(c.dep_ in ("advcl", "xcomp") and (is_infinitive(c) or c.lemma_.lower() in FLEEING_WORDS)
               for c in children_of(token)):
            return None
        return Trigger("cross", "MOBILIZE", "154", "verb", mode="troops", targets=("prep:into",))

    def as_crowd_gathering(self, token: Token) -> Trigger | None:
        """"Protesters gathered outside the French embassy": protesters (``protest_crowds``) gathering
        (``crowd_verbs``) is a demonstration aimed at whoever owns the place ("outside", "at", "in
        front of") or is named ("against"); None for other crowds ("fans gathered")."""
        lemma = token.lemma_.lower()
        if lemma not in self.lexicon.lower_words("crowd_verbs"):
            return None
        if not crowd_lemmas(token) & self.lexicon.lower_words("protest_crowds") and not self.gathers_to_protest(token):
            return None
        # "gathered at the call of opposition parties": the caller is no target of the protest
        called = has_cause_phrase(token, ("at",))
        targets = ("prep:against", "prep:outside") if called else ("prep:against", "prep:outside", "prep:at")
        return Trigger(lemma, "PROTEST", "141", "verb", mode="demo", targets=targets)

    def as_envoys_ordered_out(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Mali ordered Algeria's ambassador to leave the country", "ordered French troops out": envoys
        and forces ordered out are expelled
        (the lexicon's SANCTION reading of "order" with a diplomat object); "ordered the ambassador to
        return home" or "to prepare a response" is an order like any other (its REQUEST reading)."""
        if trigger is None or trigger.type != "SANCTION" or trigger.mode != "expel" or token.lemma_.lower() != "order":
            return trigger   # (not "ordered an asset freeze on three banks": a measure, no expulsion)
        if trigger.particle:
            return trigger   # "ordered French troops out": the particle says it
        leaving = next((c for c in children_of(token) if c.dep_ in ("xcomp", "ccomp")
                        and c.lemma_.lower() in LEAVING_VERBS), None)
        force = next((c for c in children_of(token) if c.dep_ == "dobj" and c.lemma_.lower() in ORDERED_FORCES), None)
        if leaving is not None and (force is None or self.expels_a_foreign_force(token, force, leaving)):
            return trigger
        return next((t for t in self.lexicon.verbs.get("order", ()) if t.type == "REQUEST" and not t.objects), None)

    def expels_a_foreign_force(self, order: Token, force: Token, leaving: Token) -> bool:
        """"Niger ordered French troops to leave the country": a force of another country than the
        one giving the order, told to leave (not merely "go") the country as a whole. "Israel ordered
        its troops to leave southern Lebanon", "ordered soldiers to go to the border" are orders to
        the orderer's own forces."""
        if leaving.lemma_.lower() == "go" or not leaves_the_country(leaving):
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(force)):
            return False   # "its troops", "his soldiers"
        verb = order
        while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
            verb = verb.head   # "Ouagadougou has expelled the ambassador, ordered French troops to leave ..."
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        orderer = actor_for_token(subject) if subject is not None else None
        forces = actor_for_token(force)
        return (orderer is not None and forces is not None and bool(orderer.country) and bool(forces.country)
                and orderer.country != forces.country)

    def gathers_to_protest(self, token: Token) -> bool:
        """"Supporters gathered in the square demanding a recount", "thousands gathered to denounce
        the verdict": a gathering whose participle or purpose clause is a protest act
        (``protest_purposes``) is a demonstration, whoever gathers."""
        purposes = self.lexicon.lower_words("protest_purposes")
        subject = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        actor = actor_for_token(subject) if subject is not None else None
        if actor is not None and actor.sector in STATE_SECTORS | {"IGO"}:
            return False   # "EU foreign ministers gathered in Brussels to condemn the attack": a meeting
        # its participle or purpose clause, and what is coordinated with it ("waving flags and
        # demanding"); not a verb coordinated with the gathering itself ("gathered and rejected")
        clauses = [c for c in children_of(token) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
        clauses += [g for c in clauses for g in children_of(c) if g.dep_ == "conj" and g.pos_ == "VERB"]
        return any(c.lemma_.lower() in purposes for c in clauses) or self.gathers_for_a_cause(token)

    def gathers_for_a_cause(self, token: Token) -> bool:
        """"Dozens of party supporters gathered outside the police station", "crowds who had gathered in
        support of Tchiroma", "thousands gathered at the call of opposition parties": a crowd of
        supporters or activists (``crowd_subjects``, also counted, or the noun a relative clause
        describes) gathering outside a building, in someone's support or at a party's call."""
        crowd = crowd_lemmas(token)
        if token.dep_ == "relcl" and token.head.i != token.i:
            crowd = crowd | {token.head.lemma_.lower()}
        if has_cause_phrase(token, ("outside", "at", "in")) \
                and crowd & (self.lexicon.lower_words("crowd_subjects") | COUNTED_PEOPLE):
            return True
        return any(c.dep_ == "prep" and c.lower_ == "outside" for c in children_of(token)) \
            and bool(crowd & self.lexicon.lower_words("crowd_subjects"))

    def as_charged_claim(self, token: Token) -> Trigger | None:
        """"Pakistan charged that India had violated the ceasefire": "charge" with a that-clause and
        no object is an accusation (ACCUSE 112), not an indictment; "charged him with murder" keeps
        its legal reading."""
        if token.lemma_.lower() != "charge" or self.is_passive(token):
            return None
        if any(c.dep_ in ("dobj", "dative") for c in children_of(token)):
            return None
        if not any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))
                   for c in children_of(token)):
            return None
        return Trigger("charge", "ACCUSE", "112", "verb", targets=("dobj",), weight=0.8)

    def as_occupation(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"attempt to seize Taiwan", "captured El Fasher": a seizing verb whose object is a named place
        (a GPE, LOC or FAC entity, or a mention the places component located), or is coordinated with a
        place noun of the occupation entry ("seized Namhsan and several other towns", where the small
        model tags the town a person), takes the place, it confiscates nothing; the verb's own
        occupation entry (ASSAULT 192, as for "seized the town") is chosen instead. A named person
        seized by anyone but a state's forces ("the group seized a New Zealand pilot", "a minister
        captured by the Houthis") is abducted: the verb's abduction entry (ASSAULT 181)."""
        if trigger is None or trigger.type != "COERCE" or trigger.mode != "confiscate":
            return trigger
        entries = self.lexicon.verbs.get(token.lemma_.lower(), ())
        occupying = [t for t in entries if t.cameo == "192" and not t.particle]
        if not occupying:
            return trigger
        objects = self.seized_objects(token)
        if any(self.is_place_name(c) for c in objects):
            return occupying[0]
        # "seized Namhsan and several other towns": a place noun of the entry among the object's conjuncts
        places = occupying[0].objects
        conjuncts = [g for c in objects for g in c.conjuncts]
        if any(g.lemma_.lower() in places or g.lower_ in places for g in conjuncts):
            return occupying[0]
        abducting = next((t for t in entries if t.cameo == "181"), None)
        if abducting is not None and any(names_a_person(c) for c in objects) and not self.seized_by_state(token):
            return abducting
        return trigger

    def seized_objects(self, token: Token) -> list[Token]:
        """What a seizing verb takes: its object, its passive subject, or the noun its participle
        describes ("a minister captured by the Houthis")."""
        objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)
        return objects

    def seized_by_state(self, token: Token) -> bool:
        """Whether the seizing verb's doer (its subject, or its passive agent) is a state's body or
        force, or is not known: their seizure of a person is an arrest."""
        doers = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        doers += [g for c in children_of(token) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
        actors = [actor_for_token(d) for d in doers]
        return not actors or any(a is None or a.sector in STATE_SECTORS for a in actors)

    def as_control_of_territory(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"took control of the town", "seized control of the rebel island": a capture (the lexicon's
        "control" entries, ASSAULT 192). Control of a governing body or a firm ("taking direct
        control of the administration", "wrested control of the council") is no capture: None. A
        verb of seizing ("seize", "wrest") captures only a place; control of anything else ("seized
        control of a British-flagged tanker") is the verb's plain reading (a confiscation)."""
        if trigger is None or trigger.cameo != "192" or "control" not in trigger.objects:
            return trigger
        held = [g for c in children_of(token) if c.dep_ == "dobj" and c.lemma_.lower() == "control"
                for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)
                if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in GOVERNING_BODIES for g in held):
            return None
        lemma = token.lemma_.lower()
        if lemma == "take":
            return trigger
        entries = self.lexicon.verbs.get(lemma, ())
        places = next((t.objects for t in entries if t.cameo == "192" and "control" not in t.objects), frozenset())
        if any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in places for g in held):
            return trigger
        return next((t for t in entries if t.type == "COERCE" and not t.objects and not t.particle), None)

    def as_dismissal(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"dismissed the government", "sacked the army chief": a dismissal (COERCE 172) only when the
        direct object itself is an office or its holder; not "dismissed official figures" (a modifier),
        "dismissed the judges as biased" (a verdict on them) nor "crowds sacked government offices"
        (plunder): the verb's other readings are chosen instead."""
        if trigger is None or not is_dismissal(token, trigger):
            return trigger
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        judged = any(is_as_phrase(c) for c in children_of(token)) or any(
            t.lower_ == "as" for o in objects for t in o.subtree)
        if not judged and any(o.lemma_.lower() in trigger.objects or o.lower_ in trigger.objects for o in objects):
            return trigger
        return self.choose(token, [t for t in self.lexicon.verbs.get(token.lemma_.lower(), ()) if t.cameo != "172"])

    def as_crowd_charge(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"riot police charged the crowd with batons and tear gas": a charge on a crowd only when the
        weapon is what comes after "with" ("charged the gas company with tax evasion" is a criminal
        charge: the verb's other readings are chosen)."""
        if trigger is None or trigger.mode != "repression" or token.lemma_.lower() != "charge":
            return trigger
        weapons = set(trigger.objects)
        withs = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with"
                 for g in children_of(c) if g.dep_ == "pobj"]
        if any(w.lemma_.lower() in weapons or any(c.dep_ == "conj" and c.lemma_.lower() in weapons for c in w.children)
               for w in withs):
            return trigger
        return self.choose(token, [t for t in self.lexicon.verbs.get("charge", ()) if t.mode != "repression"])

    def as_territory_handover(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Nigeria handed the Bakassi peninsula to Cameroon": ground handed "to" a state, an army or an
        armed group of another country than the one handing it is a withdrawal; not money or a
        commander handed to a place ("handed the region 2 billion euros"), a base handed to a firm or
        a province to a deputy (the verb's other readings are chosen)."""
        if trigger is None or trigger.type != "RETREAT" or trigger.mode != "withdraw" or token.lemma_.lower() != "hand":
            return trigger
        holders = [token, *(c for c in children_of(token) if c.dep_ == "prt")]
        receivers = [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"
                     for g in children_of(c) if g.dep_ == "pobj"]
        subject = next((c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")), None)
        giver = actor_for_token(subject) if subject is not None else None
        for receiver in receivers:
            actor = actor_for_token(receiver)
            if actor is not None and actor.country and actor.sector in (None, "GOV", "MIL", "REB", "IGO") \
                    and (giver is None or giver.country != actor.country):
                return trigger
        return self.choose(token, [t for t in self.lexicon.verbs.get("hand", ()) if t.mode != "withdraw"])

    def as_threatened_review(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"is reviewing its aid to Niamey", "would review all of its cooperation with the bloc", "aid
        would be reviewed": reviewing one's own aid or ties, told ahead (a modal or future auxiliary, or
        under way), is a threat to cut them (THREATEN). Not without an owner on the object or a passive
        verb ("the leaders reviewed bilateral ties"), not a review done ("France reviewed its relations
        with Morocco and agreed ..."), and not a joint one ("Kenya and Somalia reviewed their security
        cooperation"): talk, no event."""
        if trigger is None or trigger.type != "THREATEN" or token.lemma_.lower() not in REVIEW_VERBS:
            return trigger
        children = children_of(token)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        owners = [t for c in children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "poss"]
        ahead = any(c.dep_ == "aux" and (c.lower_ in FUTURE_OR_MODAL or token.tag_ == "VBG") for c in children)
        joint = any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in children) \
            or any(t.lower_ == "their" for t in owners) or any(c.dep_ == "conj" for c in children)
        return trigger if (passive or owners) and ahead and not joint else None

    def as_welcomed_visitor(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Egypt's president welcomed the Jordanian king to Cairo", "welcomed his Gambian counterpart":
        welcoming a visitor (a named person or a ``visitor_nouns`` word) to or in a place, or a
        counterpart or delegation outright, is hosting a visit (CONSULT 043) aimed at the visitor,
        not praise of anything; "welcomed the decision" keeps its support reading."""
        if trigger is None or trigger.type != "SUPPORT" or token.lemma_.lower() not in self.lexicon.lower_words("hosting_verbs"):
            return trigger
        visitor_nouns = self.lexicon.lower_words("visitor_nouns")
        guests = [c for c in children_of(token)
                  if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in visitor_nouns)]
        if not guests:
            return trigger
        placed = any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in ("capital", "palace", "city")
                     for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
                     for g in children_of(c) if g.dep_ == "pobj")
        if not placed and not any(g.lemma_.lower() in self.lexicon.lower_words("guest_nouns") for g in guests):
            return trigger
        return Trigger(token.lemma_.lower(), "CONSULT", "043", "verb", mode="visit", targets=("dobj",))

    def as_exit(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"said they would quit ECOWAS", "Burundi left the International Criminal Court": leaving
        (``exit_verbs``) a body the resolver codes as an international organisation is a break with
        it (SANCTION, mode withdraw) aimed at that body, not a resignation or a journey."""
        # "pulled out of ECOWAS"
        phrasal = token.lemma_.lower() in self.lexicon.lower_words("exit_phrasal_verbs") and "out" in verb_particles(token)
        if token.lemma_.lower() not in self.lexicon.lower_words("exit_verbs") and not phrasal:
            return trigger
        if trigger is not None and trigger.type == "SANCTION":
            return trigger
        bodies = [c for c in children_of(token) if c.dep_ == "dobj"] + [
            g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("from", "out")
            for g in children_of(c) if g.dep_ == "pobj"]
        bodies += [o for c in children_of(token) if c.lower_ == "out" for g in children_of(c)
                   if g.dep_ == "prep" and g.lower_ == "of" for o in children_of(g) if o.dep_ == "pobj"]
        if token.dep_ == "relcl":   # "ECOWAS, which Niger quit", "the court, from which Manila withdrew"
            bodies = [token.head if is_relative_word(b) else b for b in bodies]
        if not any((actor := actor_for_token(b)) is not None and actor.sector == "IGO" for b in bodies):
            if bodies or phrasal or not self.continues_exit(token):
                return trigger
        return Trigger(token.lemma_.lower(), "SANCTION", "160", "verb", mode="withdraw",
                       targets=("dobj", "prep:from"))

    def continues_exit(self, token: Token) -> bool:
        """"... urged them to reconsider their decision to leave the bloc. The juntas said they were
        withdrawing at once": a leaving verb with no object or "from" phrase, said of someone other
        than forces, goes on a departure from a body (a SANCTION exit) told in its own or the
        previous sentence before it."""
        if any(c.dep_ == "dobj" or c.lower_ in ("from", "out", "of") for c in children_of(token)):
            return False
        own_forces = self.lexicon.lower_words("own_force_nouns")
        if subject_lemmas(token) & own_forces:
            return False
        sentence = token.sent
        start = sentence.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        exits = self.lexicon.lower_words("exit_verbs")
        for earlier in self.doc[start:token.i]:
            if earlier.lemma_.lower() not in exits or earlier.pos_ not in ("VERB", "AUX"):
                continue
            told = self.as_exit(earlier, self.choose(earlier, self.lexicon.verbs.get(earlier.lemma_.lower(), ())))
            if told is not None and told.type == "SANCTION":
                return True
        return False

    def as_force_order(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Vucic ordered units to move closer to the border", "Ruto ordered the army to help police": a
        command (``command_verbs``) to forces no nationality or possessor places abroad (``own_force_nouns``;
        "its", "his" allowed) to act is a mobilisation of the commander's own forces (MOBILIZE), not a
        request to another party; the commanded act is its content."""
        clauses = self.commanded_clauses(token, trigger)
        if not clauses or any(t.type in ("ASSAULT", "COERCE", "RETREAT") and has_particle(c, t.particle)
                              for c in clauses for t in self.lexicon.verbs.get(c.lemma_.lower(), ())):
            return trigger   # "ordered the military to strike", "to withdraw": the act ordered is the news
        forces = [c for c in children_of(token) if c.dep_ == "dobj"]
        forces += [s for c in clauses if not forces for s in children_of(c) if s.dep_ == "nsubj"]   # the parser's raised object
        if not forces or not all(self.is_unplaced_force(f) for f in forces):
            return trigger
        return replace(trigger, type="MOBILIZE", cameo="154", mode="troops", context=("military",))

    def as_ordered_measure(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"A court ordered two journalists to be held in pre-trial detention", "ordered its assets
        seized", "ordered 25 Russian citizens to leave the country": a command (``command_verbs``) that
        someone or something be detained, seized or dissolved (a COERCE verb in the passive) is that
        measure, taken by the one who orders it; people other than envoys ordered out of the country
        are expelled. Its target is the order's object; the measure's verb is its content."""
        clauses = self.commanded_clauses(token, trigger)
        clauses += [g for c in clauses for g in children_of(c) if g.dep_ == "conj" and g.pos_ == "VERB"]
        for clause in clauses:
            if clause.lemma_.lower() in LEAVING_VERBS and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in ("country", "territory") for o in children_of(clause)):
                return Trigger(token.lemma_.lower(), "COERCE", "174", "verb", mode="expel", targets=("dobj",))
            passive = any(c.dep_ == "auxpass" for c in children_of(clause)) or clause.tag_ == "VBN"
            measure = next((t for t in self.lexicon.verbs.get(clause.lemma_.lower(), ())
                            if t.type == "COERCE" and not t.objects and not t.particle), None)
            if passive and measure is not None:
                self.absorbed.add(clause.i)   # the measure is coded once, on the order
                return replace(measure, lemma=token.lemma_.lower(), targets=("dobj",), passive_only=False)
        return trigger

    def commanded_clauses(self, token: Token, trigger: Trigger | None) -> list[Token]:
        """The complements (xcomp, ccomp) a command (``command_verbs``, read as a REQUEST) orders;
        empty for any other trigger."""
        if trigger is None or trigger.type != "REQUEST" or token.lemma_.lower() not in self.lexicon.lower_words("command_verbs"):
            return []
        return [c for c in children_of(token) if c.dep_ in ("xcomp", "ccomp")]

    def is_unplaced_force(self, noun: Token) -> bool:
        """"the army", "units", "its troops": a forces noun with no nationality, name or possessor
        noun of its own, so the commander's own forces."""
        forces = self.lexicon.lower_words("own_force_nouns")
        if noun.lemma_.lower() not in forces and noun.lower_ not in forces:
            return False
        return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
                       or (c.dep_ == "prep" and c.lower_ == "of") for c in children_of(noun))

    def is_promised_force(self, token: Token) -> bool:
        """"would use force if necessary", "will use military force against", "the army would use air
        strikes if needed": announcing one's own use of force (``force_verbs`` with a future or
        conditional auxiliary, an object of ``force_words``) is a threat of force."""
        if token.lemma_.lower() not in self.lexicon.rules.get("force_verbs", ()) or not self.is_threat(token):
            return False
        force = self.lexicon.lower_words("force_words")
        return any(c.dep_ == "dobj" and (c.lemma_.lower() == "force" or (
            (c.lemma_.lower() in force or c.lower_ in force) and not is_definite(c))) for c in children_of(token))

    def offer_of_unlisted_act(self, token: Token) -> Trigger | None:
        """"Warsaw was ready to send police officers", "Israel was ready to set up a hotline with
        Turkey": a party (a state, body or group the resolver codes) declaring itself ready for an act
        the lexicon does not list offers it (AGREE 030), aimed at the act's object or partner; a
        readiness to defend or hit back is no offer, nor is a readiness nobody coded declares."""
        if token.lemma_.lower() in self.words["defence_verbs"] or token.pos_ != "VERB":
            return None
        holder = self.readiness_holder(token.head)
        actor = actor_for_token(holder) if holder is not None else None
        if actor is None or not (actor.country or actor.sector):
            return None
        return Trigger(token.lemma_.lower(), "AGREE", "030", "verb", targets=("dobj?", "prep:with?", "prep:to?"),
                       weight=0.8)

    @staticmethod
    def readiness_holder(adjective: Token) -> Token | None:
        """Who is ready: the subject of the adjective's copula ("Warsaw was ready") or of the verb it
        completes ("Kyiv said it remained willing"), or the noun it describes ("a government ready to talk")."""
        governor = adjective if adjective.dep_ not in ("acomp", "oprd") else adjective.head
        subject = next((c for c in children_of(governor) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and adjective.dep_ == "amod":
            return adjective.head
        return subject

    def as_silenced_outlet(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"suspended the BBC and Voice of America for two weeks", "banned Al Jazeera": a news outlet
        (an actor of the media sector) suspended, banned or blocked is censored (COERCE 1721)."""
        if trigger is not None or token.lemma_.lower() not in SILENCING_VERBS:
            return trigger
        for obj in (c for c in children_of(token) if c.dep_ == "dobj"):
            actor = actor_for_token(obj)
            if actor is not None and actor.sector in ("MED", "JRN") and obj.pos_ == "PROPN":
                return Trigger(token.lemma_.lower(), "COERCE", "1721", "verb", mode="censor", targets=("dobj",))
        return trigger

    def as_suspended_member(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"The African Union suspended Sudan on Thursday", "the Pacific Islands Forum suspended Fiji":
        a state a body of states (an IGO) suspends is suspended from it (SANCTION 160, as "suspended
        Gabon from its activities"); a verb with a reading of its own keeps it."""
        if trigger is not None or token.lemma_.lower() != "suspend":
            return trigger
        subject = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and is_relative_subject(subject, token):
            subject = token.head   # "ECOWAS, which suspended Guinea in 2021, ..."
        body = actor_for_token(subject) if subject is not None else None
        if body is None or body.sector != "IGO":
            return trigger
        if any(c.dep_ == "dobj" and c.pos_ == "PROPN" and state_named_by(c) is not None for c in children_of(token)):
            return Trigger(token.lemma_.lower(), "SANCTION", "160", "verb", targets=("dobj",))
        return trigger

    def as_agreed_concession(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Washington and Beijing agreed to cut the tariffs", "the rebels agreed to withdraw": an
        agreement to yield (a CONCEDE or RETREAT verb as its infinitive content) is that concession,
        coded once on the agreement, as "agreed to a ceasefire" is a ceasefire."""
        if trigger is None or trigger.type != "AGREE" or token.lemma_.lower() not in AGREEMENT_VERBS:
            return trigger
        for clause in children_of(token):
            if clause.dep_ != "xcomp" or clause.pos_ != "VERB":
                continue
            content = self.choose(clause, self.lexicon.verbs.get(clause.lemma_.lower(), ()))
            if content is not None and content.type in YIELDING_TYPES:
                self.absorbed.add(clause.i)
                return replace(trigger, type=content.type, cameo=content.cameo, mode=content.mode)
            if clause.lemma_.lower() in PERMITTING_VERBS and not has_joint_subject(token):
                # "Panama had agreed to let US warships pass first": letting the other side have its
                # way is a concession ("Helsinki and Moscow agreed to let only their citizens use the
                # crossings" is an agreement between the two)
                return replace(trigger, type="CONCEDE", cameo="080", mode=None, context=())
        return trigger

    def as_offer(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"The AU was ready to host a new round", "Beijing is willing to mediate": a cooperative act
        its author declares itself ready for is an offer (AGREE), not the act itself; readiness to
        defend or hit back is a threat."""
        if token.dep_ != "xcomp" or token.head.lemma_.lower() not in self.words["offer_adjectives"]:
            return trigger
        if trigger is None:
            return self.offer_of_unlisted_act(token)
        if token.lemma_.lower() in self.words["defence_verbs"]:   # "ready to defend every metre"
            return replace(trigger, type="THREATEN", cameo="130", mode=None, context=())
        if trigger.type not in OFFERABLE_TYPES:
            return trigger
        return replace(trigger, type="AGREE", cameo="030", mode=None, context=())

    def as_refusal(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Her government would not bow to violence", "we will not negotiate": a yielding or
        cooperative act its author says it will not do is a refusal (REJECT)."""
        if trigger is None:
            return trigger
        children = list(children_of(token))
        negated = any(c.dep_ == "neg" for c in children)
        if negated and token.lemma_.lower() in ACCEPTANCE_VERBS and trigger.type in ("AGREE", "SUPPORT", "CONCEDE"):
            # "Kenya has never accepted the ruling", "did not recognise Peru's sovereignty": refusing to
            # accept is a rejection whatever the tense (all 11 such gold events are REJECT)
            self.refusals.add(token.i)
            return replace(trigger, type="REJECT", cameo="120", mode=None, context=())
        if trigger.type not in REFUSABLE_TYPES:
            return trigger
        promised = any(c.dep_ == "aux" and c.lower_ in PROMISING_AUXILIARIES for c in children)
        if not (negated and promised):
            return trigger
        if not (trigger.objects or trigger.particle) and self.is_refusal_to_comment(token):
            return None   # "would not give details" (an entry that names its object is no comment: "give up its weapons")
        self.refusals.add(token.i)   # the negation and the future are the refusal itself, not flags
        return replace(trigger, type="REJECT", cameo="120", mode=None, context=())

    def as_intolerance(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"The government will not tolerate further violence", "Israel would not allow Syrian forces
        to deploy": the lexicon's warning reading of "tolerate" and "allow" holds only when the verb
        is negated and promised (will, would, shall); the negation and the future are the warning
        itself, not flags. "Egypt tolerated the group" and "allowed a rally" are no warning."""
        if trigger is None or trigger.type != "THREATEN" or token.lemma_.lower() not in INTOLERANCE_VERBS:
            return trigger
        children = list(children_of(token))
        negated = any(c.dep_ == "neg" for c in children)
        promised = any(c.dep_ == "aux" and c.lower_ in WARNING_AUXILIARIES for c in children)
        if not (negated and promised) or not self.warns_someone(token):
            return None
        self.refusals.add(token.i)
        return trigger

    def as_promised_punishment(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"promised that those responsible for the looting would face justice", "promised to track
        down and hold accountable those responsible", "pledged to punish the killers": a promise
        (``promise_verbs``) whose complement names a punishment (``names_punishment``) is a warning to
        the culprits (THREATEN), as the gold codes it, not an agreement. "Promised to take into account
        their concerns", "to bring justice to the victims", "to drop the prosecution" name none."""
        if trigger is None or trigger.type != "AGREE" or token.lemma_.lower() not in self.lexicon.lower_words("promise_verbs"):
            return trigger
        for clause in (c for c in children_of(token) if c.dep_ in ("ccomp", "xcomp")):
            if any(names_punishment(word) for word in clause.subtree):
                return Trigger(token.lemma_.lower(), "THREATEN", "138", "verb", targets=("prep:against",))
        return trigger

    def as_vowed_refusal(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"vowed never to bow to the Taliban", "pledged not to surrender", "promised never to give in": a
        vow (``vow_verbs``) not to yield (``yielding_verbs``, with "in" or "down" where the verb needs
        one) is a refusal to yield (REJECT 124), aimed at whom one would yield to; a vow not to
        do anything else ("pledged not to use force") keeps its own reading."""
        if token.lemma_.lower() not in self.lexicon.lower_words("vow_verbs"):
            return trigger
        for clause in (c for c in children_of(token) if c.dep_ == "xcomp" and is_infinitive(c)):
            negated = any(c.dep_ == "neg" for c in children_of(clause))
            if negated and self.is_yielding_verb(clause):
                return Trigger(token.lemma_.lower(), "REJECT", "124", "verb", mode="yield",
                               targets=("prep:to?", "prep:before?"))
        return trigger

    def as_vowed_continuation(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"vowed to keep up their attacks", "vowed to continue the strikes": a vow to go on with hostilities
        (``hostility_words``) is a threat (THREATEN 138), which the vow entry's own list of harmless
        complements ("keep", "continue") would otherwise drop. A pledge or promise to go on with a
        fight ("pledged to continue the fight against the jihadists") is a commitment, read as such."""
        if token.lemma_.lower() != "vow" or (trigger and trigger.type == "REJECT"):
            return trigger
        hostilities = self.lexicon.lower_words("hostility_words")
        for clause in (c for c in children_of(token) if c.dep_ == "xcomp" and is_infinitive(c)):
            if clause.lemma_.lower() not in CONTINUING_VERBS or any(c.dep_ == "neg" for c in children_of(clause)):
                continue
            went_on = [c for c in children_of(clause) if c.dep_ == "dobj"]
            if any(c.lemma_.lower() in hostilities for c in went_on):
                return Trigger(token.lemma_.lower(), "THREATEN", "138", "verb", targets=("prep:against?",))
        return trigger

    @staticmethod
    def as_helped_defence(token: Token, trigger: Trigger | None) -> Trigger | None:
        """"US warships helped defend Israel, intercepting dozens of drones", "directed the military to
        help defend Israel": helping another defend itself is military protection (AID 074), not a
        statement of support."""
        if trigger is None or trigger.type != "SUPPORT" or token.lemma_.lower() != "defend":
            return trigger
        helper = token.head
        if token.dep_ not in ("xcomp", "ccomp") or helper.i == token.i or helper.lemma_.lower() not in ("help", "assist"):
            return trigger
        return Trigger("defend", "AID", "074", "verb", mode="military", targets=("dobj",))

    def is_yielding_verb(self, verb: Token) -> bool:
        """"bow", "surrender", "give in", "back down", "lay down (arms)": a verb of yielding, with the
        particle it needs (``yielding_verbs`` lists "give in" as "give in")."""
        lemma = verb.lemma_.lower()
        words = self.lexicon.lower_words("yielding_verbs")
        particles = verb_particles(verb)
        if any(c.dep_ == "dobj" for c in children_of(verb)) and "down" not in particles:
            return False   # "not to submit the budget", "never to concede the seat": handing over, no yielding
        return lemma in words or any(f"{lemma} {p}" in words for p in particles)

    def warns_someone(self, token: Token) -> bool:
        """The subject of "will not allow/tolerate" is an actor other than a court ("the constitution
        will not allow a third term", "the court would not allow the evidence" warn no one), and "allow"
        names an actor it would stop ("will not allow Syrian forces to deploy")."""
        subject = next((c for c in children_of(token) if c.dep_ in SUBJECT_DEPS), None)
        actor = actor_for_token(subject) if subject is not None else None
        if actor is None or actor.sector == "JUD":
            return False
        if token.lemma_.lower() != "allow":
            return True
        stopped = [c for c in children_of(token) if c.dep_ == "dobj"]
        stopped += [s for c in children_of(token) if c.dep_ in ("ccomp", "xcomp") for s in children_of(c)
                    if s.dep_ in SUBJECT_DEPS]
        return any(actor_for_token(s) is not None for s in stopped)

    def as_unruled_force(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Refused to rule out the use of force", "did not rule out military action": declining to
        exclude force is a threat of force (THREATEN), not a rejection; the negation is the threat."""
        if trigger is None or trigger.type != "REJECT":
            return trigger
        if token.lemma_.lower() == "rule":
            ruling, negated = token, any(c.dep_ == "neg" for c in children_of(token))
        else:
            ruling = next((c for c in children_of(token) if c.dep_ == "xcomp" and c.lemma_.lower() == "rule"), None)
            negated = token.lemma_.lower() in self.lexicon.rules.get("withholding_verbs", ())
        if ruling is None or not negated or not self.rules_out_force(ruling):
            return trigger
        self.refusals.add(token.i)
        return replace(trigger, type="THREATEN", cameo="138", mode=None, context=())

    def rules_out_force(self, token: Token) -> bool:
        """``token`` is "rule out" with force as its object ("the use of force", "military action")."""
        if not any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in children_of(token)):
            return False
        force = self.lexicon.lower_words("force_words")
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        words = {o.lemma_.lower() for o in objects} | {
            m.lemma_.lower() for o in objects for m in children_of(o) if m.dep_ in ("amod", "compound")} | {
            g.lemma_.lower() for o in objects for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p) if g.dep_ == "pobj"}
        return bool(words & force)

    def ergative_subjects(self, token: Token, heads: list[Token]) -> set[str]:
        """"French military cooperation with Niger will end": an ergative verb (``ergative_verbs``)
        with no object acts on its subject; the subject's lemma and modifiers count as its object."""
        if heads or token.lemma_.lower() not in self.lexicon.rules.get("ergative_verbs", ()):
            return set()
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        return {s.lemma_.lower() for s in subjects} | {
            m.lemma_.lower() for s in subjects for m in children_of(s) if m.dep_ in ("compound", "amod")}

    def is_refusal_to_comment(self, token: Token) -> bool:
        """"I will not discuss operational matters", "we will not comment": a speaker declining to talk
        about something with no partner named ("with", "to") refuses no one; it is no event."""
        if token.lemma_.lower() not in self.words["no_comment_verbs"]:
            return False
        return not any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") for c in children_of(token))

    def object_lemmas(self, token: Token) -> set[str]:
        """The lemmas an entry's ``object`` list is matched against: a noun's modifiers ("air
        strike"), a verb's objects, object predicates and their modifiers, hyphenated and measured
        objects, misparsed and relative-clause objects, and prepositional objects."""
        quantity_nouns = self.lexicon.lower_words("quantity_nouns")
        if token.pos_ in ("NOUN", "PROPN"):
            # a noun's "object" is its modifier: "air strike", "hunger strike", "car bomb", "the drivers' strike"
            objects = {c.lemma_.lower() for c in children_of(token) if c.dep_ in ("compound", "amod", "nmod", "poss")}
        else:
            # an object predicate counts as an object: "called the move a provocation"
            # "holds Moscow accountable", "declared the envoy persona non grata": an object predicate
            # the parser reads as a clause
            heads = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
                     or (c.dep_ == "ccomp" and c.pos_ == "ADJ") or is_predicate_read_as_clause(c)]
            if not heads:   # "rammed and boarded a fishing boat": the conjuncts share the last one's object
                heads = [o for c in children_of(token) if c.dep_ == "conj" and c.pos_ == "VERB"
                         for o in children_of(c) if o.dep_ == "dobj"]
            # the object's modifiers count too: "sent a relief team", "delivered an air defence system"
            objects = {c.lemma_.lower() for c in heads} | object_modifiers(heads)
            objects |= {word for c in heads if (word := hyphenated_word(c))}
            objects |= measured_objects(heads, quantity_nouns)
            objects |= self.ergative_subjects(token, heads) | raised_objects(token, heads)
            objects |= relative_head_objects(token)
            objects |= predicate_objects(heads)
            if token.lemma_.lower() in JUDGING_VERBS:
                objects |= judgement_words(token, heads)
            if not heads and token.lemma_.lower() in self.lexicon.lower_words("ceasing_verbs"):
                # "stop all firing", "ceased fighting": the act a verb of ceasing ends, read as a gerund
                # ("stopped firing workers" fires someone: a gerund with an object of its own is left)
                objects |= {c.lemma_.lower() for c in children_of(token) if c.dep_ == "xcomp" and c.tag_ == "VBG"
                            and not any(g.dep_ == "dobj" for g in children_of(c))}
        # "ended without agreement": what a verb is done without is not what it acts on, nor is what it
        # follows or precedes ("withdrew from the town after talks with the mayor")
        preps = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ not in UNRELATED_PREPOSITIONS]
        objects |= prepositional_objects(preps)
        # "put the army on its highest level of combat readiness": a measuring noun stands for its "of" object
        objects |= measured_objects([g for c in preps for g in children_of(c) if g.dep_ == "pobj"], quantity_nouns)
        return objects

    def choose(self, token: Token, triggers) -> Trigger | None:
        if not triggers:
            return None
        # what the entries can ask about is worked out only when one of them asks (most lemmas have
        # a bare entry only, and the objects and particles of a verb take a walk over its children)
        needs = self.lexicon.entry_needs(triggers)
        wants_objects, wants_particles = needs.objects, needs.particles
        objects = self.object_lemmas(token) if wants_objects else set()
        particles: set[str] = set()
        if wants_particles:
            particles = verb_particles(token)
        if wants_objects or wants_particles:
            misread = misread_to_objects(token)
            if misread:
                particles.add("to")
                objects |= misread
        hung = object_prepositions(token) if wants_particles and token.pos_ not in ("NOUN", "PROPN") else {}
        passive = self.is_passive(token) if needs.voice else False
        subjects = subject_lemmas(token) if needs.subjects else set()
        agents = agent_lemmas(token) if needs.subjects else set()   # only a passive verb has "by" agents
        # asked only when an entry reads them (needs_clause, a phone call's mode)
        has_clause = needs.clause and any(c.dep_ in ("xcomp", "ccomp") or is_split_infinitive_clause(c)
                                          for c in children_of(token))
        has_predicate = needs.predicate and any(c.dep_ == "oprd" for c in children_of(token))
        # "vowed not to repeat the mistake": the complement verb can cancel a reading too, and so can
        # the aim a noun states ("their battle to block the boy's return" is a campaign, no combat)
        complements = complement_lemmas(token) if wants_objects else set()
        ruled_out_by = objects | complements   # what an entry's ``not_with`` is met against
        best = None
        for trigger in triggers:
            if trigger.not_with & ruled_out_by or (trigger.passive_only and not passive):
                continue
            # "challenge the decision at the WTO": the parser may hang the verb's phrase on its object
            moved = hung.get(trigger.particle.lower(), set()) & trigger.objects if trigger.particle else set()
            if trigger.objects and not trigger.objects & objects and not moved:
                continue
            if trigger.particle and trigger.particle.lower() not in particles and not moved:
                continue
            if (trigger.subjects and not trigger.subjects & (subjects | agents_for(trigger, agents))) \
                    or (trigger.needs_clause and not has_clause):
                continue
            if not fits_frame(token, trigger, passive, subjects):
                continue
            if trigger.mode == "phone" and has_predicate:
                continue   # "calling it a violation" names something, it is no phone call
            specificity = bool(trigger.objects) + bool(trigger.particle) + bool(trigger.subjects) + trigger.needs_clause
            if best is None or specificity > best[0]:
                best = (specificity, trigger)
        return best[1] if best else None


# What a party takes control of when it takes power or wins a vote, not ground ("took direct control
# of the administration", "wrested control of the city council"): no capture, which the gold does
# not code; nor are firms ("seized control of the airline").
GOVERNING_BODIES = frozenset({"administration", "government", "power", "ministry", "parliament", "cabinet", "presidency",
                              "party", "company", "board", "executive", "affairs", "institution", "institutions",
                              "council", "house", "senate", "assembly", "legislature", "commission", "chamber",
                              "congress", "bank", "lender", "airline", "firm", "operator", "group"})


def is_as_phrase(child: Token) -> bool:
    """An "as" phrase or clause on a verb ("dismissed the judges as biased", "... as a provocation")."""
    if child.lower_ == "as" and child.dep_ in ("prep", "oprd"):
        return True
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in children_of(child))


# Relative pronouns a relative clause's subject may be ("a convoy that came under fire").
RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def is_relative_subject(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is the relative pronoun of ``verb``'s relative clause, standing for the noun
    the clause describes ("ECOWAS, which suspended Guinea", "a convoy that came under fire")."""
    return verb.dep_ == "relcl" and subject.lower_ in RELATIVE_SUBJECTS


def is_cause_object(word: Token) -> bool:
    """A noun of the cause a crowd gathers for ("in support of", "at the call of"): no party it opposes."""
    return word.lemma_.lower() in CAUSE_NOUNS


def has_cause_phrase(token: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether one of ``token``'s ``prepositions`` has a cause noun as object ("gathered at the call of")."""
    return any(c.dep_ == "prep" and c.lower_ in prepositions and any(
        g.dep_ == "pobj" and is_cause_object(g) for g in children_of(c)) for c in children_of(token))


# Heads that an event noun may modify to name a force or its gear ("riot police", "a strike force",
# "attack helicopters"): the event noun then names no event.
FORCE_HEADS = frozenset({"police", "policeman", "officer", "squad", "unit", "force", "gear", "shield", "van",
                         "helicopter", "aircraft", "jet", "group", "team", "dog"})


def is_kind_of_force(noun: Token) -> bool:
    """"riot police", "attack helicopters", "a strike group": an event noun modifying a force word."""
    return noun.dep_ in ("compound", "nmod", "amod") and noun.head.i != noun.i and noun.head.i == noun.i + 1 \
        and noun.head.lemma_.lower() in FORCE_HEADS


def undergoers(verb: Token) -> list[Token]:
    """The subject of a verb by which a party undergoes an attack ("the convoy came under fire"); for
    a relative pronoun, the noun its clause describes ("a convoy that came under fire")."""
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]
    if any(is_relative_subject(s, verb) for s in subjects):
        return [verb.head]
    if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        return undergoers(verb.head)   # "had detained three suspects but came under fire"
    return [counted_whole(s) or s for s in subjects]


def counted_whole(noun: Token) -> Token | None:
    """What "one of its convoys", "two of the patrols" counts a part of: the object of "of" after a
    number or "one"; None for any other noun."""
    if noun.pos_ != "NUM" and noun.lower_ not in ("one", "some", "several", "many", "most", "part"):
        return None
    return next((g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in children_of(c) if g.dep_ == "pobj"), None)


def is_criticised_for(verb: Token) -> bool:
    """"came under fire for its handling of the crisis", "over the remarks": a "for" or "over" phrase
    naming no stretch of time ("came under fire for several hours", "over the weekend") gives the
    reason of a criticism."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
        g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME") for g in children_of(c))
        for c in children_of(verb))


def has_joint_subject(verb: Token) -> bool:
    """Whether the verb's subject names two parties or more ("Helsinki and Moscow", "the two sides")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (any(g.dep_ == "conj" for g in children_of(c)) or c.tag_ == "NNS")
               for c in children_of(verb))


def is_agreed_yield(token: Token, trigger) -> bool:
    """"Moscow and Kyiv agreed to exchange prisoners", "agreed to a ceasefire": a concession agreed on
    (``TriggerChoice.as_agreed_concession``), made between the parties and aimed as the agreement is."""
    return trigger.type in YIELDING_TYPES and token.lemma_.lower() in AGREEMENT_VERBS


def takes_content(token: Token, trigger) -> bool:
    """Whether the trigger's complement clause says what it is about (a promise, threat, demand or
    refusal, or a concession agreed on), so the parties of that clause may be its target."""
    return trigger.type in CONTENT_TAKING_TYPES or is_agreed_yield(token, trigger)


def complement_lemmas(token: Token) -> set[str]:
    """The lemmas of what ``token`` sets out to do: a verb's infinitive complement ("vowed not to
    repeat"), the purpose of a verb with no object ("fighting to keep the boy", parsed as an adverbial
    clause), a noun's infinitive clause ("a battle to block his return")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return {c.lemma_.lower() for c in children_of(token) if c.dep_ == "acl" and is_infinitive(c)}
    has_object = any(c.dep_ == "dobj" for c in children_of(token))
    return {continued_act(c).lemma_.lower() for c in children_of(token)
            if c.dep_ == "xcomp" or (c.dep_ == "advcl" and not has_object and is_infinitive(c))}


# Verbs of going on with an act ("vowed to keep fighting"): the act is what the clause sets out to do.
CONTINUING_VERBS = frozenset({"keep", "continue"})


def continued_act(verb: Token) -> Token:
    """The gerund a verb of going on takes ("keep fighting" -> "fighting"), else the verb itself."""
    if verb.lemma_.lower() not in CONTINUING_VERBS:
        return verb
    return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.tag_ == "VBG"), verb)


def is_infinitive(verb: Token) -> bool:
    """``verb`` carries the infinitive marker "to" ("to keep", "(the decision) to impose")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(verb))


def fits_frame(token: Token, trigger: Trigger, passive: bool, subjects: set[str]) -> bool:
    """Whether a verb's clause has the shape its reading needs: "crowds demonstrated" (no object) but
    not "demonstrated the plane"; "the envoy flew to Doha" (active, a person's trip) but not "the jet
    was flown to Toulouse" or "it is due to fly to Chiang Mai"."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if trigger.intransitive and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                    for c in children_of(token)):   # not a rule line ("___") read as an object
        return False
    if trigger.active_only and passive:
        return False
    # controlling subjects take a walk up the tree: only for the few entries that rule subjects out
    return not (trigger.not_subjects and trigger.not_subjects & (subjects | controlling_subjects(token)))


def controlling_subjects(token: Token) -> set[str]:
    """The lemmas of whoever does a verb with no subject of its own: the subject of the verb or
    adjective it complements ("it was due to fly" -> it) or the noun a participle describes ("its new
    airliner flying 840 people" -> airliner)."""
    if token.dep_ == "acl" and token.head.i != token.i:
        return {token.head.lemma_.lower()}
    node, found = token, set()
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            break
        node = node.head
        found |= {c.lemma_.lower() for c in children_of(node) if c.dep_ in SUBJECT_DEPS}
    return found


def object_modifiers(heads: list[Token]) -> set[str]:
    """The lemmas of the objects' modifiers ("sent a relief team", "delivered an air defence system"),
    coordinated ones included ("cut telephone and internet links")."""
    modifiers = [m for c in heads for m in children_of(c) if m.dep_ in ("compound", "amod", "nmod")]
    modifiers += [m for c in modifiers if c.dep_ in ("compound", "nmod") for m in children_of(c) if m.dep_ == "conj"]
    return {m.lemma_.lower() for m in modifiers}


def raised_objects(token: Token, heads: list[Token]) -> set[str]:
    """"allowed the trucks to cross": the small model often reads the object of an object-control verb
    as the subject of an infinitive complement; with no object of its own, that subject (and its
    modifiers) is the verb's object."""
    if heads:
        return set()
    clauses = [c for c in children_of(token)
               if c.dep_ == "ccomp" and is_infinitive(c)]
    subjects = [s for c in clauses for s in children_of(c) if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]
    subjects += participle_subjects(token)
    return {s.lemma_.lower() for s in subjects} | {
        m.lemma_.lower() for s in subjects for m in children_of(s) if m.dep_ in ("compound", "amod")}


def measured_objects(heads: list[Token], quantity_nouns: frozenset[str]) -> set[str]:
    """"sent thousands of troops", "tonnes of food were dropped": an object that only measures
    (``quantity_nouns``, or a number) stands for what its "of" phrase names, with its modifiers."""
    named = measured_nouns(heads, quantity_nouns)
    return {g.lemma_.lower() for g in named} | {m.lemma_.lower() for g in named for m in children_of(g)
                                                if m.dep_ in ("compound", "amod")}


# Currency nouns: a sum "in" what it pays for ("200 million euros in budget support") measures it.
CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yuan", "rupee", "franc", "yen", "rouble", "ruble", "dinar",
                            "riyal", "dirham", "shilling", "naira", "rand", "lira", "peso"})


def measured_nouns(heads: list[Token], quantity_nouns: frozenset[str]) -> list[Token]:
    """The nouns the measuring heads among ``heads`` stand for ("dozens of Hezbollah positions" ->
    positions; a sum "in" what it pays for: "$700 million in emergency assistance" -> assistance)."""
    measuring = [c for c in heads if c.pos_ == "NUM" or c.lemma_.lower() in quantity_nouns
                 or c.lemma_.lower() in CURRENCY_NOUNS]
    return [g for c in measuring
            for p in children_of(c) if p.dep_ == "prep" and (p.lower_ == "of" or (p.lower_ == "in" and is_sum(c)))
            for g in children_of(p) if g.dep_ == "pobj"]


# Prepositions whose object is no object of the verb: what it is done without, or in time around.
UNRELATED_PREPOSITIONS = frozenset({"without", "after", "before", "during", "since", "until", "amid"})


def makers_on_content(noun: Token) -> list[Token]:
    """"an offer of round-table talks from Yanukovych": the "from" objects the parser hangs on a noun's
    "of" object (its content) instead of on the noun itself, whose maker they name."""
    return [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
            for content in children_of(c) if content.dep_ == "pobj"
            for p in children_of(content) if p.dep_ == "prep" and p.lower_ == "from"
            for g in children_of(p) if g.dep_ == "pobj"]


def measure_of(noun: Token, quantity_nouns: frozenset[str]) -> Token | None:
    """The measuring noun whose "of" phrase ``noun`` is ("a 17th package of sanctions", "dozens of
    drone attacks"), the other way round from ``measured_nouns``; None when there is none."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    measure = of.head
    if measure.lemma_.lower() not in quantity_nouns or (measure.pos_ != "NOUN" and measure.lower_ != "all"):
        return None   # ("all of its cooperation": a pronoun that measures too)
    return measure


def is_sum(number: Token) -> bool:
    """A number or currency noun that counts money: "$700 million", "200 million euros"."""
    if number.lemma_.lower() in CURRENCY_NOUNS:
        return True
    return any(c.tag_ == "$" for c in children_of(number)) or number.i > 0 and number.doc[number.i - 1].tag_ == "$"


def participle_subjects(token: Token) -> list[Token]:
    """"has taken in 50,000 refugees fleeing the fighting": the small model reads an object with a
    participle after it as the subject of an adverbial participle clause; a noun subject standing
    after the verb, with no object of the verb between, is the verb's object."""
    clauses = [c for c in children_of(token) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > token.i]
    return [s for c in clauses for s in children_of(c)
            if s.dep_ == "nsubj" and s.pos_ == "NOUN" and token.i < s.i < c.i]


# Verbs that say what their object is ("called the attack cowardly", "branded the raid an act of piracy").
JUDGING_VERBS = frozenset({"call", "brand", "term", "label", "dub"})
# Nouns whose "of" phrase names the judgement ("an act of piracy", "a textbook example of ethnic cleansing").
JUDGEMENT_FRAMES = frozenset({"act", "form", "example", "case"})


def judgement_words(verb: Token, objects: list[Token]) -> set[str]:
    """What a judging verb calls its object where the small model misplaces the predicate: an
    adjective read as the verb's adverb ("called the attack cowardly"), an adjective left after the
    object's last noun ("called the plans for the trip highly aggressive"), a predicate noun hung on
    the object ("called India's strikes an act of war"); "an act of X" gives X and "act of X"."""
    words = {c.lemma_.lower() for c in children_of(verb) if c.dep_ == "advmod" and c.i > verb.i}
    nouns = [c for c in objects if c.dep_ == "oprd"]
    nouns += sorted((c for c in objects if c.dep_ == "dobj"), key=lambda c: c.i)[1:]   # "labelled the sanctions an act of ..."
    nouns += [c for o in objects if o.dep_ == "dobj" for c in children_of(o) if c.dep_ in ("npadvmod", "appos")]
    first = min((o.i for o in objects if o.dep_ == "dobj"), default=None)
    if first is not None:   # "called the patrols near the reef highly aggressive", "... unprecedented and illegal"
        late = [t for t in verb.subtree if t.dep_ == "amod" and t.i > t.head.i and t.i > first]
        words |= {t.lemma_.lower() for a in late for t in (a, *(c for c in children_of(a) if c.dep_ == "conj"))}
    nouns += [c for noun in nouns for c in children_of(noun) if c.dep_ == "conj"]   # "... a sham and a provocation"
    for noun in nouns:
        words.add(noun.lemma_.lower())
        if noun.lemma_.lower() in JUDGEMENT_FRAMES:
            for of in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"):
                words |= {f"{noun.lemma_.lower()} of {g.lemma_.lower()}" for g in children_of(of) if g.dep_ == "pobj"}
                words |= {g.lemma_.lower() for g in children_of(of) if g.dep_ == "pobj"}
    return words


def predicate_objects(objects: list[Token]) -> set[str]:
    """ "described the deportations as a kidnapping", "branded the vote as illegal": what the object is
    called, when the parser hangs the "as" phrase on the object rather than on the verb (its lemma and
    its modifiers' lemmas, as for an object predicate)."""
    found: set[str] = set()
    for prep in (c for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "as"):
        for word in children_of(prep):
            if word.dep_ in ("pobj", "amod", "acomp"):
                found.add(word.lemma_.lower())
                found |= {m.lemma_.lower() for m in children_of(word) if m.dep_ in ("compound", "amod")}
    return found


# Nouns of one part of a series that stand for what their "of" phrase names ("a round of talks").
SERIES_NOUNS = frozenset({"round", "session"})


def prepositional_objects(preps: list[Token]) -> set[str]:
    """The objects of the verb's prepositions and their compound modifiers: "fired a missile into the
    sea" counts "sea" even where the small model reads "the sea hours before" as one (time) noun phrase.
    A two-word preposition counts its inner object: "pulled out of the talks" gives "talk". A
    hyphenated object counts whole as well ("called for an immediate de-escalation", which the
    tokenizer splits, gives "de-escalation" beside "escalation")."""
    pobjs = [g for c in preps for g in children_of(c) if g.dep_ == "pobj"]
    pobjs += [o for c in preps if not any(g.dep_ == "pobj" for g in children_of(c))
              for g in children_of(c) if g.dep_ == "prep" for o in children_of(g) if o.dep_ == "pobj"]
    # "pulled out of a sixth round of talks": a round of something stands for it
    pobjs += [o for g in pobjs if g.lemma_.lower() in SERIES_NOUNS for c in children_of(g)
              if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]
    return {g.lemma_.lower() for g in pobjs} | {m.lemma_.lower() for g in pobjs for m in children_of(g)
                                                if m.dep_ == "compound" and m.pos_ == "NOUN"} | {
        word for g in pobjs if (word := hyphenated_word(g))}   # "called for de-escalation"


def object_prepositions(token: Token) -> dict[str, set[str]]:
    """The prepositions hanging on the verb's direct object, each with the lemmas of its object and
    their compound modifiers: "challenge the decision at the World Trade Organization" gives
    {"at": {"organization", "world", "trade"}}. A lexicon entry that needs both a particle and an
    object may find them there, where the small model often attaches the verb's phrase; with
    coordinated objects it hangs it on the last ("put the army and a militia on alert")."""
    found: dict[str, set[str]] = {}
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    for head in objects + [g for c in objects for g in c.conjuncts if g.i > c.i]:
        for prep in (p for p in children_of(head) if p.dep_ == "prep"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                words = {pobj.lemma_.lower()} | {m.lemma_.lower() for m in children_of(pobj) if m.dep_ == "compound"}
                found.setdefault(prep.lower_, set()).update(words)
    return found


NOMINAL_DEPS = frozenset({"det", "relcl", "amod", "compound", "poss", "nummod"})


def misread_to_objects(token: Token) -> set[str]:
    """"objected to language that named Ethiopia": the small model reads a bare noun after "to" as
    an infinitive (``to`` aux, the noun an xcomp verb). A complement that takes a noun's dependents
    (a determiner, a relative clause, an adjective) is that noun: the object of the preposition
    "to", returned with its modifiers; empty when there is none."""
    nouns = [c for c in children_of(token) if c.dep_ == "xcomp"
             and is_infinitive(c)
             and any(m.dep_ in NOMINAL_DEPS for m in children_of(c))]
    return {n.lemma_.lower() for n in nouns} | {
        m.lemma_.lower() for n in nouns for m in children_of(n) if m.dep_ in ("compound", "amod")}


def mediating_prefix(token: Token) -> Token | None:
    """"US-brokered talks", "a UAE-mediated exchange": the word before the hyphen of a mediating
    participle that modifies a noun, which names the mediator; None for any other token."""
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.lemma_.lower() not in MEDIATION_VERBS or token.i < 2:
        return None
    doc = token.doc
    prefix = doc[token.i - 2]
    return prefix if doc[token.i - 1].tag_ == "HYPH" and prefix.head.i == token.i else None


def hyphenated_word(token: Token) -> str | None:
    """"a sit-in": the tokenizer splits hyphenated nouns ("sit", "-", "in"); the whole word, lower
    case, when ``token`` ends one, so that lexicon objects written with a hyphen match."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return None
    if doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return None   # "talks - in Doha": a dash between words, no hyphenated word
    return f"{doc[token.i - 2].lower_}-{token.lower_}"


def agent_lemmas(verb: Token) -> set[str]:
    """The lemmas of a passive verb's "by" agents ("the embassy was stormed by protesters")."""
    return {g.lemma_.lower() for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"}


def agents_for(trigger: Trigger, agents: set[str]) -> set[str]:
    """The passive agents that may meet ``trigger``'s subject list: all of them, except for a labour
    strike, which is never done to anyone ("a student was struck by a teacher" is a blow)."""
    return set() if trigger.mode == "strike" else agents


# A state's forces whose crossing into a land deploys them there ("Eritrean soldiers crossed into Tigray").
CROSSING_FORCES = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "army", "tank", "tanks",
                             "unit", "units", "marine", "marines", "paratrooper", "paratroopers", "brigade",
                             "battalion", "column", "convoy", "armour", "armor"})
# Words of flight or defection: a crossing with one of them is no deployment.
FLEEING_WORDS = frozenset({"flee", "fleeing", "escape", "escaping", "seek", "refuge", "asylum", "defect",
                           "defecting", "desert", "deserting", "retreat", "retreating", "wounded", "surrender"})
# Subjects that count the people of their "of" phrase ("hundreds of protesters", "a group of soldiers").
COUNTING_SUBJECTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                               "ten", "tens", "group", "groups", "band", "handful", "number"})


def counted_nouns(subject: Token) -> list[Token]:
    """The "of" objects a counting subject stands for ("hundreds of protesters" -> protesters)."""
    if subject.lemma_.lower() not in COUNTING_SUBJECTS and subject.pos_ != "NUM":
        return []
    return [g for p in children_of(subject) if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p) if g.dep_ == "pobj"]


def counted_lemmas(subject: Token) -> set[str]:
    """The lemmas of the "of" objects a counting subject stands for."""
    return {g.lemma_.lower() for g in counted_nouns(subject)}


def subject_lemmas(token: Token) -> set[str]:
    """The lemmas of the verb's subjects; a relative pronoun stands for the noun its clause hangs on
    ("protesters who stormed the parliament" has the subject "protester"), and so does the noun an
    -ing participle modifies ("teachers striking in Oklahoma", "hurricanes striking the coast")."""
    lemmas = set()
    for child in children_of(token):
        if child.dep_ not in SUBJECT_DEPS:
            continue
        lemmas.add(child.lemma_.lower())
        lemmas |= counted_lemmas(child)   # "hundreds of protesters set fire to": the protesters
        relative = child.tag_ in ("WP", "WDT") or child.lower_ == "that"
        if relative and token.dep_ == "relcl" and token.head.i != token.i:
            lemmas.add(token.head.lemma_.lower())
    if not lemmas and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
        lemmas.add(token.head.lemma_.lower())   # "nurses striking in Nairobi": the noun the participle hangs on
    shares_subject = is_participle_adjunct(token) or (token.dep_ == "conj" and token.pos_ == "VERB")
    if not lemmas and shares_subject and token.head.i != token.i:
        # "crowds surrounded the headquarters, hurling stones", "protesters stormed and set fire to the
        # office": a participle adjunct's or a second verb's subject is its head verb's
        subjects = [c for c in children_of(token.head) if c.dep_ in ("nsubj", "nsubjpass")]
        lemmas = {c.lemma_.lower() for c in subjects}.union(*(counted_lemmas(c) for c in subjects))
        if not lemmas and token.dep_ == "conj":
            # "broke through the barricades, stormed parliament and set fire to it": the first verb's
            lemmas = subject_lemmas(token.head)
    if not lemmas and token.dep_ == "xcomp" and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX"):
        lemmas = subject_lemmas(token.head)   # "crowds that tried to storm the parliament": who tried
    return lemmas


def crowd_lemmas(token: Token) -> set[str]:
    """The verb's subject lemmas, with the "of" objects of counting subjects: "hundreds of
    demonstrators pushed" gives {"hundred", "demonstrator"}."""
    lemmas = subject_lemmas(token)
    counted = [g for c in children_of(token) if c.dep_ in SUBJECT_DEPS for p in children_of(c)
               if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    return lemmas | {g.lemma_.lower() for g in counted}


def relative_head_objects(token: Token) -> set[str]:
    """"the committee it left", "the ceasefire signed by Ethiopia": the noun that a relative clause with
    a subject of its own, or a reduced passive, hangs on is the verb's object when the clause has none
    (its lemma and its modifiers' lemmas, as for a direct object)."""
    children = list(children_of(token))
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and not is_relative_word(c) for c in children):
        return set()   # "which"/"that" as the object stands for the noun the clause describes
    antecedent = contact_clause_antecedent(token)
    if antecedent is not None:
        return {antecedent.lemma_.lower()} | {m.lemma_.lower() for m in children_of(antecedent)
                                               if m.dep_ in ("compound", "amod")}
    if token.dep_ not in ("relcl", "acl") or token.head.i == token.i or token.head.pos_ not in ("NOUN", "PROPN"):
        return set()
    relative_object = any(c.dep_ == "dobj" and is_relative_word(c) for c in children)
    if token.dep_ == "relcl" or relative_object:   # the small model hangs some relative clauses as acl
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        if not subjects or any(is_relative_word(c) for c in subjects):
            return set()   # "troops who left": the noun is the subject, not the object
    elif token.tag_ != "VBN":
        return set()   # "efforts to leave": an infinitive, not a reduced passive
    head = token.head
    return {head.lemma_.lower()} | {m.lemma_.lower() for m in children_of(head) if m.dep_ in ("compound", "amod")}


def is_relative_word(token: Token) -> bool:
    """ "which", "that", "whom" opening a relative clause ("the treaty that Egypt and Israel signed")."""
    return token.tag_ in ("WDT", "WP") or token.lower_ == "that" and token.dep_ in ("dobj", "nsubj", "nsubjpass")


def contact_clause_antecedent(token: Token) -> Token | None:
    """"the committee it quit on Thursday": an object relative clause without "that", which the small
    model often parses as a complement clause. The noun right before the clause's pronoun subject is
    the verb's object when the verb has no object of its own."""
    if token.dep_ not in ("ccomp", "relcl") or token.pos_ != "VERB":
        return None
    subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "PRP" or subjects[0].i != token.i - 1 or token.i < 2:
        return None
    before = token.doc[token.i - 2]
    return before if before.pos_ == "NOUN" and before.tag_ in ("NN", "NNS") else None


def _is_date_phrase(prep: Token) -> bool:
    """A preposition whose object is a date ("on Tuesday", "in March"): no particle of the verb."""
    objects = [g for g in children_of(prep) if g.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


class TriggerIndex:
    """Finds the tokens that may start an event: those whose lemma (in lower or title case, so
    headline words match too) or lower-cased form is a lexicon word (verbs, nouns and retaliation
    verbs). The words are hashed once into sets of string ids; a doc is then one read of its LEMMA
    and LOWER columns and a set lookup per token (no string is made for any token)."""

    def __init__(self, vocab, lexicon: Lexicon, words: dict[str, frozenset[str]]):
        lemmas = set(lexicon.verbs) | set(lexicon.nouns) | set(words["retaliation_verbs"]) | set(
            lexicon.lower_words("forced_entry_verbs")) | set(lexicon.lower_words("crowd_verbs"))
        forms = lemmas | {lemma.capitalize() for lemma in lemmas}
        self.lemma_ids = frozenset(vocab.strings.add(form) for form in forms)
        unlemmatized = {form for form, lemma in lexicon.forms.items() if lemma in lemmas}
        unlemmatized |= set(MISTAGGED_DENIALS)   # "a charge Minsk dismisses" (noun lemma "dismisse")
        unlemmatized |= set(words["offer_adjectives"])   # "ready to help": the act it governs (with_offered_acts)
        self.lower_ids = frozenset(vocab.strings.add(word) for word in lemmas | unlemmatized)

    def __call__(self, doc: Doc) -> list[int]:
        """Indices of the candidate tokens of ``doc``, in text order."""
        if not len(doc):
            return []
        lemma_ids, lower_ids = self.lemma_ids, self.lower_ids
        # one flat list per column (a two-column read makes a list per token)
        lowers = doc.to_array(LOWER).tolist()
        return [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist())
                if lemma in lemma_ids or lowers[i] in lower_ids]


def trigger_matcher(vocab, lexicon: Lexicon, words: dict[str, frozenset[str]]) -> TriggerIndex | None:
    """The candidate finder, compiled once per component (None without a vocab: every token is a candidate)."""
    if vocab is None:
        return None
    return TriggerIndex(vocab, lexicon, words)


def is_definite(noun: Token) -> bool:
    """"the strike", "this attack": a noun phrase pointing at one known thing, not a kind of act."""
    definite = ("the", "this", "that", "these", "those")
    return any(c.dep_ in ("det", "poss") and c.lower_ in definite for c in children_of(noun))


def names_punishment(word: Token) -> bool:
    """``word`` names a punishment meted out: "punish" and "prosecute" as verbs, "track down" and "hunt
    down", "hold (them) accountable", "hold (them) to account", "bring (them) to justice", and justice,
    punishment or prosecution faced ("would face justice")."""
    lemma = word.lemma_.lower()
    if lemma in ("punish", "prosecute"):
        return word.pos_ == "VERB"
    if lemma in ("track", "hunt"):
        return any(c.lower_ == "down" for c in children_of(word))
    if lemma == "accountable":
        return word.head.lemma_.lower() == "hold"
    if lemma == "account" or (lemma == "justice" and word.dep_ == "pobj"):   # "to account", "to justice"
        return word.dep_ == "pobj" and word.head.lower_ == "to" and word.head.head.lemma_.lower() in ("hold", "bring")
    if lemma in ("justice", "punishment", "prosecution"):
        return word.dep_ == "dobj" and word.head.lemma_.lower() == "face"
    return False


def has_particle(verb: Token, particle: str | None) -> bool:
    """``verb`` carries ``particle`` (``verb_particles``: "step down"); True when there is none to
    carry ("ordered the coast guard to step up patrols" is no "step down")."""
    return particle is None or particle.lower() in verb_particles(verb)


def verb_particles(verb: Token) -> set[str]:
    """The words a lexicon entry's ``particle`` is matched against: those the small model hangs on
    the verb as particle, preposition or adverb ("pulled out", "stepped down", "call for"), not a
    date phrase ("on Tuesday"), and the "for" it reads as the mark of the clause after the verb
    ("called for the vote to be held": ``clause_opening_prepositions``)."""
    particles = {c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "prep", "advmod") and not _is_date_phrase(c)}
    return particles | clause_opening_prepositions(verb)


def clause_opening_prepositions(token: Token) -> set[str]:
    """"called for the vote to be held", "pressed for the talks to resume": the small model reads the
    verb's preposition as the mark of an infinitive clause that follows the verb at once; the
    preposition is the verb's particle all the same."""
    return {m.lower_ for c in children_of(token) if c.dep_ in ("advcl", "ccomp") and c.i > token.i
            for m in children_of(c) if m.dep_ == "mark" and m.lower_ == "for" and m.i == token.i + 1}
