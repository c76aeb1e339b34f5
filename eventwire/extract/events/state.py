"""The state of one doc's coding that the events coder's parts share.

``_Coder`` in ``component.py`` is assembled from one mixin per concern (``triggers``,
``readings``, ``modality``, ``casualties``, ``sources``, ``targets``, ``inferred``); each mixin
reads and writes the attributes declared here, which ``_Coder.__init__`` and ``_Coder.code`` set.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

from spacy.tokens import Doc, Token

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
    token_answers: dict[tuple[str, int], object]   # (method, token index) -> answer (``kept_per_token``)
    # the earlier components' doc values, read once per doc (a ``doc._`` read costs an object each time)
    actor_mentions: list                    # doc._.actor_mentions, or []
    quotes: list                            # doc._.quotes, or []
    place_at: dict                          # doc._.ew_place_at, or {}
    dateline_end: int                       # where the dateline ends (doc._.ew_context), or 0
    published: str | None                   # doc._.published
    openers: dict[int, Token] | None        # sentence number -> its opening verb of supposing (Modality)
    timex_at: dict | None                   # the doc's timex index, read on first use (``_Coder.timexes_at``)


Answer = TypeVar("Answer")


def kept_per_token(method: Callable[[CoderState, Token], Answer]) -> Callable[[CoderState, Token], Answer]:
    """Keep a coder method's answer for each token of the doc being coded (in the coder's
    ``token_answers``), so a token asked about again by another role's search is not walked again.
    Only for methods of the token alone whose answer reads the parse, the lexicon and the earlier
    components' output, never the coding state that grows while the doc is coded (``coded``,
    ``absorbed``, ``refusals``, ``mentioned``, ``triggers``), and that return no mutable object:
    their answer for a token is then the same whenever it is asked."""
    name = method.__name__

    @wraps(method)
    def kept(self: CoderState, token: Token) -> Answer:
        key = (name, token.i)
        answers = self.token_answers
        if key in answers:
            return answers[key]
        answer = answers[key] = method(self, token)
        return answer
    return kept
