"""Read what a title, apposition or group noun phrase says about an actor: country, organisation, role, sector."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from crosswire.knowledge import Knowledge, Organisation, Role
from crosswire.nlp.actors.names import NameHit, hit_country
from crosswire.records import Actor

MAX_ROLE_WORDS = 5


@dataclass(slots=True)
class Description:
    """What a phrase says: country (ISO3), organisation, roles found, seat sector, possessor actor."""

    country: str | None = None
    org: Organisation | None = None
    roles: tuple[Role, ...] = ()
    seat_sector: str | None = None
    owner: Actor | None = None
    unknown_modifier: bool = False
    country_from_org: bool = False  # the country is only the home of a named group ("Hezbollah fighters")
    former: bool = False  # "former President Bill Clinton", "the ex-defence minister": no longer in office
    tokens: list[Token] | tuple = ()  # the phrase described, for says_former

    @property
    def sector(self) -> str | None:
        """The most specific sector: a specific role, else a seat, else a generic role, else the organisation's."""
        specific = [r for r in self.roles if not r.generic]
        if specific and specific[-1].head and self.org and self.org.sector and self.org.country not in (None, "IGO"):
            return self.org.sector  # "UAW President Shawn Fain": the head of a union, party or company, in its sector
        if specific:
            return specific[-1].sector
        if self.seat_sector:
            return self.seat_sector
        if self.org and self.org.sector:
            return self.org.sector  # "the Hezbollah chief" is REB, "WHO officials" MED
        return self.roles[-1].sector if self.roles else None

    def says_former(self, former_words) -> bool:
        """Whether a former word stands anywhere in the phrase ("a former lieutenant governor and ambassador"),
        not only right before the last role."""
        return self.former or any(t.lower_ in former_words for t in self.tokens)

    @property
    def role(self) -> Role | None:
        """The role nearest the head (the last one found)."""
        return self.roles[-1] if self.roles else None


def find_roles(kb: Knowledge, tokens: list[Token], skip: set[int]) -> list[tuple[int, Role]]:
    """Role phrases among contiguous runs of `tokens` (longest first), ignoring tokens in `skip`, with the
    token index each starts at, in text order."""
    found: list[tuple[int, Role]] = []
    used: set[int] = set()
    last = kb.role_last_words
    lowers = [t.lower_ for t in tokens]
    ends = [lower in last or t.lemma_.lower() in last for lower, t in zip(lowers, tokens)]  # a role ends on one
    if not any(ends):
        return []
    # each token's text is read once here, not once per window
    positions = [t.i for t in tokens]
    pieces = [lower + t.whitespace_ for lower, t in zip(lowers, tokens)]
    lemmas = [t.lemma_.lower() if end else None for end, t in zip(ends, tokens)]
    for size in range(MAX_ROLE_WORDS, 0, -1):
        for a in range(0, len(tokens) - size + 1):
            z = a + size - 1
            if not ends[z]:
                continue
            idx = set(positions[a : z + 1])
            if idx & used or idx & skip or positions[z] - positions[a] != size - 1:
                continue
            prefix = "".join(pieces[a:z])
            role = kb.roles.get(prefix + lemmas[z]) or kb.roles.get(prefix + lowers[z])
            if role is not None and role.number == "thing" and tokens[z].ent_type_ == "ORG":
                continue  # "Hexa Drone Systems": a weapon's word inside an organisation's name is part of the name
            if role is not None:
                found.append((positions[a], role))
                used |= idx
    return sorted(found, key=lambda x: x[0])


def describe(
    kb: Knowledge,
    tokens: list[Token],
    hit_at: dict[int, NameHit],
    owner_of: dict[int, Actor],
    mentioned: set[str],
) -> Description:
    """Describe the actor a phrase refers to from the known names, role words and possessors in it."""
    desc = Description()
    hit_tokens: set[int] = set()
    seen_hits: set[int] = set()
    former = kb.words["former_words"]
    for token in tokens:
        hit = hit_at.get(token.i)
        if hit is not None:
            hit_tokens.add(token.i)
            if token.i in owner_of and desc.owner is None:
                desc.owner = owner_of[token.i]  # a known person as possessor ("Putin's government")
            if hit.start in seen_hits:
                continue
            seen_hits.add(hit.start)
            _apply_hit(kb, desc, hit, mentioned)
        elif token.i in owner_of and desc.owner is None:
            desc.owner = owner_of[token.i]
        elif desc.country is None and (place := place_country(kb, token)):
            desc.country = place  # "a teacher from Kharkiv", "the governor of Kursk region"
        elif token.ent_type_ in ("NORP", "ORG") and token.dep_ in ("amod", "compound"):
            desc.unknown_modifier = True
    found = find_roles(kb, tokens, hit_tokens)
    desc.roles = tuple(role for _, role in found)
    if found:
        desc.former = _former(tokens, found[-1][0], hit_tokens, former)
        desc.tokens = tokens
    return desc


def _former(tokens: list[Token], role_start: int, names: set[int], former: list[str]) -> bool:
    """Whether 'former' or 'ex' stands before the role, with at most names, modifiers and hyphens between
    ('former NATO chief', 'former deputy minister', 'Ex-President'; not 'a former minister and retired general'
    for 'general')."""
    before = [t for t in tokens if t.i < role_start]
    for token in reversed(before):
        if token.lower_ in former:
            return True
        if not (token.i in names or token.text in ("-", "–") or token.dep_ in ("amod", "compound")):
            return False
    return False


PLACE_PREPOSITIONS = ("in", "from", "of")


def place_country(kb: Knowledge, token: Token) -> str | None:
    """The country of a city the phrase places its actor in: 'from Kharkiv', 'of Kursk region'."""
    if token.pos_ != "PROPN" or token.lower_ not in kb.cities:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS:
        return kb.cities[token.lower_]
    area = token.head
    if token.dep_ == "compound" and area.dep_ == "pobj" and area.lemma_.lower() in kb.words["area_nouns"]:
        return kb.cities[token.lower_] if area.head.lower_ in PLACE_PREPOSITIONS else None
    return None


def _apply_hit(kb: Knowledge, desc: Description, hit: NameHit, mentioned: set[str]) -> None:
    category, key = hit.category, hit.key
    if category == "org" and desc.org is None:
        desc.org = kb.organisations[key]
        if desc.country is None and desc.org.country not in (None, "IGO"):
            desc.country = desc.org.country
            desc.country_from_org = True
    elif category == "seat" and (desc.country is None or desc.country_from_org):
        desc.country, desc.seat_sector = kb.seats[key]
        desc.country = hit.iso3 or desc.country  # a name several states use: the article's reading
        desc.country_from_org = False
    elif category in ("country", "capital", "demonym") and (desc.country is None or desc.country_from_org):
        desc.country = hit_country(kb, hit)
        desc.country_from_org = False
    elif category == "context" and desc.country is None:
        iso3, needs = kb.context_aliases[key]
        if needs & mentioned:
            desc.country = iso3


def appositive_tokens(tokens: list[Token], root: Token, participles: set[str]) -> list[Token]:
    """The words of an apposition to `root` ("a Norwegian company") and where it is based ("based in
    Italy"); `tokens` is the Doc as a list, `participles` the words that say where ("based")."""
    found: list[Token] = []
    for child in root.children:
        if child.dep_ != "appos":
            continue
        found += tokens[child.left_edge.i : child.i + 1]
        for verb in child.children:
            if verb.dep_ == "acl" and verb.lower_ in participles:
                for prep in verb.children:
                    for obj in prep.children if prep.dep_ == "prep" else ():
                        if obj.dep_ == "pobj":
                            found += tokens[obj.left_edge.i : obj.i + 1]
    return found


def is_title_word(token: Token, titles: set[str], role_heads) -> bool:
    """Whether a word in front of a name can be its title: a rank, honorific or role word ('Colonel', 'Gen.',
    'Mr.', 'President'), or a lower-case noun or adjective ('lawyer', 'veteran'); never punctuation or a quote
    mark ('"King" James' is a nickname) nor an unknown capitalised word ('ERP Compliant Fuels')."""
    if token.is_punct or token.is_quote:
        return False
    if token.is_lower:
        return token.pos_ in ("NOUN", "ADJ")
    word = token.lower_.rstrip(".")
    return word in titles or word in role_heads


def leading_titles(tokens: list[Token], honorifics: set[str], role_heads) -> tuple[int, bool]:
    """How many tokens at the front of a name are honorifics or capitalised titles ('Sheikh Mohammed ...',
    'Emir Sheikh', spaCy's split of a longer name), and whether an honorific is among them."""
    n, honorific = 0, False
    for token in tokens:
        is_honorific = token.lower_.rstrip(".") in honorifics
        if not (is_honorific or token.is_title and token.lower_ in role_heads):
            break
        n, honorific = n + 1, honorific or is_honorific
    return n, honorific
