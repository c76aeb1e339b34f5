"""Attributions made by layout rather than by a speech verb.

* a signature after a quote: ``“We are tired of waiting.” ― Esther Tapia`` (vox-pop lists,
  epigraphs): a dash, then a name that ends the line;
* a headline or a line led by a name and a colon: ``Pence: Flowers won't be at the debate``.
  The name part must hold a proper noun, no verb and no place alone (``WASHINGTON: ...`` is a
  dateline), and must not be a label such as "Update" or "Photo".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.extract.extensions import doc_text

from eventwire.extract.quotes.marks import paragraphs

_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*([A-Z][^\n.;:!?\"“”]{1,60}?)[^\S\n]*\.?[^\S\n]*(?=\n|$)")
_LABELS = {"update", "updated", "note", "editor's note", "photo", "photos", "video", "watch", "read more",
           "related", "source", "sources", "correction", "clarification", "listen", "see also", "graphic",
           "map", "analysis", "opinion", "comment", "live", "breaking", "exclusive", "q", "a", "question", "answer"}
_MAX_NAME_TOKENS = 6
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_PARTY_LABELS = {"PERSON", "ORG", "NORP"}
_MAX_LINE_CHARS = 300
_MAX_HEADLINE_WORDS = 20


def signature_after(doc: Doc, close: int) -> Span | None:
    """The name signed after a quote that closes at ``close`` (``” ― Esther Tapia``), if any."""
    match = _SIGNATURE.match(doc_text(doc), close + 1)
    if match is None:
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or len(span) > _MAX_NAME_TOKENS or not any(t.pos_ == "PROPN" for t in span):
        return None
    return span


def headline_speakers(doc: Doc, report_words: frozenset[str] = frozenset()) -> list[tuple[Span, int, int]]:
    """(speaker, content start, content end) for lines shaped "Name: what they said".

    A single word naming a document (``report_words``: "Poll: ...", "Survey: ...") is a source too.
    """
    found = []
    for start, end in paragraphs(doc_text(doc)):
        line = doc_text(doc)[start:end]
        colon = line.find(":")
        if colon <= 0 or end - start > _MAX_LINE_CHARS or colon + 2 >= len(line):
            continue
        name = doc.char_span(start, start + colon, alignment_mode="contract")
        if name is None or not (_is_name(name) or (len(name) == 1 and name[0].lower_ in report_words)):
            continue
        content_start = start + colon + 1
        while content_start < end and doc_text(doc)[content_start].isspace():
            content_start += 1
        found.append((name, content_start, end))
    return found


def _is_name(span: Span) -> bool:
    """A short name (person, organisation, group or known actor) with no verb, not a label.

    Every word must belong to a named entity or a known actor name, so that section headings
    ("Little Relief for Refugees: ...") are not taken for speakers; a place alone is a dateline.
    A capitalised word the model missed in a title-case headline ("Pence: ...") counts when the
    article names a person, organisation or group with it elsewhere.
    """
    if not 0 < len(span) <= _MAX_NAME_TOKENS or span.text.lower().replace("’", "'") in _LABELS:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in span):
        return False
    names = span.doc._.ew_names or {}
    words = [t for t in span if t.is_alpha]
    named_elsewhere = _entity_words(span.doc)
    if not words or not all(t.ent_type_ in _NAME_LABELS or t.i in names
                            or (t.text[:1].isupper() and t.lower_ in named_elsewhere) for t in words):
        return False
    return not all(t.ent_type_ in {"GPE", "LOC"} for t in words)


def _entity_words(doc: Doc) -> set[str]:
    """Lower-cased words of the document's person, organisation and group entities."""
    return {t.lower_ for ent in doc.ents if ent.label_ in _PARTY_LABELS for t in ent if t.is_alpha}


def headline_cue(doc: Doc, cue_forms: frozenset[str]) -> tuple[Span, Token, int, int] | None:
    """(speaker, cue, content start, content end) for a first line shaped "Name says what":
    "Flynn says Trump was right", "Sanders Vows To Eliminate Tax Breaks".

    Title-case headlines parse badly, so this goes by the words: the first line of the text, at
    most ``_MAX_HEADLINE_WORDS`` words, a cue word (an inflected form in ``cue_forms``) after one
    to ``_MAX_NAME_TOKENS`` capitalised words with no verb among them, and words after the cue.
    """
    spans = paragraphs(doc_text(doc))
    if not spans:
        return None
    start, end = spans[0]
    line = doc.char_span(start, end, alignment_mode="contract")
    if line is None or len(line) > _MAX_HEADLINE_WORDS:
        return None
    for k, token in enumerate(line):
        if token.lower_ not in cue_forms or k == 0:
            continue
        name = line[:k]
        if k > _MAX_NAME_TOKENS or not name[0].text[:1].isupper() \
                or any(t.pos_ in {"AUX", "VERB"} or t.is_punct and t.text not in {"'", "’", "."} for t in name):
            return None
        if token.i + 1 >= line.end:
            return None
        return name, token, doc[token.i + 1].idx, end
    return None