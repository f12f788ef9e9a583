"""The four events the issue names in the two seed articles (skipped where ../shared is absent)."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import countries


@pytest.fixture(scope="module")
def seed_events(shared_dir, extract_text):
    out = {}
    for name in ("000_6cdfe6390a99875d.txt", "003_7e348a394f41090c.txt"):
        text = (shared_dir / "seeds" / name).read_text(encoding="utf-8")
        out[name] = extract_text(text, published="2024-11-08").events
    return out


def _find(events, types, actors, recipients):
    return [
        e for e in events
        if e.type in types and actors <= countries(e.actors) and recipients <= countries(e.recipients)
    ]


def test_north_korea_sends_troops_to_russia(seed_events):
    found = _find(seed_events["000_6cdfe6390a99875d.txt"], {"AID", "SUPPORT"}, {"PRK"}, {"RUS"})
    assert found and found[0].context == "military"


def test_russia_delivers_technology_reported_by_rutte(seed_events):
    found = _find(seed_events["000_6cdfe6390a99875d.txt"], {"AID", "COOPERATE"}, {"RUS"}, {"PRK"})
    assert found
    event = found[0]
    assert event.modality == "reported" and event.source is not None
    # the sub-headline's "the NATO secretary-general" or the body's "Rutte": either way Rutte
    assert "Rutte" in event.source.text or (event.source.actor and event.source.actor.id == "person:mark-rutte")


def test_yoon_trump_phone_call(seed_events):
    events = seed_events["000_6cdfe6390a99875d.txt"]
    found = [e for e in events if e.type == "CONSULT" and {"KOR", "USA"} <= countries(e.actors) | countries(e.recipients)]
    assert found
    assert found[0].date.value == "2024-11-07" and found[0].date.from_ == "text"


def test_g7_condemns_the_cooperation(seed_events):
    found = _find(seed_events["000_6cdfe6390a99875d.txt"], {"ACCUSE"}, {"KOR", "NZL"}, {"PRK", "RUS"})
    assert found
    assert found[0].date.value == "2024-11-06" and found[0].date.from_ == "text"
