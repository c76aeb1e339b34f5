"""Seventeenth actors pass: US politicians the dictionary does not list -- party-state tags,
abbreviated titles, party adjectives and campaign titles -- through ``eventwire.extract``."""
from __future__ import annotations

from conftest import mention_actors

ELECTION_DAY = "2016-10-12"


def codes(text: str, published: str = ELECTION_DAY) -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_party_state_tag_makes_an_unlisted_member_of_congress_american(nlp) -> None:
    found = codes("Rep. Jordan Whitfield (D-Ore.) accused Moscow of meddling in the vote.")
    assert found["Rep. Jordan Whitfield"] == "USALEG"


def test_party_state_tag_without_a_title_is_a_member_of_congress(nlp) -> None:
    found = codes("Marisol Breckett (R-Tex.) criticized the trade deal with Mexico on Tuesday.")
    assert found["Marisol Breckett"] == "USALEG"


def test_abbreviated_governor_title_is_a_government_office(nlp) -> None:
    found = codes("Gov. Harlan Pruett (R-Okla.) signed the order on Monday.")
    assert found["Gov. Harlan Pruett"] == "USAGOV"


def test_party_adjective_codes_a_campaign_title(nlp) -> None:
    found = codes("Democratic strategist Lena Okafor warned that turnout was falling in Ohio.")
    assert found["Democratic strategist Lena Okafor"] == "USAPTY"


def test_party_nominee_is_party_not_government(nlp) -> None:
    found = codes("The GOP nominee complained about his microphone after the debate in Missouri.")
    assert found["GOP nominee"] == "USAPTY"


def test_party_speechwriters_and_national_committee_are_party_actors(nlp) -> None:
    found = codes("Two Democratic speechwriters urged her to stay on message, "
                  "and the Republican National Committee filed a complaint against her.")
    assert found["Two Democratic speechwriters"] == "USAPTY"
    assert found["Republican National Committee"] == "USAPTY"


def test_party_adjective_leaves_a_senators_own_sector(nlp) -> None:
    found = codes("A Republican senator from Nebraska rejected the nominee's tax plan.")
    assert found["Republican senator"] == "USALEG"


def test_republican_guard_is_not_an_american_party(nlp) -> None:
    found = codes("Iraq's Republican Guard shelled positions near Mosul, the army said.", "2003-03-30")
    assert found["Iraq's Republican Guard"] == "IRQMIL"


def test_party_adjective_on_a_thing_is_no_mention(nlp) -> None:
    found = codes("Ruth Alvarado won the Democratic nomination in Oregon after a long primary.")
    assert "Democratic" not in found
    assert "Democratic nomination" not in found


def test_aides_belong_to_their_owner(nlp) -> None:
    found = codes("Kremlin aides denied the claim, and Trump's aides dismissed the report.")
    assert found["Kremlin aides"] == "RUSGOV"
    assert found["Trump's aides"] == "USAOPP"


def test_unlisted_abbreviated_senator_takes_the_articles_country_without_a_tag(nlp) -> None:
    found = codes("WASHINGTON (AP) — Sen. Corrine Haldane said on Tuesday that the bill would pass. "
                  "Sen. Corrine Haldane repeated the claim in a later interview.")
    assert found["Sen. Corrine Haldane"] == "USALEG"
