"""Claim alignment and status: numbers with qualifiers, dates, independent sources."""

from __future__ import annotations

from crosswire.fusion.corroborate import Mention, confirm_in_other_words, corroborate_claims, interval, same_claim


def claim(article, outlet, text, value=None, qualifier="exact", unit="soldiers", time=None, source=None, key=None):
    data = {"text": text}
    if value is not None:
        data["quantities"] = [{"text": f"{value:,}", "value": value, "qualifier": qualifier, "unit": unit}]
    if time:
        data["time"] = {"value": time}
    if source:
        data["source"] = {"text": source}
    return Mention(article, key or f"outlet:{outlet}", outlet, "claim", text, 0, len(text), data)


def test_intervals_follow_qualifiers():
    assert interval({"value": 10000, "qualifier": "more_than"})[1] == float("inf")
    low, high = interval({"value": 10000, "qualifier": "exact"})
    assert low < 10000 < high and high < 12000
    assert interval({"value": None}) is None


def test_a_figure_is_rounded_no_further_than_its_last_digit():
    low, high = interval({"value": 2012})
    assert low > 2011 and high < 2013  # a precise count: 2,012 and 2,122 cannot both hold
    assert interval({"value": 14})[1] < interval({"value": 15})[0]
    low, high = interval({"value": 2.5})
    assert 2.4 < low and high < 2.6
    low, high = interval({"value": 1200})
    assert low < 1160 and high > 1240  # rounded to the hundred


def test_two_precise_tolls_disagree():
    items = corroborate_claims([
        claim("a1", "Daily Post", "the death toll from the earthquake rose to 2,122, the interior ministry said", 2122,
              source="the interior ministry"),
        claim("a2", "Evening Wire", "the number of people killed by the earthquake has risen to 2,012", 2012,
              source="the interior ministry"),
    ])
    assert [i.status for i in items] == ["conflicting"]


def test_more_than_and_round_figure_are_compatible():
    items = corroborate_claims([
        claim("a1", "Daily Post", "more than 8,000 soldiers were sent to the border region", 8000, "more_than",
              source="the army command"),
        claim("a2", "Evening Wire", "8,000 soldiers were sent to the border region", 8000, source="the army command"),
    ])
    assert len(items) == 1
    item = items[0]
    assert item.status == "corroborated" and item.independent == 2
    assert "compatible" in item.explanation and "Daily Post" in item.explanation and "army command" in item.explanation


def test_different_figures_conflict():
    items = corroborate_claims([
        claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000),
        claim("a2", "Evening Wire", "12,000 soldiers were sent to the border region", 12000),
    ])
    assert [i.status for i in items] == ["conflicting"]
    assert "cannot both hold" in items[0].explanation


def test_same_outlet_twice_is_single_source():
    items = corroborate_claims([
        claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000),
        claim("a2", "Daily Post", "8,000 soldiers were sent to the border region", 8000),
    ])
    assert [i.status for i in items] == ["single-source"]
    assert items[0].independent == 1


def test_wire_copies_count_once():
    items = corroborate_claims([
        claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000, key="copy:a1"),
        claim("a2", "Evening Wire", "8,000 soldiers were sent to the border region", 8000, key="copy:a1"),
    ])
    assert items[0].status == "single-source"
    assert "copies of one report" in items[0].explanation


def test_dates_after_normalisation_must_agree():
    agree = corroborate_claims([
        claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000, time="2024-11-05"),
        claim("a2", "Evening Wire", "8,000 soldiers were sent to the border region", 8000, time="2024-11-05"),
    ])
    assert agree[0].status == "corroborated" and "2024-11-05" in agree[0].explanation
    differ = corroborate_claims([
        claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000, time="2024-11-05"),
        claim("a2", "Evening Wire", "8,000 soldiers were sent to the border region", 8000, time="2024-11-09"),
    ])
    assert differ[0].status == "conflicting" and "different dates" in differ[0].explanation


def test_unrelated_claims_stay_apart():
    a = claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000)
    b = claim("a2", "Evening Wire", "the harvest reached 8,000 tonnes of wheat this autumn", 8000, unit="tonnes")
    assert not same_claim(a, b)
    assert len(corroborate_claims([a, b])) == 2


def test_sources_name_the_person_they_resolve_to():
    she = claim("a1", "Daily Post", "8,000 soldiers were sent to the border region", 8000)
    she.data["source"] = {"text": "She", "actor": {"id": "person:ana-rey", "name": "Ana Rey", "kind": "person"}}
    office = claim("a2", "Evening Wire", "8,000 soldiers were sent to the border region", 8000, source="the army command")
    again = claim("a3", "Morning Star", "8,000 soldiers were sent to the border region", 8000, source="The army command")
    item = corroborate_claims([she, office, again])[0]
    assert "attributed to Ana Rey (“She”) / " in item.explanation
    assert item.explanation.lower().count("the army command") == 1  # one source written twice is named once


def attributed(article, outlet, text, actor, sentence_end=None):
    data = {"text": text, "source": {"text": actor, "actor": {"id": actor, "country": actor}}}
    return Mention(article, f"outlet:{outlet}", outlet, "claim", text, 0, len(text), data, (0, sentence_end or len(text)))


def sentence(article, outlet, text):
    return Mention(article, f"outlet:{outlet}", outlet, "sentence", text, 0, len(text), {"kind": "sentence"}, (0, len(text)))


WARNING = "Moscow would respond to the joint drone purchase agreed by the Nordic and Baltic countries"
RESTATED = "The Nordic and Baltic countries agreed a joint drone purchase, saying airspace incidents had shown the need."
THEIR_CLAIM = "airspace incidents had shown the need"


def test_a_claim_in_other_words_is_corroborated_by_a_sentence_elsewhere():
    items = confirm_in_other_words(corroborate_claims([attributed("a1", "Daily Post", WARNING, "RUS")]),
                                   [sentence("a2", "Evening Wire", RESTATED)])
    assert [i.status for i in items] == ["corroborated"]
    assert "Evening Wire says it in other words" in items[0].explanation


def test_a_sentence_whose_claims_have_other_speakers_does_not_restate_it():
    # the other outlet's sentence shares the words but is the ministers' statement, not Moscow's warning
    theirs = attributed("a2", "Evening Wire", THEIR_CLAIM, "LTU", len(RESTATED))
    items = confirm_in_other_words(corroborate_claims([attributed("a1", "Daily Post", WARNING, "RUS"), theirs]),
                                   [sentence("a2", "Evening Wire", RESTATED)])
    assert [i.status for i in items] == ["single-source", "single-source"]
    same_speaker = attributed("a2", "Evening Wire", THEIR_CLAIM, "RUS", len(RESTATED))
    items = confirm_in_other_words(corroborate_claims([attributed("a1", "Daily Post", WARNING, "RUS"), same_speaker]),
                                   [sentence("a2", "Evening Wire", RESTATED)])
    assert [i.status for i in items] == ["corroborated", "single-source"]


def test_claims_naming_different_things_are_not_one_claim():
    # the same words around two different culprits: neither outlet confirms the other
    ukraine = claim("a1", "Daily Post", "the bridge was destroyed by a Russian cruise missile fired from the sea")
    russia = claim("a2", "Evening Wire", "the bridge was destroyed by a Ukrainian cruise missile fired from the sea")
    assert not same_claim(ukraine, russia)
    again = claim("a3", "Morning Star", "the bridge was destroyed by a Russian cruise missile fired from a ship at sea")
    assert same_claim(ukraine, again)


def test_a_country_named_by_its_capital_or_adjective_is_one_name():
    moscow = claim("a1", "Daily Post", 'Moscow would take "appropriate measures" if the drones were deployed near its borders')
    russia = claim("a2", "Evening Wire", "it would take appropriate measures if the drones appeared near Russian territory")
    assert same_claim(moscow, russia)
    ankara = claim("a3", "Morning Star", "it would take appropriate measures if the drones appeared near Turkish territory")
    assert not same_claim(moscow, ankara)


def test_claims_naming_different_things_are_one_conflict():
    # the same words around two culprits from two independent outlets: where they disagree, shown as one item
    ukraine = claim("a1", "Daily Post", "the bridge was destroyed by a Russian cruise missile fired from the sea",
                    source="the navy")
    russia = claim("a2", "Evening Wire", "the bridge was destroyed by a Ukrainian cruise missile fired from the sea",
                   source="the defence ministry")
    items = corroborate_claims([ukraine, russia])
    assert [(i.status, i.independent) for i in items] == [("conflicting", 2)]
    explanation = items[0].explanation
    assert "“Russian” (Daily Post, attributed to the navy)" in explanation and "“Ukrainian” (Evening Wire" in explanation
    copy = claim("a3", "Evening Wire", "the bridge was destroyed by a Ukrainian cruise missile fired from the sea")
    assert [i.status for i in corroborate_claims([russia, copy])] == ["single-source"]  # one outlet twice: no dispute
    counted = claim("a4", "Morning Star", "the bridge was destroyed by two Ukrainian cruise missiles fired from the sea", 2,
                    unit="missiles")
    assert "conflicting" not in [i.status for i in corroborate_claims([ukraine, counted])]  # counts are compared apart


def test_a_denial_against_a_statement_is_a_conflict():
    denied = claim("a1", "Daily Post", "Russian forces had targeted residential buildings", source="The Kremlin")
    denied.data["certainty"] = "denied"
    stated = claim("a2", "Evening Wire", "Russian forces had targeted residential buildings in the city", source="Kyiv")
    stated.data["certainty"] = "reported"
    items = corroborate_claims([denied, stated])
    assert [i.status for i in items] == ["conflicting"]
    assert "The Kremlin (Daily Post) denies it; Kyiv (Evening Wire) states it" in items[0].explanation
    hedged = claim("a3", "Morning Star", "Russian forces had targeted residential buildings in the city", source="analysts")
    hedged.data["certainty"] = "hedged"
    items = corroborate_claims([denied, hedged])
    assert [i.status for i in items] == ["conflicting"]  # a denial corroborates nothing
    assert "analysts (Morning Star) suggests it" in items[0].explanation
    again = claim("a4", "Noon Times", "Russian forces had targeted residential buildings", source="The Kremlin")
    again.data["certainty"] = "denied"
    assert [i.status for i in corroborate_claims([denied, again])] == ["corroborated"]  # two outlets carry one denial


def test_an_aside_or_a_negation_is_not_what_a_claim_asserts():
    silent = claim("a1", "Daily Post", "The governor, who ordered the evacuation of the coastal districts on Friday, has not "
                   "spoken in public since the storm")
    ordered = sentence("a2", "Evening Wire", "The governor ordered the evacuation of the coastal districts on Friday "
                       "and spoke to residents in public.")
    assert [i.status for i in confirm_in_other_words(corroborate_claims([silent]), [ordered])] == ["single-source"]
    kept = claim("a1", "Daily Post", "The governor ordered the evacuation of the coastal districts on Friday evening")
    assert [i.status for i in confirm_in_other_words(corroborate_claims([kept]), [ordered])] == ["corroborated"]
    quiet = claim("a1", "Daily Post", "The governor has not spoken in public about the evacuation of the coastal districts")
    still = sentence("a2", "Evening Wire", "The governor has not spoken in public since the evacuation of the coastal districts.")
    assert [i.status for i in confirm_in_other_words(corroborate_claims([quiet]), [still])] == ["corroborated"]
