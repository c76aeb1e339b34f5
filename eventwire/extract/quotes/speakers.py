"""Resolving a quote's speaker phrase to a coded actor, on top of the actors module.

``actor_for_span`` (the actors module) codes the phrase itself. A speaker phrase often
names its country only elsewhere, so when the phrase carries no country of its own:

* a personal pronoun ("he said") takes the nearest earlier *subject* of the same number that
  codes to an actor — subjects are the usual antecedents of a speaker pronoun, and the
  nearest noun of any role (the actors module's choice) is often the addressee;
* a place inside the phrase gives the country ("a military source in Gedaref", "a teacher
  from Giza"), through the places component;
* a definite description or a bare surname ("the ministry", "Saadeldin") takes the country
  of the nearest earlier actor mention with the same head word that has one;
* a relative pronoun ("an architect **who** said ...") is the speaker phrase, as PolNeAR (after
  PARC) marks it, and takes the actor of its antecedent (:func:`relative_antecedent`); with no
  coded actor, the antecedent's words still name it.

Datelines and live-blog time stamps parsed into the subject ("ADDIS ABABA, March 9 — Ethiopia",
"14:05 GMT — Local officials") are cut off at the dash by :func:`clean_speaker`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.resolve import actor_for_span
from eventwire.models import Actor

_DASHES = {"—", "–", "--", "―"}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her"}
_PLURAL_PRONOUNS = {"they", "them"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_COUNTRY_LABELS = {"GPE", "NORP"}
# How far back (characters) an antecedent or an earlier mention may lie.
_LOOKBACK = 2500


def clean_speaker(span: Span | None) -> Span | None:
    """``span`` after its last dash or line break, if something nominal is left."""
    if span is None:
        return None
    doc = span.doc
    first = span.start
    for token in span:
        if token.text in _DASHES or "\n" in token.text_with_ws[:-1] or "\n" in token.text:
            first = token.i + 1
    while first < span.end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if first >= span.end:
        return None
    cleaned = doc[first : span.end]
    if not any(t.pos_ in {"NOUN", "PROPN", "PRON"} or is_relative_subject(t) for t in cleaned):
        return None
    return cleaned


def is_relative_subject(token: Token) -> bool:
    """Whether ``token`` is the "who/which/that" subject of a relative clause on a noun."""
    return (token.lower_ in _RELATIVE_PRONOUNS and token.dep_ in _SUBJECT_DEPS
            and token.head.dep_ == "relcl" and token.head.head.pos_ in {"NOUN", "PROPN", "PRON"})


def relative_antecedent(token: Token) -> Span:
    """The noun phrase a relative pronoun stands for: the noun its clause hangs on, from that
    noun's first word to the pronoun ("an architect", "Mr. Kamin"); an apposition leads back to
    the name it describes ("Lena Okafor, a nurse in Kano, who ...")."""
    noun = token.head.head
    while noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    last = max(noun.i, token.i - 1)
    while last > noun.i and (token.doc[last].is_punct or token.doc[last].is_space):
        last -= 1
    return token.doc[noun.left_edge.i : last + 1]


def speaker_after_dash(span: Span | None, cue: Token | None) -> Span | None:
    """The noun phrase after a dash that lies between the speaker and its cue.

    "ADDIS ABABA, March 9 — Ethiopia said ..." and "14:05 GMT — Local officials say ...": the
    parser may take the dateline or time stamp as the subject; the speaker follows the dash.
    """
    if span is None or cue is None or cue.i <= span.end:
        return span
    doc = span.doc
    dashes = [t.i for t in doc[span.end : cue.i] if t.text in _DASHES]
    if not dashes:
        return span
    for token in doc[dashes[-1] + 1 : cue.i]:
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            root = token
            while root.head.i != root.i and dashes[-1] < root.head.i < cue.i \
                    and root.head.pos_ in {"NOUN", "PROPN"}:
                root = root.head
            last = min(root.right_edge.i, cue.i - 1)
            return doc[max(root.left_edge.i, dashes[-1] + 1) : last + 1]
    return span


def has_own_country(span: Span) -> bool:
    """Whether the phrase itself names a country, nationality, capital or known organisation."""
    names = span.doc._.ew_names or {}
    return any(t.i in names or t.ent_type_ in _COUNTRY_LABELS for t in span)


def resolve_speaker(span: Span) -> Actor | None:
    """The coded actor of a speaker phrase (see the module docstring for the fallbacks)."""
    root = span.root
    if len(span) == 1 and is_relative_subject(root):
        antecedent = relative_antecedent(root)
        return resolve_speaker(antecedent) or Actor(name=antecedent.text, text=antecedent.text)
    if root.pos_ == "PRON":
        antecedent = pronoun_antecedent(root)
        if antecedent is not None:
            return antecedent.model_copy(update={"text": span.text})
    actor = actor_for_span(span)
    if has_own_country(span) or (actor is not None and actor.sector == "IGO"):
        return actor
    country = country_from_places(span) or country_from_earlier_mention(span)
    if country is None:
        return actor
    if actor is None:
        return Actor(name=span.text, text=span.text, country=country, sector=None, code=country)
    return actor.model_copy(update={"country": country, "code": country + (actor.sector or ""),
                                    "name": actor_name(country, actor.sector, actor.name)})


def actor_name(country: str, sector: str | None, fallback: str) -> str:
    """A canonical name such as "Egypt government" for a country and a sector."""
    from eventwire.extract.actors.component import SECTOR_LABELS
    from eventwire.extract.actors.dictionary import load_dictionary

    country_name = load_dictionary().country_names.get(country, country)
    if sector is None:
        return country_name
    return f"{country_name} {SECTOR_LABELS.get(sector, sector.lower())}" if fallback else country_name


def _number_agrees(pronoun: Token, head: Token) -> bool:
    word = pronoun.lower_
    plural = head.tag_ in {"NNS", "NNPS"}
    if word in _SINGULAR_PRONOUNS:
        return not plural and (head.ent_type_ == "PERSON" or head.pos_ == "NOUN" or head.pos_ == "PROPN")
    if word in _PLURAL_PRONOUNS:
        return plural or head.ent_type_ in {"ORG", "NORP", "GPE"}
    return False


def pronoun_antecedent(pronoun: Token) -> Actor | None:
    """The actor of the nearest earlier subject that agrees with ``pronoun`` in number."""
    doc: Doc = pronoun.doc
    if pronoun.lower_ not in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS:
        return None
    for i in range(pronoun.i - 1, -1, -1):
        token = doc[i]
        if pronoun.idx - token.idx > _LOOKBACK:
            break
        if token.dep_ not in _SUBJECT_DEPS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not _number_agrees(pronoun, token):
            continue
        phrase = doc[token.left_edge.i : token.i + 1]
        actor = actor_for_span(phrase)
        if actor is not None:
            return actor
    return None


def country_from_places(span: Span) -> str | None:
    """The country of a place named inside the phrase ("a source in Gedaref")."""
    for entity in span.doc._.places or []:
        if span.start_char <= entity.start and entity.end <= span.end_char and entity.place is not None:
            if entity.place.country and len(entity.place.country) == 3:
                return entity.place.country
    return None


def country_from_earlier_mention(span: Span) -> str | None:
    """The country of the nearest earlier actor mention with the same head word."""
    head = span.root.text.lower()
    for mention in reversed(span.doc._.actor_mentions or []):
        if mention.end > span.start_char or span.start_char - mention.end > _LOOKBACK:
            continue
        words = mention.text.lower().split()
        if words and words[-1].strip(",.'’s") == head and mention.actor is not None and mention.actor.country:
            return mention.actor.country
    return None
