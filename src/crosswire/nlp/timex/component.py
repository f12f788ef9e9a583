"""The `times` component: finds time expressions, normalises them, infers a missing publication date."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from crosswire.nlp.datelines import lede_start
from crosswire.nlp.extensions import doc_text
from crosswire.nlp.timex import anchor as A
from crosswire.nlp.timex.grammar import Candidate, find_candidates
from crosswire.nlp.timex.normalise import Context, normalize_timex, update_context
from crosswire.nlp.timex.published import infer_published
from crosswire.records import TimeRef

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "gon"}
_FUTURE_CUES = {"plan", "schedule", "expect", "due", "set", "intend", "aim", "hope", "prepare", "suppose"}
_PRESENT_AUX = {"is", "are", "am", "'s", "'re"}
_UNSURE_MODALS = {"would", "'d", "could", "might"}
_CLAUSE_STEPS = 4  # how far a non-finite verb looks up for the finite verb of its clause
_AMBIGUOUS_MONTHS = {"may", "march", "june"}  # modal verb, verb / marching, a first name
_NOT_AFTER_YEAR = {"NNS", "NNPS"}
_STARTS_KEY = "crosswire.times.token_starts"  # Doc.user_data cache: token start offsets
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*")  # what joins a range's two ends
_YEAR_WORD = re.compile(r"\b\d{4}\b|'\d{2}\b")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?\Z")


def _token_at(doc: Doc, char: int):
    """The token covering character `char` (token offsets are indexed once per Doc)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[_STARTS_KEY] = [t.idx for t in doc]
    if not starts:
        return None
    i = bisect.bisect_right(starts, char) - 1
    return doc[max(i, 0)]


def _past_perfect(word) -> bool:
    """'had been scheduled', 'had been due': a plan told in the past perfect, no longer ahead."""
    for tok in (word, word.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in tok.children):
            return True
    return False


def _finite_tense(head, scheduled: bool = True) -> str | None:
    """Tense of one verb with its auxiliaries; None when it is not finite (participle, infinitive).

    `scheduled`: read "is meeting" as a plan (future), true only for the verb the expression modifies.
    """
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    lows = {c.lower_ for c in auxes}
    if lows & _FUTURE_AUX:
        return A.FUTURE
    if "to" in lows and (head.head.lemma_ in _FUTURE_CUES or head.head.lemma_ == "be"):
        return A.PAST if _past_perfect(head.head) else A.FUTURE
    if lows & _UNSURE_MODALS:
        return A.UNKNOWN  # "would leave on Aug. 6": future seen from a past report, either side of the DCT
    if head.tag_ == "VBP" and _singular_subject(head):
        return A.PAST  # "Weakness hurt the index": a present form cannot take a singular subject
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return A.PAST
    if head.tag_ == "VBN" and lows & {"has", "have", "had", "was", "were"}:
        return A.PAST
    if head.tag_ == "VBG" and lows & _PRESENT_AUX:
        return A.FUTURE if scheduled else A.PRESENT
    if head.tag_ in ("VBP", "VBZ") or any(c.tag_ in ("VBP", "VBZ") for c in auxes):
        return A.PRESENT
    return None


def verb_tense(doc: Doc, char: int, parsed: bool | None = None) -> str:
    """Tense of the verb governing the expression at `char`: past, present, future, or '' when unknown.

    A non-finite governor (an infinitive, a participle) takes the tense of the nearest finite verb
    above it (the clause it belongs to: "are supposed to conclude by May"); a noun governor, that
    of the sentence root.
    """
    if _in_dateline(doc, char):
        return A.PAST  # 'LOS ANGELES, Feb. 2 (UPI) -': the day the story was filed, never after it
    if not (doc.has_annotation("DEP") if parsed is None else parsed):
        return A.UNKNOWN  # a pipeline without a parser: no tense, resolve as news does by default
    tok = _token_at(doc, char)
    if tok is None:
        return A.UNKNOWN
    head = tok
    direct = True  # reached through prepositions only, not through a noun ("Tuesday's declaration")
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        if head.i != tok.i and head.pos_ != "ADP":
            direct = False
        if head.i == tok.i and tok.dep_ == "poss":
            direct = False
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        tense = _finite_tense(head, scheduled=direct)
        if tense == A.PRESENT and not direct:
            tense = None
        if tense is not None:
            return tense
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        upper = head
        for _ in range(_CLAUSE_STEPS):  # the nearest finite verb above: the clause the expression sits in
            if upper.head.i == upper.i:
                break
            upper = upper.head
            if upper.pos_ in ("VERB", "AUX"):
                tense = _finite_tense(upper, scheduled=False)
                if tense == A.PAST and infinitive:
                    return A.UNKNOWN  # "agreed to buy it in January": after the agreement, either side of the DCT
                if tense is not None:
                    return tense if tense in (A.PAST, A.FUTURE) else A.UNKNOWN
    root = head
    for _ in range(60):  # climb to the sentence root (Token.sent would re-scan the whole Doc)
        if root.head.i == root.i:
            break
        root = root.head
    if root.i != head.i and root.pos_ in ("VERB", "AUX"):
        tense = _finite_tense(root, scheduled=False)
        return tense if tense in (A.PAST, A.FUTURE) else A.UNKNOWN
    return A.UNKNOWN


def _in_dateline(doc: Doc, char: int) -> bool:
    """Is the character inside a dateline that opens its line (nlp/datelines.py)?"""
    text = doc_text(doc)
    line = text.rfind("\n", 0, char) + 1
    if not text[line:line + 1].isupper():
        return False
    lede = lede_start(text, line)
    return lede is not None and char < lede


def _singular_subject(verb) -> bool:
    """The verb's subject is a singular noun ("weakness", "the company"), not a pronoun or plural."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)


_RATE_BEFORE = {"NN", "NNS", "NNP", "CD", "$"}  # "$5 a year", "700 seats a week": a rate, not a time


def _fraction_of(doc: Doc, nxt) -> bool:
    """'of' followed by a determiner or possessive: "a quarter of the market", "three quarters of its food"."""
    if nxt is None or nxt.lower_ != "of" or nxt.i + 1 >= len(doc):
        return False
    return doc[nxt.i + 1].tag_ in ("DT", "PRP$", "PDT")


def _plausible_duration(doc: Doc, cand: Candidate) -> bool:
    """Reject ages ("52 years old"), rates ("$5 a year"), fractions ("a quarter of") and ordinals ("a second group")."""
    g = cand.groups
    first = _token_at(doc, cand.start)
    last = _token_at(doc, cand.end - 1)
    if first is None or last is None:
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    unit = g["unit"].lower()
    if nxt is not None and nxt.lower_ in ("old", "-old"):
        return False
    if unit in ("quarter", "quarters") and _fraction_of(doc, nxt) and "det" not in g:
        return False  # "more than a quarter of the market": a fraction ("several quarters of losses" is time)
    if g["num"].lower() in ("a", "an") and "det" not in g and "amod" not in g:
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and (prev.tag_ in _RATE_BEFORE or prev.lower_ in ("%", "percent")):
            return False
        if unit == "second" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            return False
    return True


def _plausible_bare_unit(doc: Doc, cand: Candidate) -> bool:
    """Reject "52 years old", "three-quarters of", "living quarters": a bare plural unit that is no time."""
    unit = cand.groups["unit"].lower()
    if unit == "quarters":
        return False  # a fraction or a lodging far more often than a stretch of time
    last = _token_at(doc, cand.end - 1)
    nxt = doc[last.i + 1] if last is not None and last.i + 1 < len(doc) else None
    return nxt is None or nxt.lower_ not in ("old", "-old")


def _after_modal(doc: Doc, cand: Candidate) -> bool:
    """The match follows a modal verb: "will one day", "could one day"."""
    tok = _token_at(doc, cand.start)
    return tok is not None and tok.i > 0 and doc[tok.i - 1].tag_ == "MD"


_TITLE_RULES = {"rel_unit", "relday", "ref", "this_pod"}  # expressions whose words are normally lower case


def _is_title(doc: Doc, cand: Candidate) -> bool:
    """A name, not a time: "ABC's "This Week"" (every word capitalised), "VOA Today" (after a name)."""
    text = doc_text(doc)[cand.start : cand.end]
    words = text.split()
    if len(words) > 1:
        return all(w[0].isupper() for w in words)
    if not text[:1].isupper():
        return False
    tok = _token_at(doc, cand.start)
    if tok is None or tok.i == 0 or tok.is_sent_start:
        return False
    return doc[tok.i - 1].tag_ == "NNP"


def _name_with_number(prev, nxt) -> bool:
    """ "a venture called Orion 1980,", "Expo 2000 in Hanover": a number closing a name, not a year.

    A year after a proper noun is kept when a noun follows ("the U.S. 1998 budget").
    """
    if prev is None or prev.tag_ != "NNP" or not prev.text[:1].isupper() or prev.ent_type_ in ("DATE", "TIME"):
        return False
    return nxt is None or not nxt.tag_.startswith("NN")


def _after_amount(doc: Doc, cand: Candidate) -> bool:
    """The match follows a noun, number or currency sign: "seats per week", "$9 per hour"."""
    first = _token_at(doc, cand.start)
    prev = doc[first.i - 1] if first is not None and first.i > 0 else None
    return prev is not None and (prev.tag_ in _RATE_BEFORE or prev.lower_ in ("%", "percent"))


def _low_ref(g: dict) -> str:
    return " ".join(g["ref"].lower().split())


def _future_as_prospects(doc: Doc, cand: Candidate) -> bool:
    """ "the future of the talks", "the future looks bleak": the prospects of something, not a time."""
    last = _token_at(doc, cand.end - 1)
    if last is None:
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (nxt is not None and nxt.lower_ == "of") or last.dep_ in ("nsubj", "nsubjpass")


def acceptable(doc: Doc, cand: Candidate) -> bool:
    """Token-level checks a regex cannot make: 'may' the verb, '2000 troops', '$5 a year' ..."""
    g = cand.groups
    if cand.rule == "hyphen_duration" and g.get("suffix", "").lower() == "-old":
        return False  # ages ("a 6-year-old") are not time expressions in TimeML
    if cand.rule in ("duration", "ago") and g["num"].lower() == "the" and not g["unit"].lower().endswith(("s", "ies")):
        return False
    if cand.rule == "ago" and g["num"].lower() == "the":
        return False
    if cand.rule == "duration" and not _plausible_duration(doc, cand):
        return False
    if cand.rule == "month" and not (g.get("rel") or g.get("mod") or g.get("rel2")):
        word = g["month"]
        if not word[0].isupper():
            return False
        if word.lower() in _AMBIGUOUS_MONTHS:
            tok = _token_at(doc, cand.start)
            if tok is None or tok.tag_ != "NNP":
                return False
    if cand.rule in ("year", "duration") and cand.rule == "year" and not (g.get("mod") or g.get("fiscal")):
        tok = _token_at(doc, cand.start)
        if tok is not None:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ in _NOT_AFTER_YEAR and nxt.lower_ not in ("elections", "olympics"):
                return False
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and (prev.lower_ in ("$", "us$", "no.", "number", "flight", "route", "article", "resolution") or prev.tag_ == "$"):
                return False
            if _name_with_number(prev, nxt):
                return False
    if cand.rule == "anaphor_day" and g["rel"].lower() in ("a", "one"):
        return False  # "a day after the truce": the amount is a duration, the "ago" rule's match
    if cand.rule == "someday" and not _after_modal(doc, cand):
        return False
    if cand.rule == "duration" and g["num"].lower() == "one" and g["unit"].lower() == "day" and _after_modal(doc, cand):
        return False  # "will one day be": some future day (the "someday" rule), not a stretch of one day
    if cand.rule == "bare_units" and not _plausible_bare_unit(doc, cand):
        return False
    if cand.rule in _TITLE_RULES and _is_title(doc, cand):
        return False
    if cand.rule == "set_every" and g["q"].lower() == "per" and _after_amount(doc, cand):
        return False  # "15 million instructions per second", "$40 per hour": a rate, as "$5 a year" is
    if cand.rule == "ref" and _low_ref(g) == "the future" and _future_as_prospects(doc, cand):
        return False
    if cand.rule == "ref" and g["ref"].lower() == "now":
        tok = _token_at(doc, cand.start)
        if tok is not None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that":
            return True
    return True


def find_times(doc: Doc, published: str | None) -> list[TimeRef]:
    """Every time expression of the Doc as TimeRefs, anchored on `published` (None: unanchored)."""
    text = doc_text(doc)
    cands = find_candidates(text, lambda c: acceptable(doc, c))
    return normalise_all(doc, cands, A.parse_iso_date(published))


def normalise_all(doc: Doc, cands: list[Candidate], dct) -> list[TimeRef]:
    """Normalise candidates in text order, each one anchoring the anaphoric ones after it."""
    ctx = Context(dct=dct)
    out: list[TimeRef] = []
    parsed = doc.has_annotation("DEP")  # checked once: it walks every token
    text = doc_text(doc)
    for cand in cands:
        ctx.tense = verb_tense(doc, cand.start, parsed)
        result = normalize_timex(cand, ctx)
        if result is None:
            continue
        update_context(ctx, result, cand.rule, cand.groups)
        kind, value, mod = result
        out.append(TimeRef(text=text[cand.start : cand.end], start=cand.start, end=cand.end, type=kind, value=value, mod=mod))
    return _ranges_share_year(out, text)


def _ranges_share_year(times: list[TimeRef], text: str) -> list[TimeRef]:
    """`between March and October 2021`, `from Oct. 30 to Nov. 9, 2015`, `in May and June 2019`: a range's
    or pair's first date without a year takes the year the second names (the year before when its month
    comes later: `December to February 2021`), instead of the year the article's date suggests."""
    out = list(times)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not _RANGE_JOIN.fullmatch(text, first.end, second.start):
            continue
        if first.type != "DATE" or second.type != "DATE" or _YEAR_WORD.search(first.text):
            continue
        if not (_YEAR_WORD.search(second.text) and _MONTH_VALUE.match(first.value or "") and _MONTH_VALUE.match(second.value or "")):
            continue
        year = int(second.value[:4]) - (first.value[5:7] > second.value[5:7])
        out[i] = replace(first, value=f"{year:04d}{first.value[4:]}")
    return out


class TimeExpressions:
    """spaCy component: sets doc._.cw_times and, for undated articles, doc._.cw_published."""

    def __init__(self, nlp=None, name: str = "times"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.cw_article
        published = getattr(article, "published", None)
        dct = A.parse_iso_date(published)
        text = doc_text(doc)
        cands = find_candidates(text, lambda c: acceptable(doc, c))
        if dct is None:
            parsed = doc.has_annotation("DEP")
            tensed = [(c, verb_tense(doc, c.start, parsed)) for c in cands]
            inferred = infer_published(text, tensed)
            if inferred is not None:
                dct = inferred
                doc._.cw_published = (inferred.isoformat(), True)
        doc._.cw_times = normalise_all(doc, cands, dct)
        return doc

