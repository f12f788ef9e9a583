"""`to_records`: the one place a spaCy Doc becomes crosswire records."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from crosswire.records import Article, Entity, Extraction

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def to_records(doc: Doc) -> Extraction:
    """Convert an annotated Doc into an Extraction (article, entities, times, places, ...)."""
    article: Article = doc._.cw_article
    if doc._.cw_published is not None:
        published, inferred = doc._.cw_published
        if published and _DAY.fullmatch(published):  # only a calendar day is a publication date
            article = dataclasses.replace(article, published=published, published_inferred=inferred)
    actors = doc._.cw_actors or {}
    entities = tuple(
        Entity(
            text=ent.text.rstrip(),  # the model can take trailing line breaks into an entity
            start=ent.start_char,
            end=ent.start_char + len(ent.text.rstrip()),
            label=ent.label_,
            actor=actors.get((ent.start_char, ent.end_char)),
        )
        for ent in doc.ents
    )
    return Extraction(
        article=article,
        entities=entities,
        times=tuple(doc._.cw_times or ()),
        places=tuple(doc._.cw_places or ()),
        quotes=tuple(doc._.cw_quotes or ()),
        claims=tuple(doc._.cw_claims or ()),
        events=tuple(doc._.cw_events or ()),
    )
