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
