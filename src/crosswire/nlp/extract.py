"""Run the pipeline over many articles, in-process or in N worker processes, in input order."""

from __future__ import annotations

import multiprocessing
import os
from typing import Iterable, Iterator

from crosswire.errors import CrosswireError
from crosswire.records import Article, Extraction, Failure

BATCH_SIZE = 32  # nlp.pipe batch: 16-64 is fastest for ~600-word news articles
CHUNK_SIZE = 16  # articles sent to a worker at a time

_worker_nlp = None


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _make_doc(nlp, article: Article):
    doc = nlp.make_doc(article.text)
    doc._.cw_article = article
    return doc


def extract_batch(nlp, articles: list[Article]) -> list[Extraction | Failure]:
    """Extract a batch; if the batch fails, retry one by one so one bad article fails alone."""
    from crosswire.nlp.convert import to_records

    try:
        docs = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=BATCH_SIZE)
        return [to_records(doc) for doc in docs]
    except Exception:  # noqa: BLE001 - isolated below, article by article
        if len(articles) == 1:
            raise
    results: list[Extraction | Failure] = []
    for article in articles:
        try:
            results.append(extract_batch(nlp, [article])[0])
        except Exception as exc:  # noqa: BLE001 - reported per article, never swallowed
            where = article.origin or article.id
            results.append(Failure(where, f"extraction failed: {type(exc).__name__}: {exc}"))
    return results


def _init_worker() -> None:
    global _worker_nlp
    os.environ["OPENBLAS_NUM_THREADS"] = "1"  # before numpy loads: one BLAS thread per worker process
    from crosswire.nlp.model import load_pipeline

    _worker_nlp = load_pipeline()


def _work(chunk: list[Article | Failure]) -> list[Extraction | Failure]:
    return _extract_chunk(_worker_nlp, chunk)


def _extract_chunk(nlp, chunk: list[Article | Failure]) -> list[Extraction | Failure]:
    articles = [item for item in chunk if isinstance(item, Article)]
    done = iter(extract_batch(nlp, articles) if articles else [])
    return [next(done) if isinstance(item, Article) else item for item in chunk]


def extract_all(items: Iterable[Article | Failure], workers: int = 1, nlp=None) -> Iterator[Extraction | Failure]:
    """Yield one Extraction or Failure per input item, in input order, whatever `workers` is."""
    if workers < 1:
        raise CrosswireError(f"--workers must be at least 1, got {workers}")
    if workers == 1:
        for chunk in _chunks(items, BATCH_SIZE):
            if nlp is None and any(isinstance(item, Article) for item in chunk):
                from crosswire.nlp.model import load_pipeline

                nlp = load_pipeline()  # loaded only once there is something to extract
            yield from _extract_chunk(nlp, chunk)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        for results in pool.imap(_work, _chunks(items, CHUNK_SIZE)):
            yield from results
