"""Time-expression values in results news and story-told spans (TempEval-3 value rules, second round).

Each case is a sentence written for this file, anchored on a Thursday publication date (2024-11-07).
"""

from __future__ import annotations

from tests.nlp.conftest import times


def test_a_year_earlier_after_nine_month_results_is_the_year_before(extract_text):
    text = (
        "The insurer's third-quarter profit fell 8%. For the nine months, it earned $40 million, "
        "up from $31 million a year earlier."
    )
    found = times(extract_text, text)
    assert found["a year earlier"].value == "2023"


def test_year_earlier_adjective_after_half_year_results_is_the_year_before(extract_text):
    text = "Third-quarter sales slipped. For the first six months, the loss narrowed from a year-earlier loss of $2 million."
    assert times(extract_text, text)["year-earlier"].value == "2023"


def test_a_year_ago_after_a_quarter_stays_the_quarter_a_year_before(extract_text):
    text = "For the nine months, sales rose 4%. In the third quarter, profit was $6 million, against $5 million a year ago."
    assert times(extract_text, text)["a year ago"].value == "2023-Q3"


def test_the_quarter_ended_a_date_is_that_quarter(extract_text):
    found = times(extract_text, "The retailer lost $3 million in the quarter ended July 31.")
    assert (found["the quarter"].type, found["the quarter"].value) == ("DATE", "2024-Q2")
    found = times(extract_text, "The bank earned $9 million for the quarter ended Sept. 30.")
    assert found["the quarter"].value == "2024-Q3"


def test_the_year_ended_a_date_stays_a_span(extract_text):
    found = times(extract_text, "The miner earned $12 million in the year ended June 30.")
    assert (found["the year"].type, found["the year"].value) == ("DURATION", "P1Y")


def test_days_later_in_a_story_is_a_duration(extract_text):
    found = times(extract_text, "The rebels crossed the river on Monday. Three days later, they took the town.")
    assert (found["Three days later"].type, found["Three days later"].value) == ("DURATION", "P3D")
    found = times(extract_text, "The vote was held on Sunday. A week earlier, the opposition had walked out.")
    assert (found["A week earlier"].type, found["A week earlier"].value) == ("DURATION", "P1W")


def test_years_later_still_anchor_on_the_year_named(extract_text):
    found = times(extract_text, "The plant closed in 2015. Two years later, the site was sold.")
    assert (found["Two years later"].type, found["Two years later"].value) == ("DATE", "2017")


def test_in_recent_years_is_a_span_of_unknown_length(extract_text):
    found = times(extract_text, "Kidnappings have risen in recent years across the border region.")
    assert (found["recent years"].type, found["recent years"].value) == ("DURATION", "PXY")
    found = times(extract_text, "Prices slid in recent weeks.")
    assert found["recent weeks"].value == "PXW"


def test_the_year_period_in_quarterly_results_is_that_years_quarter(extract_text):
    text = "Net income rose in the third quarter. In the 2023 period, the chain had lost $1 million."
    assert times(extract_text, text)["the 2023 period"].value == "2023-Q3"


def test_the_year_period_after_nine_month_results_stays_the_year(extract_text):
    text = "Profit fell in the third quarter. For the first nine months, net was flat against the 2023 period."
    assert times(extract_text, text)["the 2023 period"].value == "2023"


def test_last_month_name_for_the_month_just_gone_is_a_year_back(extract_text):
    # written in November: the October just gone would be "last month"; "last October" is a year earlier
    assert times(extract_text, "Two ferries sank in the strait last October.")["last October"].value == "2023-10"
    assert times(extract_text, "Two ferries sank in the strait last August.")["last August"].value == "2024-08"


def test_a_weekday_with_a_part_of_the_day_is_a_time(extract_text):
    found = times(extract_text, "The ceasefire collapsed on Tuesday evening, officials said.")
    assert (found["Tuesday evening"].type, found["Tuesday evening"].value) == ("TIME", "2024-11-05TEV")
    found = times(extract_text, "Rescuers reached the village Wednesday morning.")
    assert found["Wednesday morning"].value == "2024-11-06TMO"


def test_a_weekday_night_keeps_the_day(extract_text):
    # TIMEX3 would write ...TNI; the TempEval-3 data mostly value "Friday night" as the day
    found = times(extract_text, "The storm hit the coast on Monday night.")
    assert (found["Monday night"].type, found["Monday night"].value) == ("DATE", "2024-11-04")


def test_the_year_earlier_period_after_nine_month_results_is_that_span(extract_text):
    text = (
        "Third-quarter profit doubled. For the nine months, net was $80 million. "
        "In the year-earlier period, the bank had lost $5 million."
    )
    found = times(extract_text, text)
    assert (found["the year-earlier period"].type, found["the year-earlier period"].value) == ("DURATION", "P9M")


def test_the_future_of_something_is_not_a_time(extract_text):
    found = times(extract_text, "Delegates argued over the future of the fishing fleet.")
    assert "the future" not in found
    assert "the future" not in times(extract_text, "The future looks bleak for the mill, its owner said.")
    assert times(extract_text, "Prices may rise in the future, the regulator warned.")["the future"].value == "FUTURE_REF"


def test_a_rate_per_unit_is_not_a_set(extract_text):
    assert "per second" not in times(extract_text, "The new chip handles 40 million instructions per second.")
    found = times(extract_text, "The fees are charged per month, the bank said.")
    assert (found["per month"].type, found["per month"].value) == ("SET", "P1M")


def test_the_quarter_a_year_ago_is_one_expression(extract_text):
    text = "The chain lost $4 million in the third quarter. For the quarter a year ago, it had earned $1 million."
    found = times(extract_text, text)
    assert found["the quarter a year ago"].value == "2023-Q3"


def test_a_number_closing_a_name_is_not_a_year(extract_text):
    found = times(extract_text, "The two firms formed a venture called Orion 1980, which builds launchers.")
    assert "1980" not in found
    assert times(extract_text, "Congress passed the U.S. 2023 budget late.")["2023"].value == "2023"


def test_the_comparable_year_ago_quarter_is_one_expression(extract_text):
    found = times(extract_text, "In the comparable year-ago quarter, the unit had lost money.")
    assert found["the comparable year-ago quarter"].value == "2023-Q3"


def test_weekday_nights_in_the_plural_are_a_set(extract_text):
    found = times(extract_text, "The new ferry will sail on Friday nights from March.")
    assert (found["Friday nights"].type, found["Friday nights"].value) == ("SET", "XXXX-WXX-5TNI")
