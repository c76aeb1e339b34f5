"""Pronouns and their antecedents: he/she, it/its, they/them, who, and first-person "we" in quotes.

The order is given in the ``component`` module's docstring (rule 5): a clause's own doer binds a
possessive, a two-sentence window bounds the search, and an uncoded person in between leaves he/she
null. Pleonastic "it" is detected in ``pleonastic``."""
from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.actors.clauses import clause_doer, is_participle_adjunct
from eventwire.extract.actors.constants import (ACTOR_OBJECT_VERBS, COLLECTIVES_KEY, CREW_NOUNS, FEMALE_PRONOUNS,
    FIRST_PERSON_PRONOUNS, HOSTILE_VERBS, INNER_DEPS, MALE_PRONOUNS, NON_ACTOR_IT_DEPS, OBJECT_DEPS,
    OBJECT_PRONOUNS, PARTITIVE_WORDS, PERSON_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_WINDOW_SENTENCES,
    RELATIVE_PRONOUNS, REPORTING_VERBS, SUBJECT_DEPS, THING_PRONOUNS)
from eventwire.extract.actors.names import proper_noun_positions
from eventwire.extract.actors.pleonastic import is_pleonastic_it
from eventwire.extract.extensions import sentence_of
from eventwire.models import Actor


class PronounMixin:
    """Antecedents of pronouns."""

    # -- pronouns -----------------------------------------------------------------------
    def antecedent(self, pronoun: Token) -> Actor | None:
        """The actor a pronoun refers to (see the module docstring for the order)."""
        word = pronoun.lower_
        if word in RELATIVE_PRONOUNS:
            noun = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
            return self.relabel(self.doc._.ew_actor_heads.get(noun.i) if noun is not None else None, pronoun)
        if word == "whose":
            return self.relabel(self.relative_owner(pronoun), pronoun)
        if word in PERSON_PRONOUNS:
            return self.relabel(self.same_gender(pronoun), pronoun)
        if word in THING_PRONOUNS and pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in ACTOR_OBJECT_VERBS:
            return self.relabel(self.addressed_party(pronoun), pronoun)
        if word in THING_PRONOUNS:
            if pronoun.dep_ in NON_ACTOR_IT_DEPS or self.owned_by_uncoded_doer(pronoun) or is_pleonastic_it(pronoun):
                return None
            return self.relabel(self.nearest(pronoun, self.is_thing_antecedent), pronoun)
        if word in PLURAL_PRONOUNS:
            if is_partitive_them(pronoun):
                # "30 people, many of them migrants": the group just named, whatever is nearer;
                # none when the group is no actor ("camps around Cox's Bazar, most of them ...")
                group = partitive_group(pronoun)
                return self.relabel(self.noun_actor(group) if group is not None else None, pronoun)
            if self.follows_collective(pronoun):
                return None
            speaker = self.plural_speaker_of(pronoun)
            if speaker is not None:
                # the speaker's actor, or none when the speaker is uncoded ("witnesses said they
                # ..."): never the audience or an earlier group
                return self.relabel(self.doc._.ew_actor_heads.get(speaker.i), pronoun)
            earlier = self.same_word_class(pronoun, PLURAL_PRONOUNS)
            if earlier is None and self.singular_body_between(pronoun):
                return None
            return self.relabel(earlier or self.nearest(pronoun, self.is_plural_antecedent), pronoun)
        if word in FIRST_PERSON_PRONOUNS:
            if pronoun.dep_ == "poss" and pronoun.head.i not in self.doc._.ew_sector_terms:
                return None   # "our villages", "our sons": the speaker owns them, they are no actor
            return self.relabel(self.quotation_speaker(pronoun), pronoun)
        return None

    def addressed_party(self, pronoun: Token) -> Actor | None:
        """ "Algeria severed relations with Rabat, accusing it of hostile acts": the object "it" of
        a verb that takes a party ("accuse", "urge", "warn") is the nearest earlier actor that is
        not the verb's doer (its subject, or the subject of the clause a participle hangs on)."""
        verb = pronoun.head
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not doers and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        heads = self.doc._.ew_actor_heads
        barred = {heads[d.i].code for d in doers if d.i in heads} | {None}
        barred_at = {t.i for d in doers for t in (d, *d.conjuncts)}
        for i in self.candidates(pronoun, bar_subjects=False):
            if i in barred_at or not self.is_thing_antecedent(self.doc[i]) or self.doc[i].pos_ == "PRON":
                continue
            if heads[i].code not in barred and heads[i].country:
                return heads[i]
        return None

    def relative_owner(self, pronoun: Token) -> Actor | None:
        """ "Brazil and Colombia, whose leftist presidents ...", "the ministry, whose officials
        ...": a possessive relative pronoun is the noun its relative clause describes (the first of
        coordinated nouns, as for the phrase itself)."""
        clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and clause.head.i < pronoun.i:
            actor = self.noun_actor(clause.head)
            if actor is not None:
                return actor
        # the parser may hang the clause elsewhere (on a dateline): the noun just before the comma
        before = pronoun.i - 1 if pronoun.i > 0 and self.doc[pronoun.i - 1].text != "," else pronoun.i - 2
        if before < 0 or self.doc[before].pos_ not in ("NOUN", "PROPN"):
            return None
        noun = self.doc[before]
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        return self.noun_actor(noun)

    def noun_actor(self, noun: Token) -> Actor | None:
        """The actor of the phrase headed by ``noun``, from the coded heads or the resolver."""
        return self.doc._.ew_actor_heads.get(noun.i) or self.actor_for_token(noun)

    def owned_by_uncoded_doer(self, pronoun: Token) -> bool:
        """ "Facebook was violating its 2011 deal": an "its" in the object of a clause whose doer
        is a name the dictionary cannot code belongs to that name, not to an earlier actor."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ != "dobj":
            return False
        doer = clause_doer(pronoun.head.head)
        return doer is not None and doer.pos_ == "PROPN" and doer.i not in self.doc._.ew_actor_heads \
            and doer.i not in self.doc._.ew_names

    def plural_speaker_of(self, pronoun: Token) -> Token | None:
        """ "officials said they had agreed", "the rebels announced they would withdraw": the subject
        "they" of what a plural speaker says is that speaker (the head of its phrase)."""
        verb = pronoun.head
        if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
            return None
        if verb.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if not speakers and verb.head.dep_ == "conj":
            # "organisers demanded his resignation and told reporters they would go on": the speaker
            # is the subject the coordinated verbs share, not the audience
            speakers = [c for c in verb.head.head.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if len(speakers) != 1 or not self.is_plural_antecedent(speakers[0]) or speakers[0].pos_ == "PRON":
            return None
        return speakers[0]

    def follows_collective(self, pronoun: Token) -> bool:
        """ "The two ministers agreed to coordinate their positions": a plural pronoun whose
        nearest plural antecedent stands for several actors stays unresolved too."""
        collectives = [i for i in self.doc.user_data.get(COLLECTIVES_KEY, ()) if i < pronoun.i
                       and i >= self.window_start(pronoun)]
        fitting = [i for i in self.candidates(pronoun) if self.is_plural_antecedent(self.doc[i])]
        if fitting and self.coordinates_countries(self.doc[fitting[0]]):
            return True   # "Mali, Burkina Faso and Niger announced they ..."
        return bool(collectives) and max(collectives) >= (fitting[0] if fitting else -1)

    def singular_body_between(self, pronoun: Token) -> bool:
        """ "The U.S. Navy has 27 ships in the Gulf. They are aided by ...": when a subject "they"
        has no plural antecedent in its own sentence and the nearest actor of the sentence before
        is a singular body (not a person) that is that sentence's subject, the pronoun may mean the
        body's members or its assets, or a plural further back; rather than guess past the body,
        the pronoun stays unresolved. Object pronouns keep their own rules."""
        if pronoun.dep_ not in SUBJECT_DEPS:
            return False   # "urged the authorities to release them": an object keeps its own rules
        own = sentence_of(pronoun).start
        floor = sentence_of(self.doc[own - 1]).start if own > 0 else own
        for i in self.candidates(pronoun):
            token = self.doc[i]
            if i < floor or self.is_plural_antecedent(token):
                return False
            if i >= own:
                continue   # only a body of the sentence before stands in the way
            if token.pos_ != "PRON" and token.dep_ in SUBJECT_DEPS and self.is_thing_antecedent(token) \
                    and token.tag_ in ("NNP", "NN"):
                return True
        return False

    def coordinates_countries(self, token: Token) -> bool:
        """Whether a token is one of several coordinated actors of different countries."""
        heads = self.doc._.ew_actor_heads
        if token.dep_ != "conj" and not any(c.dep_ == "conj" for c in token.children):
            return False
        countries = {heads[t.i].country for t in [token, *token.conjuncts] if t.i in heads}
        return len(countries - {None}) >= 2

    @staticmethod
    def relabel(actor: Actor | None, pronoun: Token) -> Actor | None:
        return actor.model_copy(update={"text": pronoun.text}) if actor is not None else None

    def candidates(self, pronoun: Token, bar_subjects: bool = True) -> list[int]:
        """Token indexes of resolved actors before the pronoun, nearest first (same or previous
        two sentences); an object pronoun never takes its own clause's subject ("police fired
        tear gas to disperse them")."""
        floor = self.window_start(pronoun)
        heads = self.doc._.ew_actor_heads
        barred = self.clause_subjects(pronoun) | hostile_doers(pronoun) if bar_subjects else set()
        return [i for i in range(pronoun.i - 1, floor - 1, -1)
                if i in heads and i not in barred and not self.is_inner(self.doc[i])]

    def window_start(self, pronoun: Token) -> int:
        """The first token a pronoun may reach back to: the start of the sentence two before its
        own (sentences wholly inside a quotation not counted), and never more than 80 tokens
        before its own sentence."""
        start = sentence_of(pronoun).start
        floor, counted = start, 0
        while floor > 0 and counted < PRONOUN_WINDOW_SENTENCES:
            sentence = sentence_of(self.doc[floor - 1])
            floor = sentence.start
            if not self.wholly_quoted(sentence):
                counted += 1   # a quoted sentence is the speaker's words: "Petric ... 'It was a
                               # mistake. It would have ...,' he warned" reaches back over it
        return max(floor, start - 80, 0)

    def wholly_quoted(self, sentence: Span) -> bool:
        """Whether every word of a sentence lies inside one quotation."""
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        if not words:
            return True
        span = self.quotation_at(words[0].idx)
        return span is not None and words[-1].idx < span[1]

    @staticmethod
    def clause_subjects(pronoun: Token) -> set[int]:
        """Subjects (and controllers) of the clause an object pronoun sits in."""
        if pronoun.dep_ not in OBJECT_DEPS or pronoun.lower_ not in OBJECT_PRONOUNS:
            return set()
        verb = pronoun.head
        if verb.dep_ == "prep":
            verb = verb.head
        barred: set[int] = set()
        object_free = False   # the verb's object is not the clause's doer (see below)
        while True:
            barred |= {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj"} and c.i < pronoun.i
                       and not (c.dep_ == "dobj" and (c.head.i == pronoun.head.i or object_free))}
            barred -= {pronoun.i}
            if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i and not any(
                    c.dep_ in SUBJECT_DEPS for c in verb.children):
                # "ordered two diplomats to leave, accusing them of spying": a participle adjunct is
                # done by its verb's subject, so that verb's object may be the pronoun's antecedent
                # ("urged the army to release them" bars the army, the infinitive's doer)
                # "met Erdogan and urged him": a second verb's doer is the first verb's subject,
                # so the first verb's object may be the pronoun's antecedent too
                object_free = object_free or is_participle_adjunct(verb) or verb.dep_ == "conj"
                verb = verb.head
                continue
            return barred

    def is_inner(self, token: Token) -> bool:
        return token.dep_ in INNER_DEPS and token.head.i in self.doc._.ew_actor_heads

    def same_gender(self, pronoun: Token) -> Actor | None:
        """he/she: an earlier pronoun of the same gender, else the nearest person (subjects
        first) that no earlier pronoun of the other gender already stands for."""
        group = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
        other = FEMALE_PRONOUNS if group is MALE_PRONOUNS else MALE_PRONOUNS
        heads = self.doc._.ew_actor_heads
        candidates = self.candidates(pronoun)
        earlier = next((i for i in candidates if self.doc[i].lower_ in group), None)
        taken = {(heads[i].name, heads[i].code) for i in self.candidates(pronoun, bar_subjects=False)
                 if self.doc[i].lower_ in other}
        people = [i for i in candidates if self.doc[i].pos_ != "PRON" and self.is_person_antecedent(self.doc[i])
                  and (heads[i].name, heads[i].code) not in taken]
        bound = self.clause_binder(pronoun, people)
        if bound is None:
            bound = self.sole_owner_in_sentence(pronoun, people, earlier)
        if bound is not None and not self.unlisted_person_between(bound, pronoun):
            return heads[bound]
        chosen = self.gender_antecedent(pronoun, people, earlier)
        if chosen is None or self.unlisted_person_between(chosen, pronoun) \
                or self.passes_over_own_person(pronoun, chosen, people):
            return None
        return heads[chosen]

    def clause_binder(self, pronoun: Token, people: list[int]) -> int | None:
        """A possessive he/she owned by its own clause's doer: "sanctions force Saddam to withdraw
        his army" (the controller of "withdraw"), "the king recalled his envoy" (the subject).
        The doer must be a resolved person of the pronoun's sentence; none when it is not."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("dobj", "nsubjpass"):
            return None
        doer = clause_doer(pronoun.head.head)
        if doer is None or doer.i not in people or doer.i < sentence_of(pronoun).start:
            return None
        return doer.i

    def sole_owner_in_sentence(self, pronoun: Token, people: list[int], earlier: int | None) -> int | None:
        """A possessive he/she after one person alone named earlier in its sentence ("During
        Trump's visit to Riyadh - the first stop on his trip -", "by destroying Saddam Hussein's
        machine they hope to destroy his regime"): that person, unless a same-gender pronoun of
        the sentence stands between."""
        start = sentence_of(pronoun).start
        if pronoun.dep_ != "poss" or (earlier is not None and earlier >= start):
            return None
        heads = self.doc._.ew_actor_heads
        own = [i for i in people if i >= start]
        if not own or len({(heads[i].name, heads[i].code) for i in own}) != 1:
            return None
        return own[0]

    def passes_over_own_person(self, pronoun: Token, chosen: int, people: list[int]) -> bool:
        """Whether a he/she resolved to someone before its sentence passes over another resolved
        person named earlier in its own sentence ("... by destroying Saddam Hussein's military
        machine they hope to destroy his regime"): two people compete, and a null beats a guess."""
        start = sentence_of(pronoun).start
        if chosen >= start:
            return False
        heads = self.doc._.ew_actor_heads
        return any(i >= start and (heads[i].name, heads[i].code) != (heads[chosen].name, heads[chosen].code)
                   for i in people)

    def gender_antecedent(self, pronoun: Token, people: list[int], earlier: int | None) -> int | None:
        """The token index a he/she stands for among resolved people and earlier pronouns."""
        introduced = self.newly_introduced(pronoun, people)
        if introduced is not None and (earlier is None or introduced > earlier):
            return introduced
        if earlier is not None:
            later = self.subject_since(pronoun, people, earlier)
            return later if later is not None else earlier
        for i in people:
            if self.doc[i].dep_ in SUBJECT_DEPS:
                return i
        return people[0] if people else None

    def unlisted_person_between(self, chosen: int, pronoun: Token) -> bool:
        """Whether a named person the dictionary cannot code ("Larry King said he ...") is the
        subject of a clause between the antecedent found and the pronoun, in the pronoun's own
        sentence or the one before: the pronoun then stands for that person, and a null beats
        another's code."""
        start = sentence_of(pronoun).start
        if start > 0:
            start = sentence_of(self.doc[start - 1]).start   # "Nhek Bunchhay ... appeared confident. He said"
        start = max(chosen + 1, start)
        heads = self.doc._.ew_actor_heads
        quoted = self.quotation_at(pronoun.idx) is not None
        key = (heads[chosen].name, heads[chosen].code)
        # The latest named subject decides: "... said Bernard Tolbert. Kopp, 44, became the
        # subject of a manhunt when he was called a witness" is about Kopp, whom the text resolved
        # to the antecedent found; a resolved subject that is someone else decides nothing.
        for token in reversed(self.doc[start:pronoun.i]):
            if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" and not self.names_a_person(token):
                continue
            if token.i in heads and (heads[token.i].name, heads[token.i].code) == key \
                    or self.named_for(token, heads[chosen]):
                return False
            if token.i in heads or token.i in self.doc._.ew_names:
                continue   # someone else, resolved: look further back
            if self.names_a_person(token) and not (quoted and token.head.lemma_.lower() in REPORTING_VERBS):
                return True
        return False

    def named_for(self, token: Token, actor: Actor) -> bool:
        """Whether the word of an uncoded name stands for ``actor``: it was part of a phrase
        resolved to that actor before ("a journalist, Aziz Orujov ... Orujov is director")."""
        key = (actor.name, actor.code)
        heads = self.doc._.ew_actor_heads
        if token.text in actor.text.split():
            return True
        for j in proper_noun_positions(self.doc).get(token.text, ()):
            if j >= token.i:
                break
            near = self.doc[j]
            # the name itself, the phrase it is part of, or a title in apposition to it
            # ("Leonid Slutsky, chairman of the committee")
            around = [near, near.head, near.head.head, *(c for c in near.children if c.dep_ == "appos")]
            if any(t.i in heads and (heads[t.i].name, heads[t.i].code) == key for t in around):
                return True
        return False

    def names_a_person(self, token: Token) -> bool:
        """Whether a word is a person's name: tagged so, or the surname of a person tagged
        earlier ("... the remains of Christopher Howes. Howes had been working ...")."""
        if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
            return True
        if not token.is_title:
            return False
        earlier = proper_noun_positions(self.doc).get(token.text, ())
        return any(i < token.i and self.doc[i].ent_type_ == "PERSON" for i in earlier)

    def subject_since(self, pronoun: Token, people: list[int], earlier: int) -> int | None:
        """A named person who became the subject of a sentence after an earlier same-gender
        pronoun and before this one's sentence ("Governor Adam says he ... Colonel Bekele says 12
        were killed. He describes ..." -> Bekele): the new subject takes over the pronoun."""
        start = sentence_of(pronoun).start
        for i in people:
            if i <= earlier:
                return None
            token = self.doc[i]
            if token.pos_ != "PROPN" or i >= start:
                continue
            while token.dep_ in ("appos", "compound", "flat") and token.head.i != token.i:
                token = token.head
            if token.dep_ in SUBJECT_DEPS and sentence_of(token).start > sentence_of(self.doc[earlier]).start:
                return i
        return None

    def newly_introduced(self, pronoun: Token, people: list[int]) -> int | None:
        """A person who is the subject of the pronoun's own sentence ("A Chinese envoy, Liu
        Wenqiang, was in Addis Ababa, where he met ..."): nearer than any earlier he/she."""
        start = sentence_of(pronoun).start
        for i in people:
            if i < start:
                return None
            token = self.doc[i]
            while token.dep_ == "appos" and token.head.i != token.i:
                token = token.head
            if token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS and token.head.i < pronoun.i:
                token = token.head   # "Bush's chief objective in his meeting": the subject's owner
            # "the object of his admiration, Vladimir Putin, has used his ...": a name in apposition
            # to the subject is that subject, whatever the subject's own words
            if token.dep_ in SUBJECT_DEPS and (token.i == i or token.i in people or self.doc[i].pos_ == "PROPN"):
                return i
        return None

    def same_word_class(self, pronoun: Token, words: set[str]) -> Actor | None:
        for i in self.candidates(pronoun):
            if self.doc[i].lower_ in words and sentence_of(self.doc[i]).start >= sentence_of(pronoun).start - 80:
                return self.doc._.ew_actor_heads[i]
            if self.doc[i].pos_ != "PRON":
                return None
        return None

    def nearest(self, pronoun: Token, fits) -> Actor | None:
        """The nearest fitting antecedent, subjects first within the pronoun's own sentence and
        the one before it."""
        fitting = [i for i in self.candidates(pronoun) if fits(self.doc[i])]
        if not fitting:
            return None
        start = sentence_of(pronoun).start
        # The pronoun's own sentence first: "The African Union ... named X as its envoy" is not
        # about the subject of the sentence before.
        for group in ([i for i in fitting if i >= start], [i for i in fitting if i < start]):
            if group and group[0] >= start and self.is_object_pronoun(pronoun):
                # "police detained four journalists, and a watchdog urged the authorities to release
                # them": an object pronoun takes an object of its own sentence before a subject.
                objects = [i for i in group if self.doc[i].dep_ == "dobj"]
                if objects:
                    return self.doc._.ew_actor_heads[objects[0]]
            for i in group:
                if self.doc[i].dep_ in SUBJECT_DEPS or (self.doc[i].dep_ == "ROOT" and self.doc[i].pos_ != "PRON"):
                    return self.doc._.ew_actor_heads[i]
            if group:
                return self.doc._.ew_actor_heads[group[0]]
        return None

    @staticmethod
    def is_object_pronoun(pronoun: Token) -> bool:
        """ "release them", "joined him": an object form used as a verb's direct object."""
        return pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ == "dobj"

    def is_person_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in PERSON_PRONOUNS
        if token.tag_ == "NNPS" and self.is_listed_person(token):
            return True   # "Guterres", which the small model tags as a plural name
        return (self.is_person(token) or token.lemma_.lower() in PERSON_NOUNS) and token.tag_ not in ("NNS", "NNPS")

    def is_thing_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in THING_PRONOUNS
        return not self.is_person(token) and token.lemma_.lower() not in PERSON_NOUNS \
            and token.tag_ not in ("NNS", "NNPS")

    def is_plural_antecedent(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in PLURAL_PRONOUNS
        return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children) \
            or token.lower_ in CREW_NOUNS   # "the ship's crew said they were unharmed"

    def is_listed_person(self, token: Token) -> bool:
        """Whether the dictionary's best entry for the name at ``token`` is a person."""
        found = self.entries_at(token)
        return bool(found) and self.best_entry(found[1]).kind == "person"

    def is_person(self, token: Token) -> bool:
        if self.entries_at(token):
            return self.is_listed_person(token)
        lemma = token.lemma_.lower()
        hit = self.doc._.ew_sector_terms.get(token.i)
        term = hit[0].text.lower() if hit else lemma
        return term in self.dictionary.titles or lemma in self.dictionary.titles or token.ent_type_ == "PERSON"


def hostile_doers(pronoun: Token) -> set[int]:
    """The doers of a hostile act whose object holds a possessive pronoun or is an object pronoun:
    "the junta expelled its ambassador", "Turkish drones had killed six of their fighters", "their
    fighters were killed by drones", "accused Russian officers of beating them". Nobody expels or
    kills their own without saying "own" (or themselves without "themselves"), so the pronoun skips them."""
    if pronoun.dep_ == "dobj" and pronoun.lower_ in OBJECT_PRONOUNS:
        noun = pronoun   # "accused Russian officers of beating them": not the officers
    elif pronoun.dep_ != "poss" or any(t.lower_ == "own" for t in pronoun.head.lefts):
        return set()
    else:
        noun = pronoun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head   # "six of their fighters"
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in FIRING_PREPOSITIONS:
        verb = fired_verb(verb.head)   # "armed men fired on their boat", "opened fire at their convoy"
        if verb is None:
            return set()
    elif noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in HOSTILE_VERBS:
        return set()
    doers = {c.i for c in verb.children if c.dep_ in ("nsubj", "csubj")}
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        doers |= {c.i for c in agent.children if c.dep_ == "pobj"}
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        # "accused Russian officers of beating them": the one accused is the doer
        doers |= {c.i for c in verb.head.head.children if c.dep_ == "dobj"}
    doers |= {t.i for i in list(doers) for t in verb.doc[i].conjuncts}
    return doers


# Prepositions of shooting at a target: "fired on", "opened fire at", "shot at".
FIRING_PREPOSITIONS = frozenset({"on", "at", "upon"})


def fired_verb(governor: Token) -> Token | None:
    """The verb of a shooting the ``on``/``at`` phrase hangs on: "fired" in "fired on", "opened" in
    "opened fire on" (the phrase may hang on the noun "fire"), a hostile verb ("shot at"); None
    for anything else ("agreed on", "met at")."""
    lemma = governor.lemma_.lower()
    if governor.pos_ == "NOUN" and lemma == "fire" and governor.head.pos_ == "VERB":
        return governor.head
    if governor.pos_ == "VERB" and (lemma == "fire" or lemma in HOSTILE_VERBS):
        return governor
    if governor.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in governor.children):
        return governor   # "opened fire on their convoy", the phrase on "opened"
    return None


def partitive_group(pronoun: Token) -> Token | None:
    """The plural noun a partitive "them" counts out of: "people" in "30 people, many of them
    migrants", "passengers" in "3 million passengers a day, most of them ..." (the nearest plural
    noun of the clause before the comma); None elsewhere."""
    if not is_partitive_them(pronoun):
        return None
    doc = pronoun.doc
    i = pronoun.i
    start = max(sentence_of(pronoun).start, i - 3 - PARTITIVE_REACH)
    for token in reversed(doc[start: i - 3]):
        if token.is_punct:
            return None
        if token.tag_ in ("NNS", "NNPS"):
            return token
    return None


def is_partitive_them(pronoun: Token) -> bool:
    """Whether "them" reads ", most of them" (a partitive whose group is the phrase before)."""
    doc = pronoun.doc
    i = pronoun.i
    return pronoun.lower_ == "them" and i >= 4 and doc[i - 1].lower_ == "of" \
        and doc[i - 2].lower_ in PARTITIVE_WORDS and doc[i - 3].text == ","


# How many words before a partitive "of them" its group may stand ("3 million passengers a day, ...").
PARTITIVE_REACH = 4
