"""`crosswire eval timeml DIR`: TempEval-3 task A scores of the `times` component on TimeML gold."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from crosswire.cli.app import eval_app
from crosswire.cli.console import out
from crosswire.errors import ConfigError

COLUMNS = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1")
HEADERS = ("S-P", "S-R", "S-F1", "R-P", "R-R", "R-F1", "type", "val.acc", "val.F1")


@eval_app.command("timeml")
def eval_timeml_command(
    directory: Path = typer.Argument(..., help="Folder of TimeML .tml files (searched recursively), each with a <DCT>."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object instead of a table."),
    errors: int = typer.Option(0, "--errors", min=0, help="Also list up to N misses, false alarms and wrong values."),
) -> None:
    """Score time expressions: strict/relaxed extent P/R/F1, type accuracy and value F1, per sub-folder and overall."""
    from crosswire.eval.timeml import evaluate

    if not directory.is_dir():
        raise ConfigError(f"no folder at {directory}", where="DIR", fix="give a folder holding .tml files")
    results = evaluate(directory)
    scores = {part: counts.scores() for part, counts in results.items()}
    if as_json:
        out.print_json(json.dumps(scores))
    else:
        table = Table(title=f"TempEval-3 task A: {directory}", show_edge=False)
        table.add_column("part")
        table.add_column("gold", justify="right")
        for header in HEADERS:
            table.add_column(header, justify="right")
        for part in sorted(scores, key=lambda k: (k == "overall", k)):
            s = scores[part]
            table.add_row(part, str(int(s["gold"])), *(f"{s[c]:.3f}" for c in COLUMNS))
        out.print(table)
        out.print("S = strict extent, R = relaxed (overlap) extent; type/val.acc over relaxed matches; val.F1 = val.acc x R-F1")
    for kind, doc, text, a, b, c in results["overall"].errors[:errors]:
        out.print(f"{kind}\t{doc}\t{text!r}\t{a}\t{b}\t{c or ''}", markup=False)
