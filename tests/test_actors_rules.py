"""Resolution rules added for issue 5 (dyad errors whose cause is the actor), tested through the
public API (``eventwire.extract``, ``actor_for_span``) and the dyad diagnostic."""
from __future__ import annotations

import eventwire
from conftest import mention_actors
from eventwire.evaluate.common import build_article
from eventwire.extract.actors.diagnose import code_of, diagnose, is_certain, summary
from eventwire.extract.actors.resolve import actor_for_span


def codes(text: str, published: str = "2024-03-01") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def countries(text: str, published: str = "2024-03-01") -> dict[str, str | None]:
    return mention_actors(text, published, "country")


def parsed(nlp, text: str, published: str):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


# -- anaphora --------------------------------------------------------------------------------

def test_definite_rebel_phrase_refers_back_to_the_named_group(nlp) -> None:
    text = ("ELN commanders and government negotiators shook hands in Havana. Cuba's foreign minister, "
            "who hosted the talks, said the rebels had kept their word.")
    found = codes(text, "2023-06-12")
    assert found["rebels"] == "COLREB"
    assert found["their"] == "COLREB"
    assert found["Cuba's foreign minister"] == "CUBGOV"


def test_government_beside_a_named_armed_group_is_that_groups_country_not_the_venue(nlp) -> None:
    text = "ELN commanders and government negotiators shook hands in Havana on Friday."
    assert codes(text, "2023-06-12")["government negotiators"] == "COLGOV"


def test_armed_group_anaphor_with_a_sector_adjective_keeps_its_referent(nlp) -> None:
    text = ("Sudan's army said the RSF's fighters had looted homes in Wad Madani, and the paramilitary "
            "group's leader denied the charge.")
    assert codes(text, "2023-12-19")["paramilitary group's leader"] == "SDNREB"


def test_opposition_alliance_is_not_a_reference_to_an_earlier_bloc(nlp) -> None:
    text = ("Imran Khan told parliament that his government would not recognize Israel. The opposition "
            "alliance said he had lost his mandate.")
    found = codes(text, "2022-03-30")
    assert found["opposition alliance"] == "PAKOPP"


def test_possessor_on_a_hyphenated_title_is_the_owner(nlp) -> None:
    text = ("Hungarian lawmakers ratified Sweden's NATO membership. The alliance's secretary-general "
            "said the Nordic country would make NATO stronger.")
    assert countries(text, "2024-02-26")["alliance's secretary-general"] == "WST"


def test_possessive_pronoun_prefers_its_own_sentence_over_an_earlier_subject(nlp) -> None:
    text = ("Diplomats said Russia and China had objected. The African Union, which has led mediation "
            "efforts since 2020, on Wednesday named a former Kenyan minister as its special envoy.")
    found = countries(text, "2025-03-13")
    assert found["its special envoy"] == "AFR"


def test_unlisted_body_of_a_named_organization_is_that_organization(nlp) -> None:
    text = ("Sudan's foreign minister met her Egyptian counterpart on Monday. The African Union "
            "Commission said it was ready to host a new round of talks.")
    found = countries(text, "2025-03-03")
    assert found["African Union Commission"] == "AFR"
    assert found["it"] == "AFR"


# -- places ----------------------------------------------------------------------------------

def test_town_before_a_sector_word_is_the_owner(nlp) -> None:
    text = ("Students at Columbia University set up tents on the lawn, and New York police removed them "
            "after the university's president asked for help.")
    found = codes(text, "2024-04-24")
    assert found["New York police"] == "USACOP"
    assert found["university's president"] == "USAEDU"


def test_dateline_town_sets_the_article_country(nlp) -> None:
    text = ("GEDAREF, March 25, 2025 — Ethiopian soldiers began withdrawing from border outposts on Monday, "
            "Sudanese army officers said.\n\nBrigadier Nabil Osman, the army spokesman, said Ethiopian "
            "units had left two positions.")
    found = codes(text, "2025-03-25")
    assert found["army spokesman"] == "SDNMIL"
    assert found["Ethiopian units"] == "ETHMIL"
    assert "GEDAREF" not in found


def test_crowd_takes_the_country_where_it_rallied_not_the_article_focus(nlp) -> None:
    text = ("President Emmanuel Macron said France would withdraw its troops from Niger. French forces "
            "will leave by December, Macron said. Thousands of demonstrators had rallied outside the "
            "French base in Niamey, demanding that the soldiers leave.")
    assert codes(text, "2023-09-25")["demonstrators"] == "NERCVL"


def test_sector_modifier_takes_the_place_of_the_phrase_it_modifies(nlp) -> None:
    doc = parsed(nlp, "Turkish jets struck Kurdish militant targets in northern Iraq on Tuesday.", "2024-01-10")
    militant = next(token for token in doc if token.text == "militant")
    actor = actor_for_span(doc[militant.i: militant.i + 1])
    assert actor is not None and (actor.country, actor.sector) == ("IRQ", "REB")


# -- regions ---------------------------------------------------------------------------------

def test_regional_adjectives_give_regional_codes(nlp) -> None:
    found = codes("Volodymyr Zelensky urged Western leaders and European governments to send tanks.", "2023-01-20")
    assert found["Western leaders"] == "WSTGOV"
    assert found["European governments"] == "EURGOV"


def test_longer_names_win_over_regional_adjectives(nlp) -> None:
    found = countries("Morocco's king visited Western Sahara, and the European Union objected.", "2024-01-20")
    assert "WST" not in found.values()
    assert found["European Union"] == "EUR"


# -- people with dated roles -----------------------------------------------------------------

def test_added_office_holders_resolve_on_the_articles_date(nlp) -> None:
    assert codes("Tinubu met union leaders in Abuja.", "2024-02-01")["Tinubu"] == "NGAGOV"
    assert codes("Kurti rejected the proposal.", "2024-02-01")["Kurti"] == "XKXGOV"
    assert codes("Zourabichvili vetoed the bill.", "2024-05-18")["Zourabichvili"] == "GEOGOV"
    assert codes("Zourabichvili called for new elections.", "2025-02-01")["Zourabichvili"] == "GEOOPP"


# -- the dyad diagnostic ---------------------------------------------------------------------

def test_diagnostic_reports_a_wrong_side_and_counts_it(nlp) -> None:
    text = "Egypt accused Ethiopia of violating the agreement."
    article = build_article(text, published="2025-03-02")
    right = {"type": "ACCUSE", "source": {"country": "EGY", "sector": "GOV"},
             "target": {"country": "ETH", "sector": "GOV"}}
    wrong = {**right, "target": {"country": "SDN", "sector": "GOV"}}
    assert diagnose(nlp, iter([("test", "u1", article, [right])])) == []
    errors = diagnose(nlp, iter([("test", "u2", article, [wrong])]))
    assert [(e.side, e.gold, e.pred, e.bucket) for e in errors] == [("target", "SDN GOV", "ETH GOV", "role")]
    assert summary(errors)["bucket"][("all", "role")] == 1


def test_diagnostic_codes_and_certainty() -> None:
    assert code_of(None) == "null"
    assert code_of({"country": "UKR", "sector": "MIL"}) == "UKR MIL"
    assert is_certain("name:country") and is_certain("owned:by-name")
    assert not is_certain("pronoun:it") and not is_certain("sector:context")


# -- names and places ------------------------------------------------------------------------

def test_any_word_of_a_titled_name_refers_back_to_it(nlp) -> None:
    text = ("China's special envoy for Horn of Africa affairs, Liu Wenqiang, held talks in Addis Ababa. "
            "Liu told reporters that China respected Ethiopia's right to development. He said Beijing "
            "would host talks.")
    found = codes(text, "2025-03-14")
    assert found["Liu"] == "CHNGOV"
    assert found["He"] == "CHNGOV"


def test_institution_owned_by_a_named_country_is_that_countrys(nlp) -> None:
    found = codes("Exports of advanced chips were banned by the US Commerce Department on Tuesday.", "2023-10-18")
    assert found["US Commerce Department"] == "USAGOV"


def test_town_names_point_to_one_country_only_when_clear(nlp) -> None:
    from eventwire.extract.actors.component import city_country

    assert city_country("Paris") == "FRA"
    assert city_country("Gaza") == "PSE"
    assert city_country("Georgia") == "GEO"
    assert city_country("Valencia") is None
    assert city_country("Nowhereville") is None


def test_a_place_naming_an_agreement_does_not_set_the_article_country(nlp) -> None:
    text = ("Sudan's foreign ministry calls the shelling a grave violation of the Addis Ababa agreement "
            "and of the Addis Ababa declaration. Local officials say three villagers were killed.")
    assert codes(text, "2025-03-26")["Local officials"] == "SDNGOV"


def test_reporters_told_a_statement_take_no_country_from_context(nlp) -> None:
    text = "A British diplomat, Helen Marsh, led the talks in Port Sudan. Marsh told reporters that she had met the army chief."
    extraction = eventwire.extract(text, published="2025-02-20")
    reporters = [e.actor for e in extraction.entities if e.text == "reporters" and e.actor is not None]
    assert reporters and reporters[0].country is None and reporters[0].sector == "MED"


# -- sector words that only modify a non-actor noun --------------------------------------------

def word_actor(nlp, text: str, word: str, published: str = "2024-03-01"):
    """The actor the resolver gives the first token ``word`` of ``text``."""
    doc = parsed(nlp, text, published)
    token = next(t for t in doc if t.text == word)
    return actor_for_span(doc[token.i: token.i + 1])


def test_sector_word_modifying_an_act_or_agreement_names_no_actor(nlp) -> None:
    assert word_actor(nlp, "Egypt threatened military action if talks failed.", "military") is None
    assert word_actor(nlp, "Seoul suspended a military accord with Pyongyang.", "military") is None
    assert word_actor(nlp, "China and Fiji agreed to expand police cooperation.", "police") is None


def test_title_used_as_an_adjective_is_no_person(nlp) -> None:
    assert word_actor(nlp, "Unions in Argentina called a general strike on Monday.", "general") is None


def test_sector_word_modifying_a_law_stands_for_the_state_that_makes_it(nlp) -> None:
    text = "Thousands of Georgians rallied in Tbilisi against the foreign agents law."
    actor = word_actor(nlp, text, "agents", "2024-05-15")
    assert actor is not None and (actor.country, actor.sector) == ("GEO", "GOV")


def test_sector_word_modifying_a_unit_place_or_rule_keeps_its_reading(nlp) -> None:
    actor = word_actor(nlp, "Gunmen attacked an army base in North Kivu, killing two soldiers.", "army")
    assert actor is not None and (actor.country, actor.sector) == ("COD", "MIL")
    actor = word_actor(nlp, "Protesters in Bamako demanded an end to military rule.", "military")
    assert actor is not None and (actor.country, actor.sector) == ("MLI", "MIL")


# -- further members of a body named before ----------------------------------------------------

def test_other_members_take_the_body_named_before(nlp) -> None:
    text = ("Seven Sudanese soldiers were killed by Ethiopian artillery fire on Monday, the army said. "
            "The shelling lasted three hours. Four other soldiers were wounded.")
    assert codes(text, "2025-03-04")["Four other soldiers"] == "SDNMIL"


def test_other_groups_are_not_the_group_named_before(nlp) -> None:
    text = ("A ceasefire between Colombia's government and the ELN took effect on Thursday. "
            "The ELN welcomed it, and President Petro urged other armed groups to follow.")
    actors = {e.text: e.actor for e in eventwire.extract(text, published="2023-08-03").entities if e.actor}
    assert actors["ELN"].code == "COLREB"
    assert actors["other armed groups"].name != actors["ELN"].name   # other groups, not the ELN again


# -- plural pronouns: objects and reported subjects --------------------------------------------

def test_object_pronoun_takes_an_object_of_its_own_sentence_first(nlp) -> None:
    text = ("Ethiopian police detained four journalists in Addis Ababa, and a press freedom group "
            "urged the authorities to release them.")
    found = codes(text, "2024-05-02")
    assert found["four journalists"] == "ETHMED"
    assert found["them"] == "ETHMED"


def test_they_in_what_a_plural_speaker_says_is_that_speaker(nlp) -> None:
    text = "Russian troops shelled the town, and Ukrainian officials said they had repelled the attack."
    assert codes(text, "2024-05-02")["they"] == "UKRGOV"


def test_they_after_coordinated_countries_stays_unresolved(nlp) -> None:
    text = "Mali, Burkina Faso and Niger said they would leave the regional bloc."
    assert codes(text, "2024-01-29").get("they") is None


# -- forces a state deploys ----------------------------------------------------------------------

def test_forces_a_state_stations_abroad_are_its_own(nlp) -> None:
    found = codes("Germany will station a brigade of about 5,000 soldiers in Lithuania by 2027.", "2023-12-18")
    assert found["brigade"] == "DEUMIL"
    found = codes("Rwanda deployed troops near the Congolese border this week.", "2024-02-21")
    assert found["troops"] == "RWAMIL"


def test_deployed_forces_that_name_their_owner_keep_it(nlp) -> None:
    found = codes("NATO will deploy a battalion of Polish troops to Latvia.", "2024-02-21")
    assert found["battalion"] == "POLMIL"
