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
# Verbs whose object is an arrangement for later: "planned a rally on Saturday".
PLANNING_VERBS = {"plan", "schedule", "set", "call", "announce", "postpone", "delay", "defer",
                  "adjourn", "extend"}
# Modals that refer back when followed by "have": "may have been responsible on Wednesday".
PERFECT_MODALS = {"may", "might", "could", "must", "would", "should"}
# Participle clauses that take the tense of the clause they hang from.
PARTICIPLE_DEPS = {"advcl", "acl", "xcomp", "pcomp", "conj", "relcl"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` (climbing heads), None for verbless fragments."""
    current = token
    for _ in range(12):
        if current.pos_ in VERBAL:
            return current
        if current.head.i == current.i:
            return current if current.lemma_ in FUTURE_GOVERNORS else None
        current = current.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _infinitive_tense(verb: Token, depth: int) -> str | None:
    """Tense of a ``to``-infinitive: future under "due/set/expected/plans", else its governor's."""
    head = verb.head
    if head.i == verb.i:
        return "future"  # headline style: "Minister to visit Paris on Tuesday"
    if head.lemma_.lower() in FUTURE_GOVERNORS or head.lower_ in FUTURE_GOVERNORS:
        return "past" if _past_perfect(head) else "future"
    if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        return "future"  # "is to resume trading Tuesday": a present "be to" is an arrangement
    governor = governing_verb(head)
    if governor is None or governor.i == verb.i or depth > 3:
        return "future"
    return clause_tense(governor, depth + 1)


def _past_perfect(word: Token) -> bool:
    """True when ``word`` hangs from a past perfect ("had been due to expire Friday"): a plan
    reported as overtaken, so its date lies before the report."""
    verb = word if word.pos_ in VERBAL else governing_verb(word.head)
    if verb is None:
        return False
    return any(a.lower_ in ("had", "'d") for a in _auxiliaries(verb)) or (
        verb.lower_ == "had" and any(c.tag_ == "VBN" for c in verb.children))


def clause_tense(verb: Token, depth: int = 0) -> str | None:
    """"past", "present", "future" or None for the clause headed by ``verb``."""
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return _modal_tense(verb, words)
    if "to" in words:
        return _infinitive_tense(verb, depth)
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in PARTICIPLE_DEPS and depth < 3:
        governor = governing_verb(verb.head)
        if governor is not None and governor.i != verb.i:
            return clause_tense(governor, depth + 1)  # "closing unchanged Friday" under "slumped"
    if verb.lower_ == "going" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBG" and any(a.lemma_ == "have" for a in auxes):
        return "past"  # a perfect progressive ("have been searching since ...") looks back
    if verb.tag_ == "VBN":
        if any(a.lemma_ == "have" for a in auxes) or not auxes:
            return "past"
        return "present"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if verb.tag_ == "VB" and verb.head.i != verb.i and verb.dep_ in ("conj", "xcomp", "ccomp"):
        return clause_tense(verb.head, depth + 1) if depth < 3 else None
    return None


def _modal_tense(verb: Token, words: set[str]) -> str | None:
    """"may have been" looks back; "could be located" is unmarked; other modals look ahead."""
    if words & PERFECT_MODALS and "have" in words:
        return "past"
    if words <= {"could", "might"} | {"be", "been", "have"}:
        return None
    return "future"


# Signals before a time expression that point ahead whatever the verb's tense.
FORWARD_SIGNALS = ("as soon as", "as early as", "no earlier than", "no sooner than", "effective")
DEFERRAL_VERBS = {"postpone", "delay", "defer", "adjourn", "extend", "suspend", "give", "push"}


def _signal_tense(token: Token, verb: Token) -> str | None:
    """"as soon as Tuesday" and "postponed until Tuesday" look ahead."""
    doc = token.doc
    start = token.i
    while start > 0 and _clock_word(doc[start - 1]):
        start -= 1  # "until 9 a.m. EST Tuesday": read the signal before the clock time
    left = " ".join(t.lower_ for t in doc[max(0, start - 4):start])
    if any(left.endswith(signal) for signal in FORWARD_SIGNALS):
        return "future"
    if left.split()[-1:] in (["until"], ["till"]) and verb.lemma_.lower() in DEFERRAL_VERBS:
        return "future"
    return None


CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "est", "edt", "gmt",
               "utc", "cet", "pst", "pdt", "local", "time", "o'clock"}


def _clock_word(token: Token) -> bool:
    """A word of a clock time ("9", "10:30", "a.m.", "EST") sitting before a day name."""
    return token.like_num or token.lower_ in CLOCK_WORDS or ":" in token.text and token.text[:1].isdigit()


def _planned(token: Token, verb: Token) -> bool:
    """True when ``token`` dates the object of a planning verb ("planned a rally on Saturday")."""
    if verb.lemma_.lower() not in PLANNING_VERBS:
        return False
    direct = token.head.i == verb.i or (token.head.dep_ == "prep" and token.head.head.i == verb.i)
    if verb.lemma_.lower() in ("plan", "schedule") and direct:
        return any(c.dep_ in ("dobj", "obj") for c in verb.children)
    node = token
    for _ in range(6):
        if node.head.i == node.i or node.head.i == verb.i:
            return node.dep_ in ("dobj", "nsubjpass", "obj") and node.i != token.i
        node = node.head
    return False


def tense_for(token: Token) -> str | None:
    """The tense governing ``token`` (a word of a time expression)."""
    verb = governing_verb(token)
    if verb is None:
        return None
    if verb.pos_ not in VERBAL:
        return "future"  # a verbless "due"/"set"/"expected" root
    if _planned(token, verb):
        return "future"
    return _signal_tense(token, verb) or clause_tense(verb)
