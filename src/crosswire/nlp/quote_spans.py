"""Where an attribution's parts lie in the parse: a frame cue's holder, 'according to X', a cue verb's
clausal or naming complement, the cue phrase as written. Used by the quotes component (nlp/quotes.py)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosswire.nlp.attribution_frames import SUBJECT_DEPS, end_before_next_act, through_open_quote, trim_content, without_trailing_relative
from crosswire.nlp.cue_lexicon import CueLexicon
from crosswire.nlp.extensions import doc_text
from crosswire.nlp.speakers import cue_subject, np_span

ACCORDING = "accord"  # spaCy's lemma of "according" in "according to X"


def frame_source(cue: Token, lexicon: CueLexicon) -> Span | None:
    """Who holds the stance a frame cue attributes: the verb's subject, a noun's possessor or its verb's subject."""
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "poss":
                return np_span(child)
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "among"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return np_span(obj)
        if cue.dep_ in ("dobj", "attr") and cue.head.pos_ in ("VERB", "AUX"):
            subj = cue_subject(cue.head)
            return np_span(subj) if subj is not None else None
        return None
    if any(c.dep_ == "nsubjpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children):
        return None  # 'X is expected to win': no holder named
    tok = cue.head if cue.pos_ == "ADJ" and cue.dep_ in ("acomp", "amod") else cue
    subj = cue_subject(tok, lexicon.verb_tone)
    if subj is None:
        return None
    return subj if isinstance(subj, Span) else np_span(subj)


DATELINE_RE = re.compile(r"^[A-Z][A-Z .'-]*[A-Z]\s+[-—–]{1,2}\s+|^[^\n]{0,80}?\)\s*[-—–]{1,2}\s+")  # 'CITY - ', '... (Agency) - '


def after_dateline(span: Span, text: str | None = None) -> Span:
    """`span` without the dateline it opens with ('SANTIAGO, March 5 (Crosswire) - Workers ...': from 'Workers'): at the
    start of a paragraph, a capitalised place name, or a closing bracket within the first 80 characters, then a dash."""
    text = doc_text(span.doc) if text is None else text  # the Doc's text, when the caller has it
    s = span.start_char
    before = text[max(0, s - 4) : s]
    line = before.rfind("\n")
    if (line < 0 and s > 4) or before[line + 1 :].strip():
        return span  # a dateline opens a paragraph: only a line break (and spaces) may stand before it
    m = DATELINE_RE.match(text[span.start_char : min(span.end_char, span.start_char + 100)])
    if m is None or span.start_char + m.end() >= span.end_char:
        return span
    rest = span.doc.char_span(span.start_char + m.end(), span.end_char, alignment_mode="contract")
    return rest if rest is not None and len(rest) else span


def names_someone(span: Span, lexicon: CueLexicon) -> bool:
    if any(e.label_ in ("PERSON", "ORG", "NORP", "GPE") for e in span.ents):
        return True
    return any(t.lower_ in lexicon.role_nouns for t in span)


def sent_before(sent: Span) -> Span | None:
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def sent_after(sent: Span) -> Span | None:
    return sent.doc[sent.end].sent if sent.end < len(sent.doc) else None


def according_source(cue: Token) -> Span | None:
    """X in 'according to X' (its noun phrase, appositions left out)."""
    for to in cue.children:
        if to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return np_span(obj)
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if nxt is not None:
        for obj in nxt.children:
            if obj.dep_ == "pobj":
                return np_span(obj)
    return None


def according_content(cue: Token) -> Span | None:
    """The clause 'according to X' is attached to, minus the phrase itself: the longer side when it sits in the middle."""
    doc = cue.doc
    sent = cue.sent
    phrase_start = cue.i
    phrase_end = cue.right_edge.i + 1
    if phrase_end <= cue.i + 1:
        phrase_end = min(sent.end, cue.i + 2)
    before = doc[sent.start:phrase_start]
    after = doc[phrase_end : sent.end]
    side = before if len(before) >= len(after) else after
    content = trim_content(side)
    if content is not None and len(content) > 1 and content[0].dep_ == "cc":
        content = content[1:]  # '..., according to X, and cost ...': the conjunction joins the clause, it says nothing
    return through_open_quote(content)


def ccomp_content(cue: Token, relcl: list[int] | None = None) -> Span | None:
    """The clausal complement of a cue verb ('said (that) X'), or None when it has none.

    Without a leading 'that' (PolNeAR keeps it, but a reader does not need it); the clause runs on
    over pieces the parser hung on the cue instead (`_end_after_cue_attachments`) and stops before the speaker's next act
    and a closing comma-led relative clause (`relcl`: see attribution_frames.without_trailing_relative).
    """
    child = _reported_clause(cue)
    if child is None:
        return None
    end = end_before_next_act(cue, child)
    if end == child.right_edge.i + 1:
        end = _end_after_cue_attachments(cue, end)
    content = trim_content(Span(cue.doc, child.left_edge.i, end), drop_that=True)
    if content is None:
        return None
    return through_open_quote(_without_trailing_conjunction(without_trailing_relative(content, relcl)))


def _reported_clause(cue: Token) -> Token | None:
    """The head of the cue's clausal complement: the first, but the one after the cue when the parser gave it one on each side.

    'Beck, who ran against him, opposed the plan, said [the plan was costly]' comes out of the parser
    with `opposed` as a second complement of `said`: what stands before the cue is then mostly a
    clause of the speaker's description, and the report follows the cue (train: 77 more matched
    contents, 15 lost). A subject after the cue ('..., said a former aide, who ...') marks an inverted
    speech tag, whose report is the clause before it.
    """
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i != cue.i]
    if not clauses:
        return None
    if len(clauses) > 1 and clauses[0].i < cue.i < clauses[-1].i and not any(c.dep_ in SUBJECT_DEPS and c.i > cue.i for c in cue.children):
        return clauses[-1]
    first = clauses[0]
    if first.i < cue.i and any(t.text == ";" for t in cue.doc[first.right_edge.i:cue.i]):
        return None  # 'Allies repel the barrage; Biden urges restraint': a semicolon ends what came before
    return first


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def fronted_content(cue: Token) -> Span | None:
    """A reported clause before a trailing speech tag that the parser hung on the cue as an adverbial clause
    ('Between 15 and 20 percent of households have cut back, the agency said'): finite, with no subordinator,
    and followed by a comma."""
    doc = cue.doc
    for child in cue.lefts:
        if child.dep_ != "advcl" or child.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(child.children)
        if any(k.dep_ == "mark" or k.tag_ == "WRB" and k.i < child.i for k in kids):
            return None  # 'If prices rise, he said ...', 'when Congress cut funding, Mexico said ...'
        if child.tag_ not in FINITE_TAGS and not any(k.dep_ in ("aux", "auxpass") and k.tag_ in FINITE_TAGS for k in kids):
            return None  # 'Speaking to reporters, he said ...': a participle, not what was said
        end = child.right_edge.i + 1
        if end < cue.i and doc[end].text == ",":
            return trim_content(Span(doc, child.left_edge.i, end))
    return None


def _end_after_cue_attachments(cue: Token, end: int) -> int:
    """Extend a reported clause over what the parser hung on the cue verb but belongs to what was said.

    'said [A, but that B]': a second `that`-clause, conjoined to the cue, is more of the same report;
    'said [prices would fall if rates rose]': an adverbial clause right after the complement, with no
    comma and opened by a subordinator, conditions the report, not the saying;
    'said [she hoped to win, and then would rest]': a modal verb phrase with no subject, conjoined to
    the cue, goes on with what was said (the speaker did not 'would'; train: 2 more matched, none lost).
    """
    doc = cue.doc
    for child in cue.rights:
        if child.i < end:
            continue
        first = child.left_edge.i
        if child.dep_ in ("conj", "ccomp") and first <= end + 3 and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            end = child.right_edge.i + 1
        elif child.dep_ == "advcl" and first == end and doc[first].dep_ == "mark":
            end = child.right_edge.i + 1
        elif child.dep_ == "conj" and first <= end + 2 and _modal_without_subject(child):
            end = child.right_edge.i + 1
    return end


def _modal_without_subject(verb: Token) -> bool:
    """A verb phrase with a modal auxiliary ('would rest') and no subject of its own."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    return any(k.dep_ == "aux" and k.tag_ == "MD" and k.i < verb.i for k in kids) and not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids)


def _without_trailing_conjunction(span: Span | None) -> Span | None:
    """Drop a dangling 'and' or 'but' (and punctuation) the clause ends with: 'he had seen the emails, and'."""
    if span is None:
        return None
    doc = span.doc
    end = span.end
    while end > span.start + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct and not doc[end - 1].is_quote):
        end -= 1
    return Span(doc, span.start, end) if end < span.end else span


def complement_content(cue: Token) -> Span | None:
    """What follows a naming verb: 'calling [Trump "absolutely right"]', 'called for [higher taxes]'."""
    rights = [c for c in cue.rights if not c.is_punct and c.dep_ not in ("advcl", "conj", "cc", "npadvmod")]
    if not rights:
        return None
    first = rights[0]
    start = first.left_edge.i
    if first.dep_ == "prep" and first.i == start:
        start += 1  # 'called for X': the preposition belongs to the cue
    end = rights[-1].right_edge.i + 1
    return through_open_quote(trim_content(Span(cue.doc, start, end))) if end > start else None


def cue_phrase(cue: Token) -> Span:
    """The cue as written: 'according to' for according, else the verb itself."""
    if cue.lemma_ == ACCORDING:
        return Span(cue.doc, cue.i, cue.i + 2)
    return Span(cue.doc, cue.i, cue.i + 1)
