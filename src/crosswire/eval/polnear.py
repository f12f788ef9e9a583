"""Score the quotes component against PolNeAR attributions (brat standoff): content P/R/F1, source and cue accuracy.

Definitions (also in docs/accuracy.md):
- Words are the maximal `\\w+` runs of the article text; a span's words are those overlapping any of
  its (possibly discontinuous) character ranges.
- A predicted content P and a gold content G *match* when |P∩G| / max(|P|, |G|) >= threshold (0.5
  by default: the shared words are at least half of each side). Matching is one-to-one, greedy by
  that ratio. Content precision = matched / predicted, recall = matched / gold (gold = every
  attribution relation with a Content, from every annotator file; each file is scored on its own).
- Word-level P/R/F1 pools, per file, the words of all predicted contents against those of all gold
  contents.
- Over matched pairs: the source is right when the predicted speaker span overlaps the gold Source
  span (or both are absent: `Attribution-no-source`); the cue is right when the predicted cue span
  overlaps the gold Cue span (character overlap, so a ':' cue counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from crosswire.eval import f1, ratio
from crosswire.errors import InputError
from crosswire.records import Article, Quote

WORD_RE = re.compile(r"\w+")
DEFAULT_THRESHOLD = 0.5
PARSE_KEY = "crosswire_parse"  # user-data key of the pipes a cached parse came from
MAX_CONTINUATION_GAP = 200  # characters between a quote and the cue-less quote that continues it
Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution relation: content, source (None when unsourced) and cue ranges."""

    content: Ranges
    source: Ranges | None
    cue: Ranges | None


@dataclass
class PolnearScores:
    """Counts and scores for one run over a PolNeAR split."""

    files: int = 0
    texts: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    source_right: int = 0
    cue_right: int = 0
    word_tp: int = 0
    word_pred: int = 0
    word_gold: int = 0
    threshold: float = DEFAULT_THRESHOLD
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched predicted contents over all predicted contents."""
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        """Matched gold contents over all gold contents."""
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of content precision and recall."""
        p, r = self.precision, self.recall
        return f1(p, r)

    @property
    def source_accuracy(self) -> float:
        """Right sources over matched contents."""
        return ratio(self.source_right, self.matched)

    @property
    def cue_accuracy(self) -> float:
        """Right cues over matched contents."""
        return ratio(self.cue_right, self.matched)

    def word_scores(self) -> tuple[float, float, float]:
        """Word-level (precision, recall, F1) of predicted content words against gold content words."""
        p = ratio(self.word_tp, self.word_pred)
        r = ratio(self.word_tp, self.word_gold)
        return p, r, f1(p, r)

    def as_dict(self) -> dict:
        """Plain numbers for printing or JSON."""
        wp, wr, wf = self.word_scores()
        return {
            "files": self.files, "texts": self.texts, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "threshold": self.threshold,
            "content_precision": round(self.precision, 4), "content_recall": round(self.recall, 4),
            "content_f1": round(self.f1, 4), "source_accuracy": round(self.source_accuracy, 4),
            "cue_accuracy": round(self.cue_accuracy, 4), "word_precision": round(wp, 4),
            "word_recall": round(wr, 4), "word_f1": round(wf, 4), "failures": len(self.failures),
        }


def _ranges(field_text: str, where: str) -> Ranges:
    try:
        return tuple(tuple(int(x) for x in part.split()) for part in field_text.split(";"))  # type: ignore[misc]
    except ValueError as exc:
        raise InputError(f"bad brat offsets {field_text!r}", where=where, fix="check the .ann file") from exc


def read_ann(path: Path) -> list[GoldAttribution]:
    """Parse one brat .ann file into its attribution relations (E lines with a Content argument)."""
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _ranges(offsets, f"{path}:{n}")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold = []
    for args in events:
        content = tuple(r for role in ("Content", "Content2") if role in args for r in spans.get(args[role], ()))
        if not content:
            continue
        source = spans.get(args["Source"]) if "Source" in args else None
        cue = spans.get(args["Cue"]) if "Cue" in args else None
        gold.append(GoldAttribution(content, source, cue))
    return gold


class _Words:
    """Word positions of one text, for turning character ranges into word-index sets."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def of(self, ranges: Iterable[tuple[int, int]]) -> frozenset[int]:
        import bisect

        out: set[int] = set()
        for start, end in ranges:
            i = max(0, bisect.bisect_right(self.starts, start) - 1)
            while i < len(self.spans) and self.spans[i][0] < end:
                if self.spans[i][1] > start:
                    out.add(i)
                i += 1
        return frozenset(out)


def gold_cue_head(doc, ranges: Ranges | None):
    """The token heading a gold cue's character ranges in a parsed Doc (the one with the largest subtree), or None."""
    tokens = []
    for start, end in ranges or ():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return max(heads, key=lambda t: len(list(t.subtree))) if heads else None


def _overlaps(a: Ranges | None, b: Ranges | None) -> bool:
    return bool(a) and bool(b) and any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass
class PredictedAttribution:
    """Our quotes regrouped the way PolNeAR annotates: one content (maybe several ranges), one source, one cue."""

    content: list[tuple[int, int]]
    source: Ranges | None
    cue: Ranges | None


def _fragment_of(q: Quote, o: Quote) -> bool:
    """Is `q` inside `o`'s content (and so counted as part of `o`'s attribution)?"""
    return (
        o is not q
        and o.start <= q.start
        and q.end <= o.end
        and (o.start, o.end) != (q.start, q.end)
    )


def attributions_from_quotes(text: str, quotes: Iterable[Quote]) -> list[PredictedAttribution]:
    """Group quotes into PolNeAR-style attributions.

    A quote lying inside another quote's content (a quoted fragment in reported speech, or speech
    reported within speech) is counted as part of the outer attribution, so it is dropped. Keeping
    nested reported quotes as attributions of their own scored lower on the train split. A direct quote with no cue of its own that continues the
    previous direct quote's speaker ('"A," she said. "B."', also across a paragraph break, within
    MAX_CONTINUATION_GAP characters) joins it, as PolNeAR annotates such pieces as one discontinuous
    content.
    """
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    kept = [q for q in ordered if not any(_fragment_of(q, o) for o in ordered)]
    out: list[PredictedAttribution] = []
    last: Quote | None = None
    for q in kept:
        source = ((q.speaker.start, q.speaker.end),) if q.speaker is not None else None
        if (
            last is not None
            and q.kind == "direct"
            and last.kind == "direct"
            and (q.cue is None or last.cue is not None and (q.cue.start, q.cue.end) == (last.cue.start, last.cue.end))
            and q.speaker is not None
            and last.speaker is not None
            and (q.speaker.start, q.speaker.end) == (last.speaker.start, last.speaker.end)
            and len(text[last.end : q.start]) <= MAX_CONTINUATION_GAP
        ):
            out[-1].content.append((q.start, q.end))
        else:
            cue = ((q.cue.start, q.cue.end),) if q.cue is not None else None
            out.append(PredictedAttribution([(q.start, q.end)], source, cue))
        last = q
    return out


def score_file(text: str, gold: list[GoldAttribution], quotes: Iterable[Quote], scores: PolnearScores) -> None:
    """Add one annotator file's counts for our quotes to `scores`."""
    score_attributions(text, gold, attributions_from_quotes(text, quotes), scores)


def score_attributions(text: str, gold: list[GoldAttribution], preds: list[PredictedAttribution], scores: PolnearScores) -> None:
    """Add the counts of predicted attributions against one annotator file's to `scores`."""
    words = _Words(text)
    pred_words = [words.of(p.content) for p in preds]
    gold_words = [words.of(g.content) for g in gold]
    pairs = []
    for i, pw in enumerate(pred_words):
        for j, gw in enumerate(gold_words):
            shared = len(pw & gw)
            if shared:
                ratio = shared / max(len(pw), len(gw))
                if ratio >= scores.threshold:
                    pairs.append((ratio, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        scores.matched += 1
        p, g = preds[i], gold[j]
        if (g.source is None and p.source is None) or _overlaps(p.source, g.source):
            scores.source_right += 1
        if _overlaps(p.cue, g.cue):
            scores.cue_right += 1
    scores.files += 1
    scores.gold += len(gold)
    scores.predicted += len(preds)
    all_pred = frozenset().union(*pred_words) if pred_words else frozenset()
    all_gold = frozenset().union(*gold_words) if gold_words else frozenset()
    scores.word_tp += len(all_pred & all_gold)
    scores.word_pred += len(all_pred)
    scores.word_gold += len(all_gold)


def annotator_agreement(directory: Path, threshold: float = DEFAULT_THRESHOLD) -> PolnearScores:
    """Score the annotators against each other, as the product is scored against them: the ceiling of these measures.

    Over every text with two or more annotator files, each ordered pair (A, B) scores B's
    attributions as predictions against A's as gold, so precision and recall each count every
    pair once and F1 is symmetric. `texts` counts the texts, `files` the pairs.
    """
    from itertools import permutations

    directory = split_folder(directory)
    scores = PolnearScores(threshold=threshold)
    for text_path, anns in annotations_by_text(directory).items():
        if len(anns) < 2:
            continue
        try:
            text = text_path.read_text(encoding="utf-8")
            files = [read_ann(ann) for ann in anns]
        except (OSError, UnicodeDecodeError, InputError) as exc:
            scores.failures.append(f"{text_path}: {exc}")
            continue
        for gold, other in permutations(files, 2):
            preds = [PredictedAttribution(list(g.content), g.source, g.cue) for g in other]
            score_attributions(text, gold, preds, scores)
        scores.texts += 1
    return scores


def split_folder(directory: Path | str) -> Path:
    """The folder as a Path, checked to be a PolNeAR split (text/ and attributions/), else an InputError."""
    directory = Path(directory)
    if not (directory / "attributions").is_dir() or not (directory / "text").is_dir():
        raise InputError("not a PolNeAR split folder", where=str(directory), fix="pass a folder holding text/ and attributions/")
    return directory


def text_for(ann: Path, text_dir: Path) -> Path:
    """The text an annotator file belongs to: `name_ANNOTATOR.ann` -> `text/name.txt`."""
    stem = ann.stem
    direct = text_dir / f"{stem}.txt"
    if direct.exists():
        return direct
    return text_dir / f"{stem.rsplit('_', 1)[0]}.txt"


def annotations_by_text(directory: Path) -> dict[Path, list[Path]]:
    """{text file: its annotator files} for a PolNeAR split folder (text/, attributions/), in annotation-file order."""
    ann_dir, text_dir = directory / "attributions", directory / "text"
    by_text: dict[Path, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        by_text.setdefault(text_for(ann, text_dir), []).append(ann)
    return by_text


def load_parser():
    """The product pipeline up to the extractors: the pinned model with crosswire's fast attributes and paragraph breaks.

    The trainer and the cue derivation parse with this, so their sentence boundaries, tags and
    lemmas are the ones `load_pipeline()` gives the quotes component at run time.
    """
    from crosswire.nlp.factories import PIPELINE
    from crosswire.nlp.model import load_pipeline

    return load_pipeline(exclude=tuple(name for name, _ in PIPELINE))


def parse_key(nlp) -> str:
    """What a cached parse depends on: the model's name and version and the pipes that ran, in order."""
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}:{','.join(nlp.pipe_names)}"


def parse_split(directory: Path, nlp=None, cache: Path | None = None) -> tuple[list[tuple[Path, list[Path]]], list[str], list]:
    """(text file, annotator files) pairs sorted by text, their texts and their parses by `nlp` (default `load_parser()`).

    For the trainer and the cue derivation: `cache` is a DocBin read when it holds these very texts
    parsed by the same pipes (`parse_key`, kept in each Doc's user data), else written after parsing.
    A DocBin keeps no `doc.tensor` (the contextual token vectors the attribution model reads), so
    the tensors go beside it (`tensor_cache`) and are put back on the Docs when read.
    """
    from spacy.tokens import DocBin

    nlp = load_parser() if nlp is None else nlp
    key = parse_key(nlp)
    items = sorted(annotations_by_text(directory).items())
    texts = [p.read_text(encoding="utf-8") for p, _ in items]
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab)) if cache is not None and cache.exists() else []
    fresh = len(docs) == len(texts) and all(d.text == t and d.user_data.get(PARSE_KEY) == key for d, t in zip(docs, texts))
    if not (fresh and _restore_tensors(docs, tensor_cache(cache))):
        docs = list(nlp.pipe(texts, batch_size=32))
        for doc in docs:
            doc.user_data[PARSE_KEY] = key
        if cache is not None:
            DocBin(docs=docs, store_user_data=True).to_disk(cache)
            np.save(tensor_cache(cache), _stacked_tensors(docs))
    return items, texts, docs


def tensor_cache(cache: Path | None) -> Path | None:
    """Where the token vectors of a cached parse live: beside the DocBin, as one stacked array."""
    return None if cache is None else cache.with_name(cache.name + ".tensors.npy")


def _stacked_tensors(docs: list) -> np.ndarray:
    """Every Doc's token vectors, one under the other; (0, 0) when the pipes set none (no tok2vec)."""
    if docs and all(d.tensor.ndim == 2 and d.tensor.shape[0] == len(d) for d in docs):
        return np.concatenate([d.tensor for d in docs])
    return np.zeros((0, 0), dtype=np.float32)


def _restore_tensors(docs: list, path: Path | None) -> bool:
    """Put the cached token vectors back on the Docs (False: no cache, or it does not fit these Docs)."""
    if path is None or not path.exists():
        return not docs  # nothing to restore is fine only for no Docs
    stacked = np.load(path)
    if stacked.shape == (0, 0):
        return True  # the pipes set no token vectors: nothing to put back
    if stacked.shape[0] != sum(len(d) for d in docs):
        return False
    start = 0
    for doc in docs:
        doc.tensor = stacked[start : start + len(doc)]
        start += len(doc)
    return True


def evaluate_polnear(
    directory: Path,
    nlp=None,
    limit: int | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[int, int], None] | None = None,
) -> PolnearScores:
    """Run extraction on every text of a PolNeAR split folder (text/, attributions/) and score it."""
    from crosswire.nlp.extract import extract_batch

    directory = split_folder(directory)
    items = list(annotations_by_text(directory).items())[: limit if limit else None]
    if nlp is None:
        from crosswire.nlp.model import load_pipeline

        nlp = load_pipeline()
    scores = PolnearScores(threshold=threshold)
    for n, (text_path, anns) in enumerate(items, 1):
        try:
            text = text_path.read_text(encoding="utf-8")
            result = extract_batch(nlp, [Article(id=text_path.stem, text=text, origin=str(text_path))])[0]
            quotes = getattr(result, "quotes", None)
            if quotes is None:
                raise InputError(result.reason, where=str(text_path))
            for ann in anns:
                score_file(text, read_ann(ann), quotes, scores)
            scores.texts += 1
        except (OSError, UnicodeDecodeError, InputError) as exc:
            scores.failures.append(f"{text_path}: {exc}")
        if progress is not None:
            progress(n, len(items))
    return scores
