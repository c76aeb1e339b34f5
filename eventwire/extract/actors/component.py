"""``eventwire_actors``: every noun phrase that names an actor, resolved to a coded actor.

Resolution order for the noun phrase headed by a token:

1. a dictionary name at the head (organization > person on the article's date > country >
   capital > adjective); a country or capital that is only a place ("fighting in Khartoum",
   "flew to Tehran") is not an actor, a bare country name as agent is its government; a
   ``generic`` organization ("Congress") takes the article's country when it has one;
2. a sector word or title at the head ("troops" -> MIL, "defence minister" -> GOV); its owner
   comes from a name, adjective or possessor in the phrase ("Pakistani troops", "the junta's
   soldiers", "its troops", "its vice-president"; a town: "New York police"; a region:
   "Western leaders" -> WST; not a sponsor: "Russian-backed"), an ``of``/``for`` complement, a
   same-head earlier phrase for a bare definite one ("the envoy"), the one named group of its
   sector for a definite rebel phrase ("the militants", "the armed group"), an ``in``/``at``
   place ("officials in Tokyo", "militant targets in northern Iraq", "In Cairo, ... the
   government"; a clause's place only for sectors that stay home: "demonstrators marched through
   Khartoum", not "negotiators met in Havana"), a rebel group it is coordinated with ("ELN
   commanders and government negotiators"), and failing those from the article's context: its
   dominant country (the dateline counts double, a town dateline too; a place naming an agreement
   or talks does not count) or, when no country dominates, a country named earlier in the
   sentence, else the nearest earlier subject or scene country; refugees take only their country
   of origin; collectives ("both sides", "the two leaders") over several countries stay unresolved;
   a country that is the other party of the phrase's clause ("Russian missile strikes killed four
   people", "slogans against Ethiopia") is no evidence for it; the objects of a country's police
   or courts are that country's; unnamed sources ("people briefed on the talks") take no context;
   appointees are their appointer's ("the AU appointed a special envoy"); forces a state
   deploys are its own ("Germany will station a brigade ... in Lithuania"); "four other
   soldiers", "more troops" refer back like a definite phrase; a sector word that only modifies
   an act or agreement is no actor ("military action", "a military accord", "a general strike")
   and one that modifies a law is the state's government ("the foreign agents law");
3. "the country", "his country": the owner's country, else the context country, as GOV;
4. a proper name introduced with a title ("Economy Minister Sergio Massa", "an American
   envoy, Daniel Whitcombe"); later mentions of any word of the name resolve to the same actor
   ("Massa", "Liu" after "Liu Wenqiang"); an unlisted institution after an organization's name
   ("the African Union Commission") or owned by a country ("the US Commerce Department");
5. pronouns: he/she take a person just introduced as their sentence's subject, else follow an
   earlier pronoun of the same gender, then the nearest person who was a subject, then the
   nearest person; it/its the nearest singular non-person (in its own sentence first, subjects
   first); "they" reported by a plural speaker is that speaker ("officials said they ..."); an
   object "them" takes an object of its own sentence first; else they/their the nearest plural
   group, unless that is a collective. ``who`` takes its noun. A possessive his/her belongs to
   its clause's doer ("force Saddam to withdraw his army"), else to the one person its sentence
   names; the owner of a subject counts as the subject; no antecedent lies beyond the two
   sentences before (quoted sentences not counted); an uncoded person named as the latest
   subject, or a second coded person in the pronoun's sentence, leaves he/she null.

What cannot be resolved keeps its text and a null country — never a guess that looks certain.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

import eventwire.extract.extensions  # noqa: F401  (registers Doc extensions)
from eventwire.extract.extensions import doc_text, sentence_of
from eventwire.extract.actors.dictionary import ActorDictionary, Entry, active_on, load_dictionary, role_on
from eventwire.extract.actors.pleonastic import is_pleonastic_it
from eventwire.models import Actor, Entity

PEACEKEEPER_WORDS = {"peacekeeper", "peacekeepers", "blue-helmet", "blue-helmets"}
UN_NAME = "United Nations"   # unowned peacekeepers in an article naming the UN are its own
UN_CODE = "IGOUNO"
ETHNIC_WORDS = {"ethnic", "ethnically"}
# Nouns whose modifier names the one opposed, not the owner ("a Trump critic", "Putin foe").
OPPOSING_NOUNS = {"critic", "opponent", "rival", "foe", "challenger", "detractor", "adversary", "nemesis"}
# Anonymous actors whose country is never the story's by default: only a named sponsor gives one.
UNATTRIBUTED_NOUNS = {"hacker"}
# Verbs of coming together whose place is a venue, not a home ("ministers meeting in Cairo").
MEETING_VERBS = {"meet", "gather", "convene", "assemble"}
# People who comment on the news rather than act in it: with no owner or place of their own
# ("analysts said"), they are the story's country's only when it names no other ("Analysts in
# Cairo" keep Egypt).
COMMENTATOR_NOUNS = {"analyst", "expert", "commentator"}
# Words that begin a place's own name before a country's name ("New Jersey", "Port Sudan" is listed);
# compass words ("Northern Ireland", "Upper Egypt") name a part of the country and keep it.
SUBDIVISION_WORDS = {"county", "city", "state", "parish", "province", "district", "borough", "township"}
PLACE_PREFIXES = {"new", "nueva", "nova", "port", "fort", "mount", "lake", "saint", "st.", "san", "santa", "little"}
NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}
# A US party-state tag right after a name: "Adam Schiff (D-Calif.)", "Mike Pence (R-IN)",
# "Bernie Sanders (I-Vt.)". It marks an American politician, a member of Congress unless a
# title says otherwise.
PARTY_STATE_TAG = re.compile(r"\s*\((?:D|R|I)\s?[-\u2013]\s?[A-Z][A-Za-z.]{1,5}(?:\s[A-Z][A-Za-z.]{1,5})?\.?(?:,[^)]{0,30})?\)")
PARTY_STATE_COUNTRY = "USA"
# Party names used as adjectives: like nationality adjectives, they are mentions only as the
# owner of an actor phrase ("Republican senators"), not of a thing ("the Democratic nomination").
PARTY_ADJECTIVES = {"Democratic", "Republican", "Democrat", "GOP"}
PARTY_STATE_SECTOR = "LEG"
# Titles a speaker can address someone by after an honorific ("Mr. President", "Madam Secretary");
# after "Mr." any other title word is a surname ("Mr. King", "Mr. Justice").
ADDRESS_TITLES = {"president", "speaker", "secretary", "chairman", "chairwoman", "minister", "ambassador",
                  "mayor", "governor", "senator", "vice"}
SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "PTY": "party",
    "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "IGO": "organization",
    "MED": "media", "EDU": "academia", "BUS": "business", "CVL": "civilians", "REF": "refugees",
    "LEG": "legislature", "ELI": "elites", "HLH": "health", "LAB": "labour", "JRN": "journalists",
    "UAF": "armed men",
}
LABEL_BY_KIND = {"country": "GPE", "capital": "GPE", "adjective": "NORP", "organization": "ORG", "person": "PERSON"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
RELATIVE_PRONOUNS = {"who", "whom"}
# First-person plural words: inside a quotation they stand for the quote's speaker ("'Our forces
# returned fire,' the army spokesman said"); outside one (a live blog's "we", an opinion column's)
# they name no actor.
FIRST_PERSON_PRONOUNS = {"we", "us", "our", "ours", "ourselves"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "dative"}
# Clauses that complete a verb ("wants both sides to return"): their subject is not the governing
# verb's subject, unless that verb reports speech.
CLAUSE_COMPLEMENT_DEPS = {"ccomp", "xcomp"}
OBJECT_PRONOUNS = {"him", "her", "them"}
PRONOUN_WINDOW_SENTENCES = 2   # a pronoun's antecedent lies in its own or the two sentences before
# A country must hold this share of country mentions to count as the article's own country.
FOCUS_SHARE = 0.5
# Countries whose mentions say nothing about where a story happens: the Holy See's pope travels.
STORYLESS_COUNTRIES = {"VAT"}
FOCUS_DOMINANCE = 2   # private people take the focus only when it leads the next country this much
GENERIC_HOME_SHARE = 1 / 3   # a name many countries use keeps its listed country when the
GENERIC_HOME_MENTIONS = 3     # article names that country this often (see is_common_home)
DATELINE_WEIGHT = 2
NP_MODIFIERS = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "flat", "appos"}
# Modifier relations whose token is part of a larger actor phrase, never a mention of its own.
INNER_DEPS = {"compound", "amod", "poss", "nmod", "flat"}
# A country or capital governed by one of these is a place, not an actor.
PLACE_PREPOSITIONS = {"in", "at", "near", "through", "throughout", "across", "around", "outside", "inside",
                      "into", "from", "within", "via", "towards", "toward", "beyond", "between", "off", "along"}
MOTION_VERBS = {"fly", "travel", "go", "return", "arrive", "come", "head", "move", "flee", "drive", "sail",
                "march", "deploy", "send", "relocate", "evacuate", "walk", "journey", "cross", "invite", "bring",
                "welcome", "summon", "fly", "transfer", "deport", "extradite", "move"}
# Places that locate an actor phrase: "officials in Tokyo", "the junta in Niger".
LOCATING_PREPOSITIONS = {"in", "at", "from"}
CLAUSE_PLACE_PREPOSITIONS = {"in", "at", "through", "across", "outside", "near", "around", "inside"}
COUNTRY_NOUNS = {"country", "nation", "state"}
# "a country", "any nation": an unspecified one, no actor.
INDEFINITE_DETERMINERS = {"a", "an", "any", "another", "no", "some", "each", "every"}
# Definite nouns that refer back to a named body of a sector: "the bloc" -> ECOWAS.
GROUP_ANAPHORS = {"bloc": "IGO", "alliance": "IGO", "agency": "IGO", "organisation": "IGO", "organization": "IGO",
                  "group": "REB", "militia": "REB", "movement": "REB"}
# Verbs of violence done to people: the doer's nationality says nothing of the victims'.
HARMING_VERBS = {"kill", "wound", "injure", "shoot", "shell", "bomb", "attack", "massacre", "abduct", "kidnap",
                 "execute", "slaughter", "murder", "target"}
# Verbs whose object or passive subject is the victim of an attack at the clause's place.
VICTIM_VERBS = HARMING_VERBS | {"ambush", "strike", "hit", "raid", "overrun", "storm", "bombard", "besiege"}
# Nouns naming a settlement, placed by their adjective or "of" name ("the Burkinabe town of Djibo").
SETTLEMENT_NOUNS = {"town", "city", "village", "district", "region", "province", "county", "area", "locality"}
# Singular sector nouns that denote a person (for he/she), besides the titles.
PERSON_NOUNS = {"leader", "spokesman", "spokeswoman", "spokesperson", "official", "minister", "diplomat", "envoy",
                "ambassador", "commander", "chief", "head", "lawmaker", "activist", "journalist", "candidate",
                "negotiator", "mediator", "general", "officer", "soldier", "judge", "prosecutor", "lawyer",
                "ruler", "successor", "predecessor", "incumbent", "counterpart", "dissident", "reporter"}
# Pronoun objects rarely stand for an actor ("he would sign it", "called it a victory").
NON_ACTOR_IT_DEPS = {"dobj", "pobj", "attr", "dative", "oprd"}
# Sectors whose members can have a union of their own ("the journalists ... their union").
MEMBER_BODY_SECTORS = {"MED", "EDU", "AGR", "LAB", "BUS", "HLH"}
# Sectors that are not tied to a country by context (global bodies, unnamed armed men).
CONTEXT_FREE_SECTORS = {"IGO", "NGO", "UAF"}
# Owners whose sector passes to a role or member word ("the RSF's fighters" -> REB).
INHERITING_SECTORS = {"REB", "OPP", "PTY", "IGO", "NGO", "MED", "EDU", "SEP", "BUS", "LAB", "REL", "CRM", "JUD", "LEG"}
# "both sides", "the two leaders": a phrase that covers several actors when the text around it
# names several countries; it stays unresolved (the events component splits such pairs).
COLLECTIVE_WORDS = {"both", "all", "two", "three", "four", "five"}
PLURAL_STATE_NOUNS = {"country", "nation", "state", "capital", "government"}
# Head nouns that name the same body in a later definite mention ("Niger's military rulers" ...
# "the junta").
SAME_REFERENT = {"junta": {"junta", "ruler"}, "ruler": {"junta", "ruler"}}
# Titles that name the same office-holder again: "the monarch" after "King Hussein".
SAME_TITLES = {"monarch": {"monarch", "king", "queen"}}
# Offices a country has one holder of at a time: only these, bare, name an earlier titled name.
SOLE_HOLDER_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "monarch", "emir",
                      "sultan", "shah", "supreme leader"}
# A country before one of these ("Russian-backed separatists") is a sponsor, not the owner.
SPONSOR_WORDS = {"backed", "sponsored", "supported", "funded", "armed", "allied", "aligned", "trained", "financed"}
# Sectors that act abroad (talks, visits, deployments): the place of their clause is not their country.
TRAVELLING_SECTORS = {"GOV", "MIL", "REB", "IGO", "SPY", "ELI"}
# People of a place, whose place (or a local witness's) gives their country: villagers, dam workers.
LOCAL_SECTORS = {"CVL", "LAB", "EDU", "AGR", "HLH"}
# Bodies made of member groups ("an alliance of three armed groups").
MEMBERSHIP_NOUNS = {"alliance", "coalition", "federation", "grouping", "umbrella"}
# Unowned groups of these sectors belong to the place where they operate (criminal gangs, cartels).
SCENE_SECTORS = {"CRM"}
# Prepositions that tie local people to a place next to them ("families near Doka", "villagers around Kassala").
NEAR_PREPOSITIONS = {"near", "around", "outside", "inside"}
STATE_SECTORS = {"GOV", "MIL", "COP"}
# Sectors that act only within their own country's reach (police, courts).
DOMESTIC_SECTORS = {"COP", "JUD"}
# Nouns for an act, an agreement or a state of affairs: a sector word that only modifies one ("a
# military accord", "threatened military action", "police cooperation") names no actor, whatever
# the article's country.
NON_ACTOR_HEADS = {"accord", "agreement", "deal", "pact", "treaty", "action", "intervention", "cooperation",
                   "collaboration", "coordination", "spending", "expenditure", "procurement", "ties", "relations",
                   "partnership", "aid", "assistance", "exercise", "drill", "threat", "option", "solution",
                   "training", "takeover", "coup"}
# Nouns for a law or a state measure: a sector word modifying one ("the foreign agents law",
# "the police reform") stands for the state that makes it. ("military rule" is the military's.)
STATE_MEASURE_HEADS = {"law", "bill", "legislation", "reform", "policy", "doctrine", "budget", "decree"}
# Words that add members to a body named before ("four other soldiers", "more troops"), and heads
# for which "other" means other actors instead ("other armed groups", "other countries").
CONTINUING_WORDS = {"other", "more", "another", "further", "additional"}
DISTINCT_OTHER_HEADS = {"group", "country", "nation", "state", "government", "party", "side", "force", "faction",
                        "militia", "movement", "organisation", "organization", "power", "ally", "member",
                        "neighbour", "neighbor", "capital", "donor", "bloc", "alliance", "agency", "army"}
# Verbs whose plural subject is the "they" of what it reports ("officials said they had agreed").
REPORTING_VERBS = {"say", "announce", "state", "confirm", "insist", "claim", "declare", "add", "warn", "vow",
                   "promise", "pledge", "deny", "tell", "argue", "report"}
# Verbs by which a state moves its own forces ("Germany will station a brigade in Lithuania").
DEPLOYING_VERBS = {"deploy", "station", "send", "dispatch", "move", "mass", "redeploy", "withdraw", "pull",
                   "recall", "mobilize", "mobilise", "position", "post", "base"}
# Head words that make an unlisted name an armed group ("the Qwara People's Front").
ARMED_GROUP_HEADS = {"front", "brigade", "brigades", "militia", "movement", "resistance", "mujahideen", "battalion",
                     "battalions", "legion", "vanguard"}
# Heads that end an unknown armed group's name when proper words precede them ("the Qwara People's
# Front", "the Kachin Independence Army"): the sector words among them ("army", "forces") count only there.
NAMED_ARMED_HEADS = ARMED_GROUP_HEADS | {"army", "forces", "liberation", "brigades"}
# Head words of institutions the dictionary does not list, and the sector they name.
BODY_SECTORS = {"department": "GOV", "ministry": "GOV", "agency": "GOV", "authority": "GOV", "commission": "GOV",
                "office": "GOV", "council": "GOV", "institute": "GOV", "service": "GOV", "directorate": "GOV",
                "administration": "GOV", "bureau": "GOV", "house": "LEG", "senate": "LEG", "parliament": "LEG",
                "assembly": "LEG", "court": "JUD", "tribunal": "JUD", "exchange": "BUS", "university": "EDU"}
# Prefixes that make a nationality word a sympathy, not an owner ("pro-Russian separatists").
SYMPATHY_PREFIXES = {"pro", "anti"}
# Capitalized words after (or, with "of", before) a country word that make it part of a sea's or a
# wide region's name: "Persian Gulf", "Indian Ocean", "Gulf of Mexico", "Korean Peninsula".
# Nationality words that are also languages' names (see names_a_language).
LANGUAGE_WORDS = {"english", "spanish", "french", "german", "arabic", "russian", "chinese", "mandarin",
                  "cantonese", "portuguese", "italian", "japanese", "korean", "hebrew", "persian", "farsi",
                  "turkish", "dutch", "greek", "polish", "swahili", "urdu", "hindi", "serbian", "croatian",
                  "ukrainian", "vietnamese", "thai", "indonesian", "swedish", "kurdish", "pashto", "amharic"}
WATER_BODY_WORDS = {"gulf", "sea", "ocean", "peninsula", "strait", "straits", "channel", "subcontinent"}
# Sectors of a state branch that pass to its spokesman or official ("the army's spokesman" MIL).
BRANCH_SECTORS = {"MIL", "COP", "SPY"}
# Office-holders of a town or region ("the mayor of Kharkiv"): the town's country owns them.
TOWN_OFFICES = {"mayor", "governor", "council", "councillor", "administrator"}
# Lowercase body nouns that, owned by a country or an organization named in the phrase, name a
# body of it ("Kenya's anti-graft agency", "the UN human rights office"): see ``qualified_body``.
QUALIFIED_BODY_NOUNS = {"agency", "service", "office", "council", "commission", "institute", "directorate",
                        "bureau", "department", "secretariat", "board", "inspectorate", "tribunal", "assembly"}
# Qualifiers that make such a body the press's or a firm's, or one shared by several states
# ("a joint commission"), not one state's.
NON_STATE_QUALIFIERS = {"joint", "bilateral", "trilateral", "international", "multinational", "mixed", "news",
                        "press", "wire", "broadcasting", "broadcast", "television", "radio", "law", "streaming",
                        "delivery", "music", "ride-hailing", "travel", "rating", "ratings", "sales", "company",
                        "firm", "company's", "firm's", "bank's"}
# Sectors a qualifier may give a state body instead of GOV.
QUALIFIER_SECTORS = {"JUD", "COP", "MIL", "SPY", "LEG"}
# Nouns that describe an armed group ("the Ethiopian armed group", "a Somali militia").
DESCRIBING_NOUNS = {"group", "militia", "movement", "faction", "insurgency", "organisation", "organization"}
ARMED_ADJECTIVES = {"armed", "militant", "jihadist", "islamist", "extremist", "separatist", "insurgent"}
# Non-state armed sectors whose bare definite mentions ("the militants", "the armed group") refer
# back to a named group of that sector.
ANAPHORIC_SECTORS = {"REB"}
DEFINITE_WORDS = {"the", "this", "these", "those"}
# How far back (in tokens before the sentence) same-head anaphora and collectives look.
ANAPHORA_WINDOW = 120
# Plural nouns for the parties to a conflict ("the two warring sides", "both parties").
SIDE_NOUNS = {"side", "party", "delegation"}
# Side nouns whose state side is the government, not the military: a delegation negotiates for it.
GOVERNMENT_SIDE_NOUNS = {"delegation"}
NAME_ORDER = {"organization": 0, "person": 1, "country": 2, "capital": 3, "adjective": 4}
# Divided countries whose halves the news calls "the North" and "the South": in an article naming
# either half, each word stands for one state. Only pairs the press names this way today (Sudan
# and South Sudan are not: "the South" of Sudan is a region, and "the North" no state).
DIVIDED_HALVES = {frozenset({"PRK", "KOR"}): {"north": "PRK", "south": "KOR"}}
# Person nouns with no sector of their own that head a body ("the electoral commission chairman").
OFFICER_NOUNS = {"chairman", "chairwoman", "chairperson", "chair", "head", "chief", "director", "boss",
                 "commissioner", "secretary", "governor"}
# Spokesperson nouns, and the private principals they may speak for ("a spokesman for the family").
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
PRIVATE_PRINCIPALS = {"relative", "relatives", "family", "families", "parent", "parents", "father", "mother",
                      "son", "daughter", "widow", "victim", "victims", "company", "firm", "airline", "hospital"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Staff words between a listed organization and a person's name ("FBI Director Louis Freeh").
STAFF_NOUNS = OFFICER_NOUNS | {"agent", "official", "officer", "investigator", "spokesman", "spokeswoman",
                               "spokesperson", "aide", "adviser", "advisor", "analyst", "deputy"}
# Sector words that name people, not a body an officer can head.
PEOPLE_SECTORS = {"CVL", "REF"}
# Verbs whose object is harmed or held by their subject: its victims are not the subject's people.
ABUSING_VERBS = HARMING_VERBS | {"beat", "detain", "arrest", "seize", "capture", "hold", "torture", "assault",
                                 "rob", "hijack", "take", "injure", "hurt", "rape"}
# Crew nouns (sectors.yaml lists them as CVL) and the service words that make a crew military.
CREW_NOUNS = {"crew", "crews", "crewmen", "crewmembers", "sailors", "sailor", "seamen", "seafarers", "seafarer",
              "mariners"}
# Visitors: people who are, by the word itself, not from the place the story is about.
VISITOR_NOUNS = {"tourist", "tourists"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}
NAVAL_CREW_NOUNS = {"sailor", "sailors"}   # a navy's men first: military when a military reports them
SERVICE_WORDS = {"naval", "navy", "military", "army", "warship", "coastguard"}
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*)\s*(?:,|\(|—|–|-|_\s*\n)")
ENV_EXTRA_FILES = "EVENTWIRE_ACTORS"
# doc.user_data key: token indexes of collective phrases ("both sides") left unresolved.
COLLECTIVES_KEY = "ew_collectives"
# doc.user_data key: (doc length, [[start char, end char], ...]) of the quotations in the text.
QUOTATIONS_KEY = "ew_quotations"

for _name in ("ew_actor_heads", "ew_names", "ew_person_aliases", "ew_sector_terms", "ew_context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# ew_actor_heads: token index -> Actor; ew_names: token index -> (Span, list[Entry]);
# ew_person_aliases: surname -> Actor; ew_sector_terms: end token index -> (Span, sector);
# ew_context: (focus country, dateline end char, [(token index, country), ...], dateline country).


@dataclass
class _Resolver:
    doc: Doc
    dictionary: ActorDictionary
    focus: str | None
    dateline_end: int = 0
    countries_at: tuple = ()
    dateline_country: str | None = None

    # -- names --------------------------------------------------------------------------
    def entries_at(self, token: Token) -> tuple[Span, list[Entry]] | None:
        return self.doc._.ew_names.get(token.i)

    def actor_from_entry(self, entry: Entry, text: str) -> Actor | None:
        published = self.doc._.published
        if entry.kind == "person":
            role = titled_role(self.doc, entry) or role_on(entry, published)
            if role is None:
                return None
            country, sector = role[0], role[1]
            code = role[5] if len(role) > 5 else None   # an international post's own code ("IGOWSTNAT")
            return make_actor(entry.name, text, country, sector, code)
        if entry.kind == "organization":
            if not active_on(entry, published):
                return None
            return make_actor(entry.name, text, entry.country, entry.sector, entry.code)
        sector = entry.sector if entry.kind == "capital" else None
        return make_actor(self.dictionary.country_names.get(entry.country, entry.name), text, entry.country, sector)

    def best_entry(self, entries: list[Entry]) -> Entry:
        published = self.doc._.published
        usable = [e for e in entries if e.kind != "person" or role_on(e, published)]
        usable = [e for e in usable if e.kind != "organization" or active_on(e, published)] or entries
        return min(usable, key=lambda e: NAME_ORDER.get(e.kind, 9))

    # -- phrases ------------------------------------------------------------------------
    def np_tokens(self, head: Token) -> list[Token]:
        """The head and its left-side modifiers (the noun phrase up to its head)."""
        out = [head]
        for child in head.lefts:
            if child.dep_ in NP_MODIFIERS:
                out.extend(t for t in child.subtree)
        out.sort(key=lambda t: t.i)
        # A phrase does not reach over a line break: "HAVANA (AP) --\n\nOfficials said" is a
        # dateline, then the officials.
        breaks = [t.i for t in self.doc[out[0].i: head.i] if t.is_space and "\n" in t.text]
        return [t for t in out if t.i > breaks[-1]] if breaks else out

    def sector_of(self, head: Token) -> str | None:
        if head.pos_ == "PROPN" and head.dep_ in ("poss", "compound") and is_name_word(head.head) \
                and (head.head.i not in self.doc._.ew_sector_terms or self.is_unknown_armed_name(head.head)):
            return None  # a word inside an unknown proper name: "Qwara People's Front"
        hit = self.doc._.ew_sector_terms.get(head.i)
        if is_surname_title(head, hit[0] if hit else None, self.doc):
            return None   # "Larry King", "Mr. Justice": a title word that is a person's surname
        lemma = head.lemma_.lower()
        sector = hit[1] if hit else self.dictionary.sector_terms.get(lemma) or self.dictionary.titles.get(lemma)
        if sector == "CVL" and self.is_service_crew(head):
            return "MIL"
        return sector

    def is_service_crew(self, head: Token) -> bool:
        """ "Russian navy crew members", "coast guard sailors", "naval crews": a crew whose own
        phrase names a military service is that service's, not civilians."""
        words = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod")]
        words += [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree]   # "the crew of a warship"
        if not (CREW_NOUNS & {head.lemma_.lower(), head.lower_, *(t.lower_ for t in words)}):
            return False
        if head.lower_ in NAVAL_CREW_NOUNS and not words:
            reporter = self.reporting_actor(head)   # "the Philippine military said ... injuring eight sailors"
            if reporter is not None and reporter.sector == "MIL":
                return True
        return any(t.lower_ in SERVICE_WORDS or self.dictionary.sector_terms.get(t.lemma_.lower()) == "MIL"
                   or self.doc._.ew_sector_terms.get(t.i, (None, None))[1] == "MIL" for t in words)

    def owner_in_modifiers(self, head: Token, tokens: list[Token]) -> Actor | None:
        """The actor a phrase belongs to: a name, adjective or possessor among its modifiers,
        or an ``of``/``for`` complement ("the foreign minister of Hungary")."""
        modifiers = [t for t in reversed(tokens) if t.i != head.i and not names_a_sponsor(t)
                     and not (t.i in self.doc._.ew_names and self.doc._.ew_names[t.i][0].end > head.i)
                     and t.head.lemma_.lower() not in OPPOSING_NOUNS]   # "Trump critic X" is not Trump's
        for token in modifiers:
            if self.is_later_coordinated_name(token) or is_ethnic_label(token) or is_sympathy_label(token):
                continue   # "American and Iranian officials" keeps its first owner, like "Kenyan and Somali troops"
            found = self.entries_at(token)
            if found:
                entry = self.best_entry(found[1])
                actor = self.actor_from_entry(entry, found[0].text) or self.former_country(entry, found[0].text)
                if actor and (actor.country or actor.sector):
                    return actor
        compounds = {head.i} | {t.i for t in tokens if t.dep_ == "compound" and t.head.i == head.i}
        for token in modifiers:
            # "its vice-president", "the alliance's secretary-general": the possessor may hang on
            # the first word of a compound title.
            if token.dep_ == "poss" and token.head.i in compounds:
                actor = self.antecedent(token) if token.pos_ == "PRON" else self.actor_for_token(token)
                if actor and (actor.country or actor.sector):
                    return actor
        for token in modifiers:
            # "New York police", "Kharkiv governor": a town or region before the head is the owner.
            if token.dep_ in ("compound", "nmod") and token.head.i in compounds and is_town_word(token, self.doc) \
                    and not is_given_name(token, head):
                word = hyphenated_word(token)
                if word.end - word.start > 1 and word.start <= head.i < word.end:
                    continue   # "Nagorno-Karabakh": the name's own halves, not a town before it
                whole = word.text if token.ent_type_ not in ("GPE", "LOC") else place_name(token)
                country = city_country(whole)
                if country:
                    return make_actor(self.dictionary.country_names.get(country, country), token.text, country, None)
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "from"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actor = self.actor_for_token(pobj, as_owner=True) or self.of_complement(pobj) \
                            or self.organization_modifier(pobj) or self.governed_town(head, child, pobj)
                        if actor and (actor.country or actor.sector):
                            return actor
        return self.shared_nationality(head)

    def governed_town(self, head: Token, prep: Token, town: Token) -> Actor | None:
        """ "the mayor of Kharkiv", "the governor of Sumy": a town's own office-holder after "of"
        belongs to the country the gazetteer puts the town in."""
        if prep.lower_ != "of" or head.lemma_.lower() not in TOWN_OFFICES or not is_town_word(town, self.doc) \
                or self.entries_at(town):
            return None
        country = city_country(place_name(town))
        if country is None:
            return None
        return make_actor(self.dictionary.country_names.get(country, country), town.text, country, None)

    def former_country(self, entry: Entry, text: str) -> Actor | None:
        """The country, without a sector, of a listed person out of office on the article's date
        ("the George W. Bush administration" in 2016): his past office still says whose he is."""
        if entry.kind != "person" or not entry.roles:
            return None
        published = self.doc._.published
        past = [r for r in entry.roles if r[0] and (not published or (r[3] or "") <= published)]
        if not past:
            return None
        country = max(past, key=lambda r: r[3] or "")[0]
        return make_actor(self.dictionary.country_names.get(country, country), text, country, None)

    def shared_nationality(self, head: Token) -> Actor | None:
        """ "an Israeli army command post", "a Sudanese police checkpoint": a sector word inside a
        compound takes the nationality word the whole compound begins with."""
        if head.dep_ != "compound" or head.head.i == head.i or head.head.i < head.i:
            return None
        for token in head.head.lefts:
            if token.i >= head.i:
                break
            found = self.entries_at(token) if token.dep_ in ("amod", "compound", "nmod") else None
            if found and found[0].end <= head.i and not is_ethnic_label(token) and not names_a_sponsor(token):
                entry = self.best_entry(found[1])
                if entry.kind in ("adjective", "country"):
                    return self.actor_from_entry(entry, found[0].text)
        return None

    def short_name(self, head: Token, tokens: list[Token]) -> Actor | None:
        """ "The Commission" after "the European Commission", "the Court" after "the International
        Criminal Court": a capitalized bare "the" + last word of a listed organization named earlier
        in the article is that organization (the nearest one, when several end in that word)."""
        if not head.text[:1].isupper() or head.is_sent_start or head.ent_type_ in ("PERSON", "GPE") \
                or [t.lower_ for t in tokens if t.i != head.i] != ["the"]:
            return None
        best: tuple[int, Actor] | None = None
        for span, entries in self.doc._.ew_names.values():
            if span.end > head.i or len(span) < 2 or span[-1].text != head.text:
                continue
            entry = self.best_entry(entries) if entries else None
            if entry is None or entry.kind != "organization":
                continue
            actor = self.actor_from_entry(entry, span.text)
            if actor is not None and (best is None or span.start > best[0]):
                best = (span.start, actor)
        return best[1] if best else None

    def attacked_place(self, head: Token) -> str | None:
        """ "Jihadists ambushed an army convoy near the Burkinabe town of Djibo": unowned soldiers or
        police attacked at a place are that place's country's forces (the clause of the attack, or
        of the attack a "killing ..." clause continues, names the place)."""
        phrase = quantity_head(head)
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
            phrase = phrase.head   # "an army convoy": the convoy is what was hit
        verb = phrase.head
        if phrase.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in VICTIM_VERBS:
            return None
        for clause in (verb, verb.head) if verb.dep_ in ("advcl", "conj") else (verb,):
            if clause.lemma_.lower() not in VICTIM_VERBS:
                continue
            country = self.clause_place_country(clause, ("dobj", "nsubjpass"))
            if country:
                return country
        return None

    def clause_place_country(self, verb: Token, object_deps: tuple[str, ...]) -> str | None:
        """The country of a place named on ``verb`` or, failing that, on one of its objects
        (``object_deps``): "ambushed a patrol near the town of X"."""
        for token in [verb, *(c for c in verb.children if c.dep_ in object_deps)]:
            country = self.place_country(token, CLAUSE_PLACE_PREPOSITIONS, nested=True)
            if country:
                return country
        return None

    def organization_modifier(self, token: Token) -> Actor | None:
        """ "troops from the KFOR mission", "officers of a UNIFIL patrol": a listed organization
        naming the unit or mission a complement speaks of owns the phrase."""
        for child in token.lefts:
            found = self.entries_at(child) if child.dep_ in ("compound", "nmod") else None
            if found and found[0].end == token.i:
                entry = self.best_entry(found[1])
                if entry.kind == "organization":
                    return self.actor_from_entry(entry, found[0].text)
        return None

    def sole_force(self) -> Actor | None:
        """The one international force or mission (KFOR, UNIFIL, MONUSCO) the article names, if it
        names exactly one."""
        forces: dict[str, Entry] = {}
        for span, entries in self.doc._.ew_names.values():
            for entry in entries:
                if entry.kind == "organization" and entry.name in self.dictionary.forces \
                        and active_on(entry, self.doc._.published):
                    forces[entry.name] = entry
        if len(forces) != 1:
            return None
        entry = next(iter(forces.values()))
        return self.actor_from_entry(entry, entry.name)

    def unowned_peacekeepers(self, text: str) -> Actor:
        """Peacekeepers with no nationality, owner or single named force: the United Nations' when the
        article names it ("peacekeepers have been blamed for introducing cholera to Haiti" in a
        story on the UN), else soldiers of no known country -- never the nearest country named,
        which is usually the one they were sent to or a member that sent others."""
        if self.names_organization_code(UN_CODE):
            return make_actor(UN_NAME, text, None, "IGO", UN_CODE)
        return make_actor("peacekeepers", text, None, "MIL")

    def peacekeepers_before(self, head: Token) -> Actor | None:
        """The actor of unowned peacekeepers named earlier in the phrase's sentence, when it has no
        country ("sending in peacekeepers, and, today, about 100,000 soldiers and police officers
        are deployed": the same force, not the nearest country's troops)."""
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        for token in self.doc[sentence.start:head.i]:
            actor = heads.get(token.i)
            if token.lemma_.lower() in PEACEKEEPER_WORDS and actor is not None and actor.country is None:
                return actor
        return None

    def names_organization_code(self, code: str) -> bool:
        """Whether the article names an organization whose code is, or begins with, the code
        ("IGOUNOSEC" counts as the United Nations)."""
        return any(entry.kind == "organization" and (entry.code or "").startswith(code)
                   for _, entries in self.doc._.ew_names.values() for entry in entries)

    def is_later_coordinated_name(self, token: Token) -> bool:
        """A name coordinated after another name modifying the same head ("Iranian" in "American
        and Iranian officials"): the phrase's actor is its first owner, and the events component
        adds the others through the conjunct chain."""
        if token.dep_ != "conj" or token.i not in self.doc._.ew_names:
            return False
        first = token.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.dep_ in ("amod", "compound", "nmod") and first.i in self.doc._.ew_names \
            and self.entries_at(first) is not None

    def of_complement(self, token: Token) -> Actor | None:
        """The actor in a nested ``of`` phrase: "the speaker of the US House of Representatives"."""
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actor_for_token(pobj, as_owner=True)
        return None

    def located_country(self, head: Token) -> str | None:
        """The country of a place attached to the phrase ("officials in Tokyo") or to the clause
        it is the subject or object of ("demonstrators marched through central Khartoum")."""
        country = self.place_country(head, LOCATING_PREPOSITIONS)
        if self.sector_of(head) in TRAVELLING_SECTORS:
            return country   # "negotiators shook hands in Havana": talks abroad say nothing of their side
        phrase = quantity_head(head)
        if country is None and phrase.dep_ in SUBJECT_DEPS | {"dobj"} and phrase.head.pos_ in ("VERB", "AUX"):
            country = self.place_country(phrase.head, CLAUSE_PLACE_PREPOSITIONS, nested=True)
        return country

    def place_country(self, token: Token, prepositions: set[str], only: Token | None = None,
                      nested: bool = False) -> str | None:
        """The country of a place in a ``prepositions`` phrase attached to ``token`` (or in the
        phrase ``only``); with ``nested``, also of a place inside that phrase ("rallied outside
        the French base in Niamey")."""
        for child in [only] if only is not None else token.rights:
            if child.dep_ != "prep" or child.lower_ not in prepositions:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                settlement = self.settlement_country(pobj)
                if settlement:
                    return settlement
                if nested and not self.entries_at(pobj) and not is_town_word(pobj, self.doc):
                    inner = self.place_country(pobj, {"in", "at"})
                    if inner:
                        return inner
                    continue
                found = self.entries_at(pobj)
                if found:
                    entry = self.best_entry(found[1])
                    if entry.kind in ("country", "capital") and entry.country:
                        return entry.country
                elif is_town_word(pobj, self.doc):
                    # a GPE, or a town the model labelled otherwise ("in Doka"): the gazetteer decides
                    country = city_country(place_name(pobj))
                    if country:
                        return country
                elif pobj.lemma_.lower() in SITE_NOUNS:
                    country = self.site_town_country(pobj)
                    if country:
                        return country
        return None

    def site_town_country(self, site: Token) -> str | None:
        """The country of the town naming a local site ("at Kassala hospital", "in the Gao
        market"): the town word compounded with the site noun, when the gazetteer places it."""
        for child in site.children:
            if child.dep_ == "compound" and is_town_word(child, self.doc) and not self.entries_at(child):
                country = city_country(place_name(child))
                if country:
                    return country
        return None

    def settlement_country(self, token: Token) -> str | None:
        """ "the Burkinabe town of Djibo", "Haiti's capital" (the nationality word or the owning
        country decides), "the town of Zvecan" (the gazetteer decides for the name after "of")."""
        if token.lemma_.lower() not in SETTLEMENT_NOUNS | {"capital"}:
            return None
        for child in token.lefts:
            found = self.entries_at(child) if child.dep_ in ("amod", "compound", "nmod", "poss") else None
            if found and not is_ethnic_label(child):
                entry = self.best_entry(found[1])
                if entry.kind in ("adjective", "country") and entry.country and len(entry.country) == 3 \
                        and entry.country not in REGIONAL_CODES:
                    return entry.country
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in prep.children:
                    if name.dep_ == "pobj" and is_town_word(name, self.doc):
                        return city_country(place_name(name))
        return None

    def scene_country(self, head: Token) -> str | None:
        """The country of an opening place adverbial of the sentence, before the phrase ("In Cairo,
        the price of beef rose after the government halted imports"). Not for a phrase inside a
        quotation: "In Washington, the State Department urged both sides to 'protect the civilians'"
        places the speaker, not the people the quoted words speak of."""
        quoted = self.quotation_at(head.idx)
        verb = head
        while verb.head.i != verb.i:
            verb = verb.head
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "in" and child.i < head.i \
                        and any(t.is_punct for t in self.doc[child.i: head.i]) \
                        and (quoted is None or quoted[0] < child.idx):
                    country = self.place_country(verb, {"in"}, only=child)
                    if country:
                        return country
        return None

    def context_country(self, head: Token, use_focus: bool = True) -> str | None:
        """The country an unowned sector phrase belongs to, from the article's context; without
        use_focus, the article's own country is not given for want of a closer clue."""
        phrase = head
        while phrase.dep_ in ("amod", "compound") and phrase.head.i != phrase.i:
            phrase = phrase.head   # "militant targets in northern Iraq": the phrase's place counts
        located = self.located_country(head) or self.scene_country(head) or self.opponent_country(head) \
            or self.jurisdiction_country(head) \
            or (self.place_country(phrase, {"in", "at"}) if phrase.i != head.i else None) \
            or self.local_place_country(head)
        if located:
            return located
        reported = self.reported_act_country(head) or self.earlier_body_country(head) \
            or self.reported_scene_country(head)
        if reported:
            return reported
        focus = self.focus_for(head) if use_focus else None
        if focus:
            return focus
        if self.focus:
            # the article's country is the other party's: the victims' is unknown, but a speaker
            # whose own words name it as a third party is from the dateline's country
            return self.speaker_home(head)
        if self.dateline_country:
            return self.dateline_country
        start = sentence_of(head).start
        previous = [(i, c) for i, c in self.countries_at if i < head.i and i >= max(0, start - 60)
                    and not names_another_party(self.doc[i], head, self.doc._.ew_actor_heads)
                    and not self.quoted_apart(self.doc[i], head)]
        same = [(i, c) for i, c in previous if i >= start]
        acting = [c for i, c in same if self.on_subject_side(self.doc[i])]
        earlier = self.earlier_speaker_country(head) if same and is_speaker(head) else None
        if earlier:
            # "The Philippine military said ... the Chinese seized rifles, armed forces chief General
            # X told reporters": a speaker's side is his body's in its earlier words, not the side of
            # the sentence he reports
            return earlier
        if acting and reports_the_sentence(head) and not is_local_body(head):
            return acting[-1]        # "Egypt suspended imports from Ethiopia, the Ministry of Supply said"
        if same:
            return same[-1][1]       # else the nearest country named earlier in the same sentence
        scenes = [c for i, c in previous if is_place(self.doc[i])]
        if scenes and self.sector_of(head) in LOCAL_SECTORS:
            return scenes[-1]        # local people live where things happened, not with an earlier actor
        settings = [(i, c) for i, c in previous if self.on_subject_side(self.doc[i]) or self.is_setting(self.doc[i])]
        if settings:
            return self.unless_listed(settings[-1])   # else the nearest one that acted or was the scene
        return self.unless_listed(previous[-1]) if previous else self.later_actor_country(head)

    def sole_country(self) -> str | None:
        """The one country the article names, or None when it names none or several."""
        countries = {c for _, c in self.countries_at}
        return countries.pop() if len(countries) == 1 else None

    def unless_listed(self, position: tuple[int, str]) -> str | None:
        """The country at ``position`` (named in an earlier sentence), unless its name is one of a
        list of three or more countries ("Pakistan, India, Nepal and Bangladesh have offered troops.
        The ground troops ..."): the last of a list is no likelier than the others to own a bare
        phrase after it, so none is given. (In the list's own sentence the events component
        shares the phrase among the list.)"""
        token = self.doc[position[0]]
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
        countries = {c for i, c in self.countries_at if any(i == t.i for t in members)}
        return None if len(countries) >= 3 else position[1]

    def reported_act_country(self, head: Token) -> str | None:
        """The country that acts in the clause an unowned body reports at the sentence's end
        ("Egypt suspended imports from Ethiopia, the Ministry of Supply announced"): a body that
        announces a measure speaks for the measure's author, even when the article's own country
        is the other party. Not for reports of attacks ("Russia struck Kharkiv overnight, the air
        force said"): those come from the side that was hit, so the usual context decides."""
        if not reports_the_sentence(head) or is_local_body(head) or reports_an_attack(head) \
                or (is_speaker(head) and self.earlier_speaker_country(head)):
            return None   # a speaker's side comes first from his own body's earlier words
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        acting = [c for i, c in self.countries_at if sentence.start <= i < head.i
                  and self.on_subject_side(self.doc[i])
                  and not names_another_party(self.doc[i], head, heads)
                  and not self.quoted_apart(self.doc[i], head)]
        return acting[-1] if acting else None

    def reported_scene_country(self, head: Token) -> str | None:
        """ "In Cairo, the price of beef rose ..., traders said": unowned local people or traders
        who report what happened at a place the sentence names are that place's, whatever the
        dateline's country (a Washington story quoting Cairo's traders)."""
        if self.sector_of(head) not in LOCAL_SECTORS | PEOPLE_SECTORS | {"BUS"} or not reports_the_sentence(head):
            return None
        sentence = sentence_of(head)
        for token in reversed(self.doc[sentence.start:head.i]):
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and is_place(token) \
                    and not self.quoted_apart(token, head):
                country = city_country(place_name(token))
                if country:
                    return country
        return None

    def earlier_body_country(self, head: Token) -> str | None:
        """ "Ministry spokesman Adel Nassar" after "the Ministry of Supply announced ...": a
        capitalized, unowned body word modifying the phrase names the body coded under the same
        word in an earlier sentence, and takes its country (the nearest such body's)."""
        heads = self.doc._.ew_actor_heads
        start = sentence_of(head).start
        for token in self.np_tokens(head):
            if token.i == head.i or token.dep_ != "compound" or not token.text[:1].isupper() \
                    or token.ent_type_ in ("PERSON", "GPE", "NORP") or token.i in self.doc._.ew_names:
                continue
            earlier = [i for i, actor in heads.items() if i < start and actor.country
                       and self.doc[i].text == token.text and self.doc[i].pos_ != "PRON"]
            if earlier:
                return heads[max(earlier)].country
        return None

    def earlier_speaker_country(self, head: Token) -> str | None:
        """The country of the earlier speakers of the phrase's own sector in the sentences before
        its own (subjects of a reporting verb: "The Philippine military said ..."), when they are
        all of one country: a speaker's side comes from his own body's earlier words, not from the
        actor of the sentence he reports."""
        terms = self.doc._.ew_sector_terms
        sector = self.sector_of(head) or next(
            (terms[t.i][1] for t in reversed(self.np_tokens(head)) if t.i in terms), None)
        if sector is None:
            return None
        heads = self.doc._.ew_actor_heads
        countries = {heads[i].country for i in range(sentence_of(head).start)
                     if i in heads and heads[i].sector == sector and heads[i].country
                     and self.doc[i].pos_ != "PRON" and is_speaker(self.doc[i])}
        return countries.pop() if len(countries) == 1 else None

    def later_actor_country(self, head: Token) -> str | None:
        """For a phrase with no country named before it (a headline's or a lead's opening words:
        "Rival generals to hold talks in Jeddah | As Sudan fighting rages"), and an article with no
        country of its own: the one that leads the countries named after it as actors -- not as
        places, inside a quotation, or as the phrase's other party. Only in the text's first
        sentence, and not for local people (civilians, workers): the lead's scene is theirs."""
        sentence = sentence_of(head)
        first = next(iter(self.doc.sents))
        if sentence.start != first.start or self.sector_of(head) in LOCAL_SECTORS | PEOPLE_SECTORS:
            return None
        later = [(i, c) for i, c in self.countries_at if i > head.i
                 and not is_place(self.doc[i]) and not self.quoted_apart(self.doc[i], head)
                 and not (i < sentence.end and names_another_party(self.doc[i], head, self.doc._.ew_actor_heads))]
        return focus_country(later, None)

    def civilian_country(self, head: Token) -> str | None:
        """The country of an unowned group of civilians ("villagers", "residents", "people"): the
        place its own words or clause name, or one named inside the phrase acting on it; null when
        the only country its sentence names is its attackers' and the rest of the article gives
        none ("Eritrean gunmen killed four villagers"); else the article's context -- unless that country is
        named in the sentence only as the subject of a clause the phrase is embedded in, dealing
        with a foreign party there: the speaker or accuser rather than the people's home ("The
        United States imposed sanctions, accusing the armed group of attacking civilians"); then
        the text does not decide."""
        country = self.own_place_country(head) or self.acting_phrase_place(head) or self.local_place_country(head)
        if country:
            return country
        if self.names_attacker_only(head) and self.context_outside_sentence(head) is None:
            return None
        named = head.pos_ == "PROPN"   # "the activist Kamala Lopez": one person, not a crowd of the place
        country = self.context_country(head, use_focus=not named or self.focus_dominates())
        if country and self.named_only_as_outer_subject(head, country):
            return None
        return country

    def focus_dominates(self) -> bool:
        """Whether the article's own country is named at least FOCUS_DOMINANCE times as often as
        the next one, or is its dateline's. A story on two countries (Russia's TV network and its
        American hosts) has a leading country, but a named private person in it needs a clue of
        his own: the country named a little more often is usually the foreign leader's."""
        if not self.focus:
            return False
        if self.dateline_country == self.focus:
            return True   # "CAIRO —": the story is told from the focus country
        counts = Counter(c for _, c in self.countries_at)
        others = [n for c, n in counts.items() if c != self.focus]
        return not others or counts[self.focus] >= FOCUS_DOMINANCE * max(others)

    def local_place_country(self, head: Token) -> str | None:
        """The place local people (civilians, workers, students, farmers, health workers) are tied
        to beyond an ``in``/``at`` phrase: a town next to them ("displaced families near Doka"),
        the place of the camp, home or site they are "of" or "for" ("the homes of villagers near
        Kassala"), else the place of the local witness who reports them; None for other sectors or
        when none names one."""
        if self.sector_of(head) not in LOCAL_SECTORS:
            return None
        return self.place_country(head, NEAR_PREPOSITIONS) or self.host_place_country(head) \
            or self.reporter_place_country(head)

    def host_place_country(self, head: Token) -> str | None:
        """ "camps for displaced families in Gedaref", "the homes of villagers near Kassala": the
        place of the noun an ``of``/``for`` phrase hangs on, unless that noun is an actor."""
        phrase = quantity_head(head)
        prep = phrase.head
        if phrase.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "NOUN":
            return None
        host = prep.head
        if host.i in self.doc._.ew_actor_heads or is_actor_word(host):
            return None   # "the leaders of protesters in Tbilisi": another actor's place
        return self.place_country(host, {"in", "at"} | NEAR_PREPOSITIONS)

    def reporter_place_country(self, head: Token) -> str | None:
        """ "Medical staff at Doka hospital tell our correspondent that three villagers were killed":
        local people (civilians, workers, students, farmers) whose own clause names no place, inside
        what a local witness reports, take the country of the place the witness is at. Only for a
        witness that does not travel (no government, army, envoy or reporter: "Western diplomats in
        Cairo said civilians were killed" says nothing of the civilians). Its caller,
        ``local_place_country``, has checked the sector."""
        verb = quantity_head(head).head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        witnesses = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
        heads = self.doc._.ew_actor_heads
        if any(heads.get(w.i) is not None and heads[w.i].sector not in LOCAL_SECTORS for w in witnesses):
            return None
        places = {self.witness_place(w) for w in witnesses} - {None}
        return places.pop() if len(places) == 1 else None

    def witness_place(self, witness: Token) -> str | None:
        """The country of the place an ``at``/``in`` phrase on ``witness`` names: a country or
        capital, a town, or a town naming the building ("at Doka hospital")."""
        country = self.place_country(witness, {"in", "at"})
        if country:
            return country
        for prep in witness.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                towns = [t for t in pobj.lefts if t.dep_ == "compound" and is_town_word(t, self.doc)]
                found = {city_country(place_name(t)) for t in towns} - {None}
                if len(found) == 1:
                    return found.pop()
        return None

    def acting_tokens(self, head: Token) -> set[int]:
        """The tokens of the subject (or agent) of the clause whose object ``head`` is."""
        phrase = quantity_head(head)
        if phrase.dep_ not in ("dobj", "nsubjpass") or phrase.head.pos_ not in ("VERB", "AUX"):
            return set()
        verb = phrase.head
        return {t.i for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}

    def acting_phrase_place(self, head: Token) -> str | None:
        """The country of a place named inside the phrase that acts on ``head`` ("the shelling of
        a market in Kharkiv ... left seven civilians dead", "strikes across Ukraine killed 19
        people"): the scene of the act is the victims'."""
        acting = self.acting_tokens(head)
        places = [c for i, c in self.countries_at if i in acting and is_place(self.doc[i])]
        return places[-1] if places else None

    def context_outside_sentence(self, head: Token) -> str | None:
        """The article's own country counting only the countries named outside ``head``'s sentence
        (and the dateline), or None when the rest of the article gives none."""
        sentence = sentence_of(head)
        rest = [(i, c) for i, c in self.countries_at if not sentence.start <= i < sentence.end]
        return focus_country(rest, self.dateline_country)

    def attacker_countries(self, head: Token) -> set[str]:
        """The countries named as nationality (not as a place) in the subject or agent of the
        harming clause ``head`` is the victim of ("Chinese vessels rammed a boat and beat five
        fishermen": the subject of the first of coordinated verbs counts)."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ABUSING_VERBS:
            return set()
        clauses = [verb]
        while clauses[-1].dep_ == "conj" and clauses[-1].head.pos_ in ("VERB", "AUX"):
            clauses.append(clauses[-1].head)
        acting = {t.i for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "agent")
                  for t in c.subtree}
        heads = self.doc._.ew_actor_heads
        named = {c for i, c in self.countries_at if i in acting and not is_place(self.doc[i])}
        named |= {heads[i].country for i in acting if i in heads and heads[i].country}
        return named

    def reporting_actor(self, head: Token) -> Actor | None:
        """Whoever reports the clause ``head`` stands in ("Vietnam's navy said ...", "..., Ghana's
        navy said"): the actor, with a country, of the subject of the nearest reporting verb above
        it."""
        heads = self.doc._.ew_actor_heads
        for verb in head.ancestors:
            if verb.lemma_.lower() not in REPORTING_VERBS | {"report", "tell"}:
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                # a later phrase only when a name owns it ("the Indian navy"): it cannot loop back here
                named = subject.i < head.i or any(t.i in self.doc._.ew_names for t in self.np_tokens(subject))
                actor = heads.get(subject.i) or (self.actor_for_token(subject) if named else None)
                if actor is not None and actor.country:
                    return actor
            return None
        return None

    def reporting_country(self, head: Token) -> str | None:
        """The country of :meth:`reporting_actor`."""
        actor = self.reporting_actor(head)
        return actor.country if actor else None

    def not_the_attackers(self, head: Token, country: str | None) -> str | None:
        """Victims do not take their attackers' nationality: when the country found for an unowned
        group of people harmed or held by an actor is that actor's own, it is the reporter's
        country if one of another country reports the act ("Vietnam's navy said Chinese vessels
        ... beat five fishermen" -> VNM); unknown when only the attacker names a country in the
        sentence and the rest of the article none ("Eritrean gunmen abducted six farmers");
        otherwise unchanged (a state may act on its own people: "police arrested 20 students")."""
        attackers = self.attacker_countries(head) if country else set()
        if country not in attackers:
            return country
        reporter = self.reporting_country(head)
        if reporter and reporter not in attackers:
            return reporter
        if self.sector_of(head) != "CVL" and self.names_attacker_only(head) \
                and self.context_outside_sentence(head) is None:
            return None   # as civilian_country does for "Eritrean gunmen killed four villagers"
        return country

    def names_attacker_only(self, head: Token) -> bool:
        """Whether every country the phrase's sentence names before it belongs to the subject of the
        clause that acts on the phrase, as its nationality and not as a place ("Ethiopian drones killed
        five villagers", but not "strikes across Ukraine killed 19 people"): an attacker's country
        says nothing of its victims' when the article has no country of its own."""
        phrase = quantity_head(head)
        if phrase.head.lemma_.lower() not in HARMING_VERBS:
            return False   # "detained the lawyer", "released protesters": a state acting on its own people
        acting = self.acting_tokens(head)
        sentence = sentence_of(head)
        named = [i for i, _ in self.countries_at if sentence.start <= i < head.i]
        return bool(named) and all(i in acting and not is_place(self.doc[i]) for i in named)

    def named_only_as_outer_subject(self, head: Token, country: str) -> bool:
        """Whether every actor of ``country`` in ``head``'s sentence is the subject of a clause
        above the one ``head`` belongs to (and there is at least one), and that subject deals with
        another country's actor there: a state sanctioning or accusing a foreign party speaks from
        outside, while a government or official speaking of its own people ("Serbia's government
        will revoke the licence that protesters opposed") names no foreign party."""
        verbs = [t for t in quantity_head(head).ancestors if t.pos_ in ("VERB", "AUX")]
        if len(verbs) < 2:
            return False
        outer = {t.i for verb in verbs[1:] for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        named = {i for i in range(sentence.start, sentence.end)
                 if (i in heads and heads[i].country == country and self.doc[i].pos_ != "PRON")}
        named |= {i for i, c in self.countries_at if c == country and sentence.start <= i < sentence.end}
        foreign = any(heads[i].country not in (None, country) and self.doc[i].pos_ != "PRON"
                      for i in range(sentence.start, sentence.end) if i in heads and i not in outer)
        return foreign and bool(named) and named <= outer

    def own_place_country(self, head: Token) -> str | None:
        """The country of the place an unowned phrase is tied to by its own words or clause ("people
        in Gedaref", "marched through Khartoum", "In Cairo, ..."), or of the police or court that
        holds the people it names; None when neither names one."""
        phrase = head
        while phrase.dep_ in ("amod", "compound") and phrase.head.i != phrase.i:
            phrase = phrase.head
        return self.located_country(head) or self.scene_country(head) or self.jurisdiction_country(head) \
            or (self.place_country(phrase, {"in", "at"}) if phrase.i != head.i else None)

    def jurisdiction_country(self, head: Token) -> str | None:
        """ "Colombian police arrested a cartel leader", "a Moscow court jailed two activists": the
        people a country's police or courts act on are within its reach, so an unowned phrase that
        is the object of their clause takes their country."""
        phrase = quantity_head(head)
        if phrase.dep_ != "dobj":
            return None
        verb = phrase.head
        while True:
            for child in verb.children:
                if child.dep_ == "nsubj":
                    actor = self.doc._.ew_actor_heads.get(child.i)
                    if actor is not None and actor.sector in DOMESTIC_SECTORS and actor.country:
                        return actor.country
                    return None
            if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
                continue
            return None

    def focus_for(self, head: Token) -> str | None:
        """The article's own country for a phrase, unless it is the other party of the phrase's
        own clause ("Russian missile strikes killed four people", "slogans against Israel") or
        one named in the phrase's person's own quotation, and the rest of the article does not
        make it the article's country too."""
        if not self.focus:
            return None
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        others = {c for i, c in self.countries_at if sentence.start <= i < sentence.end
                  and names_another_party(self.doc[i], head, heads)} | self.quoted_by_speaker(head)
        if self.focus not in others:
            return self.focus
        rest = [(i, c) for i, c in self.countries_at if not sentence.start <= i < sentence.end]
        return self.focus if focus_country(rest, self.dateline_country) == self.focus else None

    def quoted_by_speaker(self, head: Token) -> set[str]:
        """The countries named in a quotation of the phrase's sentence that the phrase's person
        speaks ("'... until Ethiopia stops violating our airspace,' said Amira El-Tayeb, the
        foreign minister"): a speaker's words name others, not the speaker."""
        sentence = sentence_of(head)
        found: set[str] = set()
        for i, country in self.countries_at:
            if not sentence.start <= i < sentence.end:
                continue
            span = self.quotation_at(self.doc[i].idx)
            if span is None or span[0] < head.idx < span[1]:
                continue
            if self.is_speaker_of(head, self.doc[i], span):
                found.add(country)
        return found

    def is_speaker_of(self, head: Token, token: Token, span: tuple[int, int]) -> bool:
        """Whether ``head`` (or the name it stands in apposition to) is the subject of the
        reporting verb that governs the quotation holding ``token``."""
        speaker = self.reporting_speaker(token, span)
        if speaker is None:
            inside = [t for t in self.doc if span[0] < t.idx < span[1] and not t.is_punct]
            speaker = next((s for s in (self.reporting_speaker(t, span) for t in inside[-1:] + inside[:1])
                            if s is not None), None)
        person = head
        while person.dep_ == "appos" and person.head.i != person.i:
            person = person.head
        return speaker is not None and speaker.i in (head.i, person.i)

    def speaker_home(self, head: Token) -> str | None:
        """The dateline's country for a person whose own quotation in the sentence names the
        article's focus country as a third party; null otherwise or when the quotation names the
        dateline's country too."""
        if not self.dateline_country or self.dateline_country == self.focus:
            return None
        quoted = self.quoted_by_speaker(head)
        if self.focus in quoted and self.dateline_country not in quoted:
            return self.dateline_country
        return None

    def opponent_country(self, head: Token) -> str | None:
        """ "ELN commanders and government negotiators", "the M23 and the army": a state sector
        coordinated with a named armed group is that group's country's."""
        if self.sector_of(head) not in STATE_SECTORS:
            return None
        heads = self.doc._.ew_actor_heads
        for other in [head.head] if head.dep_ == "conj" else [c for c in head.children if c.dep_ == "conj"]:
            actor = heads.get(other.i)
            if actor is not None and actor.sector in ("REB", "SEP") and actor.country \
                    and any(t.i in self.doc._.ew_names for t in [other, *other.lefts]):
                return actor.country
        return None

    def is_setting(self, token: Token) -> bool:
        """A country or city named as the scene ("arrived in Yangon"), not as an actor acted on."""
        return token.i not in self.doc._.ew_names or is_place(token)

    @staticmethod
    def is_place(head: Token) -> bool:
        """A country or capital used as a location ("shops in Beijing", "flew to Tehran")."""
        return is_place(head)

    def actor_for_token(self, head: Token, as_owner: bool = False) -> Actor | None:
        cached = self.doc._.ew_actor_heads.get(head.i)
        if cached is not None:
            return cached
        if head.idx < self.dateline_end:
            return None
        if head.pos_ == "PRON":
            return self.antecedent(head)
        if self.modifies_non_actor(head):
            return None
        tokens = self.np_tokens(head)
        text = doc_text(self.doc)[tokens[0].idx: head.idx + len(head.text)]
        if self.modifies_state_measure(head):
            return self.sector_actor(head, tokens, text, "GOV")
        found = self.entries_at(head)
        if not found and self.is_unknown_armed_name(head):
            return self.armed_group_name(head, tokens, text)
        if not found:
            short = self.short_name(head, tokens)
            if short is not None:
                return short.model_copy(update={"text": text})
        sector = self.sector_of(head)
        if found:
            actor = self.named_actor(head, found, sector, text, as_owner)
            if actor is not None or sector is None:
                return actor
        members = (self.member_groups(head) or self.leading_state(head, sector)) \
            if head.lemma_.lower() in MEMBERSHIP_NOUNS else None
        if members is not None:
            return members.model_copy(update={"text": text})
        if head.lemma_.lower() in GROUP_ANAPHORS and any(t.dep_ in ("det", "poss") for t in tokens) \
                and not any(t.dep_ in ("amod", "compound") and not self.is_armed_word(t, head) for t in head.lefts):
            actor = self.group_anaphor(head, text)
            if actor is not None or GROUP_ANAPHORS[head.lemma_.lower()] == "IGO":
                return actor
        if sector is None and head.lemma_.lower() in GROUP_ANAPHORS:
            sector = self.modifier_sector(head)   # "the paramilitary group", "a militant group"
        if head.pos_ == "NOUN" and self.is_collective(head, tokens):
            self.note_collective(head)
            return None
        pair = self.warring_pair(head) if head.pos_ == "NOUN" else []
        if pair:
            # Like "Kenyan and Somali troops", the phrase keeps its first side (the events component
            # can add the other through ``collective_parties``); a later "they" stays open.
            self.note_collective(head)
            return pair[0].model_copy(update={"text": text})
        if head.pos_ == "NOUN" and self.has_coordinated_owners(head):
            # "the leaders of Ethiopia, Egypt and Sudan" keeps its first owner (as "Kenyan and Somali
            # troops" does; the events component adds the others), but a later "they" stays open.
            self.note_collective(head)
        if head.lemma_.lower() in COUNTRY_NOUNS and sector is None:
            return self.country_noun(head, tokens, text)
        if sector is None and head.lemma_.lower() == "union" and head.pos_ == "NOUN":
            return self.owned_union(head, tokens, text)
        if sector is None:
            officer = self.body_officer_sector(head, tokens)
            if officer is not None:
                return self.sector_actor(head, tokens, text, officer)
            return self.divided_half(head, tokens, text) \
                or self.titled_person(head, tokens, text) or self.body_of_organization(head, text) \
                or self.national_body(head, tokens, text) or self.armed_group_name(head, tokens, text) \
                or self.organization_officer(head, tokens, text) or self.qualified_body(head, tokens, text) \
                or self.staff_noun_of_organization(head, tokens, text)
        if sector == "OPP" and self.is_exile_phrase(head) and not self.has_nationality_word(head, tokens):
            return None   # "Miami's exiles", "CIA-trained exiles": whose exiles they are is not said
        if sector == "GOV" and head.lemma_.lower() in SPOKES_NOUNS:
            principal = private_principal(head)
            if principal is not None:
                return self.principal_actor(principal, text)
        return self.sector_actor(head, tokens, text, sector)

    def is_exile_phrase(self, head: Token) -> bool:
        """ "exiles", "exile leaders", "the exile community": a phrase the exile sector terms name."""
        hit = self.doc._.ew_sector_terms.get(head.i)
        return "exile" in (hit[0].text.lower() if hit else head.lower_)

    def has_nationality_word(self, head: Token, tokens: list[Token]) -> bool:
        """Whether a country's name or adjective modifies the phrase ("Cuban exiles")."""
        for token in tokens:
            found = self.entries_at(token) if token.i != head.i else None
            if found and any(entry.kind in ("country", "adjective") for entry in found[1]):
                return True
        return False

    def principal_actor(self, principal: Token, text: str) -> Actor | None:
        """A spokesman for a private party ("a spokesman for the Miami relatives") speaks for that
        party: its actor when it has a country and a non-state sector, else none."""
        actor = self.actor_for_token(principal)
        if actor is None or not actor.country or actor.sector in STATE_SECTORS:
            return None
        return actor.model_copy(update={"text": text})

    def member_groups(self, head: Token) -> Actor | None:
        """ "An alliance of three ethnic armed groups", "a coalition of opposition parties": a body
        made of groups of one non-state actor (one country, one sector) is that actor; a union of
        states or of bodies of several countries stays with the other rules."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or pobj.tag_ != "NNS":
                    continue
                actor = self.actor_for_token(pobj)
                if actor is not None and actor.country and actor.sector not in STATE_SECTORS | {"IGO"}:
                    return actor
        return None

    def leading_state(self, head: Token, sector: str | None) -> Actor | None:
        """ "A military coalition led by Saudi Arabia": a coalition a named state leads is that
        state's (its military when the phrase says so, else its government), not the country of
        the war it fights in."""
        for verb in head.rights:
            if verb.dep_ != "acl" or verb.lemma_ != "lead":
                continue
            for agent in verb.children:
                if agent.dep_ != "agent":
                    continue
                for pobj in agent.children:
                    leader = self.actor_for_token(pobj) if pobj.dep_ == "pobj" else None
                    if leader is not None and leader.country and leader.sector in (None, "GOV"):
                        armed = any(t.lower_ in SERVICE_WORDS for t in head.lefts)   # "a military coalition"
                        own = "MIL" if armed else sector or self.modifier_sector(head)
                        chosen = own if own in STATE_SECTORS else "GOV"
                        name = self.dictionary.country_names.get(leader.country, leader.country)
                        return make_actor(f"{name} {SECTOR_LABELS.get(chosen, chosen.lower())}",
                                          leader.text, leader.country, chosen)
        return None

    def body_officer_sector(self, head: Token, tokens: list[Token]) -> str | None:
        """ "the electoral commission chairman", "the chairman of the election commission": an
        officer noun with no sector of its own, heading a body a sector word names, has that body's
        sector (and is then resolved like the body: owner, else context); None otherwise."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in OFFICER_NOUNS:
            return None
        bodies = [t for t in tokens if t.dep_ == "compound" and t.head.i == head.i]
        bodies += [pobj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                   for pobj in prep.children if pobj.dep_ == "pobj"
                   and (pobj.pos_ == "NOUN" or pobj.i in self.doc._.ew_sector_terms)]
        for body in bodies:
            if body.i in self.doc._.ew_names:
                continue   # a named body ("the UN chief") is the organization's own business
            sector = self.sector_of(body)
            if sector is not None and sector not in PEOPLE_SECTORS:
                return sector
        return None

    def divided_half(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "a military accord with the North": in an article that names North or South Korea,
        "the North" and "the South" (capitalised, standing alone) are the two Korean states; None
        elsewhere, and for a place ("fighting in the North")."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or [t.lower_ for t in tokens] != ["the", head.lower_]:
            return None
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].pos_ == "PROPN" or self.is_place(head):
            return None
        named = {e.country for _, entries in self.doc._.ew_names.values() for e in entries if e.country}
        for pair, halves in DIVIDED_HALVES.items():
            country = halves.get(head.lower_)
            if country and pair & named:
                name = self.dictionary.country_names.get(country, country)
                sector = None if head.dep_ in INNER_DEPS else "GOV"
                return make_actor(name, text, country, sector)
        return None

    def modifies_non_actor(self, head: Token) -> bool:
        """ "a military accord", "military action", "a general strike": a sector word or title
        that only modifies a noun naming an act, an agreement or a state of affairs
        (or a title used as an adjective) stands for no actor. Names keep their own reading
        ("a Russian deal" is still about Russia)."""
        if head.i in self.doc._.ew_names or head.dep_ not in ("amod", "compound") or head.head.i == head.i:
            return False
        if head.pos_ == "ADJ" and head.lemma_.lower() in self.dictionary.titles \
                and head.lemma_.lower() not in self.dictionary.sector_terms:
            return True   # "general strike", "general election": not a general
        if head.lemma_.lower() in PERSON_NOUNS:
            return False   # "ministers trading threats" parsed as one compound: the ministers act
        return self.sector_of(head) is not None and head.head.lemma_.lower() in NON_ACTOR_HEADS

    def modifies_state_measure(self, head: Token) -> bool:
        """ "the foreign agents law", "a police reform": a sector word that only modifies a law, a
        bill or a reform; the measure is the state's, so the phrase is its government."""
        return head.i not in self.doc._.ew_names and head.dep_ in ("amod", "compound") \
            and head.head.i != head.i and head.head.lemma_.lower() in STATE_MEASURE_HEADS \
            and head.lemma_.lower() not in PERSON_NOUNS and self.sector_of(head) is not None

    def national_body(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the US Commerce Department", "Ethiopia's National Meteorology Institute": an institution
        the dictionary lacks, owned by a country named in the phrase, is that country's; its head
        word gives the sector when it says one ("Department" GOV, "House" LEG, "Court" JUD)."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "FAC", "") or head.i in self.doc._.ew_names:
            return None
        if head.lower_ not in BODY_SECTORS and head.ent_type_ != "ORG":
            return None
        if head.i + 1 < len(self.doc) and self.doc[head.i + 1].ent_iob_ == "I":
            return None   # a word inside a longer name ("Coffee" in "the Coffee and Tea Authority")
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None or owner.country is None or owner.sector not in (None, "GOV"):
            return None
        sector = BODY_SECTORS.get(head.lower_)
        name = self.dictionary.country_names.get(owner.country, owner.country)
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, '')}".strip() if sector else name, text,
                          owner.country, sector)

    def qualified_body(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "Kenya's anti-graft agency", "the Nigerian customs service", "Colombia's prosecutor's
        office", "the ECOWAS commission": a lowercase body noun no sector word covers, owned by a
        country named in the phrase, is that country's (GOV, or the sector of a qualifier such as
        "prosecutor's" JUD); owned by an international organization, it is that organization.
        Not a body of the press or a company ("a Russian news service", "the firm's office")."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in QUALIFIED_BODY_NOUNS or head.tag_ != "NN":
            return None
        words = [t for t in tokens if t.i != head.i]
        if any(t.lower_ in NON_STATE_QUALIFIERS for t in words):
            return None
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None or (owner.sector in ("IGO", "NGO") and not owner.code):
            return None
        if owner.sector in ("IGO", "NGO"):
            return make_actor(owner.name, text, owner.country, owner.sector, owner.code)
        if owner.country is None or owner.sector not in (None, "GOV") or owner.country in REGIONAL_CODES:
            return None
        sector = self.qualifier_sector(head) or BODY_SECTORS.get(lemma, "GOV")
        name = self.dictionary.country_names.get(owner.country, owner.country)
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, owner.country, sector)

    def qualifier_sector(self, head: Token) -> str | None:
        """The state sector a body's qualifier names ("prosecutor's office" JUD, "police service"
        COP, "military council" MIL), None for other qualifiers."""
        for child in head.lefts:
            if child.dep_ in ("amod", "compound", "poss") and child.pos_ != "PROPN":
                found = self.sector_of(child)   # the whole term: "prosecutor general's" JUD, not "general"
                if found in QUALIFIER_SECTORS:
                    return found
        return None

    def armed_group_name(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the Qwara People's Front", "the Kachin Independence Brigade": a named group the
        dictionary lacks, whose head word names an armed movement, is REB; its country is the one
        named in the phrase, else the article's context country, as for "the rebels"."""
        if not is_name_word(head) or head.lower_ not in NAMED_ARMED_HEADS or head.ent_type_ not in ("ORG", ""):
            return None
        if not any(t.pos_ == "PROPN" and t.i != head.i for t in tokens):
            return None
        owner = self.owner_in_modifiers(head, tokens)
        country = owner.country if owner is not None and owner.country else None
        country = country or self.described_country(head) or self.described_elsewhere(head) \
            or self.armed_context_country(head)
        name = self.dictionary.country_names.get(country, country) if country else ""
        return make_actor(f"{name} rebels".strip(), text, country, "REB")

    def described_elsewhere(self, head: Token) -> str | None:
        """The country another mention of the same unlisted group's name is given in the article (a
        nationality before it or a description after it: "... the Qwara People's Front, an Ethiopian
        armed group"): what the text says of the group beats where it is."""
        chain = self.name_chain(head)
        words = [t.lower_ for t in self.doc[min(chain): head.i + 1]]
        for start in range(len(self.doc) - len(words) + 1):
            end = start + len(words) - 1
            if end == head.i or [t.lower_ for t in self.doc[start: end + 1]] != words:
                continue
            other = self.doc[end]
            owner = self.owner_in_modifiers(other, self.np_tokens(other))
            country = (owner.country if owner is not None else None) or self.described_country(other)
            if country:
                return country
        return None

    def armed_context_country(self, head: Token) -> str | None:
        """The context country of an armed group with no owner or description, except where its
        sentence only places it in that country while another country's forces act on it ("Ethiopian
        drones struck camps belonging to the Qwara People's Front near Doka in Sudan"): a group
        struck across a border may be the striker's insurgents or the host's, and the place where a
        group is is not its nationality, so the text does not decide."""
        country = self.context_country(head)
        if country is None or self.own_place_country(head):
            return country   # "militant targets in northern Iraq": the phrase's own place counts
        return None if self.struck_where_it_is(head, country) else country

    def struck_where_it_is(self, head: Token, country: str) -> bool:
        """Whether ``head``'s clause has a subject of another country's state (army, government) and
        the sentence names ``country`` only as a place (not as an acting party)."""
        token = head
        while token.dep_ in ("pobj", "prep", "acl", "compound", "amod", "poss") and token.head.i != token.i:
            token = token.head   # "camps belonging to the Front", "militia camps": up to the struck object
        if token.dep_ != "dobj":
            return False
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return False
        actor = self.doc._.ew_actor_heads.get(subject.i)
        if actor is None or actor.sector not in STATE_SECTORS or actor.country in (None, country):
            return False
        sentence = sentence_of(head)
        named = [i for i, c in self.countries_at if c == country and sentence.start <= i < sentence.end]
        heads = self.doc._.ew_actor_heads
        return bool(named) and all(is_place(self.doc[i]) or i not in heads for i in named)

    def is_unknown_armed_name(self, head: Token) -> bool:
        """Whether ``head`` ends a proper name the dictionary lacks whose last word names an armed
        movement ("the Qwara People's Front", "the Kachin Liberation Army"): capitalized head,
        capitalized name words before it, none of them a known name (a country, an organization:
        "the Sudanese Armed Forces" is not such a name)."""
        if head.lower_ not in NAMED_ARMED_HEADS or not is_name_word(head) or head.i in self.doc._.ew_names:
            return False
        if head.ent_type_ not in ("ORG", ""):
            return False
        words = [t for t in self.np_tokens(head) if t.i != head.i and t.dep_ in ("compound", "poss", "amod")
                 and t.head.i in self.name_chain(head)]
        if not words or not all(t.is_title or t.is_upper for t in words):
            return False
        if any(t.i in self.doc._.ew_names or t.ent_type_ in ("NORP", "GPE") for t in words):
            return False
        return any(t.pos_ == "PROPN" for t in words)

    @staticmethod
    def name_chain(head: Token) -> set[int]:
        """``head`` and the capitalized words hanging on it as compounds or possessors."""
        chain = {head.i}
        stack = [head]
        while stack:
            token = stack.pop()
            for child in token.lefts:
                if child.dep_ in ("compound", "poss", "amod") and (child.is_title or child.is_upper):
                    chain.add(child.i)
                    stack.append(child)
        return chain

    def described_country(self, head: Token) -> str | None:
        """The country an unlisted group's description gives it, in its own sentence or the next:
        "sanctions on two commanders of the Qwara People's Front, accusing the Ethiopian armed
        group of ...", "the Kebri Front, a Somali militia". Only when no other name of an armed
        group comes between, and the description names exactly one country."""
        sentence = sentence_of(head)
        end = sentence.end
        if end < len(self.doc):
            end = sentence_of(self.doc[end]).end
        for token in self.doc[head.i + 1: end]:
            if token.pos_ == "PROPN" and token.lower_ in ARMED_GROUP_HEADS:
                return None   # another group's name: the description may be of that one
            found = self.entries_at(token)
            if found and found[0].end - 1 == token.i and self.best_entry(found[1]).sector in ("REB", "SEP"):
                return None
            if token.pos_ != "NOUN" or token.lemma_.lower() not in DESCRIBING_NOUNS:
                continue
            countries = {self.nationality(child) for child in token.lefts
                         if child.dep_ in ("amod", "compound") and not names_a_sponsor(child)} - {None}
            if len(countries) == 1:
                return countries.pop()
        return None

    def nationality(self, token: Token) -> str | None:
        """The country a country name or adjective names ("Ethiopian" -> ETH), else None."""
        found = self.entries_at(token)
        if not found:
            return None
        entry = self.best_entry(found[1])
        return entry.country if entry.kind in ("adjective", "country") else None

    def body_of_organization(self, head: Token, text: str) -> Actor | None:
        """ "the African Union Commission", "the ECOWAS Secretariat": a proper-noun head whose name
        the dictionary lacks, right after an organization's name, is a body of that organization."""
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
            return None
        before = self.doc[head.i - 1] if head.i > 0 else None
        if before is None or before.dep_ != "compound" or before.head.i != head.i:
            return None
        found = self.entries_at(before)
        if not found or found[0].end != head.i:
            return None
        entry = self.best_entry(found[1])
        if entry.kind != "organization" or entry.sector not in ("IGO", "NGO", "GOV", "LEG", "JUD"):
            return None
        return self.actor_from_entry(entry, text)

    def organization_officer(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the UN chief", "the IMF's head": a person noun with no sector of its own, owned by an
        international or non-governmental organization, speaks for that organization."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSON_NOUNS or head.tag_ != "NN":
            return None
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None or owner.sector not in ("IGO", "NGO") or not owner.code:
            return None
        return make_actor(owner.name, text, owner.country, owner.sector, owner.code)

    def named_actor(self, head: Token, found: tuple[Span, list[Entry]], sector: str | None, text: str,
                    as_owner: bool) -> Actor | None:
        """The actor of a phrase whose head is a dictionary name."""
        entry = self.best_entry(found[1])
        if entry.kind in ("country", "capital") and not as_owner and self.is_place(head):
            return None
        actor = self.actor_from_entry(entry, text)
        if actor is None:
            return None
        if entry.kind == "organization" and entry.generic:
            return self.generic_body(head, entry, actor)
        if entry.kind == "adjective" and sector is None and is_ethnic_label(head):
            if head.dep_ in INNER_DEPS:
                return None   # "ethnic Albanian" in "ethnic Albanian mayors": no state owns the phrase
            country = self.civilian_country(head)   # "ethnic Serbs": people, wherever they live
            return make_actor(f"{self.dictionary.country_names.get(country, country)} civilians" if country
                              else "civilians", text, country, "CVL")
        if entry.kind in ("country", "adjective", "capital") and sector is None:
            if entry.kind == "country" and head.dep_ not in INNER_DEPS:
                return actor.model_copy(update={"sector": "GOV", "code": f"{actor.country}GOV"})
            if entry.kind == "adjective" and head.dep_ == "conj" and head.head.dep_ in ("amod", "compound"):
                shared = self.sector_of(head.head.head)
                if shared:
                    return make_actor(f"{actor.name} {SECTOR_LABELS.get(shared, shared.lower())}", text,
                                      actor.country, shared)
            if entry.kind == "adjective" and head.dep_ not in INNER_DEPS and head.text.endswith("s"):
                return make_actor(f"{actor.name} civilians", text, actor.country, "CVL")
            return actor
        if entry.kind == "person" and actor.country:
            self.remember_surname(found[0], actor)
        if actor.country or entry.kind != "person":
            return actor
        return None

    def remember_surname(self, span: Span, actor: Actor) -> None:
        """A later bare surname refers to a listed person named in full earlier: "Prime Minister
        Shehbaz Sharif ... Sharif thanked", "Irfaan Ali ... Ali told reporters". The first person
        named keeps a surname two of them share."""
        words = [t for t in span if t.text.rstrip(".") not in NAME_SUFFIXES]
        last = words[-1] if len(words) > 1 else None
        if last is not None and len(last.text) > 2 and last.text[:1].isupper():
            self.doc._.ew_person_aliases.setdefault(last.text, actor)
        if len(span) == 4 and span[2].text == "-" and span[0].text[:1].isupper():
            # "Park Geun-hye", "Moon Jae-in": a Korean name puts the family name first
            self.doc._.ew_person_aliases.setdefault(span[0].text, actor)

    def is_armed_word(self, token: Token, head: Token) -> bool:
        """A modifier that keeps a rebel-group anaphor's reference ("the paramilitary group", "the
        armed movement"); any other modifier ("the opposition alliance") makes a new phrase."""
        if GROUP_ANAPHORS.get(head.lemma_.lower()) != "REB" or token.i in self.doc._.ew_names or token.pos_ == "PROPN":
            return False
        sector = self.dictionary.sector_terms.get(token.lower_) or self.dictionary.sector_terms.get(token.lemma_.lower())
        return sector in ("REB", "MIL", "UAF") or token.lower_ in ARMED_ADJECTIVES

    def modifier_sector(self, head: Token) -> str | None:
        """The sector a group noun takes from a sector word before it ("the paramilitary group",
        "a jihadist movement"); not from a name ("the Wagner group" is the dictionary's)."""
        for child in head.lefts:
            if child.dep_ in ("amod", "compound") and child.i not in self.doc._.ew_names and child.pos_ != "PROPN":
                found = self.dictionary.sector_terms.get(child.lower_) or self.dictionary.sector_terms.get(
                    child.lemma_.lower())
                if found:
                    return found
        return None

    def member_sector(self, head: Token) -> str | None:
        """ "a cartel leader", "the militia commander": a group word before a person noun gives
        the group's sector."""
        term = self.doc._.ew_sector_terms.get(head.i)
        for child in head.lefts:
            if term is not None and child.i >= term[0].start:
                continue   # a word of the title itself ("justice" in "justice minister")
            if child.dep_ == "compound" and child.i not in self.doc._.ew_names:
                found = self.sector_of(child)
                if found in INHERITING_SECTORS:
                    return found
        return None

    def origin_country(self, head: Token) -> str | None:
        """Where refugees come from: "refugees fleeing fighting in eastern Congo". Refugees take no
        country from the article's context: the host country is not theirs."""
        verbs = [c for c in head.rights if c.dep_ == "acl"] + ([head.head] if head.dep_ == "nsubj" else [])
        for verb in verbs:
            if verb.lemma_.lower() in ("flee", "escape"):
                for token in verb.subtree:
                    found = self.entries_at(token) if token.dep_ == "pobj" or token.head.dep_ == "pobj" else None
                    if found:
                        entry = self.best_entry(found[1])
                        if entry.kind in ("country", "capital", "adjective") and entry.country:
                            return entry.country
                    elif token.dep_ == "pobj" and token.ent_type_ in ("GPE", "LOC"):
                        country = city_country(place_name(token))
                        if country:
                            return country
        return None

    def owned_union(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "Argentina's largest union", "their union": a union someone owns is a labour union, of
        the owner's country; one of a sector's members ("the journalists ... their union") is that
        sector's body. A bare "the union" may be a bloc ("the European Union") and stays open."""
        if not any(c.dep_ == "poss" for c in head.lefts):
            return None
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None or not owner.country:
            return None
        sector = owner.sector if owner.sector in MEMBER_BODY_SECTORS else "LAB"
        name = self.dictionary.country_names.get(owner.country, owner.country)
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, owner.country, sector)

    def generic_body(self, head: Token, entry: Entry, actor: Actor) -> Actor:
        """A name many countries use ("Congress"): the article's own country when it has one,
        the dictionary's country only when the article names none -- or names it often enough
        that the name's usual referent is meant (a bare "Congress" in a story on Mexico and the
        United States is the US Congress; in one on Peru alone, Peru's)."""
        country = entry.country if self.is_common_home(entry.country) else None
        country = country or self.context_country(head) or entry.country
        if country == actor.country:
            return actor
        name = self.dictionary.country_names.get(country, country)
        return make_actor(f"{name} {entry.name}", actor.text, country, entry.sector)

    def is_common_home(self, country: str | None) -> bool:
        """Whether the article names the country often: at least GENERIC_HOME_MENTIONS times and
        at least GENERIC_HOME_SHARE of all its country mentions."""
        if not country:
            return False
        counts = Counter(c for _, c in self.countries_at)
        total = sum(counts.values())
        return counts[country] >= GENERIC_HOME_MENTIONS and counts[country] >= GENERIC_HOME_SHARE * total

    def sector_actor(self, head: Token, tokens: list[Token], text: str, sector: str) -> Actor | None:
        """A sector word with its owner: "Pakistani troops", "the junta's soldiers", "police".
        A phrase owned by a collective ("the two countries' foreign ministers") stays unresolved."""
        deployer = self.deploying_state(head, tokens, sector)
        if deployer is not None:
            name = self.dictionary.country_names.get(deployer, deployer)
            return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, deployer, sector)
        body = self.deploying_body(head, tokens, sector)
        if body is not None:
            return make_actor(body.name, text, body.country, "IGO", body.code)
        owner = self.owner_in_modifiers(head, tokens)
        collectives = self.doc.user_data.get(COLLECTIVES_KEY, ())
        if owner is None and any(c.dep_ == "poss" and c.i in collectives for c in head.lefts):
            return None
        if owner is None and self.owned_by_collective(head, collectives):
            return None   # "foreign ministers from the three countries"
        if owner is None:
            owner = self.detached_organization(tokens)   # "ECOWAS Commission president X", misparsed
        if owner is None and head.pos_ == "PROPN":
            earlier = self.same_name_before(head, sector)   # "the National Guard" again: the same force
            if earlier is not None:
                return earlier.model_copy(update={"text": text})
        if owner is None and sector in ("GOV", "IGO") and self.unlisted_organization_title(tokens):
            return None   # "KLM president Pieter Elbers": an unlisted firm's officer, not a state's
        if owner is None and head.pos_ == "NOUN":
            appointer = self.appointer(head)
            if appointer is not None:
                return appointer.model_copy(update={"text": text})
        if owner is None and head.lemma_.lower() in PEACEKEEPER_WORDS:
            owner = self.sole_force()   # "clashed with peacekeepers ... troops from the KFOR mission"
            if owner is None:
                return self.unowned_peacekeepers(text)
        if owner and owner.sector == "IGO":
            return make_actor(owner.name, text, owner.country, "IGO", owner.code)
        if owner and owner.sector in ("OPP", "PTY") and head.lemma_.lower() == "administration":
            pass   # "the Trump administration" while he is a candidate: a government, not a campaign
        elif owner and owner.sector in INHERITING_SECTORS and sector in ("GOV", "MIL", "REB", "ELI", "UAF"):
            sector = owner.sector
        elif owner and owner.sector in BRANCH_SECTORS and sector == "GOV" and head.lemma_.lower() in PERSON_NOUNS:
            sector = owner.sector   # "the army's spokesman", "a spokesman for the Malian army"
        elif owner and owner.sector and sector == "CVL" and head.lower_ in CREW_NOUNS \
                and any(c.dep_ == "poss" for c in head.lefts):
            sector = owner.sector   # "Greek shipowners warned their crews": the owner's people
        elif owner is None and sector == "UAF" and any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in tokens):
            sector = "REB"   # "Jaish al-Adl gunmen": armed men of a named group
        elif sector in ("GOV", "MIL") and head.lemma_.lower() in PERSON_NOUNS:
            sector = self.member_sector(head) or sector
        scene = (self.located_country(head) or self.last_named_place(head)) \
            if owner is None and sector in STATE_SECTORS and is_local_body(head) else None
        if scene:
            # "Local officials say the shells were fired from the Ethiopian side": the place's own
            # officials, not an earlier official of another country
            name = self.dictionary.country_names.get(scene, scene)
            return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, scene, sector)
        body = self.previous_speaking_body(head) if owner is None else None
        if body is not None:
            return body.model_copy(update={"text": text})
        if owner is None and head.pos_ != "PROPN":
            holder = self.title_holder(head) or self.same_head_antecedent(head, tokens) \
                or self.same_sector_antecedent(head, tokens, sector)
            if holder is not None:
                return holder.model_copy(update={"text": text})
        if owner is None and sector in ("MIL", "COP"):
            force = self.peacekeepers_before(head)
            if force is not None:
                return force.model_copy(update={"text": text})
        if owner is None and head.lemma_.lower() in UNATTRIBUTED_NOUNS and not self.attributed(head):
            return None   # "hackers targeted the voter rolls": nobody's until someone names their sponsor
        country = owner.country if owner else None
        if country is None and sector == "GOV" and names_administration(head):
            country = self.administration_country(head)
            if country is None and self.presidents_before(head):
                return make_actor(SECTOR_LABELS.get(sector, sector.lower()), text, None, sector)
        if country is None and sector in TRAVELLING_SECTORS and meets_at_venue(head):
            name = SECTOR_LABELS.get(sector, sector.lower())
            return make_actor(name, text, None, sector)   # "ministers meeting in Addis Ababa": guests
        if country is None and sector == "REF":
            country = self.located_country(head) or self.origin_country(head)
        elif country is None and is_anonymous_source(head):
            country = self.located_country(head)   # "two people briefed on the talks": anyone's
        elif country is None and head.lemma_.lower() in COMMENTATOR_NOUNS:
            country = self.located_country(head) or self.sole_country()   # "analysts said": from anywhere
        elif country is None and sector in ("MED", "JRN") and is_briefed(head):
            country = self.located_country(head)   # "told reporters": the press corps has no country
        elif country is None and sector == "MIL" and head.lower_ in NAVAL_CREW_NOUNS and self.reporting_actor(head):
            country = self.reporting_country(head)   # the reporting military's own sailors
        elif country is None and sector == "CVL" and head.lemma_.lower() in CREW_NOUNS | VISITOR_NOUNS | {"member"}:
            country = None   # "the ship's crew", "tourists in Antalya": not the story's (or the place's) people
        elif country is None and sector == "CVL" and is_unnamed_ethnic_group(head):
            country = None   # "ethnic voters ... the countries of their ancestors": of no one country
        elif country is None and sector == "CVL":
            country = self.not_the_attackers(head, self.civilian_country(head))
        elif country is None and sector in LOCAL_SECTORS:
            country = self.not_the_attackers(head, self.context_country(head))
        elif country is None and sector in SCENE_SECTORS:
            country = self.operating_scene(head) or self.context_country(head)
        elif country is None and sector == "REB":
            country = self.attack_scene(head) or self.armed_context_country(head)
        elif country is None and sector in STATE_SECTORS - {"GOV"} and (attacked := self.attacked_place(head)):
            country = attacked
        elif country is None and sector not in CONTEXT_FREE_SECTORS:
            country = self.context_country(head)
        name = self.dictionary.country_names.get(country, country) if country else ""
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}".strip(), text, country, sector)

    def administration_country(self, head: Token) -> str | None:
        """The country of an unowned "administration" ("administration officials", "the
        administration"): that of the nearest earlier government phrase naming an administration
        ("the Bush administration"), else of the presidents named before when they are all of one
        country ("President Bush") -- in a story on Iraq, "administration officials" are
        Washington's, not the story's. None without one, or with presidents of several countries."""
        heads = self.doc._.ew_actor_heads
        for i in sorted((i for i in heads if i < head.i), reverse=True):
            if "administration" in self.phrase_words(i) and heads[i].sector == "GOV" \
                    and heads[i].country and len(heads[i].country) == 3:
                return heads[i].country
        countries = self.presidents_before(head)
        return countries.pop() if len(countries) == 1 else None

    def presidents_before(self, head: Token) -> set[str]:
        """The countries of the government phrases with the word "president" before ``head``."""
        heads = self.doc._.ew_actor_heads
        return {heads[i].country for i in heads if i < head.i and heads[i].sector == "GOV"
                and heads[i].country and len(heads[i].country) == 3 and "president" in self.phrase_words(i)}

    def phrase_words(self, i: int) -> set[str]:
        """The lower-cased words of the name or phrase headed at token ``i``, with the word before
        a name ("President" before "Bush")."""
        start = self.doc._.ew_names[i][0].start if i in self.doc._.ew_names else i
        return {t.lower_ for t in self.doc[max(0, start - 1): i + 1]} | {c.lower_ for c in self.doc[i].lefts}

    def same_name_before(self, head: Token, sector: str) -> Actor | None:
        """The actor of an earlier mention of the same capitalized body ("National Guard troops
        ... until the National Guard was withdrawn"), when it had a country of its own."""
        heads = self.doc._.ew_actor_heads
        for token in (self.doc[i] for i in reversed(proper_noun_positions(self.doc).get(head.text, ())) if i < head.i):
            actor = (heads.get(token.head.i) if token.dep_ == "compound" else None) or heads.get(token.i)
            if actor is not None:
                return actor if actor.sector == sector and actor.country else None
        return None

    def unlisted_organization_title(self, tokens: list[Token]) -> bool:
        """Whether a title word in the phrase is modified by the name of an organization the
        dictionary does not list ("KLM" in "KLM president", "Acme" in "Acme chairman"): the
        title then belongs to that body, whose sector and country are unknown."""
        terms = self.doc._.ew_sector_terms
        return any(t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ == "ORG" and t.head.i in terms
                   and t.head.lower_ in FIRM_TITLES and t.head.lower_ in self.dictionary.titles
                   and (t.is_title or t.is_upper)
                   and t.i not in self.doc._.ew_names and city_country(t.text) is None
                   and not any(w.i in self.doc._.ew_names or w.i in terms for w in t.subtree)
                   and not names_state_office(t)
                   for t in tokens)

    def attributed(self, head: Token) -> bool:
        """Whether the words around an anonymous actor name its sponsor or origin: "hackers from
        China", "hackers linked to Russian intelligence", "hackers working for Moscow"."""
        for token in head.subtree:
            if token.i != head.i and token.i in self.doc._.ew_names:
                return True
        return False

    def detached_organization(self, tokens: list[Token]) -> Actor | None:
        """ "ECOWAS Commission president Omar Touray said ...", where the parser has cut the
        organization's name off the title it begins: a listed organization whose name ends right
        before a capitalized title phrase or a titled person's name, without punctuation, and does
        not hang on that phrase, owns it."""
        first = tokens[0]
        if first.i == 0 or not (first.text[:1].isupper() or tokens[-1].ent_type_ == "PERSON"):
            return None
        before = self.doc[first.i - 1]
        found = self.entries_at(before)
        if not found or found[0].end != first.i or before.i in {t.i for t in tokens}:
            return None
        if any(before.head.i == t.i for t in tokens):
            return None   # attached as it should be: the usual rules have seen it
        entry = self.best_entry(found[1])
        if entry.kind != "organization" or entry.sector not in ("IGO", "NGO"):
            return None
        return self.actor_from_entry(entry, found[0].text)

    def attack_scene(self, head: Token) -> str | None:
        """ "Suspected jihadists ambushed an army convoy near the Burkinabe town of Djibo": unowned
        insurgents attacking in a place named by their clause (on the verb or its object) are that
        place's country's insurgents, whatever country the article is mostly about."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ != "nsubj" or verb.lemma_.lower() not in VICTIM_VERBS:
            return None
        return self.clause_place_country(verb, ("dobj",))

    def operating_scene(self, head: Token) -> str | None:
        """ "Gangs opened fire on a police station" in an article on Kenyan police in Haiti: a
        criminal group with no owner belongs to the place where it operates -- its own clause's
        place, else the country of the last place the article named before it -- not to a foreign
        force the story is about."""
        own = self.own_place_country(head)
        if own:
            return own
        places = [c for i, c in self.countries_at if i < head.i and is_place(self.doc[i])
                  and not self.quoted_apart(self.doc[i], head)]
        return places[-1] if places else None

    def previous_speaking_body(self, head: Token) -> Actor | None:
        """ "Egypt's foreign ministry rejected the accusation. 'We do not arm rebels,' a spokesman
        said", "India's defence ministry denied losing aircraft, a spokesperson said": an unowned
        spokesman who reports what a body (not a person) does in his own sentence, else one who
        speaks right after a body was the subject of the sentence before, is that body's
        spokesman, not the article's main country's."""
        if head.lemma_.lower() not in SPOKES_NOUNS or not is_speaker(head):
            return None
        if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in head.children):
            return None   # "the spokesman" may be one named before: the usual anaphora rules
        heads = self.doc._.ew_actor_heads
        reported = [c for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i]
        subjects = [c for clause in reported for c in clause.children if c.dep_ == "nsubj" and c.i in heads]
        sentence = sentence_of(head)
        if not subjects and sentence.start > 0:
            # "Egypt's foreign ministry rejected the accusation. '...,' a spokesman said."
            previous = sentence_of(self.doc[sentence.start - 1])
            subjects = [c for c in previous.root.children if c.dep_ == "nsubj" and c.i in heads]
        if len(subjects) != 1 or self.is_person(subjects[0]) or subjects[0].pos_ == "PRON":
            return None
        actor = heads[subjects[0].i]
        return actor if actor.country and actor.sector in STATE_SECTORS | {"IGO", "REB", "PTY"} else None

    def last_named_place(self, head: Token) -> str | None:
        """The country of a place the phrase names itself, else of the last place named before
        ``head`` in its own or the previous sentence: a country or capital used as a location, or a town or first-level region the
        places data places in one country ("the village of Wad Aroud ... in Gedaref state. Local
        officials say ..." -> SDN). Nationality words ("the Ethiopian border") are no place."""
        sentence = sentence_of(head)
        start = sentence_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else 0
        located = dict(self.countries_at)
        own = [t for t in head.subtree if t.i > head.i]   # "local officials in Gedaref state" first
        for token in [*own, *reversed(self.doc[start:head.i])]:
            if names_venue_within(token):
                continue   # "the Addis Ababa agreement" names where it was signed
            if token.i in located:
                if is_place(token):
                    return located[token.i]
                continue
            if token.pos_ == "PROPN" and is_town_word(token, self.doc):
                name = place_name(token)   # the model may label a region otherwise ("Gedaref" as ORG)
                country = region_country(name) or city_country(name)
                if country:
                    return country
        return None

    def deploying_state(self, head: Token, tokens: list[Token], sector: str) -> str | None:
        """ "Germany will station a brigade of 5,000 soldiers in Lithuania", "Russia moved more
        troops to the border": forces that a state sends, stations or pulls back are its own,
        not the country they are sent to; only when the phrase names no owner itself."""
        if sector not in ("MIL", "COP") or head.dep_ != "dobj" or head.head.lemma_.lower() not in DEPLOYING_VERBS:
            return None
        complements = [pobj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                       for pobj in prep.children if pobj.dep_ == "pobj"]
        own_words = [t for t in tokens if t.i != head.i] + [w for pobj in complements for w in self.np_tokens(pobj)]
        if any(t.i in self.doc._.ew_names or t.dep_ == "poss" for t in own_words):
            return None   # "a brigade of Lithuanian soldiers", "its troops": the phrase names its owner
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"] or deciding_party(head.head)
        actor = self.doc._.ew_actor_heads.get(subjects[0].i) if len(subjects) == 1 else None
        if actor is None or actor.sector not in STATE_SECTORS or actor.country is None:
            return None
        return actor.country

    def deploying_body(self, head: Token, tokens: list[Token], sector: str) -> Actor | None:
        """ "NATO said it would deploy 700 more soldiers": forces an international body or mission
        sends are that body's (coded IGO, as its peacekeepers are), unless the phrase names an owner."""
        if sector not in ("MIL", "COP") or head.dep_ != "dobj" or head.head.lemma_.lower() not in DEPLOYING_VERBS:
            return None
        if any(t.i in self.doc._.ew_names or t.dep_ == "poss" for t in tokens if t.i != head.i) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in head.rights):
            return None
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        actor = self.doc._.ew_actor_heads.get(subjects[0].i) if len(subjects) == 1 else None
        return actor if actor is not None and actor.sector == "IGO" else None

    @staticmethod
    def owned_by_collective(head: Token, collectives) -> bool:
        """ "the foreign ministers of the two countries", "envoys from both sides": a phrase whose
        ``of``/``from`` owner is a collective stands for several actors too."""
        return any(child.dep_ == "prep" and child.lower_ in ("of", "from") and pobj.dep_ == "pobj"
                   and pobj.i in collectives for child in head.rights for pobj in child.children)

    def appointer(self, head: Token) -> Actor | None:
        """ "The African Union has appointed a special envoy": a person named to a post by an
        actor is that actor's (its envoy, its commander), whatever the article's country."""
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in APPOINTING_VERBS \
                or head.lemma_.lower() not in PERSON_NOUNS | set(self.dictionary.titles) \
                or head.tag_ in ("NNS", "NNPS"):
            return None
        for child in head.head.children:
            if child.dep_ == "nsubj":
                actor = self.doc._.ew_actor_heads.get(child.i)
                return actor if actor is not None and actor.country else None
        return None

    def group_anaphor(self, head: Token, text: str) -> Actor | None:
        """ "the bloc", "the alliance's", "the group": the nearest earlier actor of that sector."""
        wanted = GROUP_ANAPHORS[head.lemma_.lower()]
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - 120)
        for i in range(head.i - 1, floor - 1, -1):
            actor = heads.get(i)
            if actor is not None and actor.sector == wanted and self.doc[i].pos_ != "PRON":
                return actor.model_copy(update={"text": text})
        return None

    def same_head_antecedent(self, head: Token, tokens: list[Token]) -> Actor | None:
        """ "the envoy" after "China's special envoy", "the rebels" after "the M23 rebels": a bare
        definite phrase takes the actor of the nearest earlier phrase with the same head noun; so
        do more members of a body named before ("Seven Sudanese soldiers were killed ... Four other
        soldiers were wounded", "more troops")."""
        if [t.lower_ for t in tokens if t.i != head.i] not in (["the"], ["these"], ["those"], ["this"]) \
                and not self.continues_members(head, tokens):
            return None
        if self.located_country(head) or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.rights):
            return None
        lemmas = SAME_REFERENT.get(head.lemma_.lower(), {head.lemma_.lower()})
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        for i in range(head.i - 1, floor - 1, -1):
            token = self.doc[i]
            actor = heads.get(i)
            if actor is not None and token.pos_ == "NOUN" and i not in self.doc._.ew_names \
                    and token.lemma_.lower() in lemmas and actor.country:
                return actor
        return None

    @staticmethod
    def continues_members(head: Token, tokens: list[Token]) -> bool:
        """ "four other soldiers", "more troops", "two more civilians": further members of the body
        an earlier phrase with the same head named. Not for groups and states, where "other"
        means different ones ("urged other armed groups to follow", "other countries")."""
        modifiers = [t for t in tokens if t.i != head.i]
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() in DISTINCT_OTHER_HEADS:
            return False
        return any(t.lower_ in CONTINUING_WORDS for t in modifiers) \
            and all(t.lower_ in CONTINUING_WORDS or t.dep_ in ("nummod", "det") for t in modifiers)

    def same_sector_antecedent(self, head: Token, tokens: list[Token], sector: str) -> Actor | None:
        """ "the militants", "the armed group", "the rebels" after "ELN commanders": a definite
        phrase of a non-state armed sector takes the nearest earlier named actor of that sector,
        when every such actor in reach belongs to one country."""
        if sector not in ANAPHORIC_SECTORS or not any(t.lower_ in DEFINITE_WORDS for t in tokens):
            return None
        if any(t.dep_ in ("amod", "compound") and t.pos_ == "PROPN" for t in tokens) or self.located_country(head):
            return None
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        earlier = [heads[i] for i in range(head.i - 1, floor - 1, -1)
                   if i in heads and heads[i].sector == sector and heads[i].country and self.doc[i].pos_ != "PRON"]
        if not earlier or len({a.country for a in earlier}) > 1:
            return None
        return earlier[0]

    def is_collective(self, head: Token, tokens: list[Token]) -> bool:
        """ "both sides", "the two leaders", "the three governments" in a passage that names
        several countries: the phrase stands for several actors, not one."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        words = {t.lower_ for t in tokens if t.dep_ in ("det", "predet", "nummod") and t.head.i == head.i}
        if not words & COLLECTIVE_WORDS or not words & {"both", "all", "the"}:
            return False
        if any(t.dep_ in ("amod", "compound", "poss") and (t.i in self.doc._.ew_names or t.pos_ == "PRON")
               for t in tokens):
            return False
        if head.lemma_.lower() in PLURAL_STATE_NOUNS and words & (COLLECTIVE_WORDS - {"all"}):
            return True   # "the three countries", "both capitals": several states by their very words
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        heads = self.doc._.ew_actor_heads
        outside = self.clause_subject_tokens(head)
        countries = {heads[i].country for i in range(floor, head.i)
                     if i in heads and heads[i].country and i not in outside}
        # Countries named together count even as places ("talks between Ethiopia, Egypt and Sudan").
        countries |= {c for i, c in self.countries_at if floor <= i < head.i and i not in outside
                      and (self.doc[i].dep_ == "conj" or any(k.dep_ == "conj" for k in self.doc[i].children))}
        return len(countries) >= 2

    def warring_pair(self, head: Token) -> list[Actor]:
        """ "The two warring sides", "both parties", "all sides" after a passage on one country's army or
        government and an armed group of that country ("Sudan's government accused the RSF ..."):
        the two sides of that civil war, the country's military and the group. Empty unless the
        passage names exactly one country (besides the clause's own subject: "the United States
        urged both parties") and an armed group of it."""
        if head.lemma_.lower() not in SIDE_NOUNS or head.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in ("two", "both", "all") for c in head.children if c.dep_ in ("nummod", "det", "predet")):
            return []
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        heads = self.doc._.ew_actor_heads
        outside = self.clause_subject_tokens(head)
        named = [heads[i] for i in range(floor, head.i) if i in heads and i not in outside
                 and heads[i].country and heads[i].sector != "IGO" and self.doc[i].pos_ != "PRON"]
        if len({a.country for a in named}) != 1:
            return []
        armed = [a for a in named if a.sector in ("REB", "SEP")]
        if not armed or not any(a.sector in STATE_SECTORS for a in named):
            return []
        country = armed[0].country
        name = self.dictionary.country_names.get(country, country)
        if head.lemma_.lower() in GOVERNMENT_SIDE_NOUNS:
            state = make_actor(f"{name} government", head.text, country, "GOV")
        else:
            state = make_actor(f"{name} military", head.text, country, "MIL")
        return [state, armed[0].model_copy(update={"text": head.text})]

    def note_collective(self, head: Token) -> None:
        """Remember a collective phrase for later plural pronouns (a plain list: ``user_data``
        must stay serializable)."""
        noted = self.doc.user_data.setdefault(COLLECTIVES_KEY, [])
        if head.i not in noted:
            noted.append(head.i)

    def has_coordinated_owners(self, head: Token) -> bool:
        """ "the leaders of Ethiopia, Egypt and Sudan": a plural phrase owned by several countries."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                countries = {self.best_entry(found[1]).country for token in [pobj, *pobj.conjuncts]
                             if (found := self.entries_at(token))}
                if len(countries - {None}) >= 2:
                    return True
        return False

    @staticmethod
    def clause_subject_tokens(head: Token) -> set[int]:
        """Tokens of the subject of the clause an object phrase sits in: "the United States urged
        both parties" -- the subject is not one of the parties."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if head.dep_ in SUBJECT_DEPS and verb.dep_ in CLAUSE_COMPLEMENT_DEPS and verb.i != head.i \
                and verb.head.lemma_.lower() not in REPORTING_VERBS:
            # "the United States wants both sides to return": who asks is not one of those asked (a
            # reporter may be: "the army said both sides had agreed").
            verb = verb.head
        elif head.dep_ not in OBJECT_DEPS or verb.i == head.i:
            return set()
        return {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}

    def title_holder(self, head: Token) -> Actor | None:
        """ "the chancellor", "the prime minister": the nearest person named earlier whose office
        on the article's date carries that title."""
        hit = self.doc._.ew_sector_terms.get(head.i)
        term = (hit[0].text if hit else head.lemma_).lower()
        if term not in self.dictionary.titles or head.tag_ in ("NNS", "NNPS"):
            return None
        for i in range(head.i - 1, -1, -1):
            found = self.entries_at(self.doc[i])
            if not found or found[0].end - 1 != i:
                continue
            entry = self.best_entry(found[1])
            role = role_on(entry, self.doc._.published) if entry.kind == "person" else None
            if role and role[2] and (role[2] == term or role[2].endswith(" " + term)):
                return self.actor_from_entry(entry, found[0].text)
        return self.titled_name_before(head, term)

    def titled_name_before(self, head: Token, term: str) -> Actor | None:
        """ "The president responded" after "President Bush", "the monarch" after "King Hussein of
        Jordan": the nearest earlier name introduced with that title (or, for "monarch", a king's
        or queen's), when it was coded with the title's sector and a country. Names the
        dictionary lacks (office-holders of other years) are found this way."""
        if term not in SOLE_HOLDER_TITLES:
            return None   # "the minister": a cabinet has many, the last one named need not be meant
        wanted = SAME_TITLES.get(term, {term})
        sector = self.dictionary.titles.get(term)
        heads = self.doc._.ew_actor_heads
        terms = self.doc._.ew_sector_terms
        for i in range(head.i - 1, -1, -1):
            actor = heads.get(i)
            token = self.doc[i]
            if actor is None or token.pos_ != "PROPN" or not actor.country or actor.sector != sector:
                continue
            titles = {terms[j][0].text.lower() for j in range(token.left_edge.i, token.i) if j in terms}
            if titles & wanted:
                return actor
        return None

    def country_noun(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the country", "his country", "the Nordic country": that country's government. Not
        an unspecified one ("without naming a country"), a region ("Sudan's Gedaref state") or a
        condition ("a state of siege")."""
        if not any(t.dep_ in ("det", "poss") for t in tokens) or self.names_no_state(head, tokens):
            return None
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None and head.tag_ == "NNS":
            return None   # "the Baltic countries", "these nations": several states, not the story's one
        country = owner.country if owner else None
        if country is None:
            previous = [c for i, c in self.countries_at if i < head.i and self.on_subject_side(self.doc[i])]
            country = self.focus or (previous[-1] if previous else None)
        if country is None:
            return None
        return make_actor(self.dictionary.country_names.get(country, country), text, country, "GOV")

    @staticmethod
    def names_no_state(head: Token, tokens: list[Token]) -> bool:
        """Whether a country noun refers to no particular state: an indefinite one ("a country",
        "any nation"), a region named before the word ("Mexico's Guerrero state"), or "state of"
        a condition ("a state of emergency")."""
        if any(t.dep_ == "det" and t.lower_ in INDEFINITE_DETERMINERS for t in tokens):
            return True
        if any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in tokens):
            return True
        return head.lower_ == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)

    def on_subject_side(self, token: Token) -> bool:
        """Whether a token sits in a clause subject ("Niger's military rulers ordered ...")."""
        while token.dep_ in INNER_DEPS | {"case", "conj", "appos"} and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECT_DEPS

    def titled_person(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """A name with a title: "Egyptian Foreign Minister Karim Saadeldin", "Karim Saadeldin,
        Egypt's foreign minister"; later mentions of the surname resolve to the same actor."""
        if head.pos_ != "PROPN":
            return None
        aliases = self.doc._.ew_person_aliases
        titled = [t for t in tokens if t.i != head.i and t.i in self.doc._.ew_sector_terms and t.dep_ != "case"
                  and not any(a.dep_ == "case" for a in self.doc[t.i].children)]
        if head.text in aliases and not titled:
            return aliases[head.text].model_copy(update={"text": text})
        named = self.named_by_apposition(head) or self.appointed_as(head)
        if named is not None:
            self.remember_name(head, named)
            return named.model_copy(update={"text": text})
        appositions = [c for c in head.rights if c.dep_ == "appos"]
        actor = None
        if titled:
            sector = self.doc._.ew_sector_terms[titled[-1].i][1]
            actor = self.spokesperson_named_before(head, tokens, titled[-1]) \
                or self.sector_actor(head, tokens, text, sector)
        else:
            for appos in appositions:
                if appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON" and head.ent_type_ == "PERSON":
                    continue   # "Rachid El Abdi, Scalise, ...": another person's name, not a description
                actor = self.actor_for_token(appos)
                if actor:
                    actor = actor.model_copy(update={"text": text})
                    break
        if self.has_party_state_tag(head):
            actor = self.tagged_politician(head, text, actor, bool(titled))
        if actor is None and not titled:
            actor = self.organization_staff(head, tokens, text)
        if actor is None and not titled and not appositions:
            later = self.later_titled_mention(head)
            if later is not None:
                return later.model_copy(update={"text": text})
        if actor is not None:
            self.remember_name(head, actor)
        return actor

    def spokesperson_named_before(self, head: Token, tokens: list[Token], title: Token) -> Actor | None:
        """ "A Pentagon spokesman said ... , said spokesman Kenneth Bacon": an unowned spokesman's
        name right after (this or the previous sentence) an owned spokesman of the same kind is
        that spokesman, and takes his body's actor rather than the story's country."""
        term = self.doc._.ew_sector_terms[title.i][0].text.lower()
        if term not in SPOKES_NOUNS or self.owner_in_modifiers(head, tokens) is not None:
            return None
        if any(t.dep_ in ("amod", "compound") and t.i != title.i and t.i != head.i and t.pos_ != "PROPN"
               for t in tokens):
            return None   # "a government spokesman X", "military spokesman X": a body of its own
        start = sentence_of(head).start
        floor = sentence_of(self.doc[start - 1]).start if start > 0 else 0
        heads = self.doc._.ew_actor_heads
        for i in range(min(t.i for t in tokens) - 1, floor - 1, -1):
            token = self.doc[i]
            actor = heads.get(i)
            if actor is not None and token.pos_ == "NOUN" and token.lower_ == term and actor.country \
                    and i not in self.doc._.ew_names:
                return actor.model_copy(update={"text": head.text})
        return None

    def organization_staff(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "FBI Director Louis Freeh", "FBI agent Bernard Tolbert", "State Department security
        director Dave Carpenter": a person's name after (or a staff noun itself headed by) a staff
        word that a listed organization with a country and a sector names is that organization's."""
        staff = [t for t in tokens if (t.i < head.i or head.pos_ == "NOUN") and t.lemma_.lower() in STAFF_NOUNS
                 and t.i not in self.doc._.ew_names]
        if not staff:
            return None
        for token in tokens:
            found = self.entries_at(token)
            if not found or token.i > staff[0].i or found[0].end > staff[0].i:
                continue
            entry = self.best_entry(found[1])
            if entry.kind != "organization":
                continue
            actor = self.actor_from_entry(entry, found[0].text)
            if actor is not None and actor.country and actor.sector:
                return actor.model_copy(update={"text": text})
        return None

    def staff_noun_of_organization(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "an FBI agent", "a State Department duty officer": a staff noun with no sector of its
        own after a listed organization's name is that organization's."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in STAFF_NOUNS:
            return None
        return self.organization_staff(head, tokens, text)

    def later_titled_mention(self, head: Token) -> Actor | None:
        """An untitled name whose title comes later in the article: "Scalise said ... House
        Majority Whip Steve Scalise". Only when every full name in the article with this word is
        the same person ("Li Wenzu" and "Li Heping" leave "Li" open)."""
        later = [i for i in proper_noun_positions(head.doc).get(head.text, ()) if i > head.i]
        if not later or not head.text[:1].isupper() or len(head.text) < 3 or not is_unique_name_word(head):
            return None
        for token in (head.doc[i] for i in later):
            if token.i in self.doc._.ew_names:
                continue
            tokens = self.np_tokens(token)
            if not any(t.i != token.i and t.i in self.doc._.ew_sector_terms and t.dep_ != "case" for t in tokens):
                continue
            text = doc_text(self.doc)[tokens[0].idx: token.idx + len(token.text)]
            actor = self.titled_person(token, tokens, text)
            if actor is not None and actor.country:
                return actor
        return None

    def has_party_state_tag(self, head: Token) -> bool:
        """Whether a US party-state tag ("(D-Calif.)", "(R-IN)") follows the name."""
        return PARTY_STATE_TAG.match(doc_text(self.doc), head.idx + len(head.text)) is not None

    def tagged_politician(self, head: Token, text: str, actor: Actor | None, titled: bool) -> Actor:
        """ "Rep. Adam Schiff (D-Calif.)": the tag makes the person American whatever the
        sentence's other countries; the sector is the title's ("Gov." -> GOV), else Congress's."""
        sector = actor.sector if actor is not None and titled and actor.sector else PARTY_STATE_SECTOR
        country = PARTY_STATE_COUNTRY
        name = self.dictionary.country_names.get(country, country)
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, country, sector)

    def remember_name(self, head: Token, actor: Actor) -> None:
        """Later mentions of any word of a titled name resolve to its actor: "Massa" after "Economy
        Minister Sergio Massa", and "Liu" after "Liu Wenqiang" (family name first). A word two
        different actors' names share is kept for the first."""
        aliases = self.doc._.ew_person_aliases
        aliases[head.text] = actor
        for token in head.lefts:
            if token.dep_ in ("compound", "flat") and token.ent_type_ == "PERSON" and len(token.text) > 2 \
                    and token.text[:1].isupper() and token.i not in self.doc._.ew_sector_terms:
                aliases.setdefault(token.text, actor)

    def appointed_as(self, head: Token) -> Actor | None:
        """ "The AU named former Kenyan foreign minister Grace Mwangi as its special envoy": the
        post a person is named to says whose they now are, whatever their earlier title."""
        if head.dep_ not in ("dobj", "oprd") or head.head.lemma_.lower() not in APPOINTING_VERBS:
            return None
        for prep in [*head.rights, *head.head.rights]:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and self.sector_of(pobj):
                        actor = self.actor_for_token(pobj)
                        return actor if actor is not None and actor.country else None
        return None

    def named_by_apposition(self, head: Token) -> Actor | None:
        """ "An American envoy, Daniel Whitcombe": the name in apposition to a singular person
        phrase is that person; later mentions of the surname resolve to the same actor."""
        if head.dep_ != "appos" or head.head.i == head.i or head.head.tag_ != "NN":
            return None
        if head.ent_type_ not in ("PERSON", ""):
            return None
        owner = self.doc._.ew_actor_heads.get(head.head.i)
        if owner is None or not self.is_person_antecedent(head.head):
            return None
        return owner

    # -- pronouns -----------------------------------------------------------------------
    def antecedent(self, pronoun: Token) -> Actor | None:
        """The actor a pronoun refers to (see the module docstring for the order)."""
        word = pronoun.lower_
        if word in RELATIVE_PRONOUNS:
            noun = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
            return self.relabel(self.doc._.ew_actor_heads.get(noun.i) if noun is not None else None, pronoun)
        if word in PERSON_PRONOUNS:
            return self.relabel(self.same_gender(pronoun), pronoun)
        if word in THING_PRONOUNS:
            if pronoun.dep_ in NON_ACTOR_IT_DEPS or self.owned_by_uncoded_doer(pronoun) or is_pleonastic_it(pronoun):
                return None
            return self.relabel(self.nearest(pronoun, self.is_thing_antecedent), pronoun)
        if word in PLURAL_PRONOUNS:
            if self.follows_collective(pronoun):
                return None
            speaker = self.reporting_subject(pronoun)
            if speaker is not None:
                return self.relabel(speaker, pronoun)
            earlier = self.same_word_class(pronoun, PLURAL_PRONOUNS)
            if earlier is None and self.singular_body_between(pronoun):
                return None
            return self.relabel(earlier or self.nearest(pronoun, self.is_plural_antecedent), pronoun)
        if word in FIRST_PERSON_PRONOUNS:
            if pronoun.dep_ == "poss" and pronoun.head.i not in self.doc._.ew_sector_terms:
                return None   # "our villages", "our sons": the speaker owns them, they are no actor
            return self.relabel(self.quotation_speaker(pronoun), pronoun)
        return None

    def owned_by_uncoded_doer(self, pronoun: Token) -> bool:
        """ "Facebook was violating its 2011 deal": an "its" in the object of a clause whose doer
        is a name the dictionary cannot code belongs to that name, not to an earlier actor."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ != "dobj":
            return False
        doer = clause_doer(pronoun.head.head)
        return doer is not None and doer.pos_ == "PROPN" and doer.i not in self.doc._.ew_actor_heads \
            and doer.i not in self.doc._.ew_names

    def quotation_speaker(self, token: Token) -> Actor | None:
        """The actor who speaks the quotation holding ``token`` ("'We reserve the right to respond,'
        he said", "Khartoum would decide 'after we see the results'"): the subject of the
        reporting verb, outside the quotation, that governs the token or the quotation's first or
        last word. Null outside a quotation or when no reporting verb governs it."""
        span = self.quotation_at(token.idx)
        if span is None:
            return None
        inside = [t for t in self.doc if span[0] < t.idx < span[1] and not t.is_punct]
        for start in (token, inside[-1], inside[0]) if inside else (token,):
            speaker = self.reporting_speaker(start, span)
            if speaker is not None:
                return self.actor_for_token(speaker) if speaker.lower_ not in FIRST_PERSON_PRONOUNS else None
        return None

    @staticmethod
    def reporting_speaker(start: Token, span: tuple[int, int]) -> Token | None:
        """The subject of the nearest reporting verb above ``start`` that lies outside ``span``."""
        token = start
        while token.head.i != token.i:
            token = token.head
            if span[0] < token.idx < span[1] or token.lemma_.lower() not in REPORTING_VERBS:
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj" and not span[0] < c.idx < span[1]]
            return subjects[0] if subjects else None
        return None

    def quoted_apart(self, token: Token, head: Token) -> bool:
        """Whether ``token`` lies inside a quotation that ``head`` is outside of: a speaker's words
        ("'... until Ethiopia stops violating our airspace,' said the foreign minister") do not
        describe the speaker."""
        span = self.quotation_at(token.idx)
        return span is not None and not span[0] < head.idx < span[1]

    def quotation_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) character offsets of the quotation marks around ``offset``, if any."""
        for start, end in self.quotations():
            if start < offset < end:
                return start, end
        return None

    def quotations(self) -> list[list[int]]:
        """The quotations of the text as [opening mark, closing mark] offsets, paired within a
        line: curly marks by their shape, straight marks in turn; kept once per doc."""
        cached = self.doc.user_data.get(QUOTATIONS_KEY)
        if cached is None or cached[0] != len(self.doc):
            cached = (len(self.doc), find_quotations(doc_text(self.doc)))
            self.doc.user_data[QUOTATIONS_KEY] = cached
        return cached[1]

    def reporting_subject(self, pronoun: Token) -> Actor | None:
        """ "officials said they had agreed", "the rebels announced they would withdraw": the subject
        "they" of what a plural speaker says is that speaker."""
        verb = pronoun.head
        if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
            return None
        if verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if len(speakers) != 1 or not self.is_plural_antecedent(speakers[0]) or speakers[0].pos_ == "PRON":
            return None
        return self.doc._.ew_actor_heads.get(speakers[0].i)

    def follows_collective(self, pronoun: Token) -> bool:
        """ "The two ministers agreed to coordinate their positions": a plural pronoun whose
        nearest plural antecedent stands for several actors stays unresolved too."""
        collectives = [i for i in self.doc.user_data.get(COLLECTIVES_KEY, ()) if i < pronoun.i
                       and i >= self.window_start(pronoun)]
        fitting = [i for i in self.candidates(pronoun) if self.is_plural_antecedent(self.doc[i])]
        if fitting and self.coordinates_countries(self.doc[fitting[0]]):
            return True   # "Mali, Burkina Faso and Niger announced they ..."
        return bool(collectives) and max(collectives) >= (fitting[0] if fitting else -1)

    def singular_body_between(self, pronoun: Token) -> bool:
        """ "The U.S. Navy has 27 ships in the Gulf. They are aided by ...": when a subject "they"
        has no plural antecedent in its own sentence and the nearest actor of the sentence before
        is a singular body (not a person) that is that sentence's subject, the pronoun may mean the
        body's members or its assets, or a plural further back; rather than guess past the body,
        the pronoun stays unresolved. Object pronouns keep their own rules."""
        if pronoun.dep_ not in SUBJECT_DEPS:
            return False   # "urged the authorities to release them": an object keeps its own rules
        own = sentence_of(pronoun).start
        floor = sentence_of(self.doc[own - 1]).start if own > 0 else own
        for i in self.candidates(pronoun):
            token = self.doc[i]
            if i < floor or self.is_plural_antecedent(token):
                return False
            if i >= own:
                continue   # only a body of the sentence before stands in the way
            if token.pos_ != "PRON" and token.dep_ in SUBJECT_DEPS and self.is_thing_antecedent(token) \
                    and token.tag_ in ("NNP", "NN"):
                return True
        return False

    def coordinates_countries(self, token: Token) -> bool:
        """Whether a token is one of several coordinated actors of different countries."""
        heads = self.doc._.ew_actor_heads
        if token.dep_ != "conj" and not any(c.dep_ == "conj" for c in token.children):
            return False
        countries = {heads[t.i].country for t in [token, *token.conjuncts] if t.i in heads}
        return len(countries - {None}) >= 2

    @staticmethod
    def relabel(actor: Actor | None, pronoun: Token) -> Actor | None:
        return actor.model_copy(update={"text": pronoun.text}) if actor is not None else None

    def candidates(self, pronoun: Token, bar_subjects: bool = True) -> list[int]:
        """Token indexes of resolved actors before the pronoun, nearest first (same or previous
        two sentences); an object pronoun never takes its own clause's subject ("police fired
        tear gas to disperse them")."""
        floor = self.window_start(pronoun)
        heads = self.doc._.ew_actor_heads
        barred = self.clause_subjects(pronoun) if bar_subjects else set()
        return [i for i in range(pronoun.i - 1, floor - 1, -1)
                if i in heads and i not in barred and not self.is_inner(self.doc[i])]

    def window_start(self, pronoun: Token) -> int:
        """The first token a pronoun may reach back to: the start of the sentence two before its
        own (sentences wholly inside a quotation not counted), and never more than 80 tokens
        before its own sentence."""
        start = sentence_of(pronoun).start
        floor, counted = start, 0
        while floor > 0 and counted < PRONOUN_WINDOW_SENTENCES:
            sentence = sentence_of(self.doc[floor - 1])
            floor = sentence.start
            if not self.wholly_quoted(sentence):
                counted += 1   # a quoted sentence is the speaker's words: "Petric ... 'It was a
                               # mistake. It would have ...,' he warned" reaches back over it
        return max(floor, start - 80, 0)

    def wholly_quoted(self, sentence: Span) -> bool:
        """Whether every word of a sentence lies inside one quotation."""
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        if not words:
            return True
        span = self.quotation_at(words[0].idx)
        return span is not None and words[-1].idx < span[1]

    @staticmethod
    def clause_subjects(pronoun: Token) -> set[int]:
        """Subjects (and controllers) of the clause an object pronoun sits in."""
        if pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_ not in OBJECT_PRONOUNS:
            return set()
        verb = pronoun.head
        if verb.dep_ == "prep":
            verb = verb.head
        barred: set[int] = set()
        while True:
            barred |= {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj"} and c.i < pronoun.i
                       and not (c.dep_ == "dobj" and c.head.i == pronoun.head.i)}
            barred -= {pronoun.i}
            if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i and not any(
                    c.dep_ in SUBJECT_DEPS for c in verb.children):
                verb = verb.head
                continue
            return barred

    def is_inner(self, token: Token) -> bool:
        return token.dep_ in INNER_DEPS and token.head.i in self.doc._.ew_actor_heads

    def same_gender(self, pronoun: Token) -> Actor | None:
        """he/she: an earlier pronoun of the same gender, else the nearest person (subjects
        first) that no earlier pronoun of the other gender already stands for."""
        group = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
        other = FEMALE_PRONOUNS if group is MALE_PRONOUNS else MALE_PRONOUNS
        heads = self.doc._.ew_actor_heads
        candidates = self.candidates(pronoun)
        earlier = next((i for i in candidates if self.doc[i].lower_ in group), None)
        taken = {(heads[i].name, heads[i].code) for i in self.candidates(pronoun, bar_subjects=False)
                 if self.doc[i].lower_ in other}
        people = [i for i in candidates if self.doc[i].pos_ != "PRON" and self.is_person_antecedent(self.doc[i])
                  and (heads[i].name, heads[i].code) not in taken]
        bound = self.clause_binder(pronoun, people)
        if bound is None:
            bound = self.sole_owner_in_sentence(pronoun, people, earlier)
        if bound is not None and not self.unlisted_person_between(bound, pronoun):
            return heads[bound]
        chosen = self.gender_antecedent(pronoun, people, earlier)
        if chosen is None or self.unlisted_person_between(chosen, pronoun) \
                or self.passes_over_own_person(pronoun, chosen, people):
            return None
        return heads[chosen]

    def clause_binder(self, pronoun: Token, people: list[int]) -> int | None:
        """A possessive he/she owned by its own clause's doer: "sanctions force Saddam to withdraw
        his army" (the controller of "withdraw"), "the king recalled his envoy" (the subject).
        The doer must be a resolved person of the pronoun's sentence; none when it is not."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("dobj", "nsubjpass"):
            return None
        doer = clause_doer(pronoun.head.head)
        if doer is None or doer.i not in people or doer.i < sentence_of(pronoun).start:
            return None
        return doer.i

    def sole_owner_in_sentence(self, pronoun: Token, people: list[int], earlier: int | None) -> int | None:
        """A possessive he/she after one person alone named earlier in its sentence ("During
        Trump's visit to Riyadh - the first stop on his trip -", "by destroying Saddam Hussein's
        machine they hope to destroy his regime"): that person, unless a same-gender pronoun of
        the sentence stands between."""
        start = sentence_of(pronoun).start
        if pronoun.dep_ != "poss" or (earlier is not None and earlier >= start):
            return None
        heads = self.doc._.ew_actor_heads
        own = [i for i in people if i >= start]
        if not own or len({(heads[i].name, heads[i].code) for i in own}) != 1:
            return None
        return own[0]

    def passes_over_own_person(self, pronoun: Token, chosen: int, people: list[int]) -> bool:
        """Whether a he/she resolved to someone before its sentence passes over another resolved
        person named earlier in its own sentence ("... by destroying Saddam Hussein's military
        machine they hope to destroy his regime"): two people compete, and a null beats a guess."""
        start = sentence_of(pronoun).start
        if chosen >= start:
            return False
        heads = self.doc._.ew_actor_heads
        return any(i >= start and (heads[i].name, heads[i].code) != (heads[chosen].name, heads[chosen].code)
                   for i in people)

    def gender_antecedent(self, pronoun: Token, people: list[int], earlier: int | None) -> int | None:
        """The token index a he/she stands for among resolved people and earlier pronouns."""
        introduced = self.newly_introduced(pronoun, people)
        if introduced is not None and (earlier is None or introduced > earlier):
            return introduced
        if earlier is not None:
            later = self.subject_since(pronoun, people, earlier)
            return later if later is not None else earlier
        for i in people:
            if self.doc[i].dep_ in SUBJECT_DEPS:
                return i
        return people[0] if people else None

    def unlisted_person_between(self, chosen: int, pronoun: Token) -> bool:
        """Whether a named person the dictionary cannot code ("Larry King said he ...") is the
        subject of a clause between the antecedent found and the pronoun, in the pronoun's own
        sentence or the one before: the pronoun then stands for that person, and a null beats
        another's code."""
        start = sentence_of(pronoun).start
        if start > 0:
            start = sentence_of(self.doc[start - 1]).start   # "Nhek Bunchhay ... appeared confident. He said"
        start = max(chosen + 1, start)
        heads = self.doc._.ew_actor_heads
        quoted = self.quotation_at(pronoun.idx) is not None
        key = (heads[chosen].name, heads[chosen].code)
        # The latest named subject decides: "... said Bernard Tolbert. Kopp, 44, became the
        # subject of a manhunt when he was called a witness" is about Kopp, whom the text resolved
        # to the antecedent found; a resolved subject that is someone else decides nothing.
        for token in reversed(self.doc[start:pronoun.i]):
            if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" and not self.names_a_person(token):
                continue
            if token.i in heads and (heads[token.i].name, heads[token.i].code) == key \
                    or self.named_for(token, heads[chosen]):
                return False
            if token.i in heads or token.i in self.doc._.ew_names:
                continue   # someone else, resolved: look further back
            if self.names_a_person(token) and not (quoted and token.head.lemma_.lower() in REPORTING_VERBS):
                return True
        return False

    def named_for(self, token: Token, actor: Actor) -> bool:
        """Whether the word of an uncoded name stands for ``actor``: it was part of a phrase
        resolved to that actor before ("a journalist, Aziz Orujov ... Orujov is director")."""
        key = (actor.name, actor.code)
        heads = self.doc._.ew_actor_heads
        if token.text in actor.text.split():
            return True
        for j in proper_noun_positions(self.doc).get(token.text, ()):
            if j >= token.i:
                break
            near = self.doc[j]
            # the name itself, the phrase it is part of, or a title in apposition to it
            # ("Leonid Slutsky, chairman of the committee")
            around = [near, near.head, near.head.head, *(c for c in near.children if c.dep_ == "appos")]
            if any(t.i in heads and (heads[t.i].name, heads[t.i].code) == key for t in around):
                return True
        return False

    def names_a_person(self, token: Token) -> bool:
        """Whether a word is a person's name: tagged so, or the surname of a person tagged
        earlier ("... the remains of Christopher Howes. Howes had been working ...")."""
        if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            return True
        if not token.is_title:
            return False
        earlier = proper_noun_positions(self.doc).get(token.text, ())
        return any(i < token.i and self.doc[i].ent_type_ == "PERSON" for i in earlier)

    def subject_since(self, pronoun: Token, people: list[int], earlier: int) -> int | None:
        """A named person who became the subject of a sentence after an earlier same-gender
        pronoun and before this one's sentence ("Governor Adam says he ... Colonel Bekele says 12
        were killed. He describes ..." -> Bekele): the new subject takes over the pronoun."""
        start = sentence_of(pronoun).start
        for i in people:
            if i <= earlier:
                return None
            token = self.doc[i]
            if token.pos_ != "PROPN" or i >= start:
                continue
            while token.dep_ in ("appos", "compound", "flat") and token.head.i != token.i:
                token = token.head
            if token.dep_ in SUBJECT_DEPS and sentence_of(token).start > sentence_of(self.doc[earlier]).start:
                return i
        return None

    def newly_introduced(self, pronoun: Token, people: list[int]) -> int | None:
        """A person who is the subject of the pronoun's own sentence ("A Chinese envoy, Liu
        Wenqiang, was in Addis Ababa, where he met ..."): nearer than any earlier he/she."""
        start = sentence_of(pronoun).start
        for i in people:
            if i < start:
                return None
            token = self.doc[i]
            while token.dep_ == "appos" and token.head.i != token.i:
                token = token.head
            if token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS and token.head.i < pronoun.i:
                token = token.head   # "Bush's chief objective in his meeting": the subject's owner
            # "the object of his admiration, Vladimir Putin, has used his ...": a name in apposition
            # to the subject is that subject, whatever the subject's own words
            if token.dep_ in SUBJECT_DEPS and (token.i == i or token.i in people or self.doc[i].pos_ == "PROPN"):
                return i
        return None

    def same_word_class(self, pronoun: Token, words: set[str]) -> Actor | None:
        for i in self.candidates(pronoun):
            if self.doc[i].lower_ in words and sentence_of(self.doc[i]).start >= sentence_of(pronoun).start - 80:
                return self.doc._.ew_actor_heads[i]
            if self.doc[i].pos_ != "PRON":
                return None
        return None

    def nearest(self, pronoun: Token, fits) -> Actor | None:
        """The nearest fitting antecedent, subjects first within the pronoun's own sentence and
        the one before it."""
        fitting = [i for i in self.candidates(pronoun) if fits(self.doc[i])]
        if not fitting:
            return None
        start = sentence_of(pronoun).start
        # The pronoun's own sentence first: "The African Union ... named X as its envoy" is not
        # about the subject of the sentence before.
        for group in ([i for i in fitting if i >= start], [i for i in fitting if i < start]):
            if group and group[0] >= start and self.is_object_pronoun(pronoun):
                # "police detained four journalists, and a watchdog urged the authorities to release
                # them": an object pronoun takes an object of its own sentence before a subject.
                objects = [i for i in group if self.doc[i].dep_ == "dobj"]
                if objects:
                    return self.doc._.ew_actor_heads[objects[0]]
            for i in group:
                if self.doc[i].dep_ in SUBJECT_DEPS or (self.doc[i].dep_ == "ROOT" and self.doc[i].pos_ != "PRON"):
                    return self.doc._.ew_actor_heads[i]
            if group:
                return self.doc._.ew_actor_heads[group[0]]
        return None

    @staticmethod
    def is_object_pronoun(pronoun: Token) -> bool:
        """ "release them", "joined him": an object form used as a verb's direct object."""
        return pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ == "dobj"

    def is_person_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in PERSON_PRONOUNS
        return (self.is_person(token) or token.lemma_.lower() in PERSON_NOUNS) and token.tag_ not in ("NNS", "NNPS")

    def is_thing_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in THING_PRONOUNS
        return not self.is_person(token) and token.lemma_.lower() not in PERSON_NOUNS \
            and token.tag_ not in ("NNS", "NNPS")

    def is_plural_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in PLURAL_PRONOUNS
        return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children) \
            or token.lower_ in CREW_NOUNS   # "the ship's crew said they were unharmed"

    def is_person(self, token: Token) -> bool:
        found = self.entries_at(token)
        if found and self.best_entry(found[1]).kind == "person":
            return True
        if found:
            return False
        lemma = token.lemma_.lower()
        hit = self.doc._.ew_sector_terms.get(token.i)
        term = hit[0].text.lower() if hit else lemma
        return term in self.dictionary.titles or lemma in self.dictionary.titles or token.ent_type_ == "PERSON"


BRIEFING_VERBS = {"tell", "brief", "inform", "update", "address"}
# The press corps asking questions ("when reporters asked whether ...") is of no country either.
PRESS_CORPS_WORDS = {"reporters", "journalists", "newsmen", "correspondents"}
QUESTIONING_VERBS = {"ask", "question", "press"}
APPOINTING_VERBS = {"appoint", "name", "nominate", "designate"}
# "people briefed on the talks", "sources familiar with the matter", "a source close to the army".
SOURCE_WORDS = {"briefed": {"on", "about"}, "familiar": {"with"}, "close": {"to"}}


# Verbs a body reports its own country's act with, after the report ("..., the ministry announced").
TRAILING_REPORT_VERBS = {"say", "announce", "state", "confirm", "report", "add", "declare", "tell"}


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


def is_town_word(token: Token, doc: Doc) -> bool:
    """A place name modifying a phrase ("New York police", "the Gedaref state health ministry"): a
    GPE/LOC entity, or a capitalized proper noun the model labelled otherwise that is no dictionary
    name (the gazetteer then decides whether it points to one country)."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    return token.pos_ == "PROPN" and token.is_title and token.i not in doc._.ew_names \
        and token.i not in doc._.ew_sector_terms \
        and token.ent_type_ in ("ORG", "FAC", "PRODUCT", "")   # "Police" ends a title, not the Polish town


def is_given_name(token: Token, head: Token) -> bool:
    """Whether a proper noun right before a name's last word is that person's given name ("Rich"
    in "Rich Eisen"), not a town owning the phrase ("Kharkiv" in "Kharkiv Governor Oleh Synehubov")."""
    return head.pos_ == "PROPN" and token.i == head.i - 1 and token.pos_ == "PROPN" and token.is_title \
        and head.is_title and token.ent_type_ not in ("GPE", "LOC")


def is_ethnic_label(token: Token) -> bool:
    """ "ethnic Albanian mayors", "ethnic Serbs": a nationality word after "ethnic" names a people,
    not the state of that name."""
    doc = token.doc
    found = doc._.ew_names.get(token.i)
    start = found[0].start if found else token.i
    return start > 0 and doc[start - 1].lower_ in ETHNIC_WORDS


def is_sympathy_label(token: Token) -> bool:
    """ "pro-Russian separatists", "anti-American protesters": a nationality word after "pro-" or
    "anti-" says whom the people side with or against, not whose they are."""
    doc = token.doc
    i = token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in SYMPATHY_PREFIXES


def is_unnamed_ethnic_group(head: Token) -> bool:
    """Whether a people phrase is marked only as ethnic ("ethnic voters", "ethnic minorities"):
    its people have an origin the text does not name, so no country of the context is theirs."""
    return any(child.dep_ == "amod" and child.lower_ in ETHNIC_WORDS for child in head.lefts)


def is_name_word(token: Token) -> bool:
    """A proper noun, or a capitalized word inside a sentence that the tagger calls a noun but that
    ends an organization's name ("Front" in "the Qwara People's Front")."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.is_title and token.ent_type_ == "ORG" and not token.is_sent_start


def is_surname_title(head: Token, term: Span | None, doc: Doc) -> bool:
    """Whether a capitalized title word is a person's surname: it follows an honorific ("Mr. King",
    but not "Mr. President") or a given name inside one person's name ("Larry King")."""
    if not head.text[:1].isupper() or (term is not None and term.start != head.i):
        return False
    if head.i == 0:
        return ends_earlier_full_name(head, doc)
    before = doc[head.i - 1]
    if before.lower_ in HONORIFICS:
        return head.lower_ not in ADDRESS_TITLES
    return (head.ent_type_ == "PERSON" and before.ent_type_ == "PERSON" and before.ent_iob_ != "O"
            and head.ent_iob_ == "I" and before.pos_ == "PROPN" and before.is_title
            and before.i not in doc._.ew_sector_terms and before.i not in doc._.ew_names) \
        or ends_earlier_full_name(head, doc)


# Titles that firms use too ("KLM president"); ministerial ones ("Transportation Secretary",
# "Health Minister") after a capitalized word always name a state's office.
FIRM_TITLES = {"president", "chairman", "chairwoman", "chairperson", "director", "director-general", "ceo"}
# Words that make a capitalized body before a title a state's office, not a firm ("Interior
# Cabinet Secretary", "State Department spokesman", "Defence Ministry director").
STATE_OFFICE_WORDS = {"cabinet", "interior", "foreign", "defence", "defense", "home", "state", "national", "federal",
                      "government", "ministry", "department", "council", "office", "commission", "agency", "bureau",
                      "house", "senate", "assembly", "parliament", "congress", "presidential", "treasury", "justice",
                      "finance", "security", "police", "army", "navy", "republic", "party", "regional", "provincial"}


def names_state_office(token: Token) -> bool:
    """Whether the named entity a word belongs to has a word of a state's office in it."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.lower_ in STATE_OFFICE_WORDS for t in doc[start:end])


def is_word_of_personal_name(span: Span, titles: dict) -> bool:
    """ "Ngo" in "Ngo Xuan Lich": a one-word group term (not a title) written as a capitalized word
    inside a person's multi-word name is part of the name, not a mention of the group."""
    token = span[0]
    if len(span) != 1 or token.lower_ in titles or not token.is_title:
        return False
    doc = token.doc
    if token.ent_type_ != "PERSON":
        # an untagged name: a short group acronym written as a name word before another name
        # word that is no group term ("Ngo Xuan Lich"; the acronym is written "NGO")
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return len(token) <= 3 and token.pos_ == "PROPN" and after is not None and after.pos_ == "PROPN" \
            and after.is_title and after.lower_ not in titles
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start >= 2


def ends_earlier_full_name(head: Token, doc: Doc) -> bool:
    """ "King thanked the police" in an article about actress Jaime King: a title word that a
    full name elsewhere in the article (given name + this word) ends with is that person's
    surname, unless a name follows it here ("King Abdullah")."""
    if head.ent_iob_ == "I" or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"):
        return False   # inside a name (the rule above judges it), or a title before a name
    for ent in doc.ents:
        words = [t for t in ent if t.pos_ != "PART"]   # "Jaime King's": the model keeps the 's
        if ent.label_ == "PERSON" and len(words) >= 2 and words[-1].i != head.i and words[-1].text == head.text \
                and is_plain_given_name(words[-2], doc):
            return True
    return False


def is_plain_given_name(token: Token, doc: Doc) -> bool:
    """A capitalized proper noun that is neither a title nor a listed name ("Jaime", not "Crown")."""
    return token.pos_ == "PROPN" and token.is_title and token.i not in doc._.ew_sector_terms \
        and token.i not in doc._.ew_names


def drop_names_inside_other_names(doc: Doc) -> None:
    """Forget the country names that are only part of a longer unlisted name ("Cuban" in "Mark
    Cuban", "Jersey" in "New Jersey"): every rule then sees a person's or a place's own name."""
    index = doc._.ew_names
    for span, entries in {id(v[0]): v for v in index.values()}.values():
        kinds = {entry.kind for entry in entries}
        if entries and kinds <= {"country", "capital", "adjective"} \
                and (names_someone_else(span, doc, "country" if "country" in kinds else min(kinds))
                     or names_foreign_subdivision(span, doc, {e.country for e in entries})
                     or names_a_period(span, doc) or names_a_water_body(span, doc)
                     or names_a_language(span)):
            for token in span:
                index.pop(token.i, None)


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


def names_a_water_body(span: Span, doc: Doc) -> bool:
    """ "the Persian Gulf", "the Indian Ocean", "the South China Sea", "the Gulf of Mexico": a
    country word inside the name of a sea or another wide geographic feature names a place that
    belongs to no one country, so it is no mention of the country and no clue to the story's."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in WATER_BODY_WORDS:
        return True
    before = [t for t in doc[max(0, span.start - 3): span.start]]
    return len(before) >= 2 and before[-1].lower_ == "of" and before[-2].is_title \
        and before[-2].lower_ in WATER_BODY_WORDS


def names_a_language(span: Span) -> bool:
    """ "spoke in rapid-fire Spanish", "switching to English", "translated into Arabic": a
    language's name used as an object noun, with no determiner ("the French" are a people) and
    no noun after it ("Spanish officials"), names a language, not a party or a country."""
    if len(span) != 1 or span[0].lower_ not in LANGUAGE_WORDS:
        return False
    token = span[0]
    if token.dep_ not in ("pobj", "dobj") or any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    return token.head.pos_ in ("ADP", "VERB")


def names_a_period(span: Span, doc: Doc) -> bool:
    """ "Soviet-era tanks", "Soviet era": a country word dating a thing names no party."""
    after = [t.lower_ for t in doc[span.end: span.end + 2]]
    return after[:1] == ["era"] or after == ["-", "era"]


PROPER_NOUNS_KEY = "ew_proper_noun_positions"   # doc.user_data: token text -> indices of its PROPN tokens


def proper_noun_positions(doc: Doc) -> dict[str, list[int]]:
    """Where each proper-noun word occurs in the document (built once per document)."""
    positions = doc.user_data.get(PROPER_NOUNS_KEY)
    if positions is None:
        positions = {}
        for token in doc:
            if token.pos_ == "PROPN":
                positions.setdefault(token.text, []).append(token.i)
        doc.user_data[PROPER_NOUNS_KEY] = positions
    return positions


def is_unique_name_word(head: Token) -> bool:
    """Whether every full name (two words or more) in the article holding this word is the same
    name, so a bare "Li" or "Scalise" can only be that person."""
    full = {ent.text for ent in head.doc.ents
            if ent.label_ == "PERSON" and len(ent) > 1 and any(t.text == head.text for t in ent)}
    return len(full) <= 1


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


def named_countries(doc: Doc, spans: list[Span], dictionary: ActorDictionary) -> frozenset[str]:
    """The countries an article names (a country, its adjective or capital, or a town or region
    of it), computed only when one of its names needs them (an entry with ``needs``)."""
    entries = [dictionary.names.get(span.text, []) for span in spans]
    if not any(entry.needs for found in entries for entry in found):
        return frozenset()
    out = {entry.country for found in entries for entry in found
           if entry.kind in ("country", "adjective", "capital") and entry.country}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC"):
            out.add(city_country(ent.text) or region_country(ent.text))
    out.discard(None)
    return frozenset(out)


def spelled_out_earlier(span: Span, index: dict) -> list[Entry]:
    """The entries of a listed body named in full earlier whose initials are this acronym:
    "Japanese Financial Services Agency ... The FSA" is the agency, not Syria's rebels."""
    if not span.text.isupper():
        return []
    for earlier, entries in {id(v[0]): v for v in index.values()}.values():
        words = [t.text for t in earlier if t.text[:1].isupper()]
        if len(words) > 1 and "".join(w[0] for w in words) == span.text \
                and all(entry.kind == "organization" for entry in entries):
            return list(entries)
    return []


def fits_article(entry: Entry, span: Span, named: frozenset[str], listed: set[int]) -> bool:
    """Whether an ambiguous short name ("FSA", "the Centre") denotes this entry here: the article
    names one of the entry's countries, and the name stands alone, not as a word of a longer
    unlisted name ("Pompidou Centre", "Centre for Science", "MFSA")."""
    if not entry.needs:
        return True
    if not named & set(entry.needs):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.is_title and before.pos_ == "PROPN" and before.i not in listed \
            and not before.is_sent_start:
        return False
    if after is None:
        return True
    beyond = doc[after.i + 1] if after.i + 1 < len(doc) else None
    name_goes_on = after.lower_ == "for" or (after.is_title and after.pos_ == "PROPN") \
        or (after.lower_ == "of" and beyond is not None and beyond.is_title)   # "Centre of Excellence"
    return not name_goes_on


def names_foreign_subdivision(span: Span, doc: Doc, countries: set[str | None]) -> bool:
    """Whether a country's or capital's name is the first word of a place of another country
    the gazetteer lists with the next word ("Nassau County" is in New York, not the Bahamas):
    "X County", "X City", "X State" ... name a subdivision, whose country the gazetteer gives.
    A subdivision of the name's own country ("Mexico City", "Kuwait City") keeps the name."""
    from eventwire.extract.places.gazetteer import load_gazetteer

    if span.end >= len(doc) or doc[span.end].lower_ not in SUBDIVISION_WORDS or not doc[span.end].is_title:
        return False
    name = doc[span.start:span.end + 1].text
    found = {e.country for e in load_gazetteer().entries_for(name)
             if e.country and e.feature in ("admin1", "admin2", "city")}
    return bool(found) and not found & countries


def names_someone_else(span: Span, doc: Doc, kind: str) -> bool:
    """Whether a country's name or demonym is only part of a longer name the dictionary does not
    list: a person's ("Mark Cuban", "Israel Katz") or a place's ("New Jersey", "New Mexico").

    The longer name is a PERSON, GPE or LOC entity that runs past the country word with a
    capitalized word no dictionary entry or title covers; a place's name must begin with a
    place-name word (``PLACE_PREFIXES``: "New", "Fort", "Mount"). Compass words ("Northern
    Ireland") and an entity starting with the country word itself ("Iraqi Kurdistan") keep the
    country."""
    entity = next((e for e in doc.ents if e.start <= span.start and span.end <= e.end), None)
    if entity is None or len(entity) == len(span) or entity.label_ not in ("PERSON", "GPE", "LOC"):
        return False
    others = [t for t in entity if not (span.start <= t.i < span.end) and t.pos_ not in ("DET", "PUNCT", "PART")]
    if not others or any(t.i in doc._.ew_names or t.i in doc._.ew_sector_terms or not t.is_title
                         or t.pos_ != "PROPN" for t in others):
        return False
    if entity.label_ != "PERSON" and doc[span.start - 1].pos_ in ("DET", "PUNCT"):
        return False
    if entity.label_ == "PERSON":
        if entity.start == span.start:   # "Israel Katz": a country's name as a given name
            return kind == "country" and span.end == entity.end - 1 and doc[span.end].pos_ == "PROPN"
        return doc[span.start - 1].pos_ == "PROPN"
    return entity.start < span.start and entity.end == span.end and doc[span.start - 1].lower_ in PLACE_PREFIXES


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


def quantity_head(head: Token) -> Token:
    """ "Thousands of demonstrators": the quantity word that heads the clause's argument, else the head."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i \
            and (prep.head.lower_ in QUANTITY_WORDS or prep.head.pos_ == "NUM"):
        return prep.head
    return head


def is_place(head: Token) -> bool:
    """A country or capital used as a location ("shops in Beijing", "flew to Tehran")."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    word = prep.lower_
    if names_parties(prep):
        return False
    if word in PLACE_PREPOSITIONS or (word == "of" and prep.head.lower_ == "out"):
        return True
    return word == "to" and prep.head.lemma_.lower() in MOTION_VERBS


# "imports from Ethiopia", "a delegation from Egypt": a country these nouns come from is a party.
PARTY_FROM_NOUNS = {"import", "imports", "export", "exports", "shipment", "shipments", "goods", "delegation",
                    "delegations", "envoy", "envoys", "delegate", "delegates", "aid", "assistance"}
# "the border between Sudan and Ethiopia", "flights between Cairo and Addis Ababa": between places.
PLACE_BETWEEN_NOUNS = {"border", "borders", "frontier", "road", "roads", "route", "routes", "flight", "flights",
                       "train", "trains", "corridor", "area", "region", "line", "crossing", "crossings",
                       "distance", "bridge", "pipeline", "railway", "highway", "strait", "sea", "zone"}


def names_parties(prep: Token) -> bool:
    """Whether the countries in ``prep``'s phrase are parties, not places: "mediate between
    Azerbaijan and Armenia", "talks between Sudan and Ethiopia", "imports from Ethiopia"."""
    word = prep.lower_
    governor = prep.head
    if word == "between":
        return governor.lemma_.lower() not in PLACE_BETWEEN_NOUNS and governor.lower_ not in PLACE_BETWEEN_NOUNS \
            and governor.pos_ in ("VERB", "NOUN")
    if word == "from":
        return governor.pos_ == "NOUN" and governor.lower_ in PARTY_FROM_NOUNS
    return False


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


# Words that put a titled name's office in the past ("former President X", "ex-President X").
PAST_OFFICE_WORDS = {"former", "ex", "ex-", "then", "late", "outgoing", "erstwhile"}


def titled_role(doc: Doc, entry: Entry) -> tuple | None:
    """The role a listed person's title in this article names ("President Donald Trump" -> his
    presidency), used for every mention of him in the article, whatever the publication date
    says: the text's own title is better evidence than a guessed date. None when no mention
    carries one of his offices' titles, or when any mention marks an office as past ("former")."""
    if not entry.roles or doc._.ew_names is None:
        return None
    cache = doc.user_data.setdefault(TITLED_ROLES_KEY, {})
    if entry.name not in cache:
        cache[entry.name] = _titled_role(doc, entry)
    return cache[entry.name]


def _titled_role(doc: Doc, entry: Entry) -> tuple | None:
    titled = None
    for span, entries in {id(v[0]): v for v in doc._.ew_names.values()}.values():
        if entry not in entries:
            continue
        role, past = title_before(doc, span.start, entry)
        if past:
            return None
        titled = titled or role
    return titled


def title_before(doc: Doc, start: int, entry: Entry) -> tuple[tuple | None, bool]:
    """(the role whose title ends right before token ``start``, whether a past-office word
    precedes the title or the name)."""
    for role in sorted(entry.roles, key=lambda r: r[3] or "", reverse=True):
        words = (role[2] or "").split()
        if not words or " and " in f" {role[2]} " or start < len(words):
            continue
        before = doc[start - len(words):start]
        if [t.lower_ for t in before] == words:
            prior = doc[before.start - 1].lower_ if before.start > 0 else ""
            return (None, True) if prior.rstrip("-") in PAST_OFFICE_WORDS or prior in PAST_OFFICE_WORDS else (role, False)
    prior = doc[start - 1].lower_ if start > 0 else ""
    return None, prior.rstrip("-") in PAST_OFFICE_WORDS


TITLED_ROLES_KEY = "ew_titled_roles"   # doc.user_data: person name -> role his title in the text names


def make_actor(name: str, text: str, country: str | None, sector: str | None, code: str | None = None) -> Actor:
    code = code or ((country or "") + (sector or "")) or None
    return Actor(name=name, text=text, country=country, sector=sector, code=code)


# -- document context ------------------------------------------------------------------------

def dateline_of(doc: Doc, dictionary: ActorDictionary) -> tuple[int, str | None]:
    """End offset and country of an opening dateline ("ADDIS ABABA, March 9 —"), or (0, None)."""
    match = DATELINE.match(doc_text(doc)[:80])
    if not match or len(match.group(1)) < 3:
        return 0, None
    place = match.group(1).title()
    entries = dictionary.names.get(place) or dictionary.names.get(place.replace(" ", "-")) or []
    countries = {e.country for e in entries if e.kind in ("capital", "country") and e.country}
    if not entries:
        # "GEDAREF, March 25 —": most datelines name a town, not a capital.
        town = city_country(place) or city_country(match.group(1))
        countries = {town} if town else set()
    end = doc_text(doc).find("—", match.end(1))
    end = end + 1 if 0 <= end < match.end(1) + 40 else match.end(1)
    return end, (countries.pop() if len(countries) == 1 else None)


def country_positions(doc: Doc, dictionary: ActorDictionary, dateline_end: int) -> list[tuple[int, str]]:
    """(token index, ISO3) for every name that carries one country, in text order."""
    published = doc._.published
    out = []
    for span, entries in {id(v[0]): v for v in doc._.ew_names.values()}.values():
        if span.start_char < dateline_end or not entries:
            continue
        entry = min(entries, key=lambda e: NAME_ORDER.get(e.kind, 9))
        if entry.sector == "MED" or entry.generic:
            continue   # "told AFP", "Congress": the name says nothing about the story's country
        country = entry.country
        if entry.kind == "person":
            role = role_on(entry, published)
            country = role[0] if role else None
        if country in STORYLESS_COUNTRIES:
            continue   # "the Pope", "John Paul II": he travels; his see is not the story's country
        if country and len(country) == 3 and country not in REGIONAL_CODES and not names_a_border(span) \
                and not names_a_venue(span) and not names_an_opponent(span[-1]) \
                and not names_a_sponsor(span[-1]) and not is_ethnic_label(span[-1]):
            out.append((span.end - 1, country))
    for ent in doc.ents:
        if ent.start_char < dateline_end or any(token.i in doc._.ew_names for token in ent) or names_a_venue(ent):
            continue
        if ent.label_ in ("GPE", "LOC"):
            country = city_country(ent.text)
        else:
            country = region_country(ent.text)   # "Benishangul-Gumuz region" tagged FAC
        if country:
            out.append((ent.end - 1, country))
    return sorted(out)


@lru_cache(maxsize=4096)
def region_country(name: str) -> str | None:
    """The country of a first-level region our places data lists, whatever label the model gave
    the name ("Benishangul-Gumuz" as FAC); None for anything else."""
    from eventwire.extract.places.gazetteer import load_gazetteer

    countries = {e.country for e in load_gazetteer().entries_for(name.strip())
                 if e.curated and e.feature == "admin1" and e.country}
    return countries.pop() if len(countries) == 1 else None


# A place name belongs to one country when that country's largest place of the name is big enough
# and dwarfs every other country's ("Paris", "Miami", "Donetsk"), or is one of our curated places.
MIN_PLACE_POPULATION = 15_000
PLACE_DOMINANCE = 20


@lru_cache(maxsize=4096)
def city_country(name: str) -> str | None:
    """The country of a town, city or region named in the text (the places component's gazetteer),
    when the name points to one country clearly enough; None when it is unknown or ambiguous."""
    from eventwire.extract.places.gazetteer import load_gazetteer

    entries = [e for e in load_gazetteer().entries_for(name.strip()) if e.country and e.feature != "continent"]
    for preferred in ({e.country for e in entries if e.feature == "country"}, {e.country for e in entries if e.curated}):
        if len(preferred) == 1:
            return preferred.pop()   # a country's own name ("Georgia"), or our places.yaml ("Gaza")
    largest: dict[str, int] = {}
    for entry in entries:
        largest[entry.country] = max(largest.get(entry.country, 0), entry.population)
    ranked = sorted(largest.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < MIN_PLACE_POPULATION:
        return None
    if len(ranked) > 1 and ranked[0][1] < PLACE_DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def place_name(token: Token) -> str:
    """The whole place name a token belongs to ("New York" for "York"), else the token's text."""
    if token.ent_type_ not in ("GPE", "LOC"):
        return token.text
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def hyphenated_word(token: Token) -> Span:
    """The whole hyphenated word a token is part of ("Miami-Dade" for "Dade"), else the token:
    half of a compound place name before an office ("Miami-Dade Mayor") is no town of its own."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_:
        end += 2
    return doc[start: end + 1]


REGIONAL_CODES = {"EUR", "AFR", "ASA", "MEA", "WST", "LAM", "NAF", "SAF", "WAF", "EAF", "CAF", "SAM", "CAS", "SEA",
                  "SAS", "EEU", "BLK", "CRB", "NMR", "PGS", "SCN", "CAU", "BFR", "NTH", "MDT", "BLT", "WEU"}


BORDER_NOUNS = {"border", "borders", "frontier", "boundary", "territory", "soil", "side", "airspace", "waters", "coast"}


def names_a_border(span: Span) -> bool:
    """ "the Sudanese border", "Sudan's territory": the country is the other side, not the story's own."""
    root = span.root
    return root.dep_ in INNER_DEPS and root.head.lower_ in BORDER_NOUNS


# Local sites named after their town ("Kassala hospital", "the Gao market").
SITE_NOUNS = {"hospital", "clinic", "market", "camp", "airport", "port", "school", "university", "prison", "mosque",
              "church", "station"}
VENUE_NOUNS = {"agreement", "accord", "accords", "deal", "process", "talks", "declaration", "format", "protocol",
               "treaty", "summit", "conference", "communique", "convention", "framework", "peace"}


def names_a_venue(span: Span) -> bool:
    """ "the Addis Ababa agreement", "the Minsk accords", "the Jeddah talks": a place naming an
    agreement or meeting says where it was signed or held, not whose story the article is. (A
    place talks are held "in" is not skipped: "talks in Port Sudan" is often the story's own country.)"""
    root = span.root
    return root.dep_ in INNER_DEPS and is_venue_noun(root.head)


def names_venue_within(token: Token) -> bool:
    """Whether a word is part of a name modifying an agreement or meeting noun ("Addis" in "the
    Addis Ababa declaration"), through any chain of inner modifiers."""
    while token.dep_ in INNER_DEPS and token.head.i != token.i:
        token = token.head
        if is_venue_noun(token):
            return True
    return False


def is_venue_noun(token: Token) -> bool:
    """A noun naming an agreement or a meeting ("talks", "summit"); the model lemmatises "talks" to "talk"."""
    return token.lemma_.lower() in VENUE_NOUNS or token.lower_ in VENUE_NOUNS


def focus_country(positions: list[tuple[int, str]], dateline: str | None) -> str | None:
    """The article's own country: one that holds at least half of the country mentions and more
    than any other (the dateline counts double)."""
    counts = Counter(country for _, country in positions)
    if dateline:
        counts[dateline] += DATELINE_WEIGHT
    if not counts:
        return None
    ranked = counts.most_common(2)
    country, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == n:
        return None
    return country if n / sum(counts.values()) >= FOCUS_SHARE else None


DICTIONARY_KEY = "ew_actor_files"   # user_data: the user files of the dictionary the component used


def _resolver(doc: Doc) -> _Resolver:
    """A resolver for later components (events, quotes), with the dictionary the actors
    component used on this doc (user files included; the dictionary is cached per set of files).
    The last doc's resolver is kept (``_LATEST``): the events component asks about thousands of
    tokens of one doc in a row, and building a resolver for each question cost more than most answers."""
    latest = _LATEST.get("doc")
    if latest is not doc:
        dictionary = load_dictionary(doc.user_data.get(DICTIONARY_KEY, ()))
        focus, dateline_end, positions, dateline = doc._.ew_context or (None, 0, [], None)
        _LATEST.update(doc=doc, resolver=_Resolver(doc, dictionary, focus, dateline_end, tuple(positions), dateline),
                       heads=doc._.ew_actor_heads or {}, answers={})
    return _LATEST["resolver"]


# The doc later components last asked about, its resolver, and the answers already given for its
# tokens (None included: most tokens a coder asks about are no actor). One slot, so one doc is kept.
_LATEST: dict = {}


# -- the component ---------------------------------------------------------------------------

def configured_extra_files(extra_files: list[str] | tuple[str, ...] | None = None,
                           user_file: str | None = None) -> tuple[str, ...]:
    """User dictionary files: the component's config (which ``eventwire.nlp`` fills from the
    ``actors.extra_files`` setting), then ``$EVENTWIRE_ACTORS`` (paths separated by the OS path
    separator; how the CLI's ``--actors`` reaches worker processes)."""
    files = list(extra_files or [])
    if user_file:
        files.append(user_file)
    files.extend(p for p in os.environ.get(ENV_EXTRA_FILES, "").split(os.pathsep) if p)
    return tuple(dict.fromkeys(str(f) for f in files))


@Language.factory(
    "eventwire_actors",
    assigns=["doc._.actor_mentions"],
    default_config={"user_file": None, "extra_files": []},
)
def make_actors_component(nlp: Language, name: str, user_file: str | None, extra_files: list[str]):
    return ActorsComponent(nlp, user_file, extra_files)


class ActorsComponent:
    """Matches dictionary names and sector terms, then resolves every actor-like noun phrase."""

    def __init__(self, nlp: Language, user_file: str | None = None, extra_files: list[str] | None = None):
        self.files = configured_extra_files(extra_files, user_file)
        self.dictionary = load_dictionary(self.files)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces = list(self.dictionary.names)
        self.names.add("NAME", list(nlp.tokenizer.pipe(surfaces)))
        terms = list(self.dictionary.sector_terms) + list(self.dictionary.titles)
        # abbreviated titles ("rep.", "gov.") are single tokens only when capitalized ("Rep.")
        terms += [term.capitalize() for term in terms if term.endswith(".")]
        self.terms.add("TERM", list(nlp.tokenizer.pipe(terms)))

    def __call__(self, doc: Doc) -> Doc:
        self.index_names(doc)
        self.index_terms(doc)
        drop_names_inside_other_names(doc)
        doc._.ew_actor_heads = {}
        doc._.ew_person_aliases = {}
        doc.user_data[COLLECTIVES_KEY] = []
        doc.user_data[DICTIONARY_KEY] = self.files
        dateline_end, dateline_country = dateline_of(doc, self.dictionary)
        positions = country_positions(doc, self.dictionary, dateline_end)
        focus = focus_country(positions, dateline_country)
        doc._.ew_context = (focus, dateline_end, positions, dateline_country)
        resolver = _Resolver(doc, self.dictionary, focus, dateline_end, tuple(positions), dateline_country)
        resolved: list[Token] = []
        for token in doc:
            if token.pos_ not in ("NOUN", "PROPN", "PRON") and token.i not in doc._.ew_names:
                continue
            actor = resolver.actor_for_token(token)
            if actor is None:
                continue
            doc._.ew_actor_heads[token.i] = actor
            resolved.append(token)
        doc._.actor_mentions = [mention for token in resolved if self.is_mention_head(doc, token)
                                for mention in self.mentions_of(doc, token, doc._.ew_actor_heads[token.i])]
        _LATEST.clear()   # answers given while this doc's actors were still being found are not kept
        return doc

    def mentions_of(self, doc: Doc, token: Token, actor: Actor) -> list[Entity]:
        """The mention of an actor phrase, or one per nationality when coordinated names modify
        its head ("Saudi and Iranian officials" -> "Saudi" SAU GOV, "Iranian officials" IRN GOV)."""
        members = coordinated_name_modifiers(doc, token)
        if len(members) < 2 or actor.sector is None:
            return [self.mention(doc, token, actor)]
        out = []
        for member in members[:-1]:
            span = doc._.ew_names[member.i][0]
            owner = doc._.ew_actor_heads.get(member.i) or actor_for_token(member)
            if owner is None or not owner.country:
                return [self.mention(doc, token, actor)]
            out.append(Entity(text=span.text, label="ACTOR", start=span.start_char, end=span.end_char,
                              actor=with_country(owner.country, actor, span.text, self.dictionary)))
        last = members[-1]
        owner = actor_for_token(last)
        if owner is None or not owner.country:
            return [self.mention(doc, token, actor)]
        start = doc._.ew_names[last.i][0].start_char
        end = doc._.ew_names[token.i][0].end_char if token.i in doc._.ew_names else token.idx + len(token.text)
        text = doc_text(doc)[start:end]
        out.append(Entity(text=text, label="ACTOR", start=start, end=end,
                          actor=with_country(owner.country, actor, text, self.dictionary)))
        return out

    @staticmethod
    def is_mention_head(doc: Doc, token: Token) -> bool:
        """Only the head of an actor phrase is a mention: not the first words of a name
        ("New" in "New Delhi") nor a modifier inside a larger actor phrase ("Pakistani troops")."""
        found = doc._.ew_names.get(token.i)
        if found and token.i != found[0].end - 1:
            return False
        if found and names_a_sponsor(token):
            return False   # "Iranian" in "Iranian-backed rebels" is part of the larger phrase
        if token.dep_ in INNER_DEPS and token.head.i != token.i:
            if token.head.i in doc._.ew_actor_heads:
                return False
            # A modifier of a non-actor: "its choosing", "the coalition's budget" are mentions,
            # "Brazil's election" and "Russian losses" are not.
            if token.text in PARTY_ADJECTIVES and token.dep_ in ("amod", "compound"):
                return False   # "the Democratic nomination", "a Republican primary": no one acts
            return not (found and _kind(found[1]) in ("country", "adjective", "capital"))
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "for") and token.head.head.i in doc._.ew_actor_heads:
            return False
        return True

    def index_names(self, doc: Doc) -> None:
        spans = filter_spans([doc[s:e] for _, s, e in self.names(doc)])
        index = {}
        named = named_countries(doc, spans, self.dictionary)
        listed = {token.i for span in spans for token in span} if named else set()
        for span in spans:
            entries = self.dictionary.names.get(span.text, [])
            if any(entry.needs for entry in entries):
                entries = [entry for entry in entries if fits_article(entry, span, named, listed)] \
                    or spelled_out_earlier(span, index)
                if not entries:
                    continue
            for token in span:
                index[token.i] = (span, entries)
        doc._.ew_names = index

    def index_terms(self, doc: Doc) -> None:
        index: dict[int, tuple[Span, str]] = {}
        for _, s, e in self.terms(doc):
            span = doc[s:e]
            key = span.text.lower()
            sector = self.dictionary.sector_terms.get(key) or self.dictionary.titles.get(key)
            best = index.get(e - 1)
            if sector and is_word_of_personal_name(span, self.dictionary.titles):
                continue
            if sector and (best is None or len(span) > len(best[0])):
                index[e - 1] = (span, sector)
        doc._.ew_sector_terms = index

    @staticmethod
    def mention(doc: Doc, token: Token, actor: Actor) -> Entity:
        found = doc._.ew_names.get(token.i)
        end = found[0].end if found else token.i + 1
        if token.pos_ == "PRON":
            start = token.i
        else:
            start = min((t.left_edge.i for t in token.lefts if t.dep_ in NP_MODIFIERS), default=token.i)
            if found:
                start = min(start, found[0].start)
            while start < token.i and doc[start].dep_ in ("det", "punct", "cc", "predet"):
                start += 1
        span = doc[start:end]
        if found and found[0].start == start:
            label = LABEL_BY_KIND.get(_kind(found[1]), "ACTOR")
        else:
            label = token.ent_type_ or ("PRON" if token.pos_ == "PRON" else "ACTOR")
        return Entity(text=span.text, label=label, start=span.start_char, end=span.end_char, actor=actor)


def coordinated_name_modifiers(doc: Doc, head: Token) -> list[Token]:
    """The coordinated names modifying ``head`` in order ("Saudi", "Iranian" in "Saudi and
    Iranian officials"); empty when the head has no such chain."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.i in doc._.ew_names:
            chain = [c for c in child.conjuncts if c.i in doc._.ew_names and c.i < head.i]
            if chain:
                return sorted([child, *chain], key=lambda t: t.i)
    return []


def with_country(country: str, actor: Actor, text: str, dictionary: ActorDictionary) -> Actor:
    """``actor``'s sector for another country's member of a coordinated phrase."""
    name = dictionary.country_names.get(country, country)
    return make_actor(f"{name} {SECTOR_LABELS.get(actor.sector, (actor.sector or '').lower())}".strip(),
                      text, country, actor.sector)


def find_quotations(text: str) -> list[list[int]]:
    """[opening, closing] character offsets of every quotation in ``text``, as the quotes
    component finds them (``eventwire.extract.quotes.marks``: curly and straight marks, a quote
    that runs on into the next paragraph, a mark never closed dropped)."""
    from eventwire.extract.quotes.marks import find_quote_regions

    return [[region.open, region.close] for region in find_quote_regions(text)]


def _kind(entries: list[Entry]) -> str:
    return entries[0].kind if entries else ""


def collective_parties(token: Token) -> list[Actor]:
    """The two actors a collective phrase headed by ``token`` stands for when the actors component
    can tell them from one country's civil war ("the two warring sides" after "Sudan's army" and
    "the RSF" -> SDN MIL, SDN REB); empty otherwise (the events component's own split of "both
    sides" between two countries applies then)."""
    doc = token.doc
    if doc._.ew_actor_heads is None:
        return []
    return _resolver(doc).warring_pair(token)


def actor_for_token(token: Token) -> Actor | None:
    """The coded actor of the noun phrase headed by ``token`` (after ``eventwire_actors`` ran)."""
    doc = token.doc
    if _LATEST.get("doc") is not doc:
        if doc._.ew_actor_heads is None:
            return None
        _resolver(doc)
    heads, answers = _LATEST["heads"], _LATEST["answers"]
    if token.i in heads:
        return heads[token.i]
    if token.i not in answers:
        answers[token.i] = _LATEST["resolver"].actor_for_token(token)
    return answers[token.i]
