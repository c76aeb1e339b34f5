"""Whose a phrase is: a name, adjective or possessor among its modifiers, or an ``of`` complement.

"Pakistani troops", "the junta's soldiers", "New York police", "the mayor of Kharkiv", "the crew of a
warship", "The Commission" after "the European Commission", and unowned peacekeepers."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.clauses import names_a_sponsor
from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (CREW_NOUNS, NAVAL_CREW_NOUNS, OPPOSING_NOUNS, PARTITIVE_WORDS,
    PEACEKEEPER_WORDS, SERVICE_WORDS, STATE_BODY_NAMES, TOWN_OFFICES, UN_CODE, UN_NAME, UNIT_NOUNS,
    UNSHARED_QUALIFIERS)
from eventwire.extract.actors.dictionary import Entry, active_on
from eventwire.extract.actors.names import is_ethnic_label, is_given_name, is_sympathy_label
from eventwire.extract.actors.places import REGIONAL_CODES, city_country, hyphenated_word, is_town_word, place_name
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


# Sectors of a "the region's ..." phrase read as the armed forces of a region named before.
REGION_FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "SEP"})
# Diplomats named by the body they are posted to ("China's UN ambassador"): their country's, not the body's.
POSTED_DIPLOMATS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "emissary"})

class OwnerMixin:
    """Owners of a phrase from its own words."""

    def partitive_country(self, head: Token) -> str | None:
        """ "About 40 people, most of them elderly residents of Riga", "12 people, many of them
        Syrian refugees": the country of the description a partitive apposition right after the
        phrase gives its members; None without one, or when the description has no country."""
        doc = self.doc
        i = head.i
        if i + 5 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ not in PARTITIVE_WORDS \
                or doc[i + 3].lower_ != "of" or doc[i + 4].lower_ not in ("them", "whom"):
            return None
        end = i + 5
        while end < len(doc) and not (doc[end].is_punct and doc[end].text != "-") and not doc[end].is_sent_end:
            end += 1
        if end == i + 5:
            return None
        description = doc[i + 5: end].root
        if description.pos_ not in ("NOUN", "PROPN"):
            return None
        actor = self.actor_for_token(description)
        return actor.country if actor is not None else None

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
                possessor = self.possessor_over_topic(token, entry, modifiers)
                if possessor is not None:
                    return possessor
                actor = self.actor_from_entry(entry, found[0].text) or self.former_country(entry, found[0].text)
                if actor is not None and entry.kind == "organization" and entry.generic:
                    actor = self.generic_body(token, entry, actor)   # "Democratic Party leader Elly Schlein" in Rome
                if actor and (actor.country or actor.sector):
                    return actor
        compounds = {head.i} | {t.i for t in tokens if t.dep_ == "compound" and t.head.i == head.i}
        for token in modifiers:
            # "its vice-president", "the alliance's secretary-general": the possessor may hang on
            # the first word of a compound title.
            if token.dep_ == "poss" and token.head.i in compounds and self.sector_of(head) in REGION_FORCE_SECTORS \
                    and (region := self.region_possessor_country(token)):
                # a region has no army of its own: its armed forces are insurgents of the state it is in
                # (only forces: "the region's prime minister" of an autonomous region is found by the
                # usual possessor reading, the nearest place before being no safe guess there)
                armed = "REB" if self.sector_of(head) == "MIL" else None
                return make_actor(self.dictionary.country_names.get(region, region), token.text, region, armed)
            if token.dep_ == "poss" and token.head.i in compounds:
                actor = self.possessor_actor(token)
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
                        actor = self.unit_owner(pobj) or self.actor_for_token(pobj, as_owner=True) or self.of_complement(pobj) \
                            or self.organization_modifier(pobj) or self.governed_town(head, child, pobj)
                        if actor and (actor.country or actor.sector):
                            return actor
        return self.loyalty_owner(head) or self.shared_nationality(head) or self.coordinated_nationality(head)

    def loyalty_owner(self, head: Token) -> Actor | None:
        """ "Troops loyal to Ravalomanana", "militias loyal to the former president": forces loyal to a
        person of a country are that country's (their sector is the phrase's own); forces loyal to a
        state ("militias loyal to Iran") are left to the usual rules, which keep them the land's."""
        for adjective in head.rights:
            if adjective.lower_ != "loyal" or adjective.dep_ not in ("amod", "acl", "relcl"):
                continue
            for prep in adjective.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj" or not self.is_patron_phrase(pobj):
                            continue   # "militias loyal to Iran" in Iraq stay Iraq's (a patron state, not a leader)
                        actor = self.actor_for_token(pobj, as_owner=True)
                        if actor is not None and actor.country and actor.country not in REGIONAL_CODES:
                            name = self.dictionary.country_names.get(actor.country, actor.country)
                            return make_actor(name, pobj.text, actor.country, None)
        return None

    def is_patron_phrase(self, token: Token) -> bool:
        """A person's name, a title or a body ("the former president", "the government"), not a state's
        or a capital's name."""
        if token.ent_type_ in ("GPE", "NORP", "LOC"):
            return False
        found = self.entries_at(token)
        return not found or not any(entry.kind in ("country", "capital", "adjective") for entry in found[1])

    def possessor_over_topic(self, token: Token, entry: Entry, modifiers: list[Token]) -> Actor | None:
        """ "China's Taiwan Affairs Office", "Russia's Syria envoy", "Britain's Africa minister": a
        country's name written as a noun inside the phrase names the office's subject when another
        country owns the phrase by a possessive before it; the possessor's code wins. (An adjective
        names a nationality, not a subject: "Syria's Russian allies" stay Russian.) So does the body
        a diplomat is posted to: "China's UN ambassador", "Britain's EU envoy" are the country's."""
        if token.dep_ != "compound":
            return None
        posting = entry.sector == "IGO" and any(t.lemma_.lower() in POSTED_DIPLOMATS for t in (token.head, *modifiers))
        # "Armenia's Security Council secretary": the state's own council, named as the UN's is
        own_body = entry.sector == "IGO" and self.doc._.ew_names[token.i][0].text.lower() in STATE_BODY_NAMES
        if entry.kind not in ("country", "capital") and not posting and not own_body:
            return None
        span = self.doc._.ew_names[token.i][0]
        for other in modifiers:
            if other.dep_ != "poss" or other.i >= span.start or other.pos_ == "PRON":
                continue
            found = self.entries_at(other)
            if not found:
                continue
            owner = self.best_entry(found[1])
            if owner.kind in ("country", "capital") and owner.country and owner.country != entry.country:
                return self.actor_from_entry(owner, found[0].text)
        return None

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

    def coordinated_nationality(self, head: Token) -> Actor | None:
        """ "sanctions on three Nicaraguan judges and a regional police chief": an unowned later
        conjunct takes the nationality word of the first conjunct it is listed with (not a local or
        foreign body: "Russian troops and local police"), or its possessor ("withdraw its 12,000
        troops and police", "the junta's soldiers and police")."""
        if head.dep_ != "conj" or head.head.i >= head.i or head.pos_ != "NOUN" \
                or any(t.lower_ in UNSHARED_QUALIFIERS for t in head.lefts):
            return None
        first = head.head
        return self.nationality_modifier(first.lefts, first.i) or self.shared_possessor(first)

    def shared_possessor(self, first: Token) -> Actor | None:
        """The actor of the possessor of ``first`` (a pronoun's antecedent), when it names a country or
        is an international body (a possessor with only a sector, "the militants released their captives
        and soldiers", would pass its sector on to a word that has its own)."""
        possessor = next((c for c in first.lefts if c.dep_ == "poss"), None)
        if possessor is None:
            return None
        actor = self.possessor_actor(possessor)
        return actor if actor is not None and (actor.country or actor.sector == "IGO") else None

    def unit_owner(self, unit: Token) -> Actor | None:
        """ "a commander of Islamic Jihad's armed wing", "of Hezbollah's elite Radwan force": a unit
        named by its owner's possessive belongs to that owner, a group with a country and a sector."""
        if unit.lemma_.lower() not in UNIT_NOUNS:
            return None
        owner = next((c for c in unit.children if c.dep_ == "poss"), None)
        actor = self.possessor_actor(owner) if owner is not None else None
        return actor if actor is not None and actor.country and actor.sector else None

    def possessor_actor(self, possessor: Token) -> Actor | None:
        """The actor a possessor names: a possessive pronoun's ("its", "whose") antecedent, else its own."""
        if possessor.pos_ == "PRON" or possessor.tag_ == "WP$":
            return self.antecedent(possessor)
        return self.actor_for_token(possessor)

    def shared_nationality(self, head: Token) -> Actor | None:
        """ "an Israeli army command post", "a Sudanese police checkpoint": a sector word inside a
        compound takes the nationality word the whole compound begins with."""
        if head.dep_ != "compound" or head.head.i == head.i or head.head.i < head.i:
            return None
        return self.nationality_modifier(head.head.lefts, head.i)

    def nationality_modifier(self, lefts, bound: int) -> Actor | None:
        """The actor of the first nationality or country word among the modifiers ``lefts`` before
        token ``bound`` (its name ending there at the latest); not an ethnic label nor a sponsor
        ("Iranian-backed")."""
        for token in lefts:
            if token.i >= bound:
                break
            found = self.entries_at(token) if token.dep_ in ("amod", "compound", "nmod") else None
            if found and found[0].end <= bound and not is_ethnic_label(token) and not names_a_sponsor(token) \
                    and not is_sympathy_label(token):   # "anti-American protesters" are not American
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
