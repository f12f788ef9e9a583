"""The story report as one JSON object, for scripts: what the terminal and HTML views show, with every record.

Each fused item (claim, quote, event) keeps its status, its explanation, the independent sources
counted and every mention with the exact characters of its evidence (`article_id`, `start`, `end`)
and the record the extractor stored (`record`: quantities, source, certainty, actors, dates).
"""

from __future__ import annotations

from typing import Any

from crosswire.fusion.corroborate import FusedItem
from crosswire.fusion.story_view import StoryView

SCHEMA = "crosswire.story/1"


def story_json(story: StoryView) -> dict[str, Any]:
    """One story as a JSON-ready dict: articles, fused claims, quotes and events, coverage, inferred dates."""
    return {
        "schema": SCHEMA,
        "id": story.id,
        "title": story.title,
        "first_date": story.first_date,
        "last_date": story.last_date,
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
             "inferred_date": a.inferred_date, "url": a.url, "source": a.source_key}
            for a in story.articles
        ],
        "claims": [_item(item) for item in story.claims],
        "quotes": [_item(item) for item in story.quotes],
        "events": [_item(item) for item in story.events],
        "coverage": {
            outlet: [{"article_id": c.article_id, "start": c.start, "end": c.end, "text": c.text, "kinds": c.kinds}
                     for c in items]
            for outlet, items in story.coverage.items()
        },
        "inferred_dates": [{"article_id": d.article_id, "value": d.value, "explanation": d.explanation}
                           for d in story.inferred_dates],
    }


def _item(item: FusedItem) -> dict[str, Any]:
    return {
        "status": item.status,
        "independent": item.independent,
        "outlets": item.outlets,
        "explanation": item.explanation,
        "mentions": [
            {"article_id": m.article_id, "outlet": m.outlet, "source": m.source_key, "start": m.start, "end": m.end,
             "text": m.text, "record": m.data}
            for m in item.mentions
        ],
        "details": item.details,
    }
