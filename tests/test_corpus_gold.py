"""The sample corpus (examples/corpus) and its gold annotation (tests/gold/corpus) agree.

The corpus files are parsed minimally here, on purpose independent of ``eventwire.ingest``:
a txt file is optional front matter, headline, outlet, then the body; ``wire.jsonl`` holds
one article per line; an HTML page's body is the text of the ``<p>`` elements inside
``<article>``. Body paragraphs are joined with a blank line.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pycountry
import pytest

from eventwire.models import PLOVER_TYPES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
GOLD = ROOT / "tests" / "gold" / "corpus" / "gold.jsonl"

REGIONAL_CODES = {"AFR"}
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "MED", "EDU", "BUS",
           "CVL", "REF", "NGO"}
CONTEXTS = {"negated", "future", "hypothetical", "historical", "claimed"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
DATE_VALUE = re.compile(
    r"^\d{4}(-(\d{2}|W\d{2}|SP|SU|FA|WI)(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?$"
)
DURATION_VALUE = re.compile(r"^P(T?\d+[YMWDHS]|X[YMWD])$")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


class _ArticleParagraphs(HTMLParser):
    """Collects metadata and the text of ``<p>`` elements inside ``<article>``."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.paragraphs: list[str] = []
        self._in_article = 0
        self._in_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("property"):
            self.meta[values["property"]] = values.get("content") or ""
        elif tag == "article":
            self._in_article += 1
        elif tag == "p" and self._in_article:
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        elif tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self.paragraphs[-1] += data


def read_txt(path: Path) -> dict:
    """Title, outlet, published (front matter only) and body of a corpus txt file."""
    content = path.read_text(encoding="utf-8")
    published = None
    match = FRONT_MATTER.match(content)
    if match:
        fields = dict(line.split(": ", 1) for line in match.group(1).splitlines())
        published = fields.get("published")
        content = content[match.end():]
    lines = [line.strip() for line in content.splitlines()]
    paragraphs = [line for line in lines[2:] if line]
    return {"title": lines[0], "outlet": lines[1], "published": published,
            "text": "\n\n".join(paragraphs)}


def read_wire() -> dict[str, dict]:
    """The wire.jsonl records by id."""
    records = {}
    for line in (CORPUS / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        records[record["id"]] = record
    return records


def read_html(path: Path) -> dict:
    """Title, outlet, published and body of a corpus HTML page."""
    parser = _ArticleParagraphs()
    parser.feed(path.read_text(encoding="utf-8"))
    return {"title": parser.meta["og:title"], "outlet": parser.meta["og:site_name"],
            "published": parser.meta["article:published_time"][:10],
            "text": "\n\n".join(" ".join(p.split()) for p in parser.paragraphs)}


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def read_doc(doc: str, wire: dict[str, dict]) -> dict:
    """The parsed article a gold ``doc`` reference points to."""
    if doc.startswith("wire.jsonl#"):
        return wire[doc.split("#", 1)[1]]
    if doc.startswith("html/"):
        return read_html(CORPUS / doc)
    assert doc.startswith("txt/"), doc
    return read_txt(CORPUS / doc)


GOLD_RECORDS = load_gold()
WIRE = read_wire()


def doc_ids(records: list[dict]) -> list[str]:
    return [record["doc"] for record in records]


def valid_actor(actor: dict | None) -> bool:
    """An actor is null or a valid ISO3/regional country plus a known sector (either may be null)."""
    if actor is None:
        return True
    if set(actor) != {"country", "sector"}:
        return False
    country, sector = actor["country"], actor["sector"]
    country_ok = country is None or country in REGIONAL_CODES or (
        pycountry.countries.get(alpha_3=country) is not None
    )
    return country_ok and (sector is None or sector in SECTORS)


def valid_date_value(value: str | None) -> bool:
    return value is None or bool(DATE_VALUE.match(value))


def test_every_corpus_file_has_exactly_one_gold_record():
    files = {f"txt/{p.name}" for p in (CORPUS / "txt").glob("*.txt")}
    files |= {f"html/{p.name}" for p in (CORPUS / "html").glob("*.html")}
    files |= {f"wire.jsonl#{key}" for key in WIRE}
    docs = doc_ids(GOLD_RECORDS)
    assert len(docs) == len(set(docs))
    assert set(docs) == files


@pytest.mark.parametrize("record", GOLD_RECORDS, ids=doc_ids(GOLD_RECORDS))
def test_gold_record_matches_its_article(record):
    article = read_doc(record["doc"], WIRE)
    text = article["text"]
    assert text and "\n\n" in text
    assert (article["title"], article["outlet"]) == (record["title"], record["outlet"])
    if article["published"] is not None:
        assert article["published"] == record["published"]
    else:
        assert record["published"] in text[:200] or _dateline_date(text) == record["published"]
    for event in record["events"]:
        assert event["sentence"] in text, event["sentence"]
        assert event["trigger"] in event["sentence"], event["trigger"]
    for quote in record["quotes"]:
        assert quote["content"] in text, quote["content"]
        assert quote["speaker_text"] is None or quote["speaker_text"] in text
    for timex in record["timexes"]:
        assert timex["text"] in text, timex["text"]


def _dateline_date(text: str) -> str | None:
    """The ISO date of a 'CITY, Month D, YYYY —' dateline at the start of ``text``."""
    match = re.match(r"^[A-Z ]+, ([A-Z][a-z]+ \d{1,2}, \d{4}) —", text)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), "%B %d, %Y").date().isoformat()


@pytest.mark.parametrize("record", GOLD_RECORDS, ids=doc_ids(GOLD_RECORDS))
def test_gold_record_fields_are_valid(record):
    assert set(record) == {"doc", "title", "outlet", "published", "story", "events", "quotes", "timexes"}
    dt.date.fromisoformat(record["published"])
    for event in record["events"]:
        assert set(event) == {"type", "source", "target", "date", "fatalities", "injured", "mode",
                              "context", "trigger", "sentence", "reported_by", "incident"}
        assert event["type"] in PLOVER_TYPES
        assert all(valid_actor(event[key]) for key in ("source", "target", "reported_by"))
        assert valid_date_value(event["date"])
        assert set(event["context"]) <= CONTEXTS
        assert re.fullmatch(r"I\d+", event["incident"])
        for count in (event["fatalities"], event["injured"]):
            assert count is None or (isinstance(count, int) and count >= 0)
    for quote in record["quotes"]:
        assert set(quote) == {"kind", "speaker", "speaker_text", "content", "date"}
        assert quote["kind"] in {"direct", "indirect", "mixed"}
        assert valid_actor(quote["speaker"])
        assert valid_date_value(quote["date"])
    for timex in record["timexes"]:
        assert set(timex) == {"text", "value", "type"}
        assert timex["type"] in TIMEX_TYPES
        pattern = DURATION_VALUE if timex["type"] == "DURATION" else DATE_VALUE
        assert pattern.match(timex["value"]), timex


def test_corpus_size_outlets_and_span():
    assert len(GOLD_RECORDS) >= 30
    assert len({record["outlet"] for record in GOLD_RECORDS}) >= 5
    days = sorted(dt.date.fromisoformat(record["published"]) for record in GOLD_RECORDS)
    assert (days[-1] - days[0]).days >= 21


def test_every_format_is_represented():
    docs = doc_ids(GOLD_RECORDS)
    assert sum(doc.startswith("txt/") for doc in docs) >= 15
    assert sum(doc.startswith("wire.jsonl#") for doc in docs) >= 8
    assert sum(doc.startswith("html/") for doc in docs) >= 5
    undated = [doc for doc in docs if doc.startswith("txt/") and read_txt(CORPUS / doc)["published"] is None]
    assert len(undated) >= 2


def test_some_articles_have_no_events():
    negatives = [record["doc"] for record in GOLD_RECORDS if not record["events"]]
    assert 2 <= len(negatives) <= 4


def test_at_least_five_incidents_are_reported_by_several_outlets():
    outlets_by_incident: dict[str, set[str]] = {}
    for record in GOLD_RECORDS:
        for event in record["events"]:
            outlets_by_incident.setdefault(event["incident"], set()).add(record["outlet"])
    multi_outlet = [incident for incident, outlets in outlets_by_incident.items() if len(outlets) > 1]
    assert len(multi_outlet) >= 5


def test_reports_of_one_incident_agree_on_its_type():
    types_by_incident: dict[str, set[str]] = {}
    for record in GOLD_RECORDS:
        for event in record["events"]:
            types_by_incident.setdefault(event["incident"], set()).add(event["type"])
    assert all(len(types) == 1 for types in types_by_incident.values()), types_by_incident


def test_the_links_gold_lists_every_corpus_event_under_its_incident():
    """tests/gold/links/same_event.jsonl regroups the corpus events by incident, by event index."""
    listed = {}
    for line in (ROOT / "tests" / "gold" / "links" / "same_event.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for report in entry["reports"]:
            listed[(report["doc"], report["event"])] = (entry["incident"], report["trigger"])
    in_gold = {(record["doc"], i): (event["incident"], event["trigger"])
               for record in GOLD_RECORDS for i, event in enumerate(record["events"])}
    assert listed == in_gold


def test_weekday_names_agree_with_their_dates():
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for record in GOLD_RECORDS:
        for timex in record["timexes"]:
            name = timex["text"].split()[-1] if timex["text"].split()[0] == "next" else timex["text"].split()[0]
            if name in weekdays and timex["type"] in {"DATE", "TIME"}:
                day = dt.date.fromisoformat(timex["value"][:10])
                assert weekdays[day.weekday()] == name, (record["doc"], timex)


def timex_spans(text: str, timexes: list[dict]) -> list[tuple[int, int]]:
    """Spans of the gold timexes: the k-th timex with a given text is its k-th occurrence."""
    seen: dict[str, int] = {}
    spans = []
    for timex in timexes:
        needle = timex["text"]
        start = -1
        for _ in range(seen.get(needle, 0) + 1):
            start = text.find(needle, start + 1)
        seen[needle] = seen.get(needle, 0) + 1
        spans.append((start, start + len(needle)))
    return spans


@pytest.mark.parametrize("record", GOLD_RECORDS, ids=doc_ids(GOLD_RECORDS))
def test_timexes_are_listed_in_text_order_without_overlap(record):
    text = read_doc(record["doc"], WIRE)["text"]
    spans = timex_spans(text, record["timexes"])
    assert all(start >= 0 for start, _ in spans)
    assert spans == sorted(spans)
    assert all(previous[1] <= current[0] for previous, current in zip(spans, spans[1:]))
