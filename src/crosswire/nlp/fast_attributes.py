"""spaCy's attribute ruler and rule lemmatizer, applied through lookup tables with identical output.

The stock `attribute_ruler` runs a Matcher with ~180 patterns over every token and the stock
`lemmatizer` makes several Python calls per token; together they cost about a quarter of the
sm model's parse (docs/performance.md). Almost every pattern looks at one token's TAG, LOWER,
DEP and IS_SPACE only, so the attributes a token receives are a function of those four values:
`FastAttributes` computes them once per distinct combination, applies the few two-token patterns
by scanning for their first token, and sets the result with spaCy's own `set_token_attrs`. The
rule lemmatizer's lemma is a function of (ORTH, POS, MORPH), so it is computed once per
combination by the stock lemmatizer itself and cached. `compile_attribute_rules` returns None
for any pattern shape it does not handle, and the stock pipes then stay in place.
tests/nlp/test_fast_attributes.py checks that tags, POS, morphology, dependencies and lemmas
are identical to the stock pipes'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

from crosswire.errors import ModelError

_KEY_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_CACHE_LIMIT = 500_000  # distinct keys kept before a cache is cleared (bounds memory on endless input)


@dataclass(frozen=True, slots=True)
class _Condition:
    """One attribute test of one pattern token: position in the key, and how to test it."""

    slot: int
    op: str  # "eq", "in", "not_in", "regex"
    value: object


@dataclass(frozen=True, slots=True)
class _Rule:
    """One attribute-ruler rule: alternative token sequences, the target index, the attributes."""

    order: int
    alternatives: tuple[tuple[tuple[_Condition, ...], ...], ...]
    index: int
    attrs: dict


def _condition(vocab, name: str, spec) -> _Condition | None:
    slot = _KEY_ATTRS.get(name)
    if slot is None:
        return None
    if name == "IS_SPACE":
        return _Condition(slot, "eq", bool(spec)) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return _Condition(slot, "eq", vocab.strings.add(spec))
    if isinstance(spec, dict) and len(spec) == 1:
        op, value = next(iter(spec.items()))
        if op in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
            return _Condition(slot, op.lower(), frozenset(vocab.strings.add(v) for v in value))
        if op == "REGEX" and isinstance(value, str) and name == "LOWER":
            return _Condition(slot, "regex", re.compile(value))
    return None


def compile_attribute_rules(ruler) -> list[_Rule] | None:
    """The ruler's patterns as rules over (TAG, LOWER, DEP, IS_SPACE), or None if one cannot be expressed."""
    rules = []
    for order, spec in enumerate(ruler.patterns):
        alternatives = []
        for pattern in spec["patterns"]:
            tokens = []
            for token_spec in pattern:
                conditions = [_condition(ruler.vocab, name, value) for name, value in token_spec.items()]
                if not conditions or None in conditions:
                    return None
                tokens.append(tuple(conditions))
            alternatives.append(tuple(tokens))
        rules.append(_Rule(order, tuple(alternatives), spec.get("index", 0), ruler.attrs[order]))
    return rules


class FastAttributes:
    """Replaces `attribute_ruler` + `lemmatizer`: same annotations, looked up instead of matched."""

    def __init__(self, nlp, name: str = "fast_attributes"):
        ruler, self.lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        rules = compile_attribute_rules(ruler)
        if rules is None or not _plain_rule_lemmatizer(self.lemmatizer):
            raise ModelError(
                "the model's attribute ruler or lemmatizer has a shape crosswire's fast lookup does not handle",
                fix="load the pipeline without install_fast_attributes",
            )
        self.lemmatizer._validate_tables()
        self.name = name
        self.strings = nlp.vocab.strings
        self.single = [rule for rule in rules if all(len(alt) == 1 for alt in rule.alternatives)]
        self.multi = [rule for rule in rules if any(len(alt) > 1 for alt in rule.alternatives)]
        self.rule_attrs = {rule.order: rule.attrs for rule in rules}
        conditions = [c for rule in rules for alt in rule.alternatives for tok in alt for c in tok]
        self.regexes = [c.value for c in conditions if c.op == "regex"]
        self.named_lowers = set()
        for c in conditions:
            if c.slot == 1 and c.op != "regex":
                self.named_lowers.update(c.value if isinstance(c.value, frozenset) else (c.value,))
        self.lower_class: dict[int, int] = {}
        self.by_key: dict[tuple, tuple] = {}
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if len(doc) == 0:
            return doc
        keys = [self._key(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        found = [self._lookup(key) for key in keys]
        extra = self._multi_token_hits(keys, found)
        for i, (attrs, _, _) in enumerate(found):
            if i in extra:
                attrs = self._merge(extra[i])
            if attrs:
                set_token_attrs(doc[i], attrs)
        self._lemmatize(doc)
        return doc

    def _key(self, row: list[int]) -> tuple[int, int, int, bool]:
        """(tag, lower or 0 when no rule names that word, dep, is_space)."""
        tag, lower, dep, space = row
        cls = self.lower_class.get(lower)
        if cls is None:
            if len(self.lower_class) > _CACHE_LIMIT:
                self.lower_class.clear()
            text = self.strings[lower]
            named = lower in self.named_lowers or any(rx.search(text) for rx in self.regexes)
            cls = self.lower_class[lower] = lower if named else 0
        return tag, cls, dep, bool(space)

    def _lookup(self, key: tuple) -> tuple[dict | None, tuple[int, ...], tuple]:
        """(merged attributes of the one-token rules that match, their orders, multi-token starts that match)."""
        hit = self.by_key.get(key)
        if hit is None:
            if len(self.by_key) > _CACHE_LIMIT:
                self.by_key.clear()
            orders = tuple(rule.order for rule in self.single if any(self._matches(alt[0], key) for alt in rule.alternatives))
            starts = tuple(
                (rule, alt) for rule in self.multi for alt in rule.alternatives if self._matches(alt[0], key)
            )
            hit = self.by_key[key] = (self._merge(orders) if orders else None, orders, starts)
        return hit

    def _matches(self, conditions: tuple[_Condition, ...], key: tuple) -> bool:
        for c in conditions:
            value = key[c.slot]
            if c.op == "eq":
                ok = value == c.value
            elif c.op == "in":
                ok = value in c.value
            elif c.op == "not_in":
                ok = value not in c.value
            else:
                ok = bool(value) and bool(c.value.search(self.strings[value]))
            if not ok:
                return False
        return True

    def _multi_token_hits(self, keys: list[tuple], found: list) -> dict[int, list[int]]:
        """Token index -> every matching rule order, for tokens a multi-token rule targets."""
        extra: dict[int, list[int]] = {}
        for start, (_, _, starts) in enumerate(found):
            for rule, alt in starts:
                width = len(alt)
                if start + width > len(keys):
                    continue
                if all(self._matches(alt[k], keys[start + k]) for k in range(1, width)):
                    target = start + (rule.index if rule.index >= 0 else width + rule.index)
                    hits = extra.setdefault(target, list(found[target][1]))
                    if rule.order not in hits:
                        hits.append(rule.order)
        return extra

    def _merge(self, orders) -> dict:
        """Attributes of the given rules applied in rule order: later rules win, as in spaCy."""
        merged: dict = {}
        for order in sorted(orders):
            merged.update(self.rule_attrs[order])
        return merged

    def _lemmatize(self, doc) -> None:
        """Fill lemmas the attribute rules left empty, as the rule lemmatizer would."""
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            value = self.lemmas.get(key)
            if value is None:
                if len(self.lemmas) > _CACHE_LIMIT:
                    self.lemmas.clear()
                value = self.lemmas[key] = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            rows[i, 3] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4].copy())


def _plain_rule_lemmatizer(lemmatizer) -> bool:
    return getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite


def install_fast_attributes(nlp) -> bool:
    """Swap the stock attribute ruler and rule lemmatizer for `FastAttributes`; False if not possible."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    try:
        nlp.add_pipe("crosswire_fast_attributes_v1", name="fast_attributes", before="attribute_ruler")
    except ModelError:  # a pattern shape or lemmatizer mode the lookup does not handle: keep the stock pipes
        return False
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return True
