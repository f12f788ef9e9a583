"""Time the quotes and claims pipes against the bare spaCy model on the same documents.

    .venv/bin/python bench/quotes_claims_cost.py [N]

Parses N PolNeAR train texts (default 80) with the pinned model, then runs the two pipes on the parsed
Docs and prints each one's time as a share of the bare parse (budget: 7% together, docs/accuracy.md).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from crosswire.nlp.model import load_pipeline
from crosswire.records import Article

TEXTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))[:n]]
    if not texts:
        sys.exit(f"no texts under {TEXTS}")
    nlp = load_pipeline(exclude=("times", "places", "actors", "events"))
    pipes = {name: nlp.get_pipe(name) for name in ("quotes", "claims")}
    for _ in range(2):  # the first round warms caches; both are printed
        docs = []
        for text in texts:
            doc = nlp.make_doc(text)
            doc._.cw_article = Article(id="bench", text=text)
            docs.append(doc)
        start = time.perf_counter()
        with nlp.select_pipes(disable=list(pipes)):
            docs = list(nlp.pipe(docs, batch_size=32))
        bare = time.perf_counter() - start
        cost = {}
        for name, pipe in pipes.items():
            start = time.perf_counter()
            for doc in docs:
                pipe(doc)
            cost[name] = time.perf_counter() - start
        shares = ", ".join(f"{k} {v:.2f}s ({100 * v / bare:.1f}%)" for k, v in cost.items())
        print(f"{len(texts)} texts: bare spaCy {bare:.2f}s; {shares}; together {100 * sum(cost.values()) / bare:.1f}%")


if __name__ == "__main__":
    main()
