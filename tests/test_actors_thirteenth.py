"""Thirteenth pass of issue 5 (classes seen on unseen news): an organization the parser cut off
the title it begins; criminal groups belong to the place where they operate; an alliance of
armed groups is those groups; a speaker's side comes from his body's earlier words; insurgents
attacking in a named country's town are that country's; "all parties" in one country's war is
split into its two sides. Every sentence here is written for the test, about other countries
than the gold texts."""
from __future__ import annotations

import pytest

from conftest import actor_code as code, token_of
from eventwire.extract.actors.component import actor_for_token, collective_parties


def test_an_organization_cut_off_its_officer_title_still_owns_it(nlp) -> None:
    token = token_of(nlp, "IGAD executive secretary Workneh Gebeyehu said the bloc would meet in Djibouti.",
                     "Gebeyehu")
    assert code(actor_for_token(token)) == "AFR IGO"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Salvadoran soldiers serving in a regional force in Honduras patrolled San Pedro Sula on Friday. "
     "El Salvador's defence minister praised the soldiers. Gangs set fire to two buses overnight.",
     "Gangs", "HND CRM"),
    ("Colombian police advisers arrived in Ecuador last week. Colombia's president said the advisers "
     "would stay a year. A cartel opened fire on a checkpoint overnight.", "cartel", "ECU CRM"),
])
def test_a_criminal_group_belongs_to_the_place_it_operates_not_to_a_foreign_force(
        nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word))) == expected


def test_an_alliance_of_armed_groups_and_its_pronoun_are_those_groups(nlp) -> None:
    text = "An alliance of four armed groups in northern Mali says it has taken the town of Lere."
    assert code(actor_for_token(token_of(nlp, text, "alliance"))) == "MLI REB"
    assert code(actor_for_token(token_of(nlp, text, "it"))) == "MLI REB"


def test_a_coalition_of_parties_keeps_the_parties_sector(nlp) -> None:
    text = "A coalition of five opposition parties in Kenya said it would boycott the vote."
    assert code(actor_for_token(token_of(nlp, text, "coalition"))) == "KEN OPP"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The Indian army said on Tuesday that it had come under fire. One soldier lost an eye, and the "
     "Pakistanis destroyed a bunker, army chief General Ravi Menon told reporters.", "Menon", "IND MIL"),
    ("The Thai army said on Sunday that its patrol had been shot at. Two rangers were hurt, and the "
     "Cambodians moved artillery to the border, army commander General Somchai Rak told reporters.",
     "Rak", "THA MIL"),
])
def test_a_speaker_takes_his_bodys_earlier_side_not_the_side_he_reports_on(
        nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word))) == expected


def test_a_reporting_ministry_still_speaks_for_its_sentences_actor(nlp) -> None:
    text = "The Egyptian government said on Monday it would act. Egypt suspended imports from Ethiopia, " \
           "the Ministry of Supply said."
    assert code(actor_for_token(token_of(nlp, text, "Ministry"))) == "EGY GOV"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Mali's junta met Russian envoys in Bamako on Monday. Mali's army said it would strike back. Suspected "
     "militants attacked a police post near the Nigerien town of Ayorou on Tuesday, killing six officers.",
     "militants", "NER REB"),
    ("Chad's army fought rebels near its border. Insurgents ambushed a patrol near the Cameroonian town of "
     "Kousseri on Friday.", "Insurgents", "CMR REB"),
])
def test_insurgents_attacking_in_a_named_countrys_town_are_that_countrys(
        nlp, text: str, word: str, expected: str) -> None:
    assert code(actor_for_token(token_of(nlp, text, word))) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Sudan's army accused the RSF of shelling the city. Egypt urged all parties to stop fighting.",
     "parties", ["SDN MIL", "SDN REB"]),
    ("Myanmar's junta said the Arakan Army had attacked a base. Thailand called on all sides to hold "
     "their fire.", "sides", ["MMR MIL", "MMR REB"]),
])
def test_all_parties_in_one_countrys_war_are_its_two_sides(nlp, text: str, word: str,
                                                           expected: list[str]) -> None:
    assert [code(a) for a in collective_parties(token_of(nlp, text, word))] == expected
