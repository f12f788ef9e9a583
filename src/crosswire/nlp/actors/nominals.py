"""Definite nominals that point back to an actor named before: 'the group', 'the agency', 'the company' (an
organisation or body), 'the Gulf state', 'the kingdom' (a country), and the organisation an office such as
'the secretary-general' belongs to (docs/actors.md, "Nominals")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from crosswire.nlp.actors import anaphora, ids
from crosswire.records import Actor

if TYPE_CHECKING:  # pragma: no cover - typing only
    from crosswire.knowledge import Organisation
    from crosswire.nlp.actors.component import Mention

MODIFIER_DEPS = ("amod", "compound", "nmod")
ACTING_SUBJECT_DEPS = ("nsubj", "nsubjpass")


class NominalRules:
    """Mixed into component._Resolution, whose state they read (tokens, sentence numbers, the mentions so far,
    the known names, `_add` and `owner_of`)."""

    def _nominal(self, head: Token) -> None:
        """'the group', 'the paramilitary group', 'The Gulf state': a definite noun with no name in its phrase."""
        start = self._definite_start(head)
        if start is None or head.tag_ != "NN":
            return  # "the groups", "the nations": not one actor named before; "the Bank" is a name's word
        lemma = head.lemma_.lower()
        if lemma in self.c.body_nouns:
            earlier = self._earlier_body(head, self.c.body_nouns[lemma])
            actor = earlier.actor if earlier is not None else None
        else:
            actor = self._named_country(head, start, lemma)
        if actor is None:
            return
        if head.dep_ == "poss":  # "the group's leader": the possessor says whose, as for role words; it is written to
            # the output (not to the mentions pronouns look at), so that "the court's" has an actor of its own
            self.owner_of[head.i] = actor
            self.out[(self.tok[start].idx, head.idx + len(head))] = actor
            return
        self._add(start, head.i + 1, actor, head, number=anaphora.ONE)

    def _definite_start(self, head: Token) -> int | None:
        """Where 'the ... <head>' starts, when it starts with 'the' and only adjectives or common nouns stand
        between (no known name, no possessor, no number): else None."""
        start = None
        for left in head.lefts:
            if left.dep_ == "det":
                if left.lower_ != "the":
                    return None
                start = left.i
            elif left.dep_ not in MODIFIER_DEPS or left.ent_type_ in ("ORG", "PERSON"):
                return None  # "the Hexa group": a name of its own
        if any(right.dep_ == "prep" for right in head.rights):
            return None  # "the bank of the future", "the group of seven": the phrase says which itself
        if start is None or any(i in self.hit_at for i in range(start + 1, head.i)):
            return None
        return start

    def _named_country(self, head: Token, start: int, lemma: str) -> Actor | None:
        """'The Gulf state said ...': a country nominal acting as a subject is the country named before."""
        if head.dep_ not in ACTING_SUBJECT_DEPS and head.dep_ != "poss":  # "the kingdom's undersea cable" too
            return None
        if lemma not in self.c.bare_country_nominals and start == head.i - 1:
            return None  # "the state", "the republic" alone: a US state, the state as such
        return self._country_named_before(head)

    def _earlier_body(self, head: Token, accepted) -> Mention | None:
        """The latest organisation or body up to three sentences back that `head` can name: its sector or kind is
        accepted, or its own head is the same noun ('South Korea's spy agency ... the agency')."""
        sent, lemma = self.sent_of[head.i], head.lemma_.lower()
        for mention in reversed(self.mentions):
            if sent - mention.sent > anaphora.MAX_BACK_SENTENCES:
                break
            actor = mention.actor
            if mention.head >= head.i or actor.kind == "person" or (actor.kind == "state" and actor.sector is None):
                continue
            if not (actor.country or actor.org or actor.kind == "org"):
                continue  # a bare sector ("the party" with no country) is nothing to point back to
            if actor.sector in accepted or (f"kind:{actor.kind}" in accepted and actor.org):
                return mention  # a named organisation of that kind; "local activists" is no "group"
            if actor.country and self.tok[mention.head].lemma_.lower() == lemma:
                return mention
        return None

    def _org_named_before(self, head: Token) -> Organisation | None:
        """The intergovernmental organisation named last, up to three sentences back ('The UN Security Council
        ... the secretary-general'): the knowledge row, or None."""
        sent = self.sent_of[head.i]
        for mention in reversed(self.mentions):
            if sent - mention.sent > anaphora.MAX_BACK_SENTENCES:
                break
            actor = mention.actor
            if mention.head < head.i and actor.org and actor.country == "IGO":
                return self.kb.org_by_code.get(actor.org)
        return None

    def _office_of_org(self, head: Token, desc) -> Actor | None:
        """'the secretary-general' with no organisation in its phrase: the office of the organisation named
        before (or of its parent: the UN's for the Security Council), its holder on the article's date."""
        org = self._org_named_before(head)
        if org is None:
            return None
        parent = self.kb.org_by_code.get(org.parent) if org.parent else None
        candidates = [c for c in (org, parent) if c is not None]
        office = desc.role.phrase.replace("-", " ")
        for candidate in candidates:  # the office by its name first: the Assembly's head is no secretary-general
            for term in self.kb.terms:
                if term.org == candidate.code and term.role.lower().replace("-", " ") == office:
                    if term.holds_on(self.date):
                        return ids.holder_actor(term)
        for candidate in candidates:
            person = self._person_in_role(None, candidate, desc)
            if person is not None:
                return person
        return ids.org_actor(self.kb, parent or org, desc.sector)

    def _country_named_before(self, token: Token, earlier_only: bool = False) -> Actor | None:
        """The one country the nearest sentence before `token` names (states, state organs, national groups); when
        it names several, its subject's ('Lithuania expelled a Russian diplomat'); none for coordinated subjects.
        With `earlier_only`, the sentences before the token's own (which _sentence_country has read already)."""
        sent, found_sent = self.sent_of[token.i], None
        countries: set[str] = set()
        subjects: set[str] = set()
        for mention in reversed(self.mentions):
            if sent - mention.sent > anaphora.MAX_BACK_SENTENCES or found_sent not in (None, mention.sent):
                break
            actor = mention.actor
            if mention.head > token.i or actor.kind == "person" or actor.org or actor.country in (None, "IGO"):
                continue
            if earlier_only and mention.sent == sent:
                continue
            found_sent = mention.sent
            countries.add(actor.country)
            if self._is_subject(self.tok[mention.head]):
                subjects.add(actor.country)
        if len(countries) > 1:
            countries = subjects
        return ids.state_actor(self.kb, next(iter(countries))) if len(countries) == 1 else None

    @staticmethod
    def _is_subject(token: Token) -> bool:
        """A subject, or a conjunct of one ('Mali and Burkina Faso said': both)."""
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        return token.dep_ in ACTING_SUBJECT_DEPS
