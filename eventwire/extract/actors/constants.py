"""Word lists, thresholds and ``doc.user_data`` keys shared by the actor resolution modules.

Each set is documented where it is defined; the modules that read them import them from here."""
from __future__ import annotations

import re


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
# Collective nouns that stand for the people of their "of" phrase ("a group of army officers", "a
# handful of Chinese engineers"); quantity words ("dozens of protesters") leave the phrase to its people.
COUNTING_NOUNS = {"group", "groups", "band", "team", "handful", "batch", "contingent"}
# Quantifiers of a partitive apposition that describes a group: "40 people, most of them residents of
# Riga", "killing 12 people, many of them Syrian refugees".
PARTITIVE_WORDS = {"most", "many", "some", "all", "half", "several", "both", "none", "one", "two", "three", "four"}
# Particles that join the words of a Romance-language place name ("Mocimboa da Praia", "Santiago de
# Cuba", "Vila Nova de Gaia"): a country or capital name after one ends a longer place's name.
PLACE_NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "di", "du", "des"}
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
# ... or, short of that share, one named at least FOCUS_LEAD times as often as any other and at least
# FOCUS_LEAD_MIN times (Kuwait four times among Saudi Arabia, the UAE, Bahrain and two US mentions).
FOCUS_LEAD = 2
FOCUS_LEAD_MIN = 4
# Countries whose mentions say nothing about where a story happens: the Holy See's pope travels.
STORYLESS_COUNTRIES = {"VAT"}
# Sectors whose named bodies say nothing about where a story happens: outlets report from anywhere,
# and companies work abroad ("soldiers seized the offices of Orano's subsidiary" in Niger are not French).
STORYLESS_SECTORS = frozenset({"MED", "BUS"})
# Countries with no regular army of their own: a bare "army", "troops" or "soldiers" never takes
# one of them from the context (the armed groups named there are REB, their police COP).
ARMYLESS_COUNTRIES = {"PSE"}
FOCUS_DOMINANCE = 2   # private people take the focus only when it leads the next country this much
GENERIC_HOME_SHARE = 1 / 3   # a name many countries use keeps its listed country when the
GENERIC_HOME_MENTIONS = 3     # article names that country this often (see is_common_home)
DATELINE_WEIGHT = 2
# Each country the headline names counts this many mentions toward the article's own country.
TITLE_WEIGHT = 1
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
# Sectors of a named organisation a group noun it modifies stands for ("the JNIM group", "the Hamas
# movement", "the OPEC bloc"); a state ("the China group") is none.
NAMED_GROUP_SECTORS = frozenset({"REB", "SEP", "IGO", "PTY", "OPP", "CRM", "NGO", "INS"})
GROUP_ANAPHORS = {"bloc": "IGO", "alliance": "IGO", "agency": "IGO", "organisation": "IGO", "organization": "IGO",
                  "group": "REB", "militia": "REB", "movement": "REB",
                  "company": "BUS", "firm": "BUS"}   # "US sanctions on the firm" after "oil company NIS"
# Verbs of violence done to people: the doer's nationality says nothing of the victims'.
HARMING_VERBS = {"kill", "wound", "injure", "shoot", "shell", "bomb", "attack", "massacre", "abduct", "kidnap",
                 "execute", "slaughter", "murder", "target"}
# Verbs whose object or passive subject is the victim of an attack at the clause's place.
VICTIM_VERBS = HARMING_VERBS | {"ambush", "strike", "hit", "raid", "overrun", "storm", "bombard", "besiege"}
# Nouns naming a settlement, placed by their adjective or "of" name ("the Burkinabe town of Djibo").
SETTLEMENT_NOUNS = {"town", "city", "village", "district", "region", "province", "county", "area", "locality",
                    "territory", "governorate", "prefecture", "municipality"}
# Prepositions that tie local people to a place next to them ("families near Doka", "villagers around Kassala").
NEAR_PREPOSITIONS = {"near", "around", "outside", "inside"}
# Prepositions that tie local people to the place they are in ("killed 45 people across Gaza").
LOCAL_PREPOSITIONS = NEAR_PREPOSITIONS | {"across", "throughout"}
# Prepositions of a place where something is or happens ("in central Tallinn"), not where a word comes
# from ("demands from Moscow"): unowned police keep order at the last such place (context.is_site).
SITE_PREPOSITIONS = NEAR_PREPOSITIONS | {"in", "at", "across"}
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
# Sectors that act only within their own country's reach (police, courts).
DOMESTIC_SECTORS = {"COP", "JUD"}
# A country's own political bodies, who take the country of a named person of its government they are
# listed with (context.named_partner_country); not police or citizens ("met Biden and police officers
# bound for Haiti").
PARTNERED_SECTORS = {"OPP", "PTY", "LEG", "JUD"}
PARTNERS_ASKED_KEY = "ew_partners_asked"   # doc.user_data: phrases whose named partner is being resolved
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
# Verbs that move forces to a state of readiness with an "on" phrase ("put the armed forces on
# alert", "placed the army on standby"): the forces are the mover's own too.
READYING_VERBS = {"put", "place"}
READINESS_NOUNS = {"alert", "standby", "readiness", "footing"}
# Verbs by which a state commands forces to act ("Katz ordered troops to remain in the camps"): with
# a clause of what they are to do, the forces are the commander's own.
COMMANDING_VERBS = {"order", "command", "instruct", "direct"}
# Head words that make an unlisted name an armed group ("the Qwara People's Front").
ARMED_GROUP_HEADS = {"front", "brigade", "brigades", "militia", "movement", "resistance", "mujahideen", "battalion",
                     "battalions", "legion", "vanguard"}
# Heads that end an unknown armed group's name when proper words precede them ("the Qwara People's
# Front", "the Kachin Independence Army"): the sector words among them ("army", "forces") count only there.
NAMED_ARMED_HEADS = ARMED_GROUP_HEADS | {"army", "forces", "liberation", "brigades"}
# A name holding one of these and one of LABOUR_NAME_WORDS is a workers' body (bodies.labour_union_name):
# "the National Union of Mineworkers", "the Zimbabwe Congress of Trade Unions".
UNION_NAME_HEADS = {"union", "unions", "federation", "confederation", "congress", "association", "syndicate"}
PARTY_WORDS = {"party", "parties"}
LABOUR_NAME_WORDS = {"workers", "worker", "trades", "mineworkers", "miners", "teachers", "employees", "labour", "labor",
                     "trade", "metalworkers", "dockworkers", "dockers", "nurses", "unionists"}
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
# Sectors of the state's own bodies.
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Staff words between a listed organization and a person's name ("FBI Director Louis Freeh").
STAFF_NOUNS = OFFICER_NOUNS | {"agent", "official", "officer", "investigator", "spokesman", "spokeswoman",
                               "spokesperson", "aide", "adviser", "advisor", "analyst", "deputy"}
# People and property nouns that belong to the organization whose name modifies them ("UN staff",
# "two UN vehicles", "a World Food Programme convoy"), when they have no sector of their own.
ORGANIZATION_BELONGINGS = {"staff", "staffer", "staffers", "employee", "employees", "worker", "workers", "personnel",
                           "member", "members", "vehicle", "vehicles", "truck", "trucks", "convoy", "convoys",
                           "car", "cars", "plane", "planes", "aircraft", "helicopter", "helicopters", "compound",
                           "compounds", "office", "offices", "premises", "warehouse", "warehouses", "facility",
                           "facilities", "base", "bases", "ship", "ships", "boat", "boats", "team", "teams",
                           "mission", "missions"}   # "the UN mission in South Sudan urged ..."
# Nouns of a military campaign whose "against" phrase names the side fought ("an offensive against
# separatists").
CAMPAIGN_NOUNS = {"offensive", "operation", "operations", "campaign", "crackdown", "assault", "attack", "attacks",
                  "war", "fight", "push", "drive", "strikes", "raids"}
# Verbs whose object is the side fought or dealt with.
FIGHTING_VERBS = {"fight", "battle", "attack", "kill", "strike", "hit", "bomb", "shell", "ambush", "rout", "repel",
                  "pursue", "clash", "engage", "defeat", "target", "wound", "capture", "raid", "besiege"}
# Sector words that are also common adjectives ("a firm response", "firm support"): read as an
# adjective, they name no business.
ADJECTIVE_HOMOGRAPHS = {"firm"}
# People a state holds, and the verbs by which a state disposes of them: "Ortega's government expelled
# 222 political prisoners to the United States" -> the prisoners are Nicaragua's.
PRISONER_NOUNS = {"prisoner", "detainee", "inmate", "convict", "dissident", "critic"}
STATE_DISPOSAL_VERBS = {"expel", "free", "release", "deport", "pardon", "exile", "jail", "imprison", "hold", "execute",
                        "sentence", "strip", "banish", "amnesty", "transfer"}
# The last word of a force's name used as a modifier ("coast guard personnel", "navy sailors").
FORCE_WORDS = {"guard", "coastguard", "navy", "army", "police", "gendarmerie", "militia", "marines"}
FORCE_REACH = 400   # tokens back to look for the force's earlier mention
# Verbs by which a state moves its own forces: "North Korea has sent about 1,500 troops to Russia".
SENDING_VERBS = {"send", "deploy", "dispatch", "station", "withdraw", "pull", "recall", "mobilize", "mobilise",
                 "contribute", "commit", "airlift"}
# Verbs whose direct object "it" is a party, not a thing: "accusing it of hostile acts".
ACTOR_OBJECT_VERBS = {"accuse", "blame", "urge", "warn", "thank", "invite", "press", "ask"}
# Modifiers that keep a listed phrase from sharing the nationality of the one before it ("Russian
# troops and local police").
UNSHARED_QUALIFIERS = {"local", "foreign", "international", "other", "their", "its", "his", "her", "own"}
# Definite nouns that refer back to a region named before ("the region's ethnic Armenian forces").
REGION_ANAPHORS = {"region", "enclave", "territory", "province", "breakaway"}
# Modifiers of a phrase that secedes from the state a named region belongs to.
SEPARATIST_WORDS = {"separatist", "separatists", "breakaway", "secessionist"}
# Sector words that name people, not a body an officer can head.
PEOPLE_SECTORS = {"CVL", "REF"}
# Verbs whose object is harmed or held by their subject: its victims are not the subject's people.
ABUSING_VERBS = HARMING_VERBS | {"beat", "detain", "arrest", "seize", "capture", "hold", "torture", "assault",
                                 "rob", "hijack", "take", "injure", "hurt", "rape"}
# Verbs done against their object: a possessive in the object ("the junta expelled its ambassador",
# "drones had killed six of their fighters") is not the doer's ("hold" and "take" are too broad).
HOSTILE_VERBS = (VICTIM_VERBS | ABUSING_VERBS | {"expel", "oust", "invade", "occupy", "behead"}) - {"hold", "take"}
# People held by a side, and the verbs that name who holds them ("Hamas freed 105 hostages").
CAPTIVE_NOUNS = {"hostage", "captive", "abductee"}
HOLDING_VERBS = {"free", "release", "hold", "seize", "take", "capture", "abduct", "kidnap", "exchange", "swap",
                 "hand", "keep"}
# Verbs of arrest: who is arrested at a place is of that place ("arrested 30 militants in Hebron").
ARREST_VERBS = {"arrest", "detain", "apprehend"}
# Verbs of taking people into custody, beside ARREST_VERBS: "rounded up", "raided", "searched".
CUSTODY_VERBS = ARREST_VERBS | {"round", "raid", "search", "handcuff", "disperse"}
# What only police fire or use at a crowd: "officers fired tear gas", "used water cannon".
CROWD_CONTROL_NOUNS = frozenset({"gas", "cannon", "baton", "batons", "truncheon", "truncheons"})
# Words for officers of any service: police when they arrest (``clauses.is_arresting``).
OFFICER_WORDS = frozenset({"officer", "officers"})
# Words for followers: civilians (sectors.yaml) unless the phrase names whose followers they are.
FOLLOWER_WORDS = frozenset({"supporter", "supporters"})
# Crew nouns (sectors.yaml lists them as CVL) and the service words that make a crew military.
CREW_NOUNS = {"crew", "crews", "crewmen", "crewmembers", "sailors", "sailor", "seamen", "seafarers", "seafarer",
              "mariners"}
# Visitors: people who are, by the word itself, not from the place the story is about.
VISITOR_NOUNS = {"tourist", "tourists"}
NAVAL_CREW_NOUNS = {"sailor", "sailors"}   # a navy's men first: military when a military reports them
SERVICE_WORDS = {"naval", "navy", "military", "army", "warship", "coastguard"}
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*)\s*(?:,|\(|—|–|-|_\s*\n)")
ENV_EXTRA_FILES = "EVENTWIRE_ACTORS"
# doc.user_data key: token indexes of collective phrases ("both sides") left unresolved.
COLLECTIVES_KEY = "ew_collectives"
# doc.user_data key: (doc length, [[start char, end char], ...]) of the quotations in the text.
QUOTATIONS_KEY = "ew_quotations"
# Lowercase words inside an organization's spelled-out name ("Coalition of Patriots for Change").
ACRONYM_JOINERS = {"of", "for", "and", "the", "de", "del", "des", "du", "la", "le", "&", "'s", "-"}
# ``doc.user_data`` key: acronyms being resolved now, against a loop through their own name.
ACRONYMS_OPEN_KEY = "ew_acronyms_open"
# Unowned bodies that "international" makes global IGOs (see ``is_international_body``).
INTERNATIONAL_BODY_NOUNS = {"court", "tribunal", "panel", "commission", "inquiry", "arbitrator", "arbitration"}
INTERNATIONAL_WORDS = {"international", "intergovernmental"}
# Prepositions that make "the northwest of X" under them a place where something happened.
SCENE_PREPOSITIONS = {"in", "at", "across", "near", "throughout", "inside"}

# Units of an armed body, owned by the possessive before them ("Islamic Jihad's armed wing",
# "Hezbollah's elite Radwan force"): a member "of" one is the owner's.
UNIT_NOUNS = frozenset({"wing", "force", "forces", "unit", "units", "brigade", "brigades", "battalion", "branch",
                        "faction", "arm", "division", "cell", "command"})

# Names of bodies states have of their own as well as the UN ("Armenia's Security Council secretary").
STATE_BODY_NAMES = frozenset({"security council", "national security council"})
