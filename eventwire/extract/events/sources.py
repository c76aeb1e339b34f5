"""Finding an event's source through the parse: the subject or passive agent, the subject a verb
borrows from the verb that governs it (coordination, control; the speaker for a charge or threat
listed after a reported clause), a noun trigger's owner, support verb or predicate adjective ("open
to dialogue"), coordinated actors ("Kenyan and Somali troops"), collective phrases ("both sides"), crowds,
and the event's reporter or claimant."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.extract.actors.component import SECTOR_LABELS, collective_parties, make_actor
from eventwire.extract.actors.constants import PLURAL_STATE_NOUNS
from eventwire.extract.actors.clauses import is_participle_adjunct
from eventwire.extract.actors.names import is_sympathy_label
from eventwire.extract.actors.places import is_venue_noun
from eventwire.extract.extensions import doc_text, doc_words, sentence_number, sentence_of
from eventwire.extract.events.lexicon import Trigger, quad_class
from eventwire.extract.events.roles import (ANSWER_VERBS, CALL_NOUNS, FORCE_EQUIPMENT, NAMED_OWNER_TYPES,
                                            OWNERSHIP_PARTICIPLES, PASSIVE_SUBJECT_DEPS, REGIONAL_CODES,
                                            SELF_DIRECTED_TYPES, SUBJECT_DEPS, TRAVEL_VERBS, actor_for_token,
                                            conjunct_chain, is_other_side, is_reduced_participle, misread_subject, span_holder,
                                            state_named_by)
from eventwire.extract.events.state import CoderState, kept_per_token
from eventwire.extract.events.triggers import (children_of, is_infinitive, is_relative_subject, makers_on_content,
                                               measure_of)
from eventwire.extract.places.component import place_for_sentence, place_for_token
from eventwire.models import Actor

# The dash that closes a dateline ("DOHA, April 24 - ...", "MAE SOT, Thailand (AP) — ...").
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# Heads that name sides even under a nationality ("both Sudanese sides", "the two Libyan camps").
SIDE_LEMMAS = frozenset({"side", "party", "camp", "faction"})
# Number words of a collective phrase that stands for a list of countries named before it.
PARTY_COUNTS = {"three": 3, "four": 4, "five": 5}
# Participles that open a reduced relative clause after a noun ("fighters linked to al-Qaeda"), which
# the parser may take for the sentence's main verb.
REDUCED_RELATIVE_PARTICIPLES = frozenset({"link", "tie", "ally", "affiliate", "associate", "back", "support",
                                          "align", "loyal", "arm", "base"})
# Machines only armed forces have: a nationality alone makes them that country's military.
WARSHIP_WORDS = frozenset({"warship", "frigate", "destroyer", "corvette", "submarine", "gunship", "warplane"})
# Verbs that draw a reaction "from" someone ("drew protests from Washington").
DRAWING_VERBS = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "elicit"})
# Determiners before "two" that make it "the two sides" rather than a count ("two workers")
DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})

# Participles after a hyphen that make the words before them the event's mediator, not its party.
MEDIATION_PARTICIPLES = frozenset({"brokered", "mediated", "hosted", "facilitated"})
# Verbs whose doer goes between two parties: a mediator is not one of "the two sides" it serves.
MEDIATION_VERBS = frozenset({"mediate", "broker", "shuttle", "facilitate"})
# The forms of those verbs and participles, for a cheap test of the text before a parse walk.
MEDIATION_WORDS = frozenset({"mediate", "mediates", "mediated", "mediating", "broker", "brokers", "brokered",
                             "brokering", "shuttle", "shuttles", "shuttled", "shuttling", "facilitate",
                             "facilitates", "facilitated", "facilitating", "hosted"})
# Sectors a state side of "the two sides" may take from its phrase ("the two governments").
STATE_SIDE_SECTORS = frozenset({"GOV", "MIL"})
# "led" makes a mediator only of talks ("AU-led talks"); a "US-led offensive" is the leader's own.
TALK_LED_PARTICIPLES = frozenset({"led", "sponsored"})
# Prepositions of absolute clauses, whose noun is the participle's own subject ("with Russia backing").
ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})
# Prepositions of a place phrase under an event noun's "of" object ("of a market in Kharkiv by ...").
LOCATIVE_OF_OBJECT = frozenset({"in", "near", "at", "outside", "on"})
# How many words after a participle a second participle of the same noun may share its agent.
SHARED_AGENT_SPAN = 4
# Protest nouns that stand for a crowd even when no protester is named.
CROWD_NOUNS = frozenset({"protest", "protests", "demonstration", "rally", "riot", "unrest", "march", "sit-in",
                         "uprising", "demonstrations", "riots", "rallies", "marches"})
# Quantity heads of a subject whose "of" phrase names the actors: "Thousands of Georgians rallied".
QUANTITY_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                            "millions", "scores", "crowd", "crowds", "group", "groups", "number", "some", "many"})
# Entity types that make a speaker phrase a named one ("Egypt's foreign ministry", "officials in Tokyo").
UNNAMED_SPEAKER_BLOCKERS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# Modifiers that tie an unnamed speaker to a place rather than to the event's source.
LOCAL_SPEAKER_WORDS = frozenset({"regional", "local", "provincial", "municipal", "district", "city", "village"})
# Sectors of an unnamed speaker that speaks for its own state (an official, an army, state media).
# Verbs by which a subject takes part in an act others began: "Turkey has not joined Western
# sanctions" is Turkey's (non-)sanction; the owner named on the act is the group joined, not its doer.
JOINING_VERBS = frozenset({"join", "rejoin"})
# Nouns naming a person by a relation to another ("Trump critic Mark Cuban", "Putin ally Ramzan
# Kadyrov"): the words before them name the other person, never the named one's side.
RELATION_NOUNS = frozenset({"critic", "ally", "aide", "adviser", "advisor", "rival", "opponent", "foe",
                            "friend", "supporter", "confidant", "biographer", "lawyer", "attorney",
                            "accuser", "challenger", "detractor", "associate", "backer", "loyalist"})
# "sanctions on X over the crackdown", "recalled its envoy from X over the shelling": the act punished
# is X's ("for" is left out: "recalled its ambassador for consultations" is a purpose).
PUNISHED_ACT_PREPOSITIONS = frozenset({"over"})
PUNISHING_TYPES = frozenset({"SANCTION", "ACCUSE"})
OFFICIAL_SPEAKER_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED", None})
# Verbs whose subject commits itself to, or carries out, the event its object names ("pledged
# military aid", "paid a state visit", "provided support"), beyond the lexicon's support verbs; a
# verb that only reacts to an act ("condemned the strikes", "welcomed the aid") is not among them.
# A host or an organiser is no party of the talks it arranges ("hosted talks between X and Y").
COMMITTING_VERBS = frozenset({"pledge", "promise", "offer", "pay", "provide", "deliver", "extend", "grant",
                              "approve", "send", "dispatch"})
# Common nouns of armed units and their craft: a nationality before them names that country's military.
FORCE_NOUNS = frozenset({"unit", "patrol", "vessel", "ship", "warship", "gunboat", "jet", "warplane", "fighter",
                         "plane", "aircraft", "helicopter", "drone", "tank", "battalion", "brigade", "frigate",
                         "destroyer", "submarine", "artillery", "sniper", "gunner", "battery"})
# Prepositions of a phrase that frames a clause ("After talks in Ankara, X said", "In a meeting with
# Y last week, X said").
FRAMING_PREPOSITIONS = frozenset({"after", "following", "during", "in"})
# Modes of a state's own measures on its public (``ruling_government``).
STATE_MEASURE_MODES = frozenset({"restrict", "censor", "ban", "martial-law"})
# Nouns of joint work that, after "in ... with", say how the clause's subject acted ("drafted the
# rules in consultation with Iraqi diplomats", "runs the programme in partnership with X").
JOINT_MANNER_NOUNS = frozenset({"consultation", "cooperation", "partnership", "coordination", "collaboration",
                                "solidarity"})   # "recalled its envoy in solidarity with Riyadh": the subject backs Riyadh
# Nouns of an intention or a decision whose owner does what their infinitive says ("China's decision
# to impose tariffs", "Russia's refusal to extend the deal", "the junta's move to expel").
INTENTION_NOUNS = frozenset({"decision", "move", "plan", "bid", "attempt", "effort", "refusal", "intention",
                             "readiness", "willingness", "commitment", "pledge", "promise", "vow", "order",
                             "threat", "offer", "push", "drive", "failure", "determination", "resolve", "choice"})


# Nouns of an act done to a person or a state: a possessor with no "of" object is the one it is done
# to ("Navalny's arrest", "Park's conviction", "Khashoggi's killing"), never its doer; with an "of"
# object the possessor is the doer again ("Iran's arrest of two Britons").
PATIENT_POSSESSOR_NOUNS = frozenset({"arrest", "detention", "conviction", "imprisonment", "jailing", "expulsion",
                                     "deportation", "extradition", "execution", "sentencing", "indictment",
                                     "prosecution", "impeachment", "ouster", "dismissal", "sacking", "abduction",
                                     "kidnapping", "killing", "assassination", "murder", "release", "pardon",
                                     "capture", "trial", "interrogation", "questioning", "removal", "exclusion",
                                     "suspension", "expulsions", "arrests", "detentions", "killings"})
# Prepositions that govern a "visiting X" phrase naming a guest ("a dinner for visiting Minister X",
# "talks with visiting President Y"); "after visiting China" is the subject's own visit.
GUEST_PREPOSITIONS = frozenset({"for", "with", "to", "of", "by"})
# Dependencies of a "visiting" that modifies the guest it names rather than heading a clause of its own.
GUEST_PARTICIPLE_DEPS = frozenset({"pcomp", "xcomp", "amod", "acl", "dobj"})
# Nouns of expelling from a country, whose "from" phrase names the country that expels.
# Nouns of a journey whose maker is the subject of "be on" it ("who is on a visit to Morocco").
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "mission"})
EXPULSION_NOUNS = frozenset({"expulsion", "expulsions", "deportation", "deportations", "eviction"})
# Types of force and penalty, whose past participle after a noun makes the noun the one acted on.
FORCEFUL_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


# Sectors that make arrests: a passive arrest they report is theirs (SourceFinder.arresting_reporter).
ARRESTING_SECTORS = frozenset({"COP", "JUD", "MIL", "SPY"})


def accompanying_parties(verb: Token, subject: Token | None) -> list[Token]:
    """"Niger quit ECOWAS along with Mali and Burkina Faso", "Ghana, together with Togo, sent troops",
    "fought alongside Russian forces": the parties a verb or its subject is said to act with (the
    objects of "along with", "together with" and "alongside", with their conjuncts)."""
    objects = []
    for node in (verb, subject) if subject is not None else (verb,):
        for child in children_of(node):
            if child.dep_ == "prep" and child.lower_ == "alongside":
                objects += [g for g in children_of(child) if g.dep_ == "pobj"]
            elif child.dep_ in ("advmod", "prep") and child.lower_ in ("along", "together"):
                objects += [g for w in children_of(child) if w.dep_ == "prep" and w.lower_ == "with"
                            for g in children_of(w) if g.dep_ == "pobj"]
    return [t for obj in objects for t in (obj, *conjunct_chain(obj))]


class SourceFinder(CoderState):
    """Who did it: the source of a trigger's event, and who reports it."""

    @staticmethod
    def own_forces(trigger: Trigger, sources: list, targets: list) -> tuple[list, list]:
        """"Russia massed troops", "Serbia pulled back its troops": a government moving its own forces
        is those forces acting, with no target. So are forces moved with no mover named ("Ethiopian
        artillery units had been pulled back", "Federal troops were sent to the area")."""
        if trigger.type not in SELF_DIRECTED_TYPES or len(targets) != 1 or targets[0] is None:
            return sources, targets
        if trigger.mode == "ceasefire":
            return sources, targets   # "the ELN agreed to a ceasefire with the army": a truce is with another party
        target, source = targets[0], sources[0]
        if source is None and len(sources) == 1 and target.sector in ("MIL", "COP"):
            return [target], [None]
        if len(sources) > 1 and target.sector in ("MIL", "COP") and any(
                s is not None and s.country == target.country for s in sources):
            return own_forces_of_partners(sources, target), [None]   # "India and China will disengage troops"
        if source is None or target.country != source.country or target.sector not in ("MIL", "COP"):
            return sources, targets
        return [target], [None]

    @staticmethod
    def forces_of(noun: Token) -> Actor | None:
        """"The withdrawal of Ethiopian troops", "a build-up of Russian forces": the forces that move."""
        for prep in children_of(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                    actor = actor_for_token(pobj)
                    if actor is not None and actor.sector in ("MIL", "COP"):
                        return actor
        return None

    def sources(self, token: Token, trigger: Trigger) -> list[Actor | None]:
        """The source, plus the actors coordinated with it ("Spain, Ireland and Norway recognized")."""
        drawn = self.drawn_parties(token) if trigger.pos == "noun" else []
        if drawn:
            return drawn   # "drew condemnation from Britain and Norway"
        source = self.source(token, trigger)
        head = self.source_head(token, trigger)
        participle = head is None and trigger.pos == "verb" and self.is_participle_clause(token)
        if participle:   # "The three juntas announced that they were withdrawing, blaming ECOWAS"
            head = self.controller(token.head, token)
            head = self.speaker_for_they(head) if head is not None else None
        elif head is not None:
            # "Mali, Burkina Faso and Niger said they were withdrawing": an unresolved "they" is the
            # speakers; "the three juntas announced that they ...": a resolved one too, when the
            # speakers are a counted phrase (the pronoun took one member of it)
            speakers = self.speaker_for_they(head)
            if speakers is not head and (source is None or self.numbered_parties(speakers, None)):
                head, source = speakers, actor_for_token(speakers)
        if head is not None:
            pair = (self.both_sides(head, source) or self.both_sides_of_members(head, source)
                    or self.numbered_parties(head, source))
            if pair:
                return pair
        if source is None:
            return [None]
        listed = (self.headline_list_partner(head) or self.list_subject_partner(head)) if head is not None else None
        found = [listed, source] if listed is not None and listed.country != source.country else [source]
        for member in self.coordinated_actors(head, source) if head is not None else []:
            if all(member.code != a.code or not member.country for a in found):
                found.append(member)
        if trigger.pos == "verb":
            for partner in accompanying_parties(token, head):
                actor = actor_for_token(partner)
                if actor is not None and actor.country and all(actor.country != a.country for a in found if a):
                    found.append(actor)
        return found

    @staticmethod
    def headline_list_partner(head: Token) -> Actor | None:
        """"Cuba, Mexico sign energy deal", "Senegal, Gambia agree to reopen border": a headline's comma
        list of two country names, which the parser reads as two subjects or as a modifier and a
        subject: the country named first (None unless both words are country names, the first opens
        the sentence and a comma alone stands between them)."""
        if head.i < 2 or head.nbor(-1).text != "," or head.pos_ != "PROPN":
            return None
        first = head.nbor(-2)
        if first.head.i != head.head.i or first.dep_ not in SUBJECT_DEPS | {"npadvmod"} or first.pos_ != "PROPN":
            return None
        if first.i != sentence_of(head).start or state_named_by(head) is None:
            return None
        return actor_for_token(first) if state_named_by(first) is not None else None

    @staticmethod
    def list_subject_partner(head: Token) -> Actor | None:
        """"The UN, the AU and the EU urged ...": the first item of a subject list whose rest the
        parser reads as a second subject with its own conjuncts ("the AU and the EU"); the first is
        then a subject of its own that only a comma parts from the rest. None unless ``head`` has a
        conjunct (a list of three or more) and such a subject stands right before it."""
        if head.dep_ not in SUBJECT_DEPS or not any(c.dep_ == "conj" for c in children_of(head)):
            return None
        start = head.left_edge.i
        if start < 2 or head.doc[start - 1].text != ",":
            return None
        first = next((c for c in children_of(head.head) if c.dep_ in SUBJECT_DEPS and c.i < start
                      and c.right_edge.i == start - 2), None)
        return actor_for_token(first) if first is not None else None

    def both_sides(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"The two foreign ministers", "both sides", "both governments": the two countries the article
        has named most often before this point (not counting the clause's own subject: "the EU urged
        the two governments"), each with the phrase's sector (GOV when it has none). When fewer than
        two countries are named, the two sides of one country's war the actors component tells
        ("the two warring sides" -> its military and the armed group), if any."""
        if not self.names_two_sides(head):
            # "urged all sides to stop fighting" in one country's war: its two sides, as the actors
            # component tells them (never a split between two countries: "all" may be more than two)
            return collective_parties(head) if self.names_all_sides(head) else []
        sector = (actor.sector if actor else None) or "GOV"
        text = doc_text(self.doc)[min(t.idx for t in head.subtree): head.idx + len(head.text)]
        sides = self.civil_war_sides(head, {}, sector, text)   # "the two Yemeni sides" (no counts: named only)
        if sides:
            return sides
        named = self.countries_named_before(head) if is_between_object(head) else []
        if len(named) > 2:
            return []   # "Brazil said Chile and Peru should resume talks between the two countries": which two?
        if len(named) == 2:   # "Syria wants to renew the talks between the two countries" (with Israel, named before)
            return [make_actor(f"{c} {SECTOR_LABELS.get(sector, '')}".strip(), text, c, sector) for c in named]
        counts: dict[str, int] = {}
        recent: list[str] = []   # countries in order of first mention since the previous sentence
        phrase_start = min(t.idx for t in head.subtree)
        window_start = self.previous_sentence_start(head)
        subject = self.clause_subject_range(head)
        for mention in self.actor_mentions:
            if mention.end > phrase_start or not mention.actor or not mention.actor.country:
                continue
            if mention.actor.sector == "IGO":
                continue   # "urged both governments": the AU, often named, is not one of them
            if subject[0] <= mention.start < subject[1]:
                continue   # "the EU urged the two governments": the urger is not one of the two
            counts[mention.actor.country] = counts.get(mention.actor.country, 0) + 1
            if (mention.start >= window_start and mention.actor.country not in recent
                    and mention.actor.country not in REGIONAL_CODES):
                recent.append(mention.actor.country)
        for country in self.mediating_countries(head):
            counts.pop(country, None)   # "Oman, which has shuttled between the two sides": not a side
            if country in recent:
                recent.remove(country)
        if len(counts) < 2:
            # one country's war: "the two warring sides" after its army and an armed group of it
            return collective_parties(head) or self.civil_war_sides(head, counts, sector, text)
        if len(recent) != 2 or self.reporting_country(head) in recent:
            # "A US envoy said talks between the two sides could resume": who reports is no side
            sides = self.civil_war_sides(head, counts, sector, text)
            if sides:
                return sides
        # "urged both sides to show restraint" after Israel's and Iran's strikes: sides are adversaries,
        # the countries of the latest conflict event between two of them (when the urger is neither)
        adversaries = self.adversaries(subject) if head.lemma_.lower() in SIDE_LEMMAS else None
        if adversaries is not None:
            return [make_actor(f"{c} {SECTOR_LABELS.get(sector, '')}".strip(), text, c, sector) for c in adversaries]
        # "Sudan's minister called her Egyptian counterpart. The two ministers agreed ...": exactly two
        # countries named just before are the two, in their order; else the article's two most named
        first, second = recent if len(recent) == 2 else sorted(counts, key=lambda c: -counts[c])[:2]
        return [make_actor(f"{c} {SECTOR_LABELS.get(sector, '')}".strip(), text, c, sector) for c in (first, second)]

    def adversaries(self, subject: tuple[int, int]) -> tuple[str, str] | None:
        """The two countries of the latest conflict event (QuadClass 3 or 4) coded so far between two
        different countries, neither of them named in the clause's subject (``subject``: its character
        range); None when there is none."""
        named = {m.actor.country for m in self.actor_mentions
                 if m.actor is not None and subject[0] <= m.start < subject[1]}
        for source, target in self.conflicts_told():
            pair = (source.country, target.country)
            if all(pair) and pair[0] != pair[1] and not named & set(pair) \
                    and not any(c in REGIONAL_CODES for c in pair):
                return pair
        return None

    def conflicts_told(self) -> Iterator[tuple[Actor, Actor]]:
        """The two sides of each conflict event (QuadClass 3 or 4) coded so far with both sides, the
        latest first."""
        for event in reversed(self.coded):
            if event.quad_class in (3, 4) and event.source is not None and event.target is not None:
                yield event.source, event.target

    def mediating_countries(self, head: Token) -> set[str]:
        """The countries the article shows mediating before ``head``: the subject of a mediation verb
        ("Oman, which has shuttled between the two sides", "Barrack, who mediated the meeting"), its
        "by" agent ("talks mediated by Qatar") or the name before a hyphenated participle ("US-brokered")."""
        found: set[str] = set()
        if not MEDIATION_WORDS & doc_words(self.doc):
            return found   # the cheap test first: most articles name no mediation
        for token in self.doc[:min(t.i for t in head.subtree)]:
            if token.lemma_.lower() not in MEDIATION_VERBS and token.lower_ not in MEDIATION_PARTICIPLES:
                continue
            for doer in self.mediation_doers(token):
                actor = actor_for_token(doer) or state_named_by(doer)
                if actor is not None and actor.country and actor.sector != "IGO":
                    found.add(actor.country)
        return found

    @staticmethod
    def mediation_doers(verb: Token) -> list[Token]:
        """Who does a mediation verb: its subject (a relative pronoun's antecedent), its "by" agent,
        or the name compounded with its participle ("US-brokered")."""
        doers = []
        for child in children_of(verb):
            if child.dep_ == "nsubj":
                is_relative = child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
                doers.append(verb.head if is_relative else child)
            elif child.dep_ == "agent":
                doers.extend(g for g in children_of(child) if g.dep_ == "pobj")
            elif child.dep_ in ("npadvmod", "compound", "amod", "nmod") and child.i == verb.i - 2 \
                    and verb.doc[verb.i - 1].text == "-":
                doers.append(child)
        return doers

    def civil_war_sides(self, head: Token, counts: dict[str, int], sector: str, text: str) -> list[Actor]:
        """"The two Yemeni sides", "talks between the two sides" in an article on Sudan's war that names
        the US mediators: the state and the armed group of one country, when the phrase names that
        country or the article names it at least twice as often as any other; the state side takes the
        phrase's sector (a military for "sides" without one), the group is the latest named of that
        country. Empty when no armed group of that country is named before the phrase."""
        if head.lemma_.lower() not in SIDE_LEMMAS:
            return []   # "the two countries", "both leaders" are two states or two people
        country = self.phrase_nationality(head)
        if country is None:
            ranked = sorted(counts, key=lambda c: -counts[c])
            if not ranked or (len(ranked) > 1 and counts[ranked[0]] < 2 * counts[ranked[1]]):
                return []
            country = ranked[0]
            if self.in_conflict_abroad(country):
                return []   # Lebanon, Hezbollah and Israel: "both parties" may be Israel and Lebanon
        phrase_start = min(t.idx for t in head.subtree)
        groups = [m.actor for m in self.actor_mentions if m.end <= phrase_start and m.actor is not None
                  and m.actor.country == country and m.actor.sector in ("REB", "SEP")]
        if not groups:   # rival arms of one state ("the Tripoli government" and the eastern army)
            return self.domestic_rivals(country, text)
        state_sector = sector if sector in STATE_SIDE_SECTORS else "MIL"
        state = make_actor(f"{country} {SECTOR_LABELS.get(state_sector, '')}".strip(), text, country, state_sector)
        return [state, groups[-1].model_copy(update={"text": text})]

    def domestic_rivals(self, country: str, text: str) -> list[Actor]:
        """The two parties of the latest conflict event coded so far between two different actors of
        ``country`` ("accused the eastern forces of ..."), for a phrase that names two sides of it."""
        for source, target in self.conflicts_told():
            if source.country == target.country == country and source.code != target.code:
                return [source.model_copy(update={"text": text}), target.model_copy(update={"text": text})]
        return []

    def reporting_country(self, head: Token) -> str | None:
        """The country of whoever reports the clause ``head`` sits in ("A US envoy said [talks between
        the two sides could resume]" -> USA): the subject of the speech verb above the clause."""
        node = head
        while node.dep_ not in ("ccomp", "ROOT") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "ccomp" or node.head.lemma_.lower() not in self.words["speech_verbs"]:
            return None
        speaker = self.subject_of(node.head)
        actor = actor_for_token(speaker) if speaker is not None else None
        return actor.country if actor is not None else None

    def in_conflict_abroad(self, country: str) -> bool:
        """Whether an event coded so far sets ``country`` against another country (a conflict type)."""
        for source, target in self.conflicts_told():
            pair = {source.country, target.country}
            if country in pair and len(pair) == 2 and None not in pair and not pair & REGIONAL_CODES:
                return True
        return False

    @staticmethod
    def phrase_nationality(head: Token) -> str | None:
        """The country a nationality word before a side noun names ("the two Yemeni sides")."""
        for child in children_of(head):
            if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
                state = actor_for_token(child) or state_named_by(child)
                if state is not None and state.country and state.country not in REGIONAL_CODES:
                    return state.country
        return None

    def countries_named_before(self, head: Token) -> list[str]:
        """The countries named in ``head``'s own sentence before it, in order of first mention: when
        exactly two are, they are the two of "between the two countries" ("Netanyahu said Syria wants
        to renew the talks between the two countries": Israel and Syria, not the article's most named
        pair). Blocs and international organisations do not count."""
        sent = sentence_of(head)
        phrase_start = min(t.idx for t in head.subtree)
        found: list[tuple[int, str]] = []
        for mention in self.actor_mentions:
            actor = mention.actor
            if sent.start_char <= mention.start < phrase_start and actor is not None and actor.country \
                    and actor.sector != "IGO":
                found.append((mention.start, actor.country))
        for ent in sent.ents:   # a country name inside a longer mention ("signals from Syria")
            state = state_named_by(ent[0]) if ent.label_ == "GPE" and ent.start_char < phrase_start else None
            if state is not None:
                found.append((ent.start_char, state.country))
        named: list[str] = []
        for _, country in sorted(found):
            if country not in REGIONAL_CODES and country not in named:
                named.append(country)
        return named

    def speaker_for_they(self, head: Token) -> Token:
        """"The three juntas announced that they were withdrawing": a "they" subject of the clause a
        speech verb reports is that verb's subject (or, as the parser may read a sentence-initial
        phrase, the noun the verb hangs on); ``head`` itself otherwise."""
        clause = head.head
        if head.lower_ != "they" or head.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return head
        speech = clause.head
        if speech.lemma_.lower() not in self.words["speech_verbs"]:
            return head
        if speech.dep_ == "acl" and speech.head.pos_ == "NOUN":
            return speech.head
        return self.subject_of(speech) or head

    def numbered_parties(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"The three juntas", "the four governments": a definite plural phrase counting three to
        five parties is the list of exactly that many countries named last, in this sentence before
        the phrase or in the one before ("the military rulers of Mali, Burkina Faso and Niger ... The
        three juntas announced"), one actor each with the phrase's sector (GOV when it has none);
        [] when no such list is there."""
        count = next((PARTY_COUNTS[c.lower_] for c in children_of(head)
                      if c.dep_ == "nummod" and c.lower_ in PARTY_COUNTS), None)
        if count is None or head.tag_ not in ("NNS", "NNPS") or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in children_of(head)):
            return []
        window = self.doc[self.previous_sentence_start(head): min(t.i for t in head.subtree)]
        for first in reversed(window):
            if first.dep_ == "conj":
                continue
            members = [first, *conjunct_chain(first)]
            if len(members) != count:
                continue
            countries = [actor_for_token(m) or state_named_by(m) for m in members]
            codes = [c.country for c in countries if c is not None and c.country]
            if len(codes) == count and len(set(codes)) == count and not set(codes) & REGIONAL_CODES:
                return self.counted_actors(head, actor, codes)
        codes = self.countries_named_in_clause_before(head)
        if len(codes) == count:
            # "ECOWAS, which Niger quit along with Mali and Burkina Faso, urged the three juntas": the
            # sentence names exactly that many countries before the phrase, though not as one list
            return self.counted_actors(head, actor, codes)
        return []

    def counted_actors(self, head: Token, actor: Actor | None, codes: list[str]) -> list[Actor]:
        """One actor per country of ``codes`` for the counted phrase ``head``, with its sector (GOV
        when it has none)."""
        sector = (actor.sector if actor else None) or "GOV"
        text = doc_text(self.doc)[min(t.idx for t in head.subtree): head.idx + len(head.text)]
        return [make_actor(f"{c} {SECTOR_LABELS.get(sector, '')}".strip(), text, c, sector) for c in codes]

    def countries_named_in_clause_before(self, head: Token) -> list[str]:
        """The distinct countries whose names stand in ``head``'s sentence before its phrase, in order
        (not regional codes), leaving out the words of its clause's subject (not the subject's
        relative clause: "ECOWAS, which Niger quit along with Mali and Burkina Faso")."""
        sentence = sentence_of(head)
        phrase_start = min(t.i for t in head.subtree)
        subjects = [c for c in children_of(phrase_verb(head)) if c.dep_ in SUBJECT_DEPS]
        own = {t.i for s in subjects for t in s.subtree} - {
            t.i for s in subjects for c in children_of(s) if c.dep_ in ("relcl", "acl") for t in c.subtree}
        codes: list[str] = []
        for token in self.doc[sentence.start: phrase_start]:
            if token.pos_ != "PROPN" or token.i in own:
                continue
            state = state_named_by(token)
            if state is not None and state.country and state.country not in REGIONAL_CODES and state.country not in codes:
                codes.append(state.country)
        return codes

    def source_borrowed(self, source: Actor | None, sent) -> bool:
        """Whether ``source`` was taken from outside the event's sentence (flagged ``source-inferred``):
        its words are not there (the speaker of a quote named before it: "We signed in good faith"),
        or it is one of a counted phrase's parties ("the three juntas") whose country the sentence
        does not name before the phrase (the list stood in the sentence before). A pronoun resolved by the actors
        component and "both sides" or "the two ministers" (the two-country split) are not borrowed."""
        if source is None or not source.text:
            return False
        if not named_in_sentence(source.text, sent):
            return True
        counted = any(word in PARTY_COUNTS for word in source.text.lower().split())
        if not counted or not source.country:
            return False
        phrase_start = sent.start_char + sent.text.lower().find(source.text.lower())
        return not self.country_named_between(source.country, sent.start_char, phrase_start)

    def country_named_between(self, country: str, start: int, end: int) -> bool:
        """Whether an actor mention of ``country`` starts between the offsets ``start`` and ``end``."""
        return any(m.actor is not None and m.actor.country == country and start <= m.start < end
                   for m in self.actor_mentions)

    def both_sides_of_members(self, head: Token, actor: Actor | None) -> list[Actor]:
        """"Security officials from both countries will meet", "ministers of the two countries met":
        people drawn from two states stand for both, with the people's own sector. Only states by their
        very words (``PLURAL_STATE_NOUNS``): "both sides" and "both camps" may be the factions of
        one country's war, or a bloc and a state."""
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            for party in (g for g in children_of(prep) if g.dep_ == "pobj" and g.lemma_.lower() in PLURAL_STATE_NOUNS
                          and self.names_two_sides(g)):
                return self.both_sides(party, actor)
        return []

    @staticmethod
    def names_two_sides(head: Token) -> bool:
        """A plural phrase with "two" or "both" ("the two ministers", "both sides"), or a bare "both" as
        a clause subject ("he had spoken with his Sudanese counterpart and both agreed")."""
        if head.lower_ == "both" and head.dep_ in SUBJECT_DEPS and not any(True for _ in children_of(head)):
            return True
        if head.tag_ not in ("NNS", "NNPS") and head.lower_ not in ("sides", "parties", "countries", "leaders"):
            return False
        if head.lemma_.lower() not in SIDE_LEMMAS and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in children_of(head)):
            return False   # "ordered two French diplomats to leave": two people of one state, not two sides
        words = {c.lower_ for c in children_of(head) if c.dep_ in ("nummod", "det", "predet")}
        # "two" names the two sides only after a definite determiner ("the two leaders"): "Two workers
        # were injured", "killed two children" count people, who are not split between two countries
        return "both" in words or ("two" in words and bool(words & DEFINITE_DETERMINERS))

    @staticmethod
    def names_all_sides(head: Token) -> bool:
        """A plural phrase with "all" ("all parties", "all the warring sides")."""
        return head.tag_ in ("NNS", "NNPS") and any(
            c.lower_ == "all" for c in children_of(head) if c.dep_ in ("det", "predet"))

    def previous_sentence_start(self, token: Token) -> int:
        """The character offset where the sentence before ``token``'s begins (its own when first)."""
        here = sentence_of(token)
        start = here.start_char
        for sent in self.doc.sents:
            if sent.end_char <= here.start_char:
                start = sent.start_char
            else:
                break
        return start

    def clause_subject_range(self, head: Token) -> tuple[int, int]:
        """The character range of the subject of the clause an object phrase sits in ("The European
        Union called on the two governments" -> "The European Union"); for the subject of an infinitive
        clause, the subject of the verb governing it ("Egypt wants both sides to return" -> "Egypt", the
        one asking, not a side); (0, 0) for any other subject phrase."""
        verb = phrase_verb(head)
        if head.dep_ in SUBJECT_DEPS and is_infinitive_complement(verb):
            verb = verb.head
        elif head.dep_ in SUBJECT_DEPS or verb.i == head.i:
            return 0, 0
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return 0, 0
        tokens = list(subject.subtree)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)

    def source_head(self, token: Token, trigger: Trigger) -> Token | None:
        if trigger.pos == "noun" and (verb := self.undergoing_verb(token)) is not None:
            return self.undergone_attack_doer(token, verb)
        if trigger.pos == "noun":
            by = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is None and quad_class(trigger.cameo) in (1, 3):   # "a proposal from Lula and Petro"
                by = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "from"
                           and any(g.dep_ == "pobj" and actor_for_token(g) for g in children_of(c))), None)
            if by is not None:
                return next((g for g in children_of(by) if g.dep_ == "pobj"), None)
            return (self.drawn_from_head(token) or self.joining_subject_head(token) or self.displaced_agent(token)
                    or self.governor_agent(token) or self.support_verb_subject_head(token))
        if self.is_passive(token) or self.is_reduced_passive(token):
            return self.agent_of(token)
        bound = self.bound_party_head(token, trigger)
        if bound is not None:
            return bound
        node = token
        for _ in range(3):   # "are due to meet", "plans to visit", "are expected to meet": the governing verb's subject
            subject = self.subject_of(node)
            if subject is None and node is not token and token.dep_ == "xcomp":
                subject = self.controller(node, token)
            if subject is not None or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
                return subject
            node = node.head
        return None

    def coordinated_actors(self, head: Token, first: Actor) -> list[Actor]:
        """Conjuncts of an actor phrase, and of its nationality modifier ("Kenyan and Somali troops")."""
        members = [actor_for_token(c) for c in conjunct_chain(head)]
        members += self.coordinated_owners(head, first)
        for modifier in children_of(head):
            # "Philippine and Chinese diplomats", "US and British warplanes", and people of no sector
            # the resolver codes ("Lebanese and Israeli officers": each nationality, with no sector)
            if modifier.dep_ in ("amod", "compound", "nmod") and (first.sector or is_plural_noun(head)):
                chain = conjunct_chain(modifier)
                for other in [modifier, *chain] if chain else []:
                    actor = actor_for_token(other)
                    if actor and actor.country and actor.country != first.country:
                        sector = national_sector(first.sector, head)
                        name = f"{actor.country} {SECTOR_LABELS.get(sector, '')}".strip()
                        members.append(make_actor(name, other.text, actor.country, sector))
        return [m for m in members if m is not None]

    def coordinated_owners(self, head: Token, first: Actor) -> list[Actor]:
        """"The leaders of Ethiopia, Egypt and Sudan": one actor per owner country, with the phrase's
        sector ("the foreign ministers of France and Germany" -> FRA GOV, DEU GOV). An owner of the
        same country but another side of it keeps its own sector ("delegations from the Congolese
        government and the M23 rebel group" -> COD GOV, COD REB)."""
        if not is_plural_noun(head) or not first.sector:
            return []
        members = []
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                for owner in [pobj, *conjunct_chain(pobj)]:
                    actor = actor_for_token(owner) or state_named_by(owner)   # "officials from Beijing and Manila"
                    if actor and actor.country and actor.country != first.country:
                        name = f"{actor.country} {SECTOR_LABELS.get(first.sector, '')}".strip()
                        members.append(make_actor(name, owner.text, actor.country, first.sector))
                    elif actor and owner is not pobj and actor.country == first.country \
                            and actor.sector and is_other_side(actor, first, across=True):
                        members.append(actor)
        return members

    def names_a_crowd(self, noun: Token) -> bool:
        """A common noun for street protest ("weeks of protests", "riots in Dakar") standing as a phrase
        of its own (not "riot police", "a protest note", nor the month "March"), and the first such
        protest of its sentence ("protests ... the unrest" is one protest)."""
        if noun.lemma_.lower() not in CROWD_NOUNS or noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod"):
            return False
        # "their protests": its own protesters
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun)):
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
        for mention in self.actor_mentions:
            actor = mention.actor
            if start <= mention.start < end and actor and actor.country and len(actor.country) == 3:
                return actor.country
        return None

    @kept_per_token
    def is_passive(self, token: Token) -> bool:
        return any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in children_of(token))

    @staticmethod
    def is_reduced_passive(token: Token) -> bool:
        """A past participle describing a noun, with a "by" agent: "the ceasefire signed by Ethiopia
        and Sudan", "a strike called by the union". Its doer is the agent, not the noun it describes;
        a participle coordinated with such a one shares its agent ("a guard seized and held by rebels")."""
        if token.dep_ != "acl" or token.tag_ != "VBN":
            return False
        if any(c.dep_ == "agent" for c in children_of(token)):
            return True
        full = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in children_of(token))
        return not full and shared_agent_participle(token) is not None   # "are being rounded up" is no reduced one

    def source(self, token: Token, trigger: Trigger) -> Actor | None:
        if trigger.pos == "noun":
            return self.noun_source(token)
        if self.is_passive(token) or self.is_reduced_passive(token):
            agent = self.agent_of(token)
            return self.actor_or_instrument(agent) if agent is not None else None
        bound = self.bound_party_head(token, trigger)
        if bound is not None:
            return actor_for_token(bound)
        subject = self.subject_of(token)
        governing = self.verb_of_misparsed_participle(token, subject)
        if governing is not None:
            return self.source(governing, Trigger(governing.lemma_, "ASSAULT", "190", "verb"))
        if subject is not None:
            if is_relative_subject(subject, token):
                return actor_for_token(token.head)
            if subject.pos_ == "PRON" and subject.lower_ in ("we", "i", "us"):
                return self.speaker_of_quote(subject)
            return (self.actor_or_instrument(subject) or self.quantified_actor(subject)
                    or self.shared_title_holder(subject) or self.sending_party(subject))
        return self.inherited_subject(token)

    def arresting_reporter(self, token: Token, trigger: Trigger) -> Actor | None:
        """"Police said 12 people had been arrested", "31 demonstrators were detained, the Jakarta
        police chief told reporters": an arrest told in the passive with no agent, reported by a body
        that makes arrests (``ARRESTING_SECTORS``: police, courts, forces, intelligence), was made by
        that body. Another reporter ("the State Department said two Americans were detained") may be
        telling of someone else's arrests, and names no arrester; so may the body itself when the arrest
        is abroad or of its own people."""
        if trigger.type != "COERCE" or trigger.mode != "arrest" or trigger.pos != "verb":
            return None
        if not self.is_passive(token) or self.agent_of(token) is not None:
            return None
        clause = list(token.subtree)
        if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in clause):
            return None   # "the army said two of its soldiers had been arrested": its own people, held by others
        reporter = self.reporter(token)
        if reporter is None or reporter.sector not in ARRESTING_SECTORS:
            return None
        places = (self.place_at.get(t.i) for t in clause)
        if any(p is not None and p.country and p.country != reporter.country for p in places):
            return None   # "French police said a Frenchman had been arrested in Iran": Iran's arrest
        return reporter

    def ruling_government(self, token: Token, trigger: Trigger) -> Actor | None:
        """"Under the emergency decree, public gatherings are banned, and Internet access was cut": a
        state measure (a ban, a restriction, censorship) told in the passive with no agent is the
        government's that decreed it: the government of the latest coercive act coded in this or the
        sentence before ("declared a state of emergency", "imposed a curfew"). Not with a "by" phrase
        ("barred from running by a court ruling")."""
        if trigger.type != "COERCE" or trigger.mode not in STATE_MEASURE_MODES or trigger.pos != "verb":
            return None
        if not self.is_passive(token) or any(c.dep_ == "agent" for c in children_of(token)):
            return None   # "barred from running by a court ruling": the ruling's maker, found elsewhere
        if self.reporter(token) is not None:
            return None   # "the Palestinian Authority said gatherings were banned": the reporter's rules decide
        here = sentence_number(token)
        places = {p.country for t in sentence_of(token) if (p := self.place_at.get(t.i)) is not None and p.country}
        for event in reversed(self.coded):
            source = event.source
            if here - event.evidence.sentence > 1:
                break
            if event.type == "COERCE" and source is not None and source.sector == "GOV" and source.country \
                    and source.country not in REGIONAL_CODES and places <= {source.country}:
                # (not when the ban is told of another land: "China detained two Canadians. Protests
                # were banned in Hong Kong")
                return make_actor(f"{source.country} government", token.text, source.country, "GOV")
        return None

    def charge_denier(self, verb: Token) -> Actor | None:
        """"..., a charge Kigali has consistently denied", "a claim Chisinau rejects": who denies a
        charge told in apposition, when the parser hangs that party on the charge noun or the verb
        in a way the subject rules miss, is the first actor named between the noun and the verb."""
        noun = self.denied_charge(verb)
        if noun is None or noun.i >= verb.i:
            return None
        return next((actor for actor in map(actor_for_token, self.doc[noun.i + 1: verb.i]) if actor is not None), None)

    @staticmethod
    def sending_party(subject: Token) -> Actor | None:
        """"Delegations from the Congolese government and the M23 rebel group met": people the
        resolver coded as no one, sent "from" a party, act for the first party named there."""
        for prep in (c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                actor = actor_for_token(pobj)
                if actor is not None and actor.country:
                    return actor
        return None

    @staticmethod
    def shared_title_holder(subject: Token) -> Actor | None:
        """"Chinese State Councilor and Foreign Minister Wang Yi met ...": two titles of one person,
        which the parser splits at "and" into a subject title with no actor and a conjunct holding the
        name; the named conjunct is the subject. Only a capitalised title with no determiner counts, so
        "Residents and police clashed" never becomes the police's act."""
        if not subject.text[:1].isupper() or any(c.dep_ in ("det", "poss") for c in children_of(subject)):
            return None
        conjuncts = [c for c in children_of(subject) if c.dep_ == "conj"]
        if len(conjuncts) != 1 or conjuncts[0].ent_type_ != "PERSON":
            return None
        return actor_for_token(conjuncts[0])

    def verb_of_misparsed_participle(self, token: Token, subject: Token | None) -> Token | None:
        """ "marched through Khartoum demanding civilian rule": the parser reads the place as the
        subject of the participle and hangs the participle on the preposition; the participle's doer
        is the subject of the verb governing that preposition, returned here (None otherwise). An
        absolute "with"/"without" clause ("with Russia backing the government") has a subject of its
        own, which stays the doer."""
        if subject is None or token.tag_ != "VBG" or token.dep_ not in ("pcomp", "pobj"):
            return None
        if not self.is_place_name(subject) or subject.i > token.i:
            return None
        prep = token.head
        verb = prep.head
        if prep.dep_ != "prep" or verb.i == prep.i or verb.pos_ not in ("VERB", "AUX"):
            return None
        if prep.lower_ in ABSOLUTE_PREPOSITIONS:
            return None   # "with Russia backing the government": the named country does the act
        return verb

    def is_place_name(self, token: Token) -> bool:
        """A proper name the places component resolved, or one the parser tags as a place."""
        return token.i in self.place_at or token.ent_type_ in ("GPE", "LOC", "FAC")

    def bound_party_head(self, token: Token, trigger: Trigger) -> Token | None:
        """"will connect their grids under a deal signed in Cairo": an agreement verb describing, with
        no agent, the deal a clause acts "under" was made by that clause's subject (the parties bound
        by it). None for anything else."""
        if trigger.type != "AGREE" or token.dep_ != "acl" or token.tag_ != "VBN" or self.agent_of(token) is not None:
            return None
        deal = token.head
        if deal.dep_ != "pobj" or deal.head.lower_ != "under" or deal.head.head.i == deal.head.i:
            return None
        return self.subject_of(deal.head.head)

    @kept_per_token
    def subject_of(self, token: Token) -> Token | None:
        """The verb's subject; a dateline parsed as the subject ("CAIRO (Meridian) - Egypt rejected")
        gives way to the nominal right after the dateline."""
        subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return misread_subject(token)   # "lent aircraft to the government and France offered help"
        dateline_end = self.dateline_end
        dateline = {t.i for s in subjects if s.idx < dateline_end for t in s.subtree}
        outside = [s for s in subjects if s.i not in dateline]
        if outside:
            return min(outside, key=lambda s: abs(token.i - s.i))   # two subjects: the nearer one
        if not dateline:
            return subjects[0]
        after = [t for t in self.doc[min(dateline): token.i] if t.i not in dateline and t.pos_ in ("PROPN", "NOUN")]
        if not after:
            # "DOHA, April 24 - Delegations from ... met": the parser hangs the real subject on the
            # dateline's name as an apposition; the first nominal hung there after the dateline's
            # closing dash heads it (what stands before the dash is the dateline's place and agency)
            span = self.doc[min(dateline): token.i]
            dash = max((t.i for t in span if t.text in DATELINE_DASHES), default=None)
            after = [] if dash is None else [t for t in span if t.i > dash and t.pos_ in ("PROPN", "NOUN")
                                             and t.head.idx < dateline_end]
        return after[0] if after else None

    def agent_of(self, token: Token) -> Token | None:
        """The "by" agent of a passive verb, else the one it shares with the participle it is
        coordinated with ("seized and held by rebels")."""
        for child in children_of(token):
            if child.dep_ == "agent":
                return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        partner = shared_agent_participle(token)
        return self.agent_of(partner) if partner is not None else None

    def inherited_subject(self, token: Token, nested: bool = False) -> Actor | None:
        """The doer of a verb with no subject of its own, from the clause it hangs on; ``nested``
        when asked for the governor of such a verb ("by calling" under "into supporting")."""
        head = token.head
        if head == token:
            return None
        attack = self.undergone_attack(head) if token.dep_ in ("advcl", "xcomp") else None
        if attack is not None:   # "the helicopter came under fire, killing a crew member": the shooters killed
            return self.noun_source(attack)
        if token.dep_ == "conj":
            sibling = self.misattached_infinitive_sibling(token)
            if sibling is not None:
                return self.source(sibling, Trigger(sibling.lemma_, "ASSAULT", "190", "verb"))
            speech = self.speech_verb_of_listed_act(token)
            if speech is not None:
                return self.source(speech, Trigger(speech.lemma_, "ASSAULT", "190", "verb"))
            actor = self.source(head, Trigger(head.lemma_, "ASSAULT", "190", "verb"))
            if actor is not None and self.is_clause_of_the_speaker(head) and self.addresses_own_side(token, actor):
                # "the UN mission warned that the country risked war and urged the government and
                # the SPLM-IO to show restraint": the reported clause's subject would urge its own
                # side; the speaker does the second act
                return self.source(head.head, Trigger(head.head.lemma_, "ASSAULT", "190", "verb"))
            if actor is None and self.continues_list_past_relative(token):
                return self.list_subject(head.head)
            if actor is None and self.is_clause_of_the_speaker(head):
                own = self.subject_of(head)
                if own is not None and self.actor_from_modifiers(own) is not None:
                    # "the navy said Chinese coast guard personnel rammed and boarded ...": the
                    # reported clause has a subject of its own, of a named country, which the
                    # resolver does not code; it, not the speaker, does the second act
                    return self.actor_from_modifiers(own)
                if own is not None and self.is_material_conflict(token):
                    # "a drone struck an apartment block and wounded two people, the governor said":
                    # the reported clause's own subject does its second harm, never the speaker
                    return actor_for_token(own)
                # "X said the deal was void and called on Y", "Armenia conceded that four villages
                # belong to Azerbaijan and agreed to hand them over": the parser hangs the second verb
                # of the governing subject on the reported clause; with no actor there, the
                # governing verb's subject is its subject
                return self.source(head.head, Trigger(head.head.lemma_, "ASSAULT", "190", "verb"))
            return actor
        speech = self.speech_verb_of_listed_act(token) if token.dep_ in ("ccomp", "advcl") else None
        if speech is not None:
            return self.source(speech, Trigger(speech.lemma_, "ASSAULT", "190", "verb"))
        if is_verb_after_reduced_relative(token):
            subject = self.subject_of(head)
            return actor_for_token(subject) if subject is not None else None
        if token.dep_ in ("xcomp", "pcomp", "advcl", "ccomp", "acomp") or head.dep_ == "prep":
            governor = head.head if head.dep_ == "prep" else head
            accused = self.accused_doer(head, on_verb=not nested)
            if accused is not None:
                return accused
            if (governor.lemma_.lower() in self.words["object_control_verbs"] or self.is_prevented(token)) \
                    and not is_participle_adjunct(token):
                obj = next((c for c in children_of(governor) if c.dep_ == "dobj"), None)
                if obj is not None:
                    return actor_for_token(obj)
            if token.dep_ in ("xcomp", "pcomp", "acomp") or head.dep_ == "prep" or self.is_participle_clause(token):
                subject = self.controller(governor, token)
                if subject is None and governor.dep_ == "acomp" and governor.head.i != governor.i:
                    subject = self.subject_of(governor.head)   # "officers are due to meet"
                if subject is not None:
                    return actor_for_token(subject) or self.quantified_actor(subject) \
                        or (self.actor_from_modifiers(subject) if is_plural_noun(subject) else None)
                return self.inherited_subject(governor, nested=True) if governor != token else None
            if self.is_purpose_infinitive(token):
                return self.purpose_doer(governor, token)
        if token.dep_ == "acl" and is_reduced_participle(token) and self.is_forceful(token):
            return None   # "soldiers captured during the war": the noun is the one acted on, not the doer
        if token.dep_ == "acl" and self.is_misparsed_main_verb(token):
            return actor_for_token(sentence_of(token).root)
        if token.dep_ == "acl" or token.dep_ == "relcl":
            owner = self.intention_owner(head) if token.dep_ == "acl" and is_infinitive(token) else None
            return owner or actor_for_token(head)
        return None

    def continues_list_past_relative(self, token: Token) -> bool:
        """"The minister called his counterpart, complained about shells that landed in its territory
        and asked the junta to ...": the parser hangs the last verbal act of a list on a relative
        clause about a thing ("shells that landed"), which can neither ask nor accuse. True when
        ``token`` is a verbal act (QuadClass 1 or 3) coordinated with a relative clause whose
        relative-pronoun subject stands for a noun naming no party; the list's subject does it."""
        clause = token.head
        if clause.dep_ != "relcl" or not self.is_verbal_trigger(token):
            return False
        subject = self.subject_of(clause)
        return (subject is not None and subject.lower_ in ("that", "which")
                and actor_for_token(clause.head) is None)

    def list_subject(self, noun: Token) -> Actor | None:
        """The subject of the nearest verb above ``noun`` that has one, through at most three verbs
        ("complained about shells" hung by the parser on "had called", whose subject is the minister)."""
        verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")][:3]
        for verb in verbs:
            subject = self.subject_of(verb)
            if subject is not None:
                return actor_for_token(subject) if subject.lower_ not in EMPTY_SUBJECTS else None
        return None

    @staticmethod
    def is_misparsed_main_verb(token: Token) -> bool:
        """"The Arab League, which has backed Cairo throughout the dispute, called on Ethiopia to ...":
        the parser takes the subject noun for the sentence's root and hangs the main verb, a finite
        past or present verb with no subject of its own, on a noun inside the noun's relative clause.
        True for such a verb: the root noun is its subject."""
        if token.tag_ not in ("VBD", "VBZ"):
            return False
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in children_of(token)):
            return False
        root = sentence_of(token).root
        if root.pos_ not in ("NOUN", "PROPN") or root.i > token.i:
            return False
        return any(a.dep_ == "relcl" and a.head.i == root.i for a in token.ancestors)

    def speech_verb_of_listed_act(self, token: Token) -> Token | None:
        """"Katz said Hezbollah had launched the rockets, blamed the government and threatened to
        strike": a finite past verb of a verbal act (a charge, a threat, a demand) with no subject or
        auxiliary of its own, hung by the parser on a reported clause as the next item of a list
        (`reported_clause_of_list`), whose verb carries an auxiliary it does not share ("had
        launched", "would send", "was seen") or which states a condition ("were unharmed",
        `is_copular_state`) and is no verbal act itself, continues the list the speech
        verb opens: it is the speaker's act, not the reported subject's. The speech verb must be a
        finite past verb too; a material deed ("said rebels had fired mortars and killed two soldiers",
        where the tagger also reads "killed" as finite) stays in the clause."""
        if token.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                                      for c in children_of(token)):
            return None
        first = self.reported_clause_of_list(token)
        if first is None:
            return None
        speech = first.head
        if first.dep_ != "ccomp" or speech.tag_ != "VBD" or speech.lemma_.lower() not in self.words["speech_verbs"]:
            return None
        auxiliary = first.tag_ in ("VBN", "VB") and any(c.dep_ in ("aux", "auxpass") for c in children_of(first))
        if not auxiliary and not is_copular_state(first):
            return None
        if not self.is_verbal_trigger(token) or self.is_verbal_trigger(first):
            return None   # "said rebels had fired mortars and killed two soldiers": one reported deed
        return speech

    @staticmethod
    def reported_clause_of_list(token: Token) -> Token | None:
        """The reported verb a list of acts after it hangs on, as the parser may attach the next item:
        a conjunct (down a chain of conjuncts), a second reported clause, or a subordinate clause with
        no subordinator ("said X had shelled a village, accused Baku of ..."); None otherwise."""
        if token.dep_ == "ccomp":
            return next((c for c in children_of(token.head) if c.dep_ == "ccomp" and c.i < token.i), None)
        node = token
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "advcl" and not any(c.dep_ == "mark" for c in children_of(node)) and node.tag_ == "VBD":
            node = node.head
        if node is token or node.dep_ != "ccomp":
            return None
        return node

    def is_verbal_trigger(self, token: Token) -> bool:
        """``token`` is a trigger of a verbal act (QuadClass 1 or 3: a charge, a threat, a demand)."""
        trigger = self.triggers.get(token.i)
        return trigger is not None and quad_class(trigger.cameo) in (1, 3)

    @staticmethod
    def is_purpose_infinitive(token: Token) -> bool:
        """"Thousands of soldiers gathered to defend the capital": a subjectless infinitive clause of
        purpose hung on the verb whose subject does it."""
        return token.dep_ == "advcl" and token.tag_ == "VB" and is_infinitive(token) and not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in children_of(token))

    def purpose_doer(self, governor: Token, clause: Token) -> Actor | None:
        """Who does a purpose clause of ``governor``: the active governor's own subject, named by a
        noun or a personal pronoun. None for a passive governor ("the rally was held to protest":
        the rally protests nothing; "troops were sent to help": the sender is not the helper), for an
        empty subject ("it took weeks to reach a deal"), for a copula or a subordinate clause (which
        the parser often hangs a later clause's purpose on), for a governor with no subject and when
        another party named before the clause may be its doer (`other_party_between`)."""
        if governor.pos_ not in ("VERB", "AUX") or any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"}
                                                        for c in children_of(governor)):
            return None
        if governor.lemma_.lower() == "be" or any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")
                                                  for c in children_of(governor)):
            return None   # a copula, or a subordinate clause ("when the government is seeking approval")
        subject = next((c for c in children_of(governor) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ in EMPTY_SUBJECTS:
            return None
        actor = actor_for_token(subject) or self.quantified_actor(subject)
        if actor is None or self.other_party_between(governor, clause, actor):
            return None
        return actor

    def other_party_between(self, governor: Token, clause: Token, actor: Actor) -> bool:
        """Whether a party other than ``actor`` is named between the governor and its purpose clause,
        who may be the one doing it ("gave them 60 days to finalize the deal", "extended the amnesty
        to people with firearms to surrender them", "searching for a provider to host the files");
        the subject's own agents (same country and sector: "the AU would send a team to investigate")
        and places ("flew to Washington to appeal") are no other party."""
        for word in governor.doc[governor.i + 1: clause.i]:
            if word.pos_ not in ("NOUN", "PROPN", "PRON") or self.is_place_name(word) or state_named_by(word):
                continue
            if word.dep_ == "pobj" and word.head.lower_ == "for":
                return True   # "searching for a provider to host the files": the one sought does it
            other = actor_for_token(word)
            if other is not None and (other.country, other.sector) != (actor.country, actor.sector):
                return True
            if other is None and word.ent_type_ in ("PERSON", "ORG", "NORP"):
                return True
        return False

    def is_forceful(self, token: Token) -> bool:
        """``token`` is a trigger of force or penalty (FORCEFUL_TYPES), whose bare participle is
        passive in sense ("sailors detained"); "extremists opposed to the truce" is no passive."""
        return getattr(self.triggers.get(token.i), "type", None) in FORCEFUL_TYPES

    @staticmethod
    def misattached_infinitive_sibling(verb: Token) -> Token | None:
        """The infinitive a bare verb really shares its doer with when the parser hung it on the wrong
        head: "She was scheduled to lay flowers, talk to the guards and meet the president" gives
        "talk" (tagged as a present verb) to the passive "scheduled" (whose agent is none) and "meet"
        to the relative clause "who survived". A base-form conjunct (no auxiliary of its own) whose
        head is a passive or a finite verb of another tense continues the nearest earlier controlled
        infinitive ("to lay") of the sentence, whose doer is the controller's; None when there is none."""
        head = verb.head
        own_parts = ("aux", "auxpass", "nsubj", "nsubjpass")
        if verb.tag_ not in ("VB", "VBP") or any(c.dep_ in own_parts for c in children_of(verb)):
            return None
        passive_head = any(c.dep_ == "auxpass" for c in children_of(head))
        if not passive_head and (verb.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ") or head.dep_ != "relcl"):
            return None
        sentence = verb.sent
        earlier = [t for t in sentence[: verb.i - sentence.start]
                   if t.dep_ == "xcomp" and t.tag_ == "VB" and any(a.lower_ == "to" for a in children_of(t))]
        if not earlier:
            return None
        sibling = earlier[-1]
        if passive_head and sibling.head.i != head.i:
            return None   # a passive's conjunct continues that passive's own infinitive only
        return sibling

    def addresses_own_side(self, token: Token, actor: Actor) -> bool:
        """A request whose direct object, or one coordinated with it, is of the own country of
        ``actor``, a reported clause's subject that names no person ("warned that the country risked
        war and urged the government"). "State media said Kim visited a factory and praised North
        Korean workers" keeps Kim's own act."""
        trigger = self.triggers.get(token.i)
        if trigger is None or trigger.type != "REQUEST" or not actor.country:
            return False
        subject = self.subject_of(token.head)
        if subject is None or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
            return False   # a person's own acts stay his ("Kim visited a factory and praised workers")
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        objects += [g for o in objects for g in o.conjuncts]
        return any((found := actor_for_token(o)) is not None and found.country == actor.country for o in objects)

    def is_material_conflict(self, token: Token) -> bool:
        """The trigger matched at ``token`` is a material act of conflict (QuadClass 4: an attack,
        a seizure, an arrest)."""
        trigger = self.triggers.get(token.i)
        return trigger is not None and quad_class(trigger.cameo) == 4

    def is_clause_of_the_speaker(self, clause: Token) -> bool:
        """``clause`` is the complement of a speech verb, or a "that"-clause of any verb ("conceded
        that ..."): a verb coordinated with it may be the governing subject's second act."""
        if clause.dep_ != "ccomp":
            return False
        if clause.head.lemma_.lower() in self.words["speech_verbs"]:
            return True
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))

    def accused_doer(self, prep: Token, on_verb: bool = True) -> Actor | None:
        """"accusing the armed group of attacking civilians", "blamed the militia for shelling": an
        "of"/"for" gerund hung on the accused object or on the accusing verb ("assailed Ukraine for
        holding drills") is done by that object, as is an "into" gerund after any verb's object
        ("scared the leaders into backing him"); ``on_verb`` false allows the object's own prepositions
        only (a verb further up the chain). None when ``prep`` is anything else."""
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "into"):
            return None
        accused = prep.head if prep.head.dep_ == "dobj" else self.accused_of(prep.head) if on_verb else None
        if accused is None or accused.dep_ not in ("dobj", *PASSIVE_SUBJECT_DEPS):
            return None
        if prep.lower_ != "into" and accused.head.lemma_.lower() not in self.words["accusing_or_judging_verbs"]:
            return None   # "into" after any object: "pressed the rebels into signing"
        return actor_for_token(accused) or self.quantified_actor(accused)

    @staticmethod
    def verb_object(verb: Token) -> Token | None:
        """The direct object of ``verb`` when ``verb`` is a verb with one ("assailed Ukraine for
        holding ...", "scared the leaders into backing ..."): who a gerund hung on the verb
        after "for"/"of"/"into" is about; None otherwise."""
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in children_of(verb) if c.dep_ == "dobj"), None)

    @staticmethod
    def is_participle_clause(token: Token) -> bool:
        """"rallied outside the base, demanding that ...", "imposed sanctions, accusing the group of
        ...": a subjectless participle clause whose doer is the main clause's subject."""
        return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
            c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ == "mark" for c in children_of(token))

    @staticmethod
    def controller(governor: Token, token: Token) -> Token | None:
        """Who does what ``token`` (a complement of ``governor``) says: the governor's subject, or the
        passive subject of a raising verb ("Kenya is set to deploy", "Iran was forced to retreat")."""
        deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if token.dep_ == "xcomp" else SUBJECT_DEPS
        return next((c for c in children_of(governor) if c.dep_ in deps), None)

    @staticmethod
    def patient_possessor(noun: Token) -> Token | None:
        """"Navalny's arrest", "Park's conviction": the possessor of an act done to someone, which is
        that act's target; None when the noun has an "of" object ("Iran's arrest of two Britons")."""
        if noun.lemma_.lower() not in PATIENT_POSSESSOR_NOUNS and noun.lower_ not in PATIENT_POSSESSOR_NOUNS:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
            return None
        return next((c for c in children_of(noun) if c.dep_ == "poss"), None)

    @staticmethod
    def guest_phrase(token: Token) -> Token | None:
        """"hosted a reception for visiting Turkish Foreign Minister X", "Putin met visiting Chinese
        President Xi": the guest a subjectless "visiting" names right after it, who is the visit's
        source (the host is its target); None for a clause of its own ("Trump is visiting China",
        "after visiting China") or when the word after it names a place."""
        if token.lower_ != "visiting" or token.dep_ not in GUEST_PARTICIPLE_DEPS:
            return None
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in children_of(token)):
            return None
        if token.dep_ == "pcomp" and token.head.lower_ not in GUEST_PREPOSITIONS:
            return None
        if token.dep_ in ("amod", "acl") and token.head.i > token.i:
            guest = token.head
        else:
            guest = next((c for c in children_of(token) if c.dep_ == "dobj" and c.i > token.i), None)
        if guest is None or guest.left_edge.i != token.i + 1:
            return None
        if guest.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        return guest

    @staticmethod
    def visitor(guest: Token, host: Actor | None) -> Actor | None:
        """The actor of a "visiting" guest phrase. A guest is of another country than the host: when the
        phrase's head reads as the host's own country ("visiting Minister of Defence of Russian Minister
        ... Shoigu" coded by its first title), a name or nationality of another country inside the
        phrase stands for the guest, else no one."""
        actor = actor_for_token(guest)
        if host is None or not host.country or actor is None or actor.country != host.country:
            return actor
        named = [w for w in guest.subtree if w.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") and w.i != guest.i]
        for word in sorted(named, key=lambda w: (w.ent_type_ != "PERSON", -w.i)):   # the name's head first
            other = actor_for_token(word)
            if other is not None and other.country and other.country != host.country:
                return other
        return None

    def host_of_guest(self, token: Token, guest: Actor | None) -> Actor | None:
        """The host of a guest named by "visiting": the subject of the verb the phrase hangs under
        ("Rouhani hosted a reception for visiting X"), when it is of another country than the guest
        (any host when ``guest`` is None)."""
        node = token.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                subject = self.subject_of(node)
                host = actor_for_token(subject) if subject is not None else None
                if host is None or not host.country:
                    return None
                if guest is not None and host.country == guest.country:
                    return None
                return host
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def expelling_country(self, noun: Token) -> Actor | None:
        """"the expulsion of Russian diplomats from Britain": the country an expulsion is from is the
        one that expels; only a country name counts."""
        if noun.lower_ not in EXPULSION_NOUNS and noun.lemma_.lower() not in EXPULSION_NOUNS:
            return None
        for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                country = self.country_named_by(pobj)
                if country is not None:
                    code = country.country
                    return make_actor(f"{code} {SECTOR_LABELS.get('GOV', '')}".strip(), pobj.text, code, "GOV")
        return None

    def noun_source(self, noun: Token) -> Actor | None:
        found = self.own_noun_source(noun)
        if found is None and (measure := self.measuring_noun(noun)) is not None:
            return self.own_noun_source(measure)   # "approved a package of sanctions": the package's doer
        return found

    def own_noun_source(self, noun: Token) -> Actor | None:
        if (verb := self.undergoing_verb(noun)) is not None:   # "came under fire from the rebels": they fired
            doer = self.undergone_attack_doer(noun, verb)
            if doer is None:
                return self.actor_from_modifiers(noun)   # "came under Russian artillery fire"
            return self.actor_or_instrument(doer) or self.actor_from_modifiers(doer)   # "from Azerbaijani positions"
        if self.joining_subject_head(noun) is not None:
            return self.joiner(noun)
        patient = self.patient_possessor(noun)
        for child in children_of(noun):
            if child is patient:
                continue   # "Navalny's arrest": the possessor is the one arrested
            if child.dep_ == "poss" and points_forward(child):   # "Despite their protests, X and Y ..."
                return self.forward_referent(child)
            if child.dep_ == "poss":
                actor = actor_for_token(child)
                if actor:
                    return actor
            if child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
                if pobj is not None:   # "an assault by Chinese law enforcement officers": their nationality
                    return actor_for_token(pobj) or self.national_crew(pobj)
            if child.dep_ == "prep" and child.lower_ in ("from", "of") and self.is_verbal_noun(noun):
                pobj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
                if pobj is not None and actor_for_token(pobj) is not None:
                    return actor_for_token(pobj)   # "a proposal from Lula and Petro", "at the request of Chad"
            if child.dep_ == "acl" and child.lemma_.lower() in ("blame", "attribute", "claim"):
                for prep in children_of(child):
                    if prep.dep_ in ("prep", "agent") and prep.lower_ in ("on", "to", "by"):
                        pobj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            return actor_for_token(pobj)
        maker = self.maker_on_content(noun)
        if maker is not None:
            return maker
        displaced = self.displaced_agent(noun) or self.governor_agent(noun)
        if displaced is not None:
            return actor_for_token(displaced)
        return (self.actor_from_modifiers(noun) or self.support_verb_subject(noun) or self.answering_subject(noun)
                or self.drawn_from(noun)
                or self.blamed_party(noun)
                or self.purpose_subject(noun) or self.mediated_party(noun) or self.punished_party(noun)
                or self.committing_subject(noun) or self.span_subject(noun) or self.framing_subject(noun)
                or self.joint_manner_subject(noun) or self.traveller(noun) or self.disposed_subject(noun)
                or self.caller(noun))

    @staticmethod
    def undergone_attack_doer(noun: Token, verb: Token) -> Token | None:
        """Who made the attack a party "came under" with ``verb``: the object of "from" or "by" on the
        attack noun or on the verb ("came under attack from Hezbollah positions", "came under fire from
        armed men"); never the subject, who was attacked."""
        for carrier in (noun, verb):
            for prep in children_of(carrier):
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
                    return next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
        return None

    def disposed_subject(self, noun: Token) -> Actor | None:
        """"Bogota remained open to dialogue with any armed group", "Kenya is ready for talks", "the
        group was responsible for the attack": an event noun under a preposition of a predicate
        adjective of disposition or doing (``disposition_adjectives`` in rules.yaml) is the act of the
        subject that adjective is said of; a patient adjective ("vulnerable to attacks") is not listed."""
        prep = noun.head
        adjective = prep.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or adjective.dep_ != "acomp" or adjective.i == prep.i:
            return None
        if adjective.lemma_.lower() not in self.lexicon.lower_words("disposition_adjectives"):
            return None
        verb = adjective.head
        subject = self.subject_of(verb)
        if subject is None:
            return self.inherited_subject(verb)
        return actor_for_token(subject)

    def traveller(self, noun: Token) -> Actor | None:
        """"X, who is on a visit to Morocco", "the minister was on a two-day trip to Cairo": the subject
        of "be on" a journey makes it; a relative "who" or "that" stands for the phrase the clause
        describes. "On a visit to Cairo, the minister praised ...": a journey fronted with "on" before
        a clause's subject was made by that subject (not a pronoun; "commented on a visit by ..." has
        the phrase after the subject and names no traveller). None for any other noun."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "on" or noun.lemma_.lower() not in JOURNEY_NOUNS:
            return None
        if any(c.dep_ == "poss" for c in children_of(noun)):
            return None
        verb = prep.head
        if verb.i == prep.i or verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.lemma_.lower() != "be":
            subject = self.subject_of(verb)
            if subject is None or subject.pos_ == "PRON" or subject.i < prep.i:
                return None
            return actor_for_token(subject)
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return None
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        return actor_for_token(subject)

    def framing_subject(self, noun: Token) -> Actor | None:
        """"After talks in Ankara, Sweden's foreign minister said ...", "Following a meeting with Ruto,
        the Ugandan leader announced ...": talks (a CONSULT noun with no owner of its own) fronted
        before a clause's subject with "after", "following" or "during" were held by that subject."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in FRAMING_PREPOSITIONS or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        if not self.is_unowned_consultation(noun):
            return None
        subject = self.subject_of(prep.head)
        if subject is None or subject.pos_ == "PRON" or subject.i < prep.i:
            return None   # only a fronted frame: "Kenya agreed to a ceasefire after talks" names no party of them
        return actor_for_token(subject)

    def joint_manner_subject(self, noun: Token) -> Actor | None:
        """"U.N. officials drafted the rules in consultation with Iraqi diplomats", "Kenya agreed in
        talks with Somalia to ...": a joint-work or consultation noun with no owner after "in" or
        "during", naming a "with" partner, is the subject's dealing with that partner: the subject of
        the active verb it hangs on is the event's source (the partner is its target)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
            return None
        if noun.lemma_.lower() not in JOINT_MANNER_NOUNS and not self.is_unowned_consultation(noun):
            return None
        if any(c.dep_ == "poss" for c in children_of(noun)):
            return None   # "in their talks with X" is the owner's
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun)):
            return None   # "in the cooperation between X and Y" names its own parties
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or self.is_passive(verb):
            return None   # "the visit, organised in partnership with X": the organiser is unnamed
        subject = self.subject_of(verb)
        if subject is None:
            return None
        # "the ministry said it was in contact with both sides": a pronoun counts once resolved
        return actor_for_token(subject)

    def caller(self, noun: Token) -> Actor | None:
        """"Putin apologised to Aliyev in a phone call", "Rubio criticised the law during a call with
        al-Sudani": a call or conversation with no owner that an active verb of an addressee was
        done in is held by that verb's subject (``call_addressee`` is the other party)."""
        verb = self.call_verb(noun)
        if verb is None:
            return None
        subject = self.subject_of(verb)
        return actor_for_token(subject) if subject is not None else None

    def call_verb(self, noun: Token) -> Token | None:
        """The active verb a call noun hangs on with "in"/"during"/"on" ("apologised to Aliyev in a
        phone call"), when the noun names no owner or parties of its own; else None."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during", "on") or noun.lemma_.lower() not in CALL_NOUNS:
            return None
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "between") for c in children_of(noun)):
            return None
        verb = prep.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head   # "criticised the law in a phone call": the parser hangs it on the object
        if verb.pos_ not in ("VERB", "AUX") or self.is_passive(verb):
            return None
        return verb

    def call_addressee(self, noun: Token) -> Actor | None:
        """The other party of a call ``caller`` finds: the verb's object or "to"/"with" object
        ("apologised to Aliyev", "told Macron", "discussed it with Starmer")."""
        verb = self.call_verb(noun)
        if verb is None:
            return None
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        # "criticised the law in a call with al-Sudani", "discussed the plan with X": the object's "with" too
        for child in [*children_of(verb), *(g for o in objects for g in children_of(o) if g.dep_ == "prep")]:
            if child.dep_ in ("dobj", "dative") and (actor := actor_for_token(child)) is not None:
                return actor
            if child.dep_ == "prep" and child.lower_ in ("to", "with"):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and (actor := actor_for_token(pobj)) is not None:
                        return actor
        return None

    def committing_subject(self, noun: Token) -> Actor | None:
        """"Britain pledged military aid to Ukraine", "the Indonesian president paid a state visit":
        the subject of a COMMITTING_VERBS verb whose direct object is the event noun (also when that
        verb is coded as an event of its own: the pledge and the aid are both the subject's)."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in COMMITTING_VERBS:
            return None
        if any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun)):
            return None   # "offered talks between X and Y": the parties are named, the offerer is none
        subject = self.subject_of(verb)
        if subject is not None:
            return actor_for_token(subject)
        return self.inherited_subject(verb) if verb.dep_ in ("xcomp", "conj") else None

    def intention_owner(self, noun: Token) -> Actor | None:
        """"China's decision to impose tariffs", "a move by Mali's junta to expel": the owner of an
        INTENTION_NOUNS noun (its possessor, else its "by" agent, else a nationality modifier) does
        what its infinitive says, when that owner is named (a proper name, or a phrase owned by one)."""
        if noun.lemma_.lower() not in INTENTION_NOUNS:
            return None
        owners = [c for c in children_of(noun) if c.dep_ == "poss"]
        owners += [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"
                   for g in children_of(c) if g.dep_ == "pobj"]
        if owners:
            # only a named owner: "the junta's decision" leaves the resolver to guess whose junta
            return actor_for_token(owners[0]) if is_named(owners[0]) else None
        return self.actor_from_modifiers(noun)   # "any Chinese attempt to seize Taiwan"

    def span_subject(self, noun: Token) -> Actor | None:
        """The subject of the support or committing verb whose object is the span holding ``noun``."""
        holder = span_holder(noun)
        if holder is None:
            return None
        return self.support_verb_subject(holder) or self.committing_subject(holder)

    def forward_referent(self, pronoun: Token) -> Actor | None:
        """What a possessive pronoun pointing forward stands for: the named subject of the clause its
        fronted phrase opens ("Despite their objections, Brazil and Argentina signed" -> Brazil);
        nothing when that subject is itself a pronoun or names no actor ("it looks like ...")."""
        subject = self.subject_of(fronting_verb(pronoun))
        if subject is None or subject.pos_ == "PRON":
            return None
        return actor_for_token(subject)

    @staticmethod
    def joining_subject_head(noun: Token) -> Token | None:
        """The subject of the joining verb an event noun is the object of ("Turkey has not joined
        Western sanctions", "Spain and Italy joined the strikes"), else None."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in JOINING_VERBS:
            return None
        return next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)

    def joiner(self, noun: Token) -> Actor | None:
        """Who joins an act begun by others does it: the joining verb's own subject, never the owner
        named on the noun. A subject only inherited ("persuade Khartoum to rejoin the ceasefire") is
        not taken: such clauses are wishes of others, and the parse of them is often loose."""
        head = self.joining_subject_head(noun)
        return actor_for_token(head) if head is not None else None

    @staticmethod
    def displaced_agent(noun: Token) -> Token | None:
        """"the shelling of a crowded market in Kharkiv by Russian forces": the parser hangs the
        event noun's "by" agent on its "of" object (or on a place phrase under that object); the
        agent is taken when it names an actor ("the capture of the town by nightfall" does not)."""
        objects = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
                   if g.dep_ == "pobj"]
        objects += [g for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ in LOCATIVE_OF_OBJECT
                    for g in children_of(c) if g.dep_ == "pobj"]
        for holder in objects:
            for prep in children_of(holder):
                if prep.dep_ != "prep" or prep.lower_ != "by":
                    continue
                agent = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                if agent is not None and actor_for_token(agent) is not None:
                    return agent
        return None

    def maker_on_content(self, noun: Token) -> Actor | None:
        """"an offer of round-table talks from Yanukovych": the parser hangs a verbal noun's "from"
        maker on its "of" object; the maker is the noun's (whose content the "of" object is)."""
        if not self.is_verbal_noun(noun):
            return None
        return next((actor for maker in makers_on_content(noun) if (actor := actor_for_token(maker)) is not None), None)

    def measuring_noun(self, noun: Token) -> Token | None:
        """"a 17th package of sanctions", "a new batch of arrests": the measuring noun (rules.yaml
        ``quantity_nouns``) whose "of" phrase the event noun is, when it names no actor of its own;
        the event noun stands in its place in the clause."""
        measure = measure_of(noun, self.lexicon.lower_words("quantity_nouns"))
        return measure if measure is not None and actor_for_token(measure) is None else None

    def governor_agent(self, noun: Token) -> Token | None:
        """ "to protest the killings of Albanians by Serb police": the parser hangs an event noun's
        "by" agent on the active verb whose object the noun is. An active verb has no agent of its
        own, so a "by" phrase after the noun that names an actor is the noun's ("by marching",
        "by a wide margin" name none; a passive verb's "by" is its own agent)."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or self.is_passive(verb) or verb.tag_ == "VBN":
            return None
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
            agent = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
            if agent is not None and actor_for_token(agent) is not None:
                return agent
        return None

    def mediated_party(self, noun: Token) -> Actor | None:
        """"Ethiopia remained open to African Union-led talks": talks whose modifier names their
        mediator are held by the subject of the clause they hang on (through prepositions and
        adjective or object complements), not by the mediator."""
        if self.mediator_end(noun) < 0:
            return None
        node = noun
        while node.dep_ in ("pobj", "prep", "acomp", "dobj") and node.head.i != node.i:
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return None
        subject = self.subject_of(node)
        return actor_for_token(subject) if subject is not None else None

    def is_unowned_consultation(self, noun: Token) -> bool:
        """A consultation noun ("talks", "a meeting") with no owner of its own: "during the two
        leaders' summit" names who holds it, named or not."""
        if not any(t.type == "CONSULT" for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())):
            return False
        return not any(c.dep_ == "poss" for c in children_of(noun))

    def purpose_subject(self, noun: Token) -> Actor | None:
        """"flew to Moscow for talks with Putin", "was in Kabul for talks with Taliban ministers":
        talks that are the purpose of a journey, or of a stay at a named place, are held by the
        traveller."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return None
        if prep.head.lemma_.lower() not in TRAVEL_VERBS and not is_stay_at_a_place(prep.head):
            return None
        if not self.is_unowned_consultation(noun):
            return None
        stay = prep.head
        subject = self.subject_of(stay) or next((c for c in children_of(stay) if c.dep_ == "nsubjpass"), None)
        if subject is None and stay.dep_ in ("acomp", "attr") and stay.head.i != stay.i:
            subject = self.subject_of(stay.head)   # "the envoy is due in Colombo ... for talks"
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
        accused = self.accused_of(verb)
        if accused is None:
            return None
        return actor_for_token(accused) or self.patient_owner(accused)

    def accused_of(self, verb: Token) -> Token | None:
        """Who an accusing verb charges: its direct object ("blamed the militia for ..."), else, in
        the passive, its subject ("the militia was blamed for the shelling", "Al-Shabaab was accused
        of attacking ..."), whether or not a "by" phrase names the accuser."""
        found = self.verb_object(verb)
        if found is not None or verb.pos_ not in ("VERB", "AUX"):
            return found
        return next((c for c in children_of(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS), None)

    def punished_party(self, noun: Token) -> Actor | None:
        """"imposed sanctions on 11 Iranian officials over the crackdown": the act a sanction or a
        condemnation is "over" was done by the party it is aimed at, when that earlier
        coded event has a country-coded target."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in PUNISHED_ACT_PREPOSITIONS or prep.head.i == prep.i:
            return None
        measure = prep.head
        for event in reversed(self.coded):
            if (event.trigger.start == measure.idx and event.type in PUNISHING_TYPES
                    and event.target is not None and event.target.country):
                return event.target
        return None

    def support_verb_subject_head(self, noun: Token) -> Token | None:
        """"Egypt and Sudan held joint drills": the subject phrase of the support verb carrying an event
        noun that names no actor of its own (its coordinated members are the event's sources too)."""
        head = noun.head
        if noun.dep_ != "dobj" or head.lemma_.lower() not in self.words["support_verbs"]:
            return None
        if any(c.dep_ == "poss" for c in children_of(noun)) or self.actor_from_modifiers(noun) is not None:
            return None
        return next((c for c in children_of(head) if c.dep_ in SUBJECT_DEPS), None)

    def is_verbal_noun(self, noun: Token) -> bool:
        """The noun is coded as a statement (QuadClass 1 or 3: a proposal, a request, a warning) or a
        protest ("protests from Washington", "from students")."""
        trigger = self.triggers.get(noun.i)
        return trigger is not None and (quad_class(trigger.cameo) in (1, 3) or trigger.type == "PROTEST")

    def drawn_from(self, noun: Token) -> Actor | None:
        """"The release drew sharp protests from Washington", "prompted condemnation from Cairo": the
        party a reaction is drawn "from" (``DRAWING_VERBS``), as the parser hangs it on the verb."""
        pobj = self.drawn_from_head(noun)
        return (actor_for_token(pobj) or state_named_by(pobj)) if pobj is not None else None

    def drawn_parties(self, noun: Token) -> list[Actor]:
        """Every party a drawn reaction is drawn "from" ("from Britain and Norway"), a country named
        there being its state."""
        head = self.drawn_from_head(noun)
        if head is None:
            return []
        found: list[Actor] = []
        for member in (head, *conjunct_chain(head)):
            actor = actor_for_token(member) or state_named_by(member)
            if actor is not None and all(actor.code != a.code for a in found):
                found.append(actor)
        return found

    def drawn_from_head(self, noun: Token) -> Token | None:
        """The object of the "from" a drawn reaction names its party with, on the verb or on the noun
        ("drew condemnation from the United States": a country there is a party, not a place)."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_VERBS or not self.is_verbal_noun(noun):
            return None
        return next((g for c in (*children_of(verb), *children_of(noun)) if c.dep_ == "prep" and c.lower_ == "from"
                     for g in children_of(c) if g.dep_ == "pobj"), None)

    def answering_subject(self, noun: Token) -> Actor | None:
        """"Hun Manet responded with a ban on imports of Thai fruit", "Beijing retaliated with tariffs":
        a measure a party answers with (``ANSWER_VERBS`` + "with") is that party's."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
            return None
        verb = prep.head
        if verb.lemma_.lower() not in ANSWER_VERBS:
            return None
        subject = self.subject_of(verb)
        return actor_for_token(subject) if subject is not None else self.inherited_subject(verb)

    def support_verb_subject(self, noun: Token) -> Actor | None:
        """"France completed its troop withdrawal": the subject of a support verb acts the noun's event."""
        verb = self.verb_of_amount(noun)
        if verb is not None:   # "announced $60 million in new humanitarian aid"
            subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)
            return actor_for_token(subject) if subject is not None else None
        head = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or head.lemma_.lower() not in self.words["support_verbs"]:
            return None
        if noun.dep_ == "nsubjpass":
            agent = self.agent_of(head)
            return actor_for_token(agent) if agent is not None else None
        subject = next((c for c in children_of(head) if c.dep_ in SUBJECT_DEPS), None)
        return actor_for_token(subject) if subject is not None else self.inherited_subject(head)

    def verb_of_amount(self, noun: Token) -> Token | None:
        """"announced $60 million in new humanitarian aid", "offered 5 billion yen in emergency aid":
        the support verb whose object is an amount (a number, or a noun counted by one) that the
        event noun, after "in", says what of; None for any other noun ("announced two rounds of
        talks" is not taken: an announcer need not be a party of the talks)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in":
            return None
        holder = prep.head
        verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
        if verb.lemma_.lower() not in self.words["support_verbs"]:
            return None
        amounts = [holder] if holder is not verb else [c for c in children_of(verb) if c.dep_ == "dobj"]
        return verb if any(a.dep_ == "dobj" and self.is_amount(a) for a in amounts) else None

    @staticmethod
    def is_amount(word: Token) -> bool:
        """A number or a noun counted by a number or a currency sign ("$60 million", "5 billion yen")."""
        return word.tag_ in ("CD", "$") or any(c.tag_ in ("CD", "$") and c.dep_ in ("nummod", "quantmod", "compound")
                                                for c in children_of(word))

    @staticmethod
    def quantified_actor(subject: Token) -> Actor | None:
        """"Thousands of Georgians", "a crowd of students": the people a quantity subject counts."""
        if subject.lower_ not in QUANTITY_HEADS and subject.tag_ != "CD":
            return None
        for prep in children_of(subject):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return actor_for_token(pobj)
        return None

    def actor_or_instrument(self, token: Token) -> Actor | None:
        """The actor a subject or agent phrase stands for: a thing's owner, the phrase's own actor,
        the doer of an instrument or event noun, else the country its nationality names."""
        if self.is_thing(token):
            return self.thing_owner(token)
        actor = actor_for_token(token)
        if actor is not None:
            return actor
        if token.lemma_.lower() in self.words["instrument_nouns"] or token.lemma_.lower() in self.lexicon.nouns:
            noun_trigger = self.triggers.get(token.i)
            if noun_trigger is None or quad_class(noun_trigger.cameo) == 4:
                # "the strike killed five": the attack is the killing's; but "talks ended without
                # agreement" are talks held, whatever the verb they are the subject of reports
                self.absorbed.add(token.i)
            return self.noun_source(token) or self.firing_party(token)
        if token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children_of(token)):
            owner = self.patient_owner(token)   # "its aircraft had bombed": the owner of what acts
            if owner is not None and owner.country:
                return owner   # not "the company's board": an owner of no country is no party here
        return self.national_crew(token) or self.force_equipment(token)

    def force_equipment(self, token: Token) -> Actor | None:
        """"military aircraft bombed two villages", "army helicopters fired on the crowd": a common noun
        the resolver codes as no actor, modified by a word of the armed forces or police, acts for
        that force (the country the context gives it); a warship or warplane of a nationality ("a New
        Zealand frigate") acts for that country's military."""
        if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS | {"pobj"} or token.lemma_.lower() not in FORCE_EQUIPMENT:
            return None
        if not any(c.dep_ in ("amod", "compound") for c in token.lefts):
            return None
        actor = self.actor_from_modifiers(token)
        if actor is not None and actor.country and actor.sector is None and token.lemma_.lower() in WARSHIP_WORDS:
            # "a New Zealand frigate", "Chinese warplanes": machines only a military has
            return make_actor(f"{actor.country} {SECTOR_LABELS.get('MIL', 'military')}", actor.text, actor.country, "MIL")
        return actor if actor is not None and actor.country and actor.sector in ("MIL", "COP") else None

    def firing_party(self, noun: Token) -> Actor | None:
        """"hit by fire from Russian air defences", "shelling from Ethiopian artillery units": the
        party whose forces or weapons a "from" phrase of an instrument noun names (not a place:
        "rockets from Gaza" says where they came from, which the places component reads)."""
        for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (g for g in children_of(prep) if g.dep_ == "pobj" and not self.is_place_name(g)):
                if state_named_by(pobj) is None:
                    actor = actor_for_token(pobj) or self.national_crew(pobj)
                    if actor is not None:
                        return actor
        return None

    def national_crew(self, token: Token) -> Actor | None:
        """"Chinese vessels fired water cannon", "Russian jets intercepted": a common-noun subject the
        resolver codes as no actor, whose nationality adjective names a country, acts for that
        country (sector left open)."""
        if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS | {"pobj"}:
            return None
        if not any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in token.lefts):
            return None
        actor = self.actor_from_modifiers(token)
        if actor is None or actor.sector or token.lemma_.lower() not in FORCE_NOUNS:
            return actor
        return make_actor(f"{actor.country} {SECTOR_LABELS.get('MIL', '')}".strip(), actor.text, actor.country, "MIL")

    @kept_per_token
    def actor_from_modifiers(self, noun: Token) -> Actor | None:
        """"Azerbaijani sniper fire" -> AZE MIL: country and sector from the noun's modifiers."""
        country = sector = None
        text_start = noun.idx
        for child in self.modifier_chain(noun):
            actor = actor_for_token(child)
            if actor is not None and is_venue_noun(noun) and is_capital_word(child):
                continue   # "the Rome Statute", "the Doha accord": the city where a text was signed is no party
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

    def modifier_chain(self, noun: Token) -> list[Token]:
        """The noun's left modifiers, and those of its compound modifiers ("Russian missile strikes":
        the nationality modifies "missile")."""
        found = []
        mediated_before = self.mediator_end(noun)
        related_until = relation_end(noun)
        for child in noun.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss") or child.i < mediated_before \
                    or child.i <= related_until or is_sympathy_label(child):
                continue   # "anti-government protests", "anti-Russian rallies" are aimed at, not by, them
            found.append(child)
            if child.dep_ == "compound":   # only a named nationality or country: "intelligence-sharing pact" has none
                found.extend(g for g in child.lefts if g.dep_ in ("amod", "compound", "nmod", "poss")
                             and g.ent_type_ in NAMED_OWNER_TYPES)
            if child.lower_ in OWNERSHIP_PARTICIPLES:   # "Greek-flagged tankers": the flag's country
                found.extend(g for g in child.lefts if g.dep_ in ("npadvmod", "amod", "compound", "nmod")
                             and g.ent_type_ in NAMED_OWNER_TYPES)
        return found

    def mediator_end(self, noun: Token) -> int:
        """"African Union-led talks", "US-brokered negotiations": the index of a hyphenated mediation
        participle modifying ``noun`` (-1 when none); the words before it name the mediator, not a
        party to the event."""
        talks = any(t.type == "CONSULT" for t in self.lexicon.nouns.get(noun.lemma_.lower(), ()))
        for child in noun.lefts:
            mediating = child.lower_ in MEDIATION_PARTICIPLES or (talks and child.lower_ in TALK_LED_PARTICIPLES)
            if child.dep_ == "amod" and mediating and child.i > 0 and child.nbor(-1).text == "-":
                return child.i
        return -1

    def claimant(self, token: Token, heads: list[Token], source: Actor | None = None) -> Actor | None:
        """"denied the claim": the target is whoever made the claim, the latest speaker before it who
        is not of the denier's own country ("Manila said ... China's foreign ministry rejected the
        account": a party does not answer its own side's account)."""
        if not self.names_a_claim(heads):
            return None
        earlier = [q for q in self.quotes if q.end <= token.idx and q.speaker]
        if source is not None and source.country:
            earlier = [q for q in earlier if q.speaker.country != source.country]
        return earlier[-1].speaker if earlier else None

    def names_a_claim(self, heads: list[Token]) -> bool:
        """One of ``heads`` is a claim noun (``claim_nouns``: "the claim", "the report"), the only
        heads ``claimant`` finds a claimant for."""
        return any(h.lemma_.lower() in self.words["claim_nouns"] for h in heads)

    def speaker_of_quote(self, token: Token) -> Actor | None:
        for quote in self.quotes:
            if quote.start <= token.idx < quote.end and quote.speaker:
                return quote.speaker
        return None

    def reporter(self, token: Token, source: Actor | None = None) -> Actor | None:
        """Who reports the event: the subject of the speech verb whose complement holds the trigger,
        else the "according to" phrase of the trigger's clause, else the speaker of the quote it
        sits in. An unnamed speaker ("a government spokesman said", "officials said", "according to
        a military source") speaks for the event's source country: the resolver would otherwise give
        it the country of whatever the sentence names near it."""
        heads = self.speech_governor_subjects(token)
        heads += self.according_to_heads(token)
        for head in heads:
            speaker = actor_for_token(head) if isinstance(head, Token) else head
            if isinstance(head, Token) and self.is_unnamed_speaker(head):
                speaker = self.speaker_of_source(speaker, source, head)
            if speaker is not None:
                return speaker
        for quote in self.quotes:
            if quote.start <= token.idx < quote.end:
                return quote.speaker
        return None

    def speech_governor_subjects(self, token: Token) -> list:
        """The subject token (or the inherited subject's actor) of each speech verb above ``token``
        whose complement holds it, nearest first."""
        found: list = []
        node = token
        while node.head.i != node.i:
            parent = node.head
            if node.dep_ in ("ccomp", "pcomp", "xcomp", "advcl") or (node.dep_ == "pobj" and parent.dep_ == "prep"):
                governor = parent.head if parent.dep_ == "prep" else parent
                if governor.lemma_.lower() in self.words["speech_verbs"] and governor.i != token.i:
                    subject = self.subject_of(governor)
                    inherited = self.inherited_subject(governor) if subject is None else None
                    if subject is not None or inherited is not None:
                        found.append(subject if subject is not None else inherited)
            node = parent
        return found

    @staticmethod
    def according_to_heads(token: Token) -> list[Token]:
        """"..., according to a statement from Port Sudan": the object of an "according to" phrase
        attached to the trigger or to a verb above it, then whoever that statement or source is
        "from" or "by"."""
        if "according" not in doc_words(token.doc):
            return []   # the cheap test first: most texts have no "according to"
        found = []
        node = token
        while True:
            for prep in (c for c in children_of(node) if c.lower_ == "according"):
                for pobj in (g for to in children_of(prep) if to.lower_ == "to"
                             for g in children_of(to) if g.dep_ == "pobj"):
                    found.append(pobj)
                    found.extend(g for by in children_of(pobj)
                                 if by.dep_ == "prep" and by.lower_ in ("from", "by", "of")
                                 for g in children_of(by) if g.dep_ == "pobj")
            if node.head.i == node.i:
                return found
            node = node.head

    @staticmethod
    def is_unnamed_speaker(head: Token) -> bool:
        """A speaker phrase naming no country, organisation or person and no owner by pronoun: "a
        spokesman", "officials", "the presidential office", "a military source who asked not to be named"."""
        if head.pos_ == "PRON":   # "he said", "it said": the resolver follows the pronoun back
            return False
        if any(t.lower_ in LOCAL_SPEAKER_WORDS for t in head.lefts):   # "regional authorities" speak for the place
            return False
        phrase = [t for t in head.subtree if t.i <= head.i or t.dep_ in ("prep", "pobj", "amod", "compound")]
        if any(t.ent_type_ in UNNAMED_SPEAKER_BLOCKERS or t.pos_ == "PROPN" for t in phrase):
            return False
        return not any(t.dep_ == "poss" for t in phrase)

    @staticmethod
    def speaker_of_source(speaker: Actor | None, source: Actor | None, head: Token) -> Actor | None:
        """An unnamed speaker coded as the source's country, keeping the sector it was resolved to
        (government when it has none); as resolved when the source has no country."""
        if source is None or not source.country:
            return speaker
        if speaker is not None and speaker.sector not in OFFICIAL_SPEAKER_SECTORS:
            return speaker   # "witnesses", "residents" speak for where they are, not for the source
        sector = (speaker.sector if speaker is not None else None) or "GOV"
        country = source.country
        return make_actor(f"{country} {SECTOR_LABELS.get(sector, sector.lower())}", head.text, country, sector)


# Words of being expected somewhere ("is due in Colombo", "is expected in Bishkek on Monday").
EXPECTED_WORDS = frozenset({"due", "expect", "expected", "schedule", "scheduled", "set"})


# Words for soldiers a regional body's force shares with national armies ("Comorian and African Union troops").
SOLDIER_NOUNS = frozenset({"troop", "soldier", "force", "unit", "contingent", "battalion", "army", "marine"})


def national_sector(shared: str | None, head: Token) -> str | None:
    """The sector a national modifier coordinated with another party's name gives the phrase's
    people: the phrase's own, except that a country's soldiers beside a regional body's ("Comorian
    and African Union troops") are its army (MIL), not a body of its own (IGO)."""
    if shared == "IGO" and head.lemma_.lower() in SOLDIER_NOUNS:
        return "MIL"
    return shared


def is_stay_at_a_place(verb: Token) -> bool:
    """"was in Kabul", "is at the UN headquarters", "is due in Colombo", "is expected in Bishkek": a
    form of "be", or a word of being expected, with an "in"/"at" phrase naming a place (on the
    expectation word itself when "be" governs it)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        holders = [verb, *(c for c in children_of(verb) if c.dep_ in ("acomp", "attr") and c.lower_ in EXPECTED_WORDS)]
    elif lemma in EXPECTED_WORDS:
        holders = [verb]
    else:
        return False
    return any(names_a_place_phrase(holder) for holder in holders)


def names_a_place_phrase(word: Token) -> bool:
    """Whether ``word`` has an "in"/"at" phrase naming a place ("in Kabul", "at the UN headquarters")."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("in", "at")
               and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for g in children_of(prep))
               for prep in children_of(word))


def is_verb_after_reduced_relative(token: Token) -> bool:
    """"Jihadists linked to al-Qaeda killed 54 soldiers": the parser takes the participle of the reduced
    relative ("linked to", "backed by") for the main verb and hangs the real one on it as an adverbial
    clause. True for such a verb: finite, with no subject and no opening word of its own ("when",
    "after"), under a participle with a subject before it and a phrase of its own."""
    if token.dep_ != "advcl" or token.tag_ not in ("VBD", "VBZ"):
        return False
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"mark"} or (c.dep_ == "advmod" and c.tag_ == "WRB")
           for c in children_of(token)):
        return False
    head = token.head
    if head.tag_ not in ("VBN", "VBD") or head.i > token.i or head.lemma_.lower() not in REDUCED_RELATIVE_PARTICIPLES:
        return False
    return any(c.dep_ == "nsubj" and c.i < head.i for c in children_of(head)) \
        and any(c.dep_ in ("prep", "agent") for c in children_of(head))


def shared_agent_participle(token: Token) -> Token | None:
    """The participle after ``token`` whose "by" agent ``token`` shares: "kidnapped and killed by
    rebels", parsed either as a conjunct of ``token`` or as a second modifier of the same noun right
    after ``token``'s "and"/"or". Only a past participle without an agent of its own shares one."""
    if token.tag_ != "VBN" or any(c.dep_ == "agent" for c in children_of(token)):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in children_of(token)):
        return None
    partners = [c for c in children_of(token) if c.dep_ == "conj" and c.tag_ == "VBN"]
    if token.dep_ == "acl":   # "a hostage kidnapped and presumed killed by X": both describe the noun
        partners += [c for c in children_of(token.head) if c.dep_ == "acl" and c.tag_ == "VBN"
                     and token.i < c.i <= token.i + SHARED_AGENT_SPAN]
    return next((p for p in partners if any(c.dep_ == "agent" for c in children_of(p))), None)


def fronting_verb(pronoun: Token) -> Token:
    """The verb whose fronted prepositional phrase holds the possessive ``pronoun`` ("Despite their
    protests, ... signed": "signed"), or the pronoun's noun when there is none."""
    noun = pronoun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return noun


def points_forward(pronoun: Token) -> bool:
    """A possessive pronoun in a phrase fronted before its clause's subject, with no actor named
    earlier in the sentence ("Despite their protests, it looks like King and Schultz are, too."):
    it points forward, so the actor the resolver finds in earlier sentences is not its referent."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("their", "its", "his", "her"):
        return False
    verb = fronting_verb(pronoun)
    if verb is pronoun.head:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
    if subject is None or subject.i < pronoun.i or not agrees_with(pronoun, subject):
        return False
    sent = sentence_of(pronoun)
    mentions = pronoun.doc._.actor_mentions or []
    return not any(sent.start_char <= m.start < pronoun.idx and m.actor is not None for m in mentions)


def agrees_with(pronoun: Token, subject: Token) -> bool:
    """Whether the subject after a fronted possessive can be what it stands for: "their" a plural or
    coordinated subject, "his"/"her" a person's name, "its" a singular common noun or organisation
    name; an expletive "it" ("it looks like X and Y are") hides the referent in its clause and
    counts as agreeing ("After her meeting with Obama, the White House announced" does not)."""
    if subject.lower_ in ("it", "there") and subject.dep_ == "nsubj" and pronoun.lower_ == "their":
        return True
    if pronoun.lower_ == "their":
        return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subject))
    if pronoun.lower_ in ("his", "her"):
        return subject.ent_type_ == "PERSON"
    return subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON"


def relation_end(noun: Token) -> int:
    """"Trump critic Mark Cuban", "Kremlin ally Ramzan Kadyrov": the index of a relation noun among
    the modifiers of ``noun`` (-1 when none); the words up to it name the other side of the relation."""
    return max((t.i for t in noun.lefts if t.dep_ in ("compound", "nmod", "appos")
                and t.lemma_.lower() in RELATION_NOUNS), default=-1)


def is_plural_noun(noun: Token) -> bool:
    """A plural noun, also one the tagger takes for a name because a dateline capitalised it or put
    it first ("DOHA - Delegations from ...")."""
    return noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "NNP" and not noun.ent_type_ and noun.lower_.endswith("s"))


def is_copular_state(verb: Token) -> bool:
    """"the nurses were unharmed", "the talks had been useful", "the hostages were in good health":
    a reported state (a form of "be" with an adjective, noun or prepositional complement), which no
    verbal act coordinated after it continues: "said that the nurses were unharmed and accused the
    army" is the speaker's charge."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr", "prep") for c in children_of(verb))


# Subjects that name no doer ("it took weeks to agree", "there were calls to ...", "this was done to").
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "what", "which"})


def is_between_object(head: Token) -> bool:
    """``head`` is the object of "between" ("talks between the two countries")."""
    return head.dep_ == "pobj" and head.head.lower_ == "between"


def is_infinitive_complement(verb: Token) -> bool:
    """"(wants both sides) to return": an infinitive clause that completes the verb governing it."""
    return (verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i
            and is_infinitive(verb))


def is_named(head: Token) -> bool:
    """A phrase headed by a name ("China", "Kyiv") or owned by one ("Mali's junta", "the Russian army")."""
    named = NAMED_OWNER_TYPES | {"PERSON"}
    return head.pos_ == "PROPN" or head.ent_type_ in named or any(
        c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in named)
        for c in children_of(head))


def own_forces_of_partners(partners: list, forces: Actor) -> list[Actor]:
    """"India and China will disengage troops": when coordinated countries move "troops", each
    moves its own: the forces of every coordinated country, in order, with the sector of the
    forces named (the parser's resolver gives them the country of just one of the partners)."""
    label = SECTOR_LABELS.get(forces.sector or "", "")
    found = []
    for partner in partners:
        if partner is None or not partner.country or any(partner.country == f.country for f in found):
            continue
        if partner.country == forces.country:
            found.append(forces)
        else:
            found.append(make_actor(f"{partner.name} {label}".strip(), partner.text, partner.country, forces.sector))
    return found


def named_in_sentence(text: str, sent) -> bool:
    """Whether the words ``text`` stand in ``sent`` as whole words (case-insensitive)."""
    words = text.lower()
    sentence = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
    if not words:
        return False
    start = sentence.find(words)
    while start != -1:   # string search, not a pattern per name: names vary, compiling them cost more
        end = start + len(words)
        joined_before = start > 0 and is_word_char(sentence[start - 1])
        joined_after = end < len(sentence) and is_word_char(sentence[end])
        if not (joined_before or joined_after):
            return True
        start = sentence.find(words, start + 1)
    return False


def is_word_char(char: str) -> bool:
    """What a regular expression's ``\\w`` matches: a letter, a digit or the underscore."""
    return char.isalnum() or char == "_"


def is_capital_word(token: Token) -> bool:
    """Whether ``token`` is a word of a capital's name as the actor dictionary reads it ("Rome" in "the
    Rome Statute", "Doha" in "the Doha accord")."""
    names = token.doc._.ew_names
    found = names.get(token.i) if names else None
    return bool(found) and any(entry.kind == "capital" for entry in found[1])


def phrase_verb(head: Token) -> Token:
    """The word a phrase headed by ``head`` hangs on, looking through its preposition ("called on the
    two governments" -> "called"): the verb of its clause, for an object."""
    if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent"):
        return head.head.head
    return head.head
