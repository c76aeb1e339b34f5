"""Training and checking the learned side filler (eventwire/evaluate/side_training.py)."""
from __future__ import annotations

import json

import pytest

from eventwire.evaluate import side_training as st
from eventwire.evaluate.gold_events import EventUnit
from eventwire.extract.events import side_model as sm
from eventwire.models import Actor, Event, EventDate, Evidence, Span


def _values(**set_to: float) -> dict[str, float]:
    values = {name: 0.0 for name in sm.FEATURES}
    values.update(set_to)
    return values


def _actor(country: str, sector: str = "GOV") -> Actor:
    return Actor(name=country, text=country, country=country, sector=sector, code=country + sector)


def _event(source: Actor | None, target: Actor | None, kind: str) -> Event:
    return Event(id="e1", type=kind, cameo="036", goldstein=4.0, quad_class=1, source=source, target=target,
                 date=EventDate(), trigger=Span(text="offered", start=0, end=7),
                 evidence=Evidence(sentence=1, start=0, end=7, text="offered"), confidence=0.7)


def test_training_on_a_synthetic_set_learns_the_obvious():
    # the right country is the one named in the event's sentence; the others are named further back
    rows = []
    for group in range(40):
        rows.append(st.Row(_values(in_sentence=1.0, mention_share=0.3), 1, ("toy", group, 0)))
        rows.append(st.Row(_values(two_three_back=1.0, mention_share=0.3), 0, ("toy", group, 0)))
        rows.append(st.Row(_values(two_three_back=1.0, mention_share=0.1), 0, ("toy", group, 0)))
    model = st.fit_side_model(rows, threshold=0.5)
    assert model.weights["in_sentence"] > 0 > model.weights["two_three_back"]
    assert model.probability(_values(in_sentence=1.0, mention_share=0.3)) > 0.5
    assert model.probability(_values(two_three_back=1.0, mention_share=0.3)) < 0.5


def test_training_refuses_labels_of_one_kind():
    rows = [st.Row(_values(in_sentence=1.0), 0, ("toy", i, 0)) for i in range(5)]
    with pytest.raises(ValueError):
        st.fit_side_model(rows)


def test_model_json_round_trips():
    model = sm.SideModel(weights={name: 0.1 for name in sm.FEATURES}, intercept=-1.0, threshold=0.45)
    text = st.model_json(model, [st.Row(_values(), 1, ("toy", 0, 0))], ["toy"])
    again = sm.model_from_dict(json.loads(text))
    assert again == model


def test_gold_files_list_the_allowed_sets_present_and_extra_paths(tmp_path):
    events = tmp_path / "events"
    events.mkdir()
    for name in ("articles", "articles5", "heldout"):
        (events / f"{name}.jsonl").write_text("", encoding="utf-8")
    extra = tmp_path / "fresh.jsonl"
    files = st.gold_files(tmp_path, [extra])
    assert list(files) == ["articles", "articles5", "fresh"]
    assert "heldout" not in files and files["fresh"] == extra


def _offer_set(gold_target: str | None) -> st.Collected:
    """One unit: an AGREE by Norway with its target empty, two candidates (Colombia, Venezuela)."""
    offer = _event(_actor("NOR"), None, "AGREE")
    gold = {"type": "AGREE", "source": {"country": "NOR"},
            "target": {"country": gold_target} if gold_target else None}
    options = [sm.Candidate("target", _actor("COL"), _values(in_sentence=1.0)),
               sm.Candidate("target", _actor("VEN"), _values(two_three_back=1.0))]
    return st.Collected("toy", [EventUnit("2025-03-04", [gold], [offer])], [[options]])


def test_rows_are_labelled_by_the_gold_sides_country():
    rows = st.labelled_rows(_offer_set("COL"))
    assert [r.label for r in rows] == [1, 0] and rows[0].group == ("toy", 0, 0)
    assert [r.label for r in st.labelled_rows(_offer_set(None))] == [0, 0], "an empty gold side labels all 0"
    # a side the filler never fills gives no rows
    never = sm.SideModel({}, 0.0, 0.5, unguessed_targets=frozenset({"AGREE"}))
    assert st.labelled_rows(_offer_set("COL"), never) == []


def test_fill_outcomes_and_figures_count_a_right_and_a_wrong_fill():
    sure = sm.SideModel({"in_sentence": 5.0}, 0.0, 0.5)
    assert st.fill_outcomes(_offer_set("COL"), sure) == {"right": 1, "wrong": 0, "empty": 0, "kept_empty": 0}
    assert st.fill_outcomes(_offer_set(None), sure)["wrong"] == 1
    assert st.fill_outcomes(_offer_set("COL"), sure.with_threshold(0.999))["empty"] == 1
    off, filled = st.scored_figures(_offer_set("COL"), None), st.scored_figures(_offer_set("COL"), sure)
    assert off["type F1"] == filled["type F1"] == 1.0
    assert off["type+dyad F1"] == 0.0 and filled["type+dyad F1"] == 1.0


def test_leave_one_set_out_holds_out_each_blind_set_in_turn():
    sets = {name: _offer_set("COL") for name in ("articles", "articles2", "articles3")}
    assert st.blind_sets(sets) == ["articles2", "articles3"]
    assert st.blind_sets(sets, ["articles"]) == ["articles2", "articles3", "articles"]
    table = st.leave_one_set_out(sets)
    assert [(line["set"], line["model"]) for line in table] == [
        ("articles2", "off"), ("articles2", f"fill@{st.DEFAULT_THRESHOLD}"),
        ("articles3", "off"), ("articles3", f"fill@{st.DEFAULT_THRESHOLD}")]
    assert all(line["right"] == 1 and line["wrong"] == 0 for line in table if line["model"] != "off")
