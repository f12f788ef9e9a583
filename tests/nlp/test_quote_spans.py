"""Content boundaries of reported speech and frames (nlp/quote_spans.py, attribution_frames.py; docs/quotes.md).

Where a rule exists because the parser attaches a piece in a particular way, the Doc is built with
that parse written out by hand, so the test checks the rule, not the parser's mood.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from crosswire.nlp.attribution_frames import candidate_frames, content_span, without_trailing_relative
from crosswire.nlp.quote_spans import ccomp_content


def _parsed(nlp, rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc from (word, head index, dependency, fine tag) rows."""
    words, heads, deps, tags = (list(col) for col in zip(*rows))
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)


def _cue(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_second_that_clause_hung_on_the_cue_joins_the_report(nlp):
    # 'The board said sales had slowed, but that profits held.' with 'held' parsed as a conjunct of 'said'
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT"), ("board", 2, "nsubj", "NN"), ("said", 2, "ROOT", "VBD"),
        ("sales", 5, "nsubj", "NNS"), ("had", 5, "aux", "VBD"), ("slowed", 2, "ccomp", "VBN"),
        (",", 2, "punct", ","), ("but", 2, "cc", "CC"), ("that", 10, "mark", "IN"), ("profits", 10, "nsubj", "NNS"),
        ("held", 2, "conj", "VBD"), (".", 2, "punct", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "sales had slowed, but that profits held"


def test_a_conjunct_of_the_cue_without_that_stays_out(nlp):
    # 'The board said sales had slowed, and it cut jobs.': the second clause is the narrator's, not the board's words
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT"), ("board", 2, "nsubj", "NN"), ("said", 2, "ROOT", "VBD"),
        ("sales", 5, "nsubj", "NNS"), ("had", 5, "aux", "VBD"), ("slowed", 2, "ccomp", "VBN"),
        (",", 2, "punct", ","), ("and", 2, "cc", "CC"), ("it", 9, "nsubj", "PRP"), ("cut", 2, "conj", "VBD"),
        ("jobs", 9, "dobj", "NNS"), (".", 2, "punct", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "sales had slowed"


def test_a_condition_hung_on_the_cue_right_after_the_clause_joins_the_report(nlp):
    # 'The pilot said flights would resume if the fog lifted.' with the if-clause parsed under 'said'
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT"), ("pilot", 2, "nsubj", "NN"), ("said", 2, "ROOT", "VBD"),
        ("flights", 5, "nsubj", "NNS"), ("would", 5, "aux", "MD"), ("resume", 2, "ccomp", "VB"),
        ("if", 9, "mark", "IN"), ("the", 8, "det", "DT"), ("fog", 9, "nsubj", "NN"), ("lifted", 2, "advcl", "VBD"),
        (".", 2, "punct", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "flights would resume if the fog lifted"


def test_an_adverbial_clause_after_a_comma_stays_with_the_saying(nlp):
    # 'The pilot said flights would resume, when asked.': set off by a comma, the clause is about the saying
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT"), ("pilot", 2, "nsubj", "NN"), ("said", 2, "ROOT", "VBD"),
        ("flights", 5, "nsubj", "NNS"), ("would", 5, "aux", "MD"), ("resume", 2, "ccomp", "VB"),
        (",", 2, "punct", ","), ("when", 8, "advmod", "WRB"), ("asked", 2, "advcl", "VBN"), (".", 2, "punct", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "flights would resume"


def test_a_dangling_conjunction_is_dropped_from_the_end(nlp):
    # 'The aide said she had read the files, and' (the rest of the sentence parsed away from the clause)
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT"), ("aide", 2, "nsubj", "NN"), ("said", 2, "ROOT", "VBD"),
        ("she", 5, "nsubj", "PRP"), ("had", 5, "aux", "VBD"), ("read", 2, "ccomp", "VBN"),
        ("the", 7, "det", "DT"), ("files", 5, "dobj", "NNS"), (",", 5, "punct", ","), ("and", 5, "cc", "CC"),
        ("left", 2, "conj", "VBD"),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "she had read the files"


def test_a_closing_where_clause_is_cut_from_reported_speech(resolve):
    doc = resolve("The mayor said the festival will move to the old harbour, where parking is scarce.")
    assert ccomp_content(_cue(doc, "said")).text == "the festival will move to the old harbour"


def test_a_closing_relative_clause_is_cut_from_a_frame_content(resolve):
    doc = resolve("The council backed the new tram line, which opens next year.")
    cue = _cue(doc, "backed")
    frames = {frame: content_span(frame, head, cue) for frame, head in candidate_frames(cue)}
    assert frames["dobj"].text == "the new tram line"


def test_a_relative_clause_without_a_comma_stays(resolve):
    doc = resolve("The council backed the plan that the engineers drew up.")
    cue = _cue(doc, "backed")
    frames = {frame: content_span(frame, head, cue) for frame, head in candidate_frames(cue)}
    assert frames["dobj"].text == "the plan that the engineers drew up"


def test_relative_cut_is_the_same_with_and_without_the_clause_index(resolve):
    doc = resolve("Officials praised the new clinic, where nurses work night shifts, on Monday in a statement.")
    span = doc[2:len(doc) - 1]
    relcl = [t.i for t in doc if t.dep_ == "relcl"]
    assert without_trailing_relative(span).text == without_trailing_relative(span, relcl).text
    whole = doc[2:11]  # 'the new clinic, where nurses work night shifts'
    assert whole.text.endswith("night shifts")
    assert without_trailing_relative(whole).text == without_trailing_relative(whole, relcl).text == "the new clinic"


# --- a content never halves a quotation --------------------------------------------------------


def test_close_after_finds_the_closing_mark_past_the_span():
    from crosswire.nlp.quote_marks import quote_close_after

    text = 'He said the plan "was never funded. Nobody asked us," and left.'
    start, end = text.index("the plan"), text.index(" Nobody") - 1  # ends inside the quotation
    assert text[:quote_close_after(text, start, end)].endswith('asked us,"')


def test_close_after_is_none_when_the_quote_closes_inside_or_is_not_opened_there():
    from crosswire.nlp.quote_marks import quote_close_after

    text = 'He said the plan "was never funded," and left. She said "no."'
    assert quote_close_after(text, text.index("the plan"), text.index(" and left")) is None  # closes inside
    assert quote_close_after(text, 0, text.index("the plan")) is None  # no mark in the span
    assert quote_close_after("''Yes,'' he said.", 2, 6) is None  # opened before the span start


def test_close_after_a_span_ending_at_the_last_quoted_word():
    from crosswire.nlp.quote_marks import quote_close_after

    text = 'He called the losses "painful but manageable" and left.'
    end = text.index('" and')
    assert quote_close_after(text, text.index("the losses"), end) == end + 1  # the span still halves the quote


def test_close_after_stays_on_the_line():
    from crosswire.nlp.quote_marks import quote_close_after

    text = 'He said the plan "was never funded.\nNobody asked us," she said.'
    assert quote_close_after(text, text.index("the plan"), text.index("funded")) is None


def test_reported_clause_runs_to_the_closing_mark_of_a_quote_it_opens(resolve):
    doc = resolve('The union leader said the plan "was never funded. Nobody asked us about it."')
    content = ccomp_content(_cue(doc, "said"))
    assert content.text == 'the plan "was never funded. Nobody asked us about it."'


def test_typewriter_double_marks_close_a_quote_too(resolve):
    doc = resolve("The coach said his players were ''tired after the long trip. They need a week off.''")
    content = ccomp_content(_cue(doc, "said"))
    assert content.text.endswith("They need a week off.''")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab .,\n"“”\'‘’`', max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_close_after_never_crashes_and_stays_past_the_span_on_its_line(text, a, b):
    from crosswire.nlp.quote_marks import quote_close_after

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    close = quote_close_after(text, start, end)
    if close is not None:
        assert end < close <= len(text)
        assert "\n" not in text[end:close]
