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
