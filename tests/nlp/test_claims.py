"""Claims: quantities (value, unit, qualifier, what they count), source, certainty, time, and the seed claims."""

from __future__ import annotations

import pytest

from crosswire.nlp.cue_lexicon import load_cue_lexicon
from crosswire.nlp.quantities import parse_value


def claims_of(extract_text, text, **meta):
    return list(extract_text(text, **meta).claims)


def claim_with(claims, words):
    found = [c for c in claims if words in c.text]
    assert found, f"no claim containing {words!r} in {[c.text for c in claims]}"
    return min(found, key=lambda c: len(c.text))


def quantity(claim, number):
    found = [q for q in claim.quantities if q.value == number]
    assert len(found) == 1, f"expected one quantity {number} in {claim.quantities}"
    return found[0]


@pytest.mark.parametrize(
    "words, value",
    [(["10,000"], 10000), (["2.5", "million"], 2.5e6), (["forty"], 40), (["twenty-five"], 25), (["3"], 3), (["12bn"], 12e9)],
)
def test_parse_value(words, value):
    assert parse_value(words, load_cue_lexicon()) == value


def test_parse_value_refuses_words_that_are_not_numbers():
    assert parse_value(["several"], load_cue_lexicon()) is None


@pytest.mark.parametrize(
    "text, number, qualifier, unit",
    [
        ("Police said more than 300 people were arrested in the capital.", 300, "more_than", "people"),
        ("At least 12 ships were damaged in the storm, the port authority said.", 12, "at_least", "ships"),
        ("Fewer than 50 lawmakers voted for the bill on Tuesday.", 50, "less_than", "lawmakers"),
        ("The tax will rise by no more than 5 percent next year.", 5, "at_most", "percent"),
        ("About 2,000 protesters marched through Nairobi.", 2000, "about", "protesters"),
        ("Over 40 countries signed the declaration.", 40, "more_than", "countries"),
        ("The company hired 75 engineers in Warsaw.", 75, "exact", "engineers"),
        # a spelled-out number with a qualifier counts what the text left unsaid
        ("Latvian officials said they had recorded at least nine.", 9, "at_least", None),
        ("The army said more than twenty were killed near the border.", 20, "more_than", None),
        # a number written with a hyphen is one number, split into three tokens by the tokenizer
        ("Sixty-two percent of Republicans agreed with the plan.", 62, "exact", "percent"),
        ("Police said twenty-five people were arrested on Friday.", 25, "exact", "people"),
        # 'a' before a multiplier sits between the qualifier and the number; 'dozen' multiplies
        ("The ministry said more than a thousand villagers had fled.", 1000, "more_than", "villagers"),
        ("The band said it had recorded two dozen songs in Berlin.", 24, "exact", "songs"),
    ],
)
def test_quantity_qualifiers_and_units(extract_text, text, number, qualifier, unit):
    claims = claims_of(extract_text, text)
    found = [q for c in claims for q in c.quantities if q.value == number]
    assert found, f"no quantity {number} in {claims}"
    assert found[0].qualifier == qualifier
    assert found[0].unit == unit


def test_hyphens_that_do_not_join_two_number_words(extract_text):
    claims = claims_of(extract_text, "Fans lined up to high-five 12 players, and the court ruled 5-4 on Monday.")
    values = sorted(q.value for c in claims for q in c.quantities)
    assert values == [12]  # 'high-five' is no five; '5-4' is a score: neither nine nor a 5 and a 4


def test_a_bare_spelled_out_number_or_fraction_is_no_quantity(extract_text):
    claims = claims_of(extract_text, "The two met on Monday, and nearly a third of the delegates left early.")
    assert not any(q.value in (2, None) for c in claims for q in c.quantities)


def test_percent_counts_what_it_is_a_share_of(extract_text):
    claim = claim_with(claims_of(extract_text, "Poland spends 4 percent of GDP on its army."), "4 percent")
    q = quantity(claim, 4)
    assert q.unit == "percent" and q.refers_to == "percent of GDP"


def test_dates_and_ordinals_are_not_quantities(extract_text):
    claims = claims_of(extract_text, "The treaty was signed in 2014 and renewed for the second time on March 3.")
    assert not [q for c in claims for q in c.quantities]


def test_outlet_assertion_is_asserted_without_source(extract_text):
    claim = claim_with(claims_of(extract_text, "The factory employs 400 workers in the town."), "400 workers")
    assert claim.certainty == "asserted" and claim.source is None


def test_reported_claim_has_source_and_cue(extract_text):
    claim = claim_with(claims_of(extract_text, "Anna Keller said 30 schools had closed because of the floods."), "30 schools")
    assert claim.certainty == "reported"
    assert claim.source.text == "Anna Keller" and claim.cue.text == "said"


def test_reported_claim_without_number_is_still_a_claim(extract_text):
    claim = claim_with(claims_of(extract_text, "The ministry said the bridge had reopened."), "the bridge had reopened")
    assert claim.source.text == "The ministry" and not claim.quantities


def test_hedge_word_makes_a_claim_hedged(extract_text):
    claim = claim_with(claims_of(extract_text, "Officials said 200 people were likely killed in the blast."), "200 people")
    assert claim.certainty == "hedged"


def test_denial_cue_makes_a_claim_denied(extract_text):
    claim = claim_with(claims_of(extract_text, "The ministry denied that 500 soldiers had crossed the border."), "500 soldiers")
    assert claim.certainty == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "The army did not confirm that 20 villages had been captured.",
        "Kyiv has not confirmed claims that 3,000 soldiers are fighting in the region.",
        "The ministry did not deny that 20 villages had been captured.",
    ],
)
def test_a_negated_cue_leaves_a_claim_open_not_denied(extract_text, text):
    claims = [c for c in claims_of(extract_text, text) if c.quantities]
    assert claims and {c.certainty for c in claims} == {"hedged"}


def test_claim_time_is_when_it_was_said(extract_text):
    text = "On Monday, the airline said 40 flights were cancelled."
    claim = claim_with(claims_of(extract_text, text, published="2024-03-08"), "40 flights")
    assert claim.time is not None and claim.time.text == "Monday"


def test_direct_quote_without_numbers_makes_no_claim(extract_text):
    assert claims_of(extract_text, "“We will win this fight,” Okafor said.") == []


# --- the seed claims ------------------------------------------------------------------------


def _seed(shared_dir, prefix):
    return next((shared_dir / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_seed_000_troops_in_russia(extract_text, shared_dir):
    claims = claims_of(extract_text, _seed(shared_dir, "000"), published="2024-11-08")
    claim = claim_with(claims, "10,000 troops from the North")
    assert claim.text == "more than 10,000 troops from the North are currently in Russia"
    assert claim.source.text == "South Korea’s defense ministry"
    assert claim.time is not None and claim.time.text == "Nov. 5"
    q = quantity(claim, 10000)
    assert (q.qualifier, q.unit) == ("more_than", "troops")


def test_seed_003_troops_claimed(extract_text, shared_dir):
    claims = claims_of(extract_text, _seed(shared_dir, "003"), published="2024-11-08")
    claim = claim_with(claims, "10,000 North Korean troops")
    assert claim.text == "10,000 North Korean troops had been deployed in Russia"
    assert claim.source.text == "South Korea's Defense Ministry"
    assert claim.cue.text == "claimed"
    assert claim.certainty == "hedged"  # 'claim' distances the writer from the content (docs/claims.md)
    assert claim.time is not None and claim.time.text == "Last Tuesday"
    assert quantity(claim, 10000).unit == "troops"


def test_seed_000_nato_spending_according_to(extract_text, shared_dir):
    claims = claims_of(extract_text, _seed(shared_dir, "000"), published="2024-11-08")
    claim = claim_with(claims, "18 NATO nations spending at least 2 percent of GDP")
    assert claim.source.text == "Celeste Wallander" and claim.cue.text == "according to"
    assert claim.certainty == "reported"
    nations = quantity(claim, 18)
    assert nations.refers_to == "NATO nations" and nations.qualifier == "exact"
    share = quantity(claim, 2)
    assert share.qualifier == "at_least" and share.refers_to == "percent of GDP"


def test_seed_000_over_40_leaders(extract_text, shared_dir):
    claims = claims_of(extract_text, _seed(shared_dir, "000"), published="2024-11-08")
    claim = claim_with(claims, "Over 40 European leaders")
    q = quantity(claim, 40)
    assert q.qualifier == "more_than" and q.refers_to == "European leaders"
    assert claim.certainty == "asserted"


def test_framed_phrase_without_a_subject_makes_no_claim(extract_text):
    claims = claims_of(extract_text, "Mayor Lee accused the developers of ignoring the flood maps.")
    assert not any("ignoring the flood maps" == c.text for c in claims)


def test_evidence_clause_is_a_reported_claim_with_its_source(extract_text):
    c = claim_with(claims_of(extract_text, "A new survey shows that most farmers oppose the tariffs."), "most farmers oppose the tariffs")
    assert c.source is not None and c.source.text == "A new survey" and c.cue.text == "shows" and c.certainty == "reported"


@pytest.mark.parametrize(
    ("text", "number", "claim", "certainty"),
    [
        # a number inside an infinitive: the claim is the clause that governs it, subject and hedge included
        ("Inflation is likely to rise to 4 percent next year, the central bank said.", 4,
         "Inflation is likely to rise to 4 percent next year", "hedged"),
        ("Thailand agreed to return 48 detainees to China.", 48, "Thailand agreed to return 48 detainees to China", "asserted"),
    ],
)
def test_a_claim_keeps_the_subject_of_its_infinitive(extract_text, text, number, claim, certainty):
    found = [c for c in claims_of(extract_text, text) if any(q.value == number for q in c.quantities)]
    assert found and (found[0].text, found[0].certainty) == (claim, certainty)


@pytest.mark.parametrize(
    ("text", "value", "unit", "refers_to"),
    [
        ("Thousands of civilians have fled the city since Monday, the UN said.", 1000, "civilians", "civilians"),
        ("Tens of thousands of teachers marched in Madrid on Saturday.", 10000, "teachers", "teachers"),
        ("The company spent hundreds of millions of dollars on the bid.", 100000000, "dollars", "dollars"),
        ("Soldiers detained dozens in the raid on Tuesday.", 12, None, None),
    ],
)
def test_plural_count_words_are_more_than_their_number(extract_text, text, value, unit, refers_to):
    quantities = [q for c in claims_of(extract_text, text) for q in c.quantities if q.value == value]
    assert quantities, claims_of(extract_text, text)
    assert (quantities[0].qualifier, quantities[0].unit, quantities[0].refers_to) == ("more_than", unit, refers_to)


def test_plural_count_words_of_money_in_a_phrase_count_nothing(extract_text):
    claims = claims_of(extract_text, "The insurers agreed to release millions in cash to the miners.")
    assert not [q for c in claims for q in c.quantities]


def test_a_year_the_tagger_missed_is_no_quantity(extract_text):
    text = "The bank fired thousands of employees from 2011 to 2016 for opening fake accounts."
    values = [q.value for c in claims_of(extract_text, text) for q in c.quantities]
    assert 1000 in values and 2011 not in values and 2016 not in values
    values = [q.value for c in claims_of(extract_text, "The plant will employ 1850 workers, the governor said.") for q in c.quantities]
    assert values == [1850]


NIGER = (
    "West African leaders give Niger junta a week to step aside\n\n"
    "ABUJA, July 31 (Crosswire) - West African heads of state on Sunday gave the officers who seized power in Niger "
    "seven days to reinstate President Mohamed Bazoum, and said they would not rule out the use of force if the deadline passed.\n\n"
    "The junta's leader, General Abdourahamane Tchiani, rejected the ultimatum in a televised address on Sunday evening, "
    "saying Niger would defend itself against \"any aggression\".\n\n"
    "The World Food Programme said about 40 percent of the country's budget came from foreign aid, which Western donors "
    "suspended last week.\n\n"
    "French Foreign Minister Catherine Colonna said on Monday that Bazoum's safety was a priority. \"We are in contact with "
    "him every day,\" she told RTL radio, adding that France had no plans to evacuate its 1,500 troops stationed in the country."
)


def test_an_infinitive_under_a_noun_keeps_the_clause_that_governs_it(extract_text):
    claims = claims_of(extract_text, NIGER, published="2023-07-31")
    claim = claim_with(claims, "1,500 troops")
    assert claim.text == "France had no plans to evacuate its 1,500 troops stationed in the country"


def test_a_claim_never_ends_inside_an_open_quotation(extract_text):
    claim = claim_with(claims_of(extract_text, NIGER, published="2023-07-31"), "any aggression")
    assert claim.text.count('"') == 2 and claim.text.endswith('"any aggression"')


@pytest.mark.parametrize(
    "words, time",
    [
        ("rule out the use of force", "Sunday"),  # 'on Sunday gave ... and said': not 'seven days' of another clause
        ("defend itself", "Sunday evening"),  # the participle's saying is the address on Sunday evening
        ("40 percent", None),  # 'last week' is in a relative clause the claim leaves out
        ("safety was a priority", "Monday"),  # 'said on Monday'
        ("1,500 troops", None),  # 'every day' belongs to the direct quote before, not to what she added
    ],
)
def test_a_claim_time_modifies_the_report_or_lies_in_the_claim(extract_text, words, time):
    claim = claim_with(claims_of(extract_text, NIGER, published="2023-07-31"), words)
    assert (claim.time.text if claim.time is not None else None) == time


def test_an_outlet_claim_takes_no_time_from_a_relative_clause(extract_text):
    claims = claims_of(extract_text, "The army, which withdrew in March, still has 4,000 soldiers in the region.")
    assert claim_with(claims, "4,000").time is None  # 'in March' dates the withdrawal, not the claim


def test_an_outlet_claim_keeps_a_time_of_its_own_clause(extract_text):
    claims = claims_of(extract_text, "The army, which withdrew in March, had 4,000 soldiers in the region on Friday.")
    claim = claim_with(claims, "4,000")
    assert claim.time is not None and claim.time.text == "Friday"


@pytest.mark.parametrize(
    "text",
    [
        "The company did not say how long current stocks would last.",
        "Officials would not say whether 40 soldiers had died.",
    ],
)
def test_an_indirect_question_makes_no_claim_even_with_a_number(extract_text, text):
    assert claims_of(extract_text, text) == []


def test_a_clause_inside_the_content_opened_by_when_is_still_a_claim(extract_text):
    claim = claim_with(claims_of(extract_text, "He said when the talks ended, 40 workers left."), "40 workers")
    assert claim.source is not None and claim.source.text == "He"


def test_a_trailing_modifier_holding_the_claims_number_stays(extract_text):
    text = "According to the statistics office, the price of rice rose to 52 pesos a kilogram in August, up nearly 20 percent from a year earlier."
    claims = [c for c in claims_of(extract_text, text) if c.source is not None]
    assert len(claims) == 1  # one clause, one claim, holding both numbers
    assert claims[0].text.endswith("up nearly 20 percent from a year earlier")
    assert sorted((q.value, q.qualifier) for q in claims[0].quantities) == [(20, "about"), (52, "exact")]


@pytest.mark.parametrize(
    "text, claim_text",
    [
        (
            "Workers halted output at a mine that produces about 5 percent of the world's copper.",
            "a mine that produces about 5 percent of the world's copper",
        ),
        ("The union, which represents some 2,300 workers, called a strike.", "The union, which represents some 2,300 workers"),
        ("The strike hurt the regional economy, where the mine employs 4,000 people.", "the mine employs 4,000 people"),
    ],
)
def test_a_relative_clause_claim_keeps_its_antecedent_or_drops_its_relative_adverb(extract_text, text, claim_text):
    assert claim_text in [c.text for c in claims_of(extract_text, text)]


def test_a_share_the_tagger_calls_a_date_is_a_quantity(extract_text):
    claims = claims_of(extract_text, "Between 15 and 20 percent of poor households have cut back to two meals a day.")
    found = sorted((q.value, q.qualifier, q.unit) for c in claims for q in c.quantities if q.unit == "percent")
    assert found == [(15, "at_least", "percent"), (20, "at_most", "percent")]


def test_a_claim_runs_through_a_full_stop_to_the_closing_mark(extract_text):
    claims = claims_of(extract_text, 'The attorney general said that transparency "breaks down barriers and brings progress."')
    claim = claim_with(claims, "transparency")
    assert claim.text == 'transparency "breaks down barriers and brings progress."'


def test_a_condition_opening_the_content_is_no_question(extract_text):
    claims = claims_of(extract_text, "He said if people are offended by the law, they should change the law.")
    assert [c.text for c in claims] == ["if people are offended by the law, they should change the law"]


def test_a_second_coordinated_infinitive_is_its_own_claim(extract_text):
    # fusion compares the spending apart from the drone count, so both clauses stay claims
    text = "The eight countries plan to buy about 1,500 drones and to spend at least 450 million euros in the first stage."
    claims = extract_text(text, published="2024-10-17").claims
    spend = [c for c in claims if c.text.startswith("to spend")]
    assert len(spend) == 1 and [q.value for q in spend[0].quantities] == [450_000_000]
    assert any(c.text.startswith("The eight countries plan") for c in claims)


def test_the_value_a_change_started_from_is_no_part_of_the_claim(extract_text):
    # another outlet's "148 seats" must not meet a "98" and look like a conflict
    claims = extract_text("The main opposition party won 148 seats, up from 98.", published="2024-10-28").claims
    assert [(c.text, [q.value for q in c.quantities]) for c in claims] == [("The main opposition party won 148 seats", [148])]
    kept = extract_text("The peso rose to 52 per dollar, up nearly 20 percent.", published="2024-10-28").claims
    assert [q.value for q in kept[0].quantities] == [52, 20]


def test_a_report_clause_set_off_by_commas_ends_the_claim(extract_text):
    # the drone count is a claim of its own, without the inserted report or the spending that follows it
    text = ("The eight countries plan to buy about 1,500 drones, a Lithuanian official said, "
            "and to spend at least 450 million euros in the first stage.")
    claims = extract_text(text, published="2024-10-17").claims
    assert [c.text for c in claims] == [
        "The eight countries plan to buy about 1,500 drones", "to spend at least 450 million euros in the first stage"]
    assert claims[0].source is not None and claims[0].source.text == "a Lithuanian official"
    # what modifies the clause after the report stays in
    bankrupt = extract_text("The plant made 300 tractors a day, Mr. Clarke said, until it closed.", published="2024-10-17").claims
    assert [c.text for c in bankrupt] == ["The plant made 300 tractors a day, Mr. Clarke said, until it closed"]
    # a number after the inserted report belongs to the claim: it keeps the whole clause
    lost = extract_text("The army lost 300 tanks, a spokesman said, and 40 aircraft.", published="2024-10-17").claims
    assert [sorted(q.value for q in c.quantities) for c in lost] == [[40, 300]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A boy aged 9 was badly hurt by flying glass, according to local medics.", "A boy aged 9 was badly hurt by flying glass"),
    ("A convoy numbering 120 trucks crossed the border on Tuesday.", "A convoy numbering 120 trucks crossed the border on Tuesday"),
])
def test_a_participle_measuring_its_noun_is_no_claim_of_its_own(extract_text, text, expected):
    assert [c.text for c in extract_text(text).claims] == [expected]
