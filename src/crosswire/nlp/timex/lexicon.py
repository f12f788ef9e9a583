"""The time-expression vocabulary (knowledge/data/timex_lexicon.json) and regex fragments built from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.knowledge import read_data_json

LEXICON_FILE = "timex_lexicon.json"


@dataclass(frozen=True)
class TimexLexicon:
    """Word lists of the time-expression grammar, as loaded from the data file."""

    months: dict
    weekdays: dict
    number_words: dict
    vague_numbers: list
    ordinals: dict
    units: dict
    unit_values: dict
    seasons: dict
    parts_of_day: dict
    set_adverbs: dict
    refs: dict
    ref_needs_context: list
    mods: dict
    holidays: dict
    floating_holidays: dict
    decade_words: dict
    year_cues: list


@lru_cache(maxsize=1)
def load_lexicon() -> TimexLexicon:
    """Load the time-expression lexicon shipped with the package (cached per process)."""
    data = read_data_json(LEXICON_FILE)
    data.pop("_source", None)
    return TimexLexicon(**data)


def alternation(words) -> str:
    """A non-capturing regex alternation of `words`, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Named regex fragments (month, weekday, number, unit ...) shared by the grammar rules."""
    lex = load_lexicon()
    full_months = [m for m in lex.months if len(m) > 4 or m in ("may", "june", "july")]
    abbr_months = [m for m in lex.months if m not in full_months]
    month = "(?:" + alternation(full_months) + "|" + alternation(abbr_months) + r"\.?)"
    word_nums = [w for w in lex.number_words if w not in ("a", "an")]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compound = alternation(tens) + r"[-\s]" + alternation(ones)
    number = (
        r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?|" + compound + "|" + alternation(word_nums) + r"(?:\s+and\s+a\s+half)?)"
    )
    units = alternation(lex.units)
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    two_digit = "(?:" + compound + "|" + alternation(tens) + "|" + alternation(teens) + r"|oh[-\s]" + alternation(ones) + ")"
    spelled_year = (
        r"(?:(?:nineteen|eighteen)[-\s](?:hundred\s+(?:and\s+)?)?" + two_digit
        + r"|two\s+thousand(?:\s+(?:and\s+)?(?:" + two_digit + "|" + alternation(ones) + "))?)"
    )
    return {
        "SPELLED_YEAR": spelled_year,
        "MONTH": month,
        "MONTH_FULL": alternation(full_months),
        "WEEKDAY": alternation([w for w in lex.weekdays if len(w) > 4]),
        "DAYNUM": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)",
        "NUM": number,
        "NUM_OR_A": "(?:" + number + r"|an?|half\s+an?)",
        "VAGUE": alternation(lex.vague_numbers),
        "UNIT": units,
        "ORDINAL": alternation(lex.ordinals),
        "SEASON": alternation(lex.seasons),
        "POD": alternation([p for p in lex.parts_of_day if p not in ("tonight", "overnight", "midday")]),
        "SETADV": alternation(lex.set_adverbs),
        "REF": alternation([r for r in lex.refs if r not in lex.ref_needs_context]),
        "HOLIDAY": alternation(list(lex.holidays) + list(lex.floating_holidays)),
        "DECADE_WORD": alternation(lex.decade_words),
        "TZ": r"(?:[ECMP][SD]T|GMT|UTC|BST|CET)",
    }


def normal_words(text: str | None) -> str:
    """Lower case with single spaces: the form the lexicon's keys are written in."""
    return re.sub(r"\s+", " ", text.lower()).strip() if text else ""


def ordinal_value(word: str) -> int:
    """The number an ordinal word names: 'third' -> 3, 'last' -> -1."""
    return load_lexicon().ordinals[normal_words(word)]


def spelled_year_value(text: str) -> int | None:
    """The year a spelled-out year names: 'nineteen ninety-six' -> 1996, 'two thousand one' -> 2001."""
    words = re.split(r"[-\s]+", text.lower().strip())
    words = [w for w in words if w not in ("and", "hundred", "oh")]
    lex = load_lexicon()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(lex.number_words.get(w, 0) for w in words[2:])
    if words and words[0] in ("nineteen", "eighteen"):
        return lex.number_words[words[0]] * 100 + sum(lex.number_words.get(w, 0) for w in words[1:])
    return None


def number_value(text: str) -> float | None:
    """The numeric value of a number phrase ('two', '12', 'twenty-four', '5 1/2', 'a'), None when vague."""
    lex = load_lexicon()
    t = re.sub(r"\s+", " ", text.strip().lower()).replace(",", "")
    half = 0.0
    if t.endswith(" 1/2") or t.endswith(" and a half"):
        half = 0.5
        t = t.rsplit(" 1/2", 1)[0] if t.endswith(" 1/2") else t[: -len(" and a half")]
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    if t in lex.number_words:
        return float(lex.number_words[t]) + half
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in lex.number_words and parts[1] in lex.number_words:
        return float(lex.number_words[parts[0]] + lex.number_words[parts[1]]) + half
    return None
