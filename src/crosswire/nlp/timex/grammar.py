"""The time-expression grammar: one compiled regex per rule kind, run over the whole text.

Extents follow TimeML: a determiner and modifiers ("the", "early", "the past", "more than") are
part of the expression, a governing preposition ("on", "in", "since") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.errors import ModelError
from crosswire.nlp.timex.lexicon import fragments, load_lexicon

_MOD_EDGE = r"(?:early|late|mid-?|the\s+(?:beginning|start|end|middle|close)\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)"
_AMOUNT_MOD = (
    r"(?:about|around|approximately|roughly|nearly|almost|less\s+than|fewer\s+than|more\s+than|"
    r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|just|only|barely|well\s+over|"
    r"only\s+about|just\s+over|just\s+under|(?:over|under|some)(?!\s+(?:the|its|his|her|their|past|last|next|this|that)\b))"
)
_REL = r"(?:the\s+latest|the\s+most\s+recent|the\s+last|this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+previous|the\s+following|the\s+next|the\s+past|the\s+current|the\s+same|that)"

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
        r"\b(?:(?P<mod>" + _MOD_EDGE + r")\s*)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))\b",
    ),
    (
        "month",
        r"\b(?:(?P<mod>" + _MOD_EDGE + r")\s*)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|each|every)\s+)?"
        r"(?P<month>{MONTH_FULL})\b(?:\s+(?P<rel2>this|last|next)\s+year\b)?",
    ),
    (
        "weekday",
        r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+previous|the\s+following|the\s+next|each|every|that)\s+)?"
        r"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:'s)?(?:\s+(?P<pod>{POD})(?P<pods>s)?)?\b",
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
        r"\b(?P<word>noon|midnight|midday)(?:,?\s+(?:on\s+(?=[A-Z]))?(?:(?P<wd>{WEEKDAY})|(?P<rd>today|yesterday|tomorrow)))?",
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
    ("mid_pod", r"\b(?P<pod>mid[-\s]?(?:morning|afternoon))\b(?:\s+(?P<rd>today|yesterday|tomorrow))?"),
    (
        "rel_unit",
        r"\b(?:(?P<prep>for|during|over|throughout|in|of|from|through|since|by|until)\s+)?(?:(?P<mod>early|late|earlier|later|" + _MOD_EDGE + r")\s+)?(?P<rel>" + _REL + r"|the)\s+"
        r"(?P<fiscal>fiscal\s+|calendar\s+|school\s+|academic\s+|financial\s+|full\s+)?(?P<unit>week|month|year|quarter|weekend|decade|century|millennium|half)\b(?!-)"
        r"(?=(?P<ended>\s+(?:ended|ending|to\s+date)\b)(?:\s+(?P<emonth>{MONTH})\s+(?P<eday>{DAYNUM})\b)?)?",
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
        r"(?P<unit>{UNIT})\b(?!-)(?:\s+(?:or\s+so|or\s+more|(?P<half>and\s+a\s+half)))?",
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
        r"(?:(?P<mod2>early|late)\s+)?(?P<season>{SEASON})\b(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<spelled>{SPELLED_YEAR}))\b)?",
    ),
    ("year_of", r"\b(?P<what>year-end|year-earlier|year-ago|year\s+end|year's\s+end|end\s+of\s+the\s+year)\b"),
    (
        "period",
        r"\b(?P<det>the)\s+(?:(?:same|comparable|corresponding)\s+(?=year-|prior-))?(?P<adj>same|comparable|corresponding|year-earlier|year-ago|latest|previous|current|prior-year|recent)\s+"
        r"(?P<what>period|quarter|year|month)(?!-)(?P<tail>\s+(?:a|last|of\s+the\s+previous|of\s+the\s+prior)\s+year)?\b",
    ),
    ("period_ago", r"\b(?P<det>the)\s+(?P<what>quarter|period)\s+(?P<tail>a\s+year\s+(?:ago|earlier))\b"),
    ("nth_day", r"\b(?P<rel>the)\s+(?P<ord>{ORDINAL})\s+(?:(?:straight|consecutive|successive)\s+)?(?P<unit>day)\b"),
    ("later_in", r"\b(?P<prep>(?:later|earlier)\s+in)\s+(?P<rel>the)\s+(?P<unit>day|week|month|year)\b"),
    ("someday", r"\b(?P<word>one\s+day)\b"),
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


_WORD = re.compile(r"[A-Za-z]+|\d+")
_DIGIT_S = "#s"  # trigger key of a number with a plural s: "1990s", "'90s"
_YEARISH = "#y"  # a four-digit number from 1500 to 2099
_DIGIT_NEXT = {":": "#:", "/": "#/", "s": _DIGIT_S}  # a number followed by one of these characters
_YEAR_RE = re.compile(r"1[5-9]\d\d|20\d\d")
_WINDOW_BEFORE, _WINDOW_AFTER = 45, 40  # characters around a trigger word a rule may span


@lru_cache(maxsize=1)
def rule_triggers() -> dict[str, frozenset]:
    """For each rule, the words (lower case; '#' = digits) one of which every match contains.

    A rule's regex only runs in windows around its trigger words: running ~40 regexes over the
    whole text costs far more than the rest of the component.
    """
    lex = load_lexicon()

    def words(phrases) -> set[str]:
        return {w for p in phrases for w in _WORD.findall(p.lower()) if not w.isdigit()}

    months, weekdays = words(lex.months), words(lex.weekdays) | {w + "s" for w in words(lex.weekdays)}
    units = words(lex.units) | {"half"}
    pods = words(lex.parts_of_day)
    numbers = {"nineteen", "eighteen", "thousand"}  # the words a spelled-out year must contain
    table = {
        "iso_date": {_YEARISH}, "slash_date": {"#/"}, "clock": {"m", "clock"}, "clock24": {"#:"}, "year": {_YEARISH},
        "year_period": {_YEARISH}, "q_quarter": {"q"},
        "decade": {_DIGIT_S} | words(lex.decade_words),
        "month_day": months, "day_month": months, "month_year": months, "month": months, "week_of": {"week"},
        "weekday": weekdays, "noon": {"noon", "midnight", "midday"},
        "relday": {"today", "yesterday", "tomorrow", "tonight"}, "this_pod": pods, "overnight": {"overnight"}, "mid_pod": {"mid", "midmorning", "midafternoon"},
        "rel_unit": units, "ago": units, "duration": units, "hyphen_duration": units, "units_long": units,
        "bare_units": units, "year_of": {"year"}, "period": {"period", "quarter", "year", "month"}, "period_ago": {"period", "quarter"},
        "century": {"century"}, "quarter": {"quarter", "half"}, "spelled_year": numbers, "season": words(lex.seasons),
        "ref": _distinctive_words(set(lex.refs) - set(lex.ref_needs_context), units | {"s", "time", "long", "short"}),
        "current": {"current"}, "anaphor_day": units | pods, "later_that": units | pods, "later_in": {"later", "earlier"}, "nth_day": {"day"}, "someday": {"day"},
        "set_every": units | weekdays | months | pods, "set_adv": words(lex.set_adverbs), "set_times": units,
        # distinctive words only: "day", "year" or "may" would open a window at almost every sentence
        "holiday": words(list(lex.holidays) + list(lex.floating_holidays)) - {"day", "s", "eve", "year", "may", "king", "st"},
    }
    missing = {name for name, _ in RULES} - set(table)
    if missing:
        raise ModelError(f"grammar rules without trigger words: {sorted(missing)}", fix="add them to rule_triggers")
    return {name: frozenset(ws) for name, ws in table.items()}


@lru_cache(maxsize=1)
def _all_triggers() -> frozenset:
    """Every trigger word of every rule: the only words the scan needs to record."""
    return frozenset().union(*rule_triggers().values())


_FUNCTION_WORDS = {"the", "a", "in", "as", "at", "this", "right", "just", "more", "near"}


def _distinctive_words(phrases, common: set[str]) -> set[str]:
    """For each phrase, its words minus function words and `common` ones (unless nothing is left).

    Every match still contains a trigger word, but frequent words ("days", "'s") open no windows.
    """
    out: set[str] = set()
    for phrase in phrases:
        ws = {w for w in _WORD.findall(phrase.lower()) if not w.isdigit()} - _FUNCTION_WORDS
        out |= (ws - common) or ws
    return out


def _windows(positions: list[int], length: int, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for p in sorted(positions):
        start, end = max(0, p - _WINDOW_BEFORE), min(length, p + _WINDOW_AFTER)
        while end < length and not text[end].isspace():
            end += 1  # never cut a word: "Nov" must not match inside "November"
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def find_candidates(text: str, accept=None) -> list[Candidate]:
    """All grammar matches in `text` that `accept(candidate)` keeps, overlaps resolved: the longest span wins, then rule order."""
    where: dict[str, list[int]] = {}
    wanted = _all_triggers()
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            if len(word) == 4 and _YEAR_RE.fullmatch(word):
                where.setdefault(_YEARISH, []).append(m.start())
            key = _DIGIT_NEXT.get(text[m.end() : m.end() + 1])
            if key:
                where.setdefault(key, []).append(m.start())
        else:
            low = word.lower()
            if low in wanted:
                where.setdefault(low, []).append(m.start())
    triggers = rule_triggers()
    found: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    windows_of: dict[frozenset, list[tuple[int, int]]] = {}  # rules sharing trigger words share windows
    for name, regex in compiled_rules():
        words = triggers[name]
        spans = windows_of.get(words)
        if spans is None:
            positions = [p for w in words if w in where for p in where[w]]
            spans = windows_of[words] = _windows(positions, len(text), text) if positions else []
        for ws, we in spans:
            for m in regex.finditer(text, ws, we):
                if m.end() <= m.start() or (m.start(), m.end(), name) in seen:
                    continue
                seen.add((m.start(), m.end(), name))
                # "prep" / "dropdir" groups are matched but left out of the extent
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                start = m.end("prep") if "prep" in groups else m.start()
                end = m.start("dropdir") if "dropdir" in groups else m.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                while start < end and text[start].isspace():
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
