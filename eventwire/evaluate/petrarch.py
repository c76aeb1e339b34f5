"""PETRARCH2 unit-test records: CAMEO coding of stylized sentences with fictional actors.

Each ``<Sentence>`` record is run through the system with its ``date`` as the publication date.
Scored records:
* records with expected ``<EventCoding sourcecode targetcode eventcode>`` elements (only codes whose
  root is a CAMEO root 01-20 are kept; the validation dictionaries also emit private test codes such
  as 212 or 903, which no real coder can produce, and a record left with none of them is skipped);
* records with ``noevents="True"``: negatives, every system event there is a false positive.
Records that test PETRARCH's error handling (``error="..."``) are skipped.

The fictional actors (Arnor = ARN, Gondor = GON, ...) are coded by looking up names from
``PETR.Validate.actors.txt`` in the text of the system's source/target actor (case-insensitive), with
the system's sector appended as the agent (``ARN`` + ``GOV``), ``---`` standing for an unknown actor.
"""
from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.common import (
    Counts,
    ExtractMany,
    SuiteUnavailable,
    Tally,
    accuracy_metric,
    build_article,
    prf_metrics,
    run_system,
)
from eventwire.evaluate.metrics import Metric
from eventwire.models import Actor, Event

log = logging.getLogger(__name__)

SUITE = "shared/petrarch"
RECORDS_FILE = "PETR.UnitTest.records.xml"
ACTORS_FILE = "PETR.Validate.actors.txt"
UNKNOWN_ACTOR = "---"

# Used only when an event's ``cameo`` is not numeric: the CAMEO root closest to each PLOVER type.
PLOVER_TO_CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "02", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}

Triple = tuple[str, str, str]


# --- the actor dictionary ---------------------------------------------------------------------

@dataclass(frozen=True)
class DatedCode:
    """An actor code, valid before, after or between dates (YYYYMMDD integers) or always."""

    code: str
    after: int | None = None    # valid when date > after
    before: int | None = None   # valid when date < before
    start: int | None = None    # valid when start <= date <= end
    end: int | None = None

    @property
    def restricted(self) -> bool:
        return any(v is not None for v in (self.after, self.before, self.start, self.end))

    def holds(self, date: int) -> bool:
        """Whether this restriction covers ``date``."""
        if self.before is not None:
            return date < self.before
        if self.after is not None:
            return date > self.after
        if self.start is not None and self.end is not None:
            return self.start <= date <= self.end
        return True


@dataclass
class ActorEntry:
    """One dictionary entry: its names (synonyms) and its codes."""

    names: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)

    def code_on(self, date: int) -> str | None:
        """The code in force on ``date``: the first restriction that holds, else the plain code."""
        for code in self.codes:
            if code.restricted and code.holds(date):
                return code.code
        plain = [code.code for code in self.codes if not code.restricted]
        return plain[0] if plain else None


def _full_date(digits: str) -> int:
    """YYYYMMDD from a dictionary date (YYMMDD dates are 19YY from 30 on, else 20YY)."""
    if len(digits) == 6:
        century = "19" if int(digits[:2]) >= 30 else "20"
        digits = century + digits
    return int(digits)


def parse_dated_code(block: str) -> DatedCode:
    """A ``[CODE]``, ``[CODE <date]``, ``[CODE >date]`` or ``[CODE date-date]`` block's content."""
    match = re.match(r"\s*([^\s<>]+)\s*(.*)$", block)
    if match is None:
        return DatedCode(UNKNOWN_ACTOR)
    code, rest = match.group(1).split("/")[0], match.group(2).strip()
    if found := re.match(r"<\s*(\d{6,8})", rest):
        return DatedCode(code, before=_full_date(found.group(1)))
    if found := re.match(r">\s*(\d{6,8})", rest):
        return DatedCode(code, after=_full_date(found.group(1)))
    if found := re.match(r"(\d{6,8})\s*-\s*(\d{6,8})", rest):
        return DatedCode(code, start=_full_date(found.group(1)), end=_full_date(found.group(2)))
    return DatedCode(code)


def _strip_comments(text: str) -> str:
    """Remove ``<!-- -->`` blocks (also the malformed ``<! --``) and ``#`` line comments."""
    text = re.sub(r"<!\s*--.*?-->", "", text, flags=re.DOTALL)
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def parse_actor_dictionary(text: str) -> list[ActorEntry]:
    """The entries of a PETRARCH actor dictionary."""
    entries: list[ActorEntry] = []
    for raw in _strip_comments(text).splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("+") and entries:
            entries[-1].names.append(line[1:].strip())
            continue
        blocks = re.findall(r"\[([^\]]*)\]", line)
        name = line.split("[", 1)[0].strip()
        if name:
            entries.append(ActorEntry(names=[name]))
        if entries:
            entries[-1].codes.extend(parse_dated_code(block) for block in blocks)
    return [entry for entry in entries if entry.names]


def _name_pattern(name: str) -> re.Pattern[str]:
    """Case-insensitive pattern for a dictionary name: ``_`` is a space, a trailing ``_`` ends the word."""
    exact = name.endswith("_")
    words = name.strip("_").replace("_", " ")
    body = r"\s+".join(re.escape(word) for word in words.split())
    return re.compile(r"(?<!\w)" + body + (r"(?!\w)" if exact else ""), re.IGNORECASE)


@dataclass
class ActorDictionary:
    """Name patterns to entries, longest name first."""

    patterns: list[tuple[int, re.Pattern[str], ActorEntry]]

    @classmethod
    def from_entries(cls, entries: Sequence[ActorEntry]) -> ActorDictionary:
        items = [(len(name.strip("_")), _name_pattern(name), entry) for entry in entries for name in entry.names]
        items.sort(key=lambda item: -item[0])
        return cls(items)

    def lookup(self, text: str, date: int) -> str | None:
        """Code of the longest dictionary name found in ``text`` (None when none is, or it has no code then)."""
        for _, pattern, entry in self.patterns:
            if pattern.search(text):
                code = entry.code_on(date)
                if code is not None:
                    return code
        return None


def code_actor(actor: Actor | None, dictionary: ActorDictionary, date: int) -> str:
    """PETRARCH-style code of a system actor: dictionary code (or its country) plus its sector."""
    if actor is None:
        return UNKNOWN_ACTOR
    base = dictionary.lookup(actor.text, date) or dictionary.lookup(actor.name, date) or actor.country
    base = base or UNKNOWN_ACTOR
    if len(base) == 3 and actor.sector:
        return base + actor.sector
    return base


# --- the records ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PetrRecord:
    """One unit-test record: its text, date and the expected (source, target, code) triples."""

    id: str
    category: str
    date: str           # YYYYMMDD
    text: str
    triples: tuple[Triple, ...]
    negative: bool

    @property
    def published(self) -> str:
        return f"{self.date[:4]}-{self.date[4:6]}-{self.date[6:8]}"


def is_cameo_code(code: str) -> bool:
    """Whether a code is a CAMEO event code (2-4 characters with root 01-20)."""
    return len(code) >= 2 and code[:2].isdigit() and 1 <= int(code[:2]) <= 20


def _clean_code(value: str | None) -> str:
    return (value or "").strip().strip('"').strip()


def _record_from(element: ET.Element) -> PetrRecord | None:
    """A scoreable record, or None for error tests and records left without CAMEO codes."""
    codings = element.findall("EventCoding")
    if any(coding.get("error") is not None for coding in codings):
        return None
    negative = any((coding.get("noevents") or "").strip().lower() == "true" for coding in codings)
    triples = tuple(
        (_clean_code(c.get("sourcecode")), _clean_code(c.get("targetcode")), _clean_code(c.get("eventcode")))
        for c in codings if c.get("eventcode") is not None
    )
    kept = tuple(t for t in triples if is_cameo_code(t[2]))
    if not negative and not kept:
        return None
    text = " ".join((element.findtext("Text") or "").split())
    return PetrRecord(id=element.get("id", "").strip(), category=element.get("category", "").strip(),
                      date=element.get("date", "").strip(), text=text, triples=kept, negative=negative and not kept)


def load_records(path: Path, limit: int | None = None) -> tuple[list[PetrRecord], int]:
    """The scoreable records (at most ``limit``) and how many records were skipped."""
    records: list[PetrRecord] = []
    skipped = 0
    for element in ET.parse(path).getroot().iter("Sentence"):
        record = _record_from(element)
        if record is None:
            skipped += 1
            continue
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records, skipped


# --- scoring ----------------------------------------------------------------------------------

def cameo_of(event: Event) -> str:
    """The event's CAMEO code, or its type's closest CAMEO root when the code is not numeric."""
    return event.cameo if is_cameo_code(event.cameo) else PLOVER_TO_CAMEO_ROOT[event.type]


def system_triples(events: Sequence[Event], dictionary: ActorDictionary, date: int) -> list[Triple]:
    """(source code, target code, CAMEO code) of each system event."""
    return [(code_actor(e.source, dictionary, date), code_actor(e.target, dictionary, date), cameo_of(e))
            for e in events]


def _multiset_overlap(gold: Sequence[object], pred: Sequence[object]) -> int:
    """Size of the multiset intersection."""
    return sum((Counter(gold) & Counter(pred)).values())


def _relaxed(triple: Triple) -> Triple:
    """Actor roots (first three characters) and CAMEO root."""
    return (triple[0][:3], triple[1][:3], triple[2][:2])


@dataclass
class _PetrTallies:
    roots: Counts = field(default_factory=Counts)
    full: Tally = field(default_factory=Tally)
    triples: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    exact: Tally = field(default_factory=Tally)
    negatives: Tally = field(default_factory=Tally)


def _score_record(tallies: _PetrTallies, record: PetrRecord, pred: list[Triple]) -> None:
    """Add one record's counts."""
    gold_roots = {t[2][:2] for t in record.triples}
    pred_roots = {t[2][:2] for t in pred}
    tallies.roots.add(len(gold_roots & pred_roots), len(pred_roots), len(gold_roots))
    pred_codes = {t[2] for t in pred}
    for _, _, code in record.triples:
        if code[:2] in pred_roots:
            tallies.full.add(code in pred_codes)
    tallies.triples.add(_multiset_overlap(record.triples, pred), len(pred), len(record.triples))
    tallies.relaxed.add(_multiset_overlap([_relaxed(t) for t in record.triples], [_relaxed(t) for t in pred]),
                        len(pred), len(record.triples))
    tallies.exact.add(Counter(record.triples) == Counter(pred))
    if record.negative:
        tallies.negatives.add(not pred)


def score_petrarch(records: Sequence[PetrRecord], predictions: Sequence[list[Triple]]) -> list[Metric]:
    """All PETRARCH figures from records and the system's triples per record."""
    tallies = _PetrTallies()
    for record, pred in zip(records, predictions):
        _score_record(tallies, record, pred)
    return [
        *prf_metrics(SUITE, "CAMEO root", tallies.roots),
        accuracy_metric(SUITE, "full code accuracy (root-matched)", tallies.full),
        *prf_metrics(SUITE, "triple", tallies.triples),
        *prf_metrics(SUITE, "triple (actor root, CAMEO root)", tallies.relaxed),
        accuracy_metric(SUITE, "records exactly right", tallies.exact),
        accuracy_metric(SUITE, "negative records left empty", tallies.negatives),
    ]


def load_actor_dictionary(data_dir: Path) -> ActorDictionary:
    """The validation actor dictionary of ``data_dir``."""
    text = (data_dir / ACTORS_FILE).read_text(encoding="utf-8", errors="replace")
    return ActorDictionary.from_entries(parse_actor_dictionary(text))


def evaluate(extract_many: ExtractMany, data_dir: Path, limit: int | None = None) -> list[Metric]:
    """Suite ``shared/petrarch`` over ``data_dir``."""
    path = data_dir / RECORDS_FILE
    if not path.is_file() or not (data_dir / ACTORS_FILE).is_file():
        raise SuiteUnavailable(f"{path} or {ACTORS_FILE} not found")
    records, skipped = load_records(path, limit)
    dictionary = load_actor_dictionary(data_dir)
    inputs = [build_article(r.text, published=r.published, source=f"{RECORDS_FILE}#{r.id}") for r in records]
    extractions = run_system(with_validation_actors(extract_many, data_dir), inputs)
    predictions = [system_triples(x.events, dictionary, int(r.date)) for r, x in zip(records, extractions)]
    log.info("petrarch: %d records scored, %d skipped (error tests or private codes only)", len(records), skipped)
    return score_petrarch(records, predictions)


# --- the validation actors as a user dictionary ----------------------------------------------------

def user_actor_file(data_dir: Path, directory: Path) -> Path:
    """The validation actors as an eventwire user dictionary (YAML organizations), written in
    ``directory``: how a user loads a project's own actor list (docs/actors.md)."""
    import yaml

    text = (data_dir / ACTORS_FILE).read_text(encoding="utf-8", errors="replace")
    organizations = []
    for entry in parse_actor_dictionary(text):
        code = next((c.code for c in entry.codes if not c.restricted), None) or (
            entry.codes[0].code if entry.codes else None)
        if not code or not code[:3].isalpha():
            continue
        forms = sorted({form for name in entry.names for form in _surface_forms(name)})
        if forms:
            organizations.append({"name": forms[0], "patterns": forms, "country": code[:3].upper(),
                                  "sector": code[3:6].upper() or None, "code": code.upper()})
    path = directory / "petrarch_actors.yaml"
    path.write_text(yaml.safe_dump({"organizations": organizations}, sort_keys=False), encoding="utf-8")
    return path


def _surface_forms(name: str) -> list[str]:
    """"ARNOR_" -> ["ARNOR", "Arnor"]; "MINAS_TIRITH" -> ["MINAS TIRITH", "Minas Tirith"]."""
    words = name.replace("_", " ").strip()
    if not words or not any(ch.isalpha() for ch in words):
        return []
    return [words, " ".join(w.capitalize() for w in words.split())]


def with_validation_actors(extract_many: ExtractMany, data_dir: Path) -> ExtractMany:
    """``extract_many`` with the validation actor dictionary added, when it is eventwire's own;
    another system under test is run as given."""
    from eventwire import pipeline

    if extract_many is not pipeline.extract_many:
        return extract_many

    def run(articles):
        import tempfile

        from eventwire.nlp import build_pipeline

        with tempfile.TemporaryDirectory() as tmp:
            nlp = build_pipeline(overrides={"eventwire_actors": {"extra_files": [str(user_actor_file(data_dir, Path(tmp)))]}})
            yield from pipeline.extract_many(articles, nlp=nlp)
    return run
