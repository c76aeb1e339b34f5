"""Thirty-first pass (issue 5, actors): resolver errors found on the twenty-second pass's study set.
A person named only as a guess ("men believed to be police officers", "gunmen suspected of being
militants") is coded as what the guess says; an object pronoun after two coordinated verbs may
stand for the first verb's object ("met Erdogan and urged him"); a listed person the small model
tags as a plural name ("Guterres") is still a person a "him" can stand for; the Collective Security
Treaty Organization and some armed groups (Jaish al-Adl, Lashkar-e-Taiba, Jaish-e-Mohammed, the
Baloch Liberation Front, the Jenin Brigade) are in the dictionary. Every sentence here is written
for the test."""
from __future__ import annotations

import pytest

from conftest import extracted_events, mention_actors

PUBLISHED = "2024-02-10"


def codes(text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def sides(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in extracted_events(text, PUBLISHED) if e.trigger.text == trigger]


# --- guessed identities ---------------------------------------------------------------------------

def test_men_believed_to_be_police_are_police():
    text = "Two Kenyan activists were seized from their homes by men believed to be police officers."
    assert sides(text, "seized") == [("KENCOP", "KENCVL")]


def test_gunmen_suspected_of_being_militants_are_militants():
    assert codes("Gunmen suspected of being Houthi fighters attacked a checkpoint near Marib.")["Houthi fighters"] == "YEMREB"


def test_a_guess_that_names_no_actor_changes_nothing():
    assert "men" not in codes("Two men believed to be in their twenties were arrested in Lagos.")


# --- object pronouns -------------------------------------------------------------------------------

def test_him_after_two_coordinated_verbs_may_be_the_first_verbs_object():
    assert codes("Putin met Erdogan in Sochi on Monday and urged him to reopen the corridor.")["him"] == "TURGOV"


def test_him_never_stands_for_the_clauses_own_subject():
    assert codes("Putin met reporters in Sochi and told them little.").get("them") != "RUSGOV"


def test_him_can_stand_for_a_listed_person_tagged_as_a_plural_name():
    text = "Israel barred Antonio Guterres from entering the country, accusing him of bias."
    assert codes(text)["him"] == "IGOUNO"
    assert sides(text, "accusing") == [("ISRGOV", "IGOUNO")]


# --- dictionary ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("The Collective Security Treaty Organization began withdrawing its troops.", "Collective Security Treaty Organization", "IGOASACST"),
    ("The CSTO said its mission was over.", "CSTO", "IGOASACST"),
    ("Jaish al-Adl claimed the attack on the police station in Rask.", "Jaish al-Adl", "IRNREB"),
    ("Pakistan banned Lashkar-e-Taiba in 2002.", "Lashkar-e-Taiba", "PAKREB"),
    ("Jaish-e-Mohammed said it carried out the bombing.", "Jaish-e-Mohammed", "PAKREB"),
    ("The Baloch Liberation Front claimed the ambush.", "Baloch Liberation Front", "PAKREB"),
    ("The Jenin Brigade said its fighters had ambushed the soldiers.", "Jenin Brigade", "PSEREB"),
])
def test_listed_organisations(text, name, code):
    assert codes(text)[name] == code


def test_a_kashmir_group_in_an_indian_story_is_indias_insurgents():
    # the gold codes the Pakistan-based groups fighting in Kashmir as the story's country's REB
    assert codes("India blamed Lashkar-e-Taiba for the attack in Kashmir.")["Lashkar-e-Taiba"] == "INDREB"


def test_a_kashmir_group_does_not_make_the_army_pakistani():
    assert codes("Lashkar-e-Taiba gunmen killed 26 tourists. The army launched a search operation.")["army"] != "PAKMIL"


@pytest.mark.parametrize("text", [
    "Lions' Den gunmen opened fire on a patrol near Nablus. The army said soldiers killed three of the gunmen.",
    "Jenin Brigade fighters planted a roadside bomb. Troops later raided the camp and arrested 12 people.",
])
def test_a_bare_army_in_a_palestinian_story_is_never_palestinian(text):
    assert "PSEMIL" not in codes(text).values()


def test_a_bare_army_in_a_palestinian_story_is_the_army_named_before_it():
    text = "Israeli forces raided the Jenin refugee camp on Monday. The army said it killed two militants."
    assert codes(text)["army"] == "ISRMIL"


def test_militants_israel_fights_in_the_west_bank_are_palestinian():
    text = ("Israeli forces raided the Jenin refugee camp in the occupied West Bank on Monday. The army said "
            "it killed two militants in Jenin. Palestinian officials in Ramallah condemned the raid.")
    assert codes(text)["two militants"] == "PSEREB"


def test_an_alliance_named_before_is_what_the_alliance_stands_for():
    text = ("The Collective Security Treaty Organization sent troops to Kazakhstan last week. "
            "Tokayev thanked the alliance on Tuesday.")
    assert sides(text, "thanked") == [("KAZGOV", "IGOASACST")]
