"""Twenty-third pass (issue 5, actors on 1989-1998 news): Northern Ireland's bodies are British;
its republican army and parties are not the US Republicans; the pope is the Holy See's, not the
country he visits; "the president" and "the monarch" name the office-holder introduced earlier
with that title; an unowned spokesman named after an owned one is that body's. Every sentence
here is written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "1998-07-10") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_northern_ireland_police_are_british() -> None:
    found = codes("Police in Northern Ireland detained three youths in Portadown overnight.")
    assert found["Police"] == "GBRCOP"


def test_northern_irish_party_is_british() -> None:
    found = codes("Northern Ireland's largest nationalist party said the parade should be rerouted.")
    assert found["Northern Ireland's largest nationalist party"] == "GBRPTY"


def test_irish_republican_army_is_no_us_party() -> None:
    found = codes("Officials blamed the Irish Republican Army for the blast in Armagh.")
    assert found["Irish Republican Army"] == "GBRREB"


def test_sinn_fein_is_a_british_party() -> None:
    found = codes("Sinn Fein said it would attend the talks in Belfast next week.")
    assert found["Sinn Fein"] == "GBRPTY"


def test_bare_ira_needs_britain_or_ireland_in_the_article() -> None:
    assert codes("The Dublin government said the IRA must hand over its weapons.")["IRA"] == "GBRREB"
    assert "IRA" not in codes("Savers in Ohio moved money into an IRA before the tax deadline.")


def test_pope_is_the_holy_see_not_the_host_country() -> None:
    found = codes("Fidel Castro welcomed the Pope at the airport in Havana.")
    assert found["Pope"] == "VATREL"
    assert found["Fidel Castro"] == "CUBGOV"


def test_coptic_pope_is_egyptian() -> None:
    found = codes("The Coptic Pope Shenouda received the governor of Asyut in Cairo.")
    assert found["Coptic Pope Shenouda"] == "EGYREL"


def test_john_paul_is_the_pope_in_his_years() -> None:
    assert codes("John Paul said Mass before a crowd in Santiago.", "1998-01-24")["John Paul"] == "VATREL"


def test_the_president_is_the_president_named_before() -> None:
    found = codes("American President Harmon said his envoy would fly to Baghdad. Iraq gave no answer. "
                  "The president later told reporters the deadline stood.", "1990-08-20")
    assert found["American President Harmon"] == "USAGOV"
    assert found["president"] == "USAGOV"


def test_the_monarch_is_the_king_named_before() -> None:
    found = codes("King Hussein of Jordan flew to Baghdad to see Saddam Hussein. "
                  "The monarch will see the American president on Thursday.", "1990-08-14")
    assert found["King Hussein"] == "JORGOV"
    assert found["monarch"] == "JORGOV"


def test_vice_president_is_not_the_president() -> None:
    found = codes("American Vice President Quayle met Saudi officials in Riyadh. The president arrived later.",
                  "1990-09-01")
    assert found["American Vice President Quayle"] == "USAGOV"
    assert found.get("president") != "USAGOV"


def test_named_spokesman_after_an_owned_spokesman_is_the_same_body() -> None:
    found = codes("A Pentagon spokesman said the carrier would stay in the Gulf until Iraq complied. "
                  "\"We are not leaving,\" said spokesman Arthur Penrose.", "1998-02-27")
    assert found["spokesman Arthur Penrose"] == "USAMIL"


def test_named_spokesman_with_no_earlier_spokesman_keeps_the_context() -> None:
    found = codes("Iraq rejected the plan, said spokesman Ali Hassan.", "1998-02-27")
    assert found["spokesman Ali Hassan"] == "IRQGOV"


def test_reporters_asking_questions_are_of_no_country() -> None:
    found = codes("Iraq moved more tanks south. The American president smiled when reporters asked about Iraq.")
    assert found["reporters"] == "MED"
    assert codes("Kuwaiti reporters asked the minister about the oil fields.")["Kuwaiti reporters"] == "KWTMED"

