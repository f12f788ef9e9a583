"""Score the `events` component on a JSONL evaluation set of single news sentences.

Each line: {"id", "split", "text", "published", "type" (PLOVER type or null for no event),
"actors": [ISO3 | "IGO"], "recipients": [...], "modality", "negated", "style"}.

Splits: "dev" and "dev2" were used to develop the rules; "test" and "blind2" are held out ("blind2" was
written before the second round of rule changes and scored once before any of them). Each split is
scored on its own, and "all" over every sentence.

Definitions:
- The coder's answer for a sentence is its most confident event (no event: null).
- type accuracy: share of sentences whose answer type equals the gold type (null = null counts).
- per-type precision/recall/F1 over those answers; "none" is not a class of its own.
- actor (recipient) country accuracy: over sentences whose gold lists at least one actor (recipient)
  country, the share where the answer's set of actor (recipient) countries equals the gold set exactly.
  Reported over all such sentences and over those where the type was right. For CONSULT the parties
  are compared as one set (actors and recipients together): PLOVER puts every party of a meeting in
  `actor` unless one side hosts, and news text rarely says which.
- modality / negation accuracy: over sentences with a gold event whose answer type is right.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from crosswire.eval import f1, ratio
from crosswire.errors import InputError
from crosswire.nlp.events.lexicon import PLOVER_TYPES
from crosswire.records import Article, Event

DEFAULT_EVAL = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "events_eval.jsonl"
_REQUIRED = ("id", "text", "type", "actors", "recipients")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One evaluation sentence with its gold event."""

    id: str
    text: str
    type: str | None
    actors: frozenset[str]
    recipients: frozenset[str]
    modality: str = "factual"
    negated: bool = False
    split: str = "test"
    style: str = "wire"
    published: str | None = None


@dataclass
class EventScores:
    """Scores of one split (or all sentences together)."""

    n: int = 0
    type_correct: int = 0
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    actor_total: int = 0
    actor_correct: int = 0
    actor_correct_when_typed: int = 0
    actor_typed: int = 0
    recipient_total: int = 0
    recipient_correct: int = 0
    recipient_correct_when_typed: int = 0
    recipient_typed: int = 0
    modality_total: int = 0
    modality_correct: int = 0
    negation_correct: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        """Share of sentences whose answer type is the gold type."""
        return ratio(self.type_correct, self.n)

    @property
    def actor_accuracy(self) -> float:
        """Exact actor-country set matches over sentences with gold actor countries."""
        return ratio(self.actor_correct, self.actor_total)

    @property
    def recipient_accuracy(self) -> float:
        """Exact recipient-country set matches over sentences with gold recipient countries."""
        return ratio(self.recipient_correct, self.recipient_total)

    @property
    def modality_accuracy(self) -> float:
        """Modality right, over type-correct sentences with a gold event."""
        return ratio(self.modality_correct, self.modality_total)

    @property
    def negation_accuracy(self) -> float:
        """Negation flag right, over type-correct sentences with a gold event."""
        return ratio(self.negation_correct, self.modality_total)

    def summary(self) -> dict:
        """Plain numbers for printing and JSON."""
        return {
            "sentences": self.n,
            "type_accuracy": round(self.type_accuracy, 4),
            "actor_country_accuracy": round(self.actor_accuracy, 4),
            "actor_country_accuracy_type_correct": round(
                ratio(self.actor_correct_when_typed, self.actor_typed), 4),
            "recipient_country_accuracy": round(self.recipient_accuracy, 4),
            "recipient_country_accuracy_type_correct": round(
                ratio(self.recipient_correct_when_typed, self.recipient_typed), 4),
            "modality_accuracy": round(self.modality_accuracy, 4),
            "negation_accuracy": round(self.negation_accuracy, 4),
            "per_type": self.per_type,
        }


def read_eval(path: str | Path = DEFAULT_EVAL) -> list[GoldSentence]:
    """Read the JSONL evaluation set; a malformed line raises InputError naming file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read evaluation file: {exc}", where=str(path)) from exc
    items = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            missing = [k for k in _REQUIRED if k not in row]
            if missing:
                raise ValueError(f"missing {', '.join(missing)}")
            if row["type"] is not None and row["type"] not in PLOVER_TYPES:
                raise ValueError(f"unknown PLOVER type {row['type']!r}")
        except (ValueError, TypeError) as exc:
            raise InputError(f"bad evaluation line: {exc}", where=f"{path}:{number}",
                             fix="see src/crosswire/eval/events.py for the line format") from exc
        items.append(GoldSentence(
            id=str(row["id"]), text=row["text"], type=row["type"],
            actors=frozenset(row["actors"]), recipients=frozenset(row["recipients"]),
            modality=row.get("modality", "factual"), negated=bool(row.get("negated", False)),
            split=row.get("split", "test"), style=row.get("style", "wire"), published=row.get("published"),
        ))
    return items


def main_event(events: Iterable[Event]) -> Event | None:
    """The coder's answer for a sentence: its most confident event (first on ties)."""
    best = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def predict(items: list[GoldSentence], nlp=None) -> list[Event | None]:
    """Run the full pipeline over every sentence and return each one's main event."""
    from crosswire.nlp.extract import extract_batch
    from crosswire.records import Failure

    if nlp is None:
        from crosswire.nlp.model import load_pipeline

        nlp = load_pipeline()
    articles = [Article(id=g.id, text=g.text, published=g.published) for g in items]
    results = []
    for start in range(0, len(articles), 64):
        for result in extract_batch(nlp, articles[start : start + 64]):
            results.append(None if isinstance(result, Failure) else main_event(result.events))
    return results


def score(items: list[GoldSentence], answers: list[Event | None]) -> EventScores:
    """Score answers against gold (see the module docstring for the definitions)."""
    s = EventScores()
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for gold, event in zip(items, answers):
        s.n += 1
        got = event.type if event else None
        right = got == gold.type
        s.type_correct += right
        if right and got is not None:
            tp[got] += 1
        else:
            if got is not None:
                fp[got] += 1
            if gold.type is not None:
                fn[gold.type] += 1
        actors = {a.country for a in event.actors if a.country} if event else set()
        recipients = {a.country for a in event.recipients if a.country} if event else set()
        actor_ok = recipient_ok = None
        gold_actors, gold_recipients = set(gold.actors), set(gold.recipients)
        if gold.type == "CONSULT":  # PLOVER codes all meeting parties as actors unless one hosts: compare parties
            gold_actors = gold_recipients = gold_actors | gold_recipients
            actors = recipients = actors | recipients
        if gold.type is not None and gold.actors:
            actor_ok = actors == gold_actors
            s.actor_total += 1
            s.actor_correct += actor_ok
            if right:
                s.actor_typed += 1
                s.actor_correct_when_typed += actor_ok
        if gold.type is not None and gold.recipients:
            recipient_ok = recipients == gold_recipients
            s.recipient_total += 1
            s.recipient_correct += recipient_ok
            if right:
                s.recipient_typed += 1
                s.recipient_correct_when_typed += recipient_ok
        if right and gold.type is not None:
            s.modality_total += 1
            s.modality_correct += event.modality == gold.modality
            s.negation_correct += event.negated == gold.negated
        if not right or actor_ok is False or recipient_ok is False:
            s.errors.append({
                "id": gold.id, "split": gold.split, "text": gold.text, "gold": gold.type, "got": got,
                "gold_actors": sorted(gold.actors), "got_actors": sorted(actors),
                "gold_recipients": sorted(gold.recipients), "got_recipients": sorted(recipients),
                "rule": event.rule if event else None,
            })
    for etype in PLOVER_TYPES:
        p = ratio(tp[etype], tp[etype] + fp[etype])
        r = ratio(tp[etype], tp[etype] + fn[etype])
        f = f1(p, r)
        s.per_type[etype] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "support": tp[etype] + fn[etype]}
    return s


def evaluate(path: str | Path = DEFAULT_EVAL, nlp=None) -> dict[str, EventScores]:
    """Scores per split ("dev", "dev2", "test", "blind2" ...) and for all sentences together ("all")."""
    items = read_eval(path)
    answers = predict(items, nlp)
    out = {"all": score(items, answers)}
    for split in sorted({g.split for g in items}):
        pairs = [(g, a) for g, a in zip(items, answers) if g.split == split]
        out[split] = score([g for g, _ in pairs], [a for _, a in pairs])
    return out
