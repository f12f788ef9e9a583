"""Cheap per-article features for story clustering: weighted terms and a dateline date.

No spaCy pass: one compiled regex over the text. Proper names (capitalised words not opening a
sentence), name bigrams and years weigh more than common words, and the lede (title plus first
few hundred characters) weighs more than the body, because that is where a report says which
happening it is about.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from typing import Mapping

from spacy.lang.en.stop_words import STOP_WORDS

NAME_WEIGHT = 2.0
LEDE_WEIGHT = 2.0
LEDE_CHARS = 300
STEM_CHARS = 6  # a crude stem: "sentenced", "sentence" and "sentences" share "senten"
DATELINE_CHARS = 400

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-\.]*[A-Za-z]|\d[\d,\.]*\d|\d")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_YEAR = re.compile(r"(?:19|20)\d\d")

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = re.compile(
    rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b"  # Nov. 30, 2009
    rf"|\b(\d{{1,2}})\s+{_MONTH}\s*,?\s+((?:19|20)\d\d)\b"  # 30 November 2009
    r"|\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)?\d\d)\b",  # 11/30/09 (US order)
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 17)
def _normal(word: str) -> str:
    """Lower case without a trailing dot or possessive; "" for a stop word or a single letter.

    Cached: news text repeats its words, and this runs once per token (a pure function of the word)."""
    word = word.lower().rstrip(".").replace("’", "'")
    word = word[:-2] if word.endswith("'s") else word
    return "" if len(word) < 2 or word in STOP_WORDS else word


def article_terms(text: str, title: str | None = None) -> Counter:
    """Weighted terms of one article: `P:name`, `B:name_name`, `Y:year`, `N:number` and stems."""
    terms: Counter = Counter()
    body = f"{title}\n{text}" if title and not text.startswith(title) else text
    lede_end = LEDE_CHARS + (len(title) + 1 if title and body is not text else 0)
    for sent in _SENTENCE.finditer(body):
        boost = LEDE_WEIGHT if sent.start() < lede_end else 1.0
        previous = None
        for i, match in enumerate(_TOKEN.finditer(sent.group())):
            word = match.group()
            norm = _normal(word)
            if not norm:
                previous = None
                continue
            if word[0].isupper() and i > 0:
                terms["P:" + norm] += NAME_WEIGHT * boost
                if previous:
                    terms[f"B:{previous}_{norm}"] += NAME_WEIGHT * boost
                previous = norm
                continue
            previous = None
            if word[0].isdigit():
                if _YEAR.fullmatch(word):
                    terms["Y:" + word] += NAME_WEIGHT * boost
                else:
                    terms["N:" + norm] += boost
            else:
                terms[norm[:STEM_CHARS]] += boost
    return terms


SPECIFIC_PREFIXES = ("P:", "B:", "N:", "Y:")


def specific_terms(terms: Mapping[str, float]) -> dict[str, float]:
    """The terms that name this happening rather than its kind: names, name pairs, numbers, years."""
    return {t: w for t, w in terms.items() if t.startswith(SPECIFIC_PREFIXES)}


def lede_specifics(text: str, title: str | None = None) -> dict[str, float]:
    """Names, numbers and years of the title and lede: the words that say which happening a report is about."""
    body = f"{title}\n{text}" if title and not text.startswith(title) else text
    lede_end = LEDE_CHARS + (len(title) + 1 if title and body is not text else 0)
    return specific_terms(article_terms(body[:lede_end]))


def dateline_date(text: str) -> str | None:
    """The first full calendar date near the top of the text (a dateline), as ISO, or None."""
    for m in _DATE.finditer(text[:DATELINE_CHARS]):
        try:
            if m.group(1):
                day = dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
            elif m.group(4):
                day = dt.date(int(m.group(6)), _MONTHS[m.group(5).lower()], int(m.group(4)))
            else:
                year = int(m.group(9))
                day = dt.date(year + 2000 if year < 100 else year, int(m.group(7)), int(m.group(8)))
        except (ValueError, KeyError):
            continue
        return day.isoformat()
    return None
