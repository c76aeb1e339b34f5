"""Ninth pass of issue 5: a titled speaker with no country of their own is not from the country
their own quotation names as a third party; in a datelined article they take the dateline's
country, else stay unresolved (never the nearest other country)."""
from __future__ import annotations

from conftest import mention_actors

DATELINE = "GEDAREF (Blue Nile Observer) - "
# Two mentions each of Ethiopia and Sudan; the quotation's "Ethiopia" tips the count.
OPENING = ("Ethiopian drones struck a market near the border on Tuesday, killing four people, Sudan's "
           "health ministry said. Ethiopia said the strikes targeted rebels, a claim Sudan's army denied.\n\n")
# With a Sudanese dateline: Ethiopia three times, Sudan once (the dateline counts double).
DATELINED = (DATELINE + "Ethiopian drones struck a market near the border on Tuesday, Sudan's health ministry "
             "said. Ethiopia said the strikes targeted rebels, an Ethiopian statement added.\n\n")
QUOTE = ("\"The crossing will stay shut until Ethiopia stops violating our airspace,\" said Amira El-Tayeb, "
         "the foreign minister.")


def test_speaker_is_not_the_country_their_quotation_accuses() -> None:
    found = mention_actors(DATELINED + QUOTE, "2025-03-12")
    assert found["foreign minister"] == "SDNGOV"
    assert found["Amira El-Tayeb"] == "SDNGOV"


def test_without_a_dateline_the_accusing_speaker_is_not_given_the_accused_country() -> None:
    found = mention_actors(OPENING + QUOTE, "2025-03-12", "country")
    assert "foreign minister" in found
    assert found["foreign minister"] is None


def test_speaker_naming_their_own_country_keeps_the_article_focus() -> None:
    text = DATELINED + ("Ethiopian officials repeated the claim. \"Ethiopia will not seek anyone's "
                        "permission,\" said Selam Bekele, the government spokeswoman.")
    assert mention_actors(text, "2025-03-12")["government spokeswoman"] == "ETHGOV"


def test_country_named_inside_a_quotation_still_codes_its_own_phrase() -> None:
    text = DATELINED + "\"Ethiopia's army spokesman told us the strikes were lawful,\" a farmer said."
    assert mention_actors(text, "2025-03-12")["Ethiopia's army spokesman"] == "ETHMIL"
