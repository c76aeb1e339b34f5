"""Fifteenth pass of issue 5 (classes seen on real 2016 US campaign news): a country's word inside a
person's or a place's longer name is not that country; a title word that is a surname is no
title; several states are not the story's one; unnamed hackers have no country; a person the
dictionary cannot code keeps the pronouns that follow him; 2016 candidates have dated roles.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from conftest import mention_sides


def mentions(nlp, text: str, published: str = "2016-09-20") -> dict[str, str | None]:
    """Each actor mention's text mapped to "COUNTRY SECTOR" for the processed ``text``."""
    return mention_sides(nlp, text, published)


@pytest.mark.parametrize(("text", "word"), [
    ("The campaign seated the investor Mark Cuban in the front row of the debate hall.", "Cuban"),
    ("The governor of New Jersey signed the budget after a long standoff.", "Jersey"),
    ("Voters in New Mexico waited for hours outside the polling stations.", "Mexico"),
    ("Reporters asked Chad Whitfield about the leaked memo.", "Chad"),
])
def test_a_country_word_inside_a_longer_name_is_not_that_country(nlp, text: str, word: str) -> None:
    found = mentions(nlp, text)
    assert not any(word in phrase for phrase in found), found


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Cuban officials rejected the proposal on Monday.", "Cuban officials", "CUB GOV"),
    ("The United Arab Emirates sent tents to the camps in Chad.", "United Arab Emirates", "ARE GOV"),
    ("Troops from Northern Ireland were not involved, the British army said.", "British army", "GBR MIL"),
])
def test_plain_country_words_still_name_their_country(nlp, text: str, phrase: str, expected: str) -> None:
    assert mentions(nlp, text).get(phrase) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("The talk show host Larry King interviewed the candidate on a Moscow-funded channel.", "King"),
    ("Mr. Justice, a coal magnate, met state regulators in Charleston.", "Justice"),
])
def test_a_title_word_that_is_a_surname_is_no_office(nlp, text: str, word: str) -> None:
    found = mentions(nlp, text)
    assert not any(word in phrase and code and code.endswith(("GOV", "JUD")) for phrase, code in found.items()), found


def test_a_title_after_an_honorific_can_still_be_an_address(nlp) -> None:
    from eventwire.extract.actors.component import ADDRESS_TITLES, HONORIFICS
    assert "president" in ADDRESS_TITLES and "mr." in HONORIFICS
    found = mentions(nlp, "Kenya's President William Ruto arrived; Mr. President, the envoy began, welcome.",
                     published="2024-05-02")
    assert found.get("Mr. President") == "KEN GOV"


def test_several_states_are_not_the_storys_one(nlp) -> None:
    found = mentions(nlp, "Russia held drills near its border. The Baltic countries asked for more help.")
    assert found.get("Russia") == "RUS GOV"
    assert "Baltic countries" not in found


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("A federal official said hackers had probed voter rolls in Arizona.", "hackers", None),
    ("Officials in Washington said Chinese hackers stole the personnel files.", "Chinese hackers", "CHN SPY"),
    ("Hackers from Iran attacked the dam control system, investigators said.", "Hackers", "IRN SPY"),
])
def test_hackers_have_a_country_only_when_someone_names_it(nlp, text: str, phrase: str, expected) -> None:
    assert mentions(nlp, text).get(phrase) == expected


def test_a_person_the_dictionary_cannot_code_keeps_his_pronoun(nlp) -> None:
    found = mentions(nlp, "President Vladimir Putin praised the channel. Larry King said he had never "
                          "been told what to ask.")
    assert found.get("President Vladimir Putin") == "RUS GOV"
    assert "he" not in found


@pytest.mark.parametrize(("name", "published", "expected"), [
    ("Donald Trump", "2016-09-20", "USA OPP"),
    ("Donald Trump", "2017-03-01", "USA GOV"),
    ("Hillary Clinton", "2016-09-20", "USA PTY"),
    ("Hillary Clinton", "2011-05-01", "USA GOV"),
    ("Mike Pence", "2016-09-20", "USA GOV"),
    ("Tim Kaine", "2016-09-20", "USA LEG"),
])
def test_candidates_of_2016_have_dated_roles(nlp, name: str, published: str, expected: str) -> None:
    found = mentions(nlp, f"{name} spoke to supporters in Ohio on Tuesday.", published=published)
    assert found.get(name) == expected


def test_a_candidates_administration_is_a_government(nlp) -> None:
    found = mentions(nlp, "Trump said a Trump administration would renegotiate the trade pact.")
    assert found.get("Trump") == "USA OPP"
    assert found.get("Trump administration") == "USA GOV"


def test_a_given_name_that_is_also_a_town_gives_no_country(nlp) -> None:
    found = mentions(nlp, "He wrote in an email to the NFL Network’s Rich Eisen that the show was a hit.")
    assert not any(code and code.startswith("MAR") for code in found.values()), found


def test_a_critic_named_after_the_one_he_opposes_is_not_his(nlp) -> None:
    found = mentions(nlp, "The campaign seated the billionaire and Trump critic Mark Cuban in the front row.")
    assert not any(code == "USA OPP" and "Cuban" in phrase for phrase, code in found.items()), found


def test_a_name_in_apposition_to_the_subject_takes_the_pronoun(nlp) -> None:
    found = mentions(nlp, "Trump praised Putin. He blasted the American media. Meanwhile, the object of "
                          "Trump's admiration, Vladimir Putin, has used his invasions of Georgia as a threat.")
    assert found.get("his") == "RUS GOV"


def test_a_former_leaders_administration_is_still_his_countrys(nlp) -> None:
    found = mentions(nlp, "In 2007, Mexico accepted the George W. Bush administration's request to cooperate.")
    assert found.get("Mexico") == "MEX GOV"
    assert found.get("George W. Bush administration") == "USA GOV"
