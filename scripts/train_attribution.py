"""Train the attribution-frame model (knowledge/data/attribution_model.json) on the PolNeAR train split.

    .venv/bin/python scripts/train_attribution.py [TRAIN_DIR] [--cache F] [--folds 5] [--seed 13]

1. Candidate cue words: every lemma heading at least MIN_GOLD_CUES gold cues in train (as a verb, noun or
   adjective; a copula cue such as 'are convinced' or 'was full of' counts for its predicate word), and
   every lemma of a cue class (knowledge/data/cue_classes.json): a rare classed word is scored through
   its class's backoff features (nlp/attribution_model.py), so it is worth trying.
2. Candidates: the quotes component runs on each train text (marked quotes and reported speech as
   usual); every frame of a candidate cue word (nlp/attribution_frames.py, and the multi-word frames
   of nlp/phrase_frames.py) whose content is not
   already taken is a candidate, with the feature strings of nlp/attribution_model.py. A candidate is
   positive when its content matches a gold content of the text (the scorer's rule: shared words at
   least half of each side) and its stance holder is that gold's source (or both are absent);
   `--content-only` drops the second condition (on one train fold: F1 +0.005, source -0.02).
3. A logistic regression (L2, full-batch Adagrad, plain numpy, fixed seed) over those features.
4. The decision threshold is chosen by cross-validation within train: texts are split into folds;
   for each fold the model trained on the others runs the whole quotes component on it and the
   PolNeAR scores are pooled over folds; the (threshold, holderless threshold) with the best pooled
   F1 whose precision stays at least MIN_PRECISION and source accuracy at least MIN_SOURCE wins.
5. (lemma, part of speech, frame) with fewer than MIN_LEMMA_HITS train candidates reaching the
   threshold are not tried at all (each costs a content span and a score, and adds almost nothing).

Train is parsed as the product parses it (eval.polnear.load_parser: the paragraphs pipe before the parser).
Only train is read: dev and the held-out split never shape the model.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np

from crosswire.eval.polnear import PolnearScores, _overlaps, _Words, gold_cue_head, load_parser, parse_split, read_ann, score_file
from crosswire.knowledge import load_cue_classes
from crosswire.nlp import factories  # noqa: F401  (registers the Doc extensions)
from crosswire.nlp.attribution_model import MODEL_FILE, AttributionModel, DenseScorer, dense_inputs, logistic
from crosswire.nlp.quotes import QuoteFinder, dense_row, find_quotes, taken_quotes
from crosswire.records import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
OUTPUT = ROOT / "src" / "crosswire" / "knowledge" / "data" / MODEL_FILE
CUE_POS = ("VERB", "NOUN", "ADJ")
MIN_GOLD_CUES = 2  # a lemma must head at least this many gold cues (or be in a cue class) to be tried at all
MIN_FEATURE_COUNT = 2  # features seen fewer times in train are dropped
MIN_LEMMA_HITS = 3  # default of --min-lemma-hits: a (lemma, pos, frame) is tried when at least this many of its train candidates reach the threshold
L2 = 1e-4
EPOCHS = 300
LEARNING_RATE = 0.5
MIN_PRECISION = 0.81  # pooled CV precision the threshold keeps: dev precision must stay at or above the 0.80 gate floor
THRESHOLDS = [round(0.4 + 0.0125 * i, 4) for i in range(17)]  # 0.40 .. 0.60 (every choice so far fell in 0.45-0.55): fine enough to sit just over the precision bar
HOLDERLESS_STEPS = (0.0, 0.2, 1.0)  # the holderless threshold is the threshold plus one of these
MIN_SOURCE = 0.88
WEIGHT_DIGITS = 4
HIDDEN = 0  # hidden units of the dense part (0: the sparse logistic regression alone, as shipped; 16 in the sixth round)
DENSE_MIX = 0.5  # the dense network's logit is added to the sparse one with this weight
DENSE_EPOCHS = 2
DENSE_NETS = 3  # networks averaged (seeds seed, seed+1, ...): less variance than one
DENSE_BATCH = 256
DENSE_L2 = 1e-4
DENSE_RATE = 0.003
MIN_WEIGHT = 0.003  # smaller weights are dropped: they move a probability by well under 0.001 and keep the file near 5 MB


def load_split(train: Path, cache: Path | None):
    """(nlp, docs, texts, golds per text, annotator files per text), parsing once and caching the parses."""
    nlp = load_parser()  # the product's pipes up to the extractors: the same sentences as at run time
    items, texts, docs = parse_split(train, nlp, cache)
    for (path, _), doc, text in zip(items, docs, texts):
        doc._.cw_article = Article(id=path.stem, text=text)
    anns = [[read_ann(a) for a in files] for _, files in items]
    return nlp, docs, texts, anns


def candidate_lemmas(docs, anns, min_gold: int = MIN_GOLD_CUES) -> list[str]:
    """Lemmas heading at least `min_gold` gold cues (as a verb, noun or adjective), and the lemmas of the cue classes."""
    counts: Counter = Counter()
    for doc, files in zip(docs, anns):
        for gold in (g for f in files for g in f):
            head = gold_cue_head(doc, gold.cue)
            if head is not None and head.pos_ == "AUX":
                head = copula_predicate(doc, head, gold.cue)
            if head is not None and head.pos_ in CUE_POS:
                counts[head.lemma_.lower()] += 1
    return sorted({lemma for lemma, n in counts.items() if n >= min_gold} | set(load_cue_classes()))


def copula_predicate(doc, head, cue):
    """'are [convinced] that', 'was [full] of': the predicate adjective or noun inside a copula cue, which our frames start from."""
    inside = {t.i for start, end in cue for t in (doc.char_span(start, end, alignment_mode="expand") or ())}
    return next((c for c in head.children if c.dep_ in ("acomp", "attr") and c.i in inside), None)


def collect(nlp, docs, texts, anns, lemmas, with_source: bool = True):
    """Per text, the candidates' (feature strings, 0/1 label, dense feature row).

    A candidate is positive when its content matches a gold content and (`with_source`) its stance
    holder is that gold's source (or both are absent): a right content with a wrong source teaches
    the model nothing it should repeat. The dense row is `dense_inputs` of the candidate (the
    contextual vectors of its cue, head, holder and content).
    """
    finder = QuoteFinder(nlp, model=AttributionModel({}, 0.0, 0.0, frozenset(lemmas)))
    per_text = []
    for doc, text, files in zip(docs, texts, anns):
        words = _Words(text)
        golds = [g for f in files for g in f]
        gold_words = [words.of(g.content) for g in golds]
        state = finder.state(doc)
        rows = []
        cands = [cand for _, cand in state.frame_candidates(taken_quotes(state))]
        dense = dense_inputs(doc.tensor, [dense_row(cand) for cand in cands]) if cands else []
        for cand, x in zip(cands, dense):
            cw = words.of([(cand.content.start_char, cand.content.end_char)])
            unnamed = (cand.cue.lemma_.lower(), cand.cue.pos_, cand.frame) in state.frames.unsourced
            source = None if unnamed or cand.source is None else ((cand.source.start_char, cand.source.end_char),)
            hit = any(
                len(cw & gw) / max(len(cw), len(gw)) >= 0.5
                and (not with_source or (g.source is None and source is None) or _overlaps(source, g.source))
                for g, gw in zip(golds, gold_words)
                if cw & gw
            )
            rows.append((cand.features, int(hit), x.astype(np.float32)))
        per_text.append(rows)
    return per_text


def fit(rows, seed: int, l2: float = L2, hidden: int = HIDDEN, mix: float = DENSE_MIX) -> tuple[dict[str, float], float, DenseScorer | None]:
    """The sparse logistic regression over the feature strings of `rows` (L2 penalty `l2`) and, with `hidden`
    units, the dense network over their dense rows, weighed by `mix` into the same logit; returns (weights, bias, dense part)."""
    weights, bias = fit_sparse(rows, seed, l2)
    dense = fit_dense(rows, seed, hidden, mix) if hidden and rows else None
    return weights, bias, dense


def fit_sparse(rows, seed: int, l2: float = L2) -> tuple[dict[str, float], float]:
    """Logistic regression over the feature strings of `rows` (L2 penalty `l2`, full-batch Adagrad); returns (weights, bias)."""
    counts = Counter(f for feats, *_ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    width = max((len(f) for f, *_ in rows), default=1)
    pad = len(vocab)  # a dummy column whose weight stays zero
    idx = np.full((len(rows), width), pad, dtype=np.int64)
    for r, (feats, *_) in enumerate(rows):
        cols = [index[f] for f in feats if f in index]
        idx[r, : len(cols)] = cols
    y = np.array([row[1] for row in rows], dtype=np.float64)
    flat = idx.ravel()
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 1e-3, len(vocab) + 1)
    w[pad] = 0.0
    b = 0.0
    g2w = np.full_like(w, 1e-8)
    g2b = 1e-8
    n = max(1, len(rows))
    for _ in range(EPOCHS):
        z = w[idx].sum(axis=1) + b
        p = logistic(z)
        err = (p - y) / n
        grad = np.bincount(flat, weights=np.repeat(err, width), minlength=len(w)) + l2 * w
        grad[pad] = 0.0
        gb = float(err.sum())
        g2w += grad**2
        g2b += gb**2
        w -= LEARNING_RATE * grad / np.sqrt(g2w)
        b -= LEARNING_RATE * gb / np.sqrt(g2b)
    weights = {f: round(float(w[i]), WEIGHT_DIGITS) for f, i in index.items() if abs(w[i]) >= MIN_WEIGHT}
    return weights, b


def fit_dense(rows, seed: int, hidden: int = 16, mix: float = DENSE_MIX) -> DenseScorer:
    """DENSE_NETS one-hidden-layer networks (ReLU, logistic output) over the dense rows alone, each trained
    on its own (minibatch Adam, DENSE_EPOCHS passes: more overfits) from its own seed, averaged, and
    scaled by `mix` for adding to the sparse logit. The average of networks is one wider network.

    Trained apart from the sparse part on purpose: trained together, the network learns what the
    lemma weights leave over on train, which does not carry to unseen texts (5-fold CV within train).
    The inputs are standardised while training; the scaling is folded into the first layer.
    """
    x = np.stack([row[2] for row in rows]).astype(np.float32)
    y = np.array([row[1] for row in rows], dtype=np.float32)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    x = (x - mean) / scale
    nets = [_fit_network(x, y, hidden, seed + k) for k in range(DENSE_NETS)]
    w1 = np.hstack([net[0] for net in nets])
    b1 = np.concatenate([net[1] for net in nets])
    v = np.concatenate([net[2] for net in nets]) * (mix / len(nets))
    c = sum(float(net[3][0]) for net in nets) * (mix / len(nets))
    return DenseScorer((w1 / scale[:, None]).astype(np.float32), (b1 - (mean / scale) @ w1).astype(np.float32), v.astype(np.float32), c)


def _fit_network(x: np.ndarray, y: np.ndarray, hidden: int, seed: int) -> list[np.ndarray]:
    """One network on standardised inputs: [first layer, its bias, output weights, output bias]."""
    rng = np.random.default_rng(seed)
    dim = x.shape[1]
    rate = min(max(float(y.mean()), 1e-3), 1 - 1e-3)
    params = [
        rng.normal(0.0, 1.0 / np.sqrt(dim), (dim, hidden)).astype(np.float32),
        np.zeros(hidden, dtype=np.float32),
        rng.normal(0.0, 1.0 / np.sqrt(hidden), hidden).astype(np.float32),
        np.array([np.log(rate / (1 - rate))], dtype=np.float32),
    ]
    moments = [(np.zeros_like(q), np.zeros_like(q)) for q in params]
    step = 0
    for _ in range(DENSE_EPOCHS):
        order = rng.permutation(len(x))
        for start in range(0, len(x), DENSE_BATCH):
            batch = order[start : start + DENSE_BATCH]
            w1, b1, v, c = params
            pre = x[batch] @ w1 + b1
            h = np.maximum(pre, 0.0)
            p = logistic(h @ v + c[0])
            err = (p - y[batch]) / len(batch)
            dh = np.outer(err, v) * (pre > 0)
            grads = [x[batch].T @ dh + DENSE_L2 * w1, dh.sum(axis=0), h.T @ err + DENSE_L2 * v, np.array([err.sum()], dtype=np.float32)]
            step += 1
            for q, g, (m, s) in zip(params, grads, moments):
                m *= 0.9
                m += 0.1 * g
                s *= 0.999
                s += 0.001 * g * g
                q -= DENSE_RATE * (m / (1 - 0.9**step)) / (np.sqrt(s / (1 - 0.999**step)) + 1e-8)
    return params


def cross_validate(
    nlp, docs, texts, anns, per_text, lemmas, folds: int, seed: int, runs: int | None = None, l2: float = L2, hidden: int = HIDDEN
) -> dict:
    """Pooled held-out scores of the whole quotes component per (threshold, holderless threshold), training on the other folds each time."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    grid = [(t, min(1.0, round(t + step, 4))) for t in THRESHOLDS for step in HOLDERLESS_STEPS]
    pooled = {pair: PolnearScores() for pair in grid}
    for k in range(runs or folds):
        held = sorted(order[k::folds])
        held_set = set(held)
        rows = [row for i, rs in enumerate(per_text) if i not in held_set for row in rs]
        weights, bias, dense = fit(rows, seed, l2, hidden)
        finder = QuoteFinder(nlp, model=AttributionModel(weights, bias, 1.0, frozenset(lemmas), dense=dense))
        for i in held:
            state = finder.state(docs[i])
            taken = taken_quotes(state)
            scored = state.frame_candidates(taken)
            for t, holderless in grid:
                state.model = AttributionModel(weights, bias, t, frozenset(lemmas), holderless, dense=dense)
                quotes = find_quotes(state, taken, scored)
                for gold in anns[i]:
                    score_file(texts[i], gold, quotes, pooled[(t, holderless)])
        print(f"fold {k + 1}/{folds} done", flush=True)
    return pooled


def train_probabilities(model: AttributionModel, rows) -> np.ndarray:
    """The model's probability for each train candidate (sparse and dense parts, as at run time)."""
    logits = [model.bias + model.weight_sum(row[0]) for row in rows]
    if model.dense is None:
        return model.probabilities(logits, np.zeros((0, 0), dtype=np.float32), [])
    z = np.asarray(logits) + model.dense.logits(np.stack([row[2] for row in rows]))
    return logistic(z)


def _compact(array: np.ndarray) -> list:
    """An array as nested lists of floats with 5 significant digits (the file stays small; float32 keeps ~7)."""
    return np.vectorize(lambda x: float(f"{x:.5g}"), otypes=[object])(array).tolist()


def choose_threshold(pooled: dict, min_precision: float = MIN_PRECISION) -> tuple[float, float]:
    """The (threshold, holderless threshold) with the best pooled F1 among those keeping precision and source accuracy up."""
    ok = [k for k, s in pooled.items() if s.precision >= min_precision and s.source_accuracy >= MIN_SOURCE] or list(pooled)
    return max(ok, key=lambda k: (round(pooled[k].f1, 4), k))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--cache", type=Path, help="a DocBin of the parsed train texts: read when present, else written")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--content-only", action="store_true", help="label by content alone, not content and source")
    parser.add_argument("--runs", type=int, help="run only the first RUNS folds (a quick look while developing)")
    parser.add_argument("--threshold", type=float, help="skip cross-validation and use this threshold")
    parser.add_argument("--holderless", type=float, help="with --threshold: the holderless threshold (default 1.0: holderless frames dropped)")
    parser.add_argument("--note", default="threshold given on the command line", help="with --threshold: how it was chosen (goes into the model file)")
    parser.add_argument("--min-precision", type=float, default=MIN_PRECISION, help="the pooled CV content precision the threshold must keep")
    parser.add_argument("--l2", type=float, default=L2, help="the L2 penalty")
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="hidden units of the dense part (0: sparse logistic regression only)")
    parser.add_argument("--min-gold-cues", type=int, default=MIN_GOLD_CUES, help="a lemma must head this many gold cues to be a candidate cue word")
    parser.add_argument("--min-lemma-hits", type=int, default=MIN_LEMMA_HITS, help="train candidates of a (lemma, pos, frame) that must reach the threshold for it to be tried")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    nlp, docs, texts, anns = load_split(args.train, args.cache)
    lemmas = candidate_lemmas(docs, anns, args.min_gold_cues)
    per_text = collect(nlp, docs, texts, anns, lemmas, not args.content_only)
    rows = [row for rs in per_text for row in rs]
    print(f"{len(lemmas)} cue lemmas, {len(rows)} candidates, {sum(row[1] for row in rows)} positive", flush=True)
    cv_note = args.note
    threshold, holderless = args.threshold, args.holderless if args.holderless is not None else 1.0
    if threshold is None:
        pooled = cross_validate(nlp, docs, texts, anns, per_text, lemmas, args.folds, args.seed, args.runs, args.l2, args.hidden)
        for t, s in sorted(pooled.items()):
            print(f"threshold {t}: P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} source {s.source_accuracy:.4f}")
        threshold, holderless = choose_threshold(pooled, args.min_precision)
        best = pooled[(threshold, holderless)]
        cv_note = (
            f"threshold chosen by {args.folds}-fold cross-validation within train (pooled content P "
            f"{best.precision:.4f} R {best.recall:.4f} F1 {best.f1:.4f}, source {best.source_accuracy:.4f})"
        )
    weights, bias, dense = fit(rows, args.seed, args.l2, args.hidden)
    # A cue word whose train candidates (almost) never reach the threshold adds (almost) nothing but time.
    final = AttributionModel(weights, bias, threshold, frozenset(lemmas), holderless, dense=dense)
    probs = train_probabilities(final, rows)
    reaching = Counter(next(f[4:] for f in row[0] if f.startswith("lpf=")) for row, p in zip(rows, probs) if p >= threshold)
    frames = sorted(key.split("|") for key, n in reaching.items() if n >= args.min_lemma_hits)
    useful = sorted({lemma for lemma, _, _ in frames})
    print(f"{len(useful)} of {len(lemmas)} cue lemmas, {len(frames)} (lemma, pos, frame) reach the threshold on train", flush=True)
    lemmas = useful
    data = {
        "_about": (
            f"Attribution-frame model trained on the PolNeAR train split ({len(docs)} texts, {len(rows)} candidates) "
            f"by scripts/train_attribution.py on {datetime.date.today().isoformat()}: logistic regression "
            f"(L2 {args.l2}, {EPOCHS} Adagrad epochs, seed {args.seed}) over the feature strings of "
            "nlp/attribution_model.py; only non-zero weights kept"
            + (
                f", plus {DENSE_NETS} averaged {args.hidden}-unit ReLU networks over the dense inputs (doc.tensor rows of cue, "
                f"head, holder and content mean), trained apart ({DENSE_EPOCHS} Adam passes) and added with weight {DENSE_MIX}. "
                if dense
                else ". "
            )
            + 
            f"{cv_note}. Do not edit by hand, re-run the script. See docs/quotes.md, 'Attribution model'."
        ),
        "threshold": threshold,
        "holderless_threshold": holderless,
        "bias": round(bias, WEIGHT_DIGITS),
        "lemmas": lemmas,
        "frames": frames,
        "weights": dict(sorted(weights.items())),
    }
    if dense is not None:
        data["dense"] = {name: _compact(getattr(dense, name)) for name in ("w1", "b1", "v")} | {"c": round(dense.c, 6)}
    args.output.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights, threshold {threshold}, written to {args.output}")


if __name__ == "__main__":
    main()
