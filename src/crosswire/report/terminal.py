"""The terminal story view: outlets, claims with status, quotes across outlets, events, coverage."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crosswire.fusion.story_view import StoryView

STATUS_STYLE = {"corroborated": "green", "conflicting": "bold red", "single-source": "yellow"}
DIFF_STYLE = {"=": "", "-": "red strike", "+": "green"}
DIFF_MARKS = {"=": "{} ", "-": "[-{}-] ", "+": "{{+{}+}} "}


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_story(story: StoryView, console: Console) -> None:
    """Print one story for a terminal."""
    dates = " to ".join(dict.fromkeys(d for d in (story.first_date, story.last_date) if d)) or "undated"
    console.print(f"[bold]{story.title or story.id}[/bold]\n[dim]story {story.id} · {len(story.articles)} articles · {dates}[/dim]\n")

    table = Table(title="outlets", show_edge=False, title_justify="left")
    for column in ("article", "outlet", "published", "title"):
        table.add_column(column)
    for a in story.articles:
        published = a.published or (f"{a.inferred_date} (inferred)" if a.inferred_date else "undated")
        table.add_row(a.id[:12], a.outlet, published, _short(a.title or a.text, 70))
    console.print(table)
    for d in story.inferred_dates:
        console.print(f"[dim]date of {d.article_id[:12]}: {d.value} — {d.explanation}[/dim]")

    console.print("\n[bold]claims[/bold]")
    if not story.claims:
        console.print("[dim]  no claims extracted[/dim]")
    for item in story.claims:
        style = STATUS_STYLE.get(item.status, "")
        console.print(Text.assemble(("  ● ", style), (f"{item.status}", style), f"  [{item.independent} independent] ",
                                    _short(item.label)))
        console.print(f"    [dim]{item.explanation}[/dim]")
        for m in item.mentions[1:]:
            console.print(f"    [dim]{m.outlet}:[/dim] {_short(m.text, 120)}")

    console.print("\n[bold]quotes across outlets[/bold]")
    shared = [q for q in story.quotes if len({m.article_id for m in q.mentions}) > 1]
    if not shared:
        console.print("[dim]  no quote appears in more than one article[/dim]")
    for item in shared:
        first = item.mentions[0]
        console.print(f"  [italic]“{_short(first.text, 160)}”[/italic] [dim]— {first.outlet}[/dim]")
        for match, m in zip(item.details.get("matches", []), item.mentions[1:]):
            diff = Text("    ")
            diff.append(f"{m.outlet} ({match['how']}): ", style="dim")
            if match["diff"] is None:
                diff.append(_short(m.text, 200), style="italic")
                diff.append(f"  shared: {', '.join(match['shared'])}", style="dim")
            else:
                plain = console.color_system is None  # no colours: mark changes the way `git diff --word-diff` does
                for op, words in match["diff"]:
                    diff.append(DIFF_MARKS[op].format(words) if plain else words + " ", style=DIFF_STYLE[op])
            console.print(diff)

    console.print("\n[bold]events[/bold]")
    if not story.events:
        console.print("[dim]  no events extracted[/dim]")
    for item in story.events:
        console.print(f"  {item.explanation} [dim]{_short(item.mentions[0].text, 100)}[/dim]")

    console.print("\n[bold]coverage: reported by one source only[/bold]")
    if not story.coverage:
        console.print("[dim]  nothing to compare (one source) or every fact is shared[/dim]")
    for outlet, items in story.coverage.items():
        console.print(f"  [bold]{outlet}[/bold] only:")
        for item in items:
            console.print(f"    - {_short(item.text, 140)} [dim]({', '.join(item.kinds)})[/dim]")
