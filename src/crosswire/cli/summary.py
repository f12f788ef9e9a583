"""The readable store summary printed after ingest and by `crosswire stats`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from crosswire.store.db import Store

NEXT_COMMANDS = [
    ("crosswire stats --db {db}", "this summary again"),
    ("crosswire sql \"SELECT label, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC\" --db {db}", "any read-only SQL"),
    ("crosswire show ARTICLE_ID --db {db}", "one article with its records highlighted"),
    ("crosswire stories --db {db}", "articles grouped into stories across outlets"),
    ("crosswire story STORY_ID --db {db} --format html -o story.html", "one story: corroboration, quotes, coverage"),
    ("crosswire events --db {db}", "PLOVER events with actors and real dates"),
    ("crosswire extract FILE --format jsonl", "the extraction contract as JSONL, nothing stored"),
]

# (title, query giving (name, count) rows); a line is printed only when the query has rows.
HIGHLIGHTS = [
    (
        "most mentioned actors",
        "SELECT a.name || coalesce(' [' || a.country || ']', ''), count(*) FROM entities e JOIN actors a"
        " ON a.id = e.actor_id GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 6",
    ),
    ("quotes by speaker", "SELECT speaker_text, count(*) FROM quotes WHERE speaker_text IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5"),
    ("claims by certainty", "SELECT certainty, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"),
    ("events by type", "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1"),
]


def _grouped(store: Store, sql: str) -> list[tuple]:
    return store.query(sql)[1]


def print_summary(store: Store, console: Console, db: str) -> None:
    """Print articles, outlets, entities by type, record counts and the next commands to try."""
    counts = store.counts()
    first, last = store.query("SELECT min(published), max(published) FROM articles")[1][0]
    console.print(f"[bold]{counts['articles']} articles[/bold] in {db}" + (f", published {first} to {last}" if first else ""))
    outlets = _grouped(store, "SELECT coalesce(outlet, '(no outlet)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1")
    if outlets:
        console.print("outlets: " + ", ".join(f"{name} ({n})" for name, n in outlets))

    table = Table(title="entities by type", show_edge=False)
    table.add_column("type")
    table.add_column("mentions", justify="right")
    table.add_column("most mentioned")
    tops = _grouped(
        store,
        "SELECT label, text FROM (SELECT label, text, row_number() OVER (PARTITION BY label"
        " ORDER BY count(*) DESC, text) AS rank FROM entities GROUP BY label, text) WHERE rank <= 3 ORDER BY label, rank",
    )
    for label, n in _grouped(store, "SELECT label, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC, 1"):
        top = ", ".join(text for lab, text in tops if lab == label)
        table.add_row(label, str(n), top or "")
    if table.row_count:
        console.print(table)

    table = Table(title="records", show_edge=False)
    table.add_column("kind")
    table.add_column("rows", justify="right")
    for kind in ("entities", "actors", "times", "places", "quotes", "claims", "events"):
        table.add_row(kind, str(counts[kind]))
    console.print(table)

    for title, sql in HIGHLIGHTS:
        rows = _grouped(store, sql)
        if rows:
            console.print(f"{title}: " + ", ".join(f"{name} ({n})" for name, n in rows))

    console.print("[bold]next:[/bold]")
    for command, what in NEXT_COMMANDS:
        console.print(f"  {command.format(db=db)}    [dim]# {what}[/dim]")
