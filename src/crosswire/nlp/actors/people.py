"""The people rules of one Doc's resolution: the office holder of the day, a surname given before, what the
words in front of a name and its apposition say, and a new office the file does not know yet (docs/actors.md,
rule 2)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crosswire.knowledge import is_former
from crosswire.nlp.actors import ids
from crosswire.nlp.actors.describe import Description, describe
from crosswire.records import Actor

if TYPE_CHECKING:  # pragma: no cover - typing only
    from crosswire.nlp.actors.component import Mention

AS_ROLE_DEPS = ("dobj", "nsubj", "nsubjpass")  # a person an 'as' phrase on their verb describes
DATELINE_ENDS = ("–", "—", "--")  # what ends a dateline ("MACAU (Reuters) –") before a title


class PeopleRules:
    """Mixed into component._Resolution, whose state they read: the knowledge, the tokens and sentence numbers,
    the mentions and people so far, the known names and possessors, and the article's date."""

    def _office_now(self, start: int, root: Token, held: Actor) -> Actor | None:
        """A person the file knows only in a past office, whom a title or apposition gives another, current office:
        that office (under the file's name, so the id stays), in the text's country or organisation, else in the
        country of the past office. The office the file says ended stays ended ("Foreign Minister X" in an article
        after X left: the file is newer)."""
        desc = self._person_description(start, root)
        if desc.role is None or desc.says_former(self.kb.words["former_words"]):
            return None
        if desc.role.phrase in (held.role or "").lower():
            return None
        if not (desc.country or desc.org):  # "Opposition leader Peter Dutton": a new office at home
            if held.country in (None, "IGO") or held.org:
                return None
            return ids.person_actor(held.name, held.country, None, desc.sector, desc.role.phrase)
        country = desc.country or desc.org.country
        return ids.person_actor(held.name, country, desc.org.code if desc.org else None, desc.sector, desc.role.phrase)

    def _office_just_ended(self, name: str, start: int, root: Token) -> Actor | None:
        """The office a person left at most `office_grace_days` before the article's date, when the text still gives
        them its title or a role in an apposition, not as former ("President Ebrahim Raisi" the day after his death,
        "its leader, Hassan Nasrallah" three days after): the article reports what happened while they held it."""
        if self.date is None or len(self.date) < 10:
            return None
        try:
            day = date.fromisoformat(self.date[:10])
        except ValueError:
            return None
        earlier = (day - timedelta(days=self.c.grace_days)).isoformat()
        terms = self.kb.holder_terms(name, earlier)
        if not terms or is_former(terms[0].role):
            return None
        desc = self._person_description(start, root)
        role = desc.role
        if role is None or desc.says_former(self.kb.words["former_words"]) or self._office_ends_here(root, desc):
            return None
        if role.generic or role.head or role.phrase in terms[0].role.lower():
            return ids.holder_actor(terms[0])
        return None

    def _office_ends_here(self, root: Token, desc: Description) -> bool:
        """Whether the sentence reports the end of the person's office: the verb they are subject or object of
        ('Congress removed President X', 'X resigned as prime minister') or their title ('outgoing president')."""
        ends = self.c.office_end_words
        if any(t.lower_ in ends for t in desc.tokens):
            return True
        verb = root.head.head if root.dep_ == "appos" else root.head
        return root.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") and verb.lemma_.lower() in ends

    def _holder(self, name: str) -> tuple[Actor, str | None, frozenset[str]] | None:
        """The office holder of the article's date by that name: actor, gender and the words of the full name."""
        terms = self.kb.holder_terms(name, self.date)
        if not terms:
            return None
        return ids.holder_actor(terms[0]), terms[0].gender, frozenset(w.lower() for w in terms[0].name.split())

    def _text(self, start: int, end: int) -> str:
        """The text of tokens start..end, as Span.text gives it, from the tokens already built."""
        tokens = self.tok[start:end]
        return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text

    def _place_not_person(self, ent: Span) -> bool:
        """A PERSON entity that is only a known place name and repeats no name given before."""
        text = self._text(ent.start, ent.end).lower()
        return text in self.c.names.place_names and self._earlier_person(frozenset(text.split())) is None

    def _lone_surname(self, token: Token) -> bool:
        """A single capitalised word that repeats part of a person's name given earlier."""
        if token.lower_ not in self.last_with_part:
            return False  # most proper nouns repeat no name: decided before reading any neighbour
        if token.ent_type_ in ("GPE", "LOC", "FAC") and token.lower_ in self.c.names.place_names:
            return False  # "Austin, Texas" after "Lloyd Austin"
        neighbours = [self.tok[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(self.tok)]
        if any(n.pos_ == "PROPN" and n.ent_iob_ == "I" for n in neighbours):
            return False
        return self._earlier_person(frozenset([token.lower_])) is not None

    def _earlier_person(self, parts: frozenset[str]) -> Mention | None:
        if len(parts) == 1:  # a surname alone: one lookup instead of a scan
            return self.last_with_part.get(next(iter(parts)))
        for mention in reversed(self.people):
            if parts <= mention.names:
                return mention
        return None

    def _person_description(self, start: int, root: Token) -> Description:
        """Title before the name (up to token `start`, past the titles inside the name) and apposition after it
        ('NATO chief X', 'King Abdullah', 'X, a nurse in Madrid')."""
        sent, tok = self.sent_of[root.i], self.tok
        first = root.left_edge.i
        tokens = [t for t in tok[first:start] if self.sent_of[t.i] == sent]
        if tokens:
            tokens = self._own_title_words(tokens, start)
        for child in root.children:
            if child.dep_ == "appos":
                tokens += tok[child.left_edge.i : child.right_edge.i + 1]
        if root.dep_ in AS_ROLE_DEPS:
            tokens += self._as_office(root)
        if root.dep_ == "appos":
            head = top = root.head
            while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.i < top.i:
                top = top.head.head  # "The president of the ECOWAS Commission, Omar Touray": the title too
            tokens += tok[top.left_edge.i : head.i + 1]
        return describe(self.kb, tokens, self.hit_at, self.owner_of, self.mentioned)

    def _as_office(self, root: Token) -> list[Token]:
        """'chose X as president', 'X served as defence minister': the office an 'as' phrase on the verb gives the
        person (a state organ's office only: 'treated X as a traitor' says nothing of the kind)."""
        for prep in root.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < root.i:
                continue
            obj = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if obj is None or any(c.dep_ == "prep" for c in obj.children):
                return []  # "as president of the Center for American Progress": the office of something else
            role = self.kb.roles.get(obj.lemma_.lower())
            if role is not None and role.sector in ids.STATE_ORGANS and role.number == "sg":
                return self.tok[obj.left_edge.i : obj.i + 1]
        return []

    def _own_title_words(self, tokens: list[Token], start: int) -> list[Token]:
        """The words in front of a name that are its own: not past a dateline's dash ("MACAU (Reuters) – Top donor
        X": the agency filed the story) nor before a conjunction after another person ("Egypt's Sisi and Jordan's
        King Abdullah": Egypt is Sisi's)."""
        first = tokens[0].i
        for mention in reversed(self.mentions):
            if mention.end <= first:
                break
            if mention.actor.kind == "person" and mention.end <= start:
                if any(t.dep_ == "cc" for t in tokens if t.i >= mention.end):
                    tokens = [t for t in tokens if t.i >= mention.end]
                break
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k].text in DATELINE_ENDS:
                return tokens[k + 1 :]
        return tokens
