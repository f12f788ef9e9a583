"""Find the names the knowledge files know (countries, capitals, demonyms, seats, organisations, office holders)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from crosswire.knowledge import AmbiguousName, Knowledge
from crosswire.nlp.extensions import doc_text

# Categories in precedence order when one surface form is in several files: an ambiguous name ("Congo")
# is read from its cues before the one reading the country or demonym table would give it.
CATEGORIES = ("holder", "ambiguous", "seat", "org", "country", "context", "capital", "demonym", "national")
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True, slots=True)
class NameHit:
    """A known name in the text: token span, category and the key into the knowledge table."""

    start: int
    end: int
    category: str
    key: str
    iso3: str | None = None  # the state an ambiguous name stands for in this article ("Congo": COD or COG)


def _case_ok(pattern: list[str], tokens: list[Token]) -> bool:
    """Capitalised pattern words must be capitalised in the text; acronyms must be upper case."""
    for want, token in zip(pattern, tokens):
        text = token.text
        if want[:1].isupper() and not text[:1].isupper():
            return False
        if len(want) > 1 and want.isupper() and want.isalpha() and not text.isupper():
            return False
    return True


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern | None:
    """One regex for a reading's cues, matched as whole words and case as written (None: no cues)."""
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)")


class NameFinder:
    """One PhraseMatcher over every known name, with case and entity-label checks."""

    def __init__(self, nlp, kb: Knowledge):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        tables = {
            "holder": kb.terms_by_name,
            "seat": kb.seats,
            "org": kb.organisations,
            "country": kb.country_names,
            "context": kb.context_aliases,
            "capital": kb.capitals,
            "demonym": kb.demonyms,
            "national": kb.nationals,
            "ambiguous": kb.ambiguous,
        }
        self.categories: dict[str, list[str]] = {}
        for category in CATEGORIES:
            for key in tables[category]:
                self.categories.setdefault(key, []).append(category)
        texts = list(self.categories)
        self.surface: dict[str, list[str]] = {}  # lower-cased key -> written casing, token by token
        for text, pattern in zip(texts, nlp.tokenizer.pipe(kb.casing.get(t, t) for t in texts)):
            self.surface[text] = [t.text for t in pattern]
            self.matcher.add(text, [pattern])
        self.strings = nlp.vocab.strings
        self.ambiguous = kb.ambiguous
        self.org_keys = {code: org.name.lower() for code, org in kb.org_by_code.items()}
        self.cue_patterns = {key: tuple(_cue_pattern(r.cues) for r in name.readings) for key, name in kb.ambiguous.items()}
        self.place_names = kb.cities.keys() | kb.capitals.keys() | kb.country_names.keys()

    def find(
        self, doc: Doc, ents: tuple[Span, ...] | None = None, tokens=None, labels: list[str] | None = None,
    ) -> list[NameHit]:
        """Non-overlapping known names, longest first, skipping those the entity labels contradict
        (`ents`, `tokens`, `labels`: the Doc's entities, tokens and entity labels, when the caller has them)."""
        ents = doc.ents if ents is None else ents
        ent_label = {}
        for ent, name in zip(ents, labels if labels is not None else [ent.label_ for ent in ents]):
            label = (name, ent.start, ent.end)
            for i in range(ent.start, ent.end):
                ent_label[i] = label
        if tokens is None:
            tokens = list(doc)
        candidates = []
        readings: dict[str, str | None] = {}  # an ambiguous name reads the same all through one article
        for match_id, start, end in self.matcher(doc):
            key = self.strings[match_id]
            if not _case_ok(self.surface[key], tokens[start:end]):
                continue
            category = self._category(key, start, end, ent_label)
            if category == "ambiguous":
                if key not in readings:
                    readings[key] = self._reading(key, doc_text(doc))
                reading, kind = readings[key], self.ambiguous[key].kind
                if reading is not None and kind == "org":  # "RSF": the organisation's own key
                    candidates.append(NameHit(start, end, "org", self.org_keys[reading]))
                elif reading is not None:  # a seat's reading keeps the seats.tsv row's sector
                    candidates.append(NameHit(start, end, kind, key, reading))
            elif category:
                candidates.append(NameHit(start, end, category, key))
        candidates.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: set[int] = set()
        hits = []
        for hit in candidates:
            if taken.isdisjoint(range(hit.start, hit.end)):
                taken.update(range(hit.start, hit.end))
                hits.append(hit)
        return sorted(hits, key=lambda h: h.start)

    def _reading(self, key: str, text: str) -> str | None:
        """The state an ambiguous name stands for: the one reading whose cues the article has, else the default."""
        name: AmbiguousName = self.ambiguous[key]
        cued = [r.iso3 for r, pattern in zip(name.readings, self.cue_patterns[key]) if pattern and pattern.search(text)]
        return cued[0] if len(cued) == 1 else name.readings[0].iso3

    def _is_place(self, key: str) -> bool:
        return key in self.place_names

    def _category(self, key: str, start: int, end: int, ent_label: dict) -> str | None:
        labels = {ent_label[i] for i in range(start, end) if i in ent_label}
        longer_person = any(label == "PERSON" and (s < start or e > end) for label, s, e in labels)
        for category in self.categories[key]:
            if category == "holder":
                # a surname inside a longer name ("Hunter Biden") or a place ("Austin") is someone else
                if longer_person or (self._is_place(key) and any(label in PLACE_LABELS for label, _, _ in labels)):
                    continue
                return category
            if longer_person:
                continue  # "Jordan Peterson", "Georgia Meloni": part of a person's name
            return category
        return None


def hit_country(kb: Knowledge, hit: NameHit) -> str | None:
    """The ISO3 a country name, capital, demonym or national noun stands for (an ambiguous name: its reading)."""
    category = hit.category
    if hit.iso3 is not None:
        return hit.iso3
    if category == "country":
        return kb.country_names[hit.key]
    if category == "capital":
        return kb.capitals[hit.key]
    if category == "demonym":
        return kb.demonyms[hit.key]
    return kb.nationals[hit.key] if category == "national" else None
