"""Attributions no rule offered before the tenth round (docs/quotes.md, docs/accuracy.md "Tenth round"):
a speech cue with a clause hung on each side, title-case headlines with a cue verb."""

from __future__ import annotations


def quotes_of(extract_text, text, **meta):
    return list(extract_text(text, **meta).quotes)


def with_text(quotes, text):
    return [q for q in quotes if q.text == text]


# --- a clausal complement on each side of the cue: the later one is the report ------------------------


def test_report_after_a_semicolon_is_the_later_clause(extract_text):
    quotes = quotes_of(extract_text, "Turnout in the valley fell sharply this spring; organisers say the cold rain kept older voters at home.")
    found = with_text(quotes, "the cold rain kept older voters at home")
    assert found and found[0].speaker.text == "organisers" and found[0].cue.text == "say"
    assert not with_text(quotes, "Turnout in the valley fell sharply this spring")


def test_report_after_a_colon_or_dash(extract_text):
    quotes = quotes_of(extract_text, "Fares rose twice last year: most commuters said they now cycle to work.")
    assert with_text(quotes, "they now cycle to work")
    assert not with_text(quotes, "Fares rose twice last year")
    quotes = quotes_of(extract_text, "The union walked out in March — its leader said the talks had failed.")
    found = with_text(quotes, "the talks had failed")
    assert found and found[0].speaker.text == "its leader"
    assert not with_text(quotes, "The union walked out in March")


def test_cue_without_subject_after_the_speakers_own_clause(extract_text):
    # the parser hangs 'is proud ...' on 'says'; what she says is the clause after it, and she says it
    quotes = quotes_of(extract_text, "Pollster Ada Brenner is proud of her spring forecast, says she saw the upset coming.")
    found = with_text(quotes, "she saw the upset coming")
    assert found and found[0].speaker.text == "Pollster Ada Brenner"
    assert not with_text(quotes, "Pollster Ada Brenner is proud of her spring forecast")
    quotes = quotes_of(extract_text, "The coach praised the young keeper, then says he will start him on Sunday.")
    found = with_text(quotes, "he will start him on Sunday")
    assert found and found[0].speaker.text == "The coach"


def test_speech_tag_after_a_direct_quote_keeps_the_quote(extract_text):
    quotes = quotes_of(extract_text, "“The bridge will hold,” the engineer said as the lorries rolled across.")
    assert [q.text for q in quotes if q.kind == "direct"] == ["The bridge will hold,"]
    assert not any("lorries" in q.text for q in quotes)
