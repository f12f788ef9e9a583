"""`crosswire eval events [FILE]`: PLOVER type accuracy, per-type P/R/F1 and actor countries."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from crosswire.cli.app import eval_app
from crosswire.cli.console import out
from crosswire.errors import ConfigError

DEFAULT_SET = Path("tests/fixtures/events_eval.jsonl")


@eval_app.command("events")
def eval_events_command(
    path: Path = typer.Argument(DEFAULT_SET, help="Evaluation JSONL (format in docs/events.md)."),
    misses: bool = typer.Option(False, "--misses", help="Also list every sentence coded wrongly."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object instead of tables."),
    splits: list[str] = typer.Option(
        [], "--split", help="With --misses: list only the misses of these splits (repeat the option); keeps held-out misses unseen."
    ),
) -> None:
    """Score the event coder: type accuracy, actor/recipient country accuracy, modality, per-type P/R/F1."""
    from crosswire.eval.events import evaluate

    if not path.is_file():
        raise ConfigError(f"no evaluation file at {path}", where="FILE", fix="run from the repository root or give the path")
    scores = evaluate(path)
    if as_json:
        out.print_json(json.dumps({split: s.summary() for split, s in scores.items()}))
        return
    table = Table(title=f"events: {path}", show_edge=False)
    for column in ("split", "sentences", "type acc", "actor ctry", "recipient ctry", "modality", "negation"):
        table.add_column(column, justify="right")
    for split in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[split]
        table.add_row(split, str(s.n), *(f"{v:.3f}" for v in (s.type_accuracy, s.actor_accuracy, s.recipient_accuracy,
                                                                s.modality_accuracy, s.negation_accuracy)))
    out.print(table)
    per_type = Table(title="per type (all sentences)", show_edge=False)
    for column in ("type", "P", "R", "F1", "support"):
        per_type.add_column(column, justify="right")
    for etype, prf in scores["all"].per_type.items():
        per_type.add_row(etype, f"{prf['p']:.3f}", f"{prf['r']:.3f}", f"{prf['f1']:.3f}", str(prf["support"]))
    out.print(per_type)
    if misses:
        for miss in scores["all"].errors:
            if splits and miss["split"] not in splits:
                continue
            out.print(
                f"[{miss['split']}] {miss['id']}: gold {miss['gold']} {miss['gold_actors']}->{miss['gold_recipients']}, "
                f"got {miss['got']} {miss['got_actors']}->{miss['got_recipients']} | {miss['text']}",
                markup=False,
            )
