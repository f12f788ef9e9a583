"""The `places` component: place mentions geocoded to gazetteer entries (work in progress)."""

from __future__ import annotations

from spacy.tokens import Doc


class PlaceResolver:
    """spaCy component: sets doc._.cw_places."""

    def __init__(self, nlp=None, name: str = "places"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.cw_places = []
        return doc
