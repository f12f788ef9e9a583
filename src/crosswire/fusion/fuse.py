"""Refresh a story's fused records (corroboration, quotes, coverage, inferred dates) in the store."""

from __future__ import annotations

from crosswire.store.db import Store


def refresh_fusion(store: Store, story_id: str) -> None:
    """Recompute and store the fused items of one story."""
    from crosswire.fusion.story_view import build_story
    from crosswire.store.stories import StoryTables

    story = build_story(store, story_id)
    tables = StoryTables(store)
    with tables.transaction():
        tables.replace_fused(story_id, story.fused_rows())
        tables.replace_inferred_dates(story_id, [(d.article_id, d.value, d.explanation) for d in story.inferred_dates])
        store.con.execute(
            "INSERT OR REPLACE INTO story_fusion_state VALUES (?, ?, current_timestamp)", [story_id, len(story.articles)]
        )


def refresh_stale_fusion(store: Store) -> int:
    """Refresh every story of two articles or more whose fused records predate its last article."""
    _, rows = store.query(
        "SELECT s.id FROM stories s LEFT JOIN story_fusion_state f ON f.story_id = s.id"
        " WHERE s.n_articles > 1 AND f.n_articles IS DISTINCT FROM s.n_articles ORDER BY s.id"
    )
    for (story_id,) in rows:
        refresh_fusion(store, story_id)
    return len(rows)
