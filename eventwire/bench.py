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
    from eventwire.nlp import load_base_model
    from eventwire.settings import setting

    nlp = load_base_model(model or setting("model", "name"))
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=setting("model", "batch_size")))
    return {"seconds": time.perf_counter() - start, "tokens": tokens}


def _run_full(articles: list[Article], model: str | None) -> dict:
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import _prepared_doc, doc_to_extraction

    nlp = load_pipeline(model)
    per_component: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    tokens = events = 0
    for article in articles:
        doc = _prepared_doc(nlp, article)
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
