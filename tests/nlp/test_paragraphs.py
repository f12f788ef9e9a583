"""Paragraph and headline breaks end sentences before the parser runs; hard-wrapped lines do not."""

from __future__ import annotations

from crosswire.nlp.paragraphs import single_breaks_end_sentences

WRAPPED = (
    "The central bank raised its main rate by half a point on\n"
    "Thursday, the third increase this year, and said further\n"
    "moves would depend on how quickly prices cooled in the\n"
    "months ahead. Economists had expected a smaller step after\n"
    "inflation eased slightly in the spring, but the bank said\n"
    "wage growth remained too strong.\n"
)


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_headline_is_its_own_sentence(nlp):
    blank_line = _sentences(nlp, "Drone pact draws Russian warning\n\nRussia warned on Wednesday that it would respond.")
    assert blank_line == ["Drone pact draws Russian warning", "Russia warned on Wednesday that it would respond."]
    single = _sentences(nlp, "Port strike halts traffic\nThousands of dock workers walked off the job on Thursday.")
    assert single[0] == "Port strike halts traffic"


def test_the_headline_noun_does_not_join_the_subject(extract_text):
    doc = extract_text("Drone pact draws Russian warning\n\nRussia warned on Wednesday that it would respond to the plan.",
                       published="2024-10-17")
    speakers = {q.speaker.text for q in doc.quotes if q.speaker}
    assert speakers == {"Russia"}


def test_hard_wrapped_lines_stay_one_sentence(nlp):
    assert not single_breaks_end_sentences(WRAPPED)
    sentences = _sentences(nlp, WRAPPED)
    assert len(sentences) == 2 and sentences[0].endswith("months ahead.")


def test_which_texts_break_on_single_newlines():
    assert single_breaks_end_sentences("Headline\nFirst paragraph ends here.\nSecond one too.")
    assert single_breaks_end_sentences("Headline\n\nFirst paragraph.\nSubheading\nSecond paragraph.")
    assert not single_breaks_end_sentences(WRAPPED.replace("months ahead. ", "months ahead.\n\n"))


def test_a_dateline_is_no_part_of_the_lede(nlp, extract_text):
    # the place before the dash is not read into the lede's subject
    text = "Toll rises in Dnipro\n\nDNIPRO, Ukraine - The number of people killed has risen to 35, local officials said."
    assert _sentences(nlp, text)[1:] == ["DNIPRO, Ukraine -", "The number of people killed has risen to 35, local officials said."]
    claims = extract_text(text, published="2023-01-15").claims
    assert [c.text for c in claims] == ["The number of people killed has risen to 35"]
    # an acronym before a dash is no dateline: only a known place is
    assert _sentences(nlp, "NATO - the alliance of 32 states - met in Brussels.") == ["NATO - the alliance of 32 states - met in Brussels."]


def test_a_dateline_date_is_never_after_the_publication(extract_text):
    text = "Band finishes album\n\nLOS ANGELES, Feb. 2 (Crosswire) — The band's next record is almost complete, its singer said."
    times = extract_text(text, published="2024-11-07").times
    assert [(t.text, t.value) for t in times] == [("Feb. 2", "2024-02-02")]
