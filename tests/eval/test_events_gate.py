"""Accuracy gate for the PLOVER event coder on tests/fixtures/events_eval.jsonl.

Floors sit a little under the scores measured when they were set (docs/accuracy.md, "Events
(PLOVER)") and only move up. "test" is the held-out split the rules were never tuned on; "dev" is the
split the rules were developed against.
"""

from __future__ import annotations

import pytest

from crosswire.eval.events import evaluate

FLOORS = {
    "test": {"type_accuracy": 0.85, "actor_country_accuracy": 0.825, "recipient_country_accuracy": 0.63},
    "dev": {"type_accuracy": 0.965, "actor_country_accuracy": 0.945, "recipient_country_accuracy": 0.865},
    "all": {"type_accuracy": 0.90, "actor_country_accuracy": 0.875, "recipient_country_accuracy": 0.735,
            "modality_accuracy": 0.975, "negation_accuracy": 0.98},
}
PER_TYPE_F1_FLOOR = 0.85  # every one of the 16 types, all sentences


@pytest.fixture(scope="module")
def scores(nlp):
    return {split: s.summary() for split, s in evaluate(nlp=nlp).items()}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_event_scores_stay_above_floors(scores, split):
    for metric, floor in FLOORS[split].items():
        assert scores[split][metric] >= floor, f"{split} {metric} {scores[split][metric]} < {floor}"


def test_every_type_is_found(scores):
    for etype, prf in scores["all"]["per_type"].items():
        assert prf["f1"] >= PER_TYPE_F1_FLOOR, f"{etype} F1 {prf['f1']} < {PER_TYPE_F1_FLOOR}"
