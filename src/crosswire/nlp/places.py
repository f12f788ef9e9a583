"""The `places` component: place mentions (GPE, LOC, FAC entities and datelines) geocoded offline.

Disambiguation (docs/places.md): countries and regions first; a city name is ranked by population,
capital status and the countries the article itself names; an explicit qualifier ("Athens,
Georgia", "Paris, Texas") overrides the ranking. Demonyms (spaCy NORP) are never places.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from crosswire.nlp.datelines import dateline_pattern
from crosswire.nlp.extensions import doc_text
from crosswire.nlp.gazetteer import GazetteerEntry, city_score, load_gazetteer
from crosswire.records import Place

PLACE_LABELS = ("GPE", "LOC", "FAC")
# The small model sometimes labels a place ORG, PRODUCT or PERSON ("moved to Kursk", "in the
# Indo-Pacific", "Jordan closed its border"): such a mention counts when it names a country or
# region (a PERSON region only as a single word), or a big city after a locative preposition.
MISLABELLED = ("ORG", "PRODUCT", "PERSON")
LOCATIVE_PREPS = {"in", "to", "from", "near", "at", "into", "toward", "towards", "across", "around", "outside", "inside", "throughout"}
MIN_CITY_POPULATION = 100_000
_QUALIFIER = re.compile(r"\A,\s*(?P<qual>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def _place(text: str, start: int, end: int, entry: GazetteerEntry) -> Place:
    return Place(
        text=text, start=start, end=end, name=entry.name, country=entry.country, admin1=entry.admin1,
        lat=entry.lat, lon=entry.lon, feature=entry.feature,
    )


def choose_entry(candidates: list[GazetteerEntry], context: set[str], qualifier: tuple[str | None, str | None]) -> GazetteerEntry | None:
    """Pick one entry: a qualifier filters; a country or region beats a city; cities are ranked."""
    if not candidates:
        return None
    country, state = qualifier
    if country or state:
        fitting = [
            c for c in candidates
            if (state and c.country == "USA" and c.admin1 == state) or (country and c.country == country and c.feature != "country")
        ]
        if fitting:
            return max(fitting, key=lambda c: c.population)
    for c in candidates:
        if c.feature in ("country", "continent", "region"):
            return c
    cities = [c for c in candidates if c.feature == "city"]
    if cities:
        return max(cities, key=lambda c: city_score(c, context))
    return candidates[0]


def find_places(doc: Doc) -> list[Place]:
    """Geocode every place mention of the Doc (entities and datelines), in text order."""
    gaz = load_gazetteer()
    text = doc_text(doc)
    mentions: list[tuple[int, int, str | None]] = []  # (start, end, qualifier text)
    for m in dateline_pattern().finditer(text):
        if gaz.lookup(m.group("place")):
            mentions.append((m.start("place"), m.end("place"), m.group("qual")))
    taken = [(s, e) for s, e, _ in mentions]
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and not (ent.label_ in MISLABELLED and _locative(doc, ent, gaz)):
            continue
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        end = ent.start_char + len(ent.text.rstrip())  # the model can take trailing line breaks in
        qual = _QUALIFIER.match(text[end : end + 40])
        mentions.append((ent.start_char, end, qual.group("qual") if qual else None))
    mentions.sort()
    looked = [(s, e, q, gaz.lookup(_strip(text[s:e]))) for s, e, q in mentions]
    context = {c[0].country for _, _, _, c in looked if c and c[0].feature == "country"}
    places: list[Place] = []
    skip_until = -1
    for start, end, qual, candidates in looked:
        if start < skip_until:
            continue
        qualifier = gaz.qualifier(qual) if qual else (None, None)
        entry = choose_entry(candidates, context, qualifier)
        if entry is None:
            continue
        places.append(_place(text[start:end], start, end, entry))
        if entry.feature == "city" and any(qualifier):
            skip_until = end + 2 + len(qual)  # "Athens, Georgia": the qualifier is part of this mention
    return places


def _locative(doc: Doc, ent, gaz) -> bool:
    """Whether a mislabelled entity is a place after all (see MISLABELLED)."""
    entries = gaz.lookup(_strip(ent.text))
    if not entries:
        return False
    if entries[0].feature == "country":  # "Burkina Faso warned", "Sierra Leone" taken for a person
        return True
    if entries[0].feature in ("continent", "region") and (ent.label_ != "PERSON" or len(ent) == 1):
        return True
    if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVE_PREPS:
        return False
    return any(e.population >= MIN_CITY_POPULATION for e in entries)


def _strip(name: str) -> str:
    return re.sub(r"['’]s$", "", name.strip())


class PlaceResolver:
    """spaCy component: sets doc._.cw_places (list of Place)."""

    def __init__(self, nlp=None, name: str = "places"):
        self.name = name
        load_gazetteer()  # build it with the pipeline, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        doc._.cw_places = find_places(doc)
        return doc
