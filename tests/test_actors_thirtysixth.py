"""Thirty-sixth pass (issue 5, actors): a listed person's one-word name that only begins someone
else's, British spellings of listed bodies, Somalia's member states, and a country's soldiers beside
a regional body's. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import coded_events, mention_actors

from eventwire.extract.actors.dictionary import spelling_variants


def test_a_listed_given_name_that_begins_another_persons_name_is_not_that_person():
    text = "Egypt has lived under emergency rule since 1981, when militants assassinated President Anwar Sadat."
    assert mention_actors(text, "2011-01-29", "country")["President Anwar Sadat"] == "EGY"
    assert mention_actors("Anwar said Malaysia would not join the pact.", "2023-05-01")["Anwar"] == "MYSGOV"


def test_a_listed_person_in_office_keeps_a_name_written_in_another_spelling():
    found = mention_actors("Prime Minister Hailemariam Dessalegn accused Eritrea of backing rebels.", "2015-06-01")
    assert found["Prime Minister Hailemariam Dessalegn"] == "ETHGOV"
    found = mention_actors("Prime Minister Hasina Wajed accused Myanmar of genocide.", "2018-06-01")
    assert found["Prime Minister Hasina Wajed"] == "BGDGOV"


def test_a_listed_body_is_found_in_british_spelling_too():
    text = "Observers from the Organisation for Security and Co-operation in Europe criticised the vote."
    assert mention_actors(text, "2006-03-24")["Organisation for Security and Co-operation in Europe"] == "IGOEUROSC"
    assert spelling_variants("World Health Organization") == ["World Health Organization", "World Health Organisation"]
    assert spelling_variants("NATO") == ["NATO"]
    # not "Defence": the Pentagon's "Department of Defense" is other countries' "Department of Defence"
    assert spelling_variants("Department of Defense") == ["Department of Defense"]
    assert mention_actors("Australia's Defence Department accused China of espionage.", "2018-06-01")[
        "Australia's Defence Department"] == "AUSGOV"


def test_somalias_member_states_are_its_government_with_codes_of_their_own():
    found = coded_events("Puntland accused Somaliland of attacking its troops near Tukaraq.", "2018-05-17", side="code")
    assert ("ACCUSE", "SOMGOVPUN", "SOMSEP") in found
    cut = coded_events("Puntland cut ties with Mogadishu over the constitutional changes.", "2024-03-05", side="code")
    assert ("SANCTION", "SOMGOVPUN", "SOMGOV") in cut


def test_a_countrys_soldiers_beside_a_regional_bodys_are_its_army():
    found = coded_events("Comorian and African Union troops shelled the town of Mutsamudu.", "2008-03-26", side="code")
    assert {e[1] for e in found if e[0] == "ASSAULT"} == {"COMMIL", "IGOAFRAFU"}


def test_regional_bodies_of_the_americas_and_the_commonwealth_are_igos():
    assert ("SANCTION", "IGOCWN", "FJIGOV") in coded_events("The Commonwealth suspended Fiji on Tuesday.", "2009-09-01",
                                                            side="code")
    found = mention_actors("UNASUR and Caricom leaders met in Lima on Monday.", "2010-05-01")
    assert (found["UNASUR"], found["Caricom leaders"]) == ("IGOLAMUNA", "IGOLAMCAR")
