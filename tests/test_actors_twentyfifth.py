"""Twenty-fifth pass (issue 5, actors): pronouns and anaphors resolved to the wrong party.
A possessive he/she belongs to its own clause's doer or to the one person its sentence names; the
owner of a sentence's subject counts as that subject; a pronoun reaches back two sentences at
most (quoted sentences not counted); an uncoded person named as a subject just before stands in
the way of an older antecedent; a language's name is no actor; an agency dateline ending in an
underscore is a dateline; a noun phrase does not reach over a line break. Every sentence here is
written for the test."""
from __future__ import annotations

from conftest import mention_actors


def codes(text: str, published: str = "1990-09-10") -> dict[str, str | None]:
    return mention_actors(text, published, "code")


def test_a_possessive_belongs_to_the_doer_of_its_clause() -> None:
    found = codes("President Bush said he saw little hope until sanctions force Saddam Hussein "
                  "to withdraw his army from Kuwait.")
    assert found["he"] == "USAGOV"
    assert found["his army"] == "IRQMIL"


def test_the_owner_of_the_subject_is_the_subject() -> None:
    found = codes("President Bush's aim in his talks with the Jordanian king was to close the port.")
    assert found["his"] == "USAGOV"


def test_a_possessive_after_the_one_person_of_its_sentence() -> None:
    found = codes("American officials said that by destroying Saddam Hussein's army they hope "
                  "to topple his regime.")
    assert found["they"] == "USAGOV"
    assert found["his regime"] == "IRQGOV"


def test_an_uncoded_subject_just_before_blocks_an_older_antecedent() -> None:
    found = codes("Egypt's foreign minister warned Ethiopia on Monday. Hana Mekonnen, an "
                  "independent writer, disagreed with the warning. She said the talks would fail.",
                  "2025-03-10")
    assert found.get("She") != "EGYGOV"


def test_a_surname_tagged_earlier_counts_as_a_person() -> None:
    found = codes("General Tep Sokha said he hoped to find the remains of Martin Greaves soon. "
                  "Greaves had been clearing mines for a charity when he was abducted.",
                  "1998-02-10")
    pronouns = [code for text, code in found.items() if text == "he"]
    assert all(code is None or not code.startswith("KHM") for code in pronouns)


def test_no_antecedent_beyond_the_two_sentences_before() -> None:
    found = codes("Egypt's foreign minister Sameh Shoukry warned Ethiopia on Monday. The dam will "
                  "fill in July. Rains were heavy this year. Farmers downstream worry about the "
                  "harvest. He said the talks would fail.", "2025-03-10")
    assert "He" not in found


def test_quoted_sentences_do_not_use_up_the_window() -> None:
    found = codes("Egypt's foreign minister Sameh Shoukry spoke on Monday. \"The dam is a threat. "
                  "Our farmers need the water. Nobody should doubt that,\" he said.", "2025-03-10")
    assert found["he"] == "EGYGOV"


def test_a_language_is_no_actor() -> None:
    found = codes("Cuban exiles in Miami argued in rapid-fire Spanish outside the house.", "2000-01-07")
    assert not any(code and code.startswith("ESP") for code in found.values())
    assert "Spanish" not in " ".join(found)


def test_a_people_named_by_the_same_word_is_still_an_actor() -> None:
    found = codes("Spanish officials met their French counterparts in Madrid.", "2000-01-07")
    assert found["Spanish officials"] == "ESPGOV"


def test_an_underscore_dateline_is_a_dateline() -> None:
    found = codes("HAVANA _\n\nOfficials said the talks would resume on Monday.", "2000-01-07")
    assert [code for code in found.values()] == ["CUBGOV"]


def test_a_phrase_does_not_reach_over_a_line_break() -> None:
    found = codes("HAVANA (AP) --\n\nOfficials said the talks would resume on Monday.", "2000-01-07")
    assert "CUBGOV" in found.values()
    assert found.get("AP") != "CUBGOV"
