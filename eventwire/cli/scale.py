"""``eventwire spark-extract`` and ``eventwire load-parquet``: the pipeline on Apache Spark."""
from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import DEFAULT_DB, DbOption
from eventwire.cli.output import stderr


def _check_spark() -> None:
    """Fail with an instruction when pyspark is not installed."""
    import importlib.util

    if importlib.util.find_spec("pyspark") is None:
        from eventwire.errors import UsageError

        raise UsageError("pyspark is not installed; install the extra with `pip install 'eventwire[spark]'` "
                         "(and Java 17+ for local runs)")


def spark_extract(
    inputs: Annotated[list[str], typer.Argument(help="INPUT paths or URIs (JSONL, CSV, Parquet, txt, html, .gz), "
                                                "then OUTPUT, the directory for the Parquet tables.")],
    partitions: Annotated[int | None, typer.Option("--partitions", min=1, help="Extraction tasks "
                                                    "(default: Spark's default parallelism).")] = None,
    master: Annotated[str | None, typer.Option("--master", help="Spark master, e.g. local[2] or "
                                                "spark://host:7077 (default: local[*] unless run by spark-submit).")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) of every article.")] = None,
    mode: Annotated[str, typer.Option("--mode", help="When OUTPUT exists: errorifexists, overwrite or append.")] = "errorifexists",
) -> None:
    """Extract articles with Apache Spark into Parquet tables partitioned by publication month.

    Writes OUTPUT/{articles,events,quotes,entities,timexes}/published_month=YYYY-MM/ and
    OUTPUT/rejects/; load them with `eventwire load-parquet OUTPUT --db FILE`.
    """
    from eventwire.cli.ingest import check_published
    from eventwire.cli.output import as_table, stdout

    if len(inputs) < 2:
        raise typer.BadParameter("give at least one INPUT and then the OUTPUT directory", param_hint="INPUTS")
    if mode not in ("errorifexists", "overwrite", "append"):
        raise typer.BadParameter(f"{mode!r}: use errorifexists, overwrite or append", param_hint="--mode")
    _check_spark()
    from eventwire.spark.job import ReadOptions, run_job, spark_session

    spark = spark_session(master or _default_master())
    report = run_job(spark, inputs[:-1], inputs[-1], partitions=partitions,
                     options=ReadOptions(published=check_published(published)), mode=mode)
    stdout.print(as_table([{"table": k, "rows": v} for k, v in report.counts.items()], title=f"written to {report.output}"))
    if report.counts.get("rejects"):
        stderr.print(f"{report.counts['rejects']} input(s) rejected; they are in {report.output}/rejects "
                     "and go to ingest_errors with load-parquet")
    raise typer.Exit(1 if report.counts.get("rejects") else 0)


def _default_master() -> str | None:
    """``local[*]`` when not launched by spark-submit (which sets the master itself)."""
    import os

    return None if "PYSPARK_GATEWAY_PORT" in os.environ else "local[*]"


def load_parquet(output: Annotated[str, typer.Argument(help="The OUTPUT directory of spark-extract.")],
                 db: DbOption = DEFAULT_DB) -> None:
    """Load spark-extract's Parquet tables into a DuckDB store (articles already there are skipped)."""
    from eventwire.cli.output import as_table, stdout
    from eventwire.store import Store
    from eventwire.store.parquet import load_parquet_ids

    with Store(db) as store:
        counts, new_ids = load_parquet_ids(store, output)
        _refresh_links(store, new_ids)
    stdout.print(as_table([{"table": k, "rows added": v} for k, v in counts.items()], title=f"loaded into {db}"))


def _refresh_links(store, article_ids: list[str]) -> None:
    """Cross-article deduplication over the new articles, when the linker is available."""
    import eventwire.link as link

    if article_ids and hasattr(link, "refresh"):
        link.refresh(store, article_ids)
