"""Do two reports' dates allow the same day? Shared by claim and event alignment (fusion/corroborate.py, fusion/events.py)."""

from __future__ import annotations

import datetime as dt

MAX_DAYS_APART = 1  # reports of one happening may date it a day apart (time zones, "overnight")


def day_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date value allows: a day, or an ISO week (`2024-W42`); None for coarser or odd values."""
    if not value:
        return None
    try:
        if len(value) >= 10 and value[4] == "-" and value[5] != "W":
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if len(value) == 8 and value[4:6] == "-W":
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def days_agree(a: str | None, b: str | None) -> bool | None:
    """True when two date values can be the same day (give or take one), False when not, None when either is unknown."""
    ra, rb = day_range(a), day_range(b)
    if ra is None or rb is None:
        return None
    gap = max((ra[0] - rb[1]).days, (rb[0] - ra[1]).days, 0)
    return gap <= MAX_DAYS_APART
