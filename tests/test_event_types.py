"""Which events are coded, and as which type, in clauses that full news articles are made of:
protest messages, accepted facts, assessed threats, idle "stand by", guarding
one's own, restated measures, agreement terms, refusals to comment, and the light-verb senses of
moving forces, delivering convoys, giving access and convoys arriving. Each rule is tested with a
control sentence that must still be coded."""
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
