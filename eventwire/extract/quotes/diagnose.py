"""Sort the quote extractor's errors on PolNeAR dev into causes: ``python -m eventwire.extract.quotes.diagnose``.

Runs the pipeline over PolNeAR dev, scores it as ``eventwire.evaluate.polnear`` does (same
annotator, same split-quote joining, same greedy one-to-one pair matching) and puts every gold
attribution left unmatched and every unmatched prediction in one bucket:

gold (missed)
* ``no prediction, cue in lists``: nothing overlaps the content, although a word of the gold cue is
  a lemma of ``cues.yaml`` (the parse or a rule missed it);
* ``no prediction, cue not in lists``: nothing overlaps it and the cue is outside every list;
* ``span``: a prediction overlaps the content, with token Dice under 0.5;
* ``source, relative pronoun``: the content matches, the gold source is "who/which/that" and the
  predicted one is not (eventwire gives the pronoun too, so these are misparsed relative clauses);
* ``source, none predicted`` / ``source, none in gold`` / ``source, other``: the content matches
  and the sources do not.

predicted (false)
* ``spurious``: overlaps no gold content; ``span``: overlaps one with Dice under 0.5;
* ``source``: matches an unmatched gold content but not its source; ``duplicate``: matches a gold
  attribution another prediction already took.

``--list`` prints every error with its gold and predicted text, for reading by hand.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate import polnear
from eventwire.evaluate.polnear import Attribution, GoldDoc

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear-dev"
_RELATIVE = {"who", "which", "that", "whom"}


@dataclass(frozen=True)
class Finding:
    """One error: which side (``gold`` or ``predicted``), its cause and a readable description."""

    side: str
    cause: str
    doc_id: str
    text: str


def gold_cues(ann: str) -> list[tuple[tuple[int, int], ...]]:
    """Cue spans of each attribution of a brat ``.ann`` file, in the order ``parse_brat`` keeps
    them (attributions without a content are skipped there, so here too)."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    cues = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
            offsets = parts[1].split(" ", 1)[1]
            spans[parts[0]] = tuple((int(a), int(b)) for a, b in (f.split() for f in offsets.split(";")))
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            if any(spans.get(ref) for ref in roles.get("Content", [])):
                cues.append(tuple(s for ref in roles.get("Cue", []) for s in spans.get(ref, ())))
    return cues


def _show(text: str, att: Attribution) -> str:
    content = " || ".join(text[s:e] for s, e in att.content)
    source = text[att.source[0] : att.source[1]] if att.source else None
    return f"[{source}] {content[:200]!r}"


def _cue_in_lists(doc, cue: tuple[tuple[int, int], ...], lemmas: frozenset[str]) -> bool:
    if not cue:
        return False
    span = doc.char_span(cue[0][0], cue[-1][1], alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in lemmas for t in span)


def _source_cause(text: str, gold: Attribution, pred: Attribution) -> str:
    if gold.source is None:
        return "source, none in gold"
    if pred.source is None:
        return "source, none predicted"
    if text[gold.source[0] : gold.source[1]].strip().lower() in _RELATIVE:
        return "source, relative pronoun"
    return "source, other"


def diagnose_doc(gold: GoldDoc, doc, cues: list, lemmas: frozenset[str]) -> list[Finding]:
    """The errors of one document (``doc`` is the processed spaCy Doc with ``doc._.quotes``)."""
    text = gold.text
    pred = polnear.merge_split_quotes(text, [polnear._as_attribution(text, q) for q in doc._.quotes])
    gold_words = [polnear._content_words(text, a) for a in gold.attributions]
    pred_words = [polnear._content_words(text, a) for a in pred]

    def pairs(g: int, p: int) -> bool:
        return (polnear._dice(gold_words[g], pred_words[p]) >= 0.5
                and polnear._sources_overlap(text, gold.attributions[g].source, pred[p].source))

    taken: dict[int, int] = {}
    for g in range(len(gold.attributions)):
        p = next((p for p in range(len(pred)) if p not in taken.values() and pairs(g, p)), None)
        if p is not None:
            taken[g] = p
    findings = []
    for g, att in enumerate(gold.attributions):
        if g in taken:
            continue
        best = max(((polnear._dice(gold_words[g], w), p) for p, w in enumerate(pred_words)), default=(0.0, -1))
        if best[0] == 0:
            listed = _cue_in_lists(doc, cues[g], lemmas) if g < len(cues) else False
            cause = "no prediction, cue in lists" if listed else "no prediction, cue not in lists"
        elif best[0] < 0.5:
            cause = "span"
        else:
            cause = _source_cause(text, att, pred[best[1]])
        shown = f"GOLD {_show(text, att)}" + (f"\n    PRED {_show(text, pred[best[1]])}" if best[0] else "")
        findings.append(Finding("gold", cause, gold.id, shown))
    for p, att in enumerate(pred):
        if p in taken.values():
            continue
        best = max(((polnear._dice(w, pred_words[p]), g) for g, w in enumerate(gold_words)), default=(0.0, -1))
        if best[0] == 0:
            cause = "spurious"
        elif best[0] < 0.5:
            cause = "span"
        else:
            cause = "duplicate" if best[1] in taken else "source"
        findings.append(Finding("predicted", cause, gold.id, f"PRED {_show(text, att)}"))
    return findings


def diagnose(data_dir: Path = DEFAULT_DATA, limit: int | None = None) -> list[Finding]:
    """Every error of the pipeline on PolNeAR dev (``data_dir`` holds ``dev/`` or ``text/``)."""
    from eventwire.extract.quotes.component import QuoteExtractor
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    extractor = nlp.get_pipe("eventwire_quotes")
    lemmas = (extractor.lexicon.clause_verbs | extractor.object_lemmas | extractor.lexicon.statement_nouns
              | extractor.lexicon.intention_nouns) if isinstance(extractor, QuoteExtractor) else frozenset()
    docs = polnear.read_polnear(Path(data_dir), limit)
    split = polnear._split_dir(Path(data_dir))
    findings: list[Finding] = []
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        ann = sorted((split / "attributions").glob(f"{gold.id}_*.ann"))[0].read_text(encoding="utf-8")
        findings += diagnose_doc(gold, doc, gold_cues(ann), lemmas)
    return findings


def summary(findings: Sequence[Finding]) -> Counter:
    """(side, cause) -> number of errors."""
    return Counter((f.side, f.cause) for f in findings)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the error buckets (and, with ``--list``, every error)."""
    parser = argparse.ArgumentParser(prog="python -m eventwire.extract.quotes.diagnose",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR folder (with dev/)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--list", action="store_true", help="print every error")
    args = parser.parse_args(argv)
    findings = diagnose(args.data, args.limit)
    out = sys.stdout
    for (side, cause), n in sorted(summary(findings).items()):
        out.write(f"{side:10} {cause:35} {n}\n")
    if args.list:
        for f in sorted(findings, key=lambda f: (f.side, f.cause, f.doc_id)):
            out.write(f"\n{f.side} / {f.cause} / {f.doc_id}\n    {f.text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
