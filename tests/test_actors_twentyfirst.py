"""Twenty-first pass (issue 5, actors on real news, second pass): an ambiguous acronym or short
name counts only where the article names its country, or is the initials of a body named in
full earlier; "the Centre" of an Indian story is India's government; an untitled name whose
title comes later takes that title's actor; forces a state decides to deploy are its own, and a
later mention of the same named force keeps that country; office-holders of 1998-2018 are
listed. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "2018-04-10") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_fsa_outside_a_syrian_story_is_not_the_free_syrian_army() -> None:
    found = codes("The bank was fined on Monday. The FSA said the lender had broken the rules "
                  "on customer accounts in London.")
    assert found.get("The FSA") != "SYRREB" and found.get("FSA") != "SYRREB"


def test_fsa_in_a_syrian_story_is_the_free_syrian_army() -> None:
    found = codes("Syrian government forces shelled the town on Monday. The FSA said its fighters "
                  "had repelled the attack.")
    assert "SYRREB" in found.values()


def test_acronym_of_a_body_named_in_full_earlier_is_that_body() -> None:
    found = codes("The exchange was inspected by Japan's Financial Services Agency after the theft. "
                  "The FSA ordered the exchange to improve its controls.")
    assert "JPNGOV" in {code for mention, code in found.items() if "FSA" in mention}


def test_the_centre_in_an_indian_story_is_the_union_government() -> None:
    found = codes("Tamil Nadu accused the Centre of delaying the water scheme for Karnataka and "
                  "Kerala. India's top court will hear the case.")
    assert "INDGOV" in {code for mention, code in found.items() if "Centre" in mention}


def test_centre_outside_india_or_inside_a_longer_name_is_not_a_government() -> None:
    outside = codes("Protesters gathered outside the Centre in Paris on Sunday.")
    assert "INDGOV" not in outside.values()
    inside = codes("The Centre for Water Studies criticized Indian officials over the Kerala floods.")
    assert "INDGOV" not in {code for mention, code in inside.items() if "Centre" in mention}


def test_untitled_name_takes_a_title_given_later_in_the_article() -> None:
    found = codes("Kowalczyk criticized the plan on Monday. Polish Foreign Minister Adam Kowalczyk "
                  "said Warsaw would respond.")
    assert found["Kowalczyk"] == "POLGOV"


def test_surname_shared_by_two_full_names_takes_no_later_title() -> None:
    found = codes("Zhang criticized the police on Friday. Her husband Zhang Mingde was detained. "
                  "Chinese Foreign Ministry spokesman Zhang Wei rejected the criticism.")
    assert found.get("Zhang") is None


def test_forces_a_leader_decides_to_deploy_are_his_country_s() -> None:
    found = codes("Mexican senators criticized President Donald Trump's decision to deploy National "
                  "Guard troops to the border. They asked that the National Guard be withdrawn.")
    assert found["National Guard troops"] == "USAMIL"
    assert {code for mention, code in found.items() if mention.endswith("National Guard")} == {"USAMIL"}


def test_office_holders_of_1998_to_2018_are_listed() -> None:
    found = codes("President Sirisena warned the ministers. Lighthizer called the move unjustified.")
    assert found["President Sirisena"] == "LKAGOV"
    assert found["Lighthizer"] == "USAGOV"
    older = codes("Yeltsin met Obuchi in Moscow.", "1998-11-12")
    assert older["Yeltsin"] == "RUSGOV" and older["Obuchi"] == "JPNGOV"


def test_a_person_name_in_apposition_to_another_is_not_his_description() -> None:
    found = codes("Speaking with Deputy Speaker of Morocco's parliament, Rachid El Idrissi, Scalise, "
                  "who is on a visit to Morocco, praised the two countries' ties.")
    assert found.get("Rachid El Idrissi") != "USALEG"
    assert found["Scalise"] == "USALEG"


def test_a_leader_known_by_his_given_name_is_listed_under_it() -> None:
    found = codes("Prime Minister Najib Razak fired critics in his cabinet. Najib denies wrongdoing.", "2016-08-01")
    assert found["Najib"] == "MYSGOV"
