"""`crosswire events`: stored PLOVER events in the terminal, or exported as PLOVER JSON or GDELT-style TSV."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.table import Table

from crosswire.cli import options as opt
from crosswire.cli.app import app
from crosswire.cli.console import out
from crosswire.errors import ConfigError
from crosswire.store.db import Store

FORMATS = ("table", "plover-json", "gdelt-tsv")


def _codes(actors: list[dict]) -> str:
    return ",".join(a.get("country") or str(a.get("name")) for a in actors) or "-"


@app.command("events")
def events_command(
    etype: Optional[str] = typer.Option(None, "--type", "-t", help="Only this PLOVER type, e.g. ASSAULT or CONSULT."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events with this ISO3 code among actors or recipients."),
    since: Optional[str] = typer.Option(None, "--since", help="Only events dated on or after YYYY-MM-DD."),
    fmt: str = typer.Option("table", "--format", "-f", help="table (terminal), plover-json (JSON lines) or gdelt-tsv."),
    db: str = opt.DbOption,
) -> None:
    """List coded PLOVER events (who did what to whom, when, where, how sure) from the store."""
    from crosswire.store.events import GDELT_COLUMNS, EventFilter, query_events, to_gdelt_row, to_plover

    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}", where="--format", fix=f"use one of {', '.join(FORMATS)}")
    with Store(db, read_only=True) as store:
        events = query_events(store, EventFilter(etype, actor, since))
    if fmt == "plover-json":
        for event in events:
            sys.stdout.write(json.dumps(to_plover(event), ensure_ascii=False) + "\n")
        return
    if fmt == "gdelt-tsv":
        sys.stdout.write("\t".join(GDELT_COLUMNS) + "\n")
        for event in events:
            sys.stdout.write("\t".join(to_gdelt_row(event)) + "\n")
        return
    table = Table(show_edge=False)
    for column in ("date", "event", "who -> whom", "trigger", "how", "article"):
        table.add_column(column, overflow="fold")
    for e in events:
        date = e.get("date") or {}
        mark = {"published": "*", "inferred": "≤"}.get(date.get("from"), "")
        when = f"{date.get('value') or '?'}{mark}"
        how = f"{e.get('modality', '')}{' NOT' if e.get('negated') else ''} {e.get('confidence', 0):.2f}"
        what = e["type"] + (f"/{e['mode']}" if e.get("mode") else "")
        table.add_row(when, what, f"{_codes(e.get('actors', []))} -> {_codes(e.get('recipients', []))}",
                      e["trigger"]["text"], how, f"{e['article_id'][:8]}#{e['idx']}")
    out.print(table)
    out.print(f"[dim]{len(events)} events; * = publication date (no date in the sentence), "
              f"≤ = the date it was reported (it happened then or before)[/dim]")
