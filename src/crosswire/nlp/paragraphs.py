"""Line and paragraph breaks as sentence boundaries, set before the parser runs (the parser keeps them).

The stock parser reads `Drone pact draws Russian warning\\n\\nRussia warned ...` as one sentence,
so a headline's last noun becomes part of the lede's subject. A blank line always ends a sentence.
A single line break ends one too, except in hard-wrapped text (many lines, most of them ending
mid-sentence), where it is only a wrap unless the line ends a sentence. The words after a dateline
that opens a paragraph (`JERUSALEM - Thirteen hostages ...`) start a sentence too (nlp/datelines.py).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from crosswire.nlp.datelines import lede_start
from crosswire.nlp.extensions import doc_text

SENTENCE_END = frozenset('.!?"”’\'')
MIN_WRAPPED_LINES = 5  # fewer lines than this are never taken for hard wrapping
WRAPPED_SHARE = 0.5  # share of lines ending mid-sentence that marks a text as hard-wrapped
_BREAK = re.compile(r"[ \t]*\n\s*")  # a line break with the blank space around it


def single_breaks_end_sentences(text: str) -> bool:
    """True when a single line break in this text separates paragraphs (or a headline) rather than wrapping lines."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_WRAPPED_LINES:
        return True
    open_ended = sum(1 for line in lines[:-1] if line[-1] not in SENTENCE_END)
    return open_ended / max(len(lines) - 1, 1) < WRAPPED_SHARE


class Paragraphs:
    """spaCy component: marks the token after a paragraph break as a sentence start."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        starts = [0]
        if "\n" in text:
            singles = single_breaks_end_sentences(text)
            for found in _BREAK.finditer(text):
                end = found.end()
                if end >= len(text):
                    break
                blank = found.group().count("\n") > 1
                if blank or singles or text[found.start() - 1:found.start()] in SENTENCE_END:
                    starts.append(end)
        for start in starts:
            _mark(doc, start)
            lede = lede_start(text, start) if text[start:start + 1].isupper() else None
            if lede is not None:
                _mark(doc, lede)  # 'JERUSALEM - [Thirteen hostages were released ...]': the dateline is no subject
                _join_next(doc, lede)  # nor is the lede's first word a sentence alone ('Thirteen', tagged a name)
        return doc


def _token_at(doc: Doc, at: int):
    """The token holding character `at`, or None."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _join_next(doc: Doc, at: int) -> None:
    """Keep the token after the one at character `at` in its sentence (the parser respects a start set to False)."""
    tok = _token_at(doc, at)
    if tok is not None and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
        doc[tok.i + 1].is_sent_start = False


def _mark(doc: Doc, at: int) -> None:
    """Make the token at character `at` start a sentence (not the Doc's first token: it always does)."""
    tok = _token_at(doc, at)
    if tok is not None and tok.i > 0:
        tok.is_sent_start = True
