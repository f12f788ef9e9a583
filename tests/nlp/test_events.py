"""The PLOVER event coder (crosswire_events_v1) through the full pipeline, one behaviour per test."""

from __future__ import annotations

import pytest

from crosswire.nlp.events.lexicon import PLOVER_TYPES
from tests.nlp.conftest import countries


def _events(extract_text, text, published="2024-03-10"):
    return extract_text(text, published=published).events


def _only(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[(e.type, e.rule) for e in events]}"
    return found[0]


def test_material_aid_has_actor_recipient_and_size(extract_text):
    event = _only(_events(extract_text, "Poland sent 200 soldiers to Lithuania."), "AID")
    assert countries(event.actors) == {"POL"}
    assert countries(event.recipients) == {"LTU"}
    assert event.size is not None and event.size.value == 200 and event.size.unit == "troops"
    assert event.trigger.text == "sent"


def test_a_size_written_with_a_hyphen_is_one_number(extract_text):
    event = _only(_events(extract_text, "Police arrested forty-five protesters in Nairobi on Monday."), "COERCE")
    assert event.size is not None and event.size.value == 45


@pytest.mark.parametrize(
    ("text", "etype", "value", "unit", "qualifier"),
    [
        ("Riot police detained nearly 300 demonstrators in Ankara.", "COERCE", 300, "prisoners", "about"),
        ("Seventeen soldiers died in an ambush in northern Mali.", "ASSAULT", 17, "troops", "exact"),
        ("Almost two dozen civilians were killed in the shelling of Kherson.", "ASSAULT", 24, "dead", "about"),
        ("Thousands of students protested outside parliament in Lisbon.", "PROTEST", 1000, "protesters", "more_than"),
        ("Tens of thousands of students protested outside parliament in Lisbon.", "PROTEST", 10000, "protesters", "more_than"),
    ],
)
def test_event_sizes_read_numbers_like_claims(extract_text, text, etype, value, unit, qualifier):
    """Sizes use the claims' number words and qualifiers: 'nearly 300' is about 300, a vague plural is more than its unit."""
    size = _only(_events(extract_text, text), etype).size
    assert size is not None and (size.value, size.unit, size.qualifier) == (value, unit, qualifier)


def test_a_vague_plural_of_money_is_no_size(extract_text):
    events = _events(extract_text, "The insurers agreed to release millions in cash to the miners on Friday.")
    assert all(e.size is None for e in events)


def test_light_verb_carries_noun_trigger(extract_text):
    events = _events(extract_text, "Chile imposed new sanctions on Peru.")
    event = _only(events, "SANCTION")
    assert event.trigger.text.startswith("imposed") and "sanctions" in event.trigger.text
    assert countries(event.actors) == {"CHL"} and countries(event.recipients) == {"PER"}


def test_governed_trigger_is_not_a_second_event(extract_text):
    events = _events(extract_text, "Japan refused to meet the Chinese delegation.")
    assert [e.type for e in events] == ["REJECT"]


def test_negation(extract_text):
    event = _only(_events(extract_text, "Egyptian forces did not attack the convoy."), "ASSAULT")
    assert event.negated is True
    plain = _only(_events(extract_text, "Egyptian forces attacked the convoy."), "ASSAULT")
    assert plain.negated is False


def test_future_cooperation_becomes_agree(extract_text):
    event = _events(extract_text, "Spain will send medical supplies to Morocco next week.")[0]
    assert event.type == "AGREE" and event.modality == "future"
    assert "future>AGREE" in event.rule
    assert countries(event.actors) == {"ESP"} and countries(event.recipients) == {"MAR"}


def test_announced_retreat_becomes_concede(extract_text):
    event = _events(extract_text, "Armenia announced it would withdraw its troops from the border villages.")[0]
    assert event.type == "CONCEDE" and event.modality == "future"


def test_hypothetical(extract_text):
    event = _only(_events(extract_text, "If the talks collapse, Ghana could expel the Nigerian diplomats."), "SANCTION")
    assert event.modality == "hypothetical"


def test_reported_event_carries_its_source(extract_text):
    event = _only(_events(extract_text, "Iraq is funding the militia, Kuwaiti officials said."), "AID")
    assert event.modality == "reported"
    assert event.source is not None and "officials" in event.source.text


def test_event_inside_a_direct_quote_is_reported(extract_text):
    text = '"Turkey is shipping drones to Azerbaijan," the Armenian foreign minister told reporters.'
    event = _only(_events(extract_text, text), "AID")
    assert event.modality == "reported" and event.source is not None
    assert countries(event.actors) == {"TUR"} and countries(event.recipients) == {"AZE"}


def test_date_from_the_sentence_else_published(extract_text):
    dated = _only(_events(extract_text, "On March 3, Chad arrested three journalists.", "2024-03-10"), "COERCE")
    assert dated.date.from_ == "text" and dated.date.value.startswith("2024-03-03")
    undated = _only(_events(extract_text, "Chad arrested three journalists.", "2024-03-10"), "COERCE")
    assert undated.date.from_ == "published" and undated.date.value == "2024-03-10"


def test_compound_actors_are_listed_separately(extract_text):
    event = _only(_events(extract_text, "Norwegian and Danish ministers condemned the decision."), "ACCUSE")
    assert countries(event.actors) == {"NOR", "DNK"}


def test_host_is_recipient_visitor_is_actor(extract_text):
    event = _only(_events(extract_text, "Kenya hosted the Ugandan president for two days of talks."), "CONSULT")
    assert countries(event.actors) == {"UGA"} and countries(event.recipients) == {"KEN"}
    assert "host>swap" in event.rule


def test_violent_crowd_is_a_riot(extract_text):
    event = _events(extract_text, "Protesters torched police cars in Lima on Sunday.")[0]
    assert event.type == "PROTEST" and event.mode == "riot"


@pytest.mark.parametrize(
    "text",
    [
        "Only four members met the spending target last year.",
        "Many families struggle to make ends meet in the city.",
        "The agency released a survey of hospital waiting times.",
        "Reporters asked whether the minister would stay in office.",
        "Too many veterans commit suicide every year.",
    ],
)
def test_lookalikes_are_not_events(extract_text, text):
    assert _events(extract_text, text) == ()


def test_plain_sentence_has_no_event(extract_text):
    assert _events(extract_text, "The weather in Oslo stayed mild for most of the week.") == ()


def test_every_event_is_explained(extract_text):
    text = ("Brazil praised the agreement. Police arrested twelve people in Quito. "
            "The ministry urged Colombia to reopen its embassy.")
    events = _events(extract_text, text)
    assert len(events) == 3
    for event in events:
        assert event.type in PLOVER_TYPES
        assert 0 < event.confidence <= 1
        assert event.rule and event.rule.startswith("triggers.tsv:")
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert event.start <= event.trigger.start and event.trigger.end <= event.end


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Mexico recalled its ambassador from Lima.", "SANCTION"),
        ("Thousands of nurses went on strike in Madrid.", "PROTEST"),
        ("Vietnam massed troops along the border.", "MOBILIZE"),
        ("Austria rejected the proposal.", "REJECT"),
        ("Libya released four foreign hostages.", "RETREAT"),
        ("Peru's president apologised for the police violence.", "CONCEDE"),
        ("Jordan threatened to close the crossing.", "THREATEN"),
        ("Chilean and Argentine police shared intelligence on the gang.", "COOPERATE"),
    ],
)
def test_types_from_the_lexicon(extract_text, text, etype):
    assert [e.type for e in _events(extract_text, text)][:1] == [etype]


def test_passive_of_a_sending_verb_keeps_the_sender(extract_text):
    event = _only(_events(extract_text, "Italian doctors were dispatched to Albania after the floods."), "AID")
    assert countries(event.actors) == {"ITA"} and countries(event.recipients) == {"ALB"}


def test_passive_with_agent(extract_text):
    event = _only(_events(extract_text, "The convoy was attacked by Malian soldiers near Gao."), "ASSAULT")
    assert countries(event.actors) == {"MLI"}
