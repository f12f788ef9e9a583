"""Cheap access to a Doc for the actors pipe: tokens built only where a rule looks, table membership by binary search."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token


def in_table(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Whether each value is in `table` (sorted, unique): one binary search per value."""
    if not len(table):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(table, values)
    np.minimum(at, len(table) - 1, out=at)
    return table[at] == values


class LazyTokens:
    """A Doc's tokens by position, each Token object built on first use and kept: Doc[i] builds a new one
    every time, and list(doc) builds all of them although the rules look at few positions."""

    __slots__ = ("doc", "cache")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.cache: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self.cache)

    def __getitem__(self, key):
        cache = self.cache
        token = cache[key]  # a Token, None (not built yet) or, for a slice, a list
        if token is None:
            token = cache[key] = self.doc[key]
        elif token.__class__ is list:
            doc, token = self.doc, []
            for i in range(*key.indices(len(cache))):
                built = cache[i]
                if built is None:
                    built = cache[i] = doc[i]
                token.append(built)
        return token
