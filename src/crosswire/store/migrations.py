"""Numbered schema migrations; each applied once and recorded in `schema_migrations`.

Add a migration by appending to MIGRATIONS with the next number; never edit an applied one.
Columns use `start_char`/`end_char` for evidence offsets into `articles.text`; nested parts of a
record (actor lists, quantities, cues) sit in a JSON text column `data` in the contract's shape.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "core tables",
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, title VARCHAR, text VARCHAR NOT NULL, outlet VARCHAR, url VARCHAR,
            published DATE, published_inferred BOOLEAN NOT NULL DEFAULT FALSE, lang VARCHAR,
            extra VARCHAR, origin VARCHAR, ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        );
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY, name VARCHAR, kind VARCHAR, country VARCHAR, org VARCHAR,
            sector VARCHAR, role VARCHAR
        );
        CREATE TABLE entities (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
            end_char INTEGER, label VARCHAR, actor_id VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE times (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
            end_char INTEGER, type VARCHAR, value VARCHAR, mod VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE places (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
            end_char INTEGER, name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
            feature VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE quotes (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
            end_char INTEGER, kind VARCHAR, speaker_text VARCHAR, speaker_actor_id VARCHAR,
            data VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE claims (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER,
            end_char INTEGER, certainty VARCHAR, source_text VARCHAR, source_actor_id VARCHAR,
            time_value VARCHAR, data VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE events (
            article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, type VARCHAR, mode VARCHAR,
            context VARCHAR, start_char INTEGER, end_char INTEGER, trigger_text VARCHAR,
            date_value VARCHAR, date_from VARCHAR, modality VARCHAR, negated BOOLEAN,
            confidence DOUBLE, rule VARCHAR, data VARCHAR, PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE event_actors (
            article_id VARCHAR NOT NULL, event_idx INTEGER NOT NULL, role VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL
        );
        """,
    ),
]

# Stories (issue 7): numbers 2-9 belong to fusion; the events tables start at 10.
MIGRATIONS += [
    (
        2,
        "stories",
        """
        CREATE TABLE stories (
            id VARCHAR PRIMARY KEY, title VARCHAR, first_date DATE, last_date DATE,
            n_articles INTEGER NOT NULL DEFAULT 0,
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        );
        CREATE TABLE story_articles (
            article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, story_date DATE,
            joined_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        );
        CREATE INDEX story_articles_story ON story_articles (story_id);
        CREATE TABLE story_vectors (story_id VARCHAR NOT NULL, term VARCHAR NOT NULL, weight DOUBLE NOT NULL);
        CREATE INDEX story_vectors_story ON story_vectors (story_id);
        CREATE TABLE story_keys (term VARCHAR NOT NULL, story_id VARCHAR NOT NULL);
        CREATE INDEX story_keys_term ON story_keys (term);
        CREATE TABLE story_term_df (term VARCHAR PRIMARY KEY, df INTEGER NOT NULL);
        """,
    ),
    (
        3,
        "story fusion",
        """
        CREATE TABLE story_fused (
            story_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, idx INTEGER NOT NULL, status VARCHAR,
            independent_outlets INTEGER, explanation VARCHAR, data VARCHAR,
            PRIMARY KEY (story_id, kind, idx)
        );
        CREATE TABLE story_inferred_dates (
            article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, value DATE, explanation VARCHAR
        );
        """,
    ),
    (
        4,
        "story fusion state",
        """
        CREATE TABLE story_fusion_state (
            story_id VARCHAR PRIMARY KEY, n_articles INTEGER NOT NULL, fused_at TIMESTAMP NOT NULL
        );
        """,
    ),
    (
        5,
        "story tables without secondary indexes",
        # Story queries join on temp tables (hash joins), which never use these indexes, while every
        # ingest batch rewrites story vectors and keys: the indexes made each commit cost grow with
        # the store (per-batch CPU 1.5 s -> 2.2 s over 15k articles; flat without them).
        """
        DROP INDEX IF EXISTS story_vectors_story;
        DROP INDEX IF EXISTS story_keys_term;
        DROP INDEX IF EXISTS story_articles_story;
        """,
    ),
]

# Actors (issue 4): numbers 20-29. `actors` keeps one row per real actor (its identity, as first
# stored); `actor_roles` keeps what each article said the person was on its date (a role changes:
# President-elect, then President). Existing databases are backfilled from the one stored role.
MIGRATIONS += [
    (
        20,
        "actor roles by article",
        """
        CREATE TABLE actor_roles (
            actor_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, published DATE, role VARCHAR,
            country VARCHAR, org VARCHAR, sector VARCHAR, PRIMARY KEY (actor_id, article_id)
        );
        CREATE INDEX actor_roles_actor ON actor_roles (actor_id);
        INSERT INTO actor_roles
            SELECT DISTINCT e.actor_id, e.article_id, a.published, ac.role, ac.country, ac.org, ac.sector
            FROM entities e JOIN actors ac ON ac.id = e.actor_id JOIN articles a ON a.id = e.article_id
            WHERE ac.kind = 'person';
        """,
    ),
]
