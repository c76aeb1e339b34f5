"""The tense of the clause that governs a time expression, read from the dependency parse.

Used to pick the right Tuesday ("met on Tuesday" → the previous one, "will meet on Tuesday"
→ the next one) and the right year for "December 20" written without one.
"""
from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUX = {"will", "'ll", "ll", "shall", "wo"}
FUTURE_GOVERNORS = {
    "due", "set", "expected", "expect", "scheduled", "schedule", "plan", "planned", "going",
    "intend", "intends", "aim", "hope", "want", "poised", "slated", "prepare", "ready", "likely",
    "prepared", "poise", "slate",
}
VERBAL = {"VERB", "AUX"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` (climbing heads), None for verbless fragments."""
    current = token
    for _ in range(12):
        if current.pos_ in VERBAL:
            return current
        if current.head is current:
            return current if current.lemma_ in FUTURE_GOVERNORS else None
        current = current.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _infinitive_tense(verb: Token, depth: int) -> str | None:
    """Tense of a ``to``-infinitive: future under "due/set/expected/plans", else its governor's."""
    head = verb.head
    if head is verb:
        return "future"  # headline style: "Minister to visit Paris on Tuesday"
    if head.lemma_.lower() in FUTURE_GOVERNORS or head.lower_ in FUTURE_GOVERNORS:
        return "future"
    governor = governing_verb(head)
    if governor is None or governor is verb or depth > 3:
        return "future"
    return clause_tense(governor, depth + 1)


def clause_tense(verb: Token, depth: int = 0) -> str | None:
    """"past", "present", "future" or None for the clause headed by ``verb``."""
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or any(a.tag_ == "MD" for a in auxes):
        return "future"
    if "to" in words:
        return _infinitive_tense(verb, depth)
    if verb.lower_ == "going" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        if any(a.lemma_ == "have" for a in auxes) or not auxes:
            return "past"
        return "present"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VB" and verb.head is not verb and verb.dep_ in ("conj", "xcomp", "ccomp"):
        return clause_tense(verb.head, depth + 1) if depth < 3 else None
    return None


def tense_for(token: Token) -> str | None:
    """The tense governing ``token`` (a word of a time expression)."""
    verb = governing_verb(token)
    if verb is None:
        return None
    if verb.pos_ not in VERBAL:
        return "future"  # a verbless "due"/"set"/"expected" root
    return clause_tense(verb)
