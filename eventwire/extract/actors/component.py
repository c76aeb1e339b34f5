"""``eventwire_actors``: every noun phrase that names an actor, resolved to a coded actor.

A phrase's actor is composed from its parts: the country comes from a name, adjective,
capital or organization in the phrase (``Pakistani troops``, ``Armenia's defence ministry``,
``the junta's soldiers``), from a possessive pronoun's antecedent (``its soldiers``) or from an
``of``/``for`` complement; the sector comes from the head noun or title (``troops`` -> MIL,
``defence minister`` -> GOV), from an organization's entry or a person's dated role.
Pronouns take the nearest compatible actor before them. What cannot be resolved keeps its text
and a null country — never a guess that looks certain.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

import eventwire.extract.extensions  # noqa: F401  (registers Doc extensions)
from eventwire.extract.actors.dictionary import ActorDictionary, Entry, active_on, load_dictionary, role_on
from eventwire.models import Actor, Entity

SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "PTY": "party",
    "COP": "police", "JUD": "judiciary", "SPY": "intelligence", "IGO": "organization",
    "MED": "media", "EDU": "academia", "BUS": "business", "CVL": "civilians", "REF": "refugees",
    "LEG": "legislature", "ELI": "elites", "HLH": "health", "LAB": "labour", "JRN": "journalists",
}
LABEL_BY_KIND = {"country": "GPE", "capital": "GPE", "adjective": "NORP", "organization": "ORG", "person": "PERSON"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
# "the government", "government troops": the article's own country when one clearly dominates.
LOCAL_MARKERS = {"government", "state", "national", "federal", "the country", "regime", "authorities"}
# A country must hold this share of country mentions to count as the article's own country.
FOCUS_SHARE = 0.6
NP_MODIFIERS = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "flat", "appos"}

if not Doc.has_extension("ew_actor_heads"):
    Doc.set_extension("ew_actor_heads", default=None)   # token index -> Actor
if not Doc.has_extension("ew_names"):
    Doc.set_extension("ew_names", default=None)         # token index -> (Span, list[Entry])
if not Doc.has_extension("ew_person_aliases"):
    Doc.set_extension("ew_person_aliases", default=None)  # surname -> Actor, within one doc
if not Doc.has_extension("ew_sector_terms"):
    Doc.set_extension("ew_sector_terms", default=None)  # end token index -> (Span, sector)


@dataclass
class _Resolver:
    doc: Doc
    dictionary: ActorDictionary
    focus: str | None

    # -- names --------------------------------------------------------------------------
    def entries_at(self, token: Token) -> tuple[Span, list[Entry]] | None:
        return self.doc._.ew_names.get(token.i)

    def actor_from_entry(self, entry: Entry, text: str) -> Actor | None:
        published = self.doc._.published
        if entry.kind == "person":
            role = role_on(entry, published)
            if role is None:
                return None
            country, sector = role[0], role[1]
            return make_actor(entry.name, text, country, sector)
        if entry.kind == "organization":
            if not active_on(entry, published):
                return None
            return make_actor(entry.name, text, entry.country, entry.sector, entry.code)
        sector = entry.sector if entry.kind == "capital" else None
        return make_actor(self.dictionary.country_names.get(entry.country, entry.name), text, entry.country, sector)

    def best_entry(self, entries: list[Entry]) -> Entry:
        order = {"organization": 0, "person": 1, "country": 2, "capital": 3, "adjective": 4}
        published = self.doc._.published
        usable = [e for e in entries if e.kind != "person" or role_on(e, published)] or entries
        return min(usable, key=lambda e: order.get(e.kind, 9))

    # -- phrases ------------------------------------------------------------------------
    def np_tokens(self, head: Token) -> list[Token]:
        """The head and its left-side modifiers (the noun phrase up to its head)."""
        out = [head]
        for child in head.lefts:
            if child.dep_ in NP_MODIFIERS:
                out.extend(t for t in child.subtree)
        return sorted(out, key=lambda t: t.i)

    def sector_of(self, head: Token) -> str | None:
        hit = self.doc._.ew_sector_terms.get(head.i)
        if hit:
            return hit[1]
        lemma = head.lemma_.lower()
        return self.dictionary.sector_terms.get(lemma) or self.dictionary.titles.get(lemma)

    def country_from_modifiers(self, head: Token, tokens: list[Token]) -> Actor | None:
        for token in tokens:
            if token.i == head.i:
                continue
            found = self.entries_at(token)
            if found:
                actor = self.actor_from_entry(self.best_entry(found[1]), found[0].text)
                if actor and actor.country:
                    return actor
            if token.dep_ == "poss" and token.pos_ == "PRON":
                antecedent = self.antecedent(token)
                if antecedent and antecedent.country:
                    return antecedent
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "from"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actor = self.actor_for_token(pobj)
                        if actor and actor.country:
                            return actor
        return None

    def local_country(self, tokens: list[Token]) -> str | None:
        words = {t.lower_ for t in tokens}
        if self.focus and words & LOCAL_MARKERS:
            return self.focus
        return None

    def actor_for_token(self, head: Token) -> Actor | None:
        cached = self.doc._.ew_actor_heads.get(head.i)
        if cached is not None:
            return cached
        if head.pos_ == "PRON":
            return self.antecedent(head)
        tokens = self.np_tokens(head)
        text = self.doc.text[tokens[0].idx: head.idx + len(head.text)]
        found = self.entries_at(head)
        sector = self.sector_of(head)
        if found:
            entry = self.best_entry(found[1])
            actor = self.actor_from_entry(entry, text)
            if actor is None:
                return None
            if entry.kind in ("country", "adjective", "capital") and sector is None:
                return actor
            if actor.country or entry.kind != "person":
                return actor
        if sector is None:
            return self.titled_person(head, tokens, text)
        owner = self.country_from_modifiers(head, tokens)
        country = owner.country if owner else self.local_country(tokens)
        if owner and owner.sector == "IGO":
            return make_actor(owner.name, text, owner.country, "IGO", owner.code)
        name = self.dictionary.country_names.get(country, country) if country else ""
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}".strip(), text, country, sector)

    def titled_person(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """A name with a title: "Egyptian Foreign Minister Karim Saadeldin", "Karim Saadeldin,
        Egypt's foreign minister"; later mentions of the surname resolve to the same actor."""
        if head.pos_ != "PROPN":
            return None
        aliases = self.doc._.ew_person_aliases
        if head.text in aliases and not any(self.doc._.ew_sector_terms.get(t.i) for t in tokens):
            return aliases[head.text].model_copy(update={"text": text})
        titled = [t for t in tokens if t.i != head.i and t.i in self.doc._.ew_sector_terms]
        appositions = [c for c in head.rights if c.dep_ == "appos"]
        actor = None
        if titled:
            sector = self.doc._.ew_sector_terms[titled[-1].i][1]
            owner = self.country_from_modifiers(head, tokens)
            country = owner.country if owner else None
            name = f"{self.dictionary.country_names.get(country, country) or ''} {SECTOR_LABELS.get(sector, sector.lower())}"
            actor = make_actor(name.strip(), text, country, sector)
        else:
            for appos in appositions:
                actor = self.actor_for_token(appos)
                if actor:
                    actor = actor.model_copy(update={"text": text})
                    break
        if actor is not None:
            aliases[head.text] = actor
        return actor

    def antecedent(self, pronoun: Token) -> Actor | None:
        word = pronoun.lower_
        if word in PERSON_PRONOUNS:
            want = "person"
        elif word in THING_PRONOUNS:
            want = "thing"
        elif word in PLURAL_PRONOUNS:
            want = "any"
        else:
            return None
        first_sent = max(0, pronoun.sent.start - 200)
        for i in range(pronoun.i - 1, first_sent - 1, -1):
            actor = self.doc._.ew_actor_heads.get(i)
            if actor is None:
                continue
            is_person = self.is_person(self.doc[i])
            if want == "any" or (want == "person") == is_person:
                return actor.model_copy(update={"text": pronoun.text})
        return None

    def is_person(self, token: Token) -> bool:
        found = self.entries_at(token)
        if found and self.best_entry(found[1]).kind == "person":
            return True
        lemma = token.lemma_.lower()
        hit = self.doc._.ew_sector_terms.get(token.i)
        term = hit[0].text.lower() if hit else lemma
        return term in self.dictionary.titles or lemma in self.dictionary.titles or token.ent_type_ == "PERSON"


def make_actor(name: str, text: str, country: str | None, sector: str | None, code: str | None = None) -> Actor:
    code = code or ((country or "") + (sector or "")) or None
    return Actor(name=name, text=text, country=country, sector=sector, code=code)


def _resolver(doc: Doc) -> _Resolver:
    return _Resolver(doc, load_dictionary(), _focus_country(doc))


def _focus_country(doc: Doc) -> str | None:
    counts = Counter()
    for span, entries in {id(v[0]): v for v in doc._.ew_names.values()}.values():
        countries = {e.country for e in entries if e.kind in ("country", "adjective", "capital") and e.country}
        if len(countries) == 1:
            counts[countries.pop()] += 1
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n / sum(counts.values()) >= FOCUS_SHARE else None


@Language.factory(
    "eventwire_actors",
    assigns=["doc._.actor_mentions"],
    default_config={"user_file": None},
)
def make_actors_component(nlp: Language, name: str, user_file: str | None):
    return ActorsComponent(nlp, user_file)


class ActorsComponent:
    """Matches dictionary names and sector terms, then resolves every actor-like noun phrase."""

    def __init__(self, nlp: Language, user_file: str | None = None):
        self.dictionary = load_dictionary(user_file)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces = list(self.dictionary.names)
        self.names.add("NAME", list(nlp.tokenizer.pipe(surfaces)))
        terms = list(self.dictionary.sector_terms) + list(self.dictionary.titles)
        self.terms.add("TERM", list(nlp.tokenizer.pipe(terms)))

    def __call__(self, doc: Doc) -> Doc:
        self.index_names(doc)
        self.index_terms(doc)
        doc._.ew_actor_heads = {}
        doc._.ew_person_aliases = {}
        resolver = _Resolver(doc, self.dictionary, _focus_country(doc))
        mentions: list[Entity] = []
        for token in doc:
            if token.pos_ not in ("NOUN", "PROPN", "PRON") and token.i not in doc._.ew_names:
                continue
            actor = resolver.actor_for_token(token)
            if actor is None:
                continue
            doc._.ew_actor_heads[token.i] = actor
            mentions.append(self.mention(doc, token, actor))
        doc._.actor_mentions = mentions
        return doc

    def index_names(self, doc: Doc) -> None:
        spans = filter_spans([doc[s:e] for _, s, e in self.names(doc)])
        index = {}
        for span in spans:
            entries = self.dictionary.names.get(span.text, [])
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
            if sector and (best is None or len(span) > len(best[0])):
                index[e - 1] = (span, sector)
        doc._.ew_sector_terms = index

    @staticmethod
    def mention(doc: Doc, token: Token, actor: Actor) -> Entity:
        found = doc._.ew_names.get(token.i)
        if found and found[0].root == token or (found and token.pos_ == "PROPN" and token.i == found[0].end - 1):
            span = found[0]
            label = LABEL_BY_KIND.get(_kind(found[1]), "ACTOR")
        else:
            left = min((t.i for t in token.lefts if t.dep_ in NP_MODIFIERS), default=token.i)
            left = min(left, min((doc[t].left_edge.i for t in range(left, token.i + 1)), default=left))
            span = doc[left: token.i + 1]
            label = token.ent_type_ or ("PRON" if token.pos_ == "PRON" else "ACTOR")
        return Entity(text=span.text, label=label, start=span.start_char, end=span.end_char, actor=actor)


def _kind(entries: list[Entry]) -> str:
    return entries[0].kind if entries else ""


def actor_for_token(token: Token) -> Actor | None:
    """The coded actor of the noun phrase headed by ``token`` (after ``eventwire_actors`` ran)."""
    doc = token.doc
    if doc._.ew_actor_heads is None:
        return None
    if token.i in doc._.ew_actor_heads:
        return doc._.ew_actor_heads[token.i]
    return _resolver(doc).actor_for_token(token)
