"""Events and actors on fresh text (fifteenth pass), through the public API.

Each test is one reading added in the pass: warnings that announce an answer on a condition or
an act of the author's own side, diplomats named by the body they are posted to, aircraft entering
another state's airspace, waived sanctions, suspended imports, boarded and driven-off vessels,
house arrest, a protest's demand, offers of talks between named parties, and rejections the rules
no longer aim at the article's other country. The sentences were written for these tests, with
sentences each rule must leave alone.
"""
from __future__ import annotations

import pytest

from conftest import coded_events, mention_actors

pytestmark = pytest.mark.model


def types_on(text: str, trigger: str, published: str = "2025-06-01") -> set[str]:
    """The types coded on the trigger word ``trigger`` in ``text``."""
    return {kind for kind, _, _, word in coded_events(text, published=published, with_trigger=True) if word == trigger}


def test_a_warning_of_consequences_on_a_condition_is_a_threat():
    text = "Belarus's foreign minister warned that Lithuania would face serious consequences if it closed the border."
    assert ("THREATEN", "BLR", "LTU") in coded_events(text)


def test_a_warning_that_the_police_will_act_is_a_threat():
    text = "Interior Minister Pavel Dvorak warned that police would act firmly against anyone who blocked the roads."
    assert "THREATEN" in types_on(text, "warned")


def test_a_warning_that_the_authors_own_aid_could_be_cut_is_a_threat():
    text = "Blinken warned on Tuesday that US assistance to Tbilisi could be cut if the law took effect."
    assert "THREATEN" in types_on(text, "warned")


def test_a_forecast_on_a_condition_stays_a_forecast():
    text = "Economists warned that fuel prices would rise sharply if the strike at the refinery went on."
    assert "THREATEN" not in types_on(text, "warned")


def test_a_countrys_un_ambassador_is_its_government():
    actors = mention_actors("Sweden's UN ambassador Anna Karlsson criticised the vote on Friday.", "2025-06-01")
    assert actors.get("Sweden's UN ambassador") == "SWEGOV"


def test_the_un_envoy_without_a_country_stays_the_un():
    actors = mention_actors("The UN envoy said talks between the two sides would resume next week.", "2025-06-01")
    assert actors.get("UN envoy") == "IGOUNO"


def test_a_drone_entering_another_states_airspace_is_an_attack_on_it():
    text = "Two Russian drones entered Latvia's airspace overnight before crashing in a field, the army said."
    assert ("ASSAULT", "RUS", "LVA") in coded_events(text, published="2025-09-20")


def test_entering_a_building_is_no_attack():
    assert "ASSAULT" not in types_on("The delegation entered the conference hall shortly after noon.", "entered")


def test_waived_sanctions_are_a_concession():
    text = "Washington waived sanctions on Syria's central bank on Thursday, the Treasury said."
    assert ("CONCEDE", "USA", "SYR") in coded_events(text)


def test_suspended_imports_are_a_sanction():
    text = "China suspended imports of Japanese seafood on Monday, the customs agency said."
    assert ("SANCTION", "CHN", "JPN") in coded_events(text)


def test_boarding_a_vessel_is_coercion_and_boarding_a_plane_is_travel():
    assert "COERCE" in types_on("Greek coast guard officers boarded the Turkish vessel on Sunday.", "boarded")
    assert not types_on("The minister boarded a plane to Brussels on Sunday.", "boarded")


def test_vessels_driven_away_are_coerced():
    text = "Vietnam's coast guard said it had driven away Chinese fishing vessels near the islands on Friday."
    assert ("COERCE", "VNM", "CHN") in coded_events(text)


def test_a_house_arrest_is_an_arrest():
    text = "Tunisian police placed the opposition leader Salma Ben Ali under house arrest on Wednesday."
    assert "COERCE" in types_on(text, "placed")


def test_a_protest_held_to_demand_something_also_requests_it():
    text = "Thousands of people rallied in Tbilisi on Sunday to demand the release of jailed protesters."
    events = coded_events(text)
    assert "PROTEST" in {event[0] for event in events}
    assert ("REQUEST", "GEO", "GEO") in events


def test_an_offer_to_host_talks_is_made_to_both_parties():
    text = "Qatar offered on Tuesday to host talks between Rwanda and Congo in Doha."
    events = coded_events(text)
    assert ("AGREE", "QAT", "RWA") in events and ("AGREE", "QAT", "COD") in events


def test_an_offer_of_talks_with_a_named_party_is_made_to_it():
    text = "Prime Minister Abiy Ahmed used the speech to offer new talks with Egypt and Sudan."
    events = coded_events(text)
    assert ("AGREE", "ETH", "EGY") in events and ("AGREE", "ETH", "SDN") in events


def test_a_denial_naming_no_accuser_is_not_aimed_at_the_other_country():
    text = "Ethiopia and Eritrea signed a trade protocol in 2018. Asmara rejected any talks on the port of Assab on Monday."
    assert ("REJECT", "ERI", None) in coded_events(text)


def test_refusing_to_accept_a_ruling_is_a_rejection():
    text = "Kenya has never accepted the 2021 ruling of the International Court of Justice."
    types = types_on(text, "accepted", published="2025-03-01")
    assert types == {"REJECT"}


def test_accepting_a_ruling_is_no_rejection():
    text = "Kenya accepted the ruling of the International Court of Justice on Tuesday."
    assert "REJECT" not in types_on(text, "accepted", published="2025-03-01")


def test_a_promise_not_to_support_is_a_refusal():
    text = "Hungary said on Monday it would not support the new sanctions package against Russia."
    assert types_on(text, "support") == {"REJECT"}


def test_a_revoked_visa_is_a_sanction_on_its_holders_state():
    text = "The United States revoked the visa of Colombian President Gustavo Petro on Friday."
    assert ("SANCTION", "USA", "COL") in coded_events(text, published="2025-09-27")


def test_airspace_shut_to_a_neighbour_is_a_sanction():
    text = "Pakistan shut its airspace to Indian airlines on Thursday, the aviation authority said."
    assert ("SANCTION", "PAK", "IND") in coded_events(text, published="2025-04-25")


def test_troops_sent_to_a_foreign_town_are_aimed_at_its_country():
    text = "Rwanda deployed 300 more soldiers to Goma last week, according to UN experts."
    assert ("MOBILIZE", "RWA", "COD") in coded_events(text, published="2025-02-10")


def test_troops_sent_to_a_region_of_a_named_country_are_aimed_at_it():
    text = "North Korea has sent about 1,500 special forces troops to Russia's Far East for training."
    assert ("MOBILIZE", "PRK", "RUS") in coded_events(text)


def test_troops_sent_inside_their_own_country_have_no_target():
    text = ("Gunmen killed 12 villagers in Nigeria's Zamfara state on Monday, police said. "
            "President Bola Tinubu sent 1,000 more soldiers to the region, his spokesman said.")
    assert [event for event in coded_events(text) if event[0] == "MOBILIZE"] == [("MOBILIZE", "NGA", None)]


def test_an_organizations_mission_speaks_for_it():
    text = "The UN mission in South Sudan urged the government to avoid violence on Monday."
    assert mention_actors(text, "2025-03-10").get("UN mission") == "IGOUNO"


def test_a_rescue_mission_is_no_actor():
    assert "rescue mission" not in mention_actors("The rescue mission freed two hostages near Gao.", "2025-03-10")


def test_seizing_power_is_not_coded():
    text = "Niger's junta, which seized power in July 2023, expelled the French ambassador on Friday."
    assert "COERCE" not in types_on(text, "seized", published="2025-02-01")


def test_a_court_ordering_detention_is_the_detention():
    text = "A court in Tbilisi on Tuesday ordered two opposition activists to be held in pre-trial detention."
    events = coded_events(text, published="2025-10-08", with_trigger=True)
    assert {kind for kind, _, _, word in events if word == "ordered"} == {"COERCE"}
    assert not [event for event in events if event[3] == "held"]   # coded once, on the order


def test_foreigners_ordered_to_leave_the_country_are_expelled():
    text = "Latvia ordered 25 Russian citizens to leave the country on Wednesday, the interior ministry said."
    assert ("COERCE", "LVA", "RUS") in coded_events(text, published="2025-03-15")


def test_an_order_to_negotiate_stays_a_request():
    text = "The president ordered the army to open talks with the rebels on Monday."
    assert "COERCE" not in types_on(text, "ordered")


def test_a_court_sentence_is_a_sanction_from_the_judiciary():
    text = "A court in Tunis on Friday sentenced the opposition leader Ahmed Souab to five years in prison."
    events = coded_events(text, published="2025-11-01", side="code", with_trigger=True)
    assert [(kind, source) for kind, source, _, word in events if word == "sentenced"] == [("SANCTION", "TUNJUD")]


def test_coordinated_verbs_share_the_last_ones_object():
    text = "Chinese coast guard vessels rammed and boarded a Philippine supply boat near the shoal on Sunday."
    types = {kind for kind, _, _, word in coded_events(text, with_trigger=True) if word in ("rammed", "boarded")}
    assert types == {"ASSAULT", "COERCE"}


def test_talks_offered_are_not_talks_held():
    text = "Saudi Arabia offered on Tuesday to host talks between Lebanon and Syria in Jeddah."
    types = {kind for kind, *_ in coded_events(text, published="2025-03-20")}
    assert "AGREE" in types and "CONSULT" not in types


def test_talks_held_are_still_coded():
    text = "Saudi Arabia hosted talks between Lebanon and Syria in Jeddah on Tuesday."
    assert "CONSULT" in {kind for kind, *_ in coded_events(text, published="2025-03-20")}


def test_regretting_anothers_decision_is_disapproval():
    text = "China deeply regrets Panama's decision to leave the Belt and Road Initiative, a spokesman said."
    assert ("ACCUSE", "CHN", "PAN") in coded_events(text, published="2025-02-07")


def test_initialling_a_treaty_text_is_an_agreement():
    text = "Armenia's prime minister and Azerbaijan's president initialled the text of a peace treaty on Friday."
    assert ("AGREE", "ARM", "AZE") in coded_events(text, published="2025-08-09")


def test_a_generic_party_name_in_a_leaders_title_takes_the_articles_country():
    text = ("Italy's government sent the first migrants to Albania on Monday. "
            "Democratic Party leader Elly Schlein denounced the Albanian project in Rome.")
    assert mention_actors(text, "2024-10-20", "country").get("Democratic Party leader Elly Schlein") == "ITA"


def test_another_countrys_foreign_office_is_its_own():
    actors = mention_actors("Pakistan's Foreign Office accused Afghanistan of sheltering militants.", "2025-03-01")
    assert actors.get("Pakistan's Foreign Office") == "PAKGOV"


def test_a_sahel_group_takes_the_country_the_story_is_about():
    text = ("Burkina Faso's army said on Monday it had repelled an attack near Djibo in northern Burkina Faso. "
            "JNIM fighters stormed a military camp there at dawn, residents said.")
    assert mention_actors(text, "2025-05-16").get("JNIM fighters") == "BFAREB"


def test_a_sahel_group_in_a_story_on_mali_stays_malian():
    text = "JNIM fighters ambushed a Malian army convoy near Gao on Sunday, the army in Bamako said."
    assert mention_actors(text, "2025-05-16").get("JNIM fighters") == "MLIREB"


def test_central_american_is_no_us_phrase():
    actors = mention_actors("Central American leaders met in Panama City on Friday.", "2025-03-01", "country")
    assert actors.get("Central American leaders") != "USA"


def test_the_headline_counts_toward_the_articles_own_country():
    import eventwire

    body = ("The ruling party said on Tuesday it would not recognise the count. Riot police fired tear gas at "
            "protesters in Tegucigalpa. U.S. President Donald Trump warned the United States would cut aid, "
            "and U.S. envoys met Trump's allies in New York.")
    extraction = eventwire.extract(body, published="2025-12-09",
                                   title="Honduras's ruling party rejects election count")
    police = [e for e in extraction.entities if e.text == "Riot police"]
    assert police and police[0].actor.country == "HND"
