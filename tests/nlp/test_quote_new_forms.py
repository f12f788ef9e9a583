"""Attribution forms added in the ninth round (docs/quotes.md): headlines that end in a full stop, headline
speakers the parser does not tag, polls as sources of a fronted finding."""

from __future__ import annotations


def quotes_of(extract_text, text, **meta):
    return list(extract_text(text, **meta).quotes)


def headline_quote(quotes):
    found = [q for q in quotes if q.cue is not None and q.cue.text == ":" and q.start < 120]
    return found[0] if found else None


BODY = "\n\nSenator Petra Lindqvist spoke to farmers in Umea on Friday about the harvest and the price of diesel."


def test_headline_speaker_first_with_a_closing_full_stop(extract_text):
    q = headline_quote(quotes_of(extract_text, "Lindqvist: Diesel Tax Will Ruin Small Farms." + BODY))
    assert q is not None
    assert q.text == "Diesel Tax Will Ruin Small Farms"
    assert q.speaker.text == "Lindqvist" and q.kind == "indirect"


def test_headline_speaker_named_only_by_surname_later_in_the_article(extract_text):
    # the parser does not tag the bare surname opening the headline; the full name below vouches for it
    q = headline_quote(quotes_of(extract_text, "Lindqvist: Farm Subsidies Must Rise Next Year" + BODY))
    assert q is not None and q.speaker.text == "Lindqvist"


def test_headline_source_noun_as_speaker(extract_text):
    text = "Poll: Most voters in the north oppose the new diesel tax." + BODY
    q = headline_quote(quotes_of(extract_text, text))
    assert q is not None and q.speaker.text == "Poll"
    assert q.text == "Most voters in the north oppose the new diesel tax"


def test_headline_speaker_before_on_or_to(extract_text):
    text = "Lindqvist to Farmers: The Diesel Tax Is Not Forever." + BODY
    q = headline_quote(quotes_of(extract_text, text))
    assert q is not None and q.speaker.text == "Lindqvist"
    assert q.text == "The Diesel Tax Is Not Forever"


def test_headline_quoted_words_take_the_headline_speaker(extract_text):
    text = "Lindqvist: ‘We Will Not Let The Farms Die Quietly.’" + BODY
    quotes = quotes_of(extract_text, text)
    q = headline_quote(quotes)
    assert q is not None and q.speaker.text == "Lindqvist"
    inner = [x for x in quotes if x is not q and x.start >= q.start and x.end <= q.end]
    assert inner and all(x.speaker is not None and x.speaker.text == "Lindqvist" for x in inner)


def test_headline_content_speaker_last_still_works_with_a_full_stop(extract_text):
    text = "Diesel Tax Will Ruin Small Farms: Farm Minister." + BODY
    q = headline_quote(quotes_of(extract_text, text))
    assert q is not None and q.speaker.text == "Farm Minister"
    assert q.text == "Diesel Tax Will Ruin Small Farms"


def test_headline_label_is_no_speaker(extract_text):
    for line in ("Breaking: Diesel Prices Jump Again Overnight.", "The Latest: Farmers block roads in the north."):
        assert headline_quote(quotes_of(extract_text, line + BODY)) is None, line


def test_headline_place_label_is_no_speaker(extract_text):
    text = "Stockholm: Two Trucks Collide On An Icy Bridge.\n\nTwo lorries hit each other on the Essinge bridge in Stockholm early on Monday."
    assert headline_quote(quotes_of(extract_text, text)) is None


def test_headline_side_with_a_verb_is_no_speaker(extract_text):
    # 'Spoiler no more: Kasich ends bid' is a two-part headline, not a quote of Kasich
    text = "Second place no more: Lindqvist ends bid." + BODY
    assert headline_quote(quotes_of(extract_text, text)) is None


def test_first_line_of_running_text_is_no_headline(extract_text):
    text = "Lindqvist: the tax is too high. She said so twice on Friday in Umea before the vote." + BODY
    assert headline_quote(quotes_of(extract_text, text)) is None


# --- reported content the clausal-complement rule missed ------------------------------------


def quote_with_cue(quotes, cue):
    found = [q for q in quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.text, q.cue) for q in quotes]
    return found[0]


def test_said_in_a_statement_that_with_the_clause_on_the_noun(extract_text):
    text = "Marta Olsen, who leads the dockers' union, said in a statement that the strike would end on Monday."
    q = quote_with_cue(quotes_of(extract_text, text), "said")
    assert q.text == "the strike would end on Monday"
    assert q.speaker.text == "Marta Olsen"


def test_that_clause_on_a_noun_that_names_no_medium_is_no_content():
    from crosswire.nlp.cue_lexicon import load_cue_lexicon
    from crosswire.nlp.model import load_pipeline
    from crosswire.nlp.report_forms import medium_clause

    nlp = load_pipeline(exclude=("times", "places", "events", "claims", "quotes"))
    lexicon = load_cue_lexicon()
    doc = nlp("He warned about the possibility that prices would rise.")
    warned = next(t for t in doc if t.lower_ == "warned")
    assert medium_clause(warned, lexicon) is None  # 'possibility' is no place where something was said


def test_share_of_voters_saying_yes(extract_text):
    text = "Asked whether the mayor should resign, 46 percent of voters said yes."
    q = quote_with_cue(quotes_of(extract_text, text), "said")
    assert q.text == "yes" and q.speaker.text == "46 percent of voters"


def test_share_saying_the_same(extract_text):
    text = "Most farmers backed the plan in March, and 61 percent said the same in June."
    quotes = quotes_of(extract_text, text)
    assert [q.text for q in quotes if q.cue is not None and q.cue.text == "said"] == ["the same"]


def test_a_person_saying_no_reports_nothing(extract_text):
    text = "When reporters asked about a second term, the mayor said no."
    assert [q.text for q in quotes_of(extract_text, text) if q.text.lower() == "no"] == []


def test_fronted_poll_is_the_source_of_its_finding(extract_text):
    text = "In the latest Nordic Radio poll, the governing party fell to 18 percent."
    q = quote_with_cue(quotes_of(extract_text, text), "In")
    assert q.text == "the governing party fell to 18 percent"
    assert q.speaker.text == "the latest Nordic Radio poll"


def test_trailing_in_the_polls_is_no_source(extract_text):
    text = "The governing party has fallen behind in the polls since the spring."
    assert [q for q in quotes_of(extract_text, text) if q.cue is not None and q.cue.text.lower() == "in"] == []


def test_lemma_table_keeps_survey_nouns_apart():
    import numpy as np

    from crosswire.nlp.quotes import LemmaTable

    cue, frame, nominal, survey = (np.array(x, dtype="uint64") for x in ([5], [7], [9], [11, 5]))
    table = LemmaTable(cue, frame, nominal, survey)
    lemmas = np.array([11, 3, 5, 9], dtype="uint64")
    assert table.hits(lemmas) == [(0, 11), (2, 5), (3, 9)]
    assert 11 in table.survey and 5 in table.survey and 11 not in table.cue and 9 not in table.survey
