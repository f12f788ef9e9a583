"""`crosswire eval polnear DIR`: quote (attribution) detection scored against a PolNeAR split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from crosswire.cli.app import eval_app
from crosswire.cli.console import err, out
from crosswire.errors import ConfigError


@eval_app.command("polnear")
def eval_polnear_command(
    directory: Path = typer.Argument(..., help="A PolNeAR split folder holding text/ and attributions/ (e.g. ../shared/data/polnear/dev)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N texts (sorted by name)."),
    threshold: float = typer.Option(0.5, "--threshold", min=0.01, max=1.0, help="Word-overlap ratio |P∩G|/max(|P|,|G|) for a content match."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object instead of a table."),
    agreement: bool = typer.Option(
        False, "--agreement", help="Score the annotators against each other (texts with two or more annotator files) instead of crosswire."
    ),
) -> None:
    """Score quotes against PolNeAR: content P/R/F1, word-level P/R/F1, source and cue accuracy (docs/accuracy.md)."""
    from crosswire.eval.polnear import annotator_agreement, evaluate_polnear

    if not (directory / "attributions").is_dir() or not (directory / "text").is_dir():
        raise ConfigError(f"{directory} has no text/ and attributions/ folders", where="DIR", fix="pass a PolNeAR split folder")
    if agreement:
        scores = annotator_agreement(directory, threshold=threshold)
    else:
        scores = evaluate_polnear(directory, limit=limit, threshold=threshold)
    result = scores.as_dict()
    if as_json:
        out.print(json.dumps(result), markup=False, highlight=False)
    else:
        title = f"PolNeAR annotator agreement: {directory}" if agreement else f"PolNeAR: {directory}"
        table = Table(title=title, show_edge=False)
        table.add_column("measure")
        table.add_column("value", justify="right")
        for key, value in result.items():
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
        out.print(table)
    for failure in scores.failures:
        err.print(f"skipped {failure}", markup=False)
    raise typer.Exit(1 if scores.failures else 0)
