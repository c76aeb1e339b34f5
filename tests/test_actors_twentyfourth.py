"""Twenty-fourth pass (issue 5, actors on 1989-1998 news): outsiders do not take the story's
country. A sea's name is no country; delegates meeting at a venue are not the venue's; an unowned
"administration" is that of the president or administration named before; commentators with no
place of their own have no country; office-holders of 1989-1997 are their own countries'; a
bare phrase after a list of three or more countries has none of them. Every
sentence here is written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "1990-09-10") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_persian_gulf_is_no_iranian_mention() -> None:
    found = codes("General Alvarez, the Marine commander in the Persian Gulf, said his units were ready.")
    assert not any(code and code.startswith("IRN") for code in found.values())


def test_sea_names_are_not_countries() -> None:
    found = codes("North Korea fired two missiles into the Sea of Japan, the defense ministry in Tokyo said.")
    assert found.get("missiles") != "JPNMIL"
    assert "Japan" not in found


def test_a_sea_does_not_drop_a_real_country_mention() -> None:
    found = codes("Chinese vessels sailed into the South China Sea. China said the patrols were routine.")
    assert found["China"] == "CHNGOV"


def test_ministers_meeting_at_a_venue_are_not_the_hosts() -> None:
    found = codes("Foreign ministers meeting in Addis Ababa on Monday condemned the killings in Rwanda.")
    assert found["Foreign ministers"] == "GOV"


def test_ministers_with_a_nationality_keep_it_at_home() -> None:
    found = codes("Sudanese ministers meeting in Khartoum approved the new budget.")
    assert found["Sudanese ministers"] == "SDNGOV"


def test_oau_is_the_african_union_forerunner() -> None:
    found = codes("The OAU urged the two armies to pull back from the border.")
    assert found["OAU"] == "IGOAFRAFU"


def test_administration_officials_follow_the_named_administration() -> None:
    found = codes("Baghdad turned down the offer on Friday. The Bush administration said it would not bargain. "
                  "Administration officials said the blockade would hold.", "2003-02-10")
    assert found["Administration officials"] == "USAGOV"


def test_administration_officials_follow_the_named_president() -> None:
    found = codes("Iraq seized Kuwait. President Bush ordered jets to Saudi Arabia, and senior administration "
                  "officials said more would follow.")
    assert found["senior administration officials"] == "USAGOV"


def test_analysts_without_a_place_have_no_country() -> None:
    found = codes("Iraq turned down the American offer on Friday. Analysts said the blockade would take "
                  "months to bite.")
    assert found["Analysts"] == "EDU"


def test_analysts_in_a_one_country_story_are_its_own() -> None:
    found = codes("Officials in Oregon warned residents of floods. Experts say the rivers will rise again.")
    assert found["Experts"] == "USAEDU"


def test_analysts_in_a_city_keep_its_country() -> None:
    found = codes("Egypt moved troops south. Analysts in Cairo said the move was a warning.")
    assert found["Analysts"] == "EGYEDU"


def test_gulf_crisis_office_holders_are_their_countries() -> None:
    found = codes("Iraq rejected the plan. Dick Cheney flew to Riyadh while Shevardnadze urged restraint.")
    assert found["Dick Cheney"] == "USAGOV"
    assert found["Shevardnadze"] == "RUSGOV"


def test_president_clinton_is_the_listed_president() -> None:
    found = codes("President Clinton met the British prime minister in Washington.", "1998-02-05")
    assert found["President Clinton"] == "USAGOV"



def test_a_bare_phrase_after_a_list_of_countries_has_no_country() -> None:
    found = codes("The mission will include soldiers from Ghana, Kenya, Nepal and Fiji. The ground troops "
                  "will arrive next month.")
    assert found["ground troops"] == "MIL"


def test_two_coordinated_countries_still_give_the_nearest() -> None:
    found = codes("Kenya and Uganda sent troops to the border.")
    assert found.get("troops") != "MIL"


def test_presidents_of_two_countries_leave_the_administration_unresolved() -> None:
    found = codes("Iraq seized Kuwait. President Saddam Hussein refused to leave. President Bush sent jets, "
                  "and administration officials said more would follow.")
    assert found["administration officials"] == "GOV"


def test_a_list_in_the_phrases_own_sentence_is_left_to_the_events_side() -> None:
    found = codes("Ghana, Kenya, Nepal and Fiji have offered ground troops for the mission.")
    assert found["ground troops"] == "FJIMIL"
