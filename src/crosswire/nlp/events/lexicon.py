"""The PLOVER trigger lexicon and the cue lists the event coder uses, loaded once from data/.

`data/triggers.tsv` maps a verb or noun lemma (optionally constrained by the words of its frame) to a
PLOVER type, mode, context and CAMEO code; `data/cues.json` holds the word lists for light verbs,
reporting verbs, modality, size and mode/context cues. See docs/events.md for how to add entries.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from crosswire.errors import ModelError

DATA_DIR = Path(__file__).parent / "data"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD = {  # PLOVER quad category per type (manual, "Quad category" of each type)
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon line: a lemma (verb or noun), its frame condition and the PLOVER coding it gives."""

    lemma: str
    pos: str  # "V" or "N"
    needs: frozenset[str]  # frame must contain one of these (empty: no condition)
    excludes: frozenset[str]  # frame must contain none of these
    type: str
    mode: str | None
    context: str | None
    cameo: str | None
    weight: float
    line: int

    @property
    def rule(self) -> str:
        """How the entry is named in an Event's `rule`: file, line and lemma."""
        frame = "|".join(sorted(self.needs)) if self.needs else ""
        return f"triggers.tsv:{self.line}:{self.pos}:{self.lemma}" + (f"+{frame[:40]}" if frame else "")

    def matches(self, frame: set[str]) -> bool:
        """Whether the frame words satisfy this entry's condition."""
        if self.needs and not (self.needs & frame):
            return False
        return not (self.excludes & frame)


@dataclass(frozen=True)
class Lexicon:
    """Triggers by (pos, lemma) in file order, plus the cue lists from cues.json."""

    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    cues: dict

    @property
    def lemmas(self) -> frozenset[str]:
        """Every lemma with at least one entry (verbs and nouns)."""
        return frozenset(lemma for _pos, lemma in self.triggers)

    def lookup(self, pos: str, lemma: str) -> tuple[Trigger, ...]:
        """Every entry for a verb ("V") or noun ("N") lemma, first-match order."""
        return self.triggers.get((pos, lemma), ())

    def cue_set(self, name: str) -> frozenset[str]:
        """A word list from cues.json as a frozen set."""
        return frozenset(self.cues.get(name, ()))


def _parse_triggers(path: Path) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    found: dict[tuple[str, str], list[Trigger]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 8:
            raise ModelError(f"expected 8 tab-separated columns, found {len(cols)}", where=f"{path}:{number}",
                             fix="see the column list at the top of the file")
        lemma, pos, frame, etype, mode, context, cameo, weight = (c.strip() for c in cols)
        if pos not in ("V", "N") or etype not in PLOVER_TYPES:
            raise ModelError(f"bad pos {pos!r} or type {etype!r}", where=f"{path}:{number}",
                             fix="pos is V or N; type one of the 16 PLOVER types")
        needs: frozenset[str] = frozenset()
        excludes: frozenset[str] = frozenset()
        if frame.startswith("!"):
            excludes = frozenset(frame[1:].split("|"))
        elif frame != "*":
            needs = frozenset(frame.split("|"))
        try:
            value = float(weight)
        except ValueError as exc:
            raise ModelError(f"weight {weight!r} is not a number", where=f"{path}:{number}") from exc
        found.setdefault((pos, lemma.lower()), []).append(
            Trigger(lemma.lower(), pos, needs, excludes, etype, None if mode == "-" else mode,
                    None if context == "-" else context, None if cameo == "-" else cameo, value, number)
        )
    return {key: tuple(entries) for key, entries in found.items()}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read triggers.tsv and cues.json once per process."""
    try:
        triggers = _parse_triggers(DATA_DIR / "triggers.tsv")
        cues = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    except OSError as exc:
        raise ModelError(f"event lexicon missing: {exc}", fix="reinstall crosswire (package data nlp/events/data)") from exc
    except json.JSONDecodeError as exc:
        raise ModelError(f"cues.json is not valid JSON: {exc}", where=str(DATA_DIR / "cues.json")) from exc
    return Lexicon(triggers, cues)
