"""Tests on a token's clause: who reports it, who does it, who is only briefed or named as a party.

Pure functions of the parse (and of the Doc extensions the actors component fills); no resolver state."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.constants import (CROWD_CONTROL_NOUNS, CUSTODY_VERBS, INNER_DEPS, MEETING_VERBS,
    PRIVATE_PRINCIPALS, REPORTING_VERBS, SPONSOR_WORDS, SUBJECT_DEPS, VICTIM_VERBS)


BRIEFING_VERBS = {"tell", "brief", "inform", "update", "address"}
# The press corps asking questions ("when reporters asked whether ...") is of no country either.
PRESS_CORPS_WORDS = {"reporters", "journalists", "newsmen", "correspondents"}
QUESTIONING_VERBS = {"ask", "question", "press"}
APPOINTING_VERBS = {"appoint", "name", "nominate", "designate"}
# "people briefed on the talks", "sources familiar with the matter", "a source close to the army".
SOURCE_WORDS = {"briefed": {"on", "about"}, "familiar": {"with"}, "close": {"to"}}


# Verbs a body reports its own country's act with, after the report ("..., the ministry announced").
TRAILING_REPORT_VERBS = {"say", "announce", "state", "confirm", "report", "add", "declare", "tell"}


def is_participle_adjunct(token: Token) -> bool:
    """"Netanyahu told reporters, thanking Orban": a present participle hung on a verb as an
    adverbial clause is done by that verb's subject, never by its object (the object controls only
    a "to" infinitive: "told them to leave")."""
    return token.dep_ == "advcl" and token.tag_ == "VBG"


def clause_doer(verb: Token) -> Token | None:
    """The one who does what ``verb`` says: its own subject, else for a verb that completes
    another ("force Saddam to withdraw", "agreed to recall") the other's object, else its subject."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
    return None


def is_speaker(token: Token) -> bool:
    """Whether ``token`` heads the subject of a reporting verb ("The Philippine military said")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS


def reports_the_sentence(head: Token) -> bool:
    """Whether ``head`` is the subject of a reporting verb that closes its sentence ("Egypt
    suspended imports from Ethiopia, the Ministry of Supply announced"): the reporter speaks for
    the sentence's actor, not for the other party it names."""
    return reported_clause(head) is not None


def reported_clause(head: Token) -> Token | None:
    """The verb of the clause that ``head``, the subject of a reporting verb closing it, reports:
    the verb's clausal complement before it, or, when the parser hung the reporting verb under
    the clause instead ("Egypt suspended imports, the Ministry announced, in the first ..."),
    the clause it hangs from."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in TRAILING_REPORT_VERBS or verb.i < head.i:
        return None
    if verb.dep_ == "ROOT":
        return next((child for child in verb.children
                     if child.dep_ in ("ccomp", "parataxis") and child.i < head.i), None)
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i < head.i and verb.head.pos_ in ("VERB", "AUX") \
            and not any(child.dep_ in ("ccomp", "xcomp", "dobj") for child in verb.children):
        return verb.head
    return None


# Verbs of attacks whose reports come from the side that was hit ("..., the air force said").
ATTACK_REPORT_VERBS = VICTIM_VERBS | {"fire", "launch", "shoot", "pound", "invade"}


def reports_an_attack(head: Token) -> bool:
    """Whether the clause a trailing reporter ``head`` reports is an attack ("Russia struck
    Kharkiv, the air force said"), or has one joined to it."""
    verb = reported_clause(head)
    if verb is None:
        return False
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in ATTACK_REPORT_VERBS for v in clause)


# Modifiers of a body that governs a place, not a side: "regional authorities" speak for the region.
LOCAL_MODIFIERS = frozenset({"regional", "local", "provincial", "municipal", "district", "county", "city", "village"})


def is_local_body(head: Token) -> bool:
    """"regional authorities", "local officials": a body of the place where things happened, whose
    country is that place's, not the sentence's acting party's."""
    return any(child.dep_ == "amod" and child.lower_ in LOCAL_MODIFIERS for child in head.children)


def private_principal(head: Token) -> Token | None:
    """The private party a spokesperson noun speaks for ("for the Miami relatives", "of the
    family"), or None."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.lower_ in PRIVATE_PRINCIPALS:
                    return pobj
    return None


def names_administration(head: Token) -> bool:
    """ "the administration", "administration officials": the phrase names an administration. A
    described one ("the public administration", "an interim administration") is left to the
    usual rules."""
    if head.lower_ == "administration":
        return not any(c.dep_ == "amod" for c in head.lefts)
    return any(c.dep_ in ("compound", "amod") and c.lower_ == "administration" for c in head.lefts)


def meets_at_venue(head: Token) -> bool:
    """ "foreign ministers meeting in Addis Ababa", "delegates gathered at the summit in Doha": a
    plural phrase described as meeting somewhere; the place is the venue, which says nothing of
    where the people come from, so neither it nor the story's country is theirs."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    verbs = [c for c in head.children if c.dep_ == "acl"]
    if head.dep_ == "compound" and head.head.lower_ == "meeting":
        verbs.append(head.head)   # "ministers meeting in ..." parsed as a compound noun
    return any(verb.lemma_.lower() in MEETING_VERBS | {"meeting"}
               and any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children)
               for verb in verbs)


def deciding_party(verb: Token) -> list[Token]:
    """Who sends the forces of a subjectless "to deploy": the possessor of the noun it completes
    ("Trump's decision to deploy National Guard troops") or the subject of the verb that
    governs it ("Trump ordered the Pentagon to send troops" gives no one; "Trump decided to send")."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return [c for c in verb.head.children if c.dep_ == "poss"]
    if verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "conj" for s in subjects for c in s.children):
            return []   # "Jamaica and the Bahamas pledged to send soldiers": no one state's
        return subjects
    return []


def is_anonymous_source(head: Token) -> bool:
    """An unnamed source ("two people briefed on the discussions", "officials familiar with the
    plan"): the words say who knows, not whose side they are on."""
    for child in head.rights:
        if child.dep_ in ("acl", "amod") and child.lower_ in SOURCE_WORDS \
                and any(c.dep_ == "prep" and c.lower_ in SOURCE_WORDS[child.lower_] for c in child.children):
            return True
    return False


def is_briefed(head: Token) -> bool:
    """ "told reporters", "briefed journalists", "when reporters asked": the audience of a
    statement, or the press asking the questions, not a party to it."""
    if any(t.dep_ in ("poss", "amod", "compound") for t in head.lefts):
        return False
    if head.dep_ == "nsubj" and head.lower_ in PRESS_CORPS_WORDS:
        return head.head.lemma_.lower() in QUESTIONING_VERBS
    return head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in BRIEFING_VERBS


QUANTITY_WORDS = {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "some", "many", "several",
                  "crowds", "crowd", "group", "groups"}


ACCUSING_VERBS = {"accuse", "blame", "charge", "suspect", "convict", "condemn", "denounce", "criticise", "criticize"}


def accused_doers(verb: Token) -> list[Token]:
    """ "accused Russian fighters of executing six herders", "blamed the army for killing them": the
    object of the accusing verb is the doer of the gerund its "of"/"for" phrase holds (that gerund
    has no subject of its own)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return []
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return []
    above = verb.head.head
    if above.pos_ in ("NOUN", "PROPN") and above.dep_ == "dobj" and above.head.lemma_.lower() in ACCUSING_VERBS:
        return [above]   # the parser may hang "of executing" on the accused noun itself
    if above.pos_ != "VERB" or above.lemma_.lower() not in ACCUSING_VERBS:
        return []
    return [c for c in above.children if c.dep_ == "dobj"]


def quantity_head(head: Token) -> Token:
    """ "Thousands of demonstrators": the quantity word that heads the clause's argument, else the head."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
            and (prep.head.lower_ in QUANTITY_WORDS or prep.head.pos_ == "NUM"):
        return prep.head
    return head


def names_an_opponent(token: Token) -> bool:
    """A country something is directed against ("slogans against Ethiopia", "sanctions against
    Iran"): the other side, not the story's own country."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    if token.head.lower_ == "against":
        return True
    prep, opposed = token.head, token.head.head
    # "protest against the war in Gaza": the place of what is opposed is opposed too, not the protesters'
    return prep.lower_ in ("in", "on", "of") and opposed.pos_ == "NOUN" and opposed.dep_ == "pobj" \
        and opposed.head.lower_ == "against"


def is_actor_word(token: Token) -> bool:
    """Whether a token names an actor itself (a dictionary name or a sector word), before the
    actors component reached it."""
    doc = token.doc
    return token.i in doc._.ew_names or token.i in doc._.ew_sector_terms


# Participles of backing: the "by" phrase of one names a sponsor, not an owner ("backed by Russian air power").
BACKING_PARTICIPLES = frozenset({"back", "support", "arm", "fund", "sponsor", "assist", "aid"})


def names_a_backer(token: Token) -> bool:
    """A country named inside the "by" phrase of a backing participle ("the Syrian army, backed by
    Russian air power, ...", "rebels supported by Turkey"): a sponsor, who owns no later phrase."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "agent" or (node.dep_ == "prep" and node.lower_ == "by"):
            verb = node.head
            return verb.tag_ == "VBN" and verb.lemma_.lower() in BACKING_PARTICIPLES
        node = node.head
    return False


def names_another_party(token: Token, phrase: Token, actor_heads: dict) -> bool:
    """A country that names the other party of the phrase's clause, not where it happens: the
    nationality of the agent of what happened to the phrase ("Russian missile strikes killed four
    people", "four people were killed in Ethiopian drone strikes": the strikes', not the victims'),
    or the one the clause is directed against ("chanting slogans against Ethiopia")."""
    if names_an_opponent(token):
        return True
    if token.dep_ not in INNER_DEPS or token.head.i == token.i:
        return False
    agent = token.head
    while agent.dep_ == "compound" and agent.head.i != agent.i:
        agent = agent.head
    if agent.i in actor_heads or is_actor_word(agent):
        return False
    patient = quantity_head(phrase)
    verb = patient.head
    if patient.dep_ == "dobj" and agent.dep_ in SUBJECT_DEPS:
        return agent.head.i == verb.i
    if patient.dep_ == "nsubjpass" and agent.dep_ == "pobj" and agent.head.lower_ in ("by", "in"):
        return agent.head.head.i == verb.i
    return False


def names_a_sponsor(token: Token) -> bool:
    """ "Russian-backed", "Iran-aligned": the name is the phrase's backer, not its owner."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in SPONSOR_WORDS


def is_arresting(head: Token) -> bool:
    """Whether the phrase is the subject of an arrest or of crowd control ("officers detained two men",
    "officers fired tear gas") or the agent of an arrest ("was arrested by officers")."""
    if head.dep_ == "nsubj":
        verb = head.head
        return verb.lemma_.lower() in CUSTODY_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in CROWD_CONTROL_NOUNS for c in verb.children)
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head.lemma_.lower() in CUSTODY_VERBS
    return False


# Verbs of a guess at who someone is ("men believed to be police officers", "gunmen suspected of
# being militants").
IDENTITY_GUESS_VERBS = {"believe", "think", "suspect", "understand", "presume", "say", "report"}


def guessed_identity(head: Token) -> Token | None:
    """"men believed to be police officers", "gunmen suspected of being militants": the noun a
    participle of guessing (``IDENTITY_GUESS_VERBS``) says ``head`` is, or None. The guess names
    the actor better than the bare "men" does."""
    for verb in head.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in IDENTITY_GUESS_VERBS:
            continue
        for being in guessed_copulas(verb):
            identity = next((c for c in being.children if c.dep_ == "attr"), None)
            if identity is not None:
                return identity
    return None


def guessed_copulas(verb: Token) -> list[Token]:
    """The "be" a verb of guessing governs: "believed to be", "suspected of being"."""
    links = [c for c in verb.children if c.dep_ == "xcomp"]
    links += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pcomp"]
    return [link for link in links if link.lemma_.lower() == "be"]

