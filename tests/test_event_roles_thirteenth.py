"""Event roles on fresh text (thirteenth pass), through the public API.

Each test is one construction the role finders now read: the maker of a charge that a denial in
apposition answers, the party that puts out a statement a participle describes, and the article's
country for an unowned body when one country leads the others clearly without half the mentions.
The sentences were written for these tests, about other countries than the study articles that
showed the construction.
"""
from __future__ import annotations

import pytest

import eventwire
from conftest import coded_events, events_without

pytestmark = pytest.mark.model


def countries(text: str, event_type: str, published: str = "2024-06-05") -> list[tuple]:
    """(source country, target country) of each event of one type."""
    return [(source, target) for kind, source, target in coded_events(text, published) if kind == event_type]


# --- "..., a charge X has denied": the denier answers whoever made the charge ---------------------

def test_a_charge_the_capital_has_denied_is_aimed_at_the_accuser():
    text = ("Peru's government accused Bolivia of sheltering the smugglers behind the raids, a charge "
            "La Paz has consistently denied.")
    assert countries(text, "REJECT") == [("BOL", "PER")]


def test_a_charge_denied_after_a_report_is_aimed_at_the_speaker():
    text = ("Ghana's interior ministry said Togolese gunmen had crossed the border and burned a customs "
            "post, a claim that Lome has denied.")
    assert ("TGO", "GHA") in countries(text, "REJECT")


def test_charges_no_one_is_said_to_make_leave_the_denial_without_target():
    text = ("A court in Dakar ordered the opposition leader held pending trial on fraud charges, "
            "which he denies.")
    assert all(target is None for _, target in countries(text, "REJECT"))


# --- "X issued a statement condemning ...": the issuer speaks through the statement --------------

def test_a_statement_condemning_an_act_is_the_issuers_accusation():
    text = "Jordan issued a statement on Sunday condemning the Israeli raid on Jenin."
    assert ("JOR", "ISR") in countries(text, "ACCUSE")


def test_each_issuer_of_statements_backing_a_decision_supports_it():
    text = ("Kenya's president dissolved the cabinet on Friday. Uganda, Tanzania and Rwanda issued "
            "statements backing the Kenyan president's decision.")
    sources = {e.source.country for e in events_without(("keep_events",), text) if e.type == "SUPPORT" and e.source}
    assert {"UGA", "TZA", "RWA"} <= sources


# --- the article's country: four mentions against two of any other -------------------------------

def test_police_take_the_country_the_article_names_far_most_often():
    # Jordan four times, the United States twice, three others once: short of half the mentions,
    # but twice any other; the police are Jordan's, not the State Department's named just before
    text = ("Jordan's King Abdullah dissolved parliament on Sunday and named a caretaker cabinet, the royal "
            "court in Amman said. Jordanian state media said the vote would be held in November, Jordan's first "
            "since 2020. Egypt, Iraq and Saudi Arabia said they respected the decision. The U.S. State "
            "Department said it was following events closely and urged the government to respect the rights "
            "of citizens. The interior ministry said on Monday that police had arrested six activists who "
            "called for a boycott of the vote.")
    arrests = [(source, target) for kind, source, target, trigger in coded_events(text, "2024-07-02", with_trigger=True)
               if kind == "COERCE" and trigger == "arrested"]
    assert arrests == [("JOR", "JOR")]


# --- police act where they stand: a town their clause names ---------------------------------------

def test_riot_police_take_the_country_of_the_town_their_clause_names():
    text = ("Protesters angry over the burning of a Koran in Copenhagen stormed the Danish embassy on Friday. "
            "Riot police fired tear gas to drive them out of the Tehran compound.")
    police = [e for e in eventwire.extract(text, published="2024-05-01").entities
              if e.actor is not None and e.text.lower() == "riot police"]
    assert [e.actor.country for e in police] == ["IRN"]


# --- the headline names the article's country ------------------------------------------------------

HONDURAS_COUNT = (
    "Honduras's electoral council said on Monday the count would resume after a two-day halt. "
    "Thousands of Hondurans marched to the council's offices in Tegucigalpa to demand a recount. "
    "U.S. President Donald Trump said the vote was being stolen, and Washington warned of consequences. "
    "Late on Tuesday riot police fired tear gas to clear the road.")


@pytest.mark.parametrize("title, country", [
    ("", "USA"),   # three mentions each: no country of its own, the nearest named before
    ("Honduras police fire tear gas as election count stalls", "HND"),
])
def test_the_headline_decides_the_article_country_between_two_named_as_often(title, country):
    # the rules' sides, before the keeper (without the headline it drops the unsure USA event)
    events = events_without(("keep_events",), HONDURAS_COUNT, "2025-12-10", title=title)
    assert [e.source.country for e in events if e.type == "COERCE"] == [country]


# --- a force withdrawn from a town leaves that town's country --------------------------------------

def test_troops_pulled_out_of_a_capital_leave_its_country():
    text = "Italy will pull its remaining 40 troops out of Niamey by September, the defence ministry said."
    assert countries(text, "RETREAT", "2024-07-01") == [("ITA", "NER")]
