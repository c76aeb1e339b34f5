"""Thirty-seventh pass (issue 5, actors): labour unions (listed and unlisted), police placed where
order is kept, a country's own people listed with its leader, Commonwealth high commissioners and
chargés d'affaires, and forces loyal to someone. Every sentence here is written for the test."""
from __future__ import annotations

from conftest import coded_events, mention_actors


def test_an_unlisted_union_is_a_labour_body_of_its_country():
    text = ("Striking miners marched in Rustenburg on Monday. The Federation of Platinum Mineworkers "
            "accused the company of ignoring their pay claim.")
    assert ("ACCUSE", "ZAFLAB", "ZAFBUS") in coded_events(text, "2012-08-20", side="code")


def test_a_country_named_inside_a_union_name_is_its_country():
    found = mention_actors("The National Confederation of Malian Workers called a strike.", "2023-03-01")
    assert found["National Confederation"] == "MLILAB"


def test_a_listed_word_inside_a_longer_union_name_does_not_stand_for_it():
    # "Congress" alone is a legislature; the whole name is a union's
    found = coded_events("The Zambia Congress of Trade Unions rejected the budget.", "2019-10-01", side="code")
    assert [source for kind, source, _ in found if kind == "REJECT"] == ["ZMBLAB"]


def test_listed_unions_are_labour_of_their_countries():
    assert mention_actors("Cosatu marched on the Union Buildings.", "2016-05-01")["Cosatu"] == "ZAFLAB"
    assert mention_actors("The Histadrut declared a general strike.", "2023-03-27")["Histadrut"] == "ISRLAB"


def test_a_shared_union_acronym_takes_the_story_s_country():
    argentina = "The CGT called a general strike against President Javier Milei's reforms."
    france = "The CGT called a general strike against the pension reform in Paris."
    assert mention_actors(argentina, "2024-01-24")["CGT"] == "ARGLAB"
    assert mention_actors(france, "2023-01-19")["CGT"] == "FRALAB"


def test_police_keep_order_where_the_story_happens():
    text = ("The city council removed the statue from a square in central Riga on Friday, ignoring "
            "demands from Moscow to leave it in place. Police detained 40 people overnight.")
    assert mention_actors(text, "2022-08-27")["Police"] == "LVACOP"


def test_a_countrys_own_people_listed_with_its_leader_are_of_that_country():
    text = ("The EU sent its envoy, the Slovak diplomat Miroslav Lajcak, to meet Vucic and opposition "
            "leaders in Belgrade.")
    assert mention_actors(text, "2019-05-10", "country")["Vucic and opposition leaders"] == "SRB"


def test_a_commonwealth_high_commissioner_is_his_governments_envoy():
    found = coded_events("Dhaka summoned India's high commissioner over the border killings.", "2011-01-10",
                         side="code")
    assert ("ACCUSE", "BGDGOV", "INDGOV") in found
    assert mention_actors("The UN high commissioner for refugees urged Kenya to keep the camps open.",
                          "2016-05-10")["UN high commissioner"] == "IGOUNO"


def test_a_charge_daffaires_is_his_governments_envoy():
    found = coded_events("Warsaw summoned Belarus's charge d'affaires to protest.", "2021-11-09", side="code")
    assert ("ACCUSE", "POLGOV", "BLRGOV") in found


def test_forces_loyal_to_a_leader_are_of_his_country():
    text = ("Kenya urged calm on Tuesday. Soldiers loyal to President Salva Kiir clashed with "
            "rebels near Bor.")
    assert mention_actors(text, "2014-01-07")["Soldiers"] == "SSDMIL"


# --- what the rules leave alone (a reviewer's findings) ---------------------------------------------

def test_a_partys_congress_and_a_trade_association_are_no_unions():
    party = coded_events("The Eighth Congress of the Workers' Party of Korea condemned the United States.",
                         "2021-01-10", side="code")
    assert not [source for _, source, _ in party if source and source.endswith("LAB")]
    trade = coded_events("The European Free Trade Association signed a trade deal with Indonesia.", "2023-12-16",
                         side="code")
    assert not [source for _, source, _ in trade if source and source.endswith("LAB")]


def test_police_after_a_country_acts_elsewhere_are_not_of_the_talks_venue():
    text = ("Talks on the dam collapsed in Washington last week. Ethiopia then began filling the reservoir. "
            "Police arrested 12 activists who opposed the project.")
    assert ("COERCE", "ETH", "ETH") in coded_events(text, "2020-07-20")


def test_police_listed_with_a_foreign_leader_keep_their_own_country():
    found = coded_events("Kenyan President William Ruto met Biden and police officers bound for Haiti.",
                         "2023-10-03", side="code")
    assert ("CONSULT", "KENGOV", "KENCOP") in found


def test_an_unowned_high_commissioner_stays_the_international_bodys():
    found = coded_events("The High Commissioner for Human Rights accused Myanmar's military of war crimes.",
                         "2018-09-10", side="sector")
    assert ("ACCUSE", "IGO", "MIL") in found


def test_forces_loyal_to_a_patron_state_stay_the_lands():
    found = coded_events("Militias loyal to Iran attacked a US base in western Iraq.", "2020-01-10")
    assert [source for kind, source, _ in found if kind == "ASSAULT"] == ["IRQ"]


def test_a_bloc_a_state_leads_is_that_states_unless_it_is_a_body_of_named_members():
    found = coded_events("Eritrea voiced support for the Saudi-led bloc, which cut diplomatic relations with Doha.",
                         "2017-06-17", side="code")
    assert ("SUPPORT", "ERIGOV", "SAUGOV") in found and ("SANCTION", "SAUGOV", "QATGOV") in found
    text = ("Tokayev appealed to the Collective Security Treaty Organisation for help, and the Moscow-led bloc "
            "of six former Soviet states agreed to send troops.")
    assert not [e for e in coded_events(text, "2022-01-06", side="code") if e[1] == "RUSGOV"]


def test_a_led_bloc_after_a_named_body_is_that_body():
    text = "ECOWAS imposed sanctions on Mali. The Nigerian-led bloc also closed its borders with the country."
    assert not [e for e in coded_events(text, "2022-01-10", side="code") if e[1] == "NGAGOV"]


def test_a_titled_name_takes_the_country_its_apposition_describes():
    text = ("Afghan forces retook Kunduz on Thursday. General John Campbell, the U.S. commander in Afghanistan, "
            "told Congress that the hospital had been struck by mistake.")
    assert mention_actors(text, "2015-10-08")["General John Campbell"] == "USAMIL"
