"""Read one article back with every record's evidence offsets, for display."""

from __future__ import annotations

from typing import Any

from crosswire.errors import StoreError
from crosswire.store.db import Store

# kind -> (table, label expression)
_EVIDENCE = {
    "entity": ("entities", "label"),
    "time": ("times", "type || coalesce(' ' || value, '')"),
    "place": ("places", "name || coalesce(' (' || country || ')', '')"),
    "quote": ("quotes", "kind || coalesce(' by ' || speaker_text, '')"),
    "claim": ("claims", "certainty || coalesce(' per ' || source_text, '')"),
    "event": ("events", "type || coalesce(' ' || date_value, '')"),
}


def find_article(store: Store, article_id: str) -> dict[str, Any]:
    """The article with this id or unique id prefix, as a dict; StoreError when none or several."""
    columns, rows = store.query("SELECT * FROM articles WHERE id = ? OR starts_with(id, ?) LIMIT 3", [article_id, article_id])
    exact = [r for r in rows if r[0] == article_id]
    if exact:
        rows = exact
    if not rows:
        raise StoreError(f"no article with id {article_id!r}", fix="list ids with: crosswire sql \"SELECT id, title FROM articles\"")
    if len(rows) > 1:
        raise StoreError(f"id prefix {article_id!r} matches several articles", fix="give more characters")
    return dict(zip(columns, rows[0]))


def article_evidence(store: Store, article_id: str) -> tuple[dict[str, Any], list[tuple[str, int, int, str]]]:
    """The article and (kind, start, end, label) for each of its records, in text order."""
    article = find_article(store, article_id)
    records: list[tuple[str, int, int, str]] = []
    for kind, (table, label) in _EVIDENCE.items():
        _, rows = store.query(f"SELECT start_char, end_char, {label} FROM {table} WHERE article_id = ?", [article["id"]])
        records.extend((kind, start, end, lab) for start, end, lab in rows)
    records.sort(key=lambda r: (r[1], -r[2]))
    return article, records
