"""The same words in several outlets: exact, truncated and elided quotes, and direct vs paraphrase.

Quotes group when their words match (whole, a run of one inside the other, or every part of an
elided `...` quote in order); a direct quote also joins an indirect quote or sentence in another
article that carries most of its content words and names the same speaker. Wording differences
are kept as a word diff.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from crosswire.fusion.corroborate import FusedItem, Mention, group_mentions
from crosswire.fusion.text import normal_words, overlap

_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
PARAPHRASE_OVERLAP = 0.5  # share of the shorter text's content stems found in the other
PARAPHRASE_MIN_SHARED = 6
SAME_PERSON_MIN_SHARED = 3  # fewer shared words suffice when both name one known person as the speaker
SAME_PERSON_OVERLAP = 0.6
MIN_RUN = 5  # words a truncated quote must keep to count as the same quote
SAME_PERSON_MIN_RUN = 3  # ... when both name one known person as the speaker ('We lost everything.')


def _contains(words: list[str], part: list[str], start: int = 0) -> int:
    """Index just after the first run of `part` in `words` at or after `start`, or -1."""
    n = len(part)
    for i in range(start, len(words) - n + 1):
        if words[i:i + n] == part:
            return i + n
    return -1


def wording_match(a: str, b: str, min_run: int = MIN_RUN) -> str | None:
    """How two quotations match word for word: exact, truncated, elided, or None."""
    wa, wb = normal_words(a), normal_words(b)
    if not wa or not wb:
        return None
    if wa == wb:
        return "exact"
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= min_run and _contains(long_, short) >= 0:
        return "truncated"
    for elided, full in ((a, b), (b, a)):
        parts = [normal_words(p) for p in _ELLIPSIS.split(elided)]
        parts = [p for p in parts if p]
        if len(parts) > 1 and sum(map(len, parts)) >= min_run:
            at, fw = 0, normal_words(full)
            for p in parts:
                at = _contains(fw, p, at)
                if at < 0:
                    break
            else:
                return "elided"
    return None


def _speaker(m: Mention) -> str:
    speaker = m.data.get("speaker") or m.data.get("source") or {}
    actor = speaker.get("actor") or {}
    return (actor.get("id") or speaker.get("text") or "").lower()


def _same_speaker(a: Mention, b: Mention) -> bool:
    sa, sb = _speaker(a), _speaker(b)
    if not sa or not sb:
        return True
    return sa == sb or bool(set(sa.split()) & set(sb.split()))


def _person(m: Mention) -> str | None:
    speaker = m.data.get("speaker") or m.data.get("source") or {}
    actor = speaker.get("actor") or {}
    return actor.get("id") if actor.get("kind") == "person" else None


def paraphrase_match(a: Mention, b: Mention) -> bool:
    """True when one is a paraphrase of the other: most content words shared, same speaker. A short quote of one
    known person needs fewer words in common ('We cannot wait for the next incident ...' and 'the countries could
    not wait for the next incident', both Rasa Vaitkutė's)."""
    shared = a.stems & b.stems
    share = overlap(a.stems, b.stems)
    if len(shared) >= PARAPHRASE_MIN_SHARED and share >= PARAPHRASE_OVERLAP and _same_speaker(a, b):
        return True
    person = _person(a)
    return bool(person) and person == _person(b) and len(shared) >= SAME_PERSON_MIN_SHARED and share >= SAME_PERSON_OVERLAP


def same_quote(a: Mention, b: Mention) -> bool:
    """Word-for-word match, or (when at least one is not direct) a paraphrase."""
    if wording_match(a.text, b.text, _min_run(a, b)):
        return True
    kinds = {a.data.get("kind"), b.data.get("kind")}
    return kinds != {"direct"} and paraphrase_match(a, b)


def _diff_key(word: str) -> str:
    return "".join(normal_words(word)) or word


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """(op, words) runs turning `a` into `b`: op is "=", "-" (only in a) or "+" (only in b).

    Words compare without case and punctuation (`further,` and `further.` are the same word), so
    the diff shows what was said differently, not how it was punctuated; equal runs show b's words.
    """
    wa, wb = a.split(), b.split()
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=[_diff_key(w) for w in wa], b=[_diff_key(w) for w in wb], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(wb[j1:j2])))
        else:
            if i2 > i1:
                ops.append(("-", " ".join(wa[i1:i2])))
            if j2 > j1:
                ops.append(("+", " ".join(wb[j1:j2])))
    return ops


def _min_run(a: Mention, b: Mention) -> int:
    person = _person(a)
    return SAME_PERSON_MIN_RUN if person and person == _person(b) else MIN_RUN


def _how(a: Mention, b: Mention) -> str:
    match = wording_match(a.text, b.text, _min_run(a, b))
    if match:
        return match
    return "paraphrase"


def match_quotes(quotes: list[Mention], sentences: list[Mention]) -> list[FusedItem]:
    """Group the story's quotes across outlets; a direct quote left alone may match a sentence elsewhere."""
    groups = group_mentions(quotes, same_quote)
    items: list[FusedItem] = []
    for group in groups:
        if len({m.article_id for m in group}) == 1 and group[0].data.get("kind") == "direct":
            quote = group[0]
            best, best_score = None, 0.0
            for s in sentences:
                if s.article_id == quote.article_id or not paraphrase_match(quote, s):
                    continue
                score = overlap(quote.stems, s.stems)
                if score > best_score:
                    best, best_score = s, score
            if best is not None:
                group = group + [best]
        items.append(_quote_item(group))
    return sorted(items, key=lambda it: (-len({m.article_id for m in it.mentions}), it.mentions[0].article_id, it.mentions[0].start))


def _whole_first(group: list[Mention]) -> list[Mention]:
    """When the first mention is a short part (under MIN_RUN words) of a longer one, the shortest such whole goes
    first, so each part is shown against it ('We lost everything.' run alone by one outlet, whole in another). Longer
    firsts keep their place: a longer span is as often a quote run on into the narration around it."""
    first = group[0]
    size = len(normal_words(first.text))
    if size >= MIN_RUN:
        return group
    wholes = [m for m in group[1:] if len(normal_words(m.text)) > size
              and wording_match(first.text, m.text, _min_run(first, m)) == "truncated"]
    if not wholes:
        return group
    whole = min(wholes, key=lambda m: len(normal_words(m.text)))
    return [whole, *(m for m in group if m is not whole)]


def _quote_item(group: list[Mention]) -> FusedItem:
    group = _whole_first(group)
    item = FusedItem("quote", group, "single-source", "")
    first = group[0]
    matches: list[dict[str, Any]] = []
    for other in group[1:]:
        how = _how(first, other)
        shared = sorted(first.stems & other.stems)
        diff = word_diff(first.text, other.text) if how != "paraphrase" else None
        matches.append({"article_id": other.article_id, "how": how, "diff": diff, "shared": shared})
    if item.independent >= 2:
        item.status = "corroborated"
        hows = sorted({m["how"] for m in matches})
        item.explanation = (f"Carried by {item.independent} independent sources ({', '.join(item.outlets)}); "
                            f"match: {', '.join(hows)}.")
    elif len(group) > 1:
        item.explanation = f"Repeated in copies of one report ({', '.join(item.outlets)})."
    else:
        item.explanation = f"Quoted by {first.outlet} only."
    item.details = {"matches": matches, "speaker": (first.data.get("speaker") or {}).get("text")}
    return item
