"""Align claims and events across a story's articles and say, in plain words, how they agree.

A claim group's status: `corroborated` (two or more independent outlets, compatible values),
`conflicting` (independent outlets give incompatible numbers or dates), `single-source` (one
independent outlet, counting wire copies and one outlet's several articles once).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from typing import Any

from crosswire.fusion.dates import days_agree
from crosswire.fusion.text import STOP_WORDS, overlap, stems
from crosswire.knowledge import load_fates, load_knowledge
from crosswire.nlp.cue_lexicon import load_cue_lexicon

ROUND_TOLERANCE = 0.05  # an exact-looking figure in news is usually rounded: 10,000 means 9,500-10,500
HALF_UNIT = 0.49  # ... but no further than its last written digit: 2,012 is not 2,122, and 14 is not 15
ABOUT_TOLERANCE = 0.10  # "about 1,200" allows 1,080-1,320: "about 1,200" and "about 1,500" disagree
CLAIM_OVERLAP = 0.34  # share of content stems two claims must share to be about the same thing
CLAIM_MIN_SHARED = 3
CLAIM_OVERLAP_NO_NUMBER = 0.6
_QUOTE_MARKS = "“”\"‘’'"
CLAIM_OVERLAP_ONE_NUMBER = 0.8  # one side has a number, the other none: only near-identical wording
SIZE_RATIO = 2.0  # two outlets' counts of one thing differ by less than this; 14 drones and 1,200 drones are two facts
QUANTITY_MIN_SHARED = 1  # subject words (or other numbers) two claims' sentences share besides the counted thing
SAME_COUNT_MIN_VALUE = 10  # 'two drones' and 'two drone sightings' are too common to be one fact by the figure alone
SAME_COUNT_MIN_SHARED = 3  # subject words two sentences share for one figure counted in other words
SAME_FATE_WORDS = 2  # a fate both claims name ('released', 'freed') counts as this many shared subject words
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")
_WORDS = re.compile(r"[a-z]+")
_PLANNED = re.compile(r"\b(?:will|would|shall|(?:is|are) (?:set |due |expected )?to|plans? to|planned to|intends? to|aims? to)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<![\w.])[A-Z][\w-]*")
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,")  # ', who declared three days of mourning,': background
_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing)\b|n't\b", re.IGNORECASE)


@dataclass
class Mention:
    """One record of one article (claim, quote or event) as seen by fusion."""

    article_id: str
    source_key: str  # independent-source key: wire-copy group, else outlet, else the article
    outlet: str
    kind: str
    text: str
    start: int
    end: int
    data: dict[str, Any]
    sentence: tuple[int, int] = (0, 0)
    sentence_text: str = ""  # the sentence around the record, for subject words the record's own span leaves out
    headline: bool = False  # the record is in the article's first line, a headline that its lede restates
    _stems: set[str] | None = field(default=None, repr=False)

    @property
    def stems(self) -> set[str]:
        """Content stems of the record text."""
        if self._stems is None:
            self._stems = entity_stems(self.text)
        return self._stems

    @cached_property
    def context_stems(self) -> set[str]:
        """Content stems of the record's sentence (of the record text when the sentence is not known)."""
        return stems(self.sentence_text) | self.stems if self.sentence_text else self.stems

    @cached_property
    def numbers(self) -> set[float]:
        """The numbers the record's sentence names (the record text's when the sentence is not known)."""
        return sentence_numbers(self.sentence_text or self.text)

    @cached_property
    def fates(self) -> frozenset[str]:
        """What the claim says happened to what it counts (dead, wounded, missing, rescued, ...;
        knowledge/data/fates.json)."""
        table = _fate_words()
        return frozenset(table[w] for w in _WORDS.findall(self.text.lower()) if w in table)

    @cached_property
    def planned(self) -> bool:
        """Does the claim state a plan or expectation ('Hamas is to free 50 women and children over four days'), not
        an outcome ('Israel freed 39 prisoners')? Read from its sentence up to the claim's end, so that 'plan to buy
        1,500 drones ... and to spend 450 million euros' is a plan in both parts. A plan and an outcome are two facts."""
        if self.sentence_text and self.sentence[0] <= self.start:
            return bool(_PLANNED.search(self.sentence_text, 0, max(0, self.end - self.sentence[0])))
        return bool(_PLANNED.search(self.text))


@dataclass
class FusedItem:
    """Mentions of the same fact across the story's articles, with a status and its explanation."""

    kind: str
    mentions: list[Mention]
    status: str
    explanation: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def outlets(self) -> list[str]:
        """Outlets carrying it, in first-seen order."""
        return list(dict.fromkeys(m.outlet for m in self.mentions))

    @property
    def independent(self) -> int:
        """How many independent sources carry it."""
        return len({m.source_key for m in self.mentions})

    @property
    def label(self) -> str:
        """A short text naming the fact."""
        return self.mentions[0].text


def interval(quantity: dict[str, Any]) -> tuple[float, float] | None:
    """The range of values a reported number allows, from its value and qualifier."""
    value = quantity.get("value")
    if value is None:
        return None
    value = float(value)
    q = quantity.get("qualifier") or "exact"
    if q in ("more_than", "at_least"):
        return (value * (1 - ROUND_TOLERANCE), math.inf)
    if q in ("less_than", "at_most"):
        return (-math.inf, value * (1 + ROUND_TOLERANCE))
    if q == "about":
        spread = abs(value) * ABOUT_TOLERANCE
    else:
        spread = min(abs(value) * ROUND_TOLERANCE, HALF_UNIT * rounding_unit(value))
    return (value - spread, value + spread)


def rounding_unit(value: float) -> float:
    """The place of a figure's last non-zero digit: 10 for 1,250, 1 for 2,012, 0.1 for 2.5, 100,000 for 2.5 million."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return 10.0 ** exponent if isinstance(exponent, int) else 1.0


def _quantities(m: Mention) -> list[dict[str, Any]]:
    return [q for q in m.data.get("quantities") or [] if q.get("value") is not None]


def _claim_date(m: Mention) -> str | None:
    """The date of what a claim states: its time when the claim's own words hold it. A time outside them dates the
    report ('said on Monday that its radar had tracked 14 drones since September'), not the fact, and two outlets
    may report one fact on different days."""
    time = m.data.get("time") or {}
    start = time.get("start")
    if start is not None and not (m.start <= start < m.end):
        return None
    return time.get("value")


def _unit(q: dict[str, Any]) -> str:
    return (q.get("unit") or q.get("refers_to") or "").lower()


def comparable(qa: dict[str, Any], qb: dict[str, Any]) -> bool:
    """True when two quantities count the same kind of thing: one unit, and neither narrows it to a kind the other excludes.

    `about 1,200 surveillance drones` and `1,500 drones` are comparable; `North Korean troops` and
    `Russian troops` are not. Quantities without a unit compare with anything.
    """
    ua, ub = stems(qa.get("unit") or ""), stems(qb.get("unit") or "")
    if not ua or not ub:
        return True
    if ua != ub:
        return False
    ma, mb = stems(qa.get("refers_to") or "") - ua, stems(qb.get("refers_to") or "") - ub
    return ma <= mb or mb <= ma


def _like_size(qa: dict[str, Any], qb: dict[str, Any]) -> bool:
    va, vb = abs(float(qa["value"])), abs(float(qb["value"]))
    return min(va, vb) > 0 and max(va, vb) / min(va, vb) < SIZE_RATIO


def sentence_numbers(text: str) -> set[float]:
    """The numbers a sentence names, in digits or words (`eight`, `1,500`)."""
    words = load_cue_lexicon().number_words
    out = set()
    for token in _NUMBER.findall(text):
        if token[0].isdigit():
            try:
                out.add(float(token.replace(",", "")))
            except ValueError:
                continue
        elif token.lower() in words:
            out.add(words[token.lower()])
    return out


def same_quantity_fact(a: Mention, b: Mention) -> bool:
    """True when two claims count the same kind of thing, of like size, about the same subject and time.

    This aligns claims worded differently (`Eight governments will order roughly 1,200 drones` and
    `The eight countries plan to buy about 1,500 drones`) so that their numbers can be compared at
    all. Their sentences must share a subject word or another number besides the compared counts. A plan and
    an outcome are told apart by the caller, `same_claim`.
    """
    if days_agree(_claim_date(a), _claim_date(b)) is False:
        return False
    words = {s for s in a.context_stems & b.context_stems if not s[0].isdigit()}
    numbers = a.numbers & b.numbers
    same_fate = bool(a.fates & b.fates)
    for qa in _quantities(a):
        for qb in _quantities(b):
            if (qa.get("unit") and qb.get("unit") or same_fate) and comparable(qa, qb) and _like_size(qa, qb):
                shared = len(words - stems(_unit(qa))) + len(numbers - {float(qa["value"]), float(qb["value"])})
                if shared >= QUANTITY_MIN_SHARED:
                    return True
            elif _same_count(qa, qb) and len(words - stems(_unit(qa)) - stems(_unit(qb))) + SAME_FATE_WORDS * same_fate >= SAME_COUNT_MIN_SHARED:
                return True
    return False


def _same_count(qa: dict[str, Any], qb: dict[str, Any]) -> bool:
    """One figure counting things named alike though measured in other words: '14 drone sightings' and '14
    unidentified drones' (same value, a word of what they count in common). Aligned, never compared as values."""
    return (
        float(qa["value"]) == float(qb["value"])
        and abs(float(qa["value"])) >= SAME_COUNT_MIN_VALUE
        and bool(stems(qa.get("refers_to") or "") & stems(qb.get("refers_to") or ""))
    )


@functools.lru_cache(maxsize=1)
def _fate_words() -> dict[str, str]:
    return {word: name for name, words in load_fates().items() for word in words}


def same_claim(a: Mention, b: Mention) -> bool:
    """True when two claims (from different articles) state the same thing, values aside. Claims naming different
    fates of what they count ('39 people had been rescued', 'about 30 people remained missing') never are."""
    if a.fates and b.fates and not a.fates & b.fates:
        return False
    shared = a.stems & b.stems
    qa, qb = _quantities(a), _quantities(b)
    if qa and qb:
        if a.planned != b.planned:
            return False  # 'Hamas is to free 50 women and children' is not 'Israel released 39 women'
        units_a, units_b = {_unit(q) for q in qa}, {_unit(q) for q in qb}
        same_kind = bool(units_a & units_b) or bool(stems(" ".join(units_a)) & stems(" ".join(units_b)))
        worded_alike = same_kind and len(shared) >= CLAIM_MIN_SHARED and overlap(a.stems, b.stems) >= CLAIM_OVERLAP
        return worded_alike or same_quantity_fact(a, b)
    needed = CLAIM_OVERLAP_ONE_NUMBER if (qa or qb) else CLAIM_OVERLAP_NO_NUMBER
    if len(shared) < CLAIM_MIN_SHARED + 2 or overlap(a.stems, b.stems) < needed:
        return False
    names_a, names_b = _names(a.text), _names(b.text)
    # "hit by a Kh-22 missile" and "hit by a Ukrainian air defence missile": each names what the other does not
    return not (names_a - names_b and names_b - names_a)


def _names(text: str) -> set[str]:
    """Stems of the capitalised words after a text's first word (names, nationalities, model codes), a country's
    words as its code."""
    out: set[str] = set()
    for word in _NAME.findall(text[1:]):
        country = country_of_word(word)
        out |= {country} if country else stems(word)
    return out


def country_of_word(word: str) -> str | None:
    """The ISO3 code of a country that one capitalised word names: its name, capital, adjective or seat of
    government ('Russia', 'Moscow', 'Russian', 'Kremlin' are all RUS), else None."""
    knowledge = load_knowledge()
    key = word.lower()
    seat = knowledge.seats.get(key)
    return knowledge.country_names.get(key) or knowledge.capitals.get(key) or knowledge.demonyms.get(key) or (seat[0] if seat else None)


def entity_stems(text: str) -> set[str]:
    """Content stems of a text, each word naming a country replaced by the country's code, so that 'Moscow would
    take measures' and 'near Russian territory' share one word more."""
    out = stems(text)
    for word in _NAME.findall(text):
        country = country_of_word(word)
        if country:
            out = (out - stems(word)) | {country}
    return out


class _Unions:
    """Union-find over the positions 0..n-1 of a list."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)

    def groups(self, values: list) -> list[list]:
        """The values grouped by their set, in first-seen order."""
        out: dict[int, list] = {}
        for i, value in enumerate(values):
            out.setdefault(self.find(i), []).append(value)
        return list(out.values())


def group_mentions(mentions: list[Mention], same, within_article: bool = False) -> list[list[Mention]]:
    """Union mentions that `same(a, b)` links, from different articles only unless `within_article` (a story is small: pairs are fine)."""
    unions = _Unions(len(mentions))
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if (within_article or a.article_id != b.article_id) and unions.find(i) != unions.find(j) and same(a, b):
                unions.join(i, j)
    return unions.groups(mentions)


def _number_words(q: dict[str, Any]) -> str:
    return f"“{q.get('text') or q.get('value')}”"


def _source_words(m: Mention) -> str | None:
    """The source as written; a person it resolves to is named (`She` → `Rasa Vaitkutė (“She”)`)."""
    source = m.data.get("source") or {}
    text = " ".join((source.get("text") or "").split()) or None
    actor = source.get("actor") or {}
    name = actor.get("name") if actor.get("kind") == "person" else None
    if not name or not text:
        return text or name
    if name.lower() in text.lower():
        return name
    return f"{name} (“{text}”)"


def claim_status(group: list[Mention]) -> FusedItem:
    """Status and plain-words explanation for one group of aligned claims."""
    item = FusedItem("claim", group, "single-source", "")
    outlets = item.outlets
    sources = sorted({s.casefold(): s for s in (_source_words(m) for m in group) if s}.values(), key=str.casefold)
    attributed = f", attributed to {' / '.join(sources)}" if sources else ""
    if item.independent < 2:
        where = outlets[0] if len(outlets) == 1 else f"{', '.join(outlets)} (copies of one report)"
        item.explanation = f"Only {where} reports this{attributed}; no independent outlet confirms it."
        return item
    numbers = [(m, q) for m in group for q in _quantities(m)]
    conflicts, agreements, disputed = [], [], []
    for i, (ma, qa) in enumerate(numbers):
        for mb, qb in numbers[i + 1:]:
            if ma.source_key == mb.source_key or not comparable(qa, qb):
                continue
            ia, ib = interval(qa), interval(qb)
            if ia is None or ib is None:
                continue
            pair = f"{_number_words(qa)} ({ma.outlet}) and {_number_words(qb)} ({mb.outlet})"
            if ia[0] <= ib[1] and ib[0] <= ia[1]:
                agreements.append(pair)
            elif float(qa["value"]) in mb.numbers or float(qb["value"]) in ma.numbers:
                continue  # the other outlet names this figure too ('215 of the 465 seats', 'the 465-seat chamber'): no dispute
            else:
                conflicts.append(pair)
                disputed += [ma, mb]
    times = {}
    for m in group:
        value = (_claim_date(m) or "")[:10]
        if len(value) == 10 and value[:4].isdigit():
            times.setdefault(value, m)
    conflicts, agreements = list(dict.fromkeys(conflicts)), list(dict.fromkeys(agreements))
    denial = _denied_against_stated(group)
    if denial:
        item.status = "conflicting"
        item.mentions = _first(group, denial[0])
        verb = "suggests" if denial[1].data.get("certainty") == "hedged" else "states"
        item.explanation = (f"{item.independent} independent sources disagree: {_who(denial[0])} denies it; "
                            f"{_who(denial[1])} {verb} it.")
    elif conflicts:
        item.status = "conflicting"
        item.mentions = _first(group, disputed[0])  # the label names a disputed count, not a subject count it shares
        item.explanation = f"{item.independent} independent sources disagree: {'; '.join(conflicts)} cannot both hold."
        if agreements:
            item.explanation += f" Compatible: {'; '.join(agreements)}."
    elif len(times) > 1:
        item.status = "conflicting"
        item.explanation = (f"{item.independent} independent sources give different dates: "
                            + ", ".join(f"{d} ({m.outlet})" for d, m in times.items()) + ".")
    else:
        item.status = "corroborated"
        parts = [f"{item.independent} independent sources ({', '.join(outlets)}) report it{attributed}"]
        if agreements:
            parts.append(f"the numbers are compatible: {'; '.join(agreements)} overlap once qualifiers and rounding are counted")
        if times:
            parts.append(f"both date it {next(iter(times))}")
        item.explanation = "; ".join(parts) + "."
    item.details = {"sources": sources, "conflicts": conflicts, "agreements": agreements}
    return item


def _denied_against_stated(group: list[Mention]) -> tuple[Mention, Mention] | None:
    """A claim one source denies ('The Kremlin denied that Russian forces had targeted residential buildings') and an
    independent one states, reports or suggests: (the denial, the statement), else None. A denial corroborates
    nothing."""
    for denied in (m for m in group if m.data.get("certainty") == "denied"):
        for stated in group:
            if stated.source_key != denied.source_key and stated.data.get("certainty") != "denied":
                return denied, stated
    return None


def _who(m: Mention) -> str:
    """'Dmitry Peskov (Outlet a)', or the outlet alone for its own statement."""
    source = _source_words(m)
    return f"{source} ({m.outlet})" if source else m.outlet


def _first(group: list[Mention], lead: Mention) -> list[Mention]:
    """The group with `lead` first, the rest in their order."""
    return [lead] + [m for m in group if m is not lead]


def _parts_stated_apart(claims: list[Mention]) -> list[Mention]:
    """The claims, each holding several numbers and narrower claims of its article left with the one counted
    number outside those, or left out.

    `plan to buy about 1,500 drones and to spend at least 450 million euros` is also extracted as its two parts;
    aligned whole, it would join the drone count and the spending into one fact. `The coalition won 215 seats,
    short of the 233 needed for a majority in the 465-seat chamber` keeps `215 seats`: the chamber's size is a
    claim of its own and `233` counts nothing named. A claim left with several counts (`killed 20 people, wounded
    75 and left 30 missing`) is left out: its numbers cannot be paired with another outlet's one by one.
    """
    out = []
    for m in claims:
        quantities = _quantities(m)
        parts = [n for n in claims if n is not m and n.article_id == m.article_id and m.start <= n.start
                 and n.end <= m.end and (n.start, n.end) != (m.start, m.end)] if len(quantities) > 1 else []
        if not parts:
            out.append(m)
            continue
        own = [q for q in quantities if q.get("unit") and not any(_within(q, m, n) for n in parts)]
        if len(own) == 1:
            out.append(replace(m, text=_before_parts(m, parts), data={**m.data, "quantities": own}, _stems=None))
    return out


_TAIL = re.compile(r"(?:[\s,;:—–-]+|\s+(?:and|or|but|that|while|as|which|who)\b)+$", re.IGNORECASE)


def _before_parts(m: Mention, parts: list[Mention]) -> str:
    """The claim's text up to the narrower claims it ends with ('39 people had been rescued from the building [and
    that dozens were still unaccounted for]'), without the joining words; the whole text when they do not end it."""
    if max(n.end for n in parts) < m.end:
        return m.text
    head = _TAIL.sub("", m.text[: min(n.start for n in parts) - m.start])
    return head if len(head.split()) >= 3 else m.text


def _within(q: dict[str, Any], m: Mention, part: Mention) -> bool:
    """Is quantity `q` of claim `m` inside the narrower claim `part`? Quantities carry article offsets, or
    offsets in the claim's text when they were made apart from an article."""
    start = q.get("start")
    if start is None:
        return any(float(p["value"]) == float(q["value"]) for p in _quantities(part))
    return part.start <= start < part.end


def corroborate_claims(claims: list[Mention]) -> list[FusedItem]:
    """Align a story's claims and give each group its status, most-sourced first. Groups that say the same thing of
    different named things ('hit by a Kh-22 missile', 'hit by a Ukrainian air defence missile') become one
    conflicting item."""
    items = _contested_items([claim_status(g) for g in group_mentions(_parts_stated_apart(claims), same_claim)])
    return sorted(items, key=lambda it: (-it.independent, it.mentions[0].article_id, it.mentions[0].start))


def contested_names(a: Mention, b: Mention) -> tuple[list[str], list[str]] | None:
    """The names each of two independent claims gives where the other gives its own, when they are worded alike
    otherwise and count nothing: (['Kh-22'], ['Ukrainian']) for 'the building was hit by a Kh-22 missile' and 'the
    building was likely hit by a Ukrainian air defence missile'; else None."""
    if a.source_key == b.source_key or _quantities(a) or _quantities(b):
        return None
    shared = a.stems & b.stems
    if len(shared) < CLAIM_MIN_SHARED + 2 or overlap(a.stems, b.stems) < CLAIM_OVERLAP_NO_NUMBER:
        return None
    words_a, words_b = _name_words(a.text), _name_words(b.text)
    only_a = {w: after for k, (w, after) in words_a.items() if k not in words_b}
    only_b = {w: after for k, (w, after) in words_b.items() if k not in words_a}
    slots = shared - {k for k in (*words_a, *words_b)}
    pairs = [(wa, wb) for wa, after_a in only_a.items() for wb, after_b in only_b.items() if after_a & after_b & slots]
    if not pairs:
        return None
    return list(dict.fromkeys(wa for wa, _ in pairs)), list(dict.fromkeys(wb for _, wb in pairs))


_SLOT_WORDS = re.compile(r"[^\s,;:.!?()]+")


def _name_words(text: str) -> dict[str, tuple[str, set[str]]]:
    """The capitalised words after a text's first word, keyed as `_names` keys them: (the word as written, stems of
    the lower-case words of the phrase it opens, up to three words and before a stop word or punctuation: 'Kh-22
    [missile]', 'Ukrainian [air defence missile]'). Two claims naming different things in one slot share such a word."""
    out: dict[str, tuple[str, set[str]]] = {}
    for found in _NAME.finditer(text, 1):
        word = found.group()
        after: set[str] = set()
        rest, end = text[found.end():], 0
        for n, piece in enumerate(_SLOT_WORDS.finditer(rest)):
            if n >= 3 or rest[end:piece.start()].strip() or piece.group().lower() in STOP_WORDS:
                break
            if piece.group()[0].islower():
                after |= stems(piece.group())
            end = piece.end()
        keys = {country_of_word(word)} - {None} or stems(word)
        for key in keys:
            out.setdefault(key, (word, after))
    return out


def _contested_items(items: list[FusedItem]) -> list[FusedItem]:
    """The items, those linked by claims that name different things (`contested_names`) merged into one
    conflicting item each."""
    unions = _Unions(len(items))
    found: dict[tuple[int, int], tuple[Mention, Mention, list[str], list[str]]] = {}
    for i, first in enumerate(items):
        for j in range(i + 1, len(items)):
            for a in first.mentions:
                pair = next(((a, b, *names) for b in items[j].mentions if (names := contested_names(a, b))), None)
                if pair:
                    found[(i, j)] = pair
                    unions.join(i, j)
                    break
    if not found:
        return items
    out = []
    for members in unions.groups(list(range(len(items)))):
        if len(members) == 1:
            out.append(items[members[0]])
            continue
        mentions = [m for i in members for m in items[i].mentions]
        item = FusedItem("claim", mentions, "conflicting", "")
        pairs = [f"“{' '.join(na)}” ({a.outlet}{_by(a)}) and “{' '.join(nb)}” ({b.outlet}{_by(b)})"
                 for (i, j), (a, b, na, nb) in found.items() if i in members and j in members]
        item.explanation = f"{item.independent} independent sources say it of different things: {'; '.join(pairs)}."
        item.details = {"sources": sorted({s for m in mentions if (s := _source_words(m))}, key=str.casefold),
                        "conflicts": pairs, "agreements": []}
        out.append(item)
    return out


def _by(m: Mention) -> str:
    source = _source_words(m)
    return f", attributed to {source}" if source else ""


def _speaker(m: Mention) -> str | None:
    """Who a claim is attributed to, coarsely: the source actor's country or organisation, else its id."""
    actor = (m.data.get("source") or {}).get("actor") or {}
    return actor.get("country") or actor.get("org") or actor.get("id")


def _sentence_speakers(claims: list[Mention]) -> dict[str, dict[int, set[str]]]:
    """Per article, per sentence start: the speakers that sentence's claims are attributed to."""
    out: dict[str, dict[int, set[str]]] = {}
    for m in claims:
        who = _speaker(m)
        if who:
            out.setdefault(m.article_id, {}).setdefault(m.sentence[0], set()).add(who)
    return out


def confirm_in_other_words(items: list[FusedItem], sentences: list[Mention]) -> list[FusedItem]:
    """A single-source claim without numbers is corroborated by a sentence elsewhere saying the same in other words.

    What the claim asserts counts, not an aside (', who declared three days of mourning,'), and a negated claim
    is restated only by a sentence with a negation. A claim attributed to someone is not restated by a sentence whose own claims are attributed to
    others only: the words may match while the speakers differ.
    """
    speakers = _sentence_speakers([m for it in items for m in it.mentions])
    for item in items:
        claim = item.mentions[0]
        asserted = _ASIDE.sub(" ", claim.text)
        claim_stems = entity_stems(asserted) if asserted != claim.text else claim.stems
        if item.independent != 1 or _quantities(claim) or len(claim_stems) < CLAIM_MIN_SHARED + 3:
            continue
        best, best_score = None, CLAIM_OVERLAP_NO_NUMBER
        mine = _speaker(claim)
        negated = bool(_NEGATION.search(asserted))
        for s in sentences:
            if s.source_key == claim.source_key or (negated and not _NEGATION.search(s.text)):
                continue  # 'has not spoken' is not restated by 'spoke' (a sentence's 'no one was hurt' may be an aside)
            theirs = speakers.get(s.article_id, {}).get(s.start, set())
            if mine and theirs and mine not in theirs:
                continue  # 'Russia warned it would respond to the deal' is not restated by 'ministers agreed the deal, saying ...'
            shared = claim_stems & s.stems
            score = len(shared) / len(claim_stems)
            if len(shared) >= CLAIM_MIN_SHARED + 3 and score >= best_score:
                best, best_score = s, score
        if best is not None:
            item.mentions.append(best)
            item.status = "corroborated"
            item.explanation = (f"{item.independent} independent sources ({', '.join(item.outlets)}) report it; "
                                f"{best.outlet} says it in other words ({best_score:.0%} of its content words): "
                                f"“{best.text[:160].strip(_QUOTE_MARKS)}”.")
    return sorted(items, key=lambda it: (-it.independent, it.mentions[0].article_id, it.mentions[0].start))
