"""Who is speaking: the subject of a cue, its noun-phrase span, and the actor a pronoun or nominal refers to."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.symbols import GPE, NORP, ORG, PERSON
from spacy.tokens import Doc, Span, Token

from crosswire.knowledge import load_knowledge, read_data_json
from crosswire.nlp.actors import actor_for_span
from crosswire.nlp.cue_lexicon import CueLexicon
from crosswire.records import Actor, SourceRef

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INHERIT_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl")  # participles that share the head's subject
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
NP_RIGHT_DEPS = ("compound", "flat", "nummod", "amod")
SELF_NAMED = frozenset({ORG, GPE, NORP})  # entity type ids of speakers named by themselves (ministries, states)


def cue_subject(cue: Token, cue_lemmas=None) -> Token | None:
    """The subject of a cue verb, inherited from the governing verb for participles ('..., noting that').

    A participle cue ('Rutte said X, noting Y'; 'said ..., calling Trump "right"') takes the subject of
    the nearest cue verb above it when there is one (`cue_lemmas`), not of the clause it hangs from.
    """
    tok = cue
    if cue_lemmas is not None and cue.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        anc = cue.head
        for _ in range(6):
            if anc.i == cue.i:
                break
            if anc.lemma_ in cue_lemmas:
                found = cue_subject(anc)
                if found is not None:
                    return found
            subj = next((c for c in anc.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and _can_speak(subj):
                return subj  # 'the Kremlin has defended it, labeling it ...'
            if anc.head is anc:
                break
            anc = anc.head
    for _ in range(3):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ not in RELATIVE_PRONOUNS:
                    return child
                if tok.dep_ == "relcl":
                    return child  # 'voters who say ...': the speaker is 'who', resolved to its antecedent

            if child.dep_ == "agent":  # "it was said by X"
                for sub in child.children:
                    if sub.dep_ == "pobj":
                        return sub
        if tok.dep_ in INHERIT_DEPS and tok.head is not tok:
            tok = tok.head
        else:
            return None
    return None


def _can_speak(tok: Token) -> bool:
    """A subject that can be a speaker: a pronoun for people or groups, or a named person, organisation or state."""
    return tok.lower_ in PERSON_PRONOUNS or tok.lower_ in GROUP_PRONOUNS or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def np_span(head: Token) -> Span:
    """The noun phrase headed by `head`: its left dependents, plus an 'of' phrase, minus appositions and clauses."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in NP_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return Span(doc, start, end)


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
        """A SourceRef for a speaker span, with the actor of its referent when one is known."""
        ref = self.referent(span)
        if ref is not None and ref.start >= span.start and ref.end <= span.end:
            self.named_speakers.append(ref)
        target = ref if ref is not None else span
        actor = actor_at(self.doc, target.start_char, target.end_char)
        if actor is None and target is not span:
            actor = actor_at(self.doc, span.start_char, span.end_char)
        return SourceRef(text=span.text, start=span.start_char, end=span.end_char, actor=actor)
