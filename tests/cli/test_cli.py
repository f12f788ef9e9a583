"""CLI: ingest/extract/show/stats/sql end to end, bad-input batches, idempotence, workers."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from crosswire.cli.app import app
from crosswire.ingest.readers import article_id
from tests.conftest import EXAMPLES

CONTRACT_KEYS = {"article", "entities", "times", "places", "quotes", "claims", "events"}
ARTICLE_KEYS = {"id", "title", "text", "outlet", "url", "published", "published_inferred", "lang"}
GOOD = (
    "Trade ministers from the two neighbouring countries met in the capital on Monday and agreed "
    "to lower tariffs on farm goods, officials said, calling the deal a first step toward wider talks."
)


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def make_bad_folder(root):
    """A folder with two good articles and one file of each bad kind."""
    (root / "good1.txt").write_text("Tariff deal\n\n" + GOOD, encoding="utf-8")
    (root / "good2.jsonl").write_text(json.dumps({"id": "g2", "text": GOOD + " Markets rose."}) + "\n{broken\n")
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (root / "latin1.txt").write_bytes(b"caf\xe9 " + GOOD.encode())
    (root / "notext.jsonl").write_text(json.dumps({"id": "n"}) + "\n")
    (root / "huge.txt").write_text(GOOD * 40_000)  # over 5 MB
    (root / "french.txt").write_text(
        "Les ministres du commerce des deux pays se sont réunis lundi dans la capitale et ont décidé de "
        "réduire les droits de douane sur les produits agricoles, selon des responsables qui ont parlé "
        "d'un premier pas vers des discussions plus larges avec les partenaires de la région.",
        encoding="utf-8",
    )


def test_every_command_has_help(run):
    result = run("--help")
    assert result.exit_code == 0
    for command in ("ingest", "extract", "show", "stats", "sql", "eval"):
        assert command in result.stdout
        sub = run(command, "--help")
        assert sub.exit_code == 0 and "Usage" in sub.stdout


def test_extract_prints_the_contract_in_input_order(run, tmp_path):
    (tmp_path / "b.txt").write_text("Second\n\n" + GOOD + " Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First\n\n" + GOOD, encoding="utf-8")
    result = run("extract", tmp_path / "b.txt", tmp_path / "a.txt", "--published", "2024-11-07", "--outlet", "Wire")
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert [r["article"]["title"] for r in rows] == ["Second", "First"]
    for row in rows:
        assert CONTRACT_KEYS <= row.keys() and ARTICLE_KEYS <= row["article"].keys()
        assert row["article"]["published"] == "2024-11-07" and row["article"]["outlet"] == "Wire"
        for ent in row["entities"]:
            assert row["article"]["text"][ent["start"] : ent["end"]] == ent["text"]


def test_extract_rejects_a_bad_date(run, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = run("extract", tmp_path / "a.txt", "--published", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_ingest_bad_folder_stores_good_names_bad_exits_1(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_bad_folder(folder)
    db = tmp_path / "x.duckdb"
    result = run("ingest", folder, "--db", db, "--no-summary")
    assert result.exit_code == 1
    expected = {
        "binary.txt": "binary",
        "empty.txt": "empty file",
        "french.txt": "does not look English",
        "good2.jsonl:2": "malformed JSON",
        "huge.txt": "limit",
        "latin1.txt": "not UTF-8",
        "notext.jsonl:1": "missing field 'text'",
    }
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in result.output.splitlines()), (name, result.output)
    stored = run("sql", "SELECT id FROM articles ORDER BY id", "--db", db, "--format", "csv")
    good1_id = article_id("Tariff deal\n\n" + GOOD)
    assert stored.stdout.split()[1:] == sorted(["g2", good1_id])


def test_reingest_stores_nothing_new_and_says_so(run, tmp_path):
    db = tmp_path / "x.duckdb"
    first = run("ingest", EXAMPLES, "--db", db, "--no-summary")
    assert first.exit_code == 0, first.output
    before = run("sql", "SELECT count(*) AS n FROM entities", "--db", db, "--format", "jsonl").stdout
    second = run("ingest", EXAMPLES, "--db", db)
    assert second.exit_code == 0
    assert "0 stored" in second.output and "already stored" in second.output
    assert run("sql", "SELECT count(*) AS n FROM entities", "--db", db, "--format", "jsonl").stdout == before
    assert "articles in" in second.stdout and "next:" in second.stdout  # the summary


def test_show_stats_and_sql(run, tmp_path):
    db = tmp_path / "x.duckdb"
    run("ingest", EXAMPLES, "--db", db, "--quiet")
    show = run("show", "ex-civic", "--db", db)
    assert show.exit_code == 0 and "Port workers strike" in show.stdout and "GPE" in show.stdout
    assert run("show", "nope", "--db", db).exit_code == 2
    stats = run("stats", "--db", db)
    assert stats.exit_code == 0 and "entities by type" in stats.stdout
    write = run("sql", "DELETE FROM articles", "--db", db)
    assert write.exit_code == 2 and "read-only" in write.output


def test_stdin_jsonl(run, tmp_path):
    result = run("extract", "-", input=json.dumps({"id": "s", "text": GOOD}) + "\n")
    assert result.exit_code == 0 and jsonl(result.stdout)[0]["article"]["id"] == "s"


def test_workers_give_the_same_records(run, tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    one = run("extract", folder, "--workers", "1")
    two = run("extract", folder, "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(jsonl(one.stdout)) >= 4


def test_ingest_notes_articles_dated_after_the_office_holder_review(run, tmp_path):
    from crosswire.knowledge import offices_reviewed_to

    reviewed = offices_reviewed_to()
    assert reviewed is not None and reviewed[:4].isdigit()
    lines = [
        {"id": "old", "text": GOOD, "published": "2024-11-15"},
        {"id": "new", "text": GOOD + " Shares fell.", "published": "2031-05-02"},
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = run("ingest", tmp_path / "a.jsonl", "--db", tmp_path / "x.duckdb", "--no-summary")
    assert result.exit_code == 0, result.output
    assert f"note: 1 article(s) dated after {reviewed}" in result.output


def test_the_example_story_compares_the_spending_apart_from_the_drone_count(run, tmp_path):
    """The spending is corroborated by three outlets; the drone count is 1,200 in two and 1,500 in the third, which
    states it in a sentence that also carries the spending and an inserted 'a Lithuanian official said'."""
    db = tmp_path / "x.duckdb"
    run("ingest", EXAMPLES, "--db", db, "--quiet")
    stories = jsonl(run("stories", "--db", db, "--format", "jsonl").stdout)
    drone = next(s for s in stories if "drone" in (s.get("title") or "").lower())
    view = run("story", drone["id"], "--db", db).stdout
    spending = next(line for line in view.splitlines() if "400 million euros to the first round" in line)
    assert "corroborated" in spending and "[3 independent]" in spending
    lines = view.splitlines()
    at = next(i for i, line in enumerate(lines) if "will order roughly 1,200 drones" in line)
    assert "conflicting" in lines[at] and "[3 independent]" in lines[at]
    assert "“about 1,500 drones” (Harbour Courier)" in lines[at + 1] and "cannot both hold" in lines[at + 1]
    estonia = next(line for line in lines if "14 drone sightings" in line)
    assert "corroborated" in estonia and "[2 independent]" in estonia  # '14 unidentified drones' in the other outlet
    moscow = next(line for line in lines if "Moscow would take" in line)
    assert "corroborated" in moscow  # '... near Russian territory': Moscow and Russian name one country


STRIKE_A = (
    "Missile strike on Dnipro block kills at least 40\n\n"
    "KYIV, Jan 15 (Crosswire) - A Russian missile that hit an apartment block in the Ukrainian city of Dnipro on "
    "Saturday killed at least 40 people, regional governor Valentyn Reznichenko said on Sunday.\n\n"
    "Kremlin spokesman Dmitry Peskov said on Monday that the building was likely hit by a Ukrainian air defence missile.\n"
)
STRIKE_B = (
    "Death toll in Dnipro strike rises to 35\n\n"
    "DNIPRO, Ukraine - The number of people killed when a Russian missile struck a residential block in Dnipro on "
    "Saturday has risen to 35, local authorities said on Sunday.\n\n"
    "Ukraine's air force said the building was hit by a Kh-22 missile, a weapon its air defences cannot shoot down.\n"
)


def test_a_story_shows_where_two_outlets_disagree(run, tmp_path):
    db = tmp_path / "x.duckdb"
    for name, text, outlet in (("a.txt", STRIKE_A, "Wire A"), ("b.txt", STRIKE_B, "Wire B")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = run("ingest", tmp_path / name, "--db", db, "--outlet", outlet, "--published", "2023-01-15", "--quiet")
        assert result.exit_code == 0, result.output
    stories = jsonl(run("stories", "--db", db, "--format", "jsonl").stdout)
    assert len(stories) == 1
    lines = run("story", stories[0]["id"], "--db", db).stdout.splitlines()
    culprit = next(i for i, line in enumerate(lines) if "say it of different things" in line)
    assert "“Kh-22” (Wire B, attributed to Ukraine's air force)" in lines[culprit]
    assert "“Ukrainian” (Wire A, attributed to Dmitry Peskov)" in lines[culprit]
    toll = next(i for i, line in enumerate(lines) if "“35” (Wire B)" in line and "“at least 40” (Wire A)" in line)
    assert "conflicting" in lines[toll - 1] and "cannot both hold" in lines[toll]
    assert not any(line.strip().startswith(("Wire B: Ukraine -", "● conflicting  [2 independent] Ukraine -")) for line in lines)


def test_story_json_carries_each_conflict_with_its_evidence(run, tmp_path):
    db = tmp_path / "x.duckdb"
    texts = {}
    for name, text, outlet in (("a.txt", STRIKE_A, "Wire A"), ("b.txt", STRIKE_B, "Wire B")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        run("ingest", tmp_path / name, "--db", db, "--outlet", outlet, "--published", "2023-01-15", "--quiet")
        texts[outlet] = text
    story_id = jsonl(run("stories", "--db", db, "--format", "jsonl").stdout)[0]["id"]
    out = tmp_path / "story.json"
    result = run("story", story_id[:8], "--db", db, "--format", "json", "--output", out)
    assert result.exit_code == 0, result.output
    story = json.loads(out.read_text(encoding="utf-8"))
    assert story["id"] == story_id and {a["outlet"] for a in story["articles"]} == {"Wire A", "Wire B"}
    toll = next(c for c in story["claims"] if any("35" in m["text"] for m in c["mentions"]) and c["status"] == "conflicting")
    assert toll["independent"] == 2 and set(toll["outlets"]) == {"Wire A", "Wire B"}
    for m in toll["mentions"]:  # every mention points at the exact characters of its article
        assert texts[m["outlet"]][m["start"]:m["end"]] == m["text"]
        assert m["record"]["quantities"]
    assert run("story", story_id, "--db", db, "--format", "yaml").exit_code != 0
