"""Time expressions: one test per expression kind, anchored on a Thursday publication date."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import PUB, times


@pytest.mark.parametrize(
    "text, expression, kind, value, mod",
    [
        ("The minister spoke on Nov. 7 in the capital.", "Nov. 7", "DATE", "2024-11-07", None),
        ("The ministry said on Nov. 5 that troops had moved.", "Nov. 5", "DATE", "2024-11-05", None),
        ("The chief of the alliance warned on Thursday that the threat grew.", "Thursday", "DATE", "2024-11-07", None),
        ("Trump won another term on Tuesday, officials said.", "Tuesday", "DATE", "2024-11-05", None),
        ("Last Tuesday, the ministry claimed the troops had arrived.", "Last Tuesday", "DATE", "2024-11-05", None),
        ("The leaders will meet on Monday in Brussels.", "Monday", "DATE", "2024-11-11", None),
        ("Prices rose sharply this week across the region.", "this week", "DATE", "2024-W45", None),
        ("Sales fell last year after the strike.", "last year", "DATE", "2023", None),
        ("Talks will resume next month in Geneva.", "next month", "DATE", "2024-12", None),
        ("Output has doubled over the past three years.", "the past three years", "DURATION", "P3Y", None),
        ("Their 12-minute call covered many topics.", "12-minute", "DURATION", "PT12M", None),
        ("The talks lasted two hours.", "two hours", "DURATION", "PT2H", None),
        ("Inspectors visit the plant every week.", "every week", "SET", "P1W", None),
        ("The paper is printed daily.", "daily", "SET", "P1D", None),
        ("The envoy recently visited the border.", "recently", "DATE", "PAST_REF", None),
        ("The army is now in control of the city.", "now", "DATE", "PRESENT_REF", None),
        ("Spending has risen since 2022 in most member states.", "2022", "DATE", "2022", None),
        ("Back in 2014, only three members met the target.", "2014", "DATE", "2014", None),
        ("Prices were low in the 1990s.", "the 1990s", "DATE", "199", None),
        ("Profit rose in the third quarter, the company said.", "the third quarter", "DATE", "2024-Q3", None),
        ("The plant opened last summer.", "last summer", "DATE", "2024-SU", None),
        ("Revenue grew in fiscal 2023.", "fiscal 2023", "DATE", "2023", None),
        ("The company will close its stores on Christmas.", "Christmas", "DATE", "2024-12-25", None),
        ("Markets will close early on Thanksgiving.", "Thanksgiving", "DATE", "2024-11-28", None),
        ("Three people were injured yesterday in the blast.", "yesterday", "DATE", "2024-11-06", None),
        ("The vote is set for tomorrow.", "tomorrow", "DATE", "2024-11-08", None),
        ("Rebels attacked the town two weeks ago.", "two weeks ago", "DATE", "2024-W43", None),
        ("The deal was signed on March 3, 2021 in Doha.", "March 3, 2021", "DATE", "2021-03-03", None),
        ("The treaty dates from July 1997.", "July 1997", "DATE", "1997-07", None),
        ("The meeting began at 10:35 a.m. local time.", "10:35 a.m.", "TIME", "2024-11-07T10:35", None),
        ("Leaders met in early September to discuss aid.", "early September", "DATE", "2024-09", "START"),
        ("The war has lasted more than two years.", "more than two years", "DURATION", "P2Y", "MORE_THAN"),
        ("The reform was passed in the late 1980s.", "the late 1980s", "DATE", "198", "END"),
        ("Output fell in the first half of 2023.", "the first half of 2023", "DATE", "2023", "START"),
    ],
)
def test_expression_kinds(extract_text, text, expression, kind, value, mod):
    found = times(extract_text, text)
    assert expression in found, f"{expression!r} not found in {list(found)}"
    ref = found[expression]
    assert (ref.type, ref.value, ref.mod) == (kind, value, mod)
    assert text[ref.start : ref.end] == expression


def test_half_a_decade_later_anchors_on_the_last_year(extract_text):
    found = times(extract_text, "Back in 2014, few members paid, and fewer did half a decade later.")
    assert found["half a decade later"].value == "2019"


def test_early_december_in_an_older_article(extract_text):
    found = times(extract_text, "The summit will take place in early December.", published="2012-11-20")
    ref = found["early December"]
    assert (ref.value, ref.mod) == ("2012-12", "START")


def test_prepositions_are_outside_the_extent(extract_text):
    found = times(extract_text, "The ministry said on Nov. 5 that more troops arrived in 2023.")
    assert set(found) == {"Nov. 5", "2023"}


def test_no_publication_date_leaves_values_unanchored(extract_text):
    result = extract_text("The minister spoke on Nov. 7 about last year.")
    by_text = {t.text: t for t in result.times}
    assert by_text["Nov. 7"].value == "XXXX-11-07"
    assert by_text["last year"].value is None
    assert result.article.published is None and not result.article.published_inferred


def test_weekday_next_to_a_date_fixes_the_inferred_year(extract_text):
    text = "Since the invasion in 2022, spending rose. Leaders met on Thursday, Nov. 7, in the capital."
    result = extract_text(text)
    assert result.article.published == "2024-11-07"
    assert result.article.published_inferred is True
    assert {t.text: t.value for t in result.times}["Thursday, Nov. 7"] == "2024-11-07"


def test_full_date_in_text_gives_the_publication_date(extract_text):
    result = extract_text("LONDON, March 4, 2019 -- The bank said profits fell.")
    assert (result.article.published, result.article.published_inferred) == ("2019-03-04", True)


def test_given_publication_date_is_not_marked_inferred(extract_text):
    result = extract_text("The talks ended on Nov. 6.", published=PUB)
    assert (result.article.published, result.article.published_inferred) == (PUB, False)


@pytest.mark.parametrize("text", ["Officials may meet again.", "Protesters march on the capital.", "The 2000 troops left."])
def test_words_that_only_look_like_dates(extract_text, text):
    assert extract_text(text, published=PUB).times == ()


def test_ages_are_not_durations(extract_text):
    assert extract_text("A 6-year-old boy was rescued.", published=PUB).times == ()
