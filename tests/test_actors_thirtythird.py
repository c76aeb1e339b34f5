"""Thirty-third pass (issue 5, actors): names found wrong on the twenty-fourth pass's study set.
A group a mention says is "X-based" is X's, whatever country the article is about; a member "of"
an armed body's unit ("a commander of Hezbollah's elite force") is that body's. Every sentence here
is written for the test."""
from __future__ import annotations

import pytest

from conftest import mention_actors

PUBLISHED = "2025-06-14"


def codes(text: str) -> dict[str, str | None]:
    return mention_actors(text, PUBLISHED)


# --- "X-based" groups ----------------------------------------------------------------------------

def test_a_group_said_to_be_pakistan_based_is_pakistani_in_an_indian_story():
    text = ("Indian police in Srinagar said the raid on the camp near Anantnag was claimed by the "
            "Pakistan-based Lashkar-e-Taiba. Kashmir's police chief said India would respond.")
    found = codes(text)
    assert [code for text_, code in found.items() if "Lashkar" in text_] == ["PAKREB"]


def test_without_a_base_named_the_group_is_the_one_of_the_story_country():
    text = ("Indian police in Srinagar said Lashkar-e-Taiba fighters attacked the camp near Anantnag. "
            "Kashmir's police chief said India would respond.")
    found = codes(text)
    assert [code for text_, code in found.items() if "Lashkar" in text_] == ["INDREB"]


# --- members of a unit named by its owner --------------------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Israel's army said a senior commander of Hamas's armed wing was killed in Khan Younis.",
     "senior commander", "PSEREB"),
    ("A field commander of Hezbollah's elite Radwan force died in the strike near Tyre.", "field commander", "LBNREB"),
])
def test_a_member_of_an_owned_unit_is_the_owners(text, mention, code):
    assert codes(text)[mention] == code


def test_the_head_of_a_countrys_air_force_stays_its_military():
    assert codes("The head of Poland's air force spoke to reporters on Monday.")["head"] == "POLMIL"


def test_a_base_named_without_a_hyphen_and_before_other_words_counts_too():
    text = ("Indian police in Srinagar said the raid was claimed by the Pakistan based militant group "
            "Lashkar-e-Taiba. Kashmir's police chief said India would respond.")
    found = codes(text)
    assert [code for text_, code in found.items() if text_ == "Lashkar-e-Taiba"] == ["PAKREB"]
