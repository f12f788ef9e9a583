"""Score the `places` component on a hand-written JSONL set: one expected mention per line.

Each line: {"text", "mention", "country" (ISO3 or null), "feature" (or null: the mention must not
be a place, e.g. a demonym), "split"}: "dev" cases were used while writing the rules, "blind"
cases were written afterwards and never tuned on. A case is right when a place with that exact text is found with
that country and feature (or, for null, when no place has that text); a leading "the" is ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.eval import ratio
from crosswire.errors import InputError
from crosswire.records import Article


@dataclass
class PlaceScore:
    """Counts and misses of one run."""

    cases: int = 0
    found: int = 0  # the mention was found as a place (or correctly left out)
    correct: int = 0  # ... with the right country and feature
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        """Recall of mentions and accuracy of the resolution, over all cases."""
        return {"cases": float(self.cases), "found": ratio(self.found, self.cases),
                "accuracy": ratio(self.correct, self.cases)}


def _bare(mention: str) -> str:
    return mention[4:] if mention.lower().startswith("the ") else mention


def read_cases(path: Path) -> list[dict]:
    """The cases of a places JSONL file."""
    cases = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(json.loads(line))
            except ValueError as exc:
                raise InputError(f"not JSON: {exc}", where=f"{path}:{n}", fix="one JSON object per line") from exc
    return cases


def score_places(nlp, path: Path) -> dict[str, PlaceScore]:
    """Run the pipeline on each case's text and compare the place found; scores per split and 'all'."""
    from crosswire.nlp.extract import extract_batch

    cases = read_cases(path)
    scores: dict[str, PlaceScore] = {"all": PlaceScore()}
    texts = sorted({c["text"] for c in cases})
    results = extract_batch(nlp, [Article(id=str(i), text=t) for i, t in enumerate(texts)])
    by_text = {t: r for t, r in zip(texts, results)}
    for case in cases:
        for key in ("all", case.get("split", "dev")):
            _score_case(scores.setdefault(key, PlaceScore()), case, by_text[case["text"]].places)
    return scores


def _score_case(score: PlaceScore, case: dict, found_places) -> None:
    score.cases += 1
    places = [p for p in found_places if _bare(p.text) == _bare(case["mention"])]
    if case["feature"] is None:
        ok = not places
        score.found += ok
        score.correct += ok
    else:
        score.found += bool(places)
        ok = bool(places) and (places[0].country, places[0].feature) == (case["country"], case["feature"])
        score.correct += ok
    if not ok:
        got = [(p.country, p.feature) for p in places]
        score.misses.append((case["mention"], case["country"], case["feature"], got, case["text"]))
