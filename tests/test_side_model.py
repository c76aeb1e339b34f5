"""The learned filler for event sides the rules leave empty (eventwire/extract/events/side_model.py)."""
from __future__ import annotations

from conftest import events_without
from eventwire.extract.events import side_model as sm
from eventwire.models import Actor, Event, EventDate, Evidence, Span

MEDIATION = ("Colombia's government and the ELN rebels resumed peace talks in Caracas on Monday. The army will "
             "send 800 more soldiers to Cauca, the defence minister said. Norway offered to help with the negotiations.")


def _values(**set_to: float) -> dict[str, float]:
    values = {name: 0.0 for name in sm.FEATURES}
    values.update(set_to)
    return values


def _event(source: Actor | None, target: Actor | None, kind: str = "ACCUSE") -> Event:
    return Event(id="e1", type=kind, cameo="111", goldstein=-2.0, quad_class=3, source=source, target=target,
                 date=EventDate(), trigger=Span(text="condemned", start=0, end=9),
                 evidence=Evidence(sentence=0, start=0, end=9, text="condemned"), confidence=0.7)


def _actor(country: str, sector: str = "GOV") -> Actor:
    return Actor(name=country, text=country, country=country, sector=sector, code=country + sector)


def test_packaged_model_loads_and_scores():
    model = sm.load_side_model()
    assert set(model.weights) == set(sm.FEATURES)
    assert 0.0 < model.threshold < 1.0
    near = model.probability(_values(in_sentence=1.0, main_country=1.0, mention_share=0.5, before_trigger=1.0))
    far = model.probability(_values(two_three_back=1.0, regional_or_igo=1.0))
    assert 0.0 <= far < near <= 1.0


def test_filler_leaves_the_side_empty_below_the_threshold():
    event = _event(_actor("KEN", "CVL"), None)
    candidate = sm.Candidate("target", _actor("KEN"), _values(in_sentence=1.0))
    model = sm.SideModel(weights={"in_sentence": 1.0}, intercept=0.0, threshold=0.9)   # p = 0.73
    assert sm.filled_events([event], [[candidate]], model) == [event]
    filled = sm.filled_events([event], [[candidate]], model.with_threshold(0.7))[0]
    assert filled.target == candidate.actor
    assert "target-inferred" in filled.context and filled.source == event.source


def test_filler_takes_the_most_probable_candidate_and_flags_a_source():
    event = _event(None, _actor("UKR"))
    weak = sm.Candidate("source", _actor("FRA"), _values(two_three_back=1.0))
    strong = sm.Candidate("source", _actor("RUS"), _values(in_sentence=1.0))
    model = sm.SideModel(weights={"in_sentence": 2.0, "two_three_back": -2.0}, intercept=0.0, threshold=0.5)
    filled = sm.filled_events([event], [[weak, strong]], model)[0]
    assert filled.source.country == "RUS" and "source-inferred" in filled.context


def _offer(events):
    return next(e for e in events if e.type == "AGREE" and e.trigger.text == "offered")


def test_pipeline_fills_an_offers_target_from_the_article(nlp):
    doc = nlp.make_doc(MEDIATION)
    doc._.published = "2025-03-04"
    offer = _offer(nlp(doc)._.events)
    assert offer.source.country == "NOR"
    assert offer.target is not None and offer.target.country == "COL"
    assert "target-inferred" in offer.context


def test_candidates_come_from_the_doc_and_some_sides_are_never_guessed(nlp):
    component = nlp.get_pipe("eventwire_events")
    # the events as the filler meets them: before it, and before the keeper's cut (keep_model.py)
    saved = component.side_model, component.keep_model
    component.side_model = component.keep_model = None
    try:
        doc = nlp.make_doc(MEDIATION)
        doc._.published = "2025-03-04"
        doc = nlp(doc)
    finally:
        component.side_model, component.keep_model = saved
    events = list(doc._.events)
    per_event = sm.side_candidates(doc, events)
    offer = events.index(_offer(events))
    assert events[offer].target is None
    assert "COL" in {c.country for c in per_event[offer]}
    assert all(set(c.values) == set(sm.FEATURES) for c in per_event[offer])
    assert all(c.actor.code != "NORGOV" for c in per_event[offer]), "no party is offered its own side"
    # the aim of a threat is left to the rules; an unnamed attacker may be guessed (seventeenth pass)
    attack = _event(None, _actor("COL", "CVL"), kind="ASSAULT")
    threat = _event(_actor("NOR"), None, kind="THREATEN")
    attackers, aims = sm.side_candidates(doc, [attack, threat], sm.load_side_model())
    assert attackers and all(c.side == "source" for c in attackers) and aims == []
    # without a model every side is a candidate (training sees them all)
    assert all(sm.side_candidates(doc, [attack, threat]))
    # a state's accusation may have its aim guessed from the countries named near it; a private
    # speaker's complaint never (the rules' counterpart guess has the same guard)
    accusation = _event(_actor("NOR"), None, kind="ACCUSE")
    complaint = _event(_actor("NOR", "CVL"), None, kind="ACCUSE")
    guessed, private = sm.side_candidates(doc, [accusation, complaint], sm.load_side_model())
    assert {c.country for c in guessed} == {"COL"} and private == []


def test_a_one_sentence_doc_is_never_filled(nlp):
    doc = nlp.make_doc("Norway offered on Monday to help Colombia's government with the negotiations in Caracas.")
    doc._.published = "2025-03-04"
    doc = nlp(doc)
    assert sm.side_candidates(doc, [_event(_actor("NOR"), None, kind="AGREE")]) == [[]]


def test_config_switch_turns_the_filler_off():
    from eventwire.nlp import build_pipeline

    # the keeper off too: it may drop the offer once its target stays empty (keep_model.py)
    off = build_pipeline(overrides={"eventwire_events": {"fill_sides": False, "keep_events": False}})
    assert off.get_pipe("eventwire_events").side_model is None
    doc = off.make_doc(MEDIATION)
    doc._.published = "2025-03-04"
    assert _offer(off(doc)._.events).target is None


# --- the exclusions, kept in the model file ---------------------------------------------------------

def test_the_packaged_filler_never_guesses_a_threats_aim_but_may_guess_a_harm_acts_doer():
    model = sm.load_side_model()
    assert model.guesses("ASSAULT", "source") and model.guesses("COERCE", "source")
    assert not model.guesses("THREATEN", "target")
    assert model.guesses("ASSAULT", "target") and model.guesses("AGREE", "source")
    assert model.guesses("ACCUSE", "target") and model.guesses("REJECT", "target")


def test_a_reactions_aim_is_never_a_country_another_country_attacked():
    text = ("An Eritrean drone struck a bus near Humera on Monday, killing six Ethiopian farmers. "
            "Residents said the road was closed. Ethiopia's prime minister condemned the killing.")
    # the filler's output before the keeper's cut, which may drop a condemnation left with no aim
    reactions = [e for e in events_without(("keep_events",), text, "2025-03-04") if e.type == "ACCUSE"]
    assert reactions and all(e.target is None or e.target.country != "ETH" for e in reactions)


def test_an_excluded_side_is_not_filled_even_by_a_sure_model():
    event = _event(None, _actor("UKR"), kind="ASSAULT")
    candidate = sm.Candidate("source", _actor("RUS"), _values(in_sentence=1.0))
    sure = sm.SideModel(weights={"in_sentence": 9.0}, intercept=0.0, threshold=0.5,
                        unguessed_sources=frozenset({"ASSAULT"}))
    assert sm.filled_events([event], [[candidate]], sure) == [event]
    assert sm.filled_events([event], [[candidate]], sm.SideModel(sure.weights, 0.0, 0.5))[0].source == candidate.actor


def test_a_reaction_to_a_texts_wording_gets_no_guessed_aim(nlp):
    text = ("Egypt and Ethiopia traded accusations over the dam on Monday. The council met behind closed doors "
            "on Tuesday. Diplomats said Russia had objected to language that named Ethiopia as responsible.")
    # before the keeper's cut, which may drop an objection left with no aim (keep_model.py)
    objections = [e for e in events_without(("keep_events",), text, "2025-03-04") if e.trigger.text == "objected"]
    assert objections and all(e.target is None for e in objections)
