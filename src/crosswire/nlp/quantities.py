"""Numbers in claims: value, unit, qualifier ('more than', 'at least' ...) and what they count."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LIKE_NUM, LOWER
from spacy.tokens import Doc, Token

from crosswire.nlp.cue_lexicon import CueLexicon
from crosswire.records import Quantity

COUNTABLE_ENTS = ("", "CARDINAL", "PERCENT", "MONEY", "QUANTITY")  # DATE, TIME, ORDINAL, names: not quantities
PERCENT_WORDS = frozenset({"percent", "per", "%", "percentage", "pct"})
SHARE_HEADS = frozenset({"percent", "%", "percentage", "pct", "share", "proportion", "fraction", "half", "third", "quarter"})
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_DIGITS = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|bn|mn)$", re.IGNORECASE)
NOUN_TAGS = ("NOUN", "PROPN")
HYPHENS = ("-", "–")
QUALIFIER_DEPS = ("advmod", "amod", "quantmod")  # how the parser hangs 'at least', 'more than' on a number
_LIKE_NUM = "crosswire.like_num"  # Doc.user_data key of like_num_indices()
_VAGUE = "crosswire.vague_counts"  # Doc.user_data key of the plural count words' indices


def like_num_indices(doc: Doc) -> list[int]:
    """Indices of the doc's number-like tokens (`14`, `ten`), found vectorised once per doc and kept on it
    (claims and events both read them)."""
    found = doc.user_data.get(_LIKE_NUM)
    if found is None or found[0] != len(doc):
        found = (len(doc), np.nonzero(doc.to_array([LIKE_NUM]).reshape(-1))[0].tolist() if len(doc) else [])
        doc.user_data[_LIKE_NUM] = found
    return found[1]


def vague_counts(doc: Doc, lexicon: CueLexicon) -> list[Token]:
    """Plural count words that count something ('thousands of civilians', 'tens of thousands of troops',
    'killed dozens'; not 'released millions in cash'), the outer one of a chain ('tens', not its 'thousands')."""
    found = doc.user_data.get(_VAGUE)
    if found is None or found[0] != len(doc):
        lowers = doc.to_array([LOWER]).reshape(-1) if len(doc) else np.zeros(0, dtype="uint64")
        table = np.array([doc.vocab.strings.add(w) for w in lexicon.vague_counts], dtype="uint64")
        found = (len(doc), np.nonzero(np.isin(lowers, table))[0].tolist())
        doc.user_data[_VAGUE] = found
    out = []
    for i in found[1]:
        tok = doc[i]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lexicon.vague_counts:
            continue  # the 'thousands' of 'tens of thousands'
        bare = tok.dep_ in ("dobj", "nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in tok.children)
        if of_object(tok) is not None or tok.dep_ in ("nummod", "amod", "compound") or bare:
            out.append(tok)  # 'thousands of civilians', 'killed dozens'; not 'released millions in cash'
    return out


def of_object(tok: Token) -> Token | None:
    """The object of an 'of' hanging on `tok` ('thousands of [civilians]')."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def number_tokens(doc: Doc, lexicon: CueLexicon | None = None) -> list[Token]:
    """Tokens that look like numbers and are not part of a date, time, ordinal or name, and plural count
    words that count something ('thousands of civilians').

    A spelled-out number counts only as a modifier ('two ships'), or with a qualifier of the
    `lexicon` before it ('recorded at least nine').
    """
    qualifier_words = lexicon.qualifier_words if lexicon is not None else frozenset()
    out = vague_counts(doc, lexicon) if lexicon is not None and lexicon.vague_counts else []
    for i in like_num_indices(doc):
        tok = doc[i]
        if tok.ent_type_ not in COUNTABLE_ENTS and not _share_in_date(doc, i) or _hyphened_away(doc, i) or _year(tok):
            continue
        if tok.pos_ == "PROPN" and not _capitalised_count(tok):
            continue
        if not tok.is_digit and not tok.text[:1].isdigit() and tok.dep_ not in ("nummod", "quantmod", "compound", "nmod"):
            qualified = any(c.dep_ in QUALIFIER_DEPS and c.lower_ in qualifier_words and c.i < tok.i for c in tok.children)
            if not qualified or parse_value([tok.text], lexicon) is None:
                continue  # 'one of the things', 'the two met', 'nearly a third': a spelled-out number that counts nothing
        out.append(tok)
    return sorted(out, key=lambda t: t.i)


def _capitalised_count(tok: Token) -> bool:
    """Is a number word the tagger took for a name a count after all ('[Thirteen] Israeli hostages' opening a
    sentence)? It modifies a plural common noun; 'Seven Sisters' does not."""
    return tok.dep_ in ("nmod", "nummod", "compound") and tok.head.tag_ == "NNS" and tok.head.i > tok.i and tok.text[:1].isupper()


def _share_in_date(doc: Doc, i: int) -> bool:
    """Is a number the tagger put in a DATE a share after all ('Between 15 and 20 percent')? A percent word follows it
    within the same entity."""
    if doc[i].ent_type_ != "DATE":
        return False
    for k in range(i + 1, min(len(doc), i + 4)):
        tok = doc[k]
        if tok.ent_iob_ != "I":
            return False
        if tok.lower_ in PERCENT_WORDS:
            return True
    return False


def _year(tok: Token) -> bool:
    """A year the tagger missed: four digits from 1800 to 2100 as the object of a preposition, counting
    nothing ('fired them from 2011 to 2016'; not 'rose to 2016 units')."""
    if len(tok.text) != 4 or not tok.is_digit or not 1800 <= int(tok.text) <= 2100:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep"


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Is token i a hyphen written between two words ('twenty-five', 'high-five', '3-2')?"""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def spelled_pair(doc: Doc, i: int) -> bool:
    """Does the hyphen at i join two number words ('twenty-five'), not digits ('a 5-4 ruling', a phone number)?"""
    return _hyphen_joins(doc, i) and not doc[i - 1].text[:1].isdigit() and not doc[i + 1].text[:1].isdigit()


def _hyphened_away(doc: Doc, i: int) -> bool:
    """A number hyphened to a word ('high-five') counts nothing; one hyphened to a number ('twenty-five') does."""
    return i >= 2 and _hyphen_joins(doc, i - 1) and not doc[i - 2].like_num


def parse_value(words: list[str], lexicon: CueLexicon) -> float | None:
    """The numeric value of number words: '10,000' -> 10000, '2.5 million' -> 2.5e6, 'forty' -> 40."""
    total = 0.0
    current: float | None = None
    for raw in words:
        w = raw.lower().replace("\u2009", "")
        if _DIGITS.match(w):
            value = float(w.replace(",", ""))
            current = value if current is None else current + value
            continue
        m = _SUFFIXED.match(w)
        if m:
            current = float(m.group(1).replace(",", "")) * lexicon.multipliers[m.group(2).lower()]
            continue
        if w in lexicon.multipliers:
            current = (current if current is not None else 1.0) * lexicon.multipliers[w]
            if lexicon.multipliers[w] >= 1000:
                total += current
                current = None
            continue
        parts = w.split("-")
        if all(p in lexicon.number_words for p in parts):
            value = sum(lexicon.number_words[p] for p in parts)
            current = value if current is None else current + value
            continue
        return None
    if current is not None:
        total += current
    return total if (current is not None or total) else None


def _qualifier(doc: Doc, first: int, lexicon: CueLexicon) -> tuple[str, int]:
    """(qualifier, start token) from the words just before a number: longest table entry wins."""
    start = first
    if start > 0 and doc[start - 1].text in CURRENCY:
        start -= 1
    elif start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[first].lower_ in lexicon.multipliers:
        start -= 1  # 'about a hundred', 'nearly a million'
    for n in range(lexicon.max_qualifier_len, 0, -1):
        if start - n < 0:
            continue
        words = tuple(t.lower_ for t in doc[start - n : start])
        if words in lexicon.qualifiers:
            return lexicon.qualifiers[words], start - n
    return "exact", start


def _joined(head: Token) -> Token | None:
    """A noun coordinated with the counted one and counted with it, having no number of its own ('300 drones and
    missiles'; not '1,200 drones and 400 million euros')."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.dep_ != "cc" or nxt.lower_ not in ("and", "or"):
        return None  # a list or an apposition ('80,000 troops, tanks ...', 'two voters, Tyresha ...') is no one count
    for child in head.rights:
        if child.dep_ == "conj" and child.pos_ in NOUN_TAGS and child.i - head.i <= 3:
            if any(g.dep_ == "nummod" or g.like_num for g in child.children):
                return None
            return child
    return None


def _counted(doc: Doc, last: Token) -> tuple[Token | None, int]:
    """The noun a number counts and the end (exclusive) of the phrase naming it ('percent of GDP',
    'thousands of civilians')."""
    counted = of_object(last)
    if counted is not None and counted.pos_ in NOUN_TAGS and (
        not last.like_num or any(c.dep_ in ("det", "poss", "nummod") for c in counted.children)
    ):  # 'thousands of civilians'; a part of a whole: '215 of the 465 seats', '12 of its members'
        joined = _joined(counted)
        return counted, (counted if joined is None else joined).i + 1
    predicate = _copula_predicate(last)
    if predicate is not None:
        return predicate, predicate.i + 1  # '13 were Israelis', '12 were police officers'
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound") or last.dep_ == "nmod" and last.pos_ == "PROPN" else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in PERCENT_WORDS:
        head = nxt
    if head is None or head.pos_ not in NOUN_TAGS + ("SYM",) or head.i < last.i or head.i - last.i > 5:
        return None, last.i + 1
    end = head.i + 1
    if head.lower_ == "per" and end < len(doc) and doc[end].lower_ == "cent":
        end += 1
    joined = _joined(head)
    if joined is not None:
        end = joined.i + 1  # 'more than 300 [drones and missiles]': one count of both
    if head.lower_ in SHARE_HEADS:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                end = child.right_edge.i + 1
                break
    return head, end


def _copula_predicate(number: Token) -> Token | None:
    """The plural noun a number standing as the subject of 'be' is said to be ('Of those freed, [13] were
    [Israelis]'): what it counts. None otherwise."""
    verb = number.head
    if number.dep_ != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return None  # 'Two of the dead were children': the number counts the dead, not children
    return next((c for c in verb.rights if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")), None)


def number_groups(doc: Doc, numbers: list[Token]) -> list[list[Token]]:
    """Adjacent number tokens grouped into one number each ('2.5 million', 'one and a half', 'twenty-five')."""
    groups: list[list[Token]] = []
    for tok in numbers:
        if groups and tok.i == groups[-1][-1].i + 1:
            groups[-1].append(tok)
        elif groups and tok.i == groups[-1][-1].i + 2 and (doc[tok.i - 1].lower_ in ("and", "a") or spelled_pair(doc, tok.i - 1)) and not _between(doc, groups[-1][0]):
            groups[-1].append(tok)  # 'one and a half', 'a hundred', 'twenty-five' (three tokens; not a '5-4' score)
        else:
            groups.append([tok])
    return groups


def _between(doc: Doc, first: Token) -> bool:
    """Does 'between' stand just before a number ('between 20 and 30': two ends of a range, not 'twenty and thirty' summed)?"""
    i = first.i - 1
    if i >= 0 and doc[i].text in CURRENCY:
        i -= 1
    return i >= 0 and doc[i].lower_ == "between"


def read_number(doc: Doc, group: list[Token], lexicon: CueLexicon) -> tuple[float | None, str, int, Token]:
    """A number group's value and qualifier, the index where its qualifier starts, and its last token with any
    multiplier after it ('3 million')."""
    first, last = group[0], group[-1]
    vague = lexicon.vague_counts.get(first.lower_)
    if vague is not None:  # 'thousands of', 'tens of thousands of': more than that many
        inner = of_object(first)
        outer = next((c for c in first.lefts if c.dep_ == "quantmod" and c.lower_ in lexicon.vague_counts), None)
        if inner is not None and inner.lower_ in lexicon.vague_counts:
            vague, last = vague * lexicon.vague_counts[inner.lower_], inner
        elif outer is not None:  # the parser may hang 'Tens of' on 'thousands'
            vague, first = vague * lexicon.vague_counts[outer.lower_], outer
        qualifier, start = _qualifier(doc, first.i, lexicon)
        return vague, ("more_than" if qualifier == "exact" else qualifier), start, last
    qualifier, start = _qualifier(doc, first.i, lexicon)
    while last.i + 1 < len(doc) and _multiplies(doc[last.i + 1], lexicon):
        last = doc[last.i + 1]
    words = [t.text for t in doc[first.i : last.i + 1] if t.lower_ not in ("and", "a") and t.text not in HYPHENS]
    return parse_value(words, lexicon), qualifier, start, last


def _multiplies(tok: Token, lexicon: CueLexicon) -> bool:
    """A multiplier after a number: '3 million', or 'two dozen' where the tagger calls 'dozen' a noun."""
    return tok.lower_ in lexicon.multipliers and (tok.pos_ == "NUM" or tok.dep_ in ("nummod", "quantmod", "compound"))


RANGE_WORDS = ("to", "-", "–", "and")  # what joins the two ends of a range: '20 to 30', '20-30', 'between 20 and 30'


@dataclass
class _Read:
    """One number group as read, before ranges and scores are paired up."""

    first: Token
    last: Token
    value: float | None
    qualifier: str
    start: int
    end: int
    unit: str | None
    refers_to: str | None


def find_quantities(doc: Doc, numbers: list[Token], lexicon: CueLexicon) -> list[Quantity]:
    """Group adjacent number tokens into Quantity records with value, unit, qualifier and what they count.

    Two numbers joined as a range ('between 20 and 30 people', '20 to 30 people', '20-30 people') are
    at_least the low end and at_most the high end, both counting what the high end counts; a score
    ('won 5-4', 'a 5-4 ruling', 'voted 52 to 48') counts nothing and gives no quantity; a change ('from
    5 to 7 percent') keeps two exact values and the unit both share.
    """
    reads = [_read(doc, group, lexicon) for group in number_groups(doc, numbers)]
    out: list[Quantity] = []
    k = 0
    while k < len(reads):
        r = reads[k]
        prev = reads[k - 1] if k and reads[k - 1].last.i == r.first.i - 2 else None  # '3' of '3 in 4 voters', read just before
        share = _ratio(doc, r, lexicon, prev)
        if share is not None:
            if prev is not None and out:
                out.pop()
            out.append(share)
            k += 1
            continue
        pair = _pair(doc, r, reads[k + 1]) if k + 1 < len(reads) else None
        if pair == "score":
            k += 2
            continue
        if pair is not None:
            lo, hi = r, reads[k + 1]
            low = lo.value
            if low is not None and hi.last.i > hi.first.i and lo.last.i == lo.first.i and hi.last.lower_ in lexicon.multipliers:
                low *= lexicon.multipliers[hi.last.lower_]  # '20 to 30 million': 20 million
            span = doc[lo.start : max(lo.end, hi.end, hi.last.i + 1)]  # without 'between', which the parser may hang outside the claim
            if pair == "range":
                end = max(lo.end, hi.end)  # the parser may hang the counted noun on either end
                after = hi.last.i + 2 if hi.last.i + 1 < end and doc[hi.last.i + 1].lower_ == "of" else hi.last.i + 1
                refers_to = doc[after:end].text if end > after else None
                out.append(_quantity(span, low, hi.unit or lo.unit, "at_least", refers_to))
                out.append(_quantity(span, hi.value, hi.unit or lo.unit, "at_most", refers_to))
            else:  # a change: two values, the unit named once
                out.append(_quantity(doc[lo.start : max(lo.end, lo.last.i + 1)], low, lo.unit or hi.unit, lo.qualifier, lo.refers_to or hi.refers_to))
                out.append(_quantity(doc[hi.start : max(hi.end, hi.last.i + 1)], hi.value, hi.unit, hi.qualifier, hi.refers_to))
            k += 2
            continue
        out.append(_quantity(doc[r.start : max(r.end, r.last.i + 1)], r.value, r.unit, r.qualifier, r.refers_to))
        k += 1
    return out


def _read(doc: Doc, group: list[Token], lexicon: CueLexicon) -> _Read:
    first = group[0]
    value, qualifier, start, last = read_number(doc, group, lexicon)
    head, end = _counted(doc, last)
    unit = refers_to = None
    if start < first.i and doc[start].text in CURRENCY:
        unit = CURRENCY[doc[start].text]
    elif start + 1 < first.i and doc[first.i - 1].text in CURRENCY:
        unit = CURRENCY[doc[first.i - 1].text]
    if head is not None:
        joined = _joined(head)
        unit = unit or ("percent" if head.lower_ in PERCENT_WORDS else head.text if joined is None or joined.i >= end
                        else doc[head.i:joined.i + 1].text)
        after = last.i + 2 if doc[last.i + 1].lower_ == "of" else last.i + 1  # 'thousands of [civilians]'
        if head.i > last.i and head.dep_ == "attr" and last.dep_ == "nsubj":
            after = head.left_edge.i  # '13 were [Thai farm workers]'
        refers_to = doc[after:end].text or None
    return _Read(first, last, value, qualifier, start, end, unit, refers_to)


def _ratio(doc: Doc, r: _Read, lexicon: CueLexicon, prev: _Read | None) -> Quantity | None:
    """'one in ten workers', 'about 4 in 10 voters': a share, read as a percent of what the second number counts (10,
    40 'about'). `prev` is the first number when it was read as a number of its own, with its qualifier."""
    i = r.first.i
    if i < 2 or doc[i - 1].lower_ != "in" or r.value is None or r.unit is None or r.first.i != r.start:
        return None
    top = prev.value if prev is not None else parse_value([doc[i - 2].text], lexicon)
    if top is None or not 0 < top < r.value:
        return None
    qualifier, start = (prev.qualifier, prev.start) if prev is not None else _qualifier(doc, i - 2, lexicon)
    span = doc[start : max(r.end, r.last.i + 1)]
    return _quantity(span, round(100.0 * top / r.value, 2), "percent", qualifier, r.refers_to)


def group_pair(doc: Doc, low: list[Token], high: list[Token], lexicon: CueLexicon) -> str | None:
    """'range', 'change', 'score' or None for two number groups in a row, as find_quantities reads them."""
    return _pair(doc, _read(doc, low, lexicon), _read(doc, high, lexicon))


def _pair(doc: Doc, lo: _Read, hi: _Read) -> str | None:
    """'range', 'change', 'score' or None for two number groups in a row."""
    if hi.first.i - lo.last.i > 3:
        return None  # at most a joining word and a currency sign between the two
    gap = [t for t in doc[lo.last.i + 1 : hi.first.i] if t.text not in CURRENCY]
    if len(gap) != 1 or gap[0].lower_ not in RANGE_WORDS or lo.value is None or hi.value is None:
        return None
    word = gap[0].lower_
    before = doc[lo.start - 1].lower_ if lo.start > 0 else ""
    if word == "and":
        return "range" if _between(doc, lo.first) and lo.value < hi.value else None
    if word == "to" and before == "from":
        return "change"
    unit = hi.unit or lo.unit  # the parser may hang the counted noun on either end ('20-30 people')
    same_unit = lo.unit is None or hi.unit is None or lo.unit == hi.unit
    if lo.value < hi.value and same_unit and (unit is not None or word == "to"):
        if before in ("a", "an") and unit not in ("percent", *CURRENCY.values()) and word != "to":
            return "score"  # 'a 2-3 loss': one score, not a range of losses
        return "range"
    if unit is None or word != "to" and lo.value >= hi.value:
        return "score"  # 'won 5-4', 'a 5-4 ruling', 'voted 52 to 48'
    return None


def _quantity(span, value: float | None, unit: str | None, qualifier: str, refers_to: str | None) -> Quantity:
    return Quantity(text=span.text, start=span.start_char, end=span.end_char, value=value, unit=unit, qualifier=qualifier, refers_to=refers_to)
