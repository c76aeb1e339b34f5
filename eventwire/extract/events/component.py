"""``eventwire_events``: PLOVER events with source, target, date, place, casualties and evidence.

For each sentence:
1. triggers: verbs and nouns whose lemma is in the lexicon, with the entry chosen by the
   verb's object or particle (light verbs: "hold talks", "impose sanctions");
2. roles through the parse: subject or passive agent is the source, the lexicon's target
   paths give the target; a verb with no subject borrows it from the verb that governs it
   (coordination, subject control) or from that verb's object (object control:
   "urged Islamabad to act", "accused Yerevan of shelling");
3. modality: negated, future, hypothetical, claimed, historical flags in ``context``;
   complements of denials are not events ("denied shelling the town" is only a REJECT);
4. casualties: the count in a kill/wound verb's patient, attached to that verb's event;
   an attack noun that is the kill verb's agent lends it its mode and is not coded twice;
5. date, place and reporter from the trigger's attachments.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import replace

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

import eventwire.extract.extensions  # noqa: F401
from eventwire.extract.extensions import doc_text, sentence_number, sentence_of
from eventwire.extract.actors.component import SECTOR_LABELS, actor_for_token, make_actor
from eventwire.extract.events.casualties import count_in
from eventwire.extract.events.confidence import calibrated, features, load_weights
from eventwire.extract.events.headlines import is_title_case, recased_doc
from eventwire.extract.events.lexicon import Lexicon, Trigger, load_lexicon, quad_class
from eventwire.extract.places.component import place_for_sentence, place_for_token
from eventwire.extract.times.dating import date_for_token
from eventwire.models import Actor, Event, Evidence, Span

SUBJECT_DEPS = {"nsubj", "csubj"}
# Event types whose participants act together: "X and Y agreed" is one event X -> Y, not two.
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Triggers whose clausal complement is their content, not a second event: "threatened to shoot
# down" is a THREATEN, "urged X to act" a REQUEST, "refused to recognize" a REJECT. The complement
# lends its target to the governing event and is not coded on its own.
CONTENT_TAKING_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})
# Participles that name a place's or thing's owner: "camps belonging to", "positions held by".
OWNERSHIP_VERBS = frozenset({"belong", "hold", "run", "control", "operate", "use", "occupy", "man"})
# Types whose object is usually the source's own forces, not a target ("mobilized its troops").
SELF_DIRECTED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# Where a movement's target sits when the lexicon's paths find none: the country sent to, or left.
# ("sent warships around Taiwan", "extradited the suspects to the United States"; only a country counts).
DESTINATION_PREPOSITIONS = {"AID": frozenset({"to", "into"}), "COOPERATE": frozenset({"to"}),
                            "MOBILIZE": frozenset({"to", "into", "around", "near", "off", "toward", "towards"}),
                            "RETREAT": frozenset({"from", "of"})}
# Types whose target, when the parse names none, is the country where it happened (for protests:
# the protesters' own government first).
LOCATED_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Prepositions whose object may be an event's target when the lexicon names no path.
FALLBACK_PREPOSITIONS = frozenset({"to", "with", "against", "on", "at", "toward", "towards"})
# Dependencies of a participle used as an adjective ("detained Americans", "a seized ship"):
# background states, not events of this sentence.
ATTRIBUTIVE_DEPS = frozenset({"amod"})
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
# Entity types of a modifier that can name the owner of a thing ("Saudi oil facilities", "Hamas sites");
# a capitalised modifier the NER left untyped ("Houthi targets") counts too; a bare sector word
# ("militant targets") or a product name read as a person ("Patriot air defence system") does not.
NAMED_OWNER_TYPES = frozenset({"NORP", "GPE", "ORG"})
# Types whose object may be another party's act ("condemned the strikes", "welcomed the decision"):
# the target is whoever did that act. The same verbs, given an event noun as object, answer it: the
# noun's event is directed at them ("rejected an ECOWAS ultimatum" -> ECOWAS -> the rejecter).
RESPONSE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Verbs that answer a spoken act (an offer, a demand, an ultimatum), which was therefore addressed to them.
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})
# Verbs of a journey whose "for" object is its purpose: "flew to Moscow for talks".
TRAVEL_VERBS = frozenset({"fly", "travel", "go", "come", "arrive", "head", "return", "leave", "land", "visit", "sail"})
# Types whose untargeted events by a state fall on its own public (restrictions and concessions).
DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE"})
STATE_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD", "MIL"})
# Protest nouns that stand for a crowd even when no protester is named.
CROWD_NOUNS = frozenset({"protest", "protests", "demonstration", "rally", "riot", "unrest", "march", "sit-in",
                         "uprising", "demonstrations", "riots", "rallies", "marches"})
# Means of a conversation the parser may hang its partner on ("spoke by phone with ...").
MEDIUM_NOUNS = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "link", "call"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})
# Where a sanction's target hangs off its object: "suspended flights to Georgia", "halted imports from
# Ethiopia", "cut ties with Qatar".
SANCTION_OBJECT_PREPOSITIONS = frozenset({"to", "from", "with", "on", "against", "into"})
# How many sentences back a definite act noun ("the move") may find the act it refers to.
REFERENCE_WINDOW = 4
# Prepositions that put a deployment at a border: "massed troops near the Ukrainian border".
BORDER_PREPOSITIONS = frozenset({"near", "toward", "towards", "to", "along", "on", "at", "by"})
BORDER_NOUNS = frozenset({"border", "frontier", "borders", "frontiers"})
# Quantity heads of a subject whose "of" phrase names the actors: "Thousands of Georgians rallied".
QUANTITY_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                            "millions", "scores", "crowd", "crowds", "group", "groups", "number", "some", "many"})
# A background event this many years before publication is flagged "historical".
HISTORICAL_YEARS = 2
# Types a declared readiness turns into an offer: "ready to host talks", "willing to mediate".
OFFERABLE_TYPES = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})
# Types whose complement, however deep, is what they ask for or warn of (not an event of its own).
DEMAND_TYPES = frozenset({"REQUEST", "THREATEN"})
# Dependencies walked up from a trigger to the request it may be the content of, and how far.
CONTENT_PATH_DEPS = frozenset({"xcomp", "ccomp", "pobj", "prep", "pcomp", "relcl", "dobj", "amod", "acl", "conj"})
CONTENT_DEPTH = 4
# Verbs that end, ease or suspend a standing measure named by their object ("lifted its suspension").
MEASURE_ENDING_TYPES = frozenset({"CONCEDE", "SANCTION", "RETREAT"})
# Types whose negated promise ("would not bow", "will not negotiate") is a refusal.
REFUSABLE_TYPES = frozenset({"CONCEDE", "CONSULT", "COOPERATE", "RETREAT"})
# Types whose untargeted event in a two-country article is aimed at the other country.
# Not REQUEST (often addressed to a mediator or the speaker's own government) nor MOBILIZE (aimed where
# the forces go, see DESTINATION_PREPOSITIONS).
COUNTERPART_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "RETREAT", "AGREE", "CONCEDE"})
# How many sentences of an article each of its two countries must be named in to make it a pair.
COUNTERPART_MIN_SENTENCES = 2
COUNTERPART_CACHE_KEY = "eventwire_events_pair"
# Where a doc keeps which of its sentences are sports coverage (computed once per doc).
SPORT_CACHE_KEY = "eventwire_events_sport"


@Language.factory(
    "eventwire_events",
    requires=["doc._.actor_mentions", "doc._.timexes", "doc._.places"],
    assigns=["doc._.events"],
    default_config={"user_lexicon": None, "min_confidence": 0.5, "calibrated": True},
)
def make_events_component(nlp: Language, name: str, user_lexicon: str | None, min_confidence: float,
                          calibrated: bool):
    """``min_confidence``: events below it are dropped (see confidence.py for what the number means);
    ``calibrated``: false gives the raw heuristic score instead (used when fitting the calibration)."""
    return EventsComponent(load_lexicon(user_lexicon), min_confidence, nlp=nlp, name=name,
                           weights=load_weights() if calibrated else None)


class EventsComponent:
    def __init__(self, lexicon: Lexicon, min_confidence: float, *, nlp: Language | None = None,
                 name: str = "eventwire_events", weights: dict[str, float] | None = None):
        self.lexicon = lexicon
        self.weights = weights
        self.min_confidence = min_confidence
        self.nlp = nlp
        self.name = name
        self.words = {key: lexicon.word_set(key) for key in (
            "speech_verbs", "object_control_verbs", "denial_verbs", "accusation_verbs", "future_governors",
            "future_auxiliaries", "hypothetical_auxiliaries", "hypothetical_marks", "fatality_verbs",
            "injury_verbs", "arrest_verbs", "retaliation_verbs", "instrument_nouns", "claim_nouns", "support_verbs", "reciprocal_verbs",
            "thing_nouns", "act_nouns", "domestic_measures", "forecast_verbs", "no_comment_verbs", "team_words", "offer_adjectives", "defence_verbs")}
        # derived once: the kill/wound verbs are tested together on many tokens of every doc
        self.words["casualty_verbs"] = self.words["fatality_verbs"] | self.words["injury_verbs"]
        self.trigger_lemmas = frozenset(lexicon.verbs) | frozenset(lexicon.nouns)
        self.sport_pattern = sport_pattern(lexicon.rules.get("sport_words") or ())
        self.candidates = trigger_matcher(nlp.vocab if nlp is not None else None, lexicon, self.words)

    def __call__(self, doc: Doc) -> Doc:
        events = _Coder(doc, self).code()
        if self.nlp is not None:
            for sent in doc.sents:
                if is_title_case(sent) and self.may_hold_trigger(sent):
                    events = self.recode_headline(doc, sent, events)
        doc._.events = [e for e in events if e.confidence >= self.min_confidence]
        return doc

    def sport_sentence(self, doc: Doc, sent) -> bool:
        """Whether ``sent`` belongs to sports coverage: it names a sport word, or ``doc`` names
        sport words in two or more sentences (a match report's "pulled one back" names none)."""
        cached = doc.user_data.get(SPORT_CACHE_KEY)
        if cached is None:
            cached = self.sport_sentences(doc)
            doc.user_data[SPORT_CACHE_KEY] = cached
        return cached is True or sent.start in cached

    def sport_sentences(self, doc: Doc) -> bool | frozenset[int]:
        """True for a sports report, else the starts of the sentences that name a sport word."""
        text = doc_text(doc)
        if not self.sport_pattern.search(text):
            return frozenset()
        starts = frozenset(s.start for s in doc.sents if self.sport_pattern.search(s.text))
        return True if len(starts) >= 2 else starts

    def may_hold_trigger(self, sent) -> bool:
        """A cheap test before re-parsing: some word of the sentence, roughly stemmed, is a lexicon lemma."""
        lemmas = self.trigger_lemmas
        return any(w in lemmas or w.rstrip("s") in lemmas or w[:-2] in lemmas or w[:-3] in lemmas
                   for w in (t.lower_ for t in sent if t.is_alpha))

    def recode_headline(self, doc: Doc, sent, events: list[Event]) -> list[Event]:
        """Replace a title-cased sentence's events by those coded on its sentence-cased parse."""
        recased = recased_doc(self.nlp, doc, sent, upto=self.name)
        inside = lambda e: sent.start_char <= e.trigger.start < sent.end_char  # noqa: E731
        recoded = [_restore_case(e, doc.text, sent.text) for e in _Coder(recased, self).code() if inside(e)]
        return sorted([e for e in events if not inside(e)] + recoded, key=lambda e: e.trigger.start)


class _Coder:
    """Codes the events of one doc."""

    def __init__(self, doc: Doc, component: EventsComponent):
        self.doc = doc
        self.lexicon = component.lexicon
        self.words = component.words
        self.doc_hash = hashlib.sha1(doc_text(doc).encode("utf-8")).hexdigest()[:12]
        self.weights = component.weights
        self.matcher = component.candidates
        self.component = component
        self.absorbed: set[int] = set()   # tokens whose event was merged into another
        self.refusals: set[int] = set()   # negated promises coded as REJECT ("would not bow")

    # -- triggers -------------------------------------------------------------------------
    def code(self) -> list[Event]:
        found: list[tuple[Token, Trigger]] = []
        for token in self.candidate_tokens():
            trigger = self.match(token)
            if trigger:
                found.append((token, trigger))
        self.triggers = {token.i: trigger for token, trigger in found}
        built: dict[int, list[Event]] = {}
        self.coded: list[Event] = []   # the events so far, which later triggers may refer to
        for token, trigger in found:
            if (token.i in self.absorbed or self.under_denial(token) or self.is_content_of_trigger(token)
                    or self.is_not_an_event(token, trigger)):
                continue
            built[token.i] = [e for e in self.build(token, trigger)
                              if not self.is_sport_event(token, e) and not self.repeats_conjunct(token, e, built)]
            self.coded.extend(built[token.i])
        self.merge_casualty_reports(built)
        self.coded = [event for events in built.values() for event in events]
        return self.coded

    @staticmethod
    def repeats_conjunct(token: Token, event: Event, built: dict[int, list[Event]]) -> bool:
        """"rejected the accusation as baseless and denied providing any support": two coordinated
        verbs of one type between the same two parties are one statement, coded once. Material acts
        stay apart ("bombed RSF positions and shelled the group's bases" is two attacks)."""
        if token.dep_ != "conj" or event.quad_class not in (1, 3):
            return False
        return any(other.type == event.type and _same_actor(other.source, event.source)
                   and _same_actor(other.target, event.target) for other in built.get(token.head.i, ()))

    def merge_casualty_reports(self, built: dict[int, list[Event]]) -> None:
        """"Three villagers were killed in a drone strike", "21 soldiers were killed when fighters
        overran a base": the killing is the attack's outcome, not a second attack. The attack's
        events take the victims' counts (and the roles they lack) and the casualty verb's go."""
        merged: dict[int, int] = {}   # casualty verb -> the attack it was merged into
        for index in list(built):
            token = self.doc[index]
            if token.lemma_.lower() not in self.words["casualty_verbs"]:
                continue
            attack = self.attack_behind(token, built, merged)
            if attack is None or not built.get(index):
                continue
            outcome = built.pop(index)[0]
            merged[index] = attack
            built[attack] = [self.with_outcome(event, outcome) for event in built[attack]]

    def attack_behind(self, token: Token, built: dict[int, list[Event]], merged: dict[int, int]) -> int | None:
        """The ASSAULT trigger a casualty verb reports the outcome of: its "in/by/during" object or its
        "when/as" clause, when that trigger was coded; a casualty verb coordinated with one already
        merged ("strikes killed 19 and injured 100") goes to the same attack."""
        if token.dep_ == "conj" and token.head.i in merged:
            return merged[token.head.i]
        candidates = [g for c in token.children if c.dep_ in ("prep", "agent")
                      and c.lower_ in ("in", "by", "during", "after", "amid") for g in c.children if g.dep_ == "pobj"]
        candidates += [c for c in token.children if c.dep_ == "advcl"
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children)]
        if not self.is_passive(token):   # "Israeli Strike Kills Three": the attack is the subject
            candidates += [c for c in token.children if c.dep_ == "nsubj"]
        for candidate in candidates:
            events = built.get(candidate.i)
            if candidate.i != token.i and events and all(e.type == "ASSAULT" for e in events):
                return candidate.i
        return None

    @staticmethod
    def with_outcome(attack: Event, outcome: Event) -> Event:
        """``attack`` with the counts of ``outcome``, and its source/target where the attack has none."""
        update = {name: getattr(outcome, name) for name in ("fatalities", "injured", "arrested")
                  if getattr(attack, name) is None and getattr(outcome, name) is not None}
        if update:
            update["casualties_approximate"] = attack.casualties_approximate or outcome.casualties_approximate
            if outcome.casualties_approximate and "approximate" not in attack.context:
                update["context"] = sorted({*attack.context, "approximate"})
        for role in ("source", "target"):
            if getattr(attack, role) is None and getattr(outcome, role) is not None:
                update[role] = getattr(outcome, role)
        update["confidence"] = max(attack.confidence, outcome.confidence)
        return attack.model_copy(update=update)

    def candidate_tokens(self) -> list[Token]:
        """Tokens whose lemma is a lexicon word: found by the compiled trigger index, in text order."""
        if self.matcher is None:
            return list(self.doc)
        return [self.doc[i] for i in self.matcher(self.doc)]

    def reciprocal(self, token: Token, trigger: Trigger, sources: list[Actor]) -> list[Event]:
        """"Armenia and Azerbaijan traded fire": each side acts on the other, one event each way."""
        events = []
        for source in sources:
            for target in sources:
                if target is not source and target.code != source.code:
                    events.extend(self.assemble(token, trigger, [source], [target]))
        return events

    @staticmethod
    def own_forces(trigger: Trigger, sources: list, targets: list) -> tuple[list, list]:
        """"Russia massed troops", "Serbia pulled back its troops": a government moving its own forces
        is those forces acting, with no target."""
        if trigger.type not in SELF_DIRECTED_TYPES or len(targets) != 1 or targets[0] is None:
            return sources, targets
        target, source = targets[0], sources[0]
        if source is None or target.country != source.country or target.sector not in ("MIL", "COP"):
            return sources, targets
        return [target], [None]

    @staticmethod
    def forces_of(noun: Token) -> Actor | None:
        """"The withdrawal of Ethiopian troops", "a build-up of Russian forces": the forces that move."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    actor = actor_for_token(pobj)
                    if actor is not None and actor.sector in ("MIL", "COP"):
                        return actor
        return None

    def destination(self, token: Token, kind: str, source: Actor | None) -> Actor | None:
        """The country sent to or left: "send troops to Turkey", "withdrew from Niger", "pulled out of
        Mali" (a preposition of the trigger or of its object naming a country or a country's actor)."""
        prepositions = DESTINATION_PREPOSITIONS[kind]
        carriers = [token, *(c for c in token.children if c.dep_ in ("dobj", "prt", "advmod"))]
        for carrier in carriers:
            for prep in carrier.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in prepositions:
                    continue
                if prep.lower_ == "of" and carrier.dep_ not in ("prt", "advmod"):
                    continue   # "out of Mali" names the country left; "withdrawal of troops" does not
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    actor = actor_for_token(pobj) or self.country_named_by(pobj)
                    if actor is not None and actor.country and (source is None or actor.country != source.country):
                        return actor
        return None

    def country_named_by(self, token: Token) -> Actor | None:
        """The country a place name stands for ("to quake-hit Turkey"); towns and regions give none."""
        place = (self.doc._.ew_place_at or {}).get(token.i)
        if place is None or place.feature != "country" or not place.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    def inferred_target(self, token: Token, trigger: Trigger, source: Actor | None, place) -> Actor | None:
        """The target of a located event the parse gave none: a protest's own government, else the
        country where the event happened."""
        if trigger.type != "PROTEST":
            return self.place_country(place)
        return self.opposed_party(token, source) or self.protested_government(source) or self.place_country(place)

    def opposed_party(self, token: Token, source: Actor | None) -> Actor | None:
        """"rallied to demand a tougher line against Ethiopia", "marched, chanting slogans against
        Ethiopia": a protest whose clause names another country's actor after "against"."""
        candidates = [w for w in token.subtree if w.dep_ == "pobj" and w.head.lower_ == "against"]
        # "marched to denounce the Ethiopian drone strikes": the object of the protest's purpose clause
        purposes = [c for c in token.children if c.dep_ in ("xcomp", "advcl") and c.i in self.triggers
                    and self.triggers[c.i].type in ("ACCUSE", "REQUEST", "REJECT")]
        candidates += [g for c in purposes for g in c.children if g.dep_ == "dobj"]
        for word in candidates:
            actor = self.object_actor(word)
            if actor is not None and actor.country and (source is None or actor.country != source.country):
                return actor
        return None

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
        objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
        return bool(objects & self.words["domestic_measures"])

    @staticmethod
    def own_public(source: Actor | None) -> Actor | None:
        """"lifted a ban on public gatherings", "imposed a nationwide curfew", "did not arrest anyone":
        a state's restriction or concession that names no one falls on its own citizens."""
        if source is None or not source.country or len(source.country) != 3 or source.sector not in STATE_SECTORS:
            return None
        name = f"{source.country} {SECTOR_LABELS.get('CVL', '')}".strip()
        return make_actor(name, source.text, source.country, "CVL")

    @staticmethod
    def place_country(place) -> Actor | None:
        """The country an attack or a crackdown happened in, as its target ("strikes across Ukraine")."""
        if place is None or not place.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    def territory_owner(self, place, source: Actor | None) -> Actor | None:
        """A withdrawal from another country's soil is directed at that country."""
        if place is None or not place.country or source is None or place.country == source.country:
            return None
        return make_actor(place.country, place.name, place.country, None)

    def accuser(self, token: Token, source: Actor | None) -> Actor | None:
        """"Ethiopia denied shelling the post": the denial answers the latest accusation against the
        source's country in the text before it, or the latest quoted speaker of another country."""
        if source is None or not source.country:
            return None
        for event in reversed(self.coded):
            if event.type == "ACCUSE" and event.target and event.target.country == source.country and event.source:
                return event.source
        earlier = [q for q in self.doc._.quotes or [] if q.end <= token.idx and q.speaker
                   and q.speaker.country and q.speaker.country != source.country]
        return earlier[-1].speaker if earlier else None

    def denied_attack_victim(self, token: Token, source: Actor | None) -> Actor | None:
        """"Russia denied shelling the town of Kramatorsk", "denied that its army shelled Sudanese
        positions": with no accuser in the text, a denied attack's victim country is the party that
        holds the denier responsible (a denied act of support names no such party)."""
        if source is None or not source.country:
            return None
        for comp in (c for c in token.children if c.dep_ in ("xcomp", "ccomp", "pcomp") and c.pos_ == "VERB"):
            denied = self.triggers.get(comp.i)
            if denied is None or denied.type not in ("ASSAULT", "COERCE"):
                continue
            heads = [c for c in comp.children if c.dep_ == "dobj"]
            victims = [self.object_actor(h) or self.country_named_by(h) for h in heads]
            victims.append(self.place_country(place_for_token(comp)))
            for victim in victims:
                if victim is not None and victim.country and victim.country != source.country:
                    return victim
        return None

    def is_content_of_trigger(self, token: Token) -> bool:
        """The complement of a content-taking trigger ("threatened to strike"), or a noun that
        restates its verb's event ("held talks", "launched an attack on")."""
        head = token.head
        if head.i == token.i or head.i not in self.triggers:
            return False
        governing = self.triggers[head.i]
        if self.is_casualty_participle(token) and governing.type in ("ASSAULT", "COERCE"):
            return True   # "shelled the positions, killing two soldiers": the count belongs to the shelling
        if self.is_participle_clause(token) and governing.type == self.triggers[token.i].type:
            return True   # "marched through Khartoum, chanting slogans": one protest, not two
        if token.dep_ in ("xcomp", "ccomp") and token.pos_ == "VERB" and governing.type in CONTENT_TAKING_TYPES:
            return True
        return token.dep_ == "dobj" and token.pos_ == "NOUN" and self.triggers[token.i].type == governing.type
    # -- readings that are no event of their own -------------------------------------------
    def is_not_an_event(self, token: Token, trigger: Trigger) -> bool:
        """Senses a lexicon entry cannot rule out by its object alone: the act an accusation
        charges someone with, a protest that is another act's motive, a speaker's aside, a
        forecast, and a refusal to comment."""
        return (self.is_accused_act(token, trigger) or self.is_protest_motive(token, trigger)
                or self.is_demanded_content(token) or self.is_embedded_question(token)
                or self.is_acted_on(token, trigger)
                or self.is_speaker_aside(token, trigger) or self.is_forecast(token, trigger)
                or self.is_refusal_to_speak(token, trigger) or self.is_trip_for_talks(token, trigger))

    def is_demanded_content(self, token: Token) -> bool:
        """What a request or threat asks for or warns of, however deep in its complement: "insist on
        the withdrawal of Ethiopian troops", "demanding that the government expel ...", "urged both
        governments to protect the civilians it was meant to protect". The request is the event."""
        node = token
        for _ in range(CONTENT_DEPTH):
            head = node.head
            if head.i == node.i or node.dep_ not in CONTENT_PATH_DEPS:
                return False
            governing = self.triggers.get(head.i)
            if governing is not None:   # the nearest trigger above decides; its own conjunct is a second event
                # "insist on the withdrawal": a request's prepositional object is what it asks for;
                # a threat's ("response to any Israeli strike") is its condition, an event of its own
                return governing.type in DEMAND_TYPES and (
                    node.dep_ in ("xcomp", "ccomp") or node.dep_ == "prep" and governing.type == "REQUEST")
            node = head
        return False

    def is_acted_on(self, token: Token, trigger: Trigger) -> bool:
        """A standing measure another trigger acts on: "lifted its suspension of party activities",
        "eased sanctions on Venezuela", "suspended a military accord", "withdrew its complaint",
        "would suspend attacks". The verb's act is the event; its object is background. Responses
        ("condemned Iran's execution of ...", "dismissed Seoul's offer") keep their object's event."""
        if trigger.pos != "noun" or token.dep_ not in ("dobj", "nsubjpass"):
            return False
        governing = self.triggers.get(token.head.i)
        return (governing is not None and governing.pos == "verb" and governing.type != trigger.type
                and governing.type in MEASURE_ENDING_TYPES)

    def is_embedded_question(self, token: Token) -> bool:
        """"declined to say whether Egyptian jets were sent", "asked whether Cairo was prepared to
        strike": an open question asserts no event, and asking it is no request."""
        if any(c.dep_ == "ccomp" and _opens_question(c) for c in token.children) and self.is_request_verb(token):
            return True
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

    def is_accused_act(self, token: Token, trigger: Trigger) -> bool:
        """"accused Kyiv of stalling the talks": a verbal act an accusation charges someone with is
        the content of the ACCUSE event, not an event of its own (also inside relative clauses).
        A material act stays an event, flagged ``claimed`` ("accused Yerevan of shelling its
        positions" is an Armenian ASSAULT as Azerbaijan claims it, as the brief requires)."""
        prep = token.head
        return (token.dep_ == "pcomp" and prep.lower_ in ("of", "for") and prep.head.i != prep.i
                and prep.head.lemma_.lower() in self.words["accusation_verbs"]
                and quad_class(trigger.cameo) in (1, 3))

    def is_protest_motive(self, token: Token, trigger: Trigger) -> bool:
        """"closed its border in protest at the strikes", "summoned the envoy to protest against the
        attack": the protest is why another act was done, not a demonstration."""
        if trigger.type != "PROTEST":
            return False
        if token.pos_ == "NOUN":
            return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep"
        purpose = token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        return purpose and token.head.i in self.triggers

    def is_speaker_aside(self, token: Token, trigger: Trigger) -> bool:
        """"An Ethiopian diplomat, speaking on condition of anonymity, said ...": a participle of a
        speech verb with no partner ("with", "to") describes the speaker, it is no consultation."""
        if trigger.type != "CONSULT" or token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl"):
            return False
        return not any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") for c in token.children)

    def is_forecast(self, token: Token, trigger: Trigger) -> bool:
        """"Traders warned that prices would rise", "an incursion could spark a conflict, the commander
        warned": a warning that names no addressee and announces nothing its author will do is a
        forecast. "Turkey warned it would launch", "warned Finland of countermeasures" stay threats."""
        if trigger.type != "THREATEN" or token.lemma_.lower() not in self.words["forecast_verbs"]:
            return False
        if any(c.dep_ in ("dobj", "dative", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of")
               for c in token.children):
            return False
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None and token.dep_ == "parataxis":
            clause = token.head   # "..., analysts warned" parsed as an aside of its content
        if clause is None:
            return False
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            return False   # "warned it would retaliate": the author's own act
        author = self.source(token, trigger)
        doer = actor_for_token(subject)
        return not (author and doer and author.country and author.country == doer.country)

    def is_trip_for_talks(self, token: Token, trigger: Trigger) -> bool:
        """"flew to Moscow for talks with Putin": the talks are the event, the journey is their setting."""
        if trigger.type != "CONSULT" or token.lemma_.lower() not in TRAVEL_VERBS:
            return False
        return any(g.i in self.triggers and self.triggers[g.i].type == "CONSULT"
                   for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj")

    def is_refusal_to_speak(self, token: Token, trigger: Trigger) -> bool:
        """"declined to say whether ...", "refused to comment": no rejection of anyone."""
        if trigger.type != "REJECT":
            return False
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self.words["no_comment_verbs"] for c in token.children)

    def is_sport_event(self, token: Token, event: Event) -> bool:
        """A match result told as an event ("Argentina beat Brazil 1-0", "Sudan pulled one back"):
        the trigger's sentence names a sport word or the doc is a sports report, and no actor is
        named by more than its country or team ("Brazilian police charged at fans" stays)."""
        if not self.component.sport_sentence(self.doc, sentence_of(token)):
            return False
        return not any(actor is not None and self.names_a_role(actor) for actor in (event.source, event.target))

    def names_a_role(self, actor: Actor) -> bool:
        """The actor's words hold a common noun besides team words ("police", "sports secretary")."""
        pattern = self.component.sport_pattern
        words = [w for w in re.findall(r"\b[a-z][a-z-]+\b", actor.text) if w not in self.words["team_words"]]
        return any(not pattern.fullmatch(w) for w in words)

    def match(self, token: Token) -> Trigger | None:
        if token.dep_ in ATTRIBUTIVE_DEPS and token.tag_ in ("VBN", "VBG", "JJ"):
            return None
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
            if token.lemma_.lower() in self.words["retaliation_verbs"] and self.is_threat(token):
                return Trigger(token.lemma_.lower(), "THREATEN", "138", "verb", targets=("dobj", "prep:against"))
            chosen = self.choose(token, self.lexicon.verbs.get(token.lemma_.lower(), ()))
            return self.as_refusal(token, self.as_offer(token, chosen))
        if token.pos_ in ("NOUN", "PROPN"):
            return self.choose(token, self.lexicon.nouns.get(token.lemma_.lower(), ()))
        return None

    def as_offer(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"The AU was ready to host a new round", "Beijing is willing to mediate": a cooperative act
        its author declares itself ready for is an offer (AGREE), not the act itself; readiness to
        defend or hit back is a threat."""
        if (trigger is None or token.dep_ != "xcomp"
                or token.head.lemma_.lower() not in self.words["offer_adjectives"]):
            return trigger
        if token.lemma_.lower() in self.words["defence_verbs"]:   # "ready to defend every metre"
            return replace(trigger, type="THREATEN", cameo="130", mode=None, context=())
        if trigger.type not in OFFERABLE_TYPES:
            return trigger
        return replace(trigger, type="AGREE", cameo="030", mode=None, context=())

    def as_refusal(self, token: Token, trigger: Trigger | None) -> Trigger | None:
        """"Her government would not bow to violence", "we will not negotiate": a yielding or
        cooperative act its author says it will not do is a refusal (REJECT)."""
        if trigger is None or trigger.type not in REFUSABLE_TYPES:
            return trigger
        children = list(token.children)
        negated = any(c.dep_ == "neg" for c in children)
        promised = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in children)
        if not (negated and promised):
            return trigger
        self.refusals.add(token.i)   # the negation and the future are the refusal itself, not flags
        return replace(trigger, type="REJECT", cameo="120", mode=None, context=())

    def choose(self, token: Token, triggers) -> Trigger | None:
        if not triggers:
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            # a noun's "object" is its modifier: "air strike", "hunger strike", "car bomb"
            objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
        else:
            # an object predicate counts as an object: "called the move a provocation"
            heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
            # the object's modifiers count too: "sent a relief team", "delivered an air defence system"
            objects = {c.lemma_.lower() for c in heads} | {
                m.lemma_.lower() for c in heads for m in c.children if m.dep_ in ("compound", "amod")}
        # the small model parses particles as prt, prep or advmod ("pulled out", "stepped down", "call for")
        particle_children = [c for c in token.children if c.dep_ in ("prt", "prep", "advmod") and not _is_date_phrase(c)]
        particles = {c.lower_ for c in particle_children}
        objects |= {g.lemma_.lower() for c in particle_children if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj"}
        passive = self.is_passive(token)
        subjects = {c.lemma_.lower() for c in token.children if c.dep_ in SUBJECT_DEPS}
        has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
        has_predicate = any(c.dep_ == "oprd" for c in token.children)
        best = None
        for trigger in triggers:
            if trigger.not_with & objects or (trigger.passive_only and not passive):
                continue
            if trigger.objects and not trigger.objects & objects:
                continue
            if trigger.particle and trigger.particle.lower() not in particles:
                continue
            if (trigger.subjects and not trigger.subjects & subjects) or (trigger.needs_clause and not has_clause):
                continue
            if trigger.mode == "phone" and has_predicate:
                continue   # "calling it a violation" names something, it is no phone call
            specificity = bool(trigger.objects) + bool(trigger.particle) + bool(trigger.subjects) + trigger.needs_clause
            if best is None or specificity > best[0]:
                best = (specificity, trigger)
        return best[1] if best else None

    # -- one event ------------------------------------------------------------------------
    def build(self, token: Token, trigger: Trigger) -> list[Event]:
        sources = self.sources(token, trigger)
        targets = self.parsed_targets(token, trigger, sources[0]) or [None]
        if sources == [None] and trigger.pos == "noun" and trigger.type in SELF_DIRECTED_TYPES:
            sources = [self.forces_of(token) or None]
        if sources == [None] and trigger.pos == "noun" and trigger.type == "PROTEST" and self.names_a_crowd(token):
            sources = [self.crowd(token)]
        sources, targets = self.own_forces(trigger, sources, targets)
        if targets == [None] and trigger.type in DESTINATION_PREPOSITIONS:
            targets = [self.destination(token, trigger.type, sources[0])]
        if targets == [None] and trigger.type == "MOBILIZE":
            targets = [self.border_country(token, sources[0])]
        spoken_noun = trigger.pos == "noun" and quad_class(trigger.cameo) in (1, 3)
        if targets == [None] and spoken_noun and sources[0] is not None:
            targets = [self.respondent(token, sources[0])]
        if targets == [None] and trigger.pos == "noun" and trigger.type == "ASSAULT":
            targets = [self.outcome_victims(token, sources[0])]
        if targets == [None] and trigger.pos == "verb" and trigger.type in CONTENT_TAKING_TYPES:
            targets = [self.coordinated_addressee(token, sources[0])]
        if len(sources) > 1 and targets == [None] and token.lemma_.lower() in self.words["reciprocal_verbs"]:
            return self.reciprocal(token, trigger, sources)
        if len(sources) > 1 and trigger.type in SYMMETRIC_TYPES and targets == [None]:
            sources, targets = sources[:1], sources[1:]   # "Ethiopia and Somalia agreed" -> ETH -> SOM
        return self.assemble(token, trigger, sources, targets)

    def parsed_targets(self, token: Token, trigger: Trigger, source: Actor | None) -> list[Actor]:
        """The first of the target finders that finds someone other than the source itself ("Sudan
        recalled its ambassador to Ethiopia": not SDN, but ETH): the doer of an act a response is
        about, the lexicon's paths, a content clause's object, then the fallback attachments (a
        denial's complement is the denied act, never its target)."""
        denial = self.denies_an_act(token)
        finders = (lambda: self.act_owner_targets(token, trigger, source),
                   lambda: self.targets(token, trigger),
                   lambda: [] if denial else self.complement_targets(token),
                   lambda: [] if denial else self.fallback_targets(token, trigger, source))
        for finder in finders:
            found = [t for t in finder() if not _same_actor(t, source)]
            if found:
                return found
        return []

    def assemble(self, token: Token, trigger: Trigger, sources: list, targets: list) -> list[Event]:
        """The events of one trigger for its sources x targets, with everything else it carries."""
        source = sources[0]
        fatalities, injured, approximate = self.casualties(token)
        arrested, vague_arrests = self.arrests(token)
        approximate = approximate or vague_arrests
        if trigger.pos == "noun" and source is None and targets == [None] and fatalities is None:
            return []   # a bare noun with no actor and no victims is rarely a codable event
        context = list(trigger.context) + self.modality(token)
        if approximate:
            context.append("approximate")
        reporter = self.reporter(token)
        if reporter and source and reporter.code == source.code and not self.is_accusation(token):
            reporter = None   # the speaker's own statement is the event, not a report of one
        if reporter and self.is_accusation(token):
            context.append("claimed")
        date = date_for_token(token)
        if date.value and self.doc._.published and date.value[:4].isdigit():
            if int(date.value[:4]) <= int(self.doc._.published[:4]) - HISTORICAL_YEARS:
                context.append("historical")
        place = place_for_token(token) or place_for_sentence(sentence_of(token))
        if targets == [None] and trigger.type == "RETREAT":
            targets = [self.territory_owner(place, sources[0])]
        # capturing towns takes a place, not a party: the country it lies in is no target
        located = targets == [None] and trigger.type in LOCATED_TARGET_TYPES and trigger.mode != "occupy"
        if located:   # weaker than a parsed target: not scored as one
            targets = [self.inferred_target(token, trigger, sources[0], place)]
        if targets == [None] and trigger.type in DOMESTIC_TYPES and self.is_domestic_measure(token, trigger):
            targets = [self.own_public(sources[0])]
            located = located or targets != [None]
        if targets == [None] and trigger.type == "REJECT" and token.lemma_.lower() in self.words["denial_verbs"]:
            targets = [self.accuser(token, sources[0]) or self.denied_attack_victim(token, sources[0])]
        if targets == [None] and trigger.type in COUNTERPART_TYPES:
            targets = [self.counterpart(sources[0])]
            located = located or targets != [None]
        mode = trigger.mode or self.absorbed_mode(token)
        sent = sentence_of(token)
        events = []
        for source, target in ((s, t) for s in sources for t in targets):
            if source and target and source.code == target.code and source.country:
                continue
            scored = None if located else target
            raw = self.confidence(trigger, source, scored, context)
            confidence = calibrated(features(raw, source, scored, context, reporter is not None), self.weights)
            events.append(Event(
                id=self.event_id(token, trigger, target, source if source is not sources[0] else None),
                type=trigger.type, mode=mode, context=self.event_context(context, located and target is not None),
                cameo=trigger.cameo,
                goldstein=self.lexicon.goldstein(trigger.cameo), quad_class=quad_class(trigger.cameo),
                source=source, target=target, date=date, place=place,
                fatalities=fatalities, injured=injured, arrested=arrested, casualties_approximate=approximate,
                reported_by=reporter,
                trigger=Span(text=token.text, start=token.idx, end=token.idx + len(token.text)),
                evidence=self.evidence(sent),
                confidence=confidence,
            ))
        return events

    @staticmethod
    def event_context(context: list[str], target_inferred: bool) -> list[str]:
        """The event's flags; ``target-inferred`` when its target was not found in the sentence but
        taken from where the event happened or from the article's pair of countries, so users can
        tell (and filter) a parsed target from a context one."""
        return sorted(set(context) | ({"target-inferred"} if target_inferred else set()))

    def event_id(self, token: Token, trigger: Trigger, target: Actor | None, extra_source: Actor | None = None) -> str:
        key = f"{self.doc_hash}:{token.idx}:{trigger.type}:{target.code if target else ''}"
        if extra_source is not None:
            key += f":{extra_source.code or extra_source.text}"
        return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]

    def evidence(self, sent) -> Evidence:
        from eventwire.pipeline import trimmed_span

        start, end = trimmed_span(doc_text(self.doc), sent.start_char, sent.end_char)
        return Evidence(sentence=sentence_number(sent[0]), start=start, end=end, text=doc_text(self.doc)[start:end])

    @staticmethod
    def confidence(trigger: Trigger, source: Actor | None, target: Actor | None, context: list[str]) -> float:
        """A heuristic in [0, 1]: resolved roles and verbal triggers raise it, vague ones lower it."""
        score = 0.4 + (0.25 if source and source.country else 0.1 if source else 0.0)
        score += 0.2 if target and target.country else 0.1 if target else 0.0
        score += 0.1 if trigger.pos == "verb" else 0.0
        if "hypothetical" in context:
            score -= 0.1
        return round(max(0.0, min(1.0, score * trigger.weight)), 2)

    # -- roles ----------------------------------------------------------------------------
    def sources(self, token: Token, trigger: Trigger) -> list[Actor | None]:
        """The source, plus the actors coordinated with it ("Spain, Ireland and Norway recognized")."""
        source = self.source(token, trigger)
        head = self.source_head(token, trigger)
        if head is not None:
            pair = self.both_sides(head, source)
            if pair:
                return pair
        if source is None:
            return [None]
        found = [source]
        for member in self.coordinated_actors(head, source) if head is not None else []:
            if all(member.code != a.code or not member.country for a in found):
                found.append(member)
        return found

    def both_sides(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"The two foreign ministers", "both sides", "both governments": the two countries the article
        has named most often before this point (not counting the clause's own subject: "the EU urged
        the two governments"), each with the phrase's sector (GOV when it has none)."""
        if head.tag_ not in ("NNS", "NNPS") and head.lower_ not in ("sides", "parties", "countries", "leaders"):
            return []
        if not any(c.lower_ in ("two", "both") for c in head.children if c.dep_ in ("nummod", "det", "predet")):
            return []
        counts: dict[str, int] = {}
        phrase_start = min(t.idx for t in head.subtree)
        subject = self.clause_subject_range(head)
        for mention in self.doc._.actor_mentions or []:
            if mention.end > phrase_start or not mention.actor or not mention.actor.country:
                continue
            if mention.actor.sector == "IGO":
                continue   # "urged both governments": the AU, often named, is not one of them
            if subject[0] <= mention.start < subject[1]:
                continue   # "the EU urged the two governments": the urger is not one of the two
            counts[mention.actor.country] = counts.get(mention.actor.country, 0) + 1
        if len(counts) < 2:
            return []
        first, second = sorted(counts, key=lambda c: -counts[c])[:2]
        sector = (actor.sector if actor else None) or "GOV"
        text = doc_text(self.doc)[min(t.idx for t in head.subtree): head.idx + len(head.text)]
        return [make_actor(f"{c} {SECTOR_LABELS.get(sector, '')}".strip(), text, c, sector) for c in (first, second)]

    def counterpart(self, source: Actor | None) -> Actor | None:
        """In an article about two countries' dispute, the other party of an event of one of them
        that names no target ("Ethiopia has refused", "Sudan recalled its ambassador"): the article's
        two most-named countries must stand out (the second named in COUNTERPART_MIN_SENTENCES
        sentences, the third at most half as often), and the source must be one of them."""
        if source is None or not source.country:
            return None
        pair = self.doc.user_data.get(COUNTERPART_CACHE_KEY)
        if pair is None:
            pair = self.article_pair()
            self.doc.user_data[COUNTERPART_CACHE_KEY] = pair
        if source.country not in pair:
            return None
        other = pair[1] if source.country == pair[0] else pair[0]
        return make_actor(f"{other} government", other, other, "GOV")

    def article_pair(self) -> tuple[str, ...]:
        """The two countries an article is about, or () when no pair stands out."""
        sentences: dict[str, set[int]] = {}
        starts = [s.start_char for s in self.doc.sents]
        if len(starts) < COUNTERPART_MIN_SENTENCES + 1:
            return ()
        for mention in self.doc._.actor_mentions or []:
            actor = mention.actor
            if actor is None or not actor.country or actor.sector == "IGO" or len(actor.country) != 3:
                continue
            sentences.setdefault(actor.country, set()).add(sum(1 for start in starts if start <= mention.start))
        ranked = sorted(sentences, key=lambda c: -len(sentences[c]))
        if len(ranked) < 2 or len(sentences[ranked[1]]) < COUNTERPART_MIN_SENTENCES:
            return ()
        if len(ranked) > 2 and 2 * len(sentences[ranked[2]]) > len(sentences[ranked[1]]):
            return ()
        return tuple(ranked[:2])

    def clause_subject_range(self, head: Token) -> tuple[int, int]:
        """The character range of the subject of the clause an object phrase sits in ("The European
        Union called on the two governments" -> "The European Union"); (0, 0) for a subject phrase."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
            verb = verb.head
        if head.dep_ in SUBJECT_DEPS or verb.i == head.i:
            return 0, 0
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return 0, 0
        tokens = list(subject.subtree)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)

    def source_head(self, token: Token, trigger: Trigger) -> Token | None:
        if trigger.pos == "noun":
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None:
                return next((g for g in by.children if g.dep_ == "pobj"), None)
            return self.support_verb_subject_head(token)
        if self.is_passive(token):
            return self.agent_of(token)
        node = token
        for _ in range(3):   # "are due to meet", "plans to visit": the governing verb's subject
            subject = self.subject_of(node)
            if subject is not None or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
                return subject
            node = node.head
        return None

    def coordinated_actors(self, head: Token, first: Actor) -> list[Actor]:
        """Conjuncts of an actor phrase, and of its nationality modifier ("Kenyan and Somali troops")."""
        members = [actor_for_token(c) for c in _conjunct_chain(head)]
        members += self.coordinated_owners(head, first)
        for modifier in head.children:
            if modifier.dep_ in ("amod", "compound") and first.sector:
                chain = _conjunct_chain(modifier)   # "Philippine and Chinese diplomats": both modifiers
                for other in [modifier, *chain] if chain else []:
                    actor = actor_for_token(other)
                    if actor and actor.country and actor.country != first.country:
                        name = f"{actor.country} {SECTOR_LABELS.get(first.sector, '')}".strip()
                        members.append(make_actor(name, other.text, actor.country, first.sector))
        return [m for m in members if m is not None]

    def coordinated_owners(self, head: Token, first: Actor) -> list[Actor]:
        """"The leaders of Ethiopia, Egypt and Sudan": one actor per owner country, with the phrase's
        sector ("the foreign ministers of France and Germany" -> FRA GOV, DEU GOV)."""
        if head.tag_ not in ("NNS", "NNPS") or not first.sector:
            return []
        members = []
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for owner in [pobj, *_conjunct_chain(pobj)]:
                    actor = actor_for_token(owner)
                    if actor and actor.country and actor.country != first.country:
                        name = f"{actor.country} {SECTOR_LABELS.get(first.sector, '')}".strip()
                        members.append(make_actor(name, owner.text, actor.country, first.sector))
        return members

    def complement_targets(self, token: Token) -> list[Actor]:
        """A content-taking trigger's target from its complement: "threatened to cut gas to Spain"."""
        trigger = self.triggers.get(token.i)
        if trigger is None or trigger.type not in CONTENT_TAKING_TYPES:
            return []
        for comp in token.children:
            if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ != "VERB":
                continue
            for child in comp.children:
                heads = [child] if child.dep_ in ("dobj", "dative") else [
                    g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in (
                    "to", "against", "on", "with", "from", "for", "at", "between") else []
                for head in heads:
                    actor = self.object_actor(head)
                    if actor is not None and actor.country:
                        return [actor]
        return []

    def fallback_targets(self, token: Token, trigger: Trigger, source: Actor | None = None) -> list[Actor]:
        """When the lexicon's paths find no target: a country-coded actor in the trigger's object,
        the object's owner ("rejected the IAEA's demand", "the resignation of the chairman"), a
        prepositional object, or a reported clause's subject ("demanded that the government scrap")."""
        if trigger.pos != "verb":
            return []
        for head in self.fallback_heads(token):
            actor = self.object_actor(head)
            if actor is not None and actor.country and not _same_actor(actor, source):
                return [actor]
        return []

    def fallback_heads(self, token: Token) -> list[Token]:
        heads = []
        sanction = getattr(self.triggers.get(token.i), "type", None) == "SANCTION"
        for child in token.children:
            if child.dep_ in ("dobj", "dative"):
                heads.append(child)
                if sanction:   # "halted cattle imports from Ethiopia": the trade cut names the country
                    heads.extend(g for p in child.children if p.dep_ == "prep"
                                 and p.lower_ in SANCTION_OBJECT_PREPOSITIONS for g in p.children if g.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ in FALLBACK_PREPOSITIONS:
                heads.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "ccomp":
                heads.extend(g for g in child.children if g.dep_ in SUBJECT_DEPS)
        return heads

    def denies_an_act(self, token: Token) -> bool:
        """"denied backing the rebels", "denied that its forces shelled the town": the complement is
        the denied act, not the denial's target (that is the accuser)."""
        return token.lemma_.lower() in self.words["denial_verbs"] and any(
            c.dep_ in ("xcomp", "ccomp", "pcomp") or (c.dep_ == "dobj" and c.pos_ == "VERB") for c in token.children)

    def act_owner_targets(self, token: Token, trigger: Trigger, source: Actor | None) -> list[Actor]:
        """"Egypt condemned the move", "Ethiopia welcomed the decision", "called the deployment a
        provocation": a response whose object is an act is directed at whoever did it: the act
        noun's own actor, else the doer of the latest earlier event it refers to."""
        if trigger.pos != "verb" or trigger.type not in RESPONSE_TYPES:
            return []
        deps = PASSIVE_SUBJECT_DEPS if self.is_passive(token) else {"dobj"}
        for head in (c for c in token.children if c.dep_ in deps and c.pos_ == "NOUN"):
            lemma = head.lemma_.lower()
            if lemma not in self.lexicon.nouns and lemma not in self.words["act_nouns"]:
                continue
            owner = self.noun_source(head) if head.i != token.i else None
            if owner is not None and owner.country and (source is None or owner.country != source.country):
                return [owner]
            if owner is None and self.is_definite(head):
                doers = self.referred_doers(token, head, source)
                if doers:
                    return doers
        return []

    @staticmethod
    def is_definite(noun: Token) -> bool:
        """"the move", "this decision", "the strikes": a phrase that refers back to something known."""
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in noun.children)

    def referred_doers(self, token: Token, noun: Token, source: Actor | None) -> list[Actor]:
        """The sources of the latest event coded in the last few sentences that ``noun`` can refer to
        (all its coordinated sources: "American and British warplanes struck"): one of the noun's
        own types when it is an event noun ("the strikes"), a material act (QuadClass 2 or 4: a
        deployment, a ban, a withdrawal) for a bare act noun ("the move", "the decision"), and never
        one by the responder's own country."""
        kinds = {t.type for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())}
        here = sentence_number(token)
        for event in reversed(self.coded):
            if event.trigger.start >= token.idx or here - event.evidence.sentence > REFERENCE_WINDOW:
                continue
            if (kinds and event.type not in kinds) or (not kinds and quad_class(event.cameo) not in (2, 4)):
                continue
            doer = event.source
            if doer is not None and doer.country and (source is None or doer.country != source.country):
                return self.sources_of_trigger(event, source)
        return []

    def sources_of_trigger(self, event: Event, source: Actor | None) -> list[Actor]:
        """Every distinct foreign source coded for ``event``'s trigger."""
        found: list[Actor] = []
        for other in self.coded:
            doer = other.source
            if other.trigger.start != event.trigger.start or doer is None or not doer.country:
                continue
            if (source is None or doer.country != source.country) and all(doer.country != a.country for a in found):
                found.append(doer)
        return found

    def respondent(self, token: Token, source: Actor | None) -> Actor | None:
        """"rejected an ECOWAS ultimatum", "a proposal by Belarus was rebuffed by Kyiv": an event noun
        that an answering verb takes as its object is directed at the answerer. Only for spoken acts
        (offers, demands, threats): "called the shelling a violation" does not make Sudan its target."""
        head = token.head
        if token.dep_ not in ("dobj", "nsubjpass") or head.i not in self.triggers:
            return None
        response = self.triggers[head.i]
        if response.type not in ANSWER_TYPES or response.pos != "verb":
            return None
        actor = self.source(head, response)
        if actor is None or not actor.country or (source is not None and actor.country == source.country):
            return None
        return actor

    def names_a_crowd(self, noun: Token) -> bool:
        """A common noun for street protest ("weeks of protests", "riots in Dakar") standing as a phrase
        of its own (not "riot police", "a protest note", nor the month "March"), and the first such
        protest of its sentence ("protests ... the unrest" is one protest)."""
        if noun.lemma_.lower() not in CROWD_NOUNS or noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod"):
            return False
        here = sentence_number(noun)
        return not any(e.type == "PROTEST" and e.evidence.sentence == here for e in self.coded)

    def crowd(self, noun: Token) -> Actor | None:
        """Who protests when a protest noun names no one: the subject of the verb it qualifies ("farmers
        blocked roads in protest"), else the civilians of the country where it happens or, with no
        place, of the country the sentence is about ("weeks of protests" beside "Kenya's president")."""
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "VERB":
            subject = self.subject_of(prep.head)
            return (actor_for_token(subject) or self.quantified_actor(subject)) if subject is not None else None
        place = place_for_token(noun) or place_for_sentence(sentence_of(noun))
        country = place.country if place is not None and place.country else self.sentence_country(noun)
        if not country:
            return None
        name = f"{country} {SECTOR_LABELS.get('CVL', '')}".strip()
        return make_actor(name, noun.text, country, "CVL")

    def sentence_country(self, token: Token) -> str | None:
        """The country of the first country-coded actor named in the token's sentence."""
        sent = sentence_of(token)
        start, end = sent.start_char, sent.end_char
        for mention in self.doc._.actor_mentions or []:
            actor = mention.actor
            if start <= mention.start < end and actor and actor.country and len(actor.country) == 3:
                return actor.country
        return None

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
        victim = next((c for c in verb.children if c.dep_ in deps), None)
        actor = self.object_actor(victim) if victim is not None else None
        return actor if actor is not None and not _same_actor(actor, source) else None

    def coordinated_addressee(self, token: Token, source: Actor | None) -> Actor | None:
        """"saw Ethiopia's prime minister on Friday and offered to mediate": an offer, demand or threat
        with no addressee of its own, coordinated with a verb of the same subject, is addressed to
        that verb's target."""
        if token.dep_ != "conj" or any(c.dep_ in ("dobj", "dative") for c in token.children):
            return None
        for event in reversed(self.coded):
            if event.trigger.start == token.head.idx and event.target is not None and event.target.country:
                return event.target if not _same_actor(event.target, source) else None
        return None

    def border_country(self, token: Token, source: Actor | None) -> Actor | None:
        """"massed troops near the Ukrainian border", "deploys troops near Guyana border": forces sent
        to another country's border are aimed at that country (not its sector: none is named)."""
        carriers = [token, *(c for c in token.children if c.dep_ == "dobj")]
        for prep in (p for carrier in carriers for p in carrier.children):
            if prep.dep_ != "prep" or prep.lower_ not in BORDER_PREPOSITIONS:
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in BORDER_NOUNS):
                for modifier in (m for m in pobj.lefts if m.dep_ in ("amod", "compound", "poss", "nmod")):
                    actor = actor_for_token(modifier) or self.country_named_by(modifier)
                    if actor is not None and actor.country and (source is None or actor.country != source.country):
                        return make_actor(actor.country, modifier.text, actor.country, None)
        return None

    def is_passive(self, token: Token) -> bool:
        return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in token.children)

    def source(self, token: Token, trigger: Trigger) -> Actor | None:
        if trigger.pos == "noun":
            return self.noun_source(token)
        if self.is_passive(token):
            agent = self.agent_of(token)
            return self.actor_or_instrument(agent) if agent is not None else None
        subject = self.subject_of(token)
        if subject is not None:
            if subject.lower_ in ("which", "who", "that") and token.dep_ == "relcl":
                return actor_for_token(token.head)
            if subject.pos_ == "PRON" and subject.lower_ in ("we", "i", "us"):
                return self.speaker_of_quote(subject)
            return self.actor_or_instrument(subject) or self.quantified_actor(subject)
        return self.inherited_subject(token)

    def subject_of(self, token: Token) -> Token | None:
        """The verb's subject; a dateline parsed as the subject ("CAIRO (Meridian) - Egypt rejected")
        gives way to the nominal right after the dateline."""
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return None
        dateline_end = (self.doc._.ew_context or (None, 0))[1] or 0
        dateline = {t.i for s in subjects if s.idx < dateline_end for t in s.subtree}
        outside = [s for s in subjects if s.i not in dateline]
        if outside:
            return min(outside, key=lambda s: abs(token.i - s.i))   # two subjects: the nearer one
        if not dateline:
            return subjects[0]
        after = [t for t in self.doc[min(dateline): token.i] if t.i not in dateline and t.pos_ in ("PROPN", "NOUN")]
        return after[0] if after else None

    def agent_of(self, token: Token) -> Token | None:
        for child in token.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def inherited_subject(self, token: Token) -> Actor | None:
        head = token.head
        if head == token:
            return None
        if token.dep_ == "conj":
            actor = self.source(head, Trigger(head.lemma_, "ASSAULT", "190", "verb"))
            if actor is None and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.words["speech_verbs"]:
                # "X said the deal was void and called on Y": the parser hangs the second verb of the
                # speaker on the reported clause; with no actor there, the speaker is its subject
                return self.source(head.head, Trigger(head.head.lemma_, "ASSAULT", "190", "verb"))
            return actor
        if token.dep_ in ("xcomp", "pcomp", "advcl", "ccomp", "acomp") or head.dep_ == "prep":
            governor = head.head if head.dep_ == "prep" else head
            if governor.lemma_.lower() in self.words["object_control_verbs"]:
                obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return actor_for_token(obj)
            if token.dep_ in ("xcomp", "pcomp", "acomp") or head.dep_ == "prep" or self.is_participle_clause(token):
                subject = self.controller(governor, token)
                if subject is not None:
                    return actor_for_token(subject) or self.quantified_actor(subject)
                return self.inherited_subject(governor) if governor != token else None
        if token.dep_ == "acl" or token.dep_ == "relcl":
            return actor_for_token(head)
        return None

    @staticmethod
    def is_participle_clause(token: Token) -> bool:
        """"rallied outside the base, demanding that ...", "imposed sanctions, accusing the group of
        ...": a subjectless participle clause whose doer is the main clause's subject."""
        return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ == "mark" for c in token.children)

    @staticmethod
    def controller(governor: Token, token: Token) -> Token | None:
        """Who does what ``token`` (a complement of ``governor``) says: the governor's subject, or the
        passive subject of a raising verb ("Kenya is set to deploy", "Iran was forced to retreat")."""
        deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if token.dep_ == "xcomp" else SUBJECT_DEPS
        return next((c for c in governor.children if c.dep_ in deps), None)

    def noun_source(self, noun: Token) -> Actor | None:
        for child in noun.children:
            if child.dep_ == "poss":
                actor = actor_for_token(child)
                if actor:
                    return actor
            if child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actor_for_token(pobj)
            if child.dep_ == "acl" and child.lemma_.lower() in ("blame", "attribute", "claim"):
                for prep in child.children:
                    if prep.dep_ in ("prep", "agent") and prep.lower_ in ("on", "to", "by"):
                        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return actor_for_token(pobj)
        return (self.actor_from_modifiers(noun) or self.support_verb_subject(noun) or self.blamed_party(noun)
                or self.purpose_subject(noun))

    def purpose_subject(self, noun: Token) -> Actor | None:
        """"flew to Moscow for talks with Putin": talks that are the purpose of a journey are held by
        the traveller."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in TRAVEL_VERBS:
            return None
        if not any(t.type == "CONSULT" for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())):
            return None
        subject = self.subject_of(prep.head)
        return actor_for_token(subject) if subject is not None else None

    def blamed_party(self, noun: Token) -> Actor | None:
        """"blamed fighters of the Front for the shelling", "accused Egypt of the attack": the party an
        accusation names as the doer of the act noun it is blamed for."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.i == prep.i:
            return None
        verb = prep.head
        if verb.lemma_.lower() not in self.words["accusation_verbs"]:
            return None
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if accused is None:
            return None
        return actor_for_token(accused) or self.patient_owner(accused)

    def support_verb_subject_head(self, noun: Token) -> Token | None:
        """"Egypt and Sudan held joint drills": the subject phrase of the support verb carrying an event
        noun that names no actor of its own (its coordinated members are the event's sources too)."""
        head = noun.head
        if noun.dep_ != "dobj" or head.lemma_.lower() not in self.words["support_verbs"]:
            return None
        if any(c.dep_ == "poss" for c in noun.children) or self.actor_from_modifiers(noun) is not None:
            return None
        return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)

    def support_verb_subject(self, noun: Token) -> Actor | None:
        """"France completed its troop withdrawal": the subject of a support verb acts the noun's event."""
        head = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in self.words["support_verbs"]:
            return None
        if noun.dep_ == "nsubjpass":
            agent = self.agent_of(head)
            return actor_for_token(agent) if agent is not None else None
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        return actor_for_token(subject) if subject is not None else self.inherited_subject(head)

    @staticmethod
    def quantified_actor(subject: Token) -> Actor | None:
        """"Thousands of Georgians", "a crowd of students": the people a quantity subject counts."""
        if subject.lower_ not in QUANTITY_HEADS and subject.tag_ != "CD":
            return None
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actor_for_token(pobj)
        return None

    def actor_or_instrument(self, token: Token) -> Actor | None:
        if self.is_thing(token):
            return self.thing_owner(token)
        actor = actor_for_token(token)
        if actor is not None:
            return actor
        if token.lemma_.lower() in self.words["instrument_nouns"] or token.lemma_.lower() in self.lexicon.nouns:
            self.absorbed.add(token.i)
            return self.noun_source(token)
        return None

    def actor_from_modifiers(self, noun: Token) -> Actor | None:
        """"Azerbaijani sniper fire" -> AZE MIL: country and sector from the noun's modifiers."""
        country = sector = None
        text_start = noun.idx
        for child in self.modifier_chain(noun):
            actor = actor_for_token(child)
            if actor is None:
                if child.lemma_.lower() in ("sniper", "artillery", "drone", "army", "military", "naval", "air"):
                    sector = sector or "MIL"
                continue
            country = country or actor.country
            sector = sector or actor.sector
            text_start = min(text_start, child.idx)
        if not country:
            return None
        name = f"{country} {SECTOR_LABELS.get(sector, '')}".strip()
        return make_actor(name, doc_text(self.doc)[text_start: noun.idx + len(noun.text)], country, sector)

    @staticmethod
    def modifier_chain(noun: Token) -> list[Token]:
        """The noun's left modifiers, and those of its compound modifiers ("Russian missile strikes":
        the nationality modifies "missile")."""
        found = []
        for child in noun.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            found.append(child)
            if child.dep_ == "compound":   # only a named nationality or country: "intelligence-sharing pact" has none
                found.extend(g for g in child.lefts if g.dep_ in ("amod", "compound", "nmod", "poss")
                             and g.ent_type_ in NAMED_OWNER_TYPES)
        return found

    def targets(self, token: Token, trigger: Trigger) -> list[Actor]:
        if trigger.pos == "verb" and self.is_passive(token):
            patient = next((c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
            heads = [patient] if patient is not None else []
        else:
            heads = self.target_heads(token, trigger)
        actors = []
        if not heads or all(actor_for_token(h) is None for h in heads):
            claimant = self.claimant(token, heads)
            if claimant:
                return [claimant]
        for head in heads:
            pair = self.both_sides(head, actor_for_token(head))   # "urged both governments"
            for actor in pair:
                if all(actor.code != a.code for a in actors):
                    actors.append(actor)
            for member in [head, *self.conjuncts(head)] if not pair else []:
                actor = self.object_actor(member)
                owners = self.coordinated_owners(member, actor) if actor else []   # "met the leaders of X and Y"
                for found in [actor, *owners] if actor else []:
                    if all(found.code != a.code for a in actors):
                        actors.append(found)
        return actors

    def target_heads(self, token: Token, trigger: Trigger) -> list[Token]:
        heads = []
        carriers = [token] + [c for c in token.children if c.dep_ == "dobj" and trigger.objects]
        # "spoke by phone with Ukraine's president": the parser hangs "with" on the medium
        carriers += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "over", "via")
                     for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS]
        for path in trigger.targets:
            dep, _, prep = path.partition(":")
            for carrier in carriers:
                for child in carrier.children:
                    if dep == "prep" and child.dep_ in ("prep", "dative") and child.lower_ == prep:
                        heads.extend(g for g in child.children if g.dep_ == "pobj")
                    elif dep != "prep" and child.dep_ == dep and not (trigger.objects and carrier.i == token.i and dep == "dobj"):
                        heads.append(child)
        return heads

    @staticmethod
    def conjuncts(token: Token) -> list[Token]:
        return [c for c in token.children if c.dep_ == "conj"]

    def is_thing(self, token: Token) -> bool:
        """A phrase whose head names a thing, not people: "the air defence system", "militant targets"."""
        return token.pos_ in ("NOUN", "PROPN") and (
            token.lower_ in self.words["thing_nouns"] or token.lemma_.lower() in self.words["thing_nouns"])

    def object_actor(self, head: Token) -> Actor | None:
        """The actor an object phrase stands for: its own actor, or its owner ("its positions"); a
        thing ("Ukrainian air defence systems") only ever stands for its owner; a relative pronoun
        ("Egypt, which Addis Ababa accuses of ...") stands for the phrase its clause describes."""
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return actor_for_token(head.head.head)
        if self.is_thing(head):
            return self.thing_owner(head)
        return actor_for_token(head) or self.patient_owner(head)

    def thing_owner(self, token: Token) -> Actor | None:
        """Whose a thing is: a possessor, an of-phrase or an ownership clause ("sites held by the
        rebels"), or a named nationality or country modifier ("Saudi oil facilities"); a bare sector
        word ("militant targets") names no owner."""
        if any(c.dep_ in ("poss", "acl") or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            return self.patient_owner(token)
        named = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and (c.ent_type_ in NAMED_OWNER_TYPES or (c.text[:1].isupper() and not c.ent_type_))]
        return self.actor_from_modifiers(token) if named else None

    def patient_owner(self, token: Token) -> Actor | None:
        """"two of its soldiers" -> the soldiers; "its positions" -> the possessor; "an attack by
        Osgiliath soldiers" -> the soldiers (an event noun's agent)."""
        for child in token.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "by" and token.lemma_.lower() in self.lexicon.nouns)):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                actor = actor_for_token(pobj) if pobj is not None else None
                if actor is None and pobj is not None:   # "the head of Sudan's Sovereignty Council"
                    actor = next((actor_for_token(g) for g in pobj.children if g.dep_ == "poss"), None)
                if actor is not None:   # "Moscow's annexation of four regions": the regions name no one
                    return actor
        for child in token.children:
            if child.dep_ == "poss":
                return actor_for_token(child)
            if child.dep_ == "acl" and child.lemma_.lower() in OWNERSHIP_VERBS:
                owner = self.owner_in_clause(child)
                if owner is not None:
                    return owner
        return self.actor_from_modifiers(token) if token.pos_ in ("NOUN", "PROPN") else None

    @staticmethod
    def owner_in_clause(verb: Token) -> Actor | None:
        """"camps belonging to the rebels", "positions held by the army", "a base run by Russia"."""
        for prep in verb.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actor_for_token(pobj)
        return None

    def claimant(self, token: Token, heads: list[Token]) -> Actor | None:
        """"denied the claim": the target is whoever made the claim, the latest speaker before it."""
        if not any(h.lemma_.lower() in self.words["claim_nouns"] for h in heads):
            return None
        earlier = [q for q in self.doc._.quotes or [] if q.end <= token.idx and q.speaker]
        return earlier[-1].speaker if earlier else None

    def speaker_of_quote(self, token: Token) -> Actor | None:
        for quote in self.doc._.quotes or []:
            if quote.start <= token.idx < quote.end and quote.speaker:
                return quote.speaker
        return None

    def reporter(self, token: Token) -> Actor | None:
        """The subject of the speech verb whose complement holds the trigger."""
        node = token
        while node.head.i != node.i:
            parent = node.head
            if node.dep_ in ("ccomp", "pcomp", "xcomp", "advcl") or (node.dep_ == "pobj" and parent.dep_ == "prep"):
                governor = parent.head if parent.dep_ == "prep" else parent
                if governor.lemma_.lower() in self.words["speech_verbs"] and governor.i != token.i:
                    subject = self.subject_of(governor)
                    speaker = actor_for_token(subject) if subject is not None else self.inherited_subject(governor)
                    if speaker is not None:
                        return speaker
            node = parent
        for quote in self.doc._.quotes or []:
            if quote.start <= token.idx < quote.end:
                return quote.speaker
        return None

    def is_accusation(self, token: Token) -> bool:
        return any(a.lemma_.lower() in self.words["accusation_verbs"] for a in token.ancestors)

    def under_denial(self, token: Token) -> bool:
        head = token.head
        if token.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        return token.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and head.lemma_.lower() in self.words["denial_verbs"] \
            and token.pos_ == "VERB"

    # -- modality & casualties ----------------------------------------------------------------
    def modality(self, token: Token) -> list[str]:
        if token.i in self.refusals:
            return []
        flags = []
        chain = [token, *list(token.ancestors)[:2]] if token.dep_ in ("xcomp", "dobj", "pobj") else [token]
        if any(c.dep_ == "neg" for t in chain[:2] for c in t.children):
            flags.append("negated")
        auxiliaries = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & self.words["future_auxiliaries"] or self.governed_by(token, self.words["future_governors"]):
            flags.append("future")
        if auxiliaries & self.words["hypothetical_auxiliaries"] or any(
            c.dep_ == "mark" and c.lower_ in self.words["hypothetical_marks"] for t in chain for c in t.children
        ) or self.has_condition(chain[1:]):
            flags.append("hypothetical")
        return flags

    def has_condition(self, chain: list[Token]) -> bool:
        """"was willing to host talks if all parties agreed": a conditional clause on a governor of the
        event's verb makes it hypothetical (one on a threat's own verb is the threat's content)."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                   for t in chain for c in t.children)

    def governed_by(self, token: Token, lemmas: frozenset[str]) -> bool:
        node = token
        for _ in range(3):
            if node.dep_ not in ("xcomp", "acomp", "pobj", "prep", "dobj") or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in lemmas:
                return True
        return False

    def is_threat(self, token: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in self.words["future_auxiliaries"] | {"would"} for c in token.children)

    def arrests(self, token: Token) -> tuple[int | None, bool]:
        """The count of people arrested or detained by an arrest verb: "police detained 40 protesters"."""
        if token.lemma_.lower() not in self.words["arrest_verbs"] or token.pos_ != "VERB":
            return None, False
        deps = PASSIVE_SUBJECT_DEPS if self.is_passive(token) else {"dobj"}
        patient = next((c for c in token.children if c.dep_ in deps), None)
        if patient is None:
            return None, False
        return count_in(patient, self.lexicon.rules.get("number_words") or {},
                        self.lexicon.rules.get("approximate_counts") or {})

    def is_casualty_participle(self, token: Token) -> bool:
        """"..., killing two soldiers and wounding three": a kill/wound participle hanging off an attack."""
        return (token.tag_ == "VBG" and token.dep_ in ("advcl", "conj", "xcomp")
                and token.lemma_.lower() in self.words["casualty_verbs"])

    def casualties(self, token: Token) -> tuple[int | None, int | None, bool]:
        participles = [c for c in token.children if self.is_casualty_participle(c)]
        if participles and token.lemma_.lower() not in self.words["casualty_verbs"]:
            return self.casualties_of_participles(participles)
        lemma = "kill" if self.is_shot_dead(token) else token.lemma_.lower()
        numbers = self.lexicon.rules.get("number_words") or {}
        vague = self.lexicon.rules.get("approximate_counts") or {}
        patient = None
        if lemma in self.words["casualty_verbs"]:
            deps = PASSIVE_SUBJECT_DEPS if self.is_passive(token) else {"dobj"}
            if lemma == "die":
                deps = SUBJECT_DEPS
            patient = next((c for c in token.children if c.dep_ in deps), None)
        if patient is None:
            return self.casualties_from_clause(token)
        count, approximate = count_in(patient, numbers, vague)
        if lemma in self.words["fatality_verbs"]:
            return count, self.injured_in_conjunct(token), approximate
        return None, count, approximate

    @staticmethod
    def is_shot_dead(token: Token) -> bool:
        """"Two journalists were shot dead": a shooting whose victims died counts them as killed."""
        return token.lemma_.lower() in ("shoot", "gun") and any(c.lower_ == "dead" for c in token.children)

    def casualties_of_participles(self, participles: list[Token]) -> tuple[int | None, int | None, bool]:
        fatalities = injured = None
        approximate = False
        for participle in [*participles, *(c for p in participles for c in _conjunct_chain(p))]:
            if not self.is_casualty_participle(participle) and participle.dep_ != "conj":
                continue
            killed, wounded, vague = self.casualties(participle)
            fatalities = fatalities if killed is None else killed
            injured = injured if wounded is None else wounded
            approximate = approximate or vague
        return fatalities, injured, approximate

    def injured_in_conjunct(self, token: Token) -> int | None:
        for conj in token.children:
            if conj.dep_ in ("conj", "advcl") and conj.lemma_.lower() in self.words["injury_verbs"]:
                patient = next((c for c in conj.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if patient is not None:
                    return count_in(patient, self.lexicon.rules.get("number_words") or {},
                                    self.lexicon.rules.get("approximate_counts") or {})[0]
        return None

    def casualties_from_clause(self, token: Token) -> tuple[int | None, int | None, bool]:
        """An attack noun whose governing verb counts the dead: "a strike that killed three"."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None, None, False
        head = token.head
        if token.dep_ in SUBJECT_DEPS and head.lemma_.lower() in self.words["casualty_verbs"]:
            return self.casualties(head)
        for child in token.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in self.words["casualty_verbs"]:
                return self.casualties(child)
        return None, None, False

    def absorbed_mode(self, token: Token) -> str | None:
        agent = self.agent_of(token) if token.pos_ == "VERB" else None
        if agent is None:
            agent = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if agent is not None and agent.i in self.absorbed:
            for trigger in self.lexicon.nouns.get(agent.lemma_.lower(), ()):
                if trigger.mode:
                    return trigger.mode
        return None


def sport_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive regex for the sport words (whole words; a hyphen may be a space)."""
    alternatives = sorted((re.escape(str(w)).replace(r"\-", "[- ]?") for w in words), key=len, reverse=True)
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _opens_question(clause: Token) -> bool:
    """The clause is an indirect yes/no question ("whether Cairo was prepared to strike")."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def _same_actor(actor: Actor | None, other: Actor | None) -> bool:
    """Both are the same country-coded actor ("Sudan" and "its ambassador" are both SDN GOV)."""
    return actor is not None and other is not None and bool(actor.country) and actor.code == other.code


def _is_date_phrase(prep: Token) -> bool:
    """A preposition whose object is a date ("on Tuesday", "in March"): no particle of the verb."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


def _conjunct_chain(token: Token) -> list[Token]:
    """The tokens coordinated with ``token``: "Spain, Ireland and Norway" from "Spain"."""
    chain, frontier = [], [token]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if child.dep_ == "conj":
                chain.append(child)
                frontier.append(child)
    return chain


def _restore_case(event: Event, text: str, sentence: str) -> Event:
    """An event coded on a re-cased copy of the text, with every string taken from the original."""
    def actor(a: Actor | None) -> Actor | None:
        if a is None:
            return None
        at = sentence.lower().find(a.text.lower())
        return a.model_copy(update={"text": sentence[at: at + len(a.text)]}) if at >= 0 else a

    trigger = event.trigger.model_copy(update={"text": text[event.trigger.start: event.trigger.end]})
    evidence = event.evidence.model_copy(update={"text": text[event.evidence.start: event.evidence.end]})
    return event.model_copy(update={"trigger": trigger, "evidence": evidence, "source": actor(event.source),
                                    "target": actor(event.target), "reported_by": actor(event.reported_by)})


class TriggerIndex:
    """Finds the tokens that may start an event: those whose lemma (in lower or title case, so
    headline words match too) or lower-cased form is a lexicon word (verbs, nouns and retaliation
    verbs). The words are hashed once into sorted arrays; a doc is then one vectorised lookup of its
    LEMMA and LOWER columns, with no Python loop over tokens or over the lexicon."""

    def __init__(self, vocab, lexicon: Lexicon, words: dict[str, frozenset[str]]):
        lemmas = set(lexicon.verbs) | set(lexicon.nouns) | set(words["retaliation_verbs"])
        forms = lemmas | {lemma.capitalize() for lemma in lemmas}
        self.lemma_ids = np.array(sorted(vocab.strings.add(form) for form in forms), dtype=np.uint64)
        self.lower_ids = np.array(sorted(vocab.strings.add(lemma) for lemma in lemmas), dtype=np.uint64)

    def __call__(self, doc: Doc) -> list[int]:
        """Indices of the candidate tokens of ``doc``, in text order."""
        if not len(doc):
            return []
        columns = doc.to_array([LEMMA, LOWER])
        hits = _members(columns[:, 0], self.lemma_ids) | _members(columns[:, 1], self.lower_ids)
        return np.flatnonzero(hits).tolist()


def _members(values: np.ndarray, sorted_ids: np.ndarray) -> np.ndarray:
    """Which ``values`` occur in ``sorted_ids`` (a binary search each; the ids are sorted once)."""
    at = np.searchsorted(sorted_ids, values).clip(max=len(sorted_ids) - 1)
    return sorted_ids[at] == values


def trigger_matcher(vocab, lexicon: Lexicon, words: dict[str, frozenset[str]]) -> TriggerIndex | None:
    """The candidate finder, compiled once per component (None without a vocab: every token is a candidate)."""
    if vocab is None:
        return None
    return TriggerIndex(vocab, lexicon, words)
