"""How an event is asserted: negation, modality (factual/future/hypothetical/reported) and its source,
plus the event's date, place and size taken from the sentence around the trigger."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span as SpacySpan, Token

from crosswire.nlp.events.arguments import resolve_phrase
from crosswire.nlp.cue_lexicon import load_cue_lexicon
from crosswire.nlp.quantities import group_pair, like_num_indices, number_groups, of_object, read_number, vague_counts
from crosswire.records import EventDate, Place, Quantity, SourceRef

NOUN_POS = frozenset({"NOUN", "PROPN"})
_UP_DEPS = frozenset({"xcomp", "pcomp", "prep", "advmod", "acomp", "ccomp", "aux", "auxpass", "advcl", "conj"})
_REPORT_UP = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl"})
# How an event hangs on what keeps it from happening: "failed to capture", "no plans to visit", "postponed the
# summit", "the talks were called off"
_GOVERNED_DEPS = frozenset({"xcomp", "pcomp", "prep", "acl", "dobj", "nsubjpass"})
_YEAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})  # a place name here is a state acting or owning, not a location
NUMBER_DEPS = ("nummod", "quantmod", "compound", "amod")  # how a number hangs on what it counts ('Sixty' can be amod)
MODIFIER_DEPS = frozenset({"amod", "compound", "conj", "cc", "pobj", "prep"})  # how a place name modifies such a phrase


class ModalityRules:
    """Cue word sets from cues.json, applied to the parse around an event's anchor verb or noun."""

    def __init__(self, cues: dict):
        self.future_aux = frozenset(cues["future_aux"])
        self.future_governors = frozenset(cues["future_governors"])
        self.hyp_marks = frozenset(cues["hypothetical_marks"])
        self.hyp_aux = frozenset(cues["hypothetical_aux"])
        self.negation = frozenset(cues["negation_words"])
        self.negating_governors = frozenset(cues["negating_governors"])
        self.reporting = frozenset(cues["reporting_verbs"])
        self.size_units = dict(cues["size_units"])
        self.size_verbs = dict(cues["size_verbs"])
        self.place_preps = frozenset(cues["place_preps"])
        self.statement_types = frozenset(cues["statement_types"])
        self.numbers = load_cue_lexicon()  # number words, multipliers and qualifiers, shared with claims

    # --- negation and modality ------------------------------------------------------------
    def negated(self, anchor: Token, trigger: Token) -> bool:
        """`did not attack`, `never met`, `no talks were held`; `failed to capture`, `no plans to visit`."""
        if any(self._negated_here(tok) for tok in (anchor, trigger)):
            return True
        if anchor.i != trigger.i and self._negating(anchor):  # "the talks were called off": the light verb
            return True
        return self._negated_governor(anchor)

    def _negating(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        return lemma in self.negating_governors or (particle is not None and f"{lemma} {particle}" in self.negating_governors)

    def _negated_here(self, tok: Token) -> bool:
        return any(
            child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in self.negation)
            for child in tok.children
        )

    def _negated_governor(self, anchor: Token) -> bool:
        """What the event depends on keeps it from happening: a negating verb (`failed to`, `postponed
        the summit`, `ruled out talks`), a negated intent (`did not plan to`, `has no intention of`)."""
        tok = anchor
        for _ in range(3):
            if tok.dep_ not in _GOVERNED_DEPS or tok.head.i == tok.i:
                return False
            tok = tok.head
            lemma = tok.lemma_.lower()
            if self._negating(tok):
                return True
            if self._negated_here(tok) and (tok.pos_ in NOUN_POS or lemma in self.future_governors):
                return True
            if tok.pos_ not in NOUN_POS and tok.pos_ != "ADP" and lemma not in self.future_governors:
                return False  # "said it would not ..." is read where it stands; other verbs stop the walk
        return False

    def modality(self, doc: Doc, anchor: Token, quotes) -> tuple[str, SourceRef | None]:
        """The event's modality and, when someone is reported saying it, who (hypothetical > future > reported)."""
        source = self._quote_source(anchor, quotes) or self._reporting_source(doc, anchor)
        aux = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
        marked_if = any(c.dep_ == "mark" and c.lower_ in self.hyp_marks for c in anchor.children)
        if_clause = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.hyp_marks for m in c.children)
            for c in anchor.children
        )
        if marked_if or (aux & (self.hyp_aux - {"would", "should"})):
            return "hypothetical", source
        if "would" in aux or "should" in aux:
            if if_clause or source is None:
                return "hypothetical", source
            return "future", source  # "said it would withdraw": future in reported past
        if aux & self.future_aux or self._future_governed(anchor):
            return "future", source
        if source is not None:
            return "reported", source
        return "factual", None

    def _future_governed(self, anchor: Token) -> bool:
        tok = anchor
        for _ in range(4):
            if tok.dep_ not in _UP_DEPS or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.lemma_.lower() in self.future_governors:
                return True
            if any(c.dep_ == "aux" and c.lower_ in self.future_aux for c in tok.children) and anchor.dep_ in ("xcomp",):
                return True
        return False

    def _quote_source(self, anchor: Token, quotes) -> SourceRef | None:
        for quote in quotes or ():
            if quote.start <= anchor.idx < quote.end and quote.speaker is not None:
                return quote.speaker
        return None

    def _reporting_source(self, doc: Doc, anchor: Token) -> SourceRef | None:
        tok = anchor
        for _ in range(4):
            for child in tok.children:  # "..., according to U.S. officials"
                if child.lower_ == "according":
                    for to in child.children:
                        for obj in to.children:
                            if obj.dep_ == "pobj":
                                return _source_ref(doc, obj)
            if tok.dep_ not in _REPORT_UP or tok.head.i == tok.i:
                break
            head = tok.head
            if head.lemma_.lower() in self.reporting and tok.dep_ in ("ccomp", "parataxis"):
                subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None:
                    return _source_ref(doc, subject)
                return SourceRef(text=head.text, start=head.idx, end=head.idx + len(head.text))
            tok = head
        return None

    # --- when, where, how many ------------------------------------------------------------
    def date(self, doc: Doc, sent: SpacySpan, anchor: Token, etype: str = "", modality: str = "") -> EventDate | None:
        """The sentence's own date expression nearest the trigger, else the publication date.

        An act told in a report (`Peskov said on Monday that the building was hit`) does not take the
        date of the telling: only a date inside the reported clause is the act's (`from: text`); else the
        telling's date is an upper bound (`from: inferred`: it happened then or before). A statement
        (AGREE, REJECT ...) or a future or hypothetical act is the telling itself, so its date counts.
        """
        clause = None
        if etype not in self.statement_types and modality in ("factual", "reported"):
            clause = self._reported_clause(anchor)
        lo, hi = sent.start_char, sent.end_char
        if clause is not None:
            lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        best = told = None
        for timex in doc._.cw_times or ():
            if not (sent.start_char <= timex.start < sent.end_char and timex.type in ("DATE", "TIME") and timex.value):
                continue
            if not (_YEAR.match(timex.value) if timex.type == "DATE" else _DAY.match(timex.value)):
                continue  # a time of day counts when it names its day ("on Sunday evening": 2023-07-30TEV)
            distance = abs(timex.start - anchor.idx)
            if lo <= timex.start < hi:
                if best is None or distance < best[0]:
                    best = (distance, timex)
            elif told is None or distance < told[0]:
                told = (distance, timex)
        if best is not None:
            return EventDate(value=_day_of(best[1]), text=best[1].text, from_="text")
        if told is not None:
            return EventDate(value=_day_of(told[1]), text=told[1].text, from_="inferred")
        published = None
        if doc._.cw_published is not None:
            published = doc._.cw_published[0]
        elif doc._.cw_article is not None:
            published = doc._.cw_article.published
        return EventDate(value=published, text=None, from_="published") if published else None

    def _reported_clause(self, anchor: Token) -> Token | None:
        """The clause a reporting verb governs that holds `anchor` (`said [that the building was hit]`), if any."""
        tok = anchor
        for _ in range(4):
            if tok.dep_ not in _REPORT_UP or tok.head.i == tok.i:
                return None
            if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in self.reporting:
                return tok
            tok = tok.head
        return None

    def place(self, doc: Doc, sent: SpacySpan, anchor: Token, etype: str) -> Place | None:
        """A resolved place inside the trigger's clause, nearest the trigger, that is not a state acting.

        'Germany sent tanks to Ukraine': Germany is the actor, not where anything happened; a place name
        in the subject or the owner of a noun ('Germany's tanks', 'ministers from Baltic states') is left out.
        For a statement ('China warned the Philippines', 'sanctioned Russia') the place is where it was made
        ('said in Brussels'), so only a place after a place preposition counts: the target is no place.
        """
        places = [p for p in doc._.cw_places or () if sent.start_char <= p.start < sent.end_char]
        if not places:
            return None
        lo = min(t.idx for t in anchor.subtree)
        hi = max(t.idx + len(t) for t in anchor.subtree)
        statement = etype in self.statement_types
        inside = []
        for p in places:
            if not lo <= p.start < hi:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if not self._acting(root, anchor) and (not statement or self._after_place_prep(root, anchor)):
                inside.append(p)
        return min(inside, key=lambda p: abs(p.start - anchor.idx)) if inside else None

    def _after_place_prep(self, tok: Token | None, anchor: Token) -> bool:
        """Is the first preposition above the place name's root `tok`, below the trigger, a place preposition ('in Brussels')?"""
        while tok is not None and tok.i != anchor.i and tok.head.i != tok.i:
            if tok.dep_ == "prep":
                return tok.lower_ in self.place_preps
            tok = tok.head
        return False

    @staticmethod
    def _acting(tok: Token | None, anchor: Token) -> bool:
        """Is the place name (its root `tok`) the trigger's subject or owner, or inside such a phrase ('ministers from Baltic states')?"""
        while tok is not None and tok.i != anchor.i:
            if tok.dep_ in ACTING_DEPS or (tok.dep_ == "prep" and tok.lower_ == "by"):
                return True  # the subject, an owner, or 'by X' (the parser may hang a passive's agent as a plain 'by')
            if tok.dep_ not in MODIFIER_DEPS or (tok.dep_ == "prep" and tok.lower_ not in ("from", "of")):
                return False  # 'donation of rifles to Latvia': Latvia receives; only modifiers of an actor count
            tok = tok.head if tok.head.i != tok.i else None
        return False

    def size(self, sent: SpacySpan, anchor: Token) -> Quantity | None:
        """Troops, protesters, dead or injured when the sentence gives a number for them ('nearly 300
        demonstrators', 'twenty-nine people'), or a plural count word ('thousands of protesters': more than 1,000)."""
        doc = sent.doc
        numbers = like_num_indices(doc)
        tokens = [doc[i] for i in numbers[bisect_left(numbers, sent.start) : bisect_left(numbers, sent.end)]]
        tokens += [t for t in vague_counts(doc, self.numbers) if sent.start <= t.i < sent.end]
        groups = number_groups(doc, sorted(tokens, key=lambda t: t.i))
        pairs = [group_pair(doc, g, groups[k + 1], self.numbers) if k + 1 < len(groups) else None for k, g in enumerate(groups)]
        skipped = {j for k, pair in enumerate(pairs) if pair == "score" for j in (k, k + 1)}  # 'won 5-4' counts nobody
        skipped |= {k + 1 for k, pair in enumerate(pairs) if pair == "range"}  # read with its low end
        lo, hi = anchor.left_edge.i, anchor.right_edge.i
        # the trigger's own phrase first: 'killed 12 soldiers and wounded 30 others' sizes each verb by its own number
        for k in sorted(range(len(groups)), key=lambda k: not lo <= groups[k][0].i <= hi):
            if k in skipped:
                continue
            group, pair = groups[k], pairs[k]
            noun, unit = next(filter(None, map(self._counted, group + (groups[k + 1] if pair == "range" else []))), (None, None))
            value, qualifier, _, last = read_number(doc, group, self.numbers)
            if unit is not None and value is not None:  # not an ordinal ('the second soldier')
                if pair == "range":  # 'between 200 and 300 protesters': at least the low end
                    qualifier, last = "at_least", groups[k + 1][-1]
                return _quantity(doc, group[0], last, noun, value, unit, qualifier)
        return None

    def _counted(self, tok: Token) -> tuple[Token, str] | None:
        """The noun a number counts and its size unit ('300 demonstrators', 'thousands of troops')."""
        if tok.dep_ not in NUMBER_DEPS + ("nsubj", "dobj", "pobj"):
            return None
        noun = tok.head if tok.dep_ in NUMBER_DEPS else tok
        while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i and (
            noun.like_num or noun.lower_ in self.numbers.multipliers
        ):
            noun = noun.head
        unit = self._unit(noun)
        if unit is None and (noun.like_num or noun.lower_ in self.numbers.vague_counts):
            obj = of_object(noun)  # the 'of' phrase after it, not the 'of' of 'Tens of' before it
            if obj is not None:
                noun, unit = obj, self._unit(obj)
        return (noun, unit) if unit is not None else None

    def _unit(self, noun: Token) -> str | None:
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.size_verbs:
            return self.size_verbs[noun.head.lemma_.lower()]
        return self.size_units.get(noun.lemma_.lower())


def _quantity(doc: Doc, first: Token, last: Token, noun: Token, value: float | None, unit: str, qualifier: str) -> Quantity:
    """The size record: the number's words and the noun it counts, without the qualifier."""
    start, end = min(first.i, noun.i), max(last.i, noun.i) + 1
    span = doc[start:end]
    return Quantity(text=span.text, start=span.start_char, end=span.end_char, value=value, unit=unit, qualifier=qualifier)


def _source_ref(doc: Doc, head: Token) -> SourceRef:
    resolved = resolve_phrase(doc, head, keep_unresolved=False)
    words = [t for t in head.subtree if t.dep_ != "punct"] or [head]
    span = doc[words[0].i : words[-1].i + 1]
    return SourceRef(text=span.text, start=span.start_char, end=span.end_char, actor=resolved[0][0] if resolved else None)


def _day_of(timex) -> str:
    """A DATE's value as it is; a TIME's day ("2023-07-30TEV" -> "2023-07-30")."""
    return timex.value[:10] if timex.type == "TIME" else timex.value
