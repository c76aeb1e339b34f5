"""Tests on personal names and titles, and the article's own title for a listed person.

Which words are given names or surnames rather than titles ("Larry King", "Mr. Justice"), which country
names are only part of a longer name ("Mark Cuban", "New Jersey", "the Persian Gulf"), and which role a
person's title in the text names (``titled_role``)."""
from __future__ import annotations

from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.constants import (ACRONYM_JOINERS, ADDRESS_TITLES, ADJECTIVE_HOMOGRAPHS, ETHNIC_WORDS,
    HONORIFICS, LANGUAGE_WORDS, NAMED_ARMED_HEADS, PLACE_NAME_PARTICLES, PLACE_PREFIXES, SUBDIVISION_WORDS, SYMPATHY_PREFIXES,
    WATER_BODY_WORDS)
from eventwire.extract.actors.dictionary import Entry, role_on


# How alike a word must be to a word of a listed person's name to be another spelling of it
# ("Dessalegn" for "Desalegn", "Wajed" for "Wazed", "Afeworki" for "Afwerki").
SAME_NAME_RATIO = 0.7


def is_given_name(token: Token, head: Token) -> bool:
    """Whether a proper noun right before a name's last word is that person's given name ("Rich"
    in "Rich Eisen"), not a town owning the phrase ("Kharkiv" in "Kharkiv Governor Oleh Synehubov")
    nor one naming an armed group ("the Jenin Brigade": a brigade is no person)."""
    return head.pos_ == "PROPN" and token.i == head.i - 1 and token.pos_ == "PROPN" and token.is_title \
        and head.is_title and token.ent_type_ not in ("GPE", "LOC") and head.lower_ not in NAMED_ARMED_HEADS


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
    return any(last != head.i and is_plain_given_name(doc[given], doc)
               for last, given in person_name_ends(doc).get(head.text, ()))


PERSON_NAME_ENDS_KEY = "ew_person_name_ends"   # doc.user_data: last word -> [[its index, the word before's], ...]


def person_name_ends(doc: Doc) -> dict[str, list[list[int]]]:
    """The last two words of every PERSON entity of two words or more, by the last word's text, as
    [last index, index of the word before] (a possessive "'s" the model keeps in the entity is no
    word: "Jaime King's"). Built once per document from the entities (which no later component
    changes) and kept in ``user_data``, instead of walking ``doc.ents`` for each title word asked."""
    ends = doc.user_data.get(PERSON_NAME_ENDS_KEY)
    if ends is None:
        ends = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = [t for t in ent if t.pos_ != "PART"]
            if len(words) >= 2:
                ends.setdefault(words[-1].text, []).append([words[-1].i, words[-2].i])
        doc.user_data[PERSON_NAME_ENDS_KEY] = ends
    return ends


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
                     or names_a_language(span) or names_a_language_community(span, doc)
                     or ends_a_particled_place(span, doc)
                     or ("capital" in kinds and begins_a_particled_place(span, doc))):
            for token in span:
                index.pop(token.i, None)
    for span in longer_organization_names(doc) + redefined_acronyms(doc):
        for token in span:
            index.pop(token.i, None)
    for span, entries in {id(v[0]): v for v in index.values()}.values():
        if entries and all(entry.kind == "person" and role_on(entry, doc._.published) is None
                           and begins_an_unlisted_name(span, doc, entry.name) for entry in entries):
            index.pop(span.start, None)   # (a person in office on the date keeps a name written in full)


def begins_an_unlisted_name(span: Span, doc: Doc, listed: str) -> bool:
    """Whether a listed person's one-word name is only the first word of someone else's ("Anwar" in
    "President Anwar Sadat", for Anwar Ibrahim): the person entity it stands in goes on with a
    capitalized proper noun that no dictionary name or term covers and that is not a spelling of a
    word of the listed full name ``listed`` ("Hailemariam Dessalegn", "Isaias Afeworki", "Sheikh
    Hasina Wajed" are the listed people)."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON" or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.ent_iob_ != "I" or after.pos_ != "PROPN" or not after.is_title or after.i in doc._.ew_names \
            or after.i in doc._.ew_sector_terms:
        return False
    own = [word.lower() for word in listed.replace("-", " ").split() if word.lower() != span[0].lower_]
    return not any(SequenceMatcher(None, after.lower_, word).ratio() >= SAME_NAME_RATIO for word in own)


def longer_organization_names(doc: Doc) -> list[Span]:
    """Listed organization names of several words that are only the tail of a longer unlisted name
    ("National Liberation Army", Colombia's ELN, in "the Ta'ang National Liberation Army"): the
    longer name is another body, so the listed one's code would be wrong. The word before must be an
    unlisted capitalized name word inside the phrase."""
    index = doc._.ew_names
    found = []
    for span, entries in {id(v[0]): v for v in index.values()}.values():
        if len(span) < 2 or not entries or {entry.kind for entry in entries} != {"organization"}:
            continue
        if span.start > 0 and extends_name_leftwards(doc[span.start - 1], span):
            found.append(span)
    return found


def extends_name_leftwards(before: Token, span: Span) -> bool:
    """Whether ``before`` is an unlisted capitalized proper noun attached inside ``span`` (a word of
    the same name), not a sentence's first word, a title or a listed name."""
    doc = span.doc
    return before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start \
        and before.i not in doc._.ew_names and before.i not in doc._.ew_sector_terms \
        and span.start <= before.head.i < span.end and before.ent_type_ not in ("PERSON",)


def redefined_acronyms(doc: Doc) -> list[Span]:
    """Every mention of a listed acronym that the article itself spells out as another, unlisted
    name ("the Coalition of Patriots for Change (CPC)" where "CPC" is listed for China's party):
    the text's own definition wins over the dictionary's everywhere in the article."""
    index = doc._.ew_names
    redefined: set[str] = set()
    for token in doc:
        found = index.get(token.i)
        if found is None or len(found[0]) != 1 or not token.is_upper or len(token) < 2:
            continue
        if token.i >= 1 and doc[token.i - 1].text == "(" and spelled_out_before(doc, token.i - 1, token.text):
            redefined.add(token.text)
    return [found[0] for found in index.values() if found[0].text in redefined]


def spelled_out_before(doc: Doc, paren: int, acronym: str) -> bool:
    """Whether the capitalized words right before a bracket have ``acronym`` as their initials and
    are no listed name (listed full names keep their acronym: "the Rapid Support Forces (RSF)")."""
    capitals = capitalized_run_before(doc, paren)
    if len(capitals) < 2:
        return False
    initials = "".join(word.text[0] for word in capitals).upper()
    if not initials.endswith(acronym.upper()) or len(initials) - len(acronym) > 1:
        return False
    index = doc._.ew_names
    full = index.get(capitals[-1].i)
    short = index.get(paren + 1)
    if full is not None and short is not None and full[0].start <= capitals[-len(acronym)].i:
        return not {e.name for e in full[1]} & {e.name for e in short[1]}   # the listed name's own acronym
    return True


def capitalized_run_before(doc: Doc, end: int) -> list[Token]:
    """The capitalized words of the name that ends right before token ``end`` ("Coalition",
    "Patriots", "Change" of "the Coalition of Patriots for Change"), joiners left out."""
    words: list[Token] = []
    i = end - 1
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in ACRONYM_JOINERS) and doc[i].text != "(":
        words.insert(0, doc[i])
        if doc[i].is_sent_start:
            break
        i -= 1
    while words and not words[0].text[:1].isupper():
        words.pop(0)
    return [word for word in words if word.text[:1].isupper() and (word.is_alpha or "'" in word.text)]


def spelled_out_name(doc: Doc, acronym: Token) -> Span | None:
    """The nearest earlier name in the article whose capitalized words have ``acronym``'s letters
    as their initials ("the Ta'ang National Liberation Army" for a later "the TNLA"); the name
    may start with a capitalized "The" that is not one of the letters."""
    letters = acronym.text.upper()
    for end in range(acronym.i, 0, -1):
        if not doc[end - 1].text[:1].isupper():
            continue
        capitals = capitalized_run_before(doc, end)
        while capitals and capitals[0].lower_ == "the":
            capitals.pop(0)
        for first in range(len(capitals)):
            words = capitals[first:]
            if len(words) == len(letters) and "".join(w.text[0] for w in words).upper() == letters:
                return doc[words[0].i: words[-1].i + 1]
    return None


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


def ends_a_particled_place(span: Span, doc: Doc) -> bool:
    """ "Mocimboa da Praia" (a Mozambican town, not Cape Verde's capital), "Santiago de Cuba": a
    country or capital name after a lowercase name particle that follows a capitalized proper
    noun no dictionary entry covers ends a longer place's name; the gazetteer places that one."""
    if span.start < 2:
        return False
    particle, before = doc[span.start - 1], doc[span.start - 2]
    return particle.text in PLACE_NAME_PARTICLES and before.pos_ == "PROPN" and before.is_title \
        and before.i not in doc._.ew_names and before.i not in doc._.ew_sector_terms


def begins_a_particled_place(span: Span, doc: Doc) -> bool:
    """ "Santiago de Cuba", "Santiago de Compostela": a capital's name followed by a lowercase name
    particle and a capitalized word begins a longer place's name, not the capital."""
    if span.end + 1 >= len(doc):
        return False
    particle, after = doc[span.end], doc[span.end + 1]
    return particle.text in PLACE_NAME_PARTICLES and after.pos_ == "PROPN" and after.is_title


def names_a_language_community(span: Span, doc: Doc) -> bool:
    """ "Russian-speaking residents", "English-speaking regions", "Russian speakers", "an
    Arabic-language broadcaster": a nationality word before "speaking", "speaker(s)" or "language"
    names the language people speak or write in, not the state whose people they are."""
    after = [t.lower_ for t in doc[span.end: span.end + 2]]
    if after[:1] == ["-"]:
        after = after[1:]
    return after[:1] in (["speaking"], ["speaker"], ["speakers"], ["language"])


def is_language_speaker(head: Token) -> bool:
    """ "Russian speakers", "native Arabic speakers": people who speak a language, not a speaker
    of parliament (the title "speaker" names the office only without a language before it)."""
    if head.lemma_.lower() != "speaker" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return before.lower_ in LANGUAGE_WORDS or before.lower_ == "native"


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
        if entity.start == span.start:   # "Israel Katz", "Aden Duale": a country's or a capital's name as a given name
            return kind in ("country", "capital") and span.end == entity.end - 1 and doc[span.end].pos_ == "PROPN"
        return doc[span.start - 1].pos_ == "PROPN"
    return entity.start < span.start and entity.end == span.end and doc[span.start - 1].lower_ in PLACE_PREFIXES


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


def is_adjective_homograph(token: Token) -> bool:
    """Whether a sector word is read here as the adjective it is spelled like ("firm" in
    "would be met with a firm response", "a firm and swift reply")."""
    if token.lower_ not in ADJECTIVE_HOMOGRAPHS:
        return False
    return token.pos_ == "ADJ" or token.tag_ in ("JJ", "JJR", "JJS") or token.dep_ in ("amod", "acomp")
