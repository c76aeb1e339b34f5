"""Targets the parse does not give, inferred from what the trigger carries or from the article:
the country sent to or left, the border a force masses at, the country where an attack happened,
a protest's own government, a state's own public, the accuser a denial answers, the other
country of an article about two, and the other party of the source's latest exchange."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Token

from eventwire.extract.actors.component import SECTOR_LABELS, make_actor
from eventwire.extract.extensions import doc_text, sentence_bounds, sentence_number, sentence_of
from eventwire.extract.events.lexicon import Trigger
from eventwire.extract.events.roles import (DESTINATION_PREPOSITIONS, REGIONAL_CODES, TRAVEL_VERBS, VIOLENT_TYPES,
                                            actor_for_token, is_other_side, is_reduced_participle, state_named_by,
                                            state_of_name)
from eventwire.extract.events.state import CoderState
from eventwire.extract.events.triggers import MEDIATION_VERBS, children_of, is_cause_object
from eventwire.extract.places.component import place_for_token
from eventwire.models import Actor, Event

# Countries whose capital seats a bloc (Brussels: the EU, NATO): talks held there need not be with it.
BLOC_SEATS = frozenset({"BEL"})
STATE_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD", "MIL"})
# Prepositions that put a deployment at a border: "massed troops near the Ukrainian border".
BORDER_PREPOSITIONS = frozenset({"near", "toward", "towards", "to", "along", "on", "at", "by"})
BORDER_NOUNS = frozenset({"border", "frontier", "borders", "frontiers"})
# How many sentences of an article each of its two countries must be named in to make it a pair.
COUNTERPART_MIN_SENTENCES = 2
# The pair's second country must be named in at least 1/COUNTERPART_MAX_RATIO as many sentences as
# the first: a domestic story that names another country in two sentences is about no dispute.
COUNTERPART_MAX_RATIO = 6
# Nouns of meetings a party may host ("hosted the last round of talks").
HOSTED_MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "round", "meeting", "summit",
                                  "dialogue", "conference", "consultations"})
# Joint acts whose two parties are the parties of talks hosted after them in the article.
HOSTED_PARTY_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Truce nouns: a truce between two parties (coded RETREAT) is as joint as an agreement.
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# Types of a protest's purpose clause whose object is what the protest is against ("to denounce
# the strikes", "to demand his release", "to protest the killings").
PROTEST_PURPOSE_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "PROTEST"})
# How many sentences back the accusation a denial answers may be told ("a charge Russia denies"
# right after it; an accusation six sentences back is about something else).
ACCUSATION_WINDOW = 3
# How many sentences back a quoted speaker of another country is taken as the accuser a denial
# answers when no accusation was coded: only the sentence before (a speaker further back said
# something else).
SPEAKER_ACCUSER_WINDOW = 1
# Prepositions placing a protest at someone's site ("outside the French base", "towards the embassy").
PROTEST_SITE_PREPOSITIONS = frozenset({"outside", "at", "near", "to", "toward", "towards", "before"})
# Prepositions placing what a riot hits at someone's site ("barriers outside the French embassy").
HIT_SITE_PREPOSITIONS = frozenset({"outside", "at"})
COUNTERPART_CACHE_KEY = "eventwire_events_pair"
COUNTRY_SENTENCES_KEY = "eventwire_events_country_sentences"
# How near (in sentences either side of the event's own) the other country of the article's pair must
# be named for an untargeted event to be aimed at it: a domestic passage far from the dispute is not.
COUNTERPART_NEAR_SENTENCES = 3
# How far back (in sentences) an earlier exchange still names a source's counterpart.
RECENT_EXCHANGE_SENTENCES = 2
# What a refusal answers: a demand, an offer or a threat.
ANSWERED_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN"})
# Types that answer an earlier exchange (an offer "to host talks" is made to all parties, a vow to
# retaliate names no one: not AGREE nor THREATEN).
RECENT_EXCHANGE_TYPES = frozenset({"ACCUSE", "REJECT", "SANCTION", "RETREAT", "CONCEDE"})
# Types whose act, told again with no target, keeps the target of its first telling by the same
# country (a withdrawal continued); checked against the gold in docs/events.md.
REPEATED_ACT_TYPES = frozenset({"RETREAT"})


# What a call for calm asks for: "urged restraint", "called for calm", "urged them to exercise restraint".
CALM_NOUNS = frozenset({"restraint", "calm", "de-escalation", "deescalation", "moderation"})
CALM_VERBS = frozenset({"de-escalate", "deescalate"})
# Nouns by which a caller refers back to violence told before ("concerned by the violence and urged
# restraint"); a call for calm without one ("both called for restraint") may address everyone.
VIOLENCE_NOUNS = frozenset({"violence", "fighting", "clash", "clashes", "killing", "killings", "bloodshed",
                            "crackdown", "shooting", "shootings", "attack", "attacks", "unrest", "raid"})
# Verbs that take things from their owner: the owner, not the seizer's public, is the target.
SEIZURE_VERBS = frozenset({"seize", "confiscate", "impound", "commandeer"})
# How far back (in sentences) the attack a threat of force answers may be told.
ANSWERED_ATTACK_SENTENCES = 3
# How far back (in sentences) the attack that force used in response answers may be told.
RESPONSE_SENTENCES = 1
# Nouns of force a threat must name to answer an attack ("vowed counter-attacks", "would use air
# strikes"); a bare "vowed to retaliate" names no means and keeps no target (gold: none).
FORCE_NOUNS = frozenset({"counter-attack", "counterattack", "counteroffensive", "counter-offensive", "strike",
                         "airstrike", "air-strike", "offensive", "force", "attack", "bombing", "reprisal",
                         "shelling", "bombardment"})


# Visits whose "to" place names the host country ("his visit to Baghdad"), and the sending verbs
# of an offer whose "to" place names the country it is made to ("ready to send a team to Niamey").
VISIT_WORDS = frozenset({"visit", "trip", "tour"})
SENDING_VERBS = frozenset({"send", "dispatch", "deploy"})
# A journey coded as a visit (CONSULT): "travelled to Cairo", "arrived in Cairo". Not "leave" (whose
# "to" phrase is rare and whose place is the one left) nor "return" (home, as a rule).
JOURNEY_VERBS = TRAVEL_VERBS - {"leave", "return"}
ARRIVAL_VERBS = frozenset({"arrive", "land"})


# Verbs of joining whose definite object is a mission or force served in some country.
MISSION_JOINING_VERBS = frozenset({"join", "reinforce", "bolster", "strengthen"})


# Sources that speak for no state (residents, firms, schools, media, refugees, farmers, unions,
# clinics, churches) take no side in an article's dispute between two countries unless the text
# names whom they address.
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "EDU", "MED", "REF", "AGR", "LAB", "HLH", "REL"})


def prepositional_sites(holders: list[Token], prepositions: frozenset[str]) -> list[Token]:
    """The objects of ``prepositions`` on ``holders`` that name a place, not a cause ("outside the
    French embassy"; not "at the call of")."""
    return [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in prepositions
            for g in children_of(c) if g.dep_ == "pobj" and not is_cause_object(g)]


# Sectors of parties that answer to their own government, not the other state of a two-country
# story (an opposition's or a party's untargeted condemnation, demand or refusal).
HOME_OPPONENT_SECTORS = frozenset({"OPP", "PTY"})
# What another state does that a party condemns it for, not its own government ("condemned the aggression").
HOSTILE_ACT_TYPES = frozenset({"ASSAULT", "THREATEN", "MOBILIZE"})   # (a ban or a sanction is as often home-made)
HOSTILE_ACT_WORDS = frozenset({"aggression", "provocation", "provocations", "interference", "meddling", "incursion",
                               "invasion", "occupation", "violation", "violations", "escalation"})

class InferredTargets(CoderState):
    """Targets of events whose sentence names none, with the evidence they are inferred from."""

    def destination(self, token: Token, kind: str, source: Actor | None) -> Actor | None:
        """The country sent to or left: "send troops to Turkey", "withdrew from Niger", "pulled out of
        Mali" (a preposition of the trigger or of its object naming a country or a country's actor)."""
        prepositions = DESTINATION_PREPOSITIONS[kind]
        carriers = [token, *(c for c in children_of(token) if c.dep_ in ("dobj", "prt", "advmod")
                             or c.dep_ == "prep" and c.lower_ == "out")]   # "out" read as a preposition too
        # forces sent to a town or region abroad go to its country ("deployed to Juba", "sent to Kursk",
        # "to Russia's Far East"): a known sender's forces only, whose own country's places are no target
        abroad = kind == "MOBILIZE" and source is not None and bool(source.country)
        for carrier in carriers:
            for prep in children_of(carrier):
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in prepositions:
                    continue
                if prep.lower_ == "of" and carrier.lower_ != "out":
                    continue   # "out of Mali" names the country left; "withdrawal of troops" does not
                for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                    actor = actor_for_token(pobj) or self.country_named_by(pobj, any_place=kind == "RETREAT" or abroad) \
                        or (self.place_owner(pobj) if abroad else None)
                    if actor is not None and actor.country and (source is None or actor.country != source.country):
                        return actor
        return None

    @staticmethod
    def place_owner(place: Token) -> Actor | None:
        """The country a place phrase's possessor names ("Russia's Far East"), without a sector."""
        for owner in (c for c in children_of(place) if c.dep_ == "poss"):
            actor = actor_for_token(owner)
            if actor is not None and actor.country:
                return make_actor(actor.country, owner.text, actor.country, None)
        return None

    def country_named_by(self, token: Token, any_place: bool = False) -> Actor | None:
        """The country a place name stands for ("to quake-hit Turkey"); towns and regions give none,
        unless ``any_place``: a force withdrawn from a town leaves its country ("pulled its troops
        out of Niamey", "withdrew from Gao")."""
        place = self.place_at.get(token.i)
        if place is None or not place.country or (place.feature != "country" and not any_place):
            return None
        return make_actor(place.country, place.name, place.country, None)

    def inferred_target(self, token: Token, trigger: Trigger, source: Actor | None, place) -> Actor | None:
        """The target of a located event the parse gave none: a protest's own government, else the
        country where the event happened."""
        if trigger.type != "PROTEST":
            if trigger.pos == "noun" and place is not None and place_for_token(token) is None:
                # "conferred in Washington on a blockade of Iraq": the place is another act's, unless the
                # noun is the doer of the clause that holds it ("strikes killed 45 people across Gaza")
                return self.place_country(self.own_clause_place(token))
            return self.place_country(place)
        opposed = self.opposed_party(token, source)
        if opposed is None and self.opposes_a_pact(token):
            return None   # "marched in Mogadishu against the agreement": parties unnamed, no target
        if opposed is None and self.opposes_a_thing(token):
            return self.protested_government(source)   # "against the war in Gaza": the place is no party
        return opposed or self.protested_government(source) or self.place_country(place)

    @staticmethod
    def own_clause_place(noun: Token):
        """The place of the clause an event noun does: the verb it is the subject of ("air strikes
        killed 45 people across Gaza"), else its own relative clause ("strikes that hit depots south
        of Damascus", or "strikes killed 20 people across Lebanon" misread as one); None when the
        noun is only talked about (an object, a prepositional phrase)."""
        verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" else []
        verbs += [c for c in children_of(noun) if c.dep_ == "relcl" and c.pos_ == "VERB"
                  and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in children_of(c))]
        verbs += [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and not is_reduced_participle(c)]
        for verb in verbs:
            place = place_for_token(verb)
            if place is not None:
                return place
        return None

    def opposes_a_thing(self, token: Token) -> bool:
        """The protest is "against" something that names no actor (a war, a law, a verdict): what it
        opposes is an act or a measure, so the place it happened in, or is held in, is no party."""
        return any(w.dep_ == "pobj" and w.head.lower_ == "against" and self.object_actor(w) is None
                   for w in token.subtree)

    def opposes_a_pact(self, token: Token) -> bool:
        """The protest is "against" a pact noun ("marched against the agreement", "rallied against the
        deal"); the owner or parties, when named, were already taken by ``opposed_party``."""
        return any(w.dep_ == "pobj" and w.head.lower_ == "against" and w.lower_ in self.words["pact_nouns"]
                   for w in token.subtree)

    def opposed_party(self, token: Token, source: Actor | None) -> Actor | None:
        """"rallied to demand a tougher line against Ethiopia", "marched, chanting slogans against
        Ethiopia": a protest whose clause names another country's actor after "against"."""
        candidates = [w for w in token.subtree if w.dep_ == "pobj" and w.head.lower_ == "against"]
        # "marched to denounce the Ethiopian drone strikes": the object of the protest's purpose clause
        purposes = [c for c in self.purpose_clauses(token) if c.i in self.triggers
                    and self.triggers[c.i].type in PROTEST_PURPOSE_TYPES]
        candidates += [g for c in purposes for g in children_of(c) if g.dep_ == "dobj"]
        # "against the parades by the Orange Order", "to protest the killings by Serb police": the
        # doer of the act opposed, whether the parser hangs its "by" on the act or on the purpose verb
        candidates = [*self.by_agents(candidates), *self.by_agents(purposes), *candidates]
        # "rallied outside the French base", "marched to the US embassy": a foreign party's site
        # "Protests erupted outside the French embassy": a protest noun's site, on the verb it is subject of
        holders = [token]
        if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.i not in self.triggers:
            holders.append(token.head)
        candidates += prepositional_sites(holders, PROTEST_SITE_PREPOSITIONS)
        # "set fire to barriers outside the French embassy": the site of what a riot hits, right at
        # it ("shops near the Turkish embassy" are no one's site)
        hit = [g for c in children_of(token) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        candidates += prepositional_sites(hit, HIT_SITE_PREPOSITIONS)
        for word in candidates:
            actor = self.object_actor(word) or self.owner_by_nationality(word)
            if actor is not None and actor.country and (source is None or actor.code != source.code):
                return actor
        return None

    @staticmethod
    def purpose_clauses(token: Token) -> list[Token]:
        """The clauses that say what a protest is for: its own purpose or participle clauses, and
        those of a participle it does it with ("marched, burning flags to protest the killings")."""
        clauses = [c for c in children_of(token) if c.dep_ in ("xcomp", "advcl")]
        return clauses + [g for c in clauses if c.tag_ == "VBG" for g in children_of(c) if g.dep_ in ("xcomp", "advcl")]

    @staticmethod
    def by_agents(heads: list[Token]) -> list[Token]:
        """The objects of the "by" phrases under ``heads``."""
        return [g for h in heads for p in children_of(h) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for g in children_of(p) if g.dep_ == "pobj"]

    @staticmethod
    def owner_by_nationality(word: Token) -> Actor | None:
        """The country of a nationality or country modifier of a thing ("the Ethiopian drone strikes",
        "the French base", "Ethiopia's dam"), as a bare country actor; None without one."""
        for child in (t for left in word.lefts for t in left.subtree):   # "Ethiopian" under "drone strikes"
            if child.dep_ not in ("amod", "compound", "poss"):
                continue
            actor = actor_for_token(child)
            if actor is not None and actor.country and len(actor.country) == 3 and actor.country not in REGIONAL_CODES:
                return make_actor(actor.country, child.text, actor.country, None)
        return None

    def protest_purpose_target(self, token: Token, source: Actor | None) -> Actor | None:
        """ "marched through Khartoum demanding civilian rule", "rallied to denounce the strikes": a
        demand or a condemnation voiced by a protest (its participle or purpose clause) that names no
        one is addressed to whom the protest is against, when that protest is already coded."""
        if source is None or token.dep_ not in ("advcl", "xcomp", "pcomp"):
            return None
        protest = token.head
        if token.dep_ == "pcomp" and protest.dep_ == "prep":
            protest = protest.head   # the parser's "through Khartoum demanding"
        for event in self.coded:
            if (event.type == "PROTEST" and event.trigger.start == protest.idx and event.target is not None
                    and event.source is not None and event.source.country == source.country):
                return event.target
        return None

    def hosted_parties(self, token: Token, host: Actor | None) -> list[Actor]:
        """ "Qatar hosted talks between American and Iranian officials", "Cuba, which hosted the last
        round of talks, ...": a host meets each party of the talks it hosted: the talks' "between"
        parties, else the two parties of the latest joint act (agreement, talks, cooperation, truce) coded
        before it in the article; never the host itself, and nothing when the object is no meeting."""
        if token.lemma_.lower() != "host" or host is None or not host.country:
            return []
        if token.dep_ == "acl" and token.head.lemma_.lower() in HOSTED_MEETING_NOUNS:
            # "at a meeting hosted by Trump", "talks between the two governments hosted in Lome"
            return self.described_noun_parties(token.head, host.country, HOSTED_PARTY_TYPES)
        meetings = [c for c in children_of(token) if c.dep_ == "dobj" and c.lemma_.lower() in HOSTED_MEETING_NOUNS]
        # "the last round of talks": the talks under the round
        meetings += [g for m in meetings for p in children_of(m) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in children_of(p) if g.dep_ == "pobj" and g.lemma_.lower() in HOSTED_MEETING_NOUNS]
        if not meetings:
            return []
        for meeting in meetings:
            parties = [p for p in self.between_parties(meeting) if p.country != host.country]
            if parties:
                return parties
        return self.latest_joint_parties(token, host)

    def mediated_parties(self, token: Token, mediator: Actor | None) -> list[Actor]:
        """"Ukraine and Russia swapped prisoners in an exchange mediated by the UAE", "Iran restored
        relations with Saudi Arabia under a deal brokered by China", "talks between Armenia and
        Azerbaijan, mediated by the US", "US-brokered talks", "mediated the meeting between X and Y": a
        mediator meets each party of what it mediated, two countries at least, never its own."""
        if token.lemma_.lower() not in MEDIATION_VERBS:
            return []
        own = mediator.country if mediator is not None else None
        if mediates_an_object(token):
            parties = [p for p in self.mediated_object_parties(token) if p.country != own]
            return parties if len(parties) >= 2 else []
        return self.described_noun_parties(token.head, own)

    def described_noun_parties(self, noun: Token, own: str | None, types: frozenset[str] | None = None) -> list[Actor]:
        """The parties of what a mediating participle describes: its "between" phrase, else the
        countries of the events coded on it or on the verb it frames ("in an exchange", "under a
        deal", "after seven hours of talks"), of ``types`` only when given (a meeting's hosted parties
        are those of its joint acts: "Russia fired missiles at Kyiv during a summit hosted by Italy"
        names none); [] with fewer than two countries other than ``own``."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "between":
            noun = noun.head.head   # "talks between the two sides that were mediated by": the talks
        parties = [p for p in self.between_parties(noun) if p.country != own]
        if len(parties) >= 2:
            return parties
        found: dict[str, Actor] = {}
        acts = framed_acts(noun)
        for event in self.coded:
            if event.trigger.start in acts and (types is None or event.type in types):
                for actor in (event.source, event.target):
                    if actor is not None and actor.country and actor.country != own:
                        found.setdefault(actor.country, actor)
        return list(found.values()) if len(found) >= 2 else []

    def mediated_object_parties(self, verb: Token) -> list[Actor]:
        """The "between" parties of what an active mediating verb takes as object ("mediated the
        meeting between X and Y"), through a span or count of it ("two months of negotiations")."""
        for noun in (c for c in children_of(verb) if c.dep_ in ("dobj", "npadvmod")):   # "two months" misread
            for candidate in (noun, *self.of_objects(noun)[:1]):
                parties = self.between_parties(candidate)
                if len(parties) >= 2:
                    return parties
        return []

    def latest_joint_parties(self, token: Token, host: Actor) -> list[Actor]:
        """The source and target of the latest joint act coded before ``token`` whose two parties are
        both country-coded and neither of the host's country; empty when there is none."""
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx:
                continue
            if event.type not in HOSTED_PARTY_TYPES and event.trigger.text.lower() not in TRUCE_NOUNS:
                continue
            pair = [event.source, event.target]
            if all(a is not None and a.country and a.country != host.country for a in pair) \
                    and pair[0].code != pair[1].code:
                return pair
        return []

    @staticmethod
    def protested_government(source: Actor | None) -> Actor | None:
        """Protesters of a country with no named target protest against their own government."""
        if source is None or not source.country or source.sector in ("GOV", "IGO"):
            return None
        name = f"{source.country} {SECTOR_LABELS.get('GOV', '')}".strip()
        return make_actor(name, source.text, source.country, "GOV")

    def is_domestic_measure(self, token: Token, trigger: Trigger) -> bool:
        """A restriction, or the lifting of an internal measure ("withdrew the finance bill", "lifted
        the state of emergency"); a concession of anything else ("dropped its demand", "lifted export
        curbs") usually answers a foreign party the sentence may not name."""
        if trigger.type == "COERCE":
            return True
        objects = {c.lemma_.lower() for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")}
        return bool(objects & self.words["domestic_measures"])

    @staticmethod
    def own_public(source: Actor | None) -> Actor | None:
        """"lifted a ban on public gatherings", "imposed a nationwide curfew", "did not arrest anyone":
        a state's restriction or concession that names no one falls on its own citizens."""
        if source is None or not source.country or len(source.country) != 3 or source.sector not in STATE_SECTORS:
            return None
        name = f"{source.country} {SECTOR_LABELS.get('CVL', '')}".strip()
        return make_actor(name, source.text, source.country, "CVL")

    def joined_mission_host(self, token: Token, sources: list) -> Actor | None:
        """"pledged to send soldiers to join the mission", after "a security mission in Haiti": a
        pledge to join a definite mission or force is made to the country that mission serves, named
        by the latest earlier mention of the same noun with an "in"/"to" country or place (never a
        pledger's own country). Flagged target-inferred by the caller, as it comes from elsewhere."""
        pledgers = {s.country for s in sources if s is not None}
        for joined in self.joined_nouns(token):
            for earlier in reversed(self.doc[: joined.i]):
                if earlier.lemma_.lower() != joined.lemma_.lower() or earlier.pos_ != "NOUN" or earlier.i == joined.i:
                    continue
                host = self.served_country(earlier)
                if host is not None and host.country not in pledgers:
                    return host
                if host is not None:
                    return None
        return None

    @staticmethod
    def joined_nouns(token: Token) -> list[Token]:
        """The definite objects of "join" inside the pledge's complement ("to join the mission")."""
        found = []
        for verb in token.subtree:
            if verb.lemma_.lower() not in MISSION_JOINING_VERBS or verb.pos_ != "VERB":
                continue
            for obj in (c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"):
                if any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in children_of(obj)):
                    found.append(obj)
        return found

    def served_country(self, noun: Token) -> Actor | None:
        """The country an "in"/"to" phrase of ``noun`` names ("a mission in Haiti", "a force to
        Somalia"), as a bare country actor."""
        for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("in", "to")):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                place = self.place_at.get(pobj.i)
                if place is not None and place.country and place.country not in REGIONAL_CODES:
                    return make_actor(place.country, place.name, place.country, None)
        return None

    @staticmethod
    def place_country(place) -> Actor | None:
        """The country an attack or a crackdown happened in, as its target ("strikes across Ukraine")."""
        if place is None or not place.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    @staticmethod
    def aided_country(place, source: Actor | None) -> Actor | None:
        """ "shipped tents to flood victims in Pakistan", "Beijing would provide assistance" told from
        Port Sudan: aid that names no recipient goes to the country where it is given, when that is
        not the giver's own."""
        if place is None or not place.country or source is None or place.country == source.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    @staticmethod
    def victims_where_hit(target: Actor | None, source: Actor | None, place) -> Actor | None:
        """"Israel resumed air strikes that killed more than 400 people", "India fired missiles at
        camps in Pakistan, killing 31 people": victims counted with no nationality of their own, whom
        the resolver gave the attacker's country, are people of the country the attack fell on, when
        that is another one."""
        if target is None or source is None or target.sector != "CVL" or not source.country:
            return target
        if target.country != source.country or place is None or not place.country or place.country == source.country:
            return target
        if place.country in REGIONAL_CODES or names_a_nationality(target.text):
            return target
        return make_actor(f"{place.country} civilians", target.text, place.country, "CVL")

    def territory_owner(self, place, source: Actor | None) -> Actor | None:
        """A withdrawal from another country's soil is directed at that country."""
        if place is None or not place.country or source is None or place.country == source.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    def accuser(self, token: Token, source: Actor | None) -> Actor | None:
        """"Ethiopia denied shelling the post": the denial answers the latest accusation against the
        source's country told before it, else the latest accusation by another country that names
        no target ("calls the shelling a grave violation"), both within ACCUSATION_WINDOW sentences,
        else the latest quoted speaker of another country before it, when quoted in the sentence
        before or in the denial's own (SPEAKER_ACCUSER_WINDOW)."""
        if source is None or not source.country:
            return None
        charger = self.charged_by(token, source)
        if charger is not None:
            return charger
        here = sentence_number(token)
        for event in self.recent_accusations(token):
            doer = event.source
            if (event.target is None and doer is not None and doer.country
                    and doer.country != source.country and doer.country not in REGIONAL_CODES):
                return doer
        earlier = [q for q in self.quotes if q.end <= token.idx and q.speaker
                   and q.speaker.country and q.speaker.country != source.country]
        if not earlier or here - self.sentence_at(earlier[-1].start) > SPEAKER_ACCUSER_WINDOW:
            return None   # a speaker quoted further back said something else
        return earlier[-1].speaker

    def charged_by(self, token: Token, source: Actor | None) -> Actor | None:
        """Who made the latest accusation coded before ``token`` (within ACCUSATION_WINDOW sentences)
        that ``source``, denying it, may answer (`charges_denier`); None when there is none."""
        if source is None or not source.country:
            return None
        for event in self.recent_accusations(token):
            if event.target and event.source and self.charges_denier(event.source, event.target, source):
                return event.source
        return None

    def recent_accusations(self, token: Token) -> list[Event]:
        """The accusations coded before ``token`` within ACCUSATION_WINDOW sentences of it, latest first."""
        here = sentence_number(token)
        return [e for e in reversed(self.coded)
                if e.type == "ACCUSE" and here - e.evidence.sentence <= ACCUSATION_WINDOW]

    @staticmethod
    def charges_denier(accuser: Actor, accused: Actor, denier: Actor) -> bool:
        """An accusation by ``accuser`` against ``accused`` is one ``denier`` may answer: it names the
        denier's own code, or the denier's country when another country makes it ("Sudan accused
        Ethiopian troops ... Addis Ababa denied"). In a civil conflict both sides share a country: a
        domestic accusation is answered only by the party it names, and never by its maker."""
        if accuser.code == denier.code:
            return False
        if accused.code == denier.code:
            return True
        return accused.country == denier.country and accuser.country != denier.country

    def sentence_at(self, char: int) -> int:
        """The ``sentence_number`` of the sentence holding character offset ``char``."""
        span = self.doc.char_span(char, min(char + 1, len(doc_text(self.doc))), alignment_mode="expand")
        return sentence_number(span[0]) if span is not None and len(span) else sentence_number(self.doc[0])

    def denied_attack_victim(self, token: Token, source: Actor | None) -> Actor | None:
        """"Russia denied shelling the town of Kramatorsk", "denied that its army shelled Sudanese
        positions": with no accuser in the text, a denied attack's victim country is the party that
        holds the denier responsible (a denied act of support names no such party)."""
        if source is None or not source.country:
            return None
        for comp in (c for c in children_of(token) if c.dep_ in ("xcomp", "ccomp", "pcomp") and c.pos_ == "VERB"):
            denied = self.triggers.get(comp.i)
            if denied is None or denied.type not in ("ASSAULT", "COERCE"):
                continue
            heads = [c for c in children_of(comp) if c.dep_ == "dobj"]
            victims = [self.object_actor(h) or self.country_named_by(h) for h in heads]
            victims.append(self.place_country(place_for_token(comp)))
            for victim in victims:
                if victim is not None and victim.country and victim.country != source.country:
                    return victim
        return None

    def partner_is_no_party(self, token: Token) -> bool:
        """ "ready to cooperate with any investigation": an offer that names what it is made "with",
        when that is no actor and no country, is not made to the other country of the article
        (checked for AGREE only: "suspended trade with immediate effect" is another "with")."""
        partners = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "with"
                    for g in children_of(c) if g.dep_ == "pobj"]
        return any(self.object_actor(p) is None and self.country_named_by(p) is None for p in partners)

    def counterpart(self, source: Actor | None, token: Token | None = None) -> Actor | None:
        """In an article about two countries' dispute, the other party of an event of one of them
        that names no target ("Ethiopia has refused", "Sudan recalled its ambassador"): the article's
        two most-named countries must stand out (the second named in COUNTERPART_MIN_SENTENCES
        sentences, the third at most half as often), and the source must be one of them; with
        ``token``, the other country must also be named near the event (a domestic passage of a long
        article is about no dispute)."""
        if source is None or not source.country:
            return None
        pair = self.doc.user_data.get(COUNTERPART_CACHE_KEY)
        if pair is None:
            pair = self.article_pair()
            self.doc.user_data[COUNTERPART_CACHE_KEY] = pair
        if source.country not in pair:
            return None
        if source.sector in HOME_OPPONENT_SECTORS and token is not None and not self.answers_a_hostile_act(token):
            # "the opposition BNP condemned the deal": a party out of power speaks to its own
            # government (not "condemned the aggression": the other state's act)
            return make_actor(f"{source.country} government", source.country, source.country, "GOV")
        other = pair[1] if source.country == pair[0] else pair[0]
        if token is not None and not self.named_near(other, sentence_number(token)):
            return None
        if token is not None and (self.names_a_third_party(token, pair) or self.names_a_domestic_rival(token, source)):
            return None
        if token is not None and (source.sector in PRIVATE_SECTORS or self.aims_at_an_unknown_owner(token)):
            return None
        return make_actor(f"{other} government", other, other, "GOV")

    def answers_a_hostile_act(self, token: Token) -> bool:
        """Whether the trigger's object names a hostile act ("condemned the aggression", "denounced
        the shelling"): a lexicon noun of conflict (``HOSTILE_ACT_TYPES``) or a word of hostility
        (``HOSTILE_ACT_WORDS``)."""
        for obj in (c for c in children_of(token) if c.dep_ == "dobj"):
            lemma = obj.lemma_.lower()
            if lemma in HOSTILE_ACT_WORDS or any(t.type in HOSTILE_ACT_TYPES for t in self.lexicon.nouns.get(lemma, ())):
                return True
        return False

    @staticmethod
    def aims_at_an_unknown_owner(token: Token) -> bool:
        """The trigger's object belongs to a named owner that is no actor of the pair ("opposed the
        western alliance's expansion"): the act is aimed at that owner, so no guess is safe."""
        for obj in (c for c in children_of(token) if c.dep_ == "dobj"):
            for owner in (c for c in children_of(obj) if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")):
                if actor_for_token(owner) is None:
                    return True
        return False

    def names_a_third_party(self, token: Token, pair: tuple[str, ...]) -> bool:
        """Whether the event's sentence names an actor of a country or region outside the article's
        pair ("probing along the borders of the Baltic countries"): the untargeted act may be aimed
        there, so the pair's other country is no safe guess."""
        sent = token.sent
        for mention in self.actor_mentions:
            actor = mention.actor
            if not sent.start_char <= mention.start < sent.end_char or actor is None or not actor.country:
                continue
            if actor.sector != "IGO" and actor.country not in pair:
                return True
        return self.names_a_third_country(sent, pair)

    def names_a_domestic_rival(self, token: Token, source: Actor) -> bool:
        """Whether the event's sentence names a party of the source's own country across the line
        between the state and its armed or political challengers ("Kinshasa would not sign any deal
        that left M23 in control of Goma", "responded to an attack by government troops" told by an
        M23 spokesman): the untargeted act may be aimed at that rival, so the article's other
        country is no safe guess."""
        sent = token.sent
        return any(sent.start_char <= m.start < sent.end_char and m.actor is not None
                   and m.actor.country == source.country and is_other_side(m.actor, source, across=True)
                   for m in self.actor_mentions)

    @staticmethod
    def names_a_third_country(sent, pair: tuple[str, ...]) -> bool:
        """Whether a country name inside a longer phrase of the sentence, which the resolver codes
        as no actor of its own ("discussed the Iraq crisis"), stands for a country outside the pair;
        a hyphened likeness ("a Yemen-style war") names no party."""
        for ent in sent.ents:
            if ent.label_ != "GPE" or (ent.end < len(sent.doc) and sent.doc[ent.end].text == "-"):
                continue
            state = state_of_name(ent.text, ent.root.text)   # state_named_by(ent.root), the entity being ent
            if state is not None and state.country not in pair:
                return True
        return False

    def country_sentences(self) -> dict[str, tuple[int, ...]]:
        """The numbers (from 1) of the sentences each country is named in by an actor (IGOs and regions
        left out); computed once per doc."""
        cached = self.doc.user_data.get(COUNTRY_SENTENCES_KEY)
        if cached is not None:
            return cached
        starts = [self.doc[start].idx for start, _ in sentence_bounds(self.doc)]
        sentences: dict[str, set[int]] = {}
        for mention in self.actor_mentions:
            actor = mention.actor
            if actor is None or not actor.country or actor.sector in ("IGO", "MED") or len(actor.country) != 3:
                continue   # an outlet ("CNN reported") is the channel, not a party of the story
            sentences.setdefault(actor.country, set()).add(bisect_right(starts, mention.start))   # its number from 1
        numbers = {country: tuple(sorted(found)) for country, found in sentences.items()}
        self.doc.user_data[COUNTRY_SENTENCES_KEY] = numbers   # tuples: user_data must stay serialisable
        return numbers

    def named_near(self, country: str, here: int) -> bool:
        """Whether an actor of ``country`` is named within COUNTERPART_NEAR_SENTENCES sentences of
        sentence ``here`` (a ``sentence_number``; ``country_sentences`` counts sentences from 1)."""
        named = self.country_sentences().get(country, ())
        return any(abs(here - (number - 1)) <= COUNTERPART_NEAR_SENTENCES for number in named)

    def armed_counterpart(self, source: Actor | None, token: Token | None = None) -> Actor | None:
        """ "Our forces returned fire", "an incursion by Sudanese troops": in an article about two
        countries' dispute, an attack by one country's military that names no target and no place
        is aimed at the other country's military."""
        if source is None or source.sector != "MIL":
            return None
        other = self.counterpart(source, token)
        if other is None:
            return None
        return make_actor(f"{other.country} {SECTOR_LABELS.get('MIL', '')}".strip(), other.text, other.country, "MIL")

    def recent_counterpart(self, token: Token, source: Actor | None) -> Actor | None:
        """"Egypt is pressing for the talks to cover the dam. Ethiopia has refused.": with no pair of
        countries for the whole article (three-party crises), the other country of the latest
        exchange the source took part in, in the RECENT_EXCHANGE_SENTENCES sentences before (the
        target of its own latest targeted event, or the source of the latest event aimed at it)."""
        if source is None or not source.country or getattr(self.triggers.get(token.i), "type", None) not in RECENT_EXCHANGE_TYPES:
            return None
        if source.sector in PRIVATE_SECTORS or self.aims_at_an_unknown_owner(token):
            return None
        here = sentence_number(token)
        for event in reversed(self.coded):
            if not 0 < here - event.evidence.sentence <= RECENT_EXCHANGE_SENTENCES:
                continue
            other = self.other_party(event, source.country) or self.answered_party(event, token, source.country)
            if other is not None:
                return make_actor(f"{other} government", other, other, "GOV")
        return None

    def repeated_act_target(self, token: Token, trigger: Trigger, source: Actor | None) -> Actor | None:
        """"Ethiopian units had been pulled back from Sudanese soil ... The withdrawal of Ethiopian
        troops from the remaining outposts is continuing": an act of a type in REPEATED_ACT_TYPES
        that names no target, by a country whose earlier act of the same type in the article had
        one, is aimed at the same country (the same withdrawal told again, or carried on)."""
        if source is None or not source.country or trigger.type not in REPEATED_ACT_TYPES:
            return None
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or event.type != trigger.type:
                continue
            doer, target = event.source, event.target
            if doer is None or doer.country != source.country or target is None or not target.country:
                continue
            if target.country != source.country and target.country not in REGIONAL_CODES:
                return target
        return None

    def answered_party(self, event, token: Token, country: str) -> str | None:
        """"Egypt is pressing for the talks to cover the dam. Ethiopia has refused.": a refusal answers
        the latest demand, offer or threat by another country, even one that names no addressee."""
        if getattr(self.triggers.get(token.i), "type", None) != "REJECT" or event.type not in ANSWERED_TYPES:
            return None
        doer = event.source.country if event.source is not None else None
        return doer if doer and doer != country and len(doer) == 3 and doer not in REGIONAL_CODES else None

    @staticmethod
    def other_party(event, country: str) -> str | None:
        """The country ``event`` sets against ``country``, when ``country`` is one of its two parties."""
        parties = [a.country for a in (event.source, event.target) if a is not None and a.country]
        if len(parties) != 2 or parties[0] == parties[1] or country not in parties:
            return None
        other = parties[1] if parties[0] == country else parties[0]
        return other if len(other) == 3 and other not in REGIONAL_CODES else None

    def article_pair(self) -> tuple[str, ...]:
        """The two countries an article is about, or () when no pair stands out."""
        if not len(self.doc) or sentence_number(self.doc[-1]) + 1 < COUNTERPART_MIN_SENTENCES + 1:   # too few sentences
            return ()
        sentences = self.country_sentences()
        ranked = sorted(sentences, key=lambda c: -len(sentences[c]))
        if len(ranked) < 2 or len(sentences[ranked[1]]) < COUNTERPART_MIN_SENTENCES:
            return ()
        if len(ranked) > 2 and 2 * len(sentences[ranked[2]]) > len(sentences[ranked[1]]):
            return ()
        if COUNTERPART_MAX_RATIO * len(sentences[ranked[1]]) < len(sentences[ranked[0]]):
            return ()   # one country's domestic story that names another in passing
        return tuple(ranked[:2])

    def border_country(self, token: Token, source: Actor | None) -> Actor | None:
        """"massed troops near the Ukrainian border", "deploys troops near Guyana border", "moved troops to
        its border with Ukraine": forces sent to another country's border are aimed at that country (not
        its sector: none is named)."""
        carriers = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]
        for prep in (p for carrier in carriers for p in children_of(carrier)):
            if prep.dep_ != "prep" or prep.lower_ not in BORDER_PREPOSITIONS:
                continue
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj" and g.lemma_.lower() in BORDER_NOUNS):
                # "the Ukrainian border", "the Guyana border", "its border with Ukraine"
                namers = [m for m in pobj.lefts if m.dep_ in ("amod", "compound", "poss", "nmod")]
                namers += [g for w in children_of(pobj) if w.dep_ == "prep" and w.lower_ == "with"
                           for g in children_of(w) if g.dep_ == "pobj"]
                for namer in namers:
                    actor = actor_for_token(namer) or self.country_named_by(namer)
                    if actor is not None and actor.country and (source is None or actor.country != source.country):
                        return make_actor(actor.country, namer.text, actor.country, None)
        return None

    def asks_for_calm(self, token: Token) -> bool:
        """"urged restraint", "called for calm", "urged all sides to exercise restraint", "urged them
        to de-escalate": a demand whose object (or the object of its "for" phrase or infinitive) is
        calm itself, naming no act of anyone."""
        asked = [c for c in children_of(token) if c.dep_ == "dobj"]
        asked += [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "for"
                  for g in children_of(c) if g.dep_ == "pobj"]
        verbs = [c for c in children_of(token) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        asked += [g for v in verbs for g in children_of(v) if g.dep_ == "dobj"]
        return any(w.lemma_.lower() in CALM_NOUNS for w in asked) or any(v.lemma_.lower() in CALM_VERBS for v in verbs)

    def violence_parties(self, token: Token, source: Actor | None) -> list[Actor]:
        """"... said they were concerned by the violence and urged restraint": a call for calm that names
        no one, in a sentence that refers back to violence, is addressed to the parties of the latest
        violent act (VIOLENT_TYPES) coded before it in the article, one per country, its doer first;
        never the caller's own actor."""
        if not self.refers_to_violence(token):
            return []
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or event.type not in VIOLENT_TYPES:
                continue
            parties: list[Actor] = []
            for party in (event.source, event.target):
                if party is None or not party.country or party.country in REGIONAL_CODES:
                    continue
                if source is not None and party.code == source.code:
                    continue
                if all(party.country != p.country for p in parties):
                    parties.append(party)
            if parties:
                return parties
        return []

    @staticmethod
    def refers_to_violence(token: Token) -> bool:
        """The call's sentence refers back to violence with a definite noun ("deplored the clashes",
        "concerned by the violence"): the violence it answers is the one told before."""
        return any(w.lemma_.lower() in VIOLENCE_NOUNS or w.lower_ in VIOLENCE_NOUNS
                   for w in token.sent
                   if w.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these", "such")
                                               for d in children_of(w)))

    @staticmethod
    def threatens_force(token: Token) -> bool:
        """The threat's own clause names a means of force as a noun ("vowed to launch counter-attacks",
        "would use air strikes if needed"); "vowed to retaliate" names none."""
        return any(w.pos_ == "NOUN" and (w.lemma_.lower() in FORCE_NOUNS or w.lower_ in FORCE_NOUNS)
                   for w in token.subtree)

    def answered_attacker(self, token: Token, source: Actor | None) -> Actor | None:
        """"The junta vowed to launch counter-attacks", after "rebels launched an offensive against the
        junta": a threat of force that names no target answers the doer of the latest violent act
        against the threatener's country (its target of that country) in the ANSWERED_ATTACK_SENTENCES
        sentences before; never the threatener's own actor."""
        if source is None or not source.country or not self.threatens_force(token):
            return None
        return self.latest_attacker(token, source, ANSWERED_ATTACK_SENTENCES,
                                    lambda target: target.country == source.country)

    def deterred_party(self, token: Token, source: Actor | None) -> Actor | None:
        """"warned that any attack from Afghan soil would be met with a response", "any provocation by
        Pyongyang": a deterrent warning aims at the party whose acts it names, the actor or country
        of the "any" subject's own words (never the warner's country)."""
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not any(w.lower_ == "any" for w in children_of(subject)):
            return None
        for word in self.agent_words(subject):
            actor = actor_for_token(word) or state_named_by(word)
            if actor is not None and actor.country and (source is None or actor.country != source.country):
                return actor
        return None

    @staticmethod
    def agent_words(act: Token) -> list[Token]:
        """The words of an act noun that name its doer: its possessor and nationality ("Turkey's
        survey", "any Turkish survey"), and the object of its "by" or "from" ("any provocation by
        Pyongyang", "any attack from Afghan soil"); not its patients ("to push Palestinians")."""
        words = [c for c in children_of(act) if c.dep_ in ("poss", "amod", "compound")]
        for prep in (c for c in children_of(act) if c.dep_ == "prep" and c.lower_ in ("by", "from")):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                words += [pobj, *(m for m in children_of(pobj) if m.dep_ in ("amod", "compound", "poss"))]
        return words

    def seizes_goods(self, token: Token) -> bool:
        """A seizure verb ("seized seven rifles", "confiscated their nets") whose object names things,
        not a party: its target is the owner of what is taken, never the seizer's own public."""
        if token.lemma_.lower() not in SEIZURE_VERBS:
            return False
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        return bool(objects) and all(actor_for_token(o) is None for o in objects)

    def seized_owner(self, token: Token, source: Actor | None) -> Actor | None:
        """The owner of what a seizure takes, any actor but the seizer itself: the object's
        possessor ("seized their weapons"), its "from" phrase ("confiscated gold from Guyanese
        miners"), the party a coordinated act of the same sentence struck ("detained three Pakistani
        soldiers and seized their weapons") or the subject of the clause it is coordinated with ("a
        Filipino sailor was injured and the Chinese seized seven rifles"); None otherwise."""
        for candidate in self.owner_candidates(token):
            actor = actor_for_token(candidate)
            if actor is not None and actor.country and (source is None or actor.code != source.code):
                return actor
        return self.struck_in_sentence(token, source)

    @staticmethod
    def owner_candidates(token: Token) -> list[Token]:
        """The words that may name a seized thing's owner, nearest first: the objects' possessors,
        the "from" phrases of the verb and its objects, then the coordinated clause's subject."""
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        found = [c for o in objects for c in children_of(o) if c.dep_ == "poss"]
        for word in [token, *objects]:
            found += [g for p in children_of(word) if p.dep_ == "prep" and p.lower_ == "from"
                      for g in children_of(p) if g.dep_ == "pobj"]
        if token.dep_ == "conj":
            found += [c for c in children_of(token.head) if c.dep_ in ("nsubj", "nsubjpass")]
        return found

    def struck_in_sentence(self, token: Token, source: Actor | None) -> Actor | None:
        """The target of a violent act the seizer itself committed earlier in ``token``'s sentence
        ("raided the offices of the opposition party and seized computers")."""
        here = sentence_number(token)
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or event.evidence.sentence != here or event.type not in VIOLENT_TYPES:
                continue
            doer, target = event.source, event.target
            if source is None or doer is None or doer.code != source.code:
                continue
            if target is not None and target.country and target.code != source.code:
                return target
        return None

    def answering_force(self, token: Token, source: Actor | None) -> Actor | None:
        """"Protesters clashed with peacekeepers ... the soldiers fired tear gas": force with no target
        of its own, no place and no pair of countries to aim it, answers the doer of the latest
        violent act against the same actor (same country and sector) in its sentence or the one
        before (RESPONSE_SENTENCES)."""
        if source is None or not source.country:
            return None
        return self.latest_attacker(token, source, RESPONSE_SENTENCES, lambda target: target.code == source.code)

    def latest_attacker(self, token: Token, source: Actor, window: int, hit: Callable[[Actor], bool]) -> Actor | None:
        """The doer of the latest violent act (VIOLENT_TYPES) coded before ``token`` within ``window``
        sentences whose target ``hit`` accepts; never ``source``'s own actor nor a region."""
        here = sentence_number(token)
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or not 0 <= here - event.evidence.sentence <= window:
                continue
            if event.type not in VIOLENT_TYPES or event.target is None or not hit(event.target):
                continue
            doer = event.source
            if doer is not None and doer.country and doer.code != source.code and doer.country not in REGIONAL_CODES:
                return doer
        return None

    def venue_country(self, token: Token, source: Actor | None) -> Actor | None:
        """"An American envoy held talks in Cairo", "Russia's foreign minister met in Beijing": talks of
        one party of a country, held "in" a foreign country or its capital (on the trigger, its object,
        or the support verb of a talks noun), are held with that country's government. Not for a bloc or an
        organisation's source, nor when the sentence names an organisation (its seat is no party),
        nor in BLOC_SEATS."""
        if source is None or not source.country or source.sector == "IGO" or source.country in REGIONAL_CODES:
            return None
        holders = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]
        if token.dep_ == "dobj":
            holders.append(token.head)
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in TRAVEL_VERBS:
            holders.append(token.head.head)   # "arrived in Riyadh for his first visit"
        sent = sentence_of(token)
        if any(m.actor is not None and m.actor.sector == "IGO" and sent.start_char <= m.start < sent.end_char
               for m in self.actor_mentions):
            return None
        for prep in (c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                state = state_named_by(pobj)
                if state is None or state.country == source.country or state.country in BLOC_SEATS:
                    continue
                return make_actor(f"{state.country} {SECTOR_LABELS.get('GOV', '')}".strip(), pobj.text,
                                  state.country, "GOV")
        return None

    def visited_country(self, token: Token, trigger: Trigger, source: Actor | None) -> Actor | None:
        """"during his visit to Baghdad", "travelled to Cairo", "arrived in Riyadh", "ready to send a
        mediation team to Niamey", "agreed to send a team to Kathmandu": a visit or a journey coded
        as one (CONSULT) or an offer to send someone (AGREE) whose "to" phrase ("in" after an arrival;
        on the trigger or its object) names a place of another country is made to that country
        (towns and sites count, not only country names); None for other words, other types or the
        source's own country."""
        if trigger.type == "AGREE":   # "agreed to send a team to Kathmandu": the sending verb under the offer
            token = next((v for v in [token, *(c for c in children_of(token) if c.dep_ == "xcomp")]
                          if v.lemma_.lower() in SENDING_VERBS), token)
        lemma = token.lemma_.lower()
        if not ((trigger.type == "CONSULT" and lemma in VISIT_WORDS | JOURNEY_VERBS)
                or (trigger.type == "AGREE" and lemma in SENDING_VERBS)):
            return None
        preps = ("to", "in") if lemma in ARRIVAL_VERBS else ("to",)   # "arrived in Cairo", "flew to Cairo"
        carriers = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]
        for prep in (p for c in carriers for p in children_of(c) if p.dep_ == "prep" and p.lower_ in preps):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                place = self.place_at.get(pobj.i)
                if place is None or not place.country or place.country in REGIONAL_CODES:
                    continue
                if source is not None and place.country == source.country:
                    return None
                return make_actor(place.country, place.name, place.country, None)
        return None


# Words that open a counted phrase ("At least nine people", "More than 400 people"), capitalised
# only at the start of a sentence.
COUNT_OPENERS = frozenset({"at", "more", "some", "about", "around", "nearly", "almost", "over", "up", "dozens",
                           "hundreds", "thousands", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "the", "a", "an", "several", "many", "least", "than"})


def names_a_nationality(text: str) -> bool:
    """Whether a phrase's words include a capitalised name ("Israeli civilians", "Palestinians"),
    other than a counting word capitalised at the start of a sentence ("At least nine people")."""
    return any(word[:1].isupper() and word.lower() not in COUNT_OPENERS for word in text.split())


def mediates_an_object(verb: Token) -> bool:
    """Whether a mediating verb takes what it mediated as its object ("mediated the meeting between X
    and Y", "whose diplomats mediated two months of negotiations") rather than describing a noun
    ("an exchange mediated by the UAE", "US-brokered talks")."""
    if verb.dep_ == "amod":
        return False
    return verb.dep_ not in ("acl", "relcl") or any(c.dep_ in ("dobj", "npadvmod", "nsubj") for c in children_of(verb))


def framed_acts(noun: Token) -> set[int]:
    """The character offsets of the noun and of the verb whose phrase frames it, or frames the span
    holding it ("swapped prisoners in an exchange", "signed after seven hours of talks")."""
    acts = {noun.idx}
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    frame = holder.head
    if holder.dep_ == "pobj" and frame.dep_ == "prep" and frame.head.pos_ == "VERB":
        acts.add(frame.head.idx)
    return acts
