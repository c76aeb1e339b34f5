"""Attributions made by layout rather than by a speech verb.

* a signature after a quote: ``“We are tired of waiting.” ― Esther Tapia`` (vox-pop lists,
  epigraphs): a dash, then a name that ends the line;
* a headline or a line led by a name and a colon: ``Pence: Flowers won't be at the debate``.
  The name part must hold a proper noun, no verb and no place alone (``WASHINGTON: ...`` is a
  dateline), and must not be a label such as "Update" or "Photo".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventwire.extract.extensions import doc_text

from eventwire.extract.quotes.marks import paragraphs

_SIGNATURE = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*([A-Z][^\n.;:!?\"“”]{1,60}?)[^\S\n]*\.?[^\S\n]*(?=\n|$)")
_LABELS = {"update", "updated", "note", "editor's note", "photo", "photos", "video", "watch", "read more",
           "related", "source", "sources", "correction", "clarification", "listen", "see also", "graphic",
           "map", "analysis", "opinion", "comment", "live", "breaking", "exclusive", "q", "a", "question", "answer"}
_MAX_NAME_TOKENS = 6
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_MAX_LINE_CHARS = 300


def signature_after(doc: Doc, close: int) -> Span | None:
    """The name signed after a quote that closes at ``close`` (``” ― Esther Tapia``), if any."""
    match = _SIGNATURE.match(doc_text(doc), close + 1)
    if match is None:
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or len(span) > _MAX_NAME_TOKENS or not any(t.pos_ == "PROPN" for t in span):
        return None
    return span


def headline_speakers(doc: Doc) -> list[tuple[Span, int, int]]:
    """(speaker, content start, content end) for lines shaped "Name: what they said"."""
    found = []
    for start, end in paragraphs(doc_text(doc)):
        line = doc_text(doc)[start:end]
        colon = line.find(":")
        if colon <= 0 or end - start > _MAX_LINE_CHARS or colon + 2 >= len(line):
            continue
        name = doc.char_span(start, start + colon, alignment_mode="contract")
        if name is None or not _is_name(name):
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
    """
    if not 0 < len(span) <= _MAX_NAME_TOKENS or span.text.lower().replace("’", "'") in _LABELS:
        return False
    if any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in span):
        return False
    names = span.doc._.ew_names or {}
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.ent_type_ in _NAME_LABELS or t.i in names for t in words):
        return False
    return not all(t.ent_type_ in {"GPE", "LOC"} for t in words)
