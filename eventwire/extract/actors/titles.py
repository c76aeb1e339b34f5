"""People by title and name: titled names, sole-holder titles, staff of organizations, surnames.

"Economy Minister Sergio Massa", "an American envoy, Daniel Whitcombe", "the president" after
"President Bush", "FBI Director Louis Freeh", "Rep. Adam Schiff (D-Calif.)", and later bare surnames."""
from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.actors.clauses import APPOINTING_VERBS
from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (INNER_DEPS, NAME_SUFFIXES, PARTY_STATE_COUNTRY,
    ORGANIZATION_BELONGINGS, PARTY_STATE_SECTOR, PARTY_STATE_TAG, SAME_TITLES, SECTOR_LABELS, SOLE_HOLDER_TITLES,
    SPOKES_NOUNS, STAFF_NOUNS)
from eventwire.extract.actors.dictionary import Entry, role_on
from eventwire.extract.actors.names import is_ethnic_label, is_unique_name_word, proper_noun_positions
from eventwire.extract.actors.places import REGIONAL_CODES
from eventwire.extract.extensions import doc_text, sentence_of
from eventwire.models import Actor


# Titles of a government office, which a plural title gives each of its names (other GOV words, such as
# "mediators" or "envoys", name a role that needs no office).
OFFICE_WORDS = frozenset({"minister", "president", "premier", "chancellor", "governor", "secretary"})
# Words that put a title in the past: "former ministers", "ex-presidents", "the late leaders".
PAST_TITLE_WORDS = frozenset({"former", "ex", "ex-", "late", "then", "erstwhile", "onetime", "one-time"})


def is_international_post(actor: Actor) -> bool:
    """Whether a person's role is an international organization's post (IGO, no country), or the head
    of an international NGO with its own code (the ICRC's, Amnesty's, MSF's)."""
    return actor.country is None and actor.sector in ("IGO", "NGO") and bool(actor.code)


class TitleMixin:
    """People named with or through a title."""

    def title_of_listed_person(self, head: Token) -> Actor | None:
        """ "Secretary-General Antonio Guterres", "President Lula": a capitalized title word
        compounded with a listed person's name is that person, with his dated role, not a bare
        sector word coded from the article's context."""
        if head.dep_ != "compound" or head.pos_ != "PROPN" or head.head.i <= head.i:
            return None
        if self.entries_at(head) or not (head.i in self.doc._.ew_sector_terms
                                         or head.lemma_.lower() in self.dictionary.titles):
            return None
        name = head.head
        while name.dep_ == "compound" and name.head.i > name.i and not self.entries_at(name) \
                and name.i in self.doc._.ew_sector_terms:
            name = name.head   # "Secretary" of "Secretary-General Antonio Guterres"
        found = self.entries_at(name)
        if not found or not any(entry.kind == "person" for entry in found[1]) or found[0].start <= head.i:
            return None
        actor = self.actor_for_token(name)
        return actor.model_copy(update={"text": found[0].text}) if actor is not None else None

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
        if entry.kind == "organization" and actor.sector == "IGO":
            national = self.state_owned_body(head, found[0], text)
            if national is not None:
                return national   # "Russia's Security Council": the state's own council, not the UN's
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
        if entry.kind == "person" and actor.sector == "ELI" and (shared := self.shared_plural_title(head)):
            actor = actor.model_copy(update={"sector": shared, "code": f"{actor.country or ''}{shared}"})
        if actor.country or entry.kind != "person" or is_international_post(actor):
            return actor   # "Antonio Guterres": a UN post has no country but is coded all the same
        return None

    def shared_plural_title(self, head: Token) -> str | None:
        """"Opposition leaders Vitali Klitschko and Arseniy Yatsenyuk": a plural title before the first
        of coordinated names is each one's; its sector for a later name (a listed person out of office
        takes it instead of ``ELI``)."""
        if head.dep_ != "conj":
            return None
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        for word in (c for c in first.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS")):
            if any(m.lower_ in PAST_TITLE_WORDS for m in word.subtree):
                return None   # "former presidents X and Y": no office held now
            found = self.doc._.ew_sector_terms.get(word.i)
            if found is not None and found[1] and (found[1] != "GOV" or word.lemma_.lower() in OFFICE_WORDS):
                return found[1]   # not "Mediators Kofi Annan and Benjamin Mkapa": a role, no office
        return None

    def state_owned_body(self, head: Token, span: Span, text: str) -> Actor | None:
        """A body an international organisation's name also names, owned by a state's possessive
        before the name ("Russia's Security Council", "Iran's Security Council"): that state's
        government; None without such a possessive."""
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.i < span.start), None)
        found = self.entries_at(owner) if owner is not None else None
        if not found:
            return None
        entry = self.best_entry(found[1])
        if entry.kind not in ("country", "capital", "adjective") or not entry.country:
            return None
        name = self.dictionary.country_names.get(entry.country, entry.country)
        return make_actor(f"{name} government", text, entry.country, "GOV")

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

    def apposed_country_actor(self, head: Token, tokens: list[Token], text: str, sector: str,
                              appositions: list[Token]) -> Actor | None:
        """ "General John Campbell, the U.S. commander in Afghanistan": a titled name whose own words name
        no country takes the country of a describing apposition (not the country of the story, read
        from the context), with its title's sector."""
        if not appositions or self.owner_in_modifiers(head, tokens) is not None:
            return None
        for appos in appositions:
            if appos.pos_ == "PROPN" or appos.ent_type_ == "PERSON":
                continue   # another name, not a description
            described = self.actor_for_token(appos)
            if described is not None and described.country and described.country not in REGIONAL_CODES \
                    and described.sector in (sector, None) and self.owner_in_modifiers(appos, self.np_tokens(appos)):
                return self.country_sector_actor(described.country, text, sector)
        return None

    def titled_person(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """A name with a title: "Egyptian Foreign Minister Karim Saadeldin", "Karim Saadeldin,
        Egypt's foreign minister"; later mentions of the surname resolve to the same actor."""
        aliases = self.aliases_at
        if head.pos_ != "PROPN":
            # "Morales, who was barred from the vote, denied ...": a surname the small model tags as
            # a noun (as a person, or at least capitalised) after the full name is still that person
            if head.pos_ == "NOUN" and (head.ent_type_ == "PERSON" or head.is_title) and head.text in aliases:
                return aliases[head.text].model_copy(update={"text": text})
            return None
        titled = [t for t in tokens if t.i != head.i and t.i in self.terms_at and t.dep_ != "case"
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
            sector = self.terms_at[titled[-1].i][1]
            actor = self.spokesperson_named_before(head, tokens, titled[-1]) \
                or self.apposed_country_actor(head, tokens, text, sector, appositions) \
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

    def belonging_of_organization(self, head: Token, text: str) -> Actor | None:
        """ "seven UN staff", "two UN vehicles", "NATO personnel": a people or property noun with
        no sector of its own, compounded with a listed organization's name, is that organization's
        (an international body's too, which has no country)."""
        if head.pos_ != "NOUN" or head.lower_ not in ORGANIZATION_BELONGINGS:
            return None
        for child in head.lefts:
            if child.dep_ != "compound":
                continue
            found = self.entries_at(child)
            if not found or found[0].end != head.i:
                continue
            entry = self.best_entry(found[1])
            if entry.kind == "organization":
                actor = self.actor_from_entry(entry, found[0].text)
                if actor is not None and actor.sector:
                    return actor.model_copy(update={"text": text})
        return None

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
