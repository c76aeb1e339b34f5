"""Institutions, coalitions and armed groups, listed or not.

"an alliance of three armed groups", "the US Commerce Department", "Kenya's anti-graft agency",
"the Qwara People's Front", "the African Union Commission", "the UN chief", "Argentina's largest union"."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.clauses import names_a_sponsor
from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (ACRONYMS_OPEN_KEY, ARMED_GROUP_HEADS, BODY_SECTORS, CAMPAIGN_NOUNS,
    DESCRIBING_NOUNS, DIVIDED_HALVES, FIGHTING_VERBS, INNER_DEPS, LABOUR_NAME_WORDS, MEMBER_BODY_SECTORS,
    NAMED_ARMED_HEADS, NON_ACTOR_HEADS, NON_STATE_QUALIFIERS, OFFICER_NOUNS, PARTY_WORDS, PEOPLE_SECTORS,
    PERSON_NOUNS, QUALIFIED_BODY_NOUNS, QUALIFIER_SECTORS, SECTOR_LABELS, SERVICE_WORDS, STATE_MEASURE_HEADS,
    STATE_SECTORS, UNION_NAME_HEADS)
from eventwire.extract.actors.names import is_name_word, spelled_out_name
from eventwire.extract.actors.places import REGIONAL_CODES, entity_around, is_place, is_venue_noun
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


class BodyMixin:
    """Institutions, coalitions and armed groups."""

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
                        return self.country_sector_actor(leader.country, leader.text, chosen)
        return None

    def hyphen_leader(self, head: Token, text: str) -> Actor | None:
        """ "the Saudi-led bloc": a bloc a named state leads, by a "-led" modifier, is that state's
        government, unless an international body was named before it (which it then stands for: "the
        Nigerian-led bloc" after ECOWAS); not a body of named members ("the Moscow-led bloc of six former Soviet
        states" is the alliance named before)."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return None
        if any(i < head.i and any(e.kind == "organization" and e.sector == "IGO" for e in entries)
               for i, (_, entries) in self.doc._.ew_names.items()):
            return None   # "ECOWAS imposed sanctions ... The Nigerian-led bloc": the body named before
        for led in head.lefts:
            if led.lower_ != "led" or led.dep_ not in ("amod", "compound"):
                continue
            for owner in led.children:
                actor = self.actor_for_token(owner, as_owner=True) if owner.dep_ in ("npadvmod", "compound", "amod") else None
                if actor is not None and actor.country and actor.country not in REGIONAL_CODES \
                        and actor.sector in (None, "GOV"):
                    return self.country_sector_actor(actor.country, text, "GOV")
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
        if head.dep_ not in ("amod", "compound") or head.head.i == head.i or head.i in self.names_at:
            return False   # the names last: most heads asked are no modifier, and a doc._ read costs an object
        if head.pos_ == "ADJ" and head.lemma_.lower() in self.dictionary.titles \
                and head.lemma_.lower() not in self.dictionary.sector_terms:
            return True   # "general strike", "general election": not a general
        if head.lemma_.lower() in PERSON_NOUNS:
            return False   # "ministers trading threats" parsed as one compound: the ministers act
        return self.sector_of(head) is not None and head.head.lemma_.lower() in NON_ACTOR_HEADS

    def modifies_state_measure(self, head: Token) -> bool:
        """ "the foreign agents law", "a police reform": a sector word that only modifies a law, a
        bill or a reform; the measure is the state's, so the phrase is its government."""
        return head.dep_ in ("amod", "compound") and head.head.i != head.i \
            and head.head.lemma_.lower() in STATE_MEASURE_HEADS and head.i not in self.doc._.ew_names \
            and head.lemma_.lower() not in PERSON_NOUNS and self.sector_of(head) is not None

    def national_body(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the US Commerce Department", "Ethiopia's National Meteorology Institute": an institution
        the dictionary lacks, owned by a country named in the phrase, is that country's; its head
        word gives the sector when it says one ("Department" GOV, "House" LEG, "Court" JUD)."""
        if head.pos_ != "PROPN" or head.ent_type_ not in ("ORG", "FAC", "") or head.i in self.doc._.ew_names:
            return None
        if head.lower_ not in BODY_SECTORS and head.ent_type_ != "ORG":
            return None
        if is_venue_noun(head):
            return None   # "the Rome Statute", "the Doha Declaration": a text named after a city, no body
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

    def labour_union_name(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the National Union of Mineworkers", "the Zimbabwe Congress of Trade Unions": a named body
        the dictionary lacks whose name says it is one of workers (a union, federation or congress word
        and a workers' word) is LAB; its country is a country named inside the name ("of Guinean
        Workers"), else the phrase's owner, else the article's context, as for "strikers". A listed
        word inside the longer name does not stand for it ("Congress" is no legislature here)."""
        if not is_name_word(head) or head.ent_type_ != "ORG":
            return None
        name = entity_around(head)
        words = {t.lower_ for t in name}
        if not {"union", "unions"} & words:
            words -= {"trade", "trades"}   # only "trade union(s)": "the Free Trade Association" is no union
        if not words & UNION_NAME_HEADS or not words & LABOUR_NAME_WORDS or words & PARTY_WORDS:
            return None   # "the Congress of the Workers' Party" is a party's
        listed = self.entries_at(head)
        if listed is not None and listed[0].start <= name.start and listed[0].end >= name.end:
            return None   # the whole name is listed ("Trades Union Congress")
        for token in name:
            found = self.entries_at(token)
            entry = self.best_entry(found[1]) if found else None
            if entry is not None and entry.kind in ("country", "adjective") and entry.country \
                    and entry.country not in REGIONAL_CODES:   # "the Arab Teachers Union" is of its context
                return self.country_sector_actor(entry.country, text, "LAB")
        return self.sector_actor(head, tokens, text, "LAB")

    def acronym_of_earlier_name(self, head: Token, text: str) -> Actor | None:
        """ "the TNLA" after "the Ta'ang National Liberation Army": an unlisted acronym of three or
        more capitals, standing as its own phrase, is the nearest earlier name of the article whose
        initials it spells, and takes that name's code."""
        if head.pos_ != "PROPN" or not head.is_upper or not head.is_alpha or len(head) < 3 \
                or head.dep_ in ("compound", "nmod", "amod"):
            return None   # "in the VMI case": an acronym modifying another noun names no party
        open_acronyms = self.doc.user_data.setdefault(ACRONYMS_OPEN_KEY, [])   # a list: user_data is serialized
        if head.i in open_acronyms:
            return None   # the name's own words lead back to this acronym
        name = spelled_out_name(self.doc, head)
        if name is None or name.root.i >= head.i:
            return None
        open_acronyms.append(head.i)
        try:
            actor = self.actor_for_token(name.root)
        finally:
            open_acronyms.remove(head.i)
        return actor.model_copy(update={"text": text}) if actor is not None else None

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

    def fought_by_state(self, head: Token) -> str | None:
        """The country whose own state fights or deals with an unowned armed group: "Mali's
        government and Tuareg rebel groups signed a deal", "Malian troops pressed an offensive
        against Tuareg separatists", "the army said it had killed 11 militants". Insurgents fought
        by a state's forces are that state's, not those of a country named only as a venue ("signed
        in Algiers"). None when the sentence places the fight in another country (a strike across a
        border) or the state side has no country."""
        country = self.coordinated_state_country(head)
        if country is not None:
            return country
        country = self.fighting_state_country(head)
        if country is None:
            return None
        sentence = sentence_of(head)
        elsewhere = [i for i, c in self.countries_at
                     if sentence.start <= i < sentence.end and c != country and is_place(self.doc[i])]
        return None if elsewhere else country

    def coordinated_state_country(self, head: Token) -> str | None:
        """The country of a state body coordinated with the phrase ("Mali's government and Tuareg
        rebel groups"). Two unowned groups coordinated with each other ("rebels and jihadists")
        would each ask for the other's actor again: a phrase asked about while its own question is
        open answers None."""
        if head.i in self.coordination_asked:
            return None
        heads = self.doc._.ew_actor_heads
        others = [head.head] if head.dep_ == "conj" else [c for c in head.children if c.dep_ == "conj"]
        self.coordination_asked.add(head.i)
        try:
            for other in others:
                actor = heads.get(other.i) or self.actor_for_token(other)
                if actor is not None and actor.sector in STATE_SECTORS and actor.country:
                    return actor.country
            return None
        finally:
            self.coordination_asked.discard(head.i)

    def fighting_state_country(self, head: Token) -> str | None:
        """The country of the state forces that are the subject of the clause fighting the phrase:
        its object ("the army killed 11 militants") or the "against" phrase of a campaign noun
        object ("troops pressed an offensive against separatists"); the first of coordinated
        subjects leads."""
        phrase = head
        while phrase.dep_ == "conj" and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "against":
            campaign = phrase.head.head
            if campaign.lemma_.lower() not in CAMPAIGN_NOUNS or campaign.dep_ != "dobj":
                return None
            verb = campaign.head
        elif phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in FIGHTING_VERBS:
            verb = phrase.head
        else:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        actor = self.actor_for_token(subject)
        if actor is not None and actor.sector in STATE_SECTORS and actor.country:
            return actor.country
        return None

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
        if not words or not all(is_capitalized(t) for t in words):
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
                if child.dep_ in ("compound", "poss", "amod") and is_capitalized(child):
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


def is_capitalized(token: Token) -> bool:
    """A word written with a capital first letter, including names that ``str.istitle`` rejects for
    a capital-less syllable after an apostrophe or hyphen ("Ta'ang", "Al-qaida")."""
    return token.text[:1].isupper()
