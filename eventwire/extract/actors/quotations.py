"""Quotations and their speakers: where the quotation marks are and who speaks each quotation."""
from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.constants import FIRST_PERSON_PRONOUNS, QUOTATIONS_KEY, REPORTING_VERBS
from eventwire.extract.extensions import doc_text
from eventwire.models import Actor


class QuotationMixin:
    """Quotation spans and their speakers."""

    def quotation_speaker(self, token: Token) -> Actor | None:
        """The actor who speaks the quotation holding ``token`` ("'We reserve the right to respond,'
        he said", "Khartoum would decide 'after we see the results'"): the subject of the
        reporting verb, outside the quotation, that governs the token or the quotation's first or
        last word. Null outside a quotation or when no reporting verb governs it."""
        span = self.quotation_at(token.idx)
        if span is None:
            return None
        inside = [t for t in self.doc if span[0] < t.idx < span[1] and not t.is_punct]
        for start in (token, inside[-1], inside[0]) if inside else (token,):
            speaker = self.reporting_speaker(start, span)
            if speaker is not None:
                return self.actor_for_token(speaker) if speaker.lower_ not in FIRST_PERSON_PRONOUNS else None
        return None

    @staticmethod
    def reporting_speaker(start: Token, span: tuple[int, int]) -> Token | None:
        """The subject of the nearest reporting verb above ``start`` that lies outside ``span``."""
        token = start
        while token.head.i != token.i:
            token = token.head
            if span[0] < token.idx < span[1] or token.lemma_.lower() not in REPORTING_VERBS:
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj" and not span[0] < c.idx < span[1]]
            return subjects[0] if subjects else None
        return None

    def quoted_apart(self, token: Token, head: Token) -> bool:
        """Whether ``token`` lies inside a quotation that ``head`` is outside of: a speaker's words
        ("'... until Ethiopia stops violating our airspace,' said the foreign minister") do not
        describe the speaker."""
        span = self.quotation_at(token.idx)
        return span is not None and not span[0] < head.idx < span[1]

    def quotation_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) character offsets of the quotation marks around ``offset``, if any."""
        for start, end in self.quotations():
            if start < offset < end:
                return start, end
        return None

    def quotations(self) -> list[list[int]]:
        """The quotations of the text as [opening mark, closing mark] offsets, paired within a
        line: curly marks by their shape, straight marks in turn; kept once per doc."""
        cached = self.doc.user_data.get(QUOTATIONS_KEY)
        if cached is None or cached[0] != len(self.doc):
            cached = (len(self.doc), find_quotations(doc_text(self.doc)))
            self.doc.user_data[QUOTATIONS_KEY] = cached
        return cached[1]


def find_quotations(text: str) -> list[list[int]]:
    """[opening, closing] character offsets of every quotation in ``text``, as the quotes
    component finds them (``eventwire.extract.quotes.marks``: curly and straight marks, a quote
    that runs on into the next paragraph, a mark never closed dropped)."""
    from eventwire.extract.quotes.marks import find_quote_regions

    return [[region.open, region.close] for region in find_quote_regions(text)]
