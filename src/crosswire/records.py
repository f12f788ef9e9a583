"""Typed records: one frozen, slotted dataclass per concept, shared by every stage.

Offsets (`start`, `end`) are character offsets into `Article.text`. Records pickle cleanly, so
the same extraction runs in-process, in a process pool or in a Ray worker. `to_json` turns any
record into the extraction contract documented in docs/schema.md.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ACTOR_KINDS = ("state", "igo", "ngo", "person", "org", "group", "unknown")
QUOTE_KINDS = ("direct", "indirect", "mixed", "stance")  # stance: a position on a thing, not words ("condemned the plan")
CERTAINTIES = ("asserted", "reported", "hedged", "denied")
QUALIFIERS = ("exact", "more_than", "at_least", "less_than", "at_most", "about")
DATE_SOURCES = ("text", "published", "inferred")
MODALITIES = ("factual", "future", "hypothetical", "reported")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested: text plus metadata; `id` is stable across re-ingests."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_inferred: bool = False
    lang: str | None = "en"
    extra: Mapping[str, Any] = field(default_factory=dict)  # unknown input fields, kept as given
    origin: str | None = None  # where it came from: "path" or "path:line"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of evidence in the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A real-world actor: state, organisation, person or group, with PLOVER sector."""

    id: str
    name: str
    kind: str = "unknown"
    country: str | None = None  # ISO3, "IGO", or None
    org: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention, with the actor it refers to when resolved."""

    text: str
    start: int
    end: int
    label: str
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression normalised the TimeML way (TIMEX3 type, value, mod)."""

    text: str
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved to a gazetteer entry."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who says something: the span naming them and the actor it resolves to."""

    text: str
    start: int
    end: int
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct, indirect (reported) or mixed quote with its cue and speaker."""

    text: str
    start: int
    end: int
    kind: str
    cue: Span | None = None
    speaker: SourceRef | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a claim, with its unit, qualifier and what it counts."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None = None
    qualifier: str = "exact"
    refers_to: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable assertion with its source, certainty, time and quantities."""

    text: str
    start: int
    end: int
    source: SourceRef | None = None
    cue: Span | None = None
    certainty: str = "asserted"
    time: TimeRef | None = None
    quantities: tuple[Quantity, ...] = ()


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, and where that date came from."""

    value: str | None
    text: str | None = None
    from_: str = "published"  # serialised as "from"


@dataclass(frozen=True, slots=True)
class Event:
    """A political event coded in PLOVER, with evidence."""

    type: str
    start: int
    end: int
    trigger: Span
    mode: str | None = None
    context: str | None = None
    actors: tuple[Actor, ...] = ()
    recipients: tuple[Actor, ...] = ()
    date: EventDate | None = None
    place: Place | None = None
    size: Quantity | None = None
    negated: bool = False
    modality: str = "factual"
    source: SourceRef | None = None
    confidence: float = 0.0
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article: the unit the store writes in one transaction."""

    article: Article
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()


_RENAMED = {"from_": "from"}
_HIDDEN = {Article: {"origin"}}  # origin is where the file was, not part of the article


_SCALARS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}  # record type -> (attribute, JSON key), built once


def _json_fields(cls: type) -> tuple[tuple[str, str], ...]:
    names = _FIELDS.get(cls)
    if names is None:
        hidden = _HIDDEN.get(cls, ())
        names = tuple((f.name, _RENAMED.get(f.name, f.name)) for f in dataclasses.fields(cls) if f.name not in hidden)
        _FIELDS[cls] = names
    return names


def to_json(value: Any) -> Any:
    """Convert a record (or a tuple/list/dict of them) to plain JSON-ready values."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if dataclasses.is_dataclass(cls):
        return {key: to_json(getattr(value, name)) for name, key in _json_fields(cls)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: to_json(v) for k, v in value.items()}
    return value


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """The extraction contract: one JSON object per article (see docs/schema.md)."""
    return to_json(extraction)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input item that could not become an Extraction, with where and why."""

    origin: str
    reason: str
