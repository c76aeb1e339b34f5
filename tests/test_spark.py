"""``eventwire spark-extract`` in Spark local[2] mode: the same records as a single-process ingest."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed (eventwire[spark])"),
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java on the PATH"),
]

TABLE_ORDER = {
    # the contract object is compared decoded (below): a local ingest keeps it compressed, a Parquet load as JSON
    "articles": "SELECT * EXCLUDE (ingested_at, extraction, extraction_zlib) FROM articles ORDER BY id",
    "events": "SELECT * FROM events ORDER BY article_id, id",
    "quotes": "SELECT * FROM quotes ORDER BY article_id, id",
    "entities": "SELECT * FROM entities ORDER BY article_id, start_char, end_char, label",
    "timexes": "SELECT * FROM timexes ORDER BY article_id, start_char, end_char, type",
    "ingest_errors": "SELECT file, line, reason FROM ingest_errors ORDER BY file, line, reason",
}


def write_inputs(folder: Path) -> Path:
    """Five wire articles, one broken JSON line, a CSV with one article and one row without text."""
    folder.mkdir()
    lines = (CORPUS / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    (folder / "wire.jsonl").write_text("\n".join(lines[:3] + ['{"title": "cut off'] + lines[3:]) + "\n",
                                       encoding="utf-8")
    record = json.loads(lines[0])
    body = "Sudan's army said on Tuesday it had closed the Gallabat crossing with Ethiopia after a clash."
    (folder / "extra.csv").write_text(
        "title,outlet,published,text\n"
        f"Crossing closed,{record['outlet']},2025-04-02,{body}\n"
        "No body here,Somewhere,2025-04-03,\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def spark_run(tmp_path_factory):
    """One Spark run and one local ingest over the same inputs, both loaded into DuckDB stores."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    root = tmp_path_factory.mktemp("spark")
    inputs = write_inputs(root / "in")
    out = root / "out"
    runner = CliRunner()
    extracted = runner.invoke(app, ["spark-extract", str(inputs), str(out), "--master", "local[2]",
                                    "--partitions", "2"])
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    loaded = runner.invoke(app, ["load-parquet", str(out), "--db", str(root / "spark.duckdb")])
    reloaded = runner.invoke(app, ["load-parquet", str(out), "--db", str(root / "spark.duckdb")])
    local = runner.invoke(app, ["ingest", str(inputs), "--db", str(root / "local.duckdb")])
    return {"root": root, "out": out, "extracted": extracted, "loaded": loaded, "reloaded": reloaded,
            "local": local}


def snapshot(db: Path) -> dict[str, list[dict]]:
    from eventwire.store import Store

    with Store(db, read_only=True) as store:
        tables = {table: store.query(sql) for table, sql in TABLE_ORDER.items()}
        tables["extractions"] = sorted(x.to_json() for x in store.extractions())
        return tables


def test_spark_extract_reports_the_rejects_and_loads(spark_run):
    assert spark_run["extracted"].exit_code == 1, spark_run["extracted"].output
    assert spark_run["loaded"].exit_code == 0, spark_run["loaded"].output
    assert spark_run["local"].exit_code == 1, spark_run["local"].output


def test_every_table_equals_the_single_process_ingest(spark_run):
    spark = snapshot(spark_run["root"] / "spark.duckdb")
    local = snapshot(spark_run["root"] / "local.duckdb")
    assert len(local["articles"]) == 6 and local["events"]
    for table in TABLE_ORDER:
        assert spark[table] == local[table], table


def test_bad_rows_become_recorded_rejects(spark_run):
    errors = snapshot(spark_run["root"] / "spark.duckdb")["ingest_errors"]
    where = {(Path(e["file"]).name, e["line"]) for e in errors}
    assert where == {("wire.jsonl", 4), ("extra.csv", 3)}
    assert all(e["reason"] for e in errors)


def test_tables_are_partitioned_by_publication_month(spark_run):
    for table in ("articles", "events", "quotes", "entities", "timexes"):
        months = {p.name for p in (spark_run["out"] / table).glob("published_month=*")}
        assert "published_month=2025-03" in months, table
    assert (spark_run["out"] / "articles" / "published_month=2025-04").is_dir()


def test_loading_twice_adds_nothing(spark_run):
    assert spark_run["reloaded"].exit_code == 0
    assert snapshot(spark_run["root"] / "spark.duckdb")["articles"] == snapshot(spark_run["root"] / "local.duckdb")["articles"]
    assert "0" in spark_run["reloaded"].output


def test_parquet_rows_become_articles_with_the_json_lines_rules(tmp_path):
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.spark.job import ReadOptions, read_file_items

    records = [json.loads(line) for line in (CORPUS / "wire.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    for record in records:
        record["published"] = dt.date.fromisoformat(record["published"])
    records.append({"title": "Blank", "text": "   "})
    path = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(records), path)
    items = list(read_file_items(f"file:{path}", path.read_bytes(), ReadOptions()))
    assert [item["article"]["id"] for item in items[:2]] == [r["id"] for r in records[:2]]
    assert items[0]["article"]["published"] == str(records[0]["published"])
    assert items[1]["article"]["source"] == f"{path}:2"
    assert items[2]["reject"]["line"] == 3 and "empty text" in items[2]["reject"]["reason"]


def test_a_missing_input_is_a_usage_error_naming_it(tmp_path, spark_run):
    from pyspark.sql import SparkSession
    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.errors import UsageError

    missing = tmp_path / "no-such-wire.jsonl"
    result = CliRunner().invoke(app, ["spark-extract", str(missing), str(tmp_path / "out"), "--master", "local[2]"])
    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    assert isinstance(result.exception, UsageError)
    assert "no-such-wire.jsonl" in str(result.exception) and not (tmp_path / "out").exists()


def test_the_worker_daemon_loads_the_pipeline_before_forking_and_keeps_its_stdout_clean():
    """Spark reads the daemon's port from its standard output: loading must print nothing there."""
    import subprocess
    import sys

    script = ("from eventwire.spark.daemon import preload\n"
              "preload()\n"
              "import eventwire.spark.job as job\n"
              "print('loaded', job._PIPELINE is not None and 'eventwire_events' in job._PIPELINE.pipe_names)\n"
              "print('arrow modules', all(m in sys.modules for m in ('pandas', 'pyarrow', 'pyspark.worker')))\n")
    done = subprocess.run([sys.executable, "-c", "import sys\n" + script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "loaded True\narrow modules True\n"


def test_local_sessions_use_the_preloading_daemon_and_the_local_jvm_options(spark_run):
    from pyspark.sql import SparkSession

    from eventwire.spark.job import spark_session, stop_session

    spark = spark_session("local[1]", app_name="eventwire-test-daemon")
    try:
        conf = spark.sparkContext.getConf()
        assert conf.get("spark.python.daemon.module") == "eventwire.spark.daemon"
        assert "-XX:TieredStopAtLevel=1" in conf.get("spark.driver.extraJavaOptions").split()
        assert conf.get("spark.hadoop.fs.file.impl") == "org.apache.hadoop.fs.RawLocalFileSystem"
    finally:
        stop_session(spark)
    assert SparkSession.getActiveSession() is None


def test_local_output_has_no_checksum_side_files(spark_run):
    out = spark_run["out"]
    assert list(out.rglob("*.parquet")), "the run wrote no Parquet files"
    assert not list(out.rglob("*.crc"))


def _daemon_port(daemon) -> int:
    """The port PySpark's daemon writes first on its standard output (a 4-byte big-endian int)."""
    import struct

    return struct.unpack("!i", daemon.stdout.read(4))[0]


def _children(pid: int) -> list[int]:
    import os

    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def test_the_daemon_is_forked_from_the_zygote_and_ends_when_spark_closes_its_input(tmp_path):
    """The JVM's daemon hands its streams to the driver's preloaded zygote, which forks the real
    PySpark daemon: it answers with its port, is the zygote's child, and exits on end of input."""
    import os
    import subprocess
    import sys

    socket_path = tmp_path / "z.sock"
    env = dict(os.environ, PYTHONHASHSEED="0")
    zygote = subprocess.Popen([sys.executable, "-m", "eventwire.spark.zygote", str(socket_path)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        env["EVENTWIRE_SPARK_ZYGOTE"] = str(socket_path)
        for _ in range(600):   # the zygote binds its socket before it loads the pipeline
            if socket_path.exists():
                break
            __import__("time").sleep(0.1)
        stand_in = subprocess.Popen([sys.executable, "-m", "eventwire.spark.daemon"], env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert 0 < _daemon_port(stand_in) < 65536
        daemons = _children(zygote.pid)
        assert len(daemons) == 1 and daemons[0] != stand_in.pid
        stand_in.stdin.close()          # Spark stops its daemon by closing its input
        stand_in.wait(timeout=30)       # (PySpark's daemon then exits with status 1, as it always does)
        assert daemons[0] not in _children(zygote.pid)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    assert not socket_path.exists()


def test_without_a_zygote_the_daemon_loads_the_pipeline_itself(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, EVENTWIRE_SPARK_ZYGOTE=str(tmp_path / "nobody-listens.sock"))
    daemon = subprocess.Popen([sys.executable, "-m", "eventwire.spark.daemon"], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert 0 < _daemon_port(daemon) < 65536
    daemon.stdin.close()
    assert daemon.wait(timeout=60) in (0, 1)
