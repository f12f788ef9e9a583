"""Reading coded events back from the store, and writing them as PLOVER JSON or GDELT-style TSV."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from crosswire.errors import ConfigError
from crosswire.nlp.events.lexicon import PLOVER_TYPES, QUAD
from crosswire.store.db import Store

CODER = "crosswire.events.v1"
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
    "Actor2CountryCode", "EventCode", "EventMode", "QuadClass", "IsNegated", "Modality", "DateFrom",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "Confidence", "SOURCEURL",
)


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to list: PLOVER type, an actor's or recipient's ISO3 code, earliest date."""

    type: str | None = None
    actor: str | None = None
    since: str | None = None

    def checked(self) -> "EventFilter":
        """The same filter normalised (upper-case codes, ISO date), or ConfigError naming the option."""
        etype = self.type.upper() if self.type else None
        if etype and etype not in PLOVER_TYPES:
            raise ConfigError(f"unknown PLOVER type {self.type!r}", where="--type", fix=f"use one of {', '.join(PLOVER_TYPES)}")
        actor = self.actor.upper() if self.actor else None
        if actor and not (len(actor) == 3 and actor.isalpha()):
            raise ConfigError(f"{self.actor!r} is not an ISO3 code", where="--actor", fix="e.g. RUS, PRK, USA, or IGO")
        since = self.since
        if since:
            try:
                since = dt.date.fromisoformat(since).isoformat()
            except ValueError:
                raise ConfigError(f"{since!r} is not a date", where="--since", fix="use YYYY-MM-DD") from None
        return EventFilter(etype, actor, since)


def query_events(store: Store, flt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Stored events matching the filter, oldest first: each the Event's JSON plus article id, index, url, outlet."""
    flt = flt.checked()
    where, params = [], []
    if flt.type:
        where.append("e.type = ?")
        params.append(flt.type)
    if flt.since:
        where.append("e.date_value >= ?")
        params.append(flt.since)
    if flt.actor:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
            " WHERE ea.article_id = e.article_id AND ea.event_idx = e.idx AND a.country = ?)"
        )
        params.append(flt.actor)
    sql = (
        "SELECT e.article_id, e.idx, e.data, ar.url, ar.outlet FROM events e JOIN articles ar ON ar.id = e.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date_value NULLS LAST, e.article_id, e.idx"
    )
    _columns, rows = store.query(sql, params)
    out = []
    for article_id, idx, data, url, outlet in rows:
        event = json.loads(data)
        event.update(article_id=article_id, idx=idx, url=url, outlet=outlet)
        out.append(event)
    return out


def _entity(actor: dict) -> dict:
    entity = {"code": actor.get("country"), "entity_text": actor.get("name")}
    if actor.get("sector"):
        entity["sector"] = actor["sector"]
    if actor.get("role"):
        entity["office"] = actor["role"]
    return entity


def to_plover(event: dict) -> dict:
    """One event in the PLOVER manual's JSON record layout (plus crosswire's modality fields)."""
    date = (event.get("date") or {}).get("value")
    record: dict[str, Any] = {
        "id": f"{event['article_id']}-{event['idx']}",
        "date": date[:10] if date else None,
        "actor": [_entity(a) for a in event.get("actors", [])],
        "recipient": [_entity(a) for a in event.get("recipients", [])],
        "event": [event["type"]],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": [event["context"]] if event.get("context") else [],
        "event_text": [event["trigger"]["text"]],
        "quad_code": QUAD.get(event["type"]),
        "cite_info": {"url": event.get("url"), "outlet": event.get("outlet"), "article_id": event["article_id"]},
        "coder": CODER,
        "comment": event.get("rule"),
        # crosswire fields beyond the manual's table (the manual allows named extra fields)
        "date_from": (event.get("date") or {}).get("from"),
        "modality": event.get("modality"),
        "negated": event.get("negated"),
        "confidence": event.get("confidence"),
    }
    place = event.get("place")
    if place:
        record["event_loc"] = {
            "name": place.get("name"), "country_code": place.get("country"),
            "lat": place.get("lat"), "lon": place.get("lon"),
        }
    if event.get("size"):
        record["size"] = event["size"].get("value")
    return record


def _codes(actors: list[dict]) -> tuple[str, str, str]:
    codes = ";".join(filter(None, ((a.get("country") or "") + (a.get("sector") or "") for a in actors)))
    names = ";".join(a.get("name") or "" for a in actors)
    countries = ";".join(dict.fromkeys(a["country"] for a in actors if a.get("country")))
    return codes, names, countries


def to_gdelt_row(event: dict) -> list[str]:
    """One event as a GDELT-style row (columns in GDELT_COLUMNS); actor lists joined with ';'."""
    date = (event.get("date") or {}).get("value") or ""
    place = event.get("place") or {}
    row = [
        f"{event['article_id']}-{event['idx']}", date[:10].replace("-", ""),
        *_codes(event.get("actors", [])), *_codes(event.get("recipients", [])),
        event["type"], event.get("mode") or "", str(QUAD.get(event["type"], "")),
        "1" if event.get("negated") else "0", event.get("modality") or "", (event.get("date") or {}).get("from") or "",
        place.get("name") or "", place.get("country") or "",
        "" if place.get("lat") is None else str(place["lat"]), "" if place.get("lon") is None else str(place["lon"]),
        str(event.get("confidence", "")), event.get("url") or "",
    ]
    return [cell.replace("\t", " ").replace("\n", " ") for cell in row]
