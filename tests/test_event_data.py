"""Validation of the event coding data: cameo.yaml, plover.yaml and lexicon.yaml.

The data files live in ``eventwire/extract/events/data`` and are read here the same way the
library reads them, through ``importlib.resources``.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

import pytest
import yaml

from eventwire.models import PLOVER_TYPES

DATA_PACKAGE = "eventwire.extract.events.data"

MIN_CAMEO_CODES = 280
MIN_VERB_ENTRIES = 350
MIN_NOUN_ENTRIES = 120
MIN_VERBS_PER_TYPE = 8

ENTRY_KEYS = {
    "lemma", "type", "cameo", "target", "mode", "object", "particle", "xcomp", "subject",
    "passive_only", "context", "min_conf", "not_with", "intransitive", "active_only", "not_subject",
}
REQUIRED_KEYS = {"lemma", "type", "cameo"}
LIST_KEYS = ("target", "object", "subject", "context", "not_with", "not_subject")
TARGET_PATTERN = re.compile(r"^(dobj|dative|poss|compound|amod|prep:[a-z]+)\??$")
CAMEO_PATTERN = re.compile(r"^\d{2,4}$")

# Entries whose PLOVER type deliberately differs from the PLOVER type of their CAMEO code.
# PLOVER codes resignations as RETREAT (mode "resign"), but CAMEO has no material-yield code
# for them; the nearest CAMEO category is 0831 "Accede to demands for change in leadership",
# which the crosswalk maps to CONCEDE. The Goldstein value (5.0) comes from 0831.
DELIBERATE_EXCEPTIONS = {
    ("verbs", "resign", "RETREAT", "0831"),
    ("verbs", "step", "RETREAT", "0831"),
    ("verbs", "quit", "RETREAT", "0831"),
    ("verbs", "abdicate", "RETREAT", "0831"),
    ("nouns", "resignation", "RETREAT", "0831"),
}


@lru_cache(maxsize=None)
def load_data(name: str) -> Any:
    """Parse one YAML file of the data package."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def cameo_table() -> dict[str, dict[str, Any]]:
    return load_data("cameo.yaml")


def plover_types() -> dict[str, dict[str, Any]]:
    return load_data("plover.yaml")["types"]


def plover_contexts() -> set[str]:
    return set(load_data("plover.yaml")["contexts"])


def lexicon_entries() -> list[tuple[str, dict[str, Any]]]:
    """Every lexicon entry tagged with its section ('verbs' or 'nouns')."""
    lexicon = load_data("lexicon.yaml")
    return [(section, entry) for section in ("verbs", "nouns") for entry in lexicon[section]]


def entry_label(section: str, entry: dict[str, Any]) -> str:
    """A short readable name for an entry in assertion messages."""
    extras = [f"{key}={entry[key]}" for key in ("particle", "object", "subject") if key in entry]
    return f"{section}:{entry.get('lemma')} {' '.join(extras)}".strip()


def entry_key(entry: dict[str, Any]) -> tuple:
    """What makes two entries of one section the same trigger.

    (lemma, object, particle) as the brief asks, plus ``subject``: the labour reading of
    "strike" differs from the military one only by its required subject.
    """
    return (
        entry["lemma"],
        frozenset(entry.get("object") or ()),
        entry.get("particle"),
        frozenset(entry.get("subject") or ()),
    )


# ------------------------------------------------------------------------- loading
@pytest.mark.parametrize("name", ["cameo.yaml", "plover.yaml", "lexicon.yaml"])
def test_every_data_file_loads_as_a_mapping(name: str) -> None:
    assert isinstance(load_data(name), dict)


def test_data_package_is_importable() -> None:
    assert resources.files(DATA_PACKAGE).joinpath("__init__.py").is_file()


# ------------------------------------------------------------------------- cameo.yaml
def test_cameo_table_covers_all_roots_and_enough_codes() -> None:
    table = cameo_table()
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= set(table)
    assert len(table) >= MIN_CAMEO_CODES


def test_cameo_codes_are_well_formed_and_nested() -> None:
    table = cameo_table()
    for code in table:
        assert isinstance(code, str) and CAMEO_PATTERN.match(code), code
        assert 1 <= int(code[:2]) <= 20, code
        if len(code) > 2:
            assert code[:-1] in table or code[:2] in table, f"{code} has no parent"


def test_cameo_entries_have_name_goldstein_plover_and_mode() -> None:
    for code, info in cameo_table().items():
        assert set(info) == {"name", "goldstein", "plover", "mode"}, code
        assert isinstance(info["name"], str) and info["name"].strip(), code
        assert isinstance(info["goldstein"], float), code
        assert -10.0 <= info["goldstein"] <= 10.0, code


def test_cameo_plover_types_are_valid_and_only_statements_are_uncoded() -> None:
    for code, info in cameo_table().items():
        if info["plover"] is None:
            assert code.startswith("01"), f"{code} lacks a PLOVER type"
        else:
            assert info["plover"] in PLOVER_TYPES, code


def test_cameo_modes_belong_to_their_plover_type() -> None:
    types = plover_types()
    for code, info in cameo_table().items():
        if info["mode"] is not None:
            assert info["plover"] is not None, code
            assert info["mode"] in types[info["plover"]]["modes"], f"{code}: {info['mode']}"


@pytest.mark.parametrize("code, name_word, goldstein, plover, mode", [
    ("190", "conventional military force", -10.0, "ASSAULT", None),
    ("1951", "precision-guided", -10.0, "ASSAULT", "aerial"),
    ("057", "agreement", 8.0, "AGREE", None),
    ("163", "sanctions", -8.0, "SANCTION", None),
    ("0841", "release", 7.0, "RETREAT", "release"),
    ("173", "Arrest", -5.0, "COERCE", "arrest"),
    ("020", "appeal", 3.0, "REQUEST", None),
])
def test_known_cameo_facts(code: str, name_word: str, goldstein: float, plover: str, mode: str | None) -> None:
    info = cameo_table()[code]
    assert name_word.lower() in info["name"].lower()
    assert info["goldstein"] == goldstein
    assert info["plover"] == plover
    assert info["mode"] == mode


def test_goldstein_is_positive_for_cooperation_and_negative_for_material_conflict() -> None:
    for code, info in cameo_table().items():
        root = int(code[:2])
        if 3 <= root <= 8:
            assert info["goldstein"] > 0, code
        if root >= 14:
            assert info["goldstein"] < 0, code


# ------------------------------------------------------------------------- plover.yaml
def test_plover_file_lists_exactly_the_sixteen_types() -> None:
    assert set(plover_types()) == set(PLOVER_TYPES)


def test_plover_types_are_fully_described() -> None:
    categories = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}
    for name, info in plover_types().items():
        assert info["category"] in categories, name
        assert isinstance(info["description"], str) and len(info["description"]) > 40, name
        assert isinstance(info["modes"], dict), name
        assert all(isinstance(m, str) and isinstance(d, str) for m, d in info["modes"].items()), name
        assert isinstance(info["requires_target"], bool), name


def test_plover_default_cameo_codes_map_back_to_their_type() -> None:
    table = cameo_table()
    for name, info in plover_types().items():
        assert table[info["default_cameo"]]["plover"] == name


def test_plover_spec_modes_are_present() -> None:
    types = plover_types()
    assert {"beat", "firearms", "explosives", "aerial", "drone", "cbrn"} <= set(types["ASSAULT"]["modes"])
    assert {"visit", "third-party", "multilateral", "phone"} == set(types["CONSULT"]["modes"])
    assert {"demo", "riot", "hunger", "strike", "boycott"} <= set(types["PROTEST"]["modes"])


def test_plover_contexts_include_the_core_categories() -> None:
    contexts = plover_contexts()
    assert {"political", "military", "economic", "humanitarian", "human_rights", "resource",
            "diplomatic", "legal", "terrorism", "cbrn", "cyber"} <= contexts


# ------------------------------------------------------------------------- lexicon.yaml
def test_lexicon_meets_size_minimums() -> None:
    lexicon = load_data("lexicon.yaml")
    assert len(lexicon["verbs"]) >= MIN_VERB_ENTRIES
    assert len(lexicon["nouns"]) >= MIN_NOUN_ENTRIES


def test_every_plover_type_has_enough_verb_triggers() -> None:
    counts = Counter(entry["type"] for entry in load_data("lexicon.yaml")["verbs"])
    short = {name: counts[name] for name in PLOVER_TYPES if counts[name] < MIN_VERBS_PER_TYPE}
    assert not short, short


def test_lexicon_entries_use_known_keys_and_required_fields() -> None:
    for section, entry in lexicon_entries():
        label = entry_label(section, entry)
        assert REQUIRED_KEYS <= set(entry), label
        assert set(entry) <= ENTRY_KEYS, f"{label}: {set(entry) - ENTRY_KEYS}"


def test_lexicon_values_are_strings_not_yaml_booleans() -> None:
    """Unquoted on/off/yes/no would load as booleans; every word must stay a string."""
    for section, entry in lexicon_entries():
        label = entry_label(section, entry)
        for key in ("lemma", "type", "cameo", "mode", "particle"):
            if key in entry:
                assert isinstance(entry[key], str), f"{label}: {key}={entry[key]!r}"
        for key in LIST_KEYS:
            if key in entry:
                assert isinstance(entry[key], list) and entry[key], f"{label}: {key}"
                assert all(isinstance(v, str) and v for v in entry[key]), f"{label}: {key}"


def test_lexicon_lemmas_are_lower_case_single_words() -> None:
    for section, entry in lexicon_entries():
        lemma = entry["lemma"]
        assert lemma == lemma.lower() and " " not in lemma, entry_label(section, entry)


def test_lexicon_cameo_codes_exist_and_types_agree() -> None:
    table = cameo_table()
    mismatches = []
    for section, entry in lexicon_entries():
        assert entry["type"] in PLOVER_TYPES, entry_label(section, entry)
        assert entry["cameo"] in table, entry_label(section, entry)
        cameo_type = table[entry["cameo"]]["plover"]
        if cameo_type != entry["type"]:
            mismatches.append((section, entry["lemma"], entry["type"], entry["cameo"]))
    assert set(mismatches) <= DELIBERATE_EXCEPTIONS, set(mismatches) - DELIBERATE_EXCEPTIONS


def test_deliberate_exceptions_are_still_in_use() -> None:
    used = {(s, e["lemma"], e["type"], e["cameo"]) for s, e in lexicon_entries()}
    assert DELIBERATE_EXCEPTIONS <= used


def test_lexicon_modes_are_allowed_for_their_type() -> None:
    types = plover_types()
    for section, entry in lexicon_entries():
        if "mode" in entry:
            assert entry["mode"] in types[entry["type"]]["modes"], entry_label(section, entry)


def test_lexicon_contexts_are_plover_contexts() -> None:
    contexts = plover_contexts()
    for section, entry in lexicon_entries():
        for context in entry.get("context", ()):
            assert context in contexts, f"{entry_label(section, entry)}: {context}"


def test_lexicon_targets_are_dependency_paths() -> None:
    for section, entry in lexicon_entries():
        for path in entry.get("target", ()):
            assert TARGET_PATTERN.match(path), f"{entry_label(section, entry)}: {path}"


def test_lexicon_confidence_weights_and_flags_are_in_range() -> None:
    for section, entry in lexicon_entries():
        label = entry_label(section, entry)
        if "min_conf" in entry:
            assert isinstance(entry["min_conf"], float) and 0.0 < entry["min_conf"] <= 1.0, label
        for flag in ("xcomp", "passive_only", "intransitive", "active_only"):
            if flag in entry:
                assert entry[flag] is True, label


def test_lexicon_has_no_duplicate_triggers() -> None:
    for section in ("verbs", "nouns"):
        keys = Counter(entry_key(e) for e in load_data("lexicon.yaml")[section])
        duplicates = [key for key, count in keys.items() if count > 1]
        assert not duplicates, f"{section}: {duplicates}"


def test_cancelling_words_do_not_overlap_required_objects() -> None:
    for section, entry in lexicon_entries():
        overlap = set(entry.get("object", ())) & set(entry.get("not_with", ()))
        assert not overlap, f"{entry_label(section, entry)}: {overlap}"


# ------------------------------------------------------------------------- spot checks
def find_entries(section: str, lemma: str) -> list[dict[str, Any]]:
    return [e for s, e in lexicon_entries() if s == section and e["lemma"] == lemma]


def test_brief_examples_are_coded_as_specified() -> None:
    attack = next(e for e in find_entries("verbs", "attack") if "object" not in e)
    assert (attack["type"], attack["cameo"]) == ("ASSAULT", "190")
    assert {"dobj", "prep:on"} <= set(attack["target"]) and "problem" in attack["not_with"]

    impose = next(e for e in find_entries("verbs", "impose") if "sanction" in e.get("object", ()))
    assert (impose["type"], impose["cameo"]) == ("SANCTION", "163")

    open_fire = next(e for e in find_entries("verbs", "open") if e.get("object") == ["fire"])
    assert (open_fire["type"], open_fire["mode"]) == ("ASSAULT", "firearms")

    shelling = find_entries("nouns", "shelling")[0]
    assert (shelling["type"], shelling["cameo"]) == ("ASSAULT", "194")


def test_strike_senses_are_separated() -> None:
    verbs = find_entries("verbs", "strike")
    military = next(e for e in verbs if not e.get("object") and not e.get("subject"))
    labour = next(e for e in verbs if e.get("subject"))
    deal = next(e for e in verbs if "deal" in e.get("object", ()))
    assert military["type"] == "ASSAULT"
    assert (labour["type"], labour["mode"]) == ("PROTEST", "strike") and "worker" in labour["subject"]
    assert deal["type"] == "AGREE"
    nouns = find_entries("nouns", "strike")
    hunger = next(e for e in nouns if e.get("object") == ["hunger"])
    general = next(e for e in nouns if "general" in e.get("object", ()))
    air = next(e for e in nouns if "air" in e.get("object", ()))
    assert (hunger["type"], hunger["mode"]) == ("PROTEST", "hunger")
    assert (general["type"], general["mode"]) == ("PROTEST", "strike")
    assert (air["type"], air["mode"]) == ("ASSAULT", "aerial")


@pytest.mark.parametrize("lemma, plover", [
    ("kill", "ASSAULT"), ("shell", "ASSAULT"), ("detain", "COERCE"), ("deport", "COERCE"),
    ("besiege", "COERCE"), ("invade", "ASSAULT"), ("mobilize", "MOBILIZE"), ("deploy", "MOBILIZE"),
    ("release", "RETREAT"), ("meet", "CONSULT"), ("visit", "CONSULT"), ("mediate", "CONSULT"),
    ("praise", "SUPPORT"), ("criticise", "ACCUSE"), ("criticize", "ACCUSE"), ("urge", "REQUEST"),
    ("deny", "REJECT"), ("veto", "REJECT"), ("threaten", "THREATEN"), ("boycott", "PROTEST"),
    ("sanction", "SANCTION"), ("cooperate", "COOPERATE"), ("donate", "AID"), ("concede", "CONCEDE"),
])
def test_everyday_news_verbs_have_a_bare_entry_of_the_right_type(lemma: str, plover: str) -> None:
    bare = [e for e in find_entries("verbs", lemma) if not e.get("object") and not e.get("particle")
            and not e.get("subject")]
    assert bare and bare[0]["type"] == plover, lemma


def test_subject_constrained_entries_follow_the_default_reading() -> None:
    """A matcher that ignores ``subject`` keeps the first of equally specific entries: each
    subject-bound entry comes after a bare entry of its lemma, or after one of its lemma and particle
    with no subject, bound to no object or to some of the same objects (its reading for any other
    subject)."""
    verbs = load_data("lexicon.yaml")["verbs"]
    for index, entry in enumerate(verbs):
        if entry.get("subject"):
            objects = set(entry.get("object") or ())
            earlier = [e for e in verbs[:index] if e["lemma"] == entry["lemma"] and not e.get("subject")
                       and ((not e.get("object") and not e.get("particle"))
                            or (e.get("particle") == entry.get("particle")
                                and (not e.get("object") or objects & set(e["object"]))))]
            assert earlier, entry_label("verbs", entry)
