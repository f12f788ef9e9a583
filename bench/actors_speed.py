"""Time the actors pipe against the spaCy parse on ~800-word news articles (default: PolNeAR dev texts).

Usage: python bench/actors_speed.py [DIR_WITH_TXT_FILES] [--rounds 3] [--profile 30]
Parses every text once with the full pipeline's pipes before `actors` (all of spaCy's pipes, then times
and places, so the Docs carry what a real run gives the resolver), timing spaCy's own pipes; then runs
the actors pipe alone over the parsed Docs `--rounds` times and keeps the fastest pass. Prints both in
process time (CPU seconds of this process: steadier than wall time on a shared machine) and wall time,
and the actors share of the parse (issue budget: <= 10%). With --profile N, one more pass under cProfile
prints the call count and the N functions with the most own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from crosswire.records import Article


def main() -> None:
    """Parse the texts once, then time the actors pipe alone over the same Docs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/data/polnear/dev/text")
    parser.add_argument("--rounds", type=int, default=3, help="passes of the actors pipe; the fastest counts")
    parser.add_argument("--profile", type=int, default=0, help="profile one more pass, print this many functions")
    args = parser.parse_args()

    from crosswire.nlp.factories import PIPELINE
    from crosswire.nlp.model import load_pipeline

    nlp = load_pipeline()
    names = [name for name, _ in nlp.pipeline]
    before = nlp.pipeline[: names.index("actors")]
    ours = {name for name, _ in PIPELINE}
    resolver = nlp.get_pipe("actors")
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    docs, parse_cpu, parse_wall = [], 0.0, 0.0
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id=f"bench-{i}", text=text, published="2016-10-01")
        for name, proc in before:
            cpu, wall = time.process_time(), time.perf_counter()
            doc = proc(doc)
            if name not in ours:
                parse_cpu += time.process_time() - cpu
                parse_wall += time.perf_counter() - wall
        docs.append(doc)
    best_cpu, best_wall = float("inf"), float("inf")
    for _ in range(args.rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for doc in docs:
            resolver(doc)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(f"{len(texts)} docs, {words} words; spaCy pipes {parse_cpu:.2f} s CPU ({parse_wall:.2f} s wall); "
          f"actors {best_cpu:.3f} s CPU = {100 * best_cpu / parse_cpu:.1f}% of the parse "
          f"({best_wall:.3f} s wall = {100 * best_wall / parse_wall:.1f}%)")
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for doc in docs:
            resolver(doc)
        profile.disable()
        stats = pstats.Stats(profile)
        print(f"{stats.total_calls} function calls in one pass")
        stats.sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
