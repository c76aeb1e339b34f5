"""``eventwire_places``: place mentions resolved to gazetteer entries, metonymy told apart.

Candidates are the model's GPE/LOC/FAC entities plus proper-noun runs the model labelled
otherwise (the small model often calls a capital a PERSON). A name used as an actor —
the subject of a verb, a possessor, the agent of a passive ("Beijing said", "Kyiv's forces")
— is an actor, not a place. Ambiguous names prefer the countries the article talks about,
then the most populous entry, and the same name resolves the same way within an article.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

import eventwire.extract.extensions  # noqa: F401
from eventwire.extract.places.gazetteer import load_gazetteer
from eventwire.models import Entity, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss"}

if not Doc.has_extension("ew_place_at"):
    Doc.set_extension("ew_place_at", default=None)   # token index -> Place


@Language.factory("eventwire_places", assigns=["doc._.places"], default_config={})
def make_places_component(nlp: Language, name: str):
    return PlacesComponent()


class PlacesComponent:
    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        countries = _article_countries(doc)
        resolved: dict[str, Place] = {}
        places: list[Entity] = []
        place_at: dict[int, Place] = {}
        for span in self.candidates(doc):
            if is_metonymic(span) or _is_adjective(doc, span):
                continue
            place = resolved.get(span.text) or self.gazetteer.lookup(span.text, countries)
            if place is None:
                continue
            resolved[span.text] = place
            label = span.label_ if span.label_ in PLACE_LABELS else "GPE"
            places.append(Entity(text=span.text, label=label, start=span.start_char, end=span.end_char, place=place))
            for token in span:
                place_at[token.i] = place
        doc._.places = places
        doc._.ew_place_at = place_at
        return doc

    def candidates(self, doc: Doc) -> list[Span]:
        spans = [e for e in doc.ents if e.label_ in PLACE_LABELS]
        spans += [e for e in doc.ents if e.label_ in {"PERSON", "ORG"} and self.gazetteer.lookup(e.text)]
        spans += _proper_noun_runs(doc)
        return filter_spans([_strip_the(s) for s in spans if len(s)])


def _proper_noun_runs(doc: Doc) -> list[Span]:
    runs, start = [], None
    for token in doc:
        if token.pos_ == "PROPN" and token.text[:1].isupper():
            start = token.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start: token.i])
            start = None
    if start is not None:
        runs.append(doc[start: len(doc)])
    gazetteer = load_gazetteer()
    return [r for r in runs if gazetteer.lookup(r.text)]


def _strip_the(span: Span) -> Span:
    if span[0].lower_ == "the" and len(span) > 1:
        return span[1:]
    return span


def is_metonymic(span: Span) -> bool:
    """True when the name stands for an actor (its government, its forces), not a location."""
    root: Token = span.root
    if root.dep_ in ACTOR_DEPS:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_ in {
        "accuse", "urge", "blame", "criticize", "criticise", "condemn", "warn", "threaten", "call", "ask", "sanction",
    }


def _is_adjective(doc: Doc, span: Span) -> bool:
    names = doc._.ew_names or {}
    found = names.get(span.root.i)
    return bool(found) and all(e.kind == "adjective" for e in found[1])


def _article_countries(doc: Doc) -> set[str]:
    return {m.actor.country for m in (doc._.actor_mentions or []) if m.actor and m.actor.country}


def place_for_token(token: Token) -> Place | None:
    """The place attached to ``token`` in the parse: a located preposition's object in its subtree."""
    place_at = token.doc._.ew_place_at or {}
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "near", "at", "outside", "inside", "around", "across", "into", "on", "from", "along"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in place_at:
                    return place_at[pobj.i]
                if pobj.dep_ == "pobj":
                    nested = place_for_token(pobj)
                    if nested:
                        return nested
    return None


def place_for_sentence(sent: Span) -> Place | None:
    place_at = sent.doc._.ew_place_at or {}
    for token in sent:
        if token.i in place_at:
            return place_at[token.i]
    return None
