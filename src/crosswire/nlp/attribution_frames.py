"""Attributions beyond speech: a cue word plus a syntactic frame gives the content (docs/quotes.md).

PolNeAR counts every attribution of a stance: `Trump supporters of [the wall]`, `voted for [the
bill]`, `a poll shows [X]`, `is expected [to win]`, `accused him [of lying]`. Which words and frames
count is decided by a model trained on PolNeAR train (nlp/attribution_model.py); the derived lexicon
(knowledge/data/attribution_cues.json, bench/derive_attribution_cues.py) still says which frames
PolNeAR mostly leaves without a holder. This module only knows the frames.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from crosswire.errors import ModelError
from crosswire.knowledge import read_data_json
from crosswire.nlp.cue_lexicon import load_cue_lexicon
from crosswire.nlp.extensions import doc_text
from crosswire.nlp.quote_marks import quote_halves
from crosswire.nlp.speakers import next_speech_act

# Dependents whose subtree is the content: `dobj` 'supports [the wall]', `xcomp` 'expected [to win]'...
CHILD_FRAMES = frozenset({"ccomp", "dobj", "xcomp", "oprd", "acl", "advcl", "attr", "dative", "nsubjpass", "csubj", "pcomp"})
PREP_DEPS = ("prep", "agent")
# The cue hangs from the content: 'This campaign, he says, is different' (parataxis), '..., she said' parsed upside down.
UP_FRAMES = frozenset({"parataxis", "ccomp", "advcl", "relcl", "conj"})
OBJECT_DEPS = ("pobj", "pcomp")
PARTICIPLE_DEPS = ("advcl", "conj", "xcomp")  # how the parser hangs ', saying ...' on a clause
OPENER_DEPS = ("cc", "advmod", "intj")  # words that open a sentence without saying anything ('And yet, ...')
# 'The race seemed [to be hers]': PolNeAR's content is the subject plus the infinitive, and nobody holds the stance.
RAISING = "subj_xcomp"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
AUX_DEPS = ("aux", "auxpass")
UNSOURCED_SHARE = 0.5  # a frame whose train hits mostly have no gold source gets no source
# Words opening a relative clause that a comma sets off at a content's end (', which ...', ', where ...', ', for whom ...').
RELATIVE_OPENER_TAGS = frozenset({"WDT", "WP", "WP$", "WRB", "IN"})


@dataclass(frozen=True)
class FrameLexicon:
    """(lemma, pos) -> {frame: precision on train}; `lemmas` lists every lemma for a vectorised lookup."""

    frames: dict[tuple[str, str], dict[str, float]]
    lemmas: frozenset[str]
    unsourced: frozenset[tuple[str, str, str]]  # frames whose holder PolNeAR mostly leaves unnamed ('seems to')


@lru_cache(maxsize=1)
def load_frame_lexicon(filename: str = "attribution_cues.json") -> FrameLexicon:
    """Read the derived attribution frames once per process (a ModelError names a broken row)."""
    data = read_data_json(filename)
    frames: dict[tuple[str, str], dict[str, float]] = {}
    unsourced = set()
    for n, row in enumerate(data.get("frames", ())):
        try:
            lemma, pos, frame, _tries, _hits, precision, no_source = row
            frames.setdefault((str(lemma), str(pos)), {})[str(frame)] = float(precision)
            if float(no_source) > UNSOURCED_SHARE:
                unsourced.add((str(lemma), str(pos), str(frame)))
        except (TypeError, ValueError) as exc:
            raise ModelError(f"bad attribution frame row {row!r}", where=f"{filename}: frames[{n}]", fix="re-run bench/derive_attribution_cues.py") from exc
    return FrameLexicon(frames=frames, lemmas=frozenset(lemma for lemma, _ in frames), unsourced=frozenset(unsourced))


def candidate_frames(cue: Token, children: list[Token] | None = None, allowed: frozenset[str] | None = None) -> list[tuple[str, Token]]:
    """Every (frame, content head) the cue word offers: a dependent, a preposition, or a preposition's object.

    `children` are the cue's (when the caller has them: one walk per cue word, not one per use);
    `allowed` keeps only the frames worth trying (None: every frame), so the rest cost nothing more.
    """
    out = []
    dep = cue.dep_
    if dep in UP_FRAMES and (allowed is None or "up_" + dep in allowed) and cue.head.i != cue.i:
        out.append(("up_" + dep, cue.head))
    subject = None
    raising = allowed is None or RAISING in allowed
    for child in cue.children if children is None else children:
        dep = child.dep_
        if dep in SUBJECT_DEPS and child.i < cue.i:
            subject = child
        elif dep == "xcomp" and subject is not None and raising and child.i > cue.i:
            out.append((RAISING, child))
        if dep in CHILD_FRAMES:
            if allowed is None or dep in allowed:
                out.append((dep, child))
        elif dep in PREP_DEPS:
            if allowed is None or "prep" in allowed:
                out.append(("prep", child))
            for obj in child.children:
                if obj.dep_ in OBJECT_DEPS and (allowed is None or "prep_" + child.lower_ in allowed):
                    out.append(("prep_" + child.lower_, obj))
    return out


def content_span(
    frame: str, head: Token, cue: Token | None = None, children: list[Token] | None = None, relcl: list[int] | None = None
) -> Span | None:
    """The content for a frame: the head's subtree without edge punctuation, a leading 'that' or a closing comma-led relative clause.

    For an upward frame the head's subtree holds the cue clause too: it is cut off when it sits at
    either edge, and kept (with its commas) when it sits in the middle ('This campaign, he says, is different').
    The raising frame runs from the cue's subject to the end of its infinitive, cue and all: one
    contiguous span for PolNeAR's 'the race ... to be hers'. `children`: the cue's, and `relcl`: the
    Doc's relative-clause heads in order, when the caller has them (a content holding no relative
    clause head has none to cut, and its last word's ancestors are not walked). The bounds are worked
    out on token indices and one Span is made at the end (the same span as
    `without_trailing_relative(trim_content(..., drop_that=True))`).
    """
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    if frame == RAISING and cue is not None:
        subject = next((c for c in (cue.children if children is None else children) if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
        if subject is not None:
            start = subject.left_edge.i
    elif frame.startswith("up_") and cue is not None:
        lo, hi = cue.left_edge.i, cue.right_edge.i + 1
        if lo <= start:
            start = hi
        elif hi >= end:
            end = lo
        elif _opener_only(head, start, lo):
            start = hi  # 'And yet, aides say, [Syria remains a priority]': nothing said stands before the cue clause
    if end <= start:
        return None
    if frame == "ccomp" and cue is not None:
        end = min(end, end_before_next_act(cue, head))
    elif frame == "dobj" and cue is not None and head.head.i == cue.i:
        end = _through_object_infinitive(cue, head, end, children)
    start, end = _trimmed(doc, start, end, True)
    if end <= start:
        return None
    if relcl is not None and bisect_left(relcl, start) == bisect_left(relcl, end):
        return Span(doc, start, end)  # no relative clause head inside: nothing to cut
    return Span(doc, start, _before_trailing_relative(doc, start, end, _closing_ancestors(doc, start, end)))


def _through_object_infinitive(cue: Token, head: Token, end: int, children: list[Token] | None) -> int:
    """Run an object's content on over an infinitive right after it that the parser hung on the cue verb.

    'defended [his call to raise the wage]', 'announced [the creation of a website to explain the
    rules]': the infinitive says what the noun is, and PolNeAR's content keeps it (train: 7 more
    matched contents, 2 purpose clauses lost: 'released a list of donors [to defuse speculation]').
    """
    for child in cue.children if children is None else children:
        if child.i > head.i and child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB" and child.left_edge.i == end:
            return child.right_edge.i + 1 if child.doc[end].lower_ == "to" else end
    return end


def _opener_only(head: Token, start: int, lo: int) -> bool:
    """Does the content head's part before a cue clause in its middle hold only an opener, no words of what was said?

    Punctuation, a conjunction, an adverb ('And yet, aides say, ...') or a past participle with no
    subject or subordinator ('Asked about the vote, he said, ...': the question, not the answer). A
    subject, an 'if' clause or a gerund ('Riding alone, they said, can be risky') is content
    (train: 6 more matched contents, 1 lost).
    """
    for child in head.children:
        if child.i >= lo:
            break
        if child.i < start or child.is_punct or child.dep_ in OPENER_DEPS:
            continue
        if child.dep_ == "advcl" and child.tag_ == "VBN" and not any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in child.children):
            continue
        return False
    return True


def end_before_next_act(cue: Token, clause: Token) -> int:
    """Where a cue's complement clause ends once the speaker's next act, or another report, hung on it is left out.

    Three shapes, whichever comes first among the clause's right dependents (one walk over them):
    - a conjoined verb phrase with no subject of its own and the cue's verb form, not the clause's
      ('He said [he makes $41,000 a year] and questioned the plan'), or a speech verb with no subject,
      whatever its form ('said [he welcomed the ruling] and added that ...': speakers.next_speech_act);
      but not one that shares the clause's auxiliary (`_shares_auxiliary`: 'said [the firm is hiring
      and expanding]'), though a verb conjoined to that one still may be ('... and expanding] and left');
    - a comma-led participle of a speech verb ('said [he saw no need to change course], telling
      reporters that ...'; the comma may sit inside a closing mark: 'was "simply better," adding ...'):
      the speaker, not the clause's subject, is telling (PolNeAR gives it an attribution of its own);
    - a comma-led subordinate clause with a subject of its own and a speech verb at its head ('said
      [the vote was close], while the count said otherwise', '..., as her aides insisted'): a second
      report, with its own source, not more of the first (train: 15 more matched contents, 1 lost).
    Used for reported speech (quote_spans.ccomp_content) and for a frame's `ccomp` content alike, so
    the two never give one report with two ends (the longer used to swallow the other in the scorer).
    """
    doc = clause.doc
    end = clause.right_edge.i + 1
    other_form = cue.tag_ != clause.tag_
    speech = load_cue_lexicon().speech_verbs
    for child in clause.rights:
        dep = child.dep_
        if dep == "conj" and child.pos_ == "VERB":
            kids = list(child.children)
            if _shares_auxiliary(clause, child, kids):
                # it goes on with the clause; a verb conjoined to it may still be the speaker's next act
                child = next((k for k in kids if k.dep_ == "conj" and k.pos_ == "VERB"), None)
                if child is None:
                    continue
                kids = list(child.children)
            if next_speech_act(child, kids) or (other_form and child.tag_ == cue.tag_ and not any(c.dep_ in SUBJECT_DEPS for c in kids)):
                end = child.left_edge.i
                while end > clause.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                    end -= 1
                return end
        elif dep == "advcl" and child.lemma_ in speech and _second_report(clause, child):
            return child.left_edge.i - 1
        if dep in PARTICIPLE_DEPS and child.tag_ == "VBG" and child.lemma_ in speech:
            first = child.left_edge.i
            if clause.i < first < end and _after_comma(doc, first):
                return first - 1
    return end


def _shares_auxiliary(clause: Token, verb: Token, kids: list[Token]) -> bool:
    """Does a verb conjoined to a reported clause share its auxiliary ('is [acting] ... and [showing]', 'had not [held]
    ... and never [called]'): the clause's verb form, no auxiliary of its own, one before the clause's verb?

    Then the conjunct goes on with what was said, whatever the cue's form or lemma (train: 4 more
    matched contents, none lost).
    """
    if verb.tag_ != clause.tag_ or any(k.dep_ in AUX_DEPS for k in kids):
        return False
    return any(k.dep_ in AUX_DEPS and k.i < clause.i for k in clause.children)


def _second_report(clause: Token, verb: Token) -> bool:
    """Is a speech verb's adverbial clause inside a reported clause a report of its own: opened by a subordinator after a comma, with a subject?"""
    doc = clause.doc
    first = verb.left_edge.i
    if first <= clause.i + 1 or doc[first - 1].text != "," or doc[first].dep_ != "mark":
        return False
    return any(k.dep_ in SUBJECT_DEPS or k.dep_ == "expl" for k in verb.children)


def _after_comma(doc, i: int) -> bool:
    """Does a comma stand right before token i, or before the closing mark right before it ('was maniacal,” adding ...')?"""
    before = doc[i - 1]
    return before.text == "," or (before.is_quote and i > 1 and doc[i - 2].text == ",")


def through_open_quote(span: Span | None) -> Span | None:
    """Run a content out to the marks of a quotation it halves: a content never holds half a quote.

    Rightward: 'said the plan "was never funded. Nobody asked us," Ms. Ode said' parses the complement
    to the end of the first quoted sentence; the annotators' content, like the reader's, runs to the
    closing mark. Leftward: 'The fund "was set up too late. Nobody used it," he said' hangs only the
    last quoted sentence on the cue; the content starts at the opening mark (train: 10 more matched
    contents, none lost). Used for reported speech (quote_spans.py), not for frame candidates: there
    are many more of those, and on PolNeAR train the rightward run gained them little (11 matched
    contents) for a Span text per candidate.
    """
    if span is None:
        return None
    opening, closing = quote_halves(doc_text(span.doc), span.start_char, span.end_char)
    if opening is None and closing is None:
        return span
    start = span.start_char if opening is None else opening
    longer = span.doc.char_span(start, span.end_char if closing is None else closing, alignment_mode="expand")
    return longer if longer is not None else span


def without_trailing_relative(span: Span, relcl: list[int] | None = None) -> Span:
    """Cut a content before a comma-led relative clause that runs to its end (', who ...', ', where ...', ', for whom ...').

    PolNeAR's content is the proposition, not the writer's note on a noun in it. `relcl`, the Doc's
    relative-clause heads in order when the caller has them, spares a Token per word; without it
    only the ancestors of the content's last word are read (a clause closing the span is one of them).
    """
    doc, start, end = span.doc, span.start, span.end
    if relcl is None:
        heads = _closing_ancestors(doc, start, end)
    else:
        heads = [doc[i] for i in relcl[bisect_left(relcl, start) :] if i < end]
    cut = _before_trailing_relative(doc, start, end, heads)
    return span if cut == end else Span(doc, start, cut)


def _before_trailing_relative(doc, start: int, end: int, heads: list[Token]) -> int:
    """Where a content [start, end) ends once a comma-led relative clause among `heads` closing it is cut (`end`: none)."""
    for tok in heads:
        if tok.dep_ == "relcl" and tok.right_edge.i >= end - 2:
            first = tok.left_edge.i
            if first > start + 1 and doc[first - 1].text == "," and doc[first].tag_ in RELATIVE_OPENER_TAGS:
                return first - 1
    return end


def _closing_ancestors(doc, start: int, end: int) -> list[Token]:
    """The last word of [start, end) (before a closing mark) and its ancestors inside it, outermost first."""
    tok = doc[end - 1]
    if tok.is_punct and end - 2 >= start:
        tok = doc[end - 2]
    out = []
    while start <= tok.i < end:
        out.append(tok)
        head = tok.head
        if head.i == tok.i:
            break
        tok = head
    out.reverse()
    return out


def trim_content(span: Span, drop_that: bool = False) -> Span | None:
    """Strip edge punctuation, spaces and (optionally) a leading complementiser from a content span."""
    doc = span.doc
    start, end = _trimmed(doc, span.start, span.end, drop_that)
    return Span(doc, start, end) if end > start else None  # Span(): doc[a:b] re-checks the bounds in Python


def _trimmed(doc, start: int, end: int, drop_that: bool) -> tuple[int, int]:
    """The bounds of [start, end) without edge punctuation, spaces and (optionally) a leading 'that' (end <= start: nothing left)."""
    # one Token per step (each doc[i] makes a new one)
    while start < end:
        tok = doc[start]
        if not (tok.is_punct or tok.is_space or (drop_that and tok.lower_ == "that" and tok.dep_ == "mark")) or tok.is_quote:
            break
        start += 1
    while end > start:
        tok = doc[end - 1]
        if not (tok.is_punct or tok.is_space) or tok.is_quote:
            break
        end -= 1
    return start, end
