"""Time the actors pipe against bare spaCy on ~600-word news articles (default: PolNeAR dev texts).

Usage: python bench/actors_speed.py [DIR_WITH_TXT_FILES]
Prints the share of bare spaCy time the actors pipe adds (budget: <= 8%).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from crosswire.nlp.extensions import register_extensions
from crosswire.nlp.model import load_base_model
from crosswire.records import Article


def main(folder: str) -> None:
    """Run bare spaCy over the texts, then the actors pipe alone over the same Docs."""
    register_extensions()
    nlp = load_base_model()
    from crosswire.nlp.actors.component import ActorResolver

    resolver = ActorResolver(nlp)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    base = time.perf_counter() - start
    for doc, text in zip(docs, texts):
        doc._.cw_article = Article(id="bench", text=text, published="2016-10-01")
    start = time.perf_counter()
    for doc in docs:
        resolver(doc)
    actors = time.perf_counter() - start
    print(f"{len(texts)} docs, {words} words; spaCy {base:.2f}s ({words / base:.0f} words/s); "
          f"actors {actors:.3f}s = {100 * actors / base:.1f}% of spaCy time")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/dev/text")
