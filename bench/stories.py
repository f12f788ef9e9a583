"""Story clustering at scale on synthetic but varied articles: time, memory and measured complexity.

    .venv/bin/python bench/stories.py                 # 10k, 30k, 100k articles
    .venv/bin/python bench/stories.py --sizes 2000 5000 --batch 1000

Each synthetic happening has its own names, place, numbers, date and topic words drawn from a
generated vocabulary; its articles mix those with shared news words and noise in varying
proportions and lengths, over a two-year span. Articles go into a fresh DuckDB file in bulk (the
extraction pipeline is not part of this benchmark), then `update_stories` runs incrementally in
batches, as ingest calls it. Prints wall and CPU seconds, articles/s, peak RSS, candidate pairs,
B³ F1 against the generator's truth, and the exponent k in time ~ n^k between sizes (CPU time
too: on a shared machine wall time mostly measures the neighbours).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import sys
import tempfile
import time

import psutil

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from crosswire.eval.stories import score  # noqa: E402
from crosswire.fusion.stories import StoryOptions, update_stories  # noqa: E402
from crosswire.store.db import Store  # noqa: E402

CONSONANTS = "bcdfghklmnprstvz"
VOWELS = "aeiou"
COMMON = ("said officials report government people city police week year told statement local news "
          "according spokesman morning minister public area residents group support area").split()


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables))


def make_articles(n: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(id, title, text, published) for n articles, with story sizes from 1 to ~40 (skewed)."""
    rng = random.Random(seed)
    vocabulary = list({_word(rng, rng.randint(2, 4)) for _ in range(30000)})
    start = dt.date(2023, 1, 1)
    articles, truth = [], []
    story = 0
    while len(articles) < n:
        size = min(int(rng.paretovariate(1.3)), 40)
        names = [_word(rng, 2).title() + " " + _word(rng, 3).title() for _ in range(rng.randint(1, 3))]
        place = _word(rng, 3).title()
        topic = rng.sample(vocabulary, 12)
        number = f"{rng.randint(2, 900) * 10:,}"
        day = start + dt.timedelta(days=rng.randint(0, 730))
        for _ in range(size):
            words = []
            for _s in range(rng.randint(4, 14)):  # sentences
                sentence = [rng.choice(COMMON) for _ in range(rng.randint(2, 5))]
                sentence += rng.sample(topic, rng.randint(1, 4)) + rng.sample(vocabulary, rng.randint(1, 6))
                if rng.random() < 0.5:
                    sentence.append(f"in {place}")
                if rng.random() < 0.4:
                    sentence.append(rng.choice(names))
                if rng.random() < 0.15:
                    sentence.append(number)
                rng.shuffle(sentence)
                words.append(sentence[0].capitalize() + " " + " ".join(sentence[1:]) + ".")
            published = (day + dt.timedelta(days=rng.randint(0, 3))).isoformat()
            title = f"{rng.choice(names)} {rng.choice(topic)} {place}"
            articles.append((f"b{len(articles):07d}", title, " ".join(words), published))
            truth.append(story)
            if len(articles) == n:
                break
        story += 1
    order = sorted(range(n), key=lambda i: articles[i][3])  # arrive in publication order
    return [articles[i] for i in order], [truth[i] for i in order]


def run(n: int, batch: int, min_shared: int = 2) -> dict:
    """Cluster n synthetic articles incrementally; time, memory, pairs and quality."""
    articles, truth = make_articles(n)
    with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "bench.duckdb")) as store:
        store.con.execute(
            "INSERT INTO articles (id, title, text, published) SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]),"
            " unnest($3::VARCHAR[]), unnest($4::DATE[])",
            [list(c) for c in zip(*articles)],
        )
        process = psutil.Process()
        peak = process.memory_info().rss
        started, cpu_started = time.perf_counter(), time.process_time()
        pairs = 0
        assigned = {}
        batch_cpu = []  # CPU seconds per batch: flat means the cost does not grow with the store
        for i in range(0, n, batch):
            batch_started = time.process_time()
            update = update_stories(store, [a[0] for a in articles[i:i + batch]], StoryOptions(fuse=False, min_shared_keys=min_shared))
            assigned.update(update.assigned)
            pairs += update.candidate_pairs
            peak = max(peak, process.memory_info().rss)
            batch_cpu.append(time.process_time() - batch_started)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    quality = score([str(t) for t in truth], [assigned[a[0]] for a in articles])
    return {"n": n, "seconds": seconds, "cpu": cpu, "pairs": pairs, "peak_mb": peak / 2**20, "b3_f1": quality.b3_f1,
            "stories": quality.n_clusters, "gold": len(set(truth)),
            "first_batches": sum(batch_cpu[:3]) / len(batch_cpu[:3]), "last_batches": sum(batch_cpu[-3:]) / len(batch_cpu[-3:])}


def main() -> None:
    """Run the sizes and print one line each, then the growth exponents."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--batch", type=int, default=2000, help="articles per update_stories call")
    parser.add_argument("--min-shared", type=int, default=2, help="blocking keys two items must share")
    args = parser.parse_args()
    results = []
    for n in args.sizes:
        r = run(n, args.batch, args.min_shared)
        results.append(r)
        print(f"{r['n']:>7} articles  {r['seconds']:7.1f} s (CPU {r['cpu']:7.1f} s)  {r['n'] / r['seconds']:6.0f} articles/s  "
              f"peak RSS {r['peak_mb']:6.0f} MB  candidate pairs {r['pairs']:>9}  "
              f"stories {r['stories']} (truth {r['gold']})  B³ F1 {r['b3_f1']:.3f}  "
              f"CPU s per batch: first 3 {r['first_batches']:.2f}, last 3 {r['last_batches']:.2f}", flush=True)
    for a, b in zip(results, results[1:]):
        grow = lambda key: math.log(max(b[key], 1e-9) / max(a[key], 1e-9)) / math.log(b["n"] / a["n"])  # noqa: E731
        print(f"{a['n']} -> {b['n']}: time ~ n^{grow('seconds'):.2f}, CPU time ~ n^{grow('cpu'):.2f}, "
              f"candidate pairs ~ n^{grow('pairs'):.2f}")


if __name__ == "__main__":
    main()
