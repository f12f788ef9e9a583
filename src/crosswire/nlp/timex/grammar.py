"""The time-expression grammar: one compiled regex per rule kind, run over the whole text.

Extents follow TimeML: a determiner and modifiers ("the", "early", "the past", "more than") are
part of the expression, a governing preposition ("on", "in", "since") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.nlp.timex.lexicon import fragments

_MOD_EDGE = r"(?:early|late|mid-?|the\s+(?:beginning|start|end|middle|close)\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)"
_AMOUNT_MOD = (
    r"(?:about|around|approximately|roughly|nearly|almost|less\s+than|fewer\s+than|more\s+than|"
    r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just|only|barely|well\s+over|"
    r"only\s+about|just\s+over|just\s+under|(?:over|under|some)(?!\s+(?:the|its|his|her|their|past|last|next|this|that)\b))"
)
_REL = r"(?:the\s+latest|the\s+most\s+recent|this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+previous|the\s+following|the\s+next|the\s+past|the\s+current|the\s+same|that)"

# (rule name, pattern); {NAME} is replaced by a fragment from lexicon.fragments().
RULES: list[tuple[str, str]] = [
    ("iso_date", r"\b(?P<year>{YEAR})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    ("slash_date", r"\b(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>{YEAR}|\d\d)\b"),
    (
        "month_day",
        r"\b(?:(?P<mod>early|late)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+(?:(?P<rel>this\s+coming|this\s+past|this|last|next)\s+)?)?(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b"
        r"(?!\s*(?:%|percent|million|billion|points?|-))(?:,?\s+(?P<year>{YEAR})\b)?",
    ),
    ("day_month", r"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<month>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR})\b)?"),
    (
        "month_year",
        r"\b(?:(?P<mod>" + _MOD_EDGE + r")\s*)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})\b",
    ),
    (
        "month",
        r"\b(?:(?P<mod>" + _MOD_EDGE + r")\s*)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|each|every)\s+)?"
        r"(?P<month>{MONTH_FULL})\b(?:\s+(?P<rel2>this|last|next)\s+year\b)?",
    ),
    (
        "weekday",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+previous|the\s+following|the\s+next|each|every|that)\s+)?"
        r"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:'s)?(?:\s+(?P<pod>{POD})s?)?\b",
    ),
    (
        "clock",
        r"(?:\b(?P<amod>about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after)\s+)?"
        r"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?|o'clock)(?:\s+(?P<tz>{TZ}))?"
        r"(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<rd>today|yesterday|tomorrow)|(?P<month>{MONTH})\s+(?P<day>{DAYNUM})))?",
    ),
    ("clock24", r"(?<=\bat\s)(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b(?:\s+(?P<tz>{TZ}))?"),
    (
        "noon",
        r"\b(?P<word>noon|midnight|midday)(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<rd>today|yesterday|tomorrow)))?",
    ),
    (
        "relday",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)"
        r"(?:'s)?(?:\s+(?P<pod>{POD}))?\b",
    ),
    (
        "this_pod",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|the|that|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening|night)\b",
    ),
    ("overnight", r"\b(?P<word>overnight)\b"),
    (
        "rel_unit",
        r"\b(?:(?P<prep>for|during|over|throughout|in|of|from|through|since|by|until)\s+)?(?:(?P<mod>early|late|earlier|later|" + _MOD_EDGE + r")\s+)?(?P<rel>" + _REL + r"|the)\s+"
        r"(?P<fiscal>fiscal\s+|calendar\s+|school\s+|academic\s+|financial\s+)?(?P<unit>week|month|year|quarter|weekend|decade|century|millennium|half)\b(?!-)"
        r"(?=(?P<ended>\s+(?:ended|ending|to\s+date)\b))?",
    ),
    (
        "ago",
        r"\b(?:(?P<amod>" + _AMOUNT_MOD + r")\s+)?(?P<num>{NUM_OR_A}|{VAGUE})\s+(?:more\s+)?(?P<unit>{UNIT})"
        r"(?:\s+or\s+so)?\s+(?:(?P<dir>ago|earlier|later|from\s+now|hence|previously)|(?P<dropdir>before|after|since))\b",
    ),
    (
        "duration",
        r"\b(?:(?P<amod>" + _AMOUNT_MOD + r")\s+)?(?P<det>(?:each\s+of\s+)?(?:the\s+)?(?:past|last|next|first|previous|following|coming|remaining|final|initial|latest|same)|another|an\s+additional|the|its|his|her|their)?\s*"
        r"(?P<num>{NUM_OR_A}|{VAGUE})(?:\s+(?:to|or)\s+(?P<num2>{NUM}))?\s+(?:(?:more|full|straight|consecutive|trading|business|calendar|long|additional|short)\s+)?"
        r"(?P<unit>{UNIT})\b(?!-)(?:\s+(?:or\s+so|or\s+more|and\s+a\s+half))?",
    ),
    (
        "hyphen_duration",
        r"\b(?P<num>\d+(?:\.\d+)?|{NUM}|several|multi|half|a)-(?P<unit>second|minute|hour|day|night|week|month|year|decade|century)s?(?P<suffix>-(?:old|long))?\b(?!-(?:ago|earlier))",
    ),
    ("units_long", r"\b(?P<unit>decades|years|months|weeks|days|hours|minutes|centuries)-long\b"),
    (
        "year",
        r"(?<![\$\d.,-])\b(?:(?P<mod>" + _MOD_EDGE + r"|post-|pre-)\s*)?(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year)\s+)?(?P<year>{YEAR})\b"
        r"(?![.,]\d|\s*(?:%|percent)|-\d)(?:\s+(?P<tail>or\s+later|and\s+beyond|or\s+earlier))?",
    ),
    (
        "year_period",
        r"\b(?P<det>the|a|its|this)\s+(?P<year>{YEAR})\s+(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+)?(?P<what>period|quarter|fiscal\s+year|season|half)\b",
    ),
    (
        "decade",
        r"(?:\b(?P<mod>early|late|mid-?)\s*)?(?:\bthe\s+)?(?:(?P<mod2>early|late|mid-?)\s*)?(?:(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<short>\d0)s\b|\b(?P<word>{DECADE_WORD})\b)",
    ),
    ("century", r"\b(?:the\s+)?(?:(?P<mod>early|late|mid-?)\s*)?(?P<ord>{ORDINAL})[-\s]century\b"),
    (
        "quarter",
        r"\b(?:(?P<pre>the\s+(?:same|comparable|year-earlier|year-ago|latest|current|previous|first|fiscal)|the|this|last|next|a|that|this\s+year's|last\s+year's|next\s+year's|the\s+year's|its)\s+)?"
        r"(?:(?P<adj>flat|strong|weak|slow|disappointing|sluggish|brisk|tough|difficult|solid|lackluster|fiscal|year-earlier|year-ago|comparable|latest)\s+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s](?:fiscal[-\s])?(?P<unit>quarter|half)\b(?!ly)"
        r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<ryear>this|last|next)\s+year))?",
    ),
    ("spelled_year", r"\b(?:(?P<det>the\s+year)\s+)?(?P<spelled>{SPELLED_YEAR})\b"),
    ("bare_units", r"\b(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries|quarters)\b"),
    ("q_quarter", r"\b(?P<q>[Qq][1-4])(?:\s+(?P<year>{YEAR}))?\b"),
    (
        "season",
        r"\b(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the|that)\s+)?"
        r"(?:(?P<mod2>early|late)\s+)?(?P<season>{SEASON})\b(?:\s+(?:of\s+)?(?P<year>{YEAR})\b)?",
    ),
    ("year_of", r"\b(?P<what>year-end|year-earlier|year-ago|year\s+end|end\s+of\s+the\s+year)\b"),
    (
        "period",
        r"\b(?P<det>the)\s+(?P<adj>same|comparable|corresponding|year-earlier|year-ago|latest|previous|current|prior-year|recent)\s+(?P<what>period|quarter|year|month)"
        r"(?:\s+(?:a|last|of\s+the\s+previous|of\s+the\s+prior)\s+year)?\b",
    ),
    ("ref", r"\b(?P<ref>{REF})\b"),
    ("current", r"\b(?P<ref>current)\b"),
    (
        "anaphor_day",
        r"\b(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|a|one|the)\s+(?P<unit>day|morning|night|evening|week|month|year)\b"
        r"(?P<tail>\s+(?:before|after|earlier|later))?",
    ),
    ("later_that", r"\b(?P<dir>later|earlier)\s+(?P<rel>that|the\s+same)\s+(?P<unit>day|week|month|year|morning|evening|night)\b"),
    ("set_every", r"\b(?P<q>every|each|per)\s+(?:(?P<num>other|{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}|morning|evening|night|afternoon)\b"),
    ("set_adv", r"\b(?P<word>{SETADV})\b"),
    ("set_times", r"\b(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT})\b"),
    ("holiday", r"\b(?:(?P<rel>last|this|next)\s+)?(?P<name>{HOLIDAY})\b(?:\s+(?P<year>{YEAR})\b)?"),
    ("week_of", r"\b(?P<det>the)\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAYNUM})\b"),
]

# Higher wins when two candidates overlap with the same length.
PRIORITY = {name: len(RULES) - i for i, (name, _) in enumerate(RULES)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A grammar match: character span, rule name and the rule's named groups."""

    start: int
    end: int
    rule: str
    groups: dict


@lru_cache(maxsize=1)
def compiled_rules() -> list[tuple[str, re.Pattern]]:
    """Every grammar rule compiled once per process."""
    frag = fragments()
    out = []
    for name, pattern in RULES:
        for key, value in frag.items():
            pattern = pattern.replace("{" + key + "}", value)
        out.append((name, re.compile(pattern, re.IGNORECASE)))
    return out


def find_candidates(text: str, accept=None) -> list[Candidate]:
    """All grammar matches in `text` that `accept(candidate)` keeps, overlaps resolved: the longest span wins, then rule order."""
    found: list[Candidate] = []
    for name, regex in compiled_rules():
        for m in regex.finditer(text):
            if m.end() > m.start():  # "prep" / "dropdir" groups are matched but left out of the extent
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                start = m.end("prep") if "prep" in groups else m.start()
                end = m.start("dropdir") if "dropdir" in groups else m.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                while start < m.end() and text[start].isspace():
                    start += 1
                cand = Candidate(start, end, name, groups)
                if accept is None or accept(cand):
                    found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), -PRIORITY[c.rule], c.start))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    taken.sort(key=lambda c: c.start)
    return taken
