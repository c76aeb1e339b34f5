"""A sector word with its owner ("Pakistani troops", "police"), and where an unowned one belongs.

``sector_actor`` and the clues it falls back on: the administration, an earlier same-named body, the
attack scene, a deploying state or body, an appointer, a refugee's origin, a generic body's home."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Token

from eventwire.extract.actors.clauses import (APPOINTING_VERBS, deciding_party, is_anonymous_source,
    is_briefed, is_local_body, is_speaker, meets_at_venue, names_administration, quantity_head)
from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (ANAPHORA_WINDOW, ARMED_ADJECTIVES, ARMYLESS_COUNTRIES, ARREST_VERBS,
    BRANCH_SECTORS, COLLECTIVES_KEY, COMMENTATOR_NOUNS, CONTEXT_FREE_SECTORS, CREW_NOUNS, DEPLOYING_VERBS,
    GENERIC_HOME_MENTIONS, GENERIC_HOME_SHARE, GROUP_ANAPHORS, INHERITING_SECTORS, INTERNATIONAL_BODY_NOUNS,
    INTERNATIONAL_WORDS, COMMANDING_VERBS, LOCAL_SECTORS, NAVAL_CREW_NOUNS, READINESS_NOUNS, READYING_VERBS,
    PEACEKEEPER_WORDS, PERSON_NOUNS, SCENE_SECTORS, SECTOR_LABELS, SPOKES_NOUNS, STATE_SECTORS,
    TRAVELLING_SECTORS, UNATTRIBUTED_NOUNS, VICTIM_VERBS, VISITOR_NOUNS)
from eventwire.extract.actors.dictionary import Entry
from eventwire.extract.actors.names import (FIRM_TITLES, is_unnamed_ethnic_group, names_state_office,
    proper_noun_positions)
from eventwire.extract.actors.places import (city_country, is_place, is_town_word, names_venue_within,
    place_name, region_country)
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


# "the Pakistan-based Jaish-e-Mohammed", "the Afghanistan based group": where a group is based.
BASED_IN = re.compile(r"\b([A-Z][\w.']*(?: [A-Z][\w.']*)?)[- ]based\b")


@lru_cache(maxsize=256)
def based_before(name: str) -> re.Pattern:
    """``BASED_IN`` followed, within three words, by ``name`` ("the Pakistan based militant group
    Lashkar-e-Taiba"); compiled once per group name."""
    return re.compile(BASED_IN.pattern + r"(?:\s+[\w-]+){0,3}?\s+" + re.escape(name))


class SectorMixin:
    """Sector words and the owners they take."""

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

    def operating_group(self, entry: Entry, actor: Actor) -> Actor:
        """A group active in several countries (``operates``): the group of the one of them the
        article names most ("JNIM" in a story on Burkina Faso is BFA REB); its listed country when the
        article names none of them."""
        counts = Counter(c for _, c in self.countries_at if c in entry.operates)
        country = self.base_named(actor.text, entry.name)
        if country is None and not counts:
            return actor
        country = country or max(entry.operates, key=lambda c: (counts[c], c == entry.country))
        if country == actor.country:
            return actor
        return make_actor(entry.name, actor.text, country, entry.sector)

    def base_named(self, text: str, name: str) -> str | None:
        """The country a mention says a group is based in ("the Pakistan-based Jaish-e-Mohammed", "the
        Pakistan based militant group Lashkar-e-Taiba"), in its own words or in up to three words
        right before the group's name, which outranks the country the article is about."""
        match = BASED_IN.search(text) or based_before(name).search(self.doc.text)
        if match is None:
            return None
        entries = self.dictionary.names.get(match.group(1), ())
        return next((e.country for e in entries if e.kind in ("country", "adjective") and e.country), None)

    def is_common_home(self, country: str | None) -> bool:
        """Whether the article names the country often: at least GENERIC_HOME_MENTIONS times and
        at least GENERIC_HOME_SHARE of all its country mentions."""
        if not country:
            return False
        counts = Counter(c for _, c in self.countries_at)
        total = sum(counts.values())
        return counts[country] >= GENERIC_HOME_MENTIONS and counts[country] >= GENERIC_HOME_SHARE * total

    @staticmethod
    def is_international_body(head: Token, tokens: list[Token]) -> bool:
        """ "an international arbitration tribunal", "the international court", "an international
        commission of inquiry": an unowned court or panel that the text calls international is
        set up by states together, not by the article's country; it is a global IGO (no country)."""
        return head.lemma_.lower() in INTERNATIONAL_BODY_NOUNS and head.pos_ == "NOUN" \
            and any(t.lower_ in INTERNATIONAL_WORDS and t.dep_ in ("amod", "compound") for t in tokens)

    def country_sector_actor(self, country: str, text: str, sector: str) -> Actor:
        """The actor of ``sector`` in ``country``, named by the country and the sector's label
        ("Nigeria military", "Mali police")."""
        name = self.dictionary.country_names.get(country, country)
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}", text, country, sector)

    def sector_actor(self, head: Token, tokens: list[Token], text: str, sector: str) -> Actor | None:
        """A sector word with its owner: "Pakistani troops", "the junta's soldiers", "police".
        A phrase owned by a collective ("the two countries' foreign ministers") stays unresolved."""
        deployer = self.deploying_state(head, tokens, sector)
        if deployer is not None:
            return self.country_sector_actor(deployer, text, sector)
        body = self.deploying_body(head, tokens, sector)
        if body is not None:
            return make_actor(body.name, text, body.country, "IGO", body.code)
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None and is_foreign_others(head):
            # "urged foreign governments to shun the council": other states, none of them the story's
            return make_actor(f"foreign {SECTOR_LABELS.get(sector, sector.lower())}", text, None, sector)
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
        if owner is None and head.pos_ == "NOUN":
            anchor = self.apposed_anchor(head, sector)
            if anchor is not None:
                return anchor.model_copy(update={"text": text})
        if owner is None and self.is_international_body(head, tokens):
            return make_actor("international body", text, None, "IGO")
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
        elif owner and owner.sector in BRANCH_SECTORS and sector == "GOV" \
                and (head.lemma_.lower() in PERSON_NOUNS or head.pos_ == "PROPN"):
            # "the army's spokesman", "a spokesman for the Malian army", and the titled name
            # "LNA spokesman Ahmed al-Mismari"
            sector = owner.sector
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
            return self.country_sector_actor(scene, text, sector)
        seceding = self.separatist_region_country(head, tokens) if owner is None else None
        if seceding:
            # "the separatist authorities" of Nagorno-Karabakh: the state the region belongs to, and
            # a separatist government is a separatist body, not that state's government
            sector = "SEP" if sector == "GOV" else sector
            return self.country_sector_actor(seceding, text, sector)
        body = self.previous_speaking_body(head) if owner is None else None
        if body is not None:
            return body.model_copy(update={"text": text})
        arrested = self.arrest_scene(head) if owner is None and sector in ("MIL", "COP") else None
        if arrested:
            # "Four army officers were arrested in Bangui": servicemen held where their clause
            # says are that place's, not the nearest earlier force's
            return self.country_sector_actor(arrested, text, sector)
        if owner is None and head.pos_ != "PROPN":
            holder = self.title_holder(head) or self.international_court_before(head, tokens) \
                or self.same_head_antecedent(head, tokens) \
                or self.same_force_before(head, tokens) \
                or self.ruling_junta(head, text) or self.same_sector_antecedent(head, tokens, sector)
            if holder is not None:
                return holder.model_copy(update={"text": text})
        if owner is None and sector in ("MIL", "COP"):
            force = self.peacekeepers_before(head)
            if force is not None:
                return force.model_copy(update={"text": text})
        if owner is None and head.lemma_.lower() in UNATTRIBUTED_NOUNS and not self.attributed(head):
            return None   # "hackers targeted the voter rolls": nobody's until someone names their sponsor
        country = owner.country if owner else None
        if country is None and sector in ("MIL", "COP"):
            country = self.sending_state_country(head)   # "North Korea has sent 1,500 troops to Russia"
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
        elif country is None and sector in LOCAL_SECTORS | {"REF"} and (described := self.partitive_country(head)):
            country = described   # "40 people, most of them residents of Riga"
        elif country is None and sector in LOCAL_SECTORS and not self.own_place_country(head) \
                and (attacked := self.attacked_place(head)):
            # "jets bombed villages near Myawaddy, killing 11 civilians": the people harmed where an
            # attack struck are that place's, whoever reports it and whoever attacked (a state may
            # bomb its own villages)
            country = attacked
        elif country is None and sector in ("CVL", "OPP") and (held := self.holding_state_country(head)):
            country = held   # "the government expelled 222 political prisoners to the United States"
        elif country is None and sector == "CVL":
            country = self.not_the_holders(head, self.not_the_attackers(head, self.civilian_country(head)))
        elif country is None and sector in LOCAL_SECTORS:
            country = self.not_the_attackers(head, self.context_country(head))
        elif country is None and sector in SCENE_SECTORS:
            country = self.operating_scene(head) or self.context_country(head)
        elif country is None and sector == "REB":
            country = self.attack_scene(head) or self.arrest_scene(head) or self.armed_context_country(head)
        elif country is None and sector in STATE_SECTORS - {"GOV"} and (attacked := self.attacked_place(head)):
            country = attacked
        elif country is None and sector in STATE_SECTORS - {"GOV"} and (losses := self.reported_losses_country(head)):
            country = losses
        elif country is None and sector not in CONTEXT_FREE_SECTORS:
            country = self.context_country(head)
        if sector == "MIL" and country in ARMYLESS_COUNTRIES and not (owner and owner.country):
            # "the army" in a West Bank story is no Palestinian army: the army named before it, if
            # one country's ("Israeli forces raided the camp. The army said ..."), else left open
            country = self.earlier_army_country(head)
        name = self.dictionary.country_names.get(country, country) if country else ""
        return make_actor(f"{name} {SECTOR_LABELS.get(sector, sector.lower())}".strip(), text, country, sector)

    def earlier_army_country(self, head: Token) -> str | None:
        """The country of the state forces named before ``head`` in reach, when they are all one
        country's and it has an army (``ARMYLESS_COUNTRIES``); else None."""
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        forces = [heads[i] for i in range(floor, head.i) if i in heads and heads[i].sector == "MIL"]
        countries = {a.country for a in forces if a.country and len(a.country) == 3 and a.country not in ARMYLESS_COUNTRIES}
        return countries.pop() if len(countries) == 1 else None

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

    def arrest_scene(self, head: Token) -> str | None:
        """ "The Israeli military said it had arrested 30 suspected militants in raids in the
        occupied West Bank": unowned insurgents arrested or detained at a place its clause names
        are that place's, not the arresting force's or the article's."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ARREST_VERBS:
            return None
        return self.clause_place_country(verb, ("dobj", "nsubjpass"))

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
        if sector not in ("MIL", "COP") or head.dep_ != "dobj" or not moves_own_forces(head.head, head):
            return None
        complements = [pobj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                       for pobj in prep.children if pobj.dep_ == "pobj"]
        own_words = [t for t in tokens if t.i != head.i] + [w for pobj in complements for w in self.np_tokens(pobj)]
        if any(t.i in self.doc._.ew_names or t.dep_ == "poss" for t in own_words):
            return None   # "a brigade of Lithuanian soldiers", "its troops": the phrase names its owner
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"] or deciding_party(head.head)
        if len(subjects) == 1 and subjects[0].tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            subjects = [head.head.head]   # "Maduro, who put the armed forces on alert": the relative's antecedent
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


# Plural heads that "foreign" makes a state's own office ("foreign ministers"), not other countries' people.
FOREIGN_OFFICE_WORDS = frozenset({"minister", "ministry", "secretary", "office", "affair", "affairs", "service",
                                  "policy", "relation", "correspondent"})


def is_foreign_others(head: Token) -> bool:
    """"foreign governments", "foreign powers", "foreign intelligence services", "any foreign company":
    a plural or indefinite sector word that "foreign" modifies names people of other countries, whose
    country the phrase does not say ("the foreign ministry", "the Foreign Service" are the state's own)."""
    foreign = next((c for c in head.lefts if c.dep_ in ("amod", "compound") and c.lower_ == "foreign"), None)
    if foreign is None or head.dep_ in ("compound", "amod", "nmod"):
        return False   # "the foreign agents law": a measure's name, not people
    if head.lemma_.lower() in FOREIGN_OFFICE_WORDS and foreign.i == head.i - 1:
        return False   # "foreign service", "foreign ministers"; not "foreign intelligence services"
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no") for c in head.lefts)
    return head.tag_ in ("NNS", "NNPS") or indefinite


def moves_own_forces(verb: Token, forces: Token) -> bool:
    """``verb`` moves the forces it governs as its object: a deploying verb ("stationed a brigade"),
    a commanding one with a clause of what they are to do ("ordered troops to remain"), or a readying
    one with an "on" phrase of readiness on the verb or on the last of its objects ("put the armed
    forces and a militia on alert")."""
    lemma = verb.lemma_.lower()
    if lemma in DEPLOYING_VERBS:
        return True
    if lemma in COMMANDING_VERBS:
        return any(c.dep_ == "xcomp" for c in verb.children)   # "ordered troops to remain"
    if lemma not in READYING_VERBS:
        return False
    holders = [verb, forces, *forces.conjuncts]
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(g.lemma_.lower() in READINESS_NOUNS for g in p.children)
               for h in holders for p in h.children)
