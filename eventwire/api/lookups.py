"""Queries the API needs beyond ``eventwire.store.queries``: actors, places, articles, ranked search.

Every value from a request is a bound parameter; no request text is ever put into SQL.
"""
from __future__ import annotations

import re

from eventwire.store import Store

MAX_TERMS = 8
TERM = re.compile(r"\w[\w'-]*", re.UNICODE)


def list_actors(store: Store, *, q: str | None, limit: int, offset: int) -> list[dict]:
    """Actors of canonical events, most active first; ``q`` matches a code, a country or part of a name."""
    sql = """
        WITH roles AS (
            SELECT source_code AS code, source_name AS name, source_country AS country, source_sector AS sector,
                   n_mentions, 'source' AS role FROM canonical_events WHERE source_code IS NOT NULL
            UNION ALL
            SELECT target_code, target_name, target_country, target_sector, n_mentions, 'target'
            FROM canonical_events WHERE target_code IS NOT NULL)
        SELECT code, any_value(name) AS name, any_value(country) AS country, any_value(sector) AS sector,
               count(*) AS events, sum(n_mentions) AS mentions,
               count(*) FILTER (WHERE role = 'source') AS as_source,
               count(*) FILTER (WHERE role = 'target') AS as_target
        FROM roles
        WHERE ? IS NULL OR code = upper(?) OR country = upper(?) OR contains(lower(name), lower(?))
        GROUP BY code ORDER BY events DESC, code LIMIT ? OFFSET ?"""
    return store.query(sql, [q, q, q, q, limit, offset])


def list_places(store: Store, *, q: str | None, limit: int, offset: int) -> list[dict]:
    """Places of canonical events with their counts and casualties."""
    sql = """
        SELECT place_name AS name, place_country AS country, avg(lat) AS lat, avg(lon) AS lon,
               count(*) AS events, sum(coalesce(fatalities_max, 0)) AS fatalities,
               min(date_start) AS first, max(date_end) AS last
        FROM canonical_events
        WHERE place_name IS NOT NULL
          AND (? IS NULL OR place_country = upper(?) OR contains(lower(place_name), lower(?)))
        GROUP BY place_name, place_country ORDER BY events DESC, name LIMIT ? OFFSET ?"""
    return store.query(sql, [q, q, q, limit, offset])


def article_row(store: Store, article_id: str) -> dict | None:
    rows = store.query("SELECT id, title, outlet, url, published, published_basis, source, n_events, n_quotes, "
                       "ingested_at FROM articles WHERE id = ?", [article_id])
    return rows[0] if rows else None


def latest_articles(store: Store, limit: int = 8) -> list[dict]:
    return store.query("SELECT id, title, outlet, published, n_events FROM articles "
                       "ORDER BY published DESC NULLS LAST, ingested_at DESC, id LIMIT ?", [limit])


def story_exists(store: Store, story_id: str) -> bool:
    return bool(store.query("SELECT 1 AS one FROM stories WHERE id = ?", [story_id]))


def search_terms(query: str) -> list[str]:
    """Lower-cased words of the query, de-duplicated, at most ``MAX_TERMS``."""
    words = [w.lower() for w in TERM.findall(query) if len(w) > 1 or w.isdigit()]
    return list(dict.fromkeys(words))[:MAX_TERMS]


def search_articles(store: Store, query: str, *, limit: int, offset: int) -> list[dict]:
    """Articles holding every word of ``query``, best first.

    Score: title hits weigh 5, body hits count with diminishing returns (ln(1 + n)), and the
    exact phrase adds 3. DuckDB's ``fts`` extension would need a download, so this is SQL.
    """
    terms = search_terms(query)
    if not terms:
        return []
    phrase = " ".join(terms)
    sql = """
        WITH terms AS (SELECT unnest(?::VARCHAR[]) AS term),
        hits AS (
            SELECT a.id, t.term,
                   contains(lower(a.title), t.term) AS in_title,
                   (length(lower(a.text)) - length(replace(lower(a.text), t.term, ''))) // length(t.term) AS n_body
            FROM articles a, terms t)
        SELECT a.id, a.title, a.outlet, a.published, a.n_events,
               round(sum(CASE WHEN h.in_title THEN 5 ELSE 0 END + ln(1 + h.n_body))
                     + CASE WHEN contains(lower(a.text), ?) THEN 3 ELSE 0 END, 3) AS score,
               a.text AS _text
        FROM hits h JOIN articles a ON a.id = h.id
        GROUP BY a.id, a.title, a.outlet, a.published, a.n_events, a.text
        HAVING count(*) FILTER (WHERE h.in_title OR h.n_body > 0) = ?
        ORDER BY score DESC, a.published DESC NULLS LAST, a.id
        LIMIT ? OFFSET ?"""
    rows = store.query(sql, [terms, phrase, len(terms), limit, offset])
    for row in rows:
        row["snippet"] = snippet(row.pop("_text") or "", terms)
        row["terms"] = terms
    return rows


def snippet(text: str, terms: list[str], width: int = 220) -> str:
    """About ``width`` characters of ``text`` around the first hit of any term."""
    lowered = text.lower()
    hits = [i for i in (lowered.find(t) for t in terms) if i >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - width // 3)
    end = min(len(text), start + width)
    clip = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + clip + ("…" if end < len(text) else "")
