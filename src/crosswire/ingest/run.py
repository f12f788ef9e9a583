"""Ingest a batch: read, extract (optionally in worker processes), store one article per transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from crosswire.ingest.readers import IngestOptions, iter_paths, read_inputs
from crosswire.nlp.extract import extract_all
from crosswire.records import Extraction, Failure
from crosswire.store.db import Store


@dataclass
class IngestReport:
    """What a batch did: counts and every failure with its reason."""

    read: int = 0
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article id, origin)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return not self.failures


def estimate_items(paths: Iterable[str]) -> int | None:
    """A cheap count of input items for the progress bar (JSONL lines counted, stdin unknown)."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        if not path.exists():
            total += 1
            continue
        for file in iter_paths(path):
            if file.suffix.lower() == ".jsonl":
                with open(file, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def ingest(
    paths: Iterable[str],
    store: Store,
    options: IngestOptions,
    workers: int = 1,
    on_item: Callable[[Extraction | Failure, str], None] | None = None,
) -> IngestReport:
    """Read, extract and store every input item; `on_item(result, status)` sees each as it is done.

    status is "stored", "duplicate" or "failed". Articles already stored are not extracted again.
    """
    report = IngestReport()
    # Read once up front: with workers the input generator runs in the pool's feeder thread,
    # which must not share the writer's DuckDB connection.
    seen = set(store.article_ids())

    def fresh():
        for item in read_inputs(paths, options):
            report.read += 1
            if isinstance(item, Failure):
                yield item
            elif item.id in seen:
                report.duplicates.append((item.id, item.origin or ""))
                if on_item:
                    on_item(Extraction(article=item), "duplicate")
            else:
                seen.add(item.id)
                yield item

    for result in extract_all(fresh(), workers=workers):
        if isinstance(result, Failure):
            report.failures.append(result)
            status = "failed"
        elif store.write(result):
            report.stored.append(result.article.id)
            status = "stored"
        else:
            report.duplicates.append((result.article.id, result.article.origin or ""))
            status = "duplicate"
        if on_item:
            on_item(result, status)
    return report
