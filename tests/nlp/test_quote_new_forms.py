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


def test_headline_side_with_a_verb_is_no_speaker(extract_text):
    # 'Spoiler no more: Kasich ends bid' is a two-part headline, not a quote of Kasich
    text = "Second place no more: Lindqvist ends bid." + BODY
    assert headline_quote(quotes_of(extract_text, text)) is None


def test_first_line_of_running_text_is_no_headline(extract_text):
    text = "Lindqvist: the tax is too high. She said so twice on Friday in Umea before the vote." + BODY
    assert headline_quote(quotes_of(extract_text, text)) is None
