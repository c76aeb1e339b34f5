"""Headlines in title case ("Rival Generals To Hold Talks In Jeddah").

The small English model tags nearly every word of a title-cased line as a proper noun, so its
parse has no verbs to code. Such a sentence is re-parsed in sentence case — every word lower-cased
except names the actor dictionary or the place finder know, acronyms and the first word — and
coded on that parse. Lower-casing keeps every character offset, so the events point back at the
original characters.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from eventwire.extract.extensions import doc_text


# A sentence is a headline when at least this share of its longer words start with a capital.
TITLE_CASE_SHARE = 0.7
# ... and it has at least this many such words (short lines are too ambiguous).
MIN_TITLE_WORDS = 4
# The only words a title-cased headline may leave in lower case (style guides differ on these).
TITLE_LOWER_WORDS = frozenset("a an the and or nor but of to in on at for by as vs via with from into over "
                              "amid after up off per than".split())
# A line of more tokens than this is running text, not a headline.
MAX_LINE_TOKENS = 40
# Weekday and month names keep their capital: the date finder reads them ("May", "March").
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split())


def is_title_case(sent: Span) -> bool:
    """Most longer words capitalised and none of the longest lower-case: a running sentence always has
    some ("Chinese Foreign Minister Wang Yi met his Australian counterpart" is not a headline). The
    test reads the sentence's whole line: the parser may split one headline in two ("Pakistan Asks
    Taliban" | "To Hand Over Militant Leaders"), and each part is then a headline."""
    # the cheap test first, on the sentence's own words (its line holds them all): running text fails it
    # within a few words, before its line is looked for
    if any(_running_word(t) for t in sent):
        return False
    tokens = line_tokens(sent)
    if tokens is None:
        return False
    if any(_running_word(t) for t in tokens):
        return False   # "Whitcombe is due to fly to Addis Ababa": running text keeps verbs lower-case
    words = [t for t in tokens if t.is_alpha and len(t.text) > 3]
    if len(words) < MIN_TITLE_WORDS:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised / len(words) >= TITLE_CASE_SHARE


def _running_word(token) -> bool:
    """A lower-case word a title would capitalise."""
    return token.is_alpha and token.text.islower() and token.lower_ not in TITLE_LOWER_WORDS


def line_tokens(sent: Span) -> list | None:
    """The tokens of the text line ``sent`` lies on (the sentence's own tokens when it spans lines),
    or None when that line is longer than any headline (``MAX_LINE_TOKENS``): a body written as
    one long line is no headline. The line is found by widening the sentence token by token up to
    a line break, never by reading the whole document's text (``Doc.text`` joins every token)."""
    if "\n" in sent.text.strip():
        return list(sent)
    doc, first, last = sent.doc, sent.start, sent.end
    while first > 0 and "\n" not in doc[first - 1].text_with_ws and last - first <= MAX_LINE_TOKENS:
        first -= 1
    while (last < len(doc) and "\n" not in doc[last - 1].whitespace_ and "\n" not in doc[last].text
           and last - first <= MAX_LINE_TOKENS):
        last += 1
    return list(doc[first:last]) if last - first <= MAX_LINE_TOKENS else None


def sentence_cased(sent: Span, keep: Iterable[tuple[int, int]]) -> str:
    """The sentence's text with common words lower-cased; ``keep`` are (start, end) char spans to leave."""
    kept = _known_names(sent) | {i for start, end in keep for i in range(start, end)}
    chars = list(sent.text)
    base = sent.start_char
    for token in sent[1:]:
        if token.idx in kept or token.is_upper or not token.text[:1].isupper() or token.lower_ in CALENDAR_WORDS:
            continue
        offset = token.idx - base
        chars[offset: offset + len(token.text)] = token.text.lower()
    return "".join(chars)


def _known_names(sent: Span) -> set[int]:
    """Char offsets of tokens in a name the actors component matched ("South Korea", "Taliban");
    a person's name counts only in full (a lone "Wang" may be a common word)."""
    known: set[int] = set()
    for span, entries in {id(v[0]): v for v in (sent.doc._.ew_names or {}).values()}.values():
        if sent.start <= span.start < sent.end and any(e.kind != "person" or len(span) > 1 for e in entries):
            known.update(t.idx for t in span)
    return known


def recased_doc(nlp, doc: Doc, sent: Span, upto: str) -> Doc:
    """``doc``'s text with ``sent`` in sentence case, run through the pipeline's components before ``upto``."""
    keep = [(e.start, e.end) for e in (doc._.places or []) if sent.start_char <= e.start < sent.end_char]
    text = doc_text(doc)
    text = text[:sent.start_char] + sentence_cased(sent, keep) + text[sent.end_char:]
    recased = nlp.make_doc(text)
    recased._.published = doc._.published
    recased._.title = doc._.title
    for name, component in nlp.pipeline:
        if name == upto:
            break
        recased = component(recased)
    return recased
