"""The evaluation harness and scorers, driven by fake systems over tiny fixtures."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import geowebnews, gold_actors, gold_events, petrarch
from eventwire.evaluate.common import SuiteUnavailable, match_greedy, token_f1
from eventwire.evaluate.harness import (
    SUITES,
    Skipped,
    _shared_suite,
    check_floors,
    render_table,
    run_eval,
    suggest_floors,
    write_json,
)
from eventwire.evaluate.metrics import Metric
from eventwire.models import (
    Actor,
    Article,
    Entity,
    Event,
    EventDate,
    Evidence,
    Extraction,
    Place,
    Quote,
    Span,
    Timex,
)

Answer = Callable[[Article], dict[str, Any]]


# --- fakes ------------------------------------------------------------------------------------

def fake_system(answer: Answer) -> Callable[[Iterable[Article]], Iterator[Extraction]]:
    """An ``extract_many`` whose output for each article is ``answer(article)``."""
    def extract_many(articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            yield Extraction(article=article, **answer(article))

    return extract_many


def empty_system() -> Callable[[Iterable[Article]], Iterator[Extraction]]:
    """A system that finds nothing."""
    return fake_system(lambda article: {})


def actor(code: dict[str, Any] | None, text: str = "x") -> Actor | None:
    """A system Actor from a gold {"country", "sector"} dict."""
    if code is None:
        return None
    return Actor(name=text, text=text, country=code.get("country"), sector=code.get("sector"))


def make_event(type_: str, *, source: dict | None = None, target: dict | None = None, date: str | None = None,
               fatalities: int | None = None, context: list[str] | None = None, trigger: str = "hit",
               cameo: str = "190", source_text: str = "x", target_text: str = "x") -> Event:
    """A system Event with only the fields the scorers read set meaningfully."""
    return Event(
        id="e", type=type_, cameo=cameo, goldstein=-10.0, quad_class=4,
        source=actor(source, source_text), target=actor(target, target_text),
        date=EventDate(value=date, basis="explicit" if date else "unknown"),
        fatalities=fatalities, context=context or [],
        trigger=Span(text=trigger, start=0, end=len(trigger)),
        evidence=Evidence(sentence=0, start=0, end=1, text="x"), confidence=0.9,
    )


def event_from_gold(gold: dict[str, Any], published: str | None) -> Event:
    """The system Event that agrees with a gold event on everything scored."""
    return make_event(gold["type"], source=gold.get("source"), target=gold.get("target"),
                      date=gold.get("date") or published, fatalities=gold.get("fatalities"),
                      context=gold.get("context"), trigger=gold.get("trigger") or "hit")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def by_name(metrics: list[Metric]) -> dict[str, Metric]:
    return {m.name: m for m in metrics}


AZE_MIL = {"country": "AZE", "sector": "MIL"}
ARM_MIL = {"country": "ARM", "sector": "MIL"}
ARM_GOV = {"country": "ARM", "sector": "GOV"}
IND_GOV = {"country": "IND", "sector": "GOV"}
PAK_GOV = {"country": "PAK", "sector": "GOV"}


def gold_event(type_: str, source: dict | None, target: dict | None, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "source": source, "target": target, "date": extra.get("date"),
            "fatalities": extra.get("fatalities"), "injured": None, "mode": None,
            "context": extra.get("context", []), "trigger": extra.get("trigger", "hit"), "reported_by": None}


SENTENCES = [
    {"id": "s1", "text": "Azerbaijani troops shelled Armenian positions on Monday, killing two soldiers.",
     "published": "2024-06-05",
     "events": [gold_event("ASSAULT", AZE_MIL, ARM_MIL, date="2024-06-03", fatalities=2, trigger="shelled")]},
    {"id": "s2", "text": "Delhi urged Islamabad to act against the groups.", "published": "2024-06-05",
     "events": [gold_event("REQUEST", IND_GOV, PAK_GOV, trigger="urged")]},
    {"id": "s3", "text": "Yerevan did not confirm that it had shelled the border post.", "published": "2024-06-05",
     "events": [gold_event("ASSAULT", ARM_MIL, AZE_MIL, context=["negated"], trigger="shelled")]},
    {"id": "s4", "text": "Armenia accused Azerbaijan of violating the truce.", "published": "2024-06-05",
     "events": [gold_event("ACCUSE", ARM_GOV, {"country": "AZE", "sector": None}, trigger="accused")]},
    {"id": "s5", "text": "The home side attacked relentlessly in the second half.", "published": "2024-06-05",
     "events": []},
]


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "gold"
    write_jsonl(directory / "events" / "sentences.jsonl", SENTENCES)
    return directory


def gold_by_text(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {record["text"]: record for record in records}


def perfect_event_system(records: list[dict[str, Any]]):
    table = gold_by_text(records)
    return fake_system(lambda a: {"events": [event_from_gold(g, a.published)
                                             for g in table.get(a.text, {"events": []})["events"]]})


# --- gold events ------------------------------------------------------------------------------

def test_perfect_event_system_scores_one(gold_dir: Path) -> None:
    metrics = by_name(gold_events.events_file_suite("sentences")(perfect_event_system(SENTENCES), gold_dir))
    for name in ("type F1", "type+dyad F1", "type+code F1", "dyad accuracy", "date accuracy",
                 "fatalities accuracy", "context accuracy", "negated/hypothetical accuracy"):
        assert metrics[name].value == 1.0, name
    assert metrics["type+dyad F1"].n == 4
    assert metrics["type+dyad [ASSAULT] F1"].value == 1.0
    assert metrics["fatalities accuracy"].n == 1


def test_empty_event_system_scores_zero(gold_dir: Path) -> None:
    metrics = by_name(gold_events.events_file_suite("sentences")(empty_system(), gold_dir))
    assert metrics["type F1"].value == 0.0
    assert metrics["type+dyad R"].value == 0.0
    assert metrics["date accuracy"].n == 0


def test_half_the_events_found_gives_recall_one_half(gold_dir: Path) -> None:
    table = gold_by_text(SENTENCES)
    keep = {"s1", "s2"}
    system = fake_system(lambda a: {"events": [event_from_gold(g, a.published) for g in table[a.text]["events"]]
                                    if table[a.text]["id"] in keep else []})
    metrics = by_name(gold_events.events_file_suite("sentences")(system, gold_dir))
    assert metrics["type P"].value == 1.0
    assert metrics["type R"].value == 0.5
    assert metrics["type F1"].value == pytest.approx(2 / 3)


def test_wrong_targets_lower_dyad_but_not_type(gold_dir: Path) -> None:
    table = gold_by_text(SENTENCES)

    def answer(article: Article) -> dict[str, Any]:
        record = table[article.text]
        events = []
        for gold in record["events"]:
            event = event_from_gold(gold, article.published)
            if record["id"] in {"s1", "s2"}:
                event = event.model_copy(update={"target": Actor(name="Iran", text="Iran", country="IRN")})
            events.append(event)
        return {"events": events}

    metrics = by_name(gold_events.events_file_suite("sentences")(fake_system(answer), gold_dir))
    assert metrics["type F1"].value == 1.0
    assert metrics["type+dyad F1"].value == 0.5
    assert metrics["dyad accuracy"].value == 0.5


def test_code_level_needs_the_sector(gold_dir: Path) -> None:
    table = gold_by_text(SENTENCES)

    def answer(article: Article) -> dict[str, Any]:
        events = [event_from_gold(g, article.published) for g in table[article.text]["events"]]
        return {"events": [e.model_copy(update={"source": Actor(name="n", text="n", country=e.source.country,
                                                                  sector="CVL")}) for e in events]}

    metrics = by_name(gold_events.events_file_suite("sentences")(fake_system(answer), gold_dir))
    assert metrics["type+dyad F1"].value == 1.0
    assert metrics["type+code F1"].value == 0.0


def test_missing_gold_date_means_publication_date(gold_dir: Path) -> None:
    table = gold_by_text(SENTENCES)

    def answer(article: Article) -> dict[str, Any]:
        return {"events": [make_event(g["type"], source=g["source"], target=g["target"], date="2024-06-03",
                                      context=g["context"]) for g in table[article.text]["events"]]}

    metrics = by_name(gold_events.events_file_suite("sentences")(fake_system(answer), gold_dir))
    # Only s1 has an explicit gold date (2024-06-03); the others expect the publication date.
    assert metrics["date accuracy"].value == pytest.approx(1 / 4)


def test_missing_negation_flag_costs_context_accuracy(gold_dir: Path) -> None:
    table = gold_by_text(SENTENCES)

    def answer(article: Article) -> dict[str, Any]:
        return {"events": [event_from_gold({**g, "context": []}, article.published)
                           for g in table[article.text]["events"]]}

    metrics = by_name(gold_events.events_file_suite("sentences")(fake_system(answer), gold_dir))
    assert metrics["type F1"].value == 1.0
    assert metrics["context accuracy"].value == pytest.approx(3 / 4)
    assert metrics["negated/hypothetical accuracy"].value == 0.0
    assert metrics["negated/hypothetical accuracy"].n == 1


def test_matching_is_one_to_one_by_best_agreement() -> None:
    gold = [gold_event("ASSAULT", AZE_MIL, ARM_MIL), gold_event("ASSAULT", AZE_MIL, ARM_GOV)]
    pred = [make_event("ASSAULT", source=AZE_MIL, target=ARM_GOV), make_event("ASSAULT", source=AZE_MIL,
                                                                               target=ARM_MIL)]
    unit = gold_events.EventUnit("2024-06-05", gold, pred)
    assert gold_events.match_events(unit, "type+code") == [(0, 1), (1, 0)]
    # A third prediction of the same event cannot match twice.
    unit.pred.append(make_event("ASSAULT", source=AZE_MIL, target=ARM_MIL))
    metrics = by_name(gold_events.score_event_units("t", [unit]))
    assert metrics["type+code R"].value == 1.0
    assert metrics["type+code P"].value == pytest.approx(2 / 3)


def test_articles_file_is_scored_per_article(tmp_path: Path) -> None:
    article = {"id": "a1", "title": "Clashes", "outlet": "Wire", "published": "2024-06-05",
               "text": SENTENCES[0]["text"] + " " + SENTENCES[1]["text"],
               "events": SENTENCES[0]["events"] + SENTENCES[1]["events"]}
    write_jsonl(tmp_path / "events" / "articles.jsonl", [article])
    metrics = by_name(gold_events.events_file_suite("articles")(perfect_event_system([article]), tmp_path))
    assert metrics["type+dyad F1"].value == 1.0
    assert metrics["type+dyad F1"].n == 2


def test_absent_gold_file_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(SuiteUnavailable):
        gold_events.events_file_suite("sentences")(empty_system(), tmp_path)


# --- sample corpus ----------------------------------------------------------------------------

CORPUS_TEXT = ('Egyptian troops shelled a Sudanese border post on Tuesday. "We will respond," '
               "the Sudanese army spokesman said.")


def corpus_fixture(tmp_path: Path) -> tuple[Path, Path, list[dict[str, Any]]]:
    corpus = tmp_path / "examples" / "corpus"
    (corpus / "txt").mkdir(parents=True)
    (corpus / "txt" / "a.txt").write_text("placeholder", encoding="utf-8")
    (corpus / "wire.jsonl").write_text("placeholder", encoding="utf-8")
    records = [
        {"doc": "txt/a.txt", "title": "Border post shelled", "outlet": "Nile Courier", "published": "2025-03-05",
         "story": "S1",
         "events": [{**gold_event("ASSAULT", {"country": "EGY", "sector": "MIL"}, {"country": "SDN", "sector": "MIL"},
                                  date="2025-03-04", trigger="shelled"), "sentence": "shelled a Sudanese"}],
         "quotes": [{"kind": "direct", "speaker": {"country": "SDN", "sector": "MIL"},
                     "speaker_text": "the Sudanese army spokesman", "content": "We will respond,", "date": "2025-03-05"}],
         "timexes": [{"text": "Tuesday", "value": "2025-03-04", "type": "DATE"}]},
        {"doc": "wire.jsonl#w2", "title": "Second", "outlet": "Horn Dispatch", "published": "2025-03-06",
         "story": "S2", "events": [], "quotes": [], "timexes": []},
        {"doc": "wire.jsonl#w3", "title": "Not in the corpus", "outlet": "Horn Dispatch", "published": "2025-03-06",
         "story": "S3", "events": [], "quotes": [], "timexes": []},
    ]
    gold = tmp_path / "tests" / "gold"
    write_jsonl(gold / "corpus" / "gold.jsonl", records)
    return gold, corpus, records


def fake_read_inputs(paths: list[str]) -> Iterator[Article]:
    """Stands in for eventwire.ingest.read_inputs over the fixture corpus."""
    from eventwire.evaluate.common import build_article

    path = paths[0]
    if path.endswith("a.txt"):
        yield build_article(CORPUS_TEXT, published="2025-03-05", title="Border post shelled", outlet="Nile Courier")
    else:
        yield build_article("Markets were calm.", published="2025-03-06", title="Second", outlet="Horn Dispatch")


def perfect_corpus_answer(article: Article) -> dict[str, Any]:
    if "shelled" not in article.text:
        return {}
    start = article.text.index("We will")
    tuesday = article.text.index("Tuesday")
    return {
        "events": [make_event("ASSAULT", source={"country": "EGY", "sector": "MIL"},
                              target={"country": "SDN", "sector": "MIL"}, date="2025-03-04", trigger="shelled")],
        "quotes": [Quote(id="q", text="We will respond,", kind="direct", date=EventDate(),
                         speaker=Actor(name="Sudan military", text="the Sudanese army spokesman", country="SDN",
                                       sector="MIL"), start=start, end=start + 16, sentence=1)],
        "timexes": [Timex(text="on Tuesday", type="DATE", value="2025-03-04", start=tuesday - 3, end=tuesday + 7)],
    }


def test_corpus_perfect_and_empty(tmp_path: Path) -> None:
    gold, corpus, _ = corpus_fixture(tmp_path)
    perfect = by_name(gold_events.evaluate_corpus(fake_system(perfect_corpus_answer), gold, corpus,
                                                  read_inputs=fake_read_inputs))
    assert perfect["articles matched"].value == pytest.approx(2 / 3)
    for name in ("type+dyad F1", "quote F1", "quote speaker country accuracy", "timex relaxed span F1",
                 "timex value accuracy", "date accuracy"):
        assert perfect[name].value == 1.0, name
    empty = by_name(gold_events.evaluate_corpus(empty_system(), gold, corpus, read_inputs=fake_read_inputs))
    assert empty["quote F1"].value == 0.0
    assert empty["timex relaxed span R"].value == 0.0


def test_corpus_quote_needs_half_the_words() -> None:
    gold = [{"content": "We will respond to any attack on our soil"}]
    close = Quote(id="q", text="We will respond to any attack", kind="direct", date=EventDate(), start=0, end=1,
                  sentence=0)
    far = close.model_copy(update={"text": "respond"})
    assert gold_events.match_quotes(gold, [close]) == [(0, 0)]
    assert gold_events.match_quotes(gold, [far]) == []
    assert token_f1("a b", "a b") == 1.0


# --- actors -----------------------------------------------------------------------------------

MENTIONS = [
    {"id": "ac-1", "text": "Beijing warned Manila.", "published": "2023-03-01",
     "mentions": [{"text": "Beijing", "start": 0, "end": 7, "country": "CHN", "sector": "GOV"},
                  {"text": "Manila", "start": 15, "end": 21, "country": "PHL", "sector": "GOV"}]},
    {"id": "ac-2", "text": "Pakistani troops crossed.", "published": "2023-03-01",
     "mentions": [{"text": "Pakistani troops", "start": 0, "end": 16, "country": "PAK", "sector": "MIL"}]},
]


def mention_system(transform: Callable[[dict[str, Any]], tuple[str | None, str | None]] | None = None):
    table = gold_by_text(MENTIONS)

    def answer(article: Article) -> dict[str, Any]:
        entities = []
        for m in table[article.text]["mentions"]:
            country, sector = transform(m) if transform else (m["country"], m["sector"])
            entities.append(Entity(text=m["text"], label="GPE", start=m["start"], end=m["end"],
                                   actor=Actor(name=m["text"], text=m["text"], country=country, sector=sector)))
        entities.append(Entity(text="crossed", label="X", start=0, end=1))  # no actor: ignored
        return {"entities": entities}

    return fake_system(answer)


def test_actor_mentions_perfect_empty_and_half(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "actors" / "mentions.jsonl", MENTIONS)
    perfect = by_name(gold_actors.evaluate(mention_system(), tmp_path))
    assert perfect["mention F1"].value == 1.0
    assert perfect["code accuracy"].value == 1.0
    empty = by_name(gold_actors.evaluate(empty_system(), tmp_path))
    assert empty["mention F1"].value == 0.0
    # Right countries everywhere, wrong sector on two of three mentions.
    half = by_name(gold_actors.evaluate(
        mention_system(lambda m: (m["country"], "GOV")), tmp_path))
    assert half["country accuracy"].value == 1.0
    assert half["code accuracy"].value == pytest.approx(2 / 3)


# --- GeoWebNews -------------------------------------------------------------------------------

GWN_TEXT = "Troops left Paris for Lyon. France protested. The French delegation met in Berlin."


def _toponym_xml(name: str, type_: str, start: int, geonameid: str = "", lat: str = "", lon: str = "") -> str:
    coords = f"<geonamesID>{geonameid}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude>" \
        if lat else ""
    return (f"<toponym><extractedName>{name}</extractedName><type>{type_}</type><nonLocational>No</nonLocational>"
            f"<start>{start}</start><end>{start + len(name)}</end>{coords}</toponym>")


def gwn_fixture(tmp_path: Path) -> Path:
    t = GWN_TEXT
    toponyms = "".join([
        _toponym_xml("Paris", "Literal", t.index("Paris"), "2988507", "48.85341", "2.3488"),
        _toponym_xml("Lyon", "Literal", t.index("Lyon"), "2996944", "45.74846", "4.84671"),
        _toponym_xml("France", "Metonymic", t.index("France"), "3017382", "46.0", "2.0"),
        _toponym_xml("French", "Demonym", t.index("French")),
        _toponym_xml("Berlin", "Literal", t.index("Berlin"), "2950159", "52.52437", "13.41053"),
    ])
    directory = tmp_path / "geowebnews"
    directory.mkdir()
    (directory / "GWN.xml").write_text(
        f'<?xml version="1.0" ?><articles><article file="0"><title>T</title><link>l</link><text>{t}</text>'
        f"<toponyms>{toponyms}</toponyms></article></articles>", encoding="utf-8")
    return directory


def place_entity(name: str, lat: float | None, lon: float | None, geonameid: int | None, country: str) -> Entity:
    start = GWN_TEXT.index(name)
    return Entity(text=name, label="GPE", start=start, end=start + len(name),
                  place=Place(name=name, lat=lat, lon=lon, geonameid=geonameid, country=country))


def test_geowebnews_scores(tmp_path: Path) -> None:
    data = gwn_fixture(tmp_path)
    perfect = fake_system(lambda a: {"entities": [
        place_entity("Paris", 48.85341, 2.3488, 2988507, "FRA"),
        place_entity("Lyon", 45.74846, 4.84671, 2996944, "FR"),
        place_entity("Berlin", 52.52437, 13.41053, 2950159, "DEU"),
        place_entity("France", 46.0, 2.0, 3017382, "FRA"),  # metonymic: neither right nor wrong
    ]})
    metrics = by_name(geowebnews.evaluate(perfect, data))
    assert metrics["geotagging literal P"].value == 1.0
    assert metrics["geotagging literal R"].value == 1.0
    assert metrics["accuracy@161km"].value == 1.0
    assert metrics["median error km"].value == pytest.approx(0.0, abs=1e-6)
    assert metrics["geonames id accuracy"].value == 1.0
    assert metrics["country accuracy"].value == 1.0
    assert metrics["country accuracy"].n == 3

    # Berlin placed in Paris (about 880 km off), Lyon missed, a spurious place added.
    half = fake_system(lambda a: {"entities": [
        place_entity("Paris", 48.85341, 2.3488, 2988507, "FRA"),
        place_entity("Berlin", 48.85341, 2.3488, 2988507, "FRA"),
        Entity(text="Troops", label="X", start=0, end=6, place=Place(name="Troops")),
    ]})
    metrics = by_name(geowebnews.evaluate(half, data))
    assert metrics["geotagging literal P"].value == pytest.approx(2 / 3)
    assert metrics["geotagging literal R"].value == pytest.approx(2 / 3)
    assert metrics["accuracy@161km"].value == 0.5
    assert metrics["mean error km"].value == pytest.approx(878 / 2, abs=5)  # Paris 0 km, Berlin ~878 km
    assert metrics["country accuracy"].value == 0.5

    empty = by_name(geowebnews.evaluate(empty_system(), data))
    assert empty["geotagging literal F1"].value == 0.0


def test_haversine_known_distance() -> None:
    assert geowebnews.haversine_km(48.85341, 2.3488, 52.52437, 13.41053) == pytest.approx(878, abs=5)


# --- PETRARCH ---------------------------------------------------------------------------------

PETR_RECORDS = """<Validation><Sentences>
<Sentence date="19950101" id="T-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic
ties with Gondor.
</Text></Sentence>
<Sentence date="19950101" id="T-02" category="DEMO">
<EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="173"></EventCoding>
<Text>The Gondor government arrested envoys from Mordor.</Text></Sentence>
<Sentence date="19950101" id="T-03" category="DEMO">
<EventCoding noevents = "True"></EventCoding>
<Text>Arnor enjoyed the weather.</Text></Sentence>
<Sentence date="19950101" id="T-04" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>BREE: -- nothing.</Text></Sentence>
<Sentence date="19950101" id="T-05" category="SYNSET">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="903"></EventCoding>
<Text>Arnor forged new tie types with Gondor.</Text></Sentence>
</Sentences></Validation>
"""

PETR_ACTORS = """<!-- test -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
MORDOR  [MOR] # dark
SAM_GAMGEE [HOB]
\t[HOBMIL 20080120-20121109]
"""


def petr_fixture(tmp_path: Path) -> Path:
    directory = tmp_path / "petrarch2-unittest"
    directory.mkdir()
    (directory / petrarch.RECORDS_FILE).write_text(PETR_RECORDS, encoding="utf-8")
    (directory / petrarch.ACTORS_FILE).write_text(PETR_ACTORS, encoding="utf-8")
    return directory


def petr_answer(article: Article) -> dict[str, Any]:
    if article.text.startswith("Arnor is"):
        return {"events": [make_event("COOPERATE", source={}, target={}, source_text="Arnor",
                                      target_text="Gondor", cameo="064")]}
    if article.text.startswith("The Gondor"):
        return {"events": [make_event("COERCE", source={"sector": "GOV"}, target={}, source_text="The Gondor government",
                                      target_text="envoys from Mordor", cameo="173")]}
    return {}


def test_petrarch_records_and_scores(tmp_path: Path) -> None:
    data = petr_fixture(tmp_path)
    records, skipped = petrarch.load_records(data / petrarch.RECORDS_FILE)
    assert [r.id for r in records] == ["T-01", "T-02", "T-03"]
    assert skipped == 2
    assert records[0].text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert records[2].negative

    perfect = by_name(petrarch.evaluate(fake_system(petr_answer), data))
    for name in ("CAMEO root F1", "triple F1", "full code accuracy (root-matched)", "records exactly right",
                 "negative records left empty"):
        assert perfect[name].value == 1.0, name

    def noisy(article: Article) -> dict[str, Any]:
        answer = petr_answer(article)
        if article.text.startswith("Arnor enjoyed"):
            answer = {"events": [make_event("ASSAULT", source={}, target={}, source_text="Arnor", cameo="190")]}
        if article.text.startswith("The Gondor"):
            answer["events"] = [answer["events"][0].model_copy(update={"cameo": "172"})]
        return answer

    metrics = by_name(petrarch.evaluate(fake_system(noisy), data))
    assert metrics["CAMEO root P"].value == pytest.approx(2 / 3)
    assert metrics["CAMEO root R"].value == 1.0
    assert metrics["full code accuracy (root-matched)"].value == 0.5
    assert metrics["triple R"].value == 0.5
    assert metrics["negative records left empty"].value == 0.0
    assert by_name(petrarch.evaluate(empty_system(), data))["triple F1"].value == 0.0


def test_petrarch_dated_actor_codes() -> None:
    dictionary = petrarch.ActorDictionary.from_entries(petrarch.parse_actor_dictionary(PETR_ACTORS))
    assert dictionary.lookup("Sam Gamgee", 20100101) == "HOBMIL"
    assert dictionary.lookup("Sam Gamgee", 19990101) == "HOB"
    assert dictionary.lookup("officials in Minas Tirith", 19990101) == "GON"
    assert dictionary.lookup("Arnorian", 19990101) is None  # trailing _ means the whole word
    assert petrarch.code_actor(None, dictionary, 19990101) == "---"
    assert petrarch.code_actor(Actor(name="g", text="the government", sector="GOV"), dictionary, 1) == "---GOV"


# --- harness ----------------------------------------------------------------------------------

def test_harness_skips_absent_data_cleanly(tmp_path: Path) -> None:
    skipped: list[Skipped] = []
    metrics = run_eval(empty_system(), gold_dir=tmp_path / "gold", shared_dir=tmp_path / "nowhere",
                       skipped=skipped)
    assert metrics == []
    assert {note.suite for note in skipped} == {name for name, _ in SUITES}
    assert not any(note.error for note in skipped)
    metrics = run_eval(empty_system(), gold_dir=tmp_path / "gold", shared_dir=None, skipped=[])
    assert metrics == []


def test_harness_runs_present_suites(gold_dir: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    petr_fixture(shared)
    skipped: list[Skipped] = []
    metrics = run_eval(perfect_event_system(SENTENCES), gold_dir=gold_dir, shared_dir=shared, skipped=skipped)
    suites = {m.suite for m in metrics}
    assert suites == {"gold/events/sentences", "shared/petrarch"}
    assert "shared/geowebnews" in {note.suite for note in skipped}
    limited = run_eval(perfect_event_system(SENTENCES), gold_dir=gold_dir, shared_dir=None, limit=2,
                       suites=["gold/events"])
    assert by_name(limited)["type F1"].n == 2


def test_missing_suite_module_is_skipped_and_crash_is_marked(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()

    def crash(extract_many, locations, limit):
        raise RuntimeError("boom")

    skipped: list[Skipped] = []
    registry = [("shared/none", _shared_suite("eventwire.evaluate.no_such_suite", "data")), ("x/crash", crash)]
    assert run_eval(empty_system(), gold_dir=tmp_path, shared_dir=tmp_path, registry=registry,
                    skipped=skipped) == []
    assert [(n.suite, n.error) for n in skipped] == [("shared/none", False), ("x/crash", True)]
    assert "not written yet" in skipped[0].reason


def test_check_floors(tmp_path: Path) -> None:
    metrics = [Metric("gold/events", "eventwire", "type+dyad F1", 0.50, 10),
               Metric("shared/geowebnews", "eventwire", "median error km", 40.0, 5)]
    floors = tmp_path / "eval_floors.json"
    floors.write_text(json.dumps({"gold/events/eventwire/type+dyad F1": 0.6,
                                  "shared/geowebnews/eventwire/median error km": 30.0,
                                  "shared/polnear/eventwire/quote F1": 0.4,
                                  "gold/actors/eventwire/mention F1": 0.4}), encoding="utf-8")
    failures = check_floors(metrics, floors, [Skipped("shared/polnear", "absent")])
    assert len(failures) == 3
    assert any("type+dyad F1: 0.500 below the pinned floor 0.600" in f for f in failures)
    assert any("median error km" in f and "ceiling" in f for f in failures)
    assert any("gold/actors/eventwire/mention F1: missing" in f for f in failures)
    floors.write_text(json.dumps(suggest_floors(metrics)), encoding="utf-8")
    assert check_floors(metrics, floors) == []
    assert check_floors(metrics, tmp_path / "absent.json") == []


def test_render_table_and_json(tmp_path: Path) -> None:
    metrics = [Metric("a", "eventwire", "type F1", 0.5, 2), Metric("a", "eventwire", "type [AID] F1", 1.0, 1),
               Metric("b", "dateparser", "value accuracy", 0.25, 4)]
    assert render_table(metrics).row_count == 3
    assert render_table(metrics, brief=True).row_count == 2
    path = tmp_path / "out" / "metrics.json"
    write_json(metrics, path, [Skipped("c", "absent")])
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["metrics"][2] == {"suite": "b", "system": "dateparser", "name": "value accuracy",
                                   "value": 0.25, "n": 4}
    assert saved["skipped"][0]["suite"] == "c"


def test_match_greedy_prefers_best_score() -> None:
    pairs = match_greedy([1, 2], [2, 1], lambda g, p: 1.0 if g == p else 0.1)
    assert pairs == [(0, 1), (1, 0)]


def test_corpus_article_ingest_missed_counts_as_missed(tmp_path: Path) -> None:
    gold, corpus, records = corpus_fixture(tmp_path)
    records[2]["events"] = [gold_event("PROTEST", {"country": "SDN", "sector": "CVL"}, None, trigger="rallied")]
    write_jsonl(gold / "corpus" / "gold.jsonl", records)
    metrics = by_name(gold_events.evaluate_corpus(fake_system(perfect_corpus_answer), gold, corpus,
                                                  read_inputs=fake_read_inputs))
    assert metrics["type+dyad P"].value == 1.0
    assert metrics["type+dyad R"].value == 0.5
