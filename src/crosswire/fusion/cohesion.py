"""Second-stage check of a new cluster: split it when it holds two happenings of one topic.

Two reports of similar happenings (two earthquakes, two arrests) share the topic's words, which
are rare in the whole store and so weigh heavily in the TF-IDF vectors; what tells them apart
(names, places, numbers, dates) is a small part of each vector. Inside one cluster the topic words
are common, so the check re-weights the members' vectors by a *local* IDF (terms shared by every
member fade, terms shared by a subset stand out), bisects the cluster by average linkage and
keeps the split when the two halves are much closer inside than across. A single happening's
halves are about as close across as inside, so it stays whole.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Mapping, Sequence

import numpy as np

SPLIT_RATIO = 0.3  # split when the mean cosine across halves < this x the mean inside the looser half (tuned on ECB+ 1-20)
MIN_PART = 3  # each half needs this many articles: a lone outlier is not a second happening
MAX_CHECKED = 300  # larger clusters are not checked (the dense matrix grows with the square)


def split_incoherent(
    members: Sequence[str],
    vectors: Mapping[str, Mapping[str, float]],
    ratio: float = SPLIT_RATIO,
    min_part: int = MIN_PART,
) -> list[list[str]]:
    """The members as one group, or recursively split into groups that each hang together."""
    done: list[list[str]] = []
    todo = [list(members)]
    while todo:
        group = todo.pop()
        halves = _bisect(group, vectors, ratio, min_part) if 2 * min_part <= len(group) <= MAX_CHECKED else None
        if halves:
            todo.extend(halves)
        else:
            done.append(group)
    return done


def _local_matrix(group: Sequence[str], vectors: Mapping[str, Mapping[str, float]]) -> np.ndarray:
    """Cosines between the members after local IDF re-weighting (terms held by one member dropped)."""
    n = len(group)
    local_df = Counter(t for a in group for t in vectors[a])
    vocab = {t: i for i, t in enumerate(t for t, k in local_df.items() if k > 1)}
    x = np.zeros((n, max(len(vocab), 1)))
    for row, a in enumerate(group):
        for t, w in vectors[a].items():
            col = vocab.get(t)
            if col is not None:
                x[row, col] = w * math.log((n + 1) / local_df[t])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    return x @ x.T


def _bisect(group: list[str], vectors: Mapping[str, Mapping[str, float]], ratio: float, min_part: int) -> list[list[str]] | None:
    sim = _local_matrix(group, vectors)
    labels = _two_groups(sim)
    a, b = np.flatnonzero(labels == 0), np.flatnonzero(labels == 1)
    if min(len(a), len(b)) < min_part:
        return None
    across = sim[np.ix_(a, b)].mean()
    inside = min(_mean_inside(sim, a), _mean_inside(sim, b))
    if across >= ratio * inside:
        return None
    return [[group[i] for i in a], [group[i] for i in b]]


def _mean_inside(sim: np.ndarray, idx: np.ndarray) -> float:
    block = sim[np.ix_(idx, idx)]
    return float((block.sum() - np.trace(block)) / (len(idx) * (len(idx) - 1)))


def _two_groups(sim: np.ndarray) -> np.ndarray:
    """Average-linkage agglomeration on a dense similarity matrix down to two groups (labels 0/1)."""
    n = len(sim)
    link = sim.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    size = np.ones(n)
    owner = np.arange(n)
    alive = np.ones(n, dtype=bool)
    for _ in range(n - 2):
        i, j = np.unravel_index(np.argmax(link), link.shape)
        i, j = min(i, j), max(i, j)
        # average linkage (Lance-Williams): the merged row is the size-weighted mean of both rows
        row = (link[i] * size[i] + link[j] * size[j]) / (size[i] + size[j])
        link[i, :], link[:, i] = row, row
        link[i, i] = -np.inf
        link[j, :], link[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        alive[j] = False
        owner[owner == j] = i
    roots = np.flatnonzero(alive)
    return (owner == roots[-1]).astype(int)
