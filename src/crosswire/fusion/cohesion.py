"""Second-stage check of a new cluster: split it when it holds two happenings of one topic.

Two reports of similar happenings (two earthquakes, two arrests) share the topic's words, which
are rare in the whole store and so weigh heavily in the TF-IDF vectors; what tells them apart
(names, places, numbers, dates) is a small part of each vector. Inside one cluster the topic words
are common, so the check re-weights the members' features by a *local* IDF (terms shared by every
member fade, terms shared by a subset stand out) in three views: the members' TF-IDF vectors,
their specific features (names, name pairs, numbers, years: every one the article has, not only
the heaviest), and the specific features of their title and lede alone (where a report says which
happening it is about; the body also names the other happening as background). The views'
cosine matrices are averaged, the cluster is cut in two by a spectral (normalised-cut)
bisection, and the cut is kept when the two halves are much closer inside than across. A single
happening's halves are about as close across as inside, so it stays whole. The spectral cut looks
for two balanced groups; average linkage tended to peel off one odd report and miss the real seam.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Mapping, Sequence

import numpy as np

SPLIT_RATIO = 0.375  # split when the mean cosine across halves < this x the mean inside the looser half (tuned on ECB+ 1-20: plateau 0.37-0.385)
MIN_PART = 3  # each half needs this many articles: a lone outlier is not a second happening
MAX_CHECKED = 300  # larger clusters are not checked (the dense matrix grows with the square)


def split_incoherent(
    members: Sequence[str],
    vectors: Mapping[str, Mapping[str, float]],
    ratio: float = SPLIT_RATIO,
    min_part: int = MIN_PART,
    views: Sequence[Mapping[str, Mapping[str, float]]] = (),
) -> list[list[str]]:
    """The members as one group, or recursively split into groups that each hang together.

    `vectors` are the members' TF-IDF vectors; each of `views` (optional) maps a member to more
    features with raw counts (its names, numbers and years), another view averaged with the first."""
    done: list[list[str]] = []
    todo = [list(members)]
    while todo:
        group = todo.pop()
        halves = _bisect(group, vectors, views, ratio, min_part) if 2 * min_part <= len(group) <= MAX_CHECKED else None
        if halves:
            todo.extend(halves)
        else:
            done.append(group)
    return done


def _local_matrix(group: Sequence[str], vectors: Mapping[str, Mapping[str, float]], sublinear: bool = False) -> np.ndarray:
    """Cosines between the members after local IDF re-weighting (terms held by one member dropped)."""
    n = len(group)
    local_df = Counter(t for a in group for t in vectors[a])
    vocab = {t: i for i, t in enumerate(t for t, k in local_df.items() if k > 1)}
    x = np.zeros((n, max(len(vocab), 1)))
    for row, a in enumerate(group):
        for t, w in vectors[a].items():
            col = vocab.get(t)
            if col is not None and w > 0:
                x[row, col] = (1.0 + math.log(w) if sublinear and w >= 1 else w) * math.log((n + 1) / local_df[t])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    return x @ x.T


def _bisect(group: list[str], vectors, views, ratio: float, min_part: int) -> list[list[str]] | None:
    sim = _local_matrix(group, vectors)
    for view in views:
        sim = sim + _local_matrix(group, {a: view.get(a, {}) for a in group}, sublinear=True)
    halves = cut_if_apart(sim / (1 + len(views)), ratio, min_part)
    return None if halves is None else [[group[i] for i in half] for half in halves]


def cut_if_apart(sim: np.ndarray, ratio: float = SPLIT_RATIO, min_part: int = MIN_PART) -> tuple[np.ndarray, np.ndarray] | None:
    """The two halves (row indices) of the spectral cut of a cosine matrix, or None to keep it whole.

    Kept when each half has `min_part` rows and the mean cosine across the halves is below
    `ratio` times the mean inside the looser half."""
    labels = _two_groups(sim)
    a, b = np.flatnonzero(labels == 0), np.flatnonzero(labels == 1)
    if min(len(a), len(b)) < min_part:
        return None
    across = sim[np.ix_(a, b)].mean()
    inside = min(_mean_inside(sim, a), _mean_inside(sim, b))
    return None if across >= ratio * inside else (a, b)


def _mean_inside(sim: np.ndarray, idx: np.ndarray) -> float:
    block = sim[np.ix_(idx, idx)]
    return float((block.sum() - np.trace(block)) / (len(idx) * (len(idx) - 1)))


def _two_groups(sim: np.ndarray) -> np.ndarray:
    """Spectral bisection (labels 0/1): order by the Fiedler vector, cut where the normalised cut is lowest."""
    w = np.clip(sim, 0.0, None)
    np.fill_diagonal(w, 0.0)
    degree = w.sum(axis=1) + 1e-12
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(len(w)) - w * scale[:, None] * scale[None, :]
    _, eigenvectors = np.linalg.eigh(laplacian)
    order = np.argsort(eigenvectors[:, 1] * scale, kind="stable")
    ordered = w[np.ix_(order, order)]
    # cut(k) between the first k and the rest: each step moves one member across, adding its
    # links to those still after it and removing its links to those before it
    after = np.triu(ordered, 1).sum(axis=1)
    before = np.tril(ordered, -1).sum(axis=1)
    cut = np.cumsum(after - before)[:-1]
    volume = np.cumsum(degree[order])[:-1]
    ncut = cut / volume + cut / (degree.sum() - volume)
    k = int(np.argmin(ncut)) + 1
    labels = np.zeros(len(w), dtype=int)
    labels[order[k:]] = 1
    return labels
