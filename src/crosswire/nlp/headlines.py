"""Headline attributions: 'Content: Speaker' ('...: NATO Chief') or 'Speaker: content' ('Sanders: Clinton Email
Story Has Moved.') in an article's first line, and title-case headlines with a cue verb ('Senator Endorses
Governor's Plan'), whose verb the tagger often takes for a name (docs/quotes.md, "Attribution frames", headline forms)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from crosswire.nlp.attribution_frames import trim_content
from crosswire.nlp.cue_lexicon import CueLexicon
from crosswire.nlp.speakers import SPEAKER_ENTS, SpeakerResolver
from crosswire.records import Quote
from crosswire.records import Span as TextSpan

MAX_HEADLINE_SPEAKER_TOKENS = 4
MAX_HEADLINE_CHARS = 300
HEADLINE_SPEAKER_ENTS = ("PERSON", "ORG", "NORP")  # 'Paris: Jewellery Stolen ...' names where, not who
HEADLINE_ADDRESSEE_PREPS = frozenset({"on", "to", "at"})  # 'Clinton to Planned Parenthood: ...': the speaker stops before them
SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?] +[A-Z]")  # a lower-case word ending a sentence ('U.S. Election' is none)
MAX_FRAME_HOLDER_TOKENS = 6  # 'Conservative Icon Morton Blackwell Endorses ...'
MIN_TITLE_WORDS = 3
TITLE_SHARE = 0.9  # of the content words capitalised: a title-case line
CONTENT_STOPS = frozenset({",", ";", ":", "–", "—", "-", "(", ".", "?", "!", "|", "…"})  # a title's content ends here
HOLDER_POS = frozenset({"AUX", "VERB", "ADP", "SCONJ", "CCONJ", "ADV"})  # 'Democrats Should Be Very Nervous': no holder
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def headline_quote(doc: Doc, text: str, lexicon: CueLexicon, resolver: SpeakerResolver) -> Quote | None:
    """'Content: Speaker' or 'Speaker: content' in the first line when it reads as a headline.

    A headline may end in a full stop ('Sanders: Clinton Email Story Has Moved.', as PolNeAR's texts
    write them) when the line holds no other sentence end. The speaker side is at most 4 words naming
    someone (a person, organisation, group or place, a role word, or a source noun: 'Poll: ...',
    'Insiders: ...') with no verb; 'Speaker on/to/at X: content' gives the words before the preposition.
    """
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    if line.endswith("."):
        line = line[:-1]
        if SENTENCE_END_RE.search(line):
            return None  # running text, not a one-line headline
    colon = line.rfind(": ")
    if colon <= 0 or len(line) > MAX_HEADLINE_CHARS:
        return None
    left = doc.char_span(0, colon, alignment_mode="contract")
    right = doc.char_span(colon + 2, len(line), alignment_mode="contract")
    if not left or not right:
        return None
    cue = TextSpan(":", colon, colon + 1)
    if (
        len(right) <= MAX_HEADLINE_SPEAKER_TOKENS
        and len(left) >= 3
        and names_someone(right, SPEAKER_ENTS, lexicon)
        and not has_verb_tag(right)
    ):
        content, speaker = left, right
    elif len(right) >= 3 and (speaker := headline_speaker(left, text, lexicon, resolver)) is not None:
        content = right
    else:
        return None
    return _headline_quote(content, cue, resolver.source_ref(speaker))


def _headline_quote(content: Span, cue: TextSpan, speaker) -> Quote:
    """A headline's attribution: reported content, its cue, its speaker."""
    return Quote(text=content.text, start=content.start_char, end=content.end_char, kind="indirect", cue=cue, speaker=speaker)


def headline_speaker(left: Span, text: str, lexicon: CueLexicon, resolver: SpeakerResolver) -> Span | None:
    """The speaker of 'Speaker: content' (left of the colon), or None when the left side names no one."""
    for k, tok in enumerate(left):
        if k and tok.lower_ in HEADLINE_ADDRESSEE_PREPS:
            left = left[:k]  # 'Obama To Asians Worried About ...:', 'Gillibrand on Hillary ...:'
            break
    if len(left) > MAX_HEADLINE_SPEAKER_TOKENS:
        return None
    named = named_below(left[-1], text, resolver)  # the tagger may take a bare name for a verb ('Lindqvist to Farmers')
    if has_verb_tag(left[:-1] if named else left):
        return None
    if named or names_someone(left, HEADLINE_SPEAKER_ENTS, lexicon) or left[-1].lower_ in lexicon.source_nouns:
        return left
    return None


def names_someone(span: Span, labels: tuple[str, ...], lexicon: CueLexicon) -> bool:
    """Does a short span hold an entity with one of `labels` (starting inside it), or a role word ('Trade Minister')?

    Read from the tokens' entity tags: `Span.ents` would build a Span for every entity of the Doc.
    """
    roles = lexicon.role_nouns
    return any(t.ent_iob_ == "B" and t.ent_type_ in labels or t.lower_ in roles for t in span)


def named_below(word: Token, text: str, resolver: SpeakerResolver) -> bool:
    """Is a capitalised word part of a person's name later in the article ('Sanders:' over '... Senator Bernie
    Sanders ...')? The parser rarely tags a bare name that opens a headline. (The resolver's PERSON spans, read
    from the entity arrays: `doc.ents` would build a Span per entity.)"""
    if not word.is_title and not word.is_upper or len(word) < 2:
        return False
    name = word.text
    return any(e.start > word.i and name in text[e.start_char : e.end_char].split() for e in resolver.persons)


def has_verb_tag(span: Span) -> bool:
    """Does a would-be speaker phrase hold a verb ('Kasich ends bid')? Then it is a clause, not a name."""
    return any(t.pos_ == "VERB" for t in span)


def headline_frame(doc: Doc, text: str, lexicon: CueLexicon, resolver: SpeakerResolver) -> Quote | None:
    """'Senator Endorses Governor's Plan': a title-case first line whose first cue verb follows a holder's name.

    The tagger reads most capitalised words as names, so the verb is found by its form (`CueLexicon.inflected_cues`: an
    inflected speech, belief or cue-class verb, never the bare lemma: 'Hedge Fund Support' is a noun more
    often than a verb); the holder is every word before it, adverbs ('Just', 'Finally') left out, at most
    6 words with a name or entity and no verb, preposition or conjunction; the content runs from the
    verb to punctuation or a clause break ('... Says No To Tax As Council Votes'). Only the first cue
    word is tried: a later one mostly sits in a second clause.
    """
    end = text.find("\n")
    end = len(text) if end < 0 else end
    if end > MAX_HEADLINE_CHARS or not _may_be_title(text[:end]):
        return None
    line = doc.char_span(0, end, alignment_mode="contract")
    if not line or not is_title_case(line):
        return None
    forms = lexicon.inflected_cues
    tokens = list(line)
    for k in range(1, len(tokens)):
        cue = tokens[k]
        if not cue.is_title or cue.lower_ not in forms:
            continue
        stop = k
        while stop > 0 and tokens[stop - 1].pos_ == "ADV":
            stop -= 1  # 'Donald Trump Finally Endorses ...'
        holder = tokens[:stop]
        if not 0 < stop <= MAX_FRAME_HOLDER_TOKENS or not _names_holder(holder, text, lexicon, resolver):
            return None
        last = k + 1
        while last < len(tokens) and tokens[last].text not in CONTENT_STOPS and not (last > k + 1 and _breaks(tokens, last, forms, lexicon)):
            last += 1
        content = trim_content(doc[cue.i + 1 : tokens[last - 1].i + 1]) if last > k + 1 else None
        if content is None:
            return None
        return _headline_quote(content, TextSpan(cue.text, cue.idx, cue.idx + len(cue.text)),
                               resolver.source_ref(doc[holder[0].i : holder[-1].i + 1]))
    return None


def _breaks(tokens: list[Token], k: int, forms: dict[str, str], lexicon: CueLexicon) -> bool:
    """Does word k of a title open a new clause: a subordinator, or 'And' before a cue verb ('Backs X And Denounces Y';
    'Slams Hillary And The Media' is one content)?"""
    word = tokens[k]
    if word.lower_ not in lexicon.headline_breaks:
        return False
    return word.pos_ != "CCONJ" or k + 1 < len(tokens) and tokens[k + 1].lower_ in forms


def _names_holder(words: list[Token], text: str, lexicon: CueLexicon, resolver: SpeakerResolver) -> bool:
    """Can these words be a headline's holder: no verb, preposition, conjunction or clause word, a word that names
    someone (an entity, a role or source word, or a name found later in the text), and no possessive at the end
    ('Trump's Supporters ...': there the capitalised '-s' word is the holder's head noun, not a verb)?"""
    if any(t.pos_ in HOLDER_POS or t.text in CONTENT_STOPS or t.lower_ in lexicon.headline_breaks for t in words):
        return False
    head = words[-1]
    if head.tag_ == "POS" or head.lower_ in ("'s", "’s"):
        return False  # 'Trump's Supporters ...': the next word is the holder's head noun, not a verb
    return any(
        t.ent_type_ in NAME_ENTS or t.lower_ in lexicon.role_nouns or t.lower_ in lexicon.source_nouns or named_below(t, text, resolver) for t in words
    )


def _may_be_title(line: str) -> bool:
    """A cheap look at the raw words before any Token is made: a title-case line has at least 3 capitalised words and
    no more lower-case words than capitalised ones (function words such as 'to', 'of' are the only lower-case ones)."""
    words = line.split()
    upper = sum(w[:1].isupper() for w in words)
    return upper >= MIN_TITLE_WORDS and sum(w[:1].islower() for w in words) <= upper


def is_title_case(line: Span) -> bool:
    """Are nearly all the content words of a line capitalised ('Senator Endorses Governor's Plan')?"""
    words = [t for t in line if t.is_alpha and not t.is_stop]
    return len(words) >= MIN_TITLE_WORDS and sum(t.text[0].isupper() for t in words) >= TITLE_SHARE * len(words)
