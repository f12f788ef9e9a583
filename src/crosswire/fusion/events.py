"""Align a story's events: one happening reported by several outlets, or twice in one article (headline and lede).

Two event records are the same happening when they have the same PLOVER type and negation, their
dates agree (the same day or a day apart; a week holds its days), and their parties agree: the
states, organisations and people they name share one actor id (a story about four allied states
has many events among them, so a shared country alone is not enough). A record naming no specific party (`GOV`, `eight countries`) joins a
record of the same type and day when one of the two dates comes from the text (`agreed on
Tuesday`), not from the publication date: within one story that is the same happening. Otherwise
records without parties fall back to their wording. An event told as done never joins one told as
expected or conditional.
"""

from __future__ import annotations

from crosswire.fusion.corroborate import FusedItem, Mention, group_mentions
from crosswire.fusion.dates import day_range, days_agree
from crosswire.fusion.text import overlap

WORDING_OVERLAP = 0.5  # share of content stems two undated, party-less event sentences must share


def event_date(m: Mention) -> str | None:
    """The event's date value, when it has one."""
    return (m.data.get("date") or {}).get("value")


def dates_agree(a: Mention, b: Mention) -> bool | None:
    """True when the two events' dates can be the same day (give or take one), False when not, None when either is unknown."""
    return days_agree(event_date(a), event_date(b))


def parties(m: Mention) -> set[str]:
    """The actor ids of the specific parties an event names: not bare sectors (`GOV`) or unknowns (`eight countries`)."""
    out = set()
    for role in ("actors", "recipients"):
        for actor in m.data.get(role) or []:
            if actor and actor.get("id") and (actor.get("country") or actor.get("org") or actor.get("kind") == "person"):
                out.add(actor["id"])
    return out


def happened(m: Mention) -> bool:
    """Does the record tell the event as done (factual or reported), not as expected or conditional?"""
    return (m.data.get("modality") or "factual") in ("factual", "reported")


def same_event(a: Mention, b: Mention) -> bool:
    """True when two event records report the same happening (see the module docstring)."""
    if a.data.get("type") != b.data.get("type") or bool(a.data.get("negated")) != bool(b.data.get("negated")):
        return False
    if happened(a) != happened(b):
        return False  # 'Russia deployed troops' is not 'Russia would deploy troops if ...'
    agree = dates_agree(a, b)
    if agree is False:
        return False
    pa, pb = parties(a), parties(b)
    if pa and pb:
        return bool(pa & pb)
    if agree and (_dated_by_text(a) or _dated_by_text(b)):
        return True
    return overlap(a.stems, b.stems) >= WORDING_OVERLAP


def _dated_by_text(m: Mention) -> bool:
    """True when the event's date comes from the text, not from the publication date it falls back to."""
    date = m.data.get("date") or {}
    return bool(date.get("value")) and date.get("from") != "published"


def _same_report(a: Mention, b: Mention) -> bool:
    """Same happening, from two articles or from an article's headline and its body (one article names several alike)."""
    return (a.article_id != b.article_id or a.headline != b.headline) and same_event(a, b)


def best_dates(group: list[Mention]) -> list[str]:
    """The group's dates, sorted: its day dates when it has any (weeks and years only when nothing finer is known)."""
    dates = {event_date(m) for m in group if event_date(m)}
    days = sorted(d for d in dates if day_range(d) is not None and d[5] != "W")
    return days or sorted(dates)


def _when(group: list[Mention]) -> str:
    """' on 2024-10-15', ' between ... and ...', ' in 2024' for a month or a year, ' by 2024-10-16' when every date
    is only the day a report of it was given (`date.from` inferred: it happened then or before)."""
    dates = best_dates(group)
    if not dates:
        return ""
    if len(dates) > 1:
        return f" between {dates[0]} and {dates[-1]}"
    if all((m.data.get("date") or {}).get("from") == "inferred" for m in group if event_date(m)):
        return f" by {dates[0]}"
    return f" on {dates[0]}" if len(dates[0]) >= 10 else f" in {dates[0]}"


HOW_TOLD = {"future": "expected", "hypothetical": "conditional"}


def _kind(group: list[Mention]) -> str:
    """The PLOVER type, with how it is told when it did not happen: 'MOBILIZE (conditional)', 'ATTACK (not done)'."""
    first = group[0].data
    marks = [HOW_TOLD[first["modality"]]] if first.get("modality") in HOW_TOLD else []
    if first.get("negated"):
        marks.append("not done")
    return f"{first.get('type')}" + (f" ({', '.join(marks)})" if marks else "")


def align_events(events: list[Mention]) -> list[FusedItem]:
    """Group a story's events; the explanation says who reports it and when it happened."""
    items = []
    seen: dict[tuple, Mention] = {}
    for m in events:  # one event per type and sentence in an article: extractors may fire twice on one clause
        seen.setdefault((m.article_id, m.data.get("type"), m.sentence, bool(m.data.get("negated"))), m)
    for group in group_mentions(list(seen.values()), _same_report, within_article=True):
        item = FusedItem("event", group, "single-source", "")
        when = _when(group)
        kind = _kind(group)
        if item.independent >= 2:
            item.status = "corroborated"
            item.explanation = f"{kind}{when}, reported by {item.independent} independent sources ({', '.join(item.outlets)})."
        else:
            times = f", {len(group)} times" if len(group) > 1 else ""
            item.explanation = f"{kind}{when}, reported by {item.outlets[0]} only{times}."
        items.append(item)
    return sorted(items, key=lambda it: (min((event_date(m) or "9999") for m in it.mentions), -it.independent))
