"""A trained scorer for attribution frames: is this (cue word, frame, content) an attribution? (docs/quotes.md)

The candidates are the frames of nlp/attribution_frames.py (`supports [the wall]`, `expected [to
win]`, `a poll shows [X]`); a fixed lexicon kept or dropped each (lemma, frame) pair everywhere. The
model instead weighs the context: the cue's part of speech and dependency, who the subject is (a
person, an organisation, a pronoun, nobody), passive voice, negation, the content's first word and
length. Its sparse part is a logistic regression over feature strings (scoring: a sum of a few
dictionary lookups); a cue word in a cue class (knowledge/data/cue_classes.json) also gets features
naming its class, so a rare word borrows what its class learnt ('endorse' from 'support'); its dense part, a small network over the contextual token vectors the shared
tok2vec leaves in `doc.tensor` (cue word, frame head, holder head, content mean), adds to the same
logit, so a rare cue word in a familiar context (`endorsed` where `supported` is common) is not
scored as if it were unknown. The dense part runs once per document: one matrix product over all
its candidates. Both are trained on the PolNeAR train split by scripts/train_attribution.py; the
weights live in knowledge/data/attribution_model.json (only non-zero sparse weights are stored).
"""

from __future__ import annotations

import math
from itertools import repeat
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.tokens import Span, Token

from crosswire.errors import ModelError
from crosswire.knowledge import load_cue_classes, read_data_json
from crosswire.nlp.phrase_frames import OBJECT_WORD_DEPS

MODEL_FILE = "attribution_model.json"
NEGATIONS = frozenset({"not", "n't", "never", "no"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
PERSONISH = frozenset({"PERSON", "ORG", "NORP", "GPE"})
BLOCK_ROWS = 32  # rows per matrix product of the dense part (single-threaded in OpenBLAS)
PHRASE_PREFIXES = ("obj_", "cop_", "pobj_", "subj_")  # frames nlp/phrase_frames.py offers (subj_: the raising frame)


@dataclass(frozen=True)
class DenseScorer:
    """The dense part of the model: one ReLU layer over `dense_inputs` rows, its units weighed into the logit."""

    w1: np.ndarray  # (inputs, hidden)
    b1: np.ndarray  # (hidden,)
    v: np.ndarray  # (hidden,)
    c: float = 0.0  # the output bias

    @property
    def width(self) -> int:
        """How many dense inputs a row must have."""
        return self.w1.shape[0]

    def logits(self, x: np.ndarray) -> np.ndarray:
        """What each row adds to its candidate's logit: one matrix product for all of a document's candidates.

        The product runs in blocks of BLOCK_ROWS rows: from about 60 rows on OpenBLAS splits it over
        threads, whose start and spin cost more CPU than such a small product saves (measured).
        """
        hidden = np.empty((len(x), self.w1.shape[1]), dtype=np.result_type(x, self.w1))
        for start in range(0, len(x), BLOCK_ROWS):
            np.matmul(x[start : start + BLOCK_ROWS], self.w1, out=hidden[start : start + BLOCK_ROWS])
        hidden += self.b1
        np.maximum(hidden, 0.0, out=hidden)
        return hidden @ self.v + self.c


@dataclass(frozen=True)
class AttributionModel:
    """Weights per feature string, a bias, the decision thresholds and the cue words and frames worth trying.

    `holderless_threshold` applies to a candidate whose stance holder cannot be found (and whose frame
    PolNeAR does not usually leave unnamed): its content may be right, but its source would be wrong.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    lemmas: frozenset[str]
    holderless_threshold: float = 1.0
    frames: dict[tuple[str, str], frozenset[str]] | None = None  # (lemma, pos) -> frames; None: every frame
    dense: DenseScorer | None = None  # the network over the contextual vectors; None: the sparse part alone
    phrase_words: frozenset[tuple[str, str]] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        # the cue words with a frame of nlp/phrase_frames.py: only these pay for its walk over their objects
        words = frozenset(key for key, fs in (self.frames or {}).items() if any(f.startswith(PHRASE_PREFIXES) for f in fs))
        object.__setattr__(self, "phrase_words", words)

    def tries_phrases(self, lemma: str, pos: str) -> bool:
        """Is any multi-word frame of this cue word (nlp/phrase_frames.py) worth trying?"""
        return self.frames is None or (lemma, pos) in self.phrase_words

    def tries_word(self, lemma: str, pos: str) -> bool:
        """Is this cue word (lemma and part of speech) worth looking at?"""
        return self.frames is None or (lemma, pos) in self.frames

    def frames_of(self, lemma: str, pos: str) -> frozenset[str] | None:
        """The frames of this cue word worth scoring (None: every frame; empty: none)."""
        return None if self.frames is None else self.frames.get((lemma, pos), frozenset())

    def tries(self, lemma: str, pos: str, frame: str) -> bool:
        """Is this frame of this cue word worth scoring (some of its train candidates reached the threshold)?"""
        return self.frames is None or frame in self.frames.get((lemma, pos), ())

    def probability(self, features: list[str], partial: float = 0.0) -> float:
        """The sparse part's probability that the candidate is a gold attribution (`partial`: weights already summed)."""
        z = self.bias + partial + self.weight_sum(features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probabilities(self, sparse_logits: list[float], tensor: np.ndarray, rows: list[tuple[int, int, int, int, int]]) -> np.ndarray:
        """The probabilities of one document's candidates: their sparse logits (bias included) plus, when the
        model has a dense part and the document its token vectors, the network's output on `dense_inputs`."""
        z = np.asarray(sparse_logits, dtype=np.float64)
        dense = self.dense
        if dense is not None and len(rows) and tensor.ndim == 2 and 4 * tensor.shape[1] == dense.width:
            z = z + dense.logits(dense_inputs(tensor, np.asarray(rows)))
        return logistic(z)

    def weight_sum(self, features: list[str]) -> float:
        """The sum of the features' weights (unknown features weigh nothing)."""
        return sum(map(self.weights.get, features, repeat(0.0, len(features))))


def logistic(z) -> np.ndarray:
    """The logistic of each logit, clipped to +-30 so that no exp overflows (run time and training alike)."""
    return 1.0 / (1.0 + np.exp(-np.clip(np.asarray(z), -30.0, 30.0)))


@lru_cache(maxsize=1)
def load_attribution_model(filename: str = MODEL_FILE) -> AttributionModel:
    """Read the trained model once per process (a ModelError says how to rebuild a broken file)."""
    data = read_data_json(filename)
    try:
        return AttributionModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            lemmas=frozenset(str(x) for x in data["lemmas"]),
            holderless_threshold=float(data["holderless_threshold"]),
            frames=_frames(data["frames"]),
            dense=_dense(data.get("dense")),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelError("bad attribution model file", where=filename, fix="re-run scripts/train_attribution.py") from exc


def _dense(data) -> DenseScorer | None:
    if data is None:
        return None
    w1 = np.asarray(data["w1"], dtype=np.float32)
    b1, v = np.asarray(data["b1"], dtype=np.float32), np.asarray(data["v"], dtype=np.float32)
    if w1.ndim != 2 or b1.shape != (w1.shape[1],) or v.shape != (w1.shape[1],):
        raise ValueError("dense layer shapes do not fit")
    return DenseScorer(w1, b1, v, float(data["c"]))


def _frames(rows) -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for lemma, pos, frame in rows:
        out.setdefault((str(lemma), str(pos)), set()).add(str(frame))
    return {key: frozenset(v) for key, v in out.items()}


def dense_inputs(tensor: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The dense features of candidates, one row each: the contextual vectors (`doc.tensor`) of the cue
    word, the frame's head and the holder's head (zeros when there is none), and their mean over the content.

    `rows` holds one (cue, head, holder or -1, content start, content end) token-index row per candidate.
    """
    rows = np.asarray(rows, dtype=np.int64).reshape(-1, 5)
    width = tensor.shape[1] if tensor.ndim == 2 else 0
    padded = np.zeros((len(tensor) + 1, width), dtype=np.float32)  # the last row: no holder
    padded[:-1] = tensor
    sums = np.zeros((len(tensor) + 1, width), dtype=np.float32)
    np.cumsum(tensor, axis=0, out=sums[1:])
    lengths = np.maximum(rows[:, 4] - rows[:, 3], 1)[:, None]
    mean = (sums[rows[:, 4]] - sums[rows[:, 3]]) / lengths
    return np.hstack([padded[rows[:, 0]], padded[rows[:, 1]], padded[rows[:, 2]], mean])


def source_kind(source: Span | None) -> str:
    """A coarse class of the stance holder: none, a pronoun, an entity type, or a common noun."""
    return "none" if source is None else _root_kind(source.root)


def _root_kind(root: Token) -> str:
    """source_kind of a holder whose head word is `root`."""
    if root.pos_ == "PRON":
        return "pron"
    if root.ent_type_ in PERSONISH:
        return root.ent_type_
    return root.pos_


def _length_bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


@dataclass(frozen=True, slots=True)
class CueFacts:
    """What the features read from a cue word and its holder, read once per cue word (not once per frame)."""

    lemma: str
    pos: str
    tag: str
    dep: str
    skind: str
    passive: bool
    negated: bool
    kids: str
    obj: str  # the lemma of the cue's object or predicate word ('made [case]', 'is [clear]'), or '-'
    cls: str | None = None  # the cue word's class (knowledge/data/cue_classes.json), None when it has none
    holder: str = "-"  # the lemma of the holder's head word, '-' without a holder


def cue_facts(cue: Token, source: Span | None, children: list[Token] | None = None) -> CueFacts:
    """The cue word's lemma, tags, holder class, voice, negation and dependents, in one walk over its children
    (`children`: the cue's, when the caller has them)."""
    passive = negated = False
    deps = set()
    obj = None
    for child in cue.children if children is None else children:
        dep = child.dep_
        if dep in PASSIVE_DEPS:
            passive = True
        if not negated and (dep == "neg" or child.lower_ in NEGATIONS):
            negated = True
        if obj is None and dep in OBJECT_WORD_DEPS:
            obj = child
        if not child.is_punct:
            deps.add(dep)
    lemma = cue.lemma_.lower()
    root = source.root if source is not None else None
    return CueFacts(
        lemma=lemma,
        pos=cue.pos_,
        tag=cue.tag_,
        dep=cue.dep_,
        skind="none" if root is None else _root_kind(root),
        passive=passive,
        negated=negated,
        kids=".".join(sorted(deps)),
        obj=obj.lemma_.lower() if obj is not None else "-",
        cls=load_cue_classes().get(lemma),
        holder=root.lemma_.lower() if root is not None else "-",
    )


def _class_cue_features(f: CueFacts) -> list[str]:
    """Backoff features of a classed cue word: what 'endorse' shares with 'support' ('c=support|VERB')."""
    cls = f.cls
    return [
        f"c={cls}|{f.pos}",
        f"csrc={cls}|{f.skind}",
        f"cdep={cls}|{f.dep}|{f.pos}",
        f"cpass={cls}|{f.passive}",
        f"ckids={cls}|{f.kids}",
        f"cneg={cls}|{f.negated}",
    ]


def cue_features(cue: Token, source: Span | None, facts: CueFacts | None = None) -> list[str]:
    """The feature strings that depend on the cue word and its holder only (scored once per cue word)."""
    f = facts or cue_facts(cue, source)
    lemma, pos, skind, kids = f.lemma, f.pos, f.skind, f.kids
    head = cue.head
    gov = head.lemma_.lower() if head.i != cue.i else "<root>"
    holder = f.holder
    backoff = _class_cue_features(f) if f.cls is not None else []
    return backoff + [
        f"subj={holder}",
        f"lsubj={lemma}|{holder}",
        f"kids={pos}|{kids}",
        f"lkids={lemma}|{kids}",
        f"l={lemma}",
        f"lp={lemma}|{pos}",
        f"dep={f.dep}|{pos}",
        f"ldep={lemma}|{f.dep}",
        f"ltag={lemma}|{f.tag}",
        f"lsrc={lemma}|{skind}",
        f"psrc={pos}|{skind}",
        f"lpass={lemma}|{f.passive}",
        f"neg={f.negated}",
        f"gov={lemma}|{gov}",
        f"govp={pos}|{head.pos_}|{f.dep}",
        f"sentstart={cue.is_sent_start}",
        f"obj={lemma}|{f.obj}",
    ]


def frame_features(
    cue: Token, frame: str, head: Token, content: Span, source: Span | None, quoted: bool, facts: CueFacts | None = None
) -> list[str]:
    """The feature strings of one frame of a cue word: the frame, its head and the content (`facts`: cue_facts, when known)."""
    f = facts or cue_facts(cue, source)
    lemma, pos, skind = f.lemma, f.pos, f.skind
    first = content[0]
    length = _length_bucket(len(content))
    croot = content.root
    head_tag = head.tag_
    doc = content.doc
    before = doc[content.start - 1] if content.start > 0 else None
    prev = "<s>" if before is None else before.lower_ if before.is_stop or before.is_punct else before.pos_
    firstw = first.lower_ if first.is_stop or first.is_punct else first.pos_
    backoff = (
        [
            f"cf={f.cls}|{pos}|{frame}",
            f"cfirst={f.cls}|{frame}|{firstw}",
            f"clen={f.cls}|{frame}|{length}",
            f"cprev={f.cls}|{frame}|{prev}",
            f"chd={f.cls}|{frame}|{head_tag}",
            f"ccroot={f.cls}|{croot.pos_}|{croot.dep_}",
            f"csrcf={f.cls}|{skind}|{frame}",
        ]
        if f.cls is not None
        else []
    )
    return backoff + [
        f"croot={frame}|{croot.lemma_.lower()}",
        f"lcroot={lemma}|{croot.pos_}|{croot.dep_}",
        f"lpf={lemma}|{pos}|{frame}",
        f"pf={pos}|{frame}",
        f"f={frame}",
        f"tag={f.tag}|{frame}",
        f"src={skind}|{frame}",
        f"pass={f.passive}|{frame}",
        f"hd={frame}|{head.pos_}|{head_tag}",
        f"lhd={lemma}|{frame}|{head_tag}",
        f"first={frame}|{firstw}",
        f"lfirst={lemma}|{first.lower_ if first.is_stop else first.pos_}",
        f"len={frame}|{length}",
        f"llen={lemma}|{length}",
        f"q={quoted}|{frame}",
        f"lfo={lemma}|{frame}|{f.obj}",
        f"prev={frame}|{prev}",
        f"lprev={lemma}|{prev}",
    ]


def candidate_features(cue: Token, frame: str, head: Token, content: Span, source: Span | None, quoted: bool) -> list[str]:
    """The feature strings of one candidate: a few lookups on the cue, its frame, its subject and the content."""
    facts = cue_facts(cue, source)
    return cue_features(cue, source, facts) + frame_features(cue, frame, head, content, source, quoted, facts)
