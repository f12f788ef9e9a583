"""Store, actors part: one row per real actor, one dated role per person and article (migration 20)."""

from __future__ import annotations

from crosswire.records import Actor, Article, Entity, Extraction
from crosswire.store.actors import actor_role_on, actor_roles
from crosswire.store.db import Store

TEXT = "Donald Trump spoke to reporters, and Ukraine said it would listen."


def article(article_id: str, published: str | None, role: str) -> Extraction:
    person = Actor(id="person:donald-trump", name="Donald Trump", kind="person", country="USA", sector="GOV", role=role)
    state = Actor(id="UKR", name="Ukraine", kind="state", country="UKR")
    return Extraction(
        article=Article(id=article_id, text=TEXT, published=published),
        entities=(Entity("Donald Trump", 0, 12, "PERSON", person), Entity("Ukraine", 37, 44, "GPE", state)),
    )


def test_one_actor_row_and_one_dated_role_per_article(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.write(article("late", "2025-02-01", "President"))
        store.write(article("early", "2024-11-20", "President-elect"))
        store.write(article("undated", None, "President"))
        assert store.counts()["actors"] == 2
        roles = actor_roles(store, "person:donald-trump")
        assert [(r["published"], r["role"], r["article_id"]) for r in roles] == [
            ("2024-11-20", "President-elect", "early"), ("2025-02-01", "President", "late"), (None, "President", "undated")
        ]
        assert actor_role_on(store, "person:donald-trump", "2024-12-31")["role"] == "President-elect"
        assert actor_role_on(store, "person:donald-trump", "2025-03-01")["role"] == "President"
        assert actor_role_on(store, "person:donald-trump", "2024-01-01") is None


def test_states_and_groups_get_no_role_rows(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.write(article("a", "2024-11-20", "President-elect"))
        assert actor_roles(store, "UKR") == []


def test_migration_backfills_people_already_stored(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as store:
        store.write(article("a", "2024-11-20", "President-elect"))
        store.con.execute("DROP TABLE actor_roles")
        store.con.execute("DELETE FROM schema_migrations WHERE version = 20")
    with Store(path) as store:  # reopening applies migration 20 again, as on a database made before it
        roles = actor_roles(store, "person:donald-trump")
    assert [(r["role"], r["article_id"]) for r in roles] == [("President-elect", "a")]
