"""Average-linkage clustering on sparse TF-IDF vectors, over blocked candidate pairs only.

A cluster keeps the *sum* of its members' unit vectors, so the average cosine between two
clusters is `dot(sum_a, sum_b) / (n_a * n_b)`: exact average linkage without a pairwise matrix.
Only pairs proposed by blocking (shared key terms, inside the time window) are ever compared,
and a merged cluster is only compared with its blocked neighbours, so the cost grows with the
number of candidate pairs, not with the square of the number of articles.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping

MERGE_THRESHOLD = 0.12  # average cosine needed to merge two clusters (tuned on ECB+ topics 1-20, with the split check)
ATTACH_FACTOR = 0.5  # a lone article joins its best neighbour at this fraction of the threshold
DATE_WINDOW_DAYS = 3650  # clusters whose dates are further apart never merge (ECB+ stories run for years)
TOP_TERMS = 60  # terms kept per article vector
PRIOR_DOCS = 100  # pseudo-documents added to N in the IDF, so a small store weighs shared terms like a big one (tuned on ECB+ 1-20, batches of 100)
CENTROID_TERMS = 400  # terms kept in a cluster's sum vector while clustering
STORED_TERMS = 120  # terms stored of a story's sum vector (400 stored 3x the rows; ECB+ 1-20 in batches of 100: same score)
STORY_MERGE_FACTOR = 1.0  # two existing stories merge at this multiple of the threshold


def tfidf_vector(terms: Mapping[str, float], df: Mapping[str, int], n_docs: int, top: int = TOP_TERMS) -> dict[str, float]:
    """Sublinear TF times smoothed IDF, the `top` heaviest terms, L2-normalised."""
    weights = {
        t: (1.0 + math.log(tf)) * math.log((n_docs + PRIOR_DOCS) / (df.get(t, 0) + 1))
        for t, tf in terms.items()
        if tf > 0
    }
    kept = heapq.nlargest(top, weights.items(), key=lambda kv: kv[1])
    norm = math.sqrt(sum(w * w for _, w in kept)) or 1.0
    return {t: w / norm for t, w in kept if w > 0}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Sparse dot product."""
    if len(a) > len(b):
        a, b = b, a
    return sum(a[t] * b[t] for t in a.keys() & b.keys())  # the key intersection runs in C


def add_into(total: dict[str, float], vector: Mapping[str, float], limit: int = CENTROID_TERMS) -> dict[str, float]:
    """Add `vector` into the sum vector `total`, keeping its `limit` heaviest terms."""
    for t, w in vector.items():
        total[t] = total.get(t, 0.0) + w
    if len(total) > limit * 2:
        total = dict(heapq.nlargest(limit, total.items(), key=lambda kv: kv[1]))
    return total


def day(value: str | None) -> dt.date | None:
    """An ISO date string as a date, or None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class Cluster:
    """A cluster in progress: an existing story (fixed) or new articles, with their sum vector."""

    key: str
    total: dict[str, float]
    size: int
    first: dt.date | None = None
    last: dt.date | None = None
    members: list[str] = field(default_factory=list)  # new article ids only
    fixed: bool = False  # an existing story: its id survives a merge with new articles
    absorbed_stories: list[str] = field(default_factory=list)  # existing stories merged into this one

    def similarity(self, other: "Cluster") -> float:
        """Average cosine between the members of the two clusters."""
        return dot(self.total, other.total) / (self.size * other.size)

    def too_far(self, other: "Cluster", window: int = DATE_WINDOW_DAYS) -> bool:
        """True when both are dated and their date ranges are more than `window` days apart."""
        if None in (self.first, self.last, other.first, other.last):
            return False
        gap = max((other.first - self.last).days, (self.first - other.last).days)
        return gap > window

    def absorb(self, other: "Cluster") -> None:
        """Merge `other` into this cluster."""
        self.total = add_into(self.total, other.total)
        self.size += other.size
        self.members.extend(other.members)
        self.absorbed_stories.extend(other.absorbed_stories + ([other.key] if other.fixed else []))
        dates = [d for d in (self.first, self.last, other.first, other.last) if d]
        self.first, self.last = (min(dates), max(dates)) if dates else (None, None)


def new_cluster(article_id: str, vector: dict[str, float], date: str | None) -> Cluster:
    """A one-article cluster."""
    when = day(date)
    return Cluster(article_id, dict(vector), 1, when, when, [article_id])


def story_cluster(story_id: str, total: dict[str, float], size: int, first: str | None, last: str | None) -> Cluster:
    """An existing story as a fixed cluster."""
    return Cluster(story_id, dict(total), size, day(first), day(last), [], fixed=True)


def average_linkage(
    clusters: dict[str, Cluster],
    pairs: Iterable[tuple[str, str]],
    threshold: float = MERGE_THRESHOLD,
    attach_factor: float = ATTACH_FACTOR,
    story_merge_factor: float = STORY_MERGE_FACTOR,
) -> dict[str, str]:
    """Merge blocked pairs greedily, best first, while the average cosine reaches `threshold`.

    Returns {new article id: key of the cluster it ended in} (an existing story id, or the key of
    a new cluster). A lone new article finally joins its best blocked neighbour if that reaches
    `threshold * attach_factor`: short reports of a happening often share few words. Two existing
    stories merge when their mean cosine reaches `threshold * story_merge_factor` (the larger one
    keeps its id and lists the other in `absorbed_stories`); a new article that is close to both
    brings them into the same blocked neighbourhood, so a story opened by an early batch can
    still join the one its later reports belong to.
    """
    neighbours: dict[str, set[str]] = {k: set() for k in clusters}
    heap: list[tuple[float, str, str, int, int]] = []
    version = dict.fromkeys(clusters, 0)
    floor = threshold * attach_factor

    def push(a: str, b: str) -> None:
        ca, cb = clusters[a], clusters[b]
        if ca.too_far(cb):
            return
        sim = ca.similarity(cb)
        if ca.fixed and cb.fixed:
            sim /= story_merge_factor  # scored on the plain threshold scale, so the heap order stays one
        if sim >= floor:
            heapq.heappush(heap, (-sim, a, b, version[a], version[b]))

    for a, b in pairs:
        if a != b and b not in neighbours[a]:
            neighbours[a].add(b)
            neighbours[b].add(a)
            push(a, b)
    alive = set(clusters)
    merged_into: dict[str, str] = {}

    def live(key: str) -> str:
        while key in merged_into:
            key = merged_into[key]
        return key

    # A merged cluster's mean cosine to a neighbour lies between its parts' values, so the heap
    # always holds an upper bound for every live pair: re-score a stale entry when it reaches the
    # top, and the first fresh entry popped is the true best pair (no re-push of all neighbours).
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if -neg < threshold:
            break
        la, lb = live(a), live(b)
        if la == lb:
            continue
        if (la, lb) != (a, b) or (va, vb) != (version[a], version[b]):
            push(la, lb)
            continue
        ca, cb = clusters[a], clusters[b]
        if (cb.fixed and not ca.fixed) or (ca.fixed and cb.fixed and (cb.size, a) > (ca.size, b)):
            a, b, ca, cb = b, a, cb, ca
        ca.absorb(cb)
        version[a] += 1
        alive.discard(b)
        merged_into[b] = a
        for n in neighbours.pop(b):
            neighbours[n].discard(b)
            if n != a:
                neighbours[n].add(a)
                neighbours[a].add(n)
    _attach_loners(clusters, neighbours, alive, threshold * attach_factor)
    return {m: key for key in alive for m in clusters[key].members}


def _attach_loners(clusters: dict[str, Cluster], neighbours: dict[str, set[str]], alive: set[str], floor: float) -> None:
    for key in sorted(k for k in alive if clusters[k].size == 1 and not clusters[k].fixed):
        if key not in alive:
            continue
        loner = clusters[key]
        best, best_sim = None, floor
        for n in neighbours.get(key, ()):
            if n in alive and not loner.too_far(clusters[n]):
                sim = loner.similarity(clusters[n])
                if sim >= best_sim:
                    best, best_sim = n, sim
        if best is not None:
            clusters[best].absorb(loner)
            alive.discard(key)
            for n in neighbours.pop(key, set()):
                neighbours[n].discard(key)
                if n != best:
                    neighbours[n].add(best)
                    neighbours[best].add(n)


def heaviest(vector: Mapping[str, float], k: int) -> dict[str, float]:
    """The `k` heaviest terms of a vector with their weights (what is stored of a story's sum vector)."""
    return vector if len(vector) <= k else dict(heapq.nlargest(k, vector.items(), key=lambda kv: kv[1]))


def key_terms(vector: Mapping[str, float], k: int) -> list[str]:
    """The `k` heaviest terms of a vector: the blocking keys."""
    return [t for t, _ in heapq.nlargest(k, vector.items(), key=lambda kv: kv[1])]


def blocked_pairs(keys: Mapping[str, list[str]], max_posting: int, min_shared: int = 1) -> set[tuple[str, str]]:
    """Pairs of items sharing at least `min_shared` keys; keys held by more than `max_posting` items are skipped."""
    postings: dict[str, list[str]] = {}
    for item, ks in keys.items():
        for k in ks:
            postings.setdefault(k, []).append(item)
    shared: Counter = Counter()
    for items in postings.values():
        if 1 < len(items) <= max_posting:
            for i, a in enumerate(items):
                for b in items[i + 1:]:
                    shared[(a, b) if a < b else (b, a)] += 1
    return {pair for pair, n in shared.items() if n >= min_shared}


def term_counts(vectors: Iterable[Mapping[str, float]]) -> Counter:
    """Document frequency of terms over some term maps."""
    df: Counter = Counter()
    for v in vectors:
        df.update(v.keys())
    return df
