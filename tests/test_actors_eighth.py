"""Eighth issue-5 pass: the sides of a war asked by an outside party, negotiating delegations,
and first-person words inside a quotation -- through ``collective_parties``, ``actor_for_span``
and the mention list."""
from __future__ import annotations

from conftest import mention_actors
from eventwire.extract.actors.component import collective_parties, find_quotations
from eventwire.extract.actors.resolve import actor_for_span

SUDAN_WAR = "Sudan's army accused the RSF of looting aid convoys. "


def parsed(nlp, text: str, published: str = "2024-06-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def party_codes(nlp, text: str, word: str) -> list[str]:
    """The codes ``collective_parties`` gives for the first token ``word`` of ``text``."""
    doc = parsed(nlp, text)
    token = next(t for t in doc if t.text == word)
    return [actor.code for actor in collective_parties(token)]


def word_actor(nlp, text: str, word: str):
    doc = parsed(nlp, text)
    token = next(t for t in doc if t.text == word)
    return actor_for_span(doc[token.i: token.i + 1])


# -- the sides asked by an outside party -------------------------------------------------------

def test_sides_asked_in_a_complement_clause_leave_out_the_asking_party(nlp) -> None:
    text = SUDAN_WAR + "The United States wants both sides to return to talks."
    assert party_codes(nlp, text, "sides") == ["SDNMIL", "SDNREB"]


def test_sides_as_object_of_the_urging_verb_still_resolve(nlp) -> None:
    text = SUDAN_WAR + "The United States urged the two warring sides to return to talks."
    assert party_codes(nlp, text, "sides") == ["SDNMIL", "SDNREB"]


def test_a_reporting_subject_still_counts_as_a_possible_side(nlp) -> None:
    # "Kenya said both sides ...": a speaker may be a side, so Kenya keeps the passage two-country.
    text = SUDAN_WAR + "Kenya said both sides had shown restraint."
    assert party_codes(nlp, text, "sides") == []


# -- delegations ------------------------------------------------------------------------------

def test_both_delegations_are_the_government_and_the_armed_group(nlp) -> None:
    text = "Colombia's government and the ELN signed a truce in Havana. Cuba praised both delegations."
    assert party_codes(nlp, text, "delegations") == ["COLGOV", "COLREB"]


def test_delegations_of_two_countries_are_left_to_the_events_split(nlp) -> None:
    text = "Ethiopia and Egypt resumed talks on the dam. The AU praised both delegations."
    assert party_codes(nlp, text, "delegations") == []


# -- first person inside a quotation ----------------------------------------------------------

def test_our_forces_in_a_quote_belong_to_the_speaker_not_the_troops_named_last(nlp) -> None:
    text = ('Eritrean soldiers clashed with Ethiopian troops near the border. '
            '"Our forces repelled the attack," the Eritrean army spokesman said.')
    actor = word_actor(nlp, text, "forces")
    assert actor is not None
    assert (actor.country, actor.sector) == ("ERI", "MIL")


def test_we_in_an_earlier_sentence_of_the_quote_takes_the_speaker_after_it() -> None:
    found = mention_actors('Ethiopian troops shelled a border post. "Our forces held their positions. '
                           'We will not retreat," a Sudanese army spokesman said.', "2024-06-01")
    assert found.get("We") == "SDNMIL"


def test_we_in_a_partial_quote_takes_the_reporting_subject() -> None:
    found = mention_actors('A senior Sudanese official said Khartoum would decide "after we see the '
                           'results of the inquiry".', "2024-06-01")
    assert found.get("we") == "SDNGOV"


def test_we_outside_any_quotation_stays_unresolved() -> None:
    found = mention_actors("Ethiopian troops clashed with Eritrean soldiers. We will keep this page "
                           "updated.", "2024-06-01")
    assert "We" not in found


def test_our_on_a_non_actor_noun_makes_no_actor(nlp) -> None:
    text = '"They bombed our villages," said a Sudanese army spokesman.'
    assert word_actor(nlp, text, "villages") is None


def test_quotations_pair_curly_and_straight_marks_within_a_line() -> None:
    text = 'He said "yes" and \u201cno\u201d.\n"open'
    assert find_quotations(text) == [[8, 12], [18, 21]]


def test_a_country_inside_the_quote_does_not_describe_its_speaker() -> None:
    found = mention_actors("Sudan's government closed the border crossing on Monday. \"The crossing stays "
                           "shut until Ethiopia stops its raids,\" said the foreign minister.", "2024-06-01")
    assert found.get("Ethiopia") == "ETHGOV"
    assert found.get("foreign minister") == "SDNGOV"
