"""`crosswire eval actors [FILE]`: country and sector accuracy of actor resolution on the hand-written set."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from crosswire.cli.app import eval_app
from crosswire.cli.console import out
from crosswire.errors import ConfigError

DEFAULT_SET = Path("tests/fixtures/actors_eval.jsonl")


@eval_app.command("actors")
def eval_actors_command(
    path: Path = typer.Argument(DEFAULT_SET, help="Mention -> actor JSONL (see docs/actors.md for the format)."),
    misses: bool = typer.Option(False, "--misses", help="Also list every mention resolved wrongly."),
) -> None:
    """Score actor resolution: country, sector and both right, per split (dev, holdout) and overall."""
    from crosswire.eval.actors import score_actors
    from crosswire.nlp.model import load_pipeline

    if not path.is_file():
        raise ConfigError(f"no evaluation file at {path}", where="FILE", fix="run from the repository root or give the path")
    scores = score_actors(load_pipeline(), path)
    table = Table(title=f"actors: {path}", show_edge=False)
    for column in ("split", "mentions", "country", "sector", "both", "resolved"):
        table.add_column(column, justify="right")
    for split in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[split].as_dict()
        table.add_row(split, str(s["n"]), *(f"{s[k]:.3f}" for k in ("country_accuracy", "sector_accuracy",
                                                                      "both_accuracy", "resolved")))
    out.print(table)
    if misses:
        for split, score in scores.items():
            for mention, text, actor, countries, sectors in score.misses:
                got = f"{actor.id} ({actor.country}, {actor.sector})" if actor else "nothing"
                out.print(f"[{split}] {mention!r}: got {got}, expected {countries} {sectors} | {text}", markup=False)
