"""The claims component: checkable assertions with source, certainty, time and quantities (docs/claims.md).

A claim is (a) the content of a reported quote, cut to the clause that carries a number when it has
one, or (b) a clause the outlet asserts that carries a number. Runs after `quotes` and reads
doc._.cw_quotes and doc._.cw_times; finds numbers with one vectorised LIKE_NUM lookup.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from crosswire.nlp.cue_lexicon import TONE_CERTAINTY, CueLexicon, load_cue_lexicon
from crosswire.nlp.extensions import doc_text
from crosswire.nlp.quantities import find_quantities, number_tokens
from crosswire.nlp.quote_spans import FINITE_TAGS, after_dateline
from crosswire.nlp.speakers import RELATIVE_PRONOUNS
from crosswire.records import Claim, Quantity, Quote, TimeRef

_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark", "ccomp", "xcomp"})  # a clause's own words
CLAUSE_DEPS = ("ROOT", "ccomp", "advcl", "pcomp", "relcl", "conj", "acl", "csubj", "parataxis")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
TRAILING_DEPS = ("advcl", "npadvmod", "prep", "conj", "cc", "appos", "acl", "advmod", "dep")  # cut after a comma


class ClaimFinder:
    """spaCy component `crosswire.claims.v1`: sets doc._.cw_claims (list[Claim], in text order)."""

    def __init__(self, nlp, name: str = "claims", lexicon: CueLexicon | None = None):
        self.name = name
        self.lexicon = lexicon or load_cue_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.cw_claims = find_claims(doc, self.lexicon)
        return doc


def clause_of(tok: Token, lo: int = 0, hi: int | None = None) -> Token:
    """The head of the smallest clause containing `tok` (within token bounds lo..hi)."""
    hi = len(tok.doc) if hi is None else hi
    cur = prev = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS and not _infinitive(cur) and not _measure(cur, prev, tok):
            return cur
        prev = cur
        if cur.head is cur or not (lo <= cur.head.i < hi):
            return cur
        cur = cur.head
    return cur


def _measure(verb: Token, child: Token, number: Token) -> bool:
    """Is `verb` a participle whose child is the number or the noun it counts, measuring the participle's noun ('a girl
    [aged 7]', 'a convoy [numbering 300 trucks]')? It is no clause of its own: the claim is the clause around the noun."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and child.head.i == verb.i
            and (child.i == number.i or number.head.i == child.i)
            and verb.lemma_ != "be" and not any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children))


def _infinitive(verb: Token) -> bool:
    """Is `verb` a bare 'to' infinitive ('plans [to evacuate 1,500 troops]')? It is no clause of its own: the claim is the
    clause that governs it, with its subject. A second infinitive coordinated with the first ('plan to buy 1,500 drones
    ... and to spend 450 million euros') still is: its own fact, which fusion compares apart."""
    return verb.tag_ == "VB" and verb.dep_ != "conj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»"})
DOUBLE_MARK_RE = re.compile(r"[\"“”„«»]|''|``")  # the same marks in text: counted on a slice, not per token


def _balanced(doc: Doc, start: int, end: int, text: str) -> tuple[int, int]:
    """start..end widened by one quotation mark when it holds an odd number of them: a claim never ends (or starts)
    inside an open quotation ('against "any aggression"')."""
    last = doc[end - 1]
    if len(DOUBLE_MARK_RE.findall(text, doc[start].idx, last.idx + len(last.text))) % 2 == 0:
        return start, end
    if end < len(doc) and doc[end].text in DOUBLE_MARKS:
        return start, end + 1
    if end + 1 < len(doc) and doc[end].is_punct and doc[end + 1].text in DOUBLE_MARKS:
        return start, end + 2  # 'brings progress."': the full stop inside the quotation comes along
    if start > 0 and doc[start - 1].text in DOUBLE_MARKS:
        return start - 1, end
    return start, end


def _earlier_value(tok: Token) -> bool:
    """Is the number the value a change started from ('won 148 seats, up from 98')? That is no fact of its own to
    keep the trailing modifier for: another outlet's '148 seats' must not meet a '98'."""
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head  # '98 seats', '$4 billion'
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lower_ in ("up", "down")


def _inserted_report(child: Token, keep: int | None) -> bool:
    """Is `child` a report clause set off by commas inside the clause, followed only by a coordinated statement
    ('plan to buy 1,500 drones, a Lithuanian official said, and to spend ...'), with no number of the claim after
    it? The claim ends before it: the coordinated statement is another claim. What modifies the clause after the
    report ('was a juggernaut, he said, until it went bankrupt') stays in."""
    if not (
        child.dep_ == "parataxis"
        and child.i > child.head.i
        and (child.left_edge.text == "," or child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ",")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        and (keep is None or keep < child.left_edge.i)
    ):
        return False
    after = [c for c in child.head.rights if c.i > child.i]
    return any(c.dep_ == "conj" for c in after) and all(c.dep_ in ("cc", "conj", "punct") for c in after)


def clause_core(head: Token, lo: int, hi: int, keep: int | None = None, text: str | None = None) -> Span:
    """The clause headed by `head` within lo..hi, without trailing comma-separated modifiers and edge punctuation.

    A modifier holding token `keep` (the number the claim is made for: 'rose to 52 pesos, up nearly 20 percent')
    stays. A relative clause whose subject is the relative pronoun keeps its antecedent ('a mine that produces
    about 5 percent ...', not 'that produces ...'); one with a subject of its own loses its 'where'/'when'.
    """
    doc = head.doc
    start = max(lo, head.left_edge.i)
    end = min(hi, head.right_edge.i + 1)
    if head.dep_ == "relcl" and head.head.i < head.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in head.children):
        start = max(lo, head.head.left_edge.i)
    for child in head.rights:
        if _inserted_report(child, keep):
            end = min(end, child.left_edge.i)  # 'plan to buy 1,500 drones[, an official said, and to spend ...]'
            break
        if child.dep_ == "punct" and child.text in (",", "—", "–", ";") and child.i > head.i:
            if keep is not None and keep > child.i and not _earlier_value(doc[keep]):
                continue
            following = [c for c in head.rights if c.i > child.i]
            if following and all(c.dep_ in TRAILING_DEPS or c.dep_ == "punct" for c in following):
                end = min(end, child.i)
                break
    if head.dep_ == "relcl" and start < end and doc[start].tag_ == "WRB" and doc[start].head.i == head.i:
        start += 1  # 'where the mine employs one in ten workers'
    while start < end and (doc[start].is_punct or doc[start].is_space or (doc[start].lower_ == "that" and doc[start].dep_ == "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start < end:
        text = doc_text(doc) if text is None else text  # the Doc's text, when the caller has it
        start, end = _balanced(doc, start, end, text)
        start = after_dateline(doc[start:end], text).start
    return doc[start:end]


def hedge_mask(doc: Doc, lexicon: CueLexicon) -> np.ndarray:
    """One boolean per token: is it a hedge word (by lower-case form or lemma)? Vectorised."""
    if len(doc) == 0:
        return np.zeros(0, dtype=bool)
    hashes = _hedge_hashes(doc.vocab.strings, lexicon)
    arr = doc.to_array([LOWER, LEMMA])
    return np.isin(arr, hashes).any(axis=1)


def _hedge_hashes(strings, lexicon: CueLexicon) -> np.ndarray:
    """Hashes of the hedge words, computed once per vocabulary and lexicon."""
    key = (id(strings), id(lexicon))
    if key not in _HEDGE_HASHES:
        _HEDGE_HASHES.clear()  # one pipeline per process in practice: keep a single entry
        _HEDGE_HASHES[key] = np.array(sorted(strings.add(w) for w in lexicon.hedges), dtype="uint64")
    return _HEDGE_HASHES[key]


_HEDGE_HASHES: dict[tuple[int, int], np.ndarray] = {}  # a cache of constant hashes, not article data


def _times(doc: Doc) -> list[TimeRef]:
    """TimeRefs from the times component, else spaCy DATE entities with no value (times component absent)."""
    if doc._.cw_times is not None:
        return list(doc._.cw_times)
    return [TimeRef(e.text, e.start_char, e.end_char, "DATE", None) for e in doc.ents if e.label_ == "DATE"]


class TimeVerbs:
    """For each time expression of a Doc, the verb of the clause it modifies: the first verb above its words ('said
    [on Monday]'). Found once per Doc; times are then looked up by verb, not scanned per claim."""

    def __init__(self, doc: Doc, times: list[TimeRef]):
        self.dep: dict[tuple[int, int], str] = {}  # (start, end) of a time -> its verb's dependency ('' without one)
        self.by_verb: dict[int, list[TimeRef]] = {}  # verb index -> the times it governs, in text order
        for time in times:
            verb = _governing_verb(doc, time)
            self.dep[(time.start, time.end)] = verb.dep_ if verb is not None else ""
            if verb is not None:
                self.by_verb.setdefault(verb.i, []).append(time)

    def of(self, verb: int) -> list[TimeRef]:
        return self.by_verb.get(verb, [])


def _governing_verb(doc: Doc, time: TimeRef) -> Token | None:
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(8):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok
    return None


def _pick_time(times: list[TimeRef], verbs: TimeVerbs, claim: Span, quote: Quote | None) -> TimeRef | None:
    """The time of a claim: for a reported one, a time that modifies the report clause ('said on Monday', 'Last
    Tuesday, ... claimed'), else one inside the claim; for an outlet's claim, the first inside it, else one modifying
    its verb. A time that modifies neither (another clause of the sentence, a relative clause) is not the claim's."""
    if not times or not len(claim):
        return None
    doc = claim.doc
    if quote is not None and quote.cue is not None:
        cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is not None and len(cue):
            by_cue = [t for t in _report_times(cue[0], times, verbs) if not (quote.start <= t.start < quote.end)]
            if by_cue:
                return min(by_cue, key=lambda t: abs(t.start - quote.cue.start))
    c_lo, c_hi = claim.start_char, claim.end_char
    inside = [t for t in times if c_lo <= t.start and t.end <= c_hi and verbs.dep[(t.start, t.end)] != "relcl"]
    if inside:
        return inside[0]  # a time in a relative clause dates what the clause says of its noun ('which withdrew in March')
    head = claim.root
    own = verbs.of(head.i) if head.pos_ in ("VERB", "AUX") else []
    return own[0] if own else None


def _report_times(cue: Token, times: list[TimeRef], verbs: TimeVerbs) -> list[TimeRef]:
    """The times that modify a report: the cue verb's ('said on Monday'), those of the verb a participle cue hangs
    from ('rejected it in an address on Sunday, saying ...'), those standing before a verb the cue is coordinated
    with ('on Sunday gave ... and said'), or those inside 'according to X'."""
    if cue.lemma_ == "accord":
        lo, right = cue.left_edge.idx, cue.right_edge
        hi = right.idx + len(right.text)
        return [t for t in times if lo <= t.start and t.end <= hi]
    found = list(verbs.of(cue.i))
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        found += verbs.of(cue.head.i)
    elif cue.dep_ == "conj":
        head_char = cue.head.idx
        found += [t for t in verbs.of(cue.head.i) if t.end <= head_char]
    return found


def _certainty(claim: Span, quote: Quote | None, lexicon: CueLexicon, hedged: np.ndarray) -> str:
    """A negated cue leaves the claim open (hedged); else denied > hedged > reported > asserted, from the
    cue's tone and hedge words (docs/claims.md)."""
    tone = None
    if quote is not None and quote.cue is not None:
        cue = claim.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        if cue is not None and len(cue):
            tok = cue[0]
            tone = lexicon.verb_tone.get(tok.lemma_) or lexicon.nominal_tone.get(tok.lemma_)
            if any(c.dep_ == "neg" for c in tok.children):
                return "hedged"  # 'did not confirm that ...', 'did not deny ...': left open, not denied
    if tone == "denial":
        return "denied"
    if tone == "distancing" or hedged[claim.start : claim.end].any():
        return "hedged"
    if quote is not None:
        return TONE_CERTAINTY.get(tone or "neutral", "reported")
    return "asserted"


def _claim(
    doc: Doc, text: str, span: Span, quote: Quote | None, quantities: list[Quantity], times: list[TimeRef], verbs: TimeVerbs, lexicon: CueLexicon, hedged: np.ndarray
) -> Claim:
    inside = tuple(q for q in quantities if span.start_char <= q.start and q.end <= span.end_char)
    return Claim(
        text=text[span.start_char : span.end_char],  # Span.text makes a Token per word
        start=span.start_char,
        end=span.end_char,
        source=quote.speaker if quote is not None else None,
        cue=quote.cue if quote is not None else None,
        certainty=_certainty(span, quote, lexicon, hedged),
        time=_pick_time(times, verbs, span, quote),
        quantities=inside,
    )


def _framed_phrase(doc: Doc, quote: Quote, content: Span) -> bool:
    """Is this reported content that is not a clause with a subject ('voted for [the bill]', 'accused X [of lying]')?"""
    if quote.kind == "direct" or quote.cue is None:
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    if cue[0].lemma_ == "accord" or cue[0].is_punct:
        return False  # 'according to X, ...' and a headline 'Content: Speaker' attach to a whole statement
    root = content.root
    if root.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not any(t.dep_ == "mark" and t.lower_ == "that" and t.head.head.i == root.i for t in content):
        return True  # 'did not mention [the strike that had closed the ports]': a relative clause in a noun phrase is no claim
    if (
        root.pos_ in ("VERB", "AUX")
        and (root.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children))
        and any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in doc[content.start : root.i])
    ):
        return False  # a finite clause whose subject the parser lost ('Between 15 and 20 percent ... have cut back'), not 'was somewhat phony'
    return not any(t.dep_ in SUBJECT_DEPS and content.start <= t.head.i < content.end for t in content)


QUESTION_MARKS = ("whether", "if")  # 'asked whether X', 'did not say if X': an indirect question asserts nothing


def _question(content: Span) -> bool:
    """Is reported content an indirect question ('[whether the plant would close]', '[how long stocks would last]')?
    Nobody asserts it. A 'how'/'when'/'where'/'why' counts when it belongs to the content's own clause, not to a
    clause inside it ('[when talks ended, prices fell]' is a statement)."""
    first = content[0]
    if first.lower_ in QUESTION_MARKS and first.dep_ == "mark":
        return first.head.i == content.root.i  # not 'if people object, they should change the law': a condition
    if first.tag_ != "WRB":
        return False
    tok = first
    for _ in range(4):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.i == content.root.i
    return False


def find_claims(doc: Doc, lexicon: CueLexicon) -> list[Claim]:
    """Claims from reported content and from number-bearing clauses, in text order, without duplicates."""
    quotes: list[Quote] = list(doc._.cw_quotes or ())
    numbers = number_tokens(doc, lexicon)
    quantities = find_quantities(doc, numbers, lexicon)
    times = _times(doc)
    verbs = TimeVerbs(doc, times)
    text = doc_text(doc)
    hedged = hedge_mask(doc, lexicon)
    claims: dict[tuple[int, int], Claim] = {}
    covered: set[int] = set()

    def add(span: Span, quote: Quote | None) -> None:
        if len(span) < 2 or (span.start_char, span.end_char) in claims:
            return
        if not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in span):
            return  # a quoted fragment ('absolutely right') is evidence of a quote, not a checkable claim
        claims[(span.start_char, span.end_char)] = _claim(doc, text, span, quote, quantities, times, verbs, lexicon, hedged)

    for quote in quotes:
        if quote.kind == "mixed" and any(o is not quote and o.start <= quote.start and quote.end <= o.end for o in quotes):
            continue  # a quoted fragment inside reported content: that content makes the claim
        content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if content is None or not len(content):
            continue
        in_content = [t for t in numbers if content.start <= t.i < content.end]
        if quote.kind != "direct" and _question(content):
            covered.update(t.i for t in in_content)  # 'did not say how many of the 300 troops ...': nobody asserts it
            continue
        if quote.kind == "stance" or _framed_phrase(doc, quote, content):
            continue  # 'voted for [the bill]', 'expected [to win]': a stance, not a checkable statement
        if quote.kind == "direct" and not in_content:
            continue  # a direct quote with no number is opinion or rhetoric more often than a checkable claim
        if in_content:
            for head, last in _clauses_of(in_content, content.start, content.end):
                add(clause_core(head, content.start, content.end, last, text), quote)
            covered.update(t.i for t in in_content)
        else:
            add(clause_core(content.root, content.start, content.end, None, text), quote)
    for sent, toks in _by_sentence([t for t in numbers if t.i not in covered]):
        for head, last in _clauses_of(toks, sent.start, sent.end):
            add(clause_core(head, sent.start, sent.end, last, text), None)
    return sorted(claims.values(), key=lambda c: (c.start, c.end))


def _clauses_of(numbers: list[Token], lo: int, hi: int) -> list[tuple[Token, int]]:
    """(clause head, index of its last number) for the clauses around `numbers` within lo..hi: one claim per clause,
    which keeps the modifiers that hold any of its numbers."""
    found: dict[int, tuple[Token, int]] = {}
    for tok in numbers:
        head = clause_of(tok, lo, hi)
        found[head.i] = (head, max(tok.i, found[head.i][1]) if head.i in found else tok.i)
    return list(found.values())


def _by_sentence(numbers: list[Token]) -> list[tuple[Span, list[Token]]]:
    """Numbers grouped by their sentence, in text order."""
    groups: list[tuple[Span, list[Token]]] = []
    for tok in numbers:
        sent = tok.sent
        if groups and groups[-1][0].start == sent.start:
            groups[-1][1].append(tok)
        else:
            groups.append((sent, [tok]))
    return groups
