"""Datelines: the place (and maybe region, date and agency) a wire story opens with, before a dash.

`ATHENS`, `BUDAPEST, Hungary (AP) --`, `KYIV —`, `ABUJA, July 31 (Reuters) -`, `GENEVA, Nov. 5, 2024 --`,
`DNIPRO, Ukraine -`. The places component geocodes the place; the paragraphs component makes the
words after the dash a sentence of their own, so that the parser does not read the place into the
lede's subject (`JERUSALEM - Thirteen Israeli hostages were released ...`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.nlp.gazetteer import load_gazetteer
from crosswire.nlp.timex.lexicon import fragments

# A line starting with an upper-case place name, alone on its line or followed by a dash / news-agency
# tag, with an optional qualifier and date.
_PATTERN = (
    r"^[ \t]*(?P<place>[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,2})"
    r"(?:,[ \t]*(?P<qual>[A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?))?"
    r"(?:,[ \t]*(?i:MONTH)[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([A-Za-z-]+\))?[ \t]*(?P<dash>[—–_-]{1,2}|$)"
)


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern:
    """The dateline pattern, its month names from the time-expression lexicon (multi-line: `^` is a line start)."""
    return re.compile(_PATTERN.replace("MONTH", fragments()["MONTH"]), re.MULTILINE)


def lede_start(text: str, at: int) -> int | None:
    """Where the words after a dateline opening the line at `at` begin (`JERUSALEM - [Thirteen ...]`), or None when
    no dateline of a known place with a dash opens it."""
    found = dateline_pattern().match(text, at)
    if found is None or not found.group("dash") or not load_gazetteer().lookup(found.group("place")):
        return None  # 'NATO - the alliance ...' opens with no place
    end = found.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    return end if end < len(text) and text[end] not in "\r\n" else None
