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


# --- title-case headlines with a cue verb the tagger takes for a name --------------------------------

BODY = "\n\nSenator Petra Lindqvist spoke to farmers in Umea on Friday about the harvest and the price of diesel."


def headline_frames(quotes):
    return [q for q in quotes if q.end <= 80 and q.cue is not None and q.cue.text != ":"]


def test_title_case_headline_with_a_cue_verb(extract_text):
    found = headline_frames(quotes_of(extract_text, "Farm Minister Lindqvist Endorses Diesel Tax Cut For Small Farms" + BODY))
    assert len(found) == 1
    q = found[0]
    assert q.text == "Diesel Tax Cut For Small Farms" and q.cue.text == "Endorses"
    assert q.speaker.text == "Farm Minister Lindqvist" and q.kind == "stance"


def test_title_case_headline_content_stops_at_a_new_clause(extract_text):
    found = headline_frames(quotes_of(extract_text, "Mayor Varga Says No To New Stadium As Council Votes Again" + BODY))
    assert [(q.text, q.cue.text, q.speaker.text) for q in found] == [("No To New Stadium", "Says", "Mayor Varga")]
    found = headline_frames(quotes_of(extract_text, "Lindqvist Backs Harbour Plan And Denounces Toll Road" + BODY))
    assert [(q.text, q.cue.text) for q in found] == [("Harbour Plan", "Backs")]


def test_title_case_headline_and_between_nouns_stays_in_the_content(extract_text):
    found = headline_frames(quotes_of(extract_text, "Lindqvist Slams Council And Mayor In Budget Row" + BODY))
    assert [q.text for q in found] == ["Council And Mayor In Budget Row"]


def test_title_case_headline_adverb_before_the_verb_is_no_holder(extract_text):
    # a surname alone at the start, not tagged as a name, counts because the full name follows in the text
    found = headline_frames(quotes_of(extract_text, "Senator Lindqvist Finally Backs Harbour Plan." + BODY))
    assert [(q.text, q.speaker.text) for q in found] == [("Harbour Plan", "Senator Lindqvist")]


def test_title_case_headline_plural_noun_after_a_possessive_is_no_cue(extract_text):
    assert headline_frames(quotes_of(extract_text, "Lindqvist’s Supporters Rally In Umea" + BODY)) == []


def test_verb_forms_follow_english_spelling():
    from crosswire.nlp.cue_lexicon import load_cue_lexicon, verb_forms

    assert verb_forms("endorse") == {"endorses", "endorsed", "endorsing"}
    assert verb_forms("slam") == {"slams", "slammed", "slamming"}
    assert verb_forms("deny") == {"denies", "denied", "denying"}
    assert verb_forms("agree") == {"agrees", "agreed", "agreeing"}
    assert verb_forms("bash") == {"bashes", "bashed", "bashing"}
    forms = load_cue_lexicon().inflected_cues
    assert forms["said"] == "say" and forms["endorses"] == "endorse" and "say" not in forms
