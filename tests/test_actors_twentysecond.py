"""Twenty-second pass (issue 5, actors on real news, third pass): a person named after a listed
organization's staff word belongs to that organization; "Surgeon General" is a civil office, not
a general; the US National Security Council is not the UN's Security Council; "Soviet" names
Russia, but "Soviet-era" names no one; a spokesman for a family or relatives is no official.
Every sentence here is written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "1998-09-01") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_agency_director_before_a_name_takes_the_agency() -> None:
    found = codes("FBI Director Marcus Ellwood told reporters in Washington that agents had found new leads. "
                  "Ellwood declined to say more.")
    assert found["FBI Director Marcus Ellwood"] == "USACOP"
    assert found["Ellwood"] == "USACOP"


def test_agency_agent_before_a_name_takes_the_agency() -> None:
    found = codes("FBI agent Tomas Brenner said the suspect had crossed the border.")
    assert found["FBI agent Tomas Brenner"] == "USACOP"


def test_ministry_staff_title_before_a_name_takes_the_ministry() -> None:
    found = codes("State Department counterterrorism director Helen Marsh said the reward would be paid.")
    assert found["State Department counterterrorism director Helen Marsh"] == "USAGOV"


def test_untitled_name_after_an_organization_name_alone_is_not_its_staff() -> None:
    found = codes("The FBI said on Monday that Gerald Pike had been released.")
    assert found.get("Gerald Pike") != "USACOP"


def test_surgeon_general_is_a_civil_office() -> None:
    found = codes("Surgeon General Nora Quist warned that the outbreak was spreading in Texas.")
    assert found["Surgeon General Nora Quist"] == "USAGOV"


def test_american_national_security_council_is_not_the_un_body() -> None:
    found = codes("U.S. National Security Council spokesman Ben Ardley said the attack in Nairobi "
                  "had been carefully planned.")
    value = found["U.S. National Security Council spokesman Ben Ardley"]
    assert value == "USAGOV"


def test_soviet_leader_is_russian_not_the_story_country() -> None:
    found = codes("Former Soviet leader Mikhail Gorbachev criticized the plan during a visit to Chicago.")
    assert found["Former Soviet leader Mikhail Gorbachev"].startswith("RUS")


def test_soviet_era_weapons_belong_to_no_country() -> None:
    found = codes("Rebels paraded Soviet-era tanks through the square.")
    assert not any((value or "").startswith("RUS") for value in found.values())


def test_spokesman_for_relatives_is_not_an_official() -> None:
    found = codes("The Justice Department in Washington ordered the boy returned. Luis Ortega, a spokesman "
                  "for the relatives, rejected the ruling.")
    assert found.get("Luis Ortega") != "USAGOV"
    assert found.get("a spokesman for the relatives") != "USAGOV"


def test_spokesman_for_a_ministry_is_still_an_official() -> None:
    found = codes("Kenya's foreign ministry summoned the envoy. A spokesman for the ministry said talks would follow.")
    assert any(value == "KENGOV" for key, value in found.items() if "spokesman" in key)


def test_nationality_exile_leaders_are_opposition_not_government() -> None:
    found = codes("Police in Miami arrested two Cuban exile leaders after the march.")
    assert found["two Cuban exile leaders"] == "CUBOPP"


def test_half_of_a_hyphenated_county_name_is_no_foreign_town() -> None:
    found = codes("The Miami-Dade police arrested twenty protesters near the house on Friday.")
    assert [value for key, value in found.items() if "police" in key] == ["USACOP"]
    assert not any((value or "").startswith("CHN") for value in found.values())


def test_head_of_a_named_national_assembly_is_a_legislator() -> None:
    found = codes("Jorge Valdes, head of Cuba's National Assembly, said the boy must come home. "
                  "Valdes spoke in Havana.")
    assert found["Jorge Valdes"] == "CUBLEG"


def test_unnamed_staff_noun_after_an_organization_takes_it() -> None:
    found = codes("A State Department duty officer said no Americans were hurt. An FBI agent said the suspect fled.")
    assert found["State Department duty officer"] == "USAGOV"
    assert found["FBI agent"] == "USACOP"


def test_government_lawyers_are_government() -> None:
    found = codes("U.S. government lawyers asked the court to dismiss the suit.")
    assert found["U.S. government lawyers"] == "USAGOV"


def test_exiles_with_no_nationality_word_take_no_country() -> None:
    found = codes("CIA-trained exiles landed on the beach in April. Miami's exiles held a vigil on Sunday.")
    assert not any("exiles" in key and value for key, value in found.items())
