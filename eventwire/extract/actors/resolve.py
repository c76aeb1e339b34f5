"""Resolving a span of text to a coded actor (for the quotes and events components)."""
from __future__ import annotations

from spacy.tokens import Span

from eventwire.models import Actor


def actor_for_span(span: Span) -> Actor | None:
    """The coded actor named by ``span`` (a noun phrase, a pronoun, a name), or None.

    Needs the ``eventwire_actors`` component to have run on the span's doc.
    """
    from eventwire.extract.actors.component import actor_for_token

    actor = actor_for_token(span.root)
    if actor is None:
        return None
    return actor.model_copy(update={"text": span.text}) if actor.text != span.text else actor
