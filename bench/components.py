"""Per-component cost: each pipe's share of the bare spaCy parse, on the same documents in one run.

    .venv/bin/python bench/components.py [--n 60] [--corpus auto|shared|generated] [--rounds 3]

Every pipe of the full pipeline (spaCy's and crosswire's) is timed on each document; each pipe keeps
its fastest of `--rounds` passes over the corpus (the machine is noisy). Prints seconds per pipe, each
crosswire pipe as a percentage of the spaCy pipes together, articles/s of the bare parse and of the
whole pipeline, and peak memory. Unlike bench/throughput.py it leaves out reading and the store, so
it says where extraction time goes rather than what a user sees end to end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load_corpus  # noqa: E402


def timed_pass(nlp, texts: list[str]) -> dict[str, float]:
    from crosswire.records import Article

    cost: dict[str, float] = {name: 0.0 for name, _ in nlp.pipeline}
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id=f"bench-{i}", text=text, published="2024-11-07")
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            cost[name] += time.perf_counter() - start
    return cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="articles to process")
    parser.add_argument("--corpus", choices=["auto", "shared", "generated"], default="auto")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus; each pipe keeps its fastest")
    args = parser.parse_args()

    from crosswire.nlp.factories import PIPELINE
    from crosswire.nlp.model import load_pipeline

    label, texts = load_corpus(args.corpus, args.n)
    nlp = load_pipeline()
    timed_pass(nlp, texts[:4])  # warm-up
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, seconds in timed_pass(nlp, texts).items():
            best[name] = min(best.get(name, float("inf")), seconds)
    ours = {name for name, _ in PIPELINE}
    bare = sum(s for name, s in best.items() if name not in ours)
    extra = sum(s for name, s in best.items() if name in ours)
    print(f"corpus: {label}, {len(texts)} articles; fastest of {args.rounds} passes per pipe")
    for name, seconds in best.items():
        share = f"{100 * seconds / bare:6.1f}% of the parse" if name in ours else ""
        print(f"  {name:16s} {seconds:7.2f} s  {share}")
    print(f"spaCy pipes {bare:.2f} s ({len(texts) / bare:.2f} articles/s); crosswire pipes {extra:.2f} s "
          f"= {100 * extra / bare:.1f}% of the parse; whole pipeline {len(texts) / (bare + extra):.2f} articles/s "
          f"(ratio {bare / (bare + extra):.3f})")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
