"""Sixth issue-5 pass: civilians named by an outside accuser, owned unions, country nouns that name
no state, and the two sides of one country's civil war -- through ``eventwire.extract``,
``actor_for_span`` and ``collective_parties``."""
from __future__ import annotations

from conftest import mention_actors
from eventwire.extract.actors.component import collective_parties
from eventwire.extract.actors.resolve import actor_for_span


def countries(text: str, published: str = "2024-09-10") -> dict[str, str | None]:
    return mention_actors(text, published, "country")


def parsed(nlp, text: str, published: str = "2024-09-10"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def word_actor(nlp, text: str, word: str, published: str = "2024-09-10"):
    """The actor the resolver gives the first token ``word`` of ``text``."""
    doc = parsed(nlp, text, published)
    token = next(t for t in doc if t.text == word)
    return actor_for_span(doc[token.i: token.i + 1])


def first_token(doc, word: str):
    return next(t for t in doc if t.text == word)


# -- civilians and the country that only speaks of them -------------------------------------------

def test_civilians_do_not_take_the_country_of_a_foreign_accuser(nlp) -> None:
    text = ("OTTAWA (Reuters) - Canada on Friday imposed sanctions on two al-Shabaab commanders, "
            "accusing the group of attacking civilians.")
    actor = word_actor(nlp, text, "civilians")
    assert actor is not None and actor.sector == "CVL"
    assert actor.country is None


def test_civilians_keep_the_country_of_their_own_government_speaking(nlp) -> None:
    text = "Serbia's interior ministry said the protesters would be freed after questioning."
    actor = word_actor(nlp, text, "protesters")
    assert actor is not None and (actor.country, actor.sector) == ("SRB", "CVL")


def test_civilians_keep_the_place_their_clause_names(nlp) -> None:
    text = "Canada condemned the raid, in which gunmen killed four villagers in Ituri province, Congo."
    actor = word_actor(nlp, text, "villagers")
    assert actor is not None and actor.sector == "CVL"
    assert actor.country == "COD"


# -- unions -------------------------------------------------------------------------------------

def test_a_union_owned_by_a_country_is_its_labour_union(nlp) -> None:
    text = "Banks in Lagos stayed shut during a strike called by Nigeria's biggest union."
    actor = word_actor(nlp, text, "union")
    assert actor is not None and (actor.country, actor.sector) == ("NGA", "LAB")


def test_a_bare_definite_union_is_not_read_as_a_labour_union(nlp) -> None:
    text = "The European Union approved the package on Monday, and the union said talks would go on."
    actor = word_actor(nlp, text, "union")
    assert actor is None or actor.sector != "LAB"


# -- country nouns that name no state ------------------------------------------------------------

def test_an_unspecified_country_is_no_actor(nlp) -> None:
    text = "Mali's government blamed the ambush on foreign mercenaries, without naming a country."
    assert word_actor(nlp, text, "country") is None


def test_a_state_of_emergency_and_a_federal_state_are_no_government(nlp) -> None:
    assert word_actor(nlp, "Nepal's prime minister declared a state of emergency.", "state") is None
    assert word_actor(nlp, "Gunmen attacked a village in Nigeria's Borno state on Sunday.", "state") is None


def test_the_country_after_its_own_state_still_names_it(nlp) -> None:
    text = "Guyana's foreign minister said the country would defend its borders."
    actor = word_actor(nlp, text, "country")
    assert actor is not None and (actor.country, actor.sector) == ("GUY", "GOV")


# -- the two sides of one country's civil war ---------------------------------------------------

def test_the_two_warring_sides_of_a_civil_war_are_the_army_and_the_rebels(nlp) -> None:
    text = ("Myanmar's military government accused the Arakan Army of shelling a market. "
            "The two warring sides have not held talks since January.")
    doc = parsed(nlp, text)
    sides = collective_parties(first_token(doc, "sides"))
    assert [(a.country, a.sector) for a in sides] == [("MMR", "MIL"), ("MMR", "REB")]


def test_sides_of_a_dispute_between_two_countries_are_left_to_the_events_split(nlp) -> None:
    text = ("Egypt's foreign minister accused Ethiopia of breaking the deal. "
            "The two sides have not met since March.")
    doc = parsed(nlp, text)
    assert collective_parties(first_token(doc, "sides")) == []


def test_the_urging_country_is_not_one_of_the_warring_parties(nlp) -> None:
    text = ("Myanmar's military government accused the Arakan Army of shelling a market. "
            "Japan urged both parties to return to talks.")
    doc = parsed(nlp, text)
    sides = collective_parties(first_token(doc, "parties"))
    assert {a.country for a in sides} == {"MMR"}
    actor = actor_for_span(doc[first_token(doc, "parties").i: first_token(doc, "parties").i + 1])
    assert actor is not None and actor.sector != "PTY"
