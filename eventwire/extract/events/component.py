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

This module is the spaCy factory and the orchestration (which triggers become events, how one
event is assembled, merging casualty reports into their attack). Each concern lives in its own
module, mixed into ``_Coder``: ``triggers`` (candidate tokens and the lexicon entry they match),
``readings`` (matches that are no event of their own), ``modality`` (context flags),
``casualties`` (counts), ``sources`` and ``targets`` (roles through the parse), ``inferred``
(targets the parse does not give), ``mentions`` (later mentions of an event already coded); ``roles`` holds what the role finders share and ``state`` the
attributes the parts share.

The role finders ask for actors through ``actor_for_token`` as this module holds it at call time
(see ``roles.actor_for_token``), so replacing ``component.actor_for_token`` reaches all of them.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

import eventwire.extract.extensions  # noqa: F401
from eventwire.extract.extensions import doc_text, phrase_word_sets, sentence_number, sentence_of
# The resolver every role finder calls (through roles.actor_for_token); swapped at runtime by
# eventwire.extract.actors.diagnose, so it must stay a name of this module.
from eventwire.extract.actors.component import actor_for_token  # noqa: F401
from eventwire.extract.events.casualties import CasualtyCounts
from eventwire.extract.events.keep_model import KEEPER_DROPPED, load_keep_model, rescored_events
from eventwire.extract.events.confidence import calibrated, features, load_weights, reported_by_another
from eventwire.extract.events.headlines import is_title_case, recased_doc
from eventwire.extract.events.inferred import InferredTargets
from eventwire.extract.events.lexicon import Lexicon, Trigger, load_lexicon, quad_class
from eventwire.extract.events.mentions import EarlierMentions, telling_order, without_retold
from eventwire.extract.events.modality import (Modality, has_no_object, is_background_date, is_harmed_side_report,
                                               is_lacked)
from eventwire.extract.events.readings import (FINITE_TAGS, MATCH_SCORE_VERBS, ReadingIndex, Readings,
                                               has_own_subject, is_finite_conjunct_of_infinitive, is_modal_clause_verb,
                                               sport_pattern, topic_sentences)
from eventwire.extract.events.roles import (DESTINATION_PREPOSITIONS, SELF_DIRECTED_TYPES, SUBJECT_DEPS, SYMMETRIC_TYPES,
                                            TRAVEL_VERBS, is_dismissal, same_actor, span_holder)
from eventwire.extract.events.side_model import fill_empty_sides, load_side_model
from eventwire.extract.events.sources import SourceFinder, named_in_sentence
from eventwire.extract.events.targets import TargetFinder
from eventwire.extract.events.triggers import (TriggerChoice, TriggerIndex, children_kept, children_of, mediating_prefix,  # noqa: F401
                                               is_agreed_yield, is_infinitive, takes_content, trigger_matcher)
from eventwire.extract.places.component import place_for_sentence, place_for_token
from eventwire.extract.times.dating import date_in_index, timex_index
from eventwire.models import Actor, Event, Evidence, Span

# Subjects that are texts binding parties, not actors: "a draft text would commit X and Y to ...".
DOCUMENT_NOUNS = frozenset({"text", "draft", "deal", "agreement", "accord", "treaty", "pact", "plan", "proposal",
                            "framework", "resolution", "declaration", "document", "memorandum", "charter",
                            "roadmap", "protocol", "arrangement", "compact"})
# Types whose target, when the parse names none, is the country where it happened (for protests:
# the protesters' own government first).
LOCATED_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Modes whose target is never the country the act happens in: foreigners sent away. (A place taken
# is: "M23 rebels captured Goma" is aimed at Congo, as the gold sets code 59 of 64 seizures of places.)
UNLOCATED_MODES = frozenset({"deport"})
# Types whose untargeted events by a state fall on its own public (restrictions and concessions).
DOMESTIC_TYPES = frozenset({"COERCE", "CONCEDE"})
# Verbs that hand an act noun to a recipient ("presented a proposal to both sides", "submitted a
# plan"): their coordinated subjects give it together and are not each other's counterpart.
# ("gave their approval", "extended their cooperation" are joint acts of both and not among them).
# Verbs of a pledge's content whose object is the pledger's own forces ("pledged to send troops").
PLEDGE_VERBS = frozenset({"pledge", "promise", "offer", "vow", "commit", "volunteer"})
PLEDGE_SENDING_VERBS = frozenset({"send", "deploy", "contribute", "dispatch", "provide", "commit"})
GIVING_VERBS = frozenset({"present", "submit", "table", "unveil", "offer", "deliver", "send"})
# What a party puts out to speak through it: the participle describing it tells the party's act
# ("issued a statement condemning the strike", "passed a resolution demanding a withdrawal"), when
# the party is the one that put it out (ISSUING_VERBS), not one that received or condemned it.
STATEMENT_NOUNS = frozenset({"statement", "resolution", "communique", "communiqué", "declaration", "letter", "message",
                             "video", "note", "motion", "decree", "report", "notice"})
ISSUING_VERBS = frozenset({"issue", "release", "publish", "pass", "adopt", "send", "post", "put", "circulate",
                           "table", "deliver", "sign", "approve", "unveil", "present", "submit", "broadcast", "air"})
# What a state defends as its own: "ready to defend every metre of the country".
HOMELAND_WORDS = frozenset({"the country", "the nation", "our country", "our nation", "the homeland", "the motherland"})
# Types whose untargeted event in a two-country article is aimed at the other country.
# Not REQUEST (often addressed to a mediator or the speaker's own government) nor MOBILIZE (aimed where
# the forces go, see DESTINATION_PREPOSITIONS). REJECT only when a bare refusal answers the latest
# exchange (``is_bare_refusal``): a denial answers its accuser (``accuser``), and the article's other
# country alone was right for fewer than half the study sets' inferred rejection targets.
COUNTERPART_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "RETREAT", "AGREE", "CONCEDE"})
# Demands and condemnations a protest voices, addressed to whom the protest is against when they name no one.
PROTEST_PURPOSE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# Types of measures whose target, when the parse names none, is whoever did the act they follow
# ("put its air force on alert after India's strikes").
PROVOKED_TYPES = frozenset({"MOBILIZE", "SANCTION"})
# Relative pronouns (tagged WDT) whose clause describes the noun before them.
RELATIVE_PRONOUNS = frozenset({"which", "that"})
# Where a doc keeps which of its sentences are sports coverage (computed once per doc).
SPORT_CACHE_KEY = "eventwire_events_sport"
OWN_SPORT_CACHE_KEY = "eventwire_events_own_sport"   # sentences naming a sport-only word


def same_side(actor: Actor | None, other: Actor | None) -> bool:
    """The same coded actor, or both sides left empty."""
    return (actor is None and other is None) or same_actor(actor, other)


@Language.factory(
    "eventwire_events",
    requires=["doc._.actor_mentions", "doc._.timexes", "doc._.places"],
    assigns=["doc._.events"],
    default_config={"user_lexicon": None, "min_confidence": 0.5, "calibrated": True, "require_actor": True,
                    "fill_sides": True, "keep_events": True},
)
def make_events_component(nlp: Language, name: str, user_lexicon: str | None, min_confidence: float,
                          calibrated: bool, require_actor: bool, fill_sides: bool, keep_events: bool):
    """``min_confidence``: events below it are dropped (see confidence.py for what the number means);
    ``calibrated``: false gives the raw heuristic score instead (used when fitting the calibration);
    ``require_actor``: events with neither a source nor a target actor are dropped;
    ``fill_sides``: the learned filler (side_model.py) fills an empty side where it is confident;
    ``keep_events``: the learned keeper (keep_model.py) sets each event's confidence to the probability
    that its type and sides are right and drops the events under its threshold."""
    component = EventsComponent(load_lexicon(user_lexicon), min_confidence, nlp=nlp, name=name,
                                weights=load_weights() if calibrated else None, require_actor=require_actor)
    component.side_model = load_side_model() if fill_sides else None
    component.keep_model = load_keep_model() if keep_events else None
    return component


class EventsComponent:
    def __init__(self, lexicon: Lexicon, min_confidence: float, *, nlp: Language | None = None,
                 name: str = "eventwire_events", weights: dict[str, float] | None = None,
                 require_actor: bool = True):
        self.lexicon = lexicon
        self.weights = weights
        self.min_confidence = min_confidence
        self.require_actor = require_actor
        self.side_model = None   # set by the factory when ``fill_sides`` is on
        self.keep_model = None   # set by the factory when ``keep_events`` is on
        self.nlp = nlp
        self.name = name
        self.words = {key: lexicon.word_set(key) for key in (
            "speech_verbs", "object_control_verbs", "denial_verbs", "accusation_verbs", "future_governors",
            "future_auxiliaries", "hypothetical_auxiliaries", "hypothetical_marks", "fatality_verbs",
            "injury_verbs", "arrest_verbs", "retaliation_verbs", "instrument_nouns", "claim_nouns", "support_verbs", "reciprocal_verbs",
            "thing_nouns", "act_nouns", "domestic_measures", "forecast_verbs", "no_comment_verbs", "team_words", "offer_adjectives", "defence_verbs",
            "pact_nouns", "judging_verbs", "recall_verbs")}
        # derived once: the kill/wound verbs are tested together on many tokens of every doc
        self.words["casualty_verbs"] = self.words["fatality_verbs"] | self.words["injury_verbs"]
        # whose object does the "for"/"of" gerund's act (sources.accused_doer), asked per trigger
        self.words["accusing_or_judging_verbs"] = self.words["accusation_verbs"] | self.words["judging_verbs"]
        # verbs by which a charge is made (targets.charge_author: who made the charge denied)
        self.words["charging_verbs"] = self.words["speech_verbs"] | self.words["accusation_verbs"]
        self.trigger_lemmas = frozenset(lexicon.verbs) | frozenset(lexicon.nouns)
        own_sport_words = lexicon.rules.get("sport_words") or ()
        all_sport_words = [*own_sport_words, *(lexicon.rules.get("shared_sport_words") or ())]
        self.own_sport_pattern = sport_pattern(own_sport_words)
        self.own_sport_words = phrase_word_sets([*own_sport_words, *MATCH_SCORE_VERBS])
        self.sport_pattern = sport_pattern(all_sport_words)
        self.sport_words = phrase_word_sets([*all_sport_words, *MATCH_SCORE_VERBS])
        self.candidates = trigger_matcher(nlp.vocab if nlp is not None else None, lexicon, self.words)
        # which readings can hold for a trigger, by its type and part of speech (readings.READINGS)
        self.readings = ReadingIndex(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        with children_kept(doc):
            events = _Coder(doc, self).code()
        if self.nlp is not None:
            for sent in doc.sents:
                if is_title_case(sent) and self.may_hold_trigger(sent):
                    events = self.recode_headline(doc, sent, events)
        # a material act told again in a later sentence by the same two parties is one event
        # (the events are kept in a local list and set on the doc once: neither the filler nor the
        # keeper reads doc._.events, and each doc._ access costs an object)
        passed = [e for e in events if self.keeps(e)]
        events = without_retold(passed)
        if self.side_model is not None:   # the learned filler of empty sides (side_model.py)
            filled = fill_empty_sides(doc, events, self.side_model)
            # without_retold is run again only when it could change something: when its first run
            # merged nothing (as long a list as it was given) and the filler changed no event, each
            # event meets the same earlier events as in that run, none of which it retells
            if len(events) != len(passed) or any(f is not e for f, e in zip(filled, events)):
                events = without_retold(filled)
        if self.keep_model is not None:   # the learned confidence and cut (keep_model.py)
            offered = events
            events = rescored_events(doc, offered, self.keep_model)
            if len(events) < len(offered):   # for the tools that explain a missing event
                kept = {e.trigger.start for e in events}
                # a tuple of ints: user_data travels with the doc (to_bytes, worker processes)
                doc.user_data[KEEPER_DROPPED] = tuple(sorted({e.trigger.start for e in offered} - kept))
        doc._.events = events
        return doc

    def reading_trials(self, doc: Doc) -> list[tuple[Token, Trigger, tuple[str, ...], tuple[str, ...]]]:
        """For checking the reading index on ``doc`` (already through the earlier components): each
        trigger the coder matched, with the readings that hold for it when every reading is tried
        and the readings the index tries for it. The first must be among the second."""
        with children_kept(doc):
            coder = _Coder(doc, self)
            coder.code()
            return [(doc[i], trigger, coder.fired_readings(doc[i], trigger),
                     tuple(name for name, _ in self.readings.readings_for(trigger)))
                    for i, trigger in sorted(coder.triggers.items())]

    def keeps(self, event) -> bool:
        """Over the confidence cut and, when ``require_actor``, with a source or a target actor:
        an event no actor takes part in answers none of "who did what to whom" (2 of the 516 gold
        events have none; of the kept events without one, 13 of 15 were wrong)."""
        if event.confidence < self.min_confidence:
            return False
        return not self.require_actor or any(a is not None and (a.country or a.sector)
                                              for a in (event.source, event.target))

    def sport_sentence(self, token: Token) -> bool:
        """Whether the sentence of ``token`` belongs to sports coverage: it names a sport word, or the
        doc names sport words in two or more sentences (a match report's "pulled one back" names
        none). The sentence is looked up only in a doc with some sport sentence. Words other news uses
        too (``shared_sport_words``: "strikers", "coach") count only in a doc naming a sport word of
        its own ("police fired on strikers" in a report on a miners' strike is no match report)."""
        if not topic_sentences(token.doc, self.own_sport_pattern, self.own_sport_words, OWN_SPORT_CACHE_KEY):
            return False
        found = topic_sentences(token.doc, self.sport_pattern, self.sport_words, SPORT_CACHE_KEY)
        return found is True or (bool(found) and sentence_of(token).start in found)

    def may_hold_trigger(self, sent) -> bool:
        """A cheap test before re-parsing: some word of the sentence, roughly stemmed, is a lexicon lemma."""
        lemmas = self.trigger_lemmas
        return any(w in lemmas or w.rstrip("s") in lemmas or w[:-2] in lemmas or w[:-3] in lemmas
                   for w in (t.lower_ for t in sent if t.is_alpha))

    def recode_headline(self, doc: Doc, sent, events: list[Event]) -> list[Event]:
        """Replace a title-cased sentence's events by those coded on its sentence-cased parse."""
        recased = recased_doc(self.nlp, doc, sent, upto=self.name)
        inside = lambda e: sent.start_char <= e.trigger.start < sent.end_char  # noqa: E731
        with children_kept(recased):
            coded = _Coder(recased, self).code()
        recoded = [_restore_case(e, doc.text, sent.text) for e in coded if inside(e)]
        return sorted([e for e in events if not inside(e)] + recoded, key=lambda e: e.trigger.start)


def as_state_protest(token: Token, trigger: Trigger, sources: list) -> Trigger:
    """"The release drew sharp protests from Washington", "Nairobi's protest": a protest noun a state
    makes (its government, or the country itself) is a diplomatic complaint (ACCUSE 114), not a
    demonstration."""
    if trigger.type != "PROTEST" or trigger.pos != "noun" or token.lemma_.lower() != "protest":
        return trigger
    source = sources[0] if sources else None
    if source is None or not source.country or (source.sector or "GOV") != "GOV":
        return trigger
    return replace(trigger, type="ACCUSE", cameo="114", mode=None, context=())


def is_bare_refusal(token: Token) -> bool:
    """"Ethiopia has refused", "Kigali declined": a refusal verb with no object or clause of its own,
    which can only answer the demand before it."""
    return token.lemma_.lower() in ("refuse", "decline") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in children_of(token))


def is_joint_act(token: Token) -> bool:
    """A noun trigger marked joint ("held joint exercises", "a joint patrol"): the parties do it together,
    one event between the first and each other, as the gold codes a reciprocal act."""
    return token.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in children_of(token))


# Meetings a party asks a body to hold ("requested an emergency meeting of the Security Council").
CONVENED_MEETINGS = frozenset({"meeting", "session", "sitting", "summit", "consultation", "consultations"})


def whole_toll(events: list[Event]) -> Event:
    """The first of a casualty verb's events, with the counts of all of them when they were split
    per victim group ("two soldiers and a civilian were killed": 2 and 1 fold into one toll of 3); a
    count every event repeats is the same toll, taken once."""
    first = events[0]
    update = {}
    for name in ("fatalities", "injured", "arrested"):
        counts = [getattr(e, name) for e in events if getattr(e, name) is not None]
        if len(set(counts)) > 1:
            update[name] = sum(counts)
    return first.model_copy(update=update) if update else first


# How many words an attack noun's phrases may run before the relative clause of its toll ("a rocket
# attack on Friday on a base near Kirkuk that killed ...").
ATTACK_PHRASE_SPAN = 10
# What a verb of firing fires: no target of its own ("opened fire and killed three protesters").
FIRING_OBJECTS = frozenset({"fire", "shot", "round", "salvo", "volley", "gunfire"})


def has_partner_phrase(verb: Token) -> bool:
    """The verb names a partner with "with" or "between" ("swapped prisoners with Kyiv"); not an
    absolute "with" clause or a helper ("with the UAE mediating", "with the help of Turkey")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in ("help", "mediation", "mediating", "support", "assistance", "other", "another")
        and not any(p.pos_ == "VERB" for p in children_of(g)) for g in children_of(c)) for c in children_of(verb))


class _Coder(TriggerChoice, Readings, Modality, CasualtyCounts, SourceFinder, TargetFinder, InferredTargets,
             EarlierMentions):
    """Codes the events of one doc: finds the triggers, drops the readings that are no event,
    and assembles each event from its roles, context, counts, date and place."""

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
        self.mentioned: dict[int, int] = {}   # later mentions ("the march") -> the trigger they repeat
        self.passive_patients_of: dict[int, list] = {}   # verb -> its passive subjects (asked many times)
        self.token_answers: dict[tuple[str, int], object] = {}   # state.kept_per_token's answers
        self.evidence_at: dict[int, Evidence] = {}   # sentence start -> its evidence (``evidence``)
        underscore = doc._   # one Underscore object for the five reads (``doc._`` makes one each time)
        self.actor_mentions = underscore.actor_mentions or []
        self.quotes = underscore.quotes or []
        self.place_at = underscore.ew_place_at or {}
        self.dateline_end = (underscore.ew_context or (None, 0))[1] or 0
        self.published = underscore.published
        self.openers: dict[int, Token] | None = None   # Modality.supposition_openers, found on first use
        self.timex_at: dict | None = None   # the doc's timex_index, read on first use (``timexes_at``)

    def code(self) -> list[Event]:
        found: list[tuple[Token, Trigger]] = []
        for token in self.candidate_tokens():
            trigger = self.match(token)
            if trigger:
                found.append((token, trigger))
        self.triggers = {token.i: trigger for token, trigger in found}
        order = {token.i: rank for rank, token in enumerate(telling_order(self.doc, [t for t, _ in found]))}
        found.sort(key=lambda pair: order[pair[0].i])   # a newest-first live blog is read oldest first
        # "US-brokered talks with Israel": a mediation told before what it mediated is built after it
        found.sort(key=lambda pair: mediating_prefix(pair[0]) is not None)
        built: dict[int, list[Event]] = {}
        self.coded: list[Event] = []   # the events so far, which later triggers may refer to
        for token, trigger in found:
            if (token.i in self.absorbed or self.under_denial(token) or self.is_content_of_trigger(token)
                    or self.is_not_an_event(token, trigger)):
                continue
            built[token.i] = [e for e in self.build(token, trigger)
                              if not self.is_sport_event(token, e) and not self.repeats_conjunct(token, e, built)
                              and not self.mentions_earlier_event(token, e)]
            self.coded.extend(built[token.i])
        self.merge_casualty_reports(built)
        self.coded = [event for index in sorted(built) for event in built[index]]
        return self.coded

    @staticmethod
    def repeats_conjunct(token: Token, event: Event, built: dict[int, list[Event]]) -> bool:
        """"rejected the accusation as baseless and denied providing any support": two coordinated
        verbs of one type between the same two parties are one statement, coded once (a side both
        leave empty is the same side: "welcomed and supported the plan"). Material acts
        stay apart ("bombed RSF positions and shelled the group's bases" is two attacks)."""
        if token.dep_ != "conj" or event.quad_class not in (1, 3):
            return False
        return any(other.type == event.type and same_side(other.source, event.source)
                   and same_side(other.target, event.target) for other in built.get(token.head.i, ()))

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
            if attack is None and built.get(index):
                self.stand_for_unbuilt_attack(token, index, built, merged)
            if attack is None or not built.get(index):
                continue
            outcome = whole_toll(built.pop(index))
            merged[index] = attack
            built[attack] = [self.with_outcome(event, outcome) for event in built[attack]]

    def stand_for_unbuilt_attack(self, token: Token, index: int, built: dict[int, list[Event]],
                                 merged: dict[int, int]) -> None:
        """"a rocket attack on a base near Kirkuk that killed a US contractor and wounded four
        soldiers": an attack noun that named no party of its own (so built nothing) takes its
        relative clause's toll and victims; the casualty verb's events become the attack's, and a
        casualty verb coordinated with it is merged there too."""
        antecedent = self.relative_antecedent(token)
        if antecedent is None or actor_for_token(antecedent) is not None or self.has_personal_relative(token):
            return   # "an attack on the base of the militia that killed 40": the militia killed them
        noun = self.attack_noun_over(antecedent)
        if noun is None or noun.i == token.i or built.get(noun.i):
            return
        trigger = self.triggers[noun.i]
        span = Span(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text))
        toll = whole_toll(built.pop(index))
        built[noun.i] = [toll.model_copy(update={"trigger": span, "mode": trigger.mode or toll.mode})]
        merged[index] = noun.i

    @staticmethod
    def has_personal_relative(verb: Token) -> bool:
        """The verb's relative clause opens with "who" or "whose": it tells of people, not of an attack."""
        return any(c.lower_ in ("who", "whose", "whom") for c in verb.subtree if c.i < verb.i)

    def attack_noun_over(self, noun: Token | None) -> Token | None:
        """The ASSAULT noun trigger ``noun`` is, or whose phrase it ends ("a rocket attack on a base
        near Kirkuk that killed": the parser hangs the clause on "Kirkuk")."""
        if noun is None:
            return None
        # back over the phrases after the attack noun, up to a verb or a clause break
        for word in reversed(noun.doc[noun.sent.start: noun.i + 1]):
            trigger = self.triggers.get(word.i)
            if trigger is not None and trigger.type == "ASSAULT" and trigger.pos == "noun":
                return word
            if word.pos_ in ("VERB", "AUX") or (word.is_punct and word.text != "-") or noun.i - word.i > ATTACK_PHRASE_SPAN:
                return None
        return None

    def attack_behind(self, token: Token, built: dict[int, list[Event]], merged: dict[int, int]) -> int | None:
        """The ASSAULT trigger a casualty verb reports the outcome of: its "in/by/during" object or its
        "when/as" clause, or the attack verb a passive one is coordinated with ("were ambushed ..., and
        two soldiers were wounded"), when that trigger was coded; a casualty verb coordinated with one
        already merged ("strikes killed 19 and injured 100") goes to the same attack."""
        if token.dep_ == "conj" and token.head.i in merged:
            return merged[token.head.i]
        candidates = [g for c in children_of(token) if c.dep_ in ("prep", "agent")
                      and c.lower_ in ("in", "by", "during", "after", "amid")
                      for g in children_of(c) if g.dep_ == "pobj"]
        candidates += [c for c in children_of(token) if c.dep_ == "advcl"
                       and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                               for m in children_of(c))]
        if self.is_casualty_participle(token) and token.dep_ != "conj" and token.head.i != token.i:
            candidates.append(token.head)   # "came under fire, killing a crew member" (read as the fire below)
        if not self.is_passive(token):   # "Israeli Strike Kills Three": the attack is the subject
            candidates += [c for c in children_of(token) if c.dep_ == "nsubj"]
            if token.dep_ == "conj" and token.head.i != token.i and not self.has_own_object(token.head) \
                    and not self.is_passive(token.head) and not any(c.dep_ in SUBJECT_DEPS for c in children_of(token)):
                candidates.append(token.head)   # "shot and killed a teenager", "opened fire and killed three"
        elif token.dep_ == "conj":   # "troops were ambushed near the border, and two soldiers were wounded"
            candidates.append(token.head)
        candidates += self.coordinated_subjects(token)
        antecedent = self.relative_antecedent(token)
        if antecedent is not None:
            candidates.append(antecedent)
        for candidate in candidates:
            candidate = self.undergone_attack(candidate) or candidate   # "when their vehicle came under fire"
            if candidate.i in self.mentioned:   # "killed in Monday's attack": the attack reported before
                candidate = self.doc[self.mentioned[candidate.i]]
            elif candidate is antecedent and not built.get(candidate.i):
                candidate = self.light_verb_of(candidate, built) or self.attack_told_before(candidate, built) or candidate
            events = built.get(candidate.i)
            if candidate.i != token.i and events and all(e.type == "ASSAULT" for e in events):
                return candidate.i
        return self.sole_attack_before(token, built)

    @staticmethod
    def has_own_object(verb: Token) -> bool:
        """Whether ``verb`` has a direct object of its own, other than the shots it fires ("opened
        fire and killed three": the fire is part of the act; "repelled an assault and killed dozens"
        has one)."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in FIRING_OBJECTS for c in children_of(verb))

    def sole_attack_before(self, token: Token, built: dict[int, list[Event]]) -> int | None:
        """"Army aircraft struck RSF positions, the military said, adding that dozens of fighters had
        been killed": a toll told in the passive with no doer of its own, after the one attack coded
        earlier in its sentence, is that attack's outcome."""
        if not self.is_passive(token) or self.agent_of(token) is not None:
            return None
        sent = sentence_of(token)
        attacks = [i for i, events in built.items() if sent.start <= i < token.i and events
                   and all(e.type == "ASSAULT" for e in events)]
        others = [i for i in built if sent.start <= i < sent.end and i not in attacks and i != token.i and built[i]]
        return attacks[0] if len(attacks) == 1 and not others else None

    @staticmethod
    def coordinated_subjects(verb: Token) -> list[Token]:
        """"The shelling ... left seven civilians dead and 21 wounded": a casualty verb coordinated
        with a verb whose subject may be the attack (the first verb's subject)."""
        if verb.dep_ != "conj":
            return []
        return [c for c in children_of(verb.head) if c.dep_ == "nsubj"]

    def relative_antecedent(self, verb: Token) -> Token | None:
        """The noun a casualty verb's relative clause describes: "a strike that killed three" (a
        parsed relative clause), and "the strikes, which officials say killed 15", where the clause
        is reported by a speech verb and the parser hangs it on the main verb: then the antecedent
        is the noun just before the relative pronoun."""
        node = verb
        for _ in range(3):
            if node.dep_ == "relcl":
                return node.head
            pronoun = next((c for c in children_of(node) if c.lower_ in RELATIVE_PRONOUNS and c.tag_ == "WDT"), None)
            if pronoun is not None:
                return noun_before(pronoun)
            if node.dep_ != "ccomp" or node.head.lemma_.lower() not in self.words["speech_verbs"]:
                return None
            node = node.head
        return None

    def light_verb_of(self, noun: Token, built: dict[int, list[Event]]) -> Token | None:
        """"carried out a raid on the camp that killed 12": the attack noun a relative clause's
        antecedent is the object of (the parser may hang the clause on "the camp"), and an attack noun
        coded as its light verb's content, stand for that verb's event."""
        node = noun
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            found = self.triggers.get(node.head.head.i)
            if found is not None and found.type == "ASSAULT" and found.pos == "noun":
                node = node.head.head
        if built.get(node.i):
            return node if node is not noun else None
        if node.dep_ != "dobj" or node.head.i == node.i or not built.get(node.head.i):
            return None
        return node.head

    def attack_told_before(self, noun: Token, built: dict[int, list[Event]]) -> Token | None:
        """A definite attack noun that names no party and was not coded ("in protest at the
        strikes") refers to the latest attack coded in an earlier sentence: its trigger."""
        trigger = self.triggers.get(noun.i)
        if trigger is None or trigger.type != "ASSAULT" or not self.is_definite_mention(noun):
            return None
        start = noun.sent.start
        earlier = [i for i, events in built.items() if i < start and events
                   and all(e.type == "ASSAULT" for e in events)]
        return self.doc[max(earlier)] if earlier else None

    @staticmethod
    def with_outcome(attack: Event, outcome: Event) -> Event:
        """``attack`` with the counts of ``outcome``, its source/target where the attack has none (or
        only a guessed one: "opened fire and killed three protesters" is aimed at the protesters, not
        at the place), and its date where the attack's is only the publication day."""
        update = {name: getattr(outcome, name) for name in ("fatalities", "injured", "arrested")
                  if getattr(attack, name) is None and getattr(outcome, name) is not None}
        context = set(attack.context)
        if update:
            update["casualties_approximate"] = attack.casualties_approximate or outcome.casualties_approximate
            if outcome.casualties_approximate:
                context.add("approximate")
        for role in ("source", "target"):
            flag = f"{role}-inferred"
            guessed = flag in attack.context and flag not in outcome.context
            if getattr(outcome, role) is not None and (getattr(attack, role) is None or guessed):
                update[role] = getattr(outcome, role)
                if guessed:
                    context.discard(flag)
        if attack.date.basis == "publication" and outcome.date.basis not in ("publication", "unknown"):
            update["date"] = outcome.date   # "opened fire ... and killed three protesters on Saturday"
        if context != set(attack.context):
            update["context"] = sorted(context)
        update["confidence"] = max(attack.confidence, outcome.confidence)
        return attack.model_copy(update=update)

    def counts_for(self, token: Token, target: Actor | None, targets: int, fatalities: int | None,
                   arrested: int | None) -> dict[str, int | None]:
        """The killed and arrested counts of one event of the trigger: the whole count, or, when the
        trigger's coordinated victims are several targets, the count of the member naming this one."""
        own = self.target_count(token, target, alone=targets == 1) if target is not None else None
        if own is None:
            return {"fatalities": fatalities, "arrested": arrested}
        return {"fatalities": own[0] if fatalities is not None else None,
                "arrested": own[1] if arrested is not None else None}

    def reciprocal(self, token: Token, trigger: Trigger, sources: list[Actor]) -> list[Event]:
        """"Armenia and Azerbaijan traded fire": each side acts on the other, one event each way."""
        events = []
        for source in sources:
            for target in sources:
                if target is not source and target.code != source.code:
                    events.extend(self.assemble(token, trigger, [source], [target]))
        return events

    def build(self, token: Token, trigger: Trigger) -> list[Event]:
        prefix = mediating_prefix(token)
        if prefix is not None:   # "US-brokered talks with Israel": the US meets each party of the talks
            mediator = actor_for_token(prefix)
            return self.assemble(token, trigger, [mediator], self.mediated_parties(token, mediator) or [None])
        guest = self.guest_phrase(token) if trigger.type == "CONSULT" else None
        if guest is not None:   # "a reception for visiting Minister X": X visits the host
            visitor = self.visitor(guest, self.host_of_guest(token, None))
            return self.assemble(token, trigger, [visitor], [self.host_of_guest(token, visitor)])
        parties = self.parties_of_the_call(token, trigger)
        if parties is not None:   # "spoke with Houthi negotiators and US officials to urge restraint"
            return self.assemble(token, trigger, *parties)
        sources = self.sources(token, trigger)
        trigger = as_state_protest(token, trigger, sources)
        # "urged both sides to ... and offered to host talks": the urger offers; "Bogota remained open
        # to dialogue": the one who is open offers
        partner = coordinated_finite_verb(token) or (offering_verb(token, trigger) if no_party(sources) else None) \
            or (issuing_verb(token) if no_party(sources) and trigger.pos == "verb" else None)
        if partner is not None:
            sources = self.sources(partner, self.triggers.get(partner.i) or Trigger(partner.lemma_, trigger.type,
                                                                                  trigger.cameo, "verb"))
        if trigger.type == "REJECT" and no_party(sources):
            sources = [self.charge_denier(token)]   # "..., a charge Kigali has denied"
        if trigger.type == "COERCE" and no_party(sources):
            sources = [self.arresting_reporter(token, trigger)   # "police said 12 were arrested"
                       or self.ruling_government(token, trigger)]   # "... gatherings are banned" under a decree
        targets = self.parsed_targets(token, trigger, sources[0]) or [None]
        if trigger.type == "REJECT" and no_party(targets):
            targets = [self.charge_author(token, sources[0])]   # the one who made the charge denied
        patient = self.patient_possessor(token) if trigger.pos == "noun" else None
        if patient is not None and no_party(targets):
            targets = [actor_for_token(patient)]   # "Navalny's arrest": the one arrested
        if trigger.pos == "noun" and no_party(sources):
            sources = [self.expelling_country(token)]   # "expulsions of Russian diplomats from Britain"
        if trigger.pos == "noun" and trigger.type in SELF_DIRECTED_TYPES and no_party(sources):
            sources = [self.forces_of(token) or None]
        if trigger.pos == "noun" and trigger.type == "PROTEST" and no_party(sources) and self.names_a_crowd(token):
            sources = [self.crowd(token)]
        sources, targets = self.own_forces(trigger, sources, targets)
        targets = self.without_pledged_forces(token, trigger, sources, targets)
        if trigger.mode == "ceasefire" and trigger.pos == "verb" and no_party(targets):
            targets = [self.truce_partner(token, sources[0])]   # "agreed to a ceasefire with the army"
        if trigger.mode == "ceasefire" and len(sources) > 1 and no_party(targets) \
                and (token.lemma_.lower() == "agree" or token.lemma_.lower() in self.words["reciprocal_verbs"]):
            return self.reciprocal(token, trigger, sources)   # "X and Y agreed to a ceasefire": each with the other
        if no_party(targets) and self.pledges_to_send(token, trigger):
            targets = [self.joined_mission_host(token, sources)]   # "... to join the mission" (in Haiti)
        if trigger.pos == "noun" and no_party(sources):
            sources, targets = self.split_between(token, targets)
        if trigger.pos == "verb" and no_party(sources):
            sources, targets = self.split_bound_parties(token, trigger, targets)
        if trigger.pos == "noun" and trigger.type == "CONSULT" and no_party(sources) and no_party(targets):
            sources, targets = self.parties_of_outcome(token)
        if trigger.type == "AGREE" and no_party(sources) and (is_lacked(token) or has_no_object(token)):
            sources, targets = self.parties_of_talks_without(token)
        if trigger.type == "CONSULT" and trigger.pos == "noun" and no_party(targets):
            targets = [self.call_addressee(token)]   # "apologised to Aliyev in a phone call"
        if trigger.type == "CONSULT" and trigger.pos == "verb" and no_party(targets):
            # the parties of hosted talks, or of what a mediator brokered
            targets = self.hosted_parties(token, sources[0]) or self.mediated_parties(token, sources[0]) or [None]
        if trigger.type == "REQUEST" and trigger.pos == "noun" and no_party(targets):
            targets = [self.answering_party(token, sources[0])]   # "deployed troops at Baghdad's invitation"
        if trigger.type == "REQUEST" and trigger.pos == "verb" and no_party(targets):
            targets = [self.convened_body(token, sources[0])]   # "requested a meeting of the Security Council"
        if no_party(targets):
            targets = [self.aimed_target(token, sources[0])]
        if trigger.type in DESTINATION_PREPOSITIONS and no_party(targets):
            targets = [self.destination(token, trigger.type, sources[0])]
        if trigger.type in ("CONSULT", "AGREE") and no_party(targets):
            targets = [self.visited_country(token, trigger, sources[0])]   # "his visit to Baghdad"
        if trigger.type == "CONSULT" and no_party(targets) and len(sources) == 1:
            targets = [self.venue_country(token, sources[0])]   # "held talks in Cairo"
        if trigger.type == "MOBILIZE" and no_party(targets):
            targets = [self.border_country(token, sources[0])]
        if trigger.pos == "verb" and trigger.type in PROVOKED_TYPES and no_party(targets):
            targets = [self.provoker(token, sources[0])]
        spoken_noun = trigger.pos == "noun" and quad_class(trigger.cameo) in (1, 3)
        if spoken_noun and no_party(targets) and sources[0] is not None:
            targets = [self.respondent(token, sources[0])]
        if trigger.pos == "noun" and trigger.type == "ASSAULT" and no_party(targets):
            targets = [self.outcome_victims(token, sources[0])]
        if trigger.type == "ASSAULT" and no_party(targets):
            targets = [self.reacting_party(token, sources[0])]
        if trigger.pos == "verb" and takes_content(token, trigger) and no_party(targets):
            targets = self.coordinated_addressees(token, sources[0]) or [None]
        if trigger.pos == "verb" and trigger.type == "THREATEN" and no_party(targets):
            targets = [self.conditioned_party(token, sources[0])]   # "... if Israel strikes"
        if len(sources) > 1 and token.lemma_.lower() in self.words["reciprocal_verbs"] \
                and (no_party(targets) or (trigger.objects and not has_partner_phrase(token))):
            # "Russia and Ukraine swapped 300 prisoners": what they exchange is no party of its own
            return self.reciprocal(token, trigger, sources)
        given = self.is_given(token, trigger) or self.pledges_to_send(token, trigger)   # "X and Y presented a proposal": together, to others
        joint = trigger.type in SYMMETRIC_TYPES or is_joint_act(token) or is_agreed_yield(token, trigger)
        if len(sources) > 1 and joint and no_party(targets) and not given:   # "X and Y held joint drills": one event between them, as for a meeting
            sources, targets = sources[:1], sources[1:]   # "Ethiopia and Somalia agreed" -> ETH -> SOM
        return self.assemble(token, trigger, sources, targets)

    def parties_of_the_call(self, token: Token, trigger: Trigger) -> tuple[list, list] | None:
        """"Oman's minister said he had spoken with Houthi negotiators and US officials to urge
        restraint", "called the Iranian president to press for a truce": an appeal in the infinitive of
        purpose of a call, talk or meeting (a coded CONSULT verb) is made by the caller to whom the call
        reached: the sources and targets of that CONSULT's events. None for any other trigger."""
        if trigger.type != "REQUEST" or token.dep_ != "advcl" or token.tag_ != "VB":
            return None
        if not is_infinitive(token):
            return None
        call = self.triggers.get(token.head.i)
        if call is None or call.type != "CONSULT" or call.pos != "verb":
            return None
        events = [e for e in self.coded if e.trigger.start == token.head.idx and e.type == "CONSULT"]
        if not events or events[0].source is None:
            return None
        targets = [e.target for e in events if e.target is not None]
        if not targets:
            return None   # "flew to Washington to appeal to the attorney general": the appeal's own parse
        return [events[0].source], targets

    @staticmethod
    def without_pledged_forces(token: Token, trigger: Trigger, sources: list, targets: list) -> list:
        """"Jamaica and the Bahamas pledged to send soldiers and police": the forces a pledger
        promises to send (PLEDGE_SENDING_VERBS) are its own, not whom the pledge is made to, when the
        resolver gives them the country of a pledger; they are dropped from the targets."""
        pledgers = {s.country for s in sources if s is not None and s.country}
        if not _Coder.pledges_to_send(token, trigger) or not pledgers:
            return targets
        kept = [t for t in targets if t is None or t.sector not in ("MIL", "COP") or t.country not in pledgers]
        return kept or [None]

    @staticmethod
    def convened_body(verb: Token, source: Actor | None) -> Actor | None:
        """"Russia requested an emergency meeting of the UN Security Council", "Israel asked for an
        urgent session of the council", "would seek a special sitting of the assembly": a request for a
        meeting (``CONVENED_MEETINGS``) of a body, as the verb's object or its "for" object, asks that
        body to meet: the body is the request's target."""
        meetings = [c for c in children_of(verb) if c.dep_ == "dobj"]
        meetings += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"
                     for g in children_of(c) if g.dep_ == "pobj"]
        for meeting in meetings:
            if meeting.lemma_.lower() not in CONVENED_MEETINGS:
                continue
            body = next((g for c in children_of(meeting) if c.dep_ == "prep" and c.lower_ == "of"
                         for g in children_of(c) if g.dep_ == "pobj"), None)
            actor = actor_for_token(body) if body is not None else None
            if actor is not None and not (source is not None and actor.code == source.code):
                return actor   # (not "the lawmakers requested a session of parliament": their own body)
        return None

    def answering_party(self, noun: Token, source: Actor | None) -> Actor | None:
        """"Uganda deployed special forces to Juba at President Kiir's request", "troops were sent at
        Baghdad's invitation": a request an act was done "at" is addressed to whoever did that act."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.head.i == prep.i or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = prep.head
        found = self.triggers.get(verb.i)
        doer = self.source(verb, found) if found is not None else None
        if doer is None:
            subject = self.subject_of(verb)
            doer = actor_for_token(subject) if subject is not None else None
        return None if doer is None or same_actor(doer, source) else doer

    def is_hostless_trip(self, token: Token, trigger: Trigger) -> bool:
        """"The president arrived in Philadelphia", "the governor, who visited the village on Monday",
        "flew to Nukus", "his first visit since the election": a trip (a visit by a verb or noun of
        travel, ``TRAVEL_VERBS``, or a verb of arriving, ``arrival_verbs``) whose host no finder found
        is no meeting: a trip home or to a mere place. Hosting talks or a round stays one."""
        if trigger.mode != "visit":
            return False
        lemma = token.lemma_.lower()
        return lemma in TRAVEL_VERBS or (trigger.pos == "verb" and lemma in self.lexicon.lower_words("arrival_verbs"))

    @staticmethod
    def pledges_to_send(token: Token, trigger: Trigger) -> bool:
        """An AGREE verb whose content is sending something ("pledged to send soldiers"): coordinated
        pledgers give together, to a third party, not to each other ("agreed to send a joint team" is
        still an agreement between them)."""
        return trigger.pos == "verb" and trigger.type == "AGREE" and token.lemma_.lower() in PLEDGE_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in PLEDGE_SENDING_VERBS for c in children_of(token))

    @staticmethod
    def is_given(token: Token, trigger: Trigger) -> bool:
        """"Egyptian and Qatari mediators presented a new ceasefire proposal", "a proposal from Lula and
        Petro": a joint-act noun handed over by a giving verb (GIVING_VERBS), or a statement noun
        "from" its makers, is offered by its coordinated parties together, to someone else; they are
        not the two parties of the act."""
        if trigger.pos != "noun":
            return False
        if quad_class(trigger.cameo) in (1, 3) and any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(token)):
            return True   # "a proposal from Lula and Petro": made together, to someone else
        return token.dep_ == "dobj" and token.head.lemma_.lower() in GIVING_VERBS

    def split_between(self, token: Token, targets: list) -> tuple[list, list]:
        """"clashes between police and students", "a ceasefire between Colombia's government and the
        ELN": a doerless event noun whose targets are the parties of its "between" phrase has the
        first of them as source and the others as targets (the gold's reading of such pairs)."""
        parties = self.between_parties(token)
        named = {t.code for t in targets if t is not None}
        if len(parties) < 2 or not named or not named <= {p.code for p in parties}:
            return [None], targets
        return parties[:1], parties[1:]

    def split_bound_parties(self, token: Token, trigger: Trigger, targets: list) -> tuple[list, list]:
        """"a draft text would commit Ethiopia and Sudan to a ceasefire", "the accord binds Chile
        and Peru": a joint act (agreement, talks, cooperation) whose subject is a text (DOCUMENT_NOUNS),
        not an actor, is done by the parties it names as objects: the first is the
        source and the others its targets, as for "X and Y agreed"."""
        if trigger.type not in SYMMETRIC_TYPES or len(targets) < 2 or any(t is None or not t.country for t in targets):
            return [None], targets
        subject = self.subject_of(token)
        if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS or actor_for_token(subject) is not None:
            return [None], targets
        return targets[:1], targets[1:]

    def parties_of_outcome(self, noun: Token) -> tuple[list, list]:
        """"X and Y agreed to a truce after ten days of talks": talks with no party of their own,
        that a joint act (agreement, talks, cooperation) of two or more named parties came "after"
        or "following", were held by those parties: the first is the source, the others targets."""
        verb = self.joint_act_after(noun)
        if verb is None:
            return [None], [None]
        parties = [p for p in self.sources(verb, self.triggers[verb.i]) if p is not None and p.country]
        if len(parties) < 2:
            return [None], [None]
        return parties[:1], parties[1:]

    def parties_of_talks_without(self, noun: Token) -> tuple[list, list]:
        """"Trump and Putin ended three hours of talks without a deal", "talks between Japanese and
        Chinese diplomats ended without agreement", "held talks, but no agreement was reached": the
        agreement the talks did not reach is between the parties of the last consultation coded in the
        sentence before it ([None], [None] when there is none)."""
        sentence = sentence_of(noun)
        talks = [e for e in self.coded if e.type == "CONSULT" and e.source is not None and e.target is not None
                 and sentence.start_char <= e.trigger.start < noun.idx]
        if not talks:
            return [None], [None]
        return [talks[-1].source], [talks[-1].target]

    def joint_act_after(self, noun: Token) -> Token | None:
        """The verb a noun's "after/following (N days / rounds of) ..." phrase hangs on, or the verb
        governing that one, when it is a coded joint act (SYMMETRIC_TYPES)."""
        node = span_holder(noun) or noun
        if node.dep_ != "pobj" or node.head.lower_ not in ("after", "following"):
            return None
        verb = node.head.head
        for _ in range(2):   # "agreed to reopen the crossing after five days of talks": the governing verb
            trigger = self.triggers.get(verb.i)
            if trigger is not None and trigger.pos == "verb" and (trigger.type in SYMMETRIC_TYPES
                                                                   or is_agreed_yield(verb, trigger)):
                return verb
            if verb.dep_ != "xcomp":
                return None
            verb = verb.head
        return None

    def parsed_targets(self, token: Token, trigger: Trigger, source: Actor | None) -> list[Actor]:
        """The first of the target finders that finds someone other than the source itself ("Sudan
        recalled its ambassador to Ethiopia": not SDN, but ETH): the doer of an act a response is
        about, the lexicon's paths, a content clause's object, then the fallback attachments (a
        denial's complement is the denied act, never its target)."""
        denial = self.denies_an_act(token)
        finders = (lambda: self.act_owner_targets(token, trigger, source),
                   lambda: self.targets(token, trigger),
                   lambda: [] if denial else self.complement_targets(token, source),
                   lambda: [] if denial else self.fallback_targets(token, trigger, source),
                   lambda: [] if denial else self.nested_targets(token, trigger, source))
        own_kind = is_dismissal(token, trigger)   # "dismissed the government": its own, and still the target
        for finder in finders:
            found = [t for t in finder() if (own_kind or not same_actor(t, source))
                     and not (trigger.type == "THREATEN" and self.is_own_state(token, t, source))]
            if found:
                return found
        return []

    def is_told_ahead(self, token: Token) -> bool:
        """The trigger or a verb above it takes a future auxiliary (``future_auxiliaries``: "will begin
        receiving asylum seekers deported ... in July"): its date, however it was resolved, is not a
        past one."""
        future = self.words["future_auxiliaries"]
        return any(c.dep_ == "aux" and c.lower_ in future for t in (token, *token.ancestors) for c in children_of(t))

    def is_own_state(self, token: Token, actor: Actor | None, source: Actor | None) -> bool:
        """"The minister warned that the army could launch an offensive", "said its armed forces were
        ready to defend the country": a state threatener's own country's forces that carry the threat
        out (the subject of a clause inside it) or its own homeland ("the country", "the nation") are
        never the threat's target ("the army warned the government" stays a target)."""
        if actor is None or source is None or not source.country or actor.country != source.country:
            return False
        if source.sector not in ("GOV", "MIL", "COP") or actor.sector not in ("GOV", "MIL", "COP", None):
            return False
        if actor.text.lower() in HOMELAND_WORDS:
            return True
        doers = [w for w in token.subtree if w.dep_ in ("nsubj", "nsubjpass") and w.head is not token
                 and w.head.pos_ in ("VERB", "AUX", "ADJ")]
        named = actor.text.lower()
        return any(self.phrase_up_to(d).lower().endswith(named) or d.lower_ == named for d in doers)

    def phrase_up_to(self, word: Token) -> str:
        """The text of ``word``'s phrase from its first word to ``word`` itself ("Israel's army")."""
        return doc_text(self.doc)[min(t.idx for t in word.subtree): word.idx + len(word.text)]

    def assemble(self, token: Token, trigger: Trigger, sources: list, targets: list) -> list[Event]:
        """The events of one trigger for its sources x targets, with everything else it carries."""
        source = sources[0]
        fatalities, injured, approximate = self.casualties(token)
        arrested, vague_arrests = self.arrests(token)
        approximate = approximate or vague_arrests
        if trigger.pos == "noun" and source is None and no_party(targets) and fatalities is None:
            return []   # a bare noun with no actor and no victims is rarely a codable event
        context = list(trigger.context) + self.modality(token)
        if approximate:
            context.append("approximate")
        reporter = self.reporter(token, source)
        if reporter and self.is_accusation(token):
            context.append("claimed")
        date = date_in_index(token, self.timexes_at(), self.published)
        if is_background_date(date.value, self.published) and not self.is_told_ahead(token):
            context.append("historical")
        sent = sentence_of(token)
        place = place_for_token(token, self.place_at) or place_for_sentence(sent, self.place_at)
        if trigger.type == "RETREAT" and no_party(targets):
            targets = [self.territory_owner(place, sources[0])]
        if trigger.type == "ASSAULT":
            targets = [self.victims_where_hit(target, sources[0], place) for target in targets]
        # the people deported or turned back at a border are no target of the country they are in:
        # they are foreigners
        located = trigger.type in LOCATED_TARGET_TYPES and no_party(targets) and trigger.mode not in UNLOCATED_MODES
        if located:   # weaker than a parsed target: not scored as one
            targets = [self.inferred_target(token, trigger, sources[0], place)]
            if same_actor(targets[0], sources[0]):
                targets = [None]   # the source's own place: no target, and the event is kept for one
        if no_party(targets) and self.is_hostless_trip(token, trigger):
            return []   # arriving at home or at a mere place; a trip to no host ("visited the village")
        if trigger.type == "AID" and no_party(targets):
            targets = [self.aided_country(place, sources[0])]   # aid goes where it is given
            located = located or not no_party(targets)
        if trigger.type == "ASSAULT" and no_party(targets):
            targets = [self.armed_counterpart(sources[0], token)]   # "our forces returned fire" in a two-country dispute
            located = located or not no_party(targets)
        if trigger.type in ("ASSAULT", "COERCE") and no_party(targets):
            targets = [self.answering_force(token, sources[0])]   # "... and the soldiers fired tear gas"
            located = located or not no_party(targets)
        seizure = trigger.type == "COERCE" and no_party(targets) and self.seizes_goods(token)
        if seizure:   # "seized seven rifles": the owner of what is taken, else no one
            targets = [self.seized_owner(token, sources[0])]
        if not seizure and trigger.type in DOMESTIC_TYPES and no_party(targets) \
                and trigger.mode not in UNLOCATED_MODES and self.is_domestic_measure(token, trigger):
            targets = [self.own_public(sources[0])]
            located = located or not no_party(targets)
        if trigger.type == "REJECT" and no_party(targets) and token.lemma_.lower() in self.words["denial_verbs"]:
            targets = [self.accuser(token, sources[0]) or self.denied_attack_victim(token, sources[0])]
        if trigger.type == "AGREE" and no_party(targets):
            targets = self.offered_talks_parties(token, sources[0]) or targets   # "offered to host talks between ..."
        if trigger.type in COUNTERPART_TYPES and no_party(targets) and not (
                trigger.type == "AGREE" and self.partner_is_no_party(token)) and not (
                trigger.type == "THREATEN" and threatens_the_unnamed(token)):
            # a bare refusal ("Ethiopia has refused") answers the latest exchange its author took part
            # in; no rejection is aimed at the article's other country merely for being it
            if trigger.type != "REJECT":
                targets = [self.counterpart(sources[0], token) or self.recent_counterpart(token, sources[0])
                           or self.repeated_act_target(token, trigger, sources[0])]
            elif is_bare_refusal(token):
                targets = [self.recent_counterpart(token, sources[0])]
            located = located or not no_party(targets)
        if trigger.type == "THREATEN" and no_party(targets):
            # "vowed counter-attacks" after an offensive; "warned that any attack by X would ..."
            targets = [self.answered_attacker(token, sources[0]) or self.deterred_party(token, sources[0])]
            located = located or not no_party(targets)
        if trigger.type == "REQUEST" and no_party(targets) and self.asks_for_calm(token):
            targets = self.violence_parties(token, sources[0]) or [None]   # "urged restraint" after violence
            located = located or not no_party(targets)
        if trigger.type in PROTEST_PURPOSE_TYPES and no_party(targets):
            targets = [self.protest_purpose_target(token, sources[0])]
            located = located or not no_party(targets)
        mode = trigger.mode or self.absorbed_mode(token)
        events = []
        statement = trigger.pos == "verb" and quad_class(trigger.cameo) in (1, 3)
        for source, target in self.role_pairs(sources, targets, keep_lone_source=statement,
                                              keep_own_party=is_dismissal(token, trigger)):
            inferred = target is not None and (located or not self.named_in(target, sent))
            borrowed = self.source_borrowed(source, sent)
            scored = None if inferred else target
            scored_source = None if borrowed else source
            raw = self.confidence(trigger, scored_source, scored, context)
            reported = reported_by_another(reporter, source, context)
            confidence = calibrated(features(raw, scored_source, scored, context, reported), self.weights)
            # a target guessed from the scene counts only as the territory hit, never as a force there
            claimed = ["claimed"] if is_harmed_side_report(trigger.type, reporter, source, target) \
                and not (inferred and target.sector is not None) else []
            events.append(Event(
                id=self.event_id(token, trigger, target, source if source is not sources[0] else None),
                type=trigger.type, mode=mode, context=self.event_context(context + claimed, inferred, borrowed),
                cameo=trigger.cameo,
                goldstein=self.lexicon.goldstein(trigger.cameo), quad_class=quad_class(trigger.cameo),
                source=source, target=target, date=date, place=place,
                **self.counts_for(token, target, len(targets), fatalities, arrested),
                injured=injured, casualties_approximate=approximate,
                reported_by=reporter,
                trigger=Span(text=token.text, start=token.idx, end=token.idx + len(token.text)),
                evidence=self.evidence(sent),
                confidence=confidence,
            ))
        return events

    def timexes_at(self) -> dict:
        """The doc's ``timex_index`` (token index -> timex and basis), read once per doc: the times
        component's index does not change while the events are coded."""
        if self.timex_at is None:
            self.timex_at = timex_index(self.doc)
        return self.timex_at

    @staticmethod
    def role_pairs(sources: list, targets: list, keep_lone_source: bool = False,
                   keep_own_party: bool = False) -> list[tuple]:
        """The (source, target) pairs of one trigger, less a party acting on itself. With
        ``keep_lone_source`` (a statement verb), a lone source whose every target is itself keeps its
        event with no target: such a target comes from a fallback (the accuser a denial answers, the
        counterpart of an earlier exchange) that went back to the speaker's own side, and "Hezbollah
        denied any role" is still a denial. (An act noun whose only party is itself, "his abduction"
        read as Britain's, was misread and stays dropped.) With ``keep_own_party`` (a dismissal) a
        party's act on its own kind is kept ("the president dismissed the government")."""
        pairs = [(s, t) for s in sources for t in targets if keep_own_party or not is_self_directed(s, t)]
        if not pairs and keep_lone_source and len(sources) == 1 and sources[0] is not None and targets:
            return [(sources[0], None)]
        return pairs

    @staticmethod
    def named_in(actor: Actor, sent) -> bool:
        """Whether the words that name ``actor`` are in ``sent``: a target taken from an earlier
        sentence (the doer of "the move", the accuser a denial answers) is not."""
        return bool(actor.text) and named_in_sentence(actor.text, sent)

    @staticmethod
    def event_context(context: list[str], target_inferred: bool, source_inferred: bool = False) -> list[str]:
        """The event's flags; ``target-inferred`` when its target was not found in the sentence but
        taken from where the event happened, the article's pair of countries or an earlier exchange,
        so users can tell (and filter) a parsed target from a context one; ``source-inferred`` likewise
        for a source taken from another sentence."""
        flags = {"target-inferred"} if target_inferred else set()
        flags |= {"source-inferred"} if source_inferred else set()
        return sorted(set(context) | flags)

    def event_id(self, token: Token, trigger: Trigger, target: Actor | None, extra_source: Actor | None = None) -> str:
        key = f"{self.doc_hash}:{token.idx}:{trigger.type}:{target.code if target else ''}"
        if extra_source is not None:
            key += f":{extra_source.code or extra_source.text}"
        return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]

    def evidence(self, sent) -> Evidence:
        """The trimmed sentence ``sent`` as an event's evidence, built once per sentence of the doc
        (its triggers' events share it: an Evidence is never changed in place, only copied)."""
        kept = self.evidence_at.get(sent.start)
        if kept is None:
            from eventwire.pipeline import trimmed_span

            start, end = trimmed_span(doc_text(self.doc), sent.start_char, sent.end_char)
            kept = self.evidence_at[sent.start] = Evidence(sentence=sentence_number(sent[0]), start=start, end=end,
                                                           text=doc_text(self.doc)[start:end])
        return kept

    @staticmethod
    def confidence(trigger: Trigger, source: Actor | None, target: Actor | None, context: list[str]) -> float:
        """A heuristic in [0, 1]: resolved roles and verbal triggers raise it, vague ones lower it."""
        score = 0.4 + (0.25 if source and source.country else 0.1 if source else 0.0)
        score += 0.2 if target and target.country else 0.1 if target else 0.0
        score += 0.1 if trigger.pos == "verb" else 0.0
        if "hypothetical" in context:
            score -= 0.1
        return round(max(0.0, min(1.0, score * trigger.weight)), 2)


def coordinated_finite_verb(verb: Token) -> Token | None:
    """The finite verb a past or present-tense conjunct really goes with when the parser hung it on
    that verb's infinitive complement ("urged both sides to avoid provocations and offered to host
    talks": "offered" goes with "urged", not "avoid"); None for any other verb."""
    if not is_finite_conjunct_of_infinitive(verb):
        return None
    infinitive = verb.head
    governor = infinitive.head
    if is_modal_clause_verb(infinitive) and infinitive.dep_ == "ccomp" and governor.i != infinitive.i \
            and governor.tag_ in FINITE_TAGS and not has_own_subject(verb):
        return governor   # "warned that aid could be cut and urged the government ...": "urged" goes with "warned"
    if infinitive.dep_ not in ("xcomp", "advcl") or governor.i == infinitive.i or governor.tag_ not in FINITE_TAGS:
        return None
    if not is_infinitive(infinitive):
        return None   # "... cross the border and fired on the patrol": no infinitive to be misread
    return governor


def offering_verb(noun: Token, trigger: Trigger) -> Token | None:
    """The verb whose subject declares itself open or ready to talks ("Bogota remained open to
    dialogue": "remained"), for an offer of talks coded on the talks noun (AGREE 036); None otherwise."""
    if trigger.pos != "noun" or trigger.cameo != "036" or noun.dep_ != "pobj":
        return None
    adjective = noun.head.head
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.i == adjective.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


def issuing_verb(verb: Token) -> Token | None:
    """The verb that put out the statement a participle describes ("Egypt issued a statement
    condemning the strike", "the council passed a resolution demanding a withdrawal": "issued",
    "passed"), whose subject speaks through it; None for any other verb."""
    statement = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or statement.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    issuer = statement.head
    if statement.dep_ != "dobj" or issuer.i == statement.i or issuer.lemma_.lower() not in ISSUING_VERBS:
        return None   # "condemned a resolution demanding ...", "found a note threatening ...": not theirs
    return issuer


def no_party(parties: list) -> bool:
    """Whether a side is the lone empty party ``[None]`` (what ``parties == [None]`` tells, without an
    equality call on each actor held: a side is asked this some twenty times per trigger; ``build`` and
    ``assemble`` test the trigger's type and part of speech first, so most of those asks are skipped)."""
    return isinstance(parties, list) and len(parties) == 1 and parties[0] is None


# Words for whoever did or will do something, unnamed: "those behind the attack", "anyone who harmed".
UNNAMED_CULPRITS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody", "perpetrator",
                              "perpetrators", "culprit", "culprits"})


def threatens_the_unnamed(verb: Token) -> bool:
    """"vowed that those behind the attack would be punished", "warned that anyone spreading claims will
    be prosecuted", "vowed to hold anyone who harmed civilians to account": a threat of punishment aimed
    at whoever did it, unnamed, is aimed at no one the article names, never at its other country."""
    content = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp")]
    return any(w.lower_ in UNNAMED_CULPRITS and w.dep_ in ("nsubj", "nsubjpass", "dobj")
               for clause in content for w in clause.subtree)


def is_self_directed(source: Actor | None, target: Actor | None) -> bool:
    """Both sides are the same coded, country-bearing party."""
    return bool(source and target and source.code == target.code and source.country)


def noun_before(word: Token) -> Token | None:
    """The noun just before ``word`` in its sentence, past commas and dashes: a relative pronoun's antecedent."""
    for token in reversed(word.doc[word.sent.start: word.i]):
        if token.is_punct:
            continue
        return token if token.pos_ in ("NOUN", "PROPN") else None
    return None


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
