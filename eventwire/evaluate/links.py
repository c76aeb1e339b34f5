"""Suite ``gold/links``: cross-article deduplication and story clustering on the sample corpus.

Dedup is scored two ways:

* ``gold mentions``: the gold events of every article are stored as if extracted and linked, which
  isolates the linker from extraction errors;
* ``end to end``: the system's own events are linked; each system event matched (type level, see
  ``gold_events.match_events``) to a gold event takes that gold event's incident, and only matched
  events are scored (extraction recall is reported by ``gold/corpus``).

Stories are scored on the end-to-end run against the ``story`` label of each article.
Each clustering gets pairwise P/R/F1 (over pairs of items in one cluster) and B-cubed P/R/F1.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwire.evaluate.common import SYSTEM, ExtractMany, SuiteUnavailable, build_article, read_jsonl, run_system
from eventwire.evaluate.metrics import Metric
from eventwire.models import Actor, Article, Event, EventDate, Evidence, Extraction, Span

SUITE = "gold/links"


# --- clustering scores ------------------------------------------------------------------------

def pairwise_prf(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of ``pred`` against ``gold`` (item -> cluster) over their common items."""
    items = sorted(set(gold) & set(pred), key=str)
    gold_pairs = {p for p in combinations(items, 2) if gold[p[0]] == gold[p[1]]}
    pred_pairs = {p for p in combinations(items, 2) if pred[p[0]] == pred[p[1]]}
    tp = len(gold_pairs & pred_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    return precision, recall, _f1(precision, recall)


def bcubed_prf(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin) over the items both assignments share."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    gold_groups, pred_groups = defaultdict(set), defaultdict(set)
    for item in items:
        gold_groups[gold[item]].add(item)
        pred_groups[pred[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = len(gold_groups[gold[item]] & pred_groups[pred[item]])
        precision += same / len(pred_groups[pred[item]])
        recall += same / len(gold_groups[gold[item]])
    precision, recall = precision / len(items), recall / len(items)
    return precision, recall, _f1(precision, recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def clustering_metrics(label: str, gold: Mapping, pred: Mapping) -> list[Metric]:
    """Six rows: ``<label> pairwise P/R/F1`` and ``<label> B3 P/R/F1``."""
    n = len(set(gold) & set(pred))
    rows = []
    for method, (p, r, f) in (("pairwise", pairwise_prf(gold, pred)), ("B3", bcubed_prf(gold, pred))):
        rows += [Metric(SUITE, SYSTEM, f"{label} {method} P", p, n), Metric(SUITE, SYSTEM, f"{label} {method} R", r, n),
                 Metric(SUITE, SYSTEM, f"{label} {method} F1", f, n)]
    return rows


# --- gold ------------------------------------------------------------------------------------------

def load_same_event_gold(gold_dir: Path) -> dict[tuple[str, int], str]:
    """``(doc, gold event index) -> incident`` from ``links/same_event.jsonl``."""
    path = gold_dir / "links" / "same_event.jsonl"
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    return {(report["doc"], report["event"]): record["incident"]
            for record in read_jsonl(path) for report in record["reports"]}


def _gold_actor(side: dict | None) -> Actor | None:
    if not side or not (side.get("country") or side.get("sector")):
        return None
    country, sector = side.get("country"), side.get("sector")
    code = (country or "") + (sector or "") or None
    return Actor(name=code or "?", text=code or "?", country=country, sector=sector, code=code)


def gold_event(index: int, gold: dict[str, Any], published: str | None) -> Event:
    """A gold event dressed as a system event (date falls back to publication, as the extractor does)."""
    trigger = gold.get("trigger") or gold["type"].lower()
    sentence = gold.get("sentence") or trigger
    return Event(id=f"g{index}", type=gold["type"], mode=gold.get("mode"), context=gold.get("context") or [],
                 cameo="", goldstein=0.0, quad_class=1, source=_gold_actor(gold.get("source")),
                 target=_gold_actor(gold.get("target")),
                 date=EventDate(value=gold.get("date") or published, basis="explicit" if gold.get("date") else "publication"),
                 fatalities=gold.get("fatalities"), injured=gold.get("injured"),
                 trigger=Span(text=trigger, start=0, end=len(trigger)),
                 evidence=Evidence(sentence=0, start=0, end=len(sentence), text=sentence), confidence=1.0)


# --- runs -------------------------------------------------------------------------------------------

def _corpus_articles(records: list[dict], corpus_dir: Path) -> list[Article]:
    from eventwire.evaluate.gold_events import default_read_inputs, match_corpus_records

    matched = match_corpus_records(records, corpus_dir, default_read_inputs())
    return [article or build_article(record.get("title", ""), published=record.get("published"),
                                     title=record.get("title", ""), outlet=record.get("outlet", ""))
            for record, article in zip(records, matched)]


def _link(extractions: list[Extraction]):
    """Store and link the extractions in memory; ``(article_id, event_id) -> canonical id`` and stories."""
    from eventwire.link import refresh
    from eventwire.store import Store

    with Store(":memory:") as store:
        store.write(extractions)
        refresh(store)
        links = {(r["article_id"], r["event_id"]): r["canonical_id"]
                 for r in store.query("SELECT article_id, event_id, canonical_id FROM event_links")}
        stories = {r["article_id"]: r["story_id"] for r in store.query("SELECT article_id, story_id FROM story_articles")}
    return links, stories


def _gold_fed(records: list[dict], articles: list[Article], incidents: dict) -> list[Metric]:
    extractions = [Extraction(article=article, events=[gold_event(i, g, record.get("published"))
                                                       for i, g in enumerate(record.get("events", []))])
                   for record, article in zip(records, articles)]
    links, _ = _link(extractions)
    gold, pred = {}, {}
    for record, article in zip(records, articles):
        for i in range(len(record.get("events", []))):
            gold[(record["doc"], i)] = incidents[(record["doc"], i)]
            pred[(record["doc"], i)] = links.get((article.id, f"g{i}"), f"unlinked-{record['doc']}-{i}")
    return clustering_metrics("dedup (gold mentions)", gold, pred)


def _end_to_end(extract_many: ExtractMany, records: list[dict], articles: list[Article],
                incidents: dict) -> list[Metric]:
    from eventwire.evaluate.gold_events import EventUnit, match_events

    extractions = run_system(extract_many, articles)
    links, stories = _link(extractions)
    gold, pred = {}, {}
    for record, extraction in zip(records, extractions):
        unit = EventUnit(record.get("published"), record.get("events", []), extraction.events)
        for gi, pi in match_events(unit, "type"):
            key = (record["doc"], gi)
            gold[key] = incidents[key]
            pred[key] = links.get((extraction.article.id, extraction.events[pi].id), f"unlinked-{key}")
    story_gold = {record["doc"]: record["story"] for record in records}
    story_pred = {record["doc"]: stories.get(x.article.id, f"none-{record['doc']}")
                  for record, x in zip(records, extractions)}
    return clustering_metrics("dedup (end to end)", gold, pred) + clustering_metrics("stories", story_gold, story_pred)


def evaluate(extract_many: ExtractMany, gold_dir: Path, corpus_dir: Path | None,
             limit: int | None = None) -> list[Metric]:
    """All ``gold/links`` figures (``limit`` caps the number of articles)."""
    if corpus_dir is None or not corpus_dir.is_dir():
        raise SuiteUnavailable(f"{corpus_dir} not found")
    path = gold_dir / "corpus" / "gold.jsonl"
    if not path.is_file():
        raise SuiteUnavailable(f"{path} not found")
    incidents = load_same_event_gold(gold_dir)
    records = read_jsonl(path, limit)
    articles = _corpus_articles(records, corpus_dir)
    return _gold_fed(records, articles, incidents) + _end_to_end(extract_many, records, articles, incidents)


def run_suite(extract_many: ExtractMany, locations: Any, limit: int | None = None) -> list[Metric]:
    """The harness entry: ``locations`` is ``harness.Locations`` (gold_dir, corpus_dir)."""
    return evaluate(extract_many, locations.gold_dir, locations.corpus_dir, limit)
