"""Tenth round of content boundaries (nlp/quote_spans.py, attribution_frames.py, quote_marks.py; docs/quotes.md).

As in test_quote_spans.py, a rule that exists because the parser attaches a piece in a particular
way is tested on a Doc whose parse is written out by hand.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from crosswire.nlp.attribution_frames import through_open_quote
from crosswire.nlp.quote_marks import quote_close_after, quote_halves
from crosswire.nlp.quote_spans import ccomp_content


def _parsed(nlp, rows: list[tuple[str, int, str, str, bool]]) -> Doc:
    """A Doc from (word, head index, dependency, fine tag, space after) rows."""
    words, heads, deps, tags, spaces = (list(col) for col in zip(*rows))
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)


def _cue(doc, word: str):
    return next(t for t in doc if t.text == word)


# --- a content never halves a quotation, on the left either -----------------------------------


def test_halves_gives_the_opening_mark_of_a_quote_the_span_closes_in():
    text = 'The fund "was set up too late. Nobody used it," the mayor said.'
    start, end = text.index("Nobody"), text.index(',"')
    opening, closing = quote_halves(text, start, end)
    assert opening == text.index('"was')
    assert text[:closing].endswith('used it,"')  # the closing mark comes with it


def test_halves_reads_typewriter_and_curly_marks():
    text = "The coach said his players ''were tired. They need rest,'' and left."
    opening, _ = quote_halves(text, text.index("They"), text.index(",''"))
    assert text[opening:].startswith("''were")
    curly = "Aides say the bill “is dead. Nobody will vote for it,” a senator said."
    opening, _ = quote_halves(curly, curly.index("Nobody"), curly.index(",”"))
    assert curly[opening] == "“"


def test_halves_is_none_when_the_quote_lies_inside_or_closes_far_past_the_end():
    text = 'She said "no" twice. He said the plan "was never funded" and left.'
    assert quote_halves(text, text.index("She"), text.index(" twice")) == (None, None)  # whole quote inside
    assert quote_halves(text, 0, text.index("She")) == (None, None)  # no mark at all
    far = 'He said "the plan was sound and the money was there," and left.'
    assert quote_halves(far, far.index("the money"), far.index(" was there")) == (None, None)  # closes well past the end


def test_halves_stays_on_the_line():
    text = 'He said "the plan was sound.\nNobody used it," she said.'
    assert quote_halves(text, text.index("Nobody"), text.index(',"')) == (None, None)


def test_close_after_keeps_its_answer_for_a_span_that_opens_a_quote():
    text = 'He said the plan "was never funded. Nobody asked us," and left.'
    start, end = text.index("the plan"), text.index(" Nobody") - 1
    assert quote_close_after(text, start, end) == quote_halves(text, start, end)[1]
    assert quote_halves(text, start, end)[0] is None


def test_a_reported_clause_closing_a_quote_starts_at_its_opening_mark(nlp):
    # 'The fund "was set up too late. Nobody used it," the mayor said.': the parser hangs only the last
    # quoted sentence on the cue; the content is the whole quotation
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", True), ("fund", 4, "nsubjpass", "NN", True), ('"', 4, "punct", "``", False),
        ("was", 4, "auxpass", "VBD", True), ("set", 4, "ROOT", "VBN", True), ("up", 4, "prt", "RP", True),
        ("too", 7, "advmod", "RB", True), ("late", 4, "advmod", "RB", False), (".", 4, "punct", ".", True),
        ("Nobody", 10, "nsubj", "NN", True), ("used", 16, "ccomp", "VBD", True), ("it", 10, "dobj", "PRP", False),
        (",", 16, "punct", ",", False), ('"', 16, "punct", "''", True), ("the", 15, "det", "DT", True),
        ("mayor", 16, "nsubj", "NN", True), ("said", 16, "ROOT", "VBD", False), (".", 16, "punct", ".", False),
    ])
    assert ccomp_content(_cue(doc, "said")).text == '"was set up too late. Nobody used it,"'


def test_a_reported_clause_outside_any_quote_is_unchanged(resolve):
    doc = resolve("The mayor said the fund was set up too late.")
    content = ccomp_content(_cue(doc, "said"))
    assert through_open_quote(content) is content
    assert content.text == "the fund was set up too late"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab .,\n"“”\'‘’`', max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_halves_never_crashes_and_only_widens_the_span_on_its_line(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    opening, closing = quote_halves(text, start, end)
    if opening is not None:
        assert opening < start and "\n" not in text[opening:start]
    if closing is not None:
        assert end < closing <= len(text) and "\n" not in text[end:closing]
