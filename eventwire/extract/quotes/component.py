"""The ``eventwire_quotes`` spaCy component: who said what.

Writes ``doc._.quotes`` (a list of :class:`eventwire.models.Quote`). Three passes:

1. reported speech from the parse: a cue verb governing a clause ("X said (that) ...",
   "analysts believe ..."), content placed before its cue ("A, but B, officials said"),
   a parenthetical cue ("The levy, he said, would ..."), "according to X, ...", "in a
   statement, X ...", "Name: ..." lines and "Name says ..." headlines (see :mod:`.layout`),
   statement and intention nouns with an owner ("Trump's claim that ...", "her plan to ..."),
   and contents that are an object rather than a clause: requests and orders ("called for X",
   "urged/told Y to Z"), intentions ("plans to ..."), praise and blame ("criticized Y for ...",
   "accused Y of ..."), stances ("mentioned X as Y"), seeing as ("viewed X as Y"), a document's
   findings ("polls show a close race"), the topic of a statement ("spoke about ...") — lists in
   ``cues.yaml``; passive reports ("X was accused of Y", with no speaker, or "reported by Z").
   A reported clause that contains a quoted fragment is a *mixed* quote; one inside quotation
   marks is left to the next pass; a belief nested in another report's content ("said she
   thinks ...") is part of that report;
2. direct quotes from the quotation marks (see :mod:`.marks`), attributed to a cue
   verb right after the closing mark, right before the opening mark, or between two
   quoted segments, to a line ending "X said:" above it, or to a signature ("..." ― Name);
   a free-standing quote follows the speaker of the attribution before it;
3. every attribution becomes a ``Quote``: the speaker phrase is cleaned of datelines and
   resolved by :func:`.speakers.resolve_speaker`, with its description (apposition),
   addressee, outlet (the channel), claim flag, and the date by ``date_for_token`` on the
   cue. Events are linked to quotes later, by ``eventwire_claims`` (:mod:`.claims`).

``start``/``end`` are offsets of the content, so ``doc.text[start:end] == quote.text``.
"""
from __future__ import annotations

import hashlib
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token

import eventwire.extract.extensions  # noqa: F401  (registers doc._.quotes)
from eventwire.extract.extensions import doc_text, sentence_of
import eventwire.extract.quotes.claims  # noqa: F401  (registers the eventwire_claims factory)
from eventwire.extract.actors.resolve import actor_for_span
from eventwire.extract.quotes.layout import headline_cue, headline_speakers, signature_after
from eventwire.extract.quotes.lexicon import CueLexicon, load_lexicon
from eventwire.extract.quotes.marks import QuoteRegion, find_quote_regions, paragraphs
from eventwire.extract.quotes.speakers import (clean_speaker, is_relative_subject, relative_antecedent, resolve_speaker,
                                              speaker_after_dash)
from eventwire.extract.times.dating import date_for_token
from eventwire.models import Actor, Quote

_EDGE_PUNCT = " \t\r\n,;:—–-"
_TERMINAL = {".", "?", "!", ";"}
_CLAUSE_DEPS = {"ccomp"}
_SUBJECT_DEPS = {"nsubj"}
_CLIMB_DEPS = {"conj", "xcomp", "advcl"}
_RELATIVE_PRONOUNS = {"who", "which", "that"}
_TOKEN_STARTS = "ew_quote_token_starts"
_RELATIVE_STARTS = {"who", "whom", "whose", "which"}
_CHANNEL_PREPS = {"with", "to", "on", "in"}
_MAX_BESIDE_WORDS = 12
_NAME_POS = {"PROPN", "NOUN", "DET", "ADJ", "NUM"}
_NAME_OPENERS = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "VERB"}
_NEGATIVE_SUBJECTS = {"neither", "no", "none", "nobody", "nothing"}
_QUOTE_MARKS = ("\"", "“", "”", "''")
_CONTRASTS = {"while", "whereas", "but", "though", "although"}
_CUT_WORDS = {"while", "whereas", "but", "though", "although", "adding", "saying", "noting"}


@dataclass
class Attribution:
    """One found attribution before it becomes a ``Quote``."""

    kind: str
    start: int
    end: int
    cue: Token | None
    cue_text: str | None
    speaker: Span | None
    outlet: str | None


def quote_id(start: int, end: int, text: str) -> str:
    """Stable id from the content: ``q`` + 12 hex digits of sha1("start:end:text")."""
    return "q" + hashlib.sha1(f"{start}:{end}:{text}".encode("utf-8")).hexdigest()[:12]


def trim_range(text: str, start: int, end: int, strip_period: bool = True) -> tuple[int, int]:
    """Shrink [start, end) past edge spaces and punctuation (and a final period)."""
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCT or (strip_period and text[end - 1] == ".")):
        end -= 1
    return start, end


def _inside_doubled_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a leading or trailing ``''`` (the archive's double quotation mark),
    so that a span holding a whole quote in such marks is seen as lying inside it."""
    if text.startswith("''", start):
        start += 2
    if end - start > 2 and text[end - 2 : end] == "''":
        end -= 2
    return trim_range(text, start, end, strip_period=False)


def _starts_new_predicate(token: Token) -> bool:
    """Whether ``token`` is "and"/"but" opening a new verb phrase ("... and said ...", "... and
    he warned ...") rather than joining two objects."""
    if token.pos_ != "CCONJ" or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    if following.pos_ in {"VERB", "AUX"}:
        return True
    return following.dep_ in {"nsubj", "nsubjpass"} and following.head.i > following.i


def _reads_as_name(span: Span) -> bool:
    """Whether a short span reads as a noun phrase naming someone ("Tulsa police Chief Chuck
    Jordan", "Ellis", "a spokesman for the army"): it opens with a determiner, adjective, number or
    noun, and holds only nominal words, "of/for/at/from/in" and "and" — a capitalised word tagged
    as a verb is taken for a misparsed name."""
    if span[0].pos_ not in _NAME_OPENERS or (span[0].pos_ == "VERB" and not span[0].text[:1].isupper()):
        return False
    for token in span:
        if token.pos_ in _NAME_POS or (token.pos_ == "VERB" and token.text[:1].isupper()):
            continue
        if token.lower_ in {"of", "for", "at", "from", "in", "and", "'s", "’s"} or token.text in {",", ".", "-"}:
            continue
        return False
    return True


def _tokens_span(doc: Doc, first: int, last: int) -> Span | None:
    """Tokens ``first..last`` (inclusive) without edge punctuation, or None if empty."""
    while first <= last and doc[first].is_punct:
        first += 1
    while last >= first and doc[last].is_punct:
        last -= 1
    return doc[first : last + 1] if first <= last else None


def token_starts(doc: Doc) -> list[int]:
    """Character offsets of the doc's tokens, computed once per doc (kept in ``user_data``)."""
    cached = doc.user_data.get(_TOKEN_STARTS)
    if cached is None or len(cached) != len(doc):
        cached = [t.idx for t in doc]
        doc.user_data[_TOKEN_STARTS] = cached
    return cached


def _is_title(doc: Doc, indices: list[int]) -> bool:
    """Whether the tokens read as a short title ("Face the Nation"): every word capitalised but
    small function words, at most six words, no sentence punctuation."""
    words = [doc[i] for i in indices if doc[i].is_alpha]
    if not words or len(words) > 6 or any(doc[i].text in _TERMINAL for i in indices):
        return False
    return all(w.text[0].isupper() or (w.is_stop and len(w) <= 4 and k > 0) for k, w in enumerate(words))


def _named_phrase(speaker: Span | None) -> Span | None:
    """The phrase that names a speaker: the antecedent of a relative pronoun ("a report which
    found ..."), else the speaker phrase itself."""
    if speaker is not None and len(speaker) == 1 and is_relative_subject(speaker.root):
        return relative_antecedent(speaker.root)
    return speaker


def _cue_words(verb: Token, particle: Token) -> str:
    """The cue as written: "called for" when the preposition follows the verb, else the verb."""
    return verb.doc[verb.i : particle.i + 1].text if particle.i == verb.i + 1 else verb.text


def _before_aside(first: Token, last: Token) -> Token:
    """``last``, or the token before a non-restrictive relative clause (", which/where ...") that
    starts between ``first`` and ``last``: the aside describes the object, it is not reported.
    An aside set off in the middle ("accused Rafael Cruz, who was born in Cuba, of ...") is kept:
    the content goes on after it."""
    doc = first.doc
    for i in range(first.i + 1, last.i):
        if doc[i].text == "," and doc[i + 1].lower_ in _RELATIVE_STARTS | {"where"} and i - 1 >= first.i:
            if _aside_closes_before(doc[i + 1], last):
                continue
            return doc[i - 1]
    return last


def _before_colon(first: Token, last: Token) -> Token:
    """``last``, or the token before a colon between ``first`` and ``last``: an object phrase ends
    there ("referenced the impact it would have on women: ''Parallel to ...''" — what follows the
    colon is a quotation of its own, however the parser hung it on the object)."""
    doc = first.doc
    colon = next((i for i in range(first.i + 1, last.i + 1) if doc[i].text == ":"), None)
    return doc[colon - 1] if colon is not None else last


def _aside_closes_before(opener: Token, last: Token) -> bool:
    """Whether the relative clause ``opener`` starts ends with a comma and words of the content
    that are not part of it follow before ``last``."""
    clause = opener.head if opener.head.dep_ == "relcl" else None
    if clause is None:
        return False
    end = clause.right_edge.i
    doc = opener.doc
    return end + 2 <= last.i and doc[end + 1].text == "," and not doc[end + 2].is_punct


def _colon_between(doc: Doc, last: int, cue: Token) -> bool:
    """Whether a colon or semicolon separates a clause ending at token ``last`` from the later
    ``cue``: "We have been here before: X declared war", "It is unlikely; her team says she will
    ..." — the clause before the stop is the writer's, not what the cue's subject said."""
    while last > 0 and doc[last].is_punct and doc[last].text not in {":", ";"}:
        last -= 1  # a closing mark or comma the parser hung on the clause
    return any(t.text in {":", ";"} for t in doc[last : cue.i])


def _asks_the_reader(cue: Token, speaker: Span | None) -> bool:
    """Whether ``cue`` sits in a yes-no question put to the reader ("Do you know where ...?", "Or
    would you think she must be ...?"): a rhetorical question attributes nothing to anyone. A
    question word ("How do you know when ...?") leaves it a report of what one knows."""
    if speaker is None or speaker.text.lower() != "you":
        return False
    sentence = sentence_of(cue)
    words = [t for t in sentence if not (t.is_punct or t.is_space or t.dep_ == "cc")]
    return bool(words) and words[0].pos_ == "AUX" and words[0].i < speaker.start \
        and any(t.text == "?" for t in sentence.doc[cue.i : sentence.end])


def _dummy_it(subject: Token | None) -> bool:
    """Whether ``subject``, reached by climbing from a non-finite cue, is the empty "it" of "be",
    "go" or "take": "It goes without saying that ...", "It is impossible to judge without knowing
    how ...", "it may take several days to determine how ..." name no one who says it ("it is
    steering clear of criticizing Trump" keeps its "it": the White House)."""
    return subject is not None and subject.lower_ == "it" and subject.head.lemma_.lower() in {"be", "go", "take"}


def _same_speaker(a: Span | None, b: Span | None) -> bool:
    """Whether two speaker phrases are the same tokens (or both missing)."""
    if a is None or b is None:
        return a is b
    return (a.start, a.end) == (b.start, b.end)


def _continues(text: str, first: Attribution, second: Attribution) -> bool:
    """Whether ``second`` is the rest of ``first``'s content, split off by the parse.

    The small model sometimes hangs one reported clause on its cue as two sibling clauses
    ("Flynn said Trump has respect for the military and his comment | was instead ...", "Some
    believe the level of priority ... | shows the campaign is worried"): same cue token, same
    speaker, and nothing but a space or one comma between the two contents (no paragraph break).
    """
    if first.cue is None or second.cue is None or first.cue.i != second.cue.i:
        return False
    if not _same_speaker(first.speaker, second.speaker) or not first.end <= second.start:
        return False
    gap = text[first.end:second.start]
    return "\n" not in gap and gap.strip() in {"", ","}


def _owned_noun_inside(inner: Attribution, outer: Attribution) -> bool:
    """Whether ``inner`` is a noun cue owned by a possessive pronoun ("his plans to ...") lying
    wholly inside ``outer``'s content."""
    if inner.cue is None or inner.cue.pos_ != "NOUN" or inner.speaker is None:
        return False
    owner = inner.speaker.root
    if owner.pos_ != "PRON" or owner.dep_ != "poss":
        return False
    return outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (
        inner.start, inner.end)


def _join_split_contents(text: str, found: list[Attribution]) -> list[Attribution]:
    """Attributions with each content the parse split in two (see ``_continues``) joined again."""
    ordered = sorted(found, key=lambda a: a.start)
    joined: list[Attribution] = []
    for att in ordered:
        previous = next((j for j in joined if _continues(text, j, att)), None)
        if previous is None:
            joined.append(att)
            continue
        previous.end = att.end
        previous.kind = "mixed" if "mixed" in (previous.kind, att.kind) else previous.kind
        previous.outlet = previous.outlet or att.outlet
    return joined


class QuoteExtractor:
    """Finds direct, indirect and mixed quotes and their speakers in a ``Doc``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        lexicon_path: str | None = None,
        min_unattributed_words: int = 4,
        straight_single_quotes: bool = False,
        inherit_speaker: bool = True,
    ) -> None:
        self.name = name
        self.lexicon: CueLexicon = load_lexicon(lexicon_path)
        self.min_unattributed_words = min_unattributed_words
        self.straight_single_quotes = straight_single_quotes
        self.inherit_speaker = inherit_speaker
        self.object_lemmas = self._object_lemmas()
        self.headline_cue_forms = self._headline_cue_forms()
        self.clause_matcher = self._build_clause_matcher(nlp)
        self.phrase_matcher = self._build_phrase_matcher(nlp)

    # ------------------------------------------------------------------ matchers
    def _object_lemmas(self) -> frozenset[str]:
        """Every verb lemma whose object (not a clause) may be reported content."""
        lexicon = self.lexicon
        return (frozenset(lexicon.prep_objects) | {entry[0] for entry in lexicon.urging_verbs}
                | lexicon.naming_verbs | lexicon.intention_verbs | lexicon.judging_verbs
                | frozenset(lexicon.regarding_verbs) | lexicon.finding_verbs
                | lexicon.stance_verbs)

    def _headline_cue_forms(self) -> frozenset[str]:
        """Present-tense forms of the cue verbs, as headlines write them ("says", "vows", "urges")."""
        forms = {"said"}
        for lemma in self.lexicon.clause_verbs | self.object_lemmas:
            if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
                forms.add(lemma[:-1] + "ies")
            elif lemma.endswith(("s", "sh", "ch", "x", "z")):
                forms.add(lemma + "es")
            else:
                forms.add(lemma + "s")
        return frozenset(forms)

    def _build_clause_matcher(self, nlp: Language) -> DependencyMatcher:
        """Cue verb --ccomp--> reported clause."""
        matcher = DependencyMatcher(nlp.vocab)
        pattern = [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(self.lexicon.clause_verbs)},
                                                "POS": {"IN": ["VERB", "AUX"]}}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "clause",
             "RIGHT_ATTRS": {"DEP": {"IN": sorted(_CLAUSE_DEPS)}}},
        ]
        # "But Trump claims that he ...", "..., the former doctor maintains": a present-tense cue the
        # tagger read as a plural noun, still the sentence root with a reported clause below it
        misread = [
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(self.lexicon.clause_verbs)},
                                                "POS": "NOUN", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "clause",
             "RIGHT_ATTRS": {"DEP": {"IN": sorted(_CLAUSE_DEPS)}}},
        ]
        matcher.add("REPORTED_CLAUSE", [pattern, misread])
        return matcher

    def _build_phrase_matcher(self, nlp: Language) -> Matcher:
        """"according to" style source phrases and "in a statement" style channels."""
        matcher = Matcher(nlp.vocab)
        matcher.add("SOURCE_PHRASE", [[{"LOWER": w} for w in phrase]
                                      for phrase in self.lexicon.source_phrases])
        matcher.add("CHANNEL", [[
            {"LOWER": "in", "IS_SENT_START": True},
            {"POS": "DET", "OP": "?"},
            {"POS": {"IN": ["ADJ", "PROPN", "NOUN"]}, "OP": "*"},
            {"LOWER": {"IN": sorted(self.lexicon.channel_nouns)}},
        ]])
        return matcher

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Doc) -> Doc:
        regions = find_quote_regions(doc_text(doc), self.straight_single_quotes)
        reported, consumed = self.reported_speech(doc, regions)
        reported += self.headline_attributions(doc, regions, reported, consumed)
        todo = [r for r in regions if r not in consumed]
        direct = self.direct_quotes(doc, todo, regions, reported)
        doc._.quotes = self.to_quotes(doc, reported + direct)
        return doc

    # ------------------------------------------------------------------ speakers and outlets
    def speaker_of(self, cue: Token) -> Span | None:
        """The noun phrase that says what ``cue`` introduces (its subject, or X of "according to X")."""
        if cue.lower_ in {p[0] for p in self.lexicon.source_phrases}:
            return self._phrase_object(cue)
        subject = self._subject(cue)
        if subject is None:
            return None
        if is_relative_subject(subject):  # PolNeAR/PARC mark "who" itself: the actor comes from its antecedent
            return cue.doc[subject.i : subject.i + 1]
        return self._phrase(subject, exclude=cue)

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        """The nominal subject of ``verb``, climbing conj/xcomp/advcl/relcl heads.

        A participle cue ("..., adding that ...") takes the subject of the nearest speech
        verb above it, not that of the reported clause it hangs from.
        """
        if verb.tag_ == "VBG" and verb.dep_ in _CLIMB_DEPS:
            speaker_verb = self._speech_verb_above(verb)
            if speaker_verb is not None:
                return self._subject(speaker_verb, depth + 1)
        subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
        if subjects:  # a misparse may give two: the one nearest the verb is its own
            return min(subjects, key=lambda child: abs(child.i - verb.i))
        if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return None
        controller = self._object_controller(verb)
        if controller is not None:
            return controller
        outer = self._reporter_of_joined_cue(verb)
        if depth < 3 and outer is not None:
            return self._subject(outer, depth + 1)
        if depth < 3 and verb.dep_ in _CLIMB_DEPS and verb.head is not verb:
            subject = self._subject(verb.head, depth + 1)  # not the dummy "it" of "it may take days to determine"
            return None if _dummy_it(subject) else subject
        if depth < 3 and verb.dep_ == "acomp" and verb.head is not verb:
            subject = self._subject(verb.head, depth + 1)  # "was able to tout ...": the subject of "was",
            return subject if subject is None or subject.lower_ != "it" else None  # not "it's worth noting"
        if depth < 3 and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
            subject = self._subject(verb.head.head, depth + 1)  # "sings to Clinton before asking her"
            return None if _dummy_it(subject) else subject  # "It goes without saying"
        return None

    def _object_controller(self, verb: Token) -> Token | None:
        """The object that does what a to-infinitive says when a control verb puts it first ("forced
        Stumpf to admit that ...", "asked the minister to explain ..."): the one forced or asked
        speaks, not the subject above ("took several days to determine" is no such verb)."""
        if verb.dep_ != "xcomp" or verb.head is verb or verb.head.lemma_.lower() not in self.lexicon.control_verbs:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)

    def _reporter_of_joined_cue(self, verb: Token) -> Token | None:
        """The speech verb whose subject also says ``verb``, when the parser joined ``verb`` by "and"
        to the reported clause instead of to that speech verb ("May said that the country would
        declare ... and suggested that it would withdraw"): the joined cue has the speech verb's
        tense and not the clause verb's, so it continues the speech verb's sentence."""
        if verb.dep_ != "conj" or verb.lemma_.lower() not in self.lexicon.clause_verbs:
            return None
        first = verb.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        outer = first.head
        if first.dep_ not in _CLAUSE_DEPS or outer.lemma_.lower() not in self.lexicon.speech_verbs:
            return None
        if outer.tag_ != verb.tag_ or first.tag_ == verb.tag_:
            return None
        return outer

    def _speech_verb_above(self, token: Token) -> Token | None:
        """The closest ancestor of ``token`` that is a speech verb; a belief verb in between ("told
        the audience that she believes ..., saying ...") does not speak."""
        for ancestor in token.ancestors:
            if ancestor.lemma_.lower() in self.lexicon.speech_verbs and ancestor.pos_ in {"VERB", "AUX"}:
                return ancestor
        return None

    def _phrase_object(self, first: Token) -> Span | None:
        """The object noun phrase at the end of a multi-word source phrase ("according to X")."""
        for token in first.subtree:
            if token.dep_ == "pobj" and token.i > first.i:
                return self._phrase(token, exclude=first)
        return None

    @staticmethod
    def _phrase(head: Token, exclude: Token) -> Span | None:
        """The subtree of ``head`` as a contiguous span that stops short of ``exclude``."""
        first, last = head.left_edge.i, head.right_edge.i
        if first <= exclude.i <= last:
            if exclude.i > head.i:
                last = exclude.i - 1
            else:
                first = exclude.i + 1
        for child in head.rights:
            if child.dep_ in {"acl", "advcl"} and child.tag_ == "VBG" and child.i - 1 > head.i \
                    and head.doc[child.left_edge.i - 1].text == ",":
                last = min(last, child.left_edge.i - 2)
        return _tokens_span(head.doc, first, last)

    def outlet_of(self, cue: Token, skip: set[int]) -> str | None:
        """A news outlet named as the channel of ``cue`` ("told AFP", "in an interview with the BBC")."""
        frontier = [c for c in cue.children if c.i not in skip]
        depth = 0
        while frontier and depth < 4:
            following: list[Token] = []
            for token in frontier:
                if token.dep_ in {"dobj", "dative", "pobj"}:
                    span = _tokens_span(token.doc, token.left_edge.i, token.right_edge.i)
                    if span is not None and self.is_outlet(span):
                        return span.text
                if token.dep_ in {"prep", "pobj", "dobj", "dative"} and (
                    token.dep_ != "prep" or token.lower_ in _CHANNEL_PREPS
                ):
                    following.extend(c for c in token.children if c.i not in skip)
            frontier = following
            depth += 1
        return None

    def is_outlet(self, span: Span) -> bool:
        """Whether ``span`` names a news outlet."""
        words = [t for t in span if t.lower_ != "the"]
        if not words:
            return False
        text = doc_text(span.doc)[words[0].idx : words[-1].idx + len(words[-1])]
        if text in self.lexicon.outlets:
            return True
        if text.lower() in self.lexicon.not_outlets:
            return False
        if words[-1].lower_ in self.lexicon.channel_words:
            return True
        is_org = any(t.ent_type_ in {"ORG", "NORP"} for t in words)
        return is_org and any(t.text in self.lexicon.outlet_words for t in words)

    # ------------------------------------------------------------------ descriptions, addressees, claims
    @staticmethod
    def description_of(speaker: Span | None) -> str | None:
        """How the text describes a named speaker: its apposition ("X, a senior analyst at Y")."""
        if speaker is None:
            return None
        for child in speaker.root.children:
            if child.dep_ == "appos" and speaker.start <= child.i < speaker.end:
                described = _tokens_span(speaker.doc, child.left_edge.i, min(child.right_edge.i, speaker.end - 1))
                if described is not None:
                    return described.text
        return None

    def addressee_of(self, cue: Token, skip: set[int]) -> Actor | None:
        """Whom the cue says it to ("told Russian officials", "warned the council"), outlets aside."""
        if cue.lemma_.lower() not in self.lexicon.addressee_verbs:
            return None
        for child in cue.children:
            if child.i in skip or child.dep_ not in {"dobj", "dative"}:
                continue
            phrase = _tokens_span(cue.doc, child.left_edge.i, child.right_edge.i)
            if phrase is None or self.is_outlet(phrase) or child.pos_ not in {"NOUN", "PROPN", "PRON"}:
                continue
            actor = actor_for_span(phrase)
            return actor or Actor(name=phrase.text, text=phrase.text)
        return None

    def is_claim(self, att: Attribution, speaker: Actor | None) -> bool:
        """A report or claim of fact: an outlet or document as the source, or a reporting cue."""
        source = _named_phrase(att.speaker)
        if source is not None and (self.is_outlet(source)
                                   or source.root.lemma_.lower() in self.lexicon.report_sources):
            return True
        if speaker is not None and speaker.sector == "MED":
            return True
        cue = (att.cue_text or "").lower()
        lemma = att.cue.lemma_.lower() if att.cue is not None else ""
        return lemma in self.lexicon.claim_cues or cue in self.lexicon.claim_cues

    # ------------------------------------------------------------------ pass 1: reported speech
    def reported_speech(
        self, doc: Doc, regions: list[QuoteRegion]
    ) -> tuple[list[Attribution], set[QuoteRegion]]:
        """Indirect and mixed attributions, plus the quoted regions they swallow."""
        found: list[Attribution] = []
        consumed: set[QuoteRegion] = set()
        candidates = (self._clause_candidates(doc) + self._phrase_candidates(doc)
                      + self._parenthetical_candidates(doc, regions) + self._as_clause_candidates(doc)
                      + self._noun_candidates(doc))
        objects = self._object_candidates(doc)
        passives = self._passive_candidates(doc)
        sourceless = len(candidates) + len(objects)
        for n, (cue, start, end, cue_text, speaker) in enumerate(candidates + objects + passives):
            if self._in_region(cue.idx, regions) or (speaker is None and n < sourceless) \
                    or _asks_the_reader(cue, speaker):
                continue
            if n >= len(candidates) and any(a.start <= cue.idx < a.end for a in found):
                continue  # a request inside reported content is part of that report
            if self._paragraph_apart(doc_text(doc), start, end, cue, regions):
                continue
            start, end = self._clip_to_paragraph(doc_text(doc), start, end, cue.idx, regions)
            start, end = trim_range(doc_text(doc), start, end, strip_period=True)
            start, end = _inside_doubled_marks(doc_text(doc), start, end)
            if end - start < 3 or any(r.contains(start, end) for r in regions):
                continue
            start, end = self._extend_to_marks(doc_text(doc), start, end, regions)
            if any(self._crosses(r, start, end) for r in regions):
                continue
            inner = [r for r in regions if r.inside(start, end)]
            if inner:
                end = self._keep_closing_mark(doc_text(doc), end, inner[-1])
            consumed.update(inner)
            skip = {t.i for t in speaker or ()} | self._content_tokens(doc, start, end)
            found.append(Attribution(
                kind="mixed" if inner else "indirect", start=start, end=end, cue=cue,
                cue_text=cue_text, speaker=speaker, outlet=self.outlet_of(cue, skip),
            ))
        return self._drop_nested(_join_split_contents(doc_text(doc), found)), consumed

    def _drop_nested(self, found: list[Attribution]) -> list[Attribution]:
        """Attributions without those that only restate part of another one's content.

        In "Clinton said she thinks America is strongest ..." the belief is what Clinton said,
        not a second attribution: a report lying inside another report's content is dropped
        when the outer cue is a speech verb and the inner cue is a belief or finding verb (not a
        speech verb) or its speaker is a pronoun. A statement or intention noun owned by a
        possessive pronoun ("... agree the rich would gain most from his plans to cut rates") is
        dropped inside any other report's content: it is a phrase of that content.
        """
        def restates(inner: Attribution, outer: Attribution) -> bool:
            if inner is outer or inner.cue is None or not outer.start <= inner.cue.idx < outer.end:
                return False
            if _owned_noun_inside(inner, outer):
                return True
            if outer.cue is None or outer.cue.lemma_.lower() not in self.lexicon.speech_verbs:
                return False  # "X estimated that ..., according to a document": two sources
            inside = outer.start <= inner.start and inner.end <= outer.end
            if not inside or outer.end - outer.start <= inner.end - inner.start:
                return False
            if inner.cue.i == outer.cue.i:
                return True  # "A, he noted, that B": the medial cue's whole sentence holds the part after it
            belief = inner.cue.lemma_.lower() not in self.lexicon.speech_verbs
            pronoun = inner.speaker is not None and inner.speaker.root.pos_ == "PRON" \
                and not is_relative_subject(inner.speaker.root)
            return belief or pronoun

        return [a for a in found if not any(restates(a, other) for other in found)]

    @staticmethod
    def _clip_to_paragraph(
        text: str, start: int, end: int, cue_at: int, regions: list[QuoteRegion]
    ) -> tuple[int, int]:
        """A reported clause does not run past a line break (the parser joins paragraphs
        that lack a final stop): keep the part on the cue's side, unless a quotation that
        continues across the break carries it."""
        breaks = [i for i in range(start, end) if text[i] == "\n"
                  and not any(r.open < i < r.close for r in regions)]
        if not breaks:
            return start, end
        if cue_at >= end:
            return breaks[-1] + 1, end
        if cue_at < start:
            return start, breaks[0]
        before = [b for b in breaks if b < cue_at]
        after = [b for b in breaks if b > cue_at]
        return (before[-1] + 1 if before else start), (after[0] if after else end)

    @staticmethod
    def _paragraph_apart(text: str, start: int, end: int, cue: Token, regions: list[QuoteRegion]) -> bool:
        """Whether a line break outside any quotation lies between ``cue`` and a content wholly on
        one side of it ("The commission says on its website that ..." and, after a blank line,
        "There was no noticeable issue ..."): the parser ran two paragraphs together, and the other paragraph is the writer's."""
        if start > cue.idx:
            gap = range(cue.idx + len(cue.text), start)
        elif end <= cue.idx:
            gap = range(end, cue.idx)
        else:
            return False
        return any(text[i] == "\n" and not any(r.open < i < r.close for r in regions) for i in gap)

    @staticmethod
    def _extend_to_marks(text: str, start: int, end: int, regions: list[QuoteRegion]) -> tuple[int, int]:
        """Grow [start, end) over a quote mark it stops just short of (only punctuation between),
        or to the end of a quote that opens inside the clause and runs on past the sentence the
        parser saw ('told Fox that "they hit Matt. ... They are gaming the system."'), when the
        quote closes on the same line."""
        for region in regions:
            if start < region.open < end <= region.close and (
                    not text[end:region.close].strip(_EDGE_PUNCT + ".'`") or "\n" not in text[end:region.close]):
                end = region.close + 1
            if start <= region.close < end and region.open < start \
                    and not text[region.open + 1:start].strip(_EDGE_PUNCT + "'`"):
                start = region.open
        return start, end

    @staticmethod
    def _keep_closing_mark(text: str, end: int, last: QuoteRegion) -> int:
        """Extend a mixed content whose last quoted fragment ends it so the mark is kept."""
        if last.close >= end - 1 and last.close < len(text):
            return max(end, last.close + 1)
        return end

    @staticmethod
    def _content_tokens(doc: Doc, start: int, end: int) -> set[int]:
        """Indices of the tokens that start inside [start, end)."""
        starts = token_starts(doc)
        return set(range(bisect_left(starts, start), bisect_left(starts, end)))

    @staticmethod
    def _in_region(char: int, regions: list[QuoteRegion]) -> bool:
        return any(r.open < char < r.close for r in regions)

    @staticmethod
    def _crosses(region: QuoteRegion, start: int, end: int) -> bool:
        """Whether [start, end) cuts through ``region`` (holds one mark but not the other)."""
        return (start <= region.open < end) != (start <= region.close < end)

    def _clause_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """(cue, content start, content end, cue text, speaker) for "X said (that) ..."."""
        pairs = [(doc[c], doc[k]) for _, (c, k) in self.clause_matcher(doc)]
        pairs += self._channel_clauses(doc) + self._gerund_clauses(doc) + self._that_clauses(doc)
        out = []
        for cue, clause in pairs:
            if cue.pos_ == "NOUN" and cue.tag_ != "NNS":
                continue  # only a present tense read as a plural noun ("claims", "maintains")
            bounds = self._clause_bounds(doc, cue, clause)
            if bounds is not None:
                speaker = self.speaker_of(cue) or self._name_before(cue) or self._modifiers_of_misread(cue)
                out.append((cue, bounds[0], bounds[1], cue.text, speaker))
        return out

    @staticmethod
    def _modifiers_of_misread(cue: Token) -> Span | None:
        """The speaker of a cue verb the tagger read as a noun ("the candidate's former doctor
        maintains"): the words the parser hung before it as its modifiers."""
        if cue.pos_ != "NOUN" or cue.i == 0 or cue.doc[cue.i - 1].head.i != cue.i \
                or cue.doc[cue.i - 1].dep_ not in {"compound", "amod"}:
            return None
        clause_end = max((c.right_edge.i for c in cue.lefts if c.dep_ in {"ccomp", "punct"}), default=-1)
        modifiers = [t.left_edge.i for t in cue.lefts
                     if t.dep_ not in {"punct", "ccomp", "cc"} and t.i > clause_end]
        first = min(modifiers, default=cue.i - 1)
        return cue.doc[first : cue.i]

    @staticmethod
    def _name_before(cue: Token) -> Span | None:
        """A named entity right before a cue the parser gave no subject ("In a meeting with the
        editorial board of the Washington Post Trump said that ...": "Trump" hung on the board)."""
        if any(c.dep_ in _SUBJECT_DEPS | {"nsubjpass", "expl"} for c in cue.children):
            return None
        i = cue.i - 1
        while i >= 0 and cue.doc[i].pos_ == "ADV":
            i -= 1
        if i < 0 or cue.doc[i].pos_ != "PROPN" or cue.doc[i].ent_type_ not in {"PERSON", "ORG", "NORP"}:
            return None
        return next((ent for ent in cue.doc.ents if ent.start <= i < ent.end), None)

    def _object_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """Requests and labels whose content is an object, not a clause: "called for a ban",
        "urged voters to stay home", "called on Congress to act", "called the plan a disaster"."""
        out = []
        for cue in doc:
            if cue.pos_ != "VERB" or cue.lemma_.lower() not in self.object_lemmas \
                    or any(c.dep_ == "neg" for c in cue.children) or self._is_passive_participle(cue):
                continue  # "did not comment on the ambush" reports nothing; "Asked about X, she ..."
            contents = self._object_contents(cue)
            speaker = self._object_speaker(cue) if contents else None
            for first, last, cue_text in contents:
                if first.i <= cue.i <= last.i:
                    continue
                out.append((cue, first.idx, last.idx + len(last), cue_text, speaker))
        return out

    def _passive_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """Passive reports: "X was accused of Y", "X is thought to Y", "X has been mentioned as Y"
        (``passive_verbs``, no source named: the speaker is None), and any cue verb with a "by"
        agent ("The issue was first reported by The Washington Post": the agent speaks). The
        content is the subject with the verb's complement; negated verbs and relative-pronoun
        subjects are skipped."""
        out = []
        cue_lemmas = (self.lexicon.passive_verbs | self.lexicon.clause_verbs
                      | self.object_lemmas) - self.lexicon.passive_agent_skip
        for cue in doc:
            lemma = cue.lemma_.lower()
            if cue.tag_ != "VBN" or lemma not in cue_lemmas or not any(c.dep_ == "auxpass" for c in cue.children) \
                    or any(c.dep_ == "neg" for c in cue.children):
                continue
            subject = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
            if subject is None or subject.lower_ in _RELATIVE_PRONOUNS | _RELATIVE_STARTS \
                    or any(t.lower_ in _NEGATIVE_SUBJECTS for t in subject.subtree):
                continue  # "Neither Clinton nor her allies have been charged with ..."
            agent = next((c for c in cue.children if c.dep_ == "agent" and c.i > cue.i), None)
            by_whom = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            complement = self._passive_complement(cue)
            if by_whom is None and (lemma not in self.lexicon.passive_verbs or complement is None):
                continue
            last = complement if complement is not None else subject.right_edge
            speaker = self._agent_phrase(by_whom) if by_whom is not None else None
            first = subject.left_edge
            out.append((cue, first.idx, last.idx + len(last), cue.text, speaker))
        return out

    @staticmethod
    def _agent_phrase(head: Token) -> Span | None:
        """The "by" agent as a speaker phrase, without a relative clause set off by a comma
        ("The Daily Caller, which unearthed a 1995 story ...")."""
        doc = head.doc
        last = head.right_edge.i
        for child in head.rights:
            before = child.left_edge.i - 1
            while before > head.i and doc[before].is_space:
                before -= 1
            if child.dep_ in {"relcl", "acl"} and doc[before].text == ",":
                last = min(last, before - 1)
        return _tokens_span(head.doc, head.left_edge.i, last)

    def _passive_complement(self, cue: Token) -> Token | None:
        """The last token of what a passive cue says of its subject: its to-infinitive or predicate
        ("to be Latino", "a charlatan"), else its "of/for/as/with" phrase — up to the first comma."""
        doc = cue.doc
        head = next((c for c in cue.rights if c.dep_ in {"xcomp", "oprd"}), None)
        if head is None:
            head = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ in {"of", "for", "as", "with"}), None)
        if head is None:
            return None
        last = head.right_edge
        comma = next((t for t in doc[head.i : last.i + 1] if t.text in {",", ";", "—", "–"}), None)
        if comma is not None:
            last = doc[comma.i - 1]
        return last

    def _noun_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """"Trump's claim that ...", "her plan to raise taxes": a statement noun with a "that"
        clause, or an intention noun with a to-infinitive, whose owner (the possessive) is the
        speaker. Without a possessive the noun names no source and is skipped."""
        out = []
        for noun in doc:
            lemma = noun.lemma_.lower()
            if noun.pos_ != "NOUN" or lemma not in self.lexicon.statement_nouns | self.lexicon.intention_nouns:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            clause = next((c for c in noun.rights if c.dep_ in {"acl", "ccomp", "appos", "relcl"}
                           and self._noun_clause_fits(c, lemma)), None)
            if owner is None or clause is None or owner.i > noun.i:
                continue
            first = clause.left_edge.i + (doc[clause.left_edge.i].lower_ == "that")
            last = clause.right_edge
            if first > last.i:
                continue
            speaker = _tokens_span(doc, owner.left_edge.i, owner.i)
            out.append((noun, doc[first].idx, last.idx + len(last), noun.text, speaker))
        return out

    def _noun_clause_fits(self, clause: Token, lemma: str) -> bool:
        """A "that" clause after a statement noun, a to-infinitive after an intention noun."""
        first = clause.doc[clause.left_edge.i]
        if lemma in self.lexicon.statement_nouns and first.lower_ == "that" and first.dep_ == "mark":
            return True
        return lemma in self.lexicon.intention_nouns and any(
            a.lower_ == "to" and a.dep_ == "aux" for a in clause.children)

    @staticmethod
    def _is_passive_participle(cue: Token) -> bool:
        """A past participle without "have" ("Asked about the deaths, she said ...", "was urged to"):
        its subject, if any, is the one addressed, not the speaker."""
        if cue.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in cue.children):
            return False
        active = any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children) \
            and not any(c.dep_ == "auxpass" for c in cue.children)
        return not active  # "World leaders expressed outrage": a past tense the model tagged VBN

    def _object_speaker(self, cue: Token) -> Span | None:
        """Who does what ``cue`` says: its subject, or, for a verb joined by "and" to a reported
        clause ("said the violence was under control and blamed the press"), the speaker of
        that clause (the parser hangs the second verb inside the clause)."""
        if cue.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            head = cue.head
            while head.dep_ == "conj" and head.head is not head:
                head = head.head
            if head.dep_ in _CLAUSE_DEPS and head.head.lemma_.lower() in self.lexicon.speech_verbs:
                return self.speaker_of(head.head)
        return self.speaker_of(cue)

    def _object_contents(self, cue: Token) -> list[tuple[Token, Token, str]]:
        """(first token, last token, cue text) of each object content of ``cue``."""
        lemma = cue.lemma_.lower()
        preps = {c.lower_: c for c in cue.children if c.dep_ in {"prep", "prt"}}
        infinitive = next((c for c in cue.children if c.i > cue.i and (
            c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                     for m in c.children)))
                           and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
        found = self._prep_objects(cue, preps) if infinitive is None else []
        if infinitive is not None:
            found += self._urged_actions(cue, preps, infinitive) + self._intended_action(cue, infinitive)
        if lemma in self.lexicon.judging_verbs or lemma in self.lexicon.stance_verbs:
            found += self._judged_object(cue)
        if lemma in self.lexicon.naming_verbs and cue.tag_ != "VBN":
            found += self._named_object(cue)
        if lemma in self.lexicon.regarding_verbs:
            found += self._regarded_object(cue, self.lexicon.regarding_verbs[lemma])
        if lemma in self.lexicon.finding_verbs and infinitive is None:
            found += self._found_object(cue)
        return [(first, _before_colon(first, _before_aside(first, self._to_phrase_end(last))), text)
                for first, last, text in found if first.i <= last.i]

    @staticmethod
    def _to_phrase_end(last: Token) -> Token:
        """``last`` carried on to the end of its phrase: an object content runs to the next comma,
        dash, colon, sentence stop, line break or subordinating word ("mentioned remarks Trump had
        made about Machado as examples of ..."), however the parser attached the words after it."""
        doc = last.doc
        end = last
        for token in doc[last.i + 1 :]:
            if token.is_punct and token.text not in {"-", "(", ")", "'s", "’s"} or token.is_space \
                    or "\n" in token.text_with_ws[: -1] or token.pos_ == "SCONJ" \
                    or token.lower_ in _RELATIVE_STARTS | _CUT_WORDS or _starts_new_predicate(token):
                break
            end = token
            if "\n" in token.whitespace_:
                break
        return end

    def _prep_objects(self, cue: Token, preps: dict[str, Token]) -> list[tuple[Token, Token, str]]:
        """"called for a recount", "spoke about the shooting": the object of the preposition."""
        found = []
        for word in self.lexicon.prep_objects.get(cue.lemma_.lower(), ()):
            prep = preps.get(word)
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep else None
            if obj is not None:
                found.append((obj.left_edge, obj.right_edge, _cue_words(cue, prep)))
        return found

    def _urged_actions(self, cue: Token, preps: dict[str, Token], infinitive: Token) -> list[tuple[Token, Token, str]]:
        """"urged voters to stay home", "called on Congress to act": the addressee and the action."""
        found = []
        for entry in self.lexicon.urging_verbs:
            if entry[0] != cue.lemma_.lower():
                continue
            if len(entry) > 1:
                prep = preps.get(entry[1])
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
                mark = next((m for m in infinitive.children if m.dep_ == "mark" and m.lower_ == entry[1]), None)
                if (prep is not None or mark is not None) and obj is None:  # "called for Congress to act":
                    obj = next((c for c in infinitive.children if c.dep_ == "nsubj"), None)  # its subject
                prep = prep or mark
                cue_text = _cue_words(cue, prep) if prep else cue.text
            else:
                obj = next((c for c in cue.children if c.dep_ in {"dobj", "nsubj"} and c.i > cue.i), None)
                obj = obj or next((c for c in infinitive.children if c.dep_ == "nsubj"), None)
                cue_text = cue.text
            if obj is not None and obj.i < infinitive.i:
                found.append((obj.left_edge, self._before_joined_cue(infinitive), cue_text))
        return found

    def _intended_action(self, cue: Token, infinitive: Token) -> list[tuple[Token, Token, str]]:
        """"plans to publish the tally", "declined to comment": the to-infinitive."""
        if cue.lemma_.lower() not in self.lexicon.intention_verbs or infinitive.dep_ != "xcomp" \
                or any(c.dep_ in {"dobj", "dative"} for c in cue.children):
            return []
        return [(infinitive.left_edge, self._before_joined_cue(infinitive), cue.text)]

    def _before_joined_cue(self, head: Token) -> Token:
        """The last token of ``head``'s phrase, stopping before "and" + another cue verb the parser
        joined to it ("called on police to release the videos and called on people to ..."): that
        verb is a second attribution, not part of this content."""
        doc = head.doc
        for child in head.rights:
            if child.dep_ == "conj" and child.pos_ == "VERB" and (
                    child.lemma_.lower() in self.object_lemmas | self.lexicon.clause_verbs):
                last = child.left_edge.i - 1
                while last > head.i and (doc[last].dep_ == "cc" or doc[last].is_punct):
                    last -= 1
                return doc[last]
        return head.right_edge

    @staticmethod
    def _named_object(cue: Token) -> list[tuple[Token, Token, str]]:
        """"called the strike an act of sabotage": the object and what it was called."""
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        labels = [c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i]
        if obj is None and len(labels) > 1:  # "called Trump a liar": both parsed as predicates
            obj = labels[0]
        label = labels[-1] if labels else None
        if obj is None or label is None or obj.i >= label.i:
            return []
        return [(obj.left_edge, label.right_edge, cue.text)]

    @staticmethod
    def _regarded_object(cue: Token, parts: frozenset[str]) -> list[tuple[Token, Token, str]]:
        """"viewed communists as terrorists", "likened the rules to ...": the object with the
        listed preposition's phrase (or predicate, for "oprd"), only when that phrase is there."""
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None:
            return []
        part = next((c for c in cue.rights if c.i > obj.i and (
            (c.dep_ == "prep" and c.lower_ in parts) or (c.dep_ == "oprd" and "oprd" in parts))), None)
        if part is None:
            return []
        return [(obj.left_edge, part.right_edge, cue.text)]

    def _found_object(self, cue: Token) -> list[tuple[Token, Token, str]]:
        """"Polls show a close contest": the object of a finding verb whose subject is a document."""
        subject = self._subject(cue)
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None or subject is None or subject.lemma_.lower() not in self.lexicon.report_sources \
                or any(c.dep_ in _CLAUSE_DEPS for c in cue.children):
            return []
        return [(obj.left_edge, obj.right_edge, cue.text)]

    def _judged_object(self, cue: Token) -> list[tuple[Token, Token, str]]:
        """The object of a verb of praise or blame, with its "for/as/of/over" phrase."""
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None:
            return []
        last = obj.right_edge
        for child in cue.rights:
            if child.i > obj.i and (child.dep_ == "oprd" or (
                    child.dep_ == "prep" and child.lower_ in self.lexicon.judging_preps)):
                last = child.right_edge
        return [(obj.left_edge, last, cue.text)]

    def _parenthetical_candidates(
        self, doc: Doc, regions: list[QuoteRegion]
    ) -> list[tuple[Token, int, int, str, Span | None]]:
        """"Acts of protest, he said, are acts of patriotism": a cue set off inside its content.

        The parser hangs such a cue on the clause it interrupts (``parataxis``); the content is
        that clause, the parenthetical included (a content has one span). Clauses with quotation
        marks are left to the direct-quote pass.
        """
        out = []
        for cue in doc:
            if cue.dep_ != "parataxis" or cue.pos_ != "VERB" \
                    or cue.lemma_.lower() not in self.lexicon.speech_verbs:
                continue
            head = self._interrupted_clause(cue)
            first, last = head.left_edge.i, head.right_edge.i
            while first < cue.i and (doc[first].is_punct or doc[first].is_space):
                first += 1  # a closing mark or line break the parser left on the sentence
            last = self._cut_asides(doc, max(first, cue.right_edge.i), last, head, cue)
            while last > cue.i and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc"):
                last -= 1
            edge = self._parenthetical_edge(cue)
            if not {doc[edge].text, doc[max(edge - 1, 0)].text} & {",", "—", "–"}:
                continue
            if self._contrast_after(doc, cue):
                last = edge - 1  # "A, he said, although B": the cue closes its content
                while last > first and (doc[last].is_punct or doc[last].is_space):
                    last -= 1
            elif not first < cue.i < last:
                continue
            if not first < edge or first > last:
                continue
            start, end = doc[first].idx, doc[last].idx + len(doc[last])
            if any(self._quoted_before_cue(r, start, end, cue) for r in regions):
                continue
            out.append((cue, start, end, cue.text, self.speaker_of(cue)))
        return out

    @staticmethod
    def _interrupted_clause(cue: Token) -> Token:
        """The clause a parenthetical cue interrupts: its head, or, when the parser hung the cue on
        the subject noun ("The difference now, he told me, is that ..."), the verb of that noun."""
        head = cue.head
        if head.pos_ in {"NOUN", "PROPN", "PRON"} and head.dep_ in _SUBJECT_DEPS | {"nsubjpass"} \
                and head.head.i > cue.i:
            return head.head
        return head

    @staticmethod
    def _quoted_before_cue(region: QuoteRegion, start: int, end: int, cue: Token) -> bool:
        """Whether a quotation touches the clause ``start..end`` on the cue's left: then the clause is
        a split direct quote (``"A," he said, "B."``), left to the direct-quote pass. Quoted words
        only after the cue ("It was, the president said, ''a stone where ...''") belong to the
        clause, which is reported as a whole."""
        touches = start <= region.open < end or start <= region.close < end
        return touches and region.open < cue.idx

    @staticmethod
    def _parenthetical_edge(cue: Token) -> int:
        """Where a parenthetical cue starts: its subject's first word. The parser may hang the
        clause before the cue on it ("Though the move was smooth, he said, a second one ..."),
        so the cue's own left edge can lie at the sentence start."""
        subjects = [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i]
        return subjects[-1].left_edge.i if subjects else cue.left_edge.i

    def _as_clause_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """"As one senator put it, the deal is dead", "..., as police have said": the clause an
        "as X said" clause hangs on is what X said (``as_verbs`` in the lexicon).

        The content is that clause without the "as" clause when the latter opens or closes it,
        and the whole clause when it sits in the middle (a content has one span).
        """
        out = []
        for cue in doc:
            if not self._is_as_clause(cue):
                continue
            first, last = self._trim_punct(doc, cue.head.left_edge.i, cue.head.right_edge.i)
            if cue.left_edge.i <= first:
                first, last = self._trim_punct(doc, cue.right_edge.i + 1, last)
            elif cue.right_edge.i >= last:
                first, last = self._trim_punct(doc, first, cue.left_edge.i - 1)
            if last - first < 2:
                continue
            out.append((cue, doc[first].idx, doc[last].idx + len(doc[last]), cue.text, self.speaker_of(cue)))
        return out

    @staticmethod
    def _trim_punct(doc: Doc, first: int, last: int) -> tuple[int, int]:
        """Token bounds without the punctuation and spaces at either end."""
        while first < last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        return first, last

    def _is_as_clause(self, cue: Token) -> bool:
        """Whether ``cue`` heads an "as X said" clause: a listed verb with its required object or
        particle, a subject, no clause or other object of its own, opened by "as" that starts the
        sentence or follows a comma or dash (not a comparative "as rich as he says")."""
        lemma = cue.lemma_.lower()
        if lemma not in self.lexicon.as_verbs or cue.dep_ != "advcl" or cue.head.pos_ not in {"VERB", "AUX"}:
            return False
        mark = cue.left_edge
        if mark.lower_ != "as" or mark.dep_ != "mark" or mark.head != cue:
            return False
        if not (mark.is_sent_start or cue.doc[mark.i - 1].text in {",", "—", "–", "--"}):
            return False
        if not any(c.dep_ in _SUBJECT_DEPS and c.i < cue.i for c in cue.children):
            return False
        needed = self.lexicon.as_verbs[lemma]
        words = {c.lower_ for c in cue.children if c.dep_ in {"dobj", "prt"}}
        if needed is not None and needed not in words:
            return False
        own = {"ccomp", "xcomp", "advcl"} if lemma in {"tell", "report"} else {"ccomp", "xcomp", "advcl", "dobj"}
        return not any(c.dep_ in own and c.lower_ != needed for c in cue.children)

    def _clause_bounds(self, doc: Doc, cue: Token, clause: Token) -> tuple[int, int] | None:
        """Char bounds of a reported clause: its subtree minus "that", cut at asides."""
        first, last = clause.left_edge.i, clause.right_edge.i
        if first <= cue.i <= last and self._fronted_wh_word(doc, first, cue):
            first = min(t.i for t in clause.subtree if t.i > cue.i)  # "which he said were ..."
        if first <= cue.i <= last or self._is_own_attribution(clause):
            return None
        if doc[first].lower_ == "that" and (doc[first].dep_ == "mark" or doc[first].pos_ == "SCONJ" or (
                doc[first].dep_ == "det" and clause.i > cue.i)):
            first += 1  # the complementiser (sometimes parsed as a determiner)
        if last < cue.i:
            if _colon_between(doc, last, cue):
                return None
            first, last = self._fronted_content(doc, first, last, cue)
            last = self._medial_continuation(doc, first, last, cue)
        else:
            last = self._cut_asides(doc, first, last, clause, cue)
        while last > first and (doc[last].dep_ == "cc" or doc[last].is_punct):
            last -= 1  # "..., and" left over from a cut
        if first > last:
            return None
        return doc[first].idx, doc[last].idx + len(doc[last])

    @staticmethod
    def _fronted_wh_word(doc: Doc, first: int, cue: Token) -> bool:
        """Whether the clause reaches left of its cue only by a relative or question word that the
        cue's subject separates from it ("donations, which he said were ...", "what Trump says his
        plan would do"): the content is then the rest of the clause, after the cue."""
        if not first < cue.i or doc[first].tag_ not in {"WDT", "WP"}:
            return False
        clause = {t.i for t in doc[first].head.subtree}
        return all(i not in clause for i in range(first + 1, cue.i)) \
            and any(c.dep_ in _SUBJECT_DEPS for c in cue.children)

    def _is_own_attribution(self, clause: Token) -> bool:
        """A "clause" that is itself a speech verb with its subject and content ("X said A, and Y
        warned that B": the parser may hang "warned" on "said"). A clause opened by "that" is a report
        inside the report ("He notes that the commission announced that ..."), not a misparse."""
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return False
        return (clause.lemma_.lower() in self.lexicon.speech_verbs
                and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
                and any(c.dep_ in _CLAUSE_DEPS for c in clause.children))

    def _fronted_content(self, doc: Doc, first: int, last: int, cue: Token) -> tuple[int, int]:
        """Content placed before its attribution ("A, but B, officials said"): the sentence up to it.

        The parser often hangs only one conjunct on the cue; everything from the sentence start
        (or the last ";" or speech cue before the clause) to the clause end is what was reported.
        """
        start = sentence_of(cue).start
        for i in range(first - 1, start - 1, -1):
            token = doc[i]
            if token.text in {";", ":"} or "\n" in token.text or self._is_cue(token):
                start = i + 1
                break
        while start < first and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return min(start, first), last

    def _medial_continuation(self, doc: Doc, first: int, last: int, cue: Token) -> int:
        """Where a fronted content ends when its cue sits in the middle of the sentence ("It was,
        the president said, ''a stone where ...''", "A, he told me on Friday, is B"): the sentence
        goes on after the cue's comma with the rest of what was said, so the content runs to the
        sentence end (one span, the cue inside). Kept at ``last`` when the fronted part holds a
        quotation mark (a split direct quote), or the words after the comma are an aside ("...,
        adding ...", ", but ...") or a report of their own."""
        fronted = doc[first : cue.i].text
        if last + 1 >= cue.i or doc[last + 1].text != "," or any(mark in fronted for mark in _QUOTE_MARKS):
            return last
        comma = self._cue_phrase_end(doc, cue)
        if comma is None:
            return last
        end = sentence_of(cue).end - 1
        while end > comma and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        if end <= comma + 1:
            return last
        opener = doc[comma + 1] if not doc[comma + 1].is_punct else doc[comma + 2]
        adverbial = (opener.dep_ == "mark" or opener.pos_ == "SCONJ") and opener.lower_ != "that"
        if opener.lower_ in _CUT_WORDS or opener.dep_ == "cc" or adverbial or opener.tag_ == "VBG":
            return last  # ", and ...", ", as they ...", ", gaining ...": the cue's own adjuncts
        if any(t.lemma_.lower() in self.lexicon.clause_verbs and t.pos_ == "VERB"
               and any(c.dep_ in _SUBJECT_DEPS for c in t.children) for t in doc[comma + 1 : end + 1]):
            return last
        return end

    def _contrast_after(self, doc: Doc, cue: Token) -> bool:
        """Whether the comma that closes a parenthetical cue's phrase opens a contrast ("A, he said,
        although B"): what follows is the writer's, not the speaker's."""
        comma = self._cue_phrase_end(doc, cue)
        return comma is not None and comma + 1 < len(doc) and doc[comma + 1].lower_ in _CONTRASTS

    @staticmethod
    def _cue_phrase_end(doc: Doc, cue: Token) -> int | None:
        """Index of the comma that closes a medial cue's own phrase ("he told me on Friday,"): only
        the cue's non-clausal dependents may stand between the cue and that comma."""
        if any(c.dep_ in _SUBJECT_DEPS and c.i > cue.i for c in cue.children):
            return None  # "..., said Brian Baker, a longtime adviser": what follows describes the speaker
        own = {cue.i}
        for child in cue.rights:
            if child.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "punct", "parataxis", "cc"}:
                own |= {t.i for t in child.subtree}
        for i in range(cue.i + 1, sentence_of(cue).end):
            if doc[i].text == ",":
                return i
            if i not in own:
                return None
        return None

    def _is_aside_participle(self, token: Token) -> bool:
        """A participle of saying or judging after a comma ("..., arguing that ...", "..., citing
        her record"): what the speaker did besides, not part of the reported clause."""
        lemma = token.lemma_.lower()
        return token.tag_ == "VBG" and (lemma in self.lexicon.speaker_actions or lemma in self.lexicon.judging_verbs)

    def _cut_asides(self, doc: Doc, first: int, last: int, clause: Token, cue: Token) -> int:
        """Last token of the clause before ", while/but/adding ..." or "and <speech verb>"."""
        for i in range(max(first, clause.i) + 1, last + 1):
            token = doc[i]
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if token.text == "," and nxt is not None and nxt.lower_ in _CUT_WORDS \
                    and not (nxt.lower_ == "but" and i + 2 < len(doc) and doc[i + 2].lower_ == "that"):
                return i - 1
            if token.text == "," and nxt is not None and self._is_aside_participle(nxt):
                return i - 1
            if token.dep_ == "cc" and nxt is not None and nxt.dep_ == "conj" and nxt.pos_ == "VERB" \
                    and not any(c.dep_ in _SUBJECT_DEPS for c in nxt.children) \
                    and nxt.tag_ == cue.tag_ and nxt.lemma_.lower() in self.lexicon.speaker_actions:
                return i - 1
        return last

    def _channel_clauses(self, doc: Doc) -> list[tuple[Token, Token]]:
        """(cue, clause) for "said in a statement that ...", the clause hung on the noun."""
        pairs = []
        for token in doc:
            if token.lemma_.lower() not in self.lexicon.speech_verbs or token.pos_ != "VERB":
                continue
            for prep in (c for c in token.children if c.dep_ == "prep"):
                for noun in (c for c in prep.children if c.dep_ == "pobj"):
                    if noun.lemma_.lower() not in self.lexicon.channel_nouns:
                        continue
                    pairs += [(token, c) for c in noun.rights if c.dep_ in {"acl", "ccomp", "relcl"}
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        return pairs

    def _that_clauses(self, doc: Doc) -> list[tuple[Token, Token]]:
        """(cue, clause) for a "that" clause the parser hung on the cue as an adverbial clause
        ("tweeted in the morning that Machado was ..."): a finite clause right of the cue that
        opens with "that"."""
        pairs = []
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.clause_verbs:
                continue
            for child in token.children:
                if child.dep_ == "advcl" and child.i > token.i and child.pos_ in {"VERB", "AUX"} \
                        and doc[child.left_edge.i].lower_ == "that" and child.left_edge.i > token.i:
                    pairs.append((token, child))
        return pairs

    def _gerund_clauses(self, doc: Doc) -> list[tuple[Token, Token]]:
        """(cue, clause) for "denied targeting civilians" style gerund complements."""
        return [(token, child) for token in doc
                if token.lemma_.lower() in self.lexicon.gerund_verbs and token.pos_ == "VERB"
                for child in token.children if child.dep_ in {"xcomp", "dobj", "pcomp"} and child.tag_ == "VBG"]

    def _phrase_candidates(self, doc: Doc) -> list[tuple[Token, int, int, str, Span | None]]:
        """"according to X, ..." and "in a statement, X ..." candidates."""
        out = []
        for match_id, first, last in self.phrase_matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == "SOURCE_PHRASE":
                candidate = self._according_candidate(doc, doc[first], doc[first:last])
            else:
                candidate = self._channel_candidate(doc, doc[first], doc[first:last])
            if candidate is not None:
                out.append(candidate)
        return self._longest_channels(out)

    @staticmethod
    def _longest_channels(candidates: list) -> list:
        """Keep one candidate per cue token (the matcher may return nested channel phrases)."""
        best: dict[int, tuple] = {}
        for cand in candidates:
            key = cand[0].i
            if key not in best or len(cand[3]) > len(best[key][3]):
                best[key] = cand
        return list(best.values())

    def _sentence_bounds(self, doc: Doc, token: Token) -> tuple[int, int]:
        """Char bounds of the sentence of ``token``, clipped to its paragraph."""
        sent = sentence_of(token)
        start, end = sent.start_char, sent.end_char
        for p_start, p_end in paragraphs(doc_text(doc)):
            if p_start <= token.idx < p_end + 1:
                return max(start, p_start), min(end, p_end)
        return start, end

    def _according_candidate(self, doc: Doc, first: Token, phrase: Span):
        """Content of "according to X": the rest of the sentence around the phrase."""
        speaker = self.speaker_of(first)
        if speaker is None:
            return None
        s_start, s_end = self._sentence_bounds(doc, first)
        p_start = first.idx
        p_end = max(phrase.end_char, speaker.end_char)
        before = doc_text(doc)[s_start:p_start].strip(_EDGE_PUNCT + ".")
        after = doc_text(doc)[p_end:s_end].strip(_EDGE_PUNCT + ".")
        if not before:
            start, end = p_end, s_end
        elif not after or self._has_verb(doc, s_start, p_start):
            start, end = s_start, p_start  # "A, according to X, and B": A is what X reports
        else:
            start, end = s_start, s_end
        return first, start, end, phrase.text, speaker

    @staticmethod
    def _has_verb(doc: Doc, start: int, end: int) -> bool:
        """Whether a verb (a clause, not a bare phrase) starts inside [start, end)."""
        span = doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)

    def _channel_candidate(self, doc: Doc, first: Token, phrase: Span):
        """Content of "in a statement, X did Y": the clause after the framing phrase."""
        verb = first.head
        if verb.i < first.i or any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
            return None
        subject = self._subject(verb)
        if subject is None:
            return None
        comma = next((t for t in doc[phrase.end : subject.left_edge.i + 1] if t.text == ","), None)
        if comma is None:
            return None
        _, s_end = self._sentence_bounds(doc, first)
        speaker = self._phrase(subject, exclude=verb)
        return verb, comma.idx + 1, s_end, phrase.text, speaker

    def headline_attributions(
        self, doc: Doc, regions: list[QuoteRegion], reported: list[Attribution], consumed: set[QuoteRegion]
    ) -> list[Attribution]:
        """"Name: what they said" lines and a "Name says what" headline (see :mod:`.layout`);
        their quoted regions are consumed."""
        found = []
        lines = headline_speakers(doc, self.lexicon.report_sources)
        headline = headline_cue(doc, self.headline_cue_forms)
        if headline is not None and not any(s <= headline[1].idx < e for _, s, e in lines):
            lines.append((headline[0], headline[2], headline[3]))
        for speaker, start, end in lines:
            if clean_speaker(speaker) is None:
                continue  # no nominal word left to name the speaker
            start, end = trim_range(doc_text(doc), start, end, strip_period=True)
            if end - start < 3 or any(a.start < end and start < a.end for a in reported):
                continue
            if any(self._crosses(r, start, end + 1) for r in regions):
                continue
            inner = [r for r in regions if r.inside(start, end + 1)]
            whole = len(inner) == 1 and inner[0].open <= start and inner[0].close >= end - 1
            if whole:
                start, end = inner[0].start, inner[0].end
            elif inner:
                end = self._keep_closing_mark(doc_text(doc), end, inner[-1])
            consumed.update(inner)
            kind = "direct" if whole else ("mixed" if inner else "indirect")
            cue = headline[1] if headline is not None and headline[0] == speaker else None
            found.append(Attribution(kind, start, end, cue, cue.text if cue is not None else ":", speaker, None))
        return found

    # ------------------------------------------------------------------ pass 2: direct quotes
    def direct_quotes(
        self,
        doc: Doc,
        todo: list[QuoteRegion],
        regions: list[QuoteRegion],
        reported: list[Attribution],
    ) -> list[Attribution]:
        """Attribute each free quoted region to a cue before/after/around it."""
        found: list[Attribution] = []
        starts = token_starts(doc)
        for region in todo:
            after = self._window(doc, starts, region, regions, forward=True)
            before = self._window(doc, starts, region, regions, forward=False)
            attribution = self._attribute(doc, region, before, after)
            if attribution is None and not before:
                attribution = self._colon_lead(doc, region)
            if attribution is None:
                signed = signature_after(doc, region.close)
                if signed is not None:
                    attribution = Attribution("direct", region.start, region.end, None,
                                              doc_text(doc)[region.close + 1 : signed.start_char].strip() or None,
                                              signed, None)
            if attribution is None and self._standalone(before, after):
                attribution = self._inherit(doc, region, found, reported)
                if attribution is None and self._word_count(doc, region) >= self.min_unattributed_words:
                    attribution = Attribution("direct", region.start, region.end, None, None, None, None)
            if attribution is not None:
                found.append(attribution)
        return found

    def _attribute(
        self, doc: Doc, region: QuoteRegion, before: list[Token], after: list[Token]
    ) -> Attribution | None:
        """The attribution of ``region`` from its windows, after-first unless it ends a sentence."""
        ends_sentence = doc_text(doc)[region.end - 1] == "."
        order = [(before, False), (after, True)] if ends_sentence else [(after, True), (before, False)]
        for window, forward in order:
            cue = self._window_cue(window, region, forward)
            if cue is None:
                continue
            if not forward and self._names_object(doc, cue, region):
                return None  # 'told "Morning Joe"': a quoted title, not what was said
            speaker = self._clip(self.speaker_of(cue), window) or self._words_beside_cue(window, cue) \
                or self._clause_subject(doc, cue, region)
            skip = {t.i for t in speaker} if speaker is not None else set()
            skip |= self._content_tokens(doc, region.open, region.close + 1)
            cue_text = self._cue_text(cue)
            return Attribution("direct", region.start, region.end, cue, cue_text, speaker,
                               self.outlet_of(cue, skip))
        return None

    def _clause_subject(self, doc: Doc, cue: Token, region: QuoteRegion) -> Span | None:
        """The cue's subject when the quoted words lie inside that subject's own clause, between the
        subject and the cue: 'Egypt declared its "full solidarity" ... and warned Ethiopia against
        "dragging the region into war"', 'The ministry rejected the claim as "baseless" and denied
        ...'. The window beside the quote stops at the quote or at an earlier one, so the subject
        lies outside it, but the quoted words are still that clause's. The cue must be the
        subject's verb or joined to it by "and", and not a participle."""
        if cue.tag_ == "VBG":
            return None  # "..., asserting ''...''": a participle's subject lies clauses up, often misparsed
        subject = self.speaker_of(cue)
        if subject is None or subject.end_char > region.open or subject.sent.start != cue.sent.start:
            return None
        verb = subject.root.head
        chain = [cue]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        if verb not in chain:
            return None  # the subject is the cue's own or that of a verb it is joined to by "and"
        inside = self._content_tokens(doc, region.open, region.close + 1)
        tops = [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == i]
        return subject if tops and all(verb in t.ancestors for t in tops) else None

    @staticmethod
    def _words_beside_cue(window: list[Token], cue: Token) -> Span | None:
        """The speaker when the parse gives the cue no subject: the words between the quote and the
        cue ('..." Tulsa police Chief Chuck Jordan said'), else those right after it up to a
        punctuation mark ("Said Ellis:"). They must be short and read as a name (:func:`_reads_as_name`)."""
        before = [t for t in window if t.i < cue.i]
        after = list(itertools.takewhile(lambda t: not t.is_punct, (t for t in window if t.i > cue.i)))
        for part in (before, after):
            span = _tokens_span(cue.doc, part[0].i, part[-1].i) if part else None
            if span is None or len(span) > _MAX_BESIDE_WORDS:
                continue
            if any(t.pos_ in {"NOUN", "PROPN"} for t in span) and _reads_as_name(span):
                return span
        return None

    def _names_object(self, doc: Doc, cue: Token, region: QuoteRegion) -> bool:
        """Whether the quoted words are a verbless name that is the object of ``cue`` or of its
        preposition ('told "Morning Joe"', 'said on "Fox and Friends"')."""
        inside = sorted(self._content_tokens(doc, region.start, region.end))
        if not inside or not (_is_title(doc, inside) or all(doc[i].pos_ not in {"VERB", "AUX"} for i in inside)):
            return False
        roots = [doc[i] for i in inside if not region.start <= doc[i].head.idx < region.end or doc[i].head.i == i]
        if len(roots) != 1:
            return False
        head = roots[0].head
        return head == cue or (head.dep_ == "prep" and head.head == cue)

    def _colon_lead(self, doc: Doc, region: QuoteRegion) -> Attribution | None:
        """A quote opening the paragraph after a line that ends "X said:" (a block quote)."""
        text = doc_text(doc)
        lead = text[: region.open].rstrip()
        if not lead.endswith(":") or "\n" not in text[len(lead) : region.open]:
            return None
        colon = doc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
        if colon is None:
            return None
        window: list[Token] = []
        for token in reversed(doc[: colon.start]):
            if token.text in _TERMINAL or "\n" in token.text_with_ws:
                break
            window.insert(0, token)
        cue = self._window_cue(window, region, forward=False)
        if cue is None or any(c.dep_ in _CLAUSE_DEPS and c.i < colon.start for c in cue.children):
            return None  # the cue has its own content before the colon
        if cue.lemma_.lower() not in self.lexicon.addressee_verbs and any(c.dep_ == "dobj" for c in cue.children):
            return None  # "X released a statement:" introduces the statement, not X's words
        speaker = self._clip(self.speaker_of(cue), window)
        if speaker is None:
            return None
        skip = {t.i for t in speaker} | self._content_tokens(doc, region.open, region.close + 1)
        return Attribution("direct", region.start, region.end, cue, self._cue_text(cue), speaker,
                           self.outlet_of(cue, skip))

    def _cue_text(self, cue: Token) -> str:
        """The cue as written: the verb, or the whole source phrase."""
        for phrase in self.lexicon.source_phrases:
            if cue.lower_ == phrase[0]:
                doc = cue.doc
                last = min(cue.i + len(phrase), len(doc))
                return doc[cue.i:last].text
        return cue.text

    def _window_cue(self, window: list[Token], region: QuoteRegion, forward: bool) -> Token | None:
        """The speech cue in a window next to a quote, if it does not start its own clause."""
        cues = [t for t in window if self._is_cue(t)]
        if not cues:
            return None
        cue = cues[0] if forward else cues[-1]
        in_window = {t.i for t in window}
        for child in cue.children:
            if child.dep_ in _CLAUSE_DEPS and child.i in in_window:
                if forward or child.i < window[-1].i:
                    return None
        return cue

    def _is_cue(self, token: Token) -> bool:
        """Whether ``token`` is a speech verb, heads an "as X put it" clause or starts a source phrase."""
        if token.lemma_.lower() in self.lexicon.speech_verbs and token.pos_ in {"VERB", "AUX"}:
            return True
        if self._is_as_clause(token):
            return True
        doc = token.doc
        for phrase in self.lexicon.source_phrases:
            words = [t.lower_ for t in doc[token.i : token.i + len(phrase)]]
            if tuple(words) == phrase:
                return True
        return False

    @staticmethod
    def _clip(span: Span | None, window: list[Token]) -> Span | None:
        """The part of ``span`` inside the window (the speaker must be next to the quote)."""
        if span is None or not window:
            return None
        first = max(span.start, window[0].i)
        last = min(span.end - 1, window[-1].i)
        return _tokens_span(span.doc, first, last) if first <= last else None

    @staticmethod
    def _window(
        doc: Doc, starts: list[int], region: QuoteRegion, regions: list[QuoteRegion], forward: bool
    ) -> list[Token]:
        """Tokens beside a quote up to a line break, another quote or sentence punctuation."""
        tokens: list[Token] = []
        if forward:
            indices = range(bisect_right(starts, region.close), len(doc))
        else:
            indices = range(bisect_right(starts, region.open - 1) - 1, -1, -1)
        for i in indices:
            token = doc[i]
            if not forward and token.idx + len(token) > region.open:
                continue
            gap = doc_text(doc)[region.close : token.idx] if forward else doc_text(doc)[token.idx : region.open]
            if "\n" in gap or token.text in _TERMINAL:
                break
            if any(r.open <= token.idx <= r.close for r in regions):
                break
            tokens.append(token)
        return tokens if forward else tokens[::-1]

    @staticmethod
    def _standalone(before: list[Token], after: list[Token]) -> bool:
        """Whether a quote stands alone (no words beside it in its sentence)."""
        return not any(t.is_alpha for t in before) and not any(t.is_alpha for t in after)

    def _inherit(
        self, doc: Doc, region: QuoteRegion, found: list[Attribution], reported: list[Attribution]
    ) -> Attribution | None:
        """A free-standing quote continues the speaker of the attribution before it (same or
        previous paragraph): a direct quote, or a paraphrase that opens a split quote
        ("The summit did "too little," he said. "Europe risks a lot.")."""
        if not self.inherit_speaker:
            return None
        earlier = [a for a in found + reported if a.end <= region.open]
        if not earlier:
            return None
        last = max(earlier, key=lambda a: a.end)
        if last.speaker is None:
            return None
        gap = doc_text(doc)[last.end : region.open]
        if len(re.findall(r"\n\s*", gap)) > 1:
            return None
        if any(last.end <= a.cue.idx < region.open for a in reported if a.cue is not None and a is not last):
            return None
        return Attribution("direct", region.start, region.end, last.cue, last.cue_text,
                           last.speaker, last.outlet)

    @staticmethod
    def _word_count(doc: Doc, region: QuoteRegion) -> int:
        return len(doc_text(doc)[region.start : region.end].split())

    # ------------------------------------------------------------------ pass 3: output
    def to_quotes(self, doc: Doc, attributions: list[Attribution]) -> list[Quote]:
        """``Quote`` models in text order, one per content span."""
        sentence_starts = [s.start_char for s in doc.sents]
        seen: set[tuple[int, int]] = set()
        quotes: list[Quote] = []
        resolved: list[tuple[Span, Actor]] = []  # speaker phrases so far, for "the statement" after "a statement ..."
        for att in sorted(attributions, key=lambda a: (a.start, a.end)):
            if (att.start, att.end) in seen:
                continue
            seen.add((att.start, att.end))
            quote = self._quote(doc, att, sentence_starts, resolved)
            if att.speaker is not None and quote.speaker is not None:
                resolved.append((att.speaker, quote.speaker))
            quotes.append(quote)
        return quotes

    def _quote(self, doc: Doc, att: Attribution, sentence_starts: list[int],
               resolved: list[tuple[Span, Actor]]) -> Quote:
        text = doc_text(doc)[att.start : att.end]
        anchor = att.cue if att.cue is not None else self._first_token(doc, att.start)
        att.speaker = clean_speaker(speaker_after_dash(att.speaker, att.cue))
        earlier = sorted(resolved, key=lambda pair: pair[0].start)
        speaker = resolve_speaker(att.speaker, earlier) if att.speaker is not None else None
        skip = self._content_tokens(doc, att.start, att.end)
        if att.speaker is not None:
            skip |= {t.i for t in att.speaker}
        return Quote(
            id=quote_id(att.start, att.end, text),
            text=text,
            kind=att.kind,
            speaker=speaker,
            speaker_text=att.speaker.text if att.speaker is not None else None,
            speaker_start=att.speaker.start_char if att.speaker is not None else None,
            speaker_end=att.speaker.end_char if att.speaker is not None else None,
            speaker_description=self.description_of(att.speaker),
            addressee=self.addressee_of(att.cue, skip) if att.cue is not None else None,
            cue=att.cue_text,
            outlet=att.outlet,
            claim=self.is_claim(att, speaker),
            date=date_for_token(anchor),
            start=att.start,
            end=att.end,
            sentence=max(0, bisect_right(sentence_starts, att.start) - 1),
        )

    @staticmethod
    def _first_token(doc: Doc, char: int) -> Token:
        for token in doc:
            if token.idx + len(token) > char:
                return token
        return doc[-1]


@Language.factory(
    "eventwire_quotes",
    requires=["token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["doc._.quotes"],
    default_config={
        "lexicon_path": None,
        "min_unattributed_words": 4,
        "straight_single_quotes": False,
        "inherit_speaker": True,
    },
)
def make_quote_extractor(
    nlp: Language,
    name: str,
    lexicon_path: str | None,
    min_unattributed_words: int,
    straight_single_quotes: bool,
    inherit_speaker: bool,
) -> QuoteExtractor:
    """Build the quote extractor (``nlp.add_pipe("eventwire_quotes")``)."""
    return QuoteExtractor(nlp, name, lexicon_path, min_unattributed_words,
                          straight_single_quotes, inherit_speaker)
