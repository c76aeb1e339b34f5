"""Nineteenth pass of issue 5: two unowned armed groups coordinated with each other no longer ask
for each other's actor without end. Every sentence here is written for the test."""
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
