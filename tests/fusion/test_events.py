"""Event alignment within a story: type, dates (days and weeks), specific parties, headline and lede."""

from __future__ import annotations

from crosswire.fusion.corroborate import Mention
from crosswire.fusion.dates import day_range
from crosswire.fusion.events import align_events, dates_agree

RUSSIA = {"id": "RUS-GOV", "country": "RUS", "kind": "state"}
ESTONIA = {"id": "EST", "country": "EST", "kind": "state"}
MINISTERS = {"id": "GOV", "kind": "group"}


def event(article, outlet, text, etype="AGREE", date=None, source="text", actors=(), headline=False, start=0):
    data = {"type": etype, "actors": list(actors)}
    if date:
        data["date"] = {"value": date, "from": source}
    return Mention(article, f"outlet:{outlet}", outlet, "event", text, start, start + len(text), data,
                   (start, start + len(text)), text, headline)


def test_days_and_weeks():
    assert day_range("2024-W42")[0].isoformat() == "2024-10-14"
    assert day_range("2024") is None and day_range(None) is None
    tuesday = event("a1", "Daily Post", "x", date="2024-10-15")
    assert dates_agree(tuesday, event("a2", "Evening Wire", "x", date="2024-W42"))
    assert dates_agree(tuesday, event("a2", "Evening Wire", "x", date="2024-10-16"))
    assert not dates_agree(tuesday, event("a2", "Evening Wire", "x", date="2024-10-18"))
    assert dates_agree(tuesday, event("a2", "Evening Wire", "x")) is None


def test_same_day_same_type_joins_when_one_side_names_no_specific_party():
    items = align_events([
        event("a1", "Daily Post", "Defence ministers agreed on Tuesday to buy drones together", date="2024-10-15",
              actors=[MINISTERS]),
        event("a2", "Evening Wire", "Estonia and its neighbours signed a drone pact", date="2024-10-15",
              source="published", actors=[ESTONIA]),
    ])
    assert len(items) == 1 and items[0].status == "corroborated"
    assert "2 independent sources (Daily Post, Evening Wire)" in items[0].explanation


def test_publication_dates_alone_do_not_join_party_less_events():
    items = align_events([
        event("a1", "Daily Post", "Ministers agreed to buy drones", date="2024-10-15", source="published", actors=[MINISTERS]),
        event("a2", "Evening Wire", "Unions accepted the pay offer", date="2024-10-15", source="published"),
    ])
    assert len(items) == 2


def test_different_parties_or_days_are_different_events():
    threat = event("a1", "Daily Post", "Russia warned Estonia", "THREATEN", "2024-10-16", actors=[RUSSIA])
    other = event("a2", "Evening Wire", "Estonia warned its neighbours", "THREATEN", "2024-10-16", actors=[ESTONIA])
    later = event("a2", "Evening Wire", "Russia warned Estonia", "THREATEN", "2024-10-19", actors=[RUSSIA])
    assert len(align_events([threat, other])) == 2
    assert len(align_events([threat, later])) == 2


def test_headline_joins_its_lede_but_two_body_events_stay_apart():
    headline = event("a1", "Daily Post", "Ministers agree to pool drone purchases", date="2024-10-15", headline=True,
                     actors=[MINISTERS])
    lede = event("a1", "Daily Post", "Defence ministers agreed on Tuesday to buy drones", date="2024-10-15",
                 actors=[MINISTERS], start=60)
    items = align_events([headline, lede])
    assert len(items) == 1 and items[0].status == "single-source"
    assert items[0].explanation == "AGREE on 2024-10-15, reported by Daily Post only, 2 times."
    first = event("a1", "Daily Post", "Russia met Estonia's envoy", "CONSULT", "2024-10-15", actors=[RUSSIA], start=100)
    second = event("a1", "Daily Post", "Russia met Latvia's envoy", "CONSULT", "2024-10-15", actors=[RUSSIA], start=200)
    assert len(align_events([first, second])) == 2


def test_explanation_prefers_days_to_weeks():
    items = align_events([
        event("a1", "Daily Post", "Ministers agreed this week", date="2024-W42", actors=[MINISTERS]),
        event("a2", "Evening Wire", "Ministers agreed on Tuesday", date="2024-10-15", actors=[MINISTERS]),
    ])
    assert items[0].explanation.startswith("AGREE on 2024-10-15,")


def test_an_event_told_as_expected_or_conditional_is_marked_and_kept_apart():
    done = event("a1", "Daily Post", "Russia deployed troops near the border", "MOBILIZE", "2024-10-16", actors=[RUSSIA])
    maybe = event("a2", "Evening Wire", "Moscow would deploy troops if the drones came near", "MOBILIZE", "2024-10-16",
                  actors=[RUSSIA])
    maybe.data["modality"] = "hypothetical"
    items = align_events([done, maybe])
    assert sorted(i.explanation for i in items) == [
        "MOBILIZE (conditional) on 2024-10-16, reported by Evening Wire only.",
        "MOBILIZE on 2024-10-16, reported by Daily Post only.",
    ]
    plan = event("a3", "Morning Star", "Russia will deploy troops", "MOBILIZE", "2024", actors=[RUSSIA])
    plan.data["modality"] = "future"
    plan.data["negated"] = True
    assert align_events([plan])[0].explanation == "MOBILIZE (expected, not done) in 2024, reported by Morning Star only."


def test_a_date_known_only_from_the_report_is_an_upper_bound():
    met = event("a1", "Daily Post", "a day after their ministers met", "CONSULT", "2024-10-16", source="inferred")
    assert align_events([met])[0].explanation == "CONSULT by 2024-10-16, reported by Daily Post only."
