"""``make bench``: throughput and peak memory, as ratios measured in one run.

Configurations, each in a fresh process so its peak memory is its own:
    bare       the English spaCy model alone (``nlp.pipe``), the baseline;
    full       the whole eventwire pipeline, one process;
    workers2   the whole pipeline with two worker processes.
Per-component time inside ``full`` shows what each extractor adds to the spaCy pass.
No timing is asserted anywhere: the figures are reported, compared with each other.
"""
from __future__ import annotations

import json
import multiprocessing
import resource
import statistics
import time
from collections import defaultdict
from pathlib import Path

from eventwire.models import Article


def load_corpus(paths: list[str], n: int) -> list[Article]:
    """``n`` articles cycled from the readable articles under ``paths``."""
    from eventwire.ingest import read_inputs

    base = [a for a in read_inputs(paths) if isinstance(a, Article)]
    if not base:
        raise ValueError(f"no readable articles under {', '.join(paths)}")
    return [base[i % len(base)] for i in range(n)]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_bare(articles: list[Article], model: str | None) -> dict:
    from eventwire.nlp import freeze_loaded_heap, load_base_model
    from eventwire.settings import setting

    nlp = load_base_model(model or setting("model", "name"))
    if setting("model", "freeze_heap"):
        freeze_loaded_heap()   # the baseline gets what load_pipeline does for the full pipeline
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=setting("model", "batch_size")))
    return {"seconds": time.perf_counter() - start, "tokens": tokens}


def _run_full(articles: list[Article], model: str | None) -> dict:
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import prepared_doc, doc_to_extraction

    nlp = load_pipeline(model)
    per_component: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    tokens = events = 0
    for article in articles:
        doc = prepared_doc(nlp, article)
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            per_component[name] += time.perf_counter() - t0
        extraction = doc_to_extraction(doc, article)
        tokens += len(doc)
        events += len(extraction.events)
    return {"seconds": time.perf_counter() - start, "tokens": tokens, "events": events,
            "components": dict(per_component)}


def _run_workers(articles: list[Article], model: str | None, workers: int = 2) -> dict:
    from eventwire.pipeline import extract_many

    start = time.perf_counter()
    events = sum(len(x.events) for x in extract_many(articles, workers=workers))
    return {"seconds": time.perf_counter() - start, "events": events}


def _child(kind: str, articles: list[Article], model: str | None, queue) -> None:
    runner = {"bare": _run_bare, "full": _run_full, "workers2": _run_workers}[kind]
    result = runner(articles, model)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result["peak_mb"] = max(_peak_rss_mb(), children)
    queue.put(result)


def measure(kind: str, articles: list[Article], model: str | None = None) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(kind, articles, model, queue))
    process.start()
    result = queue.get()
    process.join()
    result["articles_per_s"] = len(articles) / result["seconds"]
    return result


def run_bench(paths: list[str], n: int = 200, model: str | None = None, out: Path | None = None) -> dict:
    articles = load_corpus(paths, n)
    results = {kind: measure(kind, articles, model) for kind in ("bare", "full", "workers2")}
    bare, full, workers2 = results["bare"], results["full"], results["workers2"]
    spacy_seconds = sum(v for k, v in full["components"].items() if not k.startswith("eventwire_"))
    report = {
        "articles": n,
        "tokens": bare["tokens"],
        "runs": results,
        "ratios": {
            "full_time_over_bare": full["seconds"] / bare["seconds"],
            "workers2_speedup_over_full": full["seconds"] / workers2["seconds"],
            "full_peak_mb_over_bare": full["peak_mb"] / bare["peak_mb"],
        },
        "component_share_of_spacy_pass": {
            name: seconds / spacy_seconds for name, seconds in full["components"].items() if name.startswith("eventwire_")
        },
    }
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


# -- scale: single process vs --workers 2 vs Spark local[2] ------------------------------------
# Each configuration runs end to end (model loading included) in a fresh process, on the same
# generated JSON Lines file; the peak memory is the largest sum of proportional set sizes (PSS:
# pages shared by forked workers counted once) over the whole process tree (workers, the JVM and
# Spark's Python workers included), sampled from /proc.
SCALE_RUNS = ("single", "workers2", "spark_local2")
SAMPLE_SECONDS = 0.25


def corpus_paragraphs(paths: list[str]) -> list[tuple[str, str]]:
    """``(outlet, paragraph)`` pairs from the readable articles under ``paths``."""
    from eventwire.ingest import read_inputs

    pairs = [(a.outlet, p) for a in read_inputs(paths) if isinstance(a, Article) for p in a.text.split("\n\n")]
    if not pairs:
        raise ValueError(f"no readable articles under {', '.join(paths)}")
    return pairs


def write_scale_corpus(paths: list[str], n: int, out: Path, seed: int = 11) -> Path:
    """``n`` distinct articles recombined from the sample corpus's paragraphs, as JSON Lines.

    Each article takes three to six paragraphs from different sample articles and a publication
    date spread over 2024-2025, so ids (content hashes) and publication months all vary.
    """
    import datetime as dt
    import random

    pairs = corpus_paragraphs(paths)
    rng = random.Random(seed)
    first_day = dt.date(2024, 1, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for i in range(n):
            chosen = rng.sample(pairs, rng.randint(3, 6))
            record = {"title": f"{chosen[0][1].split('.')[0][:80]} ({i})", "outlet": chosen[0][0],
                      "published": (first_day + dt.timedelta(days=rng.randrange(730))).isoformat(),
                      "text": "\n\n".join(p for _, p in chosen)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def _tree_memory_mb(root: int) -> tuple[float, float]:
    """Memory (PSS) of ``root`` and all its descendants, and of ``root`` alone, in MB (Linux /proc).

    The run's own process is the one that writes the store (or drives Spark); its descendants are
    the workers (or the JVM and Spark's Python workers). Kept apart, they show which side grows."""
    import os

    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(fields[1])].append(int(entry))
    own = _process_memory_bytes(root)
    total, todo = own, list(parents.get(root, []))
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, []))
        total += _process_memory_bytes(pid)
    return total / (1024 * 1024), own / (1024 * 1024)


def _process_memory_bytes(pid: int) -> int:
    """Proportional set size of one process (shared pages split among their sharers), else RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize()
    except OSError:
        return 0


def _scale_child(kind: str, corpus: str, workdir: str, queue) -> None:
    """One configuration over ``corpus``: ingest into DuckDB, or the Spark job into Parquet."""
    start = time.perf_counter()
    if kind == "spark_local2":
        from eventwire.spark.job import run_job, spark_session, stop_session

        spark = spark_session("local[2]", app_name="eventwire-bench")
        report = run_job(spark, [corpus], f"{workdir}/parquet", partitions=4, mode="overwrite")
        stop_session(spark)
        result = {"articles": report.counts["articles"], "events": report.counts["events"]}
    else:
        from eventwire.pipeline import run_ingest
        from eventwire.store import Store

        with Store(f"{workdir}/{kind}.duckdb") as store:
            report = run_ingest([corpus], store, workers=2 if kind == "workers2" else 1)
        result = {"articles": report.articles_read, "events": report.events}
    result["seconds"] = time.perf_counter() - start
    queue.put(result)


def measure_scale(kind: str, corpus: Path, workdir: Path, sample_memory: bool = True) -> dict:
    """Run one configuration in a fresh process, sampling its process tree's memory when asked.

    Timed runs are not sampled: reading ``/proc/PID/smaps_rollup`` of a Spark JVM costs about
    37 ms of CPU per sample, 15 % of a core at four samples a second, taken from the run it
    measures (and more from the configurations with more processes)."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_scale_child, args=(kind, str(corpus), str(workdir), queue))
    process.start()
    samples: list[tuple[float, float]] = []   # (whole tree, the run's own process)
    while process.is_alive() and queue.empty():
        if sample_memory:
            samples.append(_tree_memory_mb(process.pid))
        time.sleep(SAMPLE_SECONDS)
    try:
        result = queue.get(timeout=30)
    except Exception as exc:  # noqa: BLE001 - queue.Empty: the run died without a result
        raise RuntimeError(f"the {kind} run over {corpus} ended without a result "
                           f"(exit code {process.exitcode}); its error is printed above") from exc
    process.join()
    result.update(_memory_summary(samples) if sample_memory else
                  dict.fromkeys(MEMORY_FIGURES))
    result["articles_per_s"] = result["articles"] / result["seconds"]
    return result


MEMORY_FIGURES = ("peak_mb", "median_mb", "own_median_mb", "others_median_mb", "others_peak_mb")


def _memory_summary(samples: list[tuple[float, float]]) -> dict[str, float | None]:
    """The tree's peak and median, the median of the run's own process, and the median and peak
    of the rest (its workers, or Spark's JVM and Python workers).

    The median is the typical footprint beside the peak: a long run has more chances to catch a
    short spike (DuckDB's checkpoints in the writing process, docs/scaling.md)."""
    if not samples:
        return dict.fromkeys(MEMORY_FIGURES) | {"peak_mb": 0.0}
    totals = [total for total, _ in samples]
    return {"peak_mb": round(max(totals), 1),
            "median_mb": round(statistics.median(totals), 1),
            "own_median_mb": round(statistics.median(own for _, own in samples), 1),
            "others_median_mb": round(statistics.median(total - own for total, own in samples), 1),
            "others_peak_mb": round(max(total - own for total, own in samples), 1)}


def _load_pipeline_once() -> None:
    from eventwire.nlp import load_pipeline

    load_pipeline()


def warm_caches() -> None:
    """Load the pipeline once in a throwaway process, so the disk caches it fills (the gazetteer,
    ``eventwire.cache``) exist before the first timed run, as they do on any machine after its
    first run, and no configuration pays for building them."""
    process = multiprocessing.get_context("spawn").Process(target=_load_pipeline_once)
    process.start()
    process.join()


def warm_spark(corpus: Path, workdir: Path, timeout: float = 60.0) -> None:
    """Run the Spark configuration once over a few articles in a throwaway process, so the JVM's
    class archive (``eventwire.spark.jvm``) is recorded before the timed runs, as it is on any
    machine after its first local Spark run; then wait until it is moved into place."""
    from eventwire.cache import cache_dir
    from eventwire.spark.jvm import ARCHIVE_FOLDER, archive_key, promote_finished

    measure_scale("spark_local2", corpus, workdir, sample_memory=False)
    _clear_outputs(workdir)
    folder, key = cache_dir(), archive_key()
    if folder is None or key is None:
        return
    deadline = time.monotonic() + timeout
    while promote_finished(folder / ARCHIVE_FOLDER, key) is None and time.monotonic() < deadline:
        time.sleep(0.5)   # the JVM writes the archive as it exits, after the run's process


def _clear_outputs(workdir: Path) -> None:
    """Remove what a run wrote (its store or Parquet folder), so the next run starts empty."""
    import shutil

    for path in workdir.iterdir():
        if path.is_dir() and path.name == "parquet":
            shutil.rmtree(path, ignore_errors=True)
        elif path.suffix in (".duckdb", ".wal"):
            path.unlink(missing_ok=True)


def steady_rate(half: dict, full: dict) -> float:
    """Articles per second between the half-size and the full run of one configuration: the
    extra articles over the extra seconds, so fixed costs (JVM and model start-up, the first
    documents' warm-up) cancel out and what is left is the rate a long run settles at."""
    return (full["articles"] - half["articles"]) / max(full["seconds"] - half["seconds"], 1e-9)


def run_scale_bench(paths: list[str], n: int = 2000, memory_sizes: tuple[int, ...] = (1000, 20000),
                    runs: tuple[str, ...] = SCALE_RUNS, out: Path | None = None) -> dict:
    """Throughput of each run as a ratio to the single process, end to end and in steady state,
    and memory as the corpus grows.

    Every configuration runs over the first ``n // 2`` articles and over all ``n`` (the same
    generator, so the first is a prefix of the second): the ``n`` run gives the end-to-end figure,
    the difference of the two gives the steady-state rate (``steady_rate``)."""
    import shutil
    import tempfile

    workdir = Path(tempfile.mkdtemp(prefix="eventwire-bench-"))
    try:
        corpus = write_scale_corpus(paths, n, workdir / f"articles-{n}.jsonl")
        half_corpus = write_scale_corpus(paths, n // 2, workdir / f"articles-{n // 2}.jsonl")
        warm_caches()
        if "spark_local2" in runs:
            warm_spark(write_scale_corpus(paths, 20, workdir / "articles-20.jsonl"), workdir)
        results, halves = {}, {}
        for kind in runs:
            halves[kind] = measure_scale(kind, half_corpus, workdir, sample_memory=False)
            _clear_outputs(workdir)
            results[kind] = measure_scale(kind, corpus, workdir, sample_memory=False)
            _clear_outputs(workdir)
        for kind in runs:   # peak memory: a run of its own, since sampling takes CPU from the run
            results[kind]["peak_mb"] = measure_scale(kind, corpus, workdir)["peak_mb"]
            _clear_outputs(workdir)
        memory = {}
        for size in memory_sizes:
            sized = write_scale_corpus(paths, size, workdir / f"articles-{size}.jsonl")
            memory[str(size)] = measure_scale("workers2", sized, workdir)
            _clear_outputs(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    steady = {kind: steady_rate(halves[kind], results[kind]) for kind in runs}
    base = results.get("single")
    report = {
        "articles": n,
        "runs": results,
        "half_runs": halves,
        "speedup_over_single": {k: base["seconds"] / r["seconds"] for k, r in results.items()} if base else {},
        "steady_articles_per_s": steady,
        "steady_speedup_over_single": {k: rate / steady["single"] for k, rate in steady.items()} if base else {},
        "goals": {"workers2": 1.8, "spark_local2": 1.6},
        "memory_growth": {"run": "workers2", "sizes": memory,
                          "peak_mb_ratio_largest_over_smallest":
                              (memory[str(max(memory_sizes))]["peak_mb"] / memory[str(min(memory_sizes))]["peak_mb"])
                              if memory else None,
                          "median_mb_ratio_largest_over_smallest":
                              (memory[str(max(memory_sizes))]["median_mb"] / memory[str(min(memory_sizes))]["median_mb"])
                              if memory else None},
    }
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report
