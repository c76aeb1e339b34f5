"""Second issue-5 pass: context rules for unowned phrases, pronoun hand-over, unlisted groups
described nearby, appointees, collectives and anonymous sources -- through ``eventwire.extract``."""
from __future__ import annotations

import eventwire
from conftest import mention_actors


def codes(text: str, published: str = "2025-03-12") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def countries(text: str, published: str = "2025-03-12") -> dict[str, str | None]:
    return mention_actors(text, published, "country")


def test_victims_do_not_take_the_nationality_of_the_strikes(nlp) -> None:
    found = countries("Belgian air strikes killed nine people near the river on Sunday.")
    assert found["nine people"] is None


def test_victims_keep_the_article_country_when_the_rest_of_the_article_names_it(nlp) -> None:
    text = ("Chad's army said on Monday it had retaken two border posts. Chad's government called for calm. "
            "Chadian air strikes killed nine people near the river on Sunday.")
    assert countries(text)["nine people"] == "TCD"


def test_a_country_protested_against_is_not_the_protesters_government(nlp) -> None:
    text = ("Several hundred students marched through central Lima, chanting against Chile and demanding "
            "that the government recall its ambassador.")
    found = codes(text)
    assert found["government"] == "PERGOV"


def test_a_new_named_subject_takes_over_he_from_an_older_pronoun(nlp) -> None:
    text = ("Governor Ali Musa of Kassala says he has asked the army for help. "
            "Ethiopian army spokesman Colonel Dawit Alemu says nine fighters were killed. "
            "He calls the raid a warning.")
    found = codes(text)
    assert found["He"] == "ETHMIL"


def test_unlisted_group_takes_the_country_of_its_description_nearby(nlp) -> None:
    text = ("WASHINGTON (Meridian) - The United States imposed sanctions on three leaders of the Gourma "
            "Liberation Front, accusing the Malian armed group of smuggling weapons.")
    found = codes(text)
    assert found["three leaders"] == "MLIREB"


def test_description_of_a_sponsor_does_not_give_the_group_a_country(nlp) -> None:
    text = ("Gunmen from the Gourma Liberation Front attacked a bus. "
            "The Iranian-backed group denied any role.")
    found = countries(text)
    assert "IRN" not in {found.get("Gunmen"), found.get("Gourma Liberation Front")}


def test_people_arrested_by_police_are_in_the_polices_country(nlp) -> None:
    text = "Peruvian police arrested a smuggling gang leader wanted in Brazil and flew him to Sao Paulo."
    assert countries(text)["smuggling gang leader"] == "PER"


def test_an_appointee_belongs_to_the_body_that_appointed_it(nlp) -> None:
    text = "Kenya hosted the talks on Monday. The African Union has appointed a special envoy for the crisis."
    found = codes(text)
    assert found["special envoy"] == "IGOAFRAFU"


def test_anonymous_sources_take_no_country_from_the_article(nlp) -> None:
    text = ("Kenya and Somalia resumed talks in Nairobi. According to two people briefed on the talks, "
            "a draft would reopen the border. Kenya's foreign minister praised the mood.")
    assert countries(text)["two people"] is None


def test_the_three_countries_are_several_actors(nlp) -> None:
    text = "The leaders of the three countries met in Accra on Friday."
    extraction = eventwire.extract(text, published="2025-03-12")
    leaders = [e for e in extraction.entities if e.text.endswith("leaders") and e.actor is not None]
    assert all(e.actor.country is None for e in leaders)


def test_a_person_named_to_a_post_belongs_to_the_body_that_named_them(nlp) -> None:
    text = ("The African Union on Monday named former Ghanaian foreign minister Ama Boateng as its special "
            "envoy. Boateng is expected to travel to the region next week.")
    found = codes(text)
    assert found["Boateng"] == "IGOAFRAFU"


def test_a_country_opposed_does_not_make_the_article_its_own(nlp) -> None:
    text = ("Students marched through central Lima, chanting against Chile. Organisers said the march was "
            "the largest in Lima this year, and that Chile had ignored their letters. "
            "Security forces kept their distance.")
    assert countries(text)["Security forces"] == "PER"
