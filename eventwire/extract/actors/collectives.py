"""Phrases that stand for several actors: "both sides", "the two leaders", "the leaders of A, B and C".

They stay unresolved (noted under ``COLLECTIVES_KEY`` for later plural pronouns), except the two
warring sides of one country's civil war, which ``warring_pair`` tells apart."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.coding import make_actor
from eventwire.extract.actors.constants import (ANAPHORA_WINDOW, CLAUSE_COMPLEMENT_DEPS, COLLECTIVES_KEY,
    COLLECTIVE_WORDS, GOVERNMENT_SIDE_NOUNS, OBJECT_DEPS, PLURAL_STATE_NOUNS, REPORTING_VERBS, SIDE_NOUNS,
    STATE_SECTORS, SUBJECT_DEPS)
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


class CollectiveMixin:
    """Phrases that cover several actors."""

    def is_collective(self, head: Token, tokens: list[Token]) -> bool:
        """ "both sides", "the two leaders", "the three governments" in a passage that names
        several countries: the phrase stands for several actors, not one."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        words = {t.lower_ for t in tokens if t.dep_ in ("det", "predet", "nummod") and t.head.i == head.i}
        if not words & COLLECTIVE_WORDS or not words & {"both", "all", "the"}:
            return False
        if any(t.dep_ in ("amod", "compound", "poss") and (t.i in self.doc._.ew_names or t.pos_ == "PRON")
               for t in tokens):
            return False
        if head.lemma_.lower() in PLURAL_STATE_NOUNS and words & (COLLECTIVE_WORDS - {"all"}):
            return True   # "the three countries", "both capitals": several states by their very words
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        heads = self.doc._.ew_actor_heads
        outside = self.clause_subject_tokens(head)
        countries = {heads[i].country for i in range(floor, head.i)
                     if i in heads and heads[i].country and i not in outside}
        # Countries named together count even as places ("talks between Ethiopia, Egypt and Sudan").
        countries |= {c for i, c in self.countries_at if floor <= i < head.i and i not in outside
                      and (self.doc[i].dep_ == "conj" or any(k.dep_ == "conj" for k in self.doc[i].children))}
        return len(countries) >= 2

    def warring_pair(self, head: Token) -> list[Actor]:
        """ "The two warring sides", "both parties", "all sides" after a passage on one country's army or
        government and an armed group of that country ("Sudan's government accused the RSF ..."):
        the two sides of that civil war, the country's military and the group. Empty unless the
        passage names exactly one country (besides the clause's own subject: "the United States
        urged both parties") and an armed group of it."""
        if head.lemma_.lower() not in SIDE_NOUNS or head.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in ("two", "both", "all") for c in head.children if c.dep_ in ("nummod", "det", "predet")):
            return []
        floor = max(0, sentence_of(head).start - ANAPHORA_WINDOW)
        heads = self.doc._.ew_actor_heads
        outside = self.clause_subject_tokens(head)
        named = [heads[i] for i in range(floor, head.i) if i in heads and i not in outside
                 and heads[i].country and heads[i].sector != "IGO" and self.doc[i].pos_ != "PRON"]
        if len({a.country for a in named}) != 1:
            return []
        armed = [a for a in named if a.sector in ("REB", "SEP")]
        if not armed or not any(a.sector in STATE_SECTORS for a in named):
            return []
        country = armed[0].country
        name = self.dictionary.country_names.get(country, country)
        if head.lemma_.lower() in GOVERNMENT_SIDE_NOUNS:
            state = make_actor(f"{name} government", head.text, country, "GOV")
        else:
            state = make_actor(f"{name} military", head.text, country, "MIL")
        return [state, armed[0].model_copy(update={"text": head.text})]

    def note_collective(self, head: Token) -> None:
        """Remember a collective phrase for later plural pronouns (a plain list: ``user_data``
        must stay serializable)."""
        noted = self.doc.user_data.setdefault(COLLECTIVES_KEY, [])
        if head.i not in noted:
            noted.append(head.i)

    def has_coordinated_owners(self, head: Token) -> bool:
        """ "the leaders of Ethiopia, Egypt and Sudan": a plural phrase owned by several countries."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                countries = {self.best_entry(found[1]).country for token in [pobj, *pobj.conjuncts]
                             if (found := self.entries_at(token))}
                if len(countries - {None}) >= 2:
                    return True
        return False

    @staticmethod
    def clause_subject_tokens(head: Token) -> set[int]:
        """Tokens of the subject of the clause an object phrase sits in: "the United States urged
        both parties" -- the subject is not one of the parties."""
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if head.dep_ in SUBJECT_DEPS and verb.dep_ in CLAUSE_COMPLEMENT_DEPS and verb.i != head.i \
                and verb.head.lemma_.lower() not in REPORTING_VERBS:
            # "the United States wants both sides to return": who asks is not one of those asked (a
            # reporter may be: "the army said both sides had agreed").
            verb = verb.head
        elif head.dep_ not in OBJECT_DEPS or verb.i == head.i:
            return set()
        return {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
