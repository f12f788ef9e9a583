"""`crosswire.actors.v1`: resolve every actor mention in a Doc (names, titles, group nouns, pronouns).

Sets doc._.cw_actors: {(start_char, end_char): Actor}. One pass over the Doc: a PhraseMatcher for known
names, then the mentions in text order so that later mentions can link to earlier ones (surnames,
pronouns, "the NATO chief", "the ministers"). See docs/actors.md for the rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_LOWER, LEMMA, LOWER, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from crosswire.knowledge import Knowledge, former_role, former_sector, is_former, load_knowledge
from crosswire.nlp.actors import anaphora, ids
from crosswire.nlp.actors.describe import appositive_tokens, describe, find_roles, leading_titles, place_country
from crosswire.nlp.actors.lazy import LazyTokens, in_table
from crosswire.nlp.actors.names import NameFinder, NameHit, hit_country
from crosswire.nlp.actors.nominals import NominalRules
from crosswire.nlp.actors.people import PeopleRules
from crosswire.nlp.actors.roles import POLITICAL_SECTORS, PREDICATE_DEPS, RoleRules, owner_country
from crosswire.records import Actor

POSSESSIVE_END = re.compile(r"['’]s?$")
COUNTRY_CATEGORIES = ("country", "capital", "demonym", "national")
MODIFIER_HITS = ("org", "country", "demonym", "seat")  # what can name the owner of "the X commission"
BARE_BLOCKERS = {"det", "poss", "compound", "nummod", "predet", "nmod"}  # what makes a singular noun a definite thing
ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "poss", "attr"}  # a capital acting as its government


@dataclass(slots=True)
class Mention:
    """A resolved mention, kept so later mentions can refer back to it."""

    start: int  # token offsets
    end: int
    head: int
    sent: int
    actor: Actor
    gender: str | None = None
    names: frozenset[str] = frozenset()  # lower-cased name parts, for surname links
    subject: bool = False
    root_subject: bool = False
    plural: bool = False  # a plural group noun ("Iranian officials"), a candidate for "the officials"
    number: str = anaphora.ONE  # person | one (a state, an organisation, a body) | many: for it/they/he/she
    referent: bool = True  # False for a state named as a place ("in Ukraine") or as an adjective ("a Philippine
    # boat"): not what "it" refers to


def published_date(doc: Doc) -> str | None:
    """The article date for time-aware office holders: confirmed/inferred date, else the Article's."""
    if doc._.cw_published:
        return doc._.cw_published[0]
    article = doc._.cw_article
    return getattr(article, "published", None) if article is not None else None


class ActorResolver:
    """spaCy component: finds actor mentions and sets doc._.cw_actors."""

    def __init__(self, nlp, name: str = "actors"):
        self.name = name
        self.kb: Knowledge = load_knowledge()
        self.names = NameFinder(nlp, self.kb)
        words = self.kb.words
        self.pronoun_gender: dict[str, str] = words["pronouns"]
        self.object_pronouns = set(words["object_pronouns"])
        self.possessives = set(words["possessive_pronouns"])
        self.relatives = set(words["relative_pronouns"])
        self.locative = set(words["locative_prepositions"])
        self.not_locative_after = set(words["not_locative_after"])
        self.attach_preps = set(words["attaching_prepositions"])
        self.anaphoric = set(words["anaphoric_determiners"])
        self.neuter: dict[str, str] = words["neuter_pronouns"]
        self.relative_subjects = set(words["relative_subjects"])
        self.expletive_verbs = set(words["expletive_verbs"])
        self.location_participles = set(words["location_participles"])
        self.collective_nouns = set(words["collective_nouns"])
        self.region_adjectives = frozenset(words["region_adjectives"])
        self.abstract_when_bare = set(words["abstract_when_bare"])
        self.country_nouns = set(words["country_nouns"])
        self.honorifics = set(words["honorifics"])
        self.titles = set(words["titles"]) | self.honorifics
        self.indefinite = set(words["indefinite_determiners"])
        self.name_particles = frozenset(words["name_particles"])
        self.state_bodies = frozenset(words["state_bodies"])
        self.staff_roles = frozenset(words["staff_roles"])
        self.grace_days = int(words["office_grace_days"])
        self.office_end_words = frozenset(words["office_end_words"])
        self.foreign_modifiers = frozenset(words["foreign_modifiers"])
        self.role_heads = self.kb.role_last_words
        self.thing_words = {r.phrase.split()[-1] for r in self.kb.roles.values() if r.number == "thing"}
        self.body_nouns: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in words["body_nouns"].items()}
        self.bare_country_nominals = set(words["bare_country_nominals"])
        self.nominal_words = set(self.body_nouns) | set(words["country_nominals"])
        nominals = self.nominal_words - self.role_heads  # the others reach _nominal through _group
        strings = nlp.vocab.strings
        # sorted hash tables for `in_table`: np.isin sorts its arguments again on every call
        self.role_head_ids = np.unique(np.array([strings.add(w) for w in self.role_heads], dtype="uint64"))
        pronouns = set(self.pronoun_gender) | self.possessives | set(self.neuter) | self.relative_subjects
        self.pronoun_ids = np.unique(np.array([strings.add(w) for w in pronouns], dtype="uint64"))
        self.nominal_ids = np.unique(np.array([strings.add(w) for w in nominals], dtype="uint64"))
        self.noun_pos = np.unique(np.array([strings.add("NOUN"), strings.add("PROPN")], dtype="uint64"))
        self.propn_pos = strings.add("PROPN")
        self.comma = strings.add(",")

    def __call__(self, doc: Doc) -> Doc:
        _Resolution(self, doc).run()
        return doc


class _Resolution(anaphora.PronounRules, RoleRules, NominalRules, PeopleRules):
    """The state of resolving one Doc (discarded afterwards: nothing is kept between articles)."""

    def __init__(self, comp: ActorResolver, doc: Doc):
        self.c = comp
        self.kb = comp.kb
        self.doc = doc
        self.tok = LazyTokens(doc)  # one Token object per position looked at
        self.date = published_date(doc)
        self.ents = doc.ents  # read once: Doc.ents builds new Span objects on every access
        self.ent_labels = [ent.label_ for ent in self.ents]
        self.arr = doc.to_array([LOWER, LEMMA, POS, SENT_START, IS_LOWER]).astype("uint64") if len(doc) else None
        names = self._trimmed_names()  # the entities with each PERSON cut at a trailing lower-case word
        self.hits = comp.names.find(doc, names, self.tok, self.ent_labels)
        self.hit_at: dict[int, NameHit] = {i: h for h in self.hits for i in range(h.start, h.end)}
        self.mentioned = self._countries_mentioned()
        self.out: dict[tuple[int, int], Actor] = {}
        self.mentions: list[Mention] = []
        self.people: list[Mention] = []  # the person mentions with name parts, for surname links
        self.last_with_part: dict[str, Mention] = {}  # name part -> the latest mention of the person it stands for
        self.person_count: Counter[str] = Counter()  # person actor id -> mentions of them so far
        self.owner_of: dict[int, Actor] = {}  # possessive pronoun token -> its referent
        self.described: dict[str, set[str]] = {}  # person id -> role words the text gave them ("the junta's
        # leader, General X": leader, general), for "the general" later
        self.titled: dict[str, list[tuple[int, int]]] = {}  # person id -> token ranges before the name that may
        # hold titles ("General"), read only when a description looks for a person (rare)
        self.quote_at: list[int] | None = None  # token -> quotation number, built on first need
        self.each_country: dict[tuple[int, int], Actor] = {}  # set last: a name after its group noun
        starts = (self.arr[:, 3] == 1).astype(int) if len(doc) else np.zeros(0, dtype=int)
        if len(doc):
            starts[0] = 0
        self.sent_of = np.cumsum(starts).tolist()  # token index -> sentence number
        labelled = list(zip(names, self.ent_labels))
        self.person_ents = {ent.start: ent for ent, label in labelled if label == "PERSON"}
        self.org_ents = {ent.start: (ent, label) for ent, label in labelled if label in ("ORG", "GPE", "PERSON")}
        self.propn: list[bool] = []  # per token, from the arrays (set by _candidates)
        self.noun: list[bool] = []
        self.pronoun: list[bool] = []
        self.nominal: list[bool] = []  # nouns such as "group", "agency", "state" that may point back (nominals.py)

    def _trimmed_names(self) -> tuple[Span, ...]:
        """The entities, with a PERSON entity cut before lower-case words at its end that belong to no name ('King
        Charles at Sandringham' tagged as one name is 'King Charles'; 'Mohammed bin Salman' keeps 'bin')."""
        out, particles = list(self.ents), self.c.name_particles
        for n, (ent, label) in enumerate(zip(self.ents, self.ent_labels)):
            if label != "PERSON" or not self.arr[ent.end - 1, 4]:
                continue  # most names end on a capitalised word: decided from the array, no Token built
            end = ent.end
            while end > ent.start + 1 and self._not_a_name_word(self.tok[end - 1], self.tok[end - 2], particles):
                end -= 1
            if end != ent.end:
                out[n] = Span(self.doc, ent.start, end, label=label)
        return tuple(out)

    @staticmethod
    def _not_a_name_word(token: Token, before: Token, particles: frozenset[str]) -> bool:
        """A lower-case word ending a PERSON entity that is no part of the name: a separate word ("at") or a
        possessive ending ("’s"), not a name particle ("bin") nor the end of a hyphenated name ("Ban Ki-moon")."""
        if not token.is_lower or token.lower_ in particles:
            return False
        return token.tag_ == "POS" or bool(before.whitespace_)

    def _countries_mentioned(self) -> set[str]:
        return {iso3 for hit in self.hits if hit.category in COUNTRY_CATEGORIES and (iso3 := hit_country(self.kb, hit))}

    # -- driver ---------------------------------------------------------------------------------------

    def run(self) -> None:
        doc = self.doc
        holder_hits = {h.start: h for h in self.hits if h.category == "holder"}
        done_until = 0
        for i in self._candidates():
            if i < done_until:
                continue
            token = self.tok[i]
            ent, label = self.org_ents.get(i, (None, None))
            if ent is not None and label != "ORG" and self._comma_after(ent) and self._unknown_org(ent, label):
                self._named_org(ent)  # "Tarsis Mining, a Canadian company", tagged PERSON or GPE
                done_until = ent.end
                continue
            person = self.person_ents.get(i)
            if person is not None and i not in holder_hits and (self._place_not_person(person) or self._title_entity(person)):
                person = None  # "Goma" tagged PERSON: a city the gazetteer knows; "Charlotte Mayor": the next name's title
            if i in holder_hits or (person is not None and not self._inside_hit(person)):
                hit = holder_hits.get(i)
                end = max(hit.end if hit else i + 1, person.end if person else i + 1)
                self._person(i, end, hit)
                done_until = end
            elif i in self.hit_at and self.hit_at[i].start == i:
                self._name(self.hit_at[i])
            elif self.propn[i] and self._lone_surname(token):
                self._person(i, i + 1, None)  # "Lavrov", tagged ORG, after "Sergei Lavrov"
                continue  # "King" after "Larry King" is him, not a role noun
            elif ent is not None and label == "ORG" and self._unknown_org(ent, label):
                self._named_org(ent)
                done_until = ent.end
                continue
            if self.pronoun[i]:
                self._pronoun(token)
            if self.noun[i] and self._is_role_head(token):
                self._group(token)
            elif self.nominal[i] and token.ent_type_ not in ("ORG", "PERSON"):
                self._nominal(token)
        self.out.update(self.each_country)
        self._entities()
        doc._.cw_actors = self.out

    def _candidates(self) -> list[int]:
        """Token indices worth a look (names, pronouns, role nouns, proper nouns): the rest is skipped."""
        if self.arr is None:
            return []
        c = self.c
        lower, lemma, pos = self.arr[:, 0], self.arr[:, 1], self.arr[:, 2]
        heads = in_table(lemma, c.role_head_ids) | in_table(lower, c.role_head_ids)
        pronoun, noun, propn = in_table(lower, c.pronoun_ids), in_table(pos, c.noun_pos), pos == c.propn_pos
        nominal = in_table(lemma, c.nominal_ids) & noun & ~propn
        self.pronoun, self.noun, self.propn = pronoun.tolist(), noun.tolist(), propn.tolist()
        self.nominal = nominal.tolist()
        wanted = pronoun | (heads & noun) | propn | nominal
        found = set(np.nonzero(wanted)[0].tolist())
        found.update(h.start for h in self.hits)
        found.update(self.person_ents)
        found.update(self.org_ents)
        return sorted(found)

    def _title_entity(self, person: Span) -> bool:
        """A PERSON entity that ends in a title word right before another person's name ('Charlotte Mayor Jennifer Roberts')."""
        last = self.tok[person.end - 1]
        return person.end in self.person_ents and last.is_title and last.lower_ in self.c.role_heads

    def _inside_hit(self, span: Span) -> bool:
        hit = self.hit_at.get(span.start)
        return hit is not None and hit.category != "holder" and hit.end >= span.end

    def _add(
        self, start: int, end: int, actor: Actor, head: Token, gender: str | None = None, names=frozenset(),
        number: str | None = None,
    ) -> None:
        """Record the mention of tokens start..end (no Span built: its character offsets come from the tokens)."""
        last = self.tok[end - 1]
        self.out[(self.tok[start].idx, last.idx + len(last))] = actor
        dep = head.dep_
        subject = dep in ("nsubj", "nsubjpass")
        number = number or (anaphora.PERSON if actor.kind == "person" else anaphora.ONE)
        place = actor.kind == "state" and actor.sector is None and (
            (dep == "pobj" and head.head.lower_ in self.c.locative) or dep in ("amod", "compound")
        )
        role_only = dep in PREDICATE_DEPS and actor.kind != "person"  # "to make her president": no one to refer back to
        mention = Mention(
            start, end, head.i, self.sent_of[head.i], actor, gender, names, subject,
            subject and head.head.dep_ == "ROOT", number == anaphora.MANY, number, not (place or role_only),
        )
        self.mentions.append(mention)
        if actor.kind == "person":
            self.person_count[actor.id] += 1
        if names and actor.kind == "person":
            self.people.append(mention)
            for part in names:
                held = self.last_with_part.get(part)
                # two people share a surname ("Hillary Clinton ... her husband, Bill Clinton"): a lone "Clinton"
                # is the one mentioned more often so far (names, pronouns, titles), the last named on a tie
                if held is None or held.actor.id == actor.id or self.person_count[actor.id] >= self.person_count[held.actor.id]:
                    self.last_with_part[part] = mention

    # -- names ----------------------------------------------------------------------------------------

    def _name(self, hit: NameHit) -> None:
        span = self.doc[hit.start : hit.end]
        actor = self._hit_actor(hit, span)
        if actor is None:
            return
        number, start = None, hit.start
        if hit.category in ("seat", "org"):
            before = self.tok[start - 1] if start > 0 else None
            owner = self._modifier_country(span) if before is not None and (before.tag_ == "POS" or before.i in self.hit_at) else None
            if owner is not None:
                start = owner[0]  # "India's BJP", "Brazil's Supreme Court": one mention with its possessor
                if hit.category == "seat" and owner[1] != actor.country:  # "Canada's House of Commons"
                    actor = ids.state_actor(self.kb, owner[1], actor.sector)
            if hit.category == "seat" and span.root.tag_ in ("NNS", "NNPS") and actor.sector:
                number = anaphora.MANY  # "the Revolutionary Guards said they"
        elif hit.category == "national" and span.root.tag_ in ("NNS", "NNPS"):
            number = anaphora.MANY  # "Thousands of Cubans took to the streets ... the demonstrators"
        self._add(start, hit.end, actor, span.root, number=number)

    def _modifier_country(self, span: Span) -> tuple[int, str] | None:
        """Where a country possessor in front of a name starts, and its country ("Venezuela's National Assembly"), or a
        demonym just before it in its noun phrase ("the French National Assembly")."""
        for left in span.root.lefts:
            hit = self.hit_at.get(left.i) if left.i < span.start else None
            if hit is None or hit.category not in ("country", "demonym"):
                continue
            if left.dep_ == "poss" or hit.category == "demonym" and hit.end == span.start and left.dep_ in ("amod", "compound", "nmod"):
                return hit.start, hit_country(self.kb, hit)
        return None

    def _hit_actor(self, hit: NameHit, span: Span) -> Actor | None:
        kb, key = self.kb, hit.key
        if hit.category in ("country", "demonym"):
            return ids.state_actor(kb, hit_country(kb, hit))
        if hit.category == "national":  # "Spaniards", "Americans": the people of the country, as "Spanish people"
            return ids.state_actor(kb, kb.nationals[key], "CVL")
        if hit.category == "context":
            iso3, needs = kb.context_aliases[key]
            return ids.state_actor(kb, iso3) if needs & self.mentioned else None
        if hit.category == "capital":
            sector = None if self._is_dateline(span) or self._is_locative(span.root) else "GOV"
            return ids.state_actor(kb, kb.capitals[key], sector)
        if hit.category == "seat":
            iso3, sector = kb.seats[key]
            return ids.state_actor(kb, hit.iso3 or iso3, sector)  # "the National Assembly": the article's reading
        if hit.category == "org":
            return ids.org_actor(kb, kb.organisations[key])
        return None

    def _is_dateline(self, span: Span) -> bool:
        """'VILNIUS — Defence ministers ...': a capital in capitals before a dash is where the story was filed."""
        after = span.end < len(self.doc) and self.doc[span.end].text in ("—", "–", "-", "--")
        return after and span.text.isupper() and len(span.text) > 2

    def _is_locative(self, token: Token) -> bool:
        """A capital named as a place ('met in Moscow'), not as the government acting ('Moscow said')."""
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ in ACTING_DEPS:
            return False
        if token.dep_ != "pobj":
            return True  # a dateline ("ATHENS"), an apposition ("Hungary's capital Budapest"), a modifier
        prep = token.head
        return prep.lower_ in self.c.locative and prep.head.lower_ not in self.c.not_locative_after

    # -- people ---------------------------------------------------------------------------------------

    def _person(self, start: int, end: int, hit: NameHit | None) -> None:
        """A person named by tokens start..end (a known office holder when `hit` is one)."""
        tokens = self.tok[start:end]
        while len(tokens) > 1 and tokens[-1].tag_ == "POS":
            tokens.pop()  # "Donald Trump’s" names Donald Trump
        end = start + len(tokens)
        titles, honorific = leading_titles(tokens, self.c.honorifics, self.c.role_heads)
        if titles == len(tokens) > 1 and hit is None and honorific:
            return  # only titles ('Emir Sheikh'): the name is the entity next to them; a lone 'King' may be a surname
        if hit is None and 0 < titles < len(tokens):
            held = self._holder(self._text(start + titles, end))
            if held is not None:
                self._add(start, end, held[0], self.doc[start:end].root, held[1], held[2])
                self.titled.setdefault(held[0].id, []).append((start, start + titles))
                return
        root = tokens[0] if len(tokens) == 1 else self.doc[start:end].root
        lead = titles if titles < len(tokens) else 0  # "King Abdullah": the title says who; a lone "King" is a name
        parts = frozenset(POSSESSIVE_END.sub("", t.lower_) for t in tokens if t.is_alpha or t.tag_ == "NNP")
        actor, gender = None, None
        if len(tokens) == 1 or (hit and len(hit.key.split()) == 1):
            earlier = self._earlier_person(parts)
            if earlier is not None:
                actor, gender, parts = earlier.actor, earlier.gender, earlier.names
        if actor is None and hit is not None:
            held = self._holder(hit.key)
            if held is not None:
                actor, gender, parts = held[0], held[1], parts | held[2]
                described = root.left_edge.i < start + lead or any(c.dep_ == "appos" for c in root.children)
                if is_former(actor.role) and (described or root.dep_ == "appos"):
                    # "President Ebrahim Raisi" the day after his death; "Jens Stoltenberg, now Norway's finance minister"
                    recent = self._office_just_ended(hit.key, start + lead, root)
                    actor = recent or (self._office_now(start + lead, root, actor) if described else None) or actor
        if actor is None:
            desc = self._person_description(start + lead, root)
            written = POSSESSIVE_END.sub("", self._text(start, end))
            role, sector = (desc.role.phrase, desc.sector) if desc.role else (None, desc.sector)
            if desc.former and role:  # as the file's former office holders
                role, sector = former_role(role), former_sector(sector)
            org = desc.org.code if desc.org else None
            country = desc.country or (desc.org.country if desc.org else None)
            if country is None and desc.owner is not None and desc.role is not None:
                country, org = owner_country(desc)  # "His spokesman, Colonel X": whose spokesman says whose
            if country is None and org is None and desc.role is not None and desc.sector in POLITICAL_SECTORS:
                topic = self._country_named_before(root)  # "Opposition candidate X" in an article about Belarus
                country = topic.country if topic is not None else None
            known = self.kb.terms_by_name.get(hit.key, ()) if hit else ()
            if len({t.name for t in known}) == 1:  # in the file, but not in office on this date
                written, gender = known[0].name, known[0].gender  # keeps the id stable
                parts = parts | frozenset(w.lower() for w in written.split())
                homes = {t.country for t in known if t.org is None}
                if country is None and org is None and len(homes) == 1 and "IGO" not in homes:
                    country = next(iter(homes))  # "Lai Ching-te" before his presidency: a politician of Taiwan
            actor = ids.person_actor(written, country, org, sector, role)
            self._remember_roles(actor, desc)
        elif root.left_edge.i < start:  # "General Abdourahamane Tchiani" (the title outside the entity)
            self.titled.setdefault(actor.id, []).append((root.left_edge.i, start))
        self._add(start, end, actor, root, gender, parts)
        if root.dep_ in ("poss", "compound"):
            # "Sassou Nguesso's government", "the Maduro government": the person gives the country
            self.owner_of[root.i] = actor

    # -- group nouns and roles ------------------------------------------------------------------------

    def _is_role_head(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        if lemma not in self.c.role_heads and token.lower_ not in self.c.role_heads:
            return False
        if token.ent_type_ == "PERSON" or token.dep_ in ("compound", "amod"):
            return False  # a title in front of a name, or a modifier of a bigger noun phrase
        if lemma in self.c.abstract_when_bare and self._bare_singular(token):
            return False  # "the use of force", "by force": the abstract noun, not an armed force
        hit = self.hit_at.get(token.i)
        return hit is None or hit.category in ("country", "demonym", "context")

    @staticmethod
    def _bare_singular(token: Token) -> bool:
        """A singular noun with no determiner, possessor, number or noun modifier ('force' in 'by force',
        'excessive force'; not 'the force', 'a peacekeeping force', 'Nigeria's air force')."""
        if token.tag_ not in ("NN", "NNP"):
            return False
        return not any(left.dep_ in BARE_BLOCKERS for left in token.lefts)

    def _group(self, head: Token) -> None:
        sent = self.sent_of[head.i]
        start = head.left_edge.i
        while start < head.i and self.sent_of[start] != sent:
            start += 1
        end = head.i + 1
        tokens = self.tok[start:end]
        if start < head.i:
            self._country_possessor(tokens)
        collective = False
        for child in head.rights:
            if child.dep_ != "prep" or child.lower_ not in self.c.attach_preps:
                continue
            # "chief of NATO", "troops from the North": only a known country or organisation attaches;
            # "UN peacekeepers in Lebanon" stay the UN's, "Russian troops in Syria" Russia's
            if child.lower_ in self.c.locative and any(t.i in self.hit_at or t.i in self.owner_of for t in tokens):
                break
            obj = next((t for t in child.children if t.dep_ == "pobj"), None)
            if obj is None:
                break
            hit = self.hit_at.get(obj.i)
            if hit is not None and hit.category != "holder":
                end = max(obj.i + 1, hit.end, *(c.i + 1 for c in obj.conjuncts if c.i in self.hit_at))
                tokens += self.tok[head.i + 1 : end]
                break
            if child.lower_ in ("of", "from", "for") and self._modifier_hit(obj):
                end = obj.i + 1  # "the president of the ECOWAS Commission", "a spokesman for the Chinese embassy"
                tokens += self.tok[head.i + 1 : end]
                break
            if child.lower_ in ("of", "from") and any(place_country(self.kb, t) for t in (obj, *obj.lefts)):
                end = obj.i + 1  # "the governor of Kursk region", "a teacher from Kharkiv": the place's country
                tokens += self.tok[head.i + 1 : end]
                break
            if obj.lemma_.lower() in self.c.collective_nouns:  # "from eight Nordic and Baltic countries"
                end, collective = obj.i + 1, True
                tokens += self.tok[head.i + 1 : end]
                break
        appos = appositive_tokens(self.tok, head, self.c.location_participles)
        desc = describe(self.kb, tokens + appos, self.hit_at, self.owner_of, self.mentioned)
        if desc.role is None or (desc.role.number == "named" and not (desc.country or desc.org)):
            if desc.role is None and head.lemma_.lower() in self.c.nominal_words:
                self._nominal(head)  # "the agency", "the Gulf state": no role, maybe an actor named before
            return
        actor = None
        if head.dep_ == "appos":  # "Mark Rutte, the NATO chief": the apposition is the person
            actor = next((m.actor for m in reversed(self.mentions) if m.head == head.head.i), None)
        actor = actor or self._appositive_person(head)
        if actor is not None and actor.kind == "person":
            self._remember_roles(actor, desc)
        actor = actor or self._group_actor(head, start, desc, collective)
        if actor is None:
            return
        plural = head.tag_ in ("NNS", "NNPS")
        if plural:
            number = anaphora.MANY
        elif actor.kind == "person" or desc.role.number in ("sg", "pl"):
            number = anaphora.PERSON
        else:
            number = anaphora.ONE
        if head.dep_ == "poss":
            # "the minister's spokeswoman": the possessor only says whose; it is no mention of its own, so that
            # pronouns and later descriptions keep to the people and groups the text names; a body is in the output
            # all the same ("the court's decisions" has the court), a person's role stays part of the phrase
            self.owner_of[head.i] = actor
            if desc.role.number == "body" and actor.kind != "person":
                self.out[(self.tok[start].idx, head.idx + len(head))] = actor
            return
        self._add(start, end, actor, head, number=number)
        if desc.role.number == "thing":
            self.mentions[-1].referent = False  # "a Chinese drone had entered its airspace": a weapon is no "it"
        if actor.sector and actor.country and actor.kind != "person":
            self._each_country(self.tok[start:end], actor.sector)

    def _modifier_hit(self, noun: Token) -> bool:
        """Whether a known organisation or country modifies `noun` ("the ECOWAS Commission", "the Chinese embassy")."""
        named = noun.pos_ == "PROPN" and noun.ent_type_ == "ORG"  # "the American Action Forum" is no state's
        for left in noun.lefts:
            hit = self.hit_at.get(left.i)
            if hit is not None and left.dep_ in ("compound", "amod", "nmod", "poss") and hit.category in MODIFIER_HITS:
                if not (named and hit.category == "demonym"):
                    return True
        return False

    def _appositive_person(self, head: Token) -> Actor | None:
        """'Lithuania's defence minister, Rasa Vaitkute, said': the person the apposition names, not the holder
        the office-holder file lists for that date (the text may name someone the file does not know)."""
        titled = head.tag_ in ("NN", "NNP")  # a plural is no titled person: "the Syrian refugees [,] President X"
        for child in head.rights:
            ent = self._person_ent_at(child, titled) if child.dep_ == "appos" else None
            if ent is not None and not self._inside_hit(ent):
                self._person(ent.start, ent.end, self.hit_at.get(ent.start))
                return self.mentions[-1].actor
        return None

    def _person_ent_at(self, token: Token, titled: bool = True) -> Span | None:
        """The PERSON entity that ends the phrase of `token`, titles in front allowed when `titled` ('General
        Abdourahamane Tchiani', 'lawyer Tomas Riquelme': spaCy leaves the title out of the entity)."""
        first = token.left_edge.i
        for start in range(first, token.i + 1 if titled else first + 1):
            ent = self.person_ents.get(start)
            if ent is not None:
                only_titles = len(self._titles_before(first, start)) == start - first
                return ent if ent.end > token.i and only_titles else None
        return None

    def _each_country(self, tokens: list[Token], sector: str) -> None:
        """'Hungarian and Romanian officials': each coordinated country also gets its own sector actor
        (HUN-GOV, ROU-GOV) on its name, so that events can list them all."""
        hits = {}
        for token in tokens:
            hit = self.hit_at.get(token.i)
            if hit is not None and hit.category in ("country", "demonym", "capital"):
                if token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
                    hits[hit.start] = hit  # "Saudi Arabia and Qatar": the conjunction sits on "Arabia"
        countries = {self._hit_actor(h, self.doc[h.start : h.end]).country for h in hits.values()}
        if len(countries) < 2:
            return
        for hit in hits.values():
            name = self.doc[hit.start : hit.end]
            iso3 = self._hit_actor(hit, name).country
            self.each_country[(name.start_char, name.end_char)] = ids.state_actor(self.kb, iso3, sector)

    # -- organisations the knowledge files do not know ---------------------------------------------------

    def _comma_after(self, ent: Span) -> bool:
        """Cheap test before the apposition check: an apposition follows a comma."""
        return ent.end < len(self.tok) and int(self.arr[ent.end, 0]) == self.c.comma

    def _unknown_org(self, ent: Span, label: str) -> bool:
        """An ORG entity that is no known name nor a group noun ("Parsian Logistics"), or a GPE/PERSON entity that an
        apposition calls a company or the like ("Rosatom, Russia's state nuclear company")."""
        if any(i in self.hit_at for i in range(ent.start, ent.end)):
            return False
        root = ent.root
        if root.dep_ in ("compound", "amod"):
            return False  # "Bank executives": a modifier of a group noun, which the group rules read
        if label == "ORG":  # an entity with a role phrase in it ("D.C. Court of Appeals") is a group noun, not one
            # ending on a role phrase's last word only ("EB-5 Investment Coalition"), nor a weapon's ("Hexa Drone Systems")
            tokens = self.tok[ent.start : ent.end]
            heads = self.c.role_heads
            if not any(t.lower_ in heads or t.lemma_.lower() in heads for t in tokens):
                return True
            return not any(role.number != "thing" for _, role in find_roles(self.kb, tokens, set()))
        if ent.text.lower() in self.c.names.place_names:
            return False
        for child in root.children:
            role = self.kb.roles.get(child.lemma_.lower()) if child.dep_ == "appos" else None
            if role is not None and role.number == "body":
                return True
        return False

    def _named_org(self, ent: Span) -> None:
        """An unknown organisation, with the country and sector the text gives it ("the Chinese firm X",
        "X, a company based in Italy"): only when a word such as company, firm or broadcaster says what it is."""
        root = ent.root
        sent = self.sent_of[root.i]
        tokens = [t for t in self.tok[root.left_edge.i : ent.start] if self.sent_of[t.i] == sent]
        tokens += list(ent) + appositive_tokens(self.tok, root, self.c.location_participles)
        desc = describe(self.kb, tokens, self.hit_at, self.owner_of, self.mentioned)
        described = desc.role is not None and desc.role.number == "body"
        country = (desc.country or (desc.org.country if desc.org else None)) if described else None
        actor = ids.named_org_actor(ent.text, country, desc.sector if described else None)
        self._add(ent.start, ent.end, actor, root)

    # -- entities the rules above did not reach ---------------------------------------------------------

    def _entities(self) -> None:
        spans = sorted(self.out)  # by start: an entity only looks at the spans that can touch it
        starts = [k[0] for k in spans]
        longest = max((k[1] - k[0] for k in spans), default=0)
        for ent, label in zip(self.ents, self.ent_labels):
            if label not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
                continue
            key = (ent.start_char, ent.end_char)
            if key in self.out:
                continue
            near = spans[bisect_left(starts, ent.start_char - longest) : bisect_right(starts, ent.end_char)]
            covered = [k for k in near if ent.start_char <= k[0] and k[1] <= ent.end_char]
            inner = [k for k in near if k[0] <= ent.start_char and ent.end_char <= k[1]]
            if covered:
                self.out[key] = self.out[max(covered, key=lambda k: (k[1] - k[0], k[1]))]
            elif inner and label in ("ORG", "FAC"):  # "defense ministry" inside "South Korea's defense ministry"
                self.out[key] = self.out[min(inner, key=lambda k: k[1] - k[0])]
            elif label == "ORG" and ent.text.lower() not in self.c.region_adjectives:  # 'Nordic [countries]': no organisation
                self.out[key] = ids.named_org_actor(ent.text)
