"""Derive the attribution-frame lexicon (knowledge/data/attribution_cues.json) from the PolNeAR train split.

    .venv/bin/python bench/derive_attribution_cues.py [TRAIN_DIR] [--min-precision 0.6] [--min-hits 4] [--cache F]

For every gold attribution in train, the cue's head word (its lemma and part of speech) is a candidate
cue. Every occurrence of such a word in the train texts is then tried with each syntactic frame
(docs/quotes.md, "Attribution frames"): the content is the subtree of one of its dependents (`dobj`,
`xcomp`, `ccomp`, `advcl`, `acl`, ...), or of the object of one of its prepositions (`prep_about`).
An occurrence is a hit when that content matches a gold content of the same text (the scorer's rule:
shared words at least half of each side). A (lemma, part of speech, frame) is kept when it has at
least `min-hits` hits and a smoothed precision hits / (tries + 1) of at least `min-precision`.
Only train is read: dev and the held-out split never shape the lexicon.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


from crosswire.eval.polnear import _Words, gold_cue_head, parse_split, read_ann
from crosswire.nlp.attribution_frames import candidate_frames, content_span

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
OUTPUT = ROOT / "src" / "crosswire" / "knowledge" / "data" / "attribution_cues.json"
CUE_POS = ("VERB", "NOUN", "ADJ")
MIN_GOLD_CUES = 3  # a lemma must head at least this many gold cues to be tried at all


def _match(words, gold_words) -> int | None:
    """Index of the first gold content sharing at least half of each side's words, else None."""
    for n, gold in enumerate(gold_words):
        shared = len(words & gold)
        if shared and shared / max(len(words), len(gold)) >= 0.5:
            return n
    return None


def derive(train: Path, min_precision: float, min_hits: int, cache: Path | None = None) -> dict:
    """Parse train, count tries and hits per (lemma, pos, frame), and return the JSON document."""
    items, texts, docs = parse_split(train, None, cache)  # the product parse (load_parser)
    gold_cues: Counter = Counter()
    for doc, (_, anns) in zip(docs, items):
        for ann in anns:
            for gold in read_ann(ann):
                head = gold_cue_head(doc, gold.cue)
                if head is not None and head.pos_ in CUE_POS:
                    gold_cues[(head.lemma_.lower(), head.pos_)] += 1
    lemmas = {key for key, n in gold_cues.items() if n >= MIN_GOLD_CUES}
    tries: Counter = Counter()
    hits: Counter = Counter()
    unsourced: Counter = Counter()
    for doc, text, (_, anns) in zip(docs, texts, items):
        words = _Words(text)
        golds = [g for ann in anns for g in read_ann(ann)]
        gold_words = [words.of(g.content) for g in golds]
        for tok in doc:
            key = (tok.lemma_.lower(), tok.pos_)
            if key not in lemmas:
                continue
            for frame, child in candidate_frames(tok):
                span = content_span(frame, child, tok)
                if span is None:
                    continue
                tries[(*key, frame)] += 1
                found = _match(words.of([(span.start_char, span.end_char)]), gold_words)
                if found is not None:
                    hits[(*key, frame)] += 1
                    unsourced[(*key, frame)] += golds[found].source is None
    rows = []
    for key, n in sorted(tries.items()):
        h = hits[key]
        if h >= min_hits and h / (n + 1) >= min_precision:
            rows.append([*key, n, h, round(h / n, 3), round(unsourced[key] / h, 3)])
    return {
        "_about": (
            "Attribution frames derived from the PolNeAR train split by bench/derive_attribution_cues.py "
            f"(min precision {min_precision}, min hits {min_hits}); do not edit by hand, re-run the script. "
            "Each row: lemma, part of speech, frame, tries on train, hits on train, precision, share of hits "
            "whose gold attribution names no source ('X is expected to win', 'the race seemed to be hers'). "
            "See docs/quotes.md, 'Attribution frames'."
        ),
        "frames": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--min-precision", type=float, default=0.6)
    parser.add_argument("--min-hits", type=int, default=4)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--cache", type=Path, help="a DocBin of the parsed train texts: read when present, else written")
    args = parser.parse_args()
    data = derive(args.train, args.min_precision, args.min_hits, args.cache)
    lines = ",\n".join("    " + json.dumps(row) for row in data["frames"])
    args.output.write_text(
        "{\n  \"_about\": " + json.dumps(data["_about"]) + ",\n  \"frames\": [\n" + lines + "\n  ]\n}\n", encoding="utf-8"
    )
    print(f"{len(data['frames'])} frames written to {args.output}")


if __name__ == "__main__":
    main()
