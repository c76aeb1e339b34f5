"""The ``Doc`` extensions the eventwire components read and write.

Set before the pipeline runs:
    doc._.published      str | None   publication date (YYYY-MM-DD), the DCT for time normalization
Written by the components (in pipeline order):
    doc._.timexes        list[Timex]      eventwire_times
    doc._.actor_mentions list[Entity]     eventwire_actors  (Entity.actor filled)
    doc._.places         list[Entity]     eventwire_places  (Entity.place filled)
    doc._.quotes         list[Quote]      eventwire_quotes
    doc._.events         list[Event]      eventwire_events
All models come from ``eventwire.models``; offsets are character offsets into ``doc.text``.
"""
from __future__ import annotations

from spacy.tokens import Doc

_DOC_EXTENSIONS = {
    "published": None,
    "timexes": None,
    "actor_mentions": None,
    "places": None,
    "quotes": None,
    "events": None,
}


def register_extensions() -> None:
    """Register every eventwire ``Doc`` extension once (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
