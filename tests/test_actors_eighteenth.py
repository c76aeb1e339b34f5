"""Eighteenth pass of issue 5 (speaker and side errors on the sample corpus): an unowned body
that announces a named country's measure is that country's, while reports of attacks keep the
side that was hit; a capitalized body word before a title names the body coded under that word
earlier; traders or local people reporting what happened at a named place are that place's;
medical staff are health workers. Every sentence here is written for the test, about other
countries than the gold texts."""
from __future__ import annotations

import pytest

from conftest import actor_code as code, token_of as shared_token_of
from eventwire.extract.actors.component import actor_for_token


def token_of(nlp, text: str, word: str, nth: int = 0, published: str = "2024-09-10"):
    """``conftest.token_of`` with this module's publication date."""
    return shared_token_of(nlp, text, word, nth, published)


# An article about Kenya (the main country) in which Tanzania acts.
KENYA_STORY = ("Kenya braces for losses as neighbour closes market\n\n"
               "Tanzania banned all imports of maize from Kenya on Tuesday, the Ministry of Agriculture "
               "announced, in the first trade measure since the border dispute began.\n\n"
               "Kenya is one of Tanzania's biggest suppliers of grain, and Kenyan farmers fear heavy losses.\n\n"
               "Ministry spokeswoman Neema Mushi said the ban would last \"until the inspections end\".\n\n"
               "In Nairobi, Kenyan officials said Kenya would protest.")


def test_an_unowned_ministry_announcing_a_named_countrys_measure_is_that_countrys(nlp) -> None:
    assert code(actor_for_token(token_of(nlp, KENYA_STORY, "Ministry"))) == "TZA GOV"


def test_a_title_under_the_same_body_word_takes_the_earlier_bodys_country(nlp) -> None:
    assert code(actor_for_token(token_of(nlp, KENYA_STORY, "Mushi"))) == "TZA GOV"


def test_a_report_of_an_attack_still_comes_from_the_side_that_was_hit(nlp) -> None:
    text = ("Ukraine says it faces a long winter. Kyiv appealed for more air defence. "
            "Russia struck Kharkiv with missiles overnight, the air force said.")
    assert code(actor_for_token(token_of(nlp, text, "force"))) == "UKR MIL"


def test_the_sentences_acting_country_is_kept_when_the_article_is_its_own(nlp) -> None:
    text = ("The Peruvian government said it would act. Peru closed its ports to Chilean fishing boats, "
            "the Ministry of Production said.")
    assert code(actor_for_token(token_of(nlp, text, "Ministry"))) == "PER GOV"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("WASHINGTON (Wire) - The United States on Tuesday imposed sanctions on two Somali militia leaders.\n\n"
     "The Treasury Department said the measures freeze their assets.\n\n"
     "In Lagos, the price of rice rose by a third after the government halted grain imports from Ghana "
     "on Monday, traders said.", "traders", "NGA BUS"),
    ("BRUSSELS (Wire) - The European Union agreed new tariffs on Tuesday.\n\n"
     "In Lagos, the price of rice rose by a third after the new tariffs, traders said.", "traders", "NGA BUS"),
])
def test_reporters_of_what_happened_at_a_named_place_are_that_places(
        nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word))) == expected


def test_medical_staff_are_health_workers_of_the_story(nlp) -> None:
    text = ("Chad accused Sudan of shelling its border. Medical staff at the hospital in Abeche said four "
            "people were killed.")
    assert code(actor_for_token(token_of(nlp, text, "staff"))) == "TCD HLH"


def test_staff_at_a_site_named_after_a_town_are_that_towns_countrys(nlp) -> None:
    text = "Chad accused Sudan of shelling its border. Medical staff at Kassala hospital said four people were killed."
    assert code(actor_for_token(token_of(nlp, text, "staff"))) == "SDN HLH"
