"""Quantities: ranges read as two ends with one unit, scores read as no quantity, changes sharing a unit."""

from __future__ import annotations

import pytest


def quantities_of(extract_text, text):
    return [q for c in extract_text(text).claims for q in c.quantities]


def ends(quantities):
    return sorted({(q.value, q.qualifier, q.unit, q.refers_to) for q in quantities})


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers said between 20 and 30 people were trapped under the rubble.",
        "Rescuers said 20 to 30 people were trapped under the rubble.",
        "Rescuers said 20-30 people were trapped under the rubble.",
    ],
)
def test_a_range_is_at_least_its_low_end_and_at_most_its_high_end(extract_text, text):
    found = quantities_of(extract_text, text)
    assert ends(found) == [(20, "at_least", "people", "people"), (30, "at_most", "people", "people")]
    assert 50 not in [q.value for q in found]  # 'between 20 and 30' is not twenty plus thirty


def test_range_span_and_multiplier_of_the_high_end(extract_text):
    found = quantities_of(extract_text, "The agency said between two and three million people had fled the fighting.")
    assert ends(found) == [(2e6, "at_least", "people", "people"), (3e6, "at_most", "people", "people")]
    assert {q.text for q in found} == {"two and three million people"}


def test_a_money_range_keeps_its_currency(extract_text):
    found = quantities_of(extract_text, "The donors said they would give $20 to $30 million to the fund.")
    assert sorted((q.value, q.qualifier, q.unit) for q in found) == [(2e7, "at_least", "USD"), (3e7, "at_most", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "The home side won 5-4 in Madrid on Saturday.",
        "The court handed down a 5-4 ruling on the case.",
        "The senate voted 52 to 48 to pass the budget.",
    ],
)
def test_a_score_counts_nothing(extract_text, text):
    assert quantities_of(extract_text, text) == []


def test_a_change_keeps_two_exact_values_with_the_unit_named_once(extract_text):
    found = quantities_of(extract_text, "The statistics office said unemployment rose from 5 to 7 percent last year.")
    assert sorted((q.value, q.qualifier, q.unit) for q in found) == [(5, "exact", "percent"), (7, "exact", "percent")]


def test_two_numbers_that_are_no_range_stay_apart(extract_text):
    found = quantities_of(extract_text, "Officials said 40 soldiers and 12 civilians were killed.")
    assert ends(found) == [(12, "exact", "civilians", "civilians"), (40, "exact", "soldiers", "soldiers")]


@pytest.mark.parametrize(
    "text, value, refers_to",
    [
        ("The strike hurt a region where the mine employs one in ten workers.", 10, "workers"),
        ("The survey found that 3 in 4 voters back the strike.", 75, "voters"),
    ],
)
def test_one_in_ten_is_a_share_of_what_it_counts(extract_text, text, value, refers_to):
    found = [q for q in quantities_of(extract_text, text) if q.unit == "percent"]
    assert [(q.value, q.refers_to) for q in found] == [(value, refers_to)]
    assert not [q for q in quantities_of(extract_text, text) if q.unit == refers_to]  # not ten workers


def test_a_number_after_in_with_no_number_before_is_no_share(extract_text):
    found = quantities_of(extract_text, "Prices fell in 10 cities last month, the agency said.")
    assert [(q.value, q.unit) for q in found] == [(10, "cities")]


def test_a_qualified_share_keeps_its_qualifier_and_reads_once(extract_text):
    found = quantities_of(extract_text, "The candidate is viewed positively by about 4 in 10 registered voters.")
    assert [(q.value, q.qualifier, q.unit, q.text) for q in found] == [(40, "about", "percent", "about 4 in 10 registered voters")]


def test_a_part_of_a_whole_counts_the_whole_s_noun(extract_text):
    claims = extract_text("The two parties took 215 of the 465 seats in the House.", published="2024-10-28").claims
    part = next(q for c in claims for q in c.quantities if q.value == 215)
    assert (part.unit, part.text) == ("seats", "215 of the 465 seats")


def test_a_number_said_to_be_a_plural_noun_counts_it(extract_text):
    claims = extract_text("Of those released, 13 were Israelis and 10 were Thai farm workers.", published="2023-11-24").claims
    found = [(q.value, q.unit, q.refers_to) for c in claims for q in c.quantities]
    assert (13, "Israelis", "Israelis") in found and (10, "workers", "Thai farm workers") in found
    dead = extract_text("Two of the dead were children.", published="2023-11-24").claims
    assert not any(q.unit == "children" for c in dead for q in c.quantities)  # it counts the dead, not children


def test_a_number_word_opening_a_lede_after_a_dateline_counts(extract_text):
    # the tagger takes 'Thirteen' after 'JERUSALEM -' for a name; it still counts the hostages
    text = "Hostages freed\n\nJERUSALEM - Thirteen Israeli hostages were released from Gaza on Friday, officials said."
    claims = extract_text(text, published="2023-11-24").claims
    assert [(c.text, [(q.value, q.unit) for q in c.quantities]) for c in claims] == [
        ("Thirteen Israeli hostages were released from Gaza on Friday", [(13, "hostages")])]


@pytest.mark.parametrize("text", [
    "The death toll from the floods surpassed 300 on Tuesday, the ministry said.",
    "Spending on the program topped 4 billion dollars last year, auditors said.",
])
def test_a_verb_of_passing_makes_the_number_a_lower_bound(extract_text, text):
    found = [q for c in extract_text(text).claims for q in c.quantities]
    assert [q.qualifier for q in found] == ["more_than"]


def test_a_law_passed_is_no_lower_bound(extract_text):
    found = quantities_of(extract_text, "The council passed five resolutions on the war, diplomats said.")
    assert [q.qualifier for q in found] == ["exact"]  # 'passed' is ambiguous: no qualifier verb


def test_one_number_for_two_coordinated_nouns_counts_both(extract_text):
    found = quantities_of(extract_text, "The rebels fired more than 200 rockets and mortars at the town, the army said.")
    assert [(q.text, q.unit) for q in found] == [("more than 200 rockets and mortars", "rockets and mortars")]
    found = quantities_of(extract_text, "The rebels fired hundreds of rockets and mortars at the town, the army said.")
    assert [q.unit for q in found] == ["rockets and mortars"]
    apart = quantities_of(extract_text, "The army lost 12 tanks and two helicopters in the battle, officials said.")
    assert sorted((q.value, q.unit) for q in apart) == [(2, "helicopters"), (12, "tanks")]
