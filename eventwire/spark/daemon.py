"""PySpark's worker daemon with eventwire's pipeline loaded before it forks any Python worker.

Spark starts one daemon per executor and forks every Python worker from it
(``spark.python.daemon.module``, default ``pyspark.daemon``). Run as that module, this one first
loads the pipeline (``eventwire.spark.job.worker_pipeline``) and the modules of PySpark's Arrow
worker (pandas, pyarrow), so every worker the daemon forks
starts with the model in memory and shares its pages copy-on-write with the daemon and its
siblings, instead of each importing spaCy and loading its own copy: the same arrangement as
``eventwire ingest --workers N`` on Linux. The model's objects are frozen (``gc.freeze``) so the
workers' garbage collectors do not write to, and so copy, the shared pages.

``eventwire spark-extract`` sets it for local runs; on a cluster add
``--conf spark.python.daemon.module=eventwire.spark.daemon`` (the default daemon works too: each
worker then loads the pipeline on its first task).
"""
from __future__ import annotations

import gc
import os
import sys
import traceback


# What a Python worker imports for its first Arrow task (``mapInArrow``): imported here once, the
# forked workers share them instead of each spending ~0.2 s and ~80 MB on its own pandas and pyarrow.
ARROW_WORKER_MODULES = ("pyspark.worker", "pyarrow", "pandas", "pyspark.sql.pandas.serializers",
                        "pyspark.sql.pandas.types", "pyspark.sql.pandas.utils")


def import_arrow_worker_modules() -> None:
    """Import the modules a worker needs for Arrow tasks, those that are installed."""
    import importlib

    for name in ARROW_WORKER_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def preload() -> None:
    """Load the pipeline in this (daemon) process and freeze it for the forked workers.

    The daemon's standard output carries its port to the JVM, so anything loading prints goes to
    standard error instead. A failure is printed and the daemon starts anyway: each worker then
    loads the pipeline itself and the task reports the error."""
    from eventwire.spark.job import worker_pipeline

    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        worker_pipeline()
        import_arrow_worker_modules()
    except Exception:  # noqa: BLE001 - reported, and the workers retry on their own
        traceback.print_exc(file=sys.stderr)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    gc.collect()
    gc.freeze()


def run() -> None:
    """Be the daemon: forked from the driver's zygote when there is one (the pipeline already
    loaded, see ``eventwire.spark.zygote``), else load the pipeline here and run PySpark's daemon."""
    from eventwire.spark.zygote import ENV, OFF, hand_over

    path = os.environ.get(ENV, "")
    status = hand_over(path) if path and path.lower() != OFF else None
    if status is not None:
        sys.exit(status)
    from pyspark.daemon import manager

    preload()
    manager()


if __name__ == "__main__":
    run()
