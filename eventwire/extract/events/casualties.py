"""Reading a casualty count from a noun phrase: "19 people", "two of its soldiers", "dozens"."""
from __future__ import annotations

import re

from spacy.tokens import Token

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


def number_value(token: Token, numbers: dict, vague: dict) -> tuple[int | None, bool]:
    """The integer a token denotes, and whether it is only approximate ("dozens")."""
    word = token.lower_
    if _DIGITS.match(word):
        return int(word.replace(",", "")), False
    if word in numbers:
        return int(numbers[word]) + _tens_before(token, numbers), False
    if word in vague:
        return int(vague[word]), True
    return None, False


def _tens_before(token: Token, numbers: dict) -> int:
    """"Twenty-one", which the tokenizer splits as Twenty - one: the tens word before the hyphen."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or not 0 < int(numbers.get(token.lower_, 0)) < 10:
        return 0
    tens = int(numbers.get(doc[token.i - 2].lower_, 0))
    return tens if tens in (20, 30, 40, 50, 60, 70, 80, 90) else 0


def count_in(phrase: Token, numbers: dict, vague: dict) -> tuple[int | None, bool]:
    """The count in the phrase headed by ``phrase``: its own value or a numeric modifier's."""
    value, approximate = number_value(phrase, numbers, vague)
    if value is not None:
        return value, approximate
    for child in phrase.children:
        if child.dep_ in ("nummod", "amod", "quantmod", "det", "compound"):
            value, approximate = number_value(child, numbers, vague)
            if value is not None:
                return value, approximate or _is_bound(child)
    return None, False


# Words that make a number a bound or an estimate: "at least 12", "more than 20", "about 30".
_BOUND_WORDS = frozenset({"about", "around", "nearly", "almost", "some", "over", "more", "least", "than",
                          "roughly", "approximately", "up", "estimated"})


def _is_bound(number: Token) -> bool:
    return any(c.lower_ in _BOUND_WORDS for c in number.subtree if c.i != number.i)
