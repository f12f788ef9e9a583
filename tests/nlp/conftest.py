"""Fixtures for the component tests: one text through the pipeline as a Doc, and the actor of a phrase in it."""

from __future__ import annotations

import re

from crosswire.nlp.actors import actor_for_span


def actor_of(doc, phrase: str, n: int = 1):
    """The actor of the n-th whole-word occurrence of `phrase` (exact span, else around, else inside)."""
    match = list(re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", doc.text))[n - 1]
    return actor_for_span(doc, match.start(), match.end())


PUB = "2024-11-07"  # a Thursday: the publication date the time-expression tests anchor on


def times(extract_text, text: str, published: str | None = PUB) -> dict:
    """The time expressions of `text`, by their text."""
    return {t.text: t for t in extract_text(text, published=published).times}


def countries(actors) -> set[str]:
    """The ISO3 codes of the actors that have one."""
    return {a.country for a in actors if a.country}


def main_event(extract_text, text: str):
    """The coder's most confident event in `text` (published 2024-05-02); fails when there is none."""
    events = extract_text(text, published="2024-05-02").events
    assert events, f"no event in {text!r}"
    return max(events, key=lambda e: e.confidence)

