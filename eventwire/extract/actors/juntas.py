"""Which countries were under military rule on a date (``data/juntas.yaml``), for an unowned "the
junta": the one country the article names that a junta ruled then."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from eventwire.extract.actors.dictionary import DATA_PACKAGE
from eventwire.yamlfiles import safe_load

JUNTA_FILE = "juntas.yaml"


@lru_cache(maxsize=1)
def junta_periods() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """ISO3 -> ((start, end or None), ...), as the packaged file lists them."""
    text = resources.files(DATA_PACKAGE).joinpath(JUNTA_FILE).read_text(encoding="utf-8")
    data = safe_load(text) or {}
    return {code: tuple((str(p["start"]), str(p["end"]) if p.get("end") else None) for p in periods)
            for code, periods in data.items()}


def military_rulers_on(day: str | None) -> frozenset[str]:
    """The countries a junta ruled on ``day`` (YYYY-MM-DD, or a prefix of it); empty without a date."""
    if not day:
        return frozenset()
    return frozenset(code for code, periods in junta_periods().items()
                     if any(start[:len(day)] <= day and (end is None or day < end) for start, end in periods))
