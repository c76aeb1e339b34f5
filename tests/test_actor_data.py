"""Validate the packaged actor dictionary in ``eventwire.extract.actors.data``.

The YAML files are user-editable, so these tests guard the shape that the actor matcher
relies on: every file loads, codes are valid, every country is covered, dated roles are
ordered, and no pattern names two different actors at the same time.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from importlib import resources
from typing import Any, Iterator

import pycountry
import pytest
import yaml

DATA_PACKAGE = "eventwire.extract.actors.data"
DATA_FILES = (
    "countries.yaml",
    "organizations.yaml",
    "sectors.yaml",
    "titles.yaml",
    "people.yaml",
)

ISO3_CODES = frozenset(country.alpha_3 for country in pycountry.countries)
SPECIAL_CODES = frozenset({"XKX"})  # Kosovo: user-assigned, not in ISO 3166
REGIONAL_CODES = frozenset({
    "AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "CRB", "EIN", "EAF", "EEU", "EUR",
    "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAM", "SAS", "SCN", "SEA", "SAF", "WAF",
    "WST",
})
ALLOWED_SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO", "MED", "EDU",
    "BUS", "CVL", "REF", "LEG", "HLH", "AGR", "LAB", "ELI", "REL", "CRM", "HRI", "ENV",
    "SET", "UAF", "SEP", "INS", "DEV", "MOD", "RAD",
})
COUNTRY_FIELDS = frozenset({"names", "adjectives", "demonyms", "capitals", "government_metonyms"})
ORGANIZATION_FIELDS = frozenset({"name", "patterns", "country", "sector", "code", "since", "until", "generic", "needs",
                                 "operates", "note"})
PERSON_FIELDS = frozenset({"name", "aliases", "roles", "note"})
ROLE_FIELDS = frozenset({"country", "sector", "code", "title", "start", "end", "note"})
CODE_SHAPE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")

Window = tuple[dt.date, dt.date]
ALWAYS: Window = (dt.date.min, dt.date.max)


def load(name: str) -> Any:
    """Parse one packaged data file with ``yaml.safe_load``."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def is_valid_place_code(code: object) -> bool:
    """True for an ISO3 code, Kosovo's XKX or a CAMEO regional code."""
    return code in ISO3_CODES or code in SPECIAL_CODES or code in REGIONAL_CODES


def is_text_list(value: object) -> bool:
    """True for a list of non-empty, whitespace-trimmed strings."""
    return isinstance(value, list) and all(
        isinstance(item, str) and item and item == item.strip() for item in value
    )


def window(since: dt.date | None, until: dt.date | None) -> Window:
    """A validity window with open ends filled in."""
    return (since or dt.date.min, until or dt.date.max)


def overlaps(first: Window, second: Window) -> bool:
    """True if two windows share more than a boundary day."""
    return first[0] < second[1] and second[0] < first[1]


def named_actor_patterns() -> Iterator[tuple[str, str, Window]]:
    """Every (pattern, actor key, validity window) from countries, organizations and people."""
    for iso3, entry in load("countries.yaml").items():
        for field in ("names", "adjectives", "demonyms"):
            for pattern in entry.get(field) or []:
                yield pattern, iso3, ALWAYS
        for field in ("capitals", "government_metonyms"):
            for pattern in entry.get(field) or []:
                yield pattern, iso3 + "GOV", ALWAYS
    for org in load("organizations.yaml"):
        key = org.get("code") or f"{org['country'] or ''}{org['sector']}"
        span = window(org.get("since"), org.get("until"))
        for pattern in org["patterns"]:
            yield pattern, key, span
    for person in load("people.yaml"):
        for pattern in [person["name"], *person["aliases"]]:
            yield pattern, "person:" + person["name"], ALWAYS


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_file_loads_with_safe_load(name: str) -> None:
    data = load(name)
    assert isinstance(data, (dict, list)) and len(data) > 0


def test_regional_codes_do_not_shadow_country_codes() -> None:
    assert not (REGIONAL_CODES | SPECIAL_CODES) & ISO3_CODES


def test_every_pycountry_country_has_an_entry_with_an_adjective() -> None:
    countries = load("countries.yaml")
    missing = sorted(ISO3_CODES - set(countries))
    assert missing == []
    without_adjective = sorted(code for code, entry in countries.items() if not entry.get("adjectives"))
    assert without_adjective == []


def test_country_entries_are_well_formed() -> None:
    for code, entry in load("countries.yaml").items():
        assert code in ISO3_CODES or code in SPECIAL_CODES, code
        assert set(entry) <= COUNTRY_FIELDS, code
        assert {"names", "adjectives", "demonyms", "capitals"} <= set(entry), code
        assert entry["names"], code
        for field, values in entry.items():
            assert is_text_list(values), (code, field)


def test_common_short_forms_resolve_to_the_right_country() -> None:
    countries = load("countries.yaml")
    expected = {
        "U.S.": "USA", "America": "USA", "UK": "GBR", "Britain": "GBR", "Russia": "RUS",
        "Iran": "IRN", "Syria": "SYR", "South Korea": "KOR", "North Korea": "PRK",
        "DR Congo": "COD", "Congo-Kinshasa": "COD", "Ivory Coast": "CIV", "Burma": "MMR",
        "Czechia": "CZE", "Türkiye": "TUR", "Vietnam": "VNM", "Laos": "LAO", "Bolivia": "BOL",
        "Venezuela": "VEN", "Tanzania": "TZA", "Moldova": "MDA", "Palestine": "PSE",
        "Taiwan": "TWN", "Kosovo": "XKX", "Vatican": "VAT",
    }
    by_name = {name: code for code, entry in countries.items() for name in entry["names"]}
    assert {name: by_name.get(name) for name in expected} == expected
    adjectives = {adj: code for code, entry in countries.items() for adj in entry["adjectives"]}
    assert adjectives["Emirati"] == "ARE" and adjectives["Ivorian"] == "CIV"
    assert adjectives["Congolese"] == "COD" and adjectives["Dutch"] == "NLD"


def test_organizations_are_well_formed() -> None:
    for org in load("organizations.yaml"):
        label = org.get("name")
        assert set(org) <= ORGANIZATION_FIELDS, label
        assert isinstance(label, str) and label, org
        assert is_text_list(org["patterns"]) and org["patterns"], label
        assert org["country"] is None or is_valid_place_code(org["country"]), label
        assert org["sector"] in ALLOWED_SECTORS, label
        operates = org.get("operates") or []
        assert all(is_valid_place_code(c) for c in operates) and (not operates or org["country"] in operates), label
        assert org.get("code") is None or CODE_SHAPE.match(org["code"]), label
        for field in ("since", "until"):
            assert org.get(field) is None or isinstance(org[field], dt.date), (label, field)
        if org.get("since") and org.get("until"):
            assert org["since"] <= org["until"], label
        assert isinstance(org.get("generic", False), bool), label


def test_bare_congress_is_generic_and_the_us_congress_is_not() -> None:
    by_pattern = {pattern: org for org in load("organizations.yaml") for pattern in org["patterns"]}
    assert by_pattern["Congress"].get("generic") is True
    assert not by_pattern["US Congress"].get("generic")
    assert by_pattern["Congress"]["country"] == by_pattern["US Congress"]["country"] == "USA"


def test_unidentified_gunmen_are_context_free() -> None:
    sectors = load("sectors.yaml")
    assert {"gunmen", "armed men"} <= set(sectors["UAF"])
    assert "gunmen" not in sectors["REB"]


def test_taliban_coding_changes_in_august_2021() -> None:
    taliban = [org for org in load("organizations.yaml") if org["name"] == "Taliban"]
    by_sector = {org["sector"]: org for org in taliban}
    assert set(by_sector) == {"REB", "GOV"}
    assert by_sector["REB"]["until"] == by_sector["GOV"]["since"] == dt.date(2021, 8, 15)


@pytest.mark.parametrize("name", ["sectors.yaml", "titles.yaml"])
def test_vocabularies_use_allowed_sectors_and_lowercase_phrases(name: str) -> None:
    vocabulary = load(name)
    assert set(vocabulary) <= ALLOWED_SECTORS
    for sector, phrases in vocabulary.items():
        assert is_text_list(phrases) and phrases, sector
        assert [p for p in phrases if p != p.lower()] == [], sector


def test_each_sector_word_or_title_has_one_sector() -> None:
    sectors_by_phrase: dict[str, set[str]] = defaultdict(set)
    for name in ("sectors.yaml", "titles.yaml"):
        for sector, phrases in load(name).items():
            for phrase in phrases:
                sectors_by_phrase[phrase].add(sector)
    clashes = {phrase: sorted(s) for phrase, s in sectors_by_phrase.items() if len(s) > 1}
    assert clashes == {}


def test_key_sector_words_are_present() -> None:
    sectors = load("sectors.yaml")
    titles = load("titles.yaml")
    assert {"troops", "soldiers", "armed forces"} <= set(sectors["MIL"])
    assert {"rebels", "militants", "militia"} <= set(sectors["REB"])
    assert {"foreign ministry", "defence ministry", "officials"} <= set(sectors["GOV"])
    assert {"president", "prime minister", "foreign minister", "defence minister"} <= set(titles["GOV"])
    assert {"general", "commander", "army chief"} <= set(titles["MIL"])


def test_people_and_roles_are_well_formed() -> None:
    for person in load("people.yaml"):
        label = person.get("name")
        assert set(person) <= PERSON_FIELDS, label
        assert isinstance(label, str) and label, person
        assert is_text_list(person["aliases"]), label
        assert person["roles"], label
        for role in person["roles"]:
            assert set(role) <= ROLE_FIELDS, (label, role)
            assert role["country"] is None or is_valid_place_code(role["country"]), (label, role)
            assert role["sector"] in ALLOWED_SECTORS, (label, role)
            assert role.get("code") is None or CODE_SHAPE.match(role["code"]), (label, role)
            assert isinstance(role["title"], str) and role["title"] == role["title"].lower(), (label, role)
            assert isinstance(role["start"], dt.date), (label, role)
            assert role["end"] is None or isinstance(role["end"], dt.date), (label, role)
            if role["end"] is not None:
                assert role["start"] <= role["end"], (label, role)


def test_people_names_and_aliases_are_unique() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for person in load("people.yaml"):
        for pattern in {person["name"], *person["aliases"]}:
            owners[pattern.casefold()].add(person["name"])
    shared = {pattern: sorted(names) for pattern, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_role_changes_are_recorded_as_separate_roles() -> None:
    people = {person["name"]: person for person in load("people.yaml")}
    putin_titles = [role["title"] for role in people["Vladimir Putin"]["roles"]]
    assert putin_titles.count("president") == 2 and "prime minister" in putin_titles
    sharaa_sectors = [role["sector"] for role in people["Ahmed al-Sharaa"]["roles"]]
    assert sharaa_sectors[0] == "REB" and sharaa_sectors[-1] == "GOV"


def test_no_pattern_names_two_actors_at_once() -> None:
    claims: dict[str, list[tuple[str, Window]]] = defaultdict(list)
    for pattern, actor, span in named_actor_patterns():
        claims[pattern.casefold()].append((actor, span))
    clashes = {
        pattern: sorted({a for a, _ in entries})
        for pattern, entries in claims.items()
        if any(
            first[0] != second[0] and overlaps(first[1], second[1])
            for index, first in enumerate(entries)
            for second in entries[index + 1:]
        )
    }
    assert clashes == {}
