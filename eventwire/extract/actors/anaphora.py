"""Definite nouns that refer back: "the bloc", "the envoy", "the militants", "the country"."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.juntas import military_rulers_on
from eventwire.extract.actors.constants import (ANAPHORA_WINDOW, ANAPHORIC_SECTORS, CONTINUING_WORDS,
    DEFINITE_WORDS, DISTINCT_OTHER_HEADS, FORCE_REACH, FORCE_WORDS, GROUP_ANAPHORS, INDEFINITE_DETERMINERS,
    SAME_REFERENT)
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor

# Nouns by which an article refers back to a court it named ("the court", "the tribunal").
COURT_NOUNS = ("court", "tribunal")


class NounAnaphoraMixin:
    """Definite nouns that refer to an earlier actor."""

    def group_anaphor(self, head: Token, text: str) -> Actor | None:
        """ "the bloc", "the alliance's", "the group": the nearest earlier actor of that sector."""
        wanted = GROUP_ANAPHORS[head.lemma_.lower()]
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - 120)
        for i in range(head.i - 1, floor - 1, -1):
            actor = heads.get(i)
            if actor is not None and actor.sector == wanted and self.doc[i].pos_ != "PRON":
                return actor.model_copy(update={"text": text})
        return None

    def ruling_junta(self, head: Token, text: str) -> Actor | None:
        """ "asked the junta to keep its operations away from the border": an unowned junta is the
        government of the one country the article names that was under military rule on its date
        (a Thai official asking Myanmar's rulers); None when none or several were."""
        if head.lemma_.lower() != "junta":
            return None
        named = {country for _, country in self.countries_at}
        ruled = named & military_rulers_on(self.doc._.published)
        if len(ruled) != 1:
            return None
        country = ruled.pop()
        return make_actor(f"{self.dictionary.country_names.get(country, country)} government", text, country, "GOV")

    def international_court_before(self, head: Token, tokens: list[Token]) -> Actor | None:
        """ "Orban accused the court of bias" after "the International Criminal Court": a bare "the
        court" is the nearest court the article named before it, when that court is an international
        body; None when it was a country's court ("the Supreme Court"), or none was named."""
        if head.lemma_.lower() not in COURT_NOUNS or [t.lower_ for t in tokens if t.i != head.i] != ["the"]:
            return None
        heads = self.doc._.ew_actor_heads
        for i in range(head.i - 1, -1, -1):
            actor = heads.get(i)
            if actor is None or not any(word in (actor.name or "").lower() for word in COURT_NOUNS):
                continue
            return actor if actor.sector == "IGO" else None
        return None

    def same_head_antecedent(self, head: Token, tokens: list[Token]) -> Actor | None:
        """ "the envoy" after "China's special envoy", "the rebels" after "the M23 rebels": a bare
        definite phrase takes the actor of the nearest earlier phrase with the same head noun; so
        do more members of a body named before ("Seven Sudanese soldiers were killed ... Four other
        soldiers were wounded", "more troops")."""
        if [t.lower_ for t in tokens if t.i != head.i] not in (["the"], ["these"], ["those"], ["this"]) \
                and not self.continues_members(head, tokens):
            return None
        if self.located_country(head) or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.rights):
            return None
        lemmas = SAME_REFERENT.get(head.lemma_.lower(), {head.lemma_.lower()})
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        for i in range(head.i - 1, floor - 1, -1):
            token = self.doc[i]
            actor = heads.get(i)
            if actor is not None and token.pos_ == "NOUN" and i not in self.doc._.ew_names \
                    and token.lemma_.lower() in lemmas and actor.country:
                return actor
        return None

    @staticmethod
    def continues_members(head: Token, tokens: list[Token]) -> bool:
        """ "four other soldiers", "more troops", "two more civilians": further members of the body
        an earlier phrase with the same head named. Not for groups and states, where "other"
        means different ones ("urged other armed groups to follow", "other countries")."""
        modifiers = [t for t in tokens if t.i != head.i]
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() in DISTINCT_OTHER_HEADS:
            return False
        return any(t.lower_ in CONTINUING_WORDS for t in modifiers) \
            and all(t.lower_ in CONTINUING_WORDS or t.dep_ in ("nummod", "det") for t in modifiers)

    def same_sector_antecedent(self, head: Token, tokens: list[Token], sector: str) -> Actor | None:
        """ "the militants", "the armed group", "the rebels" after "ELN commanders": a definite
        phrase of a non-state armed sector takes the nearest earlier named actor of that sector,
        when every such actor in reach belongs to one country."""
        if sector not in ANAPHORIC_SECTORS or not any(t.lower_ in DEFINITE_WORDS for t in tokens):
            return None
        if any(t.dep_ in ("amod", "compound") and t.pos_ == "PROPN" for t in tokens) or self.located_country(head):
            return None
        heads = self.doc._.ew_actor_heads
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        earlier = [heads[i] for i in range(head.i - 1, floor - 1, -1)
                   if i in heads and heads[i].sector == sector and heads[i].country and self.doc[i].pos_ != "PRON"]
        if not earlier or len({a.country for a in earlier}) > 1:
            return None
        return earlier[0]

    def same_force_before(self, head: Token, tokens: list[Token]) -> Actor | None:
        """ "Coast guard personnel ... seized seven rifles" after "Chinese coast guard vessels": an
        unowned phrase whose modifier names a force ("coast guard") is the force of that name named
        earlier in the article, when every earlier mention of it belongs to one country."""
        words = [t for t in tokens if t.i < head.i and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
        if not words or words[-1].lower_ not in FORCE_WORDS or words[-1].i != head.i - 1:
            return None
        name = [t.lower_ for t in words]
        heads = self.doc._.ew_actor_heads
        countries: dict[str, Actor] = {}
        for token in self.doc[max(0, head.i - FORCE_REACH): words[0].i]:
            if token.lower_ != name[-1] or token.i < len(name) - 1:
                continue
            if [t.lower_ for t in self.doc[token.i - len(name) + 1: token.i + 1]] != name:
                continue
            actor = heads.get(token.i) or self.actor_for_token(token)
            if actor is not None and actor.country:
                countries.setdefault(actor.country, actor)
        return next(iter(countries.values())) if len(countries) == 1 else None

    def apposed_anchor(self, head: Token, sector: str) -> Actor | None:
        """ "the Arakan Army, an ethnic armed group that ...": an unowned phrase set in apposition
        to a coded actor of the same sector describes that actor and takes its code, not the
        article's country."""
        if head.dep_ != "appos" or head.head.i == head.i:
            return None
        anchor = self.doc._.ew_actor_heads.get(head.head.i)
        if anchor is None or not anchor.country or anchor.sector != sector:
            return None
        return anchor

    def country_noun(self, head: Token, tokens: list[Token], text: str) -> Actor | None:
        """ "the country", "his country", "the Nordic country": that country's government. Not
        an unspecified one ("without naming a country"), a region ("Sudan's Gedaref state") or a
        condition ("a state of siege")."""
        if not any(t.dep_ in ("det", "poss") for t in tokens) or self.names_no_state(head, tokens):
            return None
        owner = self.owner_in_modifiers(head, tokens)
        if owner is None and head.tag_ == "NNS":
            return None   # "the Baltic countries", "these nations": several states, not the story's one
        country = owner.country if owner else None
        if country is None:
            country = self.recent_country_name(head)
        if country is None:
            previous = [c for i, c in self.countries_at if i < head.i and self.on_subject_side(self.doc[i])]
            country = self.focus or (previous[-1] if previous else None)
        if country is None:
            return None
        return make_actor(self.dictionary.country_names.get(country, country), text, country, "GOV")

    def recent_country_name(self, head: Token) -> str | None:
        """ "left Niger on Sunday ... a withdrawal that the country's military rulers demanded": the
        country a bare "the country" refers to is the one last named as a country (its name, not a
        nationality word: "US troops" names no country to refer back to) in its sentence or the one
        before, when the article's own country is not named there as a country as well. A subject
        is preferred ("Niger's military rulers ordered France's ambassador to leave, and the
        country's new prime minister ..."); a destination ("his return to Cuba") is where someone
        goes, not where the story is, and "this country" is the writer's own."""
        if any(t.lower_ in ("this", "these") for t in head.lefts):
            return None   # "keep him in this country": the writer's own, not the last one named
        window_start = self.previous_sentence_start(head)
        named = [i for i, _ in self.countries_at if window_start <= i < head.i
                 and self.names_country_as_noun(self.doc[i]) and not is_destination(self.doc[i])]
        countries = [c for i, c in self.countries_at if i in named]
        if not countries or self.focus in countries:
            return None
        subjects = [c for i, c in self.countries_at if i in named and self.on_subject_side(self.doc[i])]
        return subjects[-1] if subjects else countries[-1]

    def previous_sentence_start(self, head: Token) -> int:
        """The first token of the sentence before ``head``'s (its own sentence's when it is the first)."""
        start = sentence_of(head).start
        return sentence_of(self.doc[start - 1]).start if start > 0 else start

    def names_country_as_noun(self, token: Token) -> bool:
        """Whether a token is a country's name used as a noun ("Niger", "Syria's"), not as a
        modifier ("US troops") nor part of a longer name."""
        found = self.entries_at(token)
        if not found or token.dep_ in ("compound", "amod"):
            return False
        span, entries = found
        return len(span) <= 3 and any(e.kind == "country" for e in entries) and span[-1].i == token.i

    @staticmethod
    def names_no_state(head: Token, tokens: list[Token]) -> bool:
        """Whether a country noun refers to no particular state: an indefinite one ("a country",
        "any nation"), a region named before the word ("Mexico's Guerrero state"), or "state of"
        a condition ("a state of emergency")."""
        if any(t.dep_ == "det" and t.lower_ in INDEFINITE_DETERMINERS for t in tokens):
            return True
        if any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in tokens):
            return True
        return head.lower_ == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)


def is_destination(token: Token) -> bool:
    """Whether a country's name is the goal of a movement ("his return to Cuba", "flew to Iran")."""
    while token.dep_ in ("compound", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "toward", "towards", "into")
