"""Score story clustering on ECB+ (gold_story labels) beside a TF-IDF-cosine baseline.

Articles go through the real path: stored without NLP (stories need only text and metadata),
then `update_stories` groups them. The baseline is plain-word TF-IDF, cosine, average linkage
with one threshold (tuned on topics 1-20 like crosswire's own settings).
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from crosswire.eval import f1
from crosswire.errors import InputError
from crosswire.records import Article, Extraction

BASELINE_THRESHOLD = 0.15
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GoldArticle:
    """One evaluation article with its gold story and topic."""

    article: Article
    story: str
    topic: int


@dataclass(frozen=True)
class Scores:
    """Clustering scores of one system on one set of articles."""

    b3_precision: float
    b3_recall: float
    b3_f1: float
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    adjusted_rand: float
    n_clusters: int


def load_ecbplus(path: str | Path, topics: set[int] | None = None) -> list[GoldArticle]:
    """Read the ECB+ JSONL (`id`, `text`, `url`, `gold_topic`, `gold_story`), optionally some topics only."""
    items = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}", fix="give the ECB+ JSONL file") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            topic = int(row["gold_topic"])
            item = GoldArticle(Article(id=str(row["id"]), text=row["text"], url=row.get("url")), str(row["gold_story"]), topic)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"bad ECB+ row: {exc}", where=f"{path}:{n}", fix="each line needs id, text, gold_topic, gold_story") from exc
        if topics is None or topic in topics:
            items.append(item)
    return items


def score(gold: Sequence[str], predicted: Sequence[str]) -> Scores:
    """B³, pairwise and adjusted Rand scores of a predicted clustering against gold labels."""
    n = len(gold)
    g_members: dict[str, set[int]] = defaultdict(set)
    p_members: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted)):
        g_members[g].add(i)
        p_members[p].add(i)
    precision = recall = 0.0
    for i, (g, p) in enumerate(zip(gold, predicted)):
        common = len(g_members[g] & p_members[p])
        precision += common / len(p_members[p])
        recall += common / len(g_members[g])
    b3p, b3r = precision / n, recall / n
    cells = Counter(zip(gold, predicted))
    pairs = lambda k: k * (k - 1) / 2  # noqa: E731
    same_both = sum(pairs(c) for c in cells.values())
    same_pred = sum(pairs(len(m)) for m in p_members.values())
    same_gold = sum(pairs(len(m)) for m in g_members.values())
    pwp = same_both / same_pred if same_pred else 1.0
    pwr = same_both / same_gold if same_gold else 1.0
    expected = same_pred * same_gold / pairs(n) if n > 1 else 0.0
    top = (same_pred + same_gold) / 2
    ari = (same_both - expected) / (top - expected) if top != expected else 1.0
    return Scores(b3p, b3r, f1(b3p, b3r), pwp, pwr, f1(pwp, pwr), ari, len(p_members))


def crosswire_clusters(items: Sequence[GoldArticle], batch_size: int | None = None, options=None) -> list[str]:
    """Story id per article from crosswire's own path (in-memory store), optionally in incremental batches."""
    from crosswire.fusion.stories import StoryOptions, update_stories
    from crosswire.store.db import Store

    with Store(":memory:") as store:
        for item in items:
            store.write(Extraction(article=item.article))
        ids = [item.article.id for item in items]
        step = batch_size or len(ids)
        for start in range(0, len(ids), step):
            update_stories(store, ids[start:start + step], options or StoryOptions(fuse=False))
        # read back at the end: a later batch may have merged stories opened by earlier ones
        assigned = dict(store.con.execute("SELECT article_id, story_id FROM story_articles").fetchall())
    return [assigned[i] for i in ids]


def baseline_clusters(items: Sequence[GoldArticle], threshold: float = BASELINE_THRESHOLD) -> list[str]:
    """TF-IDF (plain lowercased words, spaCy stop words removed) cosine, average linkage."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from spacy.lang.en.stop_words import STOP_WORDS

    docs = [Counter(w for w in _WORD.findall(item.article.text.lower()) if w not in STOP_WORDS) for item in items]
    df = Counter(t for d in docs for t in d)
    vocab = {t: i for i, t in enumerate(df)}
    matrix = np.zeros((len(docs), len(vocab)))
    for row, d in enumerate(docs):
        for t, tf in d.items():
            matrix[row, vocab[t]] = (1 + math.log(tf)) * math.log((len(docs) + 1) / (df[t] + 1))
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-12
    distance = np.clip(1 - matrix @ matrix.T, 0, None)
    np.fill_diagonal(distance, 0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), 1 - threshold, criterion="distance")
    return [str(x) for x in labels]


def evaluate(path: str | Path, topics: set[int] | None = None, batch_size: int | None = None) -> dict:
    """Both systems' scores on the chosen topics, with timings."""
    items = load_ecbplus(path, topics)
    if not items:
        raise InputError(f"no articles for topics {sorted(topics or [])} in {path}", fix="check --topics")
    gold = [item.story for item in items]
    started = time.perf_counter()
    ours = crosswire_clusters(items, batch_size)
    ours_s = time.perf_counter() - started
    started = time.perf_counter()
    base = baseline_clusters(items)
    base_s = time.perf_counter() - started
    return {
        "articles": len(items),
        "gold_stories": len(set(gold)),
        "crosswire": score(gold, ours),
        "baseline": score(gold, base),
        "seconds": {"crosswire": ours_s, "baseline": base_s},
    }
