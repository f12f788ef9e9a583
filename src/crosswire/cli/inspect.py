"""Reading the store: `show`, `stats` and `sql`."""

from __future__ import annotations

import csv
import json
import sys

import typer
from rich.table import Table
from rich.text import Text

from crosswire.cli import options as opt
from crosswire.cli.app import app
from crosswire.cli.console import out
from crosswire.cli.summary import print_summary
from crosswire.errors import ConfigError
from crosswire.store.db import Store
from crosswire.store.evidence import article_evidence

STYLES = {
    "entity": "bold cyan",
    "time": "bold green",
    "place": "bold blue",
    "quote": "italic yellow",
    "claim": "underline magenta",
    "event": "bold red",
}


@app.command("show")
def show_command(article_id: str = typer.Argument(..., help="Article id (a unique prefix is enough)."), db: str = opt.DbOption) -> None:
    """Show one article with its records highlighted in the text, then list them with their evidence."""
    with Store(db, read_only=True) as store:
        article, records = article_evidence(store, article_id)
    text = Text(article["text"])
    for kind, start, end, _label in records:
        text.stylize(STYLES[kind], start, end)
    meta = ", ".join(f"{k}: {article[k]}" for k in ("id", "outlet", "published", "url") if article.get(k))
    out.print(f"[bold]{article.get('title') or '(untitled)'}[/bold]\n[dim]{meta}[/dim]\n")
    out.print(text)
    out.print("\n" + "  ".join(f"[{style}]{kind}[/{style}]" for kind, style in STYLES.items()))
    table = Table(show_edge=False)
    for column in ("kind", "chars", "evidence", "label"):
        table.add_column(column)
    for kind, start, end, label in records:
        table.add_row(kind, f"{start}-{end}", article["text"][start:end].replace("\n", " ")[:80], label or "")
    out.print(table)


def write_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    """Write rows to stdout as CSV or JSON lines (values that are not JSON types become strings)."""
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row)), default=str, ensure_ascii=False) + "\n")


@app.command("stats")
def stats_command(db: str = opt.DbOption) -> None:
    """Summarise the store: articles, outlets, entities by type and record counts."""
    with Store(db, read_only=True) as store:
        print_summary(store, out, db)


@app.command("sql")
def sql_command(
    query: str = typer.Argument(..., help="A read-only SQL query, e.g. \"SELECT * FROM articles LIMIT 5\"."),
    db: str = opt.DbOption,
    limit: int = typer.Option(1000, "--limit", min=1, help="Most rows to print."),
    fmt: str = typer.Option("table", "--format", "-f", help="table (for reading), csv or jsonl (for scripts)."),
) -> None:
    """Run a read-only SQL query against the store and print the result table."""
    if not query.strip():
        raise ConfigError("empty query", fix="give a SELECT statement")
    if fmt not in ("table", "csv", "jsonl"):
        raise ConfigError(f"unknown --format {fmt!r}", fix="use table, csv or jsonl")
    with Store(db, read_only=True) as store:
        columns, rows = store.query(query)
    if fmt != "table":
        write_rows(columns, rows[:limit], fmt)
        return
    table = Table(show_edge=False)
    for column in columns:
        table.add_column(column)
    for row in rows[:limit]:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
    out.print(f"[dim]{len(rows)} rows{' (first ' + str(limit) + ' shown)' if len(rows) > limit else ''}[/dim]")
