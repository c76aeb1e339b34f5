"""Twentieth pass (issue 4/5, real news never studied for events): a listed person's office
title in the text beats a publication date that puts him out of office; a title word that is
the surname of someone named in full elsewhere in the article is no office; a short group
acronym written as a name word ("Ngo") is part of a person's name; an unlisted firm's president
is no state's official. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "2017-01-01") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_office_title_in_the_text_gives_that_office_whatever_the_date() -> None:
    found = codes("President Donald Trump signed the order on border security. "
                  "Trump later phoned Mexican officials about it.")
    assert found["President Donald Trump"] == "USAGOV"
    assert found["Trump"] == "USAGOV"


def test_former_title_keeps_the_dated_role() -> None:
    found = codes("Former President Donald Trump attacked the new bill. Trump spoke in Ohio.", "2022-06-01")
    assert found["Former President Donald Trump"] == "USAOPP"
    assert found["Trump"] == "USAOPP"


def test_untitled_name_keeps_the_role_of_the_publication_date() -> None:
    found = codes("Donald Trump met Mexican officials in New York to discuss trade.", "2016-11-20")
    assert found["Donald Trump"] == "USAOPP"


def test_title_word_that_is_a_surname_named_in_full_elsewhere_is_no_office() -> None:
    text = ("King's car was damaged when a stranger smashed its window on Sunday. "
            "Singer Amelia King said her son was unhurt. King thanked the police for their help.")
    found = codes(text)
    assert not any(code == "USAGOV" or (code or "").endswith("GOV") for mention, code in found.items()
                   if "King" in mention)


def test_a_real_king_is_still_a_head_of_state() -> None:
    found = codes("King Abdullah met Jordanian officials in Amman.", "2024-03-01")
    assert found["King Abdullah"] == "JORGOV"


def test_short_group_acronym_inside_a_name_is_part_of_the_name() -> None:
    found = codes("The talks between defence ministers Ngo Xuan Lich and Sergey Shoigu went well in Hanoi.",
                  "2018-01-24")
    assert not any(code == "NGO" for code in found.values())


def test_acronym_written_in_capitals_is_still_a_group() -> None:
    found = codes("An NGO said aid trucks were stuck at the border.", "2024-03-01")
    assert found.get("An NGO") == "NGO" or "NGO" in found.values()


def test_president_of_an_unlisted_firm_is_no_state_official() -> None:
    found = codes("Nordair president Jan Smit said trains beat short flights, the Dutch newspaper "
                  "reported.", "2018-04-01")
    assert found["Dutch newspaper"] == "NLDMED"
    assert not any((code or "").endswith("GOV") for code in found.values())


def test_president_of_a_country_named_before_the_title_is_still_its_official() -> None:
    found = codes("Kenyan President William Ruto met Somali officials in Nairobi.", "2024-03-01")
    assert found["Kenyan President William Ruto"] == "KENGOV"


def test_capitalized_state_office_before_a_title_is_still_the_states() -> None:
    found = codes("Kenya's Interior Cabinet Secretary Amos Kiprono accused judges of delaying the cases.",
                  "2018-04-05")
    assert found["Kenya's Interior Cabinet Secretary Amos Kiprono"] == "KENGOV"


def test_capitalized_portfolio_before_a_ministerial_title_is_still_the_states() -> None:
    found = codes("The mayor thanked Energy Secretary Maria Lopez for the grant to the county.", "2024-03-01")
    assert found["Energy Secretary Maria Lopez"].endswith("GOV")
