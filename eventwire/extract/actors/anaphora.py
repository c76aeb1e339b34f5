"""Definite nouns that refer back: "the bloc", "the envoy", "the militants", "the country"."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (ANAPHORA_WINDOW, ANAPHORIC_SECTORS, CONTINUING_WORDS,
    DEFINITE_WORDS, DISTINCT_OTHER_HEADS, GROUP_ANAPHORS, INDEFINITE_DETERMINERS, SAME_REFERENT)
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


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
            previous = [c for i, c in self.countries_at if i < head.i and self.on_subject_side(self.doc[i])]
            country = self.focus or (previous[-1] if previous else None)
        if country is None:
            return None
        return make_actor(self.dictionary.country_names.get(country, country), text, country, "GOV")

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
