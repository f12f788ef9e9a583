"""Frames of multi-word cues: a verb's object or a copula's predicate carries the content (docs/quotes.md).

nlp/attribution_frames.py offers the frames of one cue word's own dependents. Many PolNeAR cues are
phrases whose content hangs one step further away:

- `made [the case] that X`, `raised [concerns] about X`, `have [doubts] that X`, `take [the view] that
  X`: the content is a clause or a prepositional object of the verb's object noun (frames `obj_acl`,
  `obj_ccomp`, `obj_prep_about`, ...);
- `it is [clear] that X`, `he was [confident] that X`: the parser hangs the clause on the copula, not on
  the predicate word the cue is scored from (frames `cop_ccomp`, `cop_xcomp`);
- `raised money [in support of] X`: the object of a preposition's noun's preposition (`pobj_prep_of`);
- `the senator seemed [unperturbed]`: PolNeAR's content is the subject plus the predicative complement,
  with no holder, as for `seemed [to win]`: the raising frame of nlp/attribution_frames.py, offered
  here for an adjective or noun complement too.

Which of these count is left to the trained model (nlp/attribution_model.py), like every other frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.nlp.attribution_frames import RAISING, SUBJECT_DEPS

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})  # the object or predicate noun of a verb cue
CLAUSE_DEPS = frozenset({"acl", "ccomp"})  # 'the case [that X]'
PREPOSITIONS = frozenset({"about", "of", "on", "for", "against", "over", "to", "with", "in", "toward", "towards", "at"})
INNER_PREPOSITIONS = frozenset({"of", "for", "about", "on", "against"})  # 'in support [of] X'
COMPLEMENT_DEPS = frozenset({"oprd", "acomp"})  # 'seemed [unperturbed]'
PREDICATE_DEPS = frozenset({"acomp", "attr"})  # 'is [clear] that'
COPULA_CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})


OBJECT_WORD_DEPS = OBJECT_DEPS | {"acomp"}  # the cue's object or predicate word, a feature of the attribution model


def object_noun(cue: Token, children: list[Token] | None = None) -> Token | None:
    """The cue's object or predicate word ('made [case]', 'is [clear]'), or None (`children`: the cue's, when the caller has them)."""
    return next((c for c in (cue.children if children is None else children) if c.dep_ in OBJECT_WORD_DEPS), None)


def phrase_frames(cue: Token, children: list[Token] | None = None, allowed: frozenset[str] | None = None) -> list[tuple[str, Token]]:
    """(frame, content head) pairs one step past the cue: its object's clause or preposition, or its copula's clause.

    `children`: the cue's, when the caller has them; `allowed`: only these frames are returned (None: all).
    """
    out: list[tuple[str, Token]] = []
    verbal = cue.pos_ in ("VERB", "AUX")
    subject = None
    for child in (cue.children if children is None else children) if verbal else ():
        dep = child.dep_
        if dep in SUBJECT_DEPS and child.i < cue.i:
            subject = child
        elif dep in COMPLEMENT_DEPS and subject is not None and child.i > cue.i:
            out.append((RAISING, child))
        elif dep == "prep":
            obj = _object_of(child)
            inner = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ in INNER_PREPOSITIONS), None) if obj is not None else None
            inner_obj = _object_of(inner) if inner is not None else None
            if inner_obj is not None:
                out.append(("pobj_prep_" + inner.lower_, inner_obj))
        if dep not in OBJECT_DEPS or child.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        for grand in child.children:
            gdep = grand.dep_
            if gdep in CLAUSE_DEPS and grand.i > child.i:
                out.append(("obj_" + gdep, grand))
            elif gdep == "prep" and grand.lower_ in PREPOSITIONS:
                obj = _object_of(grand)
                if obj is not None:
                    out.append(("obj_prep_" + grand.lower_, obj))
    if cue.dep_ in PREDICATE_DEPS and cue.head.pos_ == "AUX":
        for sibling in cue.head.children:
            if sibling.dep_ in COPULA_CLAUSES and sibling.i > cue.i:
                out.append(("cop_" + sibling.dep_, sibling))
    return out if allowed is None else [pair for pair in out if pair[0] in allowed]


def _object_of(prep: Token) -> Token | None:
    """The object of a preposition ('about [the tax]'), or None."""
    return next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
