"""The eventwire pipeline as an Apache Spark job: articles in, the contract's tables out as Parquet.

Stages (one Spark job, nothing home-made), all Python work in the same Arrow Python workers:
    1. read       Spark's ``binaryFile`` source gives each task whole input files (any
                  Hadoop-compatible URI); ``mapInArrow`` runs them through the very readers
                  ``eventwire ingest`` uses: same Articles, same ids, same line-numbered rejects.
                  Parquet files are read as rows, built with the same field rules.
    2. spread     one article per content hash (the first in input order, a window over the id),
                  then range-partitioned by publication date over ``partitions`` tasks (so each
                  task writes few ``published_month`` folders); rejects ride along.
    3. extract    ``mapInArrow`` (mapPartitions over Arrow batches) runs ``extract_many`` with one
                  pipeline per Python worker process (Spark reuses its workers, so the model loads
                  once per executor core); the records return to the JVM as Arrow batches.
    4. write      ``OUTPUT/{articles,events,quotes,entities,timexes}/published_month=YYYY-MM/``
                  with the columns of ``eventwire.store.rows`` and types from ``schema.sql``;
                  ``OUTPUT/rejects/`` holds what could not be read or extracted.

Entry points: ``eventwire spark-extract INPUT OUTPUT``; ``spark-submit path/to/eventwire/spark/job.py
INPUT OUTPUT``; ``python -m eventwire.spark INPUT OUTPUT``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

TABLES = ("articles", "events", "quotes", "entities", "timexes")
PARTITION_COLUMN = "published_month"
UNKNOWN_MONTH = "unknown"
# Columns the store fills itself; they are not part of the extracted records (the Parquet output keeps
# the contract object as JSON in ``extraction``; only the store's own writes compress it).
STORE_ONLY_COLUMNS = frozenset({"ingested_at", "extraction_zlib"})
REJECT_COLUMNS = (("file", "VARCHAR"), ("line", "INTEGER"), ("reason", "VARCHAR"))
ARROW_BATCH = 64   # rows per Arrow batch a Python worker sends back to the JVM
LOCAL_FILE_SYSTEM = "org.apache.hadoop.fs.RawLocalFileSystem"   # file: URIs of local runs, no .crc files

_CREATE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", re.DOTALL)
_COLUMN = re.compile(r"^\s*(\w+)\s+([A-Z]+(?:\[\])?)", re.MULTILINE)
_ADD = re.compile(r"ALTER TABLE (\w+) ADD COLUMN IF NOT EXISTS (\w+) ([A-Z]+(?:\[\])?)")
_NOT_COLUMNS = frozenset({"PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "CONSTRAINT"})


# -- schemas from schema.sql -------------------------------------------------------------------
def store_columns() -> dict[str, list[tuple[str, str]]]:
    """``table -> [(column, DuckDB type), ...]`` for the five record tables, as ``schema.sql`` builds them."""
    text = resources.files("eventwire.store").joinpath("schema.sql").read_text(encoding="utf-8")
    text = re.sub(r"--[^\n]*", "", text)
    columns: dict[str, list[tuple[str, str]]] = {}
    for table, body in _CREATE.findall(text):
        columns[table] = [(name, kind) for name, kind in _COLUMN.findall(body) if name.upper() not in _NOT_COLUMNS]
    for table, name, kind in _ADD.findall(text):
        if name not in {c for c, _ in columns[table]}:
            columns[table].append((name, kind))
    return {table: [(c, k) for c, k in columns[table] if c not in STORE_ONLY_COLUMNS] for table in TABLES}


def spark_type(duck_type: str):
    """The Spark SQL type holding a DuckDB column type."""
    from pyspark.sql import types as T

    if duck_type.endswith("[]"):
        return T.ArrayType(spark_type(duck_type[:-2]), containsNull=True)
    simple = {"VARCHAR": T.StringType(), "JSON": T.StringType(), "INTEGER": T.IntegerType(),
              "BIGINT": T.LongType(), "DOUBLE": T.DoubleType(), "BOOLEAN": T.BooleanType(),
              "DATE": T.DateType(), "TIMESTAMP": T.TimestampType()}
    if duck_type not in simple:
        raise ValueError(f"schema.sql type {duck_type} has no Spark equivalent; add it to spark_type")
    return simple[duck_type]


def table_struct(columns: list[tuple[str, str]]):
    """A Spark struct with ``columns`` (name, DuckDB type), all nullable."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(name, spark_type(kind), True) for name, kind in columns])


def record_schema(columns: dict[str, list[tuple[str, str]]]):
    """The schema of one extracted article: its row, its child rows, its month, or a reject."""
    from pyspark.sql import types as T

    fields = [T.StructField(PARTITION_COLUMN, T.StringType(), False),
              T.StructField("articles", table_struct(columns["articles"]), True)]
    fields += [T.StructField(table, T.ArrayType(table_struct(columns[table]), False), True) for table in TABLES[1:]]
    fields.append(T.StructField("rejects", table_struct(list(REJECT_COLUMNS)), True))
    return T.StructType(fields)


# -- rows: the same functions as the DuckDB store ----------------------------------------------
def _cell(value: Any, duck_type: str) -> Any:
    """``value`` as the Python type Spark expects for ``duck_type``."""
    if value is None:
        return None
    if duck_type == "DATE":
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    if duck_type == "DOUBLE":
        return float(value)
    if duck_type in ("INTEGER", "BIGINT"):
        return int(value)
    return value


def published_month(published: str | None) -> str:
    """The partition value of an article: ``YYYY-MM``, or ``unknown``."""
    return published[:7] if published else UNKNOWN_MONTH


def typed_row(row: dict, columns: list[tuple[str, str]]) -> dict:
    """``row`` with exactly ``columns``, each value typed for Spark."""
    return {name: _cell(row.get(name), kind) for name, kind in columns}


def extraction_record(extraction, columns: dict[str, list[tuple[str, str]]]) -> dict:
    """One output record: the article row and its child rows, exactly as the store builds them."""
    from eventwire.store.rows import extraction_rows

    rows = extraction_rows(extraction)
    record = {PARTITION_COLUMN: published_month(extraction.article.published),
              "articles": typed_row(rows["articles"][0], columns["articles"]), "rejects": None}
    for table in TABLES[1:]:
        record[table] = [typed_row(row, columns[table]) for row in rows[table]]
    return record


def reject_record(file: str, line: int | None, reason: str) -> dict:
    """One output record holding a reject."""
    return {PARTITION_COLUMN: UNKNOWN_MONTH, "articles": None, **{table: [] for table in TABLES[1:]},
            "rejects": {"file": file, "line": line, "reason": reason}}


# -- stage 1: reading --------------------------------------------------------------------------
@dataclass(frozen=True)
class ReadOptions:
    """What ``eventwire ingest`` accepts too: a forced publication date, a column map, a size cap."""

    published: str | None = None
    column_map: tuple[tuple[str, str], ...] = ()
    max_chars: int = 2_000_000


def local_name(uri: str) -> str:
    """A ``file:`` URI as the plain path the local readers report; other URIs unchanged."""
    from urllib.parse import unquote

    if uri.startswith("file://"):
        return unquote(uri[len("file://"):])
    if uri.startswith("file:"):
        return unquote(uri[len("file:"):])
    return uri


def is_article_file(uri: str) -> bool:
    """Skip hidden files, Spark/Hadoop markers (``_SUCCESS``) and README/LICENSE notes."""
    from eventwire.ingest.sources import is_documentation, is_hidden

    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return not (is_hidden(name) or name.startswith("_") or is_documentation(name))


def read_file_items(uri: str, data: bytes, options: ReadOptions) -> Iterator[dict]:
    """Articles (``{"article": dict}``) and rejects (``{"reject": dict}``) from one whole file.

    The file goes through ``eventwire.ingest``'s own format readers, so each article, its id and
    its ``source`` (``file:line``) are those of ``eventwire ingest`` on the same file.
    """
    from eventwire.ingest.problems import InputProblem
    from eventwire.ingest.reader import _whole_file_reject
    from eventwire.models import Reject

    name = local_name(uri)
    try:
        for item in _items_of_bytes(name, data, options):
            yield {"reject": item.model_dump()} if isinstance(item, Reject) else {"article": item.model_dump()}
    except InputProblem as problem:
        yield {"reject": {"file": name, "line": problem.line, "reason": problem.reason}}
    except (OSError, EOFError, zlib.error) as error:
        yield {"reject": _whole_file_reject(name, error).model_dump()}


def _items_of_bytes(name: str, data: bytes, options: ReadOptions) -> Iterator:
    """Dispatch the bytes of one file to the reader for its format, as ``read_inputs`` does."""
    from eventwire.ingest.decoding import open_sniffed
    from eventwire.ingest.dates import normalize_date
    from eventwire.ingest.fields import check_column_map
    from eventwire.ingest.problems import InputProblem
    from eventwire.ingest.reader import CONVERT_FIRST, EXTENSION_KINDS, Settings, _read_opened, sniff_kind, split_extension

    extension, gzipped = split_extension(name)
    if extension == ".parquet":
        yield from _parquet_items(name, data, options)
        return
    if extension in CONVERT_FIRST:
        raise InputProblem(f"{extension} files are not read; convert it to text first ({CONVERT_FIRST[extension]})")
    if gzipped:
        data = gzip.decompress(data)
    published = normalize_date(options.published) if options.published else None
    settings = Settings(published=published, column_map=check_column_map(dict(options.column_map)),
                        max_chars=options.max_chars)
    opened = open_sniffed(io.BytesIO(data))
    kind = EXTENSION_KINDS.get(extension) or sniff_kind(opened)
    yield from _read_opened(opened, kind, name, settings)


def _parquet_items(name: str, data: bytes, options: ReadOptions) -> Iterator:
    """Articles and rejects from the rows of a Parquet file, with the JSON Lines field rules."""
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(data))
    for index, row in enumerate(table.to_pylist()):
        yield parquet_row_item(row, name, index + 1, options)


def parquet_row_item(row: dict, name: str, line: int, options: ReadOptions):
    """The Article (or Reject) of one Parquet row; ``source`` is ``file:row``."""
    from eventwire.ingest.dates import normalize_date
    from eventwire.ingest.fields import FIELDS, build_article, find_key
    from eventwire.ingest.problems import InputProblem
    from eventwire.models import Reject

    row = {key: value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value for key, value in row.items()}
    column_map = dict(options.column_map)
    keys = {field: find_key(list(row), field, column_map) for field in FIELDS}
    published = normalize_date(options.published) if options.published else None
    try:
        return build_article(row, keys=keys, column_map=column_map, published=published,
                             source=f"{name}:{line}", max_chars=options.max_chars, what="column")
    except InputProblem as problem:
        return Reject(file=name, line=line, reason=problem.reason)


ITEM_SCHEMA = "kind string, id string, file string, line long, publication_order string, payload string"


def item_row(item: dict) -> dict:
    """One read item as a row of ``ITEM_SCHEMA``: an article (its JSON) or a reject (its reason)."""
    if "reject" in item:
        reject = item["reject"]
        return {"kind": "reject", "id": f"reject:{reject['file']}:{reject.get('line')}:{reject['reason']}",
                "file": reject["file"], "line": reject.get("line"), "publication_order": REJECT_ORDER,
                "payload": reject["reason"]}
    article = item["article"]
    file, line = input_order(article)
    return {"kind": "article", "id": article["id"], "file": file, "line": line,
            "publication_order": publication_order(article), "payload": json.dumps(article, ensure_ascii=False)}


def read_batches(batches: Iterable, options: ReadOptions) -> Iterator:
    """``mapInArrow`` body over Spark's ``binaryFile`` rows: each whole file through the readers."""
    import pyarrow as pa

    from eventwire.pipeline import _chunks

    def rows() -> Iterator[dict]:
        for batch in batches:
            for path, content in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist()):
                if is_article_file(path):
                    yield from (item_row(item) for item in read_file_items(path, content, options))

    for chunk in _chunks(rows(), ARROW_BATCH):
        yield pa.RecordBatch.from_pylist(chunk)


def read_items(spark, inputs: list[str], options: ReadOptions):
    """A DataFrame (``ITEM_SCHEMA``) of the articles and rejects read from every input path or URI
    (files, folders searched recursively, globs), in the Python workers that will extract them."""
    from pyspark.errors import AnalysisException

    from eventwire.errors import UsageError

    try:
        files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inputs)
    except AnalysisException as exc:   # e.g. PATH_NOT_FOUND, named with the path
        raise UsageError(f"cannot read the input: {str(exc).splitlines()[0]}") from exc
    return files.select("path", "content").mapInArrow(lambda batches, o=options: read_batches(batches, o), ITEM_SCHEMA)


# -- stage 2: one task per share of the articles -----------------------------------------------
def input_order(article: dict) -> tuple[str, int]:
    """Where an article was read, as a sortable key (file, line)."""
    file, _, line = (article.get("source") or "").rpartition(":")
    return (file, int(line)) if line.isdigit() else (article.get("source") or "", 0)


def publication_order(article: dict) -> str:
    """Sort key that puts an article among those of its publication month (unknown dates last)."""
    return f"{article.get('published') or '~'} {article['id']}"


REJECT_ORDER = "~~"   # after every article, so rejects gather in the last task


def spread_articles(items, partitions: int):
    """The read items with one article per id (the first read, by file and line), range-partitioned
    by publication date over ``partitions`` tasks; rejects ride along, in the last task.

    Tasks get contiguous, balanced ranges of publication dates (Spark SQL samples the keys in one
    job, ``spark.sql.execution.rangeExchange.sampleSizePerPartition`` per task), so each task writes
    to few ``published_month`` folders: the output has about one file per month and table instead
    of one per month, table and task."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    first_read = F.row_number().over(Window.partitionBy("id").orderBy("file", "line"))
    unique = items.withColumn("_nth", first_read).where(F.col("_nth") == 1)
    return unique.repartitionByRange(partitions, "publication_order").select("kind", "file", "line", "payload")


# -- stage 3: extraction, one pipeline per Python worker ---------------------------------------
_PIPELINE = None


def worker_pipeline():
    """The pipeline of this Python worker process, loaded on first use and kept for later tasks."""
    global _PIPELINE
    if _PIPELINE is None:
        from eventwire.nlp import load_pipeline

        try:   # Spark runs one Python worker per core: one numeric thread each, as --workers does
            from threadpoolctl import threadpool_limits

            threadpool_limits(1)
        except ImportError:
            pass
        _PIPELINE = load_pipeline()
    return _PIPELINE


def extract_partition(articles: Iterable[dict], columns: dict[str, list[tuple[str, str]]]) -> Iterator[dict]:
    """Output records for one partition: ``extract_many`` over its articles, failures as rejects."""
    from eventwire.models import Article
    from eventwire.pipeline import extract_many

    failures: list[tuple] = []

    def failed(article: Article, exc: Exception) -> None:
        file, line = input_order(article.model_dump())
        failures.append(reject_record(file, line or None, f"extraction failed ({type(exc).__name__}: {exc}); "
                                      "the article was skipped, please report it with the input"))

    for extraction in extract_many((Article(**a) for a in articles), nlp=worker_pipeline(), on_error=failed):
        yield extraction_record(extraction, columns)
        yield from failures
        failures.clear()
    yield from failures


def extract_batches(batches: Iterable, columns: dict[str, list[tuple[str, str]]], arrow_schema) -> Iterator:
    """``mapInArrow`` body: Arrow batches of read items in, Arrow batches of output records out
    (an extraction per article, a reject record per reject)."""
    import pyarrow as pa

    from eventwire.pipeline import _chunks

    rejects: list[dict] = []

    def articles() -> Iterator[dict]:
        for batch in batches:
            for row in batch.to_pylist():
                if row["kind"] == "reject":
                    rejects.append(reject_record(row["file"], row["line"], row["payload"]))
                else:
                    yield json.loads(row["payload"])

    def records() -> Iterator[dict]:
        for record in extract_partition(articles(), columns):
            yield record
            yield from _drained(rejects)
        yield from _drained(rejects)

    for chunk in _chunks(records(), ARROW_BATCH):
        yield pa.RecordBatch.from_pylist(chunk, schema=arrow_schema)


def _drained(items: list) -> Iterator:
    """The items of ``items``, which is left empty."""
    while items:
        yield items.pop(0)


def extracted_records(items, columns: dict[str, list[tuple[str, str]]]):
    """The DataFrame of output records: extraction in ``mapInArrow`` over the spread ``items``
    (records cross to the JVM as Arrow batches, not pickled rows)."""
    from pyspark.sql.pandas.types import to_arrow_schema

    schema = record_schema(columns)
    arrow_schema = to_arrow_schema(schema)
    return items.mapInArrow(lambda batches, c=columns, a=arrow_schema: extract_batches(batches, c, a), schema)


# -- stage 4: the job --------------------------------------------------------------------------
def spark_session(master: str | None = None, app_name: str = "eventwire"):
    """The active SparkSession, or a new one (``master`` e.g. ``local[2]``; else spark-submit's)."""
    import os

    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = (SparkSession.builder.appName(app_name).config("spark.python.worker.reuse", "true")
               .config("spark.python.daemon.module", "eventwire.spark.daemon")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        builder = builder.master(master)
    launched_by_spark_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    java_options = None
    if (master or "local").startswith("local") and not launched_by_spark_submit:
        from eventwire.spark.jvm import local_java_options

        # local workers must run this interpreter, the one eventwire is installed in
        # (PySpark reads only the environment variable, default "python3" from PATH)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from eventwire.spark.zygote import start as start_zygote

        start_zygote()   # the pipeline loads while the JVM starts: see spark/zygote.py
        java_options = local_java_options()   # the driver JVM shares the cores: see spark/jvm.py
        builder = builder.config("spark.driver.extraJavaOptions", java_options)
        # local files without Hadoop's .crc side files (one per Parquet file, each written and
        # renamed at commit): half the files, and the writes' share of a local run with them
        builder = builder.config("spark.hadoop.fs.file.impl", LOCAL_FILE_SYSTEM)
    session = builder.getOrCreate()
    if java_options:
        from eventwire.spark.jvm import mark_recording_jvm

        gateway = getattr(session.sparkContext, "_gateway", None)
        mark_recording_jvm(java_options, getattr(getattr(gateway, "proc", None), "pid", None))
    return session


def stop_session(spark) -> None:
    """Stop ``spark`` without PySpark's idle second at the end.

    ``SparkContext.stop`` shuts down the driver's accumulator server, whose connection handler
    polls its socket once a second and is only seen to have stopped at its next wake-up; the JVM is
    stopped first and nothing waits on that server any more, so it is shut down in a daemon
    thread instead of on the caller's time."""
    import threading

    context = spark.sparkContext
    server = getattr(context, "_accumulatorServer", None)
    if server is not None:
        context._accumulatorServer = None
    spark.stop()
    if server is not None:
        threading.Thread(target=server.shutdown, name="eventwire-accumulator-stop", daemon=True).start()


@dataclass
class JobReport:
    """Row counts of what the job wrote."""

    counts: dict[str, int]
    output: str


def run_job(spark, inputs: list[str], output: str, *, partitions: int | None = None,
            options: ReadOptions = ReadOptions(), mode: str = "errorifexists") -> JobReport:
    """Read ``inputs``, extract every article and write the six Parquet tables under ``output``.

    The extraction runs once, in the job that counts the records (they are persisted); the six
    writes then read the persisted records as concurrent Spark jobs, so their per-job latencies
    (scheduling, the commit of each output folder) overlap instead of adding up."""
    from concurrent.futures import ThreadPoolExecutor

    from pyspark import StorageLevel

    columns = store_columns()
    partitions = partitions or spark.sparkContext.defaultParallelism
    items = spread_articles(read_items(spark, inputs, options), partitions)
    records = extracted_records(items, columns).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = record_counts(records)
        writes = output_writes(records, output.rstrip("/"), mode)
        with ThreadPoolExecutor(max_workers=len(writes), thread_name_prefix="eventwire-write") as pool:
            for done in [pool.submit(write) for write in writes]:
                done.result()
    finally:
        records.unpersist()
    return JobReport(counts=counts, output=output)


def record_counts(records) -> dict[str, int]:
    """Rows per output table (this job computes, and persists, the records)."""
    from pyspark.sql import functions as F

    totals = records.select(F.count("articles").alias("articles"),
                            *[F.sum(F.size(t)).alias(t) for t in TABLES[1:]],
                            F.count("rejects").alias("rejects")).first().asDict()
    return {name: int(value or 0) for name, value in totals.items()}


def output_writes(records, output: str, mode: str) -> list:
    """One callable per output table, each writing it as Parquet under ``output``."""
    from pyspark.sql import functions as F

    def write_table(table: str):
        if table == "articles":
            frame = records.where(F.col("articles").isNotNull()).select(PARTITION_COLUMN, "articles.*")
        else:
            frame = records.select(PARTITION_COLUMN, F.explode(table).alias("_row")).select(PARTITION_COLUMN, "_row.*")
        return lambda: frame.write.mode(mode).partitionBy(PARTITION_COLUMN).parquet(f"{output}/{table}")

    rejects = records.where(F.col("rejects").isNotNull()).select("rejects.*").coalesce(1)
    return [write_table(table) for table in TABLES] + [lambda: rejects.write.mode(mode).parquet(f"{output}/rejects")]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eventwire.spark", description="eventwire extraction as a Spark job.")
    parser.add_argument("inputs", nargs="+", help="input paths or URIs (JSONL, CSV, Parquet, txt, html; .gz too), "
                        "then the OUTPUT directory last")
    parser.add_argument("--partitions", type=int, default=None, help="extraction tasks (default: Spark's parallelism)")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--published", default=None, help="publication date for every article (YYYY-MM-DD)")
    parser.add_argument("--mode", default="errorifexists", choices=["errorifexists", "overwrite", "append"])
    args = parser.parse_args(argv)
    if len(args.inputs) < 2:
        parser.error("give at least one INPUT and the OUTPUT directory")
    return args


def main(argv: list[str] | None = None) -> int:
    """``spark-submit job.py INPUT... OUTPUT``: run the job, print the counts as JSON."""
    args = parse_args(argv)
    spark = spark_session(args.master)
    report = run_job(spark, args.inputs[:-1], args.inputs[-1], partitions=args.partitions,
                     options=ReadOptions(published=args.published), mode=args.mode)
    sys.stdout.write(json.dumps(report.counts) + "\n")
    return 0


if __name__ == "__main__":
    # Run through the installed module, so the functions Spark ships to executors are
    # eventwire.spark.job's (imported there), not copies of this script's __main__.
    from eventwire.spark.job import main as installed_main

    sys.exit(installed_main())
