"""Group stored articles into stories, incrementally: new articles join stories or open new ones.

`update_stories(store, article_ids)` is the one entry point; ingest calls it after storing a batch.
Per batch: count terms, build TF-IDF vectors, block (shared key terms with capped postings; stored
stories only while active, within `ACTIVE_WINDOW_DAYS` of an article's date), run average linkage
over the blocked pairs with existing stories taking part (two of them merge when close enough),
split new clusters that hold two happenings (`fusion/cohesion.py`), then write each touched story
in one transaction and refresh its fused records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Iterable

from crosswire.fusion import clustering as cl
from crosswire.fusion.cohesion import MIN_PART, SPLIT_RATIO, split_incoherent
from crosswire.fusion.terms import article_terms, dateline_date, lede_specifics, specific_terms
from crosswire.store.db import Store
from crosswire.store.stories import StoryTables

ARTICLE_KEYS = 20  # blocking keys per article
STORY_KEYS = 30  # blocking keys kept per story
MAX_POSTING = 100  # a key shared by more items than this is too common to block on
ACTIVE_WINDOW_DAYS = 30  # a stored story is a candidate for an article dated within this many days of its range


@dataclass(frozen=True)
class StoryOptions:
    """Clustering settings; the defaults are the ones measured in docs/accuracy.md."""

    threshold: float = cl.MERGE_THRESHOLD
    attach_factor: float = cl.ATTACH_FACTOR
    article_keys: int = ARTICLE_KEYS
    story_keys: int = STORY_KEYS
    max_posting: int = MAX_POSTING
    min_shared_keys: int = 2  # two shared keys: candidate pairs grow linearly (1 costs n^1.6 at scale, +0.002 B³ on ECB+)
    active_window_days: int = ACTIVE_WINDOW_DAYS
    story_merge_factor: float = cl.STORY_MERGE_FACTOR
    split_ratio: float = SPLIT_RATIO  # 0 turns the split check off
    fuse: bool = True  # refresh corroboration/coverage of touched stories


@dataclass
class StoryUpdate:
    """What one update did."""

    assigned: dict[str, str] = field(default_factory=dict)  # article id -> story id
    created: list[str] = field(default_factory=list)
    extended: list[str] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # absorbed story id -> the story it joined
    candidate_pairs: int = 0

    @property
    def touched(self) -> list[str]:
        """Stories created or extended."""
        return self.created + self.extended


def story_id_for(first_article_id: str) -> str:
    """A stable story id derived from the article that opened it."""
    return "s-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:12]


def update_stories(store: Store, article_ids: Iterable[str] | None = None, options: StoryOptions | None = None) -> StoryUpdate:
    """Attach the given stored articles (default: every article without a story) to stories."""
    options = options or StoryOptions()
    tables = StoryTables(store)
    ids = tables.all_unassigned_ids() if article_ids is None else list(article_ids)
    rows = tables.unassigned(ids)
    update = StoryUpdate()
    if not rows:
        return update
    terms = {aid: article_terms(text or "", title) for aid, title, text, _pub, _outlet in rows}
    dates = {aid: (pub or dateline_date(text or "")) for aid, _title, text, pub, _outlet in rows}
    titles = {aid: title or _first_line(text or "") for aid, title, text, _pub, _outlet in rows}
    texts = {aid: (text or "", title) for aid, title, text, _pub, _outlet in rows}
    batch_df = cl.term_counts(terms.values())

    with tables.transaction():
        tables.add_document_frequencies(batch_df)
        n_docs = tables.n_docs() + len(rows)
        df = tables.document_frequencies(batch_df.keys())
        vectors = {aid: cl.tfidf_vector(t, df, n_docs) for aid, t in terms.items()}
        keys = {aid: cl.key_terms(v, options.article_keys) for aid, v in vectors.items()}
        stories = tables.stories_by_keys({k for ks in keys.values() for k in ks}, options.max_posting,
                                         _active_span(dates.values(), options.active_window_days))
        states = tables.story_states(stories)

        clusters = {aid: cl.new_cluster(aid, vectors[aid], dates[aid]) for aid in vectors}
        for sid, (total, size, first, last) in states.items():
            clusters[sid] = cl.story_cluster(sid, total, size, first, last)
        pairs = {p for p in cl.blocked_pairs({**keys, **stories}, options.max_posting, options.min_shared_keys)
                 if _active(clusters[p[0]], clusters[p[1]], options.active_window_days)}
        update.candidate_pairs = len(pairs)
        assigned = cl.average_linkage(clusters, pairs, options.threshold, options.attach_factor, options.story_merge_factor)

        groups: dict[str, list[str]] = {}
        for aid in vectors:  # ingest order, so a new story is named after its first article
            groups.setdefault(assigned[aid], []).append(aid)
        if options.split_ratio > 0:
            groups = _split_new_clusters(groups, clusters, vectors, terms, texts, dates, options.split_ratio)
        absorbed = {old for c in clusters.values() for old in c.absorbed_stories}
        for key, c in clusters.items():  # absorbed lists are transitive: read them off the survivors
            if c.absorbed_stories and key not in absorbed:
                update.merged.update(dict.fromkeys(c.absorbed_stories, key))
                groups.setdefault(key, [])  # a story that only absorbed other stories is touched too
        existing = tables.story_rows(k for k in groups if clusters[k].fixed)
        rows = []
        for key, members in groups.items():
            cluster = clusters[key]
            created = not cluster.fixed
            sid = story_id_for(members[0]) if created else key
            title, created_at = (titles[members[0]], None) if created else existing[key]
            rows.append({
                "id": sid, "title": title, "created": created, "created_at": created_at,
                "first": cluster.first.isoformat() if cluster.first else None,
                "last": cluster.last.isoformat() if cluster.last else None,
                "size": cluster.size, "vector": cl.heaviest(cluster.total, cl.STORED_TERMS),
                "keys": cl.key_terms(cluster.total, options.story_keys),
                "members": [(aid, dates[aid]) for aid in members],
            })
            (update.created if created else update.extended).append(sid)
            update.assigned.update({aid: sid for aid in members})
        tables.merge_stories(update.merged)
        tables.save_stories(rows)
        sizes = {row["id"]: row["size"] for row in rows}
    if options.fuse:
        from crosswire.fusion.fuse import refresh_fusion

        # A one-article story has nothing to fuse; `crosswire story` still builds its view on demand.
        for sid in update.touched:
            if sizes[sid] > 1:
                refresh_fusion(store, sid)
    return update


def _active_span(dates: Iterable[str | None], window: int) -> tuple[str, str] | None:
    """The span of dates a stored story must reach into to be a candidate (None: no article is dated).

    Undated articles of a batch look at the stories active around its dated ones (a batch is
    ingested together, so its dated articles say what "now" is) and at undated stories."""
    days = [d for d in map(cl.day, dates) if d]
    if not days:
        return None
    return ((min(days) - dt.timedelta(days=window)).isoformat(), (max(days) + dt.timedelta(days=window)).isoformat())


def _active(a: cl.Cluster, b: cl.Cluster, window: int) -> bool:
    """A stored story and a new article (or two stored stories) are compared only within the active window."""
    if not (a.fixed or b.fixed):
        return True  # two new articles: only the merge window applies
    return not a.too_far(b, window)


def _split_new_clusters(groups, clusters, vectors, terms, texts, dates, ratio: float) -> dict[str, list[str]]:
    """Split each new cluster that holds two happenings; every part becomes a cluster of its own."""
    out: dict[str, list[str]] = {}
    for key, members in groups.items():
        parts = [members]
        if not clusters[key].fixed and len(members) >= 2 * MIN_PART:
            # names and numbers of the whole report, and of its lede alone (which happening it is about)
            views = ({aid: specific_terms(terms[aid]) for aid in members},
                     {aid: lede_specifics(*texts[aid]) for aid in members})
            parts = split_incoherent(members, vectors, ratio, views=views)
        if len(parts) == 1:
            out[key] = members
            continue
        order = {aid: i for i, aid in enumerate(members)}
        for part in parts:
            part = sorted(part, key=order.__getitem__)  # ingest order: the story is named after its first article
            cluster = cl.new_cluster(part[0], vectors[part[0]], dates[part[0]])
            for aid in part[1:]:
                cluster.absorb(cl.new_cluster(aid, vectors[aid], dates[aid]))
            clusters[part[0]] = cluster
            out[part[0]] = part
    return out


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rsplit(" ", 1)[0] + "…"
