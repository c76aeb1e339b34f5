"""``eventwire ingest`` and ``eventwire extract``: reading articles through the pipeline."""
from __future__ import annotations

import sys
import time
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwire.cli.common import DEFAULT_DB, DbOption
from eventwire.cli.output import stderr

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, globs, .gz files, or - for stdin.")]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) of every input article, over its metadata: "
    "relative dates ('on Tuesday') are resolved against it.")]
WorkersOption = Annotated[int, typer.Option("--workers", min=1, help="Processes running the pipeline.")]
MaxCharsOption = Annotated[int | None, typer.Option(
    "--max-chars", min=1000, help="Reject articles longer than this many characters (default from settings).")]
ActorsOption = Annotated[list[str] | None, typer.Option(
    "--actors", help="User actor dictionary (YAML or CSV, see docs/actors.md) added to the packaged one; "
    "repeatable. Also settable as actors.extra_files in the config file.")]
MapOption = Annotated[list[str] | None, typer.Option(
    "--map", help="Column mapping for JSONL/CSV, FIELD=COLUMN (e.g. text=article_body); repeatable.")]


def parse_map(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise typer.BadParameter(f"{pair!r} is not FIELD=COLUMN (e.g. text=article_body)", param_hint="--map")
        mapping[field.strip()] = column.strip()
    return mapping


def use_actor_files(files: list[str] | None) -> None:
    """Make user actor dictionaries visible to the actors component (and to worker processes)."""
    import os
    from pathlib import Path

    from eventwire.extract.actors.component import ENV_EXTRA_FILES

    if not files:
        return
    for file in files:
        if not Path(file).is_file():
            raise typer.BadParameter(f"{file!r} is not a file", param_hint="--actors")
    existing = [p for p in os.environ.get(ENV_EXTRA_FILES, "").split(os.pathsep) if p]
    os.environ[ENV_EXTRA_FILES] = os.pathsep.join(existing + [str(Path(f).resolve()) for f in files])


def check_published(value: str | None) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint="--published") from None
    return value


def ingest(paths: PathsArg, published: PublishedOption = None, workers: WorkersOption = 1,
           db: DbOption = DEFAULT_DB, column_map: MapOption = None, max_chars: MaxCharsOption = None,
           actors: ActorsOption = None) -> None:
    """Read articles, extract events, quotes, actors, places and dates, and store them.

    Exits 0 when every input was read, 1 when some were rejected (each is listed and recorded
    in the store's ingest_errors table), 2 on usage errors.
    """
    from eventwire.pipeline import run_ingest
    from eventwire.store import Store

    published = check_published(published)
    mapping = parse_map(column_map)
    use_actor_files(actors)
    started = time.perf_counter()
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("ingest", total=None, rate=0.0, events=0, errors=0)

        def update(report) -> None:
            elapsed = max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=report.articles_read, rate=report.articles_read / elapsed,
                            events=report.events, errors=len(report.rejects))

        report = run_ingest(paths, store, published=published, column_map=mapping, workers=workers,
                            progress=update, stdin=sys.stdin, max_chars=max_chars)
        update(report)
    _summarize(report, db, time.perf_counter() - started)
    raise typer.Exit(1 if report.rejects else 0)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("[bold]{task.completed}[/] articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("{task.fields[events]} events"),
        TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn(), console=stderr, transient=False,
    )


def _summarize(report, db: str, seconds: float) -> None:
    stderr.print(f"read {report.articles_read} articles ({report.articles_new} new) in {seconds:.1f}s: "
                 f"{report.events} events, {report.quotes} quotes -> {db}")
    if report.linked:
        linked = report.linked
        stderr.print(f"linked {linked.get('mentions', 0)} event reports: {linked.get('canonical_new', 0)} new "
                     f"events, {linked.get('merged', 0)} merged into known ones; {linked.get('stories', 0)} stories")
    if report.rejects:
        stderr.print(f"[bold red]{len(report.rejects)} input(s) rejected[/] (recorded in ingest_errors):")
        for reject in report.rejects:
            stderr.print(f"  {describe_reject(reject)}", markup=False, highlight=False)


def describe_reject(reject) -> str:
    """``file:line: reason``, the form editors and terminals link to."""
    where = reject.file if reject.line is None else f"{reject.file}:{reject.line}"
    return f"{where}: {reject.reason}"


def extract(path: Annotated[str, typer.Argument(help="One file (or - for stdin); JSONL/CSV/directories give JSON Lines.")],
            published: PublishedOption = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print the eventwire/1 JSON contract.")] = False,
            column_map: MapOption = None, actors: ActorsOption = None) -> None:
    """Extract one input without storing it: the eventwire/1 contract as JSON, or a readable summary."""
    from eventwire.ingest import read_inputs
    from eventwire.models import Reject
    from eventwire.pipeline import extract_many

    published = check_published(published)
    use_actor_files(actors)
    rejects = []

    def articles():
        for item in read_inputs([path], published=published, column_map=parse_map(column_map), stdin=sys.stdin):
            if isinstance(item, Reject):
                rejects.append(item)
                stderr.print(describe_reject(item), markup=False, highlight=False)
            else:
                yield item

    results = extract_many(articles())
    single = _is_single_article_input(path)
    for extraction in results:
        if as_json:
            sys.stdout.write(extraction.model_dump_json(by_alias=True, indent=2 if single else None) + "\n")
        else:
            _print_readable(extraction)
    raise typer.Exit(1 if rejects else 0)


def _is_single_article_input(path: str) -> bool:
    from pathlib import Path

    name = path.lower().removesuffix(".gz")
    return Path(path).is_file() and not name.endswith((".jsonl", ".ndjson", ".csv", ".tsv"))


def _print_readable(extraction) -> None:
    from eventwire.cli.output import as_table, stdout

    article = extraction.article
    stdout.print(f"[bold]{article.title or '(untitled)'}[/] — {article.outlet or 'unknown outlet'}, "
                 f"published {article.published or 'unknown'} ({article.published_basis})")
    rows = [{"type": e.type, "source": e.source.code if e.source else None, "target": e.target.code if e.target else None,
             "date": e.date.value, "place": e.place.name if e.place else None, "killed": e.fatalities,
             "context": ",".join(e.context), "trigger": e.trigger.text} for e in extraction.events]
    stdout.print(as_table(rows, title="events"))
    quotes = [{"speaker": q.speaker.code if q.speaker else None, "speaker_text": q.speaker_text, "kind": q.kind,
               "text": q.text} for q in extraction.quotes]
    stdout.print(as_table(quotes, title="quotes"))
