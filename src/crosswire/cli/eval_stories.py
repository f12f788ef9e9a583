"""`crosswire eval stories FILE`: story clustering scores on ECB+, beside a TF-IDF baseline."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from crosswire.cli.app import eval_app
from crosswire.cli.console import out
from crosswire.errors import ConfigError


def _topics(spec: str | None) -> set[int] | None:
    if not spec:
        return None
    topics: set[int] = set()
    try:
        for part in spec.split(","):
            low, _, high = part.partition("-")
            topics.update(range(int(low), int(high or low) + 1))
    except ValueError as exc:
        raise ConfigError(f"bad topic list {spec!r}", where="--topics", fix="write e.g. 1-20 or 3,5,21-35") from exc
    return topics


@eval_app.command("stories")
def eval_stories_command(
    path: str = typer.Argument(..., help="ECB+ JSONL with id, text, gold_topic, gold_story per line."),
    topics: Optional[str] = typer.Option(None, "--topics", help="Only these topics, e.g. 21-35 or 1,4,9-12."),
    batch: Optional[int] = typer.Option(None, "--batch", min=1, help="Feed articles in batches of N (incremental updates)."),
) -> None:
    """Score story clustering (B³, pairwise F1, adjusted Rand) against a TF-IDF-cosine baseline."""
    from crosswire.eval.stories import evaluate

    result = evaluate(path, _topics(topics), batch)
    table = Table(title=f"stories: {result['articles']} articles, {result['gold_stories']} gold stories", show_edge=False)
    for column in ("system", "B³ P", "B³ R", "B³ F1", "pair P", "pair R", "pair F1", "ARI", "clusters", "seconds"):
        table.add_column(column, justify="right")
    for name in ("crosswire", "baseline"):
        s = result[name]
        table.add_row(
            name, *(f"{v:.3f}" for v in (s.b3_precision, s.b3_recall, s.b3_f1, s.pairwise_precision,
                                         s.pairwise_recall, s.pairwise_f1, s.adjusted_rand)),
            str(s.n_clusters), f"{result['seconds'][name]:.1f}",
        )
    (out if out.is_terminal else Console(width=140, highlight=False)).print(table)  # piped: keep every column whole
