"""Twelfth pass of issue 5 (classes seen on unseen news): a bare surname after a listed person's
full name; international forces and missions; "ethnic X" names a people, not X's state; a
capitalized short name of an organization named earlier; forces an international body deploys;
soldiers or police attacked in a town of a named country. Every sentence here is written for the
test, about other countries than the gold texts."""
from __future__ import annotations

import pytest

from conftest import actor_code as code, actor_of
from eventwire.extract.actors.dictionary import load_dictionary


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The call came from Prime Minister Shehbaz Sharif on Friday. Sharif later thanked Ankara for its support.",
     "Sharif", "PAK GOV"),
    ("Irfaan Ali and Nicolas Maduro met on Thursday. Ali told reporters that the border was not negotiable.",
     "Ali", "GUY GOV"),
])
def test_a_bare_surname_refers_to_the_listed_person_named_in_full_before(nlp, text: str, word: str,
                                                                         expected: str) -> None:
    assert code(actor_of(nlp, text, word, nth=1)) == expected


@pytest.mark.parametrize(("name", "country"), [
    ("KFOR", "WST"), ("UNIFIL", None), ("MINUSCA", None), ("ATMIS", "AFR"), ("EUFOR", "EUR"), ("SAMIDRC", "AFR"),
])
def test_international_forces_are_listed_igos(name: str, country: str | None) -> None:
    dictionary = load_dictionary()
    entries = [e for e in dictionary.names.get(name, []) if e.kind == "organization"]
    assert entries and entries[0].sector == "IGO" and entries[0].country == country
    assert entries[0].name in dictionary.forces


def test_soldiers_from_a_named_mission_belong_to_it(nlp) -> None:
    text = "Rioters in Mitrovica threw stones at soldiers from the KFOR mission on Sunday."
    assert code(actor_of(nlp, text, "soldiers")) == "WST IGO"


def test_bare_peacekeepers_are_the_one_force_the_article_names(nlp) -> None:
    text = ("Militiamen attacked a base of the UN mission in the Central African Republic, wounding two "
            "peacekeepers. MINUSCA said the attackers fled.")
    actor = actor_of(nlp, text, "peacekeepers")
    assert actor is not None and actor.sector == "IGO" and actor.code == "IGOUNOPKO"


def test_peacekeepers_stay_unowned_when_the_article_names_two_forces(nlp) -> None:
    text = ("Officials from UNIFIL and UNDOF met on Monday. Two peacekeepers were hurt in a blast, "
            "the army said.")
    actor = actor_of(nlp, text, "peacekeepers")
    assert actor is None or actor.code != "IGOUNOPKO" or actor.sector != "IGO" or actor.country is None


@pytest.mark.parametrize(("text", "word", "not_country"), [
    ("Ethnic Hungarian mayors in northern Serbia protested against the new language law.", "mayors", "HUN"),
    ("Police in Skopje detained ethnic Albanians after clashes in North Macedonia.", "Albanians", "ALB"),
    ("Ethnic Russian residents of Narva told Estonian officials they felt ignored.", "residents", "RUS"),
])
def test_ethnic_x_is_not_the_state_of_x(nlp, text: str, word: str, not_country: str) -> None:
    actor = actor_of(nlp, text, word)
    assert actor is None or actor.country != not_country


def test_ethnic_people_take_the_country_they_live_in(nlp) -> None:
    text = "Police in Skopje detained ethnic Albanians after clashes in North Macedonia."
    assert code(actor_of(nlp, text, "Albanians")) == "MKD CVL"


@pytest.mark.parametrize(("text", "word", "expected_code"), [
    ("The European Commission opened an inquiry into Hungarian subsidies. Budapest protested, but the "
     "Commission said it would go ahead.", "Commission", "IGOEUREEC"),
    ("Judges at the International Criminal Court issued a warrant. Moscow said the Court had no power "
     "over Russian citizens.", "Court", "IGOICC"),
])
def test_a_capitalized_short_name_refers_back_to_the_organization(nlp, text: str, word: str,
                                                                  expected_code: str) -> None:
    actor = actor_of(nlp, text, word, nth=1)
    assert actor is not None and actor.code == expected_code


def test_a_lowercase_common_noun_is_no_short_name(nlp) -> None:
    text = ("The European Commission opened an inquiry. A national commission in Hungary said it would "
            "cooperate.")
    actor = actor_of(nlp, text, "commission")
    assert actor is None or actor.code != "IGOEUREEC"


def test_forces_an_international_body_deploys_are_its_own(nlp) -> None:
    text = "The African Union said it would deploy 2,000 more troops to southern Somalia."
    actor = actor_of(nlp, text, "troops")
    assert code(actor) == "AFR IGO"


def test_forces_a_state_deploys_are_still_the_states(nlp) -> None:
    text = "Kenya will send 1,000 police officers to Haiti next month."
    assert code(actor_of(nlp, text, "officers")) == "KEN COP"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Niger's ruling council met on Monday. Gunmen ambushed an army patrol near the Malian town of "
     "Menaka, killing 12 soldiers.", "army", "MLI MIL"),
    ("Chad's president spoke on Monday. Militants attacked a police post in the Cameroonian town of "
     "Kousseri on Friday.", "police", "CMR COP"),
])
def test_forces_attacked_in_a_named_countrys_town_are_that_countrys(nlp, text: str, word: str,
                                                                   expected: str) -> None:
    assert code(actor_of(nlp, text, word)) == expected


def test_forces_with_their_own_owner_keep_it_when_attacked_abroad(nlp) -> None:
    text = "Militants ambushed French troops near the Malian town of Menaka on Friday."
    assert code(actor_of(nlp, text, "troops")) == "FRA MIL"


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants fired mortars at an Ethiopian army supply depot near the border on Sunday.", "ETH MIL"),
    ("Rebels fired rockets at an Israeli army command post overnight, the military said.", "ISR MIL"),
])
def test_a_sector_word_inside_a_compound_takes_the_compounds_nationality(nlp, text: str, expected: str) -> None:
    assert code(actor_of(nlp, text, "army")) == expected


def test_a_later_bare_army_refers_back_to_that_nationality(nlp) -> None:
    text = ("Gunmen fired at an Ethiopian army supply depot on Sunday. Ethiopia's defence minister said "
            "the army would respond.")
    assert code(actor_of(nlp, text, "army", nth=1)) == "ETH MIL"


def test_a_listed_name_with_a_suffix_refers_back_by_its_surname(nlp) -> None:
    text = ("Chinese vessels blocked two supply boats near the reef. President Ferdinand Marcos Jr said "
            "Manila would protest. Marcos later met Japanese officials.")
    assert code(actor_of(nlp, text, "Marcos", nth=1)) == "PHL GOV"
