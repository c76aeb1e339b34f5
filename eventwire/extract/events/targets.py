"""Finding an event's target through the parse: the lexicon's target paths, a content clause's
object (down a chain of complements), a path preposition the parser hung on the object ("blamed the
killings on the gang"), the fallback attachments, the owner of an attacked thing, the victims of a
kill participle, the doer of an act a response is about (abroad, or a rival at home), the
respondent of a spoken act, the victims of an attack, the party that reacted to it, whom an act is
"aimed at", the parties of a "between" phrase, and the one party named inside an object phrase
that is no actor ("the opening of talks with Ukraine")."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.component import SECTOR_LABELS, make_actor
from eventwire.extract.actors.names import is_sympathy_label
from eventwire.extract.actors.places import is_venue_noun
from eventwire.extract.extensions import doc_text, doc_words, sentence_bounds, sentence_number, sentence_of
from eventwire.extract.events.lexicon import Trigger, quad_class
from eventwire.extract.events.roles import (MEASURE_TYPES, NAMED_OWNER_TYPES, OWNERSHIP_PARTICIPLES,
                                            PASSIVE_SUBJECT_DEPS, REGIONAL_CODES, RESPONSE_VERBS, SELF_DIRECTED_TYPES,
                                            STATE_SECTORS, SUBJECT_DEPS, SYMMETRIC_TYPES, actor_for_token,
                                            conjunct_chain, is_dismissal, is_other_side, is_reduced_participle,
                                            is_subject_read_as_conjunct, same_actor, state_named_by)
from eventwire.extract.events.state import CoderState, kept_per_token
from eventwire.extract.events.triggers import (children_of, counted_nouns, is_cause_object, is_infinitive, measured_nouns, takes_content,
                                               undergoers)
from eventwire.models import Actor, Event

# Participles that name a place's or thing's owner: "camps belonging to", "positions held by".
OWNERSHIP_VERBS = frozenset({"belong", "hold", "run", "control", "operate", "use", "occupy", "man"})
# Prepositions whose object may be an event's target when the lexicon names no path.
# Verbs whose object is the projectile sent ("fired missiles at", "launched drones at"); "shot down
# a Russian drone" or "intercepted Iranian missiles" keep the weapon's owner as their target.
PROJECTING_VERBS = frozenset({"fire", "launch", "lob", "hurl"})
# Words opening the condition of a threat ("if Israel strikes", "unless the troops withdraw").
CONDITION_MARKERS = frozenset({"if", "unless"})
FALLBACK_PREPOSITIONS = frozenset({"to", "with", "against", "on", "at", "toward", "towards"})
# Prepositions naming where a complaint is lodged ("a complaint with the African Union", "to the
# WTO", "before the court"), and the sectors of such forums.
FORUM_PREPOSITIONS = frozenset({"with", "to", "at", "before"})
FORUM_SECTORS = frozenset({"IGO", "JUD"})
# Types whose object may be another party's act ("condemned the strikes", "welcomed the decision"):
# the target is whoever did that act. The same verbs, given an event noun as object, answer it: the
# noun's event is directed at them ("rejected an ECOWAS ultimatum" -> ECOWAS -> the rejecter).
RESPONSE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Responses that may answer a domestic rival's act when no foreign doer is found ("condemned the attack").
HOSTILE_RESPONSE_TYPES = frozenset({"ACCUSE", "REJECT"})
# Verbs that answer a spoken act (an offer, a demand, an ultimatum), which was therefore addressed to them.
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})
# Written messages whose "to" recipient a request made "in" them is addressed to ("in a letter to X").
LETTER_NOUNS = frozenset({"letter", "message", "note", "cable", "telegram"})
# Verbs of weighing a request or an offer before answering it ("Britain is considering Russia's request
# for access"): their subject is the one the request or offer was put to, though no answer is coded.
DELIBERATING_VERBS = frozenset({"consider", "weigh", "review", "study", "examine", "assess", "evaluate"})
# Spoken acts whose backer joins the speaker rather than receiving the act ("backed his threat").
ENDORSED_HOSTILE_TYPES = frozenset({"THREATEN", "ACCUSE"})
# Means of a conversation the parser may hang its partner on ("spoke by phone with ...").
MEDIUM_NOUNS = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "link", "call"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})
# Entity types of an object that names a sum or a count, never a party ("fined X $5 million").
AMOUNT_ENTITY_TYPES = frozenset({"MONEY", "QUANTITY", "PERCENT"})
# A friendly act serving a hostile purpose ("sent arms to attack the town") names its victim, not its
# beneficiary, in the purpose clause.
COOPERATIVE_PURPOSE_TYPES = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE", "CONSULT", "CONCEDE"})
HOSTILE_PURPOSE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "ACCUSE"})
# Verbs by which a party makes what it then owns: "the charge which Moldova made", "the plan Iran proposed".
MAKING_VERBS = frozenset({"make", "issue", "propose", "present", "level", "submit", "table", "announce", "offer",
                          "draft", "put", "unveil", "impose", "declare"})
# Where a sanction's target hangs off its object: "suspended flights to Georgia", "halted imports from
# Ethiopia", "cut ties with Qatar".
SANCTION_OBJECT_PREPOSITIONS = frozenset({"to", "from", "with", "on", "against", "into"})
# Participles that name whom an act is meant for: "a show of force aimed at Ethiopia".
AIMING_VERBS = frozenset({"aim", "direct"})
AIMING_FORMS = frozenset({"aimed", "aiming", "aims", "aim", "directed", "directing", "directs", "direct"})
# Complements of an object that names no actor through which its party may be named: "the
# resignation of the chairman", "the opening of talks with Ukraine", "his objection to Sweden's bid".
NESTED_PREPOSITIONS = frozenset({"of", "with", "to", "against", "toward", "towards"})
# Pacts under which an act is done, whose "with" party it is directed at: "pledged to hold an
# election under a deal with the opposition".
PACT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "arrangement", "compact"})
# Camps of one country that answer each other's offers and demands: the government and its opponents,
# armed or not ("the opposition rejected an offer of talks from Yanukovych").
RIVAL_CAMPS = ({"GOV", "MIL", "COP"}, {"OPP", "REB", "PTY", "CVL", "LAB"})


def are_rival_camps(one: Actor, other: Actor) -> bool:
    """One side is the state's and the other its opponents' (RIVAL_CAMPS)."""
    state, opponents = RIVAL_CAMPS
    return (one.sector in state and other.sector in opponents) or (one.sector in opponents and other.sector in state)


# Prepositions of a content clause whose object may be the party it is about ("to retaliate against
# the government", "to stand by Manila", "to mediate between Azerbaijan and Armenia").
COMPLEMENT_PREPOSITIONS = frozenset({"to", "against", "on", "with", "from", "for", "at", "between", "by"})
# How many complement clauses below the first the search for a content clause's party goes down
# ("pledged that Washington would keep helping Taiwan": keep -> helping -> defend).
COMPLEMENT_DEPTH = 2
# How many noun phrases down such a search may go ("the opening" -> "of talks" -> "with Ukraine").
NESTED_DEPTH = 3
# Entity types that are never a party: times and dates.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that put an act before the reaction it provoked: "returned fire after X shot first".
REACTION_MARKERS = frozenset({"after", "following"})
# Sectors of armed forces, whose reaction to an attack shows they were its target.
ARMED_SECTORS = frozenset({"MIL", "REB", "COP"})
# How many sentences back a definite act noun ("the move") may find the act it refers to.
REFERENCE_WINDOW = 4
# How far back a definite event noun repeated word for word ("the strike") may find its event.
REPEATED_WORD_WINDOW = 8
# Prepositions of a lexicon path that name where an act happens rather than whom it is aimed at.
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "across", "around", "within"})
# Entity types of an apposition that names the person or body a common noun stands for.
APPOSED_NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
# How many sentences back a bare act noun ("the move") looks for the act it names.
REPORTED_ACT_SENTENCES = 2




def is_split_off_content(clause: Token) -> bool:
    """"threatened on Thursday to close the US embassy": an infinitive the parser hangs as an
    adverbial clause once a phrase stands between it and the verb is still that verb's content (not
    "in order to", "so as to": a purpose)."""
    return clause.dep_ == "advcl" and is_infinitive(clause) and not any(c.dep_ == "mark" for c in children_of(clause)) \
        and clause.i > clause.head.i


def is_bound_object(obj: Token, trigger: Trigger) -> bool:
    """The direct object is the one the trigger's entry is bound to ("held talks", "sent a relief
    team"), not a party: an object-bound entry's "dobj" target is then found past it. The object of
    an entry bound to an object predicate ("held Azerbaijan responsible", "declared the envoy
    persona non grata") is the party."""
    if not trigger.objects:
        return False
    return obj.lemma_.lower() in trigger.objects or obj.lower_ in trigger.objects or any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in trigger.objects for m in children_of(obj))


def repeated_call_heads(token: Token, trigger: Trigger) -> list[Token]:
    """"called on Eritrean forces to leave Tigray and on Addis Ababa to let aid through": a call's
    "on" said again for a second party, which the parser hangs as a conjunct inside the first
    demand; its object is a second target."""
    if trigger.particle not in ("on", "upon") or f"prep:{trigger.particle}" not in trigger.targets:
        return []
    return [g for c in token.subtree if c.dep_ == "conj" and c.lower_ == trigger.particle and c.pos_ == "ADP"
            for g in children_of(c) if g.dep_ == "pobj" and opens_infinitive_after(g)]


def opens_infinitive_after(phrase: Token) -> bool:
    """An infinitive begins right after the phrase ("... and on Addis Ababa to let aid through"), as a
    demand's second addressee has; "attacks on Gaza and on Lebanon" has none."""
    end = max(t.i for t in phrase.subtree) + 1
    doc = phrase.doc
    return end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].pos_ in ("VERB", "AUX")


class TargetFinder(CoderState):
    """Whom it was done to, as the sentence's parse says."""

    def complement_targets(self, token: Token, source: Actor | None = None) -> list[Actor]:
        """A content-taking trigger's target from its complement: "threatened to cut gas to Spain",
        "vowed to retaliate against the government", and deeper down a chain of complements
        ("pledged that Washington would keep helping Taiwan", where the one helped is the subject of
        the helping verb's own complement). An object that is the source's own side (`is_own_side`:
        "agreed to drop his objection to Sweden's bid", "pledged to send its army") is passed over for
        the next one."""
        trigger = self.triggers.get(token.i)
        if trigger is None or not takes_content(token, trigger):
            return []
        for comp in children_of(token):
            if comp.pos_ != "VERB" or not (comp.dep_ in ("xcomp", "ccomp") or is_split_off_content(comp)):
                continue
            addressee = self.demanded_doer(comp, trigger)
            if addressee is not None:
                return [addressee]
            for head in self.complement_party_heads(comp):
                # "to mediate between Azerbaijan and Armenia": a country the resolver read as a place
                actor = self.object_actor(head) or self.country_named_by(head)
                if actor is not None and actor.country and not self.is_own_side(actor, source, head):
                    return [actor]
        return []

    def complement_party_heads(self, comp: Token, depth: int = 0) -> list[Token]:
        """The phrases of a complement clause that may name whom it is about, nearest first: its
        direct and dative objects and the objects of its party prepositions, then those of the
        complements it governs in turn (COMPLEMENT_DEPTH clauses down); the subject of a clause
        governed by an object-control verb ("helping Taiwan defend itself") is that verb's object."""
        heads: list[Token] = []
        for child in children_of(comp):
            if child.dep_ in ("dobj", "dative"):
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPOSITIONS:
                heads.extend(g for g in children_of(child) if g.dep_ == "pobj")
        if depth >= COMPLEMENT_DEPTH:
            return heads
        for inner in (c for c in children_of(comp) if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")):
            if comp.lemma_.lower() in self.words["object_control_verbs"]:
                heads.extend(c for c in children_of(inner) if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON")
            heads.extend(self.complement_party_heads(inner, depth + 1))
        return heads

    @staticmethod
    def is_own_side(actor: Actor, source: Actor | None, head: Token) -> bool:
        """``actor`` is the source's own side, so no target of what the source offers, vows or asks:
        the same actor, a place or body of the source's country with no sector, the source's
        possession ("its troops", "his objection"), or, for a state source, another organ of the same
        state ("the government pledged to reform the police"). A party of another sector in the same
        country stays a target: a gang "threatened to retaliate against the government", a junta
        "agreed to free the opposition leader"."""
        if source is None or not source.country or actor.country != source.country:
            return False
        if actor.code == source.code or actor.sector is None:
            return True
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head)):
            return True
        return source.sector in STATE_SECTORS and actor.sector in STATE_SECTORS   # organs of one state

    @staticmethod
    def demanded_doer(clause: Token, trigger: Trigger) -> Actor | None:
        """"demanding that the government expel Ethiopian diplomats": a demand is addressed to whoever
        its reported clause says must act, the clause's own subject, not to the object of that act."""
        if trigger.type != "REQUEST" or clause.dep_ != "ccomp":
            return None
        subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS), None)
        actor = actor_for_token(subject) if subject is not None else None
        return actor if actor is not None and actor.country else None

    def fallback_targets(self, token: Token, trigger: Trigger, source: Actor | None = None) -> list[Actor]:
        """When the lexicon's paths find no target: a country-coded actor in the trigger's object,
        the object's owner ("rejected the IAEA's demand", "the resignation of the chairman"), a
        prepositional object, or a reported clause's subject ("demanded that the government scrap")."""
        if trigger.pos != "verb":
            return []
        for head in self.fallback_heads(token):
            if trigger.type == "ACCUSE" and is_complaint_forum(head):
                continue
            actor = self.object_actor(head)
            if actor is None and trigger.type == "SANCTION" and head.head.lower_ in SANCTION_OBJECT_PREPOSITIONS:
                actor = self.country_named_by(head)   # "imports from Ethiopia": a country read as a place
            if actor is not None and actor.country and not same_actor(actor, source):
                return [actor]
        return []

    def fallback_heads(self, token: Token) -> list[Token]:
        heads = []
        kind = getattr(self.triggers.get(token.i), "type", None)
        sanction = kind == "SANCTION"
        topic_object = kind == "CONSULT" and (self.has_partner_phrase(token) or self.names_topic_object(token))
        for child in children_of(token):
            if child.dep_ in ("dobj", "dative") and topic_object:
                continue   # "discussed the crisis with an ally": the object is the topic, not a party
            if child.dep_ in ("dobj", "dative"):
                if kind == "ASSAULT" and token.lemma_.lower() in PROJECTING_VERBS and self.is_weapon(child):
                    continue   # "fired missiles at Kyiv": the object is what is fired, not whom
                heads.append(child)
                if sanction:   # "halted cattle imports from Ethiopia": the trade cut names the country
                    heads.extend(g for p in children_of(child) if p.dep_ == "prep"
                                 and p.lower_ in SANCTION_OBJECT_PREPOSITIONS
                                 for g in children_of(p) if g.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "at" and kind in SYMMETRIC_TYPES:
                continue   # "signed a declaration at the White House", "met at the UN": a venue, not a party
            elif child.dep_ == "prep" and child.lower_ in FALLBACK_PREPOSITIONS and not names_companions(child):
                # "gathered at the call of opposition parties": the caller is no target of the protest
                heads.extend(g for g in children_of(child) if g.dep_ == "pobj"
                             and not (kind == "PROTEST" and is_cause_object(g)))
            elif child.dep_ == "ccomp":
                heads.extend(self.reported_subjects(child))
                heads.extend(self.owners_conceded(child))
        return heads

    def names_topic_object(self, token: Token) -> bool:
        """A verb whose object is what is talked about, never a party ("discussed the withdrawal of
        Turkish troops"): rules.yaml ``topic_verbs``."""
        return token.lemma_.lower() in self.lexicon.lower_words("topic_verbs")

    @staticmethod
    def has_partner_phrase(token: Token) -> bool:
        """The verb names whom it is done "with" ("discussed the crisis with Blair")."""
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in children_of(c))
                   for c in children_of(token))

    def conditioned_party(self, token: Token, source: Actor | None) -> Actor | None:
        """"warned it would launch an operation if Kurdish fighters were not pushed back", "threatened
        to retaliate if Israel struck": a threat is aimed at the party whose conduct its "if" or
        "unless" clause sets as the condition (that clause's subject, active or passive)."""
        clauses = [token, *(c for c in children_of(token) if c.dep_ in ("xcomp", "ccomp"))]
        for clause in clauses:
            for condition in (c for c in children_of(clause) if c.dep_ == "advcl"):
                if not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in children_of(condition)):
                    continue
                for subject in (c for c in children_of(condition) if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
                    actor = self.object_actor(subject)
                    if actor is not None and actor.country and not same_actor(actor, source) \
                            and (source is None or actor.country != source.country):
                        return actor
        return None

    def is_weapon(self, head: Token) -> bool:
        """An object that is a weapon or munition ("missiles", "Iranian-made drones", "a barrage"), never
        a party of its own: an attack verb's object of that kind is what the source fires or uses."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in self.words["instrument_nouns"]

    @staticmethod
    def owners_conceded(clause: Token) -> list[Token]:
        """"conceded that four border villages belong to Azerbaijan", "recognised that the islands
        belong to Japan": the owner a reported "belong to" clause names."""
        if clause.lemma_.lower() != "belong":
            return []
        return [g for p in children_of(clause) if p.dep_ == "prep" and p.lower_ == "to"
                for g in children_of(p) if g.dep_ == "pobj"]

    @staticmethod
    def reported_subjects(clause: Token) -> list[Token]:
        """The subject of a reported clause; when the parser made the clause's head a noun and hung
        the subject deeper ("demanding that the government expel Ethiopian diplomats", parsed with
        "diplomats" as the clause and "expel" as its modifier), the first subject inside the clause."""
        own = [g for g in children_of(clause) if g.dep_ in SUBJECT_DEPS]
        if own or clause.pos_ in ("VERB", "AUX"):
            return own
        inner = [t for t in clause.subtree if t.dep_ in SUBJECT_DEPS and t.i < clause.i]
        if not inner and any(c.dep_ == "mark" for c in children_of(clause)):
            # "demanded that the government resign", parsed as the noun "government resign": its modifier
            inner = [c for c in children_of(clause) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")][-1:]
        return inner[:1]

    def nested_targets(self, token: Token, trigger: Trigger, source: Actor | None) -> list[Actor]:
        """When no finder named a target: the one party named inside the trigger's object phrase
        (or, for a content-taking trigger, its complement's object) that resolves to no actor of
        its own ("did not veto the opening of accession talks with Ukraine"): its possessors and
        "of"/"with"/"to"/"against" complements, NESTED_DEPTH phrases down. Places, times and the
        source itself never count; two or more countries found give none."""
        if trigger.pos != "verb":
            return []
        found: list[Actor] = []
        for head in self.nested_heads(token, trigger):
            if trigger.type == "ACCUSE" and is_complaint_forum(head):
                continue
            own = self.object_actor(head)
            if own is not None and not same_actor(own, source):
                return []   # the object names an actor: not a phrase to look inside
            for actor in self.inner_parties(head, source, NESTED_DEPTH, trigger.type == "ACCUSE"):
                if all(actor.country != f.country for f in found):
                    found.append(actor)
        return found if len(found) == 1 else []

    def nested_heads(self, token: Token, trigger: Trigger) -> list[Token]:
        """The object phrases a nested search starts from: the trigger's direct objects and its
        prepositional objects, and a content-taking trigger's complement's objects."""
        verbs = [token]
        if takes_content(token, trigger):
            verbs += [c for c in children_of(token) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        passive = self.is_passive(token)   # "exports of chips to China were banned": the patient
        heads = []
        for verb in verbs:
            for child in children_of(verb):
                if child.dep_ == "dobj" or (passive and verb.i == token.i and child.dep_ in PASSIVE_SUBJECT_DEPS):
                    heads.append(child)
                elif child.dep_ == "prep" and child.lower_ in FALLBACK_PREPOSITIONS:
                    heads.extend(g for g in children_of(child) if g.dep_ == "pobj"
                                 and not (trigger.type == "PROTEST" and is_cause_object(g)))
                elif child.dep_ == "prep" and child.lower_ == "under":   # "pledged ... under a deal with X"
                    heads.extend(g for g in children_of(child) if g.dep_ == "pobj" and g.lemma_.lower() in PACT_NOUNS)
        return heads

    def inner_parties(self, phrase: Token, source: Actor | None, depth: int, skip_forums: bool = False) -> list[Actor]:
        """The country-coded actors a phrase's possessors and NESTED_PREPOSITIONS complements name,
        looking into a complement that names none, at most ``depth`` phrases down; with
        ``skip_forums``, not the body a complaint is lodged with (`is_complaint_forum`)."""
        if depth <= 0:
            return []
        found: list[Actor] = []
        for inner in self.inner_phrases(phrase):
            if self.is_place_or_time(inner) or (skip_forums and is_complaint_forum(inner)):
                continue
            actor = actor_for_token(inner)
            if actor is None:
                found.extend(self.inner_parties(inner, source, depth - 1, skip_forums))
            elif actor.country and not same_actor(actor, source):   # a rival at home may be the party
                found.append(actor)
        return found

    @staticmethod
    def inner_phrases(phrase: Token) -> list[Token]:
        """A phrase's possessor and the objects of its NESTED_PREPOSITIONS complements, with their
        conjuncts."""
        inner = []
        for child in children_of(phrase):
            if child.dep_ == "poss":
                inner.append(child)
            elif child.dep_ == "prep" and child.lower_ in NESTED_PREPOSITIONS:
                for pobj in (g for g in children_of(child) if g.dep_ == "pobj"):
                    inner.extend([pobj, *conjunct_chain(pobj)])
        return inner

    def is_place_or_time(self, token: Token) -> bool:
        """A time ("Monday's ambush"), or a place other than a whole country ("the siege of Kharkiv")."""
        if token.ent_type_ in TIME_ENTITIES:
            return True
        place = self.place_at.get(token.i)
        return place is not None and place.feature != "country"

    def denies_an_act(self, token: Token) -> bool:
        """"denied backing the rebels", "denied that its forces shelled the town": the complement is
        the denied act, not the denial's target (that is the accuser)."""
        return token.lemma_.lower() in self.words["denial_verbs"] and any(
            c.dep_ in ("xcomp", "ccomp", "pcomp") or (c.dep_ == "dobj" and c.pos_ == "VERB")
            for c in children_of(token))

    def act_owner_targets(self, token: Token, trigger: Trigger, source: Actor | None) -> list[Actor]:
        """"Egypt condemned the move", "Ethiopia welcomed the decision", "called the deployment a
        provocation": a response whose object is an act is directed at whoever did it: the act
        noun's own actor, else the doer of the latest earlier event it refers to. The doer is looked
        for abroad first; a hostile response (HOSTILE_RESPONSE_TYPES) that finds none there may
        answer a domestic rival across the state/challenger line ("President Petro called the attack
        a war crime" after the ELN's bombing; `is_other_side`)."""
        if trigger.pos != "verb" or trigger.type not in RESPONSE_TYPES:
            return []
        passive = self.is_passive(token) or self.is_reduced_passive(token)
        objects = self.passive_patients(token) if passive else [
            c for c in children_of(token) if c.dep_ == "dobj"]
        heads = [c for c in objects if c.pos_ == "NOUN"]
        for across in (False, True) if trigger.type in HOSTILE_RESPONSE_TYPES else (False,):
            for head in heads:
                doers = self.act_doers(token, head, source, across)
                if doers:
                    return doers
        return []

    def act_doers(self, token: Token, head: Token, source: Actor | None, across: bool) -> list[Actor]:
        """Who did the act the object ``head`` of the response ``token`` names (see
        `act_owner_targets`); ``across`` lets a domestic rival of the responder count."""
        lemma = head.lemma_.lower()
        if lemma not in self.lexicon.nouns and lemma not in self.words["act_nouns"]:
            doers = self.same_word_doers(token, head, source, across) if self.is_definite(head) else []
            if not doers and self.is_definite(head) and actor_for_token(head) is None:
                # "overseen the launch ... condemned the launch"
                doers = self.earlier_mention_doers(token, head, source, across)
            return doers   # "North Korea launched a missile ... condemned the launch"
        owner = self.noun_source(head) if head.i != token.i else None
        if owner is not None and owner.country and is_other_side(owner, source, across):
            return [owner]
        if owner is None and self.is_definite(head):
            # "Israeli forces raided the camp ... a man stabbed passers-by ... Jordan condemned the
            # raid": the same word refers back past a nearer event of its kind
            return (self.same_word_doers(token, head, source, across)
                    or self.referred_doers(token, head, source, across)
                    or self.earlier_mention_doers(token, head, source, across)
                    or self.reported_act_doers(token, head, source, across)
                    or self.same_word_doers(token, head, source, across, REPEATED_WORD_WINDOW))
        return []

    @staticmethod
    def is_definite(noun: Token) -> bool:
        """"the move", "this decision", "the strikes": a phrase that refers back to something known."""
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in children_of(noun))

    def referred_doers(self, token: Token, noun: Token, source: Actor | None,
                      across: bool = False) -> list[Actor]:
        """The sources of the latest event coded in the last few sentences that ``noun`` can refer to
        (all its coordinated sources: "American and British warplanes struck"): one of the noun's
        own types when it is an event noun ("the strikes"), a material act (QuadClass 2 or 4: a
        deployment, a ban, a withdrawal) for a bare act noun ("the move", "the decision"), and never
        one by the responder's own country, unless ``across`` (then only a domestic act by a rival)."""
        kinds = {t.type for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())}
        here = sentence_number(token)
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or here - event.evidence.sentence > REFERENCE_WINDOW:
                continue
            if (kinds and event.type not in kinds) or (not kinds and quad_class(event.cameo) not in (2, 4)):
                continue
            if across and not self.is_domestic_act(event, source):
                continue
            doer = event.source
            if doer is not None and doer.country and is_other_side(doer, source, across):
                return self.sources_of_trigger(event, source, across)
        return []

    def same_word_doers(self, token: Token, noun: Token, source: Actor | None,
                       across: bool = False, window: int = REFERENCE_WINDOW) -> list[Actor]:
        """"North Korea launched a ballistic missile ... Washington condemned the launch": a definite
        noun that is no event noun of the lexicon but the same word as the trigger of an event coded
        in the last few sentences refers to that event; its sources are the response's targets
        (never the responder's own country). An event noun of the lexicon repeated word for word
        ("A US drone strike killed ... [six sentences] ... Tehran denounced the strike") refers
        back further, over ``window`` sentences, once the nearer events of its kind named no doer."""
        here = sentence_number(token)
        lemma = noun.lemma_.lower()
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or here - event.evidence.sentence > window:
                continue
            said = self.doc.char_span(event.trigger.start, event.trigger.end)
            if said is None or said[0].lemma_.lower() != lemma or (across and not self.is_domestic_act(event, source)):
                continue
            doer = event.source
            if doer is not None and doer.country and is_other_side(doer, source, across):
                return self.sources_of_trigger(event, source, across)
            return []
        return []

    @staticmethod
    def is_domestic_act(event: Event, responder: Actor | None) -> bool:
        """``event`` was done to no one abroad: its target, if any, is of the responder's country. A
        government answering a rival at home answers what the rival did at home ("the ELN bombed an
        army base"), not what it did to another country ("Hezbollah fired rockets at Israel")."""
        target = event.target
        return responder is not None and (target is None or not target.country or target.country == responder.country)

    def earlier_mention_doers(self, token: Token, noun: Token, source: Actor | None,
                             across: bool = False) -> list[Actor]:
        """"China completed three days of combat drills around Taiwan. ... Taipei condemned the
        drills": when no coded event is what "the drills" refers to, the latest earlier mention of
        the same noun in the last few sentences names the doer: its owner, or the subject of the
        clause it is the object of (not the responder's own country)."""
        bounds = sentence_bounds(self.doc)
        here = sentence_number(token)
        window_start = bounds[max(0, here - REFERENCE_WINDOW)][0]   # the first token of the window's first sentence
        lemma = noun.lemma_.lower()
        for earlier in reversed(self.doc[window_start: bounds[here][0]]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
                continue
            doer = self.noun_source(earlier) or self.clause_subject_actor(earlier)
            if doer is not None and doer.country and is_other_side(doer, source, across):
                return [doer]
            return []
        return []

    def reported_act_doers(self, token: Token, noun: Token, source: Actor | None,
                          across: bool = False) -> list[Actor]:
        """"Ethiopia has begun filling the reservoir, the ministry said. ... Egypt condemned the move":
        a bare act noun ("the move", "the decision", not itself an event noun) that no coded event or
        earlier noun accounts for refers to the latest act reported in the REPORTED_ACT_SENTENCES
        sentences before: the actor subject of a sentence's main verb, or of the clause its speech
        verb reports; the nearest such actor decides, and it must be of another country than the
        responder's."""
        lemma = noun.lemma_.lower()
        if lemma not in self.words["act_nouns"] or lemma in self.lexicon.nouns:
            return []
        start = sentence_of(token).start
        for _ in range(REPORTED_ACT_SENTENCES):
            if start == 0:
                return []
            previous = sentence_of(self.doc[start - 1])
            start = previous.start
            doer = self.reported_subject_actor(previous)
            if doer is None:
                continue
            return [doer] if doer.country and is_other_side(doer, source, across) else []
        return []

    def reported_subject_actor(self, sent) -> Actor | None:
        """The actor subject of ``sent``'s main verb, or of the clause its speech verb reports."""
        verb = sent.root
        if verb.lemma_.lower() in self.words["speech_verbs"]:
            verb = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = self.subject_of(verb)
        return actor_for_token(subject) if subject is not None else None

    def clause_subject_actor(self, noun: Token) -> Actor | None:
        """The subject of the verb whose object ``noun`` is, directly or through an "of" phrase
        ("completed three days of combat drills")."""
        node = noun
        while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "of":
            node = node.head.head
        if node.dep_ != "dobj":
            return None
        subject = self.subject_of(node.head)
        return actor_for_token(subject) if subject is not None else self.inherited_subject(node.head)

    def sources_of_trigger(self, event: Event, source: Actor | None, across: bool = False) -> list[Actor]:
        """Every distinct source coded for ``event``'s trigger on the other side from ``source``
        (`is_other_side`: foreign, or across a state/challenger line at home)."""
        found: list[Actor] = []
        for other in self.coded:
            doer = other.source
            if other.trigger.start != event.trigger.start or doer is None or not doer.country:
                continue
            if is_other_side(doer, source, across) and all(doer.country != a.country for a in found):
                found.append(doer)
        return found

    def respondent(self, token: Token, source: Actor | None) -> Actor | None:
        """"rejected an ECOWAS ultimatum", "a proposal by Belarus was rebuffed by Kyiv": an event noun
        that an answering verb takes as its object is directed at the answerer. Only for spoken acts
        (offers, demands, threats): "called the shelling a violation" does not make Sudan its target.
        With no answering verb, whoever weighs the act is its addressee (`deliberating_party`)."""
        for head in self.answering_verbs(token):
            response = self.triggers[head.i]
            if response.type not in ANSWER_TYPES or response.pos != "verb":
                continue
            if response.type == "SUPPORT" and self.is_hostile_word(token):
                return None   # "the ally who backed his threat of force" sides with the threatener
            actor = self.source(head, response)
            if actor is None or not actor.country or (source is not None and actor.country == source.country
                                                      and not are_rival_camps(actor, source)):
                return None   # one's own side answering, unless the two are rival camps of one country
            return actor
        return self.deliberating_party(token, source)

    def truce_partner(self, verb: Token, source: Actor | None) -> Actor | None:
        """"The rebels agreed to a ceasefire with the army": the party a truce noun the verb takes (as
        object or through its particle) is made "with" is the verb's other side."""
        nouns = [c for c in children_of(verb) if c.dep_ == "dobj"]
        nouns += [g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        for noun in (n for n in nouns if self.triggers.get(n.i) is not None and self.triggers[n.i].type == "RETREAT"):
            for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("with", "between")):
                for party in (g for g in children_of(prep) if g.dep_ == "pobj"):
                    actor = actor_for_token(party)
                    if actor is not None and not same_actor(actor, source):
                        return actor
        return None

    def charge_author(self, verb: Token, source: Actor | None) -> Actor | None:
        """"Congo accused Rwanda of arming the rebels, a charge Kigali has denied", "officials said the
        two had killed a guard, a charge their families denied": a denial answering a charge told
        before it in its sentence is aimed at whoever made the charge, the doer of the sentence's
        first speech or accusation verb before the charge noun. None when the sentence names no one
        making it ("was jailed on corruption charges, which he denies") or the denier made it."""
        noun = self.denied_charge(verb)
        if noun is None:
            return None
        charging = self.words["charging_verbs"]
        for word in self.doc[sentence_of(verb).start: noun.i]:
            coded = self.triggers.get(word.i)
            if word.pos_ != "VERB" or not (word.lemma_.lower() in charging or coded is not None and coded.type == "ACCUSE"):
                continue
            author = self.source(word, coded or Trigger(word.lemma_, "ACCUSE", "112", "verb"))
            if author is not None and (author.country or author.sector) and not same_actor(author, source):
                return author
        return None

    def deliberating_party(self, noun: Token, source: Actor) -> Actor | None:
        """"The British government is considering Russia's request": the subject of a
        DELIBERATING_VERBS verb whose direct object is a spoken act ``noun`` is the act's addressee,
        when it is an actor of another country than the act's source."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in DELIBERATING_VERBS:
            return None
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON" or subject.dep_ in PASSIVE_SUBJECT_DEPS:
            return None
        actor = actor_for_token(subject)
        if actor is None or not actor.country or actor.country == source.country:
            return None
        return actor

    def is_hostile_word(self, noun: Token) -> bool:
        """``noun`` is a threat or an accusation: who endorses it takes the speaker's side."""
        return getattr(self.triggers.get(noun.i), "type", None) in ENDORSED_HOSTILE_TYPES

    def answering_verbs(self, noun: Token) -> list[Token]:
        """The trigger verbs ``noun`` is the object or passive subject of, including a passive verb
        coordinated with the noun's own verb ("the pledge, announced on Monday, was welcomed by Sudan",
        which the parser may hang on "announced")."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass"):
            verbs = [head]
        elif noun.dep_ in SUBJECT_DEPS:
            verbs = [c for c in children_of(head) if c.dep_ == "conj" and self.is_passive(c)
                     and noun in self.passive_patients(c)]
        else:
            verbs = []
        return [v for v in verbs if v.i in self.triggers]

    def passive_patients(self, verb: Token) -> list[Token]:
        """The passive subject of ``verb``; a passive verb coordinated with no subject of its own
        shares the subject of the verb it is coordinated with ("was announced and welcomed by X",
        "the pledge, announced earlier, was welcomed by X" when parsed as two coordinated verbs)."""
        known = self.passive_patients_of.get(verb.i)
        if known is None:
            known = self.passive_patients_of[verb.i] = self.find_passive_patients(verb)
        return known

    def find_passive_patients(self, verb: Token) -> list[Token]:
        """``passive_patients``, worked out (it is asked of one verb many times)."""
        own = [c for c in children_of(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if self.is_reduced_passive(verb):   # "the ceasefire signed by X": the noun it describes
            return [verb.head]
        if own or verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
            return own
        return [c for c in children_of(verb.head) if c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS]

    def outcome_victims(self, token: Token, source: Actor | None) -> Actor | None:
        """"nine Sudanese soldiers died in an Ethiopian artillery barrage", "three villagers were
        killed in a drone strike": the dead of the clause an attack noun is the cause of are its target."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in ("in", "by", "during") or prep.head.i == prep.i:
            return None
        verb = prep.head
        lemma = verb.lemma_.lower()
        if lemma == "die":
            deps = SUBJECT_DEPS
        elif lemma in self.words["casualty_verbs"] and self.is_passive(verb):
            deps = PASSIVE_SUBJECT_DEPS
        else:
            return None
        victim = next((c for c in children_of(verb) if c.dep_ in deps), None)
        actor = self.object_actor(victim) if victim is not None else None
        return actor if actor is not None and not same_actor(actor, source) else None

    def provoker(self, token: Token, source: Actor | None) -> Actor | None:
        """"Pakistan put its air force on high alert after India's air strikes": a measure taken
        "after", "following" or "in response to" another party's act is aimed at that party (the
        act noun's owner, when a lexicon event noun or act noun, and foreign to the source)."""
        for prep in (c for c in children_of(token) if c.dep_ == "prep"):
            if prep.lower_ in ("after", "following"):
                acts = [g for g in children_of(prep) if g.dep_ == "pobj"]
            elif prep.lower_ == "in" and any(g.lemma_.lower() == "response" for g in children_of(prep)):
                acts = [g for r in children_of(prep) for to in children_of(r) if to.lower_ == "to"
                        for g in children_of(to) if g.dep_ == "pobj"]
            else:
                continue
            for act in acts:
                lemma = act.lemma_.lower()
                if lemma not in self.lexicon.nouns and lemma not in self.words["act_nouns"]:
                    continue
                owner = self.noun_source(act)
                if owner is not None and owner.country and (source is None or owner.country != source.country):
                    return owner
        return None

    def reacting_party(self, token: Token, source: Actor | None) -> Actor | None:
        """"Pakistan put its air force on high alert after India's air strikes", "its troops returned
        fire after Armenian units shot first": an attack naming no target, told as what a military
        reaction came after ("after", "following"), was aimed at the party that reacted: the subject of
        the governing verb, when that verb is a material-conflict event (QuadClass 4) or its subject an
        armed force, and of another country than the attacker."""
        governor = self.reaction_governor(token)
        if governor is None:
            return None
        subject = self.subject_of(governor)
        actor = actor_for_token(subject) if subject is not None else None
        if actor is None or not actor.country or (source is not None and actor.country == source.country):
            return None
        reaction = self.triggers.get(governor.i)
        military = reaction is not None and quad_class(reaction.cameo) == 4
        return actor if military or actor.sector in ARMED_SECTORS else None

    @staticmethod
    def reaction_governor(token: Token) -> Token | None:
        """The verb ``token`` is the "after"/"following" clause or phrase of, if any."""
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REACTION_MARKERS for c in children_of(token)):
            return token.head
        prep = token.head
        if (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in REACTION_MARKERS
                and prep.head.pos_ == "VERB"):
            return prep.head
        if (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "to"
                and prep.head.lemma_.lower() in RESPONSE_VERBS):
            return prep.head   # "its soldiers were responding to an incursion by Sudanese troops"
        return None

    def aimed_target(self, token: Token, source: Actor | None) -> Actor | None:
        """"deployed jets to Sudan ... in a show of force aimed at Ethiopia", "drills directed against
        Taiwan": the actor an "aimed/directed at/against" participle of the trigger's clause names
        (reached from the trigger through no verb but a speech verb the parser hung it on), when
        foreign to the source."""
        if not AIMING_FORMS & doc_words(token.doc):
            return None   # a cheap test of the text before the sentence's words are walked
        for word in (w for w in sentence_of(token) if w.dep_ == "acl" and w.lemma_.lower() in AIMING_VERBS):
            if not self.hangs_on(word, token):
                continue
            for prep in (c for c in children_of(word) if c.dep_ == "prep" and c.lower_ in ("at", "against")):
                for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                    actor = self.object_actor(pobj) or self.country_named_by(pobj)   # a country read as a place
                    if actor is not None and actor.country and not same_actor(actor, source) and (
                            source is None or actor.country != source.country):
                        return actor
        return None

    def hangs_on(self, word: Token, trigger: Token) -> bool:
        """``trigger`` governs ``word`` with no verb between them but speech verbs, or ``word`` hangs
        on the speech verb that reports ``trigger`` ("Russia sent warships ..., officials said, in a
        show of force aimed at Turkey")."""
        for ancestor in word.ancestors:
            if ancestor.i == trigger.i:
                return True
            if ancestor.pos_ not in ("VERB", "AUX"):
                continue
            if ancestor.lemma_.lower() not in self.words["speech_verbs"]:
                return False
            if trigger.head.i == ancestor.i and trigger.dep_ in ("ccomp", "parataxis"):
                return True
        return False

    def between_parties(self, token: Token) -> list[Actor]:
        """"a ceasefire between Colombia's government and the ELN", "talks between Ethiopia, Egypt and
        Sudan": the distinct country-coded actors a noun's "between" phrase coordinates (all of them,
        or none when one of them names no actor)."""
        parties: list[Actor] = []
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "between"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                for member in [pobj, *conjunct_chain(pobj)]:
                    # "talks between the two countries": the two the sentence names before (`both_sides`)
                    sides = self.both_sides(member, None) if self.names_two_sides(member) else []
                    actors = sides or nationality_parties(member) or [self.object_actor(member)]
                    for actor in actors:
                        if actor is None or not actor.country:
                            return []
                        if all(actor.code != p.code for p in parties):
                            parties.append(actor)
        return parties

    def offered_talks_parties(self, token: Token, source: Actor | None) -> list[Actor]:
        """"offered to host talks between the two defence ministers", "offered to mediate between
        Kinshasa and Kigali", "used the ceremony to offer new talks with Egypt": an offer of talks or
        mediation is made to the parties its "between" or "with" phrase names, inside the offer's own
        words (one event each, as the gold codes a mediator's CONSULT); never the offerer itself."""
        parties: list[Actor] = []
        for word in token.subtree:
            if word.dep_ != "prep" or word.lower_ not in ("between", "with"):
                continue
            if word.lower_ == "between":
                found = self.between_parties(word.head)
            else:
                found = [self.object_actor(m) for g in children_of(word) if g.dep_ == "pobj"
                         for m in (g, *conjunct_chain(g))]
            parties += [a for a in found if a is not None and a.country and not same_actor(a, source)
                        and all(a.code != p.code for p in parties)]
        return parties

    def written_addressee(self, token: Token, source: Actor | None) -> Actor | None:
        """"Gadhafi, in a letter to the U.N. Secretary-General, called for an emergency meeting": a
        request verb with no addressee of its own, framed by "in" a letter or message (LETTER_NOUNS)
        "to" an actor, is addressed to that actor; a news outlet written to is no addressee, nor is
        the source's own side."""
        if getattr(self.triggers.get(token.i), "type", None) != "REQUEST":
            return None
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "in"):
            letter = next((g for g in children_of(prep) if g.dep_ == "pobj" and g.lemma_.lower() in LETTER_NOUNS), None)
            if letter is None:
                continue
            for to in (c for c in children_of(letter) if c.dep_ == "prep" and c.lower_ == "to"):
                recipient = next((g for g in children_of(to) if g.dep_ == "pobj"), None)
                actor = actor_for_token(recipient) if recipient is not None else None
                if actor is None or not (actor.country or actor.code) or actor.sector == "MED":
                    return None
                if same_actor(actor, source):
                    return None
                return actor
        return None

    def coordinated_addressees(self, token: Token, source: Actor | None) -> list[Actor]:
        """"saw Ethiopia's prime minister on Friday and offered to mediate": an offer, demand or threat
        with no addressee of its own, coordinated with a verb of the same subject, is addressed to
        that verb's targets (all of them: "had spoken with the leaders of Ethiopia, Egypt and Sudan
        and urged restraint" is one demand to each); a verb that is no event ("saw", "received")
        addresses the actor its direct object names. An object that names no actor is the content
        offered, not an addressee ("held talks with the prime minister and offered Beijing's help");
        a target the verb's event only inferred from outside the sentence is not passed on. A request
        made in a letter to an actor goes to that actor first (`written_addressee`)."""
        written = self.written_addressee(token, source)
        if written is not None:
            return [written]
        if token.dep_ != "conj" or any(c.dep_ == "dative" or (c.dep_ == "dobj" and actor_for_token(c) is not None)
                                       for c in children_of(token)):
            return []
        if self.names_own_addressee(token):
            return []   # "condemned China's actions and pledged to stand by its ally": the ally, not China
        found: list[Actor] = []
        for event in self.coded:
            target = event.target
            if event.trigger.start != token.head.idx or target is None or not target.country:
                continue
            if "target-inferred" in event.context:
                return []   # "recalled its ambassador and demanded an inquiry": no addressee named

            if same_actor(target, source):
                return []
            if all(target.code != f.code for f in found):
                found.append(target)
        if found:
            return found
        if token.head.i in self.triggers or any(c.dep_ in SUBJECT_DEPS for c in children_of(token)):
            return []   # the same subject only: "X moved warplanes and its minister refused" is no address
        for obj in (c for c in children_of(token.head) if c.dep_ == "dobj" and not self.is_thing(c)):
            actor = actor_for_token(obj)
            if actor is not None and actor.country and not same_actor(actor, source):
                return [actor]
        return []

    def names_own_addressee(self, token: Token) -> bool:
        """The content clause of ``token`` names whom it is about by a word of alliance ("pledged to
        stand by its ally", "vowed to defend its partners"), which the resolver codes as no party:
        the addressee is there, not in the verb ``token`` is coordinated with."""
        return any(head.lemma_.lower() in self.lexicon.lower_words("ally_nouns")
                   for comp in children_of(token) if comp.dep_ in ("xcomp", "ccomp") and comp.pos_ == "VERB"
                   for head in self.complement_party_heads(comp))

    def reaction_drawer(self, noun: Token) -> Actor | None:
        """Whom a drawn reaction is aimed at ("Trump drew criticism from lawmakers", "the strike drew
        condemnation from the UN", "an air strike killed 64 people, drawing condemnation from ..."):
        the drawing verb's subject, or the doer of the event that subject names; a participle takes
        the subject of the clause it hangs on."""
        if self.drawn_from_head(noun) is None:
            return None
        verb = noun.head
        subject = self.subject_of(verb)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            subject = self.subject_of(verb.head)
        if subject is None:
            return None
        if subject.i in self.triggers and self.triggers[subject.i].pos == "noun":
            return self.noun_source(subject)
        return actor_for_token(subject)

    @staticmethod
    def opposed_by_label(token: Token) -> Actor | None:
        """The country an "anti-" label on a protest noun or on a protest verb's subject names
        ("anti-French protests", "anti-American protesters marched"), not the government a protest is
        otherwise aimed at ("anti-government" names no country)."""
        nouns = [token] if token.pos_ in ("NOUN", "PROPN") else [c for c in children_of(token) if c.dep_ == "nsubj"]
        nouns += [g for noun in nouns for g in counted_nouns(noun)]   # "hundreds of anti-Chinese rioters"
        for child in (c for noun in nouns for c in noun.lefts):
            if child.dep_ in ("amod", "compound", "nmod") and is_sympathy_label(child) \
                    and child.doc[child.i - 2].lower_ == "anti":
                actor = actor_for_token(child)
                if actor is not None and actor.country:
                    return actor
        return None

    def targets(self, token: Token, trigger: Trigger) -> list[Actor]:
        opposed = self.opposed_by_label(token) if trigger.type == "PROTEST" else None
        if opposed is not None:
            return [opposed]   # "anti-French protests", "anti-Chinese rioters torched factories"
        drawer = self.reaction_drawer(token) if trigger.pos == "noun" else None
        if drawer is not None:
            return [drawer]   # "the strike drew condemnation from the UN": aimed at the striker
        if trigger.pos == "verb" and (self.is_passive(token) or self.is_reduced_passive(token)):
            heads = self.passive_patients(token)[:1]
        elif trigger.pos == "verb" and token.dep_ == "acl" and is_reduced_participle(token) and self.is_forceful(token):
            heads = [token.head]   # "asylum seekers deported from Britain": the described noun undergoes it
        elif trigger.pos == "noun" and (verb := self.undergoing_verb(token)) is not None:
            heads = undergoers(verb)   # "a UN helicopter came under fire"
        else:
            heads = (self.target_heads(token, trigger) or self.displaced_path_heads(token, trigger)
                     or self.guests_met(token))
        if trigger.type == "ACCUSE":
            heads = [h for h in heads if not is_complaint_forum(h)]
        actors = []
        # the source (asked again here; ``sources`` found it already) matters only for a claim noun
        if self.names_a_claim(heads) and all(actor_for_token(h) is None for h in heads):
            source = self.source(token, trigger)
            # who made the claim: its own phrase, else an accusation of the denier coded just before
            # ("Sudan accused Chad of ..., a charge Chad denies"), else the latest speaker before it
            claimant = self.claim_maker(heads) or self.charged_by(token, source) or self.claimant(token, heads, source)
            if claimant:
                return [claimant]
        for head in heads:
            actor = actor_for_token(head)
            pair = self.both_sides(head, actor) or self.numbered_parties(head, actor)   # "urged both governments", "the three juntas"
            for actor in pair:
                if all(actor.code != a.code for a in actors):
                    actors.append(actor)
            for member in [head, *self.conjuncts(head)] if not pair else []:
                actor = self.object_actor(member)
                if actor is None and trigger.type not in SELF_DIRECTED_TYPES:   # a movement's country is a place
                    actor = self.country_of_path_object(member)
                owners = self.coordinated_owners(member, actor) if actor else []   # "met the leaders of X and Y"
                # "met American and Iranian officials": one target per nationality, as for sources
                split = nationality_parties(member) if actor and not self.is_thing(member) else []
                for found in [*split] or ([actor, *owners] if actor else []):
                    if all(found.code != a.code for a in actors):
                        actors.append(found)
        if not actors and trigger.type in MEASURE_TYPES and trigger.pos == "verb":
            # the things banned: the target heads, or the object an object-bound entry matched
            owner = self.foreign_owner(heads or [c for c in children_of(token) if c.dep_ == "dobj"], token, trigger)
            if owner is not None:
                return [owner]
        if not actors and trigger.type == "ASSAULT" and trigger.pos == "verb":
            return self.participle_victims(token)
        if not actors and trigger.pos == "verb":
            return self.purpose_party(token, trigger)
        if trigger.type == "SANCTION" and len(actors) > 1:
            return self.sanctioned_parties(actors, self.source(token, trigger))
        return actors

    @staticmethod
    def sanctioned_parties(actors: list[Actor], source: Actor | None) -> list[Actor]:
        """"closed all border crossings with Cambodia to tourists and traders": a measure that names
        a foreign party falls on it; the people it reaches besides (of no country, or of the
        source's own) are no parties of their own. ``actors`` when no foreign party is among them."""
        if source is None or not source.country:
            return actors
        foreign = [a for a in actors if a.country and a.country != source.country]
        return foreign or actors

    def foreign_owner(self, heads: list[Token], token: Token, trigger: Trigger) -> Actor | None:
        """"banned hundreds of Chinese apps", "blocked the Chinese-owned video app TikTok": a measure
        against things that no party owns by the resolver's reading falls on the country a
        nationality modifier names (of the object, or of its "of" phrase), as a country with no
        sector; None for the source's own country ("banned Nepali news sites" is its own public)."""
        for head in (h for h in heads if h.ent_type_ not in AMOUNT_ENTITY_TYPES):   # "fined Google $2 billion"
            for noun in [head, *self.of_objects(head)[:1]]:
                if actor_for_token(noun) is not None:
                    return None   # a party ("the French ambassador", "Russian oligarchs"): the later finders read it
                if is_venue_noun(noun):
                    continue   # "withdrew from the Rome Statute": named after where it was signed, no one's
                owner = self.owner_by_nationality(noun) or self.owner_by_participle(noun)
                if owner is None:
                    continue
                source = self.source(token, trigger)
                if source is not None and source.country == owner.country:
                    return None
                phrase = doc_text(self.doc)[min(w.idx for w in noun.subtree): noun.idx + len(noun.text)]
                return make_actor(owner.country, phrase, owner.country, None)
        return None

    @staticmethod
    def owner_by_participle(noun: Token) -> Actor | None:
        """"the Chinese-owned video app", "Greek-flagged tankers": the country named before an
        ownership participle (which the parser hangs on it as a bare noun modifier), as a country."""
        for word in (t for left in noun.lefts for t in left.subtree):
            if word.lower_ not in OWNERSHIP_PARTICIPLES:
                continue
            for named in (g for g in word.lefts if g.dep_ in ("npadvmod", "amod", "compound", "nmod")):
                actor = actor_for_token(named) or state_named_by(named)
                if actor is not None and actor.country and actor.country not in REGIONAL_CODES:
                    return make_actor(actor.country, named.text, actor.country, None)
        return None

    def claim_maker(self, heads: list[Token]) -> Actor | None:
        """Who made the claim among ``heads``, when its own phrase says so: "denied accusations by UN
        experts", "rejected Egyptian claims", "dismissed Kyiv's allegations". That maker is the
        target, not the latest speaker told before it; None when the phrase names no one."""
        for noun in (h for h in heads if h.lemma_.lower() in self.words["claim_nouns"]):
            for child in children_of(noun):
                if child.dep_ == "prep" and child.lower_ == "by":
                    pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
                    maker = None if pobj is None else actor_for_token(pobj) or self.modifier_party(pobj)
                    if maker is not None:
                        return maker
                if child.dep_ == "poss" and actor_for_token(child) is not None:
                    return actor_for_token(child)
            maker = self.modifier_party(noun)
            if maker is not None:
                return maker
        return None

    def modifier_party(self, noun: Token) -> Actor | None:
        """The party a noun's modifiers name ("Egyptian claims", "UN investigators"): its country and
        sector, else the first modifier's own actor (an organisation has no country)."""
        named = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and actor_for_token(c) is not None]
        if not named:
            return None
        return self.actor_from_modifiers(noun) or actor_for_token(named[0])

    def purpose_party(self, token: Token, trigger: Trigger) -> list[Actor]:
        """"sending weapons to back the rebels", "shipped fuel to keep the government afloat": an act
        whose own object is a thing (no party) serves the party its subjectless "to" purpose clause
        names as object; that party is the act's target. Only when the act has a thing object, and
        only the purpose clause's named direct object (a pronoun there is left to the later finders);
        a friendly act whose purpose is hostile ("sent arms to attack the town") names its victim
        there, not its beneficiary, and takes none."""
        children = tuple(children_of(token))
        clauses = [c for c in children if c.dep_ == "advcl" and c.pos_ == "VERB"
                   and is_infinitive(c)]
        if not clauses:
            return []   # the common case, settled before any actor is resolved
        objects = [c for c in children if c.dep_ == "dobj"]
        if not objects or any(o.pos_ not in ("NOUN", "PROPN") or self.object_actor(o) is not None for o in objects):
            return []   # "asking them to tell Bush": a pronoun object is a party the resolver left unnamed
        for clause in clauses:
            if any(c.dep_ in SUBJECT_DEPS for c in children_of(clause)) or self.turns_against(trigger, clause):
                continue
            for party in (c for c in children_of(clause) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")):
                actor = self.object_actor(party)
                if actor is not None:
                    return [actor]
        return []

    def turns_against(self, trigger: Trigger, clause: Token) -> bool:
        """A cooperative act (AID, SUPPORT, ...) whose purpose clause is itself a hostile act."""
        purpose = self.triggers.get(clause.i)
        return (trigger.type in COOPERATIVE_PURPOSE_TYPES and purpose is not None
                and purpose.type in HOSTILE_PURPOSE_TYPES)

    def participle_victims(self, token: Token) -> list[Actor]:
        """"Government troops recaptured the post, killing about 20 rebels", "stormed the village,
        killing twelve civilians": an attack whose object names no party (a place, a post) is aimed at
        the people its kill/wound participle names (the first of them that is a country-coded actor), or
        what an attacking participle hits ("launched a new offensive, targeting Ukrainian positions")."""
        for participle in (c for c in children_of(token) if self.is_casualty_participle(c) or self.is_attacking_participle(c)):
            for victim in (c for c in children_of(participle) if c.dep_ == "dobj"):
                actor = self.object_actor(victim)
                if actor is not None and actor.country:
                    return [actor]
        return []

    def is_attacking_participle(self, clause: Token) -> bool:
        """An adverbial participle that is itself an attack ("..., targeting Ukrainian positions")."""
        found = self.triggers.get(clause.i)
        return clause.dep_ == "advcl" and clause.tag_ == "VBG" and found is not None and found.type == "ASSAULT"

    def guests_met(self, token: Token) -> list[Token]:
        """"Putin met visiting Chinese President Xi": the parser makes the guest the object of
        "visiting"; the guest is the object of the verb that governs it."""
        return [guest for c in children_of(token) if c.dep_ == "xcomp"
                for guest in [self.guest_phrase(c)] if guest is not None]

    def target_heads(self, token: Token, trigger: Trigger) -> list[Token]:
        heads = []
        objects = [c for c in children_of(token) if c.dep_ == "dobj"] if trigger.objects else []
        # "dismantled dozens of Hezbollah positions": a measuring object carries what it measures
        carriers = [token, *objects, *measured_nouns(objects, self.lexicon.lower_words("quantity_nouns"))]
        # "spoke by phone with Ukraine's president": the parser hangs "with" on the medium
        carriers += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                     for g in children_of(c) if g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS]
        for path in trigger.targets:
            dep, _, prep = path.partition(":")
            for carrier in carriers:
                for child in children_of(carrier):
                    if dep == "prep" and child.dep_ in ("prep", "dative") and child.lower_ == prep \
                            and not names_companions(child):
                        heads.extend(g for g in children_of(child) if g.dep_ == "pobj")
                    elif dep != "prep" and child.dep_ == dep and not (
                            carrier.i == token.i and dep == "dobj" and is_bound_object(child, trigger)
                            and not is_dismissal(token, trigger)):   # "dismissed the government": the one dismissed
                        heads.append(child)
        heads += [h for h in self.object_path_heads(token, trigger) if h not in heads]
        heads += [h for h in repeated_call_heads(token, trigger) if h not in heads]
        return self.without_amounts(token, heads)

    def object_path_heads(self, token: Token, trigger: Trigger) -> list[Token]:
        """"blamed the killings on the gang", "blamed the looting of the museum on the militia": a path
        preposition the parser hung on a direct object that names no party (the act charged), or on
        that object's "of" phrase, belongs to the verb; its object is a target. Only for triggers with
        no object of their own in the lexicon (an object-bound trigger's object already carries its
        preposition), and only the prepositions of the trigger's own paths."""
        if trigger.pos != "verb" or trigger.objects:
            return []
        preps = {prep for dep, _, prep in (p.partition(":") for p in trigger.targets) if dep == "prep"}
        if not preps:
            return []
        found: list[Token] = []
        for obj in children_of(token):
            if obj.dep_ != "dobj":
                continue
            heads = [g for carrier in [obj, *self.of_objects(obj)]
                     for c in children_of(carrier) if c.dep_ == "prep" and c.lower_ in preps
                     for g in children_of(c) if g.dep_ == "pobj"]
            if heads and self.object_actor(obj) is None:   # the object's actor is asked only when it matters
                found += heads
        return found

    @staticmethod
    def of_objects(noun: Token) -> list[Token]:
        """The nouns of ``noun``'s chain of "of" phrases ("the looting of the museum" -> "museum"),
        where the parser may hang a preposition meant for the verb."""
        found: list[Token] = []
        node = noun
        for _ in range(NESTED_DEPTH):
            node = next((g for c in children_of(node) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in children_of(c) if g.dep_ == "pobj"), None)
            if node is None:
                break
            found.append(node)
        return found

    @staticmethod
    def without_amounts(token: Token, heads: list[Token]) -> list[Token]:
        """"fined Nassar one million dollars", "fined the bank $5 million": a sum of money or a
        quantity is never a party; the verb's dative object (the one fined) stands in for it."""
        if not any(h.ent_type_ in AMOUNT_ENTITY_TYPES for h in heads):
            return heads
        kept = [h for h in heads if h.ent_type_ not in AMOUNT_ENTITY_TYPES]
        datives = [c for c in children_of(token) if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")]
        return kept + [d for d in datives if d not in kept]

    def displaced_path_heads(self, token: Token, trigger: Trigger) -> list[Token]:
        """An event noun's path preposition that the parser hung elsewhere: on the support verb whose
        object the noun is, after the noun ("announced new aid to Sri Lanka", "to" on "announced"),
        or on the noun's "by" agent ("a visit by Brazil's president to Argentina", "to" on
        "president"). Only the prepositions of the noun's own paths count."""
        if trigger.pos != "noun":
            return []
        preps = {prep for dep, _, prep in (p.partition(":") for p in trigger.targets) if dep == "prep"}
        holders = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "by"
                   for g in children_of(c) if g.dep_ == "pobj"]
        verb = token.head
        if token.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i not in self.triggers:
            holders.append(verb)
        return [g for holder in holders for c in children_of(holder)
                if c.dep_ == "prep" and c.lower_ in preps and c.i > token.i
                for g in children_of(c) if g.dep_ == "pobj"]

    def country_of_path_object(self, head: Token) -> Actor | None:
        """A country's name standing as the object of a lexicon path's preposition ("an
        investigation into India") that the resolver took for a place and coded as no actor: that
        country's government, as the resolver codes a bare country name elsewhere; None after a
        locative preposition."""
        if head.dep_ != "pobj" or head.pos_ != "PROPN" or head.head.lower_ in LOCATIVE_PREPOSITIONS:
            return None   # "strikes in Sudan": where it happened, which the place, not the target, tells
        country = self.country_named_by(head)
        if country is None and head.head.lower_ == "from" and self.recalls_from(head.head):
            country = state_named_by(head)   # "recalled their ambassadors from Algiers": the capital's state
        if country is None:
            return None
        code = country.country
        return make_actor(f"{code} {SECTOR_LABELS.get('GOV', '')}".strip(), head.text, code, "GOV")

    def recalls_from(self, prep: Token) -> bool:
        """The "from" phrase belongs to a recall verb, hung on it or on its object ("recalled its
        ambassador from Moscow")."""
        owner = prep.head
        if owner.dep_ == "dobj" and owner.head.i != owner.i:
            owner = owner.head
        return owner.lemma_.lower() in self.words["recall_verbs"]

    @staticmethod
    def conjuncts(token: Token) -> list[Token]:
        """The phrases coordinated with ``token``, down the chain ("Saudi Arabia, Oman and Iran")."""
        found = [c for c in children_of(token) if c.dep_ == "conj" and not is_subject_read_as_conjunct(c)]
        for conjunct in found:
            found += [c for c in children_of(conjunct) if c.dep_ == "conj" and c not in found
                      and not is_subject_read_as_conjunct(c)]
        return found

    def is_thing(self, token: Token) -> bool:
        """A phrase whose head names a thing, not people: "the air defence system", "militant targets"."""
        return token.pos_ in ("NOUN", "PROPN") and (
            token.lower_ in self.words["thing_nouns"] or token.lemma_.lower() in self.words["thing_nouns"])

    @kept_per_token
    def object_actor(self, head: Token) -> Actor | None:
        """The actor an object phrase stands for: its own actor, or its owner ("its positions"); a
        thing ("Ukrainian air defence systems") only ever stands for its owner; a relative pronoun
        ("Egypt, which Addis Ababa accuses of ...") stands for the phrase its clause describes."""
        if head.ent_type_ in AMOUNT_ENTITY_TYPES:
            return None   # "one million US dollars": a sum names no party
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return actor_for_token(head.head.head)
        if self.is_thing(head):
            return self.thing_owner(head)
        return actor_for_token(head) or self.apposed_name(head) or self.patient_owner(head)

    @staticmethod
    def apposed_name(head: Token) -> Actor | None:
        """"with the one ally who backed him, British prime minister Tony Blair": a common noun that
        names no actor stands for the named person or organisation set beside it in apposition. Only a
        singular noun: a plural's apposition is a list of its members ("the 14 foreigners, six Iraqis,
        six Sudanese and a Turk"), of which the first is not the whole."""
        if head.pos_ != "NOUN" or head.tag_ != "NN":
            return None
        for appos in (c for c in children_of(head) if c.dep_ == "appos" and c.ent_type_ in APPOSED_NAME_ENTITIES):
            actor = actor_for_token(appos)
            if actor is not None:
                return actor
        return None

    def thing_owner(self, token: Token) -> Actor | None:
        """Whose a thing is: a possessor, an of-phrase or an ownership clause ("sites held by the
        rebels"), or a named nationality or country modifier ("Saudi oil facilities"); a bare sector
        word ("militant targets") names no owner."""
        if any(c.dep_ in ("poss", "acl") or (c.dep_ == "prep" and c.lower_ == "of") for c in children_of(token)):
            return self.patient_owner(token)
        named = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and (c.ent_type_ in NAMED_OWNER_TYPES or (c.text[:1].isupper() and not c.ent_type_))]
        return self.actor_from_modifiers(token) if named else None

    @kept_per_token
    def patient_owner(self, token: Token) -> Actor | None:
        """"two of its soldiers" -> the soldiers; "its positions" -> the possessor; "an attack by
        Osgiliath soldiers" -> the soldiers (an event noun's agent)."""
        for child in children_of(token):
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "by" and token.lemma_.lower() in self.lexicon.nouns)):
                pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
                actor = actor_for_token(pobj) if pobj is not None else None
                if actor is None and pobj is not None:   # "the head of Sudan's Sovereignty Council"
                    actor = next((actor_for_token(g) for g in children_of(pobj) if g.dep_ == "poss"), None)
                if actor is not None and not actor.country and self.country_possessor(token) is not None:
                    return self.country_possessor(token)   # "Greece's handling of migrants": Greece's act
                if actor is not None:   # "Moscow's annexation of four regions": the regions name no one
                    return actor
        for child in children_of(token):
            if child.dep_ == "poss":
                return self.relative_owner(child) if child.lower_ == "whose" else actor_for_token(child)
            if child.dep_ == "relcl" and child.lemma_.lower() in MAKING_VERBS:
                maker = self.relative_maker(child)
                if maker is not None:
                    return maker
            if child.dep_ == "acl" and child.lemma_.lower() in OWNERSHIP_VERBS:
                owner = self.owner_in_clause(child)
                if owner is not None:
                    return owner
        return self.actor_from_modifiers(token) if token.pos_ in ("NOUN", "PROPN") else None

    @staticmethod
    def country_possessor(token: Token) -> Actor | None:
        """The country-coded actor the possessor of ``token`` names ("Greece's" in "Greece's handling"), if any."""
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        actor = actor_for_token(owner) if owner is not None else None
        return actor if actor is not None and actor.country else None

    @staticmethod
    def relative_maker(clause: Token) -> Actor | None:
        """"the charge, which Moldova made", "the plan that Washington proposed", "a ceasefire the
        insurgents declared": the country-coded subject of a relative clause whose object is the
        relative pronoun, or left out (a contact clause), of a making verb."""
        objects = [c for c in children_of(clause) if c.dep_ == "dobj"]
        if objects and not any(c.lower_ in RELATIVE_PRONOUNS for c in objects):
            return None
        if not objects and clause.head.dep_ != "dobj":
            return None   # a contact clause only on the verb's own object ("rejected a truce the rebels declared")
        subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS), None)
        actor = actor_for_token(subject) if subject is not None else None
        return actor if actor is not None and actor.country else None

    @staticmethod
    def relative_owner(whose: Token) -> Actor | None:
        """"the armed group whose camps were hit": "whose" stands for the noun its relative clause
        describes (the head of the nearest enclosing ``relcl``)."""
        for ancestor in whose.ancestors:
            if ancestor.dep_ == "relcl":
                return actor_for_token(ancestor.head)
        return None

    @staticmethod
    def owner_in_clause(verb: Token) -> Actor | None:
        """"camps belonging to the rebels", "positions held by the army", "a base run by Russia"."""
        for prep in children_of(verb):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
                pobj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actor_for_token(pobj)
        return None


def is_complaint_forum(head: Token) -> bool:
    """"lodged a complaint with the African Union against Uganda", "filed a case before the court",
    "with the secretariat of the free trade area": a body, court or regional bloc a complaint noun
    is lodged with is where it is heard, not whom it accuses."""
    prep = head.head
    noun = prep.head
    if head.dep_ != "pobj" or prep.lower_ not in FORUM_PREPOSITIONS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    bodies = [head] + [g for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"   # "the secretariat of X"
                       for g in children_of(c) if g.dep_ == "pobj"]
    return any((actor := actor_for_token(body)) is not None
               and (actor.sector in FORUM_SECTORS or actor.country in REGIONAL_CODES) for body in bodies)


def nationality_parties(noun: Token) -> list[Actor]:
    """"talks between American and Iranian officials", "clashes between Indian and Chinese troops":
    a noun whose coordinated nationality adjectives name two or more countries is one party per
    country, each with the sector the noun gives ([] for any other noun)."""
    first = next((c for c in children_of(noun) if c.dep_ in ("amod", "nmod", "compound")
                  and c.pos_ in ("ADJ", "PROPN") and any(g.dep_ == "conj" for g in children_of(c))), None)
    if first is None:
        return []
    adjectives = [first, *conjunct_chain(first)]
    countries = [actor_for_token(a) for a in adjectives]
    if len(adjectives) < 2 or any(c is None or not c.country for c in countries):
        return []
    if len({c.country for c in countries}) < len(countries):
        return []
    whole = actor_for_token(noun)
    sector = whole.sector if whole is not None else None
    label = SECTOR_LABELS.get(sector or "", "")
    return [make_actor(f"{c.name} {label}".strip(), a.text, c.country, sector) for a, c in zip(adjectives, countries)]


def names_companions(preposition: Token) -> bool:
    """"left the bloc together with Mali and Niger", "along with Britain": a "with" the adverb
    "together" or "along" governs names who acted alongside, not whom the act is aimed at."""
    if preposition.lower_ != "with":
        return False
    if preposition.head.lower_ == "along" and preposition.head.dep_ == "prep":
        return True   # the parser may hang "with" on "along"
    return any(c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in children_of(preposition))
