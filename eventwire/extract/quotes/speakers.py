"""Resolving a quote's speaker phrase to a coded actor, on top of the actors module.

``actor_for_span`` (the actors module) codes the phrase itself, and its answer stands whenever
it has a country: the quote side never replaces it. Otherwise:

* a personal pronoun ("he said") takes the nearest earlier *subject* of the same number that
  codes to an actor — subjects are the usual antecedents of a speaker pronoun, and the
  nearest noun of any role (the actors module's choice) is often the addressee;
* a country the phrase names for the speaker ("A Sudanese army officer", "Ethiopia coach
  Mesfin Tilahun", "a statement from Port Sudan", "a source in Gedaref") gives the country —
  through modifiers and "of/in/at/from" phrases only, not a clause or a topic ("an aide who
  went to Burma", "a consultant on Burma"); a coordinated head keeps its first side
  (:func:`named_country`);
* only a pronoun left unresolved or a bare reference — a surname alone or "the" with a single
  noun ("Saadeldin", "the ministry", "the statement") — takes the country of the nearest
  earlier actor mention, or earlier quote speaker, with the same head word (:func:`is_bare_reference`); so does a title
  owned by one ("the institute's deputy director", :func:`bare_owner`);
* a relative pronoun ("an architect **who** said ...") is the speaker phrase, as PolNeAR (after
  PARC) marks it, and takes the actor of its antecedent (:func:`relative_antecedent`); with no
  coded actor, the antecedent's words still name it;
* anything else stays without a country.

Datelines and live-blog time stamps parsed into the subject ("ADDIS ABABA, March 9 — Ethiopia",
"14:05 GMT — Local officials") are cut off at the dash by :func:`clean_speaker`.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.resolve import actor_for_span
from eventwire.models import Actor

_DASHES = {"—", "–", "--", "―"}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her"}
_PLURAL_PRONOUNS = {"they", "them"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
# Dictionary entries whose country a phrase can name for itself (a person's is the actors module's call).
_NAMED_KINDS = {"country", "capital", "adjective", "organization"}
_DEFINITE = {"the", "this", "that", "these", "those"}
# A country reached through these does not describe the speaker ("an aide who went to Burma").
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}
_ORIGIN_PREPOSITIONS = {"of", "in", "at", "from"}
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


def resolve_speaker(span: Span, earlier: Sequence[tuple[Span, Actor]] = ()) -> Actor | None:
    """The coded actor of a speaker phrase (see the module docstring for the fallbacks).

    ``earlier`` holds the speaker phrases already resolved in the document, with their actors,
    for a bare reference ("the statement") to an earlier speaker ("a statement from Port Sudan").
    """
    root = span.root
    if len(span) == 1 and is_relative_subject(root):
        antecedent = relative_antecedent(root)
        return resolve_speaker(antecedent, earlier) or Actor(name=antecedent.text, text=antecedent.text)
    if root.pos_ == "PRON":
        antecedent = pronoun_antecedent(root)
        if antecedent is not None:
            return antecedent.model_copy(update={"text": span.text})
    actor = actor_for_span(span)
    if actor is not None and (actor.country or actor.sector == "IGO"):
        return actor
    country = named_country(span)
    reference = span if root.pos_ == "PRON" or is_bare_reference(span) else bare_owner(span)
    if country is None and reference is not None:
        country = country_from_earlier_mention(reference) or country_from_earlier_speaker(reference, earlier)
    if country is None:
        return actor
    if actor is None:
        return Actor(name=span.text, text=span.text, country=country, sector=None, code=country)
    return actor.model_copy(update={"country": country, "code": country + (actor.sector or ""),
                                    "name": actor_name(country, actor.sector, actor.name)})


def named_country(span: Span) -> str | None:
    """The country the phrase names for its speaker: a country, nationality, capital or
    organisation from the actors dictionary, or a place, that describes the speaker
    (:func:`describes_speaker`). Several countries give none ("Iraq and Afghanistan Veterans of
    America"), unless they are the phrase's head and its conjuncts ("The United States and China
    both"): that keeps its first side, as the actors module does for "Kenyan and Somali troops"."""
    names = span.doc._.ew_names or {}
    found: list[tuple[int, str, bool]] = []
    for token in span:
        _, entries = names.get(token.i, (None, []))
        found += [(token.idx, e.country, _is_head(token, span)) for e in entries
                  if e.kind in _NAMED_KINDS and e.country and len(e.country) == 3 and describes_speaker(token, span)]
    found += [(char, country, False) for char, token, country in places_in(span) if describes_speaker(token, span)]
    countries = {country for _, country, _ in found}
    if len(countries) == 1 or (found and all(head for _, _, head in found)):
        return min(found)[1]
    return None


def describes_speaker(token: Token, span: Span) -> bool:
    """Whether ``token`` tells where the speaker is from: it hangs on the phrase's nouns through
    modifiers and "of/in/at/from" phrases only ("A Sudanese army officer at Merowe", "Sudan's
    coach", "a statement from Port Sudan"), not through a clause or a topic ("an aide who went
    to Burma", "a consultant on Burma", "an advocate for rights in Burma")."""
    node = token
    while node.i != span.root.i:
        if node.dep_ in _CLAUSE_DEPS or node.pos_ in {"VERB", "AUX"}:
            return False
        if node.dep_ == "pobj" and node.head.lower_ not in _ORIGIN_PREPOSITIONS:
            return False
        if node.head.i == node.i or not span.start <= node.head.i < span.end:
            return False
        node = node.head
    return True


def _is_head(token: Token, span: Span) -> bool:
    """Whether ``token`` (or the name it ends) is the phrase's head or a conjunct of it."""
    node = token
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    return node.i == span.root.i or (node.dep_ == "conj" and node.head.i == span.root.i)


def is_bare_reference(span: Span) -> bool:
    """Whether the phrase is a surname alone ("Saadeldin") or "the" with a single noun ("the
    ministry", "the statement"): the only phrases that may take an earlier mention's country."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    content = [t for t in words if t.dep_ != "det"]
    if len(content) != 1:
        return False
    head = content[0]
    if head.pos_ == "PROPN":
        return len(words) == 1
    return head.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in _DEFINITE for t in words)


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


def places_in(span: Span) -> list[tuple[int, Token, str]]:
    """(start character, last token, country) of each place named inside the phrase ("a source in
    Gedaref")."""
    found = []
    for entity in span.doc._.places or []:
        if span.start_char <= entity.start and entity.end <= span.end_char and entity.place is not None:
            if entity.place.country and len(entity.place.country) == 3:
                last = span.doc.char_span(entity.start, entity.end, alignment_mode="expand")
                if last is not None:
                    found.append((entity.start, last.root, entity.place.country))
    return found


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


def bare_owner(span: Span) -> Span | None:
    """The owner of the phrase's head when that owner is a bare reference: "the institute" in
    "the institute's deputy director" (a title of a body named in full earlier)."""
    for child in span.root.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"} and span.start <= child.left_edge.i:
            owner = span.doc[child.left_edge.i : child.i + 1]
            return owner if is_bare_reference(owner) else None
    return None


def country_from_earlier_speaker(span: Span, earlier: Sequence[tuple[Span, Actor]]) -> str | None:
    """The country of the nearest earlier speaker phrase with the same head word ("the statement"
    after "a statement from Port Sudan")."""
    head = span.root.lemma_.lower()
    for phrase, actor in reversed(earlier):
        if phrase.start >= span.start or span.start_char - phrase.end_char > _LOOKBACK:
            continue
        if phrase.root.lemma_.lower() == head and actor.country:
            return actor.country
    return None
