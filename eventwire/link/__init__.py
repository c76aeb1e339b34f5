"""Across articles: one canonical event per real-world event, and stories of related articles.

``refresh`` is called at the end of every ingest; ``explain`` says why reports were merged.
"""
from __future__ import annotations

import json

from eventwire.errors import NotFound
from eventwire.link.dedup import link_mentions, relink_all
from eventwire.link.stories import cluster_stories
from eventwire.store.duck import Store

__all__ = ["refresh", "explain", "relink", "link_mentions", "cluster_stories"]


def refresh(store: Store, article_ids: list[str] | None = None) -> dict:
    """Link the unlinked events of ``article_ids`` (all articles when None), then re-cluster stories.

    Incremental and idempotent: events already linked are never touched again, so refreshing twice
    changes nothing. Returns ``{"mentions", "canonical_new", "merged", "stories"}``.
    """
    counts = link_mentions(store, article_ids)   # chunk by chunk, each committed and given memory to spare
    n_stories = store.with_memory_to_spare(lambda: cluster_stories(store))
    return {"mentions": counts.mentions, "canonical_new": counts.canonical_new, "merged": counts.merged,
            "stories": n_stories}


def relink(store: Store) -> dict:
    """Drop every link and canonical event and link the whole store again (after a rule change)."""
    counts = relink_all(store)
    n_stories = store.with_memory_to_spare(lambda: cluster_stories(store))
    return {"mentions": counts.mentions, "canonical_new": counts.canonical_new, "merged": counts.merged,
            "stories": n_stories}


_MENTIONS_SQL = """
    SELECT l.article_id, l.event_id, a.outlet, a.published, a.title, e.sentence, e.evidence, e.trigger_text,
           e.date_value, e.fatalities, l.score, l.reasons
    FROM event_links l
    JOIN events e ON e.article_id = l.article_id AND e.id = l.event_id
    LEFT JOIN articles a ON a.id = l.article_id
    WHERE l.canonical_id = ?
    ORDER BY a.published NULLS LAST, l.score NULLS FIRST, l.article_id, e.trigger_start
"""


def explain(store: Store, canonical_id: str) -> dict:
    """A canonical event and every report of it, each with the reasons it was merged.

    Raises ``NotFound`` when the store holds no canonical event with that id.
    """
    rows = store.query("SELECT * FROM canonical_events WHERE id = ?", [canonical_id])
    if not rows:
        raise NotFound(f"no canonical event {canonical_id!r} in {store.path}; list them with `eventwire events`")
    mentions = store.query(_MENTIONS_SQL, [canonical_id])
    for mention in mentions:
        mention["reasons"] = json.loads(mention["reasons"]) if mention["reasons"] else {}
    return {"event": rows[0], "mentions": mentions}
