"""The resolver: one object per document that codes the noun phrase headed by any token.

``Resolver`` holds the document state (dictionary, focus country, dateline, country positions) and the
entry point ``actor_for_token``, which tries the rules in the order the ``component`` module's
docstring gives. The rules themselves live in one mixin per concern:

- ``owners``: whose a phrase is, from its modifiers and ``of``/``for`` complements;
- ``placement``: places named on the phrase or its clause ("officials in Tokyo");
- ``context``: the country an unowned phrase takes from the article;
- ``bodies``: institutions, coalitions and armed groups the dictionary does not list;
- ``sectors``: a sector word with its owner ("Pakistani troops"), and its fallbacks;
- ``anaphora``: definite nouns that refer back ("the bloc", "the envoy", "the country");
- ``collectives``: phrases that cover several actors ("both sides", "the two leaders");
- ``titles``: people by title and name, and later mentions of their surnames;
- ``quotations``: quotation marks and who speaks them;
- ``pronouns``: he/she/it/they/who and their antecedents."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.anaphora import NounAnaphoraMixin
from eventwire.extract.actors.bodies import BodyMixin
from eventwire.extract.actors.clauses import guessed_identity, is_arresting, private_principal
from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.collectives import CollectiveMixin
from eventwire.extract.actors.constants import (COUNTING_NOUNS, COUNTRY_NOUNS, FOLLOWER_WORDS, GROUP_ANAPHORS,
    MEMBERSHIP_NOUNS, NAMED_GROUP_SECTORS, NAME_ORDER, NP_MODIFIERS, OFFICER_WORDS, SPOKES_NOUNS, STATE_SECTORS,
    UNION_NAME_HEADS)
from eventwire.extract.actors.context import ContextMixin
from eventwire.extract.actors.dictionary import ActorDictionary, Entry, active_on, role_on, standing_on
from eventwire.extract.actors.names import (PAST_OFFICE_WORDS, is_adjective_homograph, is_language_speaker,
    is_name_word, is_surname_title, titled_role)
from eventwire.extract.actors.owners import OwnerMixin
from eventwire.extract.actors.placement import PlacementMixin
from eventwire.extract.actors.places import REGIONAL_CODES
from eventwire.extract.actors.pronouns import PronounMixin
from eventwire.extract.actors.quotations import QuotationMixin
from eventwire.extract.actors.sectors import SectorMixin
from eventwire.extract.actors.titles import TitleMixin
from eventwire.extract.extensions import doc_text
from eventwire.models import Actor

# Titles a state's envoys share with an international body's officers (``is_state_envoy``).
STATE_ENVOY_TITLES = frozenset({"high commissioner", "acting high commissioner"})


@dataclass
class Resolver(OwnerMixin, PlacementMixin, ContextMixin, BodyMixin, SectorMixin, NounAnaphoraMixin,
               CollectiveMixin, TitleMixin, QuotationMixin, PronounMixin):
    """Codes the noun phrase headed by a token of one document (see the ``component`` docstring)."""

    doc: Doc
    dictionary: ActorDictionary
    focus: str | None
    dateline_end: int = 0
    countries_at: tuple = ()
    dateline_country: str | None = None
    title_countries: tuple = ()   # the countries the headline names (places.title_countries)
    # The doc's name, sector-term, actor-head and person-alias indexes, read once: every ``doc._``
    # read builds an object, and the entry point reads them on each of the thousands of tokens asked
    # about per doc. The actors component sets all four before it makes its resolver and only fills
    # the heads and aliases in place.
    names_at: dict = field(init=False, repr=False)
    terms_at: dict = field(init=False, repr=False)
    heads_at: dict = field(init=False, repr=False)
    aliases_at: dict = field(init=False, repr=False)
    # the phrases whose coordinated state body is being looked for (BodyMixin.coordinated_state_country)
    coordination_asked: set = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        underscore = self.doc._
        self.names_at, self.terms_at, self.heads_at, self.aliases_at = \
            underscore.ew_names, underscore.ew_sector_terms, underscore.ew_actor_heads, underscore.ew_person_aliases

    # -- names --------------------------------------------------------------------------
    def entries_at(self, token: Token) -> tuple[Span, list[Entry]] | None:
        return self.names_at.get(token.i)

    def actor_from_entry(self, entry: Entry, text: str) -> Actor | None:
        published = self.doc._.published
        if entry.kind == "person":
            role = titled_role(self.doc, entry) or standing_on(entry, published)
            if role is None:
                return None
            country, sector = role[0], role[1]
            code = role[5] if len(role) > 5 else None   # an international post's own code ("IGOWSTNAT")
            return make_actor(entry.name, text, country, sector, code)
        if entry.kind == "organization":
            if not active_on(entry, published):
                return None
            actor = make_actor(entry.name, text, entry.country, entry.sector, entry.code)
            return self.operating_group(entry, actor) if entry.operates else actor
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
        if out[0].idx < self.dateline_end <= head.idx:
            # "NAIROBI, May 2 - Ethiopian drones": the parser may hang the dateline on the phrase
            out = [t for t in out if t.idx >= self.dateline_end]
        if out[0].i == head.i:
            return out   # nothing before the head (a bare noun): no line break to look for
        # A phrase does not reach over a line break: "HAVANA (AP) --\n\nOfficials said" is a
        # dateline, then the officials.
        breaks = [t.i for t in self.doc[out[0].i: head.i] if t.is_space and "\n" in t.text]
        return [t for t in out if t.i > breaks[-1]] if breaks else out

    def sector_of(self, head: Token) -> str | None:
        if head.pos_ == "PROPN" and head.dep_ in ("poss", "compound") and is_name_word(head.head) \
                and (head.head.i not in self.terms_at or self.is_unknown_armed_name(head.head)):
            return None  # a word inside an unknown proper name: "Qwara People's Front"
        hit = self.terms_at.get(head.i)
        if is_surname_title(head, hit[0] if hit else None, self.doc):
            return None   # "Larry King", "Mr. Justice": a title word that is a person's surname
        if is_adjective_homograph(head):
            return None   # "a firm response"
        if is_language_speaker(head):
            return "CVL"   # "Russian speakers": people, not the speaker of a parliament
        lemma = head.lemma_.lower()
        sector = hit[1] if hit else self.dictionary.sector_terms.get(lemma) or self.dictionary.titles.get(lemma)
        if sector == "CVL" and self.is_service_crew(head):
            return "MIL"
        if sector is None and lemma in OFFICER_WORDS and is_arresting(head):
            return "COP"   # "officers detained two men in Kosice": officers who arrest are police
        if sector is not None and lemma in FOLLOWER_WORDS and any(
                c.dep_ in ("poss", "compound", "amod") for c in head.children):
            return None   # "opposition supporters", "his supporters": whose they are says (owner, modifier)
        return sector

    def actor_for_token(self, head: Token, as_owner: bool = False) -> Actor | None:
        cached = self.heads_at.get(head.i)
        if cached is not None:
            return cached
        if head.idx < self.dateline_end:
            return None
        if head.pos_ == "PRON":
            return self.antecedent(head)
        if self.modifies_non_actor(head):
            return None
        identity = guessed_identity(head)
        if identity is not None:   # "men believed to be police officers": the guess names them
            guessed = self.actor_for_token(identity, as_owner)
            if guessed is not None:
                return guessed
        person = self.title_of_listed_person(head)
        if person is not None:
            return person
        tokens = self.governing_phrase_tokens(head) or self.np_tokens(head)
        text = doc_text(self.doc)[tokens[0].idx: head.idx + len(head.text)]
        if self.modifies_state_measure(head):
            return self.sector_actor(head, tokens, text, "GOV")
        found = self.entries_at(head)
        if head.ent_type_ == "ORG" and head.lower_ in UNION_NAME_HEADS:
            union = self.labour_union_name(head, tokens, text)
            if union is not None:
                return union
        if not found and self.is_unknown_armed_name(head):
            return self.armed_group_name(head, tokens, text)
        if not found:
            short = self.short_name(head, tokens) or self.acronym_of_earlier_name(head, text)
            if short is not None:
                return short.model_copy(update={"text": text})
        sector = self.sector_of(head)
        if found:
            actor = self.named_actor(head, found, sector, text, as_owner)
            if (actor is None or self.holds_no_listed_office(found)) and sector is None \
                    and self.is_unheld_listed_person(found, tokens):
                # "French envoy Jean-Yves Le Drian" after his listed office ended: his title says,
                # before the country of his old offices does
                titled = self.titled_person(head, tokens, text)
                if titled is not None or actor is not None:
                    return titled if titled is not None else actor
            elif actor is not None or (sector is None and not self.holds_no_listed_office(found)):
                return actor
            # a listed person with no standing on the date ("John Holmes, a farmer from Iowa", years
            # after his UN post): the name is read as an unlisted one (its title, apposition, context)
        members = (self.member_groups(head) or self.leading_state(head, sector)) \
            if head.lemma_.lower() in MEMBERSHIP_NOUNS else None
        if members is not None:
            return members.model_copy(update={"text": text})
        counted = self.counted_members(head) if sector is None else None
        if counted is not None:
            return counted.model_copy(update={"text": text})   # "a group of army officers"
        named = self.named_group(head, text) if head.lemma_.lower() in GROUP_ANAPHORS else None
        if named is not None:
            return named   # "the JNIM group", "the Hamas movement": the name it is the group of
        leader = self.hyphen_leader(head, text) if head.lemma_.lower() == "bloc" else None
        if leader is not None:
            return leader   # "the Saudi-led bloc": the leading state's, as "the Saudi-led coalition" is
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
                or self.staff_noun_of_organization(head, tokens, text) \
                or self.belonging_of_organization(head, text)
        if sector == "OPP" and self.is_exile_phrase(head) and not self.has_nationality_word(head, tokens):
            return None   # "Miami's exiles", "CIA-trained exiles": whose exiles they are is not said
        if sector == "GOV" and head.lemma_.lower() in SPOKES_NOUNS:
            principal = private_principal(head)
            if principal is not None:
                return self.principal_actor(principal, text)
        if sector == "IGO" and self.is_state_envoy(head, tokens):
            sector = "GOV"   # "Pakistan's high commissioner": a Commonwealth state's envoy, not the UN's
        return self.sector_actor(head, tokens, text, sector)

    def is_state_envoy(self, head: Token, tokens: list[Token]) -> bool:
        """A title shared by a state's envoys and an international body's officers ("high commissioner")
        owned by a country and with no "for"/"on" remit ("the High Commissioner for Refugees")."""
        term = self.doc._.ew_sector_terms.get(head.i)
        if term is None or term[0].text.lower() not in STATE_ENVOY_TITLES:
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in head.children):
            return False
        owner = self.owner_in_modifiers(head, tokens)
        return owner is not None and bool(owner.country) and owner.sector in (None, "GOV") \
            and owner.country not in REGIONAL_CODES

    def governing_phrase_tokens(self, head: Token) -> list[Token] | None:
        """"Kosovo's police force", "the Kenyan police contingent": a state body's sector word that only
        modifies the noun after it (a compound) shares that noun's owner and nationality, which the parser hangs
        on the governing noun: the phrase is read from the governing noun's first modifier to the word.
        None for any other word (then its own phrase is read)."""
        noun = head.head
        if head.dep_ != "compound" or noun.i <= head.i or noun.pos_ != "NOUN" or self.sector_of(head) not in STATE_SECTORS:
            return None   # "Bangladesh's Rohingya refugee camps", "Iran's militia allies": people or groups of their own
        before = [t for t in self.np_tokens(noun) if t.i < head.i]
        if not any(t.dep_ in ("poss", "amod") and t.head.i == noun.i for t in before):
            return None
        return sorted({*before, *self.np_tokens(head)}, key=lambda t: t.i)

    def named_group(self, head: Token, text: str) -> Actor | None:
        """"the JNIM group", "the al Qaeda-linked JNIM group", "the Hamas movement": a group noun whose
        compound modifier is a listed organisation or armed group stands for it."""
        for child in head.lefts:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            actor = self.actor_for_token(child)
            if actor is not None and actor.sector in NAMED_GROUP_SECTORS:
                return actor.model_copy(update={"text": text})
        return None

    def holds_no_listed_office(self, found: tuple[Span, list[Entry]]) -> bool:
        """Whether the name is a listed person holding none of his listed offices on the article's date,
        nor named by the title of one in the article ("President Bush" in 1990 is still his presidency)."""
        published = self.doc._.published
        return all(entry.kind == "person" and role_on(entry, published) is None and titled_role(self.doc, entry) is None
                   for entry in found[1])

    def is_unheld_listed_person(self, found: tuple[Span, list[Entry]], tokens: list[Token]) -> bool:
        """Whether the name is a listed person with no office on the article's date, titled in
        the phrase by a present title (no "former", "ex-" before it)."""
        if not all(entry.kind == "person" for entry in found[1]):
            return False
        before = [t for t in tokens if t.i < found[0].start]
        return any(t.i in self.doc._.ew_sector_terms for t in before) \
            and not any(t.lower_.rstrip("-") in PAST_OFFICE_WORDS for t in before)

    def counted_members(self, head: Token) -> Actor | None:
        """ "a group of army officers", "a handful of Chinese engineers", "dozens of protesters": a
        collective or quantity noun whose ``of`` complement is a plural phrase naming people is
        that phrase's actor (the members, not an earlier group the word might refer back to)."""
        if head.pos_ != "NOUN" or head.lower_ not in COUNTING_NOUNS:
            return None
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.tag_ in ("NNS", "NNPS"):
                    return self.actor_for_token(pobj) or self.service_modifier_actor(pobj)
        return None

    def service_modifier_actor(self, noun: Token) -> Actor | None:
        """ "army officers", "police commanders": the actor of a sector word compounded with a
        people noun the dictionary does not list ("army" of "army officers"); None otherwise."""
        for child in noun.lefts:
            if child.dep_ == "compound" and child.i in self.doc._.ew_sector_terms:
                actor = self.actor_for_token(child)
                if actor is not None and actor.sector:
                    return actor
        return None

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
