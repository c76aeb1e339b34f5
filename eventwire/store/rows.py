"""The contract flattened to table rows: one function per table, shared by DuckDB and Spark.

Column names here are the store's columns (``schema.sql``) and the Parquet columns Spark writes,
so both back ends hold the same records.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.models import Actor, Extraction

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def actor_cols(prefix: str, actor: Actor | None) -> dict:
    return {f"{prefix}_name": actor.name if actor else None, f"{prefix}_text": actor.text if actor else None,
            f"{prefix}_country": actor.country if actor else None, f"{prefix}_sector": actor.sector if actor else None,
            f"{prefix}_code": actor.code if actor else None}


def article_row(x: Extraction) -> dict:
    a = x.article
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
            "published_basis": a.published_basis, "source": a.source, "text": a.text,
            "n_events": len(x.events), "n_quotes": len(x.quotes), "extraction": x.to_json()}


def event_row(x: Extraction, e) -> dict:
    row = {"id": e.id, "article_id": x.article.id, "type": e.type, "mode": e.mode, "context": e.context,
           "cameo": e.cameo, "goldstein": e.goldstein, "quad_class": e.quad_class,
           **actor_cols("source", e.source), **actor_cols("target", e.target),
           "date_value": e.date.value, "date_text": e.date.text, "date_basis": e.date.basis,
           "event_date": e.date.value if e.date.value and _DAY.match(e.date.value) else None,
           "place_name": e.place.name if e.place else None, "place_country": e.place.country if e.place else None,
           "lat": e.place.lat if e.place else None, "lon": e.place.lon if e.place else None,
           "geonameid": e.place.geonameid if e.place else None,
           "place_precision": e.place.precision if e.place else None,
           "fatalities": e.fatalities, "injured": e.injured, "arrested": e.arrested,
           "casualties_approximate": e.casualties_approximate, "quote_id": e.quote_id,
           "reported_by_code": e.reported_by.code if e.reported_by else None,
           "reported_by_name": e.reported_by.name if e.reported_by else None,
           "trigger_text": e.trigger.text, "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
           "sentence": e.evidence.sentence, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
           "evidence": e.evidence.text, "confidence": e.confidence,
           "outlet": x.article.outlet, "published": x.article.published}
    return row


def quote_row(x: Extraction, q) -> dict:
    return {"id": q.id, "article_id": x.article.id, "text": q.text, "kind": q.kind,
            "speaker_name": q.speaker.name if q.speaker else None, "speaker_code": q.speaker.code if q.speaker else None,
            "speaker_country": q.speaker.country if q.speaker else None, "speaker_text": q.speaker_text,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
            "speaker_description": q.speaker_description,
            "addressee_code": q.addressee.code if q.addressee else None, "claim": q.claim, "event_ids": q.event_ids,
            "cue": q.cue, "channel": q.outlet, "date_value": q.date.value, "date_basis": q.date.basis,
            "start_char": q.start, "end_char": q.end, "sentence": q.sentence,
            "outlet": x.article.outlet, "published": x.article.published}


def entity_row(x: Extraction, e) -> dict:
    a, p = e.actor, e.place
    return {"article_id": x.article.id, "text": e.text, "label": e.label, "start_char": e.start, "end_char": e.end,
            "actor_name": a.name if a else None, "actor_code": a.code if a else None,
            "actor_country": a.country if a else None, "actor_sector": a.sector if a else None,
            "place_name": p.name if p else None, "place_country": p.country if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None, "geonameid": p.geonameid if p else None,
            "feature": p.feature if p else None, "population": p.population if p else None,
            "precision": p.precision if p else None}


def timex_row(x: Extraction, t) -> dict:
    return {"article_id": x.article.id, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod, "anchor": t.anchor,
            "start_char": t.start, "end_char": t.end}


def event_rows(x: Extraction) -> list[dict]:
    return [event_row(x, e) for e in x.events]


def quote_rows(x: Extraction) -> list[dict]:
    return [quote_row(x, q) for q in x.quotes]


def entity_rows(x: Extraction) -> list[dict]:
    return [entity_row(x, e) for e in x.entities]


def timex_rows(x: Extraction) -> list[dict]:
    return [timex_row(x, t) for t in x.timexes]


# The child tables of an article, in write order.
TABLE_ROWS: dict[str, Callable[[Extraction], list[dict]]] = {
    "events": event_rows, "quotes": quote_rows, "entities": entity_rows, "timexes": timex_rows,
}


def extraction_rows(x: Extraction) -> dict[str, list[dict]]:
    """Every row one article puts in the store: ``{"articles": [its row], "events": [...], ...}``.

    Plain dicts, so worker processes can send them to the writing process as they are."""
    return {"articles": [article_row(x)], **{table: rows_of(x) for table, rows_of in TABLE_ROWS.items()}}
