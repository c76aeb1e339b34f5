"""Places and the article's country: the gazetteer, the dateline, the country mentions and the focus.

A country or capital used as a place ("flew to Tehran") is no actor; a place naming an agreement or a
border is no clue to the story's country. ``focus_country`` picks the article's own country from the
positions ``country_positions`` finds; ``city_country`` asks the places component's gazetteer."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.clauses import names_a_sponsor, names_an_opponent
from eventwire.extract.actors.constants import (DATELINE, DATELINE_WEIGHT, FOCUS_LEAD, FOCUS_LEAD_MIN, FOCUS_SHARE, INNER_DEPS,
    MOTION_VERBS, NAME_ORDER, PLACE_PREPOSITIONS, STORYLESS_COUNTRIES, STORYLESS_SECTORS, TITLE_WEIGHT)
from eventwire.extract.actors.dictionary import ActorDictionary, Entry, standing_on
from eventwire.extract.actors.names import is_ethnic_label
from eventwire.extract.extensions import doc_text


def is_town_word(token: Token, doc: Doc) -> bool:
    """A place name modifying a phrase ("New York police", "the Gedaref state health ministry"): a
    GPE/LOC entity, or a capitalized proper noun the model labelled otherwise that is no dictionary
    name (the gazetteer then decides whether it points to one country)."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    return token.pos_ == "PROPN" and token.is_title and token.i not in doc._.ew_names \
        and token.i not in doc._.ew_sector_terms \
        and token.ent_type_ in ("ORG", "FAC", "PRODUCT", "")   # "Police" ends a title, not the Polish town


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
    dash = DATELINE_DASH.search(doc_text(doc), match.end(1), match.end(1) + DATELINE_REACH)
    if dash is None and not countries:
        return 0, None   # "ECOWAS, which Niger quit, urged ...": an acronym opening a sentence, no place
    end = dash.end() if dash else match.end(1)
    return end, (countries.pop() if len(countries) == 1 else None)


# How far after the dateline's place its closing dash may stand: "BUEA, Cameroon, Sept 5 (Central
# Africa Newswire) -" holds place, date and agency.
DATELINE_REACH = 60
# The dash that closes a dateline: an em or en dash, or a hyphen (or two) standing between spaces
# ("MAE SOT, Thailand (AP) - Myanmar ..."), not one inside a word ("Al-Khulaifi").
DATELINE_DASH = re.compile(r"—|–|(?<=\s)-{1,2}(?=\s)")


def country_positions(doc: Doc, dictionary: ActorDictionary, dateline_end: int) -> list[tuple[int, str]]:
    """(token index, ISO3) for every name that carries one country, in text order."""
    published = doc._.published
    out = []
    for span, entries in {id(v[0]): v for v in doc._.ew_names.values()}.values():
        if span.start_char < dateline_end or not entries:
            continue
        country = name_country(entries, published)
        if country and not names_a_border(span) and not names_a_venue(span) and not names_an_opponent(span[-1]) \
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


def name_country(entries: list, published: str | None) -> str | None:
    """The one country a matched name tells a story is about: its entry's (a person's by the office
    held on ``published``, or his last or next one); None for media, generic bodies ("told AFP",
    "Congress") and groups active in several countries (JNIM), the Holy See (the Pope travels) and
    regional codes."""
    entry = min(entries, key=lambda e: NAME_ORDER.get(e.kind, 9))
    if entry.sector in STORYLESS_SECTORS or entry.generic or entry.operates:
        return None   # a group active in several countries tells no one country's story
    country = entry.country
    if entry.kind == "person":
        role = standing_on(entry, published)   # a former office-holder still tells his country's story
        country = role[0] if role else None
    if not country or len(country) != 3 or country in REGIONAL_CODES or country in STORYLESS_COUNTRIES:
        return None
    return country


def title_countries(matches: list[tuple[Span, list[Entry]]], published: str | None) -> tuple[str, ...]:
    """The countries the headline's matched names (``ActorsComponent.name_matches``) name, each once, in order."""
    found: list[str] = []
    for _, entries in matches:
        country = name_country(entries, published) if entries else None
        if country and country not in found:
            found.append(country)
    return tuple(found)


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
    when the name points to one country clearly enough; None when it is unknown or ambiguous, and
    for a word written without a capital ("at dawn", "to the capital"): the gazetteer's names match
    whatever the case, and a common noun that happens to name some village ("Dawn") is no place."""
    from eventwire.extract.places.gazetteer import load_gazetteer

    if not any(ch.isupper() for ch in name):
        return None
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


def possessive_place_name(token: Token) -> str | None:
    """A known town whose name holds a possessive ("Cox's Bazar"), read from its last word; None when
    the word has no such name (the small model tags "Cox's Bazar" as an organisation)."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in ("'s", "’s") or doc[token.i - 2].pos_ != "PROPN":
        return None
    name = f"{doc[token.i - 2].text}'s {token.text}"
    return name if city_country(name) else None


def place_name(token: Token) -> str:
    """The whole place name a token belongs to ("New York" for "York", "Cox's Bazar" for "Bazar"),
    else the token's text."""
    possessed = possessive_place_name(token)
    if possessed is not None:
        return possessed
    if token.ent_type_ not in ("GPE", "LOC"):
        return token.text
    return entity_around(token).text


def entity_around(token: Token) -> Span:
    """The named entity ``token`` is part of (the token alone outside one)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


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


# CAMEO's regional codes. Its "CAF" (Central Africa) is left out: ISO 3166's CAF is the Central African
# Republic, the only meaning our data gives it, and a country code must never be read as a region.
REGIONAL_CODES = {"EUR", "AFR", "ASA", "MEA", "WST", "LAM", "NAF", "SAF", "WAF", "EAF", "SAM", "CAS", "SEA",
                  "SAS", "EEU", "BLK", "CRB", "NMR", "PGS", "SCN", "CAU", "BFR", "NTH", "MDT", "BLT", "WEU"}


BORDER_NOUNS = {"border", "borders", "frontier", "boundary", "territory", "soil", "side", "airspace", "waters", "coast"}


def names_a_border(span: Span) -> bool:
    """ "the Sudanese border", "Sudan's territory": the country is the other side, not the story's own."""
    root = span.root
    return root.dep_ in INNER_DEPS and root.head.lower_ in BORDER_NOUNS


# Local sites named after their town ("Kassala hospital", "the Gao market").
SITE_NOUNS = {"hospital", "clinic", "market", "camp", "airport", "port", "school", "university", "prison", "mosque",
              "church", "station"}
VENUE_NOUNS = {"agreement", "accord", "accords", "deal", "process", "talks", "declaration", "format", "protocol", "statute",
               "charter", "principles", "memorandum",
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


def focus_country(positions: list[tuple[int, str]], dateline: str | None, title: tuple[str, ...] = ()) -> str | None:
    """The article's own country: one that holds at least half of the country mentions and more
    than any other, or that is named at least ``FOCUS_LEAD_MIN`` times and ``FOCUS_LEAD`` times as
    often as the next (the dateline counts double, each country the headline names ``TITLE_WEIGHT``
    mentions)."""
    counts = Counter(country for _, country in positions)
    if dateline:
        counts[dateline] += DATELINE_WEIGHT
    for country in title:
        counts[country] += TITLE_WEIGHT
    if not counts:
        return None
    ranked = counts.most_common(2)
    country, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == n:
        return None
    if n / sum(counts.values()) >= FOCUS_SHARE:
        return country
    return country if n >= FOCUS_LEAD_MIN and n >= FOCUS_LEAD * ranked[1][1] else None
