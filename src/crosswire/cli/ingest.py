"""`crosswire ingest`: read articles, extract, store, and summarise."""

from __future__ import annotations

import sys
import time
from typing import List

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from crosswire.cli import options as opt
from crosswire.cli.app import app
from crosswire.cli.console import err, out
from crosswire.cli.summary import print_summary
from crosswire.ingest.readers import IngestOptions, check_override_date
from crosswire.ingest.run import estimate_items, ingest
from crosswire.knowledge import offices_reviewed_to
from crosswire.store.db import Store


def ingest_options(published, outlet, max_bytes) -> IngestOptions:
    """Build the per-run ingest options from the shared CLI options."""
    return IngestOptions(published=check_override_date(published), outlet=outlet, max_bytes=max_bytes)


@app.command("ingest")
def ingest_command(
    paths: List[str] = typer.Argument(..., help="Files (.txt .html .htm .json .jsonl), directories, or - for JSONL on stdin."),
    db: str = opt.DbOption,
    published: str = opt.PublishedOption,
    outlet: str = opt.OutletOption,
    workers: int = opt.WorkersOption,
    max_bytes: int = opt.MaxBytesOption,
    quiet: bool = opt.QuietOption,
    summary: bool = typer.Option(True, "--summary/--no-summary", help="Print the store summary at the end."),
) -> None:
    """Ingest articles into the store: extract every record and write each article in one transaction."""
    options = ingest_options(published, outlet, max_bytes)
    show_progress = not quiet and sys.stderr.isatty()
    started = time.perf_counter()
    with Store(db) as store:
        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeRemainingColumn(),
            console=err,
            disable=not show_progress,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=estimate_items(paths) if show_progress else None, rate=0.0)

            def on_item(result, status: str) -> None:
                if status == "failed":
                    err.print(f"[red]skipped[/red] {result.origin}: {result.reason}", markup=True)
                elif status == "duplicate" and not quiet:
                    a = result.article
                    err.print(f"already stored: {a.id} ({a.origin}); nothing new written")
                done = progress.tasks[0].completed + 1
                progress.update(task, completed=done, rate=done / max(time.perf_counter() - started, 1e-9))

            report = ingest(paths, store, options, workers=workers, on_item=on_item)
        elapsed = time.perf_counter() - started
        failed = len(report.failures)
        err.print(
            f"{report.read} read, {len(report.stored)} stored, {len(report.duplicates)} already stored, "
            f"{failed} failed in {elapsed:.1f}s"
        )
        if report.after_review:
            err.print(
                f"note: {report.after_review} article(s) dated after {offices_reviewed_to()}, the last review of the "
                "office holders: a title ('the Lithuanian defence minister') resolves to the last holder the file "
                "knows, who may have left office since (docs/actors.md, 'Office holders: keeping them current')"
            )
        if report.story_error:
            err.print(f"[red]error:[/red] {report.story_error}", markup=True)
        if failed:
            err.print("[red]failed items:[/red]", markup=True)
            for failure in report.failures:
                err.print(f"  {failure.origin}: {failure.reason}")
        if summary and not quiet:
            print_summary(store, out, db)
    raise typer.Exit(0 if report.ok else 1)

