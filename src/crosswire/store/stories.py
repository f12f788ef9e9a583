"""Reading and writing the story tables (migrations 2 and 3) through the one writing Store."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable

from crosswire.errors import StoreError
from crosswire.store.db import Store


def _bulk_insert(con, table: str, columns: list[list]) -> None:
    """Insert rows given column-wise in one statement (DuckDB's executemany is slow)."""
    if not columns or not columns[0]:
        return
    unnest = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT INTO {table} SELECT {unnest}", columns)


def _temp_column(con, name: str, values: Iterable[str]) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT unnest($1::VARCHAR[]) AS v", [list(values)])


class StoryTables:
    """Story rows of one Store: articles awaiting a story, term counts, story vectors and keys."""

    def __init__(self, store: Store):
        self.store = store
        self.con = store.con

    # --- reading ------------------------------------------------------------------------------
    def unassigned(self, article_ids: Iterable[str]) -> list[tuple[str, str | None, str, str | None, str | None]]:
        """(id, title, text, published, outlet) of the given articles that have no story yet, in ingest order."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return []
        _temp_column(self.con, "cw_ids", ids)
        return self.con.execute(
            "SELECT a.id, a.title, a.text, CAST(a.published AS VARCHAR), a.outlet FROM articles a JOIN cw_ids ON a.id = cw_ids.v"
            " WHERE a.id NOT IN (SELECT article_id FROM story_articles) ORDER BY a.ingested_at, a.id"
        ).fetchall()

    def all_unassigned_ids(self) -> list[str]:
        """Ids of every stored article without a story."""
        return [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) ORDER BY ingested_at, id"
        ).fetchall()]

    def n_docs(self) -> int:
        """How many articles have been counted into the term document frequencies."""
        return self.con.execute("SELECT count(*) FROM story_articles").fetchone()[0]

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """Stored document frequency of each term (absent terms are left out)."""
        _temp_column(self.con, "cw_terms", set(terms))
        return dict(self.con.execute("SELECT d.term, d.df FROM story_term_df d JOIN cw_terms ON d.term = cw_terms.v").fetchall())

    def stories_by_keys(
        self, keys: Iterable[str], max_posting: int, active: tuple[str, str] | None = None
    ) -> dict[str, list[str]]:
        """{story id: the given keys it holds}, ignoring keys held by more than `max_posting` stories.

        With `active` = (from, to) ISO dates, only stories whose date range reaches into that span
        (or that have no dates) are looked at, and only they count towards `max_posting`.
        """
        _temp_column(self.con, "cw_terms", set(keys))
        window, params = "", [max_posting]
        if active:
            window = (" JOIN stories s ON s.id = k.story_id WHERE s.last_date IS NULL"
                      " OR (s.last_date >= CAST(? AS DATE) AND s.first_date <= CAST(? AS DATE))")
            params = [active[0], active[1], max_posting]
        rows = self.con.execute(
            "WITH hits AS (SELECT k.term, k.story_id, count(*) OVER (PARTITION BY k.term) AS n"
            f" FROM story_keys k JOIN cw_terms ON k.term = cw_terms.v{window})"
            " SELECT story_id, list(term) FROM hits WHERE n <= ? GROUP BY story_id",
            params,
        ).fetchall()
        return {sid: list(terms) for sid, terms in rows}

    def story_states(self, story_ids: Iterable[str]) -> dict[str, tuple[dict[str, float], int, str | None, str | None]]:
        """{story id: (sum vector, article count, first date, last date)}."""
        ids = list(set(story_ids))
        if not ids:
            return {}
        _temp_column(self.con, "cw_ids", ids)
        vectors: dict[str, dict[str, float]] = {i: {} for i in ids}
        for sid, term, weight in self.con.execute(
            "SELECT v.story_id, v.term, v.weight FROM story_vectors v JOIN cw_ids ON v.story_id = cw_ids.v"
        ).fetchall():
            vectors[sid][term] = weight
        out = {}
        for sid, n, first, last in self.con.execute(
            "SELECT s.id, s.n_articles, CAST(s.first_date AS VARCHAR), CAST(s.last_date AS VARCHAR)"
            " FROM stories s JOIN cw_ids ON s.id = cw_ids.v"
        ).fetchall():
            out[sid] = (vectors[sid], n, first, last)
        return out

    # --- writing ------------------------------------------------------------------------------
    def add_document_frequencies(self, df: Counter) -> None:
        """Add a batch's term document frequencies."""
        if not df:
            return
        self.con.execute(
            "INSERT INTO story_term_df SELECT unnest($1::VARCHAR[]), unnest($2::INTEGER[])"
            " ON CONFLICT (term) DO UPDATE SET df = story_term_df.df + excluded.df",
            [list(df.keys()), list(df.values())],
        )

    def save_stories(self, stories: list[dict[str, Any]]) -> None:
        """Create or update stories in bulk; each dict has id, title, first, last, size, vector, keys,
        members [(article id, date)] and created (bool)."""
        if not stories:
            return
        old = [st["id"] for st in stories if not st["created"]]
        if old:
            _temp_column(self.con, "cw_ids", old)
            self.con.execute("DELETE FROM story_vectors WHERE story_id IN (SELECT v FROM cw_ids)")
            self.con.execute("DELETE FROM story_keys WHERE story_id IN (SELECT v FROM cw_ids)")
            self.con.execute("DELETE FROM stories WHERE id IN (SELECT v FROM cw_ids)")
        self.con.execute(
            "INSERT INTO stories (id, title, first_date, last_date, n_articles, created_at)"
            " SELECT id, title, first, last, size, coalesce(created, current_timestamp) FROM (SELECT unnest($1::VARCHAR[]) AS id,"
            " unnest($2::VARCHAR[]) AS title, unnest($3::DATE[]) AS first, unnest($4::DATE[]) AS last,"
            " unnest($5::INTEGER[]) AS size, unnest($6::TIMESTAMP[]) AS created)",
            [[st["id"] for st in stories], [st["title"] for st in stories], [st["first"] for st in stories],
             [st["last"] for st in stories], [st["size"] for st in stories], [st.get("created_at") for st in stories]],
        )
        vectors = [(st["id"], t, w) for st in stories for t, w in st["vector"].items()]
        _bulk_insert(self.con, "story_vectors", [list(c) for c in zip(*vectors)] if vectors else [])
        keys = [(t, st["id"]) for st in stories for t in st["keys"]]
        _bulk_insert(self.con, "story_keys", [list(c) for c in zip(*keys)] if keys else [])
        members = [(aid, st["id"], day) for st in stories for aid, day in st["members"]]
        _bulk_insert(self.con, "story_articles (article_id, story_id, story_date)", [list(c) for c in zip(*members)])

    def story_rows(self, story_ids: Iterable[str]) -> dict[str, tuple[str | None, Any]]:
        """{story id: (title, created_at)} of existing stories."""
        ids = list(set(story_ids))
        if not ids:
            return {}
        _temp_column(self.con, "cw_ids", ids)
        return {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT id, title, created_at FROM stories WHERE id IN (SELECT v FROM cw_ids)").fetchall()}

    def merge_stories(self, merges: dict[str, str]) -> None:
        """Move the articles of each absorbed story to its survivor ({absorbed id: survivor id}) and
        drop the absorbed story's rows (its vector, keys, fused records and inferred dates)."""
        if not merges:
            return
        _temp_column(self.con, "cw_ids", merges)
        moved = self.con.execute(
            "SELECT article_id, story_id, story_date, joined_at FROM story_articles WHERE story_id IN (SELECT v FROM cw_ids)"
        ).fetchall()
        for table in ("story_articles", "story_vectors", "story_keys", "story_fused", "story_inferred_dates", "story_fusion_state"):
            self.con.execute(f"DELETE FROM {table} WHERE story_id IN (SELECT v FROM cw_ids)")
        self.con.execute("DELETE FROM stories WHERE id IN (SELECT v FROM cw_ids)")
        rows = [(aid, merges[sid], day, joined) for aid, sid, day, joined in moved]
        _bulk_insert(self.con, "story_articles (article_id, story_id, story_date, joined_at)", [list(c) for c in zip(*rows)] if rows else [])

    def replace_fused(self, story_id: str, rows: list[tuple[str, int, str, int, str, Any]]) -> None:
        """Replace a story's fused items: (kind, idx, status, independent outlets, explanation, data)."""
        self.con.execute("DELETE FROM story_fused WHERE story_id = ?", [story_id])
        if rows:
            self.con.executemany(
                "INSERT INTO story_fused VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(story_id, k, i, s, n, e, json.dumps(d, ensure_ascii=False)) for k, i, s, n, e, d in rows],
            )

    def replace_inferred_dates(self, story_id: str, rows: list[tuple[str, str, str]]) -> None:
        """Replace a story's inferred publication dates: (article id, ISO date, explanation)."""
        self.con.execute("DELETE FROM story_inferred_dates WHERE story_id = ?", [story_id])
        if rows:
            self.con.executemany(
                "INSERT INTO story_inferred_dates VALUES (?, ?, ?, ?)", [(a, story_id, d, e) for a, d, e in rows]
            )

    def transaction(self):
        """A context manager running its block in one transaction."""
        return _Transaction(self.con)


class _Transaction:
    def __init__(self, con):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            self.con.execute("COMMIT")
        else:
            self.con.execute("ROLLBACK")
        return False


def list_stories(store: Store, since: str | None = None) -> list[dict[str, Any]]:
    """Every story (newest first), with its article ids and outlets; `since` keeps stories active on or after a date."""
    where, params = "", []
    if since:
        where, params = "WHERE coalesce(s.last_date, CAST(s.updated_at AS DATE)) >= CAST(? AS DATE)", [since]
    try:
        rows = store.con.execute(
            "SELECT s.id, s.title, CAST(s.first_date AS VARCHAR), CAST(s.last_date AS VARCHAR), s.n_articles,"
            " list(sa.article_id ORDER BY sa.story_date NULLS LAST, sa.article_id),"
            " list(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL)"
            " FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id"
            f" {where} GROUP BY ALL ORDER BY 4 DESC NULLS LAST, 5 DESC, 1",
            params,
        ).fetchall()
    except Exception as exc:  # duckdb.Error, or a store from before migration 2
        raise StoreError(f"cannot list stories: {exc}", fix="run `crosswire stories --db FILE` on a writable store") from exc
    return [
        {"id": r[0], "title": r[1], "first_date": r[2], "last_date": r[3], "n_articles": r[4],
         "articles": list(r[5]), "outlets": sorted(r[6] or [])}
        for r in rows
    ]
