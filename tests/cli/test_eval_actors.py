"""`crosswire eval actors`: prints the score table, lists misses, and refuses a missing file."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crosswire.cli.app import app


def test_eval_actors_scores_a_small_set(tmp_path):
    rows = [
        {"split": "dev", "published": "2024-11-07", "text": "The Kremlin said North Korean troops had arrived.",
         "mentions": [{"m": "The Kremlin", "country": "RUS", "sector": "GOV"},
                      {"m": "North Korean troops", "country": "PRK", "sector": "MIL"}]},
        {"split": "holdout", "published": "2024-11-07", "text": "Seoul condemned the launch.",
         "mentions": [{"m": "Seoul", "country": "JPN", "sector": "GOV"}]},  # deliberately wrong: must show as a miss
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "actors", str(path), "--misses"])
    assert result.exit_code == 0, result.output
    assert "dev" in result.output and "holdout" in result.output
    assert "'Seoul': got KOR-GOV" in result.output
    assert "The Kremlin" not in result.output.split("holdout", 1)[1]


def test_eval_actors_refuses_a_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["eval", "actors", str(tmp_path / "nope.jsonl")])
    assert result.exit_code != 0
