"""Helpers the speed work added: answers worked out once per document must equal the slow way."""
from __future__ import annotations

from conftest import processed

from eventwire.extract.actors.names import PERSON_NAME_ENDS_KEY, person_name_ends
from eventwire.extract.events.component import no_party
from eventwire.models import Actor


def test_no_party_is_exactly_the_lone_empty_side():
    egypt = Actor(name="Egypt", text="Egypt", country="EGY", sector="GOV", code="EGYGOV")
    assert no_party([None])
    assert not no_party([])
    assert not no_party([egypt])
    assert not no_party([None, None])
    assert not no_party([None, egypt])
    assert not no_party(None)


def test_person_name_ends_are_the_last_two_words_of_each_full_name_kept_once_per_doc(nlp):
    doc = processed(nlp, "Kenyan President William Ruto met Emmanuel Macron in Paris. Ruto said the talks went well.",
                    "2024-05-02")
    ends = person_name_ends(doc)
    # "William Ruto" (tokens 2-3) and "Emmanuel Macron" (5-6); the lone "Ruto" later is no full name
    assert ends == {"Ruto": [[3, 2]], "Macron": [[6, 5]]}
    assert doc.user_data[PERSON_NAME_ENDS_KEY] is ends
    assert person_name_ends(doc) is ends   # not rebuilt on the next question
