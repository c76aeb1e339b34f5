"""``eventwire eval`` and ``eventwire bench``: accuracy on gold data, speed and memory."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.output import stdout


def evaluate(limit: Annotated[int | None, typer.Option("--limit", help="At most this many items per suite.")] = None,
             suite: Annotated[str | None, typer.Option("--suite", help="Only suites whose name starts with this.")] = None,
             brief: Annotated[bool, typer.Option("--brief", help="Hide the per-type rows.")] = False) -> None:
    """Score the extractors on tests/gold and ../shared/data (when present); fail below a pinned floor.

    Writes eval-results/metrics.json; floors live in tests/gold/eval_floors.json.
    """
    from eventwire.evaluate.__main__ import main as run

    argv = (["--limit", str(limit)] if limit else []) + (["--suite", suite] if suite else []) + (["--brief"] if brief else [])
    raise typer.Exit(run(argv))


def bench(paths: Annotated[list[str] | None, typer.Argument(help="Corpus to cycle through.")] = None,
          n: Annotated[int, typer.Option("--articles", "-n", min=1, help="Articles per configuration.")] = 200,
          out: Annotated[Path, typer.Option("--out", help="JSON results file.")] = Path("bench-results/bench.json")) -> None:
    """Throughput and peak memory: full pipeline vs the bare spaCy pass, one process vs two workers."""
    from eventwire.bench import run_bench
    from eventwire.cli.output import as_table

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
