"""``eventwire_actors``: every noun phrase that names an actor, resolved to a coded actor.

Resolution order for the noun phrase headed by a token:

1. a dictionary name at the head (organization > person on the article's date > country >
   capital > adjective); a country or capital that is only a place ("fighting in Khartoum",
   "flew to Tehran") is not an actor, a bare country name as agent is its government; a
   ``generic`` organization ("Congress") takes the article's country when it has one;
2. a sector word or title at the head ("troops" -> MIL, "defence minister" -> GOV); its owner
   comes from a name, adjective or possessor in the phrase ("Pakistani troops", "the junta's
   soldiers", "its troops", "its vice-president"; a town: "New York police"; a region:
   "Western leaders" -> WST; not a sponsor: "Russian-backed"), an ``of``/``for`` complement, a
   same-head earlier phrase for a bare definite one ("the envoy"), the one named group of its
   sector for a definite rebel phrase ("the militants", "the armed group"), an ``in``/``at``
   place ("officials in Tokyo", "militant targets in northern Iraq", "In Cairo, ... the
   government"; a clause's place only for sectors that stay home: "demonstrators marched through
   Khartoum", not "negotiators met in Havana"), a rebel group it is coordinated with ("ELN
   commanders and government negotiators"), and failing those from the article's context: its
   dominant country (the dateline counts double, a town dateline too; a place naming an agreement
   or talks does not count) or, when no country dominates, a country named earlier in the
   sentence, else the nearest earlier subject or scene country; refugees take only their country
   of origin; collectives ("both sides", "the two leaders") over several countries stay unresolved;
   a country that is the other party of the phrase's clause ("Russian missile strikes killed four
   people", "slogans against Ethiopia") is no evidence for it; the objects of a country's police
   or courts are that country's; unnamed sources ("people briefed on the talks") take no context;
   appointees are their appointer's ("the AU appointed a special envoy"); forces a state
   deploys are its own ("Germany will station a brigade ... in Lithuania"); "four other
   soldiers", "more troops" refer back like a definite phrase; a sector word that only modifies
   an act or agreement is no actor ("military action", "a military accord", "a general strike")
   and one that modifies a law is the state's government ("the foreign agents law");
3. "the country", "his country": the owner's country, else the context country, as GOV;
4. a proper name introduced with a title ("Economy Minister Sergio Massa", "an American
   envoy, Daniel Whitcombe"); later mentions of any word of the name resolve to the same actor
   ("Massa", "Liu" after "Liu Wenqiang"); an unlisted institution after an organization's name
   ("the African Union Commission") or owned by a country ("the US Commerce Department");
5. pronouns: he/she take a person just introduced as their sentence's subject, else follow an
   earlier pronoun of the same gender, then the nearest person who was a subject, then the
   nearest person; it/its the nearest singular non-person (in its own sentence first, subjects
   first); "they" reported by a plural speaker is that speaker ("officials said they ..."); an
   object "them" takes an object of its own sentence first; else they/their the nearest plural
   group, unless that is a collective. ``who`` takes its noun. A possessive his/her belongs to
   its clause's doer ("force Saddam to withdraw his army"), else to the one person its sentence
   names; the owner of a subject counts as the subject; no antecedent lies beyond the two
   sentences before (quoted sentences not counted); an uncoded person named as the latest
   subject, or a second coded person in the pronoun's sentence, leaves he/she null.

What cannot be resolved keeps its text and a null country — never a guess that looks certain.

This module holds the spaCy factory, the ``ActorsComponent`` and the functions later components call
(``actor_for_token``, ``collective_parties``); the rules above live in ``resolver`` and the mixin
modules it names, the word lists in ``constants``, and parse helpers in ``clauses``, ``names`` and
``places``. Names other modules have always imported from here are re-exported.
"""
from __future__ import annotations

import os

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

import eventwire.extract.extensions  # noqa: F401  (registers Doc extensions)
from eventwire.extract.actors.clauses import names_a_sponsor
from eventwire.extract.actors.coding import make_actor, with_country
from eventwire.extract.actors.constants import (ADDRESS_TITLES, COLLECTIVES_KEY, COUNTRY_NOUNS,
    ENV_EXTRA_FILES, GROUP_ANAPHORS, HONORIFICS, INNER_DEPS, LABEL_BY_KIND, NP_MODIFIERS, PARTY_ADJECTIVES,
    PERSON_PRONOUNS, PLURAL_PRONOUNS, SECTOR_LABELS, THING_PRONOUNS)
from eventwire.extract.actors.dictionary import Entry, load_dictionary
from eventwire.extract.actors.names import (drop_names_inside_other_names, is_adjective_homograph,
    is_word_of_personal_name)
from eventwire.extract.actors.places import (city_country, country_positions, dateline_of, fits_article,
    focus_country, named_countries, spelled_out_earlier, title_countries)
from eventwire.extract.actors.quotations import find_quotations
from eventwire.extract.actors.resolver import Resolver
from eventwire.extract.extensions import doc_text
from eventwire.models import Actor, Entity

# Public names: this module's own, and those other modules import from here since the rules
# moved to the modules above (keep importing them from here).
__all__ = [
    'ADDRESS_TITLES', 'ActorsComponent', 'COLLECTIVES_KEY', 'COUNTRY_NOUNS', 'DICTIONARY_KEY',
    'ENV_EXTRA_FILES', 'GROUP_ANAPHORS', 'HONORIFICS', 'PERSON_PRONOUNS', 'PLURAL_PRONOUNS', 'SECTOR_LABELS',
    'THING_PRONOUNS', 'actor_for_token', 'city_country', 'collective_parties', 'configured_extra_files',
    'coordinated_name_modifiers', 'find_quotations', 'make_actor', 'make_actors_component',
]

for _name in ("ew_actor_heads", "ew_names", "ew_person_aliases", "ew_sector_terms", "ew_context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# ew_actor_heads: token index -> Actor; ew_names: token index -> (Span, list[Entry]);
# ew_person_aliases: surname -> Actor; ew_sector_terms: end token index -> (Span, sector);
# ew_context: (focus country, dateline end char, [(token index, country), ...], dateline country,
#              the countries the headline names).


DICTIONARY_KEY = "ew_actor_files"   # user_data: the user files of the dictionary the component used


def _resolver(doc: Doc) -> Resolver:
    """A resolver for later components (events, quotes), with the dictionary the actors
    component used on this doc (user files included; the dictionary is cached per set of files).
    The last doc's resolver is kept (``_LATEST``): the events component asks about thousands of
    tokens of one doc in a row, and building a resolver for each question cost more than most answers."""
    latest = _LATEST.get("doc")
    if latest is not doc:
        dictionary = load_dictionary(doc.user_data.get(DICTIONARY_KEY, ()))
        focus, dateline_end, positions, dateline, title = doc._.ew_context or (None, 0, [], None, ())
        _LATEST.update(doc=doc, resolver=Resolver(doc, dictionary, focus, dateline_end, tuple(positions), dateline, title),
                       heads=doc._.ew_actor_heads or {}, answers={})
    return _LATEST["resolver"]


# The doc later components last asked about, its resolver, and the answers already given for its
# tokens (None included: most tokens a coder asks about are no actor). One slot, so one doc is kept.
_LATEST: dict = {}


# -- the component ---------------------------------------------------------------------------

def configured_extra_files(extra_files: list[str] | tuple[str, ...] | None = None,
                           user_file: str | None = None) -> tuple[str, ...]:
    """User dictionary files: the component's config (which ``eventwire.nlp`` fills from the
    ``actors.extra_files`` setting), then ``$EVENTWIRE_ACTORS`` (paths separated by the OS path
    separator; how the CLI's ``--actors`` reaches worker processes)."""
    files = list(extra_files or [])
    if user_file:
        files.append(user_file)
    files.extend(p for p in os.environ.get(ENV_EXTRA_FILES, "").split(os.pathsep) if p)
    return tuple(dict.fromkeys(str(f) for f in files))


@Language.factory(
    "eventwire_actors",
    assigns=["doc._.actor_mentions"],
    default_config={"user_file": None, "extra_files": []},
)
def make_actors_component(nlp: Language, name: str, user_file: str | None, extra_files: list[str]):
    return ActorsComponent(nlp, user_file, extra_files)


class ActorsComponent:
    """Matches dictionary names and sector terms, then resolves every actor-like noun phrase."""

    def __init__(self, nlp: Language, user_file: str | None = None, extra_files: list[str] | None = None):
        self.files = configured_extra_files(extra_files, user_file)
        self.dictionary = load_dictionary(self.files)
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.tokenizer = nlp.tokenizer   # headlines are matched on their tokens alone (title_countries)
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces = list(self.dictionary.names)
        self.names.add("NAME", list(nlp.tokenizer.pipe(surfaces)))
        terms = list(self.dictionary.sector_terms) + list(self.dictionary.titles)
        # abbreviated titles ("rep.", "gov.") are single tokens only when capitalized ("Rep.")
        terms += [term.capitalize() for term in terms if term.endswith(".")]
        self.terms.add("TERM", list(nlp.tokenizer.pipe(terms)))

    def __call__(self, doc: Doc) -> Doc:
        self.index_names(doc)
        self.index_terms(doc)
        drop_names_inside_other_names(doc)
        doc._.ew_actor_heads = {}
        doc._.ew_person_aliases = {}
        doc.user_data[COLLECTIVES_KEY] = []
        doc.user_data[DICTIONARY_KEY] = self.files
        dateline_end, dateline_country = dateline_of(doc, self.dictionary)
        positions = country_positions(doc, self.dictionary, dateline_end)
        # the headline's countries (those the body names too) count toward the article's own
        # country: "Honduras's ruling party rejects election count" over a body that names the US
        # six times and Honduras five
        headline = self.headline_countries(doc._.title, positions, doc._.published)
        focus = focus_country(positions, dateline_country, headline)
        doc._.ew_context = (focus, dateline_end, positions, dateline_country, headline)
        resolver = Resolver(doc, self.dictionary, focus, dateline_end, tuple(positions), dateline_country, headline)
        resolved: list[Token] = []
        for token in doc:
            if token.pos_ not in ("NOUN", "PROPN", "PRON") and token.i not in doc._.ew_names:
                continue
            actor = resolver.actor_for_token(token)
            if actor is None:
                continue
            doc._.ew_actor_heads[token.i] = actor
            resolved.append(token)
        doc._.actor_mentions = [mention for token in resolved if self.is_mention_head(doc, token)
                                for mention in self.mentions_of(doc, token, doc._.ew_actor_heads[token.i])]
        _LATEST.clear()   # answers given while this doc's actors were still being found are not kept
        return doc

    def mentions_of(self, doc: Doc, token: Token, actor: Actor) -> list[Entity]:
        """The mention of an actor phrase, or one per nationality when coordinated names modify
        its head ("Saudi and Iranian officials" -> "Saudi" SAU GOV, "Iranian officials" IRN GOV)."""
        members = coordinated_name_modifiers(doc, token)
        if len(members) < 2 or actor.sector is None:
            return [self.mention(doc, token, actor)]
        out = []
        for member in members[:-1]:
            span = doc._.ew_names[member.i][0]
            owner = doc._.ew_actor_heads.get(member.i) or actor_for_token(member)
            if owner is None or not owner.country:
                return [self.mention(doc, token, actor)]
            out.append(Entity(text=span.text, label="ACTOR", start=span.start_char, end=span.end_char,
                              actor=with_country(owner.country, actor, span.text, self.dictionary)))
        last = members[-1]
        owner = actor_for_token(last)
        if owner is None or not owner.country:
            return [self.mention(doc, token, actor)]
        start = doc._.ew_names[last.i][0].start_char
        end = doc._.ew_names[token.i][0].end_char if token.i in doc._.ew_names else token.idx + len(token.text)
        text = doc_text(doc)[start:end]
        out.append(Entity(text=text, label="ACTOR", start=start, end=end,
                          actor=with_country(owner.country, actor, text, self.dictionary)))
        return out

    @staticmethod
    def is_mention_head(doc: Doc, token: Token) -> bool:
        """Only the head of an actor phrase is a mention: not the first words of a name
        ("New" in "New Delhi") nor a modifier inside a larger actor phrase ("Pakistani troops")."""
        found = doc._.ew_names.get(token.i)
        if found and token.i != found[0].end - 1:
            return False
        if found and names_a_sponsor(token):
            return False   # "Iranian" in "Iranian-backed rebels" is part of the larger phrase
        if token.dep_ in INNER_DEPS and token.head.i != token.i:
            if token.head.i in doc._.ew_actor_heads:
                return False
            # A modifier of a non-actor: "its choosing", "the coalition's budget" are mentions,
            # "Brazil's election" and "Russian losses" are not.
            if token.text in PARTY_ADJECTIVES and token.dep_ in ("amod", "compound"):
                return False   # "the Democratic nomination", "a Republican primary": no one acts
            return not (found and _kind(found[1]) in ("country", "adjective", "capital"))
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "for") and token.head.head.i in doc._.ew_actor_heads:
            return False
        return True

    def headline_countries(self, title: str | None, positions: list[tuple[int, str]], published: str | None) -> tuple:
        """The countries the headline names that the body names too: a headline's name alone ("FSA
        fines Barclays", "IRA subsidies anger EU carmakers") may be an acronym or a label the body
        would have told apart, and decides nothing."""
        named = {country for _, country in positions}
        if not named or not title or not title.strip():
            return ()   # (asked for every doc: the title is matched only when it could count)
        return tuple(c for c in title_countries(self.name_matches(self.tokenizer(title)), published) if c in named)

    def name_matches(self, doc: Doc) -> list[tuple[Span, list[Entry]]]:
        """Every dictionary name matched in ``doc`` (the longer where two overlap), with its entries."""
        return [(span, self.dictionary.names.get(span.text, []))
                for span in filter_spans([doc[s:e] for _, s, e in self.names(doc)])]

    def index_names(self, doc: Doc) -> None:
        matches = self.name_matches(doc)
        spans = [span for span, _ in matches]
        index = {}
        named = named_countries(doc, spans, self.dictionary)
        listed = {token.i for span in spans for token in span} if named else set()
        for span, entries in matches:
            if any(entry.needs for entry in entries):
                entries = [entry for entry in entries if fits_article(entry, span, named, listed)] \
                    or spelled_out_earlier(span, index)
                if not entries:
                    continue
            for token in span:
                index[token.i] = (span, entries)
        doc._.ew_names = index

    def index_terms(self, doc: Doc) -> None:
        index: dict[int, tuple[Span, str]] = {}
        for _, s, e in self.terms(doc):
            span = doc[s:e]
            key = span.text.lower()
            sector = self.dictionary.sector_terms.get(key) or self.dictionary.titles.get(key)
            best = index.get(e - 1)
            if sector and is_word_of_personal_name(span, self.dictionary.titles):
                continue
            if sector and len(span) == 1 and is_adjective_homograph(span[0]):
                continue   # "a firm response" is no business
            if sector and (best is None or len(span) > len(best[0])):
                index[e - 1] = (span, sector)
        doc._.ew_sector_terms = index

    @staticmethod
    def mention(doc: Doc, token: Token, actor: Actor) -> Entity:
        found = doc._.ew_names.get(token.i)
        end = found[0].end if found else token.i + 1
        if token.pos_ == "PRON":
            start = token.i
        else:
            start = min((t.left_edge.i for t in token.lefts if t.dep_ in NP_MODIFIERS), default=token.i)
            if found:
                start = min(start, found[0].start)
            dateline_end = (doc._.ew_context or (None, 0))[1] or 0
            while start < token.i and (doc[start].idx < dateline_end
                                       or doc[start].dep_ in ("det", "punct", "cc", "predet")):
                start += 1   # nor does it reach back into a dateline ("NAIROBI, May 2 - Kenyan police")
        span = doc[start:end]
        if found and found[0].start == start:
            label = LABEL_BY_KIND.get(_kind(found[1]), "ACTOR")
        else:
            label = token.ent_type_ or ("PRON" if token.pos_ == "PRON" else "ACTOR")
        return Entity(text=span.text, label=label, start=span.start_char, end=span.end_char, actor=actor)


def coordinated_name_modifiers(doc: Doc, head: Token) -> list[Token]:
    """The coordinated names modifying ``head`` in order ("Saudi", "Iranian" in "Saudi and
    Iranian officials"); empty when the head has no such chain."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.i in doc._.ew_names:
            chain = [c for c in child.conjuncts if c.i in doc._.ew_names and c.i < head.i]
            if chain:
                return sorted([child, *chain], key=lambda t: t.i)
    return []


def _kind(entries: list[Entry]) -> str:
    return entries[0].kind if entries else ""


def collective_parties(token: Token) -> list[Actor]:
    """The two actors a collective phrase headed by ``token`` stands for when the actors component
    can tell them from one country's civil war ("the two warring sides" after "Sudan's army" and
    "the RSF" -> SDN MIL, SDN REB); empty otherwise (the events component's own split of "both
    sides" between two countries applies then)."""
    doc = token.doc
    if doc._.ew_actor_heads is None:
        return []
    return _resolver(doc).warring_pair(token)


def actor_for_token(token: Token) -> Actor | None:
    """The coded actor of the noun phrase headed by ``token`` (after ``eventwire_actors`` ran)."""
    doc = token.doc
    if _LATEST.get("doc") is not doc:
        if doc._.ew_actor_heads is None:
            return None
        _resolver(doc)
    heads, answers = _LATEST["heads"], _LATEST["answers"]
    if token.i in heads:
        return heads[token.i]
    if token.i not in answers:
        answers[token.i] = _LATEST["resolver"].actor_for_token(token)
    return answers[token.i]
