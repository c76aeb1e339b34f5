"""The ``Doc`` extensions the eventwire components read and write.

Set before the pipeline runs:
    doc._.published      str | None   publication date (YYYY-MM-DD), the DCT for time normalization
    doc._.title          str | None   the article's headline (read for the article's own country)
Written by the components (in pipeline order):
    doc._.timexes        list[Timex]      eventwire_times
    doc._.actor_mentions list[Entity]     eventwire_actors  (Entity.actor filled)
    doc._.places         list[Entity]     eventwire_places  (Entity.place filled)
    doc._.quotes         list[Quote]      eventwire_quotes
    doc._.events         list[Event]      eventwire_events
All models come from ``eventwire.models``; offsets are character offsets into ``doc.text``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_DOC_EXTENSIONS = {
    "published": None,
    "title": None,
    "timexes": None,
    "actor_mentions": None,
    "places": None,
    "quotes": None,
    "events": None,
}


def register_extensions() -> None:
    """Register every eventwire ``Doc`` extension once (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


_SENTENCE_INDEX = "ew_sentence_index"


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token`` (the whole doc when it has no sentence boundaries).

    spaCy's ``Token.sent`` scans the document on every call; the components ask for sentences
    thousands of times per article, so the boundaries are indexed once per doc (plain integers in
    ``doc.user_data``, rebuilt if the doc changes length)."""
    bounds, index = _sentence_index(token.doc)
    start, end = bounds[index[token.i]]
    return token.doc[start:end]


def sentence_number(token: Token) -> int:
    """The index of ``token``'s sentence in ``doc.sents`` (0 for a doc without boundaries)."""
    return _sentence_index(token.doc)[1][token.i]


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number, by token index (``sentence_number`` of every token at once, from
    the same per-doc index): for a caller asking about many tokens of one doc."""
    return _sentence_index(doc)[1]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) token bounds of ``doc``'s sentences, in order (the whole doc when it has no
    sentence boundaries): ``doc.sents`` without a ``Span`` per sentence, from the same per-doc index."""
    return _sentence_index(doc)[0]


def _sentence_index(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """Sentence (start, end) token bounds, and each token's sentence number; built once per doc."""
    cached = doc.user_data.get(_SENTENCE_INDEX)
    if cached is None or cached[0] != len(doc):
        if doc.has_annotation("SENT_START"):
            bounds = [(sent.start, sent.end) for sent in doc.sents]
        else:
            bounds = [(0, len(doc))]
        index = [0] * len(doc)
        for number, (start, end) in enumerate(bounds):
            index[start:end] = [number] * (end - start)
        cached = (len(doc), bounds, index)
        doc.user_data[_SENTENCE_INDEX] = cached
    return cached[1], cached[2]


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept once per doc: spaCy joins every token again on each access."""
    cached = doc.user_data.get("ew_text")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data["ew_text"] = cached
    return cached[1]


_WORD = re.compile(r"[^\W_]+")


def doc_words(doc: Doc) -> frozenset[str]:
    """The lower-cased words of the text (runs of letters and digits), kept once per doc: a cheap
    test of whether a word list can match anywhere before its regex is run over each sentence."""
    cached = doc.user_data.get("ew_words")
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), frozenset(_WORD.findall(doc_text(doc).lower())))
        doc.user_data["ew_words"] = cached
    return cached[1]


def phrase_word_sets(phrases) -> tuple[frozenset[str], ...]:
    """For each of ``phrases`` (whole-word, case-insensitive patterns whose hyphens may be a space or
    nothing: "semi-final" matches "semi final" and "semifinal"), the sets of words a text must all
    hold for it to match: its words, and its words with each hyphenated chunk written solid."""
    sets = []
    for phrase in phrases:
        chunks = str(phrase).lower().split()
        apart = [w for chunk in chunks for w in _WORD.findall(chunk)]
        solid = ["".join(_WORD.findall(chunk)) for chunk in chunks]
        sets += [frozenset(apart), frozenset(solid)]
    return tuple(s for s in dict.fromkeys(sets) if s)


def may_match(doc: Doc, word_sets: tuple[frozenset[str], ...]) -> bool:
    """Whether one of the phrases of ``word_sets`` (``phrase_word_sets``) can match ``doc``'s text."""
    words = doc_words(doc)
    return any(needed <= words for needed in word_sets)
