"""The `crosswire` command: the Typer app and the entry point.

Each command lives in its own module under crosswire/cli/ and registers itself on `app` when
imported; COMMAND_MODULES lists them.
"""

from __future__ import annotations

import importlib

import typer
from typer.core import TyperGroup

from crosswire.cli.console import err
from crosswire.errors import CrosswireError



class CrosswireGroup(TyperGroup):
    """Command group that turns a CrosswireError into one clear line on stderr and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CrosswireError as exc:
            err.print(f"[red]error:[/red] {exc.message}", markup=True)
            ctx.exit(2)


app = typer.Typer(
    cls=CrosswireGroup,
    name="crosswire",
    help="Turn news articles into a sourced, cross-checked, queryable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the extractors on public evaluation data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

COMMAND_MODULES = [
    "crosswire.cli.ingest",
    "crosswire.cli.extract",
    "crosswire.cli.inspect",
    "crosswire.cli.stories",
    "crosswire.cli.eval_stories",
    "crosswire.cli.eval_actors",
    "crosswire.cli.eval_polnear",
    "crosswire.cli.eval_timeml",
    "crosswire.cli.events",
    "crosswire.cli.eval_events",
]
for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (console script `crosswire` and `python -m crosswire`)."""
    app(args=argv, prog_name="crosswire")
