"""Every crosswire spaCy component factory, registered in one place with a versioned name.

A user can add any of them to their own pipeline: `nlp.add_pipe("crosswire_times_v1")`
(spaCy forbids "." in factory names, error E853, hence the underscores). `PIPELINE` lists them in
the order crosswire runs them, after spaCy's own `ner`. Factory functions carry no annotations:
spaCy validates them, and `from __future__ import annotations` would break that.
"""

from spacy.language import Language

from crosswire.nlp.extensions import register_extensions

register_extensions()


@Language.factory("crosswire_times_v1")
def make_times(nlp, name):
    """Time expressions normalised the TimeML way (doc._.cw_times, doc._.cw_published)."""
    from crosswire.nlp.timex.component import TimeExpressions

    return TimeExpressions(nlp, name)


@Language.factory("crosswire_places_v1")
def make_places(nlp, name):
    """Place mentions geocoded to gazetteer entries (doc._.cw_places)."""
    from crosswire.nlp.places import PlaceResolver

    return PlaceResolver(nlp, name)


@Language.factory("crosswire_actors_v1")
def make_actors(nlp, name):
    """Every actor mention (names, titles, group nouns, pronouns) resolved -> doc._.cw_actors (docs/actors.md)."""
    from crosswire.nlp.actors.component import ActorResolver

    return ActorResolver(nlp, name)


@Language.factory("crosswire_quotes_v1")
def make_quotes(nlp, name):
    """Direct, mixed and reported quotes with cue and speaker -> doc._.cw_quotes (docs/quotes.md)."""
    from crosswire.nlp.quotes import QuoteFinder

    return QuoteFinder(nlp, name)


@Language.factory("crosswire_claims_v1")
def make_claims(nlp, name):
    """Checkable claims with source, certainty, time and quantities -> doc._.cw_claims (docs/claims.md)."""
    from crosswire.nlp.claims import ClaimFinder

    return ClaimFinder(nlp, name)


@Language.factory("crosswire_events_v1")
def make_events(nlp, name):
    """PLOVER events with actors, recipients, date, place, size and modality -> doc._.cw_events (docs/events.md)."""
    from crosswire.nlp.events.coder import EventCoder

    return EventCoder(nlp, name)


@Language.factory("crosswire_fast_attributes_v1")
def make_fast_attributes(nlp, name):
    """The model's attribute ruler and rule lemmatizer as lookups, same output (nlp/fast_attributes.py)."""
    from crosswire.nlp.fast_attributes import FastAttributes

    return FastAttributes(nlp, name)


@Language.factory("crosswire_paragraphs_v1")
def make_paragraphs(nlp, name):
    """Paragraph and headline breaks as sentence starts, set before the parser (nlp/paragraphs.py)."""
    from crosswire.nlp.paragraphs import Paragraphs

    return Paragraphs(nlp, name)


# (pipe name, factory name) in run order; later components read what earlier ones set:
# actors use places; quotes resolve speakers to actors; claims build on quotes; events read all.
PIPELINE: list[tuple[str, str]] = [
    ("times", "crosswire_times_v1"),
    ("places", "crosswire_places_v1"),
    ("actors", "crosswire_actors_v1"),
    ("quotes", "crosswire_quotes_v1"),
    ("claims", "crosswire_claims_v1"),
    ("events", "crosswire_events_v1"),
]
