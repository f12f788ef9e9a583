"""Everything about one story, read from the store and fused: the input of every story report."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path
from urllib.parse import urlparse

from crosswire.errors import StoreError
from crosswire.fusion.copies import copy_groups
from crosswire.fusion.corroborate import FusedItem, Mention, confirm_in_other_words, corroborate_claims
from crosswire.fusion.events import align_events
from crosswire.fusion.quotes import match_quotes
from crosswire.fusion.text import overlap, sentence_at, sentence_bounds
from crosswire.store.db import Store

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass
class StoryArticle:
    """One article of a story, with the independent source it counts as."""

    id: str
    title: str | None
    outlet: str
    published: str | None
    url: str | None
    text: str
    source_key: str
    inferred_date: str | None = None


@dataclass
class InferredDate:
    """A publication date inferred for an undated article from the rest of its story."""

    article_id: str
    value: str
    explanation: str


@dataclass
class StoryView:
    """One story: its articles, fused claims, quotes and events, coverage differences, inferred dates."""

    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    articles: list[StoryArticle]
    claims: list[FusedItem] = field(default_factory=list)
    quotes: list[FusedItem] = field(default_factory=list)
    events: list[FusedItem] = field(default_factory=list)
    coverage: dict[str, list["CoverageItem"]] = field(default_factory=dict)
    inferred_dates: list[InferredDate] = field(default_factory=list)

    def article(self, article_id: str) -> StoryArticle:
        """The story article with this id."""
        return next(a for a in self.articles if a.id == article_id)

    def fused_rows(self) -> list[tuple[str, int, str, int, str, Any]]:
        """Rows for the `story_fused` table."""
        rows = []
        for kind, items in (("claim", self.claims), ("quote", self.quotes), ("event", self.events)):
            for i, item in enumerate(items):
                data = {
                    "mentions": [{"article_id": m.article_id, "outlet": m.outlet, "start": m.start, "end": m.end,
                                  "text": m.text, "kind": m.kind} for m in item.mentions],
                    "outlets": item.outlets,
                    "details": item.details,
                }
                rows.append((kind, i, item.status, item.independent, item.explanation, data))
        return rows


def find_story(store: Store, story_id: str) -> str:
    """The story id matching an id or unique prefix; StoreError when none or several."""
    try:
        rows = store.con.execute("SELECT id FROM stories WHERE starts_with(id, ?) ORDER BY id LIMIT 3", [story_id]).fetchall()
    except Exception as exc:
        raise StoreError(f"this database has no stories yet ({exc})", fix="run `crosswire stories --db FILE` first") from exc
    ids = [r[0] for r in rows]
    if story_id in ids:
        return story_id
    if not ids:
        raise StoreError(f"no story with id {story_id!r}", fix="list them with: crosswire stories --db FILE")
    if len(ids) > 1:
        raise StoreError(f"story id prefix {story_id!r} matches several stories", fix="give more characters")
    return ids[0]


def _outlet(outlet: str | None, url: str | None, origin: str | None, article_id: str) -> str:
    if outlet:
        return outlet
    host = urlparse(url).netloc if url else ""
    if host:
        return host.removeprefix("www.")
    if origin and origin != "-":
        return Path(origin.split(":")[0]).stem  # the file it came from names it best
    return f"article {article_id[:10]}"


def _load_articles(store: Store, story_id: str) -> list[StoryArticle]:
    rows = store.con.execute(
        "SELECT a.id, a.title, a.outlet, CAST(a.published AS VARCHAR), a.url, a.text, a.origin FROM story_articles sa"
        " JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published NULLS LAST, a.ingested_at, a.id",
        [story_id],
    ).fetchall()
    groups = copy_groups({r[0]: r[5] for r in rows})
    articles = []
    for aid, title, outlet, published, url, text, origin in rows:
        name = _outlet(outlet, url, origin, aid)
        copy_of = groups[aid]
        # one outlet counts once; copies of one wire text count once whichever outlet runs them
        key = f"copy:{copy_of}" if copy_of != aid else (f"outlet:{outlet}" if outlet else f"article:{aid}")
        articles.append(StoryArticle(aid, title, name, published, url, text, key))
    # an article copied by others carries its copy key too
    copy_roots = {a.source_key.removeprefix("copy:") for a in articles if a.source_key.startswith("copy:")}
    for a in articles:
        if a.id in copy_roots:
            a.source_key = f"copy:{a.id}"
    return articles


def _mentions(store: Store, kind: str, table: str, articles: dict[str, StoryArticle]) -> list[Mention]:
    text_col = "trigger_text" if table == "events" else "text"
    rows = store.con.execute(
        f"SELECT article_id, start_char, end_char, {text_col}, data FROM {table}"
        " WHERE article_id IN (SELECT unnest($1::VARCHAR[])) ORDER BY article_id, idx",
        [list(articles)],
    ).fetchall()
    out = []
    bounds = {aid: sentence_bounds(a.text) for aid, a in articles.items()}
    for aid, start, end, text, data in rows:
        a = articles[aid]
        try:
            record = json.loads(data) if data else {}
        except ValueError:
            record = {}
        at = start or 0
        if table == "events":  # an event's span may run over a heading; its trigger's sentence is the evidence
            at = (record.get("trigger") or {}).get("start", at) or at
        sentence = sentence_at(a.text, at, at, bounds[aid])
        if table == "events":
            text = a.text[sentence[0]:sentence[1]].strip()
        headline = sentence[0] == 0 and "\n" in a.text and sentence[1] <= a.text.index("\n")
        out.append(Mention(aid, a.source_key, a.outlet, kind, text or "", start or 0, end or 0, record, sentence,
                           a.text[sentence[0]:sentence[1]], headline))
    return out


def _sentences(articles: list[StoryArticle]) -> list[Mention]:
    out = []
    for a in articles:
        for s, e in sentence_bounds(a.text):
            if e - s > 30:
                out.append(Mention(a.id, a.source_key, a.outlet, "sentence", a.text[s:e], s, e, {"kind": "sentence"}, (s, e)))
    return out


@dataclass
class CoverageItem:
    """A sentence only one independent source reports, with the kinds of facts it carries."""

    article_id: str
    outlet: str
    start: int
    end: int
    text: str
    kinds: list[str]


COVERED_OVERLAP = 0.45  # a sentence elsewhere sharing this much of the content counts as the same fact
COVERED_MIN_SHARED = 4


def coverage_differences(story: StoryView) -> dict[str, list[CoverageItem]]:
    """{outlet: sentences with facts (claims, quotes, events) that no other independent source reports}."""
    sources = {a.source_key for a in story.articles}
    if len(sources) < 2:
        return {}
    shared_sentences = {(m.article_id, m.sentence) for item in (*story.claims, *story.events, *story.quotes)
                        if item.independent > 1 for m in item.mentions}
    sentences = _sentences(story.articles)
    found: dict[tuple[str, tuple[int, int]], CoverageItem] = {}
    for item in (*story.events, *story.claims, *story.quotes):
        if item.independent != 1:
            continue
        for m in item.mentions:
            key = (m.article_id, m.sentence)
            if key in shared_sentences:
                continue
            if key in found:
                if item.kind not in found[key].kinds:
                    found[key].kinds.append(item.kind)
                continue
            article = story.article(m.article_id)
            text = article.text[m.sentence[0]:m.sentence[1]].strip()
            mine = Mention(m.article_id, m.source_key, m.outlet, "sentence", text, *m.sentence, {})
            if any(s.source_key != m.source_key and len(mine.stems & s.stems) >= COVERED_MIN_SHARED
                   and overlap(mine.stems, s.stems) >= COVERED_OVERLAP for s in sentences):
                shared_sentences.add(key)
                continue
            found[key] = CoverageItem(m.article_id, m.outlet, m.sentence[0], m.sentence[1], text, [item.kind])
    only: dict[str, list[CoverageItem]] = {}
    for c in sorted(found.values(), key=lambda c: (c.article_id, c.start)):
        only.setdefault(c.outlet, []).append(c)
    return only


def infer_dates(story: StoryView) -> list[InferredDate]:
    """Publication dates for undated articles: on or after the latest date another outlet gives a fact they share."""
    undated = [a for a in story.articles if not a.published]
    if not undated:
        return []
    dated = sorted(a.published for a in story.articles if a.published)
    inferred = []
    for a in undated:
        best: tuple[str, str, str] | None = None  # (date, fact, outlet)
        for item in (*story.events, *story.claims):
            if not any(m.article_id == a.id for m in item.mentions):
                continue
            for other in item.mentions:
                value = ((other.data.get("date") or other.data.get("time") or {}).get("value") or "")[:10]
                if other.article_id != a.id and _is_day(value) and (best is None or value > best[0]):
                    best = (value, item.label, other.outlet)
        if best is not None:
            value, fact, outlet = best
            fact = fact if len(fact) <= 80 else fact[:79].rsplit(" ", 1)[0] + "…"
            why = (f"it reports “{fact}”, which {outlet} dates {value}; an article is published on or after "
                   "the latest happening it reports")
            weekdays = {w for w in _WEEKDAY.findall(a.text[:600])}
            day = dt.date.fromisoformat(value).strftime("%A")
            if day in weekdays:
                why += f"; its own “{day}” agrees ({value} was a {day})"
            inferred.append(InferredDate(a.id, value, why))
        elif dated:
            inferred.append(InferredDate(a.id, dated[0], f"no shared dated fact; dated with its story, whose first dated report is {dated[0]}"))
        if inferred and inferred[-1].article_id == a.id:
            a.inferred_date = inferred[-1].value
    return inferred


def _is_day(value: str) -> bool:
    """True for a calendar day YYYY-MM-DD (fromisoformat alone also takes weeks such as 2013-W44)."""
    if not _DAY.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def build_story(store: Store, story_id: str) -> StoryView:
    """Read one story and fuse it: claims, quotes, events, coverage and inferred dates."""
    row = store.con.execute(
        "SELECT id, title, CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR) FROM stories WHERE id = ?", [story_id]
    ).fetchone()
    if row is None:
        raise StoreError(f"no story with id {story_id!r}", fix="list them with: crosswire stories --db FILE")
    articles = _load_articles(store, story_id)
    by_id = {a.id: a for a in articles}
    story = StoryView(row[0], row[1], row[2], row[3], articles)
    sentences = _sentences(articles)
    story.claims = confirm_in_other_words(corroborate_claims(_mentions(store, "claim", "claims", by_id)), sentences)
    story.events = align_events(_mentions(store, "event", "events", by_id))
    story.quotes = match_quotes(_mentions(store, "quote", "quotes", by_id), sentences)
    story.coverage = coverage_differences(story)
    story.inferred_dates = infer_dates(story)
    return story
