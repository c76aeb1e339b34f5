"""Thirty-fourth pass (issue 5, actors): a plural title before coordinated names ("Opposition leaders
X and Y") is each one's, so a listed person out of office takes it rather than the bare ``ELI`` of
his listed roles; a past title ("former ministers") gives no office. Every sentence here is written
for the test."""
from __future__ import annotations

from conftest import mention_actors


def test_a_plural_title_is_the_second_names_too():
    text = "Opposition leaders Vitali Klitschko and Arseniy Yatsenyuk rejected the offer on Wednesday."
    found = mention_actors(text, "2013-12-12")
    assert found["Arseniy Yatsenyuk"] == "UKROPP"


def test_a_past_plural_title_gives_no_office():
    text = "Former opposition leaders Vitali Klitschko and Arseniy Yatsenyuk attended the ceremony."
    found = mention_actors(text, "2023-01-01")
    assert found["Arseniy Yatsenyuk"] == "UKRELI"


def test_a_name_in_office_keeps_its_own_role_under_a_plural_title():
    text = "Foreign ministers Sergei Lavrov and Arseniy Yatsenyuk met in Moscow on Friday."
    found = mention_actors(text, "2007-06-01")
    assert found["Arseniy Yatsenyuk"] == "UKRGOV"


def test_a_plural_role_that_is_no_office_is_not_shared():
    text = "Mediators Kofi Annan and Benjamin Mkapa met Kenyan President Mwai Kibaki in Nairobi."
    found = mention_actors(text, "2008-01-25")
    assert found["Benjamin Mkapa"] == "TZAELI"


# --- heads of international organisations (people.yaml, twenty-fifth pass) ---------------------------

def test_the_oas_secretary_general_is_the_oas():
    text = "Secretary General Luis Almagro called on the Venezuelan government to hold elections."
    assert mention_actors(text, "2017-04-27")["Secretary General Luis Almagro"] == "IGOOAS"


def test_the_arab_league_secretary_general_is_the_arab_leagues():
    found = mention_actors("Ahmed Aboul Gheit condemned the strike on Monday.", "2023-10-20", attribute="country")
    assert found["Ahmed Aboul Gheit"] == "MEA"


def test_a_former_leader_in_an_un_post_is_the_uns_for_its_term():
    found = mention_actors("Helen Clark said the programme would continue.", "2012-05-01")
    assert found["Helen Clark"] == "IGOUNODEV"


def test_a_listed_official_out_of_office_is_read_by_his_apposition():
    text = "John Holmes, the British ambassador to France, met French officials."   # before his UN post
    assert mention_actors(text, "2005-05-01").get("John Holmes") == "GBRGOV"
    found = mention_actors("Tom Koenigs, a German Green lawmaker, criticized Berlin's arms exports.", "2012-05-01")
    assert found["Tom Koenigs"] == "DEULEG"


def test_the_head_of_an_international_ngo_is_the_ngos():
    found = mention_actors("Peter Maurer met Afghan officials in Kabul on Monday.", "2019-05-01")
    assert found["Peter Maurer"] == "NGOIRC"


# --- political parties (organizations.yaml, twenty-fifth pass) -------------------------------------

def test_a_party_of_the_opposition_is_its_countrys():
    found = mention_actors("Chadema said it would hold protests in Dar es Salaam next Monday.", "2024-08-20")
    assert found["Chadema"] == "TZAPTY"
    found = mention_actors("The opposition Economic Freedom Fighters demanded an apology.", "2023-05-01", attribute="country")
    assert found["opposition Economic Freedom Fighters"] == "ZAF"


def test_acronyms_other_bodies_use_are_not_parties():
    found = mention_actors("The Sahrawi news agency SPS said its fighters had targeted Moroccan positions.", "2021-01-10")
    assert found.get("SPS") is None


# --- armed groups (organizations.yaml, twenty-fifth pass) ------------------------------------------

def test_an_armed_group_added_this_pass_is_its_countrys_rebels():
    found = mention_actors("The Three Brotherhood Alliance captured the town of Lashio on Saturday.", "2024-08-05",
                           attribute="country")
    assert "MMR" in found.values()
