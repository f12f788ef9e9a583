"""The role rules of one Doc's resolution: which actor a group noun or title names ("the NATO chief",
"Iranian officials", "the former Japanese prime minister", "the ministers")."""

from __future__ import annotations

from spacy.tokens import Token

from crosswire.knowledge import former_sector, is_former
from crosswire.nlp.actors import anaphora, ids
from crosswire.nlp.actors.describe import Description, find_roles, is_title_word
from crosswire.records import Actor

PREDICATE_DEPS = ("attr", "oprd")  # a noun that says what someone is or becomes, not who
BARE_GROUP_BLOCKERS = ("det", "poss", "nummod", "predet", "quantmod")  # what makes "police" someone's or some
POLITICAL_SECTORS = ("OPP", "PTY")  # a rival or party a politician "has" belongs to that politician's country


def owner_country(desc: Description) -> tuple[str | None, str | None]:
    """The country and organisation a role takes from its possessor ("Putin's spokesman", "His spokesman" after
    Tchiani, "Their commander" after Egyptian soldiers): only for an official's role (a state organ's sector or
    a generic one such as spokesman), whose possessor says whose official it is, and for a political role (a
    rival, a challenger, a party) of a person or state; a possessor's doctor or lawyer may be from anywhere."""
    owner, role = desc.owner, desc.role
    if desc.sector in POLITICAL_SECTORS and owner.kind in ("person", "state") and owner.country != "IGO":
        return owner.country, None  # "His challenger, X" after Erdogan: a rival in the same country's politics
    if not (role.generic or desc.sector in ids.STATE_ORGANS):
        return None, None
    return owner.country, owner.org


class RoleRules:
    """Mixed into component._Resolution, whose state they read: the knowledge, the tokens and sentence
    numbers, the mentions so far and the article's date; also the possessors (`owner_of`) and the role words
    the text gave each person (`described`, `titled`)."""

    def _group_actor(self, head: Token, start: int, desc: Description, collective: bool = False) -> Actor | None:
        kb, role, sector = self.kb, desc.role, desc.sector
        owner = desc.owner
        if desc.former and role.number == "sg":
            sector = former_sector(sector)  # "the former Japanese prime minister": not the one in office
        country = desc.country or (owner.country if owner and owner.country != "IGO" else None)
        org = desc.org or (kb.org_by_code.get(owner.org) if owner and owner.org else None)
        if role.number == "thing" and not (country or org):
            return None  # "The drones were deployed": a weapon nobody is said to own is a thing, not an actor
        first = self.tok[start].lower_
        singular = head.tag_ in ("NN", "NNP") and role.number == "sg"
        owned = owner is not None and owner.kind == "person"  # "Putin's spokesman" is not Putin
        predicate = head.dep_ in PREDICATE_DEPS  # "to make her president of the United States": a role, not its holder
        if singular and (country or org) and first not in self.c.indefinite and not owned and not predicate:
            person = self._person_in_role(country, org, desc)
            if person is not None:
                return person
        if owner is not None and role.phrase in self.c.staff_roles and ids.is_organisation(owner):
            return owner  # "seven of its workers" after an aid group: the group's own people, not a labour sector
        if org and owner is not None and owner.org and not desc.country and role.number in ("sg", "pl"):
            if role.generic or role.head or sector in ("GOV", "MIL"):
                # "their leader" after Wagner fighters, "the group's commander": the organisation's, in its sector
                return ids.org_actor(kb, org, owner.sector or sector)
        if org and (desc.country_from_org or not country):
            return ids.org_actor(kb, org, sector)
        if country:
            return ids.state_actor(kb, country, sector)
        if first in self.c.indefinite:
            return ids.sector_actor(sector)
        if collective or desc.unknown_modifier:  # "ministers from eight Nordic and Baltic countries": a group
            return ids.sector_actor(sector)
        anaphoric = first in self.c.anaphoric and owner is None and not predicate
        if anaphoric and role.number == "body" and head.tag_ == "NN" and head.lemma_.lower() in self.c.body_nouns:
            earlier = self._earlier_body(head, self.c.body_nouns[head.lemma_.lower()])
            if earlier is not None:  # "the party" after the ANC, "the court" after Brazil's Supreme Court
                return earlier.actor
        if first in self.c.anaphoric:
            earlier = self._earlier_group(head, sector, singular, role.phrase, desc.former)
            if earlier is not None:
                return earlier
        if anaphoric and singular and role.head == "org" and not role.generic:
            office = self._office_of_org(head, desc)  # "the secretary-general" after the UN Security Council
            if office is not None:
                return office
        words = role.phrase.split()  # "foreign forces": no one's here; "the foreign minister" is a role of its own
        foreign = any(left.lower_ in self.c.foreign_modifiers and left.lower_ not in words for left in head.lefts)
        inherited = None if foreign else self._sentence_country(head, sector, singular)
        named = any(t.pos_ == "PROPN" for t in self.tok[start : head.i])  # "the California congressman"
        official = singular and not role.generic and sector in ids.STATE_ORGANS
        state_body = role.phrase in self.c.state_bodies and owner is None  # "on state television": some state's
        if role.number == "body" and head.tag_ == "NN":  # "the military", "the junta", "the electoral commission"
            official = sector in ids.STATE_ORGANS or state_body
        # "police said", "Lawmakers then voted": a state organ's people with no determiner, number or possessor
        bare = role.number == "pl" and role.sector in ids.STATE_ORGANS and not foreign and not any(
            left.dep_ in BARE_GROUP_BLOCKERS for left in head.lefts
        )
        # "the former leader": the country's former head (ELI), never the holder of the day
        former_head = desc.former and singular and role.head in ("state", "government")
        topical = (anaphoric or state_body or bare) and (official or bare or former_head) and not (named or foreign)
        if inherited is None and topical:
            # "Poland closed two crossings. ... the foreign minister said": the country the article is about
            topic = self._country_named_before(head, earlier_only=bare and not (anaphoric or official))
            if topic is not None and not singular and self._subject_country(head) == topic.country:
                topic = None  # "with Russia backing the government": a state does not back its own government
            if topic is not None:
                person = self._person_in_role(topic.country, None, desc) if singular else None
                return person or ids.state_actor(kb, topic.country, sector)
        return ids.state_actor(kb, inherited, sector) if inherited else ids.sector_actor(sector)

    def _person_in_role(self, country: str | None, org, desc: Description) -> Actor | None:
        """'the NATO chief', 'the Chinese leader': a person named earlier, else the office holder of the day."""
        code = org.code if org else None
        phrase = desc.role.phrase
        for mention in reversed(self.mentions):
            actor = mention.actor
            role = (actor.role or "").lower()
            # a country's office is no organisation's officer ("the Lebanese prime minister" is not Hezbollah's leader),
            # and a person with no office at all holds none ("Trump" in 2016 is American, not "the president")
            national = not code and actor.country == country and not actor.org and actor.role
            if actor.kind == "person" and ((code and actor.org == code) or national):
                if is_former(role) == desc.former and (desc.role.generic or phrase in role or desc.role.head):
                    return actor
        if desc.former:
            return None  # "the former NATO chief": one of the earlier holders, which one the text must say
        for term in self.kb.terms:
            key_ok = term.org == code if code else term.country == country and term.org is None
            if key_ok and term.role.lower() == phrase and term.holds_on(self.date):
                return ids.holder_actor(term)
        if desc.role.head:
            term = self.kb.head_of(code or country, "org" if code else desc.role.head, self.date)
            if term is not None:
                return ids.holder_actor(term)
        return None

    def _earlier_group(
        self, head: Token, sector: str | None, singular: bool, phrase: str, former: bool = False
    ) -> Actor | None:
        sent = self.sent_of[head.i]
        bound = anaphora.subjects_above(head)
        if singular:  # "the president": the last person whose office has that name ("the former president": had)
            for mention in reversed(self.mentions):
                actor = mention.actor
                if actor.kind != "person" or mention.head in bound:
                    continue
                role = (actor.role or "").lower()
                if is_former(role) != former:
                    continue
                if phrase in role or (not former and phrase in self.described_roles(actor.id)):
                    return actor  # "the general" after "the junta's leader, General X": the apposition said so
        for mention in reversed(self.mentions):
            if sent - mention.sent > anaphora.MAX_BACK_SENTENCES:
                break
            actor = mention.actor
            fits = actor.kind == "person" if singular else mention.plural
            if fits and actor.sector == sector and (actor.country or actor.org) and mention.head not in bound:
                return actor
        return None

    def _sentence_country(self, head: Token, sector: str | None, singular: bool = False) -> str | None:
        """A bare state-organ noun ('police') in a sentence about one country's groups takes that country.

        An office holder's object is his country's ('dissolved parliament'), unless `singular`: the
        envoy Macron met may be anyone's.
        """
        if sector not in ids.STATE_ORGANS:
            return None
        sent = self.sent_of[head.i]
        subject = self._office_holder_subject(head) if head.dep_ == "dobj" and not singular else None
        for mention in reversed(self.mentions):
            if mention.sent != sent:
                break
            actor = mention.actor
            if mention.head == subject and actor.role and "former" not in actor.role:
                return actor.country  # "President Dissanayake dissolved parliament": his country's parliament
            if actor.country and actor.country != "IGO" and actor.sector and actor.kind not in ("person", "org"):
                if actor.sector != sector and self.tok[mention.head].lemma_.lower() in self.c.thing_words:
                    continue  # "Ukrainian drones struck ..., regional officials said": a weapon's country is not theirs
                    # (but "Israeli warplanes struck ..., the military said": the forces that own them)
                return actor.country  # (a company's or news outlet's home is no country the sentence is about)
        return None

    def _subject_country(self, head: Token) -> str | None:
        """The country of the subject of the verb whose object `head` is ('Russia backing the government')."""
        if head.dep_ != "dobj":
            return None
        for verb in head.ancestors:  # the nearest verb with a subject ("Russia kept backing the government")
            for child in verb.children:
                if child.dep_ in anaphora.SUBJECT_DEPS:
                    found = next((m for m in reversed(self.mentions) if m.start <= child.i < m.end), None)
                    return found.actor.country if found is not None else None
        return None

    def _office_holder_subject(self, head: Token) -> int | None:
        """The subject of the verb whose object `head` is, when it is a person in office with a state's country."""
        for child in head.head.children:
            if child.dep_ == "nsubj":
                found = next((m for m in reversed(self.mentions) if m.head == child.i), None)
                ok = found is not None and found.actor.kind == "person" and found.actor.country not in (None, "IGO")
                return child.i if ok else None
        return None

    def _remember_roles(self, actor: Actor, desc: Description) -> None:
        """Keep the role words an apposition or title gives a person ("the junta's leader, General X"), so that
        'the general' or 'the junta leader' later in the article is that person (not for a former office)."""
        if desc.roles and not desc.says_former(self.kb.words["former_words"]):
            self.described.setdefault(actor.id, set()).update(role.phrase for role in desc.roles)

    def described_roles(self, person_id: str) -> set[str]:
        """The role words the text gave a person: appositions, and titles in front of the name read now."""
        roles = self.described.setdefault(person_id, set())
        for start, end in self.titled.pop(person_id, ()):
            tokens = self._titles_before(start, end)
            roles.update(role.phrase for _, role in find_roles(self.kb, tokens, set()) if tokens)
        return roles

    def _country_possessor(self, tokens: list[Token]) -> None:
        """'the country's foreign minister', 'the nation's armed forces': the possessor is the country the nearest
        sentence naming one names (this one, before the phrase, or up to three back); none when it names two."""
        for token in tokens:
            if token.dep_ != "poss" or token.lower_ not in self.c.country_nouns or token.i in self.owner_of:
                continue
            if token.i == 0 or self.tok[token.i - 1].lower_ != "the":
                continue  # "a country's", "each nation's": no one country
            state = self._country_named_before(token)
            if state is not None:
                self.owner_of[token.i] = state

    def _titles_before(self, start: int, end: int) -> list[Token]:
        """The title words right before a name at `end` (from `start` at most): ranks, honorifics, role words,
        lower-case nouns ('Colonel', 'Gen.', 'lawyer'); none past a quote mark or an unknown capitalised word."""
        found: list[Token] = []
        for token in reversed(self.tok[start:end]):
            if not is_title_word(token, self.c.titles, self.c.role_heads):
                if token.is_quote:
                    return []  # 'nicknamed “King James”': a title inside quote marks is part of a nickname
                break
            found.append(token)
        return found[::-1]
