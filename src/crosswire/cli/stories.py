"""`crosswire stories` and `crosswire story`: stories across outlets, and one story's report."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from crosswire.cli import options as opt
from crosswire.cli.app import app
from crosswire.cli.console import err, out
from crosswire.errors import ConfigError
from crosswire.store.db import Store


@app.command("stories")
def stories_command(
    db: str = opt.DbOption,
    since: Optional[str] = typer.Option(None, "--since", help="Only stories with an article dated on or after YYYY-MM-DD."),
    fmt: str = typer.Option("table", "--format", "-f", help="table (readable) or jsonl (one story per line)."),
) -> None:
    """List stories: reports of the same happening grouped across outlets (articles without one are grouped first)."""
    from crosswire.fusion.fuse import refresh_stale_fusion
    from crosswire.fusion.stories import update_stories
    from crosswire.store.stories import list_stories

    if fmt not in ("table", "jsonl"):
        raise ConfigError(f"unknown format {fmt!r}", where="--format", fix="use table or jsonl")
    if since:
        try:
            since = dt.date.fromisoformat(since).isoformat()
        except ValueError:
            raise ConfigError(f"--since {since!r} is not a date", fix="use YYYY-MM-DD, e.g. 2024-11-01") from None
    with Store(db) as store:
        update_stories(store)
        refresh_stale_fusion(store)  # corroboration and coverage of stories that grew since
        stories = list_stories(store, since)
    if fmt == "jsonl":
        for story in stories:
            row = {k: story[k] for k in ("id", "articles", "title", "first_date", "last_date", "outlets")}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(show_edge=False)
    for column in ("story", "articles", "dates", "outlets", "title"):
        table.add_column(column)
    for story in stories:
        dates = " to ".join(dict.fromkeys(d for d in (story["first_date"], story["last_date"]) if d)) or "undated"
        table.add_row(story["id"], str(story["n_articles"]), dates, ", ".join(story["outlets"]) or "-", story["title"] or "")
    out.print(table)
    out.print(f"[dim]{len(stories)} stories; see one with: crosswire story ID --db {db}[/dim]")


@app.command("story")
def story_command(
    story_id: str = typer.Argument(..., help="Story id from `crosswire stories` (a unique prefix is enough)."),
    db: str = opt.DbOption,
    fmt: str = typer.Option("text", "--format", "-f", help="text (terminal), html (a self-contained page) or json (one object, every record)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Show one story: outlets, claims with corroboration status, quotes across outlets, events, coverage."""
    from crosswire.fusion.story_view import build_story, find_story

    if fmt not in ("text", "html", "json"):
        raise ConfigError(f"unknown format {fmt!r}", where="--format", fix="use text, html or json")
    with Store(db, read_only=True) as store:
        story = build_story(store, find_story(store, story_id))
    if fmt in ("html", "json"):
        from crosswire.report.html import render_html
        from crosswire.report.story_json import story_json

        page = render_html(story) if fmt == "html" else json.dumps(story_json(story), ensure_ascii=False, indent=1) + "\n"
        if output:
            output.write_text(page, encoding="utf-8")
            err.print(f"wrote {output}")
        else:
            sys.stdout.write(page)
        return
    from crosswire.report.terminal import print_story

    if output:
        from rich.console import Console

        with open(output, "w", encoding="utf-8") as fh:
            print_story(story, Console(file=fh, width=120, highlight=False))
        err.print(f"wrote {output}")
    else:
        print_story(story, out)
