"""Story features: weighted terms and dateline dates."""

from __future__ import annotations

from hypothesis import given, strategies as st

from crosswire.fusion.terms import article_terms, dateline_date, lede_specifics, specific_terms


def test_names_and_years_weigh_more_than_words():
    terms = article_terms("Officials said the bridge in Lisbon reopened in 2019 after long repairs on the deck.")
    assert terms["P:lisbon"] > terms["bridge"]
    assert terms["Y:2019"] > terms["bridge"]
    assert "the" not in terms and "P:officials" not in terms  # sentence-initial words are not names


def test_name_bigrams_and_possessives():
    terms = article_terms("Later, Ana Costa's team won.")
    assert "B:ana_costa" in terms and "P:costa" in terms


def test_lede_counts_more_than_body():
    body = "Filler words go here. " * 30
    terms = article_terms(f"A harbour fire broke out. {body} The harbour was closed.")
    # same word once in the lede, once far below: the lede mention weighs double
    assert terms["harbou"] == 2.0 + 1.0


def test_dateline_formats():
    assert dateline_date("Ferry sinks | Mar. 4, 2011 | text") == "2011-03-04"
    assert dateline_date("4 March 2011 @ 10:00 text") == "2011-03-04"
    assert dateline_date("Posted 03 / 04 / 11 09:12 ET") == "2011-03-04"
    assert dateline_date("No date in this opening line at all.") is None
    assert dateline_date("Feb. 30, 2011 was not a day") is None


@given(st.text(max_size=300))
def test_features_never_crash(text):
    article_terms(text, title=text[:20] or None)
    dateline_date(text)


def test_specific_terms_keep_names_numbers_and_years_only():
    terms = article_terms("Rescuers said that a strong earthquake hit Qeshm Island in 2008, killing 12 villagers.")
    specific = specific_terms(terms)
    assert {"P:qeshm", "B:qeshm_island", "Y:2008", "N:12"} <= specific.keys()
    assert not any(t in specific for t in ("earthq", "killin", "villag"))
    assert all(specific[t] == terms[t] for t in specific)


def test_lede_specifics_name_the_happening_not_the_background():
    text = ("The Red Sox made an eight-year offer to Mark Teixeira on Monday, team sources said. "
            + "Scouts and agents talked about the coming season for a long while. " * 4
            + "Earlier the Angels had offered him 160 million dollars.")
    lede = lede_specifics(text, title="Teixeira gets a Boston bid")
    assert {"P:boston", "B:red_sox", "P:teixeira"} <= lede.keys()
    assert "P:angels" not in lede and "N:160" not in lede
    assert "P:angels" in specific_terms(article_terms(text))
