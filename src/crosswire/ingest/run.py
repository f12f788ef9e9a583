"""Ingest a batch: read, extract (optionally in worker processes), store one article per transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from crosswire.ingest.readers import IngestOptions, iter_paths, read_inputs
from crosswire.knowledge import offices_reviewed_to
from crosswire.nlp.extract import extract_all
from crosswire.records import Extraction, Failure
from crosswire.store.db import Store

WRITE_GROUP = 32  # articles per transaction; each article is whole in its group's transaction


@dataclass
class IngestReport:
    """What a batch did: counts and every failure with its reason."""

    read: int = 0
    stored: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (article id, origin)
    failures: list[Failure] = field(default_factory=list)
    story_error: str | None = None  # set when stories could not be updated after storing
    after_review: int = 0  # stored articles dated after the last review of the office holders

    @property
    def ok(self) -> bool:
        """True when no item failed and stories were updated."""
        return not self.failures and self.story_error is None


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
    nlp=None,
) -> IngestReport:
    """Read, extract and store every input item; `on_item(result, status)` sees each as it is done.

    status is "stored", "duplicate" or "failed". Articles already stored are not extracted again.
    `nlp` is an already loaded pipeline to reuse (in-process runs only).
    """
    report = IngestReport()
    reviewed = offices_reviewed_to()
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
                seen.add(item.id)  # the same article twice in one batch is extracted once
                yield item

    pending: list[Extraction] = []

    def flush() -> None:
        error = None
        try:
            written = store.write_many(pending)
        except Exception as exc:  # noqa: BLE001 - reported per article; the others stay stored
            error = exc
            written = [store.has_article(ex.article.id) for ex in pending]
        for ex, ok in zip(pending, written):
            origin = ex.article.origin or ex.article.id
            if ok:
                report.stored.append(ex.article.id)
                item, status = ex, "stored"
                if reviewed and (ex.article.published or "") > reviewed:
                    report.after_review += 1
            elif error is not None:
                item, status = Failure(origin, f"not stored: {error}"), "failed"
                report.failures.append(item)
            else:
                report.duplicates.append((ex.article.id, origin))
                item, status = ex, "duplicate"
            if on_item:
                on_item(item, status)
        pending.clear()

    for result in extract_all(fresh(), workers=workers, nlp=nlp):
        if isinstance(result, Failure):
            report.failures.append(result)
            if on_item:
                on_item(result, "failed")
            continue
        pending.append(result)
        if len(pending) >= WRITE_GROUP:
            flush()
    flush()
    if report.stored:
        from crosswire.fusion.stories import StoryOptions, update_stories

        try:
            # New articles join or open stories now; their fused records (corroboration, coverage)
            # are refreshed by `crosswire stories`, so a big story is not re-fused on every batch.
            update_stories(store, report.stored, StoryOptions(fuse=False))
        except Exception as exc:  # noqa: BLE001 - articles are stored; stories catch up on the next run
            report.story_error = (
                f"articles stored, but grouping them into stories failed ({type(exc).__name__}: {exc}); "
                "`crosswire stories` retries for every article without a story"
            )
    return report
