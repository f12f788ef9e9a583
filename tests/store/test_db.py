"""Store: migrations recorded once, one transaction per article, idempotent writes."""

from __future__ import annotations

import pytest

from crosswire.errors import StoreError
from crosswire.records import Actor, Article, Entity, Extraction, Quote, SourceRef, Span
from crosswire.store.db import Store
from crosswire.store.migrations import MIGRATIONS


def sample(article_id: str = "a1") -> Extraction:
    text = '"We will talk," the minister said.'
    actor = Actor(id="person:test-minister", name="the minister", kind="person", country="FRA", sector="GOV")
    return Extraction(
        article=Article(id=article_id, text=text, outlet="Wire", published="2024-11-07"),
        entities=(Entity("minister", 18, 26, "PERSON", actor),),
        quotes=(Quote("We will talk,", 1, 14, "direct", Span("said", 28, 32), SourceRef("the minister", 14, 26, actor)),),
    )


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as store:
        assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
    with Store(path) as store:
        assert store.migrate() == []
        _, rows = store.query("SELECT count(*) FROM schema_migrations")
        assert rows[0][0] == len(MIGRATIONS)


def test_write_is_idempotent_and_keeps_actors_once(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        assert store.write(sample("a1")) is True
        assert store.write(sample("a1")) is False
        assert store.write(sample("a2")) is True
        counts = store.counts()
    assert (counts["articles"], counts["quotes"], counts["entities"], counts["actors"]) == (2, 2, 2, 1)


def test_a_failing_write_leaves_nothing_of_the_article(tmp_path, monkeypatch):
    with Store(tmp_path / "x.duckdb") as store:
        original = store._many

        def explode(table, rows, conflict=""):
            if table == "quotes":
                raise RuntimeError("disk full")
            original(table, rows, conflict)

        monkeypatch.setattr(store, "_many", explode)
        with pytest.raises(RuntimeError):
            store.write(sample("a1"))
        counts = store.counts()
        assert counts["articles"] == 0 and counts["entities"] == 0 and counts["actors"] == 0
        monkeypatch.setattr(store, "_many", original)
        assert store.write(sample("a1")) is True


def test_read_only_store_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_query_errors_are_store_errors(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        with pytest.raises(StoreError, match="query failed"):
            store.query("SELECT nope FROM articles")
