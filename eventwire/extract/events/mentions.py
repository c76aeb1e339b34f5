"""Later mentions of an event already coded: "Thousands marched through Khartoum on Saturday ...
the march ended peacefully" reports one protest, not two; "soldiers were shelled on Monday ...
seven soldiers were killed in Monday's attack" one attack.

A noun trigger is such a mention when it is definite ("the march", "this week's strikes",
"Monday's attack"), names no doer of its own ("the withdrawal of Ethiopian troops" does, and gold
codes it as news), and an earlier sentence holds a coded event of its type that can be the same
occurrence: no date of either contradicts the other, and the two share a party in the same role
with no party in conflict (a target taken from context is no conflict). A verb of the same type
told of such a noun ("Ethiopia says the strikes targeted fighters") repeats the earlier event when
no stated dates disagree.

Whole events are merged too, after coding (``without_retold``): a material act that a later sentence
tells again with the same two coded parties, no stated date or place of its own and the same
reading is the earlier event, unless the later sentence says it is another ("again", "a second",
"renewed") or, for a measure other than an attack, names a measure of another kind (its mode: tear
gas fired and arrests made are two acts). On unseen real news such re-mentions were the largest cause of wrong events (rule 43).
A later telling that names no party of its own (no source; a target, if any, taken from its place:
"of those killed, 11 were killed in Tanzania") is merged too when no year or stated date of its own
sets it apart and its place can hold the first one (rule 47). A sentence printed twice word for word
gives one event of any kind. A definite event noun used as the frame of other news ("arrested in
connection with the bombing", "a suspect in the bombings", "since the blast") is the earlier event
of its type when the dates agree and the noun phrase carries no date of its own. A material act or a
visit named by its doer's possessive ("since Iraq's invasion", "the Pope's visit is important") is
the earlier event of its type whose source is of the same country, when the dates agree and the
phrase carries no date or year of its own (statements are left alone: "Russia's request" may be
another request).

A later telling that gives fewer parties than the first report is merged too (rule 55): the same doer
with no victim of its own ("the buildup of U.S. forces"), or no doer, a victim of the first victim's
country and the same place ("Twelve Americans were killed in the Kenya embassy bombing"). A meeting,
visit, signing or invitation told again with the same code, the same act word and the same two
parties is one event unless the sentence says "again" or "also".

A count of victims with no doer ("two crew members had been injured", "five fighters had been killed"),
told by a casualty word within two sentences after an attack on a party of the same country and sector,
with no date, year or second place of its own and no word of another occurrence ("in a separate
incident"), is that attack's outcome: its counts go to the attack (rule 61).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.extract.events.roles import actor_for_token, same_actor
from eventwire.extract.events.state import CoderState
from eventwire.extract.events.triggers import children_of
from eventwire.extract.extensions import doc_text
from eventwire.models import Actor, Event

# Determiners that point back at something the reader already knows of.
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Entity labels of a possessive that dates the event rather than naming its doer ("Monday's attack").
DATING_LABELS = frozenset({"DATE", "TIME"})
# Prepositions whose object is the doer of a nominal event ("the withdrawal of Ethiopian troops").
DOER_PREPOSITIONS = frozenset({"of", "by"})
# A live-blog entry's time stamp at the start of a line: "19:05 EAT —", "09:40 GMT -", "14:05 -".
ENTRY_STAMP = re.compile(r"^[ \t]*([01]?\d|2[0-3]):([0-5]\d)(?:[ \t]+[A-Z]{2,5})?[ \t]*[\u2014\u2013-]", re.MULTILINE)
# A year written in a sentence ("in the 1995 shooting").
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# (preposition, head lemma) pairs under which a definite event noun is a known occurrence told as the
# frame of the news, not news itself.
BACKGROUND_FRAMES = frozenset({("with", "connection"), ("in", "suspect"), ("in", "role"), ("in", "involvement"),
                               ("of", "aftermath"), ("in", "trial"), ("for", "trial")})
# Prepositions whose definite event object is always a time frame ("since the bombing").
BACKGROUND_PREPOSITIONS = frozenset({"since", "after"})
# Date bases that come from the text itself (not the publication date stood in for a missing one).
STATED_DATE_BASES = frozenset({"explicit", "relative"})


class EarlierMentions(CoderState):
    """Tests that a coded event only mentions again an event an earlier sentence reported."""

    def mentions_earlier_event(self, token: Token, event: Event) -> bool:
        """``event`` (coded at ``token``) mentions again an event already coded in an earlier
        sentence (see the module docstring); the first report's token is remembered in
        ``mentioned`` so that a casualty verb's counts go to it."""
        first = self.first_report(token, event)
        if first is None:
            return False
        span = self.doc.char_span(first.trigger.start, first.trigger.end)
        if span is not None:   # "killed in Monday's attack": the count goes to the first report
            self.mentioned[token.i] = span[0].i
        return True

    def first_report(self, token: Token, event: Event) -> Event | None:
        """The earlier-sentence event that ``event`` repeats: for a definite noun one that can be
        the same occurrence, for a verb told of such a noun one whose date agrees."""
        if token.pos_ == "VERB" and self.mention_told_about(token, event) is not None:
            return next((other for other in self.told_before(event) if same_date(event, other)), None)
        if token.pos_ in ("NOUN", "PROPN") and self.is_definite_mention(token):
            if is_background_frame(token):   # "arrested in connection with the bombing" told before
                return next((other for other in self.told_before(event) if same_date(event, other)), None)
            return next((other for other in self.told_before(event) if same_occurrence(event, other)), None)
        if token.pos_ in ("NOUN", "PROPN") and doer_possessive(token) is not None and not is_dated(token):
            # "since Iraq's invasion", "the Pope's visit is important": the doer's act told before
            return next((other for other in self.told_before(event) if same_doer_occurrence(event, other)), None)
        return None

    def told_before(self, event: Event) -> list[Event]:
        """The events coded so far of ``event``'s type whose sentence starts before its own (listed
        only for a mention that may repeat one)."""
        return [e for e in self.coded if e.type == event.type and e.evidence.start < event.evidence.start]

    def mention_told_about(self, verb: Token, event: Event) -> Token | None:
        """"the strikes targeted fighters", "the strikes, which killed 15": a verb of the event's
        type whose subject, or the noun its relative clause hangs on, is a definite event noun."""
        nouns = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl":
            nouns.append(verb.head)
        for noun in nouns:
            kinds = {t.type for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())}
            if event.type in kinds and self.is_definite_mention(noun):
                return noun
        return None

    def is_definite_mention(self, token: Token) -> bool:
        """"the march", "Monday's attack": a definite or date-possessed noun naming no doer."""
        definite = False
        for child in children_of(token):
            if child.dep_ == "det" and child.lower_ in ANAPHORIC_DETERMINERS:
                definite = True
            elif child.dep_ == "poss":
                if child.ent_type_ not in DATING_LABELS:
                    return False   # "Yoon's trip", "Russia's attack": the phrase names its doer
                definite = True
            elif child.dep_ == "prep" and child.lower_ in DOER_PREPOSITIONS and self.names_doer(child):
                return False
        return definite

    @staticmethod
    def names_doer(preposition: Token) -> bool:
        """The object of "of"/"by" under an event noun resolves to an actor."""
        return any(actor_for_token(obj) is not None for obj in children_of(preposition) if obj.dep_ == "pobj")


def is_background_frame(noun: Token) -> bool:
    """``noun`` sits where a story names an occurrence already known as the frame of another one:
    "in connection with the bombing", "a suspect in the bombings", "in the aftermath of the blast",
    "since the bombing"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    if any(t.ent_type_ in DATING_LABELS for t in noun.subtree):
        return False   # "after the police killing of a man on March 18": dated, so maybe another one
    frame = (preposition.lower_, preposition.head.lemma_.lower())
    return frame in BACKGROUND_FRAMES or preposition.lower_ in BACKGROUND_PREPOSITIONS


def doer_possessive(noun: Token) -> Token | None:
    """The possessive that names who did ``noun`` ("Iraq's invasion", "the Pope's visit"); None
    when there is none or it only dates the noun ("Monday's attack")."""
    return next((c for c in children_of(noun) if c.dep_ == "poss" and c.ent_type_ not in DATING_LABELS),
                None)


def is_dated(noun: Token) -> bool:
    """The noun phrase carries a date or a year of its own ("Iraq's invasion of Kuwait on Aug. 2",
    "the 1990 invasion"): it may tell of another occurrence."""
    return any(t.ent_type_ in DATING_LABELS or YEAR.fullmatch(t.text) for t in noun.subtree)


def same_doer_occurrence(event: Event, other: Event) -> bool:
    """``event``, a noun whose possessive names its doer, tells ``other`` again: a material act or a
    visit (statements are said more than once), a source of the same country, dates that agree, no
    target in conflict and the same reading flags."""
    if event.quad_class not in RETOLD_QUAD_CLASSES and event.mode != "visit":
        return False   # "Russia's request": a party asks, offers or threatens more than once
    if _role_agreement(event.source, other.source) is not True:
        return False
    if not same_reading(event, other):
        return False
    target = _role_agreement(event.target, other.target)
    return same_date(event, other) and (target is not False or "target-inferred" in event.context)


def same_reading(event: Event, other: Event) -> bool:
    """Both are told with the same reading flags ("did not attack" and "attacked" are two statements)."""
    return set(event.context) & READING_FLAGS == set(other.context) & READING_FLAGS


def same_date(event: Event, other: Event) -> bool:
    """No two dates stated in the text set ``event`` and ``other`` on different days."""
    stated = {e.date.basis for e in (event, other)} <= STATED_DATE_BASES
    return not (stated and event.date.value and other.date.value and event.date.value != other.date.value)


def same_occurrence(event: Event, other: Event) -> bool:
    """``event`` and ``other`` (same type) can be one occurrence: dates do not contradict and the
    parties agree in at least one role and conflict in none."""
    if not same_date(event, other):
        return False
    source = _role_agreement(event.source, other.source)
    target = _role_agreement(event.target, other.target)
    if "target-inferred" in event.context and target is False:
        target = None   # a target taken from context is no evidence of another event
    if "source-inferred" in event.context and source is False:
        source = None   # nor is a source taken from another sentence
    return False not in (source, target) and True in (source, target)


def _role_agreement(actor: Actor | None, other: Actor | None) -> bool | None:
    """True when both name the same country, False when they name different ones, None otherwise."""
    if actor is None or other is None or not actor.country or not other.country:
        return None
    return actor.country == other.country


# Words by which a later sentence tells of another occurrence, not the same one again.
# "The withdrawal ... from the remaining outposts is continuing" is the next part of a withdrawal.
ANOTHER_OCCURRENCE = re.compile(r"\b(again|another|second|third|renewed|fresh|new|more|further|remaining|rest of"
                                r"|separate)\b", re.IGNORECASE)
# The casualty words a count of victims is told by ("two crew members had been injured").
VICTIM_WORDS = frozenset({"killed", "wounded", "injured", "hurt", "died", "dead"})
# How many sentences after an attack a count of victims with no doer of its own is told as its outcome.
VICTIM_REPORT_SENTENCES = 2
# A word by which a sentence adds an act of the same kind to one told before ("also agreed").
ANOTHER_ACT = re.compile(r"\b(also|too|as well)\b", re.IGNORECASE)
# Flags that make two otherwise equal reports different statements ("did not attack" vs "attacked").
# ("claimed" is not among them: who tells of an act, the harmed side or a neutral one, does not make
# it another act.)
READING_FLAGS = frozenset({"negated", "hypothetical", "future", "historical"})
# Quad classes whose events are told again: material cooperation and conflict.
# (Statements are not merged: a party that accuses or demands twice in one article often means it twice;
# merging them too lost gold events of articles2 and of the corpus and gained none.)
RETOLD_QUAD_CLASSES = frozenset({2, 4})
# Verbal-cooperation types whose acts happen once (a meeting, a signing, an invitation): told again
# with the same code and parties, they are the first report ([55]).
MET_OR_AGREED_TYPES = frozenset({"CONSULT", "AGREE"})
# Context flags of a side taken from outside the event's own sentence.
INFERRED_SIDES = frozenset({"source-inferred", "target-inferred"})


def without_retold(events: list[Event]) -> list[Event]:
    """``events`` less the later reports of a material act already kept from an earlier sentence:
    same type, the same two coded actors, no stated dates or places that differ and the same reading
    ("the bombings killed 258" after "bombs exploded outside the embassies"). The first report takes
    the casualty counts it lacks from the ones it absorbs."""
    kept: list[Event] = []
    for event in events:
        first = next((index for index, other in enumerate(kept) if is_retelling(event, other)), None)
        if first is None:
            kept.append(event)
        else:
            kept[first] = with_counts_of(kept[first], event)
    return kept


def is_retelling(event: Event, earlier: Event) -> bool:
    """``event`` tells again ``earlier``, an event of an earlier sentence (see ``without_retold``)."""
    if event.evidence.sentence == earlier.evidence.sentence or event.type != earlier.type:
        return False
    if is_copy(event, earlier) or is_same_meeting_or_deal(event, earlier):
        return True
    if event.quad_class not in RETOLD_QUAD_CLASSES or arrest_counts_differ(event, earlier) \
            or modes_differ(event, earlier):
        return False
    faceless = names_no_party(event) and not dated_apart(event, earlier) and places_agree(event, earlier)
    partial = not faceless and (tells_fewer_parties(event, earlier) or tells_victims_of(event, earlier))
    if not (faceless or partial or (same_actor(event.source, earlier.source)
                                    and same_actor(event.target, earlier.target))):
        return False
    if not same_reading(event, earlier):
        return False
    places = {e.place.name for e in (event, earlier) if e.place is not None}
    if len(places) > 1 and not (faceless or partial):
        return False
    return same_date(event, earlier) and not ANOTHER_OCCURRENCE.search(event.evidence.text)


def is_same_meeting_or_deal(event: Event, earlier: Event) -> bool:
    """``event`` tells again a meeting, visit, signing or invitation (CONSULT or AGREE) of
    ``earlier``: the same CAMEO code, the same two coded parties named in its own sentence, the same
    reading, the same act word, no date, year or second place of its own and no word of another
    one ("again", "also": "pledged not to use force ... also agreed to set up a commission"; "The two
    presidents on Friday signed the plan" after "Kyiv and Moscow signed a plan Friday"; "his meeting
    with the king" after "a two-hour meeting with the king"). Other statements are said more than
    once and stay ("met again", an accusation repeated)."""
    if event.type not in MET_OR_AGREED_TYPES or event.cameo != earlier.cameo:
        return False
    if not same_act_word(event, earlier) or ANOTHER_ACT.search(event.evidence.text):
        return False   # "pledged not to use force ... also agreed to set up a commission": two acts
    if INFERRED_SIDES & set(event.context):
        return False   # a side taken from context is no evidence of the same parties
    if not (same_actor(event.source, earlier.source) and same_actor(event.target, earlier.target)):
        return False
    if not same_reading(event, earlier):
        return False
    if dated_apart(event, earlier) or not no_second_place(event, earlier):
        return False
    return same_date(event, earlier) and not ANOTHER_OCCURRENCE.search(event.evidence.text)


def same_act_word(event: Event, earlier: Event) -> bool:
    """The two triggers are forms of one word ("invited" and "invite", "signed" and "signed",
    "meeting" and "meeting"): they share their first four letters."""
    first, later = earlier.trigger.text.lower(), event.trigger.text.lower()
    return len(first) >= 4 and first[:4] == later[:4]


def tells_fewer_parties(event: Event, earlier: Event) -> bool:
    """``event`` names one of ``earlier``'s coded parties in the same role and no party the first
    report lacks, in a place that can hold the first one and with no date or year of its own: "the
    buildup of U.S. forces" after "the U.S. military buildup in Saudi Arabia"; "Twelve Americans were
    killed in the Kenya embassy bombing" after "the bombings of the U.S. embassies in Kenya" (no doer,
    the victims' country and the place shared). A telling that adds a party ("Police arrested six
    Protestants" after "Police seized a car bomb") or, with the same doer, names a second place may be
    another act and is left alone."""
    if dated_apart(event, earlier) or not places_agree(event, earlier):
        return False
    if shares_party(event.source, earlier.source) and no_party_added(event.target, earlier.target):
        return no_second_place(event, earlier)
    return (not coded(event.source) and same_country(event.target, earlier.target)
            and shares_stated_place(event, earlier))


def tells_victims_of(event: Event, earlier: Event) -> bool:
    """"The ship's operator said two crew members had been injured", "Four other soldiers were
    wounded and taken to hospital" (rule 61): a count of victims with no doer, told within
    ``VICTIM_REPORT_SENTENCES`` sentences after an attack on their country, with no date or year
    and no second place of its own, is that attack's outcome, not a second attack."""
    if event.type != "ASSAULT" or coded(event.source) or (event.fatalities is None and event.injured is None):
        return False
    if event.trigger.text.lower() not in VICTIM_WORDS:
        return False   # "nine civilians were killed when shells hit a camp": an attack of its own
    if not 0 < event.evidence.sentence - earlier.evidence.sentence <= VICTIM_REPORT_SENTENCES:
        return False
    return (same_victims(event.target, earlier.target) and not dated_apart(event, earlier)
            and places_agree(event, earlier) and no_second_place(event, earlier))


def same_victims(actor: Actor | None, other: Actor | None) -> bool:
    """Both are parties of one country whose sectors agree where both are known ("crew members" of a
    "Greek-owned carrier"; not militants of a country after its soldiers)."""
    if not same_country(actor, other):
        return False
    return not (actor.sector and other.sector) or actor.sector == other.sector


def no_second_place(event: Event, earlier: Event) -> bool:
    """At most one place is named for the two, or the same one: "teachers striking in West Virginia"
    is not the rally of teachers "across the United States" told again."""
    return event.place is None or earlier.place is None or event.place.name == earlier.place.name


def coded(actor: Actor | None) -> bool:
    """``actor`` is a country-coded party."""
    return actor is not None and bool(actor.country) and bool(actor.code)


def shares_party(actor: Actor | None, other: Actor | None) -> bool:
    """Both are the same coded party."""
    return coded(actor) and same_actor(actor, other)


def no_party_added(actor: Actor | None, other: Actor | None) -> bool:
    """``actor`` (of a later telling) is absent, or the same coded party as ``other``."""
    return not coded(actor) or shares_party(actor, other)


def same_country(actor: Actor | None, other: Actor | None) -> bool:
    """Both are coded parties of one country ("U.S. embassies" and "Americans")."""
    return coded(actor) and coded(other) and actor.country == other.country


def shares_stated_place(event: Event, earlier: Event) -> bool:
    """Both reports place the act, in the same place or in one country ("Kenya", "Nairobi")."""
    if event.place is None or earlier.place is None:
        return False
    return event.place.name == earlier.place.name or (
        event.place.country is not None and event.place.country == earlier.place.country)


def is_copy(event: Event, earlier: Event) -> bool:
    """``event`` comes from a sentence printed again word for word (wire stories repeat their lead
    in a later write-through) and codes the same parties: one statement, whatever its kind."""
    same_parties = all((a.code if a else None) == (b.code if b else None)
                       for a, b in ((event.source, earlier.source), (event.target, earlier.target)))
    return same_parties and " ".join(event.evidence.text.split()) == " ".join(earlier.evidence.text.split())


def modes_differ(event: Event, earlier: Event) -> bool:
    """"Police fired tear gas at protesters ... police had arrested 112 people": two measures of
    different kinds (repression and arrest, an embargo and a visa ban, troops and an alert) are two
    acts, not one told again. Attacks are left alone: one attack is often told first as a strike
    and later as a bombing or a shelling, whose modes differ."""
    if event.type == "ASSAULT" or not event.mode or not earlier.mode:
        return False
    return event.mode != earlier.mode


def arrest_counts_differ(event: Event, earlier: Event) -> bool:
    """"They arrested two men ..." and later "police arrested six Protestants": two arrests that each
    state how many were held, and differ, are two roundups, not one told again."""
    return event.arrested is not None and earlier.arrested is not None and event.arrested != earlier.arrested


def names_no_party(event: Event) -> bool:
    """``event`` names neither party itself: no source, and a target (if any) only taken from
    context ("the blasts killed 258", "11 were killed in Tanzania"): a telling that adds no actor."""
    if event.source is not None and event.source.code:
        return False
    return event.target is None or "target-inferred" in event.context


def places_agree(event: Event, earlier: Event) -> bool:
    """The two places can hold one occurrence: either is unknown, they are the same, one is a
    region named without a country ("East Africa") or a whole country holding the other ("Kenya"
    and "Nairobi"). Two countries, or two towns, are apart."""
    if event.place is None or earlier.place is None or event.place.name == earlier.place.name:
        return True
    countries = {event.place.country, earlier.place.country}
    if None in countries:
        return True
    wide = any(p.feature == "country" for p in (event.place, earlier.place))
    return len(countries) == 1 and wide


def dated_apart(event: Event, earlier: Event) -> bool:
    """``event`` states a date of its own that ``earlier`` does not share ("the 1995 shooting" after
    an attack told without a date): without a party to go by, such a telling may be another one."""
    year = (earlier.date.value or "")[:4]
    if any(y != year for y in YEAR.findall(event.evidence.text)):
        return True   # "the 1995 shooting", "the Dec. 21, 1988, bombing": a year the first report lacks
    if event.date.basis not in STATED_DATE_BASES:
        return False
    return earlier.date.basis not in STATED_DATE_BASES or earlier.date.value != event.date.value


def with_counts_of(first: Event, later: Event) -> Event:
    """``first`` with the casualty counts only ``later`` gives."""
    update = {field: getattr(later, field) for field in ("fatalities", "injured")
              if getattr(first, field) is None and getattr(later, field) is not None}
    return first.model_copy(update=update) if update else first


def newest_first_entries(doc: Doc) -> list[int]:
    """The start offsets of a live blog's time-stamped entries when they are written newest first
    (two or more stamps, each earlier than the one above it); [] for any other text."""
    text = doc_text(doc)
    if ":" not in text:
        return []   # every stamp holds a colon: most texts have none, and the regex is not run over them
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in ENTRY_STAMP.finditer(text)]
    if len(stamps) < 2 or any(later[1] >= earlier[1] for earlier, later in zip(stamps, stamps[1:])):
        return []
    return [start for start, _ in stamps]


def telling_order(doc: Doc, tokens: list[Token]) -> list[Token]:
    """``tokens`` in the order their events happened to be told: text order, except that the
    entries of a newest-first live blog are read oldest first (what comes before a time-stamped
    entry, the headline and introduction, stays first), so an event can refer to what was told
    before it in time ("has denied that its forces shelled the village" answers the accusation of
    an older entry, printed below it)."""
    entries = newest_first_entries(doc)
    if not entries:
        return tokens

    def entry_rank(token: Token) -> int:
        index = sum(1 for start in entries if start <= token.idx) - 1
        return -1 if index < 0 else len(entries) - 1 - index

    return sorted(tokens, key=lambda t: (entry_rank(t), t.i))

