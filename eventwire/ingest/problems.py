"""The internal signal for unreadable input; readers turn it into a ``Reject``."""
from __future__ import annotations


class InputProblem(Exception):
    """Something wrong with an input, described as an instruction to the user.

    ``reason`` says what is wrong and what to do; ``line`` is the 1-based line it concerns.
    """

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def too_large(size: int, unit: str, max_chars: int, what: str = "the article") -> InputProblem:
    """The problem for an input over the ``max_chars`` limit, giving its size and the limit."""
    return InputProblem(
        f"{what} is {size:,} {unit}, over the limit of {max_chars:,} characters per article "
        "(max_chars); split it or raise the limit"
    )
