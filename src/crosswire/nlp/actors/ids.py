"""Actor ids and constructors: the same real actor gets the same id in every article (docs/actors.md).

Id scheme:
  PRK                 a state as a whole (kind state)
  PRK-MIL, RUS-GOV    a sector of a state; kind state for state organs (GOV MIL LEG JUD COP SPY), else group
  IGO-NATO, NGO-MSF   an intergovernmental / non-governmental organisation
  IGO-G7-GOV          a sector of an organisation (its ministers, officials): kind group
  GRP-HAMAS           a named non-state group with a home country (armed groups, parties)
  org:samsung         a company or news outlet from organisations.tsv (the id of its canonical name)
  person:mark-rutte   a person (slug of the canonical or written name)
  org:acme-corp       a named organisation not in the knowledge files
  CVL, GOV            a sector with no country known ("two protesters"): kind group
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crosswire.knowledge import Knowledge, OfficeTerm, Organisation
from crosswire.records import Actor

STATE_ORGANS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
_CACHE = 4096  # actors are frozen: the same arguments may share one record across articles


@lru_cache(maxsize=_CACHE)
def slug(name: str) -> str:
    """Lower-case ASCII slug of a name: 'Volodymyr Zelenskyy' -> 'volodymyr-zelenskyy'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unnamed"


def state_actor(kb: Knowledge, iso3: str, sector: str | None = None) -> Actor:
    """A state (sector None) or one of its sectors (RUS-GOV, PRK-MIL, UKR-CVL)."""
    label = kb.country_label.get(iso3, iso3)
    if sector is None:
        return Actor(id=iso3, name=label, kind="state", country=iso3)
    kind = "state" if sector in STATE_ORGANS else "group"
    return Actor(id=f"{iso3}-{sector}", name=f"{label} {sector}", kind=kind, country=iso3, sector=sector)


def org_actor(kb: Knowledge, org: Organisation, sector: str | None = None) -> Actor:
    """An organisation, or (with a sector different from its own) a group within it (IGO-G7-GOV). A company or news
    outlet (kind org) keeps the id an unknown organisation of that name would have (org:samsung)."""
    if org.kind == "org":
        base, kind = f"org:{slug(org.name)}", "org"
    else:
        base = f"{org.kind.upper()}-{org.code}" if org.kind in ("igo", "ngo") else f"GRP-{org.code}"
        kind = org.kind if org.kind in ("igo", "ngo") else "group"
    if sector is None or sector == org.sector:
        return Actor(id=base, name=org.name, kind=kind, country=org.country, org=org.code, sector=org.sector)
    return Actor(
        id=f"{base}-{sector}", name=f"{org.name} {sector}", kind="group", country=org.country, org=org.code,
        sector=sector,
    )


def is_organisation(actor: Actor) -> bool:
    """A named organisation (IGO, NGO, group, company or one the files do not know), or a group inside one."""
    return actor.kind != "state" and (actor.org is not None or actor.id.startswith("org:"))


@lru_cache(maxsize=64)
def sector_actor(sector: str) -> Actor:
    """A sector with no known country or organisation."""
    return Actor(id=sector, name=sector, kind="group", sector=sector)


@lru_cache(maxsize=_CACHE)
def holder_actor(term: OfficeTerm) -> Actor:
    """A known office holder, with the role they hold on the article's date."""
    return Actor(
        id=f"person:{slug(term.name)}", name=term.name, kind="person", country=term.country, org=term.org,
        sector=term.sector, role=term.role,
    )


@lru_cache(maxsize=_CACHE)
def person_actor(name: str, country: str | None, org: str | None, sector: str | None, role: str | None) -> Actor:
    """A person not in the office-holder file: only what the text says about them."""
    return Actor(id=f"person:{slug(name)}", name=name, kind="person", country=country, org=org, sector=sector, role=role)


def named_org_actor(name: str, country: str | None = None, sector: str | None = None) -> Actor:
    """A named organisation the knowledge files do not know, with the country and sector the text gives it."""
    return Actor(id=f"org:{slug(name)}", name=name, kind="org", country=country, sector=sector)
