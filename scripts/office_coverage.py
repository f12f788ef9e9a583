"""Print how many UN member states office_holders.tsv covers on a date, and which offices are missing.

Usage: python scripts/office_coverage.py [--date YYYY-MM-DD ...] [DATE ...] [--missing]
Dates (`--date`, repeatable, or bare) default to 2024-11-15 (the seed articles) and 2025-10-01 (the file's
review date); `--date 2020-01-01` shows how far the backfill of earlier terms reaches. Four offices
per state: head of state, head of government, foreign minister, defence minister. A president who also
heads the government has one row (head=state, the file's convention) whose source says "also head of
government": such a state counts as covered for head of government and is listed apart. A state whose office
does not exist (no armed forces, defence left to another state), is vacant (Lebanon's presidency from
2022-10-31 to 2025-01-09) or is held by a body (San Marino's two Captains Regent) has a rule in
office_rules.tsv and counts as covered "by rule" on the dates the rule gives; the script prints that number
apart from the states with a known holder, and the states of each kind of rule.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from crosswire.knowledge import OFFICES, Knowledge, OfficeTerm, _rows, load_knowledge, un_status

DEFAULT_DATES = ("2024-11-15", "2025-10-01")
# role titles as news writes them: "Foreign Minister", "Foreign Secretary", "Secretary of State",
# "External Affairs Minister", "Prime Minister and Foreign Minister"; "Defence Minister", "Secretary of Defense",
# "Minister of National Defence", Morocco's "Minister Delegate for National Defence Administration", Oman's
# "Deputy Prime Minister for Defence Affairs"; a "National Security Minister" only where the defence force falls
# under that ministry and there is no defence minister (Trinidad and Tobago until 2025: the file writes no such row
# otherwise); a minister "for" a wider portfolio that names defence (Botswana's "Minister for State President, Defence
# and Security"); a head of state who keeps a defence department among his own portfolios, written "responsible for the
# Department of Defence" (Seychelles: the Department of Defence's budget is presented with the President's entities)
FOREIGN = re.compile(r"foreign (minister|secretary|affairs)|external affairs|^secretary of state$", re.I)
DEFENCE = re.compile(
    r"defen[cs]e (minister|secretary)|(secretary|minister) of (national )?defen[cs]e|armed forces minister"
    r"|minister delegate for (national )?defen[cs]e|for defen[cs]e affairs"
    r"|national security minister|minister of national security|minister for [^|]*defen[cs]e"
    r"|responsible for the department of defen[cs]e",
    re.I,
)
# markers in the source column (see the header of office_holders.tsv)
ALSO_GOVERNMENT = "also head of government"  # a president who heads the government: one row, head=state
# "status after 2024-11 unchecked": the term's end was not reviewed after that month, so the term is not
# counted on later dates (it still resolves names: the loader reads no source column)
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
UNCHECKED = re.compile(r"status after (\d{4}-\d{2}) unchecked")


@dataclass
class Coverage:
    """Which member states have a known holder of each office on one date."""

    date: str
    members: list[str]
    covered: dict[str, set[str]] = field(default_factory=dict)  # office -> ISO3 codes
    president_heads_government: set[str] = field(default_factory=set)
    by_rule: dict[str, set[str]] = field(default_factory=dict)  # office -> states with a rule on the date, no holder
    rule_kind: dict[tuple[str, str], str] = field(default_factory=dict)  # (office, ISO3) -> none|vacant|collective

    def missing(self, office: str) -> list[str]:
        """Member states with neither a known holder of `office` on the date nor a rule saying it does not exist."""
        ruled = self.by_rule.get(office, set())
        return [iso3 for iso3 in self.members if iso3 not in self.covered[office] and iso3 not in ruled]


def offices_of(term: OfficeTerm) -> list[str]:
    """The offices among OFFICES that one term is (a joint 'Prime Minister and Foreign Minister' is two)."""
    found = []
    if term.head == "state":
        found.append("head of state")
    if term.head == "government":
        found.append("head of government")
    if term.org is None and FOREIGN.search(term.role):
        found.append("foreign minister")
    if term.org is None and DEFENCE.search(term.role):
        found.append("defence minister")
    return found


def coverage(kb: Knowledge, date: str, sources: dict[OfficeTerm, str] | None = None) -> Coverage:
    """Count, per office, the UN member states whose holder on `date` is in the file."""
    members = sorted(iso3 for iso3, status in un_status().items() if status == "member")
    result = Coverage(date, members, {office: set() for office in OFFICES})
    sources = sources if sources is not None else term_sources()
    for term in kb.terms:
        if term.org is not None or term.country not in members or not term.holds_on(date):
            continue
        if not checked_on(sources.get(term, ""), date):
            continue
        for office in offices_of(term):
            result.covered[office].add(term.country)
        if term.head == "state" and ALSO_GOVERNMENT in sources.get(term, ""):
            result.president_heads_government.add(term.country)
            result.covered["head of government"].add(term.country)
    for office in OFFICES:
        result.by_rule[office] = set()
    for rule in kb.office_rules:
        if rule.country in members and rule.applies_on(date) and rule.country not in result.covered[rule.office]:
            result.by_rule[rule.office].add(rule.country)
            result.rule_kind[(rule.office, rule.country)] = rule.kind
    return result


def checked_on(source: str, date: str) -> bool:
    """Whether a term's source vouches for `date`: false after the month named in "status after YYYY-MM unchecked"."""
    marker = UNCHECKED.search(source)
    return marker is None or date[:7] <= marker.group(1)


def term_sources() -> dict[OfficeTerm, str]:
    """The source column of each term (the loader keeps only the facts), read from the same file."""
    kb = load_knowledge()
    rows = _rows("office_holders.tsv", 11)
    return {term: row[10] for term, row in zip(kb.terms, rows)}


def requested_dates(argv: list[str]) -> list[str]:
    """The dates asked for, as `--date YYYY-MM-DD` (or `--date=...`, repeatable) or bare, in the order given."""
    dates, args = [], iter(argv)
    for arg in args:
        if arg == "--date":
            arg = next(args, "")
        elif arg.startswith("--date="):
            arg = arg.split("=", 1)[1]
        elif arg.startswith("--"):
            continue
        if not DATE.fullmatch(arg):
            raise SystemExit(f"office_coverage.py: {arg!r} is not a date; write --date YYYY-MM-DD")
        dates.append(arg)
    return dates


def main(argv: list[str]) -> None:
    """Print the coverage table for each date, and with --missing the states lacking each office."""
    kb = load_knowledge()
    dates = requested_dates(argv) or list(DEFAULT_DATES)
    print(f"office_holders.tsv: {len(kb.terms)} terms, {len({t.name for t in kb.terms})} people")
    for date in dates:
        cov = coverage(kb, date)
        total = len(cov.members)
        print(f"\n{date}: UN member states with a known holder ({total} members)")
        for office in OFFICES:
            n, ruled = len(cov.covered[office]), len(cov.by_rule[office])
            line = f"  {office:<20} {n:>3} / {total}  ({n / total:.2f})"
            if ruled:
                line += f"  + {ruled} by rule (no such office, vacant, collective)"
                line += f" = {n + ruled} ({(n + ruled) / total:.2f})"
            print(line)
        print(f"  (head of government: {len(cov.president_heads_government)} by a president who heads the government)")
        if "--missing" in argv:
            for office in OFFICES:
                print(f"  missing {office}: {' '.join(cov.missing(office)) or '-'}")
            print(f"  president heads the government: {' '.join(sorted(cov.president_heads_government))}")
            for office in OFFICES:
                for kind, label in (("none", f"no {office}"), ("vacant", f"{office} vacant"),
                                    ("collective", f"{office} collective")):
                    states = sorted(iso3 for iso3 in cov.by_rule[office] if cov.rule_kind[(office, iso3)] == kind)
                    if states:
                        print(f"  {label} (by rule): {' '.join(states)}")
    sources = term_sources()
    unchecked = [t for t in kb.terms if t.end is None and UNCHECKED.search(sources.get(t, ""))]
    print(f"\nopen terms whose status after some month is unchecked: {len(unchecked)}")
    orgs = sorted({t.org for t in kb.terms if t.org and t.head == "org"})
    print(f"\norganisations with a head in the file: {len(orgs)}: {' '.join(orgs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
