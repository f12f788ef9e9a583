"""Actor resolution: every mention (name, title, group noun, pronoun) resolved to an Actor.

Public helpers for other components (quotes, claims, events) that need the actor of a token or span;
they read doc._.cw_actors, which the `actors` pipe sets (see docs/actors.md).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from crosswire.records import Actor

__all__ = ["ActorResolver", "actor_for_span", "actor_for_token"]


def actor_for_span(doc: Doc, start_char: int, end_char: int) -> Actor | None:
    """The actor of characters start..end: exact span, else the smallest span around it, else the largest inside."""
    actors = doc._.cw_actors or {}
    if (start_char, end_char) in actors:
        return actors[(start_char, end_char)]
    around = [k for k in actors if k[0] <= start_char and end_char <= k[1]]
    if around:
        return actors[min(around, key=lambda k: k[1] - k[0])]
    inside = [k for k in actors if start_char <= k[0] and k[1] <= end_char]
    if inside:
        return actors[max(inside, key=lambda k: (k[1] - k[0], k[1]))]
    return None


def actor_for_token(doc: Doc, token: Token) -> Actor | None:
    """The actor of the smallest resolved mention that contains `token`, or None."""
    start, end = token.idx, token.idx + len(token.text)
    actors = doc._.cw_actors or {}
    around = [k for k in actors if k[0] <= start and end <= k[1]]
    return actors[min(around, key=lambda k: k[1] - k[0])] if around else None


def __getattr__(name: str):
    if name == "ActorResolver":  # imported lazily: loading knowledge is not free
        from crosswire.nlp.actors.component import ActorResolver

        return ActorResolver
    raise AttributeError(name)
