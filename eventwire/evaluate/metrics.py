"""One row of the ``make eval`` table, shared by every scorer."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    suite: str        # e.g. "gold/events", "shared/timebank", "shared/polnear"
    system: str       # "eventwire" or a peer ("dateparser", "textacy")
    name: str         # e.g. "type+dyad F1", "value accuracy"
    value: float
    n: int            # how many items the figure is computed over
