"""The output contract, schema ``eventwire/1``.

These pydantic models are the single definition of what eventwire produces: the CLI's
``--json`` output, the Python API's return value and the JSON Schema printed by
``eventwire schema`` all come from here. Changing a field means a new schema version.

Every span carries ``start``/``end`` character offsets into ``Article.text`` such that
``article.text[start:end] == span.text``.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "eventwire/1"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PublishedBasis = Literal["given", "metadata", "inferred", "unknown"]
DateBasis = Literal["explicit", "relative", "publication", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """One news article as read from any input format."""

    id: str = Field(description="Content hash of title, outlet and text (sha1, 16 hex digits).")
    title: str = ""
    outlet: str = ""
    url: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    published_basis: PublishedBasis = "unknown"
    text: str = Field(description="Body text; every offset in the output indexes this string.")
    source: str | None = Field(None, description="Where it was read: 'file' or 'file:line'.")


class Actor(_Model):
    """A coded actor: ISO3 country (or regional/IGO code) plus sector, CAMEO/PLOVER style."""

    name: str = Field(description="Canonical name, e.g. 'Azerbaijan' or 'Armenia military'.")
    text: str = Field(description="The words in the article that name it.")
    country: str | None = Field(None, description="ISO 3166 alpha-3 or a regional code (EUR, AFR, ...).")
    sector: str | None = Field(None, description="GOV, MIL, REB, OPP, COP, IGO, CVL, MED, ...")
    code: str | None = Field(None, description="country + sector, e.g. 'AZEMIL'.")


class Place(_Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = Field(None, description="country | admin1 | region | city | water | border | ...")
    population: int | None = None
    precision: str | None = Field(None, description="How exact the point is: 'exact' (a town or site), "
                                  "'admin1' (a province centroid), 'region', 'country' (a country centroid).")


class Sentence(_Model):
    index: int
    start: int
    end: int
    text: str


class Entity(_Model):
    text: str
    label: str
    start: int
    end: int
    actor: Actor | None = None
    place: Place | None = None


class Timex(_Model):
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2024-06-03, 2024-W24, 2024-06, P3Y, XXXX-06-03 ...")
    mod: str | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...")
    anchor: str | None = Field(None, description="What the value was resolved against: 'absolute' (the text "
                               "says it all), 'dct' (the publication date), 'narrative' (an earlier date in "
                               "the text), 'unknown_dct' (no publication date: the year stays XXXX).")
    start: int
    end: int


class EventDate(_Model):
    value: str | None = None
    text: str | None = None
    basis: DateBasis = "unknown"


class Span(_Model):
    text: str
    start: int
    end: int


class Evidence(_Model):
    sentence: int
    start: int
    end: int
    text: str


class Event(_Model):
    id: str
    type: PloverType
    mode: str | None = Field(None, description="PLOVER mode of the type, e.g. 'aerial' for ASSAULT.")
    context: list[str] = Field(
        default_factory=list,
        description="Attributes: PLOVER context plus 'negated', 'future', 'hypothetical', "
        "'historical', 'claimed' flags for filtering, and 'target-inferred' when the target is not "
        "named in the event's sentence (taken from where the event happened, an earlier sentence or "
        "the article's two countries), 'source-inferred' likewise for a source taken from another "
        "sentence.",
    )
    cameo: str
    goldstein: float
    quad_class: int = Field(description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")
    source: Actor | None = None
    target: Actor | None = None
    date: EventDate
    place: Place | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    casualties_approximate: bool = Field(False, description="A count came from a vague quantity "
                                         "('dozens', 'scores', 'more than 20') and is a lower bound.")
    reported_by: Actor | None = None
    quote_id: str | None = Field(None, description="The quote or claim this event was reported in.")
    trigger: Span
    evidence: Evidence
    confidence: float


class Quote(_Model):
    id: str
    text: str
    kind: QuoteKind
    speaker: Actor | None = None
    speaker_text: str | None = None
    speaker_start: int | None = Field(None, description="Character offsets of speaker_text in the article text.")
    speaker_end: int | None = None
    speaker_description: str | None = Field(None, description="How the text describes the speaker, "
                                            "e.g. 'a senior analyst at the Y institute'.")
    addressee: Actor | None = Field(None, description="Whom it was said to, when the text says.")
    cue: str | None = None
    outlet: str | None = Field(None, description="The outlet named as the channel: 'told AFP' -> AFP.")
    claim: bool = Field(False, description="A report or claim of fact (an outlet or party as the source), "
                        "rather than an opinion or promise.")
    event_ids: list[str] = Field(default_factory=list, description="Events reported inside this quote.")
    date: EventDate
    start: int
    end: int
    sentence: int


class Extraction(_Model):
    """Everything eventwire found in one article: one line of ``eventwire extract --json``."""

    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    # The JSON this object was read from, when it came from ``from_json``: written back as is, so a
    # worker's output is not serialized a second time by the process that stores it.
    _source_json: str | None = PrivateAttr(default=None)

    def to_json(self) -> str:
        return self._source_json or self.model_dump_json(by_alias=True)

    @classmethod
    def from_json(cls, payload: str) -> "Extraction":
        """Parse and validate ``payload``; ``to_json`` then returns it unchanged."""
        extraction = cls.model_validate_json(payload)
        extraction._source_json = payload
        return extraction


class Reject(_Model):
    """An input that could not be read; it is recorded, the batch goes on."""

    file: str
    line: int | None = None
    reason: str
