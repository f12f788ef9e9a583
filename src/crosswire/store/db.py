"""The DuckDB store: open and migrate, write one article per transaction, read back."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any, Iterable

import duckdb
import numpy as np

from crosswire.errors import StoreError
from crosswire.records import Actor, Extraction, to_json
from crosswire.store.actors import actor_role_rows
from crosswire.store.migrations import MIGRATIONS

DEFAULT_DB = "crosswire.duckdb"
RECORD_TABLES = ("entities", "times", "places", "quotes", "claims", "events")


def _json(value: Any) -> str:
    return json.dumps(to_json(value), ensure_ascii=False)


def _actor_id(actor: Actor | None) -> str | None:
    return actor.id if actor is not None else None


def _span(ref) -> tuple:
    return (ref.text, ref.start, ref.end)


def _table_rows(extractions: list[Extraction]) -> dict[str, list[tuple]]:
    """Rows per table for whole articles; actors deduplicated by id."""
    tables: dict[str, list[tuple]] = {t: [] for t in ("articles", *RECORD_TABLES, "event_actors", "actor_roles")}
    actors: dict[str, Actor] = {}
    for ex in extractions:
        _article_rows(ex, tables)
        own = _actors_of(ex)
        tables["actor_roles"] += actor_role_rows(ex, own)
        actors.update(own)
    tables["actors"] = [(a.id, a.name, a.kind, a.country, a.org, a.sector, a.role) for a in actors.values()]
    return tables


def _actors_of(ex: Extraction) -> dict[str, Actor]:
    refs = [e.actor for e in ex.entities]
    refs += [q.speaker.actor for q in ex.quotes if q.speaker] + [c.source.actor for c in ex.claims if c.source]
    refs += [a for e in ex.events for a in (*e.actors, *e.recipients)]
    return {actor.id: actor for actor in refs if actor is not None}


def _article_rows(ex: Extraction, t: dict[str, list[tuple]]) -> None:
    a = ex.article
    aid = a.id
    t["articles"].append(
        (aid, a.title, a.text, a.outlet, a.url, a.published, a.published_inferred, a.lang, _json(a.extra), a.origin,
         datetime.datetime.now())
    )
    t["entities"] += [(aid, i, *_span(e), e.label, _actor_id(e.actor)) for i, e in enumerate(ex.entities)]
    t["times"] += [(aid, i, *_span(x), x.type, x.value, x.mod) for i, x in enumerate(ex.times)]
    t["places"] += [
        (aid, i, *_span(p), p.name, p.country, p.admin1, p.lat, p.lon, p.feature) for i, p in enumerate(ex.places)
    ]
    t["quotes"] += [
        (aid, i, *_span(q), q.kind, q.speaker.text if q.speaker else None,
         _actor_id(q.speaker.actor) if q.speaker else None, _json(q))
        for i, q in enumerate(ex.quotes)
    ]
    t["claims"] += [
        (aid, i, *_span(c), c.certainty, c.source.text if c.source else None,
         _actor_id(c.source.actor) if c.source else None, c.time.value if c.time else None, _json(c))
        for i, c in enumerate(ex.claims)
    ]
    t["events"] += [
        (aid, i, e.type, e.mode, e.context, e.start, e.end, e.trigger.text,
         e.date.value if e.date else None, e.date.from_ if e.date else None, e.modality, e.negated,
         e.confidence, e.rule, _json(e))
        for i, e in enumerate(ex.events)
    ]
    t["event_actors"] += [
        (aid, i, role, actor.id)
        for i, e in enumerate(ex.events)
        for role, group in (("actor", e.actors), ("recipient", e.recipients))
        for actor in group
    ]


class Store:
    """A crosswire database. Use one writing Store per file; readers open with read_only=True."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}", fix="run `crosswire ingest PATH --db FILE` first")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}", fix="is another crosswire writing to it?") from exc
        if not read_only:
            self.migrate()

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema -----------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply every migration not yet recorded; return the numbers applied."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR,"
            " applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        done = {row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {version} ({name}) failed: {exc}") from exc
            applied.append(version)
        return applied

    def schema_version(self) -> int:
        """The highest applied migration number."""
        return self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    # --- writing ------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def write(self, extraction: Extraction) -> bool:
        """Store one article and all its records in one transaction; False if it was already stored."""
        return self.write_many([extraction])[0]

    def write_many(self, extractions: list[Extraction]) -> list[bool]:
        """Store whole articles in one transaction; True for each one newly stored.

        A failing group is rolled back and retried article by article, so no article is ever
        half-written and one bad article cannot keep the others out (its error is raised after).
        """
        stored = self._stored_ids([ex.article.id for ex in extractions])
        fresh: dict[str, Extraction] = {}
        for ex in extractions:
            if ex.article.id not in stored and ex.article.id not in fresh:
                fresh[ex.article.id] = ex
        try:
            self._transaction(list(fresh.values()))
        except Exception:
            if len(fresh) <= 1:
                raise
            error = None
            for ex in fresh.values():
                try:
                    self._transaction([ex])
                except Exception as exc:  # noqa: BLE001 - the others still land; raised below
                    error = exc
            if error is not None:
                raise error
        return [fresh.get(ex.article.id) is ex for ex in extractions]

    def _stored_ids(self, ids: list[str]) -> set[str]:
        rows = self.con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()
        return {r[0] for r in rows}

    def _transaction(self, extractions: list[Extraction]) -> None:
        if not extractions:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in _table_rows(extractions).items():
                self._many(table, rows, "ON CONFLICT DO NOTHING" if table == "actors" else "")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _many(self, table: str, rows: list[tuple], conflict: str = "") -> None:
        """Bulk insert through a registered column buffer (measured far faster than executemany)."""
        if not rows:
            return
        columns = {f"c{i}": np.array(column, dtype=object) for i, column in enumerate(zip(*rows))}
        self.con.register("_rows", columns)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _rows {conflict}")
        finally:
            self.con.unregister("_rows")

    # --- reading ------------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] = ()) -> tuple[list[str], list[tuple]]:
        """Run SQL and return (column names, rows)."""
        try:
            cursor = self.con.execute(sql, list(params))
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return columns, cursor.fetchall()

    def counts(self) -> dict[str, int]:
        """Row counts of articles, actors and every record table."""
        return {
            table: self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "actors", *RECORD_TABLES)
        }

    def article_ids(self) -> list[str]:
        """Every stored article id, in ingest order."""
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY ingested_at, id").fetchall()]
