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


LEMMAS = {"said": "say", "promised": "promise", "rejected": "reject", "reported": "report", "thought": "think", "ran": "run", "was": "be", "has": "have", "had": "have"}


def _parsed(nlp, rows: list[tuple[str, int, str, str, bool]]) -> Doc:
    """A Doc from (word, head index, dependency, fine tag, space after) rows; lemmas for the verbs the rules read."""
    words, heads, deps, tags, spaces = (list(col) for col in zip(*rows))
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    pos = [{"V": "VERB", "N": "NOUN", "J": "ADJ", "P": "PRON", "D": "DET", "I": "ADP"}.get(t[0], "X") for t in tags]
    pos = ["AUX" if d in ("aux", "auxpass") else p for p, d in zip(pos, deps)]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)


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


# --- a cue with a clausal complement on each side ----------------------------------------------


def test_a_cue_with_a_clause_on_each_side_reports_the_one_after_it(nlp):
    # 'Reed, who ran twice, opposed the levy, said the levy was costly.' parsed with 'opposed' as a
    # second complement of 'said': the report is the clause after the cue
    rows = [
        ("Reed", 10, "nsubj", "NNP", False), (",", 0, "punct", ",", True), ("who", 3, "nsubj", "WP", True),
        ("ran", 0, "relcl", "VBD", True), ("twice", 3, "advmod", "RB", False), (",", 0, "punct", ",", True),
        ("opposed", 10, "ccomp", "VBD", True), ("the", 8, "det", "DT", True), ("levy", 6, "dobj", "NN", False),
        (",", 10, "punct", ",", True), ("said", 10, "ROOT", "VBD", True), ("the", 12, "det", "DT", True),
        ("levy", 13, "nsubj", "NN", True), ("was", 10, "ccomp", "VBD", True), ("costly", 13, "acomp", "JJ", False),
        (".", 10, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "the levy was costly"


def test_an_inverted_speech_tag_keeps_the_clause_before_it(nlp):
    # 'The levy was costly, said a former aide, who ran the office.' with 'ran' mis-hung as a second
    # complement: the subject after the cue marks the tag as inverted, so the report comes first
    rows = [
        ("The", 1, "det", "DT", True), ("levy", 2, "nsubj", "NN", True), ("was", 5, "ccomp", "VBD", True),
        ("costly", 2, "acomp", "JJ", False), (",", 5, "punct", ",", True), ("said", 5, "ROOT", "VBD", True),
        ("a", 8, "det", "DT", True), ("former", 8, "amod", "JJ", True), ("aide", 5, "nsubj", "NN", False),
        (",", 8, "punct", ",", True), ("who", 11, "nsubj", "WP", True), ("ran", 5, "ccomp", "VBD", True),
        ("the", 13, "det", "DT", True), ("office", 11, "dobj", "NN", False), (".", 5, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "The levy was costly"


def test_a_cue_with_one_clause_keeps_it_on_either_side(nlp):
    rows = [
        ("The", 1, "det", "DT", True), ("levy", 2, "nsubj", "NN", True), ("was", 6, "ccomp", "VBD", True),
        ("costly", 2, "acomp", "JJ", False), (",", 6, "punct", ",", True), ("she", 6, "nsubj", "PRP", True),
        ("said", 6, "ROOT", "VBD", False), (".", 6, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "The levy was costly"


# --- a second report closing the first --------------------------------------------------------


def _with_second_report(nlp, opener: str, verb: str):
    # 'Most parents said the school was safe, <opener> the inspectors <verb> it was not.'
    return _parsed(nlp, [
        ("Most", 1, "amod", "JJS", True), ("parents", 2, "nsubj", "NNS", True), ("said", 2, "ROOT", "VBD", True),
        ("the", 4, "det", "DT", True), ("school", 5, "nsubj", "NN", True), ("was", 2, "ccomp", "VBD", True),
        ("safe", 5, "acomp", "JJ", False), (",", 5, "punct", ",", True), (opener, 11, "mark", "IN", True),
        ("the", 10, "det", "DT", True), ("inspectors", 11, "nsubj", "NNS", True), (verb, 5, "advcl", "VBD", True),
        ("it", 13, "nsubj", "PRP", True), ("was", 11, "ccomp", "VBD", True), ("not", 13, "neg", "RB", False),
        (".", 2, "punct", ".", False),
    ])


def test_a_comma_led_clause_with_its_own_speech_verb_ends_the_report(nlp):
    doc = _with_second_report(nlp, "while", "said")
    assert ccomp_content(_cue(doc, "said")).text == "the school was safe"
    doc = _with_second_report(nlp, "although", "reported")
    assert ccomp_content(_cue(doc, "said")).text == "the school was safe"


def test_a_comma_led_clause_without_a_speech_verb_stays_in_the_report(nlp):
    doc = _with_second_report(nlp, "while", "thought")  # a belief, not a speech verb (cues.json)
    assert ccomp_content(_cue(doc, "said")).text == "the school was safe, while the inspectors thought it was not"


def test_a_speech_clause_without_a_comma_stays_in_the_report(nlp):
    rows = [
        ("Parents", 1, "nsubj", "NNS", True), ("said", 1, "ROOT", "VBD", True), ("the", 3, "det", "DT", True),
        ("school", 4, "nsubj", "NN", True), ("was", 1, "ccomp", "VBD", True), ("safe", 4, "acomp", "JJ", True),
        ("as", 8, "mark", "IN", True), ("inspectors", 8, "nsubj", "NNS", True), ("said", 4, "advcl", "VBD", False),
        (".", 1, "punct", ".", False),
    ]
    doc = _parsed(nlp, rows)
    assert ccomp_content(doc[1]).text == "the school was safe as inspectors said"


# --- a conjunct sharing the clause's auxiliary ------------------------------------------------


def test_a_conjunct_sharing_the_clauses_auxiliary_stays_in_the_report(nlp):
    # 'The mayor said the city had not raised taxes and never promised a cut.': 'promised' is a speech
    # verb with no subject, but it goes on with 'had not' in the clause's form: the city's act
    rows = [
        ("The", 1, "det", "DT", True), ("mayor", 2, "nsubj", "NN", True), ("said", 2, "ROOT", "VBD", True),
        ("the", 4, "det", "DT", True), ("city", 7, "nsubj", "NN", True), ("had", 7, "aux", "VBD", True),
        ("not", 7, "neg", "RB", True), ("raised", 2, "ccomp", "VBN", True), ("taxes", 7, "dobj", "NNS", True),
        ("and", 7, "cc", "CC", True), ("never", 11, "neg", "RB", True), ("promised", 7, "conj", "VBN", True),
        ("a", 13, "det", "DT", True), ("cut", 11, "dobj", "NN", False), (".", 2, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "the city had not raised taxes and never promised a cut"


def test_a_speech_conjunct_with_its_own_form_is_still_the_speakers_next_act(nlp):
    # 'The mayor said the city had raised taxes and promised a review.' with 'promised' in the cue's form
    rows = [
        ("The", 1, "det", "DT", True), ("mayor", 2, "nsubj", "NN", True), ("said", 2, "ROOT", "VBD", True),
        ("the", 4, "det", "DT", True), ("city", 6, "nsubj", "NN", True), ("had", 6, "aux", "VBD", True),
        ("raised", 2, "ccomp", "VBN", True), ("taxes", 6, "dobj", "NNS", True), ("and", 6, "cc", "CC", True),
        ("promised", 6, "conj", "VBD", True), ("a", 11, "det", "DT", True), ("review", 9, "dobj", "NN", False),
        (".", 2, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "the city had raised taxes"


def test_a_conjunct_in_the_cues_form_without_a_shared_auxiliary_is_the_speakers_act(nlp):
    # 'The mayor said the city has a surplus and rejected the levy.': 'rejected' is the mayor's act
    rows = [
        ("The", 1, "det", "DT", True), ("mayor", 2, "nsubj", "NN", True), ("said", 2, "ROOT", "VBD", True),
        ("the", 4, "det", "DT", True), ("city", 5, "nsubj", "NN", True), ("has", 2, "ccomp", "VBZ", True),
        ("a", 7, "det", "DT", True), ("surplus", 5, "dobj", "NN", True), ("and", 5, "cc", "CC", True),
        ("rejected", 5, "conj", "VBD", True), ("the", 11, "det", "DT", True), ("levy", 9, "dobj", "NN", False),
        (".", 2, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "the city has a surplus"


def test_a_next_act_conjoined_to_a_shared_auxiliary_conjunct_is_still_cut(nlp):
    # 'The mayor said the city would raise taxes and cut services and rejected the levy.': 'cut' goes on
    # under 'would', but 'rejected', hung on 'cut' in the cue's form, is the mayor's act
    rows = [
        ("The", 1, "det", "DT", True), ("mayor", 2, "nsubj", "NN", True), ("said", 2, "ROOT", "VBD", True),
        ("the", 4, "det", "DT", True), ("city", 6, "nsubj", "NN", True), ("would", 6, "aux", "MD", True),
        ("raise", 2, "ccomp", "VB", True), ("taxes", 6, "dobj", "NNS", True), ("and", 6, "cc", "CC", True),
        ("cut", 6, "conj", "VB", True), ("services", 9, "dobj", "NNS", True), ("and", 9, "cc", "CC", True),
        ("rejected", 9, "conj", "VBD", True), ("the", 14, "det", "DT", True), ("levy", 12, "dobj", "NN", False),
        (".", 2, "punct", ".", False),
    ]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "the city would raise taxes and cut services"


def test_a_clause_before_a_semicolon_is_not_the_next_speakers_content(extract_text):
    text = "Rebels retake the northern town; minister urges calm\n\nThe army said on Monday that it had withdrawn."
    quotes = extract_text(text).quotes
    assert not any(q.text.startswith("Rebels retake") for q in quotes)
