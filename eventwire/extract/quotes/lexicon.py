"""The cue lexicon of the quote extractor, read from ``cues.yaml`` beside this module."""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire.yamlfiles import safe_load

_PACKAGE = "eventwire.extract.quotes"
_DEFAULT_FILE = "cues.yaml"


@dataclass(frozen=True)
class CueLexicon:
    """Cue words and outlet names, as sets ready for lookups."""

    speech_verbs: frozenset[str]
    clause_only: frozenset[str]
    source_phrases: tuple[tuple[str, ...], ...]
    channel_nouns: frozenset[str]
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    channel_words: frozenset[str]
    not_outlets: frozenset[str]
    gerund_verbs: frozenset[str]
    speaker_actions: frozenset[str]
    addressee_verbs: frozenset[str] = frozenset()
    claim_cues: frozenset[str] = frozenset()
    report_sources: frozenset[str] = frozenset()
    prep_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    urging_verbs: frozenset[tuple[str, ...]] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    judging_preps: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    passive_verbs: frozenset[str] = frozenset()
    passive_agent_skip: frozenset[str] = frozenset()
    regarding_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    finding_verbs: frozenset[str] = frozenset()
    as_verbs: dict[str, str | None] = field(default_factory=dict)
    control_verbs: frozenset[str] = frozenset()

    @property
    def clause_verbs(self) -> frozenset[str]:
        """Every lemma that may govern a reported clause."""
        return self.speech_verbs | self.clause_only


def _read_yaml(path: str | Path | None) -> dict:
    """The raw YAML mapping: the packaged file, or ``path`` when given."""
    if path is None:
        text = resources.files(_PACKAGE).joinpath(_DEFAULT_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"cue lexicon must be a YAML mapping, got {type(data).__name__}")
    return data


def load_lexicon(path: str | Path | None = None) -> CueLexicon:
    """Load the cue lexicon (the packaged ``cues.yaml`` unless ``path`` is given)."""
    data = _read_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return CueLexicon(
        speech_verbs=words("speech_verbs"),
        clause_only=words("clause_only"),
        source_phrases=tuple(
            tuple(str(w).lower() for w in phrase) for phrase in data.get("source_phrases") or []
        ),
        channel_nouns=words("channel_nouns"),
        outlets=frozenset(str(w) for w in data.get("outlets") or []),
        outlet_words=frozenset(str(w) for w in data.get("outlet_words") or []),
        channel_words=words("channel_words"),
        not_outlets=words("not_outlets"),
        gerund_verbs=words("gerund_verbs"),
        speaker_actions=(words("speaker_actions") | words("speech_verbs") | words("clause_only"))
        - words("joined_hopes"),
        addressee_verbs=words("addressee_verbs"),
        claim_cues=words("claim_cues"),
        report_sources=words("report_sources"),
        prep_objects={str(verb).lower(): frozenset(str(p).lower() for p in preps or [])
                      for verb, preps in (data.get("prep_objects") or {}).items()},
        urging_verbs=frozenset(tuple(str(w).lower() for w in entry)
                               for entry in data.get("urging_verbs") or []),
        naming_verbs=words("naming_verbs"),
        intention_verbs=words("intention_verbs"),
        judging_verbs=words("judging_verbs"),
        judging_preps=words("judging_preps"),
        stance_verbs=words("stance_verbs"),
        statement_nouns=words("statement_nouns"),
        intention_nouns=words("intention_nouns"),
        passive_verbs=words("passive_verbs"),
        passive_agent_skip=words("passive_agent_skip"),
        finding_verbs=words("finding_verbs"),
        control_verbs=words("control_verbs"),
        regarding_verbs={str(verb).lower(): frozenset(str(p).lower() for p in preps or [])
                         for verb, preps in (data.get("regarding_verbs") or {}).items()},
        as_verbs={str(verb).lower(): (str(word).lower() if word is not None else None)
                  for verb, word in (data.get("as_verbs") or {}).items()},
    )
