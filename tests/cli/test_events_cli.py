"""`crosswire events` and `crosswire eval events`: filters, the three formats, bad options."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from crosswire.cli.app import app
from crosswire.records import Actor, Article, Event, EventDate, Extraction, Place, Span
from crosswire.store.db import Store
from crosswire.store.events import GDELT_COLUMNS

CHL = Actor(id="state:CHL", name="Chile", kind="state", country="CHL", sector="GOV")
PER = Actor(id="state:PER", name="Peru", kind="state", country="PER", sector="GOV")
TEXT = "Chile imposed sanctions on Peru on May 2. Peru's army shelled a Chilean border post."


def _event(etype, start, end, trigger, actors, recipients, date, date_from, **extra):
    return Event(type=etype, start=start, end=end, trigger=Span(trigger, start, start + len(trigger)),
                 actors=actors, recipients=recipients, date=EventDate(date, None, date_from),
                 confidence=0.8, rule="triggers.tsv:1:test", **extra)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    events = (
        _event("SANCTION", 0, 41, "imposed sanctions", (CHL,), (PER,), "2024-05-02", "text", mode="discontinue"),
        _event("ASSAULT", 42, 86, "shelled", (PER,), (CHL,), "2024-05-09", "published",
               place=Place("border post", 70, 81, "Arica", "CHL", None, -18.47, -70.3), negated=True),
    )
    article = Article(id="a1", text=TEXT, url="https://example.org/a1", outlet="Example", published="2024-05-09")
    with Store(path) as store:
        store.write(Extraction(article=article, events=events))
    return path


def _run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_table_lists_every_event(db):
    result = _run("events", "--db", db)
    assert result.exit_code == 0, result.output
    assert "SANCTION" in result.output and "ASSAULT" in result.output and "2 events" in result.output


def test_filters(db):
    by_type = _run("events", "--db", db, "--type", "assault", "-f", "plover-json")
    assert [json.loads(x)["event"] for x in by_type.output.splitlines()] == [["ASSAULT"]]
    since = _run("events", "--db", db, "--since", "2024-05-05", "-f", "plover-json")
    assert [json.loads(x)["event"] for x in since.output.splitlines()] == [["ASSAULT"]]
    by_actor = _run("events", "--db", db, "--actor", "CHL", "-f", "plover-json")
    assert len(by_actor.output.splitlines()) == 2
    nobody = _run("events", "--db", db, "--actor", "ARG", "-f", "plover-json")
    assert nobody.exit_code == 0 and nobody.output == ""


def test_plover_json_layout(db):
    records = [json.loads(x) for x in _run("events", "--db", db, "-f", "plover-json").output.splitlines()]
    first = records[0]
    assert first["id"] == "a1-0" and first["date"] == "2024-05-02" and first["event"] == ["SANCTION"]
    assert first["actor"] == [{"code": "CHL", "entity_text": "Chile", "sector": "GOV"}]
    assert first["recipient"][0]["code"] == "PER" and first["quad_code"] == 4 and first["mode"] == ["discontinue"]
    assert first["cite_info"]["url"] == "https://example.org/a1"
    assert records[1]["event_loc"]["country_code"] == "CHL" and records[1]["negated"] is True


def test_gdelt_tsv(db):
    lines = _run("events", "--db", db, "-f", "gdelt-tsv").output.splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    row = dict(zip(GDELT_COLUMNS, lines[1].split("\t")))
    assert row["Day"] == "20240502" and row["Actor1CountryCode"] == "CHL" and row["Actor2CountryCode"] == "PER"
    assert row["EventCode"] == "SANCTION" and row["SOURCEURL"] == "https://example.org/a1"
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)


@pytest.mark.parametrize(
    "option, value",
    [("--type", "BOMB"), ("--actor", "Chile"), ("--since", "May 2"), ("--format", "xml")],
)
def test_bad_options_exit_2_with_a_clear_line(db, option, value):
    result = _run("events", "--db", db, option, value)
    assert result.exit_code == 2
    assert "error" in result.output.lower() or "invalid" in result.output.lower()


def test_eval_events_missing_file(tmp_path):
    result = _run("eval", "events", tmp_path / "nope.jsonl")
    assert result.exit_code == 2 and "no evaluation file" in result.output
