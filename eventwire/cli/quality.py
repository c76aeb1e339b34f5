"""``eventwire eval`` and ``eventwire bench``: accuracy on gold data, speed and memory."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.output import stdout


def evaluate(gold: Annotated[Path, typer.Option("--gold", help="Gold folder.")] = Path("tests/gold"),
             shared: Annotated[Path, typer.Option("--shared", help="Public dev data (skipped when absent).")] = Path("../shared/data"),
             limit: Annotated[int | None, typer.Option("--limit", help="At most this many documents per shared suite.")] = None,
             out: Annotated[Path, typer.Option("--out", help="Where to write the figures as JSON.")] = Path("eval-results/eval.json"),
             floors: Annotated[Path, typer.Option("--floors", help="Pinned floors; a figure below its floor fails.")] = Path("tests/gold/eval_floors.json"),
             ) -> None:
    """Score the extractors on the gold data and the shared dev data; fail if a figure drops below its floor."""
    from eventwire.evaluate.harness import check_floors, render_table, run_eval, write_json
    from eventwire.pipeline import extract_many

    metrics = run_eval(extract_many, gold_dir=gold, shared_dir=shared if shared.exists() else None, limit=limit)
    stdout.print(render_table(metrics))
    write_json(metrics, out)
    failures = check_floors(metrics, floors) if floors.exists() else []
    for failure in failures:
        stdout.print(f"[bold red]below floor:[/] {failure}")
    raise typer.Exit(1 if failures else 0)


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
