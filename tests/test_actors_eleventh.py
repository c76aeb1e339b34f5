"""Eleventh pass of issue 5: the officer of a body a sector word names takes that body's sector and
country; "the North" and "the South" are the two Korean states in an article naming either; marchers
and rioters are civilians; a headline's opening sector phrase with no country before it takes the
country the rest of the text names as an actor (not as a place)."""
from __future__ import annotations

import pytest

from conftest import actor_code as code, actor_of


@pytest.mark.parametrize("text", [
    "Protesters in Zambia called for the dismissal of the electoral commission chairman.",
    "Protesters in Zambia called for the dismissal of the chairman of the electoral commission.",
])
def test_the_officer_of_a_national_body_takes_the_bodys_sector_and_country(nlp, text: str) -> None:
    assert code(actor_of(nlp, text, "chairman")) == "ZMB GOV"


def test_the_officer_of_a_named_international_body_stays_with_that_body(nlp) -> None:
    actor = actor_of(nlp, "The UN chief urged both sides to stop the fighting.", "chief")
    assert actor is not None and actor.sector == "IGO"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Seoul accused the North of firing artillery shells near the border.", "North", "PRK GOV"),
    ("North Korea said it would answer any drill by the South with force.", "South", "KOR GOV"),
])
def test_the_north_and_the_south_are_the_two_koreas_in_a_korean_article(nlp, text, word, expected) -> None:
    assert code(actor_of(nlp, text, word)) == expected


@pytest.mark.parametrize("text", [
    "Fighting spread across the North, Sudanese officials said.",   # a region, not a state
    "Officials said the North would vote on Sunday.",                  # no Korea named
])
def test_the_north_is_no_state_outside_a_korean_article_or_as_a_place(nlp, text: str) -> None:
    actor = actor_of(nlp, text, "North")
    assert actor is None or actor.country not in ("PRK", "KOR")


@pytest.mark.parametrize("word", ["marchers", "rioters"])
def test_marchers_and_rioters_faced_by_a_states_forces_at_home_are_its_civilians(nlp, word: str) -> None:
    text = f"Bolivian police did not use tear gas against the {word}, a government spokesman said."
    assert code(actor_of(nlp, text, word)) == "BOL CVL"


def test_an_opening_sector_phrase_takes_the_country_named_later_as_an_actor_not_the_venue(nlp) -> None:
    text = "Rival commanders to hold talks in Geneva as Libya fighting rages"
    assert code(actor_of(nlp, text, "commanders")) == "LBY MIL"


def test_the_later_country_is_not_used_beyond_the_first_sentence(nlp) -> None:
    text = ("Aid agencies warned of hunger on Monday.\n\n"
            "Rival commanders will hold talks in Geneva as Libya fighting rages.")
    actor = actor_of(nlp, text, "commanders")
    assert actor is not None and actor.country is None
