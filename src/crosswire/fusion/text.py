"""Small text helpers shared by the alignment code: content stems, sentences, number wording."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d[\d,\.]*")
_SENT_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z0-9‘'])|\n+")
STEM = 5
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z]|\b[a-z])\.$")  # Nov. Mr. U.S. a.m. do not end a sentence


def stems(text: str) -> set[str]:
    """Content-word stems of a text: lowercased, stop words dropped, cut to a few letters."""
    out = set()
    for word in _WORD.findall(text.replace("U.S.", "US").replace("U.S", "US")):
        w = word.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in STOP_WORDS or len(w) < 2:
            continue
        out.add(w if w[0].isdigit() else w[:STEM])
    return out


def overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the other (overlap coefficient)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence (or line) in a text."""
    bounds, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.group().strip() == "" and "\n" not in m.group() and _ABBREVIATION.search(text, max(start, m.start() - 5), m.start()):
            continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def sentence_at(text: str, start: int, end: int, bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence (or run of sentences) covering the span [start, end)."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    first = next(((s, e) for s, e in bounds if s <= start < e), (start, start))
    last = next((e for s, e in bounds if s < end <= e), first[1])
    return first[0], max(last, first[1], end)


def normal_words(text: str) -> list[str]:
    """Lowercased words without punctuation, for exact and truncated quote matching."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]
