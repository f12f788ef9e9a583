"""normalize_timex: TIMEX3 type, value and mod of one grammar match, given the anchoring context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from crosswire.nlp.timex import anchor as A
from crosswire.nlp.timex.grammar import Candidate
from crosswire.nlp.timex.lexicon import load_lexicon, normal_words, number_value, ordinal_value, spelled_year_value
from crosswire.nlp.timex.reports import period_ago_value, period_value, q_quarter_value, quarter_value, year_of_value, year_period_value

Result = tuple[str, str | None, str | None]  # (type, value, mod)


@dataclass
class Context:
    """What anchoring needs: the document creation time, the verb tense, and what was said before."""

    dct: dt.date | None
    tense: str = A.PRESENT
    last_day: dt.date | None = None  # the last fully specified day mentioned
    last_year: int | None = None  # the last explicit year mentioned
    last_quarter: str | None = None  # the last quarter value mentioned ('1989-Q3')
    last_month: dt.date | None = None  # first day of the last month mentioned ('in April' -> April 1)
    quarter_talk: bool = False  # the text has spoken of quarters (financial results)
    report_span: str | None = None  # the results period last spoken of: "Q" (a quarter) or "Y" ("the nine months")
    report_length: str | None = None  # the length of that year-to-date period ('P9M')

    @property
    def ref(self) -> dt.date | None:
        """The anchor for relative expressions: the creation time (news usage)."""
        return self.dct


_low = normal_words


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = _low(word).rstrip("-")
    if w.startswith("the first half") or w.startswith("first half"):
        return "START"
    if w.startswith("the second half") or w.startswith("second half"):
        return "END"
    mods = load_lexicon().mods
    return mods.get(w) or mods.get(w + "-") or mods.get(w.split(" ")[-1])


def _month(text: str) -> int:
    return load_lexicon().months[_low(text).rstrip(".")]


def _weekday(text: str) -> int:
    return load_lexicon().weekdays[_low(text)]


def _unit(text: str) -> str:
    return load_lexicon().units[_low(text)]


def _year_of_groups(g: dict) -> int | None:
    """The year written in a match, in digits ("1997") or words ("nineteen ninety-seven")."""
    if g.get("year"):
        return int(g["year"])
    if g.get("spelled"):
        return spelled_year_value(g["spelled"])
    return None


def _anchor_day(ctx: Context) -> dt.date | None:
    return ctx.last_day or ctx.ref


def _month_day(g: dict, ctx: Context) -> Result | None:
    month = int(g["mnum"]) if "mnum" in g else _month(g["month"])
    day = int(re.sub(r"\D", "", g["day"]))
    if "year" in g:
        year = int(g["year"])
        if year < 100:
            year += 1900 if year > 30 else 2000
        d = A.valid_date(year, month, day)
        return ("DATE", d.isoformat(), None) if d else None
    if ctx.ref is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}", None)
    if "wd" in g:  # a weekday next to the date fixes the year
        wd = _weekday(g["wd"])
        for k in (0, -1, 1, -2, 2):
            d = A.valid_date(ctx.ref.year + k, month, day)
            if d and d.isoweekday() == wd:
                return ("DATE", d.isoformat(), None)
    d = A.resolve_month_day(ctx.ref, month, day, ctx.tense)
    return ("DATE", d.isoformat(), _mod(g.get("mod"))) if d else None


def _month_alone(g: dict, ctx: Context) -> Result | None:
    month = _month(g["month"])
    rel = _low(g.get("rel")) or None
    if rel in ("each", "every"):
        return ("SET", f"XXXX-{month:02d}", None)
    mod = _mod(g.get("mod"))
    year = _year_of_groups(g)
    if year:
        return ("DATE", f"{year:04d}-{month:02d}", mod)
    if ctx.ref is None:
        return ("DATE", f"XXXX-{month:02d}", mod)
    rel2 = _low(g.get("rel2"))
    if rel2:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[rel2]
        return ("DATE", f"{year:04d}-{month:02d}", mod)
    return ("DATE", A.resolve_month(ctx.ref, month, ctx.tense, rel), mod)


def _weekday_expr(g: dict, ctx: Context) -> Result | None:
    wd = _weekday(g["wd"])
    rel = _low(g.get("rel")) or None
    pod = load_lexicon().parts_of_day.get(_low(g.get("pod")))
    if g.get("plural") or g.get("pods") or rel in ("each", "every"):  # "Tuesday nights": every one
        return ("SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None)
    mod = _mod(g.get("mod"))
    anchor = ctx.ref
    if rel in ("the previous", "the following", "the next", "that") and ctx.last_day:
        anchor = ctx.last_day
        rel = {"that": None}.get(rel, rel)
    if anchor is None:
        return ("DATE", f"XXXX-WXX-{wd}", mod)
    d = A.resolve_weekday(anchor, wd, ctx.tense, rel)
    if pod and pod != "NI":  # "Thursday evening": a part of the day is a TIME (TIMEX3)
        return ("TIME", f"{d.isoformat()}T{pod}", mod)
    return ("DATE", d.isoformat(), mod)  # "Friday night": valued as the day (TIME cost ~20 AQUAINT values)


def _clock(g: dict, ctx: Context) -> Result | None:
    if "word" in g:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[_low(g["word"])], None
        hour, minute = hour
    else:
        hour = int(g["hour"])
        minute = int(g["minute"]) if g.get("minute") else None
        ampm = _low(g.get("ampm")).replace(".", "")
        if ampm.startswith("p") and hour < 12:
            hour += 12
        if ampm.startswith("a") and hour == 12:
            hour = 0
    day = None
    if ctx.ref:
        day = ctx.ref
        if g.get("wd"):
            day = A.resolve_weekday(ctx.ref, _weekday(g["wd"]), ctx.tense)
        elif g.get("rd"):
            day = ctx.ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[_low(g["rd"])])
        elif g.get("month"):
            day = A.resolve_month_day(ctx.ref, _month(g["month"]), int(re.sub(r"\D", "", g["day"])), ctx.tense)
    clock = f"T{hour:02d}:{minute:02d}" if minute is not None else f"T{hour:02d}:00"
    value = (day.isoformat() if day else "XXXX-XX-XX") + clock
    return ("TIME", value, _mod(g.get("amod")))


def _relday(g: dict, ctx: Context) -> Result | None:
    rd = _low(g["rd"])
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[rd]
    pod = load_lexicon().parts_of_day.get(_low(g.get("pod"))) or ("NI" if rd == "tonight" else None)
    mod = _mod(g.get("mod"))
    if ctx.ref is None:
        return ("DATE", "PRESENT_REF" if offset == 0 else None, mod)
    value = (ctx.ref + dt.timedelta(days=offset)).isoformat()
    if pod:
        return ("TIME", value + f"T{pod}", mod)
    return ("DATE", value, mod)


def _this_pod(g: dict, ctx: Context) -> Result | None:
    rel = _low(g["rel"])
    pod = load_lexicon().parts_of_day[_low(g["pod"])]
    base = _anchor_day(ctx) if rel in ("the", "that") else ctx.ref
    if base is None:
        return ("TIME", None, None)
    if rel in ("last", "yesterday"):  # "last night" is the night before the reference day
        base = base - dt.timedelta(days=1)
    if rel == "tomorrow":
        base = base + dt.timedelta(days=1)
    return ("TIME", f"{base.isoformat()}T{pod}", _mod(g.get("mod")))


def _rel_unit(g: dict, ctx: Context) -> Result | None:
    rel = _low(g["rel"])
    unit_word = _low(g["unit"])
    mod = _mod(g.get("mod"))
    unit = "H" if unit_word == "half" else _unit(unit_word)
    if rel in ("the latest", "the most recent"):
        rel = "the"
    if rel == "the" and not mod and not g.get("fiscal") and unit not in ("Y", "W", "M", "Q", "WE"):
        return None
    if rel == "the" and unit == "Q" and not mod and g.get("emonth") and ctx.ref:
        end = A.resolve_month_day(ctx.ref, _month(g["emonth"]), int(re.sub(r"\D", "", g["eday"])), A.PAST)
        if end:  # "the quarter ended July 31": the (fiscal) quarter closing then, named by most of its days
            return ("DATE", A.shift_value(end - dt.timedelta(days=45), "Q", 0), None)
    if rel == "the" and unit in ("Y", "Q") and not mod and g.get("ended"):
        return ("DURATION", A.duration_value(1, unit), None)  # "the year ended June 30": a span closing then
    step = {"last": -1, "the last": -1, "the previous": -1, "the past": -1, "this past": -1, "next": 1, "the coming": 1,
            "the following": 1, "the next": 1, "this coming": 1}.get(rel, 0)
    if rel in ("the past", "the coming") and unit in ("DE", "CE", "ML") and not mod:
        return ("DURATION", A.duration_value(1, unit), None)
    anchor = ctx.ref
    if rel in ("that", "the same", "the following", "the previous") and ctx.last_day:
        anchor = ctx.last_day
    if rel in ("that", "the same", "the following", "the previous") and unit == "M" and ctx.last_month:
        anchor = ctx.last_month  # "in April ... the following month": after the month the text named
    if rel in ("that", "the same") and unit == "Y" and ctx.last_year:
        return ("DATE", f"{ctx.last_year:04d}", mod)
    if rel in ("the following", "the previous") and unit == "Y" and ctx.last_year:
        return ("DATE", f"{ctx.last_year + step:04d}", mod)
    if unit == "Q" and rel in ("the", "the same", "that") and ctx.last_quarter and rel != "the":
        return ("DATE", ctx.last_quarter, mod)
    if unit == "Q" and rel == "the" and ctx.ref:
        return ("DATE", A.shift_value(ctx.ref, "Q", -1), mod)  # results news: the latest reported quarter
    if unit == "WE" and step == 0 and ctx.ref and ctx.tense == A.PAST and ctx.ref.isoweekday() < 6:
        step = -1  # "said over the weekend", written on a weekday: the one just gone
    if anchor is None:
        return ("DATE", None, mod)
    return ("DATE", A.shift_value(anchor, unit, step), mod)


def _ago(g: dict, ctx: Context) -> Result | None:
    unit = _unit(g["unit"])
    vague = re.fullmatch(load_fragment_vague(), _low(g["num"])) is not None
    amount = None if vague else number_value(g["num"])
    amod = _mod(g.get("amod"))
    if "dropdir" in g:  # "two days after the attack": the amount is a duration
        return ("DURATION", A.duration_value(amount, unit), amod)
    direction = _low(g["dir"])
    sign = 1 if direction in ("from now", "hence", "later") else -1
    anchor = ctx.ref
    if direction == "later":  # "half a decade later": after the last time the text mentioned
        if unit in ("Y", "DE", "CE") and ctx.last_year:
            anchor = dt.date(ctx.last_year, 7, 1)
        elif ctx.last_day:
            anchor = ctx.last_day
    if direction in ("later", "earlier") and unit in _STORY_STEP_UNITS:
        return ("DURATION", A.duration_value(amount, unit), amod)  # "three days later": the gap in the story, a span
    if amount is None and direction in ("later", "earlier"):
        return ("DURATION", A.duration_value(None, unit), amod)  # "a few days later": told from the story's time, not now
    if amount is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", amod)
    if anchor is None:
        return ("DATE", None, amod)
    if unit == "Y" and amount == 1 and sign < 0 and ctx.quarter_talk and ctx.report_span == "Y":
        return ("DATE", f"{anchor.year - 1:04d}", amod)  # "for the nine months ... a year earlier": the year before
    if unit == "Y" and amount == 1 and sign < 0 and ctx.quarter_talk:
        if ctx.last_quarter:  # results news: the quarter just reported, a year before
            year, q = ctx.last_quarter.split("-")
            return ("DATE", f"{int(year) - 1:04d}-{q}", amod)
        return ("DATE", A.shift_value(anchor, "Q", -5), amod)
    return ("DATE", A.shift_amount(anchor, unit, sign * amount), amod)


_STORY_STEP_UNITS = {"S", "MIN", "H", "D", "W"}
_VAGUE_RE = None


def load_fragment_vague() -> str:
    """Regex of the vague quantity words ('several', 'a few'): their amount is X."""
    global _VAGUE_RE
    if _VAGUE_RE is None:
        from crosswire.nlp.timex.lexicon import alternation

        _VAGUE_RE = alternation(load_lexicon().vague_numbers)
    return _VAGUE_RE


def _duration_expr(g: dict, ctx: Context) -> Result | None:
    unit = _unit(g["unit"])
    num = _low(g["num"])
    det = _low(g.get("det"))
    vague = re.fullmatch(load_fragment_vague(), num) is not None
    amount = None if vague else number_value(num)
    if vague and num in ("the", "recent", "coming") and not det and num != "recent":
        if num == "the" and unit not in ("Y", "M", "W", "D"):
            return None
    if num == "recent":  # "in recent years": a stretch of unknown length reaching now (TimeBank: PXY)
        return ("DURATION", A.duration_value(None, unit), None)
    if num == "coming" and not det:
        return ("DATE", "FUTURE_REF", None)
    if amount is not None and g.get("half"):
        amount += 0.5
    if g.get("num2"):
        amount = None
    mod = _mod(g.get("amod"))
    return ("DURATION", A.duration_value(amount, unit), mod)


def _hyphen(g: dict, ctx: Context) -> Result | None:
    num = _low(g["num"])
    unit = _unit(g["unit"])
    amount = None if num in ("several", "multi") else (0.5 if num == "half" else number_value(num))
    return ("DURATION", A.duration_value(amount, unit), None)


def _year(g: dict, ctx: Context) -> Result | None:
    year = int(g["year"])
    mod = _mod(g.get("mod"))
    raw = _low(g.get("mod"))
    if raw == "post-":
        mod = "AFTER"
    elif raw == "pre-":
        mod = "BEFORE"
    tail = _low(g.get("tail"))
    if tail in ("or later", "and beyond"):
        mod = "ON_OR_AFTER"
    elif tail == "or earlier":
        mod = "ON_OR_BEFORE"
    return ("DATE", f"{year:04d}", mod)


_ordinal = ordinal_value
def _decade(g: dict, ctx: Context) -> Result | None:
    mod = _mod(g.get("mod") or g.get("mod2"))
    if g.get("dec"):
        return ("DATE", g["dec"][:3], mod)
    digit = int(g["short"][0]) if g.get("short") else load_lexicon().decade_words[_low(g["word"])]
    century = (ctx.ref.year // 100 if ctx.ref else 19)
    if ctx.ref and digit * 10 > ctx.ref.year % 100:
        century -= 1
    return ("DATE", f"{century:02d}{digit}", mod)


def _century(g: dict, ctx: Context) -> Result | None:
    n = _ordinal(g["ord"])
    if n < 1:
        return None
    return ("DATE", f"{n - 1:02d}", _mod(g.get("mod")))


def _season(g: dict, ctx: Context) -> Result | None:
    code = load_lexicon().seasons[_low(g["season"])]
    rel = _low(g.get("rel")) or None
    mod = _mod(g.get("mod") or g.get("mod2"))
    year = _year_of_groups(g)
    if year:
        return ("DATE", f"{year:04d}-{code}", mod)
    if rel is None or rel in ("the", "that"):
        if rel is None and not mod:
            return None
        if ctx.ref is None:
            return ("DATE", f"XXXX-{code}", mod)
        return ("DATE", f"{ctx.ref.year:04d}-{code}", mod)
    if ctx.ref is None:
        return ("DATE", f"XXXX-{code}", mod)
    order = ["WI", "SP", "SU", "FA"]
    now = order[(ctx.ref.month % 12) // 3]
    year = ctx.ref.year
    if rel in ("last", "this past", "the past") and order.index(code) >= order.index(now):
        year -= 1
    elif rel in ("next", "this coming", "the coming") and order.index(code) <= order.index(now):
        year += 1
    return ("DATE", f"{year:04d}-{code}", mod)


def _ref(g: dict, ctx: Context) -> Result | None:
    ref = _low(g["ref"])
    return ("DATE", load_lexicon().refs.get(ref, "PRESENT_REF"), None)


def _anaphor(g: dict, ctx: Context) -> Result | None:
    rel = _low(g["rel"])
    unit_word = _low(g["unit"])
    tail = _low(g.get("tail"))
    if rel in ("a", "one", "the") and not tail:
        return None
    if rel in ("a", "one") and tail:
        return None  # handled by the "ago" rule ("a day earlier")
    base = ctx.last_day or ctx.ref
    step = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(rel, 0)
    if tail in ("before", "earlier"):
        step = -1
    elif tail in ("after", "later"):
        step = 1
    if unit_word in ("morning", "evening", "night"):
        if base is None:
            return ("TIME", None, None)
        pod = load_lexicon().parts_of_day[unit_word]
        return ("TIME", f"{(base + dt.timedelta(days=step)).isoformat()}T{pod}", None)
    unit = _unit(unit_word)
    if unit == "Y" and ctx.last_year and rel in ("that", "the same", "the next", "the following", "the previous"):
        return ("DATE", f"{ctx.last_year + step:04d}", None)
    if unit == "M" and ctx.last_month and rel != "a":
        base = ctx.last_month
    if base is None:
        return ("DATE", None, None)
    return ("DATE", A.shift_value(base, unit, step), None)


def _later_that(g: dict, ctx: Context) -> Result | None:
    unit_word = _low(g["unit"])
    base = ctx.last_day or ctx.ref
    if unit_word == "year" and ctx.last_year:
        return ("DATE", f"{ctx.last_year:04d}", None)
    if base is None:
        return ("DATE", None, None)
    if unit_word in ("morning", "evening", "night"):
        return ("TIME", f"{base.isoformat()}T{load_lexicon().parts_of_day[unit_word]}", None)
    return ("DATE", A.shift_value(base, _unit(unit_word), 0), None)


def _later_in(g: dict, ctx: Context) -> Result | None:
    """ "later in the day", "earlier in the year": the day the text is telling, or the DCT's period."""
    unit = _unit(_low(g["unit"]))
    base = (ctx.last_day or ctx.ref) if unit == "D" else ctx.ref
    return ("DATE", A.shift_value(base, unit, 0) if base else None, None)


def _nth_day(g: dict, ctx: Context) -> Result | None:
    """ "It is the third day of the strike": unless the clause is past or future, the day of writing."""
    if ctx.tense not in (A.PRESENT, A.UNKNOWN) or _ordinal(g["ord"]) < 1:
        return None
    return ("DATE", ctx.ref.isoformat() if ctx.ref else None, None)


def _set_every(g: dict, ctx: Context) -> Result | None:
    target = _low(g["unit"])
    lex = load_lexicon()
    num = _low(g.get("num"))
    amount = 2 if num == "other" else (number_value(num) if num else 1)
    if target in lex.weekdays:
        return ("SET", f"XXXX-WXX-{lex.weekdays[target]}", None)
    if target in lex.months:
        return ("SET", f"XXXX-{lex.months[target]:02d}", None)
    if target in lex.parts_of_day:
        return ("SET", f"XXXX-XX-XXT{lex.parts_of_day[target]}", None)
    return ("SET", A.duration_value(amount, _unit(target)), None)


def _set_adv(g: dict, ctx: Context) -> Result | None:
    return ("SET", load_lexicon().set_adverbs[_low(g["word"])], None)


def _set_times(g: dict, ctx: Context) -> Result | None:
    return ("SET", A.duration_value(1, _unit(g["unit"])), None)


def _holiday(g: dict, ctx: Context) -> Result | None:
    lex = load_lexicon()
    name = _low(g["name"])
    year = int(g["year"]) if g.get("year") else (ctx.ref.year if ctx.ref else None)
    rel = _low(g.get("rel"))
    if year is not None and rel == "last":
        year -= 1
    elif year is not None and rel == "next":
        year += 1
    if name in lex.holidays:
        md = lex.holidays[name]
        return ("DATE", f"{year:04d}-{md}" if year else f"XXXX-{md}", None)
    month, weekday, nth = lex.floating_holidays[name]
    if year is None:
        return ("DATE", None, None)
    if nth == "after-first-monday":
        day = A.nth_weekday(year, month, 1, 1) + dt.timedelta(days=1)
    else:
        day = A.nth_weekday(year, month, weekday, nth)
    if rel == "" and ctx.ref and ctx.tense != A.FUTURE and day > ctx.ref:
        return _holiday({**g, "rel": "last"}, ctx)
    return ("DATE", day.isoformat(), None)


def _week_of(g: dict, ctx: Context) -> Result | None:
    if ctx.ref is None:
        return ("DATE", None, None)
    d = A.resolve_month_day(ctx.ref, _month(g["month"]), int(re.sub(r"\D", "", g["day"])), ctx.tense)
    return ("DATE", A.week_value(d), None) if d else None


def _mid_pod(g: dict, ctx: Context) -> Result | None:
    pod = load_lexicon().parts_of_day[_low(g["pod"])]
    if ctx.ref is None:
        return ("TIME", None, None)
    offset = {"": 0, "today": 0, "yesterday": -1, "tomorrow": 1}[_low(g.get("rd"))]
    return ("TIME", f"{(ctx.ref + dt.timedelta(days=offset)).isoformat()}T{pod}", None)


def _overnight(g: dict, ctx: Context) -> Result | None:
    return ("TIME", f"{ctx.ref.isoformat()}TNI" if ctx.ref else None, None)


def _spelled_year(g: dict, ctx: Context) -> Result | None:
    year = spelled_year_value(g["spelled"])
    return ("DATE", f"{year:04d}", None) if year else None


def _bare_units(g: dict, ctx: Context) -> Result | None:
    return ("DURATION", A.duration_value(None, _unit(g["unit"])), None)


HANDLERS = {
    "spelled_year": _spelled_year,
    "bare_units": _bare_units,
    "iso_date": _month_day,
    "slash_date": _month_day,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_alone,
    "month": _month_alone,
    "weekday": _weekday_expr,
    "clock": _clock,
    "clock24": _clock,
    "noon": _clock,
    "relday": _relday,
    "this_pod": _this_pod,
    "overnight": _overnight,
    "mid_pod": _mid_pod,
    "rel_unit": _rel_unit,
    "ago": _ago,
    "duration": _duration_expr,
    "hyphen_duration": _hyphen,
    "units_long": lambda g, ctx: ("DURATION", A.duration_value(None, _unit(g["unit"])), None),
    "year": _year,
    "year_period": year_period_value,
    "decade": _decade,
    "century": _century,
    "quarter": quarter_value,
    "q_quarter": q_quarter_value,
    "season": _season,
    "year_of": year_of_value,
    "period": period_value,
    "period_ago": period_ago_value,
    "ref": _ref,
    "current": _ref,
    "anaphor_day": _anaphor,
    "later_that": _later_that,
    "later_in": _later_in,
    "nth_day": _nth_day,
    "someday": lambda g, ctx: ("DATE", "FUTURE_REF", None),  # "will one day be": some future time
    "set_every": _set_every,
    "set_adv": _set_adv,
    "set_times": _set_times,
    "holiday": _holiday,
    "week_of": _week_of,
}


def normalize_timex(cand: Candidate, ctx: Context) -> Result | None:
    """(type, value, mod) of a grammar match in context; None when the match is not a time expression."""
    return HANDLERS[cand.rule](cand.groups, ctx)


# Rules whose value is written out or anchored on the creation time: only these move the
# reference that anaphoric expressions ("that day", "a year earlier") are resolved against.
ANCHORING_RULES = {
    "iso_date", "slash_date", "month_day", "day_month", "month_year", "month", "weekday", "relday",
    "year", "year_period", "quarter", "q_quarter", "spelled_year", "holiday", "clock",
}


_QUARTER_SPAN = re.compile(r"\d{4}-Q[1-4]|P1Q|P3M")
_LONG_REPORT_SPAN = re.compile(r"P(?:[6-9]|1[01])M")


def update_context(ctx: Context, result: Result, rule: str, groups: dict | None = None) -> None:
    """Remember what an expression fixed (a day, a year, a quarter) for the anaphoric ones after it."""
    _, value, _ = result
    if value and _QUARTER_SPAN.fullmatch(value):
        ctx.report_span = "Q"
    elif value and rule == "duration" and groups and groups.get("det") and _LONG_REPORT_SPAN.fullmatch(value):
        ctx.report_span = "Y"  # "the nine months", "the first six months": year-to-date results
        ctx.report_length = value
    if not value or rule not in ANCHORING_RULES:
        return
    day = A.value_date(value)
    if day:
        ctx.last_day = day
    month = A.value_month(value)
    if month:
        ctx.last_month = month
    year = A.value_year(value)
    if year:
        ctx.last_year = year
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        ctx.last_quarter = value
        ctx.quarter_talk = True
