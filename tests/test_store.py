"""The DuckDB store: migrations, idempotent writes, atomic batches, recorded rejects."""
from __future__ import annotations

import pytest

from eventwire.models import Article, Extraction, Reject


def extraction(text: str, title: str = "T") -> Extraction:
    from eventwire.pipeline import make_article

    return Extraction(article=make_article(text, title=title, outlet="Wire", published="2024-06-05"))


def test_migrations_are_recorded_once(tmp_path):
    from eventwire.store import Store

    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        assert s.query("SELECT version FROM schema_migrations ORDER BY version") == [{"version": v} for v in (1, 2, 3, 4, 5)]
    with Store(path) as s:
        assert s.migrate() == []
        assert s.query("SELECT count(*) AS n FROM schema_migrations") == [{"n": 5}]


def test_a_version_1_store_is_upgraded_in_place_and_keeps_its_rows(tmp_path, example):
    import duckdb

    from eventwire.store import Store
    from eventwire.store.duck import migrations

    path = tmp_path / "old.duckdb"
    version, description, sql = migrations()[0]
    con = duckdb.connect(str(path))
    con.execute(sql)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)", [version, description])
    con.execute("INSERT INTO articles (id, title, text) VALUES ('old', 'Kept', 'An old article.')")
    con.close()
    with Store(path) as s:
        assert s.query("SELECT title FROM articles") == [{"title": "Kept"}]
        assert s.write([example]) == 1
        assert s.query("SELECT count(*) AS n FROM events WHERE arrested IS NULL")[0]["n"] == len(example.events)
        assert s.query("SELECT count(*) AS n FROM quotes WHERE speaker_start IS NOT NULL")[0]["n"] >= 1
        assert s.counts()["articles"] == 2


def test_writing_the_same_articles_twice_adds_nothing(store, example):
    assert store.write([example]) == 1
    before = store.counts()
    assert store.write([example]) == 0
    assert store.counts() == before
    assert before["events"] == len(example.events) and before["quotes"] == len(example.quotes)


def test_a_failing_batch_leaves_the_store_unchanged(store, example, monkeypatch):
    store.write([extraction("Already stored.")])
    before = store.counts()
    original = store._insert

    def failing_insert(table, rows):
        if table == "quotes":
            raise RuntimeError("disk full")
        original(table, rows)

    monkeypatch.setattr(store, "_insert", failing_insert)
    with pytest.raises(RuntimeError):
        store.write([example])
    assert store.counts() == before


def test_rejects_are_recorded_once_each(store):
    bad = Reject(file="x.jsonl", line=3, reason="x.jsonl:3: not valid JSON")
    assert store.record_rejects([bad, bad]) == 1
    assert store.record_rejects([bad]) == 0
    assert store.query("SELECT file, line FROM ingest_errors") == [{"file": "x.jsonl", "line": 3}]


def test_export_returns_the_stored_contract(store, example):
    store.write([example])
    assert list(store.extractions()) == [example]


def test_read_only_store_must_exist_as_eventwire_store(tmp_path):
    import duckdb

    from eventwire.errors import StoreError
    from eventwire.store import Store

    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        Store(path, read_only=True)


def test_the_store_has_a_bounded_memory_limit(store):
    limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    number, unit = limit.split()
    assert unit == "MiB" and float(number) < 1024


def test_work_that_runs_out_of_memory_is_retried_with_a_doubled_limit_then_the_limit_is_restored(store):
    import duckdb

    store.con.execute("SET memory_limit = '100MiB'")
    limits = []

    def work():
        limits.append(store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        if len(limits) < 3:
            raise duckdb.OutOfMemoryException("simulated: an aggregate that cannot spill")
        return "done"

    assert store.with_memory_to_spare(work) == "done"
    assert limits == ["100.0 MiB", "200.0 MiB", "400.0 MiB"]
    assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "100.0 MiB"


def test_work_that_never_fits_still_fails_and_restores_the_limit(store):
    import duckdb

    store.con.execute("SET memory_limit = '100MiB'")

    def work():
        raise duckdb.OutOfMemoryException("simulated")

    with pytest.raises(duckdb.OutOfMemoryException):
        store.with_memory_to_spare(work, max_doublings=2)
    assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "100.0 MiB"


def test_an_ingest_writes_and_links_under_their_own_limits_then_sets_the_store_limit_back(tmp_path, monkeypatch):
    import eventwire.link
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    seen: list[str] = []
    linked_under: list[str] = []
    refresh = eventwire.link.refresh
    monkeypatch.setattr(eventwire.link, "refresh",
                        lambda store, ids: linked_under.append(store.memory_limit()) or refresh(store, ids))
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text('{"title": "Talks", "published": "2025-03-02", "text": "Egypt and Sudan held talks '
                      'in Cairo on Sunday."}\n', encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        store_limit = store.memory_limit()
        original = store.write_rows
        monkeypatch.setattr(store, "write_rows", lambda rows: seen.append(store.memory_limit()) or original(rows))
        report = run_ingest([str(corpus)], store)
        assert report.articles_new == 1
        assert seen == ["61.0 MiB"]                  # ingest.write_memory_limit = "64MB"
        assert linked_under == ["244.1 MiB"]         # ingest.link_memory_limit = "256MB"
        assert report.linked["mentions"] >= 1
        # set back for the linking and what follows (DuckDB prints it rounded to 0.1 MiB and reads
        # the decimals back as whole MiB, hence the margin)
        assert abs(float(store.memory_limit().split()[0]) - float(store_limit.split()[0])) < 1


def test_the_contract_object_is_kept_compressed_and_read_back_exactly(tmp_path):
    from eventwire.pipeline import extract
    from eventwire.store import Store

    x = extract("Armenia accused Azerbaijan on Tuesday of shelling its positions near the border.",
                published="2024-06-05", title="Border")
    with Store(tmp_path / "s.duckdb") as s:
        s.write([x])
        row = s.query("SELECT extraction, octet_length(extraction_zlib) AS packed FROM articles")[0]
        assert row["extraction"] is None
        assert 0 < row["packed"] < len(x.to_json())
        assert [y.to_json() for y in s.extractions()] == [x.to_json()]


def test_rows_written_before_compression_are_still_read(tmp_path):
    from eventwire.pipeline import extract
    from eventwire.store import Store

    x = extract("Kenya sent 400 police officers to Haiti on Monday.", published="2024-06-26", title="Haiti")
    with Store(tmp_path / "s.duckdb") as s:
        s.write([x])
        s.con.execute("UPDATE articles SET extraction = ?, extraction_zlib = NULL", [x.to_json()])
        assert [y.to_json() for y in s.extractions([x.article.id])] == [x.to_json()]


def test_a_store_whose_indexes_outgrow_the_write_limit_is_still_written_to(tmp_path, monkeypatch):
    from eventwire.pipeline import run_ingest
    from eventwire.settings import load_settings
    from eventwire.store import Store

    with Store(tmp_path / "s.duckdb") as store:   # 60,000 stored articles' keys: over 1 MiB of index
        store.con.execute("INSERT INTO articles (id, title, published, text) SELECT left(md5(i::VARCHAR), 16), "
                          "'Old ' || i, DATE '2020-01-01' + (i // 50)::INT, '' FROM range(60000) r(i)")
    config = tmp_path / "tight.toml"
    config.write_text('[ingest]\nwrite_memory_limit = "1MB"\n', encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(config))
    load_settings.cache_clear()
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(f'{{"title": "Talks {i}", "published": "2025-03-0{i}", "text": "Egypt and Sudan '
                              f'held talks in Cairo on day {i}."}}\n' for i in range(1, 4)), encoding="utf-8")
    try:
        with Store(tmp_path / "s.duckdb") as store:
            report = run_ingest([str(corpus)], store)
            assert report.articles_new == 3 and not report.rejects
            assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 60003
            assert store.index_mib() > 1   # the indexes alone pin more than the write limit
    finally:
        monkeypatch.delenv("EVENTWIRE_CONFIG")
        load_settings.cache_clear()


def test_only_the_articles_keep_a_key_and_the_child_tables_pin_no_index(tmp_path, example):
    """Migration 5: the large child tables have no primary key, so writing to them pins no index."""
    from eventwire.store import Store

    with Store(tmp_path / "s.duckdb") as s:
        keyed = {row[0] for row in s.con.execute("SELECT table_name FROM information_schema.table_constraints "
                                                 "WHERE constraint_type = 'PRIMARY KEY'").fetchall()}
        assert keyed == {"articles", "stories", "schema_migrations"}
        s.write([example])
        s.con.execute("INSERT INTO events SELECT * REPLACE (article_id || '-copy' AS article_id) FROM events")
        assert s.query("SELECT count(*) AS n FROM events WHERE article_id LIKE '%-copy'")[0]["n"] == len(example.events)
        assert s.query("SELECT count(*) AS n FROM events WHERE id IS NULL")[0]["n"] == 0
