"""Deduplication in bounded chunks: the links of a pass in chunks are those of several smaller
ingests, each chunk is committed whole or not at all, and a pass that stopped is finished by the next."""
from __future__ import annotations

import duckdb
import pytest

import eventwire.link.dedup as dedup
from eventwire.link.dedup import link_mentions, relink_all
from test_link import BORDER_A, BORDER_B, article, canonical_of, event


def links(store) -> list[dict]:
    return store.query("SELECT article_id, event_id, canonical_id FROM event_links ORDER BY ALL")


def fourteen_reports():
    """Seven outlets each reporting one clash (on consecutive days) and one unrelated accusation."""
    return [article(f"Wire {i}", f"2025-03-{4 + i:02d}",
                    [event(0, "ASSAULT", "ETHMIL", "SDNMIL", "2025-03-03", killed=7),
                     event(1, "ACCUSE", "SDNGOV", "ETHGOV", f"2025-03-{4 + i:02d}", trigger="accused")])
            for i in range(7)]


def test_a_pass_in_chunks_links_like_successive_ingests(store, tmp_path):
    reports = fourteen_reports()
    store.write(reports)
    counts = link_mentions(store, chunk=4)   # two articles (four mentions) per chunk, in publication order
    assert counts.mentions == 14 and counts.canonical_new + counts.merged == 14
    clash = {canonical_of(store, report, "e0") for report in reports}
    assert len(clash) == 1   # reports in different chunks still meet: the later ones join the canonical event
    row = store.query("SELECT n_mentions, n_articles FROM canonical_events WHERE id = ?", [clash.pop()])[0]
    assert (row["n_mentions"], row["n_articles"]) == (7, 7)

    from eventwire.store import Store
    with Store(tmp_path / "stepwise.duckdb") as other:   # the same articles linked two by two
        other.write(reports)
        for first in range(0, len(reports), 2):
            link_mentions(other, [report.article.id for report in reports[first:first + 2]])
        assert links(other) == links(store)
        assert (other.query("SELECT * EXCLUDE (updated_at) FROM canonical_events ORDER BY id")
                == store.query("SELECT * EXCLUDE (updated_at) FROM canonical_events ORDER BY id"))


def test_a_failed_chunk_leaves_the_earlier_ones_and_the_next_pass_finishes(store, monkeypatch):
    reports = fourteen_reports()
    store.write(reports)
    real = dedup._refresh_canonical
    calls = {"n": 0}

    def fail_on_second_chunk(s):
        calls["n"] += 1
        if calls["n"] == 2:
            raise duckdb.IOException("disk full (simulated)")
        real(s)

    monkeypatch.setattr(dedup, "_refresh_canonical", fail_on_second_chunk)
    with pytest.raises(duckdb.IOException):
        link_mentions(store, chunk=4)
    kept = links(store)
    assert len(kept) == 4   # the first chunk, whole; nothing of the second
    assert store.query("SELECT count(*) AS n FROM canonical_events")[0]["n"] == len({r["canonical_id"] for r in kept})
    assert not store.query("SELECT * FROM duckdb_tables() WHERE temporary AND table_name LIKE '\\_%' ESCAPE '\\'")

    monkeypatch.setattr(dedup, "_refresh_canonical", real)
    finished = link_mentions(store, chunk=4)
    assert finished.mentions == 10
    assert len(links(store)) == 14
    assert len({canonical_of(store, report, "e0") for report in reports}) == 1


def test_relink_in_chunks_rebuilds_every_link(store):
    a, b = article("Wire A", "2025-03-04", BORDER_A), article("Observer B", "2025-03-05", BORDER_B)
    store.write([a, b])
    link_mentions(store)
    before = links(store)
    counts = relink_all(store)
    assert counts.mentions == 4
    assert links(store) == before
    assert canonical_of(store, a, "e0") == canonical_of(store, b, "e0")
