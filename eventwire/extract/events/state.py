"""The state of one doc's coding that the events coder's parts share.

``_Coder`` in ``component.py`` is assembled from one mixin per concern (``triggers``,
``readings``, ``modality``, ``casualties``, ``sources``, ``targets``, ``inferred``); each mixin
reads and writes the attributes declared here, which ``_Coder.__init__`` and ``_Coder.code`` set.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventwire.extract.events.lexicon import Lexicon, Trigger
from eventwire.models import Event

if TYPE_CHECKING:
    from eventwire.extract.events.component import EventsComponent
    from eventwire.extract.events.triggers import TriggerIndex


class CoderState:
    """Attributes of the coder of one doc (declared for readers and type checkers; no behaviour)."""

    doc: Doc
    lexicon: Lexicon
    words: dict[str, frozenset[str]]        # the lexicon's word lists, by key
    component: EventsComponent
    weights: dict[str, float] | None        # the confidence calibration, or None for raw scores
    matcher: TriggerIndex | None
    doc_hash: str
    triggers: dict[int, Trigger]            # token index -> the trigger entry matched there
    coded: list[Event]                      # the events coded so far, in text order
    absorbed: set[int]                      # tokens whose event was merged into another
    refusals: set[int]                      # negated promises coded as REJECT ("would not bow")
    mentioned: dict[int, int]               # a later mention's token -> the trigger token it repeats
    passive_patients_of: dict[int, list]    # verb token -> its passive subjects (asked many times)
