"""The evaluation harness behind ``make eval``: run every suite, tabulate, save, gate on floors.

Every suite is one ``(name, callable)`` entry of ``SUITES``; the callable takes
``(extract_many, locations, limit)`` and returns ``list[Metric]``, or raises ``SuiteUnavailable`` when
its data or module is absent, in which case the harness records a ``Skipped`` note and goes on.
Shared-data suites written elsewhere (``timebank``, ``polnear``) are imported lazily and called as
``evaluate(extract_many, data_dir, limit)``.
"""
from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.table import Table

from eventwire.evaluate import gold_actors, gold_events, gold_places
from eventwire.evaluate.common import ExtractMany, SuiteUnavailable
from eventwire.evaluate.metrics import Metric

log = logging.getLogger(__name__)

LOWER_IS_BETTER_SUFFIXES = (" km", " error")
SYSTEM_UNDER_TEST = "eventwire"
# A distance ceiling never closer than this to today's figure (a median of 0 km would pin 0).
KM_SLACK = 5.0


@dataclass(frozen=True)
class Locations:
    """Where the suites find their data."""

    gold_dir: Path
    shared_dir: Path | None
    corpus_dir: Path | None


@dataclass(frozen=True)
class Skipped:
    """A suite that produced no figures, and why. ``error`` is True when it crashed (not merely absent)."""

    suite: str
    reason: str
    error: bool = False

    def __str__(self) -> str:
        return f"{self.suite}: {'FAILED' if self.error else 'skipped'} ({self.reason})"


SuiteFn = Callable[[ExtractMany, Locations, "int | None"], list[Metric]]


def _shared_suite(module_name: str, folder: str) -> SuiteFn:
    """A suite over ``shared_dir/folder`` whose module is imported only when the suite runs."""
    def run(extract_many: ExtractMany, locations: Locations, limit: int | None) -> list[Metric]:
        if locations.shared_dir is None:
            raise SuiteUnavailable("no shared data directory given")
        data_dir = locations.shared_dir / folder
        if not data_dir.is_dir():
            raise SuiteUnavailable(f"{data_dir} not found")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            raise SuiteUnavailable(f"module {module_name} not written yet") from error
        return module.evaluate(extract_many, data_dir, limit)

    return run


def _gold_suite(function: Callable[[ExtractMany, Path, int | None], list[Metric]]) -> SuiteFn:
    """A suite over the gold directory."""
    def run(extract_many: ExtractMany, locations: Locations, limit: int | None) -> list[Metric]:
        return function(extract_many, locations.gold_dir, limit)

    return run


def _corpus_suite(extract_many: ExtractMany, locations: Locations, limit: int | None) -> list[Metric]:
    """The sample corpus suite (needs the corpus directory)."""
    if locations.corpus_dir is None:
        raise SuiteUnavailable("no corpus directory given")
    return gold_events.evaluate_corpus(extract_many, locations.gold_dir, locations.corpus_dir, limit)


def _time_gold(extract_many: ExtractMany, gold_dir: Path, limit: int | None) -> list[Metric]:
    from eventwire.evaluate import timebank

    if not (gold_dir / "time" / "timexes.jsonl").exists():
        raise SuiteUnavailable(f"{gold_dir / 'time' / 'timexes.jsonl'} is missing")
    return timebank.evaluate_gold_suite(extract_many, gold_dir, limit)


def _quote_gold(extract_many: ExtractMany, gold_dir: Path, limit: int | None) -> list[Metric]:
    from eventwire.evaluate import polnear

    path = gold_dir / "quotes" / "quotes.jsonl"
    if not path.exists():
        raise SuiteUnavailable(f"{path} is missing")
    return polnear.evaluate_gold(extract_many, path)


SUITES: list[tuple[str, SuiteFn]] = [
    ("gold/time", _gold_suite(_time_gold)),
    ("gold/quotes", _gold_suite(_quote_gold)),
    *((f"gold/events/{name}", _gold_suite(gold_events.events_file_suite(name))) for name in gold_events.EVENT_FILES),
    ("gold/corpus", _corpus_suite),
    ("gold/actors", _gold_suite(gold_actors.evaluate)),
    ("gold/links", lambda em, loc, limit: importlib.import_module("eventwire.evaluate.links").run_suite(em, loc, limit)),
    ("gold/places", _gold_suite(gold_places.evaluate)),
    ("shared/geowebnews", _shared_suite("eventwire.evaluate.geowebnews", "geowebnews")),
    ("shared/petrarch", _shared_suite("eventwire.evaluate.petrarch", "petrarch2-unittest")),
    ("shared/timebank", _shared_suite("eventwire.evaluate.timebank", "timebank-aquaint-tbaq")),
    ("shared/polnear", _shared_suite("eventwire.evaluate.polnear", "polnear-dev")),
]


def in_suites(name: str, suites: Sequence[str]) -> bool:
    """Whether suite ``name`` (or a floor key under it) is one of ``suites`` or inside one of them.

    Whole path segments: ``gold/events`` selects ``gold/events/heldout``, and ``gold/events/heldout``
    does not select ``gold/events/heldout2``."""
    return any(name == prefix or name.startswith(prefix.rstrip("/") + "/") for prefix in suites)


def run_eval(extract_many: ExtractMany, *, gold_dir: Path, shared_dir: Path | None, limit: int | None = None,
             corpus_dir: Path | None = None, suites: Sequence[str] | None = None,
             skipped: list[Skipped] | None = None,
             registry: Sequence[tuple[str, SuiteFn]] | None = None) -> list[Metric]:
    """Run every available suite and return all figures.

    ``corpus_dir`` defaults to ``examples/corpus`` beside ``tests/`` (``gold_dir``'s grandparent);
    ``suites`` restricts the run to the suites under any of the given names (``in_suites``); suites that
    cannot run are appended to ``skipped`` when a list is given (and logged either way).
    """
    if corpus_dir is None:
        corpus_dir = gold_dir.resolve().parent.parent / "examples" / "corpus"
    locations = Locations(gold_dir=gold_dir, shared_dir=shared_dir, corpus_dir=corpus_dir)
    notes = skipped if skipped is not None else []
    metrics: list[Metric] = []
    for name, function in registry if registry is not None else SUITES:
        if suites and not in_suites(name, suites):
            continue
        metrics += _run_suite(name, function, extract_many, locations, limit, notes)
    return metrics


def _run_suite(name: str, function: SuiteFn, extract_many: ExtractMany, locations: Locations,
               limit: int | None, notes: list[Skipped]) -> list[Metric]:
    """One suite's figures; absent data or a crash becomes a ``Skipped`` note."""
    try:
        return function(extract_many, locations, limit)
    except SuiteUnavailable as reason:
        note = Skipped(name, str(reason))
    except Exception as error:  # a broken suite must not hide the others; the note marks it failed
        log.exception("suite %s crashed", name)
        note = Skipped(name, f"{type(error).__name__}: {error}", error=True)
    log.warning("%s", note)
    notes.append(note)
    return []


# --- output -----------------------------------------------------------------------------------

def metric_key(metric: Metric) -> str:
    """The ``suite/system/name`` key used by the floors file."""
    return f"{metric.suite}/{metric.system}/{metric.name}"


def is_lower_better(name: str) -> bool:
    """Whether smaller values of this figure are better (errors in km)."""
    return name.endswith(LOWER_IS_BETTER_SUFFIXES)


def _format_value(metric: Metric) -> str:
    return f"{metric.value:.1f}" if metric.name.endswith(" km") else f"{metric.value:.3f}"


def render_table(metrics: Iterable[Metric], *, brief: bool = False) -> Table:
    """A rich table of the figures, one row each, a line between suites.

    ``brief`` leaves out the per-type rows (names containing ``[``).
    """
    table = Table(title="eventwire evaluation")
    for column, justify in (("suite", "left"), ("system", "left"), ("metric", "left"),
                            ("value", "right"), ("n", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    previous: str | None = None
    for metric in metrics:
        if brief and "[" in metric.name:
            continue
        if previous is not None and metric.suite != previous:
            table.add_section()
        table.add_row(metric.suite, metric.system, metric.name, _format_value(metric), str(metric.n))
        previous = metric.suite
    return table


def write_json(metrics: Iterable[Metric], path: Path, skipped: Iterable[Skipped] = ()) -> None:
    """Save the figures (and skip notes) as JSON: ``{"metrics": [...], "skipped": [...]}``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"metrics": [asdict(m) for m in metrics], "skipped": [asdict(s) for s in skipped]}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --- the gate ---------------------------------------------------------------------------------

def load_floors(path: Path) -> dict[str, float]:
    """The pinned floors, ``{"suite/system/name": floor}``; empty when the file does not exist."""
    if not path.is_file():
        return {}
    floors = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(floors, dict):
        raise ValueError(f"{path}: expected a JSON object of 'suite/system/name': floor")
    return {str(key): float(value) for key, value in floors.items()}


def _excused(key: str, skipped: Iterable[Skipped]) -> bool:
    """A missing figure is excused when its suite was skipped for absent data (not for a crash)."""
    return any(key.startswith(note.suite + "/") and not note.error for note in skipped)


def is_timing(name: str) -> bool:
    """Timings depend on the machine and its load: reported, never gated (see ``make bench``)."""
    return name.startswith("ms ") or name.endswith((" ms", "per doc", "speedup")) or name.startswith("speed-up")


def check_floors(metrics: Iterable[Metric], floors_path: Path, skipped: Iterable[Skipped] = (),
                 suites: Sequence[str] | None = None) -> list[str]:
    """Failures of the evaluation gate, one message each; empty when every pinned figure holds.

    A figure fails when it is below its floor (above it for ``... km`` errors, where the pinned value
    is a ceiling), or when it is missing although its suite was not skipped for absent data. With
    ``suites`` (name prefixes), only the floors of those suites are checked.
    """
    floors = {key: floor for key, floor in load_floors(floors_path).items()
              if not is_timing(key.rsplit("/", 1)[-1])
              and (not suites or in_suites(key, suites))}
    by_key = {metric_key(m): m for m in metrics}
    skipped = list(skipped)
    failures: list[str] = []
    for key, floor in sorted(floors.items()):
        metric = by_key.get(key)
        if metric is None:
            if not _excused(key, skipped):
                failures.append(f"{key}: missing (pinned {floor:.3f})")
            continue
        if is_lower_better(metric.name) and metric.value > floor:
            failures.append(f"{key}: {metric.value:.3f} above the pinned ceiling {floor:.3f}")
        elif not is_lower_better(metric.name) and metric.value < floor:
            failures.append(f"{key}: {metric.value:.3f} below the pinned floor {floor:.3f}")
    return failures


def suggest_floors(metrics: Iterable[Metric], margin: float = 0.02) -> dict[str, float]:
    """Floors a little under today's figures, ceilings a little over for errors, for pinning.

    Per-type rows, figures over no items, timings and the peers' figures (dateparser, timexy,
    textacy: reported beside ours, not ours to gate) are left out.
    """
    floors: dict[str, float] = {}
    for metric in metrics:
        if "[" in metric.name or metric.n == 0 or is_timing(metric.name) or metric.system != SYSTEM_UNDER_TEST:
            continue
        if metric.name.endswith(" km"):
            floors[metric_key(metric)] = round(max(metric.value * 1.1, metric.value + KM_SLACK), 1)
        elif is_lower_better(metric.name):
            floors[metric_key(metric)] = round(metric.value + margin * 2, 3)
        else:
            floors[metric_key(metric)] = round(max(0.0, metric.value - margin), 3)
    return floors
