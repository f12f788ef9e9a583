"""The attribution lexicon (cue verbs, hedges, qualifiers, number words) read from knowledge/data/cues.json."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from crosswire.errors import ModelError
from crosswire.knowledge import load_cue_classes

CUES_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "cues.json"

# How a cue colours reported content -> Claim.certainty.
TONE_CERTAINTY = {"neutral": "reported", "distancing": "hedged", "denial": "denied"}
SHORT_CVC_RE = re.compile(r"[^aeiou]*[aeiou][bdgmnprt]")  # one syllable ending consonant-vowel-consonant: the consonant doubles


@dataclass(frozen=True)
class CueLexicon:
    """Everything the quotes and claims components look up, as sets and dicts keyed by lemma."""

    verb_tone: dict[str, str]  # lemma -> neutral | distancing | denial (speech and belief verbs)
    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    nominal_tone: dict[str, str]
    hedges: frozenset[str]
    negations: frozenset[str]
    qualifiers: dict[tuple[str, ...], str]  # lower-case word tuple -> qualifier
    max_qualifier_len: int
    number_words: dict[str, float]
    multipliers: dict[str, float]
    role_nouns: frozenset[str]
    complement_verbs: frozenset[str]
    evidence_verbs: frozenset[str] = frozenset()  # 'a poll shows': a cue, but never a speech tag
    vague_counts: dict[str, float] = field(default_factory=dict)  # 'thousands' -> 1000: more than that many
    source_nouns: frozenset[str] = frozenset()  # 'Poll: ...', 'Insiders: ...': a source that names no one
    survey_nouns: frozenset[str] = frozenset()  # 'In the latest poll, ...': findings a fronted phrase attributes
    speech_media: frozenset[str] = frozenset()  # 'said in a statement that ...': the clause on the noun is what was said
    short_answers: frozenset[str] = frozenset()  # '46 percent said yes': lower-case words ('the same' is one entry)
    share_words: frozenset[str] = frozenset()  # heads of a share of respondents ('percent', 'half', 'majority')
    irregular_forms: dict[str, str] = field(default_factory=dict)  # 'said' -> 'say': past forms no ending rule gives
    headline_breaks: frozenset[str] = frozenset()  # 'as', 'but', 'after': a new clause in a title-case headline

    @cached_property
    def qualifier_words(self) -> frozenset[str]:
        """Every word of the qualifiers ('at', 'least', 'more', 'than' ...), derived once."""
        return frozenset(w for words in self.qualifiers for w in words)

    @cached_property
    def inflected_cues(self) -> dict[str, str]:
        """Inflected form -> cue lemma for the speech and belief verbs and the cue-class lemmas ('endorses' ->
        'endorse'; 'said' -> 'say' from the irregular forms), derived once: title-case headlines (nlp/headlines.py)."""
        out: dict[str, str] = {}
        for lemma in sorted({*self.verb_tone, *load_cue_classes()}):
            for form in verb_forms(lemma):
                out.setdefault(form, lemma)
        out.update(self.irregular_forms)
        return out


def _entries(table: dict) -> dict:
    return {k: v for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def load_cue_lexicon(path: str | None = None) -> CueLexicon:
    """Load and index cues.json once per process (a ModelError says which file is broken)."""
    where = Path(path) if path else CUES_PATH
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        speech = _entries(data["speech_verbs"])
        belief = _entries(data["belief_verbs"])
        qualifiers = {tuple(k.split()): v for k, v in _entries(data["qualifiers"]).items()}
        return CueLexicon(
            verb_tone={**belief, **speech},
            speech_verbs=frozenset(speech),
            belief_verbs=frozenset(belief),
            nominal_tone=_entries(data["nominal_cues"]),
            hedges=frozenset(data["hedges"]["words"]),
            negations=frozenset(data["negations"]),
            qualifiers=qualifiers,
            max_qualifier_len=max(len(k) for k in qualifiers),
            number_words={k: float(v) for k, v in _entries(data["number_words"]).items()},
            multipliers={k: float(v) for k, v in data["multipliers"].items()},
            role_nouns=frozenset(data["role_nouns"]["words"]),
            complement_verbs=frozenset(data["complement_verbs"]["words"]),
            evidence_verbs=frozenset(data["evidence_verbs"]["words"]),
            vague_counts={k: float(v) for k, v in _entries(data["vague_counts"]).items()},
            source_nouns=frozenset(data["source_nouns"]["words"]),
            survey_nouns=frozenset(data["source_nouns"]["surveys"]),
            speech_media=frozenset(data["speech_media"]["words"]),
            short_answers=frozenset(data["short_answers"]["words"]),
            share_words=frozenset(data["short_answers"]["shares"]),
            irregular_forms=_entries(data["headline_verbs"]["irregular"]),
            headline_breaks=frozenset(data["headline_verbs"]["breaks"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(
            f"cannot read the attribution lexicon: {type(exc).__name__}: {exc}",
            where=str(where),
            fix="restore the file from git or fix its JSON (see docs/quotes.md)",
        ) from exc


def verb_forms(lemma: str) -> set[str]:
    """The regular inflected forms of a verb, without the bare lemma: -s, -ed, -ing with English spelling rules."""
    if not lemma.isalpha():
        return set()
    forms = {lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms = {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("ee"):
        forms |= {lemma + "d", lemma + "ing"}  # 'agreed', 'seeing'
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif SHORT_CVC_RE.fullmatch(lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # 'slammed', 'planning'
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    return forms
