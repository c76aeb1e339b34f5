"""The command line, end to end: ingest, listings, export, bad input, exit codes."""
from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLE_TEXT

COMMANDS = ["ingest", "extract", "events", "quotes", "articles", "timeline", "stats", "errors", "summary",
            "export", "schema", "eval", "bench"]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, nlp):
    """The sample corpus ingested once into a store shared by the read-only tests."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def write_article(folder: Path, name: str = "a.txt", published: str = "2024-06-05") -> Path:
    path = folder / name
    path.write_text(f"---\npublished: {published}\n---\nBorder Clashes Escalate\nExample Wire Service\n{EXAMPLE_TEXT}\n",
                    encoding="utf-8")
    return path


def test_help_lists_every_command(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_text(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout and len(result.stdout) > 200


def test_ingesting_the_corpus_twice_leaves_the_store_unchanged(corpus_db, cli):
    from eventwire.store import Store

    with Store(corpus_db, read_only=True) as s:
        before = s.counts()
        articles = s.query("SELECT id FROM articles ORDER BY id")
    assert before["articles"] >= 30 and before["events"] > 0 and before["quotes"] > 0
    result = cli("ingest", str(CORPUS), "--db", str(corpus_db))
    assert result.exit_code == 0, result.output
    assert "(0 new)" in result.output
    with Store(corpus_db, read_only=True) as s:
        assert s.counts() == before
        assert s.query("SELECT id FROM articles ORDER BY id") == articles


def test_events_without_context_flags(corpus_db, cli):
    def listed(*extra):
        result = cli("events", "--db", str(corpus_db), "--json", "--mentions", "--limit", "500", *extra)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    everything = listed()
    flags = {flag for row in everything for flag in (row["context"] or "").split(",") if flag}
    assert {"negated", "target-inferred"} <= flags
    kept = listed("--without", "negated, target-inferred")
    assert kept and all(not {"negated", "target-inferred"} & set((r["context"] or "").split(",")) for r in kept)
    assert len(kept) == sum(not {"negated", "target-inferred"} & set((r["context"] or "").split(","))
                            for r in everything)


def test_events_listing_filters_and_formats(corpus_db, cli):
    result = cli("events", "--db", str(corpus_db), "--json", "--limit", "500")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and rows
    assert {"id", "article_id", "date", "type", "source_code", "target_code", "evidence", "outlet"} <= set(rows[0])
    some_type = rows[0]["type"]
    typed = cli("events", "--db", str(corpus_db), "--json", "--type", some_type.lower(), "--limit", "500")
    typed_rows = [json.loads(line) for line in typed.stdout.splitlines()]
    assert typed_rows and all(r["type"] == some_type for r in typed_rows)
    assert len(typed_rows) == sum(r["type"] == some_type for r in rows)
    dated = [r for r in rows if r["date"]]
    day = sorted(r["date"] for r in dated)[len(dated) // 2]
    since = cli("events", "--db", str(corpus_db), "--json", "--since", day, "--limit", "500")
    assert all(json.loads(line)["date"] >= day for line in since.stdout.splitlines())
    as_csv = cli("events", "--db", str(corpus_db), "--csv", "--limit", "5")
    assert list(csv.DictReader(io.StringIO(as_csv.stdout)))[0]["type"]
    table = cli("events", "--db", str(corpus_db), "--limit", "5")
    assert table.exit_code == 0 and "events" in table.stdout


def test_actor_filter_matches_source_or_target(corpus_db, cli):
    rows = [json.loads(x) for x in cli("events", "--db", str(corpus_db), "--json", "--limit", "500").stdout.splitlines()]
    code = next(r["source_code"] for r in rows if r["source_code"] and len(r["source_code"]) == 6)
    filtered = [json.loads(x) for x in cli("events", "--db", str(corpus_db), "--json", "--actor", code,
                                           "--limit", "500").stdout.splitlines()]
    assert filtered and all(code in (r["source_code"], r["target_code"]) for r in filtered)
    assert len(filtered) == sum(code in (r["source_code"], r["target_code"]) for r in rows)
    country = code[:3]
    by_country = [json.loads(x) for x in cli("events", "--db", str(corpus_db), "--json", "--actor", country.lower(),
                                             "--limit", "500").stdout.splitlines()]
    assert len(by_country) >= len(filtered)
    assert all(country in ((r["source_code"] or "")[:3], (r["target_code"] or "")[:3]) for r in by_country)


def test_quotes_articles_timeline_stats_summary(corpus_db, cli):
    quotes = [json.loads(x) for x in cli("quotes", "--db", str(corpus_db), "--json").stdout.splitlines()]
    assert quotes and all(q["text"] for q in quotes)
    articles = [json.loads(x) for x in cli("articles", "--db", str(corpus_db), "--json").stdout.splitlines()]
    assert len(articles) >= 30 and len({a["outlet"] for a in articles}) >= 5
    outlet = articles[0]["outlet"]
    by_outlet = [json.loads(x) for x in cli("articles", "--db", str(corpus_db), "--json", "--outlet", outlet).stdout.splitlines()]
    assert by_outlet and all(outlet in a["outlet"] for a in by_outlet)
    timeline = [json.loads(x) for x in cli("timeline", "--db", str(corpus_db), "--json").stdout.splitlines()]
    assert timeline and all(t["events"] > 0 for t in timeline)
    stats = {r["what"]: r["count"] for r in map(json.loads, cli("stats", "--db", str(corpus_db), "--json").stdout.splitlines())}
    assert stats["articles"] == len(articles)
    summary = cli("summary", "--db", str(corpus_db))
    assert summary.exit_code == 0
    assert "timeline of the biggest events" in summary.stdout and "most active actor pairs" in summary.stdout


def test_export_formats(corpus_db, cli, tmp_path):
    out = tmp_path / "all.jsonl"
    assert cli("export", str(out), "--format", "jsonl", "--db", str(corpus_db)).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 30 and json.loads(lines[0])["schema"] == "eventwire/1"
    csv_out = tmp_path / "events.csv"
    assert cli("export", str(csv_out), "--format", "csv", "--db", str(corpus_db)).exit_code == 0
    assert "trigger_text" in csv_out.read_text(encoding="utf-8").splitlines()[0]
    pq = tmp_path / "pq"
    assert cli("export", str(pq), "--format", "parquet", "--db", str(corpus_db)).exit_code == 0
    import duckdb

    n = duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(pq / "events.parquet")]).fetchone()[0]
    assert n > 0


def test_extract_single_article_prints_one_json_object(cli, tmp_path, nlp):
    path = write_article(tmp_path)
    result = cli("extract", str(path), "--json")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["schema"] == "eventwire/1"
    assert payload["article"]["published"] == "2024-06-05" and payload["article"]["published_basis"] == "metadata"
    assert payload["article"]["title"] == "Border Clashes Escalate"


def test_extract_published_flag_overrides_metadata(cli, tmp_path, nlp):
    path = write_article(tmp_path)
    payload = json.loads(cli("extract", str(path), "--json", "--published", "2024-06-07").stdout)
    assert payload["article"]["published"] == "2024-06-07" and payload["article"]["published_basis"] == "given"


def test_extract_multi_article_input_prints_json_lines(cli, tmp_path, nlp):
    path = tmp_path / "two.jsonl"
    rows = [{"id": "1", "title": "A", "outlet": "W", "published": "2024-06-05", "text": EXAMPLE_TEXT},
            {"id": "2", "title": "B", "outlet": "W", "published": "2024-06-06", "text": "Egypt recalled its ambassador."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = cli("extract", str(path), "--json")
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    assert [json.loads(x)["article"]["title"] for x in lines] == ["A", "B"]


def test_usage_errors_exit_2(cli, tmp_path):
    assert cli("ingest", str(tmp_path), "--published", "June 5").exit_code == 2
    assert cli("events", "--db", str(tmp_path / "missing.duckdb")).exit_code == 2
    assert cli("events", "--type", "FIGHT", "--db", str(tmp_path / "x.duckdb")).exit_code == 2
    assert cli("ingest").exit_code == 2


def bad_inputs(folder: Path) -> dict[str, Path]:
    """One file per bad-input case, next to one good article."""
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "invalid.txt").write_bytes(b"Headline\nOutlet\n\x81\x8d\x8f\x90\x9d bytes that are neither UTF-8 nor cp1252\n")
    (folder / "bad.jsonl").write_text('{"title": "ok", "text": "Egypt recalled its envoy."}\n{"title": broken\n',
                                      encoding="utf-8")
    (folder / "short.csv").write_text("title,outlet,text\nFine,W,Egypt recalled its envoy.\nMissing\n", encoding="utf-8")
    (folder / "blob.xyz").write_bytes(bytes(range(256)) * 4)
    (folder / "nothing").mkdir()
    big = folder / "huge.txt"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Huge\nWire\n")
        line = "Soldiers crossed the border near the river and residents fled the fighting. " * 100 + "\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    return {p.name: p for p in folder.iterdir()}


def test_bad_input_is_recorded_and_the_batch_goes_on(cli, tmp_path, nlp):
    data = tmp_path / "in"
    data.mkdir()
    write_article(data, "good.txt")
    bad_inputs(data)
    db = tmp_path / "s.duckdb"
    result = cli("ingest", str(data), str(tmp_path / "absent.txt"), "--db", str(db))
    assert result.exit_code == 1
    from eventwire.store import Store

    with Store(db, read_only=True) as s:
        errors = s.query("SELECT file, line, reason FROM ingest_errors ORDER BY file, line")
        titles = {r["title"] for r in s.query("SELECT title FROM articles")}
    files = {Path(e["file"]).name for e in errors}
    assert {"empty.txt", "binary.txt", "bad.jsonl", "short.csv", "blob.xyz", "huge.txt", "absent.txt"} <= files
    assert {"Border Clashes Escalate", "ok", "Fine"} <= titles
    by_file = {Path(e["file"]).name: e for e in errors}
    assert by_file["bad.jsonl"]["line"] == 2
    assert by_file["short.csv"]["line"] == 3
    assert "rejected" in result.output
    for name in ("empty.txt", "binary.txt", "huge.txt", "bad.jsonl", "short.csv"):
        assert by_file[name]["reason"]
        assert name in result.output
    assert "bad.jsonl:2: " in result.output and "short.csv:3: " in result.output
    listed = cli("errors", "--db", str(db), "--json")
    assert len(listed.stdout.splitlines()) == len(errors)


def test_bad_input_leaves_stored_articles_untouched(cli, tmp_path, nlp):
    db = tmp_path / "s.duckdb"
    first = tmp_path / "first"
    first.mkdir()
    write_article(first)
    assert cli("ingest", str(first), "--db", str(db)).exit_code == 0
    from eventwire.store import Store

    with Store(db, read_only=True) as s:
        before = s.query("SELECT * EXCLUDE (ingested_at) FROM articles")
        events = s.query("SELECT * FROM events ORDER BY id")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json}\n", encoding="utf-8")
    assert cli("ingest", str(bad), "--db", str(db)).exit_code == 1
    with Store(db, read_only=True) as s:
        assert s.query("SELECT * EXCLUDE (ingested_at) FROM articles") == before
        assert s.query("SELECT * FROM events ORDER BY id") == events


def test_a_directory_with_no_readable_files_is_reported(cli, tmp_path):
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    result = cli("ingest", str(empty), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert "empty_dir" in result.output


def test_stdin_and_gzip_inputs(cli, tmp_path, nlp):
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"title": "Gz", "outlet": "W", "published": "2024-06-05", "text": EXAMPLE_TEXT}) + "\n")
    db = tmp_path / "s.duckdb"
    assert cli("ingest", str(gz), "--db", str(db)).exit_code == 0
    text = f"Stdin Headline\nStdin Wire\n{EXAMPLE_TEXT}\n"
    result = cli("ingest", "-", "--db", str(db), "--published", "2024-06-05", input=text)
    assert result.exit_code == 0, result.output
    from eventwire.store import Store

    with Store(db, read_only=True) as s:
        assert {r["title"] for r in s.query("SELECT title FROM articles")} == {"Gz", "Stdin Headline"}


def test_workers_give_the_same_store_as_one_process(cli, tmp_path, nlp):
    data = tmp_path / "in"
    data.mkdir()
    for i, day in enumerate(["2024-06-05", "2024-06-06", "2024-06-07"]):
        write_article(data, f"a{i}.txt", published=day)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert cli("ingest", str(data), "--db", str(one)).exit_code == 0
    assert cli("ingest", str(data), "--db", str(two), "--workers", "2").exit_code == 0
    from eventwire.store import Store

    def snapshot(db):
        with Store(db, read_only=True) as s:
            return [s.query("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id")] + \
                [s.query(f"SELECT * FROM {table} ORDER BY ALL") for table in ("events", "quotes", "entities", "timexes")]

    assert snapshot(one) == snapshot(two)


def test_quotes_filter_by_speaker(corpus_db, cli):
    everything = [json.loads(line) for line in cli("quotes", "--db", str(corpus_db), "--json", "--limit", "500").stdout.splitlines()]
    egyptian = cli("quotes", "--db", str(corpus_db), "--json", "--speaker", "EGY", "--limit", "500")
    rows = [json.loads(line) for line in egyptian.stdout.splitlines()]
    assert egyptian.exit_code == 0 and rows and len(rows) < len(everything)
    assert all((r["speaker_code"] or "").startswith("EGY") for r in rows)
