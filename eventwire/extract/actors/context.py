"""The country an unowned phrase takes from the article when its own words give none.

The article's focus country unless it is the phrase's other party, the reporter of the sentence, an
earlier speaker of the same body, the nearest country named before, and the guards that keep victims
from taking their attackers' nationality."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from eventwire.extract.actors.clauses import (accused_doers, is_local_body, is_speaker, names_a_backer,
    names_another_party, quantity_head, reports_an_attack, reports_the_sentence)
from eventwire.extract.actors.constants import (ABUSING_VERBS, ARMYLESS_COUNTRIES, CAPTIVE_NOUNS,
    DOMESTIC_SECTORS, FOCUS_DOMINANCE, HARMING_VERBS, HOLDING_VERBS, INNER_DEPS, LOCAL_SECTORS, PARTNERED_SECTORS,
    PARTNERS_ASKED_KEY, PEOPLE_SECTORS, PRISONER_NOUNS, REPORTING_VERBS, SCENE_PREPOSITIONS, SENDING_VERBS,
    SITE_PREPOSITIONS, STATE_DISPOSAL_VERBS, STATE_SECTORS, SUBJECT_DEPS)
from eventwire.extract.actors.places import city_country, focus_country, is_place, place_name
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


class ContextMixin:
    """Countries an unowned phrase takes from the rest of the article."""

    def context_country(self, head: Token, use_focus: bool = True) -> str | None:
        """The country an unowned sector phrase belongs to, from the article's context; without
        use_focus, the article's own country is not given for want of a closer clue."""
        phrase = head
        while phrase.dep_ in ("amod", "compound") and phrase.head.i != phrase.i:
            phrase = phrase.head   # "militant targets in northern Iraq", "army officers were
            # arrested in Bangui": the place of the whole phrase counts, and of its clause when the
            # phrase is the subject ("Ethiopian drones hit militia camps deep inside Sudan" is not)
        located = self.located_country(head) or self.scene_country(head) or self.opponent_country(head) \
            or self.jurisdiction_country(head) \
            or (self.place_country(phrase, {"in", "at"}) if phrase.i != head.i else None) \
            or (self.located_country(phrase) if phrase.i != head.i and phrase.dep_ in SUBJECT_DEPS else None) \
            or self.local_place_country(head) or self.police_scene_country(head)
        if located:
            return located
        reported = self.reported_act_country(head) or self.earlier_body_country(head) \
            or self.reported_scene_country(head) or self.named_partner_country(head)
        if reported:
            return reported
        focus = self.focus_for(head) if use_focus else None
        if focus:
            return focus
        if self.focus:
            # the article's country is the other party's: the victims' is unknown, but a speaker
            # whose own words name it as a third party is from the dateline's country
            return self.speaker_home(head)
        if self.dateline_country:
            return self.dateline_country
        if self.sector_of(head) == "REB":
            fought = self.fought_by_state(head)
            if fought:
                # "Malian troops pressed an offensive against Tuareg separatists"; but militants
                # fought in a land with no army of its own are that land's ("Israeli forces raided
                # the Jenin camp ... killed two militants")
                scene = self.article_scene()
                return scene if scene in ARMYLESS_COUNTRIES else fought
            scene = self.article_scene()
            if scene and not self.struck_where_it_is(head, scene):
                return scene   # "killing about 20 rebels": insurgents are of the land they fight in
        start = sentence_of(head).start
        previous = [(i, c) for i, c in self.countries_at if i < head.i and i >= max(0, start - 60)
                    and not names_another_party(self.doc[i], head, self.doc._.ew_actor_heads)
                    and not names_a_backer(self.doc[i]) and not self.quoted_apart(self.doc[i], head)]
        same = [(i, c) for i, c in previous if i >= start]
        acting = [c for i, c in same if self.on_subject_side(self.doc[i])]
        earlier = self.earlier_speaker_country(head) if same and is_speaker(head) else None
        if earlier:
            # "The Philippine military said ... the Chinese seized rifles, armed forces chief General
            # X told reporters": a speaker's side is his body's in its earlier words, not the side of
            # the sentence he reports
            return earlier
        if acting and reports_the_sentence(head) and not is_local_body(head):
            return acting[-1]        # "Egypt suspended imports from Ethiopia, the Ministry of Supply said"
        if same:
            return self.nearest_owner(head, same)   # else the nearest country named earlier in the sentence
        scenes = [c for i, c in previous if is_place(self.doc[i])]
        if scenes and self.sector_of(head) in LOCAL_SECTORS:
            return scenes[-1]        # local people live where things happened, not with an earlier actor
        sites = [(i, c) for i, c in previous if is_site(self.doc[i])]
        if sites and self.sector_of(head) == "COP" and not any(
                i > sites[-1][0] and self.on_subject_side(self.doc[i]) for i, _ in previous):
            # the police keep order where things happen ("demands from Moscow ... in central Tallinn ...
            # Police fired"), unless a country acts after that place ("Talks collapsed in Washington.
            # Ethiopia began filling the dam. Police arrested 12 activists")
            return sites[-1][1]
        settings = [(i, c) for i, c in previous if self.on_subject_side(self.doc[i]) or self.is_setting(self.doc[i])]
        if settings:
            return self.unless_listed(settings[-1])   # else the nearest one that acted or was the scene
        return self.unless_listed(previous[-1]) if previous else self.later_actor_country(head)

    def nearest_owner(self, head: Token, same: list[tuple[int, str]]) -> str:
        """The nearest of the countries named earlier in ``head``'s sentence; for a state body, the
        nearest named as an actor rather than as a place ("Mali's government and the rebels signed
        a deal in Algiers, but the junta tore it up": a capital named as a venue owns no government),
        unless the phrase sits in a clause on that place ("flew to Addis Ababa, where the government
        hosted talks")."""
        if self.sector_of(head) in STATE_SECTORS and not in_where_clause(head):
            owners = [c for i, c in same if not is_place(self.doc[i])]
            if owners:
                return owners[-1]
        return same[-1][1]

    def article_scene(self) -> str | None:
        """The country the article's places lie in, when one leads the others: the country most
        often named as a place ("in the northwest of the Central African Republic", "in Bangui",
        a town of it), at least twice and more often than any other. Insurgents with no owner and
        no focus country are that country's (the gold's convention: militants attacking in a
        country are its REB), not the nearest country named, often a foreign force's
        ("Central African troops and Russian instructors ... killing about 20 rebels"). Not for a
        group another state's forces strike where it is ("Ethiopian drones hit militia camps deep
        inside Sudan"): the usual rules decide that one."""
        counts = Counter(c for i, c in self.countries_at
                         if is_place(self.doc[i]) or i not in self.doc._.ew_names or in_part_of_place(self.doc[i]))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def sole_country(self) -> str | None:
        """The one country the article names, or None when it names none or several."""
        countries = {c for _, c in self.countries_at}
        return countries.pop() if len(countries) == 1 else None

    def unless_listed(self, position: tuple[int, str]) -> str | None:
        """The country at ``position`` (named in an earlier sentence), unless its name is one of a
        list of three or more countries ("Pakistan, India, Nepal and Bangladesh have offered troops.
        The ground troops ..."): the last of a list is no likelier than the others to own a bare
        phrase after it, so none is given. (In the list's own sentence the events component
        shares the phrase among the list.)"""
        token = self.doc[position[0]]
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
        countries = {c for i, c in self.countries_at if any(i == t.i for t in members)}
        return None if len(countries) >= 3 else position[1]

    def reported_act_country(self, head: Token) -> str | None:
        """The country that acts in the clause an unowned body reports at the sentence's end
        ("Egypt suspended imports from Ethiopia, the Ministry of Supply announced"): a body that
        announces a measure speaks for the measure's author, even when the article's own country
        is the other party. Not for reports of attacks ("Russia struck Kharkiv overnight, the air
        force said"): those come from the side that was hit, so the usual context decides."""
        if not reports_the_sentence(head) or is_local_body(head) or reports_an_attack(head) \
                or (is_speaker(head) and self.earlier_speaker_country(head)):
            return None   # a speaker's side comes first from his own body's earlier words
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        acting = [c for i, c in self.countries_at if sentence.start <= i < head.i
                  and self.on_subject_side(self.doc[i])
                  and not names_another_party(self.doc[i], head, heads)
                  and not self.quoted_apart(self.doc[i], head)]
        return acting[-1] if acting else None

    def reported_scene_country(self, head: Token) -> str | None:
        """ "In Cairo, the price of beef rose ..., traders said": unowned local people or traders
        who report what happened at a place the sentence names are that place's, whatever the
        dateline's country (a Washington story quoting Cairo's traders)."""
        if self.sector_of(head) not in LOCAL_SECTORS | PEOPLE_SECTORS | {"BUS"} or not reports_the_sentence(head):
            return None
        sentence = sentence_of(head)
        for token in reversed(self.doc[sentence.start:head.i]):
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and is_place(token) \
                    and not self.quoted_apart(token, head):
                country = city_country(place_name(token))
                if country:
                    return country
        return None

    def named_partner_country(self, head: Token) -> str | None:
        """ "to meet Voronin and opposition leaders": a country's own political bodies (its opposition,
        parties, legislature, courts) coordinated with a person the dictionary names are of that person's
        country, not of a foreign envoy named nearer. Only a person of its government ("Voronin" the
        president): a country named beside them may be another party ("Russia and opposition leaders")."""
        if self.sector_of(head) not in PARTNERED_SECTORS:
            return None
        partners = [head.head] if head.dep_ == "conj" else []
        partners += [c for c in head.children if c.dep_ in ("conj", "nmod")]
        # (the parser may hang "Voronin and" on "leaders" as a modifier)
        asking = self.doc.user_data.setdefault(PARTNERS_ASKED_KEY, [])   # a list: user_data is serialized
        for partner in partners:
            if partner.pos_ != "PROPN" or partner.ent_type_ in ("GPE", "NORP", "LOC") or head.i in asking:
                continue
            asking.append(head.i)   # two partners ask about each other once only
            try:
                actor = self.actor_for_token(partner)
            finally:
                asking.remove(head.i)
            if actor is not None and actor.country and actor.sector == "GOV":
                return actor.country
        return None

    def earlier_body_country(self, head: Token) -> str | None:
        """ "Ministry spokesman Adel Nassar" after "the Ministry of Supply announced ...": a
        capitalized, unowned body word modifying the phrase names the body coded under the same
        word in an earlier sentence, and takes its country (the nearest such body's)."""
        heads = self.doc._.ew_actor_heads
        start = sentence_of(head).start
        for token in self.np_tokens(head):
            if token.i == head.i or token.dep_ != "compound" or not token.text[:1].isupper() \
                    or token.ent_type_ in ("PERSON", "GPE", "NORP") or token.i in self.doc._.ew_names:
                continue
            earlier = [i for i, actor in heads.items() if i < start and actor.country
                       and self.doc[i].lower_ == token.lower_ and self.doc[i].pos_ != "PRON"]
            if earlier:
                return heads[max(earlier)].country
        return None

    def earlier_speaker_country(self, head: Token) -> str | None:
        """The country of the earlier speakers of the phrase's own sector in the sentences before
        its own (subjects of a reporting verb: "The Philippine military said ..."), when they are
        all of one country: a speaker's side comes from his own body's earlier words, not from the
        actor of the sentence he reports."""
        terms = self.doc._.ew_sector_terms
        sector = self.sector_of(head) or next(
            (terms[t.i][1] for t in reversed(self.np_tokens(head)) if t.i in terms), None)
        if sector is None:
            return None
        heads = self.doc._.ew_actor_heads
        countries = {heads[i].country for i in range(sentence_of(head).start)
                     if i in heads and heads[i].sector == sector and heads[i].country
                     and self.doc[i].pos_ != "PRON" and is_speaker(self.doc[i])}
        return countries.pop() if len(countries) == 1 else None

    def later_actor_country(self, head: Token) -> str | None:
        """For a phrase with no country named before it (a headline's or a lead's opening words:
        "Rival generals to hold talks in Jeddah | As Sudan fighting rages"), and an article with no
        country of its own: the one that leads the countries named after it as actors -- not as
        places, inside a quotation, or as the phrase's other party. Only in the text's first
        sentence, and not for local people (civilians, workers): the lead's scene is theirs."""
        sentence = sentence_of(head)
        first = next(iter(self.doc.sents))
        if sentence.start != first.start or self.sector_of(head) in LOCAL_SECTORS | PEOPLE_SECTORS:
            return None
        later = [(i, c) for i, c in self.countries_at if i > head.i
                 and not is_place(self.doc[i]) and not self.quoted_apart(self.doc[i], head)
                 and not (i < sentence.end and names_another_party(self.doc[i], head, self.doc._.ew_actor_heads))]
        return focus_country(later, None)

    def civilian_country(self, head: Token) -> str | None:
        """The country of an unowned group of civilians ("villagers", "residents", "people"): the
        place its own words or clause name, or one named inside the phrase acting on it; null when
        the only country its sentence names is its attackers' and the rest of the article gives
        none ("Eritrean gunmen killed four villagers"); else the article's context -- unless that country is
        named in the sentence only as the subject of a clause the phrase is embedded in, dealing
        with a foreign party there: the speaker or accuser rather than the people's home ("The
        United States imposed sanctions, accusing the armed group of attacking civilians"); then
        the text does not decide."""
        country = self.own_place_country(head) or self.acting_phrase_place(head) or self.local_place_country(head)
        if country:
            return country
        if self.names_attacker_only(head) and self.context_outside_sentence(head) is None:
            return None
        named = head.pos_ == "PROPN"   # "the activist Kamala Lopez": one person, not a crowd of the place
        country = self.context_country(head, use_focus=not named or self.focus_dominates())
        if country and self.named_only_as_outer_subject(head, country):
            return None
        return country

    def focus_dominates(self) -> bool:
        """Whether the article's own country is named at least FOCUS_DOMINANCE times as often as
        the next one, or is its dateline's. A story on two countries (Russia's TV network and its
        American hosts) has a leading country, but a named private person in it needs a clue of
        his own: the country named a little more often is usually the foreign leader's."""
        if not self.focus:
            return False
        if self.dateline_country == self.focus:
            return True   # "CAIRO —": the story is told from the focus country
        counts = Counter(c for _, c in self.countries_at)
        others = [n for c, n in counts.items() if c != self.focus]
        return not others or counts[self.focus] >= FOCUS_DOMINANCE * max(others)

    def context_outside_sentence(self, head: Token) -> str | None:
        """The article's own country counting only the countries named outside ``head``'s sentence
        (and the dateline), or None when the rest of the article gives none."""
        sentence = sentence_of(head)
        rest = [(i, c) for i, c in self.countries_at if not sentence.start <= i < sentence.end]
        return focus_country(rest, self.dateline_country, self.title_countries)

    def attacker_countries(self, head: Token) -> set[str]:
        """The countries named as nationality (not as a place) in the subject or agent of the
        harming clause ``head`` is the victim of ("Chinese vessels rammed a boat and beat five
        fishermen": the subject of the first of coordinated verbs counts)."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in ABUSING_VERBS:
            return set()
        clauses = [verb]
        while clauses[-1].dep_ == "conj" and clauses[-1].head.pos_ in ("VERB", "AUX"):
            clauses.append(clauses[-1].head)
        acting = {t.i for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "agent")
                  for t in c.subtree}
        acting |= {t.i for c in accused_doers(verb) for t in c.subtree}   # "accused X of executing them"
        heads = self.doc._.ew_actor_heads
        named = {c for i, c in self.countries_at if i in acting and not is_place(self.doc[i])}
        named |= {heads[i].country for i in acting if i in heads and heads[i].country}
        return named

    def reporting_actor(self, head: Token) -> Actor | None:
        """Whoever reports the clause ``head`` stands in ("Vietnam's navy said ...", "..., Ghana's
        navy said"): the actor, with a country, of the subject of the nearest reporting verb above
        it."""
        heads = self.doc._.ew_actor_heads
        for verb in head.ancestors:
            if verb.lemma_.lower() not in REPORTING_VERBS | {"report", "tell"}:
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                # a later phrase only when a name owns it ("the Indian navy"): it cannot loop back here
                named = subject.i < head.i or any(t.i in self.doc._.ew_names for t in self.np_tokens(subject))
                actor = heads.get(subject.i) or (self.actor_for_token(subject) if named else None)
                if actor is not None and actor.country:
                    return actor
            return None
        return None

    def not_the_holders(self, head: Token, country: str | None) -> str | None:
        """Hostages are not their holders' people: "Hamas freed 105 hostages", "the group was ready
        to free 33 hostages". When the country found for unowned hostages or captives is that of
        the side that holds, frees or seizes them, they are the other side's: the country the
        article names most often after the holder's, when it is named twice or more and leads.
        Without one, the holder's own people ("Colombian rebels released the hostages to ...
        Venezuelan diplomats")."""
        if head.lemma_.lower() not in CAPTIVE_NOUNS or country is None:
            return country
        holder = self.holder_of(head)
        if holder is None or holder.country != country:
            return country
        counts = Counter(c for _, c in self.countries_at if c != country)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return country   # no other side stands out: rebels holding their own country's people
        return ranked[0][0]

    def holding_state_country(self, head: Token) -> str | None:
        """The country of the state that expels, frees, jails or holds the unowned prisoners ``head``
        names ("Ortega's government expelled 222 political prisoners to the United States"): a
        state disposes of its own prisoners, wherever it sends them."""
        if head.lemma_.lower() not in PRISONER_NOUNS:
            return None
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ != "dobj" or verb.lemma_.lower() not in STATE_DISPOSAL_VERBS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        actor = self.actor_for_token(subject) if subject.i < head.i else self.doc._.ew_actor_heads.get(subject.i)
        if actor is None or actor.sector not in STATE_SECTORS or not actor.country:
            return None
        return actor.country

    def sending_state_country(self, head: Token) -> str | None:
        """The country of the state that sends, deploys or withdraws the unowned forces ``head``
        names ("North Korea has sent about 1,500 special forces troops to Russia's Far East"): a
        state moves its own troops, whoever reports it and wherever they go."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ != "dobj" or verb.lemma_.lower() not in SENDING_VERBS:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.idx >= self.dateline_end and c.i < head.i]
        if not subjects or subjects[-1].pos_ == "PRON":
            return None   # (the parser may make a dateline the verb's subject)
        actor = self.actor_for_token(subjects[-1])
        if actor is None or not actor.country or (actor.sector and actor.sector not in STATE_SECTORS):
            return None
        return actor.country

    def holder_of(self, head: Token) -> Actor | None:
        """The actor that holds, frees or seizes the captives ``head`` names: the subject of the
        verb they are the object of, climbing through "ready to free", "agreed to release"."""
        phrase = quantity_head(head)
        verb = phrase.head
        if phrase.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS:
            return None
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]   # a later subject only when already coded: no loop back here
                if subject.i < head.i:
                    return self.actor_for_token(subject)
                return self.doc._.ew_actor_heads.get(subject.i)
            if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def reported_losses_country(self, head: Token) -> str | None:
        """ "Jihadists killed at least 21 soldiers near the border with Mali, Niger's defence
        ministry said": unowned soldiers or police harmed in a clause that a state body reports are
        that body's country's, as a state reports its own losses, not the article's main country's
        -- unless the reporter's country is the attackers' own ("the Russian defence ministry said
        its forces killed 30 soldiers")."""
        phrase = quantity_head(head)
        if phrase.dep_ not in ("dobj", "nsubjpass") or phrase.head.lemma_.lower() not in ABUSING_VERBS:
            return None
        reporter = self.reporting_actor(head)
        if reporter is None or reporter.sector not in STATE_SECTORS or len(reporter.country or "") != 3:
            return None
        return None if reporter.country in self.attacker_countries(head) else reporter.country

    def reporting_country(self, head: Token) -> str | None:
        """The country of :meth:`reporting_actor`."""
        actor = self.reporting_actor(head)
        return actor.country if actor else None

    def not_the_attackers(self, head: Token, country: str | None) -> str | None:
        """Victims do not take their attackers' nationality: when the country found for an unowned
        group of people harmed or held by an actor is that actor's own, it is the reporter's
        country if one of another country reports the act ("Vietnam's navy said Chinese vessels
        ... beat five fishermen" -> VNM); unknown when only the attacker names a country in the
        sentence and the rest of the article none ("Eritrean gunmen abducted six farmers");
        otherwise unchanged (a state may act on its own people: "police arrested 20 students")."""
        attackers = self.attacker_countries(head) if country else set()
        if country not in attackers:
            return country
        reporter = self.reporting_country(head)
        if reporter and reporter not in attackers:
            return reporter
        if self.names_attacker_only(head):
            outside = self.context_outside_sentence(head)
            if outside is None and self.sector_of(head) != "CVL":
                return None   # as civilian_country does for "Eritrean gunmen killed four villagers"
            if outside is not None and outside not in attackers:
                return outside   # "accused Russian fighters of executing six herders" in a story on Mali
        return country

    def names_attacker_only(self, head: Token) -> bool:
        """Whether every country the phrase's sentence names before it belongs to the subject of the
        clause that acts on the phrase, as its nationality and not as a place ("Ethiopian drones killed
        five villagers", but not "strikes across Ukraine killed 19 people"): an attacker's country
        says nothing of its victims' when the article has no country of its own."""
        phrase = quantity_head(head)
        if phrase.head.lemma_.lower() not in HARMING_VERBS:
            return False   # "detained the lawyer", "released protesters": a state acting on its own people
        acting = self.acting_tokens(head)
        sentence = sentence_of(head)
        named = [i for i, _ in self.countries_at if sentence.start <= i < head.i]
        return bool(named) and all(i in acting and not is_place(self.doc[i]) for i in named)

    def named_only_as_outer_subject(self, head: Token, country: str) -> bool:
        """Whether every actor of ``country`` in ``head``'s sentence is the subject of a clause
        above the one ``head`` belongs to (and there is at least one), and that subject deals with
        another country's actor there: a state sanctioning or accusing a foreign party speaks from
        outside, while a government or official speaking of its own people ("Serbia's government
        will revoke the licence that protesters opposed") names no foreign party."""
        verbs = [t for t in quantity_head(head).ancestors if t.pos_ in ("VERB", "AUX")]
        if len(verbs) < 2:
            return False
        outer = {t.i for verb in verbs[1:] for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        named = {i for i in range(sentence.start, sentence.end)
                 if (i in heads and heads[i].country == country and self.doc[i].pos_ != "PRON")}
        named |= {i for i, c in self.countries_at if c == country and sentence.start <= i < sentence.end}
        foreign = any(heads[i].country not in (None, country) and self.doc[i].pos_ != "PRON"
                      for i in range(sentence.start, sentence.end) if i in heads and i not in outer)
        return foreign and bool(named) and named <= outer

    def jurisdiction_country(self, head: Token) -> str | None:
        """ "Colombian police arrested a cartel leader", "a Moscow court jailed two activists": the
        people a country's police or courts act on are within its reach, so an unowned phrase that
        is the object of their clause takes their country."""
        phrase = quantity_head(head)
        if phrase.dep_ != "dobj":
            return None
        verb = phrase.head
        while True:
            for child in verb.children:
                if child.dep_ == "nsubj":
                    actor = self.doc._.ew_actor_heads.get(child.i)
                    if actor is not None and actor.sector in DOMESTIC_SECTORS and actor.country:
                        return actor.country
                    return None
            if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
                verb = verb.head
                continue
            return None

    def focus_for(self, head: Token) -> str | None:
        """The article's own country for a phrase, unless it is the other party of the phrase's
        own clause ("Russian missile strikes killed four people", "slogans against Israel") or
        one named in the phrase's person's own quotation, and the rest of the article does not
        make it the article's country too."""
        if not self.focus:
            return None
        sentence = sentence_of(head)
        heads = self.doc._.ew_actor_heads
        others = {c for i, c in self.countries_at if sentence.start <= i < sentence.end
                  and names_another_party(self.doc[i], head, heads)} | self.quoted_by_speaker(head)
        if self.focus not in others:
            return self.focus
        rest = [(i, c) for i, c in self.countries_at if not sentence.start <= i < sentence.end]
        return self.focus if focus_country(rest, self.dateline_country, self.title_countries) == self.focus else None

    def quoted_by_speaker(self, head: Token) -> set[str]:
        """The countries named in a quotation of the phrase's sentence that the phrase's person
        speaks ("'... until Ethiopia stops violating our airspace,' said Amira El-Tayeb, the
        foreign minister"): a speaker's words name others, not the speaker."""
        sentence = sentence_of(head)
        found: set[str] = set()
        for i, country in self.countries_at:
            if not sentence.start <= i < sentence.end:
                continue
            span = self.quotation_at(self.doc[i].idx)
            if span is None or span[0] < head.idx < span[1]:
                continue
            if self.is_speaker_of(head, self.doc[i], span):
                found.add(country)
        return found

    def is_speaker_of(self, head: Token, token: Token, span: tuple[int, int]) -> bool:
        """Whether ``head`` (or the name it stands in apposition to) is the subject of the
        reporting verb that governs the quotation holding ``token``."""
        speaker = self.reporting_speaker(token, span)
        if speaker is None:
            inside = [t for t in self.doc if span[0] < t.idx < span[1] and not t.is_punct]
            speaker = next((s for s in (self.reporting_speaker(t, span) for t in inside[-1:] + inside[:1])
                            if s is not None), None)
        person = head
        while person.dep_ == "appos" and person.head.i != person.i:
            person = person.head
        return speaker is not None and speaker.i in (head.i, person.i)

    def speaker_home(self, head: Token) -> str | None:
        """The dateline's country for a person whose own quotation in the sentence names the
        article's focus country as a third party; null otherwise or when the quotation names the
        dateline's country too."""
        if not self.dateline_country or self.dateline_country == self.focus:
            return None
        quoted = self.quoted_by_speaker(head)
        if self.focus in quoted and self.dateline_country not in quoted:
            return self.dateline_country
        return None

    def opponent_country(self, head: Token) -> str | None:
        """ "ELN commanders and government negotiators", "the M23 and the army": a state sector
        coordinated with a named armed group is that group's country's."""
        if self.sector_of(head) not in STATE_SECTORS:
            return None
        heads = self.doc._.ew_actor_heads
        for other in [head.head] if head.dep_ == "conj" else [c for c in head.children if c.dep_ == "conj"]:
            actor = heads.get(other.i)
            if actor is not None and actor.sector in ("REB", "SEP") and actor.country \
                    and any(t.i in self.doc._.ew_names for t in [other, *other.lefts]):
                return actor.country
        return None

    def on_subject_side(self, token: Token) -> bool:
        """Whether a token sits in a clause subject ("Niger's military rulers ordered ...")."""
        while token.dep_ in INNER_DEPS | {"case", "conj", "appos"} and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECT_DEPS


def in_part_of_place(token: Token) -> bool:
    """ "in the northwest of the Central African Republic", "across parts of Sudan": a name after
    "of" in a phrase that a locating preposition governs is the place where something happened."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    part = token.head.head
    return part.dep_ == "pobj" and part.head.lower_ in SCENE_PREPOSITIONS


def in_where_clause(head: Token) -> bool:
    """Whether a "where" opens a clause above ``head`` ("flew to Addis Ababa, where the government
    hosted talks"): the phrase then sits in a clause on the place named before it."""
    return any(c.lower_ == "where" for verb in head.ancestors for c in verb.children)



def is_site(token: Token) -> bool:
    """A place named as where something is or happens ("in central Tallinn"), not as where a word
    comes from ("demands from Moscow")."""
    return token.dep_ == "pobj" and token.head.lower_ in SITE_PREPOSITIONS and is_place(token)
