"""The quotes component: direct quotes from quotation marks, reported speech from cue verbs, with speaker and cue.

Rules are described in docs/quotes.md. Candidates are found without a Python pass over every token:
quotation marks by one regex over doc.text (nlp/quote_marks.py), cue verbs by one vectorised lemma
lookup; only those few tokens are then examined in their sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, IS_PUNCT, LEMMA, POS
from spacy.symbols import AUX, VERB, ccomp, relcl
from spacy.tokens import Doc, Span, Token

from crosswire.nlp.extensions import doc_text
from crosswire.nlp.attribution_frames import RAISING, FrameLexicon, candidate_frames, content_span, load_frame_lexicon, trim_content
from crosswire.nlp.attribution_model import AttributionModel, cue_facts, cue_features, frame_features, load_attribution_model, logistic
from crosswire.nlp.cue_lexicon import CueLexicon, load_cue_lexicon
from crosswire.nlp.headlines import headline_frame, headline_quote
from crosswire.nlp.phrase_frames import phrase_frames
from crosswire.nlp.quote_marks import find_marked_quotes
from crosswire.nlp.report_forms import complement_clause, later_complement, medium_clause, short_answer, survey_finding
from crosswire.nlp.quote_spans import (
    ACCORDING,
    according_content,
    according_source,
    after_dateline,
    ccomp_content,
    complement_content,
    cue_phrase,
    frame_source,
    fronted_content,
    sent_after,
    sent_before,
)
from crosswire.nlp.speakers import SpeakerResolver, colon_speaker, cue_subject, np_span, speech_tag
from crosswire.records import Quote, SourceRef
from crosswire.records import Span as TextSpan

NEWLINE_RE = re.compile(r"\n\s*")  # a run of line breaks (blank lines too) ends one paragraph
MIN_DIRECT_TOKENS = 4
MARKED_KINDS = ("direct", "mixed")  # quotes found from quotation marks
CLAUSE_OPENERS = frozenset({":", ",", "—", "–", "-", ".", "!", "?", ";"})  # a quote after these opens a clause
VERB_POS = (VERB, AUX)  # part-of-speech ids, as Doc.to_array gives them


_UNSET = object()


@dataclass(frozen=True)
class FrameCandidate:
    """One (cue word, frame, content) the model scores, with the stance holder and the feature strings."""

    cue: Token
    frame: str
    content: Span
    source: Span | None
    quoted: bool
    key: tuple[int, int]  # (cue, dependent): one content per dependent
    features: list[str]
    head: int = -1  # the frame's head token (the dense features read its vector)


class QuoteFinder:
    """spaCy component `crosswire.quotes.v1`: sets doc._.cw_quotes (list[Quote], in text order)."""

    def __init__(
        self,
        nlp,
        name: str = "quotes",
        lexicon: CueLexicon | None = None,
        frames: FrameLexicon | None = None,
        model: AttributionModel | None = None,
    ):
        self.name = name
        self.lexicon = lexicon or load_cue_lexicon()
        self.frames = frames or load_frame_lexicon()
        self.model = model or load_attribution_model()
        strings = nlp.vocab.strings
        self.cue_hashes = np.array(
            sorted({strings.add(w) for w in [*self.lexicon.verb_tone, ACCORDING]}), dtype="uint64"
        )
        self.frame_hashes = np.array(sorted({strings.add(w) for w in self.model.lemmas}), dtype="uint64")
        self.nominal_hashes = np.array(sorted({strings.add(w) for w in self.lexicon.nominal_tone}), dtype="uint64")
        survey_hashes = np.array(sorted({strings.add(w) for w in self.lexicon.survey_nouns}), dtype="uint64")
        self.lemma_table = LemmaTable(self.cue_hashes, self.frame_hashes, self.nominal_hashes, survey_hashes)

    def state(self, doc: Doc) -> "_ArticleQuotes":
        """The per-Doc working state (for training and inspection; `__call__` uses it too)."""
        return _ArticleQuotes(doc, self.lexicon, self.lemma_table, self.frames, self.model)

    def __call__(self, doc: Doc) -> Doc:
        doc._.cw_quotes = find_quotes(self.state(doc))
        return doc


class LemmaTable:
    """The lemma hashes of cue verbs, frame cue words, speech nouns and survey nouns, looked up in one sorted array per Doc."""

    def __init__(self, cue_hashes: np.ndarray, frame_hashes: np.ndarray, nominal_hashes: np.ndarray, survey_hashes: np.ndarray | None = None):
        survey_hashes = np.zeros(0, dtype="uint64") if survey_hashes is None else survey_hashes
        self.table = np.union1d(np.union1d(np.union1d(cue_hashes, frame_hashes), nominal_hashes), survey_hashes).astype("uint64")
        self.cue = frozenset(cue_hashes.tolist())
        self.frame = frozenset(frame_hashes.tolist())
        self.nominal = frozenset(nominal_hashes.tolist())
        self.survey = frozenset(survey_hashes.tolist())

    def hits(self, lemmas: np.ndarray) -> list[tuple[int, int]]:
        """(token index, lemma hash) of every token whose lemma is in any of the four sets, in text order."""
        return _hits(lemmas, self.table)


def _hits(lemmas: np.ndarray, table: np.ndarray) -> list[tuple[int, int]]:
    # a binary search per token in one numpy call: same hits as np.isin, without its per-call sorting
    if len(lemmas) == 0 or len(table) == 0:
        return []
    pos = np.searchsorted(table, lemmas)
    np.minimum(pos, len(table) - 1, out=pos)
    found = np.nonzero(table[pos] == lemmas)[0]
    return list(zip(found.tolist(), lemmas[found].tolist()))


def cue_tokens(doc: Doc, cue_hashes: np.ndarray, lemmas: np.ndarray | None = None, evidence: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens whose lemma is a cue verb (or 'according'), found with one vectorised lookup.

    A bare passive participle of an evidence verb ('the images shown on TV', 'as shown') is no cue.
    """
    if len(doc) == 0:
        return []
    lemmas = doc.to_array([LEMMA]).reshape(-1) if lemmas is None else lemmas
    table = np.unique(cue_hashes).astype("uint64")
    return [tok for tok in (doc[i] for i, _ in _hits(lemmas, table)) if _is_cue(tok, evidence)]


def _is_cue(tok: Token, evidence: frozenset[str]) -> bool:
    """Is a token with a cue lemma a cue: 'according' before 'to', a verb, or a noun at the root?"""
    if tok.lemma_ == ACCORDING:
        doc = tok.doc
        return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
    if tok.tag_ == "VBN" and tok.lemma_ in evidence and not any(c.dep_ in ("agent", "ccomp") for c in tok.children):
        return False
    return tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT")


class _ArticleQuotes:
    """The per-Doc working state: marked quotes, cue tokens, the speaker resolver."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, table: LemmaTable, frames: FrameLexicon, model: AttributionModel):
        self.doc = doc
        self.lexicon = lexicon
        self.frames = frames
        self.model = model
        self.resolver = SpeakerResolver(doc, lexicon)
        # cue verbs, frame cue words and speech nouns: one vectorised lookup, then sorted out on the few hits
        attrs = doc.to_array([LEMMA, IS_PUNCT, POS, DEP, HEAD]) if len(doc) else np.zeros((0, 5), dtype="uint64")
        hits = table.hits(attrs[:, 0])
        self.punct: list[int] = attrs[:, 1].tolist()
        self.pos: list[int] = attrs[:, 2].tolist()
        self.relcl: list[int] = np.nonzero(attrs[:, 3] == relcl)[0].tolist()  # relative clause heads, in order
        clauses = np.nonzero(attrs[:, 3] == ccomp)[0]
        offsets = attrs[clauses, 4].astype(np.int64)  # head - token; a negative offset wraps in uint64 and comes back here
        self.clause_before: frozenset[int] = frozenset((clauses + offsets)[offsets > 0].tolist())  # words with a clausal complement before them
        self.cues: list[Token] = []
        self.frame_cues: list[Token] = []
        self.nominal_cues: list[Token] = []
        self.survey_nouns: list[Token] = []  # 'poll', 'survey': sources of a fronted finding
        evidence = lexicon.evidence_verbs
        for i, lemma in hits:
            tok = doc[i]
            if lemma in table.cue and _is_cue(tok, evidence):
                self.cues.append(tok)
            if lemma in table.frame:
                self.frame_cues.append(tok)
            if lemma in table.nominal:
                self.nominal_cues.append(tok)
            if lemma in table.survey:
                self.survey_nouns.append(tok)
        self._cue_at = [tok.i for tok in self.cues]
        self.text = text = doc_text(doc)
        self.breaks = [m.start() for m in NEWLINE_RE.finditer(text)]
        self.marked: list[tuple[Span, object]] = []
        for mq in find_marked_quotes(text):
            span = doc.char_span(mq.start, mq.end, alignment_mode="expand")
            if span is not None and len(span) > 0:
                self.marked.append((span, mq))
        self.loose_fragments: list[Quote] = []  # quoted fragments outside reported speech: set by taken_quotes()
        self.in_direct = np.zeros(len(doc) + 1, dtype=bool)  # filled by direct_quotes(): quoted clauses only
        self.in_quote = np.zeros(len(doc) + 1, dtype=bool)
        for span, _ in self.marked:
            self.in_quote[span.start : span.end] = True
        # running counts as Python ints: a count over a token range is two list lookups, not a numpy reduction
        self._quoted = self.in_quote.tolist()
        self._quote_counts = _running_counts(self.in_quote)
        self._direct_counts = [0] * (len(doc) + 2)  # nothing direct until direct_quotes() has run

    def cues_in(self, start: int, end: int) -> list[Token]:
        """The cue tokens with start <= i < end, in text order (a bisect on the sorted cue positions)."""
        at = self._cue_at
        return self.cues[bisect_left(at, start) : bisect_left(at, end)]

    def span_text(self, span: Span) -> str:
        """`span.text` as a slice of the text (Span.text makes a Token per word)."""
        return self.text[span.start_char : span.end_char]

    def para(self, char: int) -> int:
        """The paragraph (line) number of a character offset."""
        return bisect_left(self.breaks, char)

    def quoted_tokens(self, start: int, end: int) -> int:
        """How many tokens in start..end lie inside quotation marks."""
        return self._quote_counts[end] - self._quote_counts[start]

    def direct_tokens(self, start: int, end: int) -> int:
        """How many tokens in start..end lie inside direct quotes (after direct_quotes() has run)."""
        return self._direct_counts[end] - self._direct_counts[start]

    def in_headline(self, char: int) -> bool:
        """Is `char` on a headline-like line: the first line, or a short line with no closing full stop?"""
        para = self.para(char)
        if para == 0:
            return True
        lo = self.breaks[para - 1]
        hi = self.breaks[para] if para < len(self.breaks) else len(self.text)
        line = self.text[lo:hi].strip()
        return len(line) < 120 and not line.endswith((".", "!", "?", ".”", '."', "…"))

    def clip_to_paragraph(self, span: Span | None, anchor: Token) -> Span | None:
        """`span` cut to the line `anchor` is on: spaCy sentences may run across newlines, content may not."""
        if span is None or not self.breaks:
            return span
        para = self.para(anchor.idx)
        lo = self.breaks[para - 1] + 1 if para > 0 else 0
        hi = self.breaks[para] if para < len(self.breaks) else len(self.text)
        if lo <= span.start_char and span.end_char <= hi:
            return span
        clipped = self.doc.char_span(max(lo, span.start_char), min(hi, span.end_char), alignment_mode="contract")
        return trim_content(clipped) if clipped is not None and len(clipped) else None

    # --- direct quotes -------------------------------------------------------------------------

    def direct_quotes(self) -> list[Quote]:
        quotes: list[Quote] = []
        previous: tuple[Quote, int] | None = None  # last quote with a speaker, and its paragraph
        for span, mq in self.marked:
            kind = self._direct_kind(span)
            if kind == "direct":
                self.in_direct[span.start : span.end] = True
            cue, speaker_tok = self._cue_for(span, kind == "direct")
            speaker: SourceRef | None = None
            if speaker_tok is not None:
                speaker = self.resolver.source_ref(np_span(speaker_tok) if not isinstance(speaker_tok, Span) else speaker_tok)
            elif cue is None and kind == "direct":
                speaker, cue = self._neighbour_speaker(span, previous)
            quote = Quote(
                text=self.span_text(span),
                start=span.start_char,
                end=span.end_char,
                kind=kind,
                cue=TextSpan(cue.text, cue.idx, cue.idx + len(cue.text)) if isinstance(cue, Token) else cue,
                speaker=speaker,
            )
            quotes.append(quote)
            if speaker is not None and kind == "direct":
                previous = (quote, self.para(span.end_char))
        self._direct_counts = _running_counts(self.in_direct)
        return _borrow_speakers(quotes)

    def _direct_kind(self, span: Span) -> str:
        """'direct' for a quoted clause standing on its own; 'mixed' for a fragment inside a sentence.

        A quote that opens a clause is direct when it is a clause itself (4+ words with a verb), or when
        it is short but a speech tag follows ('“No,” he said.'); anything else is a fragment.
        """
        if not self._opens_clause(span):
            return "mixed"
        punct, pos = self.punct, self.pos
        words = [i for i in range(span.start, span.end) if not punct[i]]
        has_verb = any(pos[i] in VERB_POS for i in words)
        if len(words) >= MIN_DIRECT_TOKENS and has_verb:
            return "direct"
        doc = self.doc
        j = span.end
        while j < len(doc) and j < span.end + 3 and (doc[j].is_punct or doc[j].is_space):
            j += 1
        tag = doc[j : min(len(doc), j + 3)]
        if words and any(t.lemma_ in self.lexicon.verb_tone and t.lemma_ not in self.lexicon.evidence_verbs for t in tag):
            return "direct"
        return "mixed"

    def _opens_clause(self, span: Span) -> bool:
        """Does the quote start a sentence or a clause (after ':', ',', a dash, a line break or a cue verb)?"""
        before = self.doc[span.start - 2] if span.start >= 2 else None  # the token before the opening mark
        first = self.doc[span.start - 1] if span.start >= 1 else None
        if before is None or first is not None and (first.is_sent_start or first.i == 0):
            return True
        if before.text in CLAUSE_OPENERS or before.is_sent_end or before.is_space:
            return True
        if self.doc[span.start].is_sent_start:
            return True  # the parser often hangs an opening mark on the sentence before: '... value. ''Things are ...
        return before.lemma_ in self.lexicon.verb_tone  # He said "we will win"

    def _cue_for(self, span: Span, direct: bool = False) -> tuple[Token | TextSpan | None, Token | Span | None]:
        """(cue, speaker head) for a quoted span from its own sentence(s): an ancestor cue first, then the nearest cue."""
        paras = (self.para(span.start_char), self.para(span.end_char))
        found = speech_tag(span, paras, self.para, self.lexicon, direct) or colon_speaker(span)  # nlp/speakers.py
        if found is not None:
            return found
        first_sent = self.doc[span.start].sent
        last_sent = self.doc[span.end - 1].sent
        lo, hi = first_sent.start, last_sent.end
        best: tuple[int, Token, Token | Span] | None = None
        for cue in self.cues_in(lo, hi):
            if self._quoted[cue.i] or cue.lemma_ in self.lexicon.evidence_verbs:
                continue
            if self.para(cue.idx) not in paras:
                continue
            found = self._speaker_of(cue)
            if found is None:
                continue
            distance = span.start - cue.i if cue.i < span.start else cue.i - span.end
            if best is None or distance < best[0]:
                best = (distance, cue, found)
        if best is not None:
            return best[1], best[2]
        return None, None

    def _speaker_of(self, cue: Token) -> Token | Span | None:
        if cue.lemma_ == ACCORDING:
            return according_source(cue)
        return cue_subject(cue, self.lexicon.verb_tone)

    def _neighbour_speaker(self, span: Span, previous: tuple[Quote, int] | None) -> tuple[SourceRef | None, object]:
        """A speaker from around the quote: the previous quote in the same or last paragraph, then the sentence before or after."""
        para = self.para(span.start_char)
        if previous is not None and para - previous[1] <= 1:
            return previous[0].speaker, None
        before, after = sent_before(self.doc[span.start].sent), sent_after(self.doc[span.end - 1].sent)
        # a speech tag opening the sentence right after the quote ('“... Really?” Bush said.') goes first
        tag_next = after is not None and after.start - span.end <= 2 and self.cues_in(after.start, after.start + 4)
        for neighbour in (after, before) if tag_next else (before, after):
            if neighbour is None or self.para(neighbour.start_char) != para and self.para(neighbour.end_char) != para:
                continue
            for cue in self.cues_in(neighbour.start, neighbour.end):
                if not self._quoted[cue.i] and cue.lemma_ not in self.lexicon.evidence_verbs:
                    subj = self._speaker_of(cue)
                    if subj is not None:
                        head = subj if isinstance(subj, Span) else np_span(subj)
                        return self.resolver.source_ref(head), TextSpan(cue.text, cue.idx, cue.idx + len(cue.text))
        return None, None

    # --- reported speech -----------------------------------------------------------------------

    def reported_quotes(self) -> list[Quote]:
        quotes = []
        for cue in self.cues:
            if self._quoted[cue.i]:
                continue
            if cue.lemma_ == ACCORDING:
                content = according_content(cue)
                source = according_source(cue)
            else:
                later = self._later_report(cue) if cue.i in self.clause_before else None
                content = later[0] if later is not None else ccomp_content(cue, self.relcl)
                if content is None and cue.lemma_ in self.lexicon.complement_verbs:
                    content = complement_content(cue)
                if content is None:
                    content = medium_clause(cue, self.lexicon) or fronted_content(cue)
                source = cue_subject(cue, self.lexicon.verb_tone)
                if source is None and later is not None:
                    source = later[1]  # 'The coach praised the keeper, then says ...': the coach
                if content is None:
                    content = short_answer(cue, source, self.lexicon)  # '46 percent of voters said [yes]'
            content = self.clip_to_paragraph(content, cue)
            if content is None or len(content) < 2 and not _is_answer(content, self.lexicon):
                continue
            content = after_dateline(content, self.text)
            inside = self.quoted_tokens(content.start, content.end)
            if self.direct_tokens(content.start, content.end) > 0.5 * len(content):
                continue  # a direct quote: already found from its marks
            speaker = None
            if source is not None:
                speaker = self.resolver.source_ref(source if isinstance(source, Span) else np_span(source))
            cue_span = cue_phrase(cue)
            quotes.append(
                Quote(
                    text=self.span_text(content),
                    start=content.start_char,
                    end=content.end_char,
                    kind="mixed" if inside else "indirect",
                    cue=TextSpan(cue_span.text, cue_span.start_char, cue_span.end_char),
                    speaker=speaker,
                )
            )
        return quotes

    def _later_report(self, cue: Token) -> tuple[Span, Token | None] | None:
        """(content, its speaker when the cue has none) for the later of two clauses the parser hung on a speech cue,
        when the earlier is unquoted narration (`report_forms.later_complement`): 'The coach praised the keeper,
        then says [he will start him]' gives the earlier clause's subject, the coach, as the speaker."""
        pair = later_complement(cue)
        if pair is None:
            return None
        before, after = pair
        if self.quoted_tokens(before.left_edge.i, before.right_edge.i + 1):
            return None  # '"It works," he said, ...': the quote before is the report
        content = complement_clause(cue, after, self.relcl)
        if content is None:
            return None
        return content, next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i), None)

    def frame_candidates(self, taken: list[Quote], floor: float | None = None) -> list[tuple[float, FrameCandidate]]:
        """Every frame content of a candidate cue word not already covered by `taken`, with its features and probability.

        A content sharing half of the longer side with a taken quote, or mostly inside a direct
        quote, is no candidate. Candidates scoring under `floor` are dropped before those checks
        (they could not be kept anyway); training passes no floor and sees them all. The sparse
        part is scored per candidate, the dense part once for all of them (`AttributionModel.probabilities`).
        """
        model = self.model
        found: list[FrameCandidate] = []
        logits: list[float] = []
        for cue in self.frame_cues:
            lemma, pos = cue.lemma_.lower(), cue.pos_
            if self._quoted[cue.i] or not model.tries_word(lemma, pos):
                continue
            source: Span | None | object = _UNSET
            cue_part: list[str] = []
            cue_score = 0.0
            children = list(cue.children)  # one walk per cue word, shared by the frame and feature code
            allowed = model.frames_of(lemma, pos)  # only the frames worth trying are built
            frames = candidate_frames(cue, children, allowed)
            if model.tries_phrases(lemma, pos):
                frames = frames + phrase_frames(cue, children, allowed)
            for frame, head in frames:
                content = self.clip_to_paragraph(content_span(frame, head, cue, children, self.relcl), cue)
                if content is None or len(content) < 1:
                    continue
                content = after_dateline(content, self.text)
                if source is _UNSET:  # the holder and the cue's own features: once per cue word
                    source = frame_source(cue, self.lexicon)
                    facts = cue_facts(cue, source, children)  # type: ignore[arg-type]
                    cue_part = cue_features(cue, source, facts)  # type: ignore[arg-type]
                    cue_score = model.bias + model.weight_sum(cue_part)
                quoted = self.quoted_tokens(content.start, content.end) > 0
                own = frame_features(cue, frame, head, content, source, quoted, facts)  # type: ignore[arg-type]
                logits.append(cue_score + model.weight_sum(own))
                key = (cue.i, head.head.i if frame.startswith("prep_") else head.i)
                holder = None if frame == RAISING else source  # the raised subject is content, not holder
                found.append(FrameCandidate(cue, frame, content, holder, quoted, key, cue_part + own, head.i))  # type: ignore[arg-type]
        if not found:
            return []
        probs = model.probabilities(logits, self.tensor, [dense_row(c) for c in found]) if model.dense else logistic(logits)
        spans = [(q.start, q.end) for q in taken]
        out: list[tuple[float, FrameCandidate]] = []
        for p, cand in zip(probs.tolist(), found):
            if floor is not None and p < floor:
                continue
            content = cand.content
            start, end = content.start_char, content.end_char
            if any(a < end and start < b and min(end, b) - max(start, a) >= 0.5 * max(end - start, b - a) for a, b in spans):
                continue
            if self.direct_tokens(content.start, content.end) > 0.5 * len(content):
                continue
            out.append((p, cand))
        return out

    @property
    def tensor(self) -> np.ndarray:
        """The doc's contextual token vectors, or an empty array when the pipeline left none (the dense part then sits out)."""
        tensor = self.doc.tensor
        return tensor if tensor.ndim == 2 and tensor.shape[0] == len(self.doc) else np.zeros((0, 0), dtype=np.float32)

    def frame_quotes(self, taken: list[Quote], scored: list[tuple[float, FrameCandidate]] | None = None) -> list[Quote]:
        """Attributions of a stance beyond speech ('voted for X', 'a poll shows X', 'expected to X'), kept by the model.

        One content per dependent ('prep' or 'prep_about', not both): the best-scored, except that a
        preposition's object kept beats the whole phrase (`_beats`); then, best
        first, a content must not share half of the longer side with one kept before. `scored`
        holds the candidates with their probabilities when the caller has them (training tries several thresholds).
        """
        model = self.model
        if scored is None:
            scored = self.frame_candidates(taken, floor=model.threshold)
        best: dict[tuple[int, int], tuple[float, FrameCandidate]] = {}
        unsourced = self.frames.unsourced
        for p, cand in scored:
            if p < model.threshold or cand.key in best and not _beats(p, cand, *best[cand.key]):
                continue
            if cand.source is None and p < model.holderless_threshold and not _unnamed(cand, unsourced):
                continue
            best[cand.key] = (p, cand)
        quotes: list[Quote] = []
        spans: list[tuple[int, int]] = []
        for _, cand in sorted(best.values(), key=lambda x: (-x[0], x[1].content.start)):
            content, cue = cand.content, cand.cue
            start, end = content.start_char, content.end_char
            if any(a < end and start < b and min(end, b) - max(start, a) >= 0.5 * max(end - start, b - a) for a, b in spans):
                continue
            source = None if _unnamed(cand, unsourced) else cand.source
            quotes.append(
                Quote(
                    text=self.span_text(content),
                    start=start,
                    end=end,
                    kind="mixed" if cand.quoted else "indirect" if _has_verb(content) else "stance",
                    cue=TextSpan(cue.text, cue.idx, cue.idx + len(cue.text)),
                    speaker=self.resolver.source_ref(source) if source is not None else None,
                )
            )
            spans.append((start, end))
        return quotes

    def nominal_quotes(self, taken: list[Quote]) -> list[Quote]:
        """'Rutte's comments come ...': a speech noun with a possessor, as subject, refers to earlier speech.

        The content is the noun itself (what was said is elsewhere), the cue the noun, the speaker its possessor.
        """
        quotes = []
        for noun in self.nominal_cues:
            if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or self._quoted[noun.i]:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or owner.pos_ == "PRON" and owner.lower_ not in ("his", "her", "their"):
                continue
            start, end = noun.idx, noun.idx + len(noun.text)
            if any(q.start <= start and end <= q.end for q in taken):
                continue
            cue = TextSpan(noun.text, start, end)
            quotes.append(Quote(noun.text, start, end, "indirect", cue, self.resolver.source_ref(np_span(owner))))
        return quotes

    def survey_quotes(self, taken: list[Quote]) -> list[Quote]:
        """'In the latest CNN/ORC poll, [he fell to 10 percent]': a fronted poll or survey is the source of its clause.

        A finding sharing half of the longer side with a quote found before is left to that quote.
        """
        quotes = []
        for noun in self.survey_nouns:
            if self._quoted[noun.i]:
                continue
            found = survey_finding(noun, self.lexicon)
            if found is None:
                continue
            cue, content = found
            content = self.clip_to_paragraph(content, cue)
            if content is None or len(content) < 2:
                continue
            start, end = content.start_char, content.end_char
            if any(q.start < end and start < q.end and min(end, q.end) - max(start, q.start) >= 0.5 * max(end - start, q.end - q.start) for q in taken):
                continue
            inside = self.quoted_tokens(content.start, content.end)
            quotes.append(
                Quote(
                    text=self.span_text(content),
                    start=start,
                    end=end,
                    kind="mixed" if inside else "indirect",
                    cue=TextSpan(cue.text, cue.idx, cue.idx + len(cue.text)),
                    speaker=self.resolver.source_ref(np_span(noun)),
                )
            )
        return quotes

    def headline_quote(self) -> Quote | None:
        """'Content: Speaker' or 'Speaker: content' in the first line when it reads as a headline (nlp/headlines.py)."""
        return headline_quote(self.doc, self.text, self.lexicon, self.resolver)

    def headline_frame(self, found: list[Quote]) -> Quote | None:
        """'Senator Endorses Governor's Plan': a title-case first line with a cue verb (nlp/headlines.py), when
        nothing found before starts in that line; its content is a `stance` unless a verb heads it."""
        end = self.breaks[0] if self.breaks else len(self.text)
        if any(q.start < end for q in found):
            return None
        quote = headline_frame(self.doc, self.text, self.lexicon, self.resolver)
        if quote is None:
            return None
        content = self.doc.char_span(quote.start, quote.end)
        if content is not None and not _has_verb(content):
            return Quote(quote.text, quote.start, quote.end, "stance", quote.cue, quote.speaker)
        return quote


def _is_answer(content: Span, lexicon: CueLexicon) -> bool:
    """A one-word content is kept only when it is a share's answer ('yes', 'no', 'so')."""
    return content.text.lower() in lexicon.short_answers


def _has_verb(content: Span) -> bool:
    """Whether reported content says something ('that the deal was fair', 'to cut ties', 'of plotting to ...'), unlike a
    stance on a thing or person ('condemned [the plan]', 'endorsed [Sen. Ted Cruz]', 'did not mention [the strike that
    closed the ports]'): its head is a verb, or a preposition or conjunction governing one. A verb inside a noun
    phrase's relative clause or infinitive does not make the phrase a statement."""
    root = content.root
    if root.pos_ in ("VERB", "AUX"):
        return True
    if root.pos_ in ("ADP", "SCONJ", "PART"):
        return any(t.pos_ in ("VERB", "AUX") and t.head.i == root.i for t in content)
    return content_clause(root) is not None


def content_clause(noun: Token) -> Token | None:
    """The 'that' clause a noun takes as its content ('claims [that 3,000 soldiers are fighting]'), not a relative clause."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return child
    return None


def dense_row(cand: FrameCandidate) -> tuple[int, int, int, int, int]:
    """The token indices the dense features of a candidate read: cue, head, holder (-1: none), content start and end."""
    holder = cand.source.root.i if cand.source is not None else -1
    return (cand.cue.i, cand.head, holder, cand.content.start, cand.content.end)


def _beats(p: float, cand: FrameCandidate, best_p: float, best: FrameCandidate) -> bool:
    """Does a kept candidate replace the one kept for the same dependent? The higher score wins, but the
    preposition's object ('accused them of [lying]') beats the whole phrase ('[of lying]'): the
    preposition belongs to the cue."""
    if best.frame == "prep" and cand.frame.startswith("prep_"):
        return True
    if cand.frame == "prep" and best.frame.startswith("prep_"):
        return False
    return p > best_p


def _unnamed(cand: FrameCandidate, unsourced: frozenset[tuple[str, str, str]]) -> bool:
    """Does PolNeAR leave this frame's stance holder unnamed ('the race seemed [to be hers]')?"""
    return cand.frame == RAISING or (cand.cue.lemma_.lower(), cand.cue.pos_, cand.frame) in unsourced


def _running_counts(mask: np.ndarray) -> list[int]:
    """counts[k] = how many of mask[:k] are set."""
    return [0, *np.cumsum(mask, dtype=np.int64).tolist()]


def _borrow_speakers(quotes: list[Quote]) -> list[Quote]:
    """Give an unattributed quote the speaker of another quote with the same words (headline quotes)."""
    attributed = [q for q in quotes if q.speaker is not None]
    out = []
    for q in quotes:
        if q.speaker is None:
            key = q.text.lower().strip(" ,.")
            for other in attributed:
                if other is not q and key and key in other.text.lower():
                    q = Quote(q.text, q.start, q.end, q.kind, other.cue, other.speaker)
                    break
        out.append(q)
    return out


def taken_quotes(state: _ArticleQuotes) -> list[Quote]:
    """Marked quotes worth keeping plus reported speech: what the frame candidates must not repeat."""
    marked = state.direct_quotes()
    reported = state.reported_quotes()
    # A quoted fragment is kept when it sits in reported content ('calling Trump "absolutely right"')
    # or in a headline; elsewhere it is a title or a scare quote ("Meet the Press") more often than speech.
    quotes = []
    state.loose_fragments = []
    for q in marked:
        if q.kind == "direct" or q.speaker is not None and (_inside_any(q, reported) or state.in_headline(q.start)):
            quotes.append(q)
        elif q.speaker is not None:
            state.loose_fragments.append(q)  # kept if a frame's content holds it ('praised the bill as "a historic step"')
    quotes.extend(reported)
    return quotes


def _inside_any(q: Quote, others: list[Quote]) -> bool:
    return any(o.start <= q.start and q.end <= o.end for o in others)


def _crosses(q: Quote, other: Quote) -> bool:
    """Does `q` overlap `other` without lying inside it?"""
    return q.start < other.end and other.start < q.end and not (other.start <= q.start and q.end <= other.end)


def _with_speaker(q: Quote, source: Quote) -> Quote:
    """`q` with the cue and speaker of the attribution it lies in (a headline's quoted words)."""
    return Quote(q.text, q.start, q.end, q.kind, source.cue, source.speaker)


def find_quotes(state: _ArticleQuotes, taken: list[Quote] | None = None, scored: list | None = None) -> list[Quote]:
    """Every quote in the state's doc: marked (direct or mixed), reported (indirect), framed attributions and a headline one, in text order.

    `taken` (`taken_quotes(state)`) and `scored` (the frame candidates with their probabilities) are
    passed when the caller has them already: training tries several thresholds on one state.
    """
    quotes = list(taken) if taken is not None else taken_quotes(state)
    framed = state.frame_quotes(quotes, scored)
    quotes.extend(framed)
    quotes.extend(q for q in state.loose_fragments if _inside_any(q, framed))
    quotes.extend(state.nominal_quotes(quotes))
    quotes.extend(state.survey_quotes(quotes))
    headline = state.headline_quote()
    if headline is None:
        headline = state.headline_frame(quotes)
    if headline is not None and not any(_crosses(q, headline) for q in quotes):
        # quoted words inside the headline's content are its own ('Trump: ‘I’m the Worst Thing ...’'): they take its speaker
        quotes = [_with_speaker(q, headline) if q.speaker is None and q.kind in MARKED_KINDS and _inside_any(q, [headline]) else q for q in quotes]
        quotes.append(headline)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
