"""Nineteenth pass of issue 5 (docs/actors.md, pass 37): two unowned armed groups coordinated with
each other no longer ask for each other's actor without end; envoys' and UN coordinators' titles;
an object pronoun after an order. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import token_of
from eventwire.extract.actors.component import actor_for_token
from eventwire.pipeline import extract


def test_two_coordinated_unowned_groups_resolve_without_recursion(nlp) -> None:
    text = ("Niger recalled its envoy. Agadez was the scene of heavy fighting last July, when rebels "
            "and jihadists ambushed a column of Nigerien soldiers and Russian Wagner fighters, killing dozens.")
    rebels = actor_for_token(token_of(nlp, text, "rebels", published="2025-03-02"))
    jihadists = actor_for_token(token_of(nlp, text, "jihadists", published="2025-03-02"))
    assert rebels is not None and rebels.sector == "REB"
    assert jihadists is not None and jihadists.sector == "REB"


def test_an_article_with_coordinated_groups_is_extracted_whole() -> None:
    text = ("Niger recalled its envoy. Agadez was the scene of heavy fighting last July, when rebels "
            "and jihadists ambushed a column of Nigerien soldiers and Russian Wagner fighters, killing dozens.")
    result = extract(text, published="2025-03-02")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.country == "NER" for e in result.events)


def test_a_special_representative_is_an_official_of_the_possessor(nlp) -> None:
    text = "Mohammad Sadiq, Pakistan's special representative for Afghanistan, met Taliban ministers."
    assert actor_for_token(token_of(nlp, text, "Sadiq")).code == "PAKGOV"


def test_the_un_resident_coordinator_is_the_un(nlp) -> None:
    text = "The UN resident coordinator criticised the junta on Tuesday."
    assert actor_for_token(token_of(nlp, text, "coordinator")).code.startswith("IGOUNO")


def test_them_after_an_order_and_a_participle_is_the_ordered_party(nlp) -> None:
    text = ("Militants attacked a base in the north, and the army said it had killed dozens of the "
            "attackers on their escape routes. On Tuesday the government ordered two Belgian diplomats "
            "to leave the country, accusing them of subversion.")
    them = [t for t in token_of(nlp, text, "them", published="2025-05-29").doc if t.text == "them"][-1]
    assert actor_for_token(them).country == "BEL"
