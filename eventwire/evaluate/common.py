"""Helpers shared by the scorers: article building, JSONL reading, matching and P/R/F1 rows."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from eventwire.evaluate.metrics import Metric
from eventwire.models import Article, Extraction

ExtractMany = Callable[[Iterable[Article]], Iterator[Extraction]]
SYSTEM = "eventwire"

G = TypeVar("G")
P = TypeVar("P")
T = TypeVar("T")

_TOKEN = re.compile(r"\w+", re.UNICODE)


class SuiteUnavailable(Exception):
    """A suite cannot run because its data (or its module) is absent; the harness skips it."""


def build_article(text: str, *, published: str | None = None, title: str = "", outlet: str = "",
                  url: str | None = None, source: str | None = None) -> Article:
    """An Article with the project's content-hash id (sha1 of title, outlet and text)."""
    from eventwire.ingest.article import article_id

    return Article(id=article_id(title, outlet, text), title=title, outlet=outlet, url=url, published=published,
                   published_basis="given" if published else "unknown", text=text, source=source)


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (blank lines skipped), at most ``limit`` of them."""
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error})") from error
            if limit is not None and len(records) >= limit:
                break
    return records


def take(items: Iterable[T], limit: int | None) -> list[T]:
    """The first ``limit`` items (all of them when ``limit`` is None)."""
    return list(items) if limit is None else list(islice(items, limit))


def run_system(extract_many: ExtractMany, articles: Sequence[Article]) -> list[Extraction]:
    """Run the system over ``articles`` and check it answered once per article, in order."""
    extractions = list(extract_many(iter(articles)))
    if len(extractions) != len(articles):
        raise RuntimeError(f"extract_many returned {len(extractions)} extractions for {len(articles)} articles")
    return extractions


def match_greedy(gold: Sequence[G], pred: Sequence[P],
                 score: Callable[[G, P], float | None]) -> list[tuple[int, int]]:
    """One-to-one matching, best agreement first. ``score`` returns None for pairs that may not match.

    Ties are broken by input order so results are deterministic. Returns (gold index, pred index) pairs.
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            value = score(g, p)
            if value is not None:
                candidates.append((-value, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two half-open spans share (0 when disjoint)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [token.lower() for token in _TOKEN.findall(text)]


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two strings (SQuAD style)."""
    left, right = tokens(a), tokens(b)
    if not left or not right:
        return 0.0
    remaining = list(right)
    common = 0
    for token in left:
        if token in remaining:
            remaining.remove(token)
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(left), common / len(right)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Counts:
    """True positives, predictions and gold items for one P/R/F1 figure."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        """Accumulate another unit's counts."""
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """Correct out of total, for an accuracy figure."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one item, correct or not."""
        self.total += 1
        self.correct += int(ok)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


def prf_metrics(suite: str, label: str, counts: Counts, system: str = SYSTEM) -> list[Metric]:
    """The three rows ``<label> P``, ``<label> R`` and ``<label> F1``."""
    return [
        Metric(suite, system, f"{label} P", counts.precision, counts.pred),
        Metric(suite, system, f"{label} R", counts.recall, counts.gold),
        Metric(suite, system, f"{label} F1", counts.f1, counts.gold),
    ]


def accuracy_metric(suite: str, name: str, tally: Tally, system: str = SYSTEM) -> Metric:
    """One accuracy row."""
    return Metric(suite, system, name, tally.value, tally.total)


def actor_country(actor: Any) -> str | None:
    """Country of a gold actor dict or an ``eventwire.models.Actor`` (None when absent)."""
    if actor is None:
        return None
    if isinstance(actor, dict):
        return actor.get("country")
    return actor.country


def actor_code(actor: Any) -> tuple[str | None, str | None]:
    """(country, sector) of a gold actor dict or an ``eventwire.models.Actor``."""
    if actor is None:
        return (None, None)
    if isinstance(actor, dict):
        return (actor.get("country"), actor.get("sector"))
    return (actor.country, actor.sector)


def fit_logistic(rows: Sequence[dict[str, float]], labels: Sequence[int], features: Sequence[str],
                 regularization: float) -> tuple[dict[str, float], float]:
    """Weights by feature name and intercept (both rounded to 4 places) of an L2 logistic regression
    (scikit-learn, from the ``eval`` extra) over ``rows`` of named feature values."""
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=regularization, max_iter=5000)
    fitted.fit([[row.get(name, 0.0) for name in features] for row in rows], list(labels))
    weights = {name: round(float(w), 4) for name, w in zip(features, fitted.coef_[0])}
    return weights, round(float(fitted.intercept_[0]), 4)
