"""The actor dictionary: packaged YAML data files plus pycountry, extendable by a user file.

Data files (in ``eventwire/extract/actors/data/``, editable):
    countries.yaml      ISO3 -> names, adjectives, demonyms, capitals, government_metonyms
    organizations.yaml  named bodies -> country, sector, optional code, since/until, generic,
                        needs (countries the article must name for an ambiguous short name to count),
                        operates (the countries an armed group is active in)
    forces.yaml         names of the organizations that are international forces or missions
    regions.yaml        CAMEO regional code -> name, adjectives ("Western" -> WST)
    sectors.yaml        sector code -> nouns that denote that sector ("troops" -> MIL)
    titles.yaml         role titles that make a person a government/military actor
    people.yaml         people with dated roles
User files add entries (``--actors FILE``, the ``actors.extra_files`` setting, or the actors
component's ``extra_files`` config):

* YAML with any of the keys ``countries``, ``regions``, ``organizations``, ``sectors``, ``titles``,
  ``people``,
  each in the layout of the packaged file of that name;
* CSV with a header row and the columns ``kind,name,patterns,country,sector,code,title,start,end``:
  ``kind`` is ``organization`` (the default) or ``person``; ``patterns`` lists the surface forms
  separated by ``|`` (the name itself when empty); for an organization ``start``/``end`` are the
  optional since/until dates of that coding; for a person each row is one dated role (repeat the
  name on several rows for several roles) and ``patterns`` gives the aliases.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import csv

import pycountry
from eventwire.yamlfiles import safe_load

DATA_PACKAGE = "eventwire.extract.actors.data"
DATA_FILES = ("countries", "regions", "organizations", "sectors", "titles", "people", "forces")


@dataclass(frozen=True)
class Entry:
    """What a dictionary name denotes."""

    kind: str                  # country | capital | adjective | organization | person
    name: str
    country: str | None
    sector: str | None = None
    code: str | None = None
    roles: tuple = ()          # people: ((country, sector, title, start, end, code), ...)
    since: str | None = None
    until: str | None = None
    generic: bool = False      # organizations: a name many countries use ("Congress"); context wins
    needs: tuple = ()          # organizations: the name counts only where the article names one of these countries
    operates: tuple = ()       # armed groups active in several countries: coded by the one the article is about


@dataclass
class ActorDictionary:
    names: dict[str, list[Entry]] = field(default_factory=dict)   # exact surface form -> entries
    sector_terms: dict[str, str] = field(default_factory=dict)    # lowercase phrase -> sector
    titles: dict[str, str] = field(default_factory=dict)          # lowercase title -> sector
    country_names: dict[str, str] = field(default_factory=dict)   # ISO3 -> display name
    forces: set[str] = field(default_factory=set)                 # organization names of forces/missions

    def add_name(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if not surface:
            return
        bucket = self.names.setdefault(surface, [])
        if entry not in bucket:
            bucket.append(entry)


def _read_yaml(name: str) -> Any:
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return safe_load(text)


def _add_pycountry(d: ActorDictionary, curated: dict) -> None:
    """Display names for every country; surface names only where countries.yaml has no entry
    (its curated names decide ambiguous ones: plain "Congo" is DR Congo there)."""
    for country in pycountry.countries:
        iso3 = country.alpha_3
        display = getattr(country, "common_name", None) or country.name
        d.country_names[iso3] = display
        if iso3 in curated:
            continue
        for surface in {country.name, display, getattr(country, "official_name", None)}:
            if surface and "," not in surface:
                d.add_name(surface, Entry("country", display, iso3))


def _add_countries(d: ActorDictionary, data: dict) -> None:
    for iso3, info in (data or {}).items():
        info = info or {}
        display = (info.get("names") or [d.country_names.get(iso3, iso3)])[0]
        d.country_names[iso3] = display
        for surface in info.get("names") or []:
            d.add_name(surface, Entry("country", display, iso3))
        for surface in (info.get("adjectives") or []) + (info.get("demonyms") or []):
            d.add_name(surface, Entry("adjective", display, iso3))
        for surface in (info.get("capitals") or []) + (info.get("government_metonyms") or []):
            d.add_name(surface, Entry("capital", display, iso3, "GOV"))


def _add_regions(d: ActorDictionary, data: dict) -> None:
    """Regional adjectives ("Western", "European"): owners of a phrase, never a country of their own."""
    for code, info in (data or {}).items():
        info = info or {}
        name = str(info.get("name") or code)
        d.country_names.setdefault(code, name)
        for surface in info.get("adjectives") or []:
            d.add_name(surface, Entry("adjective", name, code))


def _add_organizations(d: ActorDictionary, data: list) -> None:
    for org in data or []:
        entry = Entry(
            "organization", org["name"], org.get("country"), org.get("sector"), org.get("code"),
            since=_iso(org.get("since")), until=_iso(org.get("until")), generic=bool(org.get("generic")),
            needs=tuple(org.get("needs") or ()), operates=tuple(org.get("operates") or ()),
        )
        for surface in org.get("patterns") or [org["name"]]:
            for spelling in spelling_variants(surface):
                d.add_name(spelling, entry)


# Words of a body's name that British and American English spell apart: a listed name is matched
# in both spellings ("Organisation for Security and Co-operation in Europe" for the listed American one).
# Not "Defense"/"Defence": the Pentagon's "Department of Defense" is Australia's, Ireland's and South
# Africa's "Department of Defence".
SPELLING_PAIRS = (("Organization", "Organisation"),)


def spelling_variants(surface: str) -> list[str]:
    """``surface`` and its spelling in the other English of ``SPELLING_PAIRS`` (the surface alone
    when it holds none of their words)."""
    variants = [surface]
    for american, british in SPELLING_PAIRS:
        variants += [v.replace(american, british) for v in variants if american in v]
        variants += [v.replace(british, american) for v in variants if british in v]
    return list(dict.fromkeys(variants))


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _add_people(d: ActorDictionary, data: list) -> None:
    for person in data or []:
        roles = tuple(
            (r.get("country"), r.get("sector"), r.get("title"), _iso(r.get("start")), _iso(r.get("end")), r.get("code"))
            for r in person.get("roles") or []
        )
        entry = Entry("person", person["name"], None, roles=roles)
        for surface in [person["name"], *(person.get("aliases") or [])]:
            d.add_name(surface, entry)


def _add_sectors(d: ActorDictionary, data: dict) -> None:
    for sector, terms in (data or {}).items():
        for term in terms or []:
            d.sector_terms.setdefault(str(term).lower(), sector)


def _add_titles(d: ActorDictionary, data: Any) -> None:
    if isinstance(data, dict):
        items = [(t, s) for s, terms in data.items() if isinstance(terms, list) for t in terms]
        items += [(t, s) for t, s in data.items() if isinstance(s, str)]
    else:
        items = [(t, "GOV") for t in data or []]
    for title, sector in items:
        d.titles.setdefault(str(title).lower(), sector)


def _apply(d: ActorDictionary, data: dict) -> None:
    _add_countries(d, data.get("countries"))
    _add_regions(d, data.get("regions"))
    _add_organizations(d, data.get("organizations"))
    _add_sectors(d, data.get("sectors"))
    _add_titles(d, data.get("titles"))
    _add_people(d, data.get("people"))
    d.forces.update(str(name) for name in data.get("forces") or [])


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_csv_entries(text: str) -> dict[str, list]:
    """A user CSV (see the module docstring) as the YAML layout: organizations and people."""
    organizations: list[dict] = []
    people: dict[str, dict] = {}
    for row in csv.DictReader(text.splitlines()):
        row = {(k or "").strip().lower(): v for k, v in row.items()}
        name = _blank_to_none(row.get("name"))
        if not name:
            continue
        kind = (_blank_to_none(row.get("kind")) or "organization").lower()
        if kind == "person":
            person = people.setdefault(name, {"name": name, "aliases": [], "roles": []})
            person["aliases"] += [a for a in _split(row.get("patterns")) if a not in person["aliases"]]
            person["roles"].append({key: _blank_to_none(row.get(key)) for key in ("country", "sector", "title", "start", "end", "code")})
        else:
            organizations.append({
                "name": name, "patterns": _split(row.get("patterns")) or [name],
                "country": _blank_to_none(row.get("country")), "sector": _blank_to_none(row.get("sector")),
                "code": _blank_to_none(row.get("code")), "since": _blank_to_none(row.get("start")),
                "until": _blank_to_none(row.get("end")),
            })
    return {"organizations": organizations, "people": list(people.values())}


def read_user_file(path: str | Path) -> dict:
    """A user dictionary file, YAML or CSV (by extension), in the YAML layout."""
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"{path}: actor dictionary file not found")
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() in (".csv", ".tsv"):
        return read_csv_entries(text)
    data = safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an actor YAML file must be a mapping with keys such as organizations, people")
    return data


def load_dictionary(user_files: str | tuple[str, ...] | list[str] | None = None) -> ActorDictionary:
    """Packaged dictionary plus any user files (YAML or CSV), built once per process and set of files.

    Entries of user files come after the packaged ones; a user surface form adds a reading and
    user organizations and people win over packaged entries of the same kind."""
    if isinstance(user_files, str):
        user_files = (user_files,)
    return _built_dictionary(tuple(user_files or ()))


@lru_cache(maxsize=8)
def _built_dictionary(user_files: tuple[str, ...]) -> ActorDictionary:
    d = ActorDictionary()
    packaged = {key: _read_yaml(f"{key}.yaml") for key in DATA_FILES}
    _add_pycountry(d, packaged["countries"] or {})
    user = [read_user_file(path) for path in user_files]
    for data in user:
        _apply(d, data)
    _apply(d, packaged)
    return d


def role_on(entry: Entry, date: str | None) -> tuple | None:
    """The role a person held on ``date`` (latest-starting role when the date is unknown)."""
    if not entry.roles:
        return None
    if date:
        current = [r for r in entry.roles if (r[3] or "0000") <= date and (r[4] is None or date <= r[4])]
        if current:
            return max(current, key=lambda r: r[3] or "")
        return None
    return max(entry.roles, key=lambda r: r[3] or "")


# CAMEO's sector for former government officials ("elites").
FORMER_OFFICIAL_SECTOR = "ELI"


def standing_on(entry: Entry, date: str | None) -> tuple | None:
    """The role a person's mentions are coded by on ``date``: the office held then (``role_on``);
    when none, the person is still of the country of his national offices: the last one he left,
    coded ``ELI`` (CAMEO's former officials: "Hasina" after her flight is Bangladeshi), or else
    the first one he will take, with no sector (before taking office his standing is unknown).
    International posts (IGO, or carrying their own code) give no nationality."""
    role = role_on(entry, date)
    if role is not None or not date:
        return role
    national = [r for r in entry.roles if r[0] and r[1] != "IGO" and not (len(r) > 5 and r[5])]
    left = [r for r in national if r[4] is not None and r[4] < date]
    if left:
        last = max(left, key=lambda r: r[4])
        return (last[0], FORMER_OFFICIAL_SECTOR, *last[2:])
    coming = [r for r in national if r[3] and date < r[3]]
    if coming:
        first = min(coming, key=lambda r: r[3])
        return (first[0], None, *first[2:])
    return None


def active_on(entry: Entry, date: str | None) -> bool:
    if not date:
        return True
    return (entry.since is None or entry.since <= date) and (entry.until is None or date <= entry.until)
