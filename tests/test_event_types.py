"""Which events are coded, and as which type, in clauses that full news articles are made of:
protest messages, accepted facts, assessed threats, idle "stand by", guarding
one's own, restated measures, agreement terms, refusals to comment, and the light-verb senses of
moving forces, delivering convoys, giving access and convoys arriving; then (second pass) police raids,
returned fire, withdrawn complaints, combat drills, withheld judgements, not ruling out force, the
content of requests and ultimatums, talks between others, hyphenated objects, ergative "end",
relative-pronoun subjects and listed damage; then a stress set of wire wordings (CONSULT, PROTEST,
ACCUSE) and of near misses (market "retreats", sport "attacks", anonymous sources who "asked", fires
that kill); then (ninth pass, fresh text) denials whose inferred target is the denier, offers the parser
hangs on a requested infinitive, what a promise commits to, towns seized in a list, combat backing,
"retook", purposes and rehearsed acts, victims told after an attack, reported "would", charges closed by
an apposition, border pushbacks, repelled offensives and appeals made in a call; then (ninth pass,
second round) background dates, claims of the harmed side, measures of another kind told later, dismissed
accounts, captured camps, closed airspace, acts of "anyone", stance participles, denied reports, and
fighters "neutralised", accords torn up and attacks attributed to a party. Each
rule is tested with a control sentence that must still be coded."""
from __future__ import annotations

import pytest

import eventwire

pytestmark = pytest.mark.model


def types_of(text: str, published: str = "2025-04-02") -> list[str]:
    """The PLOVER types coded in ``text``, in order."""
    return [e.type for e in eventwire.extract(text, published=published).events]


def triggers_of(text: str, published: str = "2025-04-02") -> dict[str, str]:
    """Each coded trigger word, lower-cased, with its PLOVER type."""
    return {e.trigger.text.lower(): e.type for e in eventwire.extract(text, published=published).events}


def test_a_protest_message_is_not_a_statement_of_its_own():
    coded = triggers_of("Thousands of Kenyans marched in Nairobi on Friday to condemn Uganda's border closure.")
    assert coded.get("marched") == "PROTEST"
    assert "condemn" not in coded


def test_a_statement_that_is_not_a_protest_purpose_stays():
    assert "ACCUSE" in types_of("Bangladesh condemned the border killings on Sunday.")


def test_accepting_a_fact_is_no_agreement():
    assert "AGREE" not in types_of("Serbia will have to accept that the old borders are gone.")


def test_accepting_an_offer_is_still_an_agreement():
    assert "AGREE" in types_of("Serbia accepted the European Union's offer of mediation on Monday.")


def test_a_threat_something_poses_is_an_assessment():
    assert "THREATEN" not in types_of("Ghana's minister wrote that the new dam posed a grave threat to farmers.")


def test_standing_by_with_no_one_named_is_no_support():
    assert "SUPPORT" not in types_of("Greece said it would not stand by while Turkey drills in its waters.")


def test_standing_by_an_ally_is_support():
    assert "SUPPORT" in types_of("Poland said it would stand by Lithuania in the dispute.")


def test_defending_ones_own_interests_is_no_support():
    assert "SUPPORT" not in types_of("Peru said it would defend its fishing rights by every lawful means.")


def test_a_refusal_to_discuss_is_no_rejection():
    assert "REJECT" not in types_of('The minister told reporters: "We will not discuss troop movements."')


def test_a_refusal_to_negotiate_is_still_a_rejection():
    assert "REJECT" in types_of("Armenia said on Monday that it will not negotiate with Azerbaijan under pressure.")


def test_an_agreement_term_is_the_agreements_content():
    coded = triggers_of("Somalia protested against a deal granting Ethiopia access to the port.")
    assert coded.get("protested") == "PROTEST"
    assert "granting" not in coded


def test_moving_warplanes_is_a_mobilization():
    assert triggers_of("Algeria has moved fighter jets to its southern air base.").get("moved") == "MOBILIZE"


def test_delivering_a_convoy_is_aid():
    assert triggers_of("The Red Cross delivered a convoy of food to Gaza on Friday.").get("delivered") == "AID"


def test_giving_access_is_a_concession_of_access():
    assert triggers_of("Myanmar's junta gave UN investigators access to Rakhine state on Monday.").get(
        "gave") == "RETREAT"


def test_sending_a_team_to_investigate_is_no_aid():
    assert "AID" not in types_of("The African Union will send a team to investigate the clashes in Darfur.")


def test_sending_a_medical_team_is_aid():
    assert "AID" in types_of("Jordan sent a medical team to Gaza on Tuesday.")


def test_the_noun_a_relative_clause_hangs_on_is_its_verbs_object():
    assert triggers_of("Mali rejoined the defence pact it quit last year.").get("quit") == "SANCTION"


def test_a_restated_measure_is_not_a_second_event():
    text = ("The United States imposed sanctions on two militia leaders on Tuesday. "
            "The measures freeze their assets in American banks.")
    assert types_of(text).count("SANCTION") == 1


def test_a_measure_told_for_the_first_time_is_coded():
    assert "SANCTION" in types_of("Britain froze the assets of two Russian bankers on Tuesday.")


def test_a_storm_that_kills_is_no_attack():
    assert "ASSAULT" not in types_of("A cyclone killed six people in southern Madagascar on Sunday.")


def test_an_accident_that_kills_is_no_attack():
    assert "ASSAULT" not in types_of("Two Kenyan soldiers were killed in a road accident near Garissa.")


def test_fighters_that_kill_are_an_attack():
    assert "ASSAULT" in types_of("Al-Shabaab fighters killed six Kenyan soldiers near Garissa on Sunday.")


def test_declining_to_condemn_is_no_rejection():
    assert "REJECT" not in types_of("India declined on Friday to condemn the coup in Myanmar.")


def test_a_missile_fired_into_the_sea_is_a_weapons_test():
    assert triggers_of("North Korea fired two ballistic missiles into the sea on Monday.").get("fired") == "MOBILIZE"


def test_a_missile_fired_at_a_town_is_an_attack():
    assert triggers_of("Russia fired two missiles at Odesa on Monday.").get("fired") == "ASSAULT"


def test_the_history_of_a_thing_is_background():
    text = "Police displayed rifles seized from the gang last year at a news conference in Nairobi on Monday."
    assert "COERCE" not in types_of(text)


# --- second pass: recall without losing precision ---------------------------------------------

def test_a_police_raid_is_coercion():
    coded = triggers_of("Kenyan police raided the offices of an opposition newspaper in Nairobi on Tuesday.")
    assert coded.get("raided") == "COERCE"


def test_a_raid_by_gunmen_is_still_an_attack():
    assert triggers_of("Gunmen raided a village in Zamfara state on Tuesday.").get("raided") == "ASSAULT"


def test_returning_fire_is_an_attack():
    coded = triggers_of("Israeli soldiers returned fire after militants shot at a checkpoint near Jenin.")
    assert coded.get("returned") == "ASSAULT"


def test_a_rally_outside_a_base_is_a_protest():
    coded = triggers_of("Hundreds of farmers rallied outside the army base in Gao on Monday.")
    assert coded.get("rallied") == "PROTEST"


def test_withdrawing_a_complaint_is_a_concession():
    coded = triggers_of("Pakistan withdrew its complaint against India at the World Bank on Monday.")
    assert coded.get("withdrew") == "CONCEDE"


def test_withdrawing_troops_is_still_a_retreat():
    coded = triggers_of("Rwanda withdrew its troops from eastern Congo on Monday.")
    assert coded.get("withdrew") == "RETREAT"


def test_combat_drills_are_a_mobilization():
    assert triggers_of("China launched combat drills around Taiwan on Monday.").get("drills") == "MOBILIZE"


def test_declining_to_criticize_is_a_negated_accusation():
    for text in ("Turkey declined to condemn the coup in Niger.",
                 "Turkey declined on Friday to criticize the Israeli strikes."):
        accusations = [e for e in eventwire.extract(text, published="2025-04-02").events if e.type == "ACCUSE"]
        assert accusations and all("negated" in e.context for e in accusations), text


def test_refusing_to_meet_is_still_a_rejection():
    assert "REJECT" in types_of("Turkey refused on Friday to meet the Greek delegation.")


def test_not_ruling_out_force_is_a_threat():
    coded = triggers_of("Iran refused on Sunday to rule out military action against Israel.")
    assert coded.get("refused") == "THREATEN"
    events = eventwire.extract("Israel did not rule out military action against Iran.", published="2025-04-02").events
    assert [e.type for e in events] == ["THREATEN"] and "negated" not in events[0].context


def test_not_ruling_out_a_candidacy_is_no_threat():
    assert "THREATEN" not in types_of("The minister refused to rule out a run for the presidency.")


def test_what_hangs_inside_a_request_is_asked_for_too():
    text = ("The Security Council urged both sides to respect the truce and protect the civilians it was "
            "meant to protect.")
    assert types_of(text) == ["REQUEST"]


def test_the_content_of_an_ultimatum_is_not_an_event():
    coded = triggers_of("The junta rejected an ECOWAS ultimatum to release the president.")
    assert "release" not in coded
    assert coded.get("ultimatum") == "THREATEN"


def test_talks_a_host_arranges_between_others_are_their_own_event():
    coded = triggers_of("Egypt brokered talks between Hamas and Israel in Cairo on Sunday.")
    assert coded.get("talks") == "CONSULT"


def test_talks_a_party_holds_are_one_event():
    coded = triggers_of("Egypt held talks with Israel in Cairo on Sunday.")
    assert "talks" not in coded and coded.get("held") == "CONSULT"


def test_a_hyphenated_object_matches_the_lexicon():
    assert triggers_of("Workers staged a sit-in at the ministry in Lagos on Monday.").get("staged") == "PROTEST"


def test_cooperation_that_ends_is_a_sanction():
    coded = triggers_of("Mali's defence cooperation with France will end next month, the junta said.")
    assert coded.get("end") == "SANCTION" and "cooperation" not in coded


def test_a_relative_pronoun_subject_picks_the_protest_sense():
    coded = triggers_of("Police dispersed protesters who stormed the parliament in Nairobi on Tuesday.")
    assert coded.get("stormed") == "PROTEST"


def test_listed_damage_is_the_same_attack_as_the_killing():
    coded = [e for e in eventwire.extract("Nine soldiers were killed and two armoured vehicles destroyed near Gao.",
                                          published="2025-04-02").events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in coded] == ["killed"]


def test_a_joint_search_is_cooperation():
    assert "COOPERATE" in types_of("Italy and Malta began a joint search for the missing fishermen on Sunday.")


def test_distributing_flour_is_aid():
    coded = triggers_of("The Red Cross distributed flour to displaced families in Darfur last week.")
    assert coded.get("distributed") == "AID"


def test_taking_in_refugees_is_asylum():
    assert triggers_of("Chad took in 2,000 refugees from Sudan last week.").get("took") == "AID"


def test_taking_in_suspects_is_no_aid():
    assert "AID" not in types_of("Police took in two suspects for questioning in Lagos on Monday.")


def test_a_presented_proposal_has_the_presenters_as_source():
    events = eventwire.extract("Norway presented a new peace proposal to both sides on Monday.",
                               published="2025-04-02").events
    proposals = [e for e in events if e.type == "AGREE"]
    assert proposals and proposals[0].source is not None and proposals[0].source.country == "NOR"


def test_allowing_trucks_to_cross_is_allowing_access():
    coded = triggers_of("The army allowed the trucks to cross from Chad after weeks of negotiations.")
    assert coded.get("allowed") == "RETREAT"


def test_promising_to_use_force_is_a_threat():
    events = eventwire.extract("China will use force against Taiwan if it declares independence, the ministry said.",
                               published="2025-04-02").events
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and "future" not in threats[0].context


def test_force_used_is_no_threat():
    assert "THREATEN" not in types_of("Police used force to disperse the crowd in Nairobi on Tuesday.")


def test_an_event_no_actor_takes_part_in_is_not_kept():
    from eventwire.pipeline import extract

    for text in ("The chess champion launched a fierce attack on the queenside and won in 32 moves.",
                 "The company's board rejected a takeover offer from a rival chipmaker."):
        assert extract(text, published="2025-03-02").events == [], text


def test_an_event_with_only_one_actor_is_kept():
    from eventwire.pipeline import extract

    events = extract("Sudanese troops shelled the outskirts of the town on Monday.", published="2025-03-04").events
    assert [(e.type, e.source.country) for e in events] == [("ASSAULT", "SDN")]


# --- third pass (recall): reported forecasts, misparsed objects, months, places seized --------------

def test_a_forecast_warning_reports_its_clause_as_an_event():
    coded = triggers_of("Japan could send tanks to Poland if the fighting spreads, an analyst warned on Monday.")
    assert coded.get("send") == "AID"


def test_a_threat_still_keeps_its_content_as_content():
    coded = triggers_of("Turkey warned Greece that it would send warships to the islands.")
    assert coded.get("warned") == "THREATEN"
    assert "send" not in coded


def test_a_missile_fired_into_the_sea_is_a_weapons_test_even_misparsed():
    coded = triggers_of("Iran fired a ballistic missile into the sea hours before the talks.")
    assert coded.get("fired") == "MOBILIZE"


def test_a_missile_fired_at_a_country_is_still_an_attack():
    assert "ASSAULT" in types_of("Iran fired a ballistic missile at Israel on Saturday.")


def test_an_object_read_as_a_participle_subject_still_chooses_the_entry():
    coded = triggers_of("Chad has taken in 30,000 refugees fleeing the war in Sudan since May.")
    assert coded.get("taken") == "AID"


def test_troops_counted_by_a_quantity_noun_are_still_troops():
    assert "MOBILIZE" in types_of("Belarus sent thousands of troops to the Polish border on Friday.")
    assert "AID" in types_of("Sweden delivered dozens of tanks to Ukraine last month.")


def test_a_quantity_of_something_else_is_no_deployment():
    assert "MOBILIZE" not in types_of("Belarus sent thousands of letters to Polish schools on Friday.")


def test_a_month_name_is_no_march():
    assert "PROTEST" not in types_of("Peru reopened its consulate in Lima on 3 March.")


def test_seizing_a_named_place_is_an_occupation():
    coded = {e.trigger.text.lower(): (e.type, e.mode) for e in
             eventwire.extract("Iraqi forces seized Mosul on Tuesday after days of fighting.", published="2025-04-02").events}
    assert coded.get("seized") == ("ASSAULT", "occupy")


def test_seizing_goods_is_still_a_confiscation():
    assert "COERCE" in types_of("Greece seized a Russian tanker off Evia on Tuesday.")


def test_deepening_military_ties_is_military_cooperation():
    assert "COOPERATE" in types_of("Mali deepened its military ties with Russia in March.")
    assert "SUPPORT" in types_of("Mali deepened its ties with Russia in March.")


def test_voting_down_a_bill_is_a_rejection():
    assert "REJECT" in types_of("Kenya's parliament voted down the government's finance bill on Tuesday.")


def test_blocking_a_joint_statement_is_a_rejection():
    coded = triggers_of("Slovakia blocked a joint EU statement on Georgia on Thursday.")
    assert coded.get("blocked") == "REJECT"


def test_respecting_a_country_s_sovereignty_is_support():
    coded = triggers_of("India said it respected Nepal's sovereignty over the disputed valley.")
    assert coded.get("respected") == "SUPPORT"


def test_respecting_a_truce_is_still_a_ceasefire():
    assert "RETREAT" in types_of("Both armies respected the truce on Sunday, monitors said.")


def test_a_welcome_given_to_a_deal_is_support():
    coded = triggers_of("Jordan gave a cautious welcome to the truce agreed by Israel and Hamas.")
    assert coded.get("welcome") == "SUPPORT"


def test_a_ceremonial_welcome_is_no_support():
    assert "SUPPORT" not in types_of("Kenya's president received a warm welcome in Addis Ababa on Monday.")


def test_looting_by_an_armed_group_is_coercion():
    coded = triggers_of("Kenya accused the rebels of looting aid warehouses in Garissa.")
    assert coded.get("looting") == "COERCE"


def test_looting_by_rioters_is_a_violent_protest():
    coded = triggers_of("Protesters looted shops in Nairobi on Tuesday.")
    assert coded.get("looted") == "PROTEST"


def test_a_headline_the_parser_splits_in_two_is_still_read_as_a_headline():
    coded = triggers_of("Turkey Urges Sweden To Extradite Kurdish Militants")
    assert coded.get("urges") == "REQUEST"


# --- seventeenth pass: classes from unseen news (posture, sanction-like breaks, charges, idioms) ---

def events_of(text: str, published: str = "2025-04-02") -> list[tuple[str, str | None, str | None, str]]:
    """Each coded event as (type, source country, target country, trigger word, lower-cased)."""
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None,
             e.trigger.text.lower()) for e in eventwire.extract(text, published=published).events]


def test_a_charge_the_accused_rejected_is_a_rejection_of_the_accuser():
    coded = events_of("Greece accused Turkey of violating its airspace with fighter jets, a charge Ankara rejected.")
    assert ("ACCUSE", "GRC", "TUR", "accused") in coded
    assert ("REJECT", "TUR", "GRC", "rejected") in coded


def test_a_charge_the_parser_makes_the_main_clause_keeps_its_accusation():
    coded = triggers_of("Sudan accused Chad of sending weapons to the rebels, a charge N'Djamena has always denied.")
    assert coded.get("accused") == "ACCUSE"


def test_a_thing_described_by_a_past_rejection_codes_it_as_background():
    # seventeenth pass: a named party's act in a clause on a thing is coded; years back, it is historical
    extraction = eventwire.extract("The plan, which Bolivia rejected in 2019, was published on Monday.",
                                   published="2024-06-05")
    rejected = [e for e in extraction.events if e.type == "REJECT"]
    assert rejected and all("historical" in e.context and e.source.country == "BOL" for e in rejected)


def test_a_measure_that_hits_an_industry_is_no_attack():
    coded = triggers_of("The new levy hits Argentine soybean farmers hardest, analysts said.")
    assert "hits" not in coded
    assert "threatened" not in triggers_of("Officials in Hanoi said the dumping threatened Vietnam's steel industry.")


def test_missiles_that_hit_a_town_are_still_an_attack():
    assert triggers_of("Russian missiles hit a power station in Odesa on Monday.").get("hit") == "ASSAULT"


def test_announcing_air_strikes_if_needed_is_a_threat():
    coded = triggers_of("A spokesman for Sudan's army said it would use air strikes against the RSF if needed.")
    assert coded.get("use") == "THREATEN"


def test_using_a_definite_strike_is_no_threat():
    assert "THREATEN" not in types_of("The union would use the strike to press the government of Peru.")


def test_crowd_control_weapons_used_are_coercion():
    coded = triggers_of("Police in Dhaka used tear gas and water cannon against students on Sunday.")
    assert coded.get("used") == "COERCE"


def test_raising_combat_readiness_is_mobilisation():
    coded = triggers_of("Armenia put its army on the highest level of combat readiness on Friday.")
    assert coded.get("put") == "MOBILIZE"


def test_suspending_part_of_an_accord_is_a_sanction():
    coded = triggers_of("Japan suspended part of its fisheries accord with South Korea on Tuesday.")
    assert coded.get("suspended") == "SANCTION"


def test_calling_a_measure_illegal_or_retaliation_is_an_accusation():
    assert triggers_of("Ottawa called the duties unjustified retaliation.").get("called") == "ACCUSE"
    assert triggers_of("Tehran called the seizure of its tanker illegal.").get("called") == "ACCUSE"


def test_calling_talks_constructive_is_no_accusation():
    assert "ACCUSE" not in types_of("The Indonesian minister called the talks with Malaysia constructive.")


def test_a_name_given_inside_a_condemnation_is_the_same_charge():
    coded = events_of("Seoul condemned Pyongyang for what it called a reckless missile launch.")
    assert [e for e in coded if e[0] == "ACCUSE"] == [("ACCUSE", "KOR", "PRK", "condemned")]


def test_challenging_a_measure_in_court_is_a_legal_accusation():
    assert triggers_of("Canada will challenge the tariffs in court.").get("challenge") == "ACCUSE"


def test_sending_military_instructors_abroad_is_military_aid():
    coded = triggers_of("Turkey sent military instructors and equipment to Somalia last month.")
    assert coded.get("sent") == "AID"


def test_ordering_ones_own_army_to_act_is_mobilisation():
    coded = triggers_of("President Tinubu ordered the army to help police restore order in Kano.")
    assert coded.get("ordered") == "MOBILIZE"
    assert "help" not in coded


def test_ordering_an_attack_or_a_foreign_force_stays_a_request():
    assert triggers_of("Netanyahu ordered the military to strike targets in Lebanon.").get("ordered") == "REQUEST"
    assert triggers_of("Putin ordered Ukrainian troops to leave Kursk.").get("ordered") == "REQUEST"


def test_calling_for_a_march_is_a_protest():
    coded = triggers_of("Opposition leader Kizza Besigye called for nationwide protests against the tax law.")
    assert coded.get("called") == "PROTEST"


def test_refusing_to_be_intimidated_is_no_threat():
    assert "THREATEN" not in types_of("Vilnius said Lithuania would not be intimidated by anyone.")


def test_a_threat_in_the_passive_stays_a_threat():
    assert "THREATEN" in types_of("Taiwan was threatened by Chinese warships on Monday.")


def test_an_episode_named_by_an_earlier_year_is_background():
    coded = triggers_of("The group was formed by officers who fled Liberia after the 1990 massacre.",
                        published="2024-05-01")
    assert "massacre" not in coded


def test_an_episode_of_this_year_is_still_news():
    coded = triggers_of("The 2024 offensive by Israel killed hundreds of people in Gaza.", published="2024-05-01")
    assert coded.get("offensive") == "ASSAULT"


def test_a_pact_a_country_has_or_that_holds_is_no_new_event():
    assert "AGREE" not in types_of("Japan, which has a security treaty with the United States, protested.")
    assert "RETREAT" not in types_of("The truce between Armenia and Azerbaijan held on Sunday night.")


def test_agreeing_a_truce_is_still_coded():
    # a ceasefire agreed is RETREAT (the gold conventions since the tenth pass; coded so since the thirteenth)
    assert "RETREAT" in types_of("Armenia and Azerbaijan agreed a truce on Saturday.")


def test_a_truce_the_parser_hangs_its_verb_on_still_holds():
    coded = triggers_of("A truce between Thailand and Cambodia largely held on Monday night after days of shelling.")
    assert "truce" not in coded


def test_leaving_an_international_body_is_a_break_with_it():
    coded = events_of("Burundi left the International Criminal Court in 2017.", published="2017-11-02")
    assert coded and coded[0][0] == "SANCTION" and coded[0][1] == "BDI"
    assert triggers_of("The three juntas said they would quit ECOWAS.").get("quit") == "SANCTION"


def test_leaving_a_place_or_a_meeting_is_no_break():
    assert "SANCTION" not in types_of("Kenya's president left the African Union headquarters after the meeting.")
    assert "SANCTION" not in types_of("The UN envoy left Khartoum on Monday.")


def test_an_attack_a_truce_stops_is_not_happening():
    coded = triggers_of("Thailand and Cambodia agreed on Monday to stop all shelling along the border.")
    assert "shelling" not in coded
    assert triggers_of("Thai artillery shelled Cambodian positions on Monday.").get("shelled") == "ASSAULT"


def test_an_act_the_accused_failed_to_do_is_no_event():
    coded = triggers_of("Niger blamed France for failing to help its army fight the insurgents.")
    assert coded.get("blamed") == "ACCUSE"
    assert "fight" not in coded


def test_an_act_someone_helped_with_is_still_coded():
    assert triggers_of("Russia helped Syrian forces fight rebels near Aleppo.").get("fight") == "ASSAULT"


def test_unrest_a_party_is_blamed_for_stirring_is_part_of_the_charge():
    coded = triggers_of("Georgia's premier blamed Moscow for fomenting the unrest in Tbilisi.")
    assert coded.get("blamed") == "ACCUSE"
    assert "unrest" not in coded


# ---------------------------------------------------------------- eighteenth pass: recall on unseen news


def contexts_of(text: str, published: str = "2025-04-02") -> dict[str, list[str]]:
    """Each coded trigger word, lower-cased, with its context flags."""
    return {e.trigger.text.lower(): list(e.context) for e in eventwire.extract(text, published=published).events}


def test_objecting_to_a_text_is_a_rejection():
    coded = triggers_of("Argentina and Brazil objected to the draft that named Paraguay as the aggressor.")
    assert coded.get("objected") == "REJECT"


def test_objecting_to_a_bare_noun_the_parser_reads_as_a_verb_is_still_a_rejection():
    # the small model reads "to language" as an infinitive; the noun's relative clause shows it is none
    coded = triggers_of("Diplomats said France and Britain had objected to language that blamed Mali for the raid.")
    assert coded.get("objected") == "REJECT"


def test_objecting_to_conduct_stays_a_complaint():
    assert triggers_of("Poland objected to Russia's treatment of its diplomats.").get("objected") == "ACCUSE"


def test_protesters_forcing_their_way_into_a_building_is_a_violent_protest():
    assert triggers_of("Protesters forced their way into the parliament building in Lima.").get("forced") == "PROTEST"
    assert triggers_of("Angry students broke into the national assembly in Dhaka.").get("broke") == "PROTEST"


def test_others_breaking_in_is_no_protest():
    assert "PROTEST" not in types_of("Thieves broke into the mayor's office in Quito.")
    assert "PROTEST" not in types_of("Georgian police forced their way into the opposition party's offices.")


def test_a_crowd_pushing_its_way_in_is_a_protest():
    coded = triggers_of("Hundreds of demonstrators pushed their way into the ministry in Belgrade on Friday.")
    assert coded.get("pushed") == "PROTEST"


def test_an_elliptic_withdrawal_goes_on_a_departure_from_a_body():
    coded = events_of("Hungary has threatened to quit the International Criminal Court. "
                      "On Thursday its government said it was withdrawing immediately.")
    assert ("SANCTION", "HUN") in {(t, s) for t, s, *_ in coded}


def test_forces_withdrawing_after_a_departure_still_retreat():
    coded = triggers_of("Chad said it would leave the alliance. Its troops were withdrawing from the north.")
    assert coded.get("withdrawing") == "RETREAT"


def test_a_legal_challenge_whose_forum_hangs_on_the_object_is_an_accusation():
    coded = triggers_of("Pakistan challenged the verdict at the international tribunal in The Hague.")
    assert coded.get("challenged") == "ACCUSE"


def test_challenging_a_rival_at_a_stadium_is_no_event():
    assert types_of("Vietnam's team will challenge the champions at the stadium.") == []


def test_an_agreement_no_one_reached_is_negated():
    assert "negated" in contexts_of("Kosovo and Serbia reached no deal in Brussels.").get("reached", [])
    assert "negated" not in contexts_of("Kosovo and Serbia reached a deal in Brussels.").get("reached", ["negated"])


def test_giving_up_contested_legislation_is_a_concession():
    assert triggers_of("Kenya's government shelved the finance bill after a week of protests.").get("shelved") == "CONCEDE"
    assert triggers_of("Slovakia's ruling coalition dropped the NGO law on Monday.").get("dropped") == "CONCEDE"


def test_dropping_bombs_is_still_an_attack():
    assert triggers_of("Russian jets dropped bombs on Kharkiv on Monday.").get("dropped") == "ASSAULT"


def test_resumed_supplies_are_economic_cooperation_and_resumed_arms_are_not():
    assert triggers_of("Qatar resumed gas exports to Egypt on Monday.").get("resumed") == "COOPERATE"
    assert triggers_of("Germany resumed arms deliveries to Turkey.").get("resumed") != "COOPERATE"


# -- real-news precision pass (campaign and domestic political coverage) -----------------------

def test_a_rally_where_a_candidate_spoke_is_no_protest():
    coded = triggers_of("Speaking at a rally in Tampa on Friday, the senator said taxes were too high.")
    assert "rally" not in coded


def test_a_rally_against_a_law_is_still_a_protest():
    assert "PROTEST" in types_of("Thousands of Georgians rallied outside parliament on Sunday against the new law.")


def test_speaking_to_reporters_is_no_consultation():
    assert "CONSULT" not in types_of("The governor's spokeswoman spoke to reporters on Tuesday.")


def test_speaking_with_a_foreign_leader_is_a_consultation():
    assert "CONSULT" in types_of("Kenya's president spoke by phone with Ethiopia's prime minister on Monday.")


def test_two_sides_discussing_is_still_a_consultation():
    text = "Kenya's foreign minister met his Somali counterpart in Nairobi. The two sides discussed border security."
    assert "discussed" in triggers_of(text)


def test_a_candidates_policy_proposals_are_no_offer():
    assert "AGREE" not in types_of("The senator's tax proposals would raise rates on the largest estates.")


def test_a_state_proposal_is_still_an_offer():
    assert "AGREE" in types_of("Norway presented a ceasefire proposal to both sides on Monday.")


def test_releasing_tax_returns_or_a_letter_is_no_release_of_people():
    assert "RETREAT" not in types_of("The candidate released a letter from his doctor and his tax returns on Friday.")


def test_releasing_prisoners_is_still_a_release():
    assert "RETREAT" in types_of("Belarus released twelve political prisoners on Thursday.")


def test_defending_oneself_supports_no_one():
    assert "SUPPORT" not in types_of("The mayor said he would defend himself against the charges.")


def test_warning_officials_to_take_care_is_advice_not_a_threat():
    assert "THREATEN" not in types_of("The agency warned county officials to update their voting machines.")


def test_warning_a_country_of_consequences_is_still_a_threat():
    assert "THREATEN" in types_of("Japan warned China of consequences over the incursion on Monday.")


def test_warning_voters_about_a_rival_is_no_threat():
    assert "THREATEN" not in types_of("The governor is warning voters that his rival would raise their taxes.")


def test_vowing_to_build_something_is_no_threat():
    assert "THREATEN" not in types_of("The candidate vowed to build a new task force on cyber crime.")


def test_vowing_to_retaliate_is_still_a_threat():
    assert "THREATEN" in types_of("Iran vowed to retaliate against Israel for the strike.")


def test_hitting_a_rival_as_a_fraud_is_words_not_force():
    assert "ASSAULT" not in types_of("The senator has been pounding the governor as a fraud for weeks.")


def test_attacking_a_rival_for_his_record_is_an_accusation():
    coded = triggers_of("The governor attacked the senator for his record on trade on Monday.")
    assert coded.get("attacked") == "ACCUSE"


def test_a_named_past_war_is_no_new_fighting():
    assert "ASSAULT" not in types_of("The candidate said her vote for the Iraq War had been a mistake.")


def test_student_loans_are_no_aid():
    assert "AID" not in types_of("Many families take out federal student loans to pay for college.")


def test_meeting_a_threshold_or_opposition_is_no_meeting():
    assert "CONSULT" not in types_of("She did not meet the polling threshold, and the plan was met with opposition.")


def test_neither_subject_negates_the_act():
    events = eventwire.extract("Neither the minister nor his aides have been charged with any crime.",
                               published="2025-04-02").events
    coerced = [e for e in events if e.type == "COERCE"]
    assert coerced and all("negated" in e.context for e in coerced)


def test_taking_over_a_business_is_no_seizure():
    assert "COERCE" not in types_of("The energy firm took over the bankrupt company's mining operations in May.")


def test_taking_over_a_town_is_still_an_attack():
    assert "ASSAULT" in types_of("Rebels took over the town of Goma on Sunday.")


# Third real-news pass: verbal blows, business deals, opinions, suppositions, pledges of a platform.

def test_attacking_a_rival_with_no_sign_of_force_is_no_assault():
    assert "ASSAULT" not in types_of("The candidate kept attacking the talk-show host during the debate.")


def test_hitting_the_moderators_is_words_not_force():
    assert "ASSAULT" not in types_of("The nominee hit the moderators hard on Tuesday night.")


def test_gunmen_attacking_a_convoy_is_still_an_assault():
    assert "ASSAULT" in types_of("Gunmen attacked a police convoy near Kandahar on Tuesday.")


def test_rebels_attacking_government_troops_is_an_assault_not_an_accusation():
    coded = triggers_of("Rebels attacked government troops near Goma on Sunday.")
    assert coded.get("attacked") == "ASSAULT"


def test_a_company_agreeing_to_clean_up_mines_is_business():
    assert "AGREE" not in types_of("The coal company agreed to restore the abandoned mines in Kentucky.")


def test_a_company_agreeing_with_a_government_stays():
    assert "AGREE" in types_of("The Chinese firm agreed with the Kenyan government to build the railway.")


def test_experts_praising_a_plan_is_opinion():
    assert "SUPPORT" not in types_of("Economists broadly praised the senator's plan for small farms.")


def test_voters_continuing_to_back_a_candidate_is_opinion():
    assert "SUPPORT" not in types_of("Many voters will continue to support him out of loyalty.")


def test_a_government_praising_another_is_still_support():
    assert "SUPPORT" in types_of("Japan praised South Korea's decision on Friday.")


def test_analysts_agreeing_a_plan_is_costly_share_a_view():
    assert "AGREE" not in types_of("Most analysts agreed that the plan was far too costly.")


def test_a_sentence_opening_with_say_is_a_supposition():
    events = eventwire.extract("Say Canada demanded that Washington pay for the fence before it would sign.",
                               published="2025-04-02").events
    demanded = [e for e in events if e.trigger.text.lower() == "demanded"]
    assert demanded and all("hypothetical" in e.context for e in demanded)


def test_a_plain_demand_is_no_supposition():
    events = eventwire.extract("Canada demanded that Washington pay for the fence.", published="2025-04-02").events
    demanded = [e for e in events if e.trigger.text.lower() == "demanded"]
    assert demanded and not any("hypothetical" in e.context for e in demanded)


def test_being_called_a_fraud_is_no_request():
    assert "REQUEST" not in types_of("The surgeon has been called a fraud by other doctors for selling fake cures.")


def test_a_good_deal_of_work_is_no_pact():
    assert "AGREE" not in types_of("The new owner has already done a good deal of cleanup work at the site.")


def test_pledging_to_fight_for_an_amendment_is_a_platform():
    coded = triggers_of("The senator pledged to fight for a constitutional amendment on campaign money.")
    assert "pledged" not in coded and "fight" not in coded


def test_a_candidate_promising_lower_taxes_states_a_platform():
    assert "AGREE" not in types_of("The candidate is promising lower taxes and millions of new jobs.")


def test_a_state_promising_aid_to_another_is_still_an_offer():
    assert "AGREE" in types_of("Japan promised Ukraine new loans on Friday.")


# --- business and technology news (thirty-sixth pass): word senses that are no political event ---

def contexts_of(text: str, published: str = "2025-04-02") -> dict[str, list[str]]:
    """Each coded trigger word, lower-cased, with its context flags."""
    return {e.trigger.text.lower(): e.context for e in eventwire.extract(text, published=published).events}


def test_showing_a_product_is_no_demonstration():
    assert "PROTEST" not in types_of("The carmaker demonstrated its new electric truck to dealers in Detroit.")


def test_crowds_demonstrating_are_still_a_protest():
    assert triggers_of("Thousands of farmers demonstrated against the new tax in Warsaw on Monday.").get(
        "demonstrated") == "PROTEST"


def test_a_plane_flown_to_a_city_is_no_visit():
    assert "CONSULT" not in types_of("The new freighter was flown to Hamburg for painting.")
    assert "CONSULT" not in types_of("The jet was due to fly to Lisbon before the fault was found.")


def test_a_minister_flying_to_a_capital_is_still_a_visit():
    assert triggers_of("The Turkish foreign minister flew to Baghdad on Tuesday.").get("flew") == "CONSULT"


def test_a_company_releasing_a_product_frees_no_one():
    assert "RETREAT" not in types_of("Samsung released a new folding phone in Seoul on Wednesday.")
    assert "RETREAT" not in types_of("The studio announced the release of its latest game.")


def test_freeing_prisoners_is_still_a_release():
    assert triggers_of("Colombia released twelve rebel prisoners on Sunday.").get("released") == "RETREAT"


def test_a_contract_to_supply_jets_is_a_sale():
    assert "AID" not in types_of("Lockheed won a contract to supply the Polish air force with transport planes.")


def test_a_state_supplying_weapons_is_still_aid():
    assert "AID" in types_of("Germany supplied air defence systems to Ukraine last month.")


def test_an_airline_agreeing_to_buy_jets_is_business():
    assert "AGREE" not in types_of("Officials from Vietnam Airlines agreed to purchase ten Boeing jets.")
    assert "CONSULT" not in types_of("Aeroflot negotiated the purchase of twelve new airliners.")


def test_a_state_agreeing_to_buy_missiles_is_still_an_event():
    assert types_of("Turkey agreed to purchase missile systems from Russia.")


def test_praising_a_product_is_no_support():
    assert "SUPPORT" not in types_of("The chief executive praised the phone's new camera.")


def test_praising_a_state_is_still_support():
    assert "SUPPORT" in types_of("The Kenyan president praised Ethiopia for its role in the talks.")


def test_a_crash_that_kills_is_no_attack():
    assert "ASSAULT" not in types_of("A cargo plane crashed near Juba on Monday, killing all nine crew.")


def test_a_bombing_that_kills_is_still_an_attack():
    assert "ASSAULT" in types_of("Militants bombed a market near Kabul on Monday, killing nine people.")


def test_billing_a_ministry_is_no_charge():
    assert "COERCE" not in types_of("The firm cannot charge the ministry for the extra costs.")


# --- hypotheses the modality reader missed ---

def test_an_infinitive_under_would_allow_is_hypothetical():
    assert "hypothetical" in contexts_of("The bill would allow families to sue the Saudi government.")["sue"]


def test_a_bare_conjunct_shares_the_modal():
    flags = contexts_of("Russia could mass troops and invade Ukraine.")
    assert "hypothetical" in flags["invade"]


def test_a_conjunct_in_its_own_tense_does_not_share_the_modal():
    flags = contexts_of("Egypt said it would not stand by and threatened military action against Ethiopia.")
    assert "hypothetical" not in flags["threatened"]


def test_having_to_engage_is_hypothetical():
    assert "hypothetical" in contexts_of("Iran will have to engage with the inspectors.")["engage"]


def test_having_engaged_is_asserted():
    assert "hypothetical" not in contexts_of("Iran engaged with the inspectors on Monday.")["engaged"]


def test_being_fired_from_a_company_is_a_dismissal():
    assert "ASSAULT" not in types_of("The founder was fired from the company in 1985.")


def test_a_review_held_in_a_city_detains_no_one():
    assert "COERCE" not in types_of("A safety review was held in Brussels on Tuesday.")


def test_journalists_held_in_a_city_are_still_detained():
    assert "COERCE" in types_of("Two French journalists were held in Tehran for a week.")


def test_parts_supplied_by_manufacturers_are_business():
    assert "AID" not in types_of("Most of the parts will be supplied by local manufacturers.")


# --- stress set (issue 4): wire wordings of CONSULT, PROTEST, ACCUSE and near-miss negatives ----

STRESS_CONSULT = [
    "Ghana's president met his Togolese counterpart in Accra on Monday.",
    "The foreign ministers of Peru and Chile held talks in Lima on Tuesday.",
    "Talks between Sudan and South Sudan resumed in Juba on Wednesday.",
    "The Kenyan leader sat down with Somali officials in Mogadishu on Friday.",
    "Vietnam hosted the Indonesian president in Hanoi on Thursday.",
    "Morocco's king received the Spanish prime minister in Rabat on Monday.",
    "Egypt's president welcomed the Jordanian king to Cairo on Sunday.",
    "The German chancellor visited Warsaw on Tuesday.",
    "The Nigerian president began a two-day visit to Niger on Monday.",
    "The Indian prime minister's trip to Bhutan ended on Saturday.",
    "The Qatari emir arrived in Tehran on Sunday for talks with Iranian leaders.",
    "Brazil's foreign minister traveled to Buenos Aires on Monday to meet Argentine officials.",
    "The French president spoke by phone with his Ukrainian counterpart on Wednesday.",
    "The Turkish president telephoned the Azerbaijani leader on Friday.",
    "Japan's prime minister had a phone call with the South Korean president on Tuesday.",
    "Leaders of the African Union gathered in Addis Ababa on Sunday for a summit on Sudan.",
    "A meeting between Thai and Cambodian defence officials took place in Bangkok on Monday.",
    "Norway and Sweden began consultations on fishing quotas on Thursday.",
    "The Pakistani army chief conferred with Chinese generals in Beijing on Monday.",
    "The Serbian president discussed the Kosovo dispute with EU envoys in Belgrade on Friday.",
    "Negotiations between Ethiopia and Egypt over the dam resumed in Cairo on Monday.",
    "Qatar held a new round of mediation between Israel and Hamas on Tuesday.",
    "The American envoy shuttled between Beirut and Jerusalem on Wednesday.",
    "A delegation led by the Chinese vice premier arrived in Canberra on Tuesday.",
    "Iraqi and Kuwaiti officials met in Baghdad on Monday to discuss the border.",
    "The Polish president, who met NATO's chief on Monday, left for Vilnius on Tuesday.",
    "The Greek prime minister was received by the Turkish president in Ankara on Thursday.",
    "The Lebanese prime minister held a meeting with the French envoy in Beirut on Monday.",
    "Colombia's president hosted talks between the government and ELN rebels on Friday.",
    "The Angolan foreign minister travelled to Kinshasa on Saturday for talks on the conflict.",
    "Mexico's president met with the Guatemalan president in Tapachula on Sunday.",
    "The Philippine president paid a state visit to Japan on Monday.",
    "The Saudi crown prince hosted the Syrian president in Riyadh on Wednesday.",
    "Officials from Armenia and Azerbaijan held a round of talks in Washington on Monday.",
    "Kazakhstan's president called the Russian president on Thursday to discuss energy.",
    "Bolivian and Peruvian ministers conferred in La Paz on Friday.",
    "Tanzania's president held talks with the Ugandan leader in Kampala on Tuesday.",
    "The Dutch prime minister visited troops in Lithuania on Monday.",
    "The Hungarian prime minister arrived in Beijing on Monday on a three-day visit.",
    "Ecuador's president welcomed a Chinese trade delegation to Quito on Tuesday.",
    "The Malaysian foreign minister consulted his Thai counterpart on Wednesday.",
    "Senegal's president had talks with the Gambian president in Dakar on Monday.",
    "South African and Zimbabwean officials negotiated a new border deal in Pretoria on Friday.",
    "The Sri Lankan president met Indian business leaders in Colombo on Monday.",
    "The Canadian prime minister will meet the Mexican president in Ottawa next week.",
    "The Ukrainian president spoke with the British prime minister by telephone on Friday.",
    "The Omani foreign minister mediated talks between Iran and the United States in Muscat on Saturday.",
    "The Algerian army chief paid a visit to Moscow on Tuesday.",
    "The Chadian president flew to Paris on Monday for talks with the French president.",
    "Talks between the Yemeni government and the Houthis opened in Geneva on Monday.",
    "Ethiopian and Eritrean officials have been in talks since March.",
    "The Emirati president received a phone call from the Iranian president on Monday.",
    "The two presidents discussed trade at a meeting in Nairobi.",
    "The French president began a tour of West Africa in Abidjan on Monday.",
    "Indian and Pakistani military officials spoke over a hotline on Monday.",
    "The Kuwaiti emir told the Iraqi prime minister during a phone call that the border must be respected.",
    "The Chinese and American trade negotiators wrapped up two days of talks in Geneva.",
    "The Omani sultan received the Iranian foreign minister in Muscat.",
    "The Syrian leader's meeting with the Saudi crown prince lasted two hours.",
    "On the sidelines of the summit, the Indian prime minister met the Chinese president.",
]

STRESS_PROTEST = [
    "Thousands of Serbs rallied in Belgrade on Saturday against the government.",
    "Students marched through Dhaka on Monday to demand new elections.",
    "Demonstrators took to the streets of Tbilisi on Sunday to oppose the new law.",
    "Farmers staged a sit-in outside the Indian parliament on Tuesday.",
    "Nurses in Kenya went on strike on Monday over unpaid wages.",
    "Georgia's main opposition party boycotted the parliamentary session on Friday.",
    "Protesters gathered outside the Israeli embassy in Amman on Friday.",
    "Thousands protested in Caracas on Saturday against President Maduro.",
    "Teachers in Argentina held a nationwide strike on Wednesday.",
    "Hundreds of Armenians demonstrated in Yerevan on Monday against the border deal.",
    "A mass rally against the junta took place in Bamako on Friday.",
    "Opposition supporters blocked roads in Kinshasa on Monday in protest at the election results.",
    "Miners in Chile staged a walkout on Thursday over pay.",
    "The Pakistani opposition party PTI walked out of parliament on Monday.",
    "Residents of Lagos held a march on Saturday against fuel price rises.",
    "Crowds of demonstrators gathered outside the French embassy in Niamey on Sunday.",
]

STRESS_ACCUSE = [
    "Iran blamed Israel for the explosion at its nuclear site on Sunday.",
    "Pakistan charged that India had violated the ceasefire on Monday.",
    "Ukraine alleged on Tuesday that Russia had used chemical weapons near Bakhmut.",
    "Armenia held Azerbaijan responsible for the deaths of three soldiers on Friday.",
    "The European Union condemned the Belarusian crackdown on Wednesday.",
    "Canada criticised China's detention of two of its citizens on Monday.",
    "Somalia said Ethiopia was behind the attack on its border post.",
    "Venezuela accused Guyana of provoking the border crisis on Thursday.",
    "The Malian junta denounced France's military presence on Monday.",
    "Rwanda's president criticized the Congolese government on Tuesday.",
    "Sudan's army blamed the Rapid Support Forces for the massacre in El Fasher.",
    "Greece condemned Turkey's drilling in disputed waters on Friday.",
    "The Lebanese prime minister slammed Israel's air strikes on Monday.",
    "Egypt faulted Ethiopia for the failure of the talks on Wednesday.",
    "South Korea accused the North of launching cyber attacks on its banks.",
    "Pakistan charged on Monday that Afghanistan was sheltering militants.",
    "Ukraine holds Moscow accountable for the attack on the dam.",
]

# Sentences with no political event of the listed (forbidden) types.
STRESS_NEGATIVE = [
    ("The ministry did not respond to a request for comment on Monday.", {"REQUEST"}),
    ("A spokesman for the company declined a request for comment.", {"REQUEST", "REJECT"}),
    ("Shares retreated in Tokyo on Tuesday as investors took profits.", {"RETREAT"}),
    ("The yen retreated against the dollar on Friday.", {"RETREAT"}),
    ("The glacier has retreated by two kilometres since 1990.", {"RETREAT"}),
    ("The former minister died of a heart attack on Sunday.", {"ASSAULT"}),
    ("The striker scored twice as Brazil beat Argentina 3-1 on Tuesday.", {"ASSAULT"}),
    ("Liverpool attacked from the start and won 2-0.", {"ASSAULT"}),
    ("The company is under pressure from investors to cut costs.", {"COERCE"}),
    ("Market forces pushed oil prices higher on Monday.", {"COERCE", "ASSAULT"}),
    ("The forces of nature reshaped the coastline overnight.", {"COERCE", "ASSAULT"}),
    ("The withdrawal deadline for the university course is Friday.", {"RETREAT"}),
    ("The central bank hopes to arrest the decline of the peso.", {"COERCE"}),
    ("Analysts called the results a surprise.", {"REQUEST"}),
    ("The coach asked fans to stay patient after the defeat.", {"REQUEST"}),
    ("Heavy rain hit the south of Spain on Sunday.", {"ASSAULT"}),
    ("The virus has hit tourism in Thailand hard.", {"ASSAULT"}),
    ("Inflation struck a ten-year high in Turkey in March.", {"ASSAULT"}),
    ("The bank withdrew its forecast for growth on Thursday.", {"RETREAT"}),
    ("Customers withdrew money from their accounts on Monday.", {"RETREAT"}),
    ("The tennis player withdrew from the tournament with an injury.", {"RETREAT"}),
    ("The singer pulled out of the festival in Lisbon.", {"RETREAT"}),
    ("Fire crews fought the blaze for six hours.", {"ASSAULT"}),
    ("Engineers blew up the old bridge in a controlled demolition.", {"ASSAULT"}),
    ("The team's defence collapsed in the second half.", {"ASSAULT", "RETREAT"}),
    ("The chef demanded fresh fish every morning.", {"REQUEST"}),
    ("The demand for electricity rose by four percent in India.", {"REQUEST"}),
    ("Investors called for more clarity on interest rates.", {"REQUEST"}),
    ("The police officer was killed in a car crash on the highway.", {"ASSAULT"}),
    ("A landslide destroyed twenty homes in Nepal on Monday.", {"ASSAULT"}),
    ("The airline cut 500 jobs on Friday.", {"SANCTION", "ASSAULT"}),
    ("The storm forced the closure of schools in Manila.", {"COERCE", "SANCTION"}),
    ("The price of wheat came under pressure in Chicago.", {"COERCE"}),
    ("The new film follows a soldier who shoots his commander.", {"ASSAULT"}),
    ("Drought has forced farmers in Somalia to sell their cattle.", {"COERCE"}),
    ("The bank seized on the opportunity to expand in Kenya.", {"COERCE"}),
    ("A fire broke out at a textile factory in Dhaka, killing four workers.", {"ASSAULT"}),
    ("The museum displayed weapons used in the First World War.", {"ASSAULT", "MOBILIZE"}),
    ("The commodity markets retreated from record highs on Friday.", {"RETREAT"}),
    ("The goalkeeper was sent off for a foul in the first half.", {"ASSAULT", "COERCE"}),
    ("Nigeria's ruling party withdrew its candidate from the governorship race.", {"RETREAT"}),
    ("The Kenyan company withdrew its application for a licence in Uganda.", {"RETREAT"}),
    ("Brazil attacked from the start and beat Argentina 2-0 in Buenos Aires.", {"ASSAULT"}),
    ("The Chinese company pulled out of the Indian market on Monday.", {"RETREAT"}),
    ("Chinese investors pulled out billions of dollars from Hong Kong stocks.", {"RETREAT"}),
    ("The Indian economy was hit hard by the pandemic.", {"ASSAULT"}),
    ("Japanese shares retreated on Tuesday as investors took profits.", {"RETREAT"}),
    ("Kenya's cricket team defeated Uganda by six wickets in Kampala.", {"ASSAULT"}),
    ("Ghana's central bank seized on the weaker dollar to rebuild its reserves.", {"COERCE"}),
    ("A Nigerian spokesman declined a request for comment on the report.", {"REJECT", "REQUEST"}),
    ("Turkey's central bank moved to arrest the slide of the lira on Monday.", {"COERCE"}),
    ("A fire broke out at a market in Lagos on Sunday, killing three traders.", {"ASSAULT"}),
    ("A Kenyan official, who asked not to be named, said the talks had stalled.", {"REQUEST"}),
    ("A Turkish diplomat, who requested anonymity, said Ankara would not attend.", {"REQUEST"}),
    ("The question of the withdrawal of Russian troops was not raised, a Ukrainian official said.", {"RETREAT"}),
    ("Fans gathered outside the stadium in Cairo.", {"PROTEST"}),
    ("Kenyan prosecutors charged two men with terrorism on Monday.", {"ACCUSE"}),
]

# Stress sentences the coder still misses: the source of a consultation noun under another verb
# ("wrapped up two days of talks", "were in talks", "gathered for a summit") is found by the source
# finder, not by these rules ("during a phone call" is, since the nineteenth pass: SourceFinder.caller);
# "X was behind the attack" names no accusation verb.
STRESS_KNOWN_GAPS = frozenset({
    "Leaders of the African Union gathered in Addis Ababa on Sunday for a summit on Sudan.",
    "Ethiopian and Eritrean officials have been in talks since March.",
    "The Chinese and American trade negotiators wrapped up two days of talks in Geneva.",
    "Somalia said Ethiopia was behind the attack on its border post.",
    "The new film follows a soldier who shoots his commander.",
    "Ghana's central bank seized on the weaker dollar to rebuild its reserves.",
})


def stress_param(text: str, expected):
    """A stress sentence as a pytest param, marked as an expected failure when it is a known gap."""
    if text in STRESS_KNOWN_GAPS:
        return pytest.param(text, expected, marks=pytest.mark.xfail(reason="known gap", strict=False))
    return pytest.param(text, expected)


@pytest.mark.parametrize("text, kind", [stress_param(text, kind) for kind, sentences in (
    ("CONSULT", STRESS_CONSULT), ("PROTEST", STRESS_PROTEST), ("ACCUSE", STRESS_ACCUSE)) for text in sentences])
def test_a_wire_wording_of_the_type_is_coded(text: str, kind: str):
    assert kind in types_of(text)


@pytest.mark.parametrize("text, forbidden", [stress_param(text, forbidden) for text, forbidden in STRESS_NEGATIVE])
def test_a_near_miss_wording_is_not_coded_as_the_type(text: str, forbidden: set[str]):
    assert not forbidden & set(types_of(text))


# --- the rules behind the stress set, each with a control that must still be coded ---

def test_welcoming_a_leader_to_a_capital_is_a_hosted_visit():
    coded = triggers_of("Egypt's president welcomed the Jordanian king to Cairo on Sunday.")
    assert coded.get("welcomed") == "CONSULT"


def test_welcoming_a_decision_is_still_support():
    assert triggers_of("Kenya welcomed the African Union's decision on Monday.").get("welcomed") == "SUPPORT"


def test_a_partner_hung_on_the_object_of_discuss_is_a_partner():
    assert "CONSULT" in types_of("The Serbian president discussed the Kosovo dispute with EU envoys in Belgrade.")


def test_discussing_a_topic_alone_is_no_consultation():
    assert "CONSULT" not in types_of("The Serbian president discussed the economy at a rally in Belgrade.")


def test_counted_plural_subjects_are_both_partners_of_a_talk():
    assert "CONSULT" in types_of("The two presidents discussed trade at a meeting in Nairobi.")


def test_receiving_a_phone_call_is_a_consultation():
    coded = triggers_of("The Emirati president received a phone call from the Iranian president on Monday.")
    assert coded.get("received") == "CONSULT"


def test_holding_a_state_responsible_is_an_accusation():
    coded = triggers_of("Armenia held Azerbaijan responsible for the deaths of three soldiers on Friday.")
    assert coded.get("held") == "ACCUSE"


def test_a_charge_told_again_in_the_same_statement_is_one_accusation():
    text = ("Sudan's foreign ministry condemned the strike and says it holds Addis Ababa responsible "
            "for the consequences.")
    assert types_of(text).count("ACCUSE") == 1


def test_charging_that_is_an_accusation_and_charging_someone_is_legal():
    assert triggers_of("Pakistan charged that India had violated the ceasefire.").get("charged") == "ACCUSE"
    assert triggers_of("Kenyan prosecutors charged two men with terrorism.").get("charged") == "COERCE"


def test_protesters_gathering_is_a_protest_and_fans_gathering_is_not():
    assert triggers_of("Protesters gathered outside the Israeli embassy in Amman.").get("gathered") == "PROTEST"
    assert "PROTEST" not in types_of("Fans gathered outside the stadium in Cairo.")


def test_withdrawing_a_candidate_is_no_military_retreat():
    assert "RETREAT" not in types_of("Nigeria's ruling party withdrew its candidate from the governorship race.")
    assert "RETREAT" in types_of("Mali's junta withdrew its battalion from the border town on Monday.")


def test_pulling_out_of_a_market_is_no_retreat_but_out_of_talks_is_a_break():
    assert "RETREAT" not in types_of("The Chinese company pulled out of the Indian market on Monday.")
    assert triggers_of("Ethiopia pulled out of the talks with Egypt.").get("pulled") == "SANCTION"


def test_a_match_result_with_a_score_is_sport():
    assert "ASSAULT" not in types_of("Brazil attacked from the start and beat Argentina 2-0 in Buenos Aires.")
    assert "ASSAULT" in types_of("Brazilian police attacked protesters in Rio de Janeiro on Sunday.")


def test_a_source_asking_not_to_be_named_requests_nothing():
    assert "REQUEST" not in types_of("A Kenyan official, who asked not to be named, said the talks had stalled.")
    assert "REQUEST" in types_of("Egypt asked Sudan to name its envoy.")


def test_declining_a_request_for_comment_rejects_no_one():
    assert "REJECT" not in types_of("A Nigerian spokesman declined a request for comment on the report.")
    assert "REJECT" in types_of("Israel declined Egypt's request for a truce on Monday.")


def test_an_act_named_as_a_question_is_a_topic():
    text = "The question of the withdrawal of Russian troops was not raised, a Ukrainian official said."
    assert "RETREAT" not in types_of(text)
    assert "RETREAT" in types_of("The withdrawal of Russian troops from Kherson began on Monday.")


def test_a_fire_that_kills_is_no_attack():
    assert "ASSAULT" not in types_of("A fire broke out at a market in Lagos on Sunday, killing three traders.")
    assert "ASSAULT" in types_of("Gunmen stormed a market in Lagos on Sunday, killing three traders.")


def test_arresting_a_decline_detains_no_one():
    assert "COERCE" not in types_of("Turkey's central bank moved to arrest the slide of the lira on Monday.")
    assert "COERCE" in types_of("Turkish police arrested two journalists in Istanbul on Monday.")


def test_falling_shares_retreat_from_nothing():
    assert "RETREAT" not in types_of("Japanese shares retreated on Tuesday as investors took profits.")
    assert "RETREAT" in types_of("Russian troops retreated from Kherson on Friday.")


def test_pulling_out_of_a_bloc_is_a_break_with_it():
    assert triggers_of("Burkina Faso pulled out of ECOWAS in January.").get("pulled") == "SANCTION"
    assert triggers_of("Russian troops pulled out of Kherson on Friday.").get("pulled") == "RETREAT"


# ---- s41: senses and modality found on unseen international news (own sentences) ----

def test_reinforcing_a_friendship_is_no_mobilization():
    assert "MOBILIZE" not in types_of("The envoy said Moscow attaches great value to reinforcing its friendship with Hanoi.")


def test_reinforcing_a_front_is_still_a_mobilization():
    assert "MOBILIZE" in types_of("Russia reinforced its troops near the Ukrainian border on Tuesday.")


def test_donating_organs_is_no_aid():
    assert "AID" not in types_of("Her cousin in Toronto registered to donate his organs after his death.")


def test_hosting_a_trade_exhibition_is_no_visit():
    assert "CONSULT" not in types_of("Chad's government said on Monday that it will host a trade exhibition in June.")


def test_hosting_a_leader_is_still_a_visit():
    assert "CONSULT" in types_of("Chad's president hosted his Nigerien counterpart in N'Djamena on Monday.")


def test_denying_a_rival_a_title_is_no_rejection():
    assert "REJECT" not in types_of("Ethiopia denied Kenya's runners a third straight title in Addis Ababa.")


def test_denying_a_charge_is_still_a_rejection():
    assert "REJECT" in types_of("Ethiopia on Friday denied Kenya's charge that its troops crossed the border.")


def test_handing_a_motion_to_the_speaker_is_no_retreat():
    assert "RETREAT" not in types_of("The opposition handed the impeachment motion over to the speaker on Monday.")


def test_a_rate_held_down_is_no_detention():
    assert "COERCE" not in types_of("Inflation in Ghana has been held down by falling fuel prices this year.")


def test_crews_called_to_a_street_are_no_phone_call():
    assert "CONSULT" not in types_of("Rescue crews were called to a flooded street in Lagos on Sunday night.")


def test_a_phone_call_is_still_a_consultation():
    assert "CONSULT" in types_of("Erdogan called Putin on Tuesday to discuss the grain corridor.")


def test_users_charged_for_heat_are_no_arrest():
    assert "COERCE" not in types_of("In the two towns, users are charged directly for the heat they use.")


def test_a_suspect_charged_with_murder_is_still_coerced():
    assert "COERCE" in types_of("Kenyan police charged two officers with murder on Monday.")


def test_a_white_paper_released_is_no_prisoner_release():
    assert "RETREAT" not in types_of("The cabinet in Beijing released a white paper on religion last week.")


def test_a_prisoner_released_is_still_a_retreat():
    assert "RETREAT" in types_of("Iran released two French prisoners on Friday.")


def test_striking_nurses_are_a_labour_protest_not_an_attack():
    coded = triggers_of("Nurses striking in Nairobi won a pay rise last month.")
    assert coded.get("striking") == "PROTEST"


def test_hurricanes_striking_a_coast_are_no_attack():
    assert "ASSAULT" not in types_of("Three hurricanes striking the Gulf coast in 2017 caused severe damage.")


def test_asking_why_is_a_question_not_a_request():
    assert "REQUEST" not in types_of("The Kremlin spokesman asked why the reporters had stayed silent for months.")


def test_asking_someone_to_act_is_still_a_request():
    assert "REQUEST" in types_of("Kenya asked Uganda to withdraw its troops from the border.")


def test_a_request_preceded_by_no_is_negated():
    events = eventwire.extract("The Kenyan government said there had been no request from Uganda to send troops.",
                               published="2025-04-02").events
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all("negated" in e.context for e in requests)


def test_an_order_never_given_and_an_offer_joined_by_nor_are_negated():
    events = eventwire.extract("Washington has given no order to pull its troops out of Niger, nor offered a date "
                               "for the move.", published="2025-04-02").events
    coded = {e.trigger.text: e for e in events}
    assert "negated" in coded["pull"].context
    assert "negated" in coded["offered"].context


def test_a_withdrawal_ordered_is_not_negated():
    events = eventwire.extract("Washington gave an order to pull its troops out of Niger on Monday.",
                               published="2025-04-02").events
    assert any(e.type == "RETREAT" and "negated" not in e.context for e in events)


def test_support_someone_was_poised_to_give_is_not_yet_given():
    events = eventwire.extract("Two ministers who were poised to back the motion voted against it on Friday.",
                               published="2025-04-02").events
    assert all("future" in e.context or "hypothetical" in e.context for e in events if e.type == "SUPPORT")


def test_guarding_an_industry_is_no_aid():
    assert "AID" not in types_of("Former security chiefs will share ways to protect the oil and gas industries.")


def test_protecting_civilians_is_still_aid():
    assert "AID" in types_of("UN peacekeepers protected civilians in Bor on Sunday.")


def test_an_act_someone_was_kept_from_is_negated():
    events = eventwire.extract("Chinese authorities have blocked lawyers from visiting the detained activist.",
                               published="2025-04-02").events
    assert all("negated" in e.context for e in events if e.type == "CONSULT")


def test_an_act_one_has_the_power_to_do_is_hypothetical():
    events = eventwire.extract("The council has the right to ask Kenya for compensation.",
                               published="2025-04-02").events
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all("hypothetical" in e.context for e in requests)


def test_allied_forces_are_no_act_of_cooperation():
    assert "COOPERATE" not in types_of("Turkish troops and allied Syrian militia forces pressed into Afrin on Tuesday.")


def test_allying_with_a_group_is_still_cooperation():
    assert "COOPERATE" in types_of("Turkey allied with Syrian rebel groups in 2016.")


def test_visiting_a_parent_is_no_consultation():
    assert "CONSULT" not in types_of("The Colombian senator visited her father in Madrid last week.")


def test_supporting_an_identity_is_no_support_event():
    assert "SUPPORT" not in types_of("Language lessons are expected to support a shared European identity.")


def test_a_burglary_arrest_is_a_police_matter():
    assert types_of("Detectives arrested two men over the robbery of a jewellery shop in Leeds.") == []


def test_a_nightclub_stabbing_is_a_police_matter():
    assert "ASSAULT" not in types_of("A teenager was stabbed in a fight outside a nightclub in Cardiff.")


def test_an_opposition_leader_arrested_for_theft_is_still_coerced():
    assert "COERCE" in types_of("Police in Nairobi arrested the opposition leader on charges of theft.")


def test_tear_gas_at_protesters_near_a_nightclub_is_still_coercion():
    assert "COERCE" in types_of("Police fired tear gas at protesters near a nightclub in Dakar.")


def test_a_soldier_stabbed_is_still_an_attack():
    assert "ASSAULT" in types_of("A soldier was stabbed by an attacker outside the barracks in Paris.")


# --- Eighth pass: private acts, habitual telling and wrong senses on unseen news -------------------

def test_a_habitual_adverb_makes_a_standing_pattern():
    assert "ACCUSE" not in types_of("Morocco traditionally opposes any foreign naval presence near its coast.")
    assert "COOPERATE" not in types_of("Ghana and Togo have often collaborated with Interpol on border investigations.")


def test_the_same_acts_told_once_stay():
    assert "ACCUSE" in types_of("Morocco opposed the foreign naval presence near its coast on Tuesday.")
    assert "COOPERATE" in types_of("Ghana and Togo collaborated with Interpol on the border investigation last year.")


def test_frequent_visits_and_daily_defence_are_habits():
    text = "Since taking office, the Kenyan president has made frequent visits to Addis Ababa."
    assert "CONSULT" not in types_of(text)
    assert "SUPPORT" not in types_of(
        "We have defended, on a daily basis, the rights of our citizens abroad, the minister said.")


def test_a_single_visit_and_defence_stay():
    assert "CONSULT" in types_of("The Kenyan president visited Addis Ababa on Monday.")
    assert "SUPPORT" in types_of("Hungary defended the rights of its minority in Romania on Tuesday.")


def test_a_plain_present_stance_in_the_body_is_a_standing_relation():
    text = "The island council meets every spring. Chilean authorities oppose the presence of any foreign bases."
    assert "ACCUSE" not in types_of(text)
    assert "SUPPORT" not in types_of("A local charity runs a shuttle. It supports patients from the border villages.")


def test_a_reported_present_stance_is_still_a_statement():
    text = "The island council meets every spring. Chile said on Friday that it supports the Argentine proposal."
    assert "SUPPORT" in types_of(text)


def test_private_travellers_make_no_visit():
    assert "CONSULT" not in types_of("Commuters travelling to Leeds faced delays on Monday.")
    assert "CONSULT" in types_of("The Bolivian foreign minister travelled to Lima on Sunday.")


def test_a_police_matter_with_a_crime_word_is_no_event():
    assert types_of("A 34-year-old man was arrested on drug charges after detectives searched a flat in Leeds.") == []
    assert "ACCUSE" not in types_of("Prosecutors filed a fraud charge against the shopkeeper on Friday.")


def test_an_arrest_of_a_politician_and_a_complaint_against_police_stay():
    assert "COERCE" in types_of("Police arrested the opposition leader in Dhaka on Sunday.")
    assert "ACCUSE" in types_of(
        "A lawsuit filed on Monday accuses city police of beating a teenager during a theft investigation.")


def test_firing_people_is_a_dismissal():
    coded = triggers_of("The prime minister fired two critics within his cabinet after the vote. "
                        "Chinese warships fired at the trawler.")
    assert list(coded.values()).count("ASSAULT") == 1


def test_capturing_interest_is_no_seizure():
    coded = triggers_of("The reforms have not captured the public's interest. Rebels captured three soldiers.")
    assert "captured" in coded and len([t for t in coded if t == "captured"]) == 1
    assert types_of("The reforms have not captured the public's interest.") == []


def test_a_controversy_surrounding_someone_is_no_cordon():
    assert "COERCE" not in types_of("The controversy surrounding the minister deepened on Monday.")
    assert "COERCE" in types_of("Troops surrounded the rebel-held town on Monday.")


def test_ruling_a_share_of_provinces_is_not_ruling_out():
    assert "REJECT" not in types_of("The coalition and its allies rule 14 out of 20 provinces.")
    assert "REJECT" in types_of("The foreign minister ruled out talks with the rebels.")


def test_offering_remarks_is_no_offer():
    assert "AGREE" not in types_of("The senator offered remarks at the opening ceremony.")
    assert "AGREE" in types_of("Egypt offered to mediate between the two sides.")


def test_a_public_appeal_is_no_request_of_a_party():
    assert "REQUEST" not in types_of("Police in Perth are asking for your help in finding a stolen van.")
    assert "REQUEST" in types_of("Ukraine asked Germany for more air defence systems on Monday.")


def test_investment_in_things_is_business_and_in_a_country_cooperation():
    assert "COOPERATE" not in types_of("The firm plans to raise its investments in research and new plants.")
    assert "COOPERATE" in types_of("Qatar will boost its investments in Egypt next year.")


def test_coordinating_with_a_partner_state_stays():
    assert "COOPERATE" in types_of("Kenya will coordinate with Uganda on border patrols.")


def test_a_private_ballot_is_no_support_by_a_party():
    assert "SUPPORT" not in types_of('"I voted for the governor last time," said a shopkeeper in Accra.')
    assert "SUPPORT" in types_of("Lawmakers voted for the bill on Tuesday.")


# --- Re-mentions of an occurrence already coded (docs/events.md section 47) ---

def _first_attack():
    """The coded attack of a two-party opening sentence, to build later tellings from."""
    events = eventwire.extract("Somali militants attacked a police post in Kenya on Tuesday.",
                               published="2025-04-02").events
    return next(e for e in events if e.type == "ASSAULT")


def _later_telling(first, text: str, place=None, **changes):
    """A later-sentence ASSAULT naming no party of its own (target taken from its place)."""
    from eventwire.models import Actor, Evidence
    update = {"source": None, "context": ["target-inferred"], "place": place,
              "target": Actor(name="Kenya", text="Kenya", country="KEN", code="KEN"),
              "evidence": Evidence(sentence=first.evidence.sentence + 2, start=first.evidence.end + 40,
                                   end=first.evidence.end + 40 + len(text), text=text)}
    update.update(changes)
    return first.model_copy(update=update)


def test_a_later_telling_without_parties_merges_and_gives_its_counts():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Place
    first = _first_attack()
    later = _later_telling(first, "Three officers were killed in Garissa, Kenya.", fatalities=3,
                           place=Place(name="Garissa", country="KEN", feature="city"))
    kept = without_retold([first, later])
    assert len(kept) == 1
    assert kept[0].fatalities == 3


def test_a_telling_with_another_year_another_country_or_again_stays():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Place
    first = _first_attack()
    dated = _later_telling(first, "An officer was killed there in the 2019 raid.")
    abroad = _later_telling(first, "An officer was killed in Mogadishu.",
                            place=Place(name="Mogadishu", country="SOM", feature="city"))
    again = _later_telling(first, "Militants attacked the post again.")
    for later in (dated, abroad, again):
        assert len(without_retold([first, later])) == 2


def test_a_known_attack_named_as_the_frame_of_an_arrest_is_not_told_again():
    text = ("A car bomb exploded outside the Ugandan parliament in Kampala on Tuesday, killing eleven people. "
            "Ugandan police on Thursday arrested two men in connection with the bombing.")
    coded = types_of(text)
    assert coded.count("ASSAULT") == 1
    assert "COERCE" in coded


def test_a_first_report_in_a_frame_and_a_dated_earlier_killing_stay():
    assert "ASSAULT" in types_of("Ugandan police arrested two men on Thursday in connection with the "
                                 "bombing of the parliament in Kampala.")
    coded = types_of("Police shot a protester dead in Lagos on Tuesday. Crowds gathered after the police "
                     "killing of a student on March 3 in Abuja.")
    assert coded.count("ASSAULT") == 2


def test_a_sentence_printed_twice_is_one_statement():
    line = "Kenya urged Uganda on Monday to reopen the border at Busia."
    once = types_of(line)
    twice = types_of(f"{line} Traders waited at the crossing for a second day. {line}")
    assert once.count("REQUEST") == 1
    assert twice.count("REQUEST") == 1


def test_the_same_demand_in_other_words_stays_a_second_statement():
    coded = types_of("Kenya urged Uganda on Monday to reopen the border at Busia. "
                     "Kenya also urged Uganda to free the detained drivers.")
    assert coded.count("REQUEST") == 2


# ---------------------------------------------------------------- round 48: word senses on 1990s wire news


def test_market_figures_that_hit_a_low_are_no_attack():
    assert "ASSAULT" not in types_of("In Tokyo, share prices hit a three-year low on Tuesday.")


def test_a_force_that_hits_a_town_is_still_an_attack():
    assert "ASSAULT" in types_of("Rebel artillery hit the Chadian town of Abeche on Tuesday, killing four soldiers.")


def test_calling_up_reservists_is_no_phone_call():
    coded = eventwire.extract("The president can call up to 50,000 reservists for a year without a vote.",
                              published="2025-04-02").events
    assert all(e.type != "CONSULT" for e in coded)


def test_a_real_phone_call_stays():
    assert "CONSULT" in types_of("Chancellor Scholz called President Macron on Monday to discuss the crisis.")


def test_lending_ones_name_to_a_rifle_is_no_aid():
    assert "AID" not in types_of("The engineer who gave his name to the famous rifle died at 94 in Izhevsk.")


def test_giving_weapons_to_a_country_stays_aid():
    assert "AID" in types_of("Germany gave tanks and missiles to Ukraine on Friday.")


def test_charging_a_panel_with_a_task_is_no_indictment():
    coded = triggers_of("The Security Council charged the inspectors with checking that Libya had scrapped its missiles.")
    assert coded.get("charged") != "COERCE"


def test_charging_a_suspect_stays_a_legal_act():
    assert triggers_of("Kenyan police charged two men with the bombing of the hotel.").get("charged") == "COERCE"


def test_a_seized_bomb_is_confiscated_not_a_captured_town():
    coded = triggers_of("Police seized a half-built car bomb on Sunday in a village near the Irish border.")
    assert coded.get("seized") == "COERCE"


def test_rebels_seizing_a_town_stay_an_assault():
    assert triggers_of("Rebels seized the town of Goma on Monday.").get("seized") == "ASSAULT"


def test_a_detonating_cord_in_a_list_is_no_blast():
    coded = triggers_of("Police arrested three men at the workshop, which held timers, detonating cord and a van.")
    assert "detonating" not in coded
    assert coded.get("arrested") == "COERCE"


def test_critics_targeting_an_owner_is_no_attack():
    assert "ASSAULT" not in types_of("Now opponents of the college are targeting its owner, the Qatari government.")


def test_touring_flooded_counties_at_home_is_no_visit():
    assert "CONSULT" not in types_of("Governor Hochul toured four counties hit by the flood on Sunday.")


def test_a_leader_touring_a_foreign_capital_is_still_a_visit():
    assert triggers_of("The Chinese premier toured Kenya on Monday.").get("toured") == "CONSULT"


def test_rallying_public_opinion_is_no_demonstration():
    assert "PROTEST" not in types_of("The plan was meant to rally Arab public opinion behind Baghdad.")


def test_a_street_rally_stays_a_protest():
    assert "PROTEST" in types_of("Thousands rallied in Belgrade on Saturday against the government.")


def test_i_can_assure_you_is_no_pledge():
    assert "AGREE" not in types_of('"I can assure you, the queen is following this closely," the Australian prime minister said.')


def test_assuring_a_country_stays_a_pledge():
    assert "AGREE" in types_of("Kuchma assured Yeltsin on Friday that Ukraine would not join NATO.")


def test_an_event_noun_inside_a_programme_name_is_no_event():
    coded = triggers_of("The ministers met in Kyiv to discuss the country's role in NATO's Partnership for Peace program.")
    assert "partnership" not in coded
    assert coded.get("met") == "CONSULT"


def test_an_act_one_is_under_pressure_to_do_is_hypothetical():
    events = eventwire.extract("The Saudis would come under pressure to kick out the American troops.",
                               published="2025-04-02").events
    kicked = [e for e in events if e.trigger.text == "kick"]
    assert kicked and "hypothetical" in kicked[0].context


def _context_of(text: str, trigger: str) -> list[str]:
    """The context flags of the event whose trigger word is ``trigger``."""
    events = [e for e in eventwire.extract(text, published="2025-04-02").events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    return events[0].context


def test_an_act_someone_hopes_to_do_is_planned():
    # the small model lemmatises "hoping" as "hop"
    assert "future" in _context_of("The rebels were hoping to seize the airport before the rains.", "seize")


def test_an_act_done_while_hoping_for_more_stays_done():
    assert "future" not in _context_of("The rebels seized the airport on Monday.", "seized")


def test_a_second_act_after_a_planned_gerund_is_planned_too():
    flags = _context_of("Baghdad said it will begin pulling troops out of the border zone on Friday "
                        "and free the captured pilots.", "free")
    assert "future" in flags


def test_a_second_act_after_a_plan_is_planned_too():
    # (ninth pass) under a promise both acts are the promise's content and neither is coded; see
    # test_a_second_promised_act_is_the_promises_content
    flags = _context_of("Iraq said it planned to leave the disputed land and free the prisoners.", "free")
    assert "future" in flags


def test_a_second_promised_act_is_the_promises_content():
    coded = triggers_of("Iraq offered peace by promising to leave the disputed land and free the prisoners.")
    assert coded.get("offered") == "AGREE"
    assert "free" not in coded


def test_two_done_acts_joined_stay_done():
    assert "future" not in _context_of("The army shelled the town and killed six civilians.", "killed")


# ---- fiftieth pass: forces committed, dispersed rallies, blockades, accident tolls, arrivals,
# abilities and deliberations, signed plans, name-calling, arson, and a second roundup.

def test_committing_forces_is_a_mobilization_not_a_pledge():
    coded = triggers_of("Chile and Peru also committed naval units, though on a smaller scale.")
    assert coded.get("committed") == "MOBILIZE"
    assert triggers_of("Norway committed 300 soldiers to the peacekeeping mission.").get("committed") == "MOBILIZE"


def test_breaking_up_a_rally_is_coercion():
    assert triggers_of("Riot police broke up a rally of opposition supporters in Lagos on Sunday.").get("broke") == "COERCE"


def test_a_navy_closing_a_port_is_a_blockade_and_students_closing_a_road_a_protest():
    assert triggers_of("The navy will barricade the harbour against Venezuelan tankers.").get("barricade") == "COERCE"
    assert triggers_of("Students barricaded the road to the ministry in Dhaka.").get("barricaded") == "PROTEST"


def test_deaths_in_a_crash_are_no_attack():
    assert "ASSAULT" not in types_of("Twelve Colombian soldiers were killed when their transport plane crashed in the mountains.")
    assert "ASSAULT" in types_of("FARC rebels killed twelve Colombian soldiers in an ambush near the border.")


def test_arriving_at_home_is_no_visit_and_arriving_abroad_is():
    assert "arrived" not in triggers_of("The Portuguese prime minister arrived in Lisbon on Tuesday.")
    visits = [e for e in eventwire.extract("The Chinese foreign minister arrived in Juba on Monday.",
                                           published="2025-04-02").events if e.trigger.text == "arrived"]
    assert visits and visits[0].type == "CONSULT" and visits[0].target is not None


def test_an_act_one_is_capable_of_is_hypothetical():
    flags = contexts_of("The army said it was capable of deploying 20,000 troops along the border.")
    assert "hypothetical" in flags.get("deploying", [])
    assert "hypothetical" not in contexts_of("The army deployed 20,000 troops along the border.").get("deployed", ["hypothetical"])


def test_an_act_under_consideration_is_hypothetical():
    flags = contexts_of("The Peruvian minister is considering urging the president to expel the ambassador.")
    assert "hypothetical" in flags.get("urging", [])


def test_signing_a_cooperation_plan_is_an_agreement_but_signing_it_into_law_is_not():
    assert triggers_of("Kenya and Uganda signed an economic cooperation plan on Monday.").get("signed") == "AGREE"
    assert "signed" not in triggers_of("The Kenyan president signed the plan into law.")


def test_calling_someone_a_liar_or_branding_them_terrorists_is_an_accusation():
    assert triggers_of("The Iraqi leader called the American president a liar.").get("called") == "ACCUSE"
    assert triggers_of("The Turkish foreign minister branded the rebels terrorists.").get("branded") == "ACCUSE"


def test_troops_setting_fire_to_a_town_assault_it_but_a_crowd_setting_fires_does_not():
    assert triggers_of("Serbian soldiers set fire to the town before withdrawing.").get("set") == "ASSAULT"
    assert triggers_of("Protesters set fire to tyres on the main road in Nairobi.").get("set") != "ASSAULT"
    assert triggers_of("Students, who set fire to a police post in Dhaka, fled.").get("set") != "ASSAULT"
    assert "set" not in triggers_of("A monk set himself on fire outside the Chinese embassy.")


def test_a_second_roundup_with_another_count_is_kept():
    text = ("Belfast police arrested two men near the border on Sunday. "
            "Later, police arrested six Protestants in Belfast on suspicion of rioting.")
    arrests = [e for e in eventwire.extract(text, published="2025-04-02").events if e.type == "COERCE"]
    assert len(arrests) == 2


def test_an_event_noun_takes_the_ability_of_its_light_verb():
    assert "hypothetical" in contexts_of("The Chilean navy is adequate to carry out a blockade of the Peruvian coast.").get("blockade", [])
    assert "hypothetical" not in contexts_of("The Chilean navy carried out a blockade of the Peruvian coast.").get("blockade", ["hypothetical"])


# --- third pass on wire news: doers' acts told again, climb-downs, halted talks, campaigns ([51])

def test_an_invasion_named_by_its_doer_after_the_report_is_not_a_second_attack():
    text = ("Chilean troops invaded southern Peru on Tuesday. "
            "Bolivia has put its army on alert since Chile's invasion.")
    assert [e.type for e in eventwire.extract(text, published="2025-04-02").events].count("ASSAULT") == 1


def test_an_invasion_named_by_its_doer_for_the_first_time_is_coded():
    assert triggers_of("Bolivia has put its army on alert since Chile's invasion of Peru.").get("invasion") == "ASSAULT"


def test_a_visit_judged_after_it_was_reported_is_not_a_second_visit():
    text = ("Indian Prime Minister Narendra Modi visited Nepal on Monday. "
            "Modi's visit is important for trade, officials in Kathmandu said.")
    assert types_of(text).count("CONSULT") == 1


def test_a_visit_with_a_year_of_its_own_is_another_visit():
    text = ("Indian Prime Minister Narendra Modi visited Nepal on Monday. "
            "India's visit to Nepal in 2019 was shorter.")
    assert types_of(text).count("CONSULT") == 2


def test_talks_cut_off_are_halted_talks_not_a_blockade():
    coded = triggers_of("Peru cut off talks with Chile on Monday.")
    assert coded.get("cut") == "SANCTION"
    assert "COERCE" not in types_of("Talks between Peru and Chile were cut off last year.")


def test_cutting_off_a_road_is_still_coercion():
    assert triggers_of("The Chilean army cut off the road to the town of Arica.").get("cut") == "COERCE"


def test_retreating_from_a_stance_is_a_concession():
    assert triggers_of("The Peruvian Foreign Ministry retreated from its demand for compensation from Chile.").get(
        "retreated") == "CONCEDE"
    assert triggers_of("The Peruvian government retreated from its position on the border treaty with Chile.").get(
        "retreated") == "CONCEDE"


def test_troops_retreating_from_their_positions_still_retreat():
    assert triggers_of("Chilean troops retreated from their positions near the Peruvian border.").get(
        "retreated") == "RETREAT"


def test_a_battle_to_block_a_law_is_a_campaign_not_combat():
    assert "ASSAULT" not in types_of("The farmers' union lost its battle to block the new water tax in Bolivia.")


def test_soldiers_fighting_rebels_still_assault():
    assert triggers_of("Bolivian soldiers fought rebels near La Paz on Monday.").get("fought") == "ASSAULT"
    assert triggers_of("Peruvian troops fought to retake the town from the rebels.").get("fought") == "ASSAULT"


def test_a_record_of_many_arrests_is_no_arrest():
    assert "COERCE" not in types_of("The Bolivian activist has been arrested more than a dozen times in La Paz.")
    assert "MOBILIZE" not in types_of("During his service, the Peruvian sergeant deployed numerous times to Colombia.")


def test_repeated_strikes_on_one_day_and_a_single_arrest_stay():
    assert triggers_of("Israeli jets struck Gaza three times on Monday.").get("struck") == "ASSAULT"
    assert triggers_of("Police arrested the Bolivian activist in La Paz on Monday.").get("arrested") == "COERCE"
    assert triggers_of("The U.S. expelled almost three times more Russian diplomats than Britain.").get(
        "expelled") == "SANCTION"


def test_relatives_fighting_to_keep_a_child_wage_a_campaign_not_combat():
    assert "ASSAULT" not in types_of("The boy's Peruvian relatives are fighting to keep him in the United States.")
    assert "ASSAULT" not in types_of("Exiles in Miami battled to keep the Cuban boy in Florida.")


def test_troops_fighting_to_keep_a_town_still_fight():
    assert triggers_of("Chilean troops fought to keep control of the border town on Monday.").get("fought") == "ASSAULT"


# Plans, prospects and conditions (fourth modality pass): the act is kept with its flag.

def test_a_gerund_under_a_modal_verb_shares_its_mood():
    flags = contexts_of("Chile could open a second front by attacking Bolivian positions near the border.")
    assert "hypothetical" in flags["attacking"]


def test_a_gerund_under_a_past_verb_stays_a_fact():
    flags = contexts_of("Chilean troops opened a second front by attacking Bolivian positions on Monday.")
    assert "attacking" in flags and "hypothetical" not in flags["attacking"]
    assert "future" not in flags["attacking"]


def test_a_purpose_under_a_plan_is_planned():
    flags = contexts_of("The Pentagon plans to send 3,000 Marines to Jordan to support the Jordanian army.")
    assert "future" in flags["support"]


def test_a_time_clause_under_a_future_verb_is_still_to_come():
    flags = contexts_of("Peruvian troops will stay on the border until Ecuador withdraws its forces.")
    assert "future" in flags["withdraws"]


def test_a_past_time_clause_is_a_fact():
    flags = contexts_of("Peruvian troops stayed on the border until Ecuador withdrew its forces on Monday.")
    assert "withdrew" in flags and "future" not in flags["withdrew"]


def test_looking_forward_to_an_act_is_a_plan():
    flags = contexts_of("The Kenyan minister said she looked forward to visiting Uganda and Rwanda.")
    assert "future" in flags["visiting"]


def test_the_prospect_of_an_act_is_hypothetical():
    flags = contexts_of("Washington held out the prospect of new aid to Jordan on Tuesday.")
    assert "hypothetical" in flags["aid"]
    flags = contexts_of("Officials raised the possibility of a meeting between the Cuban and Mexican presidents.")
    assert "hypothetical" in flags["meeting"]


def test_an_aid_delivery_itself_stays_a_fact():
    flags = contexts_of("Washington delivered new aid to Jordan on Tuesday.")
    assert flags and not any({"hypothetical", "future"} & set(f) for f in flags.values())


def test_a_noun_modified_by_possible_or_planned_takes_that_mood():
    flags = contexts_of("The Argentine president backed a possible strike against the Chilean base.")
    assert "hypothetical" in flags["strike"]
    flags = contexts_of("Peru confirmed the planned visit of the Bolivian president to Lima.")
    assert "future" in flags.get("visit", ["future"])


def test_an_obligation_with_must_is_not_told_as_done():
    flags = contexts_of("Bolivia and Chile must cooperate on border security, the Argentine minister said.")
    assert "hypothetical" in flags["cooperate"]


def test_an_arrest_a_reward_seeks_is_hypothetical():
    coded = eventwire.extract("Colombia is offering a reward of 100,000 dollars for information leading to the "
                              "arrest of the FARC commander.", published="2025-04-02").events
    arrests = [e for e in coded if e.trigger.text.lower() == "arrest"]
    assert arrests and all("hypothetical" in e.context for e in arrests)


def test_a_gerund_under_for_keeps_its_own_time():
    flags = contexts_of("Peru will put the officers on trial for attacking the Bolivian convoy last month.")
    assert "attacking" in flags and "future" not in flags["attacking"]


# --- fifth pass: tellings that give fewer parties than the first report ([55]) ---

def _retelling(first, text: str, **changes):
    """A later-sentence copy of ``first`` with the evidence ``text`` and the given field changes."""
    from eventwire.models import Evidence
    evidence = Evidence(sentence=first.evidence.sentence + 3, start=first.evidence.end + 60,
                        end=first.evidence.end + 60 + len(text), text=text)
    return first.model_copy(update={"evidence": evidence, "context": [], **changes})


def _kenyan_raid():
    """A first report with a doer, a victim and a town: a Somali raid on a Kenyan post in Mandera."""
    from eventwire.models import Actor, Place
    events = eventwire.extract("Somali militants raided a police post in Mandera on Tuesday.",
                               published="2025-04-02").events
    first = next(e for e in events if e.type == "ASSAULT")
    return first.model_copy(update={
        "context": [], "place": Place(name="Mandera", country="KEN", feature="city"),
        "source": Actor(name="militants", text="Somali militants", country="SOM", sector="REB", code="SOMREB"),
        "target": Actor(name="police", text="police post", country="KEN", sector="COP", code="KENCOP")})


def test_a_telling_by_the_same_doer_without_a_victim_merges_with_its_counts():
    from eventwire.extract.events.mentions import without_retold
    first = _kenyan_raid()
    later = _retelling(first, "The militants later said their fighters had carried out the raid, which left four dead.",
                       target=None, place=None, fatalities=4)
    kept = without_retold([first, later])
    assert len(kept) == 1
    assert kept[0].fatalities == 4


def test_a_telling_that_adds_a_victim_of_another_country_stays():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Actor
    first = _kenyan_raid()
    later = _retelling(first, "The same militants struck an Ethiopian patrol near the border.", place=None,
                       target=Actor(name="patrol", text="Ethiopian patrol", country="ETH", sector="MIL",
                                    code="ETHMIL"))
    assert len(without_retold([first, later])) == 2


def test_a_doerless_telling_with_the_victims_country_and_place_merges():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Actor, Place
    first = _kenyan_raid()
    later = _retelling(first, "Three Kenyan officers died in the Mandera raid.", source=None, fatalities=3,
                       target=Actor(name="officers", text="Kenyan officers", country="KEN", sector="CVL",
                                    code="KENCVL"),
                       place=Place(name="Mandera", country="KEN", feature="city"))
    assert len(without_retold([first, later])) == 1


def test_a_doerless_telling_without_a_place_another_town_or_again_stays():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Actor, Place
    first = _kenyan_raid()
    victims = Actor(name="officers", text="Kenyan officers", country="KEN", sector="CVL", code="KENCVL")
    unplaced = _retelling(first, "Three Kenyan officers were killed.", source=None, target=victims, place=None)
    elsewhere = _retelling(first, "Three Kenyan officers were killed in Wajir.", source=None, target=victims,
                           place=Place(name="Wajir", country="KEN", feature="city"))
    again = _retelling(first, "The militants attacked the Mandera post again.", target=None, place=None)
    for later in (unplaced, elsewhere, again):
        assert len(without_retold([first, later])) == 2


def _signing():
    """A first report of a signing between two named governments."""
    events = eventwire.extract("Kenya and Tanzania signed a transit agreement in Arusha on Friday.",
                               published="2025-04-05").events
    first = next(e for e in events if e.type == "AGREE")
    return first.model_copy(update={"context": []})


def test_a_signing_told_again_by_the_same_parties_is_one_agreement():
    from eventwire.extract.events.mentions import without_retold
    first = _signing()
    later = _retelling(first, "The two governments signed the deal after months of haggling.")
    assert len(without_retold([first, later])) == 1


def test_a_signing_with_another_party_another_code_again_or_also_stays():
    from eventwire.extract.events.mentions import without_retold
    from eventwire.models import Actor
    first = _signing()
    uganda = Actor(name="Uganda", text="Uganda", country="UGA", sector="GOV", code="UGAGOV")
    other_party = _retelling(first, "Kenya signed a similar accord with Uganda.", target=uganda)
    other_act = _retelling(first, "Kenya assured Tanzania that the road would open.",
                           cameo="031" if first.cameo != "031" else "057")
    again = _retelling(first, "The two governments signed it again after a dispute over fees.")
    also = _retelling(first, "Kenya and Tanzania also signed a fisheries accord.")
    for later in (other_party, other_act, again, also):
        assert len(without_retold([first, later])) == 2


# --- ninth pass: types on fresh text (articles3) -------------------------------------------------------

def _events(text: str, published: str = "2025-03-14"):
    """The events coded in ``text``."""
    return eventwire.extract(text, published=published).events


def test_a_denial_whose_inferred_target_is_the_denier_itself_is_still_a_denial():
    # the accusation before it names the denier's own country, so the accuser found is the denier
    events = _events("The Somali army accused al-Shabaab of attacking the base. "
                     "The army denied shelling a market near Baidoa.")
    rejects = [e for e in events if e.type == "REJECT"]
    assert len(rejects) == 1
    assert rejects[0].target is None


def test_an_offer_the_parser_hangs_on_the_requested_infinitive_is_the_urgers_offer():
    events = _events("The African Union urged Sudan's rival generals on Sunday to respect the truce "
                     "and offered to host a meeting between their envoys.")
    offers = [e for e in events if e.trigger.text == "offered"]
    assert [e.type for e in offers] == ["AGREE"]
    assert offers[0].source is not None and offers[0].source.sector == "IGO"


def test_a_bare_infinitive_conjunct_stays_part_of_the_request():
    coded = triggers_of("Egypt urged Ethiopia to halt the filling and return to negotiations.")
    assert coded.get("urged") == "REQUEST"
    assert "return" not in coded


def test_what_an_agreement_commits_to_through_a_plain_verb_is_no_event_of_its_own():
    coded = triggers_of("Ghana and Togo agreed on Friday to launch joint naval patrols in the Gulf of Guinea.")
    assert coded.get("agreed") == "AGREE"
    assert "patrols" not in coded


def test_joint_patrols_launched_are_still_cooperation():
    coded = triggers_of("Ghana and Togo launched joint naval patrols in the Gulf of Guinea on Friday.")
    assert coded.get("patrols") == "COOPERATE"


def test_seizing_a_named_town_and_other_towns_is_an_occupation():
    events = _events("Jihadist fighters seized Djibo and three other towns in northern Burkina Faso last year.")
    seized = [e for e in events if e.trigger.text == "seized"]
    assert [(e.type, e.mode) for e in seized] == [("ASSAULT", "occupy")]


def test_seizing_goods_stays_a_confiscation():
    events = _events("Guinean customs officers seized a lorry and two crates of rifles on Tuesday.")
    assert [e.type for e in events if e.trigger.text == "seized"] == ["COERCE"]


def test_forces_backed_by_others_in_an_attack_are_no_act_of_support():
    coded = triggers_of("Malian soldiers backed by Russian helicopters attacked a rebel camp near Kidal on Sunday.")
    assert coded.get("attacked") == "ASSAULT"
    assert "backed" not in coded


def test_backing_a_party_outright_is_still_support():
    assert "SUPPORT" in types_of("Rwanda has backed the M23 rebels since 2021, UN investigators said.")


def test_retook_is_read_as_retake():
    events = _events("Iraqi forces retook the town of Tal Afar from Islamic State on Thursday.")
    assert [(e.type, e.mode) for e in events if e.trigger.text == "retook"] == [("ASSAULT", "occupy")]


def test_a_purpose_infinitive_is_an_intention_not_an_act():
    coded = triggers_of("The UN mission condemned the raid and called on the army and the militias to protect "
                        "civilians in Ituri.")
    assert coded.get("called") == "REQUEST"
    assert "protect" not in coded


def test_what_an_exercise_acts_out_is_no_attack():
    coded = triggers_of("North Korean units rehearsed shelling the island and landing troops on its beaches, "
                        "state media said.")
    assert "shelling" not in coded


def test_shelling_the_island_for_real_is_an_attack():
    coded = triggers_of("North Korean units shelled the island on Tuesday, state media said.")
    assert coded.get("shelled") == "ASSAULT"


def test_victims_in_a_clause_joined_to_an_ambush_are_its_outcome():
    events = _events("Chadian troops were ambushed near Lake Chad on Monday, and nine soldiers were killed.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].trigger.text == "ambushed" and attacks[0].fatalities == 9


def test_would_in_reported_speech_is_future_not_hypothetical():
    events = _events("Nigeria's defence minister said the army would deploy two more battalions to Borno state.")
    deploy = next(e for e in events if e.type == "MOBILIZE")
    assert "future" in deploy.context and "hypothetical" not in deploy.context


def test_a_reported_plan_with_a_condition_is_future_and_hypothetical():
    events = _events("The Ghanaian president told reporters that Accra would send 300 troops to Haiti "
                     "if the Security Council extended the mission.")
    send = next(e for e in events if e.type == "MOBILIZE")
    assert {"future", "hypothetical"} <= set(send.context)


def test_would_said_by_no_one_stays_hypothetical():
    events = _events("Without new funding the mission would withdraw its troops from Haiti.")
    withdrawals = [e for e in events if e.type == "RETREAT"]
    assert withdrawals and all("hypothetical" in e.context for e in withdrawals)


def test_an_accusation_closed_by_a_charge_apposition_is_still_coded():
    events = _events("Warsaw first accused Minsk in 2021 of engineering a migrant crisis on the EU's eastern "
                     "frontier, a charge Belarus has always denied.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert len(accusations) == 1
    assert (accusations[0].source.country, accusations[0].target.country) == ("POL", "BLR")


def test_a_count_of_victims_told_after_an_attack_is_its_outcome():
    events = _events("Russian drones struck Ukrainian army positions near Kharkiv on Sunday. "
                     "Kyiv said four Ukrainian soldiers had been killed.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].trigger.text == "struck" and attacks[0].fatalities == 4


def test_victims_of_a_separate_incident_stay_a_second_attack():
    events = _events("Russian drones struck Ukrainian army positions near Kharkiv on Sunday. "
                     "In a separate incident, four Ukrainian soldiers were killed near Odesa.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


def test_border_guards_turning_back_migrants_is_coercion():
    events = _events("Greek coastguards turned back two boats carrying migrants near Lesbos on Sunday.")
    assert [(e.type, e.mode) for e in events if e.trigger.text == "turned"] == [("COERCE", "deport")]


def test_turning_back_from_a_march_is_no_coercion():
    assert "COERCE" not in types_of("The hikers turned back before the summit because of the storm.")


def test_repelling_an_offensive_codes_the_offensive_too():
    coded = _events("Malian troops repelled a jihadist assault on the base at Boulkessi on Friday.")
    assert sorted(e.trigger.text for e in coded if e.type == "ASSAULT") == ["assault", "repelled"]


def test_launching_an_offensive_is_one_attack():
    coded = _events("Malian troops launched an offensive on the town of Kidal on Friday.")
    assert len([e for e in coded if e.type == "ASSAULT"]) == 1


def test_an_appeal_made_in_a_call_goes_from_the_caller_to_whom_the_call_reached():
    events = _events("Qatar's foreign minister met Iranian and Saudi envoys in Doha on Sunday to urge restraint.")
    requests = sorted((e.source.country, e.target.country) for e in events if e.type == "REQUEST")
    assert requests == [("QAT", "IRN"), ("QAT", "SAU")]


def test_a_purpose_of_a_visit_that_is_no_appeal_adds_no_request():
    events = _events("Qatar's foreign minister met Iranian and Saudi envoys in Doha on Sunday to discuss trade.")
    assert all(e.type != "REQUEST" for e in events)


def test_a_reported_threat_gets_no_future_or_hypothetical_flag():
    # the gold gives threats no mood flag ("said the army would use air strikes if needed")
    events = _events("Iran's foreign minister said Tehran would retaliate against Israel if it struck Iranian soil.")
    threat = next(e for e in events if e.type == "THREATEN")
    assert not {"future", "hypothetical"} & set(threat.context)


def test_migrants_turned_back_are_not_the_guards_own_public():
    events = _events("Poland's interior ministry said border guards had turned back 80 migrants near Bialowieza.")
    pushback = next(e for e in events if e.type == "COERCE")
    assert pushback.target is None or pushback.target.country != "POL"


def test_being_open_to_talks_is_an_offer_to_negotiate():
    events = _events("Venezuela said it was open to negotiations with Guyana over the disputed region.")
    offers = [e for e in events if e.trigger.text == "negotiations"]
    assert [(e.type, e.source.country, e.target.country) for e in offers] == [("AGREE", "VEN", "GUY")]


def test_talks_held_are_still_talks():
    coded = triggers_of("Venezuela held negotiations with Guyana over the disputed region on Monday.")
    assert coded.get("negotiations") == "CONSULT" or coded.get("held") == "CONSULT"


def coded_events(text: str, published: str = "2025-04-02") -> list:
    """The coded events of ``text``."""
    return eventwire.extract(text, published=published).events


def flags_of(text: str, trigger: str, published: str = "2025-04-02") -> list[str]:
    """The context flags of the event coded on ``trigger``."""
    return next(e.context for e in coded_events(text, published) if e.trigger.text.lower() == trigger)


def test_an_act_dated_months_before_the_news_is_historical():
    text = "Chad expelled the French ambassador in March 2024, and relations have not recovered."
    assert "historical" in flags_of(text, "expelled", published="2025-02-10")


def test_an_act_of_last_month_is_not_historical():
    text = "Chad expelled the French ambassador in December 2024, and relations have not recovered."
    assert "historical" not in flags_of(text, "expelled", published="2025-02-10")


def test_a_foreign_attack_told_by_the_harmed_state_is_claimed():
    text = "Pakistani drones struck a village in eastern Afghanistan on Monday, killing eight people, the Afghan interior ministry said."
    assault = [e for e in coded_events(text) if e.type == "ASSAULT"]
    assert assault and all("claimed" in e.context for e in assault)


def test_an_army_reporting_its_own_strike_is_not_claimed():
    text = "Pakistani drones struck militant hideouts in eastern Afghanistan on Monday, the Pakistani army said."
    assault = [e for e in coded_events(text) if e.type == "ASSAULT"]
    assert assault and not any("claimed" in e.context for e in assault)


def test_arrests_after_tear_gas_are_a_second_measure():
    text = ("Zambian police fired tear gas at students in Lusaka on Monday. "
            "The home affairs minister said police had arrested 40 students.")
    assert [e.type for e in coded_events(text)].count("COERCE") == 2


def test_the_same_arrests_told_again_stay_one_event():
    text = ("Zambian police arrested 40 students in Lusaka on Monday. "
            "The home affairs minister said police had arrested the students for blocking a road.")
    assert [e.type for e in coded_events(text)].count("COERCE") == 1


def test_dismissing_an_account_is_a_rejection():
    assert triggers_of("The army spokesman dismissed the opposition's account of the clash.").get("dismissed") == "REJECT"


def test_capturing_camps_is_fighting_not_seizing_goods():
    coded = triggers_of("Somali troops captured three al-Shabaab camps in the Middle Shabelle region on Sunday.")
    assert coded.get("captured") == "ASSAULT"
    assert triggers_of("Somali police captured a cache of rifles near Mogadishu on Sunday.").get("captured") == "COERCE"


def test_closing_the_airspace_to_a_neighbour_is_a_sanction():
    assert triggers_of("Guinea closed its airspace to flights from Sierra Leone on Tuesday.").get("closed") == "SANCTION"


def test_an_act_of_anyone_is_a_warning_not_an_act():
    coded = triggers_of("The minister warned that anyone attacking polling stations would be jailed.")
    assert "attacking" not in coded
    assert coded.get("warned") == "THREATEN"


def test_a_named_attacker_in_a_warning_stays():
    coded = triggers_of("The minister said gunmen attacking a polling station in Kano had been arrested.")
    assert coded.get("arrested") == "COERCE"


def test_a_stance_participle_is_no_statement():
    coded = triggers_of("The campus in Accra was occupied on Monday by students opposed to the new fees.")
    assert "opposed" not in coded
    assert triggers_of("Ghana's opposition opposed the new fees on Monday.").get("opposed") == "ACCUSE"


def test_a_position_a_court_rejected_is_still_a_rejection():
    coded = triggers_of("Belize claims part of Guatemala's coast, a position an international court rejected in 2019.")
    assert coded.get("rejected") == "REJECT"


def test_the_act_in_denied_reports_is_not_coded():
    coded = triggers_of("Egypt denied reports that it had agreed to open the Rafah crossing.")
    assert coded.get("denied") == "REJECT"
    assert "agreed" not in coded


def test_neutralising_fighters_is_an_attack_but_not_a_bomb():
    assert triggers_of("Burkina Faso's army said it had neutralised 30 jihadists near Djibo.").get("neutralised") == "ASSAULT"
    assert "neutralised" not in triggers_of("Police neutralised a suspected bomb near the embassy.")


def test_tearing_up_an_accord_is_a_rejection_but_not_a_road():
    assert triggers_of("Niger's junta tore up the defence accord with Benin on Thursday.").get("tore") == "REJECT"
    assert "tore" not in triggers_of("Workers tore up the road outside parliament.")


def test_attributing_an_attack_is_a_charge_but_not_a_price_rise():
    assert triggers_of("Kenya attributed the bombing to al-Shabaab.").get("attributed") == "ACCUSE"
    assert "attributed" not in triggers_of("Analysts attributed the rise in prices to the drought.")
