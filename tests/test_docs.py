"""The documentation says what the code does: the two set-up commands, every CLI command, the contract."""
from __future__ import annotations

import json
import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands():
    first_block = README.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make demo", "make test"]


def test_every_cli_command_is_documented():
    from eventwire.cli import app

    names = {c.name for c in app.registered_commands}
    assert names
    for name in names:
        assert f"eventwire {name}" in README, f"README does not document `eventwire {name}`"


def test_readme_contract_names_every_model_field():
    from eventwire.models import Actor, Article, Event, Place, Quote, Timex

    for model in (Article, Event, Quote, Timex, Actor, Place):
        for field in model.model_fields:
            assert f'"{field}"' in README, f"README contract is missing {model.__name__}.{field}"


def test_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("install", "demo", "test", "bench", "eval"):
        assert re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_session_matches_the_current_extractor(example):
    """The README's example output lists the events eventwire produces today."""
    block = README.split("$ eventwire extract example.txt", 1)[1].split("```", 1)[0]
    for event in example.events:
        assert event.type in block and event.trigger.text in block
