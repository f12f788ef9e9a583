"""Calendar arithmetic that anchors relative time expressions on a reference date (never the clock)."""

from __future__ import annotations

import datetime as dt
import re

from crosswire.nlp.timex.lexicon import load_lexicon

PAST, PRESENT, FUTURE, UNKNOWN = "past", "present", "future", ""


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from 'YYYY-MM-DD' (longer ISO timestamps are cut to the date), None when unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def week_value(day: dt.date) -> str:
    """ISO week of a day as a TimeML value: 2024-W45."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """Calendar quarter (1-4) of a day."""
    return (day.month - 1) // 3 + 1


def resolve_weekday(ref: dt.date, weekday: int, tense: str, rel: str | None = None) -> dt.date:
    """The day with ISO `weekday` (1=Monday) meant relative to `ref`.

    News usage: a bare weekday is the most recent such day (the reference day itself included)
    unless the verb is future or a present tense (scheduled: "they meet Monday"), then the next one; "last Tuesday" is the most recent Tuesday before
    `ref`; "next Tuesday" the first after it; "this Tuesday" the one in the same week.
    """
    delta_back = (ref.isoweekday() - weekday) % 7
    delta_fwd = (weekday - ref.isoweekday()) % 7
    if rel in ("last", "this past", "the previous"):
        return ref - dt.timedelta(days=delta_back or 7)
    if rel in ("next", "this coming", "the following", "the next"):
        return ref + dt.timedelta(days=delta_fwd or 7)
    if rel == "this":
        return ref + dt.timedelta(days=weekday - ref.isoweekday())
    if tense in (FUTURE, PRESENT):
        return ref + dt.timedelta(days=delta_fwd)
    return ref - dt.timedelta(days=delta_back)


def resolve_month_day(ref: dt.date, month: int, day: int, tense: str) -> dt.date | None:
    """The year-complete date of 'Nov. 7' relative to `ref`: past tense looks back, future ahead, else nearest."""
    options = [d for d in (valid_date(ref.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    if tense == PAST:
        back = [d for d in options if d <= ref]
        if back and (ref - back[-1]).days < 300:
            return back[-1]
    if tense == FUTURE:
        ahead = [d for d in options if d >= ref]
        if ahead and (ahead[0] - ref).days < 300:
            return ahead[0]
    return min(options, key=lambda d: abs((d - ref).days))


def resolve_month(ref: dt.date, month: int, tense: str, rel: str | None = None) -> str:
    """'YYYY-MM' of a month name relative to `ref` ('last November', 'in April' ...)."""
    year = ref.year
    if rel == "last":  # "last February" written in March: the month just gone would be "last month"
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif rel == "this past":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "this coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    elif tense == PAST and month > ref.month + 1:  # next month in a past clause is more often a misparse
        year = ref.year - 1
    elif tense == FUTURE and month < ref.month:
        year = ref.year + 1
    elif tense in (PRESENT, UNKNOWN) and abs(month - ref.month) > 6:
        year = ref.year + (1 if month < ref.month else -1)
    return f"{year:04d}-{month:02d}"


def shift_value(ref: dt.date, unit: str, n: int) -> str | None:
    """The value of the `unit` period `n` steps from the one holding `ref` ('last week' = shift W by -1)."""
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        return week_value(ref + dt.timedelta(weeks=n))
    if unit == "WE":
        return week_value(ref + dt.timedelta(weeks=n)) + "-WE"
    if unit == "M":
        months = ref.year * 12 + ref.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Q":
        quarters = ref.year * 4 + quarter_of(ref) - 1 + n
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "H":
        half = ref.year * 2 + (0 if ref.month <= 6 else 1) + n
        return f"{half // 2:04d}-H{half % 2 + 1}"
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "DE":
        return f"{ref.year // 10 + n:03d}"
    if unit == "CE":
        return f"{ref.year // 100 + n:02d}"
    return None


def shift_amount(ref: dt.date, unit: str, amount: float) -> str | None:
    """The date `amount` units after `ref` (negative: before), at the granularity of the unit."""
    if unit in ("S", "MIN", "H"):
        return ref.isoformat()
    if unit == "D":
        return (ref + dt.timedelta(days=round(amount))).isoformat()
    if unit in ("W", "FN"):
        return week_value(ref + dt.timedelta(weeks=round(amount * (2 if unit == "FN" else 1))))
    if unit == "M":
        return shift_value(ref, "M", round(amount))
    if unit == "Q":
        return shift_value(ref, "Q", round(amount))
    if unit == "Y":
        if amount != int(amount):
            return shift_value(ref, "M", round(amount * 12))[:4]
        return f"{ref.year + int(amount):04d}"
    if unit == "DE":
        return f"{ref.year + round(amount * 10):04d}"
    if unit == "CE":
        return f"{(ref.year + round(amount * 100)) // 100:02d}"
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) ISO weekday of a month: Thanksgiving = nth_weekday(y, 11, 4, 4)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def value_year(value: str | None) -> int | None:
    """The year of a TimeML date value ('2024-11-07', '1998-W32', '1989-Q3'), None when it has none."""
    if value and re.match(r"^\d{4}", value):
        return int(value[:4])
    return None


def value_month(value: str | None) -> dt.date | None:
    """The first day of the month a value names ('1989-04', '1989-04-12'), None for other values."""
    m = re.match(r"^(\d{4})-(0[1-9]|1[0-2])(?:-\d\d)?(?:T|$)", value or "")
    return dt.date(int(m.group(1)), int(m.group(2)), 1) if m else None


def value_date(value: str | None) -> dt.date | None:
    """The day a value names ('2024-11-07', '2024-11-07T10:00'), None for coarser values."""
    if value and re.match(r"^\d{4}-\d\d-\d\d", value):
        return parse_iso_date(value[:10])
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration for an amount of a unit: (2, 'Y') -> P2Y, (None, 'H') -> PTXH, (1.5, 'MIN') -> PT1M30S."""
    time_part, factor, letter = load_lexicon().unit_values[unit]
    if amount is None:
        if unit == "DE":
            return "PXDE"
        if unit == "CE":
            return "PXCE"
        return f"P{time_part}X{letter}"
    total = amount * factor
    if total != int(total):
        whole = int(total)
        sub = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7)}
        sub_letter, per = sub.get(letter, ("", 0))
        if letter == "M" and time_part == "T":
            sub_letter, per = "S", 60
        if sub_letter in ("H",) and not time_part:
            return f"P{whole}DT{round((total - whole) * per)}H" if whole else f"PT{round(total * per)}H"
        if per:
            first = f"{whole}{letter}" if whole else ""
            return f"P{time_part}{first}{round((total - whole) * per)}{sub_letter}"
        return f"P{time_part}{total:g}{letter}"
    return f"P{time_part}{int(total)}{letter}"
