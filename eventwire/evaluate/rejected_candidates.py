"""Why lexicon candidates were not coded, measured on the allowed gold::

    python -m eventwire.evaluate.rejected_candidates measure   # per reason / per reading, and missed gold by reason
    python -m eventwire.evaluate.rejected_candidates list      # every rejected candidate with a gold event or would-be events
    python -m eventwire.evaluate.rejected_candidates reopen    # pooled articles2-6 what-if ceilings (add, oracle)

Every token the trigger index offers (a lexicon lemma) is traced through the coder's own steps
(``component._Coder``): no lexicon entry fitted it, it was absorbed into another event, it sits under a
denial, it is the content of another trigger, a reading held (which one: the first the index tries
that holds, as ``Readings.is_not_an_event`` stops there), the roles gave no event, a post-build filter
(sport, a repeated conjunct, a later mention) or the casualty merge took it, the confidence cut,
``require_actor``, the keeper's cut (keep_model.py), the retelling merge or a headline re-parse. A
candidate is *rejected* when no final event of ``doc._.events`` sits on it. It is labelled by whether a gold event of its type (for an
unmatched token: of a type its lemma's entries give) has a trigger overlapping the token's text and
written in the token's sentence, and whether that gold event was missed by the final events.

The gold sets and their reading are those of ``side_training`` (the heldout files are never read).
Run from the repository root. The figures are in docs/events.md, "Tenth pass: rejected candidates
measured".
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.gold_events import EventUnit, match_events, score_event_units
from eventwire.evaluate.side_training import BLIND_SETS, CORPUS_SET, corpus_inputs, file_inputs, gold_files, gold_runs
from eventwire.extract.extensions import sentence_of
from eventwire.extract.events.component import _Coder
from eventwire.extract.events.headlines import is_title_case
from eventwire.extract.events.keep_model import KEEPER_DROPPED
from eventwire.extract.events.lexicon import Trigger
from eventwire.extract.events.mentions import telling_order, without_retold
from eventwire.extract.events.triggers import ATTRIBUTIVE_DEPS, children_kept
from eventwire.models import Event

PROG = "python -m eventwire.evaluate.rejected_candidates"
READING_PREFIX = "reading:"
CONSTRAINED = "no entry: constraints or sense test"


@dataclass
class Traced:
    """One rejected candidate: its token's place and text, the reason it was not coded, the types it
    could have had, the events it would have given had its reading not held (readings only), and its
    gold labels."""

    set_name: str
    unit: int
    token_start: int
    text: str
    sentence: str
    reason: str
    types: tuple[str, ...]
    pos: str
    dep: str
    would_be: list[Event] = field(default_factory=list)
    gold_on_trigger: bool = False
    gold_missed: bool = False
    missed_gold: tuple[int, ...] = ()
    missed_types: tuple[str, ...] = ()


@dataclass
class TracedSet:
    """One gold set: its units (final events) and its rejected candidates."""

    name: str
    units: list[EventUnit]
    rejected: list[Traced]


def _lemma_types(coder: _Coder, token) -> tuple[str, ...]:
    """The types the lexicon entries of ``token``'s lemma may give, for a token no entry fitted."""
    entries = coder.lexicon.verbs if token.pos_ in ("VERB", "AUX", "ADJ") else coder.lexicon.nouns
    return tuple(sorted({t.type for t in entries.get(token.lemma_.lower(), ())}))


def _unmatched_reason(coder: _Coder, token) -> str:
    """Why no lexicon entry was matched for ``token``: an attributive participle, a part of speech
    the coder does not take (adjective, adverb...), no entry of its part of speech, or its entries'
    constraints (object, particle, subject, voice, frame) or a sense test of ``match`` said no."""
    if token.dep_ in ATTRIBUTIVE_DEPS and token.tag_ in ("VBN", "VBG", "JJ"):
        return "no entry: attributive participle"
    verbal = token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN")
    if not verbal and token.pos_ not in ("NOUN", "PROPN"):
        return "no entry: part of speech"
    entries = coder.lexicon.verbs if verbal else coder.lexicon.nouns
    if not entries.get(token.lemma_.lower()):
        return "no entry: lemma is of the other part of speech"
    return CONSTRAINED


def _relaxed_events(coder: _Coder, token) -> list[Event]:
    """The events ``token`` would give under the first lexicon entry of each type of its lemma, had
    the entries' constraints not been asked (a what-if for "no entry: constraints or sense test")."""
    verbal = token.pos_ in ("VERB", "AUX", "ADJ")
    entries = (coder.lexicon.verbs if verbal else coder.lexicon.nouns).get(token.lemma_.lower(), ())
    firsts: dict[str, Trigger] = {}
    for entry in entries:
        firsts.setdefault(entry.type, entry)
    return [e for entry in firsts.values() for e in _hypothetical_build(coder, token, entry)]


def _first_reading(coder: _Coder, token, trigger: Trigger) -> str | None:
    """The name of the first reading the index tries that holds for ``token`` (None: none holds)."""
    names = coder.component.readings.readings_for(trigger)
    functions = coder.component.readings.functions_for(trigger)
    for (name, _), (function, takes_trigger) in zip(names, functions):
        if function(coder, token, trigger) if takes_trigger else function(coder, token):
            return name
    return None


def _hypothetical_build(coder: _Coder, token, trigger: Trigger) -> list[Event]:
    """The events ``token`` would have given had nothing ruled it out, with the coder's state kept."""
    saved = (set(coder.absorbed), set(coder.refusals), dict(coder.mentioned), list(coder.coded))
    try:
        return list(coder.build(token, trigger))
    finally:
        coder.absorbed, coder.refusals, coder.mentioned, coder.coded = saved


def _coder_reasons(doc, component) -> dict[int, tuple[str, tuple[str, ...], list[Event], list[Event]]]:
    """Per candidate token index: (reason, types, would-be events, built events) following
    ``_Coder.code`` step by step; the reason of a token that was built is "built"."""
    out: dict[int, tuple[str, tuple[str, ...], list[Event], list[Event]]] = {}
    with children_kept(doc):
        coder = _Coder(doc, component)
        found, unmatched = [], []
        for token in coder.candidate_tokens():
            trigger = coder.match(token)
            if trigger:
                found.append((token, trigger))
            else:
                out[token.i] = (_unmatched_reason(coder, token), _lemma_types(coder, token), [], [])
                unmatched.append(token)
        coder.triggers = {token.i: trigger for token, trigger in found}
        order = {token.i: rank for rank, token in enumerate(telling_order(doc, [t for t, _ in found]))}
        found.sort(key=lambda pair: order[pair[0].i])
        built: dict[int, list[Event]] = {}
        coder.coded = []
        for token, trigger in found:
            types = (trigger.type,)
            if token.i in coder.absorbed:
                out[token.i] = ("absorbed", types, [], [])
                continue
            if coder.under_denial(token):
                out[token.i] = ("under denial", types, _hypothetical_build(coder, token, trigger), [])
                continue
            if coder.is_content_of_trigger(token):
                out[token.i] = ("content of trigger", types, _hypothetical_build(coder, token, trigger), [])
                continue
            if coder.is_not_an_event(token, trigger):
                name = _first_reading(coder, token, trigger) or "?"
                out[token.i] = (READING_PREFIX + name, types, _hypothetical_build(coder, token, trigger), [])
                continue
            made = coder.build(token, trigger)
            kept = [e for e in made if not coder.is_sport_event(token, e) and not coder.repeats_conjunct(token, e, built)
                    and not coder.mentions_earlier_event(token, e)]
            built[token.i] = kept
            coder.coded.extend(kept)
            reason = "built" if kept else ("no roles / build gave none" if not made else "post-build filter")
            out[token.i] = (reason, types, [], kept)
        before = set(i for i, events in built.items() if events)
        coder.merge_casualty_reports(built)
        for index in before - set(built):
            reason, types, _, kept = out[index]
            out[index] = ("merged into attack", types, [], kept)
        for token in unmatched:
            reason, types, _, _ = out[token.i]
            if reason == CONSTRAINED:
                out[token.i] = (reason, types, _relaxed_events(coder, token), [])
    return out


def _final_reason(reason: str, built: list[Event], component, token) -> str:
    """For a built token with no final event: which later step dropped it (the keeper records the
    triggers whose every event it dropped, ``keep_model.KEEPER_DROPPED``)."""
    if reason != "built":
        return reason
    if all(e.confidence < component.min_confidence for e in built):
        return "confidence cut"
    kept = [e for e in built if e.confidence >= component.min_confidence]
    if not any(component.keeps(e) for e in kept):
        return "require_actor"
    if token.idx in token.doc.user_data.get(KEEPER_DROPPED, ()):
        return "keeper cut"
    return "merged as retold"


def trace_doc(doc, component) -> list[tuple]:
    """(token, reason, types, would-be events) for every rejected candidate of a processed ``doc``."""
    final_starts = {e.trigger.start for e in doc._.events or []}
    titled = [(s.start_char, s.end_char) for s in doc.sents if is_title_case(s)]
    rejected = []
    for index, (reason, types, would_be, built) in sorted(_coder_reasons(doc, component).items()):
        token = doc[index]
        if token.idx in final_starts:
            continue
        if any(a <= token.idx < b for a, b in titled):
            reason = "headline re-parse"
        else:
            reason = _final_reason(reason, built, component, token)
        kept = [e for e in would_be if component.keeps(e)]
        if reason == "require_actor":   # what-if: the actorless events over the cut
            kept = [e for e in built if e.confidence >= component.min_confidence]
        rejected.append((token, reason, types, kept))
    return rejected


def _overlaps(gold_trigger: str, text: str) -> bool:
    g, p = gold_trigger.lower().strip(), text.lower().strip()
    return bool(g and p and (g in p or p in g))


def _label(item: Traced, gold: list[dict], missed: set[int]) -> Traced:
    """Set the gold labels of ``item``: a gold event of its types on its trigger, in its sentence."""
    sentence = item.sentence.lower()
    for gi, event in enumerate(gold):
        trigger = (event.get("trigger") or "")
        if event.get("type") in item.types and _overlaps(trigger, item.text) and trigger.lower() in sentence:
            item.gold_on_trigger = True
            item.gold_missed = item.gold_missed or gi in missed
            if gi in missed:
                item.missed_gold += (gi,)
                item.missed_types += (event["type"],)
    return item


def _trace_records(nlp, name: str, records: list[dict], articles: list, published: list) -> TracedSet:
    component = nlp.get_pipe("eventwire_events")
    units, rejected = [], []
    for u, (_, doc, unit) in enumerate(gold_runs(nlp, records, articles, published)):
        units.append(unit)
        if doc is None:
            continue
        missed = set(range(len(unit.gold))) - {g for g, _ in match_events(unit, "type")}
        for token, reason, types, would_be in trace_doc(doc, component):
            item = Traced(name, u, token.idx, token.text, sentence_of(token).text, reason, types, token.pos_,
                          token.dep_, would_be)
            rejected.append(_label(item, unit.gold, missed))
    return TracedSet(name, units, rejected)


def trace_all(nlp, gold_dir, corpus_dir) -> dict[str, TracedSet]:
    """Every allowed gold set (``side_training.gold_files`` and the sample corpus), traced."""
    sets = {name: _trace_records(nlp, name, *file_inputs(path)) for name, path in gold_files(gold_dir).items()}
    sets[CORPUS_SET] = _trace_records(nlp, CORPUS_SET, *corpus_inputs(gold_dir, corpus_dir))
    return sets


def reason_table(sets: dict[str, TracedSet]) -> list[dict]:
    """Per reason: rejected count, with a gold event on the trigger, and with a missed one, on the
    blind-written sets and on the older ones."""
    rows: dict[str, Counter] = {}
    for data in sets.values():
        group = "blind" if data.name in BLIND_SETS else "older"
        for item in data.rejected:
            tally = rows.setdefault(item.reason, Counter())
            tally[f"{group} n"] += 1
            tally[f"{group} gold"] += item.gold_on_trigger
            tally[f"{group} missed"] += item.gold_missed
            tally[f"{group} codable"] += bool(item.would_be)
    return [{"reason": r, **t} for r, t in sorted(rows.items(), key=lambda kv: -kv[1]["blind n"])]


def grouped_reason(reason: str) -> str:
    """The reason with every reading folded into one row ("a reading held")."""
    return "a reading held" if reason.startswith(READING_PREFIX) else reason


def missed_by_reason(sets: dict[str, TracedSet]) -> list[dict]:
    """Per set: how many gold events the final events missed (type level), and how many of them sit
    on a rejected candidate, by the candidate's (grouped) reason; a missed event on two candidates
    counts under each reason once."""
    rows = []
    for data in sets.values():
        missed = sum(len(u.gold) - len(match_events(u, "type")) for u in data.units)
        by_reason: dict[str, set] = {}
        for item in data.rejected:
            by_reason.setdefault(grouped_reason(item.reason), set()).update((item.unit, g) for g in item.missed_gold)
        on_candidate = set().union(*by_reason.values()) if by_reason else set()
        rows.append({"set": data.name, "missed": missed, "on a candidate": len(on_candidate),
                     **{r: len(v) for r, v in by_reason.items() if v}})
    return rows


def scored_with(data: TracedSet, chosen) -> dict[str, float]:
    """Type F1 and type+dyad P/R/F1 of ``data`` with the events ``chosen(item)`` gives for each rejected
    candidate (some or all of its would-be events, or none) added, the retelling merge applied again."""
    extra: dict[int, list[Event]] = {}
    for item in data.rejected:
        if item.would_be:
            extra.setdefault(item.unit, []).extend(chosen(item))
    units = [EventUnit(u.published, u.gold, without_retold(sorted(u.pred + extra.get(i, []),
                                                                  key=lambda e: e.trigger.start)))
             for i, u in enumerate(data.units)]
    wanted = ("type F1", "type+dyad P", "type+dyad R", "type+dyad F1")
    return {m.name: round(m.value, 4) for m in score_event_units(data.name, units) if m.name in wanted}


def pooled_scores(sets: Sequence[TracedSet], chosen) -> dict[str, float]:
    """``scored_with`` over the units of ``sets`` pooled into one suite."""
    pooled = TracedSet("pooled", [], [])
    for data in sets:
        offset = len(pooled.units)
        pooled.units += data.units
        pooled.rejected += [Traced(**{**item.__dict__, "unit": item.unit + offset}) for item in data.rejected]
    return scored_with(pooled, chosen)


def _print(rows: list[dict], columns: Sequence[str]) -> None:
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row.get(c, 0)) for c in columns))


def _cached_trace(args) -> dict[str, TracedSet]:
    """The traced sets, read from ``args.cache`` when it exists, else traced (and stored there)."""
    import pickle
    from eventwire.nlp import load_pipeline

    if args.cache is not None and args.cache.exists():
        return pickle.loads(args.cache.read_bytes())
    sets = trace_all(load_pipeline(), args.gold_dir, args.corpus_dir)
    if args.cache is not None:
        args.cache.write_bytes(pickle.dumps(sets))
    return sets


def main(argv: Sequence[str] | None = None) -> int:
    """``measure`` prints the rejected-candidate tables; ``list`` every rejected candidate with a gold
    event on it or would-be events; ``reopen`` the pooled articles2-6 figures with each reason's
    would-be events added (all, and an oracle that adds only those of missed gold events)."""
    parser = argparse.ArgumentParser(prog=PROG, description=main.__doc__)
    parser.add_argument("command", choices=("measure", "list", "reopen"))
    parser.add_argument("--gold-dir", type=Path, default=Path("tests/gold"))
    parser.add_argument("--corpus-dir", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--cache", type=Path, default=None, help="a pickle of the traced sets, made once")
    args = parser.parse_args(argv)
    sets = _cached_trace(args)
    if args.command == "measure":
        _print(reason_table(sets), ("reason", "blind n", "blind gold", "blind missed", "blind codable",
                                    "older n", "older gold", "older missed", "older codable"))
        grouped = {name: TracedSet(name, data.units, [Traced(**{**i.__dict__, "reason": grouped_reason(i.reason)})
                                                      for i in data.rejected]) for name, data in sets.items()}
        print()
        _print([r for r in reason_table(grouped) if r["reason"] == "a reading held"],
               ("reason", "blind n", "blind gold", "blind missed", "blind codable",
                "older n", "older gold", "older missed", "older codable"))
        print()
        rows = missed_by_reason(sets)
        reasons = sorted({k for r in rows for k in r} - {"set", "missed", "on a candidate"})
        _print(rows, ("set", "missed", "on a candidate", *reasons))
    elif args.command == "list":
        for data in sets.values():
            for item in data.rejected:
                if item.gold_on_trigger or item.would_be:
                    print(f"{data.name:9} {item.reason:40} gold={int(item.gold_on_trigger)} "
                          f"missed={int(item.gold_missed)} would={len(item.would_be)} {item.types} "
                          f"'{item.text}' | {item.sentence[:140]}")
    else:   # reopen: pooled blind-set figures with rejected candidates' would-be events coded
        blind = [sets[n] for n in BLIND_SETS if n in sets]
        def adding(test, oracle: bool = False):
            """Every would-be event of the candidates ``test`` admits (``oracle``: only those whose type
            is that of a gold event the final events missed on the trigger)."""
            def chosen(item: Traced) -> list[Event]:
                if not test(item) or (oracle and not item.gold_missed):
                    return []
                return [e for e in item.would_be if not oracle or e.type in item.missed_types]
            return chosen

        is_reading = lambda item: item.reason.startswith(READING_PREFIX)  # noqa: E731
        reason_is = lambda reason: (lambda item: item.reason == reason)  # noqa: E731
        variants = {"off": adding(lambda item: False)}
        for name, test in (("every reading", is_reading), ("content of trigger", reason_is("content of trigger")),
                           ("under denial", reason_is("under denial")), ("entry constraints relaxed", reason_is(CONSTRAINED)),
                           ("require_actor off", reason_is("require_actor"))):
            variants[name] = adding(test)
            variants[name + ", oracle"] = adding(test, oracle=True)
        variants["all of these, oracle"] = adding(lambda item: True, oracle=True)
        _print([{"variant": name, **pooled_scores(blind, chosen)} for name, chosen in variants.items()],
               ("variant", "type F1", "type+dyad P", "type+dyad R", "type+dyad F1"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
