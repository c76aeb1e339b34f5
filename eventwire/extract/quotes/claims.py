"""The ``eventwire_claims`` spaCy component: linking quotes and the events reported in them.

Runs after ``eventwire_events`` (the quotes component runs before it, so it cannot see the
events). For every event whose trigger lies inside a quote's content:

* the event's ``quote_id`` is the quote's id and the quote lists the event in ``event_ids``;
* the event's ``reported_by`` is the quote's speaker when the events component found no
  reporter and the speaker is not the event's own source (a speaker's own statement is the
  event, not a report of one);
* a quote that reports an event is a claim of fact unless its cue is a promise, threat,
  request or plan ("vowed", "warned", "called for", "plans") or the event is flagged future,
  hypothetical or negated — those announce what may happen, they do not report what did.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

import eventwire.extract.extensions  # noqa: F401  (registers doc._.quotes and doc._.events)
from eventwire.models import Actor, Event, Quote

# Cues that announce intentions rather than report facts.
FORWARD_CUES = frozenset({
    "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised", "promises",
    "threaten", "threatened", "threatens", "warn", "warned", "warns", "predict", "predicted",
})

# Verbs of requests and intentions ("called for a ceasefire", "plans to hold talks"): what they
# introduce has not happened. Matched on the cue's first word in any regular form.
REQUEST_VERBS = ("call", "urge", "appeal", "press", "push", "plead", "lobby", "want", "plan", "hope",
                 "intend", "aim", "seek", "sought", "wish", "offer", "propose", "agree", "refuse",
                 "decline", "decide", "implore", "encourage", "challenge")


def _verb_forms(base: str) -> set[str]:
    """Regular English forms of a verb: base, -s/-es, -ed/-d, -ing (doubling and final e handled)."""
    stem = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", base + "es", stem + "ed", stem + "ing"}
    if base[-1] not in "aeiouwy" and base[-2:-1] in set("aeiou") and base[-3:-2] not in set("aeiou"):
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


REQUEST_CUES = frozenset(form for verb in REQUEST_VERBS for form in _verb_forms(verb))


def announces(cue: str | None) -> bool:
    """Whether a quote's cue announces what may happen (a promise, threat, request or plan)."""
    words = (cue or "").lower().split()
    return bool(words) and (" ".join(words) in FORWARD_CUES or words[0] in FORWARD_CUES
                            or words[0] in REQUEST_CUES)


# Event flags that make it something that did not (yet) happen.
UNREAL_CONTEXT = frozenset({"future", "hypothetical", "negated"})


def quote_holding(quotes: Iterable[Quote], char: int) -> Quote | None:
    """The innermost quote whose content holds the character offset ``char``."""
    holding = [q for q in quotes if q.start <= char < q.end]
    return min(holding, key=lambda q: q.end - q.start) if holding else None


def _same_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return False
    if a.code and b.code:
        return a.code == b.code
    return a.name == b.name


def link_event(event: Event, quote: Quote) -> None:
    """Tie one event to the quote it was reported in (both models are updated in place)."""
    event.quote_id = quote.id
    if event.id not in quote.event_ids:
        quote.event_ids.append(event.id)
    if event.reported_by is None and quote.speaker is not None and not _same_actor(quote.speaker, event.source):
        event.reported_by = quote.speaker
    if not announces(quote.cue) and not set(event.context) & UNREAL_CONTEXT:
        quote.claim = True


def link_claims(quotes: list[Quote] | None, events: list[Event] | None) -> int:
    """Link every event to the quote holding its trigger; returns how many events were linked."""
    if not quotes or not events:
        return 0
    linked = 0
    for event in events:
        quote = quote_holding(quotes, event.trigger.start)
        if quote is not None:
            link_event(event, quote)
            linked += 1
    return linked


class ClaimLinker:
    """Pipeline step: ``link_claims(doc._.quotes, doc._.events)``."""

    def __call__(self, doc: Doc) -> Doc:
        link_claims(doc._.quotes, doc._.events)
        return doc


@Language.factory(
    "eventwire_claims",
    requires=["doc._.quotes", "doc._.events"],
    assigns=["doc._.quotes", "doc._.events"],
)
def make_claim_linker(nlp: Language, name: str) -> ClaimLinker:
    """Build the claim linker (``nlp.add_pipe("eventwire_claims")`` after ``eventwire_events``)."""
    return ClaimLinker()
