"""Actor resolution, tested through the public API: ``eventwire.extract(text, published=...)``."""
from __future__ import annotations

import pytest

import eventwire
from conftest import mention_actors
from eventwire.extract.actors.dictionary import load_dictionary, read_csv_entries, read_user_file


def codes(text: str, published: str = "2024-03-01") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_capital_is_the_government_when_it_acts_and_a_place_otherwise(nlp) -> None:
    found = codes("Beijing said it opposed the sanctions. Shops in Beijing stayed open.")
    assert found["Beijing"] == "CHNGOV"
    assert list(found).count("Beijing") == 1
    assert found["it"] == "CHNGOV"


def test_country_flown_to_is_not_an_actor(nlp) -> None:
    found = codes("Saudi Arabia's foreign minister flew to Tehran for talks.")
    assert "Tehran" not in found
    assert found["Saudi Arabia's foreign minister"] == "SAUGOV"


def test_bare_country_as_agent_is_its_government(nlp) -> None:
    assert codes("Tehran warned Israel against any retaliation.")["Israel"] == "ISRGOV"


def test_adjective_and_sector_word_make_one_mention(nlp) -> None:
    found = codes("Pakistani troops fired on the post, and Nigerian police arrested two men.")
    assert found["Pakistani troops"] == "PAKMIL"
    assert found["Nigerian police"] == "NGACOP"
    assert "Pakistani" not in found


def test_possessor_gives_the_country_and_rebel_owner_gives_the_sector(nlp) -> None:
    found = codes("Sudan's army said the RSF's fighters had looted homes in Wad Madani.", "2024-01-10")
    assert found["Sudan's army"] == "SDNMIL"
    assert found["RSF's fighters"] == "SDNREB"


def test_sector_word_without_country_takes_the_article_country(nlp) -> None:
    text = ("Kenya's parliament passed the finance bill on Tuesday. Outside, police fired tear gas at "
            "demonstrators, and the government said the protests were illegal.")
    found = codes(text, "2024-06-26")
    assert found["police"] == "KENCOP"
    assert found["demonstrators"] == "KENCVL"
    assert found["government"] == "KENGOV"


def test_dateline_sets_the_context_and_is_never_an_actor(nlp) -> None:
    found = codes("ADDIS ABABA, March 9 — The army said government troops had retaken the town.", "2024-03-09")
    assert "ADDIS ABABA" not in found
    assert found["army"] == "ETHMIL"
    assert found["government troops"] == "ETHMIL"


def test_unresolvable_sector_word_keeps_a_null_country(nlp) -> None:
    extraction = eventwire.extract("Gunmen attacked a bus on the highway.", published="2024-03-01")
    actors = [e.actor for e in extraction.entities if e.actor is not None and e.text == "Gunmen"]
    assert actors and actors[0].country is None


def test_pronouns_follow_gender_and_subjects(nlp) -> None:
    text = ("Bangladesh's prime minister met the opposition leader on Thursday. She told him that the "
            "election would not be postponed, and he said his party would take part.")
    extraction = eventwire.extract(text, published="2023-11-10")
    by_text = {(e.text, e.start): e.actor.code for e in extraction.entities if e.actor is not None}
    she = text.index("She")
    him = text.index("him")
    he = text.index(" he ") + 1
    assert by_text[("She", she)] == "BGDGOV"
    assert by_text[("him", him)] == "BGDOPP"
    assert by_text[("he", he)] == "BGDOPP"


def test_plural_pronoun_takes_the_plural_group(nlp) -> None:
    text = "Germany's defence minister visited German troops in Lithuania. They told him they needed housing."
    found = codes(text, "2024-04-08")
    assert found["German troops"] == "DEUMIL"
    assert found["They"] == "DEUMIL"
    assert found["him"] == "DEUGOV"


def test_the_country_and_the_bloc_refer_back(nlp) -> None:
    text = ("Niger's military rulers ordered the ambassador to leave, and the country's new prime minister "
            "backed the decision. ECOWAS said the bloc would meet on Friday.")
    found = codes(text, "2023-09-01")
    assert found["country's new prime minister"] == "NERGOV"
    assert found["bloc"].startswith("IGO") or found["bloc"] == "AFRIGO"


@pytest.mark.parametrize(("published", "expected"), [("2019-05-01", "USAGOV"), ("2023-05-01", "USAOPP")])
def test_a_person_resolves_to_the_office_held_on_the_article_date(nlp, published: str, expected: str) -> None:
    assert codes("Donald Trump criticized the decision.", published)["Donald Trump"] == expected


def test_surname_after_a_titled_full_name_keeps_the_actor(nlp) -> None:
    text = "Economy Minister Sergio Massa called the plan reckless. Massa said prices would fall."
    extraction = eventwire.extract(text, published="2023-10-01")
    actors = [e.actor for e in extraction.entities if e.actor is not None and "Massa" in e.text]
    assert len(actors) == 2
    assert {a.sector for a in actors} == {"GOV"}


def test_user_csv_adds_organizations_and_dated_people(tmp_path) -> None:
    text = ("kind,name,patterns,country,sector,code,title,start,end\n"
            "organization,Qwara People's Front,QPF,ETH,REB,,,,\n"
            "person,Selamawit Tadesse,Tadesse,ETH,GOV,,spokeswoman,2024-01-01,\n")
    data = read_csv_entries(text)
    assert data["organizations"][0]["patterns"] == ["QPF"]
    assert data["people"][0]["roles"][0]["start"] == "2024-01-01"
    path = tmp_path / "extra.csv"
    path.write_text(text, encoding="utf-8")
    dictionary = load_dictionary((str(path),))
    assert dictionary.names["QPF"][0].country == "ETH"
    assert dictionary.names["Tadesse"][0].kind == "person"


def test_user_yaml_must_be_a_mapping(tmp_path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_user_file(path)


def test_cli_extract_reads_a_user_actor_file(tmp_path) -> None:
    import json
    import subprocess
    import sys

    extra = tmp_path / "extra.yaml"
    extra.write_text("organizations:\n  - name: Qwara People's Front\n    patterns: [QPF]\n"
                     "    country: ETH\n    sector: REB\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The QPF ambushed a convoy near Guba on Monday.\n", encoding="utf-8")
    from pathlib import Path

    command = Path(sys.executable).parent / "eventwire"
    run = subprocess.run([str(command), "extract", str(article), "--json",
                          "--published", "2025-03-10", "--actors", str(extra)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    entities = json.loads(run.stdout)["entities"]
    assert any(e["text"] == "QPF" and e["actor"] and e["actor"]["code"] == "ETHREB" for e in entities)


def test_config_file_actor_dictionaries_reach_the_component(tmp_path) -> None:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    extra = tmp_path / "extra.yaml"
    extra.write_text("organizations:\n  - name: Qwara People's Front\n    patterns: [QPF]\n"
                     "    country: ETH\n    sector: REB\n", encoding="utf-8")
    config = tmp_path / "eventwire.toml"
    config.write_text(f"[actors]\nextra_files = [{json.dumps(str(extra))}]\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The QPF ambushed a convoy near Guba on Monday.\n", encoding="utf-8")
    command = Path(sys.executable).parent / "eventwire"
    env = {**os.environ, "EVENTWIRE_CONFIG": str(config)}
    env.pop("EVENTWIRE_ACTORS", None)
    run = subprocess.run([str(command), "extract", str(article), "--json", "--published", "2025-03-10"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert run.returncode == 0, run.stderr
    entities = json.loads(run.stdout)["entities"]
    assert any(e["text"] == "QPF" and e["actor"] and e["actor"]["code"] == "ETHREB" for e in entities)


# -- document context, anaphora and collectives (issue 5) ----------------------------------------

def actors_by_text(text: str, published: str = "2024-03-01") -> list[tuple[str, str | None, str | None]]:
    """(mention text, country, sector) for every actor mention, in text order (repeats kept)."""
    extraction = eventwire.extract(text, published=published)
    return [(e.text, e.actor.country, e.actor.sector) for e in extraction.entities if e.actor is not None]


def test_generic_institution_takes_the_article_country(nlp) -> None:
    peru = codes("Pedro Castillo tried to dissolve Congress, and Peru's police detained him hours later.",
                 "2022-12-08")
    assert peru["Congress"] == "PERLEG"
    assert codes("Congress passed the spending bill on Friday.")["Congress"] == "USALEG"


def test_unidentified_gunmen_get_no_country_but_named_ones_are_a_group(nlp) -> None:
    found = actors_by_text("Gunmen killed a judge in Kabul, and Jaish al-Adl gunmen attacked a border post.")
    assert ("Gunmen", None, "UAF") in found
    assert any(text == "Jaish al-Adl gunmen" and sector == "REB" for text, _, sector in found)


def test_two_leaders_of_two_countries_stay_unresolved(nlp) -> None:
    found = codes("Lula hosted Xi Jinping in Brasilia, where the two leaders signed 37 agreements.", "2023-04-14")
    assert found["Lula"] == "BRAGOV"
    assert "two leaders" not in found


def test_both_parties_of_one_country_keep_that_country(nlp) -> None:
    found = actors_by_text("Sudan's army and the RSF have fought since April. The United States urged both "
                           "parties to return to talks.", "2023-11-01")
    assert [country for text, country, _ in found if text == "parties"] == ["SDN"]


def test_they_after_several_coordinated_countries_stays_unresolved(nlp) -> None:
    found = codes("Mali, Burkina Faso and Niger said they would leave ECOWAS.", "2024-01-28")
    assert found["Mali"] == "MLIGOV"
    assert "they" not in found


def test_definite_phrase_takes_the_earlier_phrase_with_the_same_head(nlp) -> None:
    text = ("Ethiopia's prime minister hosted the talks in Addis Ababa. China's special envoy attended on "
            "Monday. On Tuesday the envoy flew home.")
    found = actors_by_text(text, "2024-05-01")
    assert found[-1] == ("envoy", "CHN", "GOV")


def test_junta_refers_back_to_the_military_rulers(nlp) -> None:
    text = ("Niger's military rulers ordered French troops to leave. France agreed, and Macron said the "
            "withdrawal would take months. The junta welcomed the decision.")
    assert codes(text, "2023-09-26")["junta"] == "NERGOV"


def test_name_in_apposition_to_a_title_is_that_person_later_too(nlp) -> None:
    found = codes("An American envoy, Daniel Whitcombe, held talks in Cairo. Whitcombe said progress was slow.",
                  "2025-03-14")
    assert found["Daniel Whitcombe"] == "USAGOV"
    assert found["Whitcombe"] == "USAGOV"


def test_he_prefers_the_person_just_introduced_as_subject(nlp) -> None:
    text = ("Egypt's foreign minister said he was worried. A Chinese special envoy, Liu Wenqiang, then arrived "
            "in Addis Ababa, where he met the prime minister.")
    found = actors_by_text(text, "2025-03-14")
    pronouns = [country for mention, country, _ in found if mention == "he"]
    assert pronouns == ["EGY", "CHN"]


def test_object_pronoun_never_takes_its_own_clause_subject_through_an_apposition(nlp) -> None:
    text = ("Volodymyr Zelensky urged Western leaders to send tanks, and Petro Poroshenko, now an opposition "
            "lawmaker, joined him in Kyiv.")
    found = actors_by_text(text, "2022-04-02")
    assert [sector for mention, _, sector in found if mention == "him"] == ["GOV"]


def test_opening_place_of_the_sentence_beats_the_dateline(nlp) -> None:
    text = ("WASHINGTON (Meridian) - The Treasury acted on Tuesday. In Cairo, beef prices rose after the "
            "government halted cattle imports.")
    assert codes(text, "2025-03-18")["government"] == "EGYGOV"


def test_unowned_phrase_takes_the_nearest_subject_country_not_an_object(nlp) -> None:
    text = ("Imran Khan told parliament that his government would not recognize Israel. The opposition "
            "alliance said he had lost his mandate.")
    assert codes(text, "2022-03-30")["opposition alliance"] == "PAKOPP"


def test_sponsor_country_is_not_the_owner(nlp) -> None:
    found = codes("Ukraine has been fighting Russian-backed separatists in the Donbas since 2014.", "2022-01-10")
    assert found["Russian-backed separatists"] == "UKRREB"


def test_refugees_take_their_origin_not_the_host_country(nlp) -> None:
    text = ("Uganda has taken in more than 50,000 refugees fleeing fighting in eastern Congo. Rwanda will "
            "begin receiving asylum seekers in July.")
    found = actors_by_text(text, "2023-06-01")
    assert ("more than 50,000 refugees", "COD", "REF") in found
    assert ("asylum seekers", None, "REF") in found


def test_group_word_before_a_person_noun_gives_the_sector(nlp) -> None:
    assert codes("Colombian police arrested a cartel leader on Thursday.")["cartel leader"] == "COLCRM"


def test_nested_of_phrase_gives_the_owner(nlp) -> None:
    found = codes("Taiwan's president met the speaker of the US House of Representatives in California.",
                  "2023-04-06")
    assert found["speaker"] == "USALEG"


def test_unknown_group_with_an_apposition_is_found_again_by_name(nlp) -> None:
    text = ("Gunmen from the Kebri Liberation Front, an armed group, ambushed a convoy. The Kebri Liberation "
            "Front, which says it is fighting for farmers, did not comment.")
    found = actors_by_text(text, "2025-03-10")
    assert [sector for mention, _, sector in found if mention == "Kebri Liberation Front"] == ["REB", "REB"]
    assert ("it", None, "REB") in found


def test_police_commander_is_police(nlp) -> None:
    found = codes("Kenyan police commander Tesfaye Hailu said the attackers fled.", "2025-03-10")
    assert found["Kenyan police commander Tesfaye Hailu"] == "KENCOP"


def test_events_resolve_actors_with_the_user_dictionary(tmp_path):
    """The resolver later components use sees the same user entries as the actors component."""
    from eventwire.nlp import build_pipeline

    extra = tmp_path / "actors.yaml"
    extra.write_text("organizations:\n  - name: Vellmark Defence Council\n    patterns: [Vellmark Council]\n"
                     "    country: NOR\n    sector: MIL\n", encoding="utf-8")
    nlp = build_pipeline(overrides={"eventwire_actors": {"extra_files": [str(extra)]}})
    doc = nlp("The Vellmark Council attacked rebel positions near the border on Monday.")
    codes = [m.actor.code for m in doc._.actor_mentions if m.actor]
    assert "NORMIL" in codes
    sources = [e.source.code for e in doc._.events if e.source]
    assert sources and sources[0] == "NORMIL"
