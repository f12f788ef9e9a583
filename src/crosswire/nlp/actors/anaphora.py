"""Pronouns: which earlier mention a he/she/it/they/its/their/who/which refers to (docs/actors.md, rule 4).

A mention has a grammatical number: a person, one body (a state, an organisation, "the army") or many
(a plural group, "Israeli soldiers"). A pronoun takes the most recent compatible mention: in its own
sentence the subject of a verb that governs it first, else the last one before it; else the subject of
the nearest of the previous sentences (main-clause subject first). No compatible mention: no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import IS_QUOTE, IS_SPACE
from spacy.tokens import Doc, Token

if TYPE_CHECKING:  # pragma: no cover - typing only
    from crosswire.nlp.actors.component import Mention

PERSON, ONE, MANY = "person", "one", "many"
MAX_BACK_SENTENCES = 3  # how far back an antecedent (or "the ministers") is looked for
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_organisation(mention: Mention) -> bool:
    """A named organisation ('Hamas', 'the Taliban', an unknown company): English lets 'they' refer to it."""
    actor = mention.actor
    return actor.kind != "state" and (actor.org is not None or actor.id.startswith("org:"))


def compatible(mention: Mention, want: str) -> bool:
    """Whether `mention` can be what a pronoun wanting `want` ('m', 'f', ONE or MANY) refers to."""
    if want == ONE:
        return mention.number == ONE and mention.referent
    if want == MANY:
        return mention.number == MANY or (mention.number == ONE and is_organisation(mention))
    return mention.number == PERSON and mention.gender in (None, want) and mention.referent


def neuter_refers(token: Token, expletive_verbs: set[str]) -> bool:
    """it/they/its/their worth resolving: subjects and possessors, not 'it is unclear' nor objects (things)."""
    if token.dep_ == "poss":
        return True
    if token.dep_ not in SUBJECT_DEPS:
        return False  # objects ("shot them down") are too often things, not actors
    verb = token.head
    return not (token.lower_ == "it" and (verb.lemma_.lower() in expletive_verbs or verb.lower_ in expletive_verbs))


def relative_antecedent(mentions: list[Mention], token: Token) -> Mention | None:
    """'X, who/which <verb>': the mention of the noun the relative clause hangs on (only as the clause's subject)."""
    if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "relcl":
        return None
    noun = token.head.head.i
    around = None
    for mention in reversed(mentions):
        if mention.head == noun:
            around = mention
            break
        if around is None and mention.start <= noun < mention.end:
            around = mention
    if around is None or not around.referent:
        return None  # "an African American, who ...": an adjective names no one
    if token.lower_ == "who" and around.number == ONE and not is_organisation(around):
        return None  # "who" is a person or a group of people, not a state
    if token.lower_ == "which" and around.number == PERSON:
        return None
    return around


def _overlaps(blocked: set[int], mention: Mention) -> bool:
    return any(mention.start <= i < mention.end for i in blocked)


def quotation_regions(doc: Doc) -> list[int]:
    """For every token, the number of the quotation it is in (0 outside): a quote mark opens one and the
    next closes it; a paragraph break closes any left open. The marks count as inside."""
    flags = doc.to_array([IS_QUOTE, IS_SPACE])
    region = [0] * len(doc)
    marks = np.nonzero(flags[:, 0] | flags[:, 1])[0].tolist()
    current, count, last = 0, 0, 0
    for i in marks:
        for j in range(last, i):
            region[j] = current
        last = i
        token = doc[i]
        if token.is_space:
            if "\n" in token.text:
                current = 0
        elif current:
            region[i], last = current, i + 1
            current = 0
        else:
            count += 1
            current = count
    for j in range(last, len(doc)):
        region[j] = current
    return region


def local_subject(token: Token, relatives: set[str]) -> Token | None:
    """The subject of the nearest verb above a subject pronoun, outside the pronoun's own phrase; for a
    relative subject ('businesses that ...') the noun the clause hangs on."""
    node = token
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and not child.left_edge.i <= token.i <= child.right_edge.i:
                if child.lower_ in relatives and node.dep_ == "relcl":
                    return node.head
                return child
    return None


class PronounRules:
    """The pronoun rules of one Doc's resolution (mixed into component._Resolution, whose state they read:
    the Doc, its tokens and sentence numbers, the mentions so far, and `_add` to record a resolved pronoun)."""

    def _pronoun(self, token: Token) -> None:
        word, c = token.lower_, self.c
        if word in c.relative_subjects:
            antecedent = relative_antecedent(self.mentions, token)
        else:
            want = c.pronoun_gender.get(word)
            if want is None:
                want = c.neuter.get(word)
                if want is None or not neuter_refers(token, c.expletive_verbs):
                    return
            antecedent = self._antecedent(token, want)
        if antecedent is None:
            return
        if word in c.possessives and token.dep_ == "poss":
            self.owner_of[token.i] = antecedent.actor
        self._add(token.i, token.i + 1, antecedent.actor, token, antecedent.gender, antecedent.names, antecedent.number)

    def _antecedent(self, token: Token, want: str) -> Mention | None:
        """The mention a pronoun refers to; `want` is a gender (m/f) or a number (ONE/MANY), see compatible."""
        sent = self.sent_of[token.i]
        blocked = self._bound_subjects(token)
        people = []
        for m in reversed(self.mentions):  # mentions are in text order: stop past the window
            if sent - m.sent > MAX_BACK_SENTENCES:
                break
            if m.head < token.i and compatible(m, want):
                people.append(m)
        people.reverse()
        # it/they also stand for things ("the plan ... it would cost"), which have no mention: they take an
        # actor only where it is a subject (a subject "it" in its own sentence: a governing subject)
        neuter = want in (ONE, MANY)
        subject_it = want == ONE and token.dep_ != "poss"
        if neuter:  # a pronoun inside a quotation refers within it, not to the narrative around it
            quote = self._quote_of(token.i)
            people = [m for m in people if self._quote_of(m.head) == quote]
        same = [m for m in people if m.sent == sent and not (blocked and _overlaps(blocked, m))]
        if neuter and token.dep_ in SUBJECT_DEPS:
            local = local_subject(token, self.c.relatives)
            if local is not None:  # "X said it/they ...": X decides
                found = next((m for m in reversed(self.mentions) if m.start <= local.i < m.end), None)
                if found is None:
                    return None  # "Another 19 percent said they": the subject is no actor
                if compatible(found, want):
                    return found
                return same[-1] if same and not subject_it else None  # "Canada expelled diplomats, saying they"
        if same:
            subjects = [m for m in same if m.subject]
            ancestors = {t.i for t in token.ancestors} if subjects else set()  # read only when needed
            governing = [m for m in subjects if self.tok[m.head].head.i in ancestors]
            if governing or not subject_it:
                return (governing or same)[-1]
            return None
        for back in range(1, MAX_BACK_SENTENCES + 1):
            earlier = [m for m in people if m.sent == sent - back]
            if earlier:
                subjects = [m for m in earlier if m.subject]
                roots = [m for m in subjects if m.root_subject]
                if neuter:
                    return (roots or subjects)[-1] if subjects else None
                return (roots or subjects or earlier)[-1]
        return None

    def _quote_of(self, i: int) -> int:
        """Which quotation token i is in (0: none): quote marks open and close, a new paragraph closes."""
        if self.quote_at is None:
            self.quote_at = quotation_regions(self.doc)
        return self.quote_at[i]

    def _bound_subjects(self, token: Token) -> set[int]:
        """Tokens an object pronoun cannot refer to: the subject of its own verb ('who thanked him')."""
        if token.lower_ not in self.c.object_pronouns or token.dep_ not in ("dobj", "pobj", "dative"):
            return set()
        verb = token.head.head if token.dep_ == "pobj" else token.head
        blocked = set()
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                blocked.add(child.i)
                if child.lower_ in self.c.relatives and verb.dep_ == "relcl":
                    blocked.add(verb.head.i)
        return blocked


def subjects_above(head: Token) -> set[int]:
    """Subjects of the verbs above `head` in its sentence: 'Macron met the envoy', 'Scholz said the envoy would
    travel': a description under a named subject's verb is someone else."""
    out = set()
    for verb in head.ancestors:
        out.update(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out
