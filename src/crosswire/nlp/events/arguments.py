"""Who did it and to whom: the event's argument noun phrases, resolved to Actor records.

Resolution order for a token: the actors component (`crosswire.nlp.actors.actor_for_token`) when it is
installed, else the mentions it stored in `doc._.cw_actors`, else a small fallback over the shared
knowledge files (country names, demonyms, capitals, organisations) so the coder still works alone.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from crosswire.records import Actor

# Modifiers of a noun that can name who it belongs to: "North Korean troops", "Russia's army".
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
_MAX_HOPS = 3


@functools.lru_cache(maxsize=1)
def _actors_api():
    """The actors component's lookup function, or None while it is not installed."""
    try:
        from crosswire.nlp import actors as actors_module
    except ImportError:
        return None
    return getattr(actors_module, "actor_for_token", None)


@functools.lru_cache(maxsize=1)
def _fallback_tables():
    """Lower-cased surface form -> (ISO3 or IGO, kind) from the knowledge files, or {} without them."""
    try:
        from crosswire.knowledge import load_knowledge

        kb = load_knowledge()
    except Exception:  # noqa: BLE001 - the fallback is optional; the actors component is the real source
        return {}
    table: dict[str, tuple[str | None, str, str]] = {}
    for name, iso3 in kb.country_names.items():
        table[name] = (iso3, "state", kb.country_label.get(iso3, name))
    for name, iso3 in kb.capitals.items():
        table.setdefault(name, (iso3, "state", kb.country_label.get(iso3, name)))
    for name, iso3 in kb.demonyms.items():
        table.setdefault(name, (iso3, "state", kb.country_label.get(iso3, name)))
    for name, (iso3, _sector) in kb.seats.items():
        table.setdefault(name, (iso3, "state", kb.country_label.get(iso3, name)))
    for name, org in kb.organisations.items():
        country = "IGO" if org.kind == "igo" else org.country
        table.setdefault(name, (country, org.kind, org.name))
    return table


def _fallback_actor(doc: Doc, token: Token) -> Actor | None:
    table = _fallback_tables()
    if not table:
        return None
    candidates = []
    if token.ent_type_:
        ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            candidates.append(ent.text)
            if ent.text.lower().startswith("the "):
                candidates.append(ent.text[4:])
    candidates.append(token.text)
    for text in candidates:
        key = text.lower().removesuffix("'s").removesuffix("’s").strip()
        found = table.get(key) or (table.get(key[:-1]) if token.ent_type_ == "NORP" and key.endswith("s") else None)
        if found:
            country, kind, name = found
            if kind == "state" and country:
                return state_actor(country)
            return Actor(id=f"{kind}:{country or key}", name=name, kind=kind, country=country)
    return None


def state_actor(iso3: str) -> Actor:
    """A state as a whole, with the actors component's id scheme (the ISO3 code) when it is installed."""
    try:
        from crosswire.knowledge import load_knowledge
        from crosswire.nlp.actors.ids import state_actor as make_state

        return make_state(load_knowledge(), iso3)
    except Exception:  # noqa: BLE001 - same record, plainer name, when the actors package is absent
        return Actor(id=iso3, name=iso3, kind="state", country=iso3)


def actor_at(doc: Doc, token: Token) -> Actor | None:
    """The actor a single token is part of, if any resolver knows it."""
    api = _actors_api()
    if api is not None:
        try:
            found = api(doc, token)
        except Exception:  # noqa: BLE001 - a resolver bug must not drop the event; scan the mentions below
            api = found = None
        if found is not None:
            return found
    mentions = doc._.cw_actors
    if mentions is not None:  # the actors component ran: trust it, except for plural demonyms it skipped
        if api is None:  # no mention index answered: scan the mentions
            idx = token.idx
            for (start, end), actor in mentions.items():
                if start <= idx < end:
                    return actor
        return _fallback_actor(doc, token) if token.ent_type_ == "NORP" else None
    return _fallback_actor(doc, token)


def conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("China, Iran and North Korea")."""
    out = [token]
    out.extend(t for t in token.conjuncts if t.i != token.i)
    return sorted(out, key=lambda t: t.i)


def _owners(doc: Doc, token: Token, hops: int) -> list[Actor]:
    """Actors named by the token itself, else by its owner modifiers, else by its "of" phrase.

    Coordinated modifiers name several actors ("Hungarian and Romanian officials"); an actor without a
    country ("thousands") gives way to one with a country found in its modifiers ("of Georgians").
    """
    actor = actor_at(doc, token)
    if hops <= 0:
        return [actor] if actor is not None else []
    modifiers: list[Actor] = []
    for child in token.children:
        if child.dep_ in _OWNER_DEPS:
            for mod in conjuncts(child):
                modifiers.extend(_owners(doc, mod, hops - 1))
    with_country = {a.country for a in modifiers if a.country}
    found: list[Actor] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for head in conjuncts(obj):
                        found.extend(_owners(doc, head, hops - 1))
    found_countries = {a.country for a in found if a.country}
    if len(found_countries) > max(1, len(with_country)):  # "the leaders of Germany, France and Poland": three
        return [a for a in found if a.country]
    if actor is not None and actor.country and len(with_country) < 2:
        return [actor]
    if with_country:
        return [a for a in modifiers if a.country]
    if found_countries:
        return [a for a in found if a.country]
    if actor is not None:
        return [actor]
    return modifiers or found


def resolve_phrase(doc: Doc, head: Token, keep_unresolved: bool = True) -> list[tuple[Actor, Token]]:
    """Actors for a noun phrase and its conjuncts; unresolved heads become country-less actors."""
    out: list[tuple[Actor, Token]] = []
    seen: set[str] = set()
    for token in conjuncts(head):
        actors = _owners(doc, token, _MAX_HOPS)
        if not actors and keep_unresolved and token.pos_ in ("NOUN", "PROPN") and not token.like_num:
            actors = [_unresolved(token)]
        for actor in actors:
            if actor.id not in seen:
                seen.add(actor.id)
                out.append((actor, token))
    return out


def _unresolved(token: Token) -> Actor:
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "punct")]
    name = " ".join(t.text for t in words) if 0 < len(words) <= 4 else token.text
    return Actor(id=f"unknown:{name.lower()}", name=name, kind="unknown")
