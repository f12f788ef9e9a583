"""infer_published: a publication date for an undated article, from what its text allows (docs/times.md)."""

from __future__ import annotations

import datetime as dt
import re

from crosswire.nlp.timex import anchor as A
from crosswire.nlp.timex.grammar import Candidate
from crosswire.nlp.timex.lexicon import load_lexicon

_DAY_RULES = ("month_day", "day_month", "iso_date", "slash_date")
_YEARS_AHEAD = 40  # how far past the lower bound a weekday may push the year


def _month_day(c: Candidate) -> tuple[int, int] | None:
    g = c.groups
    lex = load_lexicon()
    month = int(g["mnum"]) if "mnum" in g else lex.months.get(g["month"].lower().rstrip("."))
    day = int(re.sub(r"\D", "", g["day"]))
    return (month, day) if month else None


def _full_date(c: Candidate) -> dt.date | None:
    md = _month_day(c)
    year = c.groups.get("year")
    if not md or not year or len(year) != 4:
        return None
    return A.valid_date(int(year), *md)


def infer_published(text: str, tensed: list[tuple[Candidate, str]]) -> dt.date | None:
    """The publication date the text implies, or None.

    1. The latest fully written date (with year) not in a future-tense clause.
    2. Else the latest month-day mention ('Nov. 7'), in the first year that is after every year the
       text mentions in the past tense, matches every weekday written next to a date ('Thursday,
       Nov. 7') and every year cue of the lexicon (e.g. a U.S. President-elect in November).
    3. Else None: no day can be fixed.
    """
    full = [d for c, tense in tensed if c.rule in _DAY_RULES and tense != A.FUTURE for d in [_full_date(c)] if d]
    if full:
        return max(full)
    days = [(c, _month_day(c)) for c, _ in tensed if c.rule in ("month_day", "day_month") and "year" not in c.groups]
    days = [(c, md) for c, md in days if md]
    if not days:
        return None
    past_years = [int(c.groups["year"]) for c, tense in tensed if c.rule == "year" and tense != A.FUTURE]
    if not past_years:
        return None
    lower = max(past_years) + 1
    weekdays = [(md, load_lexicon().weekdays[c.groups["wd"].lower()]) for c, md in days if c.groups.get("wd")]
    latest = max(md for _, md in days)
    cues = [cue for cue in load_lexicon().year_cues if latest[0] in cue["months"] and re.search(cue["pattern"], text)]
    for year in range(lower, lower + _YEARS_AHEAD):
        if A.valid_date(year, *latest) is None:
            continue
        if any((d := A.valid_date(year, *md)) is None or d.isoweekday() != wd for md, wd in weekdays):
            continue
        if any(year % cue["year_mod"] != cue["year_rem"] for cue in cues):
            continue
        return A.valid_date(year, *latest)
    return None
