"""Content boundaries, ninth round (nlp/quote_spans.py; docs/quotes.md "Content boundaries").

Each Doc carries a parse written out by hand (the attachment the rule is about), so a test checks
the rule, not what the parser happens to do with the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from crosswire.nlp.attribution_frames import candidate_frames, content_span
from crosswire.nlp.quote_spans import ccomp_content
from crosswire.nlp.speakers import cue_subject

VERB_TAGS = ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB")


def _parsed(nlp, rows: list[tuple[str, int, str, str, str]], spaces: list[bool] | None = None) -> Doc:
    """A Doc from (word, head index, dependency, fine tag, lemma) rows; verbs get the VERB part of speech."""
    words, heads, deps, tags, lemmas = (list(col) for col in zip(*rows))
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    pos = ["VERB" if t in VERB_TAGS and d not in ("aux", "auxpass") else "AUX" if t in VERB_TAGS + ("MD",) else "PUNCT" if t in (",", ".") else "X" for t, d in zip(tags, deps)]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)


def _cue(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_a_speech_verb_conjoined_to_the_reported_clause_is_the_speakers_next_act(nlp):
    # 'The mayor said she welcomed the ruling and added that an appeal was unlikely.'
    # 'added' hangs from 'welcomed' with the same past tense: the cue's form alone cannot tell it apart.
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("mayor", 2, "nsubj", "NN", "mayor"), ("said", 2, "ROOT", "VBD", "say"),
        ("she", 4, "nsubj", "PRP", "she"), ("welcomed", 2, "ccomp", "VBD", "welcome"), ("the", 6, "det", "DT", "the"),
        ("ruling", 4, "dobj", "NN", "ruling"), ("and", 4, "cc", "CC", "and"), ("added", 4, "conj", "VBD", "add"),
        ("that", 12, "mark", "IN", "that"), ("an", 11, "det", "DT", "an"), ("appeal", 12, "nsubj", "NN", "appeal"),
        ("was", 8, "ccomp", "VBD", "be"), ("unlikely", 12, "acomp", "JJ", "unlikely"), (".", 2, "punct", ".", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "she welcomed the ruling"
    assert cue_subject(_cue(doc, "added")).text == "mayor"  # the mayor added it, not 'she' of the reported clause
    # the frame path builds the same content for the same clause: no longer duplicate to swallow the report
    assert content_span("ccomp", _cue(doc, "welcomed"), _cue(doc, "said")).text == "she welcomed the ruling"


def test_a_conjoined_verb_that_is_no_speech_stays_in_the_report(nlp):
    # 'The mayor said she welcomed the ruling and visited the court.': same shape, but visiting is no speech
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("mayor", 2, "nsubj", "NN", "mayor"), ("said", 2, "ROOT", "VBD", "say"),
        ("she", 4, "nsubj", "PRP", "she"), ("welcomed", 2, "ccomp", "VBD", "welcome"), ("the", 6, "det", "DT", "the"),
        ("ruling", 4, "dobj", "NN", "ruling"), ("and", 4, "cc", "CC", "and"), ("visited", 4, "conj", "VBD", "visit"),
        ("the", 10, "det", "DT", "the"), ("court", 8, "dobj", "NN", "court"), (".", 2, "punct", ".", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "she welcomed the ruling and visited the court"


def test_a_conjoined_speech_verb_with_its_own_subject_stays_in_the_report(nlp):
    # 'The mayor said she welcomed the ruling and her deputy added nothing.': a subject of its own: part of the report
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("mayor", 2, "nsubj", "NN", "mayor"), ("said", 2, "ROOT", "VBD", "say"),
        ("she", 4, "nsubj", "PRP", "she"), ("welcomed", 2, "ccomp", "VBD", "welcome"), ("the", 6, "det", "DT", "the"),
        ("ruling", 4, "dobj", "NN", "ruling"), ("and", 4, "cc", "CC", "and"), ("her", 9, "poss", "PRP$", "her"),
        ("deputy", 10, "nsubj", "NN", "deputy"), ("added", 4, "conj", "VBD", "add"), ("nothing", 10, "dobj", "NN", "nothing"),
        (".", 2, "punct", ".", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "she welcomed the ruling and her deputy added nothing"


def test_a_comma_led_speech_participle_closing_the_reported_clause_is_left_out(nlp):
    # 'The coach said the team played well, telling reporters that the rain helped.' with 'telling' hung on 'played'
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("coach", 2, "nsubj", "NN", "coach"), ("said", 2, "ROOT", "VBD", "say"),
        ("the", 4, "det", "DT", "the"), ("team", 5, "nsubj", "NN", "team"), ("played", 2, "ccomp", "VBD", "play"),
        ("well", 5, "advmod", "RB", "well"), (",", 5, "punct", ",", ","), ("telling", 5, "advcl", "VBG", "tell"),
        ("reporters", 8, "dobj", "NNS", "reporter"), ("that", 13, "mark", "IN", "that"), ("the", 12, "det", "DT", "the"),
        ("rain", 13, "nsubj", "NN", "rain"), ("helped", 8, "ccomp", "VBD", "help"), (".", 2, "punct", ".", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "the team played well"


def test_a_comma_led_participle_that_is_no_speech_stays(nlp):
    # 'The coach said the team played well, winning by ten.': the participle is part of what the coach said
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("coach", 2, "nsubj", "NN", "coach"), ("said", 2, "ROOT", "VBD", "say"),
        ("the", 4, "det", "DT", "the"), ("team", 5, "nsubj", "NN", "team"), ("played", 2, "ccomp", "VBD", "play"),
        ("well", 5, "advmod", "RB", "well"), (",", 5, "punct", ",", ","), ("winning", 5, "advcl", "VBG", "win"),
        ("by", 8, "prep", "IN", "by"), ("ten", 9, "pobj", "CD", "ten"), (".", 2, "punct", ".", "."),
    ])
    assert ccomp_content(_cue(doc, "said")).text == "the team played well, winning by ten"


def test_an_infinitive_hung_on_the_cue_right_after_its_object_belongs_to_the_object(nlp):
    # 'The senator defended her plan to widen the road.' with 'widen' parsed under 'defended', not under 'plan'
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("senator", 2, "nsubj", "NN", "senator"), ("defended", 2, "ROOT", "VBD", "defend"),
        ("her", 4, "poss", "PRP$", "her"), ("plan", 2, "dobj", "NN", "plan"), ("to", 6, "aux", "TO", "to"),
        ("widen", 2, "advcl", "VB", "widen"), ("the", 8, "det", "DT", "the"), ("road", 6, "dobj", "NN", "road"),
        (".", 2, "punct", ".", "."),
    ])
    cue = _cue(doc, "defended")
    head = _cue(doc, "plan")
    assert ("dobj", head) in candidate_frames(cue)
    assert content_span("dobj", head, cue).text == "her plan to widen the road"


def test_an_infinitive_after_another_word_stays_out_of_the_object(nlp):
    # 'The senator defended her plan on Monday to calm critics.': a purpose clause after the date, not the plan's
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("senator", 2, "nsubj", "NN", "senator"), ("defended", 2, "ROOT", "VBD", "defend"),
        ("her", 4, "poss", "PRP$", "her"), ("plan", 2, "dobj", "NN", "plan"), ("on", 2, "prep", "IN", "on"),
        ("Monday", 5, "pobj", "NNP", "Monday"), ("to", 8, "aux", "TO", "to"), ("calm", 2, "advcl", "VB", "calm"),
        ("critics", 8, "dobj", "NNS", "critic"), (".", 2, "punct", ".", "."),
    ])
    assert content_span("dobj", _cue(doc, "plan"), _cue(doc, "defended")).text == "her plan"


def _parenthetical(nlp, opener: list[tuple[str, int, str, str, str]]) -> Doc:
    """'<opener> aides say, Syria remains a priority.' with 'say' a parataxis of 'remains' (the opener's heads index it)."""
    n = len(opener)
    return _parsed(nlp, opener + [
        ("aides", n + 1, "nsubj", "NNS", "aide"), ("say", n + 4, "parataxis", "VBP", "say"), (",", n + 4, "punct", ",", ","),
        ("Syria", n + 4, "nsubj", "NNP", "Syria"), ("remains", n + 4, "ROOT", "VBZ", "remain"), ("a", n + 6, "det", "DT", "a"),
        ("priority", n + 4, "attr", "NN", "priority"), (".", n + 4, "punct", ".", "."),
    ])


def test_a_cue_clause_after_a_mere_opener_starts_the_content_after_it(nlp):
    # 'And yet, aides say, Syria remains a priority.': 'And yet' says nothing, the content is what follows the cue clause
    doc = _parenthetical(nlp, [("And", 7, "cc", "CC", "and"), ("yet", 7, "advmod", "RB", "yet"), (",", 7, "punct", ",", ",")])
    assert content_span("up_parataxis", _cue(doc, "remains"), _cue(doc, "say")).text == "Syria remains a priority"


def test_a_cue_clause_after_words_of_the_content_keeps_them(nlp):
    # 'In private, aides say, Syria remains a priority.': a prepositional phrase is part of what the aides say
    doc = _parenthetical(nlp, [("In", 7, "prep", "IN", "in"), ("private", 0, "pobj", "NN", "private"), (",", 7, "punct", ",", ",")])
    assert content_span("up_parataxis", _cue(doc, "remains"), _cue(doc, "say")).text == "In private, aides say, Syria remains a priority"


def test_a_modal_verb_phrase_the_parser_hung_on_the_cue_goes_on_with_the_report(nlp):
    # 'The coach said she hoped to win, and then would rest.' with 'rest' a conjunct of 'said'
    rows = [
        ("The", 1, "det", "DT", "the"), ("coach", 2, "nsubj", "NN", "coach"), ("said", 2, "ROOT", "VBD", "say"),
        ("she", 4, "nsubj", "PRP", "she"), ("hoped", 2, "ccomp", "VBD", "hope"), ("to", 6, "aux", "TO", "to"),
        ("win", 4, "xcomp", "VB", "win"), (",", 2, "punct", ",", ","), ("and", 2, "cc", "CC", "and"),
        ("then", 11, "advmod", "RB", "then"), ("would", 11, "aux", "MD", "would"), ("rest", 2, "conj", "VB", "rest"),
        (".", 2, "punct", ".", "."),
    ]
    doc = _parsed(nlp, rows)
    assert ccomp_content(_cue(doc, "said")).text == "she hoped to win, and then would rest"
    # without the modal ('and then rested') the conjunct is the coach's own act, not part of what she said
    rows[10:12] = [("rested", 2, "conj", "VBD", "rest")]
    rows[9] = ("then", 10, "advmod", "RB", "then")
    rows[11:] = [(".", 2, "punct", ".", ".")]
    assert ccomp_content(_cue(_parsed(nlp, rows), "said")).text == "she hoped to win"


def test_a_speech_participle_after_a_comma_inside_the_closing_mark_is_left_out_too(nlp):
    # 'The coach said the team was "simply better," adding that the rain helped.': the comma sits inside the quotation
    doc = _parsed(nlp, [
        ("The", 1, "det", "DT", "the"), ("coach", 2, "nsubj", "NN", "coach"), ("said", 2, "ROOT", "VBD", "say"),
        ("the", 4, "det", "DT", "the"), ("team", 5, "nsubj", "NN", "team"), ("was", 2, "ccomp", "VBD", "be"),
        ('"', 8, "punct", "``", '"'), ("simply", 8, "advmod", "RB", "simply"), ("better", 5, "acomp", "JJR", "better"),
        (",", 5, "punct", ",", ","), ('"', 5, "punct", "''", '"'), ("adding", 5, "advcl", "VBG", "add"),
        ("that", 15, "mark", "IN", "that"), ("the", 14, "det", "DT", "the"), ("rain", 15, "nsubj", "NN", "rain"),
        ("helped", 11, "ccomp", "VBD", "help"), (".", 2, "punct", ".", "."),
    ], spaces=[True, True, True, True, True, True, False, True, False, False, True, True, True, True, True, False, False])
    assert doc.text == 'The coach said the team was "simply better," adding that the rain helped.'
    assert ccomp_content(_cue(doc, "said")).text == 'the team was "simply better,"'


def test_the_next_speech_acts_speaker_falls_back_to_the_clause_when_the_cue_has_none(nlp):
    # 'Said the plan was sound and added that costs fell.' (a headline-like line with no subject for 'Said'):
    # nobody above to take 'added', so it keeps the reported clause's subject, as before the rule
    doc = _parsed(nlp, [
        ("Said", 0, "ROOT", "VBD", "say"), ("the", 2, "det", "DT", "the"), ("plan", 3, "nsubj", "NN", "plan"),
        ("was", 0, "ccomp", "VBD", "be"), ("sound", 3, "acomp", "JJ", "sound"), ("and", 3, "cc", "CC", "and"),
        ("added", 3, "conj", "VBD", "add"), ("that", 9, "mark", "IN", "that"), ("costs", 9, "nsubj", "NNS", "cost"),
        ("fell", 6, "ccomp", "VBD", "fall"), (".", 0, "punct", ".", "."),
    ])
    assert cue_subject(_cue(doc, "added")).text == "plan"
