"""Event coding behaviour through the public API: roles, coordination, complements, casualties."""
from __future__ import annotations

import pytest

import eventwire
from conftest import events_without

pytestmark = pytest.mark.model


def coded(text: str, published: str = "2024-06-05") -> list[tuple]:
    extraction = eventwire.extract(text, published=published)
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extraction.events]


def events_of(text: str, published: str = "2024-06-05"):
    return eventwire.extract(text, published=published).events


def test_coordinated_subjects_of_a_one_sided_event_give_one_event_each():
    events = coded("Spain, Ireland and Norway formally recognized the State of Palestine on Tuesday.")
    assert ("SUPPORT", "ESP", "PSE") in events
    assert ("SUPPORT", "IRL", "PSE") in events
    assert ("SUPPORT", "NOR", "PSE") in events


def test_coordinated_subjects_of_a_joint_event_are_its_two_sides():
    events = coded("Ethiopia and Somalia agreed on Wednesday to resume talks over access to the sea.")
    assert ("AGREE", "ETH", "SOM") in events
    assert all(t != "CONSULT" for t, _, _ in events), "the agreed-to talks are the agreement's content"


def test_a_threat_takes_its_target_from_what_is_threatened():
    assert coded("Algeria threatened to suspend gas supplies to Spain over Madrid's stance.")[:1] == [
        ("THREATEN", "DZA", "ESP")]


def test_the_complement_of_a_threat_is_not_coded_as_an_attack():
    types = [t for t, _, _ in coded("North Korea threatened to shoot down US spy planes near its coast.")]
    assert types == ["THREATEN"]


def test_a_kill_participle_gives_its_count_to_the_attack_and_is_not_a_second_event():
    events = events_of("Rebels shelled the town on Monday, killing three civilians and wounding 11.")
    assert [(e.type, e.fatalities, e.injured) for e in events] == [("ASSAULT", 3, 11)]


def test_arrest_counts_and_vague_quantities_are_flagged():
    [event] = events_of("Dozens of demonstrators were arrested by riot police in Nairobi on Sunday.")
    assert event.type == "COERCE" and event.arrested == 24 and event.casualties_approximate
    [event] = events_of("Police detained 40 protesters in Tbilisi on Monday.")
    assert event.arrested == 40 and not event.casualties_approximate


def test_a_lower_bound_is_approximate():
    [event] = events_of("Security forces killed at least 12 protesters in Dhaka on Friday.")
    assert event.fatalities == 12 and event.casualties_approximate


def test_participles_used_as_adjectives_are_not_events():
    types = [t for t, _, _ in coded("Venezuela freed two detained Americans on Saturday.")]
    assert types == ["RETREAT"]


def test_a_dateline_is_not_the_subject():
    events = coded("CAIRO (Meridian) - Egypt on Monday formally rejected Ethiopia's decision to start the filling.")
    assert ("REJECT", "EGY", "ETH") in events


def test_a_government_moving_its_own_troops_is_those_troops_acting():
    [event] = events_of("Russia massed troops along the border with Ukraine on Monday.")
    # aimed at the country whose border it is (seventeenth pass: "the border with X", as the gold codes it)
    assert event.type == "MOBILIZE" and event.source.code == "RUSMIL" and event.target.country == "UKR"


def test_a_denial_answers_the_accusation_before_it():
    events = coded("Sudan accused Ethiopia of shelling a border post on Monday. Ethiopia denied the shelling on Tuesday.")
    assert ("ACCUSE", "SDN", "ETH") in events
    assert ("REJECT", "ETH", "SDN") in events


def test_the_two_ministers_are_the_two_countries_of_the_article():
    events = coded("Armenia and Azerbaijan traded fire on Monday. The two foreign ministers will meet in Geneva next week.")
    assert ("CONSULT", "ARM", "AZE") in events


def test_a_labour_strike_needs_workers_and_a_struck_tone_is_no_event():
    assert coded("Sudan, which sits between the two, struck a more cautious tone.") == []
    assert [t for t, _, _ in coded("Dock workers struck for a third day in Rotterdam.")] == ["PROTEST"]


def test_an_adjectival_predicate_lends_its_subject_to_the_complement():
    assert ("SUPPORT", "EGY", "IRN") in coded("Egypt is about to restore diplomatic ties with Iran.")
    # readiness to talk is an offer to negotiate (AGREE), one event on the verb (seventeenth pass)
    assert ("AGREE", "IRN", "USA") in coded("Iran is ready to resume talks with the United States.")


def test_the_passive_subject_of_a_raising_verb_acts_its_complement():
    [event] = events_of("Kenya is set to deploy police officers to Haiti.")
    assert event.type == "MOBILIZE" and event.source.country == "KEN"


def test_the_country_sent_to_is_the_target_of_aid_and_deployments():
    assert ("AID", "JPN", "TUR") in coded("Japan will send emergency relief teams to quake-hit Turkey.")
    assert ("MOBILIZE", "KEN", "HTI") in coded("Kenya is set to deploy police officers to Haiti.")
    assert ("AID", "DEU", "UKR") in coded("Germany will contribute a million euros to Ukraine.")


def test_the_country_left_is_the_target_of_a_withdrawal():
    assert ("RETREAT", "RUS", "SYR") in coded("Russia withdrew its forces from Syria.")
    assert ("RETREAT", "FRA", "NER") in coded("France completed its troop withdrawal from Niger on Friday.")


def test_a_withdrawal_from_a_town_names_no_country_target():
    [event] = events_of("Russian troops withdrew from Kherson on Friday.")
    assert event.type == "RETREAT" and event.target is None


def test_the_agent_of_a_condemned_event_is_the_target():
    assert ("ACCUSE", "EGY", "ISR") in coded("Egypt condemned the attack by Israeli soldiers.")


def test_the_trigger_index_finds_exactly_the_lexicon_words():
    from eventwire.extract.events.component import trigger_matcher
    from eventwire.extract.events.lexicon import load_lexicon
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    lexicon = load_lexicon()
    words = {key: lexicon.word_set(key) for key in ("retaliation_verbs", "offer_adjectives")}
    index = trigger_matcher(nlp.vocab, lexicon, words)
    doc = nlp("Rival Generals Agree To Truce as Chad condemned the shelling, Kenya will retaliate and Togo is ready "
              "to help.")
    lemmas = set(lexicon.verbs) | set(lexicon.nouns) | words["retaliation_verbs"]
    forms = lemmas | {lemma.capitalize() for lemma in lemmas}
    expected = [t.i for t in doc if t.lemma_ in forms or t.lower_ in lemmas | words["offer_adjectives"]]
    assert index(doc) == expected
    assert {doc[i].lower_ for i in index(doc)} >= {"agree", "condemned", "shelling", "retaliate", "ready"}
    assert index(nlp("")) == []


def test_coordinated_nationalities_of_a_joint_event_are_its_two_sides():
    events = coded("Philippine and Chinese diplomats will meet in Manila next week.")
    assert {("CONSULT", "CHN", "PHL"), ("CONSULT", "PHL", "CHN")} & set(events)


def test_a_single_foreign_modifier_does_not_add_a_second_source():
    events = coded("Iranian-backed Houthi rebels fired missiles at ships in the Red Sea.")
    assert all(source != "IRN" for _, source, _ in events)


def test_an_attack_without_a_parsed_target_is_aimed_at_the_country_where_it_struck():
    assert ("ASSAULT", "UKR", "RUS") in coded(
        "Ukrainian drones hit an oil refinery in Russia's Krasnodar region overnight, regional authorities said.")
    assert ("ASSAULT", "ISR", "LBN") in coded("Israeli Strike Kills Three In Southern Lebanon")


def test_joint_exercises_are_one_show_of_force_between_the_parties():
    # PLOVER counts military exercises as MOBILIZE, joint ones too (the gold conventions, fourteenth
    # pass); one event between the two, as the gold codes a reciprocal act
    assert coded("Indian and French navies held joint exercises in the Arabian Sea this week.") == [
        ("MOBILIZE", "IND", "FRA")]
    assert [t for t, _, _ in coded("Russia staged naval drills in the Baltic Sea on Monday.")] == ["MOBILIZE"]


def test_protesters_with_no_named_target_protest_against_their_own_government():
    assert ("PROTEST", "FRA", "FRA") in coded("French unions will hold a nationwide strike on Thursday against the pension reform.")


def test_calling_something_a_provocation_is_an_accusation_not_a_phone_call():
    assert [t for t, _, _ in coded("Ethiopia's foreign ministry called the move a provocation.")] == ["ACCUSE"]
    assert [t for t, _, _ in coded("Egypt's president called his Sudanese counterpart on Tuesday.")] == ["CONSULT"]


def test_the_forces_of_a_withdrawal_noun_are_its_source():
    assert ("RETREAT", "ETH", "SDN") in coded("The withdrawal of Ethiopian troops from Sudan began on Monday.")


def test_both_sides_as_a_target_are_the_two_countries_of_the_article():
    events = coded("Armenia and Azerbaijan traded fire on Monday. The European Union urged both sides to show restraint.")
    assert ("REQUEST", "EUR", "ARM") in events and ("REQUEST", "EUR", "AZE") in events


def test_victims_killed_in_an_attack_are_that_attacks_count_not_a_second_attack():
    events = events_of("Four fishermen were killed on Friday in an air strike by the Ethiopian army near Humera.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].trigger.text == "strike"
    assert assaults[0].fatalities == 4
    assert assaults[0].source is not None and assaults[0].source.country == "ETH"


def test_killed_when_a_clause_attacks_gives_one_event_with_a_hyphenated_count():
    events = events_of("Thirty-two police officers were killed when insurgents raided a checkpoint in Borno on Sunday.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert [(e.trigger.text, e.fatalities) for e in assaults] == [("raided", 32)]


def test_shot_dead_counts_the_victims_as_killed():
    events = events_of("Three farmers were shot dead by gunmen in Zamfara state on Tuesday.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [3]


def test_a_collective_target_is_the_two_countries_named_before_not_the_one_asking():
    text = ("Serbia and Kosovo held talks in Brussels on Monday. "
            "The European Union called on the two governments to implement the deal.")
    requests = [(s, t) for kind, s, t in coded(text) if kind == "REQUEST"]
    assert {t for _, t in requests} == {"SRB", "XKX"}


def test_praising_both_delegations_is_one_event_per_side():
    events = coded("Ethiopia and Sudan clashed on the border on Monday. Kenya praised both delegations for their restraint.")
    assert ("SUPPORT", "KEN", "ETH") in events and ("SUPPORT", "KEN", "SDN") in events


def test_coordinated_owners_of_a_group_are_one_actor_each():
    events = coded("The leaders of Ethiopia, Egypt and Sudan met in Cairo on Tuesday.")
    assert {("CONSULT", "ETH", "EGY"), ("CONSULT", "ETH", "SDN")} <= set(events)
    sources = {s for kind, s, _ in coded("The foreign ministers of France, Germany and Italy condemned the attack.")
               if kind == "ACCUSE"}
    assert sources == {"FRA", "DEU", "ITA"}


def test_a_thing_is_never_an_actor_only_its_owner_is():
    assert ("ASSAULT", "ISR", "PSE") in coded("Israeli jets struck militant targets in Gaza overnight.")
    assert coded("Germany sent another Patriot air defence system to Ukraine on Tuesday.") == [("AID", "DEU", "UKR")]
    [event] = events_of("American warplanes struck Houthi targets in Yemen on Friday.")
    assert (event.target.country, event.target.sector) == ("YEM", "REB")


# --- role rules of the fourth pass -------------------------------------------------------------

def test_a_response_to_an_earlier_act_is_aimed_at_whoever_did_it():
    events = coded("Turkey closed its airspace to Armenian flights on Monday. Armenia condemned the decision.")
    assert ("ACCUSE", "ARM", "TUR") in events


def test_a_response_to_an_act_noun_with_its_own_actor_is_aimed_at_that_actor():
    assert ("ACCUSE", "FRA", "MLI") in coded("France condemned Mali's expulsion of its ambassador.")


def test_a_bare_act_noun_does_not_refer_to_another_response():
    events = coded("Britain and the United States bombed rebel positions in Yemen. Oman condemned the strikes. "
                   "Iran criticized the operation.")
    accusations = {(s, t) for kind, s, t in events if kind == "ACCUSE"}
    assert ("IRN", "OMN") not in accusations
    assert {("IRN", "GBR"), ("IRN", "USA")} & accusations


def test_a_spoken_offer_that_is_rejected_was_addressed_to_the_rejecter():
    events = coded("Serbia rejected a Kosovo proposal for joint border patrols.")
    assert ("AGREE", "XKX", "SRB") in events or ("AGREE", "KOS", "SRB") in events


def test_a_denied_attack_is_answered_by_its_victim_not_aimed_at_the_denied_object():
    assert ("REJECT", "ARM", "AZE") in coded("Armenia denied shelling Azerbaijani positions near the border.")
    assert ("REJECT", "RWA", None) in coded("Rwanda denied backing the M23 rebels.")


def test_troops_massed_at_another_countrys_border_are_aimed_at_it():
    assert ("MOBILIZE", "RUS", "FIN") in coded("Russia massed troops near the Finnish border on Friday.")


def test_a_joint_drill_carried_by_a_support_verb_has_its_coordinated_subjects_as_sides():
    events = coded("Egypt and Sudan held joint naval drills in the Red Sea last week.")
    assert ("MOBILIZE", "EGY", "SDN") in events


def test_the_victims_of_a_clause_an_attack_caused_are_its_target():
    events = coded("At least six Malian soldiers died in an Algerian drone strike on Sunday.")
    assert ("ASSAULT", "DZA", "MLI") in events


def test_a_source_never_targets_its_own_agent_and_the_event_survives():
    assert ("SANCTION", "SDN", "ETH") in coded("Sudan recalled its ambassador to Ethiopia on Tuesday.")


def test_a_participle_clause_is_done_by_the_main_subject():
    events = coded("Canada expelled two diplomats on Monday, accusing India of plotting against activists.")
    assert ("ACCUSE", "CAN", "IND") in events


def test_a_quantity_subject_names_the_people_it_counts():
    events = coded("Thousands of Georgians rallied in Tbilisi against Russia on Sunday.")
    assert ("PROTEST", "GEO", "RUS") in events


def test_the_nationality_on_a_compound_modifier_is_the_source():
    assert ("ASSAULT", "RUS", "UKR") in coded("Russian missile strikes killed four Ukrainian soldiers near Kharkiv on Tuesday.")


def test_signing_a_formal_agreement_is_an_agreement():
    assert ("AGREE", "ETH", "SOM") in coded("Ethiopia and Somalia signed a maritime agreement on Thursday.")


def test_capturing_towns_is_an_assault_on_the_country_they_lie_in():
    # the fourteenth pass: the gold sets aim 59 of 64 seizures of places at a party, most often the
    # country the place lies in (no sector: it is inferred)
    [event] = [e for e in events_of("Houthi fighters seized two towns in Marib province on Sunday.") if e.type == "ASSAULT"]
    assert event.mode == "occupy" and event.target.country == "YEM" and event.target.sector is None
    assert "target-inferred" in event.context


def test_easing_sanctions_and_lifting_a_state_of_emergency_are_concessions():
    assert ("CONCEDE", "USA", "CUB") in coded("The United States eased sanctions on Cuba on Monday.")
    assert ("CONCEDE", "PER", "PER") in coded("Peru's government lifted the state of emergency in Lima on Friday.")


def test_a_concession_with_no_internal_measure_is_left_without_a_target():
    assert ("CONCEDE", "SDN", None) in coded("Sudan has dropped its demand for compensation.")


def test_closing_a_border_crossing_with_a_neighbour_is_a_sanction():
    assert ("SANCTION", "TCD", "SDN") in coded("Chad closed its border crossing with Sudan on Wednesday.")


def test_a_state_restriction_naming_no_one_falls_on_its_own_public():
    assert ("COERCE", "BGD", "BGD") in coded("Bangladesh's government imposed a nationwide curfew on Friday.")


def test_a_protest_noun_without_protesters_is_the_public_of_the_country_it_happens_in():
    events = coded("Weeks of protests in Lima forced Peru's president to reshuffle the cabinet.")
    assert ("PROTEST", "PER", "PER") in events
    assert all(kind != "PROTEST" for kind, _, _ in coded("Riot police guarded the embassy in Lima on March 3."))


def test_the_partner_of_a_call_hung_on_its_medium_is_the_target():
    assert ("CONSULT", "FRA", "KEN") in coded("France's president spoke by phone with Kenya's president on Friday.")


def test_forces_sent_around_a_country_and_suspects_extradited_to_one_are_aimed_at_it():
    assert ("MOBILIZE", "CHN", "JPN") in coded("China sent warships and bombers around Japan on Monday.")
    assert ("COOPERATE", "PER", "USA") in coded("Peru extradited three suspects to the United States on Monday.")


# -- second type pass: senses that are no event of their own ----------------------------------------
def test_a_verbal_act_an_accusation_charges_is_not_coded_on_its_own():
    events = coded("Kenya accused Uganda of threatening its border posts.")
    assert ("ACCUSE", "KEN", "UGA") in events
    assert [t for t, _, _ in events] == ["ACCUSE"]
    assert all(t != "SUPPORT" for t, _, _ in coded("Chad, which Niger accuses of backing the militia, made no comment."))


def test_a_material_act_an_accusation_charges_is_coded_as_claimed():
    events = events_of("Kenya accused Uganda of shelling a border town on Monday.")
    assert any(e.type == "ACCUSE" and e.source.country == "KEN" for e in events)
    [assault] = [e for e in events if e.type == "ASSAULT"]
    assert assault.source.country == "UGA" and "claimed" in assault.context


def test_a_protest_that_is_another_acts_motive_is_no_demonstration():
    assert all(t != "PROTEST" for t, _, _ in coded(
        "Chad closed its main border crossing with Sudan on Monday in protest at the air strikes."))
    assert all(t != "PROTEST" for t, _, _ in coded(
        "Niger's foreign ministry summoned Mali's ambassador on Monday to protest against the raid."))
    assert ("PROTEST", "KEN", "KEN") in coded("Thousands of Kenyans protested in Nairobi on Monday against the tax bill.")


def test_a_speakers_aside_is_no_consultation():
    assert all(t != "CONSULT" for t, _, _ in coded(
        "A Kenyan diplomat, speaking on condition of anonymity, said the talks had stalled."))


def test_a_forecast_is_no_threat_but_an_announced_act_is():
    assert all(t != "THREATEN" for t, _, _ in coded("Farmers in Nairobi warned that maize prices would rise."))
    assert all(t != "THREATEN" for t, _, _ in coded(
        "A Turkish move into the area could start a wider war, the Greek defence minister warned."))
    assert ("THREATEN", "TUR", None) in coded("Turkey warned on Monday it would close its airspace.")
    assert ("THREATEN", "RUS", "EST") in coded("Russia warned Estonia of retaliation on Monday.")


def test_refusing_to_comment_is_no_rejection():
    assert all(t != "REJECT" for t, _, _ in coded(
        "Egypt's army spokesman declined to say whether troops had been sent to the border."))


def test_match_reports_are_not_coded_but_police_violence_at_a_match_is():
    assert coded("Ghana beat Nigeria 2-1 in Accra on Sunday to reach the semi-finals of the tournament.") == []
    report = ("Ghana beat Nigeria 2-1 in the World Cup qualifier on Sunday. Nigeria pulled one back late, "
              "but Ghana killed off the game. Nigeria's coach praised the fans. "
              "Ghanaian police fired tear gas at Nigerian fans outside the stadium.")
    events = coded(report)
    assert [t for t, _, _ in events] == ["COERCE"]


def test_tear_gas_and_rubber_bullets_are_coercion_not_an_armed_attack():
    [event] = events_of("Riot police fired tear gas at students in Accra on Monday, injuring dozens.")
    assert (event.type, event.mode, event.injured) == ("COERCE", "repression", 24)
    assert events_of("Police fired rubber bullets at protesters in Lagos on Tuesday.")[0].type == "COERCE"
    assert events_of("Soldiers fired live rounds at protesters in Lagos on Tuesday.")[0].type == "ASSAULT"


def test_protesters_storming_a_building_riot():
    assert ("PROTEST", "PER", "PER") in coded("Peruvian protesters stormed the Congress building in Lima on Monday.")


def test_readiness_to_host_is_an_offer_and_readiness_to_defend_a_threat():
    assert ("AGREE", "QAT", None) in coded("Qatar said on Monday it was ready to host a new round of talks.")
    assert "THREATEN" in [t for t, _, _ in coded(
        "Kenya's defence minister said its army was ready to defend every inch of the border.")]


def test_what_a_request_asks_for_is_not_coded_however_deep():
    events = coded("Somalia's delegation said it would insist on the withdrawal of Ethiopian troops from Gedo.")
    assert [t for t, _, _ in events] == ["REQUEST"]
    events = coded("Hundreds of students marched in Khartoum, demanding that the government expel Chadian diplomats.")
    assert all(t != "COERCE" for t, _, _ in events)


def test_an_open_question_asserts_no_event():
    assert coded("Reporters asked whether Cairo was prepared to strike the dam.") == []


def test_ending_a_measure_is_the_event_not_the_measure():
    events = coded("The junta in Guinea lifted its suspension of opposition parties on Monday.")
    assert [t for t, _, _ in events] == ["CONCEDE"]
    assert ("SANCTION", "PER", "BOL") in coded("Peru suspended a 2019 trade accord with Bolivia on Monday.")


def test_a_negated_promise_to_yield_is_a_refusal():
    [event] = events_of("Ghana's president said his government would not bow to pressure from the unions.")
    assert event.type == "REJECT" and "negated" not in event.context


def test_two_coordinated_statements_between_the_same_parties_are_one_event():
    events = coded("Chad rejected Sudan's accusation and denied shelling the border town.")
    assert [t for t, _, _ in events].count("REJECT") == 1


def test_a_journey_for_talks_is_coded_as_the_talks():
    events = coded("Kenya's president flew to Addis Ababa on Monday for talks with Ethiopia's prime minister.")
    assert [t for t, _, _ in events] == ["CONSULT"]


def test_flying_relief_supplies_is_aid_and_holding_people_for_ransom_an_abduction():
    assert ("AID", "QAT", "SDN") in coded("Qatar flew 40 tonnes of food to Port Sudan on Monday.")
    assert "ASSAULT" in [t for t, _, _ in coded("The rebels said they would keep detaining people for ransom.")]


def test_the_diagnostic_sorts_spurious_and_missed_events_into_causes():
    from eventwire.evaluate.gold_events import EventUnit
    from eventwire.extract.events.diagnose import diagnose_unit, summary
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    lemmas = nlp.get_pipe("eventwire_events").trigger_lemmas
    pred = events_of("Kenya accused Uganda of threatening the border town on Monday.")
    gold = [{"type": "THREATEN", "source": {"country": "UGA", "sector": "GOV"}, "target": None, "trigger": "threatening"},
            {"type": "CONSULT", "source": {"country": "KEN", "sector": "GOV"}, "target": None, "trigger": "parleyed"}]
    findings = diagnose_unit("test", EventUnit("2024-06-05", gold, pred), 0.5, lemmas, nlp)
    causes = {(f.side, f.cause) for f in findings}
    assert ("spurious", "wrong type") not in causes
    assert ("spurious", "uncoded clause") in causes          # the ACCUSE the toy gold leaves out
    assert ("missed", "not in lexicon") in causes            # "parleyed"
    assert ("missed", "lexicon, not coded") in causes        # the accused threat is content
    assert sum(sum(c.values()) for c in summary(findings).values()) == len(findings)


def test_an_offer_made_on_a_condition_is_hypothetical():
    [event] = [e for e in events_of("Qatar said it was willing to host talks if both parties agreed.") if e.type == "AGREE"][:1]
    assert "hypothetical" in event.context


def test_a_target_taken_from_the_article_pair_is_flagged_inferred(nlp):
    text = ("Ethiopia and Sudan traded accusations on Monday over the disputed border. "
            "Sudan said Ethiopian troops had crossed into its territory. "
            "Ethiopia has refused to withdraw. Sudanese officials met Ethiopian envoys in Khartoum last week.")
    # the rules' inferred target, before the keeper (which finds it too unsure to keep)
    events = events_without(("keep_events",), text, "2025-03-10")
    refusals = [e for e in events if e.type == "REJECT" and e.source and e.source.country == "ETH"]
    assert refusals and all(e.target is None or "target-inferred" in e.context for e in refusals)
    assert any(e.target and e.target.country == "SDN" for e in refusals)


# --- third pass: reporters, inferred targets, collectives ----------------------------------------

def test_an_unnamed_official_reports_for_the_source_country():
    events = events_of("Pakistan handed over three suspects to China, officials said.")
    handed = [e for e in events if e.trigger.text == "handed"]
    assert handed and handed[0].reported_by is not None
    assert handed[0].reported_by.country == "PAK"


def test_a_state_reporting_its_own_act_is_still_the_reporter():
    events = events_of("Finland will ask NATO to station more troops near its border, the defence minister said.")
    ask = [e for e in events if e.type == "REQUEST"]
    assert ask and ask[0].reported_by is not None and ask[0].reported_by.country == "FIN"


def test_an_according_to_phrase_names_the_reporter():
    events = events_of("Kenya's foreign minister met his Somali counterpart in Nairobi on Monday, "
                       "according to a statement from the Kenyan foreign ministry.")
    met = [e for e in events if e.type == "CONSULT"]
    assert met and met[0].reported_by is not None and met[0].reported_by.country == "KEN"


def test_a_local_speaker_is_not_recoded_to_the_source_country():
    events = events_of("Ukrainian drones hit an oil depot in Russia's Belgorod region overnight, regional authorities said.")
    hit = [e for e in events if e.type == "ASSAULT"]
    assert hit and (hit[0].reported_by is None or hit[0].reported_by.country != "UKR")


def test_forces_moved_with_no_mover_named_are_the_source():
    events = coded("Serbian army units were pulled back from the boundary line on Sunday.")
    assert events and events[0][:2] == ("RETREAT", "SRB")


def test_a_target_taken_from_an_earlier_sentence_is_flagged_and_not_scored():
    text = "Sudan accused Ethiopia of shelling a border post on Monday. Ethiopia denied the shelling on Tuesday."
    denial = [e for e in events_of(text) if e.type == "REJECT"]
    assert denial and denial[0].target is not None and denial[0].target.country == "SDN"
    assert "target-inferred" in denial[0].context


def test_a_refusal_in_a_three_country_story_answers_the_latest_exchange():
    text = ("Egypt and Sudan held talks on the dam in Cairo. Kenya offered to host a summit. "
            "Egypt urged Ethiopia to share data on the reservoir. Ethiopia has refused.")
    refusal = [e for e in events_of(text) if e.type == "REJECT"]
    assert refusal and refusal[0].target is not None and refusal[0].target.country == "EGY"
    assert "target-inferred" in refusal[0].context


def test_the_two_ministers_are_the_pair_named_just_before():
    text = ("Ethiopia and Egypt traded accusations over the dam all week. Ethiopia rejected Egypt's demands. "
            "Sudan's foreign minister phoned her Egyptian counterpart on Monday. "
            "The two ministers agreed to coordinate their positions.")
    agreed = [e for e in events_of(text) if e.type == "AGREE"]
    assert agreed and {agreed[0].source.country, agreed[0].target.country} == {"SDN", "EGY"}


def test_a_measure_taken_after_another_partys_act_is_aimed_at_it():
    events = coded("Pakistan put its air force on high alert after India's air strikes near the border.")
    assert ("MOBILIZE", "PAK", "IND") in events


def test_an_offer_to_mediate_between_two_countries_names_the_first_as_target():
    events = coded("Iran offered to mediate between Azerbaijan and Armenia on Tuesday.")
    assert ("AGREE", "IRN", "AZE") in events


def test_a_trade_cut_names_the_country_the_goods_come_from():
    events = coded("Egypt halted live cattle imports from Ethiopia on Monday.")
    assert ("SANCTION", "EGY", "ETH") in events


def test_the_drills_condemned_are_those_of_the_earlier_mention():
    text = ("China's military said on Monday it had completed three days of combat drills around Taiwan. "
            "Washington urged Beijing to show restraint. Taipei condemned the drills as irresponsible.")
    condemned = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert condemned and condemned[0].target is not None and condemned[0].target.country == "CHN"
    assert "target-inferred" in condemned[0].context


def test_a_refusal_answers_the_demand_before_it_even_without_an_addressee():
    text = ("Egypt and Sudan met in Cairo. Kenya offered to host a summit. "
            "Egypt is pressing for the talks to also cover the dam. Ethiopia has refused.")
    refusal = [e for e in events_of(text) if e.type == "REJECT"]
    assert refusal and refusal[0].target is not None and refusal[0].target.country == "EGY"
    assert "target-inferred" in refusal[0].context


def test_a_later_mention_of_a_coded_protest_is_not_a_second_protest():
    text = ("Thousands of Sudanese students marched through Khartoum on Saturday against Ethiopia's "
            "drone strikes. Police stood aside and the march ended peacefully near the river.")
    protests = [e for e in events_of(text, published="2025-03-16") if e.type == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].trigger.text == "marched"


def test_a_dated_mention_of_an_earlier_attack_is_the_same_attack():
    text = ("Ethiopian artillery shelled a Sudanese army post in al-Fashaga on Monday. "
            "Sudanese officials said seven soldiers were killed in Monday's attack on the post.")
    attacks = [e for e in events_of(text, published="2025-03-05") if e.type == "ASSAULT"]
    assert [e.trigger.text for e in attacks] == ["shelled"]


def test_an_attack_on_another_day_is_a_new_attack_even_when_definite():
    text = ("Ethiopian artillery shelled a Sudanese army post in al-Fashaga on Tuesday. "
            "Sudan called it revenge for Monday's attack on Ethiopian workers by Sudanese militiamen.")
    triggers = [e.trigger.text for e in events_of(text, published="2025-03-05") if e.type == "ASSAULT"]
    assert "shelled" in triggers and "attack" in triggers


def test_a_definite_event_noun_that_names_its_doer_is_news_not_a_mention():
    text = ("Ethiopia pulled its troops out of two border outposts on Wednesday. "
            "The withdrawal of Ethiopian troops from the remaining outposts is continuing, she said.")
    retreats = [e.trigger.text for e in events_of(text, published="2025-03-28") if e.type == "RETREAT"]
    assert "withdrawal" in retreats


def test_a_verb_told_of_a_definite_mention_is_not_a_new_attack():
    text = ("Ethiopian drones struck camps inside Sudan on Tuesday. "
            "Ethiopia says the strikes targeted fighters of an armed group.")
    triggers = [e.trigger.text for e in events_of(text, published="2025-03-12") if e.type == "ASSAULT"]
    assert "struck" in triggers and "targeted" not in triggers


def test_a_continued_withdrawal_keeps_the_target_of_its_first_report_flagged_inferred():
    text = ("Kenyan units have been pulled back from Somalia, an army spokesman said. "
            "The withdrawal of Kenyan troops from the last two hilltop camps will be completed by Friday.")
    retreats = [e for e in events_of(text, published="2025-04-02") if e.type == "RETREAT"]
    continued = [e for e in retreats if e.trigger.text == "withdrawal"]
    assert continued and continued[0].target is not None and continued[0].target.country == "SOM"
    assert "target-inferred" in continued[0].context


def test_a_withdrawal_with_no_earlier_targeted_withdrawal_gets_no_target_from_it():
    text = ("Kenya hosted regional talks on Monday. "
            "The withdrawal of Kenyan troops from the last two hilltop camps will be completed by Friday.")
    retreats = [e for e in events_of(text, published="2025-04-02") if e.type == "RETREAT"]
    assert all(e.target is None or e.target.country != "SOM" for e in retreats)


def test_a_mediator_named_before_led_is_not_the_party_to_the_talks():
    events = events_of("Serbia said it remained open to European Union-led talks on the border dispute.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks, "the talks are still coded"
    assert talks[0].type == "AGREE"   # being open to talks is an offer to negotiate (the corpus gold's convention)
    assert talks[0].source is not None and talks[0].source.country == "SRB"


def test_a_condemned_move_is_aimed_at_the_doer_of_the_act_reported_just_before():
    text = ("Ethiopia has begun the final stage of filling the reservoir behind its dam, the water ministry said. "
            "Egypt's foreign ministry condemned the move the same day.")
    accusations = [e for e in events_of(text, published="2025-03-02") if e.type == "ACCUSE"]
    assert accusations and accusations[0].source.country == "EGY"
    assert accusations[0].target is not None and accusations[0].target.country == "ETH"
    assert "target-inferred" in accusations[0].context


def test_a_condemned_move_takes_no_doer_from_the_responders_own_country():
    text = ("Egypt has moved two warships into the Red Sea, the navy said. "
            "Egypt's foreign ministry defended the move on Sunday and condemned the move by critics.")
    targets = [e.target.country for e in events_of(text, published="2025-03-02")
               if e.type == "ACCUSE" and e.target is not None]
    assert "EGY" not in targets


def test_a_passive_verb_coordinated_without_a_subject_answers_the_shared_subject():
    events = coded("Berlin's pledge of military aid, announced earlier this month, was welcomed by the "
                   "Ukrainian government.")
    assert ("SUPPORT", "UKR", "DEU") in events, "the welcome is aimed at whoever pledged"
    assert ("AGREE", "DEU", "UKR") in events, "the pledge is addressed to whoever welcomed it"


def test_whose_names_the_owner_of_an_attacked_thing_instead_of_the_place_country():
    events = events_of("Turkish drones struck the Kurdistan Workers' Party, whose bases in northern Iraq were "
                       "bombed by Turkish jets on Sunday.")
    bombed = [e for e in events if e.trigger.text == "bombed"]
    assert bombed and bombed[0].target is not None and bombed[0].target.sector == "REB"
    assert bombed[0].target.country != "IRQ" and "target-inferred" not in bombed[0].context


def test_an_attack_a_military_reaction_came_after_is_aimed_at_the_reacting_party():
    assert ("ASSAULT", "IRN", "ISR") in coded("Israel put its air defences on high alert after Iran's missile strikes.")
    assert ("ASSAULT", "CHN", "IND") in coded("Indian soldiers returned fire after Chinese troops opened fire first.")


def test_a_verbal_reaction_after_an_attack_does_not_make_the_speaker_its_target():
    events = coded("Germany condemned the killings after Russian strikes.")
    assert all(not (t == "ASSAULT" and target == "DEU") for t, _, target in events)


def test_an_offer_coordinated_with_meeting_someone_is_addressed_to_them():
    assert ("AGREE", "TUR", "SYR") in coded("Turkey's envoy saw Syria's president on Monday and offered to mediate.")


def test_an_offer_with_its_own_subject_takes_no_address_from_a_coordinated_object():
    events = coded("Russia moved tanks to the border and its president refused to negotiate.")
    assert all(target is None for t, _, target in events if t == "REJECT")


def test_a_doerless_event_between_two_parties_is_one_event_from_the_first_to_the_second():
    events = coded("A ceasefire between Armenia and Azerbaijan took effect on Friday.")
    assert events == [("RETREAT", "ARM", "AZE")]


def test_a_deployment_aimed_at_a_country_takes_it_as_target_even_through_the_speech_verb():
    assert ("MOBILIZE", "RUS", "TUR") in coded("Russia sent warships to Syria's Tartus port on Monday, officials said, "
                                               "in a show of force aimed at Turkey.")
    assert ("MOBILIZE", "CHN", "PHL") in coded("China deployed bombers to the South China Sea in a show of force "
                                               "directed at the Philippines.")


def test_the_agent_of_a_reduced_passive_is_its_source():
    events = coded("Poland welcomed the truce signed by Serbia and Kosovo on Thursday.")
    assert ("AGREE", "SRB", "XKX") in events


def test_the_parties_acting_under_an_agreement_signed_are_its_signatories():
    events = coded("Chile and Peru will share their fishing data from next year under a pact signed in Lima.")
    assert ("AGREE", "CHL", "PER") in events


def test_a_reduced_passive_with_no_agent_takes_no_source_from_the_noun_it_describes():
    events = coded("Poland welcomed the truce signed on Thursday.")
    assert all(source is None for t, source, _ in events if t == "AGREE")


def test_a_gerund_hung_on_the_accused_object_is_done_by_that_object():
    events = coded("France imposed sanctions on three commanders, accusing the Malian junta of attacking "
                   "protesters in Bamako.")
    assert any(t == "ASSAULT" and source == "MLI" for t, source, _ in events)


def test_an_offer_of_a_thing_after_talks_is_addressed_to_the_party_met():
    events = coded("Japan's foreign minister held talks with the Indonesian president in Jakarta on Monday and "
                   "offered Tokyo's help in rebuilding the port.")
    assert ("AGREE", "JPN", "IDN") in events


def test_an_appeal_after_calls_with_several_leaders_goes_to_each_of_them():
    events = coded("The Secretary-General had spoken with the leaders of Ghana, Togo and Benin and urged restraint.")
    urged = {target for t, _, target in events if t == "REQUEST"}
    assert {"GHA", "TGO", "BEN"} <= urged


def test_an_appeal_takes_no_address_from_a_target_only_inferred():
    events = events_of("Kenya and Somalia traded accusations over the border all week. Somalia recalled its "
                       "ambassador and has demanded an independent inquiry.")
    demands = [e for e in events if e.type == "REQUEST" and e.trigger.text == "demanded"]
    assert demands and all(e.target is None for e in demands)


def test_a_newest_first_live_blog_answers_a_denial_with_the_older_accusation_below_it():
    text = ("Live updates. All times GMT.\n\n"
            "18:10 GMT — Rwanda's government has denied that Rwandan troops shelled the border town of Bunagana.\n\n"
            "15:30 GMT — Congo's foreign ministry has condemned the shelling of Bunagana.\n\n"
            "11:05 GMT — Residents of Bunagana say shells fell on the market this morning.\n")
    denial = [e for e in events_of(text, published="2025-04-02") if e.type == "REJECT"]
    assert denial and denial[0].target is not None and denial[0].target.country == "COD"
    assert "target-inferred" in denial[0].context


def test_live_blog_order_is_read_oldest_first_only_when_stamps_run_backwards():
    import spacy

    from eventwire.extract.events.mentions import newest_first_entries

    make_doc = spacy.blank("en")   # newest_first_entries reads only the text
    assert len(newest_first_entries(make_doc("Intro.\n\n14:00 EAT — b.\n\n09:30 EAT — a.\n"))) == 2
    assert newest_first_entries(make_doc("Intro.\n\n09:30 EAT — a.\n\n14:00 EAT — b.\n")) == []
    assert newest_first_entries(make_doc("The meeting ran from 14:00 to 16:00 on Monday.")) == []


def test_a_demand_is_addressed_to_the_subject_of_its_reported_clause_not_to_its_object():
    events = coded("Hundreds of students marched in Dakar, demanding that the government expel French diplomats.")
    assert any(t == "REQUEST" and target == "SEN" for t, _, target in events)
    assert not any(t == "REQUEST" and target == "FRA" for t, _, target in events)


def test_a_reported_clause_parsed_with_a_noun_head_still_gives_its_subject():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwire.extract.events.targets import TargetFinder

    # "demanding that the government expel diplomats" as the parser sometimes reads it: "diplomats"
    # heads the clause and "expel" modifies it
    words = ["demanding", "that", "the", "government", "expel", "diplomats"]
    doc = Doc(Vocab(), words=words, heads=[0, 5, 3, 4, 5, 0], deps=["ROOT", "mark", "det", "nsubj", "amod", "ccomp"],
              pos=["VERB", "SCONJ", "DET", "NOUN", "VERB", "NOUN"])
    assert [t.text for t in TargetFinder.reported_subjects(doc[5])] == ["government"]
    assert TargetFinder.reported_subjects(doc[0]) == []


def test_a_text_that_commits_two_parties_makes_them_the_two_sides():
    events = coded("A draft accord would commit Serbia and Croatia to a joint border commission.")
    assert ("AGREE", "SRB", "HRV") in events


def test_an_unresolved_person_subject_does_not_hand_the_event_to_its_objects():
    events = coded("The UN chief had spoken with the leaders of Ghana and Togo on Monday.")
    assert all(source != "GHA" for t, source, _ in events if t == "CONSULT")


def test_a_by_agent_hung_on_the_attacked_object_is_the_doer_and_left_dead_counts_the_killed():
    events = events_of("The bombing of a crowded bus station in Quetta by Pakistani militants on Friday "
                       "left nine people dead.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].source is not None and attacks[0].source.country == "PAK"
    assert attacks[0].fatalities == 9


def test_a_reported_relative_clause_gives_its_dead_to_the_attack_told_before():
    events = events_of("Turkish drones struck Kurdish positions in northern Iraq on Monday. Iraq summoned the "
                       "Turkish ambassador in protest at the strikes, which Iraqi officials say killed six people.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [(a.trigger.text, a.fatalities) for a in attacks] == [("struck", 6)]


def test_a_verb_hung_on_a_that_clause_with_no_actor_takes_the_governing_subject():
    events = coded("Serbia acknowledged that two border posts belong to Croatia and agreed to hand them over.")
    # agreeing to hand over is coded as the handover itself (an agreement to yield, sixteenth pass)
    assert any(t == "RETREAT" and source == "SRB" for t, source, _ in events)


def test_talks_an_agreement_came_after_were_held_by_its_parties():
    events = coded("Armenia and Azerbaijan agreed to reopen the border crossing after five days of talks in Geneva.")
    assert ("CONSULT", "ARM", "AZE") in events
    # one party alone: the talks' other side is not named, so no talks are made up
    assert not any(t == "CONSULT" for t, _, _ in coded("Kenya agreed to a ceasefire after talks."))


def test_a_past_attack_under_a_future_verb_is_not_flagged_future():
    events = events_of("A joint commission will investigate the raid that killed four Malian farmers.")
    raids = [e for e in events if e.type == "ASSAULT"]
    assert raids and raids[0].fatalities == 4
    assert "future" not in raids[0].context


def test_coordinated_nationalities_in_a_between_phrase_are_two_parties():
    events = coded("Clashes between Thai and Cambodian soldiers broke out near the border temple on Monday.")
    assert ("ASSAULT", "THA", "KHM") in events
    assert not any(t == "ASSAULT" and source is None for t, source, _ in events)


def test_a_host_meets_the_parties_of_the_talks_it_hosted():
    events = events_of("Qatar hosted indirect talks between American and Iranian officials in Doha on Sunday.")
    hosted = {(e.source.country, e.target.country) for e in events if e.trigger.text == "hosted" and e.target}
    assert hosted == {("QAT", "USA"), ("QAT", "IRN")}


def test_talks_hosted_with_no_parties_named_are_those_of_the_latest_joint_act_and_inferred():
    events = events_of("Armenia and Azerbaijan agreed on a border commission on Monday. "
                       "Georgia, which hosted the last round of talks, praised both delegations.")
    hosted = [e for e in events if e.trigger.text == "hosted"]
    assert {e.target.country for e in hosted} == {"ARM", "AZE"}
    assert all("target-inferred" in e.context for e in hosted)
    # a meeting with no parties anywhere keeps no target rather than the host alone
    [summit] = [e for e in events_of("Kenya hosted a summit on Friday.") if e.trigger.text == "hosted"]
    assert summit.target is None


def test_a_participle_the_parser_hangs_on_a_place_is_done_by_the_marchers():
    events = events_of("Witnesses said that hundreds of people marched through Khartoum demanding civilian rule.")
    [demand] = [e for e in events if e.type == "REQUEST"]
    assert (demand.source.country, demand.source.sector) == ("SDN", "CVL")
    # the demand a protest voices goes to whom the protest is against, flagged as inferred
    assert (demand.target.country, demand.target.sector) == ("SDN", "GOV")
    assert "target-inferred" in demand.context


def test_a_protest_at_a_foreign_site_or_against_a_foreign_act_targets_that_country():
    assert ("PROTEST", "NER", "FRA") in coded("Thousands of demonstrators rallied outside the French base in Niamey.")
    assert ("PROTEST", "SDN", "ETH") in coded(
        "Thousands of people marched through Khartoum on Saturday to denounce the Ethiopian drone strikes.")
    # a domestic protest with no foreign party keeps its own government
    assert ("PROTEST", "KEN", "KEN") in coded("Thousands of Kenyans protested in Nairobi on Monday against the tax bill.")


def test_both_sides_of_one_countrys_war_are_its_army_and_the_armed_group():
    events = events_of("Sudan's army-aligned government accused the RSF of looting aid. "
                       "The United States urged both parties to return to the negotiating table.")
    urged = {e.target.code for e in events if e.type == "REQUEST" and e.target}
    assert urged == {"SDNMIL", "SDNREB"}


def test_an_untargeted_attack_by_one_side_of_a_two_country_dispute_is_aimed_at_the_other():
    text = ("Sudan accused Ethiopia of shelling its border posts on Monday. Ethiopia rejected the charge. "
            "Sudan's army said Ethiopian troops had crossed the border. "
            "Sudanese troops returned fire on Tuesday.")
    # the rules' target, before the keeper (which finds the inferred target too unsure to keep)
    [fire] = [e for e in events_without(("keep_events",), text) if e.trigger.text == "returned"]
    assert (fire.target.country, fire.target.sector) == ("ETH", "MIL")
    assert "target-inferred" in fire.context
    # with no dispute in the article the attack keeps no target
    [alone] = [e for e in events_of("Sudan's army said its forces returned fire.") if e.trigger.text == "returned"]
    assert alone.target is None


def test_aid_with_no_recipient_goes_to_the_country_where_it_is_given():
    [aid] = [e for e in events_of("Kuwaiti charities shipped blankets and tents to flood victims in Pakistan.")
             if e.type == "AID"]
    assert aid.target.country == "PAK"
    assert "target-inferred" in aid.context
    # aid given at home names no foreign recipient
    home = [e for e in events_of("Kenya's government distributed food to flood victims in Nairobi.") if e.type == "AID"]
    assert all(e.target is None or e.target.country == "KEN" for e in home)


def test_coordinated_nationalities_on_an_object_give_one_target_each():
    events = events_of("Yemeni rebels fired missiles at Danish and Norwegian frigates in the Red Sea.")
    fired = {e.target.country for e in events if e.type == "ASSAULT" and e.target}
    assert fired == {"DNK", "NOR"}
    met = {e.target.country for e in events_of("Oman's foreign minister met Saudi and Iranian officials in Muscat.")
           if e.type == "CONSULT" and e.target}
    assert met == {"SAU", "IRN"}


def test_a_protest_against_a_pact_whose_parties_are_unnamed_has_no_target():
    [march] = [e for e in events_of("Hundreds of people marched in Nairobi on Friday against the deal.")
               if e.type == "PROTEST"]
    assert march.source.country == "KEN"
    assert march.target is None
    # a domestic law is still aimed at the protesters' own government
    assert ("PROTEST", "KEN", "KEN") in coded("Thousands of Kenyans marched in Nairobi against the new law.")


def test_a_bare_both_subject_is_the_two_parties_just_named():
    events = events_of("Kenya's foreign minister said he had spoken by phone with his Ugandan counterpart "
                       "on Friday and that both agreed the border must stay open.")
    [agreed] = [e for e in events if e.trigger.text == "agreed"]
    assert (agreed.source.country, agreed.target.country) == ("KEN", "UGA")


def test_a_pact_named_by_a_place_or_year_is_a_reference_not_a_new_agreement():
    referred = coded("Sudan's foreign ministry called the shelling a grave violation of the Addis Ababa agreement.")
    assert all(t != "AGREE" for t, _, _ in referred)
    dated = coded("Egypt insisted on the 2015 Declaration of Principles.")
    assert all(t != "AGREE" for t, _, _ in dated)
    signed = coded("Sudan and Ethiopia signed the Jeddah accord on Friday.")
    assert ("AGREE", "SDN", "ETH") in signed, "a named pact being signed is still an agreement"
    with_party = coded("Venezuela's government pledged to hold elections under a deal with the opposition.")
    assert any(t == "AGREE" for t, _, _ in with_party)


def test_the_one_who_wants_both_sides_to_act_is_not_a_side():
    events = coded("Egypt's president met Kenya's president in Cairo. Sudanese and Ethiopian troops clashed "
                   "on the border. Egypt wants both sides to return to talks.")
    returns = [(s, t) for kind, s, t in events if kind == "CONSULT" and "KEN" not in (s, t)]
    assert len(returns) == 1 and set(returns[0]) == {"SDN", "ETH"}, "Egypt asks; it is not a side"


def test_a_party_named_inside_an_object_that_is_no_actor_is_the_target():
    events = coded("Austria did not veto the launch of membership negotiations with Moldova.")
    assert ("REJECT", "AUT", "MDA") in events


def test_a_passive_patient_that_is_no_actor_gives_the_party_inside_it():
    assert ("SANCTION", "LTU", "BLR") in coded("Exports of fertiliser to Belarus were banned by Lithuania on Friday.")


def test_two_parties_inside_an_object_give_no_target():
    events = coded("Poland did not veto the opening of accession talks with Moldova and Georgia.")
    assert [(s, t) for kind, s, t in events if kind == "REJECT"] == [("POL", None)]


def test_a_place_inside_an_object_is_not_a_target():
    events = coded("Russia vetoed the reconstruction of Mariupol.")
    assert [(s, t) for kind, s, t in events if kind == "REJECT"] == [("RUS", None)]


def test_the_sources_own_object_is_passed_over_for_the_party_after_it():
    events = coded("Japan agreed to withdraw its objection to India's bid to host the summit.")
    # agreeing to drop an objection is the concession itself (sixteenth pass), aimed past the source's own object
    assert ("CONCEDE", "JPN", "IND") in events


def test_a_pact_an_act_is_done_under_names_its_party():
    events = events_of("Bolivia's government pledged to hold a referendum next spring under an agreement with the opposition.")
    assert any(e.type == "AGREE" and e.source and e.source.code == "BOLGOV" and e.target
               and e.target.code == "BOLOPP" for e in events)


def test_coordinated_countries_moving_troops_each_move_their_own():
    events = coded("Thailand and Cambodia disengaged troops from the disputed temple area on Monday.")
    assert ("RETREAT", "THA", "KHM") in events and ("RETREAT", "KHM", "THA") in events
    assert all(s != t for _, s, t in events)
    massed = events_of("Russia and Belarus massed troops near the border.")
    assert sorted(e.source.code for e in massed if e.type == "MOBILIZE") == ["BLRMIL", "RUSMIL"]


def test_a_conceded_belong_to_clause_names_the_owner_as_target():
    assert ("CONCEDE", "SRB", "MNE") in coded("Serbia conceded that the monastery lands belong to Montenegro.")


# Sixteenth pass (docs/events.md rule 26): sentences written for these tests, not taken from the gold.

def test_who_joins_sanctions_is_their_source_not_the_bloc_named_on_them():
    events = coded("Spain has joined Western sanctions on Iran, a minister said.")
    assert ("SANCTION", "ESP", "IRN") in events
    assert all(source != "WST" for _, source, _ in events)


def test_coordinated_givers_of_a_proposal_are_not_each_others_target():
    events = coded("Norwegian and Swiss envoys presented a new peace proposal to both sides on Friday.")
    assert ("AGREE", "NOR", None) in events and ("AGREE", "CHE", None) in events
    assert ("AGREE", "NOR", "CHE") not in events


def test_coordinated_subjects_of_an_agreement_still_face_each_other():
    # agreeing to reopen a border is the reopening itself (sixteenth pass), still one event between the two;
    # a reopened border is a closure lifted, CONCEDE (twenty-seventh pass, as 11 of the 12 gold reopenings)
    assert ("CONCEDE", "ETH", "KEN") in coded("Ethiopia and Kenya agreed on Monday to reopen the border.")


def test_a_protest_against_a_war_takes_no_place_as_its_target():
    events = coded("Hundreds of students rallied at Oxford University against the war in Sudan.")
    assert [t for t, _, _ in events] == ["PROTEST"]
    assert events[0][2] is None


def test_an_offer_to_cooperate_with_an_inquiry_gets_no_counterpart_from_the_rules():
    text = ("Sudan accused Ethiopia of shelling a border village. Ethiopia denied the charge on Tuesday. "
            "Sudan recalled its ambassador from Ethiopia. Ethiopia said it was ready to cooperate with any inquiry.")
    rules = [(e.type, e.source.country, e.target) for e in events_without(("fill_sides", "keep_events"), text, "2025-03-26")
             if e.type == "AGREE"]
    assert rules == [("AGREE", "ETH", None)]
    # Since the twelfth pass the learned filler (trained on articles2-22) guesses Sudan here, the
    # accuser of the exchange; a guessed side is always flagged so users can tell it from a parsed one
    shipped = [e for e in events_of(text, "2025-03-26") if e.type == "AGREE"]
    assert all(e.target is None or "target-inferred" in e.context for e in shipped)


def test_a_flag_names_the_owner_of_a_seized_ship():
    assert coded("Iran seized a Liberian-flagged tanker in the Strait of Hormuz.") == [("COERCE", "IRN", "LBR")]


def test_a_weapon_fired_is_never_the_target_of_the_attack():
    events = coded("Russia fired Iranian-made drones at Odesa overnight.")
    assert events and all(target != "IRN" for t, _, target in events if t == "ASSAULT")


def test_a_threat_is_aimed_at_the_party_its_condition_names():
    events = coded("North Korea warned it would respond unless the United States halted the drills.")
    assert ("THREATEN", "PRK", "USA") in events


def test_the_act_a_sanction_is_over_was_done_by_the_sanctioned():
    events = coded("Washington imposed sanctions on Nicaraguan officials over the repression of protesters.")
    assert ("SANCTION", "USA", "NIC") in events
    assert any(t in ("COERCE", "ASSAULT") and source == "NIC" for t, source, _ in events)


def test_a_condemned_act_named_by_the_same_word_as_an_earlier_event_is_that_events_doers():
    text = "Yemen's Houthis launched a ballistic missile at Israel on Sunday. France and Germany condemned the launch as reckless."
    responses = [e for e in coded(text) if e[0] == "ACCUSE"]
    assert responses and all(target == "YEM" for _, _, target in responses)


def test_aid_counted_in_money_is_given_by_the_announcing_subject():
    assert ("AID", "CAN", "SDN") in coded("Canada announced $20 million in emergency aid for Sudan.")
    assert all(t != "CONSULT" or source is None
               for t, source, _ in coded("The World Bank announced two rounds of talks."))


# --- roles on unseen news (rule 28) -----------------------------------------------------------

def test_a_condemned_noun_takes_the_doer_of_its_earlier_mention():
    events = events_of("State media said Iran's Revolutionary Guards had supervised the test on Friday. "
                       "Britain and Germany criticised the test as destabilising.")
    criticisms = [e for e in events if e.trigger.text == "criticised"]
    assert {(e.source.country, e.target.country if e.target else None) for e in criticisms} == {
        ("GBR", "IRN"), ("DEU", "IRN")}
    assert all("target-inferred" in e.context for e in criticisms)


def test_a_backed_actor_noun_is_not_read_as_an_earlier_act():
    events = events_of("Tuareg rebels captured the town of Kidal on Tuesday. "
                       "Bamako accused Algeria of sending weapons to back the rebels.")
    # the gold (ar2-002) codes the sending as AID to the rebels and the purpose "to back" not at all
    assert not [e for e in events if e.trigger.text == "back"]
    sending = [e for e in events if e.trigger.text == "sending"]
    assert sending and all(e.type == "AID" and e.target is not None and e.target.sector == "REB" for e in sending)


def test_officials_from_two_capitals_who_meet_are_the_meetings_two_sides():
    events = coded("Negotiators from Yerevan and Baku will meet in Almaty next week.")
    assert ("CONSULT", "ARM", "AZE") in events


def test_a_reported_clause_subject_of_a_named_country_does_the_second_act_not_the_speaker():
    events = events_of("The Vietnamese navy said that Chinese maritime militia personnel rammed and boarded "
                       "a fishing boat near the Paracels on Sunday, injuring four fishermen.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.country == "CHN" for e in attacks)


def test_forces_a_pledger_promises_to_send_are_its_own_not_its_target():
    events = coded("Benin and Chad have promised to send troops and police to join the force.")
    pledges = [(s, t) for kind, s, t in events if kind == "AGREE"]
    assert ("BEN", "TCD") not in pledges and ("TCD", "TCD") not in pledges
    assert {s for s, _ in pledges} == {"BEN", "TCD"}


def test_a_pledge_to_join_a_mission_is_made_to_the_country_it_serves():
    events = events_of("The African Union force in Somalia lost ten soldiers in an ambush last week. "
                       "Burundi and Uganda have promised to deploy more troops to reinforce the force.")
    pledges = [e for e in events if e.type == "AGREE"]
    assert {(e.source.country, e.target.country) for e in pledges} == {("BDI", "SOM"), ("UGA", "SOM")}
    assert all("target-inferred" in e.context for e in pledges)


def test_agreeing_to_send_a_joint_team_is_still_an_agreement_between_the_two():
    assert ("AGREE", "EGY", "SDN") in coded("Egypt and Sudan agreed to send a joint team to the dam site.")


def test_a_rejected_account_is_the_latest_account_of_another_country():
    events = coded("Thailand's army said on Monday that Cambodian troops had fired first near the temple. "
                   "A Thai general said two soldiers were hurt. "
                   "Cambodia's defence ministry rejected the account.")
    assert ("REJECT", "KHM", "THA") in events


def test_a_numbered_collective_is_the_list_of_that_many_countries_named_before():
    events = coded("The European Union on Monday urged the governments of Estonia, Latvia and Lithuania to "
                   "delay the vote. The three governments announced that they were going ahead, accusing "
                   "Moscow of meddling.")
    accusers = {s for t, s, tg in events if t == "ACCUSE" and tg == "RUS"}
    assert accusers == {"EST", "LVA", "LTU"}


def test_a_call_for_calm_after_violence_is_addressed_to_the_violent_acts_parties():
    events = events_of("Security forces fired live rounds at students marching in Colombo on Friday. "
                       "The United Nations said it deplored the bloodshed and called for calm.")
    calls = [e for e in events if e.type == "REQUEST"]
    assert calls and calls[0].target is not None and calls[0].target.country == "LKA"
    assert "target-inferred" in calls[0].context


def test_restraint_urged_with_no_violence_referred_to_keeps_no_target():
    events = events_of("Soldiers of Armenia and Azerbaijan exchanged fire along the border on Monday. "
                       "Russia and France both urged restraint.")
    calls = [e for e in events if e.type == "REQUEST"]
    assert len(calls) == 2 and all(e.target is None for e in calls)


def test_a_threat_of_force_with_no_target_answers_the_latest_attack_on_the_threatener():
    events = events_of("Fighters of the Arakan Army launched an offensive against government bases in Rakhine "
                       "on Friday. Myanmar's military said on Sunday it would respond with air strikes.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].target is not None and threats[0].target.country == "MMR"
    assert threats[0].target.sector == "REB"
    assert "target-inferred" in threats[0].context


def test_a_vow_to_retaliate_naming_no_means_keeps_no_target():
    events = events_of("Turkish jets bombed positions of Kurdish fighters in northern Iraq. "
                       "A spokesman for the group vowed that it would retaliate.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.target is None for e in threats)


def test_a_threatened_act_carried_out_by_the_threateners_own_army_is_aimed_at_the_latest_attacker():
    events = events_of("Azerbaijani troops shelled Armenian positions overnight. Armenia's prime minister "
                       "warned that the army would strike back if the shelling continued.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].target is not None and threats[0].target.country == "AZE"
    assert "target-inferred" in threats[0].context


def test_the_homeland_a_state_vows_to_defend_is_not_its_threats_target():
    events = events_of("Venezuela's defence minister said the armed forces were ready to defend the nation "
                       "against any aggression.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and all(e.target is None or e.target.country != "VEN" for e in threats)


def test_an_army_warning_its_own_government_keeps_that_government_as_target():
    events = events_of("Sudan's army chief warned the government against cutting the defence budget.")
    assert ("THREATEN", "SDN", "SDN") in [(e.type, e.source.country if e.source else None,
                                          e.target.country if e.target else None) for e in events]


def test_an_offer_to_send_a_team_to_a_foreign_city_is_made_to_that_country():
    assert ("AGREE", "IND", "NPL") in coded("India agreed to send a relief team to Kathmandu after the earthquake.")


def test_a_visit_to_a_foreign_city_is_a_consultation_with_that_country():
    events = coded("Greek Prime Minister Kyriakos Mitsotakis began a two-day visit to Izmir on Thursday.")
    assert ("CONSULT", "GRC", "TUR") in events


def test_a_trip_to_a_city_of_the_travellers_own_country_has_no_foreign_target():
    events = coded("The German chancellor cut short her trip to Munich.")
    assert all(t is None or t == "DEU" for _, _, t in events)


def test_force_used_in_response_with_no_target_answers_the_attack_on_the_same_actor():
    events = events_of("Kenyan protesters attacked Ugandan border guards with stones on Sunday, "
                       "and the guards fired tear gas.")
    fired = [e for e in events if e.trigger.text == "fired"]
    assert fired and fired[0].target is not None and fired[0].target.country == "KEN"
    assert "target-inferred" in fired[0].context


def test_force_does_not_answer_an_attack_on_another_actor_of_its_country():
    events = events_of("Kenyan protesters attacked Ugandan traders with stones on Sunday, "
                       "and Ugandan soldiers fired tear gas.")
    fired = [e for e in events if e.trigger.text == "fired"]
    assert fired and all(e.target is None or e.target.country != "KEN" for e in fired)


# --- twenty-first roles pass: borrowed sources, "all sides", seized goods -------------------------

def test_a_counted_phrase_split_into_countries_of_the_previous_sentence_is_flagged_source_inferred():
    events = events_of("Leaders from Sudan, Chad and Libya met in Benghazi on Friday. The three juntas said on "
                       "Saturday that they were leaving the regional bloc, blaming France for meddling in their affairs.")
    blames = [e for e in events if e.trigger.text == "blaming"]
    assert {e.source.country for e in blames if e.source} == {"SDN", "TCD", "LBY"}
    assert all("source-inferred" in e.context for e in blames)


def test_a_quote_speaker_named_only_in_a_later_sentence_is_flagged_source_inferred():
    events = events_of("\"We signed the accord with the rebels in good faith. Now they must disarm,\" Colombia's "
                       "defence minister Ivan Velasquez told reporters on Monday.")
    signed = [e for e in events if e.trigger.text == "signed"]
    assert signed and signed[0].source is not None and signed[0].source.country == "COL"
    assert "source-inferred" in signed[0].context


def test_sources_named_or_resolved_in_their_own_sentence_are_not_flagged():
    events = events_of("Armenia's foreign minister met his Azerbaijani counterpart in Almaty on Friday. "
                       "Both sides agreed to continue the talks. Armenia accused Azerbaijan of shelling its "
                       "villages. It said the attacks had killed two people.")
    assert events and all("source-inferred" not in e.context for e in events)


def test_all_parties_in_one_countrys_war_are_its_two_sides():
    events = coded("Nepal's army clashed with Maoist rebels in the west on Monday. "
                   "The Red Cross urged all parties to spare civilians.")
    urged = [(s, t) for ty, s, t in events if ty == "REQUEST"]
    assert len(urged) == 2 and {t for _, t in urged} == {"NPL"}


def test_all_parties_between_two_countries_are_not_split_in_two():
    events = events_of("Ethiopia and Eritrea traded accusations on Monday. "
                       "The UN envoy urged all parties to show restraint.")
    urged = [e for e in events if e.type == "REQUEST"]
    assert len(urged) <= 1


def test_seized_goods_take_their_owner_as_target():
    events = events_of("Indian troops detained three Pakistani soldiers and seized their weapons on Monday.")
    seized = [e for e in events if e.trigger.text == "seized"]
    assert seized and seized[0].target is not None and seized[0].target.country == "PAK"


def test_goods_seized_in_a_raid_belong_to_the_raided_party_not_the_public():
    events = events_of("Kenyan police raided the offices of the opposition party and seized computers.")
    seized = [e for e in events if e.trigger.text == "seized"]
    assert seized and seized[0].target is not None and seized[0].target.sector == "OPP"


def test_goods_seized_from_no_named_owner_have_no_target():
    events = events_of("Israeli forces seized a boat carrying activists bound for Gaza.")
    seized = [e for e in events if e.trigger.text == "seized"]
    assert seized and seized[0].target is None


FISHING_DISPUTE = ("Chile and Peru have argued for months over fishing rights off their shared coast. "
                   "Peru's navy detained two Chilean trawlers last week. "
                   "Chile's foreign ministry said the detentions broke a 2014 ruling. "
                   "On Monday Chile's government threatened to retaliate. ")
CHILEAN_HOME_NEWS = " ".join([
    "Chile's congress debated a pension bill on Tuesday.",
    "Chilean unions held a rally in Santiago over wages.",
    "Chile's central bank kept rates steady.",
    "Chilean miners said copper output rose in May.",
    "Chile's health ministry opened two hospitals.",
    "Chile's senate passed a budget amendment.",
    "Later Chile's labour minister threatened to resign over the pension bill."])


def test_an_untargeted_act_near_the_dispute_is_aimed_at_the_other_country():
    threats = [e for e in events_of(FISHING_DISPUTE) if e.type == "THREATEN"]
    assert [(e.source.country, e.target.country) for e in threats] == [("CHL", "PER")]
    assert "target-inferred" in threats[0].context


def test_an_untargeted_act_in_a_domestic_passage_far_from_the_dispute_gets_no_counterpart():
    # before the keeper's cut, which may drop the untargeted threat (keep_model.py)
    threats = [e for e in events_without(("keep_events",), FISHING_DISPUTE + CHILEAN_HOME_NEWS) if e.type == "THREATEN"]
    assert [e.trigger.start for e in threats] == sorted(e.trigger.start for e in threats)
    assert threats[0].target is not None and threats[0].target.country == "PER"
    assert threats[-1].source.country == "CHL" and threats[-1].target is None


def test_the_named_country_of_an_absolute_with_clause_does_its_act():
    events = coded("The council was split over Libya, with Egypt backing the eastern commander.")
    assert [(t, s) for t, s, _ in events if t == "SUPPORT"] == [("SUPPORT", "EGY")]


def test_an_untargeted_act_whose_sentence_names_a_third_country_gets_no_counterpart():
    dispute = ("Chile and Peru have argued for months over fishing rights off their shared coast. "
               "Peru's navy detained two Chilean trawlers last week. "
               "Chile's foreign ministry said the detentions broke a 2014 ruling. "
               "Peru's fishing fleet has grown fast since 2020. ")
    # before the keeper's cut, which may drop the untargeted threat (keep_model.py)
    plain = [e for e in events_without(("keep_events",), dispute + "On Monday Chile's government threatened to retaliate.")
             if e.type == "THREATEN"]
    assert [(e.source.country, e.target.country) for e in plain] == [("CHL", "PER")]
    third = [e for e in events_without(("keep_events",), dispute + "On Monday, as Ecuador's navy watched the coast, "
                                       "Chile's government threatened to retaliate.") if e.type == "THREATEN"]
    assert [(e.source.country, e.target) for e in third] == [("CHL", None)]


def test_a_person_named_by_a_relation_to_another_is_not_that_others_side():
    """"Zelensky critic Oleg Tsarev": the name before "critic" is the other person, not the target."""
    welcomed = [e for e in events_of("Moscow welcomed Zelensky critic Oleg Tsarev to the Kremlin on Monday.")
                if e.type == "SUPPORT"]
    assert welcomed and welcomed[0].source.country == "RUS"
    assert welcomed[0].target is None


def test_a_nationality_before_a_named_person_still_gives_his_country():
    assert ("SUPPORT", "DEU", "RUS") in coded("Germany welcomed Russian dissident Ilya Yashin on Monday.")


def test_a_possessive_pointing_forward_takes_no_actor_from_earlier_sentences():
    """"Despite their protests, ...": no one named before "their", so no protester, and no crowd or
    government filled in from the place of the sentence."""
    text = ("The broadcaster is funded by the Kremlin and follows its line. Despite their protests, the "
            "presenters in London take orders from Moscow.")
    assert all(t != "PROTEST" for t, _, _ in coded(text))


def test_a_possessive_pointing_forward_to_named_parties_keeps_them():
    assert ("AGREE", "RUS", "CHN") in coded("Despite their differences, Russia and China signed a gas deal on Friday.")


def test_the_body_a_complaint_is_lodged_with_is_not_its_target():
    events = coded("Kenya lodged a complaint with the African Union against Uganda.")
    assert ("ACCUSE", "KEN", "UGA") in events
    assert all(target != "AFR" for _, _, target in events)


def test_a_complaint_lodged_with_a_blocs_secretariat_accuses_no_bloc():
    events = events_of("Vietnam said it would file a complaint with the secretariat of the Association of "
                       "Southeast Asian Nations over the move.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and all(e.target is None or e.target.sector != "IGO" for e in accusations)


# Role recall: sides standing in less common places (thirty-ninth pass).

def test_a_noun_events_path_preposition_hung_on_its_support_verb_still_names_the_target():
    assert ("AID", "JPN", "LKA") in coded("Japan announced new aid to Sri Lanka on Thursday.")


def test_a_visit_noun_whose_destination_hangs_on_its_by_agent_is_made_to_that_country():
    assert ("CONSULT", "BRA", "ARG") in coded("A visit by Brazil's president to Argentina was announced on Monday.")


def test_a_country_name_the_resolver_read_as_a_place_is_a_path_target_but_not_after_in():
    assert ("ACCUSE", "CAN", "IND") in coded("Canada launched an investigation into India over the killing of a "
                                              "Sikh activist.")
    [aid] = [e for e in events_of("Germany sent two air defence systems to Ukraine on Monday.") if e.type == "AID"]
    assert aid.target is not None and aid.target.code == "UKRGOV"


def test_the_subject_of_a_committing_verb_does_the_event_its_object_names():
    # the pledge itself is the event, as the gold codes it (seventeenth pass: the aid is its object, once)
    events = coded("Britain pledged military aid to Ukraine on Wednesday.")
    assert ("AGREE", "GBR", "UKR") in events and not any(t == "AID" for t, *_ in events)
    assert ("CONSULT", "IDN", "MYS") in coded("The Indonesian president paid a state visit to Malaysia on Thursday.")


def test_a_host_is_no_party_of_the_talks_between_others():
    events = events_of("Qatar hosted indirect talks between American and Iranian officials in Doha on Sunday.")
    talks = [(e.source.country, e.target.country) for e in events
             if e.trigger.text == "talks" and e.source and e.target]
    assert talks == [("USA", "IRN")]


def test_the_named_owner_of_a_decision_does_what_its_infinitive_says():
    assert ("SANCTION", "CHN", "AUS") in coded("China's decision to impose tariffs on Australian wine angered "
                                               "Canberra.")
    [seize] = [e for e in events_of("Any Chinese attempt to seize Taiwan by force could trigger a wider war.")
               if e.trigger.text == "seize"]
    assert seize.source is not None and seize.source.country == "CHN"


def test_an_unnamed_owner_of_a_decision_lends_no_source():
    events = coded("The junta's decision to expel the French ambassador was condemned by Paris.")
    assert all(not (s == "FRA" and typ in ("SANCTION", "COERCE")) for typ, s, _ in events)


def test_an_event_noun_counted_by_a_span_takes_the_support_verbs_subject():
    events = events_of("China's military said on Monday it had completed three days of combat drills around Taiwan.")
    [drills] = [e for e in events if e.trigger.text == "drills"]
    assert drills.source is not None and drills.source.country == "CHN"


def test_talks_held_in_a_foreign_capital_are_with_its_government():
    assert ("CONSULT", "TUR", "IRQ") in coded("Turkey's foreign minister held talks in Baghdad on Sunday.")
    assert ("CONSULT", "SYR", "SAU") in coded("Syria's foreign minister arrived in Riyadh on Tuesday for his first "
                                              "visit since 2011.")


def test_talks_in_the_sources_own_capital_or_a_bloc_seat_get_no_venue_target():
    assert coded("Kenya's president held talks in Nairobi on Sunday.") in ([], [("CONSULT", "KEN", None)])
    events = coded("Ukraine's foreign minister held talks in Brussels on Monday.")
    assert all(t != "BEL" for _, _, t in events)


def test_a_nationality_before_a_crew_noun_names_the_doer():
    events = events_of("The Philippine coast guard said Chinese vessels fired water cannon at its ships.")
    assert events and events[0].source is not None and events[0].source.code == "CHNMIL"
    assert events[0].target is not None and events[0].target.country == "PHL"


def test_a_headline_comma_list_of_two_countries_is_both_parties():
    assert ("AGREE", "CUB", "MEX") in coded("Cuba, Mexico sign energy deal")
    assert ("CONCEDE", "SEN", "GMB") in coded("Senegal, Gambia agree to reopen border")   # an agreed reopening


def test_talks_framing_a_clause_are_held_by_its_subject():
    assert ("CONSULT", "SWE", "TUR") in coded("After talks in Ankara, Sweden's foreign minister said Turkey had "
                                              "dropped its objections.")
    assert all(t != "CONSULT" for t, _, _ in coded("Moscow backed Beijing's position on Taiwan during the two "
                                                   "leaders' summit."))


def test_a_relative_clause_names_the_maker_of_what_is_answered():
    assert ("REJECT", "RUS", "MDA") in coded("Russia denied the charge, which Moldova made on Monday.")


def test_an_act_owned_by_a_country_is_that_countrys_even_with_an_uncoded_of_phrase():
    assert ("ACCUSE", "TUR", "GRC") in coded("Ankara launched a probe into Greece's handling of migrants.")


def test_a_protest_noun_whose_site_hangs_on_its_verb_is_against_the_sites_owner():
    assert ("PROTEST", "NER", "FRA") in coded("Protests erupted outside the French embassy in Niamey on Sunday.")


# Forty-first pass (real news): a domestic story that names another country only through an
# outlet or in passing is no two-country dispute; an untargeted act gets no invented target.
DOMESTIC_STORY = ("Seoul's appeals court upheld the prison term of the former minister on Friday. "
                  "The former minister was convicted of taking bribes from two builders, CNN reported. "
                  "His lawyers refused to attend the hearing. "
                  "Prosecutors in Seoul said they would seek a longer term. "
                  "South Korean media said the ruling party welcomed the verdict. "
                  "Opposition lawmakers in South Korea called the trial fair. "
                  "The minister resigned in March, CNN said. "
                  "A US diplomat who knew him declined to comment. "
                  "The minister refused to appear after the court decided to broadcast the ruling. "
                  "South Korean police said the minister had hidden cash at his home. "
                  "South Korea's justice ministry said he would serve his term in Seoul. "
                  "The ruling party in South Korea said it respected the court. "
                  "South Korean voters will elect a new parliament in 2020.")


def test_an_outlet_of_another_country_makes_no_counterpart_for_an_untargeted_act():
    found = coded(DOMESTIC_STORY, "2018-04-06")
    assert any(t == "REJECT" and source == "KOR" for t, source, _ in found)
    assert all(target != "USA" for _, _, target in found)


def test_a_two_country_dispute_still_gives_the_other_country_as_target():
    text = ("Egypt and Ethiopia traded charges over the dam on Monday. Egypt accused Ethiopia of filling "
            "the reservoir without a deal. Ethiopia said Egypt was blocking the talks. "
            "Egypt's foreign ministry summoned Ethiopia's envoy. Ethiopia has refused.")
    assert ("REJECT", "ETH", "EGY") in coded(text, "2024-06-05")


def test_two_coordinated_verbs_with_no_target_are_one_statement_per_source():
    from eventwire.pipeline import extract

    x = extract("China and Russia welcomed and supported the peace plan on Monday.", published="2024-05-08")
    assert sorted((e.type, e.source.code) for e in x.events) == [("SUPPORT", "CHNGOV"), ("SUPPORT", "RUSGOV")]
    endorsed = extract("The Kenyan government welcomed and endorsed the ceasefire proposal.", published="2024-05-08")
    assert [(e.type, e.source.code) for e in endorsed.events] == [("SUPPORT", "KENGOV")]


def test_a_guest_named_by_visiting_is_the_visits_source_and_the_host_its_target():
    events = coded("Iranian President Hassan Rouhani hosted a reception for visiting Turkish Foreign Minister "
                   "Mevlut Cavusoglu in Tehran.")
    assert ("CONSULT", "TUR", "IRN") in events
    assert ("CONSULT", "IRN", "TUR") not in events, "the host does not visit its guest"


def test_a_verb_that_governs_a_visiting_guest_takes_the_guest_as_its_object():
    events = coded("Putin met visiting Chinese President Xi Jinping in Moscow on Tuesday.")
    assert ("CONSULT", "RUS", "CHN") in events   # met
    assert ("CONSULT", "CHN", "RUS") in events   # the visit


def test_a_visit_with_its_own_subject_or_place_object_keeps_the_subject_as_visitor():
    assert ("CONSULT", "USA", "CHN") in coded("Trump is visiting China this week.")
    assert ("CONSULT", "USA", "CHN") in coded("After visiting China, Trump flew to Vietnam.")


def test_a_sum_of_money_is_never_the_target_of_a_fine():
    [event] = events_of("The European Commission fined Google 2.4 billion US dollars on Tuesday.")
    assert event.type == "SANCTION" and event.source is not None
    assert event.target is None or "dollars" not in event.target.text


def test_the_possessor_of_an_arrest_is_not_the_arrester():
    events = coded("The opposition condemned Navalny's arrest.")
    assert all(not (t == "COERCE" and s is not None) for t, s, _ in events)


def test_the_possessor_stays_the_doer_when_the_act_has_an_of_object():
    assert ("COERCE", "IRN", "GBR") in coded("Iran's arrest of two British nationals drew protests from London.")


def test_the_country_an_expulsion_is_from_is_the_expeller():
    assert ("SANCTION", "GBR", "RUS") in coded("The expulsions of Russian diplomats from Britain angered Moscow.")


def test_a_shared_title_split_at_and_still_names_the_subject():
    events = coded("Chinese State Councilor and Foreign Minister Wang Yi met with Russian Foreign Minister "
                   "Sergei Lavrov in Moscow on Thursday.")
    assert ("CONSULT", "CHN", "RUS") in events


def test_a_material_act_told_again_by_the_same_parties_is_one_event_with_the_later_count():
    from eventwire.pipeline import extract

    x = extract("Ethiopian troops shelled Sudanese army positions near Gallabat on Tuesday. Witnesses said the "
                "Ethiopian troops shelled Sudanese army positions for several hours, killing four soldiers.",
                published="2025-03-07")
    assert [(e.type, e.source.code, e.target.code, e.date.value, e.fatalities) for e in x.events] == [
        ("ASSAULT", "ETHMIL", "SDNMIL", "2025-03-04", 4)]


def test_an_act_said_to_happen_again_stays_a_second_event():
    from eventwire.pipeline import extract

    x = extract("Ethiopian troops shelled Sudanese army positions near Gallabat on Tuesday. Witnesses said the "
                "Ethiopian troops shelled Sudanese army positions again on Wednesday, killing four soldiers.",
                published="2025-03-07")
    assert [(e.date.value, e.fatalities) for e in x.events] == [("2025-03-04", None), ("2025-03-05", 4)]


def test_verbs_listed_after_a_scheduled_infinitive_share_its_subject():
    text = ("U.S. Secretary of State Madeleine Albright arrived in Nairobi on Tuesday. She was scheduled to lay "
            "flowers at the embassy, talk to Kenyan embassy guards and others who survived the blast and meet "
            "with President Daniel arap Moi before returning home.")
    consults = [(s, t) for kind, s, t in coded(text) if kind == "CONSULT"]
    assert consults.count(("USA", "KEN")) >= 3, "arrived, talk and meet are all the visitor's"
    assert all(source is not None for source, _ in consults)


def test_a_relative_clause_verb_keeps_its_own_subject():
    events = events_of("Police in Kenya arrested three men who attacked the police station and seized weapons.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.sector != "COP" for e in attacks), \
        "the attackers are the arrested men, not the police"


def test_the_subject_on_a_visit_makes_the_visit():
    events = coded("Speaking with the Moroccan foreign minister, the American senator, who is on a visit to "
                   "Morocco, praised the ties between the two countries.")
    assert ("CONSULT", "USA", "MAR") in events
    assert sum(1 for kind, source, _ in events if kind == "CONSULT" and source is None) == 0


def test_a_journey_fronted_with_on_is_made_by_the_clause_subject():
    assert ("CONSULT", "FRA", "EGY") in coded("On a visit to Cairo, the French foreign minister praised Egypt's role.")


def test_a_journey_commented_on_names_no_traveller():
    visits = [e for e in events_of("The Russian ministry commented on a visit to Syria.") if e.type == "CONSULT"]
    assert all(e.source is None or e.source.country != "RUS" for e in visits)


def test_the_object_judged_for_an_act_does_that_act():
    events = coded("Last month Chinese officials criticised the Philippines for holding joint naval drills "
                   "with Japan near the disputed shoal.")
    drills = [(s, t) for kind, s, t in events if kind == "MOBILIZE"]
    assert drills and all(s != "CHN" for s, _ in drills), "the drills are the criticised party's"
    assert ("PHL", "JPN") in drills


def test_the_object_pushed_into_an_act_does_that_act():
    events = coded("The Iraqi leader tried to frighten neighbouring Kuwaiti officials into backing him.")
    backing = [(s, t) for kind, s, t in events if kind == "SUPPORT"]
    assert backing and all(s != "IRQ" for s, _ in backing), "the frightened officials back him"


def test_a_participle_describing_a_noun_does_not_make_the_noun_its_doer():
    events = events_of("Baghdad promised to free Iranian sailors detained during the long war.")
    detentions = [e for e in events if e.trigger.text == "detained"]
    assert all(e.source is None or e.source.country != "IRN" for e in detentions), \
        "the sailors were detained; they did not detain anyone"


def test_backing_a_threat_does_not_make_the_backer_its_target():
    text = ("Britain and the United States held talks in London on Monday. The British prime minister met the "
            "American president. The president discussed the Iran crisis with the British minister, who backed "
            "his threat of force. The two leaders also spoke about trade between the United States and Britain.")
    threats = [(s, t) for kind, s, t in coded(text) if kind == "THREATEN"]
    assert all(t != "GBR" for _, t in threats), "a threat about the Iran crisis is not aimed at the ally"


def test_the_noun_a_participle_describes_is_its_target():
    events = events_of("Uganda will start taking in migrants expelled from Denmark next year.")
    expulsions = [e for e in events if e.trigger.text == "expelled"]
    assert expulsions, "the expulsion is coded"
    assert all(e.source is None or e.source.sector != "REF" for e in expulsions)
    assert all(e.target is not None and e.target.sector == "REF" for e in expulsions)


def test_an_attack_noun_does_not_take_the_place_of_another_act_as_target():
    events = events_of("Israeli and Egyptian envoys conferred in Cairo on Friday about an attack on a Gaza "
                       "hospital by unknown gunmen.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks, "the attack is coded"
    assert all(e.target is None or e.target.country != "EGY" for e in attacks), "Cairo is where they conferred"


def test_private_speakers_get_no_target_from_the_article_pair():
    text = ("Ethiopia and Sudan traded accusations over the border on Monday. Sudan accused Ethiopia of shelling "
            "its farms. Ethiopia rejected the claims. In Gedaref, many farmers denounced the rising price of fuel. "
            "Sudan said Ethiopia must withdraw.")
    # the rules' reading, before the keeper (which may drop a complaint nobody is the target of)
    complaints = [e for e in events_without(("keep_events",), text) if e.trigger.text == "denounced"]
    assert complaints, "the farmers' complaint is coded"
    assert all(e.target is None for e in complaints), "farmers complaining about prices address neither state"
    assert ("ACCUSE", "SDN", "ETH") in coded(text), "the states' own dispute keeps its sides"


def test_an_object_owned_by_an_unresolved_party_blocks_the_pair_guess():
    text = ("Ukraine and Russia signed a treaty. Russia and Ukraine agreed on borders. Russia has staunchly "
            "opposed the western alliance's expansion into Eastern Europe. Ukraine welcomed Russia's move.")
    # the rules' reading, before the keeper's cut (which may drop an opposition left with no aim)
    opposed = [e for e in events_without(("keep_events",), text) if e.trigger.text == "opposed"]
    assert opposed and all(e.target is None or e.target.country != "UKR" for e in opposed)


def test_a_hyphened_country_likeness_does_not_block_the_pair_guess():
    text = ("Ethiopia and Sudan traded accusations over the border on Monday. Sudan accused Ethiopia of shelling "
            "its farms. Ethiopia rejected the claims. Sudan warned of a wider Yemen-style conflict. Sudan said "
            "Ethiopia must withdraw.")
    warnings = [e for e in events_of(text) if e.trigger.text == "warned"]
    assert warnings and all(e.target is not None and e.target.country == "ETH" for e in warnings)


def test_a_protest_against_an_act_is_aimed_at_the_acts_doer_not_the_host_country():
    events = coded("About 800 ethnic Kurds marched through central Berlin, waving banners to protest "
                   "the shelling of Kurdish villages by Turkish troops.")
    protest = next(e for e in events if e[0] == "PROTEST")
    assert protest[2] == "TUR", "the protest is against the shelling's doer, not Germany"


def test_the_doer_hung_on_the_verb_is_the_doer_of_its_event_noun():
    events = events_of("Hundreds of Chechens rallied in Warsaw, waving flags to protest the killings of "
                       "Chechen villagers by Russian soldiers in the mountains.")
    killings = next(e for e in events if e.trigger.text == "killings")
    assert killings.source is not None and killings.source.code == "RUSMIL"
    rally = next(e for e in events if e.trigger.text == "rallied")
    assert rally.target is not None and rally.target.country == "RUS"


def test_participles_joined_by_and_share_one_agent():
    events = events_of("Divers found the remains of a French journalist kidnapped and later killed by "
                       "Islamic State militants.")
    kidnapped = next(e for e in events if e.trigger.text == "kidnapped")
    assert kidnapped.source is not None and kidnapped.source.text == "Islamic State militants"


def test_the_partner_named_in_an_apposition_is_whom_a_topic_was_discussed_with():
    events = coded("Chancellor Scholz discussed the gas crisis with his closest ally, French President "
                   "Emmanuel Macron.")
    assert ("CONSULT", "DEU", "FRA") in events


def test_the_topic_discussed_is_never_the_partner():
    [talks] = [e for e in events_of("The Kenyan president discussed the Somalia crisis with the visiting "
                                    "bankers.") if e.type == "CONSULT"]
    assert talks.target is None or "crisis" not in talks.target.text


def test_a_denial_answers_the_accusation_just_before_it():
    text = ("Kenya accused Uganda of moving troops onto Migingo island. "
            "Uganda denied the charge on Tuesday.")
    denial = next(e for e in events_of(text) if e.type == "REJECT")
    assert denial.target is not None and denial.target.country == "KEN"


def test_a_fronted_meeting_with_a_partner_is_held_by_the_clause_subject():
    events = coded("In a meeting with the Egyptian foreign minister on Sunday, Sudan's prime minister "
                   "said the dam talks would resume.")
    assert ("CONSULT", "SDN", "EGY") in events


def test_work_done_in_consultation_with_a_partner_is_the_subject_consulting():
    events = events_of("Kenyan officials drafted the new rules in consultation with Ugandan diplomats.")
    consultation = next(e for e in events if e.trigger.text == "consultation")
    assert consultation.source is not None and consultation.source.country == "KEN"
    assert consultation.target is not None and consultation.target.country == "UGA"


def test_a_passive_verb_lends_no_subject_to_a_partnership():
    events = events_of("The tour was organised in partnership with the Nigerian trade ministry.")
    partnership = [e for e in events if e.trigger.text == "partnership"]
    assert all(e.source is None or e.source.country != "NGA" for e in partnership)


def test_a_request_under_consideration_is_put_to_the_one_considering_it():
    events = events_of("The British government is considering Russia's request for consular access.")
    request = next(e for e in events if e.trigger.text == "request")
    assert request.source is not None and request.source.country == "RUS"
    assert request.target is not None and request.target.country == "GBR"


def test_a_country_weighing_its_own_request_is_not_its_target():
    events = events_of("Kenya will review its request for more aid.")
    for request in (e for e in events if e.trigger.text == "request"):
        assert request.target is None or request.target.country != "KEN"


def test_a_call_made_in_a_letter_is_addressed_to_its_recipient():
    events = coded("In a letter to Egypt's president, Ethiopia's prime minister urged restraint.")
    assert ("REQUEST", "ETH", "EGY") in events


def test_a_letter_to_a_newspaper_names_no_addressee():
    events = events_of("In a letter to the New York Times, Kenya's president called for calm.")
    call = next(e for e in events if e.type == "REQUEST")
    assert call.target is None or call.target.sector != "MED"


def test_talks_between_the_two_countries_are_held_by_the_two_named_in_the_sentence():
    events = events_of("Officials in Hanoi said Cambodia hopes to revive the frozen talks between the two countries.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert len(talks) == 1
    assert {talks[0].source.country, talks[0].target.country} == {"VNM", "KHM"}


def test_talks_between_the_two_countries_take_no_pair_from_a_sentence_naming_three():
    events = events_of("Brazil said Chile and Peru should end the long pause in talks between the two countries.")
    for talks in (e for e in events if e.trigger.text == "talks"):
        assert talks.source is None or talks.source.country != "BRA"
        assert talks.target is None or talks.target.country != "BRA"


def test_a_purpose_clause_is_done_by_the_subject_of_its_verb():
    events = events_of("Hundreds of Kenyan police officers arrived in the capital to protect Haiti's airport.")
    protect = next(e for e in events if e.trigger.text == "protect")
    assert protect.source is not None and protect.source.country == "KEN"


def test_a_purpose_clause_of_a_passive_verb_takes_no_doer_from_its_subject():
    events = events_of("The meeting was held in Geneva to support Sudan's transition.")
    for support in (e for e in events if e.trigger.text == "support"):
        assert support.source is None


def test_an_empty_subject_lends_no_doer_to_a_purpose_clause():
    events = events_of("It took the mediators four weeks to persuade Armenia to sign.")
    for persuade in (e for e in events if e.trigger.text == "persuade"):
        assert persuade.source is None or persuade.source.country != "ARM"


def test_a_party_named_before_a_purpose_clause_keeps_the_subject_from_doing_it():
    events = events_of("Kenya's president gave the Somali officials ten days to withdraw their troops.")
    for withdraw in (e for e in events if e.trigger.text == "withdraw"):
        assert withdraw.source is None or withdraw.source.country != "KEN"
