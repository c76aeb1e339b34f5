"""``eventwire eval`` and ``eventwire bench``: accuracy on gold data, speed and memory."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.output import stdout


def evaluate(limit: Annotated[int | None, typer.Option("--limit", help="At most this many items per suite.")] = None,
             suite: Annotated[str | None, typer.Option("--suite", help="Only this suite, or the suites under this name (gold/events).")] = None,
             brief: Annotated[bool, typer.Option("--brief", help="Hide the per-type rows.")] = False) -> None:
    """Score the extractors on tests/gold and ../shared/data (when present); fail below a pinned floor.

    Writes eval-results/metrics.json; floors live in tests/gold/eval_floors.json.
    """
    from eventwire.evaluate.__main__ import main as run

    argv = (["--limit", str(limit)] if limit else []) + (["--suite", suite] if suite else []) + (["--brief"] if brief else [])
    raise typer.Exit(run(argv))


def bench(paths: Annotated[list[str] | None, typer.Argument(help="Corpus to cycle through.")] = None,
          n: Annotated[int, typer.Option("--articles", "-n", min=1, help="Articles per configuration.")] = 200,
          out: Annotated[Path, typer.Option("--out", help="JSON results file.")] = Path("bench-results/bench.json"),
          scale: Annotated[bool, typer.Option("--scale", help="Scale run: single process vs --workers 2 vs Spark "
                                              "local[2] on --articles generated articles, and memory growth.")] = False,
          memory_sizes: Annotated[str, typer.Option("--memory-sizes", help="With --scale: corpus sizes for the "
                                                    "memory-growth runs, comma separated.")] = "1000,20000") -> None:
    """Throughput and peak memory: full pipeline vs the bare spaCy pass, one process vs two workers.

    With --scale: single process, --workers 2 and Spark local[2] end to end on generated articles,
    as ratios to the single process, with the peak memory of each process tree
    (written to bench-results/scale.json unless --out is given).
    """
    from eventwire.bench import run_bench
    from eventwire.cli.output import as_table

    if scale:
        _bench_scale(paths, n, out, memory_sizes)
        return
    report = run_bench(paths or ["examples/corpus"], n=n, out=out)
    rows = [{"run": kind, "articles/s": round(r["articles_per_s"], 2),
             "tokens/s": round(report["tokens"] / r["seconds"]), "seconds": round(r["seconds"], 2),
             "peak MB": round(r["peak_mb"])} for kind, r in report["runs"].items()]
    stdout.print(as_table(rows, title=f"{report['articles']} articles, {report['tokens']} tokens"))
    ratios = [{"ratio": k, "value": round(v, 3)} for k, v in report["ratios"].items()]
    ratios += [{"ratio": f"{k} time / spaCy pass", "value": round(v, 3)}
               for k, v in report["component_share_of_spacy_pass"].items()]
    stdout.print(as_table(ratios, title="ratios (same run)"))
    stdout.print(f"written to {out}")


def _bench_scale(paths: list[str] | None, n: int, out: Path, memory_sizes: str) -> None:
    from eventwire.bench import SCALE_RUNS, run_scale_bench
    from eventwire.cli.output import as_table

    try:
        sizes = tuple(int(size) for size in memory_sizes.split(",") if size.strip())
    except ValueError:
        raise typer.BadParameter(f"{memory_sizes!r} is not a list of numbers", param_hint="--memory-sizes") from None
    import importlib.util

    runs = SCALE_RUNS if importlib.util.find_spec("pyspark") else SCALE_RUNS[:2]
    out = Path("bench-results/scale.json") if out == Path("bench-results/bench.json") else out
    report = run_scale_bench(paths or ["examples/corpus"], n=n, memory_sizes=sizes, runs=runs, out=out)
    rows = [{"run": kind, "articles/s": round(r["articles_per_s"], 2), "seconds": round(r["seconds"], 1),
             "x single": round(report["speedup_over_single"].get(kind, 0), 2),
             "steady articles/s": round(report["steady_articles_per_s"].get(kind, 0), 2),
             "steady x single": round(report["steady_speedup_over_single"].get(kind, 0), 2),
             "peak MB": round(r["peak_mb"])}
            for kind, r in report["runs"].items()]
    stdout.print(as_table(rows, title=f"{report['articles']} generated articles: end to end, and steady state "
                                      f"(articles {report['articles'] // 2 + 1}-{report['articles']})"))
    growth = [{"articles": size, "seconds": round(r["seconds"], 1), "peak MB": round(r["peak_mb"]),
               "median MB": round(r["median_mb"]), "writer median MB": round(r["own_median_mb"]),
               "workers median MB": round(r["others_median_mb"])}
              for size, r in report["memory_growth"]["sizes"].items()]
    stdout.print(as_table(growth, title="memory as the corpus grows (--workers 2)"))
    stdout.print(f"written to {out}")
