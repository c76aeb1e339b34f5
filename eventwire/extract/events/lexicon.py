"""Loading the event coding data: the trigger lexicon, the CAMEO table and the structural rules.

``data/lexicon.yaml`` maps verb and noun lemmas (with optional object, particle and target
constraints) to PLOVER types and CAMEO codes; ``data/cameo.yaml`` gives each CAMEO code its
Goldstein score and PLOVER mapping; ``rules.yaml`` lists the structural words (speech verbs,
control verbs, modality markers, casualty verbs, number words). A user lexicon file in the
same format adds entries (``eventwire_events`` config ``user_lexicon``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.yamlfiles import safe_load

from eventwire.models import PLOVER_TYPES


@dataclass(frozen=True)
class Trigger:
    lemma: str
    type: str
    cameo: str
    pos: str                                  # "verb" | "noun"
    mode: str | None = None
    objects: frozenset[str] = frozenset()     # required direct-object lemmas (light verbs)
    particle: str | None = None
    targets: tuple[str, ...] = ("dobj",)      # dependency paths to the target: dobj, prep:on, ...
    not_with: frozenset[str] = frozenset()
    context: tuple[str, ...] = ()
    weight: float = 1.0
    passive_only: bool = False
    subjects: frozenset[str] = frozenset()    # required subject lemmas ("workers strike")
    needs_clause: bool = False                # the reading needs a clausal complement ("asked X to leave")
    intransitive: bool = False                # no direct object ("crowds demonstrated", not "demonstrated the plane")
    active_only: bool = False                 # never passive ("flew to Paris", not "was flown to Paris")
    not_subjects: frozenset[str] = frozenset()  # subject lemmas that rule the reading out ("it flew to ...")


@dataclass(frozen=True)
class EntryNeeds:
    """What any of a lemma's entries asks about a candidate: its objects (or words ruling the
    reading out), particles, voice, subjects, a clausal complement, or an object predicate (a
    phone-call reading is ruled out by one)."""

    objects: bool
    particles: bool
    voice: bool
    subjects: bool
    clause: bool
    predicate: bool

    @classmethod
    def of(cls, entries: list[Trigger]) -> EntryNeeds:
        return cls(objects=any(t.objects or t.not_with for t in entries),
                   particles=any(t.particle for t in entries),
                   voice=any(t.passive_only or t.active_only for t in entries),
                   subjects=any(t.subjects or t.not_subjects for t in entries),
                   clause=any(t.needs_clause for t in entries),
                   predicate=any(t.mode == "phone" for t in entries))


@dataclass
class Lexicon:
    verbs: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    cameo: dict[str, dict[str, Any]] = field(default_factory=dict)
    rules: dict[str, Any] = field(default_factory=dict)
    # inflected forms the tagger leaves unlemmatized ("retook"), with the lemma they are read as
    forms: dict[str, str] = field(default_factory=dict)
    _lowered: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _needs: dict[int, tuple] = field(default_factory=dict, repr=False, compare=False)

    def word_set(self, key: str) -> frozenset[str]:
        return frozenset(self.rules.get(key) or ())

    def entry_needs(self, entries: list[Trigger]) -> EntryNeeds:
        """What the entries of one lemma (a list of ``verbs`` or ``nouns``) ask of a candidate's
        parse, worked out once per list instead of for every candidate of that lemma."""
        found = self._needs.get(id(entries))
        if found is None or found[0] is not entries or found[1] != len(entries):
            found = self._needs[id(entries)] = (entries, len(entries), EntryNeeds.of(entries))
        return found[2]

    def lower_words(self, key: str) -> frozenset[str]:
        """A word list of ``rules.yaml`` in lower case, built once per list (the coder asks for the
        same lists for every candidate trigger)."""
        words = self._lowered.get(key)
        if words is None:
            words = self._lowered[key] = frozenset(str(w).lower() for w in self.rules.get(key) or ())
        return words

    def goldstein(self, code: str) -> float:
        info = self.cameo.get(code) or self.cameo.get(code[:3]) or self.cameo.get(code[:2]) or {}
        return float(info.get("goldstein", 0.0))


def quad_class(cameo: str) -> int:
    """QuadClass from the CAMEO root: 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict, 14-20 material conflict."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _read(package: str, name: str) -> Any:
    try:
        return safe_load(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError):
        return None


# The keys a lexicon entry may have (the header of data/lexicon.yaml); any other is a typo that would
# be ignored without a word ("subjects:" for "subject:" lifts the entry's subject condition).
ENTRY_KEYS = frozenset({"lemma", "type", "cameo", "target", "mode", "object", "particle", "not_with", "context",
                        "min_conf", "passive_only", "subject", "xcomp", "intransitive", "active_only", "not_subject"})


def _trigger(entry: dict, pos: str) -> Trigger | None:
    unknown = sorted(set(entry) - ENTRY_KEYS)
    if unknown:
        raise ValueError(f"lexicon entry {entry.get('lemma')!r}: unknown key(s) {', '.join(unknown)}; "
                         f"known: {', '.join(sorted(ENTRY_KEYS))}")
    kind = str(entry.get("type", "")).upper()
    if kind not in PLOVER_TYPES or not entry.get("lemma") or not entry.get("cameo"):
        return None
    targets = tuple(str(t).rstrip("?") for t in (entry.get("target") or ["dobj"]))
    return Trigger(
        lemma=str(entry["lemma"]).lower(), type=kind, cameo=str(entry["cameo"]), pos=pos,
        mode=entry.get("mode"), objects=frozenset(str(o).lower() for o in entry.get("object") or ()),
        particle=entry.get("particle"), targets=targets,
        not_with=frozenset(str(o).lower() for o in entry.get("not_with") or ()),
        context=tuple(entry.get("context") or ()), weight=float(entry.get("min_conf", 1.0)),
        passive_only=bool(entry.get("passive_only", False)),
        subjects=frozenset(str(o).lower() for o in entry.get("subject") or ()),
        needs_clause=bool(entry.get("xcomp", False)),
        intransitive=bool(entry.get("intransitive", False)),
        active_only=bool(entry.get("active_only", False)),
        not_subjects=frozenset(str(o).lower() for o in entry.get("not_subject") or ()),
    )


def _add_entries(lexicon: Lexicon, data: dict | None) -> None:
    lexicon.forms.update({str(form).lower(): str(lemma).lower()
                          for form, lemma in ((data or {}).get("verb_forms") or {}).items()})
    for key, pos, index in (("verbs", "verb", lexicon.verbs), ("nouns", "noun", lexicon.nouns)):
        for entry in (data or {}).get(key) or []:
            trigger = _trigger(entry, pos)
            if trigger:
                index[trigger.lemma].append(trigger)


@lru_cache(maxsize=8)
def load_lexicon(user_lexicon: str | None = None) -> Lexicon:
    lexicon = Lexicon()
    _add_entries(lexicon, _read("eventwire.extract.events.data", "lexicon.yaml"))
    lexicon.cameo = {str(k): v for k, v in (_read("eventwire.extract.events.data", "cameo.yaml") or {}).items()}
    lexicon.rules = _read("eventwire.extract.events", "rules.yaml") or {}
    if user_lexicon:
        try:
            _add_entries(lexicon, safe_load(Path(user_lexicon).read_text(encoding="utf-8")))
        except ValueError as error:
            raise ValueError(f"{user_lexicon}: {error}") from error
    return lexicon
