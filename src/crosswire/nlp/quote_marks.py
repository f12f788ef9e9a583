"""Find direct-quote spans in raw text from its quotation marks, tolerating the typos news text has.

Pure text in, spans out: one compiled regex finds every mark, then a small state machine pairs them
paragraph by paragraph. Whether a mark opens or closes is read from its surroundings first (space
before and a word after opens; a word or punctuation before and space after closes) and from its
glyph only when the surroundings do not say: so `“He is right on this,“ Rutte said` still closes at
the second `“`. A quote left open at the end of a paragraph continues when the next paragraph starts
with an opening mark (multi-paragraph quotes); otherwise it ends at the paragraph end, so one
unbalanced mark never loses more than its own paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„‟«〝"
DOUBLE_CLOSE = "”»〞"
DOUBLE_AMBIG = '"＂'
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
SINGLE_AMBIG = "'"
_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG
_SINGLE = SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG
DOUBLE_PAIRS = ("''", "``")  # typewriter doubles, e.g. the New York Times' ''quote'' style
MARK_RE = re.compile("''|``|[" + re.escape(_DOUBLE + _SINGLE) + "]|\n")
_OPEN_BEFORE = set(" \t\r\n([{—–-/:") | set(_DOUBLE) | set(_SINGLE)
_CLOSE_AFTER = set(" \t\r\n)]}.,;:!?—–-…/") | set(_DOUBLE) | set(_SINGLE)
MAX_QUOTE_CHARS = 4000  # a longer "quote" is a stray mark pairing with a far one: dropped


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """A quoted stretch: `start`/`end` exclude the outer marks; `closed` is False when no closing mark was found."""

    start: int
    end: int
    double: bool
    closed: bool = True
    paragraphs: int = 1


def _role(text: str, i: int, ch: str) -> str | None:
    """'open', 'close' or None (an apostrophe or unreadable mark) for the mark at `i`."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(ch)] if i + len(ch) < len(text) else " "
    opens = before in _OPEN_BEFORE and not after.isspace()
    closes = not before.isspace() and after in _CLOSE_AFTER
    if ch in _SINGLE:
        if before.isalnum() and after.isalnum():
            return None  # Korea’s, don't: an apostrophe
        if ch in SINGLE_CLOSE and before.isalpha() and after == " " and before in "sS":
            return "close?"  # leaders’ summit: plural possessive or a closing mark; only closes an open quote
    if before.isspace() and after.isspace():
        return None  # a mark standing alone between spaces opens and closes nothing
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN or ch == "``":
        return "open"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        return "close"
    return None


def _is_double(mark: str) -> bool:
    return mark in DOUBLE_PAIRS or (len(mark) == 1 and mark in _DOUBLE)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair(text: str, marks: list[tuple[int, str]], double: bool) -> list[MarkedQuote]:
    """Pair marks of one kind (double or single); `marks` includes newline positions as '\\n'."""
    quotes: list[MarkedQuote] = []
    open_at: int | None = None
    paragraphs = 1
    carry = False  # a quote open at the end of the previous paragraph
    for k, (i, ch) in enumerate(marks):
        if ch == "\n":
            if open_at is not None:
                nxt = _next_visible(text, i)
                mark = MARK_RE.match(text, nxt) if nxt is not None else None
                starts_with_open = (
                    mark is not None
                    and _is_double(mark.group()) == double
                    and _role(text, nxt, mark.group()) == "open"
                )
                if starts_with_open:
                    carry = True
                else:
                    _emit(quotes, text, open_at, i, double, closed=False, paragraphs=paragraphs)
                    open_at, paragraphs = None, 1
            continue
        role = _role(text, i, ch)
        if role is None:
            continue
        if carry and role == "open":
            carry = False  # the continuation mark of a multi-paragraph quote
            paragraphs += 1
            continue
        carry = False
        if role == "open":
            if open_at is not None and not double:
                continue  # a nested opener inside a single quote: ignore
            open_at, paragraphs = i + len(ch), 1
        elif open_at is not None:  # close or close?
            _emit(quotes, text, open_at, i, double, closed=True, paragraphs=paragraphs)
            open_at, paragraphs = None, 1
    if open_at is not None:
        _emit(quotes, text, open_at, len(text), double, closed=False, paragraphs=paragraphs)
    return quotes


def _next_visible(text: str, i: int) -> int | None:
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None


def _emit(quotes: list[MarkedQuote], text: str, start: int, end: int, double: bool, closed: bool, paragraphs: int):
    start, end = _trimmed(text, start, end)
    if end - start < 1 or end - start > MAX_QUOTE_CHARS:
        return
    if not closed and not double:
        return  # an unclosed single mark is far more often an apostrophe than a quote
    quotes.append(MarkedQuote(start, end, double, closed, paragraphs))


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """All outermost quoted stretches in `text`, in order; single-mark quotes nested in double ones are left out."""
    doubles: list[tuple[int, str]] = []
    singles: list[tuple[int, str]] = []
    for m in MARK_RE.finditer(text):
        ch = m.group()
        if ch == "\n":
            doubles.append((m.start(), ch))
            singles.append((m.start(), ch))
        elif _is_double(ch):
            doubles.append((m.start(), ch))
        else:
            singles.append((m.start(), ch))
    outer = _pair(text, doubles, double=True)
    starts = [q.start - 2 for q in outer]
    ends = [q.end + 2 for q in outer]
    single_marks = []
    for i, ch in singles:
        k = bisect.bisect_right(starts, i) - 1  # the last double quote opening at or before i
        if k < 0 or i >= ends[k] or ch == "\n":
            single_marks.append((i, ch))
    found = outer + _pair(text, single_marks, double=False)
    found.sort(key=lambda q: q.start)
    kept: list[MarkedQuote] = []
    for q in found:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


DOUBLE_MARK_RE = re.compile("''|``|[" + re.escape(_DOUBLE) + "]")


def quote_close_after(text: str, start: int, end: int) -> int | None:
    """Where a double quotation that opens inside text[start:end] closes, when that lies past `end` in the same line.

    Returns the offset just after the closing mark, else None (`quote_halves`, which also says where a
    quotation closing at the span's end opened).
    """
    return quote_halves(text, start, end)[1]


def quote_halves(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Where text[start:end] should start and end so as not to halve a double quotation on its line.

    The first offset is the opening mark of a quotation that opened before `start` and closes at or
    just past `end` (within its closing punctuation: 'they "were not ready. Nobody was," he said',
    with the span 'Nobody was'); the second is the offset just after the closing mark of a quotation
    that opens inside the span and closes past `end`, or of the one found first. None where nothing
    is halved. Only the span's line is paired, and only when a double mark lies in the span or right
    after it, so the common case costs one search.
    """
    if DOUBLE_MARK_RE.search(text, start, min(len(text), end + TRAILING_CHARS)) is None:
        return None, None
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    opening = closing = None
    for q in find_marked_quotes(text[lo:hi]):
        if not (q.double and q.closed):
            continue
        q_start, q_end = q.start + lo, q.end + lo
        if opening is None and q_start < start < q_end <= end + TRAILING_CHARS - 1:
            opening = _mark_before(text, q_start)
            start = opening  # this quotation now lies whole inside the span, up to its closing mark
        if closing is None and start < q_start < end <= q_end:  # ending at the last quoted word still halves the quote
            mark = DOUBLE_MARK_RE.match(text, q_end)
            closing = q_end + len(mark.group()) if mark is not None else q_end
    return opening, closing


TRAILING_CHARS = 3  # a span ends before the comma and the closing mark: 'Nobody was' in 'Nobody was,"'


def _mark_before(text: str, q_start: int) -> int:
    """The offset of the opening mark right before a quotation's first character (the character itself if none)."""
    for n in (2, 1):
        if q_start >= n and DOUBLE_MARK_RE.fullmatch(text, q_start - n, q_start):
            return q_start - n
    return q_start
