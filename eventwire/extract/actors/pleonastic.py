"""Recognise a pleonastic ("dummy") *it*: the grammatical subject that stands for no one.

"It was not clear whether the rebels would attend", "it is expected that talks resume", "when it
comes to oil", "we think it better to withdraw": the *it* holds the subject slot for a clause
that comes later, or belongs to a fixed phrase. Such a pronoun never names an actor, so the
actors component must not give it an antecedent. The tests are structural (the parse around
the pronoun) and deliberately narrow: a referential *it* ("Iraq said it was ready to talk")
must keep its antecedent, so each pattern needs both a telltale word and a telltale clause.
"""

from __future__ import annotations

from spacy.tokens import Token

# Adjectives and nouns that take an extraposed clause after a dummy subject ("it is clear that",
# "it was easier to", "it is time to").
EXTRAPOSING_COMPLEMENTS = {
    "clear", "unclear", "easy", "hard", "difficult", "important", "necessary", "unnecessary",
    "possible", "impossible", "likely", "unlikely", "probable", "essential", "vital", "crucial",
    "obvious", "evident", "apparent", "true", "certain", "uncertain", "urgent", "wise", "unwise",
    "premature", "better", "best", "worth", "useful", "pointless", "imperative", "time",
    "surprising", "unusual", "normal", "natural", "fair", "unfair", "illegal", "legal", "right",
    "wrong", "good", "bad", "safe", "dangerous", "well",
}
# Verbs whose passive takes a dummy subject before a that-clause ("it is believed that",
# "it was agreed that"). Verbs of telling are left out: "it was told that" has a real recipient.
EXTRAPOSING_PASSIVES = {
    "expect", "believe", "say", "report", "think", "know", "understand", "fear", "estimate",
    "hope", "assume", "feel", "allege", "claim", "assure", "announce", "decide", "agree",
    "suppose", "consider", "note", "learn", "confirm", "predict", "rumor", "rumour", "argue",
    "suggest", "reveal", "recall", "show", "rule", "stipulate",
}
# Verbs that take a dummy subject before a that-clause in the active ("it seems that").
RAISING_VERBS = {"seem", "appear", "happen", "transpire", "emerge", "turn"}
CLAUSE_DEPS = {"ccomp", "xcomp", "csubj"}
COPULAS = {"be", "become", "remain", "seem", "look", "prove"}


def is_pleonastic_it(token: Token) -> bool:
    """Whether ``token`` is a subject *it* that refers to nothing (see the module docstring)."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = token.head
    return (extraposed_after_complement(head) or small_clause_complement(token)
            or extraposed_after_passive(token) or raising_verb(head) or fixed_phrase(head))


def clause_children(token: Token) -> list[Token]:
    """The clause dependents of ``token`` that follow it."""
    return [c for c in token.children if c.dep_ in CLAUSE_DEPS and c.i > token.i]


def extraposed_after_complement(head: Token) -> bool:
    """ "it was easier to seek", "it is important that Syria withdraws", "it is time to act": a
    copula whose complement takes a dummy subject, followed by a clause."""
    if head.lemma_.lower() not in COPULAS:
        return False
    for complement in head.children:
        if complement.dep_ not in ("acomp", "attr") or complement.lemma_.lower() not in EXTRAPOSING_COMPLEMENTS:
            continue
        later = clause_children(head) + clause_children(complement)
        later += [c for c in complement.children if c.dep_ in ("relcl", "acl") and c.i > complement.i]
        if later:
            return True
    return False


def small_clause_complement(token: Token) -> bool:
    """ "we think it better to withdraw": *it* is the subject of an adjective that itself takes
    the clause."""
    head = token.head
    return head.pos_ == "ADJ" and head.lemma_.lower() in EXTRAPOSING_COMPLEMENTS \
        and head.lower_ in EXTRAPOSING_COMPLEMENTS and bool(clause_children(head))


def extraposed_after_passive(token: Token) -> bool:
    """ "it is expected that the talks will resume", "it was assured to her that ...": a passive
    verb of saying or believing with a that-clause and no object."""
    head = token.head
    if token.dep_ != "nsubjpass" or head.lemma_.lower() not in EXTRAPOSING_PASSIVES:
        return False
    kids = list(head.children)
    return any(c.dep_ == "ccomp" and c.i > head.i for c in kids) and not any(c.dep_ == "dobj" for c in kids)


def raising_verb(head: Token) -> bool:
    """ "it seems the army has withdrawn", "it appears that the talks failed"; "it turned out
    that" too. An *it* before "appears to have" (an infinitive) is left alone: that one is often
    real."""
    lemma = head.lemma_.lower()
    if lemma not in RAISING_VERBS:
        return False
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)


def fixed_phrase(head: Token) -> bool:
    """ "when it comes to oil", "it remains to be seen whether ..."."""
    lemma = head.lemma_.lower()
    kids = list(head.children)
    if lemma == "come":
        opens = any(c.lower_ in ("when", "where") and c.dep_ in ("advmod", "mark") for c in kids)
        return opens and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
    if lemma == "remain":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() == "see" for c in kids)
    return False
