"""Dating a token (an event trigger or a quote cue) from the timexes around it.

Order of preference:
    1. a timex attached to the token in the parse: inside the subtree reached through a
       prep "on"/"in"/"at"/"since"/"during"/"by"/"until"/"from", an npadvmod, tmod or advmod
       child (never inside a clausal complement that belongs to another verb);
    2. the nearest timex of the same sentence governed by the same clause;
    2b. the date of the governing clause (coordinated verbs, reported clauses);
    3. the publication date (basis "publication");
    4. unknown.
Only DATE and TIME timexes with a calendar value date an event (durations, sets and
PRESENT_REF/PAST_REF/FUTURE_REF do not). ``basis`` is "explicit" for absolute expressions,
"relative" for values computed from the DCT or the narrative.

The token → timex map is built once per doc and cached in a private Doc extension.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens.underscore import Underscore

from eventwire.extract.extensions import sentence_bounds, sentence_number
from eventwire.extract.times.component import BASIS_EXTENSION, INDEX_EXTENSION
from eventwire.extract.times.tense import governing_verb
from eventwire.models import EventDate, Timex

DATING_PREPS = {"on", "in", "at", "since", "during", "by", "until", "from", "till"}
DIRECT_DEPS = {"npadvmod", "tmod", "advmod", "obl:tmod", "obl"}
CLAUSAL_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
EXPLICIT_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b|\b\d{4}-\d\d")


def _usable(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and not timex.value.endswith("_REF") and not timex.value.startswith("P")


def _guess_basis(timex: Timex) -> str:
    return "explicit" if EXPLICIT_YEAR.search(timex.text) else "relative"


def timex_index(doc: Doc) -> dict[int, tuple[Timex, str]]:
    """Token index → (timex, basis) for the usable timexes of ``doc`` (cached per doc)."""
    return _timex_index(doc, doc._)


def _timex_index(doc: Doc, underscore: Underscore) -> dict[int, tuple[Timex, str]]:
    """``timex_index`` reading the doc's extensions through one ``doc._`` (each ``doc._`` builds an
    object, and the index is asked for every event and quote)."""
    timexes = underscore.timexes or []
    cached = underscore.get(INDEX_EXTENSION)
    if cached is not None and cached[0] is timexes:
        return cached[1]
    bases = underscore.get(BASIS_EXTENSION) or {}
    index: dict[int, tuple[Timex, str]] = {}
    for timex in timexes:
        if not _usable(timex):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        basis = bases.get(timex.start) or _guess_basis(timex)
        for token in span:
            index.setdefault(token.i, (timex, basis))
    underscore.set(INDEX_EXTENSION, (timexes, index))
    return index


def _timex_in_subtree(root: Token, index: dict[int, tuple[Timex, str]]) -> tuple[Timex, str] | None:
    """The first timex in ``root``'s subtree, not entering clauses of other verbs."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.i in index:
            return index[node.i]
        stack.extend(c for c in reversed(list(node.children)) if c.dep_ not in CLAUSAL_DEPS)
    return None


def attached_timex(token: Token, index: dict[int, tuple[Timex, str]]) -> tuple[Timex, str] | None:
    """A timex attached to ``token`` through a dating preposition or a temporal modifier."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in DATING_PREPS:
            found = _timex_in_subtree(child, index)
        elif child.dep_ in DIRECT_DEPS or child.dep_ == "pobj":
            found = _timex_in_subtree(child, index)
        else:
            continue
        if found is not None:
            return found
    return None


def clause_timex(token: Token, index: dict[int, tuple[Timex, str]]) -> tuple[Timex, str] | None:
    """The nearest timex of the sentence whose governing verb is ``token``'s own clause verb."""
    doc = token.doc
    start, end = sentence_bounds(doc)[sentence_number(token)]
    inside = sorted(i for i in index if start <= i < end)   # the sentence's timex tokens
    if not inside:
        return None   # the clause verb is looked for only when the sentence has a timex
    verb = governing_verb(token) or token
    best: tuple[int, tuple[Timex, str]] | None = None
    for other in (doc[i] for i in inside):
        if governing_verb(other) != verb:
            continue
        distance = abs(other.i - token.i)
        if best is None or distance < best[0]:
            best = (distance, index[other.i])
    return best[1] if best else None


# Clause links through which a date is inherited when a clause has none of its own:
# coordination ("denied ... on Tuesday and accused ...") and reported or embedded clauses
# ("On June 3, the ministry said two soldiers were killed").
INHERITING_DEPS = {"conj", "ccomp", "xcomp", "advcl", "pcomp"}
# How many clause levels up a date may be inherited from.
MAX_INHERIT_DEPTH = 3


def inherited_timex(token: Token, index: dict[int, tuple[Timex, str]]) -> tuple[Timex, str] | None:
    """The date of the clause that governs ``token``'s clause, up to MAX_INHERIT_DEPTH levels."""
    node = governing_verb(token) or token
    for _ in range(MAX_INHERIT_DEPTH):
        if node.dep_ not in INHERITING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.head.i != node.i:
            node = node.head
        found = attached_timex(node, index) or clause_timex(node, index)
        if found is not None:
            return found
    return None


# Nouns of a war whose start dates the fighting of it ("fought a border war that began in 1998"), and
# the verbs that tell the start.
WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "rebellion", "uprising"})
STARTING_VERBS = frozenset({"begin", "start", "break", "erupt", "last"})


def war_start_timex(token: Token, index: dict[int, tuple[Timex, str]]) -> tuple[Timex, str] | None:
    """"Ethiopia and Eritrea fought a border war that began in 1998": the date a war noun's relative
    clause gives its start (``STARTING_VERBS``) dates the fighting of it told in the simple past (the
    verb's own object) or the noun itself; None otherwise, and for a war still going on ("continue to
    fight a war that began in 2022")."""
    if token.lemma_.lower() in WAR_NOUNS:
        wars = [token]
    elif token.tag_ != "VBD" or any(c.lower_ == "still" for c in token.children):
        return None   # "continue to fight a war that began in 2022", "are still fighting": the war goes on
    else:
        wars = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in WAR_NOUNS]
    for war in wars:
        for clause in (c for c in war.children if c.dep_ in ("relcl", "acl")):
            if clause.lemma_.lower() in STARTING_VERBS:
                found = attached_timex(clause, index)
                if found is not None:
                    return found
    return None


CLOCK_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)T")


def event_day(timex: Timex) -> str:
    """The value an event takes from a timex: TIME values give their day.

    "at 10 p.m. Monday" dates the event on Monday; "overnight" (the night before the DCT,
    ``...TNI``) dates it on the morning the night ends, the day news reports it for;
    midnight (``T24:00``, the end of its day) dates it on the day that follows.
    """
    match = CLOCK_VALUE.match(timex.value)
    if timex.type != "TIME" or match is None:
        return timex.value
    day = match.group(1)
    if timex.text.lower() == "overnight" and timex.value.endswith("TNI"):
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    if timex.value.endswith("T24:00"):  # "midnight" ends its day: the event falls on the next one
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return day


def date_for_token(token: Token) -> EventDate:
    """The date of the event or quote whose trigger/cue is ``token``.

    The timex attached to the token in the parse, else the sentence's timex in the same
    clause, else the date of the clause that governs it (coordination, reported speech),
    else the publication date (basis "publication"), else unknown.
    """
    underscore = token.doc._
    return date_in_index(token, _timex_index(token.doc, underscore), underscore.published)


def date_in_index(token: Token, index: dict[int, tuple[Timex, str]], published: str | None) -> EventDate:
    """``date_for_token`` with the doc's ``timex_index`` and publication date already read (a caller
    dating many tokens of one doc reads them once)."""
    if index:
        found = attached_timex(token, index) or clause_timex(token, index) or inherited_timex(token, index) \
            or war_start_timex(token, index)
        if found is not None:
            timex, basis = found
            return EventDate(value=event_day(timex), text=timex.text, basis=basis)
    if published:
        return EventDate(value=published, text=None, basis="publication")
    return EventDate(basis="unknown")
