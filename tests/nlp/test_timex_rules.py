"""Time-expression rules added for TempEval-3 value accuracy: clause tense, names, non-times.

Each case is a sentence written for this file, anchored on a Thursday publication date.
"""

from __future__ import annotations

import pytest

from tests.nlp.conftest import PUB, times


@pytest.mark.parametrize(
    "text, expression, value, published",
    [
        # a non-finite verb takes the tense of the finite verb of its clause, not of the sentence root
        ("The talks that are supposed to end by May broke down on Tuesday.", "May", "2024-05", "2024-03-07"),
        # "would" in a report: the date may fall either side of the DCT, so the nearest year wins
        ("The carrier said the new route would open on Feb. 2.", "Feb. 2", "2025-02-02", PUB),
        # a plan told in the past perfect is over: the weekday is the one just gone
        ("The offer had been due to expire Monday evening.", "Monday evening", "2024-11-04TEV", PUB),
        ("The ballot had been scheduled to close at midnight Tuesday.", "midnight Tuesday", "2024-11-05T24:00", PUB),
        # a present-tense form with a singular noun subject is a misread past ("cut", "hurt", "set")
        ("Heavy selling in bank stocks hurt the composite index on Monday, traders said.", "Monday", "2024-11-04", PUB),
    ],
)
def test_tense_of_the_clause(extract_text, text, expression, value, published):
    found = times(extract_text, text, published)
    assert expression in found, f"{expression!r} not found in {list(found)}"
    assert found[expression].value == value


def test_future_clause_still_looks_ahead(extract_text):
    found = times(extract_text, "The ministers will meet on Monday to sign the accord.")
    assert found["Monday"].value == "2024-11-11"


@pytest.mark.parametrize(
    "text, word",
    [
        ("The pilot, 52 years old, retired after the flight.", "years"),
        ("The region imports about three-quarters of its grain.", "quarters"),
        ("Inspectors were refused entry to the officers' quarters.", "quarters"),
        ('The minister said on ABC\'s "This Week" that talks would go on.', "This Week"),
        ("The programme was aired on VOA Today in the evening.", "Today"),
    ],
)
def test_words_that_are_not_time_expressions(extract_text, text, word):
    assert word not in times(extract_text, text)


def test_sentence_initial_today_is_still_a_date(extract_text):
    found = times(extract_text, "Today the court ruled against the company.")
    assert found["Today"].value == "2024-11-07"


def test_adjectival_daily_stays_a_set(extract_text):
    found = times(extract_text, "The agency gives a daily count of the boats.")
    assert (found["daily"].type, found["daily"].value) == ("SET", "P1D")


@pytest.mark.parametrize(
    "text, expression, kind, value, published",
    [
        # a year written in words after a month or a season
        ("The first bomb went off in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01", PUB),
        ("Prices last fell this low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI", PUB),
        # parts of a day written with "mid"
        ("By mid-afternoon the square was empty.", "mid-afternoon", "TIME", "2024-11-07TAF", PUB),
        ("The shares rose at mid-morning yesterday in Tokyo.", "mid-morning yesterday", "TIME", "2024-11-06TMO", PUB),
        # the whole year and the end of it
        ("The firm expects a loss for the full year.", "the full year", "DATE", "2024", PUB),
        ("The rules should be in force by year's end.", "year's end", "DATE", "2024", PUB),
        # "later in the day": the day the story is telling
        ("The envoy reached the border later in the day.", "the day", "DATE", "2024-11-07", PUB),
        # an infinitive under a past verb: the act comes after the agreement, on either side of the DCT
        ("The bank agreed last month to buy the lender in January.", "January", "DATE", "2025-01", PUB),
    ],
)
def test_more_expression_kinds(extract_text, text, expression, kind, value, published):
    found = times(extract_text, text, published)
    assert expression in found, f"{expression!r} not found in {list(found)}"
    assert (found[expression].type, found[expression].value) == (kind, value)


def test_the_following_month_follows_the_month_named(extract_text):
    found = times(extract_text, "The board rejected the bid in April. The following month, the firm put itself up for sale.")
    assert found["The following month"].value == "2024-05"


def test_a_year_earlier_in_results_news_is_the_reported_quarter_a_year_before(extract_text):
    text = "Profit rose in the fiscal first quarter ended Sept. 30. Sales were $4 million a year earlier."
    found = times(extract_text, text)
    assert found["a year earlier"].value == "2023-Q1"


def test_a_day_after_an_event_is_a_duration(extract_text):
    found = times(extract_text, "The fighting resumed a day after the truce.")
    assert (found["a day"].type, found["a day"].value) == ("DURATION", "P1D")


def test_the_nth_day_of_an_ongoing_event_is_the_day_of_writing(extract_text):
    found = times(extract_text, "It is the fourth day of the strike at the port.")
    assert found["the fourth day"].value == PUB


def test_the_nth_day_in_a_past_story_is_not_a_date(extract_text):
    assert "the fourth day" not in times(extract_text, "The strike ended on the fourth day.")


def test_the_last_decade_keeps_its_determiner(extract_text):
    found = times(extract_text, "Wages lost ground to inflation in the last decade.")
    assert (found["the last decade"].type, found["the last decade"].value) == ("DATE", "201")


def test_a_quarter_of_something_is_a_fraction(extract_text):
    found = times(extract_text, "Funds hold more than a quarter of the market after several quarters of losses.")
    assert "more than a quarter" not in found
    assert found["several quarters"].value == "PXQ"


def test_a_few_days_later_is_a_duration_not_a_future_reference(extract_text):
    found = times(extract_text, "The chief resigned in March. A few days later, the board sold the unit.")
    ref = found["A few days later"]
    assert (ref.type, ref.value) == ("DURATION", "PXD")


def test_one_day_after_a_modal_is_some_future_day(extract_text):
    assert times(extract_text, "The bridge may one day link the islands.")["one day"].value == "FUTURE_REF"
    assert times(extract_text, "The hearing lasted one day.")["one day"].value == "P1D"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She led the ministry between March and October 2021.", [("March", "2021-03"), ("October 2021", "2021-10")]),
        ("The survey ran from Oct. 30 to Nov. 9, 2015.", [("Oct. 30", "2015-10-30"), ("Nov. 9, 2015", "2015-11-09")]),
        ("Fighting raged from December to February 2023.", [("December", "2022-12"), ("February 2023", "2023-02")]),
        # two sentences apart: each keeps its own reading
        ("Prices rose in March. In October 2021 they fell.", [("March", "2024-03"), ("October 2021", "2021-10")]),
    ],
)
def test_a_range_shares_the_year_of_its_second_end(extract_text, text, expected):
    found = [(t.text, t.value) for t in extract_text(text, published="2024-11-20").times]
    assert found == expected


def test_midnight_on_a_weekday_is_that_day(extract_text):
    found = [(t.text, t.value) for t in extract_text("The truce took effect at midnight on Tuesday.", published="2024-11-21").times]
    assert found == [("midnight on Tuesday", "2024-11-19T24:00")]
    found = [(t.text, t.value) for t in extract_text("They met at noon on the square.", published="2024-11-21").times]
    assert found == [("noon", "2024-11-21T12:00")]
