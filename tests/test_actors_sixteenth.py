"""Sixteenth pass of issue 5 (second pass on real 2016 US campaign news): unowned peacekeepers are
the UN's or no country's; a bare "Congress" in a story that names the United States often is
the US Congress; "ethnic" people have no country of the context; a coalition led by a named
state is that state's; a county named after a foreign capital is in its own country; a named
private person in a two-country story does not take the leading country for want of a clue.
Every sentence here is written for the test."""
from __future__ import annotations

from conftest import mention_sides, processed


def mentions(nlp, text: str, published: str = "2016-09-20") -> dict[str, str | None]:
    """Each actor mention's text mapped to "COUNTRY SECTOR" for the processed ``text``."""
    return mention_sides(nlp, text, published)


def codes(nlp, text: str) -> dict[str, str | None]:
    """Each actor mention's text mapped to its actor code."""
    return {m.text: m.actor.code for m in processed(nlp, text, "2016-09-20")._.actor_mentions or []}


def test_unowned_peacekeepers_in_a_story_on_the_un_are_the_uns(nlp) -> None:
    found = codes(nlp, "The United Nations has struggled in its missions. Peacekeepers were blamed "
                       "for bringing cholera to Haiti after an earthquake.")
    assert found.get("Peacekeepers") == "IGOUNO", found


def test_unowned_peacekeepers_take_no_nearby_country(nlp) -> None:
    found = mentions(nlp, "Peacekeepers failed to prevent a massacre in South Sudan last year.")
    assert found.get("Peacekeepers") == "None MIL", found


def test_owned_peacekeepers_keep_their_country(nlp) -> None:
    found = mentions(nlp, "Ugandan peacekeepers were sent to retake the base from the fighters.")
    assert found.get("Ugandan peacekeepers") == "UGA MIL", found


def test_bare_congress_is_the_us_one_when_the_story_names_the_us_often(nlp) -> None:
    text = ("Mexico and the United States signed a trucking deal. The United States let Mexican trucks "
            "in, and Mexico opened its roads to American lorries. But when Congress cut funding for "
            "the program, Mexico said enough and the United States lost the deal.")
    assert mentions(nlp, text).get("Congress") == "USA LEG"


def test_bare_congress_in_a_story_on_one_other_country_is_that_countrys(nlp) -> None:
    text = "Peru's president tried to dissolve Congress, but lawmakers defied him and Congress removed him."
    assert mentions(nlp, text).get("Congress") == "PER LEG"


def test_ethnic_people_take_no_country_from_the_context(nlp) -> None:
    found = mentions(nlp, "Russian jets buzzed Swedish planes. The campaign should court ethnic voters "
                          "in swing states, stressing the threat to the lands of their ancestors.")
    assert found.get("ethnic voters") == "None CVL", found
    assert found.get("their") == "None CVL", found


def test_a_coalition_led_by_a_state_is_that_states(nlp) -> None:
    found = mentions(nlp, "In Yemen, a military coalition led by Saudi Arabia has bombed schools and clinics.")
    assert found.get("military coalition") == "SAU MIL", found


def test_a_county_named_like_a_foreign_capital_is_in_its_own_country(nlp) -> None:
    found = mentions(nlp, "Campus security and Nassau County police removed the protester from the hall.")
    assert not any(code and code.startswith("BHS") for code in found.values()), found
    assert any(code == "USA COP" for code in found.values()), found


def test_a_capitals_own_city_keeps_its_country(nlp) -> None:
    found = mentions(nlp, "Protesters marched in Mexico City and police detained ten of them.")
    assert found.get("police") == "MEX COP", found


def test_a_named_private_person_in_a_two_country_story_has_no_borrowed_country(nlp) -> None:
    text = ("Putin controls RT, Russia funds it and the Kremlin sets its line. The American hosts Larry "
            "King and Ed Schultz work there, and the United States allows it. His guest, the actress "
            "and activist Kamala Lopez, was emotional as she called for an amendment.")
    found = mentions(nlp, text)
    assert found.get("she") == "None CVL", found


def test_troops_after_unowned_peacekeepers_are_the_same_force(nlp) -> None:
    found = codes(nlp, "The United Nations can send in peacekeepers, and, today, about 90,000 soldiers "
                       "are deployed to battlefields from Mali to Lebanon.")
    assert found.get("about 90,000 soldiers") == "IGOUNO", found

