"""Values of results-news periods: quarters, halves, "the 1988 period", "year-earlier", "the quarter a year ago".

Financial reports compare the period just reported (a quarter, or nine months to date) with the same
period a year before; the handlers read which one the text last spoke of from the context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.nlp.timex import anchor as A
from crosswire.nlp.timex.lexicon import normal_words, ordinal_value

if TYPE_CHECKING:
    from crosswire.nlp.timex.normalise import Context, Result


def year_period_value(g: dict, ctx: Context) -> Result | None:
    """ "the 1988 third quarter", "the 1989 period", "its 1990 fiscal year": a period of a written year."""
    year = int(g["year"])
    what = normal_words(g["what"])
    if what == "quarter" and g.get("ord"):
        return ("DATE", f"{year:04d}-Q{ordinal_value(g['ord'])}", None)
    if ctx.last_quarter and (what == "quarter" or (what == "period" and ctx.report_span == "Q")):
        # "the 1988 period" in quarterly results: that year's quarter of the figures being compared
        return ("DATE", f"{year:04d}-{ctx.last_quarter.split('-')[1]}", None)
    if what == "half" and g.get("ord"):
        return ("DATE", f"{year:04d}-H{ordinal_value(g['ord'])}", None)
    return ("DATE", f"{year:04d}", None)


def quarter_value(g: dict, ctx: Context) -> Result | None:
    """ "the third quarter", "last year's fourth quarter", "the first half of 2023": a quarter or half."""
    n = ordinal_value(g["ord"])
    half = normal_words(g["unit"]) == "half"
    letter = "H" if half else "Q"
    count = 2 if half else 4
    if n == -1:
        n = count
    pre = normal_words(g.get("pre")) + " " + normal_words(g.get("adj"))
    if g.get("year"):
        return ("DATE", f"{int(g['year']):04d}-{letter}{n}", None)
    if ctx.ref is None:
        return ("DATE", f"XXXX-{letter}{n}", None)
    year = ctx.ref.year
    if "last year" in pre or "year-earlier" in pre or "year-ago" in pre or normal_words(g.get("ryear")) == "last":
        year -= 1
    elif "next year" in pre or normal_words(g.get("ryear")) == "next":
        year += 1
    elif "this year" not in pre and normal_words(g.get("ryear")) != "this":
        current = (A.quarter_of(ctx.ref) + 1) // 2 if half else A.quarter_of(ctx.ref)
        if ctx.tense == A.PAST and n > current:
            year -= 1
        elif n > current and ctx.tense != A.FUTURE and n - current > 1 and not half:
            year -= 1
    return ("DATE", f"{year:04d}-{letter}{n}", None)


def q_quarter_value(g: dict, ctx: Context) -> Result | None:
    """ "Q3", "Q3 2023": a quarter written as Q and a digit."""
    n = int(g["q"][1])
    year = g.get("year") or (f"{ctx.ref.year:04d}" if ctx.ref else "XXXX")
    return ("DATE", f"{year}-Q{n}", None)


def year_of_value(g: dict, ctx: Context) -> Result | None:
    """ "year-end" (the end of the DCT's year), "year-earlier", "year-ago" (the period reported, a year back)."""
    what = normal_words(g["what"])
    if ctx.ref is None:
        return ("DATE", None, None)
    if what in ("year-end", "year end", "year's end", "end of the year"):
        return ("DATE", f"{ctx.ref.year:04d}", "END")
    if ctx.last_quarter and ctx.report_span != "Y":
        year, q = ctx.last_quarter.split("-")
        return ("DATE", f"{int(year) - 1:04d}-{q}", None)
    return ("DATE", f"{ctx.ref.year - 1:04d}", None)


def period_value(g: dict, ctx: Context) -> Result | None:
    """ "the year-earlier period", "the latest quarter", "the same period last year": the period reported."""
    adj = normal_words(g["adj"])
    what = normal_words(g["what"])
    if adj == "recent" and what in ("period", "year", "month"):
        return ("DATE", "PAST_REF", None)
    if ctx.ref is None:
        return ("DATE", None, None)
    last_year = adj in ("year-earlier", "year-ago", "prior-year") or bool(g.get("tail"))
    if what == "period" and ctx.report_span == "Y" and ctx.report_length and (last_year or adj in ("same", "comparable", "corresponding")):
        return ("DURATION", ctx.report_length, None)  # "for the nine months ... in the year-earlier period": that span
    if ctx.last_quarter and what in ("period", "quarter"):
        year, q = ctx.last_quarter.split("-")
        return ("DATE", f"{int(year) - (1 if last_year or adj in ('same', 'comparable', 'corresponding') else 0):04d}-{q}", None)
    if what == "year":
        return ("DATE", f"{ctx.ref.year - (1 if adj in ('previous', 'prior-year') else 0):04d}", None)
    if what == "month":
        return ("DATE", A.shift_value(ctx.ref, "M", -1 if adj == "previous" else 0), None)
    return ("DATE", A.shift_value(ctx.ref, "Q", -5 if last_year else -1), None)  # the last reported quarter


def period_ago_value(g: dict, ctx: Context) -> Result | None:
    """ "the quarter a year ago": the quarter being reported, a year before."""
    if ctx.ref is None:
        return ("DATE", None, None)
    if ctx.last_quarter and not (normal_words(g["what"]) == "period" and ctx.report_span == "Y"):
        year, q = ctx.last_quarter.split("-")
        return ("DATE", f"{int(year) - 1:04d}-{q}", None)
    if normal_words(g["what"]) == "period":
        return ("DATE", f"{ctx.ref.year - 1:04d}", None)
    return ("DATE", A.shift_value(ctx.ref, "Q", -5), None)
