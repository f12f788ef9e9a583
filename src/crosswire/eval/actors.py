"""Score actor resolution on the hand-written mention -> actor set (tests/fixtures/actors_eval.jsonl).

Each line: {"split": "dev"|"holdout", "published": date|null, "text": ..., "mentions": [{"m": text,
"n": occurrence (default 1), "country": ISO3|"IGO"|null|[accepted...], "sector": code|null|[accepted...]}]}.
A mention is found as the n-th whole-word occurrence of "m"; its actor is `actor_for_span` of that span.
country accuracy = share of mentions whose actor country is the expected one (null = no country);
sector accuracy likewise; resolved = share of the mentions that expect an actor (a country or a sector)
that got one (a mention expecting neither, "by force", must stay unresolved and is scored by accuracy).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.errors import InputError
from crosswire.records import Actor, Article


@dataclass(frozen=True, slots=True)
class Case:
    """One mention with its expected country and sector (each a set of accepted values)."""

    split: str
    text: str
    published: str | None
    mention: str
    start: int
    end: int
    countries: frozenset
    sectors: frozenset


@dataclass
class Score:
    """Counts for one split, and the cases that missed."""

    n: int = 0
    country: int = 0
    sector: int = 0
    both: int = 0
    resolved: int = 0
    wanted: int = 0  # mentions that expect an actor
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict:
        """Accuracies rounded to 4 places, plus counts."""
        rate = (lambda k: round(k / self.n, 4)) if self.n else (lambda k: 0.0)
        return {
            "n": self.n, "country_accuracy": rate(self.country), "sector_accuracy": rate(self.sector),
            "both_accuracy": rate(self.both),
            "resolved": round(self.resolved / self.wanted, 4) if self.wanted else 0.0,
        }


def _accepted(value) -> frozenset:
    return frozenset(value) if isinstance(value, list) else frozenset([value])


def read_cases(path: Path) -> list[Case]:
    """Read the evaluation file; a mention that is not in its text is an error with its line number."""
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read: {exc}", where=str(path), fix="give the actors evaluation JSONL") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            for m in row["mentions"]:
                found = list(re.finditer(r"(?<!\w)" + re.escape(m["m"]) + r"(?!\w)", text))
                nth = m.get("n", 1)
                if len(found) < nth:
                    raise ValueError(f"mention {m['m']!r} (occurrence {nth}) not in the text")
                span = found[nth - 1]
                cases.append(
                    Case(row.get("split", "dev"), text, row.get("published"), m["m"], span.start(), span.end(),
                         _accepted(m["country"]), _accepted(m["sector"]))
                )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"bad evaluation line: {exc}", where=f"{path}:{lineno}", fix="fix the JSON line") from exc
    return cases


def predict(nlp, cases: list[Case]) -> list[Actor | None]:
    """Run the pipeline once per distinct text and look up each mention's actor."""
    from crosswire.nlp.actors import actor_for_span

    keys = list(dict.fromkeys((c.text, c.published) for c in cases))
    docs = []
    for text, published in keys:
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id="eval", text=text, published=published)
        docs.append(doc)
    by_key = dict(zip(keys, nlp.pipe(docs, batch_size=32)))
    return [actor_for_span(by_key[(c.text, c.published)], c.start, c.end) for c in cases]


def score_actors(nlp, path: Path) -> dict[str, Score]:
    """Scores per split ("dev", "holdout") and over all cases ("all")."""
    cases = read_cases(path)
    scores: dict[str, Score] = {}
    for case, actor in zip(cases, predict(nlp, cases)):
        country = actor.country if actor else None
        sector = actor.sector if actor else None
        for key in (case.split, "all"):
            s = scores.setdefault(key, Score())
            s.n += 1
            ok_c, ok_s = country in case.countries, sector in case.sectors
            s.country += ok_c
            s.sector += ok_s
            s.both += ok_c and ok_s
            if case.countries != {None} or case.sectors != {None}:
                s.wanted += 1
                s.resolved += actor is not None
            if key == case.split and not (ok_c and ok_s):
                s.misses.append((case.mention, case.text, actor, sorted(map(str, case.countries)),
                                 sorted(map(str, case.sectors))))
    return scores
