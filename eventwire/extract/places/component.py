"""``eventwire_places``: place mentions resolved to gazetteer entries, metonymy told apart.

Candidates are the model's GPE/LOC/FAC entities plus, more cautiously, proper-noun runs the model
labelled otherwise (the small model often calls a capital a PERSON): those must name a country, a
first-level region, a curated place or a town of at least ``LOOSE_MIN_POPULATION``.

A name used as an actor — the subject of a speech or action verb, the possessor of an actor or an
act ("Kyiv's forces", "Moscow's decision"), the agent of a passive, the object of "accuse"/"urge" —
is an actor, not a place, and is left out. Datelines ("KABUL (Reuters) -") are places but never an
event's location.

Resolution runs in two passes: the first collects the article's countries and regions (from
unambiguous names and from the actors), the second picks each name's entry with that context
(see ``disambiguation``), once per name, so the same name resolves the same way in an article.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

import eventwire.extract.extensions  # noqa: F401
from eventwire.extract.actors.dictionary import load_dictionary
from eventwire.extract.places.disambiguation import Context, best_entry
from eventwire.extract.places.gazetteer import Entry, fold, load_gazetteer
from eventwire.models import Entity, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOOSE_MIN_POPULATION = 100_000
LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "along", "within", "throughout",
                  "off", "through", "between", "beyond", "into", "onto"}
RANK = {"exact": 0, "admin1": 1, "region": 2, "country": 3}
NESTED_PREPS = LOCATIVE_PREPS | {"of", "from"}   # "on the outskirts of X", "across the border from X"
ADMIN_WORDS = {"region", "province", "oblast", "state", "governorate", "district", "county", "prefecture",
               "department", "territory", "krai", "emirate", "canton", "voivodeship"}
ACTOR_NOUNS = {"government", "forces", "force", "army", "military", "troops", "navy", "president", "leader",
               "leaders", "leadership", "minister", "ministry", "officials", "authorities", "regime", "police",
               "parliament", "embassy", "envoy", "ambassador", "delegation", "diplomats", "spokesman",
               "spokeswoman", "decision", "statement", "response", "position", "policy", "plan", "demand",
               "demands", "offer", "proposal", "refusal", "move", "threat", "warning", "accusation", "claim",
               "sanctions", "strike", "strikes", "attack", "attacks", "invasion", "ally", "allies", "backing"}
LITERAL_VERBS = {"be", "have", "lie", "border", "sit", "remain", "host", "experience", "suffer", "receive",
                 "record", "see", "face", "contain", "include", "stretch", "become"}
ACCUSE_VERBS = {"accuse", "urge", "blame", "criticize", "criticise", "condemn", "warn", "threaten", "call", "ask",
                "sanction", "praise", "thank", "support", "back", "join", "attack", "invade"}
STOP_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "police", "commerce", "vice", "center", "centre", "star", "king", "all", "law", "chamber", "valley",
    "university", "union", "independence", "liberty", "justice", "victoria", "hope", "unity", "progress",
    "mission", "republic", "federal", "national", "state", "city", "county", "reading", "bath", "split",
    "nice", "mobile", "orange", "president", "general", "colonel", "captain", "mayor", "governor", "senator",
    "paradise", "eden", "university park", "god", "christ", "jesus", "allah", "prophet", "islam",
}
SETTLEMENT_NOUNS = {"town", "city", "village", "district", "province", "region", "state", "port", "capital",
                    "island", "outskirts", "suburb", "area", "county", "governorate", "oblast"}
DATELINE_FOLLOWERS = {"(", "—", "–", "-", ":", "--"}
# Nouns of a stretch of a country's land or air that its possessor locates ("in Sudan's west", "on
# the capital's outskirts", "over Poland's airspace"): the possessor is the place. Not its coast,
# waters or border: what happens off a coast or near a border is often outside the country.
STRETCH_NOUNS = {"outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "airspace", "soil", "territory", "hinterland", "interior"}

if not Doc.has_extension("ew_place_at"):
    Doc.set_extension("ew_place_at", default=None)   # token index -> Place (mentions that can locate events)
if not Doc.has_extension("ew_datelines"):
    Doc.set_extension("ew_datelines", default=None)  # token indices of dateline places


@Language.factory("eventwire_places", assigns=["doc._.places"], default_config={})
def make_places_component(nlp: Language, name: str):
    return PlacesComponent()


@dataclass
class Mention:
    """One candidate place mention and what its surroundings say."""

    span: Span
    key: str
    loose: bool                  # not a GPE/LOC/FAC entity: accepted only for well-known places
    want_admin: bool = False
    within: Span | None = None   # "Springfield, Illinois": the containing place's span


class PlacesComponent:
    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        mentions = [m for m in self.mentions(doc)
                    if is_dateline(m.span) or not (is_metonymic(m.span) or _is_adjective(doc, m.span))]
        resolved = self.resolve(doc, mentions)
        datelines = {t.i for m in mentions if is_dateline(m.span) for t in m.span}
        places: list[Entity] = []
        place_at: dict[int, Place] = {}
        for mention in mentions:
            entry = resolved.get(mention.key)
            if entry is None:
                continue
            span = mention.span
            place = administered_place(span, entry.to_place())
            label = span.label_ if span.label_ in PLACE_LABELS else "GPE"
            places.append(Entity(text=span.text, label=label, start=span.start_char, end=span.end_char, place=place))
            for token in span:
                if token.i not in datelines:
                    place_at[token.i] = place
        doc._.places = places
        doc._.ew_place_at = place_at
        doc._.ew_datelines = datelines
        return doc

    # -- candidates ----------------------------------------------------------------------------
    def mentions(self, doc: Doc) -> list[Mention]:
        strict = [e for e in doc.ents if e.label_ in PLACE_LABELS]
        loose = [e for e in doc.ents if e.label_ not in PLACE_LABELS] + _proper_noun_runs(doc)
        spans = filter_spans([self.extended(_strip_the(s)) for s in strict + loose if len(s)])
        strict_keys = {(s.start, s.end) for s in (_strip_the(e) for e in strict)}
        found = []
        for span in spans:
            is_loose = (span.start, span.end) not in strict_keys
            if self.acceptable(span, is_loose):
                found.append(Mention(span, fold(span.text), is_loose and not _in_locative_phrase(span)))
        for mention in found:
            mention.want_admin = _wants_admin(mention.span)
            mention.within = _within_span(mention.span, found)
        return found

    def acceptable(self, span: Span, loose: bool) -> bool:
        """Whether ``span`` may be a place: known to the gazetteer, not a common word, not a stray code."""
        text = span.text.strip(" ,")
        key = fold(text)
        if not key or key in STOP_NAMES or not self.gazetteer.index.get(key):
            return False
        letters = text.replace(".", "")
        if letters.isupper() and len(letters) <= 4 and not self.gazetteer.is_curated(text):
            return False   # "NATO", "CNN", "TTC": codes, not place names
        if not starts_like_a_name(text):
            return False
        if loose:   # only an entry's own name counts here: "Levi" is not Lévis
            own = [e for e in self.gazetteer.entries_for(text) if e.curated or fold(e.name) == key]
            return _in_locative_phrase(span) or _well_known(own)
        return True

    def extended(self, span: Span) -> Span:
        """The span grown by one or two following words when the longer name is known ("Rafah crossing")."""
        doc = span.doc
        for extra in (2, 1):
            end = span.end + extra
            if end <= len(doc) and all(t.is_alpha for t in doc[span.end:end]):
                longer = doc[span.start:end]
                if fold(longer.text) in self.gazetteer.index:
                    return longer
        return span

    # -- resolution ----------------------------------------------------------------------------
    def resolve(self, doc: Doc, mentions: list[Mention]) -> dict[str, Entry]:
        """Each distinct name's entry, chosen with the article's context."""
        first = {m.key: best_entry(self.gazetteer.entries_for(m.span.text), Context(), m.span.text) for m in mentions}
        context = _article_context(doc, first.values())
        hints = _merged_hints(mentions, first)
        resolved: dict[str, Entry] = {}
        for key, (text, want_admin, within) in hints.items():
            local = Context(countries=context.countries, admin1=context.admin1, want_admin=want_admin,
                            within_country=within.country if within else None,
                            within_admin1=within.admin1 if within and within.feature == "admin1" else None)
            entry = best_entry(self.gazetteer.entries_for(text), local, text)
            if entry is not None:
                resolved[key] = entry
        strict_keys = {m.key for m in mentions if not m.loose}
        for key in [k for k, e in resolved.items() if k not in strict_keys and not _well_known([e])]:
            del resolved[key]
        return resolved


Hint = tuple[str, bool, "Entry | None"]   # name as written, asks for a region, containing place


def _merged_hints(mentions: list[Mention], first: dict[str, Entry | None]) -> dict[str, Hint]:
    """Per name: its text, whether any mention asks for a region, and any containing place named."""
    hints: dict[str, Hint] = {}
    for mention in mentions:
        text, want_admin, within = hints.get(mention.key, (mention.span.text, False, None))
        want_admin = want_admin or mention.want_admin
        if mention.within is not None and within is None:
            container = first.get(fold(mention.within.text))
            if container is not None and container.feature in ("country", "admin1"):
                within = container
        hints[mention.key] = (text, want_admin, within)
    return hints


def _article_context(doc: Doc, entries) -> Context:
    """Countries (actors, countries and regions named) and first-level regions the article talks about."""
    countries: Counter = Counter()
    admin1: set[str] = set()
    for mention in doc._.actor_mentions or []:
        if mention.actor and mention.actor.country:
            countries[mention.actor.country] += 1
    for entry in entries:
        if entry is None:
            continue
        if entry.feature in ("country", "admin1") and entry.country:
            countries[entry.country] += 1
        if entry.feature == "admin1" and entry.admin1:
            admin1.add(entry.admin1)
    return Context(countries=countries, admin1=admin1)


ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ed-", "es-")


# Participles by which a nationality names the state that runs a part of a divided region ("Pakistani-
# administered Kashmir", "Indian-administered Kashmir"), and the regions so divided between states.
# Occupied lands ("Russian-administered Zaporizhzhia", "Moroccan-administered Western Sahara") keep the
# gazetteer's country, as the gold codes them.
ADMINISTERING_PARTICIPLES = frozenset({"administered"})
DIVIDED_REGIONS = frozenset({"kashmir", "jammu and kashmir"})


def administered_place(span: Span, place: Place) -> Place:
    """``place`` in the country of the nationality that administers it, when the name is a divided
    region so introduced ("Pakistani-administered Kashmir" is in Pakistan, though the gazetteer's
    Kashmir is India's)."""
    start = span.start
    if start < 3 or span.doc[start - 1].lower_ not in ADMINISTERING_PARTICIPLES or span.doc[start - 2].text != "-":
        return place
    if fold(span.text) not in DIVIDED_REGIONS:
        return place
    entries = load_dictionary().names.get(span.doc[start - 3].text) or []
    country = next((e.country for e in entries if e.kind == "adjective" and e.country), None)
    if country is None or country == place.country:
        return place
    return place.model_copy(update={"country": country})


def starts_like_a_name(text: str) -> bool:
    """A capital first letter, or a lowercase Arabic article before one ("al-Fashaga", "el-Obeid")."""
    if text[:1].isupper():
        return True
    lowered = text.lower()
    for article in ARABIC_ARTICLES:
        if lowered.startswith(article):
            return text[len(article):len(article) + 1].isupper()
    return False


def _well_known(entries: list[Entry]) -> bool:
    return any(e.curated or e.feature in ("country", "admin1", "continent")
               or e.population >= LOOSE_MIN_POPULATION for e in entries)


def _in_locative_phrase(span: Span) -> bool:
    """'in Lalibela', 'the town of Lalibela': a place whatever label the model gave it."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_NOUNS


def _wants_admin(span: Span) -> bool:
    """'Kharkiv region', 'Idlib province', 'the province of Helmand'."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ADMIN_WORDS:
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ADMIN_WORDS:
        return True
    return False


def _within_span(span: Span, mentions: list[Mention]) -> Span | None:
    """The containing place named next: 'Springfield, Illinois', 'the Sahel region of Burkina Faso'."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        start = span.end + 1
    elif (span.end + 2 < len(doc) and doc[span.end].lower_ in ADMIN_WORDS
          and doc[span.end + 1].lower_ == "of"):
        start = span.end + 2
    else:
        return None
    start += int(start < len(doc) and doc[start].lower_ == "the")
    return next((other.span for other in mentions if other.span.start == start), None)


def _proper_noun_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns, joined across "of" ("Strait of Hormuz", "Sea of Japan")."""
    runs, start = [], None
    for token in doc:
        joins = (token.lower_ == "of" and start is not None and token.i + 1 < len(doc)
                 and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].text[:1].isupper())
        if joins or (token.pos_ == "PROPN" and token.text[:1].isupper()):
            start = token.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start: token.i])
            start = None
    if start is not None:
        runs.append(doc[start: len(doc)])
    return runs


def _strip_the(span: Span) -> Span:
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]
    return span


def is_metonymic(span: Span) -> bool:
    """True when the name stands for an actor (its government, its forces), not a location."""
    root: Token = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return head.lemma_ not in LITERAL_VERBS
    if root.dep_ == "poss":
        return head.lemma_.lower() in ACTOR_NOUNS
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in ACCUSE_VERBS


def is_dateline(span: Span) -> bool:
    """A dateline: the place that opens the article (or a paragraph) before '(Agency)' or a dash."""
    doc = span.doc
    starts_paragraph = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
    if not starts_paragraph:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and (after.text in DATELINE_FOLLOWERS or (span.text.isupper() and after.text == ","))


def _is_adjective(doc: Doc, span: Span) -> bool:
    names = doc._.ew_names or {}
    found = names.get(span.root.i)
    return bool(found) and all(e.kind == "adjective" for e in found[1])


def _place_in_phrase(prep: Token, place_at: dict[int, Place]) -> Place | None:
    """The place that a prepositional phrase names, looking through 'the border from', 'the outskirts of'."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        if pobj.i in place_at:
            return place_at[pobj.i]
        for child in pobj.children:
            if child.i in place_at and (child.dep_ in {"compound", "nmod", "amod", "appos"}
                                        or (child.dep_ == "poss" and pobj.lemma_.lower() in STRETCH_NOUNS)):
                return place_at[child.i]
        nested = _place_from_children(pobj, place_at, NESTED_PREPS)
        if nested:
            return nested
    return None


def _place_from_children(token: Token, place_at: dict[int, Place], preps: set[str]) -> Place | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            found = _place_in_phrase(child, place_at)
            if found:
                return found
    return None


def _object_place(token: Token, place_at: dict[int, Place]) -> Place | None:
    """A town or region as the trigger's direct object: "shelled Idlib", "seized the town of Rubaya".
    Countries as objects are targets ("invaded Ukraine"), not locations."""
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        found = place_at.get(child.i) or next((place_at[c.i] for c in child.children
                                               if c.dep_ == "compound" and c.i in place_at), None)
        found = found or _place_from_children(child, place_at, {"of"})
        if found is not None and found.feature != "country":
            return found
    return None


def _attached_places(token: Token, place_at: dict[int, Place]) -> list[Place]:
    """Every place in a locative phrase on the trigger (or on its object)."""
    found = []
    heads = [token] + [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                place = _place_in_phrase(child, place_at)
                if place is not None:
                    found.append(place)
    return found


def place_for_token(token: Token, place_at: dict[int, Place] | None = None) -> Place | None:
    """The place attached to ``token`` in the parse: the object of a locative preposition on it
    ("in", "near", "outside", "across the border from") or on its object, the most precise first
    ("near Gao in northern Mali" -> Gao); else a town or region as its direct object; else a
    locative phrase on the clause the trigger sits in. ``place_at`` is the doc's
    ``ew_place_at`` when the caller holds it already (read from the doc otherwise)."""
    if place_at is None:
        place_at = token.doc._.ew_place_at or {}
    if not place_at:
        return None
    found = _attached_places(token, place_at)
    if found:
        return min(found, key=lambda p: RANK.get(p.precision or "exact", 0))
    found_object = _object_place(token, place_at)
    if found_object is not None:
        return found_object
    for child in token.children:
        if child.dep_ == "npadvmod" and child.i in place_at:
            return place_at[child.i]
    if token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} and token.head.pos_ in {"VERB", "AUX"}:
        return _place_from_children(token.head, place_at, LOCATIVE_PREPS)
    return None


def place_for_sentence(sent: Span, place_at: dict[int, Place] | None = None) -> Place | None:
    """The sentence's place: the first one named after a locative preposition ("in", "near", ...);
    None when the sentence names places only as targets, origins or owners ("sanctions on Taiwan").
    ``place_at`` as for ``place_for_token``."""
    if place_at is None:
        place_at = sent.doc._.ew_place_at or {}
    for i in sorted(i for i in place_at if sent.start <= i < sent.end):   # the places, not every word
        token = sent.doc[i]
        head = token
        while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
            return place_at[token.i]
    return None
