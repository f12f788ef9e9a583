"""Cost of the events component against bare spaCy, on the same texts in one process.

    .venv/bin/python bench/events_speed.py [--n 100] [--corpus auto|shared|generated]

Runs every pipe except `events` with nlp.pipe, then times `events` alone on the resulting docs, and
times the bare pinned model (`load_base_model`) on the same texts. Prints both and their ratio: the
issue's budget for events is 8% of bare spaCy time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles to process")
    parser.add_argument("--corpus", choices=["auto", "shared", "generated"], default="auto")
    args = parser.parse_args()
    from throughput import load_corpus

    from crosswire.nlp.model import load_base_model, load_pipeline
    from crosswire.records import Article

    name, texts = load_corpus(args.corpus, args.n)
    words = sum(len(t.split()) for t in texts)
    base = load_base_model()
    start = time.perf_counter()
    for _ in base.pipe(texts, batch_size=32):
        pass
    bare = time.perf_counter() - start
    nlp = load_pipeline()
    docs = []
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id=str(i), text=text, published="2024-11-08")
        docs.append(doc)
    with nlp.select_pipes(disable=["events"]):
        docs = list(nlp.pipe(docs, batch_size=32))
    coder = nlp.get_pipe("events")
    start = time.perf_counter()
    events = sum(len(coder(doc)._.cw_events) for doc in docs)
    spent = time.perf_counter() - start
    print(f"corpus: {name}; {len(texts)} articles, {words} words")
    print(f"bare spaCy: {bare:.2f} s ({words / bare:,.0f} words/s)")
    print(f"events component alone: {spent:.3f} s, {events} events ({spent / bare:.1%} of bare spaCy time)")


if __name__ == "__main__":
    main()
