"""``python -m eventwire.evaluate``: the command behind ``make eval``.

Runs every available suite against ``eventwire.pipeline.extract_many``, prints the table, writes
``eval-results/metrics.json`` and exits 1 when a pinned floor fails or a suite crashed.
Paths default to the layout seen from the repository root (``tests/gold``, ``../shared/data``).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from rich.console import Console

from eventwire.evaluate.harness import Skipped, check_floors, render_table, run_eval, suggest_floors, write_json


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m eventwire.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/gold"))
    parser.add_argument("--shared-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--limit", type=int, default=None, help="at most this many items per suite")
    parser.add_argument("--suite", action="append", default=None, help="only suites with this name prefix")
    parser.add_argument("--json", type=Path, default=Path("eval-results/metrics.json"))
    parser.add_argument("--floors", type=Path, default=None,
                        help="floors file (default: GOLD_DIR/eval_floors.json)")
    parser.add_argument("--pin-floors", type=Path, default=None,
                        help="write floors a little under today's figures to this file")
    parser.add_argument("--brief", action="store_true", help="leave per-type rows out of the table")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; return the process exit code."""
    args = _parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from eventwire.pipeline import extract_many  # the system under test, loaded only when evaluating

    console = Console()
    skipped: list[Skipped] = []
    shared_dir = args.shared_dir if args.shared_dir.is_dir() else None
    metrics = run_eval(extract_many, gold_dir=args.gold_dir, shared_dir=shared_dir, limit=args.limit,
                       corpus_dir=args.corpus_dir, suites=args.suite, skipped=skipped)
    console.print(render_table(metrics, brief=args.brief))
    for note in skipped:
        console.print(f"[yellow]{note}[/yellow]")
    write_json(metrics, args.json, skipped)
    if args.pin_floors is not None:
        args.pin_floors.write_text(json.dumps(suggest_floors(metrics), indent=2, sort_keys=True) + "\n",
                                   encoding="utf-8")
    failures = [] if args.limit else check_floors(metrics, args.floors or args.gold_dir / "eval_floors.json",
                                                  skipped, suites=args.suite)
    for failure in failures:
        console.print(f"[red]FLOOR {failure}[/red]")
    crashed = [note for note in skipped if note.error]
    return 1 if failures or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
