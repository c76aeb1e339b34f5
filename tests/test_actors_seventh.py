"""Seventh issue-5 pass: coordinated nationality modifiers, officers of an international
organization, and unnamed victims of an attack -- through ``eventwire.extract`` and
``actor_for_span``."""
from __future__ import annotations

from conftest import mention_actors
from eventwire.extract.actors.resolve import actor_for_span


def parsed(nlp, text: str, published: str = "2024-05-02"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def word_actor(nlp, text: str, word: str, published: str = "2024-05-02"):
    """The actor the resolver gives the first token ``word`` of ``text``."""
    doc = parsed(nlp, text, published)
    token = next(t for t in doc if t.text == word)
    return actor_for_span(doc[token.i: token.i + 1])


# -- "Brazilian and Chilean diplomats" ---------------------------------------------------------

def test_coordinated_nationalities_keep_the_first_as_the_phrase_actor(nlp) -> None:
    actor = word_actor(nlp, "Brazilian and Chilean diplomats met in Lima on Tuesday.", "diplomats")
    assert actor is not None
    assert (actor.country, actor.sector) == ("BRA", "GOV")


def test_coordinated_nationalities_give_one_mention_per_country() -> None:
    found = mention_actors("Brazilian and Chilean diplomats met in Lima on Tuesday.", "2024-05-02")
    assert found.get("Brazilian") == "BRAGOV"
    assert found.get("Chilean diplomats") == "CHLGOV"
    assert "Brazilian and Chilean diplomats" not in found


def test_a_single_nationality_keeps_one_mention() -> None:
    found = mention_actors("Chilean diplomats met in Lima on Tuesday.", "2024-05-02")
    assert found.get("Chilean diplomats") == "CHLGOV"


# -- "the UN chief" ------------------------------------------------------------------------------

def test_a_person_noun_owned_by_an_international_body_is_that_body(nlp) -> None:
    actor = word_actor(nlp, "The UN chief called the two presidents on Monday.", "chief")
    assert actor is not None
    assert actor.sector == "IGO" and actor.code and actor.code.startswith("IGOUNO")


def test_a_person_noun_owned_by_a_country_is_not_made_an_organization(nlp) -> None:
    actor = word_actor(nlp, "Peru's chief called the two presidents on Monday.", "chief")
    assert actor is None or actor.sector != "IGO"


# -- unnamed victims of an attack ----------------------------------------------------------------

def test_victims_do_not_take_the_attackers_nationality(nlp) -> None:
    actor = word_actor(nlp, "Eritrean gunmen killed four villagers on Saturday.", "villagers")
    assert actor is not None and actor.sector == "CVL"
    assert actor.country is None


def test_victims_take_the_country_of_the_place_inside_the_acting_phrase(nlp) -> None:
    text = "The bombing of a bus station in Mosul by Turkish jets on Friday left nine civilians dead."
    actor = word_actor(nlp, text, "civilians")
    assert actor is not None and actor.country == "IRQ"


def test_victims_keep_a_place_named_in_their_clause(nlp) -> None:
    actor = word_actor(nlp, "Eritrean gunmen killed four villagers in Ethiopia on Saturday.", "villagers")
    assert actor is not None and actor.country == "ETH"


# -- a town the model does not label as a place ------------------------------------------------

def test_people_in_a_town_the_gazetteer_knows_take_its_country(nlp) -> None:
    text = ("ADDIS ABABA (Reuters) - Ethiopia's army said on Monday that its border units were on alert. "
            "Hundreds of mourners buried the dead in Doka on Wednesday.")
    actor = word_actor(nlp, text, "mourners")
    assert actor is not None and actor.sector == "CVL"
    assert actor.country == "SDN"
