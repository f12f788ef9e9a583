"""Who is speaking: the subject of a cue, its noun-phrase span, and the actor a pronoun or nominal refers to."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.symbols import GPE, NORP, ORG, PERSON
from spacy.tokens import Doc, Span, Token

from crosswire.knowledge import load_knowledge, read_data_json
from crosswire.nlp.actors import actor_for_span
from crosswire.nlp.cue_lexicon import CueLexicon, load_cue_lexicon
from crosswire.records import Actor, SourceRef
from crosswire.records import Span as TextSpan

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INHERIT_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl", "acomp")  # clauses that share the head's subject ('is quick to add')
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
NO_SPEAKER = frozenset({"it", *RELATIVE_PRONOUNS})  # subjects a participle never inherits as its speaker
NOUN_POS = ("NOUN", "PROPN")
VERB_POS = ("VERB", "AUX")
NP_BY_PREPS = ("by", "from")  # 'a report from Bloomberg', 'an analysis by Pew': the author belongs to the speaker span
NP_RIGHT_DEPS = ("compound", "flat", "nummod", "amod")
SELF_NAMED = frozenset({ORG, GPE, NORP})  # entity type ids of speakers named by themselves (ministries, states)


def cue_subject(cue: Token, cue_lemmas=None) -> Token | None:
    """The subject of a cue verb, inherited from the governing verb for participles ('..., noting that').

    A participle cue ('Rutte said X, noting Y'; 'said ..., calling Trump "right"') takes the subject of
    the nearest cue verb above it when there is one (`cue_lemmas`), not of the clause it hangs from.
    A participle modifying a noun speaks for the noun ('a poll showing', 'voters saying'), or for
    whoever issued it ('his office put out a statement saying'). A passive cue with no `by` phrase
    names no speaker ('he was asked', 'it was revealed that', 'Asked whether ..., X said').
    """
    if cue.dep_ == "acl" and cue.head.pos_ in NOUN_POS and cue.head.i != cue.i:
        return _issuer(cue.head)
    if cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue_lemmas is not None and cue.lemma_ in cue_lemmas and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("agent", "aux") for c in cue.children
    ):
        return None  # 'Asked whether ..., Rubio said': the main clause's subject was asked; whoever asked is not named
    if cue_lemmas is not None and cue.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        ancestors = list(islice(cue.ancestors, 6))
        # under a cue verb ('Okafor said the economy grew, noting ...') only a subject that can speak stops
        # the climb; with none above, the nearest clause's subject speaks ('the council defended it, arguing')
        under_cue = any(anc.lemma_ in cue_lemmas for anc in ancestors)
        for anc in ancestors:
            if anc.lemma_ in cue_lemmas:
                found = cue_subject(anc)
                if found is not None:
                    return found
            subj = _subject_of(anc)
            if subj is not None and (_can_speak(subj) if under_cue else subj.lower_ not in NO_SPEAKER):
                return subj  # 'the Kremlin has defended it, labeling it ...'
    tok = cue
    via_adjective = False
    for depth in range(3):
        children = list(tok.children)  # one pass over the children per step: Token objects are not free
        if depth and (tok.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in children)):
            via_adjective = True  # climbed through 'is quick to', 'is hard to'
        agent = _agent_of(children)
        if agent is not None:
            return agent  # "it was said by X"
        subj = _subject_of(tok, relative=tok.dep_ == "relcl", children=children)
        if subj is None and depth == 0:
            subj = _participle_subject(tok, children)
        if subj is not None:
            if depth == 0 and subj.dep_ == "nsubjpass":
                return None  # 'he was asked': whoever asked is not named
            if via_adjective and subj.lower_ == "it":
                return None  # 'it is hard to know': nobody holds the view
            return subj
        head = tok.head
        if depth == 0 and next_speech_act(tok, children):
            outer = cue_subject(head.head, cue_lemmas)  # 'X said the plan was sound and added ...': X added
            if outer is not None:
                return outer
            tok = head  # no speaker found above: the reported clause's subject, as before
        elif _outer_conjunct(tok) or (depth == 0 and _after_reported_copula(tok, cue_lemmas)):
            tok = head.head  # 'X noted that troops lag and asked whether ...': 'asked' is X's second act
        elif tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            tok = head.head  # 'X tripped him up by calling ...': the subject of the verb the phrase modifies
        elif tok.dep_ in INHERIT_DEPS and head is not tok:
            tok = head
        else:
            return None
    return None


def _can_speak(tok: Token) -> bool:
    """A subject that can be a speaker: a pronoun for people or groups, or a named person, organisation or state."""
    return tok.lower_ in PERSON_PRONOUNS or tok.lower_ in GROUP_PRONOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _outer_conjunct(tok: Token) -> bool:
    """Is tok a conjunct the parser hung on a clausal complement though it shares the outer verb's form?

    'noted that strength lags and asked whether': 'asked' (past, like 'noted', unlike 'lags') is the
    speaker's next act, not part of what was noted.
    """
    head = tok.head
    return (
        tok.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head is not head
        and tok.tag_ != head.tag_
        and tok.tag_ == head.head.tag_
    )


def next_speech_act(verb: Token, children: list[Token] | None = None) -> bool:
    """Is `verb` a speech verb with no subject that the parser conjoined to a reported clause, the speaker's next act?

    'X said the plan was sound and added that ...': 'added' hangs from 'was', but X added it; the
    reported clause ends before it (quote_spans.ccomp_content).
    """
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.head.dep_ == "ccomp"
        and verb.lemma_ in load_cue_lexicon().speech_verbs
        and not any(c.dep_ in SUBJECT_DEPS for c in (verb.children if children is None else children))
    )


def reported_copula(verb: Token, reporting) -> bool:
    """Is `verb` the copula of a clause a reporting verb governs ('was' in 'X said the deal was fair')?

    The parser often hangs the speaker's next act on it: in 'X said the deal was fair and rejected
    ...', X rejected, not the deal. Speakers and the event coder both read past it.
    """
    return verb.lemma_ == "be" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting


def _after_reported_copula(cue: Token, cue_lemmas) -> bool:
    """Is the cue a conjunct the parser hung on the copula of a reported clause, in the reporting verb's tense?"""
    return (
        cue_lemmas is not None
        and cue.dep_ == "conj"
        and reported_copula(cue.head, cue_lemmas)
        and cue.tag_ == cue.head.head.tag_
    )


def _subject_of(tok: Token, relative: bool = False, children: list[Token] | None = None) -> Token | None:
    """tok's subject: a noun subject before a clausal one, the nearest when spaCy gives several.

    A relative pronoun counts only for a relative clause (`relative`), and only when no other subject
    is there ('which she said represented': 'she'). `children`: tok's children when the caller has them.
    """
    subjects = [c for c in (tok.children if children is None else children) if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        subjects.sort(key=lambda c: (c.lower_ in RELATIVE_PRONOUNS, c.dep_ == "csubj", abs(c.i - tok.i)))
    for subj in subjects:
        if subj.lower_ not in RELATIVE_PRONOUNS or relative:
            return subj
    return None


def _participle_subject(verb: Token, children: list[Token]) -> Token | None:
    """A subject the parser hung on a participle clause before a subjectless verb ('Mali and Burkina Faso, both run
    by military governments, warned': 'Mali' is parsed as the subject of 'run'). A bare participle has no
    subject of its own, so it is the verb's."""
    for child in children:
        if child.i > verb.i:
            break
        if child.dep_ == "advcl" and child.tag_ in ("VBN", "VBG"):
            kids = list(child.children)
            if any(k.dep_ in ("aux", "auxpass", "mark") for k in kids):
                continue
            subj = next((k for k in kids if k.dep_ == "nsubj" and k.i < child.i), None)
            if subj is not None and subj.lower_ not in NO_SPEAKER:
                return subj
    return None


def _agent_of(children: list[Token]) -> Token | None:
    """X in a passive's 'by X' phrase, among a verb's children."""
    for child in children:
        if child.dep_ == "agent":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    return sub
    return None


def _issuer(noun: Token) -> Token:
    """Who speaks through a noun with a participle ('a statement saying'): the subject of the verb that has the
    noun as its object ('his office put out a statement'), else the noun itself ('a poll showing', 'voters saying')."""
    if noun.dep_ == "dobj" and noun.head is not noun:
        subj = _subject_of(noun.head)
        if subj is not None and subj.dep_ != "nsubjpass":
            return subj
    return noun


def np_span(head: Token, coordinated: bool = True) -> Span:
    """The noun phrase headed by `head`: its left dependents, plus an 'of' phrase (and a 'by'/'from' phrase after a
    common noun: 'a recent report from Bloomberg'), minus appositions and clauses.

    It never reaches back over a bracket, colon or spaced dash ('ABUJA, July 31 (Crosswire) - West African
    heads of state': the dateline the parser glued to the subject stays out), and it runs over coordinated
    nouns ('China and Russia', 'Mali and Burkina Faso, both run by ...') unless `coordinated` is False.
    """
    doc = head.doc
    start = _after_break(doc, head.left_edge.i, head.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in NP_RIGHT_DEPS or child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ in NP_BY_PREPS and head.pos_ == "NOUN"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    if coordinated:
        end = _conjuncts_end(head, end)
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return Span(doc, start, end)


SPAN_BREAKS = frozenset({")", "]", ":", ";", "—", "–", "--"})  # marks a noun phrase never reaches back over


def _after_break(doc: Doc, start: int, head: int) -> int:
    """The first token after the last bracket, colon or spaced dash between start and head (else start)."""
    for k in range(head - 1, start - 1, -1):
        tok = doc[k]
        if tok.text in SPAN_BREAKS or tok.text == "-" and (tok.whitespace_ or k > 0 and doc[k - 1].whitespace_):
            return k + 1
    return start


def _conjuncts_end(head: Token, end: int) -> int:
    """Where a noun phrase ends with the nouns coordinated to it ('China and Russia', 'Mali, Niger and Chad'),
    when only 'and'/'or' and commas stand between them."""
    doc = head.doc
    for child in head.rights:
        if child.i < end or child.dep_ != "conj" or child.pos_ not in NOUN_POS + ("PRON",):
            continue
        between = range(end, child.left_edge.i)
        if all(doc[k].dep_ == "cc" or doc[k].text == "," for k in between):
            if not any(doc[k].dep_ == "cc" for k in between) and child.pos_ != head.pos_:
                break  # 'China, Pyongyang's only ally': an apposition the parser made a conjunct
            end = max(end, np_span(child).end)
        break
    return end


def conjunct_heads(span: Span) -> list[Token]:
    """The heads of the coordinated nouns a speaker span names ('China and Russia': China, Russia); one for a plain phrase."""
    heads = [span.root]
    tok = span.root
    for _ in range(8):
        nxt = next((c for c in tok.rights if c.dep_ == "conj" and span.start <= c.i < span.end), None)
        if nxt is None:
            break
        heads.append(nxt)
        tok = nxt
    return heads


def person_mentions(doc: Doc) -> list[Span]:
    """The PERSON entities of doc.ents, in order, read from two token arrays (doc.ents builds a Span for every entity).

    An entity starts at a token tagged B (ent_iob 3) with its type and runs until the first token not tagged I (1).
    """
    if len(doc) == 0:
        return []
    tags = doc.to_array([ENT_IOB, ENT_TYPE])
    iob = tags[:, 0]
    starts = np.nonzero((iob == 3) & (tags[:, 1] == PERSON))[0]
    if len(starts) == 0:
        return []
    stops = np.append(np.nonzero(iob != 1)[0], len(doc))
    ends = stops[np.searchsorted(stops, starts, side="right")]
    return [Span(doc, s, e, label="PERSON") for s, e in zip(starts.tolist(), ends.tolist())]


def actor_at(doc: Doc, start: int, end: int) -> Actor | None:
    """The actor resolved for characters start..end (exact mention, else the smallest around, else the longest inside)."""
    return actor_for_span(doc, start, end)


INDEFINITE_DETS = frozenset({"a", "an", "another", "one", "some"})


@lru_cache(maxsize=1)
def pronoun_genders() -> dict[str, str]:
    """Pronoun -> 'm'/'f', from the actors' word file (knowledge/data/actor_words.json)."""
    return dict(read_data_json("actor_words.json").get("pronouns", {}))


def _known_gender(name: str) -> str | None:
    """The one gender the office-holder file gives for `name` (or its last word), else None."""
    terms = load_knowledge().terms_by_name
    for key in (name, name.rsplit(" ", 1)[-1]):
        genders = {t.gender for t in terms.get(key, ())}
        names = {t.name for t in terms.get(key, ())}
        if len(names) == 1 and len(genders) == 1:
            return next(iter(genders))
    return None


class SpeakerResolver:
    """Resolves speaker spans of one Doc to the person or group they name, pronouns and role nominals included."""

    def __init__(self, doc: Doc, lexicon: CueLexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.persons = person_mentions(doc)
        # entity type per token, for 'does this span name an organisation or a place' without a Token per word
        self.ent_types: list[int] = doc.to_array([ENT_TYPE]).tolist() if len(doc) else []
        self._genders: dict[str, str | None] = {}
        self.named_speakers: list[Span] = []  # person mentions already seen as speakers, in text order

    def referent(self, span: Span) -> Span | None:
        """The named mention `span` refers to: itself when it names someone, an antecedent for 'he' or 'the NATO chief'."""
        for ent in self.persons:
            if ent.start >= span.start and ent.end <= span.end:
                return ent
        ent_types = self.ent_types
        if any(ent_types[i] in SELF_NAMED for i in range(span.start, span.end)):
            return None  # named by itself (South Korea's defense ministry): no person antecedent
        head = span.root
        lower = head.lower_
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            return np_span(head.head.head)  # 'the voters who said': the antecedent noun phrase
        if lower in PERSON_PRONOUNS:
            return self._previous_person(span.start, pronoun_genders().get(lower))
        if head.pos_ in ("NOUN", "PROPN") and (lower in self.lexicon.role_nouns or head.lemma_.lower() in self.lexicon.role_nouns):
            if head.tag_ in ("NNS", "NNPS"):
                return None  # 'the ministers': a group, not the person named earlier
            if any(t.dep_ == "det" and t.lower_ in INDEFINITE_DETS for t in head.children):
                return None  # 'a ministry spokeswoman' introduces someone new
            # Otherwise the person carrying that title; when there is none, the actors
            # component (which knows office holders) resolves the span itself.
            return self._titled_person(head)
        return None

    def _titled_person(self, head: Token) -> Span | None:
        """A person whose name follows the same title word: 'NATO Secretary-General Mark Rutte' for 'the secretary-general'."""
        word = head.lower_
        for ent in self.persons:
            for tok in self.doc[max(0, ent.start - 3) : ent.start]:
                if tok.lower_ == word:
                    return ent
        return None

    def _previous_person(self, before: int, gender: str | None = None) -> Span | None:
        """The last person named before `before` as a subject or speaker (else the last one), of `gender` when known."""
        earlier = [e for e in self.persons if e.end <= before]
        fallback = None
        for n, ent in enumerate(reversed(earlier)):
            if gender is not None and self.gender_of(ent) not in (None, gender):
                continue
            if n < 12 and (ent.root.dep_ in SUBJECT_DEPS or any(s.start == ent.start for s in self.named_speakers)):
                return ent
            if fallback is None:
                fallback = ent
            if n >= 12:
                break
        return fallback

    def gender_of(self, person: Span) -> str | None:
        """'m' or 'f' when the office-holder file knows the person (full name, else surname), else None: no guessing."""
        key = person.text.lower()
        if key not in self._genders:
            self._genders[key] = _known_gender(key)
        return self._genders[key]

    def _next_person(self, after: int) -> Span | None:
        for ent in self.persons:
            if ent.start >= after and ent.root.dep_ in SUBJECT_DEPS:
                return ent
        return None

    def source_ref(self, span: Span) -> SourceRef:
        """A SourceRef for a speaker span, with the actor of its referent when one is known.

        Coordinated speakers ('China and Russia') keep one actor only when every conjunct resolves to it:
        a joint statement is not one party's.
        """
        heads = conjunct_heads(span) if len(span) > 2 else [span.root]
        if len(heads) > 1:
            refs = [self.source_ref(np_span(h, coordinated=False)).actor for h in heads]
            ids = {a.id if a is not None else None for a in refs}
            actor = refs[0] if len(ids) == 1 else None
            return SourceRef(text=span.text, start=span.start_char, end=span.end_char, actor=actor)
        ref = self.referent(span)
        if ref is not None and ref.start >= span.start and ref.end <= span.end:
            self.named_speakers.append(ref)
        target = ref if ref is not None else span
        actor = actor_at(self.doc, target.start_char, target.end_char)
        if actor is None and target is not span:
            actor = actor_at(self.doc, span.start_char, span.end_char)
        return SourceRef(text=span.text, start=span.start_char, end=span.end_char, actor=actor)


MAX_COLON_SPEAKER_TOKENS = 8  # 'Republican pollster Daron Shaw: “...”' names the speaker in a few words before the colon
SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def speech_tag(span: Span, paras: tuple[int, ...], para_of, lexicon: CueLexicon, direct: bool) -> tuple[Token, Token] | None:
    """(cue, subject) of the verb a marked quote hangs from ('“...,” Rutte said'; 'calling Trump “right”').

    Walks up from the quote's root to the first word outside it in the quote's paragraphs (`paras`,
    `para_of(char)` gives a character's paragraph). A cue verb from the lexicon with a subject is the
    speech tag. For a `direct` quote the first verb above it is the tag even when the lexicon does not
    know it, if the quote is its object or complement ('“Go back,” Trump barked'); the walk stops there.
    Before the walk, a direct quote takes a speech tag right after its closing mark (`_tag_after`).
    """
    if direct:
        found = _tag_after(span, lexicon)
        if found is not None:
            return found
    tok = span.root
    for _ in range(8):
        if tok.head is tok:
            return None
        below, tok = tok, tok.head
        if span.start <= tok.i < span.end:
            continue
        if para_of(tok.idx) not in paras:
            return None  # spaCy sentences may run across paragraphs; a speech tag does not
        lemma = tok.lemma_
        if lemma in lexicon.verb_tone and lemma not in lexicon.evidence_verbs and tok.pos_ in ("VERB", "AUX", "NOUN"):
            subj = cue_subject(tok, lexicon.verb_tone)
            return (tok, subj) if subj is not None else None
        if direct and tok.pos_ == "VERB":
            if below.dep_ in TAG_DEPS:
                subj = cue_subject(tok, lexicon.verb_tone)
                if subj is not None:
                    return tok, subj
            return None
    return None


TAG_DEPS = ("ccomp", "dobj", "parataxis")  # how a quoted clause hangs from a speech tag's verb
TAG_WINDOW = 4  # a speech tag's cue verb stands within this many words after the closing mark


def _tag_after(span: Span, lexicon: CueLexicon) -> tuple[Token, Token] | None:
    """(cue, subject) of a speech tag right after a quote's closing mark, on the same line ('“...,” she said').

    It wins over a cue before the quote ('Rhimes declared: “...,” she said': PolNeAR's tag is 'she
    said'). A quote ending in a full stop, colon or semicolon has no tag after it: what follows is a
    new sentence ('“... today.” He added, “...”'), whose speaker the quote after it takes.
    """
    doc = span.doc
    k = span.end - 1
    while k > span.start and doc[k].is_space:
        k -= 1
    if doc[k].text.endswith((".", ":", ";")):
        return None  # (Doc.text would join every token of the Doc: read the last word only)
    n = len(doc)
    j = span.end
    while j < n and j < span.end + 3:
        tok = doc[j]
        if not (tok.is_punct or tok.is_quote) or "\n" in tok.text:
            break
        j += 1  # the closing mark and a comma or a dash
    for k in range(j, min(n, j + TAG_WINDOW)):
        tok = doc[k]
        if "\n" in tok.text:
            return None
        lemma = tok.lemma_
        if lemma in lexicon.verb_tone and lemma not in lexicon.evidence_verbs and tok.pos_ in ("VERB", "AUX"):
            subj = cue_subject(tok, lexicon.verb_tone)
            return (tok, subj) if subj is not None and subj.i >= j else None
    return None


def colon_speaker(span: Span) -> tuple[TextSpan, Span] | None:
    """(':' cue, speaker) for a quote introduced by 'Name: “...”' with no verb before the colon ('Jones: “...”').

    The speaker is the last person, organisation or group named in the few words between the start of
    the line or sentence and the colon; a verb there ('told CNBC: “...”') means the name is no speaker.
    """
    doc = span.doc
    j = span.start - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space):
        j -= 1
    if j < 1 or doc[j].text != ":":
        return None
    lo = j
    while lo > 0 and j - lo < MAX_COLON_SPEAKER_TOKENS:
        prev = doc[lo - 1]
        if prev.is_space or "\n" in prev.text or prev.is_punct and prev.is_sent_end:
            break
        lo -= 1
    left = doc[lo:j]
    if len(left) == 0 or any(t.pos_ == "VERB" for t in left):
        return None
    names = [e for e in left.ents if e.label_ in SPEAKER_ENTS]
    if not names:
        return None
    colon = doc[j]
    return TextSpan(":", colon.idx, colon.idx + 1), np_span(names[-1].root)
