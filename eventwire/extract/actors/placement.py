"""Places that locate a phrase: on the phrase, on its clause, or opening its sentence.

"officials in Tokyo", "demonstrators marched through Khartoum", "In Cairo, ...", "the Burkinabe town of
Djibo", "displaced families near Doka", and the witness whose place local people take."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.clauses import accused_doers, is_actor_word, quantity_head
from eventwire.extract.actors.constants import (CLAUSE_PLACE_PREPOSITIONS, LOCAL_PREPOSITIONS, LOCAL_SECTORS,
    LOCATING_PREPOSITIONS, NEAR_PREPOSITIONS, REGION_ANAPHORS, REPORTING_VERBS, SEPARATIST_WORDS, SETTLEMENT_NOUNS,
    SUBJECT_DEPS, TRAVELLING_SECTORS, VICTIM_VERBS)
from eventwire.extract.actors.names import is_ethnic_label
from eventwire.extract.actors.places import (REGIONAL_CODES, SITE_NOUNS, city_country, hyphenated_word, is_place,
    is_town_word, place_name)


class PlacementMixin:
    """Countries of the places a phrase or its clause names."""

    def earlier_region_country(self, head: Token, reach: int = 200) -> str | None:
        """The country of the nearest place named before ``head`` that is no country or capital of
        the name dictionary ("Nagorno-Karabakh", "Transnistria", "Donetsk"): the region a phrase
        like "the region's forces" or "the separatist authorities" refers to. None when no
        gazetteer place comes first within ``reach`` tokens."""
        names = self.doc._.ew_names
        for i in range(head.i - 1, max(-1, head.i - reach - 1), -1):
            token = self.doc[i]
            if token.idx < self.dateline_end:
                return None
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or i in names:
                continue
            word = hyphenated_word(token)
            whole = word.text if len(word) > 1 else place_name(token)
            country = city_country(whole)
            if country:
                return country
        return None

    def region_possessor_country(self, token: Token) -> str | None:
        """ "the region's", "the enclave's": a definite region noun as a possessor is the region
        named before it."""
        if token.dep_ != "poss" or token.lemma_.lower() not in REGION_ANAPHORS \
                or not any(c.lower_ == "the" for c in token.children):
            return None
        return self.earlier_region_country(token)

    def separatist_region_country(self, head: Token, tokens: list[Token]) -> str | None:
        """ "the separatist authorities", "the breakaway government": an unowned body that secedes
        is of the state the region named before it belongs to (Nagorno-Karabakh's are AZE), not
        of the dateline's country."""
        if not any(t.lower_ in SEPARATIST_WORDS for t in tokens if t.i != head.i):
            return None
        return self.earlier_region_country(head)

    def attacked_place(self, head: Token) -> str | None:
        """ "Jihadists ambushed an army convoy near the Burkinabe town of Djibo": unowned soldiers or
        police attacked at a place are that place's country's forces (the clause of the attack, or
        of the attack a "killing ..." clause continues, names the place)."""
        phrase = quantity_head(head)
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
            phrase = phrase.head   # "an army convoy": the convoy is what was hit
        verb = phrase.head
        if phrase.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in VICTIM_VERBS:
            return None
        for clause in (verb, verb.head) if verb.dep_ in ("advcl", "conj") else (verb,):
            if clause.lemma_.lower() not in VICTIM_VERBS:
                continue
            country = self.clause_place_country(clause, ("dobj", "nsubjpass"))
            if country:
                return country
        return None

    def clause_place_country(self, verb: Token, object_deps: tuple[str, ...]) -> str | None:
        """The country of a place named on ``verb`` or, failing that, on one of its objects
        (``object_deps``): "ambushed a patrol near the town of X"."""
        for token in [verb, *(c for c in verb.children if c.dep_ in object_deps)]:
            country = self.place_country(token, CLAUSE_PLACE_PREPOSITIONS, nested=True)
            if country:
                return country
        return None

    def located_country(self, head: Token) -> str | None:
        """The country of a place attached to the phrase ("officials in Tokyo") or to the clause
        it is the subject or object of ("demonstrators marched through central Khartoum")."""
        country = self.place_country(head, LOCATING_PREPOSITIONS)
        if self.sector_of(head) in TRAVELLING_SECTORS:
            return country   # "negotiators shook hands in Havana": talks abroad say nothing of their side
        phrase = quantity_head(head)
        if country is None and phrase.dep_ in SUBJECT_DEPS | {"dobj"} and phrase.head.pos_ in ("VERB", "AUX"):
            country = self.place_country(phrase.head, CLAUSE_PLACE_PREPOSITIONS, nested=True)
        return country

    def place_country(self, token: Token, prepositions: set[str], only: Token | None = None,
                      nested: bool = False) -> str | None:
        """The country of a place in a ``prepositions`` phrase attached to ``token`` (or in the
        phrase ``only``); with ``nested``, also of a place inside that phrase ("rallied outside
        the French base in Niamey")."""
        for child in [only] if only is not None else token.rights:
            if child.dep_ != "prep" or child.lower_ not in prepositions:
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                settlement = self.settlement_country(pobj)
                if settlement:
                    return settlement
                if nested and not self.entries_at(pobj) and not is_town_word(pobj, self.doc):
                    inner = self.place_country(pobj, {"in", "at"})
                    if inner:
                        return inner
                    continue
                found = self.entries_at(pobj)
                if found:
                    entry = self.best_entry(found[1])
                    if entry.kind in ("country", "capital") and entry.country:
                        return entry.country
                elif is_town_word(pobj, self.doc):
                    # a GPE, or a town the model labelled otherwise ("in Doka"): the gazetteer decides
                    country = city_country(place_name(pobj))
                    if country:
                        return country
                elif pobj.lemma_.lower() in SITE_NOUNS:
                    country = self.site_town_country(pobj)
                    if country:
                        return country
        return None

    def site_town_country(self, site: Token) -> str | None:
        """The country of the town naming a local site ("at Kassala hospital", "in the Gao
        market"): the town word compounded with the site noun, when the gazetteer places it."""
        for child in site.children:
            if child.dep_ == "compound" and is_town_word(child, self.doc) and not self.entries_at(child):
                country = city_country(place_name(child))
                if country:
                    return country
        return None

    def settlement_country(self, token: Token) -> str | None:
        """ "the Burkinabe town of Djibo", "Haiti's capital" (the nationality word or the owning
        country decides), "the town of Zvecan", "Lubero territory" (the gazetteer decides for the
        name after "of" or before the noun)."""
        if token.lemma_.lower() not in SETTLEMENT_NOUNS | {"capital"}:
            return None
        for child in token.lefts:
            found = self.entries_at(child) if child.dep_ in ("amod", "compound", "nmod", "poss") else None
            if found and not is_ethnic_label(child):
                entry = self.best_entry(found[1])
                if entry.kind in ("adjective", "country") and entry.country and len(entry.country) == 3 \
                        and entry.country not in REGIONAL_CODES:
                    return entry.country
        for child in token.lefts:
            if child.dep_ == "compound" and is_town_word(child, self.doc) and not self.entries_at(child):
                country = city_country(place_name(child))   # "in Lubero territory", "in Ituri province"
                if country:
                    return country
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for name in prep.children:
                    if name.dep_ == "pobj" and is_town_word(name, self.doc):
                        return city_country(place_name(name))
        return None

    def scene_country(self, head: Token) -> str | None:
        """The country of an opening place adverbial of the sentence, before the phrase ("In Cairo,
        the price of beef rose after the government halted imports"). Not for a phrase inside a
        quotation: "In Washington, the State Department urged both sides to 'protect the civilians'"
        places the speaker, not the people the quoted words speak of. A place after the verb of a
        clause coordinated before the phrase's own is that clause's venue, not the sentence's scene:
        "signed a truce in Jeddah, but the authorities ..."."""
        quoted = self.quotation_at(head.idx)
        verb = head
        crossed = False   # whether the climb has left a clause coordinated with the one above
        while verb.head.i != verb.i:
            crossed = crossed or (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX"))
            verb = verb.head
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ == "in" and child.i < head.i \
                        and (child.i < verb.i or not crossed) \
                        and any(t.is_punct for t in self.doc[child.i: head.i]) \
                        and (quoted is None or quoted[0] < child.idx):
                    country = self.place_country(verb, {"in"}, only=child)
                    if country:
                        return country
        return None

    def police_scene_country(self, head: Token) -> str | None:
        """ "Riot police drove the protesters out of the Baghdad compound", "police detained 40 people
        at a rally in Nukus": police act where they stand, so unowned police that are the subject of
        a clause take the country of the first town or capital the clause names in any of its
        phrases (not in a clause of its own subject), else of the clause theirs is coordinated with
        ("campaigners rallied outside the Tanzanian mission in Nairobi, and police fired tear gas").
        Soldiers do not: they act abroad too."""
        if self.sector_of(head) != "COP":
            return None
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX") or verb.i == phrase.i:
            return None
        words = clause_words(verb, phrase)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
            words += clause_words(verb.head, verb)
        for token in words:
            country = self.town_country(token)
            if country:
                return country
        return None

    def town_country(self, token: Token) -> str | None:
        """The country of a capital the dictionary knows or a town (a GPE or LOC entity) the gazetteer
        places; None for a country name ("police in Paris arrested a man from Algeria") or anything else."""
        found = self.entries_at(token)
        if found:
            entry = self.best_entry(found[1])
            return entry.country if entry.kind == "capital" and entry.country not in REGIONAL_CODES else None
        if token.ent_type_ not in ("GPE", "LOC"):
            return None   # a surname the gazetteer also knows ("Geza") is no town
        return city_country(place_name(token))

    def local_place_country(self, head: Token) -> str | None:
        """The place local people (civilians, workers, students, farmers, health workers) are tied
        to beyond an ``in``/``at`` phrase: a town next to them or a land they are spread across
        ("displaced families near Doka", "killed 45 people across Gaza"),
        the place of the camp, home or site they are "of" or "for" ("the homes of villagers near
        Kassala"), else the place of the local witness who reports them; None for other sectors or
        when none names one."""
        if self.sector_of(head) not in LOCAL_SECTORS:
            return None
        return self.place_country(head, LOCAL_PREPOSITIONS) or self.host_place_country(head) \
            or self.reporter_place_country(head)

    def host_place_country(self, head: Token) -> str | None:
        """ "camps for displaced families in Gedaref", "the homes of villagers near Kassala": the
        place of the noun an ``of``/``for`` phrase hangs on, unless that noun is an actor."""
        phrase = quantity_head(head)
        prep = phrase.head
        if phrase.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "NOUN":
            return None
        host = prep.head
        if host.i in self.doc._.ew_actor_heads or is_actor_word(host):
            return None   # "the leaders of protesters in Tbilisi": another actor's place
        return self.place_country(host, {"in", "at"} | NEAR_PREPOSITIONS)

    def reporter_place_country(self, head: Token) -> str | None:
        """ "Medical staff at Doka hospital tell our correspondent that three villagers were killed":
        local people (civilians, workers, students, farmers) whose own clause names no place, inside
        what a local witness reports, take the country of the place the witness is at. Only for a
        witness that does not travel (no government, army, envoy or reporter: "Western diplomats in
        Cairo said civilians were killed" says nothing of the civilians). Its caller,
        ``local_place_country``, has checked the sector."""
        verb = quantity_head(head).head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        witnesses = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
        heads = self.doc._.ew_actor_heads
        if any(heads.get(w.i) is not None and heads[w.i].sector not in LOCAL_SECTORS for w in witnesses):
            return None
        places = {self.witness_place(w) for w in witnesses} - {None}
        return places.pop() if len(places) == 1 else None

    def witness_place(self, witness: Token) -> str | None:
        """The country of the place an ``at``/``in`` phrase on ``witness`` names: a country or
        capital, a town, or a town naming the building ("at Doka hospital")."""
        country = self.place_country(witness, {"in", "at"})
        if country:
            return country
        for prep in witness.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            for pobj in prep.children:
                towns = [t for t in pobj.lefts if t.dep_ == "compound" and is_town_word(t, self.doc)]
                found = {city_country(place_name(t)) for t in towns} - {None}
                if len(found) == 1:
                    return found.pop()
        return None

    def acting_tokens(self, head: Token) -> set[int]:
        """The tokens of the subject (or agent) of the clause whose object ``head`` is."""
        phrase = quantity_head(head)
        if phrase.dep_ not in ("dobj", "nsubjpass") or phrase.head.pos_ not in ("VERB", "AUX"):
            return set()
        verb = phrase.head
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")] or accused_doers(verb)
        return {t.i for c in doers for t in c.subtree}

    def acting_phrase_place(self, head: Token) -> str | None:
        """The country of a place named inside the phrase that acts on ``head`` ("the shelling of
        a market in Kharkiv ... left seven civilians dead", "strikes across Ukraine killed 19
        people"): the scene of the act is the victims'."""
        acting = self.acting_tokens(head)
        places = [c for i, c in self.countries_at if i in acting and is_place(self.doc[i])]
        return places[-1] if places else None

    def own_place_country(self, head: Token) -> str | None:
        """The country of the place an unowned phrase is tied to by its own words or clause ("people
        in Gedaref", "marched through Khartoum", "In Cairo, ..."), or of the police or court that
        holds the people it names; None when neither names one."""
        phrase = head
        while phrase.dep_ in ("amod", "compound") and phrase.head.i != phrase.i:
            phrase = phrase.head
        return self.located_country(head) or self.scene_country(head) or self.jurisdiction_country(head) \
            or (self.place_country(phrase, {"in", "at"}) if phrase.i != head.i else None)

    def is_setting(self, token: Token) -> bool:
        """A country or city named as the scene ("arrived in Yangon"), not as an actor acted on."""
        return token.i not in self.doc._.ew_names or is_place(token)

    @staticmethod
    def is_place(head: Token) -> bool:
        """A country or capital used as a location ("shops in Beijing", "flew to Tehran")."""
        return is_place(head)


# Dependencies of clauses that describe a noun: the words of the clause above do not reach into them.
DESCRIBING_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Dependencies of clauses that belong to the clause above unless they have a subject of their own
# ("fired tear gas to drive them out of the Tehran compound" shares its doer).
SUBORDINATE_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis"})


def clause_words(verb: Token, skipped: Token) -> list[Token]:
    """The words of ``verb``'s clause in text order, without ``skipped``'s phrase, the clauses that
    describe a noun in it, and clauses with a subject of their own."""
    found: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in token.children:
            if child.i == skipped.i or child.dep_ in DESCRIBING_CLAUSE_DEPS:
                continue
            if child.dep_ in SUBORDINATE_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in SUBJECT_DEPS for c in child.children):
                continue
            stack.append(child)
    return sorted(found, key=lambda t: t.i)
