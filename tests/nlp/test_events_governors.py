"""What keeps an event from happening (negating governors, refused intents), whose plan an infinitive
completes, and frame words read only from the trigger's own clause."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import countries


def events_of(extract_text, text):
    return extract_text(text, published="2024-05-02").events


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The army failed to capture the town.", "COERCE"),
        ("The president avoided meeting the protesters.", "CONSULT"),
        ("The government postponed the summit with Japan.", "CONSULT"),
        ("The talks with Iran were called off.", "CONSULT"),
        ("The prime minister said he had no intention of resigning.", "RETREAT"),
        ("Putin has no plans to visit Brazil.", "CONSULT"),
    ],
)
def test_an_event_kept_from_happening_is_negated(extract_text, text, etype):
    found = [e for e in events_of(extract_text, text) if e.type == etype]
    assert found and all(e.negated for e in found), text


@pytest.mark.parametrize(
    "text",
    [
        "The army captured the town after a week of fighting.",
        "The president met the protesters in the square.",
        "The summit with Japan was held in Osaka.",
        "The prime minister announced his resignation.",
    ],
)
def test_events_that_happened_stay_affirmative(extract_text, text):
    found = events_of(extract_text, text)
    assert found and not any(e.negated for e in found), text


def test_a_plan_to_act_belongs_to_who_has_it(extract_text):
    visit = next(e for e in events_of(extract_text, "Putin has no plans to visit Brazil.") if e.type == "CONSULT")
    assert [a.id for a in visit.actors] == ["person:vladimir-putin"] and countries(visit.recipients) == {"BRA"}


def test_another_clause_gives_no_frame_word(extract_text):
    # "punish" belongs to the voters' clause: the vow is no threat of violence
    found = events_of(extract_text, "Ishiba vows to stay as voters punish the ruling party.")
    assert not any(e.type == "THREATEN" for e in found)
    threat = events_of(extract_text, "The rebels vowed to punish the traitors.")
    assert [e.type for e in threat] == ["THREATEN"]


def test_scrambling_needs_aircraft_or_forces(extract_text):
    assert [e.type for e in events_of(extract_text, "Taiwan scrambled fighter jets on Monday.")] == ["MOBILIZE"]
    assert events_of(extract_text, "The defeat left the prime minister scrambling to hold on to power.") == ()


def test_a_plan_named_by_another_verb_has_no_owner(extract_text):
    # who gives permission is not who visits, and the permission itself is nobody
    text = "The committee gave the envoy permission to visit Oman."
    visit = next(e for e in events_of(extract_text, text) if e.type == "CONSULT")
    assert visit.actors == () and countries(visit.recipients) == {"OMN"}


def test_who_has_the_intention_acts(extract_text):
    text = "Ishiba told a news conference on Monday that he had no intention of resigning."
    retreat = next(e for e in events_of(extract_text, text) if e.type == "RETREAT")
    assert retreat.negated and [a.id for a in retreat.actors] == ["person:shigeru-ishiba"]
    campaign = events_of(extract_text, "The rebels launched a campaign of attacking convoys.")
    assert [e.type for e in campaign] == ["ASSAULT"] and [a.sector for a in campaign[0].actors] == ["REB"]


def test_an_act_told_in_a_report_is_not_dated_by_the_telling(extract_text):
    text = "A spokesman said on Monday that the building was hit by an air defence missile."
    hit = next(e for e in extract_text(text, published="2023-01-19").events if e.type == "ASSAULT")
    assert (hit.date.value, hit.date.text, hit.date.from_) == ("2023-01-16", "Monday", "inferred")
    text = "Officials said on Sunday that 40 people were killed in Saturday's strike."
    hit = next(e for e in extract_text(text, published="2023-01-16").events if e.type == "ASSAULT")
    assert (hit.date.value, hit.date.from_) == ("2023-01-14", "text")
    text = "Russia said on Monday it would send more troops to the border."
    sent = extract_text(text, published="2023-01-19").events[0]
    assert (sent.date.value, sent.date.from_) == ("2023-01-16", "text")


def test_a_bare_strike_in_a_war_report_is_the_attack(extract_text):
    text = ("A missile hit an apartment block in Dnipro on Saturday.\n\n"
            "The death toll from the Dnipro strike rose to 35, officials said.")
    strike = [e for e in extract_text(text, published="2023-01-16").events if e.trigger.text.endswith("strike")]
    assert [e.type for e in strike] == ["ASSAULT"]
    text = "Rail workers held a 48-hour strike over pay.\n\nThe strike closed most lines."
    assert {e.type for e in extract_text(text, published="2023-01-16").events} == {"PROTEST"}


def test_a_time_of_day_dates_its_day(extract_text):
    text = "The general rejected the ultimatum in a televised address on Sunday evening."
    rejected = next(e for e in extract_text(text, published="2023-07-31").events if e.type == "REJECT")
    assert (rejected.date.value, rejected.date.text, rejected.date.from_) == ("2023-07-30", "Sunday evening", "text")


def test_a_range_sizes_an_event_at_its_low_end(extract_text):
    march = extract_text("Between 200 and 300 protesters marched in Minsk.", published="2024-05-02").events[0]
    assert (march.size.value, march.size.qualifier, march.size.text) == (200, "at_least", "200 and 300 protesters")
    arrest = extract_text("Police arrested 20 to 30 protesters in Tbilisi.", published="2024-05-02").events[0]
    assert (arrest.size.value, arrest.size.qualifier) == (20, "at_least")


def test_each_verb_is_sized_by_its_own_number(extract_text):
    events = extract_text("The rebels killed 12 soldiers and wounded 30 others.", published="2024-05-02").events
    assert [(e.trigger.text, e.size.value) for e in events] == [("killed", 12), ("wounded", 30)]


@pytest.mark.parametrize("text", [
    "The number of people killed by the earthquake in the mountains rose to 300, the ministry said.",
    "Floods killed at least 40 people in the south of the country, officials said.",
    "More than 900 people were injured in the quake, which was felt as far away as the capital.",
    "A landslide buried a dozen homes and killed nine villagers.",
    "Cyclone Freddy battered Malawi's south, injuring 200 people.",
])
def test_a_hazard_is_nobodys_act(extract_text, text):
    assert [e.type for e in events_of(extract_text, text)] == []


@pytest.mark.parametrize("text", [
    "Russian troops shelled the town and killed nine villagers.",
    "Israeli strikes killed 30 people in Gaza during the storm, health officials said.",
    "Five soldiers were killed in an ambush in the north.",
])
def test_an_attack_in_bad_weather_stays_an_attack(extract_text, text):
    assert "ASSAULT" in [e.type for e in events_of(extract_text, text)]


@pytest.mark.parametrize("text", [
    "The proposal met fierce resistance from farmers.",
    "The plan met with criticism from the opposition.",
])
def test_meeting_a_reaction_is_no_meeting(extract_text, text):
    assert [e.type for e in events_of(extract_text, text)] == []


def test_meeting_the_opposition_is_a_meeting(extract_text):
    assert [e.type for e in events_of(extract_text, "The president met with the opposition on Monday.")] == ["CONSULT"]
