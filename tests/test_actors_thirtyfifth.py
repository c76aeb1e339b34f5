"""Thirty-fifth pass (issue 5, actors): companies and state enterprises (BUS), NGOs, police forces,
intelligence services and news media added to organizations.yaml; a company's or an outlet's home
country tells no story's country (``STORYLESS_SECTORS``). Every sentence here is written for the test."""
from __future__ import annotations

import eventwire
from conftest import mention_actors


def test_state_companies_are_their_countrys_business_actors():
    text = "Gazprom halted gas deliveries to Moldova on Monday, and Naftogaz said it was ready to help."
    found = mention_actors(text, "2022-10-03")
    assert found["Gazprom"] == "RUSBUS" and found["Naftogaz"] == "UKRBUS"


def test_named_police_forces_and_monitors_are_coded():
    text = "OVD-Info said the Carabinieri and Rosgvardia had nothing to do with the arrests."
    wanted = {"OVD-Info": "RUSNGO", "Carabinieri": "ITACOP", "Rosgvardia": "RUSCOP"}
    found = mention_actors(text, "2022-10-03")
    assert {name: found.get(name) for name in wanted} == wanted


def test_a_monitor_reports_the_attack_it_counts():
    [attack] = eventwire.extract("The Syrian Observatory said government forces had shelled the town.",
                                 published="2020-01-01").events
    assert attack.type == "ASSAULT" and attack.source.code == "SYRMIL" and attack.reported_by.code == "SYRNGO"


def test_a_foreign_companys_country_owns_no_bare_soldiers():
    # Niger's story: the French company's name is no reason to read "soldiers" as French
    text = ("Niger's military rulers revoked the licence of a French-run uranium mine last year. "
            "On Tuesday Orano said soldiers had entered its offices in Arlit and seized computers. "
            "The junta has not commented on the raid.")
    found = mention_actors(text, "2024-12-10")
    assert found["Orano"] == "FRABUS" and found["soldiers"] == "NERMIL"


def test_a_company_named_only_in_a_longer_form_leaves_the_word_alone():
    # "Saab" is only listed as "Saab AB": Venezuela's attorney general keeps his own country
    text = "Attorney General Tarek William Saab warned that the opposition leader would be detained."
    assert mention_actors(text, "2024-09-03", "country").get("Attorney General Tarek William Saab") != "SWE"


def test_a_makers_name_on_its_product_is_not_the_maker():
    # "a Ukrainian Boeing 737" is Ukraine's airliner, not an American company
    [attack] = [e for e in eventwire.extract(
        "Iran's Revolutionary Guards shot down a Ukrainian Boeing 737 shortly after takeoff from Tehran, "
        "killing all 176 people on board.", published="2020-01-10").events if e.type == "ASSAULT"]
    assert attack.target.country == "UKR"


def test_a_shared_police_name_takes_the_country_its_sentence_gives():
    # "Metropolitan Police" is London's and Tokyo's; "State Border Guard Service" Ukraine's and Lithuania's
    found = mention_actors("The Tokyo Metropolitan Police arrested a Chinese national on suspicion of spying.",
                           "2020-06-01", "country")
    assert found["Tokyo Metropolitan Police"] == "JPN"
    found = mention_actors("Lithuania's State Border Guard Service said it turned back 200 migrants.",
                           "2021-08-01", "country")
    assert found["Lithuania's State Border Guard Service"] == "LTU"


def test_a_platform_named_as_a_medium_is_no_actor():
    events = eventwire.extract("Militants released a video on YouTube threatening to kill the hostages.",
                               published="2020-06-01").events
    assert not any(e.source and e.source.sector == "BUS" for e in events)
