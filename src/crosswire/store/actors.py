"""The actors part of the store: one `actors` row per real actor, one `actor_roles` row per person and article.

A person keeps one id across articles while their office changes (President-elect, then President);
`actor_roles` records what each article said they were on its date (docs/schema.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.records import Actor, Extraction

if TYPE_CHECKING:  # pragma: no cover - typing only
    from crosswire.store.db import Store


def actor_role_rows(ex: Extraction, actors: dict[str, Actor]) -> list[tuple]:
    """`actor_roles` rows for the people among one article's actors (id, article, date, role, ...)."""
    article = ex.article
    return [
        (a.id, article.id, article.published, a.role, a.country, a.org, a.sector)
        for a in actors.values()
        if a.kind == "person"
    ]


def actor_roles(store: Store, actor_id: str) -> list[dict]:
    """Every role stored for an actor, oldest article first (undated articles last)."""
    columns, rows = store.query(
        "SELECT CAST(published AS VARCHAR) AS published, role, country, org, sector, article_id FROM actor_roles"
        " WHERE actor_id = ? ORDER BY published NULLS LAST, article_id",
        [actor_id],
    )
    return [dict(zip(columns, row)) for row in rows]


def actor_role_on(store: Store, actor_id: str, date: str) -> dict | None:
    """The role an actor had in the latest stored article dated on or before `date` (ISO), or None."""
    columns, rows = store.query(
        "SELECT CAST(published AS VARCHAR) AS published, role, country, org, sector, article_id FROM actor_roles"
        " WHERE actor_id = ? AND published <= CAST(? AS DATE) ORDER BY published DESC, article_id LIMIT 1",
        [actor_id, date],
    )
    return dict(zip(columns, rows[0])) if rows else None
