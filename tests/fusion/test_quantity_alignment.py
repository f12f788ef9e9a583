"""Claims worded differently but counting the same thing are aligned, so their numbers can be compared."""

from __future__ import annotations

from crosswire.fusion.corroborate import Mention, comparable, corroborate_claims, same_claim, sentence_numbers


def claim(article, outlet, text, *quantities, sentence="", start=0, time=None):
    data = {"quantities": [{"text": t, "value": v, "qualifier": q, "unit": u, "refers_to": r} for t, v, q, u, r in quantities]}
    if time:
        data["time"] = {"value": time}
    return Mention(article, f"outlet:{outlet}", outlet, "claim", text, start, start + len(text), data,
                   (0, len(sentence or text)), sentence)


ORDER = claim("a1", "Daily Post", "will order roughly 1,200 drones together",
              ("roughly 1,200 drones", 1200, "about", "drones", "drones"),
              sentence="Eight Nordic and Baltic governments will order roughly 1,200 drones together, their ministers decided.",
              start=36)
BUY = claim("a2", "Evening Wire", "to buy about 1,500 drones", ("about 1,500 drones", 1500, "about", "drones", "drones"),
            sentence="The eight countries plan to buy about 1,500 drones, an official said.", start=25)


def test_counts_of_one_thing_in_other_words_conflict():
    assert same_claim(ORDER, BUY)  # they share only the word "drones" and the number eight
    items = corroborate_claims([ORDER, BUY])
    assert [i.status for i in items] == ["conflicting"]
    assert "“about 1,500 drones” (Evening Wire)" in items[0].explanation


def test_counts_of_different_size_are_different_facts():
    sightings = claim("a2", "Evening Wire", "radar tracked 14 drones near the border",
                      ("14 drones", 14, "exact", "drones", "drones"),
                      sentence="The eight countries' radar tracked 14 drones near the border.")
    assert not same_claim(ORDER, sightings)
    assert [i.status for i in corroborate_claims([ORDER, sightings])] == ["single-source", "single-source"]


def test_counts_of_differently_qualified_things_are_not_compared():
    northern = {"unit": "troops", "refers_to": "North Korean troops"}
    assert not comparable(northern, {"unit": "troops", "refers_to": "Russian troops"})
    assert comparable(northern, {"unit": "troops", "refers_to": "troops"})
    assert comparable({"unit": "drones", "refers_to": "surveillance and interceptor drones"}, {"unit": "drones"})
    assert not comparable({"unit": "drones"}, {"unit": "euros"})


def test_counts_dated_days_apart_are_different_facts():
    monday = claim("a1", "Daily Post", "1,200 drones were shot down", ("1,200 drones", 1200, "exact", "drones", "drones"),
                   sentence="Air defences shot down 1,200 drones, the ministry said.", time="2024-10-14")
    friday = claim("a2", "Evening Wire", "1,300 drones were shot down", ("1,300 drones", 1300, "exact", "drones", "drones"),
                   sentence="Air defences shot down 1,300 drones, officials said.", time="2024-10-18")
    assert not same_claim(monday, friday)


def test_a_week_holds_its_days_for_claims_too():
    monday = claim("a1", "Daily Post", "1,200 drones were shot down", ("1,200 drones", 1200, "exact", "drones", "drones"),
                   sentence="Air defences shot down 1,200 drones, the ministry said.", time="2024-10-14")
    that_week = claim("a2", "Evening Wire", "1,300 drones were shot down", ("1,300 drones", 1300, "exact", "drones", "drones"),
                      sentence="Air defences shot down 1,300 drones this week, officials said.", time="2024-W42")
    weeks_later = claim("a3", "Morning Star", "1,300 drones were shot down", ("1,300 drones", 1300, "exact", "drones", "drones"),
                        sentence="Air defences shot down 1,300 drones this week, officials said.", time="2024-W45")
    assert same_claim(monday, that_week)
    assert not same_claim(monday, weeks_later)  # a week three weeks on cannot hold Monday


def test_about_figures_a_quarter_apart_disagree():
    a = claim("a1", "Daily Post", "about 1,200 drones will be bought by the eight allies",
              ("about 1,200 drones", 1200, "about", "drones", "drones"))
    b = claim("a2", "Evening Wire", "about 1,500 drones will be bought by the eight allies",
              ("about 1,500 drones", 1500, "about", "drones", "drones"))
    assert [i.status for i in corroborate_claims([a, b])] == ["conflicting"]
    c = claim("a2", "Evening Wire", "about 1,250 drones will be bought by the eight allies",
              ("about 1,250 drones", 1250, "about", "drones", "drones"))
    assert [i.status for i in corroborate_claims([a, c])] == ["corroborated"]


def test_a_claim_holding_two_stated_parts_does_not_join_them():
    sentence = "The eight allies plan to buy about 1,500 drones and to spend at least 450 million euros in the first stage."
    whole = claim("a2", "Evening Wire", sentence, ("about 1,500 drones", 1500, "about", "drones", "drones"),
                  ("at least 450 million euros", 450e6, "at_least", "euros", "euros"), sentence=sentence)
    drones = claim("a2", "Evening Wire", "to buy about 1,500 drones", ("about 1,500 drones", 1500, "about", "drones", "drones"),
                   sentence=sentence, start=sentence.index("to buy"))
    money = claim("a2", "Evening Wire", "to spend at least 450 million euros in the first stage",
                  ("at least 450 million euros", 450e6, "at_least", "euros", "euros"), sentence=sentence,
                  start=sentence.index("to spend"))
    spend = claim("a1", "Daily Post", "they would spend at least 450 million euros on the first tranche",
                  ("at least 450 million euros", 450e6, "at_least", "euros", "euros"),
                  sentence="The ministers said they would spend at least 450 million euros on the first tranche.")
    items = corroborate_claims([ORDER, whole, drones, money, spend])
    holding = {m.text: i for i in items for m in i.mentions}
    assert holding[ORDER.text].status == "conflicting"
    assert {m.text for m in holding[ORDER.text].mentions} == {ORDER.text, drones.text}
    assert holding[spend.text].status == "corroborated"
    assert {m.text for m in holding[spend.text].mentions} == {spend.text, money.text}
    assert whole.text not in {m.text for i in items for m in i.mentions}


def test_sentence_numbers_reads_digits_and_words():
    assert sentence_numbers("The eight countries plan to buy 1,500 drones.") == {8.0, 1500.0}


def test_one_figure_counted_in_other_words_is_one_fact():
    sightings = claim("a1", "Daily Post", "Estonia reported 14 drone sightings near its eastern border since September",
                      ("14 drone sightings", 14, "exact", "sightings", "drone sightings"))
    tracked = claim("a2", "Evening Wire", "its radar had tracked 14 unidentified drones near the border since September",
                    ("14 unidentified drones", 14, "exact", "drones", "unidentified drones"),
                    sentence="Estonia's defence ministry said that its radar had tracked 14 unidentified drones near the border since September.")
    items = corroborate_claims([sightings, tracked])
    assert [(i.status, i.independent) for i in items] == [("corroborated", 2)]
    other = claim("a3", "Morning Star", "Latvia reported 14 drone sightings at sea this week",
                  ("14 drone sightings", 14, "exact", "sightings", "drone sightings"))
    assert not same_claim(tracked, other)  # one figure, but no subject words in common
    small = claim("a4", "Noon Times", "Estonia's radar tracked two unidentified drones near the border since September",
                  ("two unidentified drones", 2, "exact", "drones", "unidentified drones"))
    few = claim("a5", "Daily Post", "Estonia reported two drone sightings near its eastern border since September",
                ("two drone sightings", 2, "exact", "sightings", "drone sightings"))
    assert not same_claim(small, few)  # a small figure alone does not make one fact


def test_the_report_day_does_not_date_the_fact():
    said = "its radar had tracked 14 unidentified drones near the border"
    monday = claim("a1", "Daily Post", said, ("14 unidentified drones", 14, "exact", "drones", "unidentified drones"),
                   start=40)
    monday.data["time"] = {"value": "2024-10-14", "start": 20, "end": 26}  # 'said on Monday that ...'
    friday = claim("a2", "Evening Wire", said, ("14 unidentified drones", 14, "exact", "drones", "unidentified drones"),
                   start=40)
    friday.data["time"] = {"value": "2024-10-18", "start": 25, "end": 31}
    items = corroborate_claims([monday, friday])
    assert [i.status for i in items] == ["corroborated"]
    inside = claim("a3", "Morning Star", said + " on Friday", ("14 unidentified drones", 14, "exact", "drones", "unidentified drones"),
                   start=40)
    inside.data["time"] = {"value": "2024-10-18", "start": 40 + len(said) + 4, "end": 40 + len(said) + 10}
    tuesday = claim("a4", "Noon Times", said + " on Tuesday", ("14 unidentified drones", 14, "exact", "drones", "unidentified drones"),
                    start=40)
    tuesday.data["time"] = {"value": "2024-10-15", "start": 40 + len(said) + 4, "end": 40 + len(said) + 11}
    assert [i.status for i in corroborate_claims([inside, tuesday])] == ["conflicting"]


def test_a_conflict_is_labelled_by_a_disputed_count():
    headline = claim("a1", "Daily Post", "Eight countries sign up for joint drone buy", ("Eight countries", 8, "exact", "countries", "countries"))
    buy = claim("a2", "Evening Wire", "The eight countries plan to buy about 1,500 drones",
                ("eight countries", 8, "exact", "countries", "countries"), ("about 1,500 drones", 1500, "about", "drones", "drones"))
    items = corroborate_claims([headline, buy, ORDER])
    conflict = next(i for i in items if i.status == "conflicting")
    assert conflict.label in (ORDER.text, buy.text)


def test_a_plan_and_an_outcome_are_two_facts():
    deal = "Under the deal, Hamas is to free 50 women and children over four days in exchange for 150 Palestinian prisoners."
    plan = claim("a1", "Daily Post", deal, ("50 women", 50, "exact", "women", "women"), sentence=deal)
    freed = claim("a2", "Evening Wire", "Israel released 39 Palestinian women and minors from prisons",
                  ("39 Palestinian women", 39, "exact", "women", "Palestinian women"),
                  sentence="Israel released 39 Palestinian women and minors from prisons, the mediators said.")
    assert not same_claim(plan, freed)
    later = claim("a3", "Morning Star", "Hamas will free 50 women and children during the pause",
                  ("50 women", 50, "exact", "women", "women"), sentence="Hamas will free 50 women and children during the pause.")
    assert same_claim(plan, later)


def test_a_fate_both_name_stands_for_subject_words():
    freed = claim("a1", "Daily Post", "Of those released, 13 were Israelis", ("13 were Israelis", 13, "exact", "Israelis", "Israelis"))
    hostages = claim("a2", "Evening Wire", "Thirteen Israeli hostages were released from Gaza on Friday",
                     ("Thirteen Israeli hostages", 13, "exact", "hostages", "Israeli hostages"))
    assert same_claim(freed, hostages)
    wounded = claim("a3", "Morning Star", "Thirteen Israeli soldiers were wounded near Gaza on Friday",
                    ("Thirteen Israeli soldiers", 13, "exact", "soldiers", "Israeli soldiers"))
    assert not same_claim(freed, wounded)
