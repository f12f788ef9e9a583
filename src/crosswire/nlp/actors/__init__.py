"""Actor resolution: every mention (name, title, group noun, pronoun) resolved to an Actor.

Public helpers for other components (quotes, claims, events) that need the actor of a token or span;
they read doc._.cw_actors, which the `actors` pipe sets (see docs/actors.md).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from crosswire.records import Actor

__all__ = ["ActorResolver", "actor_for_span", "actor_for_token"]


_INDEX = "crosswire.actor_index"  # Doc.user_data key: the mention spans sorted by start, built on first lookup


def _around(doc: Doc, start: int, end: int) -> tuple[dict, list[tuple[int, int]]]:
    """The resolved mentions and the spans among them that contain characters start..end."""
    actors = doc._.cw_actors or {}
    index = doc.user_data.get(_INDEX)
    if index is None or index[0] is not actors or index[1] != len(actors):
        keys = sorted(actors)
        longest = max((e - s for s, e in keys), default=0)
        index = (actors, len(actors), keys, [k[0] for k in keys], longest)
        doc.user_data[_INDEX] = index
    keys, starts, longest = index[2], index[3], index[4]
    lo, hi = bisect_left(starts, start - longest), bisect_right(starts, start)
    return actors, [k for k in keys[lo:hi] if end <= k[1]]


def actor_for_span(doc: Doc, start_char: int, end_char: int) -> Actor | None:
    """The actor of characters start..end: exact span, else the smallest span around it, else the largest inside."""
    actors, around = _around(doc, start_char, end_char)
    if (start_char, end_char) in actors:
        return actors[(start_char, end_char)]
    if around:
        return actors[min(around, key=lambda k: k[1] - k[0])]
    inside = [k for k in actors if start_char <= k[0] and k[1] <= end_char]
    if inside:
        return actors[max(inside, key=lambda k: (k[1] - k[0], k[1]))]
    return None


def actor_for_token(doc: Doc, token: Token) -> Actor | None:
    """The actor of the smallest resolved mention that contains `token`, or None."""
    actors, around = _around(doc, token.idx, token.idx + len(token.text))
    return actors[min(around, key=lambda k: k[1] - k[0])] if around else None


def __getattr__(name: str):
    if name == "ActorResolver":  # imported lazily: loading knowledge is not free
        from crosswire.nlp.actors.component import ActorResolver

        return ActorResolver
    raise AttributeError(name)
