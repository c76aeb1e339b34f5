"""The modality flags of an event's context: negated, future, hypothetical; whether the trigger is
reported as an accusation or by the harmed side (the event is then ``claimed``); and whether its
date lies well before the news (``historical``)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.extract.extensions import sentence_bounds, sentence_number
from eventwire.extract.events.roles import STATE_SECTORS, is_under_without
from eventwire.extract.events.state import CoderState
from eventwire.extract.events.triggers import children_of, is_infinitive
from eventwire.models import Actor

# An event dated more than this many months before publication is background ("historical").
HISTORICAL_MONTHS = 6
# The last month of a TIMEX3 season, quarter or half-year value ("2024-SU", "2023-Q3", "2022-H1").
PART_END_MONTHS = {"WI": 2, "SP": 5, "SU": 8, "FA": 11, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12}
# Hostile acts whose report by the harmed side is that side's claim, and the sectors of a party
# to a conflict (a state's organs, roles.STATE_SECTORS, or an armed movement) whose word is a claim.
CLAIMABLE_TYPES = frozenset({"ASSAULT", "COERCE"})
ARMED_PARTY_SECTORS = frozenset({"REB", "SEP"})


class Modality(CoderState):
    """Context flags read from the trigger's auxiliaries, negation and governors."""

    def is_accusation(self, token: Token) -> bool:
        """An act told inside an accusation's clause is claimed; the accused party's answer to it
        ("..., a charge Islamabad rejected") is that party's own act, not part of the charge."""
        if self.is_denied_charge(token):
            return False   # however the parser hangs the apposition ("appos", "dobj", "relcl")
        return any(a.lemma_.lower() in self.words["accusation_verbs"] for a in token.ancestors)

    def modality(self, token: Token) -> list[str]:
        if token.i in self.refusals:
            return []
        flags = []
        governed = (token.dep_ in ("xcomp", "dobj", "pobj") or is_infinitive_clause(token)) \
            and not self.told_in_past(token)
        chain = [token, *list(token.ancestors)[:2]] if governed else [token]
        chain += shared_verb(token)
        if any(c.dep_ == "neg" for t in chain[:2] for c in children_of(t)) or self.is_withheld_judgement(token) \
                or has_no_object(token) or has_neither_subject(token) or is_denied_noun(token) \
                or is_nor_conjunct(token) or self.is_prevented(token) or is_lacked(token):
            flags.append("negated")
        shared = shared_verb(token)
        means = self.means_governor(token)
        chain += means
        auxiliaries = {c.lower_ for t in chain for c in children_of(t) if c.dep_ in ("aux", "auxpass")}
        told_ahead = self.future_in_past(chain) if "would" in auxiliaries else None
        modal = auxiliaries & self.words["hypothetical_auxiliaries"]
        if told_ahead is not None:
            modal = modal - {"would"}   # reported "will": future, not a hypothesis
            if self.is_threat_trigger(token):
                told_ahead = None   # "said it would strike Iraq unless ...": a threat is about what may come
        if auxiliaries & self.words["future_auxiliaries"] or told_ahead is not None or any(
                self.governed_by(t, self.words["future_governors"]) for t in [token, *shared, *means]) \
                or self.is_planned_act(token):
            flags.append("future")
        if modal or any(
            c.dep_ == "mark" and c.lower_ in self.words["hypothetical_marks"] for t in chain for c in children_of(t)
        ) or self.has_condition(chain[1:]) or self.is_supposed(token) or self.is_obligation(token) \
                or self.is_possible_act(token) or self.is_possible_outcome(token) \
                or (told_ahead is not None and self.is_conditional_announcement(token, told_ahead)):
            flags.append("hypothetical")
        return flags

    def is_conditional_announcement(self, token: Token, verb: Token) -> bool:
        """"said Kenya would send 1,000 more soldiers if the African Union secured funding": an
        announced act with a condition of its own may not come."""
        return self.has_condition([verb])

    def is_threat_trigger(self, token: Token) -> bool:
        """The token is coded as a threat, which is by nature about what may come: the gold gives a
        reported threat ("said the army would use air strikes if needed") no future or hypothetical flag."""
        trigger = self.triggers.get(token.i)
        return trigger is not None and trigger.type == "THREATEN"

    def future_in_past(self, chain: list[Token]) -> Token | None:
        """"the minister said the army would send 1,200 more soldiers", "told reporters that Kenya
        would send troops if ...": "would" in a clause reported by a past-tense speech verb is the
        reported "will", an act announced for later (future), not a hypothesis; a condition on that
        clause ("if the African Union secured funding") still makes it hypothetical. Returns the verb
        that carries "would" in such a clause, else None ("Russia would respond", said by no one,
        stays hypothetical)."""
        verb = next((t for t in chain if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "would"
                                              for c in children_of(t))), None)
        if verb is None:
            return None
        clause = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
        speaker = clause.head
        if clause.dep_ != "ccomp" or speaker.i == clause.i or speaker.tag_ not in ("VBD", "VBN"):
            return None
        return verb if speaker.lemma_.lower() in self.words["speech_verbs"] else None

    def is_planned_act(self, token: Token) -> bool:
        """An act looked forward to, told in a time clause of a future verb, or named by a noun with a
        modifier of plan ("the planned visit")."""
        return self.is_awaited(token) or self.is_time_clause_ahead(token) or self.has_mood_modifier(token, "future")

    def is_possible_outcome(self, token: Token) -> bool:
        """An act held out as a prospect, named by a noun with a modifier of possibility ("a possible
        strike"), or sought by a reward."""
        return self.is_prospect(token) or self.has_mood_modifier(token, "hypothetical") \
            or self.is_rewarded_outcome(token)

    def means_governor(self, token: Token) -> list[Token]:
        """"could start a war by attacking Jordan", "will not lend its police to assist the raid": a
        gerund under a preposition of means (``means_prepositions``), or an infinitive of purpose,
        shares the mood of the nearest verb above it (its auxiliaries and marks, not its negation,
        which is read from the first two links). Time and manner prepositions ("for attacking", "as
        protesting teachers ...") do not pass it on."""
        purpose = token.dep_ == "advcl" and is_infinitive(token)
        means = token.dep_ == "pcomp" and token.head.lower_ in self.lexicon.lower_words("means_prepositions")
        if not (means or purpose):
            return []
        for node in list(token.ancestors)[:3]:
            if node.pos_ in ("VERB", "AUX"):
                return [node]
        return []

    def is_awaited(self, token: Token) -> bool:
        """"looked forward to visiting Kenya": an act under a phrase of looking ahead
        (``future_phrases``, a verb and its adverb or particle) is one still to come."""
        phrases = self.lexicon.lower_words("future_phrases")
        node = token
        for _ in range(3):
            if node.dep_ not in ("pcomp", "pobj", "prep", "xcomp") or node.head.i == node.i:
                return False
            node = node.head
            if any(f"{node.lemma_.lower()} {c.lower_}" in phrases for c in children_of(node)
                   if c.dep_ in ("advmod", "prt")):
                return True
        return False

    def is_time_clause_ahead(self, token: Token) -> bool:
        """"the troops will remain until Iraq complies", "would be handed over once the group arrives":
        a present-tense verb in a time clause (``time_marks``) on a verb with a future or modal
        auxiliary tells an act still to come."""
        if token.dep_ != "advcl" or token.tag_ not in ("VBZ", "VBP") or token.head.i == token.i:
            return False
        if not any(c.dep_ == "mark" and c.lower_ in self.lexicon.lower_words("time_marks") for c in children_of(token)):
            return False
        modal = self.words["future_auxiliaries"] | self.words["hypothetical_auxiliaries"]
        return any(c.dep_ == "aux" and c.lower_ in modal for c in children_of(token.head))

    def is_prospect(self, token: Token) -> bool:
        """"held out the prospect of more aid", "the possibility of a meeting", "the threat of air
        strikes": an event noun under "of" on a noun of prospect (``prospect_nouns``) may come; it is
        not told as done."""
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        return prep.head.lemma_.lower() in self.lexicon.lower_words("prospect_nouns")

    def is_rewarded_outcome(self, token: Token) -> bool:
        """"a reward for information leading to the arrest of the bombers", "is offering a reward ...
        for information that leads to the capture": an event noun inside the "for" phrase of a reward
        (``reward_nouns``), or of the verb that offers one, is the outcome sought, not one that happened."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
            return False
        rewards = self.lexicon.lower_words("reward_nouns")
        path = list(token.ancestors)[:6]
        return any(node.lower_ == "for" and is_reward(node.head, rewards) for node in path)

    def has_mood_modifier(self, token: Token, flag: str) -> bool:
        """"a planned visit", "the proposed talks" (future); "a possible strike", "potential
        sanctions" (hypothetical): an event noun's own adjective or participle of plan or possibility
        (``planned_modifiers``, ``possible_modifiers``) sets its mood."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        key = "planned_modifiers" if flag == "future" else "possible_modifiers"
        words = self.lexicon.lower_words(key)
        return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in children_of(token))

    def is_supposed(self, token: Token) -> bool:
        """"Say the neighbours refused ...", "Imagine the uproar if the agency sues ...": an event
        under a sentence-opening imperative of supposing (``supposition_verbs``, no subject of its
        own) is a hypothesis."""
        opener = self.supposition_openers().get(sentence_number(token))
        if opener is None or opener.i >= token.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(opener)):
            return False   # "Say what you will": a statement, not a supposition
        over = {token.i, *(a.i for a in token.ancestors)}
        loose = opener.dep_ in ("dep", "intj", "advmod", "parataxis", "aux")   # the parser's readings of "Say"
        return opener.i in over or (loose and opener.head.i in over)

    def supposition_openers(self) -> dict[int, Token]:
        """The sentences (by number) whose first word is a verb of supposing (``supposition_verbs``),
        with that word: found in one pass over the doc's sentences, on the first question."""
        if self.openers is None:
            verbs = self.lexicon.lower_words("supposition_verbs")
            self.openers = {}
            doc = self.doc
            for number, (start, end) in enumerate(sentence_bounds(doc)):
                first = next((i for i in range(start, end) if doc[i].is_alpha), None)
                opener = doc[first] if first is not None else None
                if opener is not None and opener.lower_ in verbs:
                    self.openers[number] = opener
        return self.openers

    def is_obligation(self, token: Token) -> bool:
        """"Iran will have to engage with the inspectors", "Kyiv needs to negotiate", "the UN would be
        able to send troops": an act someone must, needs to or is able to do (``obligation_governors``
        over an infinitive) is not told as done; it is a hypothesis."""
        governors = self.lexicon.lower_words("obligation_governors")
        if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.i != token.i:
            token = token.head   # an event noun takes the mood of its light verb ("able to carry out a blockade")
        if self.is_weighed_act(token) or self.is_capable_of(token, governors):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i or token.head.lemma_.lower() not in governors:
            return False
        return is_infinitive(token)

    def is_weighed_act(self, token: Token) -> bool:
        """"is considering sending troops", "weighed imposing a curfew": an act a party only
        deliberates over (``deliberation_verbs`` with the act as gerund complement) is not done."""
        if token.dep_ not in ("xcomp", "dobj", "ccomp") or token.tag_ != "VBG" or token.head.i == token.i:
            return False
        return token.head.lemma_.lower() in self.lexicon.lower_words("deliberation_verbs")

    @staticmethod
    def is_capable_of(token: Token, governors: frozenset[str]) -> bool:
        """"were capable of deploying 300,000 troops": a gerund under "of" on an adjective of
        ability (``obligation_governors``) names an act that could be done, not one done."""
        prep = token.head
        if token.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.i == prep.i:
            return False
        return prep.head.lemma_.lower() in governors

    def is_prevented(self, token: Token) -> bool:
        """"blocked lawyers from visiting him": an act under the "from" of a preventing verb
        (``preventing_verbs``) did not happen."""
        prep = token.head
        if token.dep_ != "pcomp" or prep.lower_ != "from" or prep.head.i == prep.i:
            return False
        governor = prep.head
        if governor.pos_ in ("NOUN", "PROPN", "PRON") and governor.head.i != governor.i:
            governor = governor.head   # the parser may hang "from" on the object ("blocked lawyers from")
        return governor.lemma_.lower() in self.lexicon.lower_words("preventing_verbs")

    def is_possible_act(self, token: Token) -> bool:
        """"has the power to investigate", "was granted permission to appeal": an infinitive on a noun
        of ability, permission or wish (``ability_nouns``) names an act that may come, not one done;
        so does the infinitive a verb of permission governs ("an order allowing troops to shoot",
        ``permission_verbs``)."""
        if token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i and is_infinitive(token):
            return token.head.lemma_.lower() in self.lexicon.lower_words("permission_verbs")
        if token.dep_ != "acl" or token.head.i == token.i:
            return False
        if token.head.lemma_.lower() not in self.lexicon.lower_words("ability_nouns"):
            return False
        return is_infinitive(token)

    @staticmethod
    def told_in_past(token: Token) -> bool:
        """An event noun whose relative clause is in the past tense ("will investigate the shelling
        that killed nine soldiers"): a past event, which the governing verb's future or condition
        does not reach."""
        return any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in children_of(token))

    def has_condition(self, chain: list[Token]) -> bool:
        """"was willing to host talks if all parties agreed": a conditional clause on a governor of the
        event's verb makes it hypothetical (one on a threat's own verb is the threat's content)."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c))
                   for t in chain for c in children_of(t))

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
        return any(c.dep_ == "aux" and c.lower_ in self.words["future_auxiliaries"] | {"would"}
                   for c in children_of(token))

    def is_withheld_judgement(self, token: Token) -> bool:
        """"Beijing declined to criticize Gabon's junta", "refused to condemn the invasion": a judgement
        its author holds back is that judgement negated (gold codes ACCUSE, negated), not a refusal."""
        infinitive = token.dep_ == "advcl" and is_infinitive(token)
        if not (token.dep_ == "xcomp" or infinitive) or token.head.i == token.i:
            return False   # the small model reads "declined on Friday to criticize" as an adverbial clause
        if token.head.lemma_.lower() not in self.lexicon.lower_words("withholding_verbs"):
            return False   # the judging verbs are looked up only under a withholding verb
        judging = {w for w in self.words["no_comment_verbs"]
                   if any(t.type == "ACCUSE" for t in self.lexicon.verbs.get(w, ()))}
        return token.lemma_.lower() in judging


def is_reward(word: Token, rewards: frozenset[str]) -> bool:
    """``word`` is a reward noun, or a verb whose object or passive subject is one ("offered a reward")."""
    if word.lemma_.lower() in rewards:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rewards for c in children_of(word))


def has_no_object(token: Token) -> bool:
    """"No agreement was reached", "reached no deal", "no talks were held": a verb whose object (or
    passive subject) carries the determiner "no" did not happen."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    return any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in children_of(o))


def is_lacked(token: Token) -> bool:
    """"ended without a deal", "withdrew without agreement": an event noun after "without" did not happen."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and is_under_without(token)


def is_denied_noun(token: Token) -> bool:
    """"There had been no request from Uganda", "given no order to pull out": an event noun with the
    determiner "no", or a verb whose infinitive hangs on such a noun, did not happen."""
    if token.pos_ in ("NOUN", "PROPN"):
        return has_no_determiner(token)
    head = token.head
    return token.dep_ in ("acl", "relcl") and head.i != token.i and head.pos_ == "NOUN" \
        and is_infinitive(token) and has_no_determiner(head)


def has_no_determiner(noun: Token) -> bool:
    """The noun opens with the determiner "no"."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(noun))


def is_nor_conjunct(token: Token) -> bool:
    """"... has given no order, nor offered a date": a verb joined by "nor" is denied."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in children_of(token)) \
        or any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < token.i for c in children_of(token.head))


def has_neither_subject(token: Token) -> bool:
    """"Neither the minister nor his aides were charged": a verb whose subject opens with "neither"
    is denied of every conjoined subject."""
    subjects = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.dep_ in ("preconj", "det") and d.lower_ == "neither" for s in subjects for d in children_of(s))


def is_infinitive_clause(token: Token) -> bool:
    """"would allow families to sue": the small model often reads an infinitive after an object as a
    clausal complement (ccomp); like an xcomp it takes the governing verb's modality."""
    return token.dep_ == "ccomp" and token.pos_ in ("VERB", "AUX") \
        and is_infinitive(token)


def shared_verb(token: Token) -> list[Token]:
    """"Russia could mass troops and invade": a conjoined bare verb or participle with no subject or
    auxiliary of its own shares its first conjunct's auxiliaries; that conjunct joins the modality
    chain. A conjunct of another verb form ("would not stand by ... and threatened", where the
    participle tag is the small model's reading of a past tense) does not."""
    if token.dep_ != "conj" or token.tag_ not in ("VB", "VBG", "VBN") or token.head.i == token.i:
        return []
    own = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark"}
    if any(c.dep_ in own for c in children_of(token)):
        return []
    if token.head.tag_ == token.tag_:
        return [token.head]
    # "will begin withdrawing troops and release the prisoners": a bare verb joined to a gerund that
    # complements a governor is the governor's second complement and shares its auxiliaries
    head = token.head
    if token.tag_ == "VB" and head.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.i != head.i:
        return [head, head.head]
    return []


def latest_month(value: str) -> int | None:
    """The last month a TIMEX3 date value can mean, counted as year * 12 + month ("2024-04-12" and
    "2024-04" end in April 2024, "2024" in December, "2024-W10" in March, "2024-SU" in August); None
    for values with no year (``PRESENT_REF``) or a decade."""
    if len(value) < 4 or not value[:4].isdigit():
        return None
    year, rest = int(value[:4]), value[5:]
    if not rest:
        return year * 12 + 12
    if rest[:2].isdigit():
        return year * 12 + min(12, max(1, int(rest[:2])))
    if rest.startswith("W") and rest[1:3].isdigit():
        return year * 12 + min(12, int(rest[1:3]) * 12 // 52 + 1)
    month = PART_END_MONTHS.get(rest[:2])
    return year * 12 + month if month else None


@lru_cache(maxsize=4096)
def is_background_date(value: str | None, published: str | None) -> bool:
    """An event dated more than six months before the article's publication, however late in its
    period it fell ("in December 2023" in an August 2024 article, "in 2018"), is background to the
    news, not the news: wire stories recall such dates only to explain the day's events. (A function of
    two strings, kept: a doc's events share a few dates.)"""
    if not value or not published or len(published) < 7 or not published[:4].isdigit() or not published[5:7].isdigit():
        return False
    latest = latest_month(value)
    return latest is not None and int(published[:4]) * 12 + int(published[5:7]) - latest > HISTORICAL_MONTHS


def party_side(actor: Actor | None) -> tuple[str, bool] | None:
    """The side of the conflict an actor stands on: its country and whether it is the state (its
    government, forces, police, courts) or an armed movement; None for anyone else (media, NGOs,
    civilians, international bodies) or an actor with no country."""
    if actor is None or not actor.country:
        return None
    if actor.sector in STATE_SECTORS:
        return actor.country, True
    if actor.sector in ARMED_PARTY_SECTORS:
        return actor.country, False
    return None


def is_harmed_side_report(event_type: str, reporter: Actor | None, source: Actor | None,
                          target: Actor | None) -> bool:
    """A hostile act told by the side it fell on, a foreign party's attack on it ("Israeli strikes
    killed 45 people, the territory's health ministry said", "the Syrian Democratic Forces said
    Turkish drones had killed six of their fighters"), is that side's claim: the reporter is a state
    or armed party of the target's country, of another country than the doer's, and on the target's
    side (a state speaking for its forces, public or territory, a movement for its own fighters; a
    state reporting a foreign strike on rebels at home speaks for no victim)."""
    side = party_side(reporter)
    if event_type not in CLAIMABLE_TYPES or side is None or source is None or target is None:
        return False
    if not source.country or source.country == side[0] or target.country != side[0]:
        return False
    target_is_state = target.sector not in ARMED_PARTY_SECTORS | {"OPP", "PTY"}
    return target_is_state == side[1]
