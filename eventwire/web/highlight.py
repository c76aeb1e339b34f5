"""The article page's marked-up text and each event field's evidence span.

The text is cut at every span boundary into segments; each segment knows which kinds of span
cover it (entity, place, timex, quote, trigger), so overlapping spans never need nesting. The
template renders segments as escaped ``<span>`` elements carrying their character offsets,
which is how a click on an event field finds and flashes its evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.models import Event, Extraction


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the article text."""

    start: int
    end: int
    kind: str          # entity | place | timex | quote | trigger
    label: str         # shown as the segment's tooltip


@dataclass
class Segment:
    start: int
    end: int
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"k-{kind}" for kind in sorted(set(self.kinds)))

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(self.labels))


@dataclass(frozen=True)
class FieldEvidence:
    """One field of an event as shown beside the text, with the span that supports it."""

    name: str
    value: str
    start: int
    end: int
    how: str           # how the span was found, shown with the evidence


def marks_of(extraction: Extraction) -> list[Mark]:
    """Every span worth highlighting in one article."""
    marks = []
    for entity in extraction.entities:
        if entity.place is not None and entity.actor is None:
            marks.append(Mark(entity.start, entity.end, "place", f"place: {entity.place.name}"))
        elif entity.actor is not None:
            marks.append(Mark(entity.start, entity.end, "entity", f"actor: {entity.actor.code or entity.actor.name}"))
        else:
            marks.append(Mark(entity.start, entity.end, "entity", f"{entity.label}"))
    marks += [Mark(t.start, t.end, "timex", f"{t.type} {t.value}") for t in extraction.timexes]
    marks += [Mark(q.start, q.end, "quote", f"quote ({q.kind})") for q in extraction.quotes]
    marks += [Mark(e.trigger.start, e.trigger.end, "trigger", f"event {e.type}") for e in extraction.events]
    return [m for m in marks if 0 <= m.start < m.end <= len(extraction.article.text)]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the marks covering it."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        pieces.append(Segment(start, end, text[start:end], [m.kind for m in covering], [m.label for m in covering]))
    return pieces


def _find_within(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    """The first occurrence of ``needle`` in ``text[start:end]``, case-insensitively."""
    if not needle:
        return None
    at = text.lower().find(needle.lower(), start, end)
    return (at, at + len(needle)) if at >= 0 else None


def field_evidence(event: Event, extraction: Extraction) -> list[FieldEvidence]:
    """The fields of ``event`` in display order, each with its supporting span."""
    text = extraction.article.text
    ev = event.evidence
    sentence = next((s for s in extraction.sentences if s.index == ev.sentence), None)
    s_start, s_end = (sentence.start, sentence.end) if sentence else (ev.start, ev.end)
    trigger = (event.trigger.start, event.trigger.end)

    def located(name: str, value: object, needle: str | None, fallback_how: str) -> FieldEvidence:
        span = _find_within(text, needle, ev.start, ev.end) or _find_within(text, needle, s_start, s_end)
        if span:
            return FieldEvidence(name, str(value), span[0], span[1], f"'{needle}' in the evidence sentence")
        return FieldEvidence(name, str(value), ev.start, ev.end, fallback_how)

    fields = [
        FieldEvidence("type", f"{event.type}" + (f" ({event.mode})" if event.mode else ""), *trigger,
                      "the trigger word decides the type"),
        FieldEvidence("cameo", event.cameo, *trigger, "CAMEO code of the trigger's type"),
        FieldEvidence("goldstein", f"{event.goldstein:+.1f} (quad {event.quad_class})", *trigger,
                      "Goldstein score of the CAMEO code"),
    ]
    for role, actor in (("source", event.source), ("target", event.target)):
        if actor is None:
            continue
        if role == "target" and "target-inferred" in event.context:
            fields.append(FieldEvidence(role, f"{actor.code or '-'} {actor.name} (inferred)", ev.start, ev.end,
                                        "not named in this sentence: taken from where the event happened, "
                                        "an earlier sentence or the article's two parties"))
            continue
        fields.append(located(role, f"{actor.code or '-'} {actor.name}", actor.text,
                              "the actor is implied by the evidence sentence"))
    date_value = event.date.value or "unknown"
    if event.date.basis == "publication" or not event.date.text:
        fields.append(FieldEvidence("date", f"{date_value} ({event.date.basis})", ev.start, ev.end,
                                    "no date in the sentence: the publication date was used"))
    else:
        fields.append(located("date", f"{date_value} ({event.date.basis})", event.date.text,
                              "the date was inherited from the surrounding text"))
    if event.place is not None:
        fields.append(located("place", f"{event.place.name} ({event.place.country or '-'})", event.place.name,
                              "the place comes from nearby text"))
    for name, count in (("killed", event.fatalities), ("injured", event.injured), ("arrested", event.arrested)):
        if count is not None:
            shown = f"{count}" + (" or more" if event.casualties_approximate else "")
            fields.append(located(name, shown, str(count), "the count is written in words in the evidence"))
    if event.context:
        fields.append(FieldEvidence("context", ", ".join(event.context), ev.start, ev.end, "read from the sentence"))
    fields.append(FieldEvidence("trigger", event.trigger.text, *trigger, "the trigger span"))
    fields.append(FieldEvidence("evidence", f"sentence {ev.sentence + 1}, confidence {event.confidence:.2f}",
                                ev.start, ev.end, "the whole evidence span"))
    return fields
