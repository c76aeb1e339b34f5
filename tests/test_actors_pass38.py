"""The twentieth events pass's actor rules (issue 5; docs/actors.md, pass 38): a sector word that
only modifies the noun after it shares that noun's owner; a later conjunct shares the first one's
possessor; a town before an armed group's head word is no given name; a capitalised body word in a
title finds the body named in lower case before. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import token_of
from eventwire.extract.actors.component import actor_for_token


def test_a_compound_sector_word_takes_the_possessor_of_its_noun(nlp) -> None:
    text = ("Tensions rose in November, when hundreds of Serb members of Kosovo's police force resigned "
            "over a plan to phase out Serbian-issued number plates.")
    assert actor_for_token(token_of(nlp, text, "police")).code == "XKXCOP"


def test_a_compound_sector_word_takes_the_nationality_of_its_noun(nlp) -> None:
    text = "Ecuador recalled its envoy, and the Kenyan police contingent in Haiti said it had lost an officer."
    assert actor_for_token(token_of(nlp, text, "police")).code == "KENCOP"


def test_a_sector_word_alone_keeps_its_own_reading(nlp) -> None:
    text = "Ghana's government said the police had arrested two men in Kumasi."
    assert actor_for_token(token_of(nlp, text, "police")).code == "GHACOP"


def test_a_later_conjunct_shares_the_possessor_of_the_first(nlp) -> None:
    text = ("Mali's junta told the council on Friday that the Kenyan-led mission would have to pull out, "
            "and the junta's soldiers and police took over its bases.")
    police = actor_for_token(token_of(nlp, text, "police"))
    soldiers = actor_for_token(token_of(nlp, text, "soldiers"))
    assert soldiers is not None and police is not None
    assert police.country == soldiers.country == "MLI"


def test_a_local_qualifier_keeps_the_later_conjunct_apart(nlp) -> None:
    text = "Russian troops and local police patrolled the streets of Gao on Friday."
    police = actor_for_token(token_of(nlp, text, "police"))
    assert police is None or police.country != "RUS" or police.sector == "COP"


def test_a_town_before_an_armed_groups_head_word_is_its_country(nlp) -> None:
    text = "The Nablus Brigade said it had ambushed Israeli troops near the city."
    brigade = actor_for_token(token_of(nlp, text, "Brigade"))
    assert brigade is not None and brigade.country == "PSE" and brigade.sector == "REB"


def test_a_given_name_before_a_surname_is_still_a_name(nlp) -> None:
    text = "Rich Eisen said the league would review the game."
    actor = actor_for_token(token_of(nlp, text, "Eisen"))
    assert actor is None or actor.country is None


def test_a_capitalised_body_word_finds_the_body_named_in_lower_case_before(nlp) -> None:
    text = ("US officials said three Americans were held in Kinshasa after what Congo's army called a failed "
            "coup. Army spokesman Sylvain Ekenge said the three Americans would face a military court, and "
            "Washington said it would cooperate with the inquiry.")
    assert actor_for_token(token_of(nlp, text, "Ekenge")).code == "CODMIL"


def test_a_people_word_keeps_its_own_people(nlp) -> None:
    text = "Bangladesh's Rohingya refugee camps were hit by a fire on Sunday."
    refugees = actor_for_token(token_of(nlp, text, "refugee"))
    assert refugees is None or refugees.country != "BGD"


def test_a_group_word_before_allies_is_not_the_possessors(nlp) -> None:
    text = "Iran's militia allies in Iraq fired rockets at a US base near Baghdad."
    militia = actor_for_token(token_of(nlp, text, "militia"))
    assert militia is None or militia.country != "IRN"


def test_a_possessor_with_only_a_sector_does_not_pass_it_on(nlp) -> None:
    text = "The militants released their captives and soldiers after talks with tribal elders."
    assert actor_for_token(token_of(nlp, text, "soldiers")).sector == "MIL"


def test_a_capitals_name_as_a_given_name_names_no_country(nlp) -> None:
    text = "Defence Minister Aden Duale ordered the army to support the police in Nairobi."
    actor = actor_for_token(token_of(nlp, text, "Duale"))
    assert actor is None or actor.country != "YEM"
