"""Accuracy gate for actor resolution on tests/fixtures/actors_eval.jsonl: floors only move up.

"dev" and "holdout" were written before the rules; only "dev" misses were looked at while tuning.
"blind" was written after the rules and never tuned on. "blind2" (pronouns it/they/its/their/who/which,
compound and counted groups, unknown organisations with a stated country) was written before the rules
for those and scored once before tuning (0.338 / 0.473). Measured 2026-11-22 (docs/accuracy.md):
dev country 0.994 sector 1.000; holdout 1.000 / 0.973; blind 0.983 / 0.914; blind2 0.960 / 0.973.
"blind3" (141 mentions: Africa, Latin America, Central/South-East Asia, Pacific, ambiguous names, IGO
officials, NGOs, companies) was written before the fourth round's rules and scored once before them
(0.851 / 0.908); its floors sit under the score after the general fixes of that round (0.957 / 0.943).
"blind4" (55 mentions: a nominal before a titled name in apposition, possessive pronouns, a role's country from
its possessor, abstract "force", later titles of a person) was written before the fifth round's rules and scored
once before them (0.764 / 0.855); after them 0.982 / 0.982. Fifth round, all other splits: dev 0.995 / 1.000,
holdout 1.000 / 0.973, blind 0.983 / 0.914, blind2 0.973 / 0.973, blind3 0.965 / 0.950.
"blind5" (128 mentions: agencies, parliaments, courts, central banks, parties, armed groups, companies, news
outlets, NGOs, IGO bodies and offices, titles of 2020-2023 resolved by date, nominals such as "the group",
mentions that must stay unresolved) was written before the sixth round's rules, before reading the actor code,
and scored once (0.727 / 0.781); after the round 0.992 / 0.992. "dev5" (29 mentions) was written after that
round's rules, for development. Sixth round, other splits: dev 0.995 / 1.000, holdout 1.000 / 0.973, blind
0.983 / 0.948, blind2 0.987 / 0.987, blind3 0.979 / 0.965, blind4 1.000 / 0.982. Tenth round: dev 1.000 / 1.000,
blind3 0.986 / 0.965, all 0.992 / 0.982 (the rest unchanged).
"""

from __future__ import annotations

import pytest

from crosswire.eval.actors import read_cases, score_actors
from tests.conftest import FIXTURES

EVAL_SET = FIXTURES / "actors_eval.jsonl"
FLOORS = {
    "dev": {"country_accuracy": 0.99, "sector_accuracy": 0.99},
    "holdout": {"country_accuracy": 0.99, "sector_accuracy": 0.963},
    "blind": {"country_accuracy": 0.973, "sector_accuracy": 0.938},
    "blind2": {"country_accuracy": 0.977, "sector_accuracy": 0.977},
    "blind3": {"country_accuracy": 0.976, "sector_accuracy": 0.955},
    "blind4": {"country_accuracy": 0.97, "sector_accuracy": 0.97},
    "blind5": {"country_accuracy": 0.982, "sector_accuracy": 0.982},
    "dev5": {"country_accuracy": 0.956, "sector_accuracy": 0.956},
    # "resolved" is the share of the mentions that expect an actor which got one (since 2026-11-23; before,
    # mentions that must stay unresolved, "by force", counted as misses and the floor was re-set twice)
    "all": {"country_accuracy": 0.982, "sector_accuracy": 0.972, "resolved": 0.982},
}


@pytest.fixture(scope="module")
def scores(nlp):
    return {split: s.as_dict() for split, s in score_actors(nlp, EVAL_SET).items()}


def test_the_set_is_big_and_varied():
    cases = read_cases(EVAL_SET)
    assert len(cases) >= 200
    assert {c.split for c in cases} == {"dev", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "dev5"}
    assert len({country for c in cases for country in c.countries}) >= 60


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_actor_accuracy_floors(scores, split):
    for measure, floor in FLOORS[split].items():
        assert scores[split][measure] >= floor, f"{split} {measure} {scores[split][measure]} < floor {floor}"


BLIND6 = FIXTURES / "actors_blind6.jsonl"
# "blind6" (93 mentions in 30 sentences on 2022-2025 events: heads of government by date, institutions, seats,
# parties, armed groups, pronouns and nominals), written by the integrator at the end of the ninth round, after
# that round's rules and without changing any rule for it, scored once: country 0.850, sector 0.817, both 0.742,
# resolved 0.925 (docs/accuracy.md). It is kept apart from actors_eval.jsonl so that its misses stay unseen by
# the rules of the round that fixes them: a later round reports its score before tuning, then writes a new set.
# Tenth round (its faults fixed by general rules and data, tests/nlp/test_actors_round10.py): 1.000 / 0.989.
BLIND6_FLOORS = {"country_accuracy": 0.99, "sector_accuracy": 0.979}


def test_a_set_written_after_the_rules_keeps_its_floors(nlp):
    scores = score_actors(nlp, BLIND6)["blind6"].as_dict()
    for measure, floor in BLIND6_FLOORS.items():
        assert scores[measure] >= floor, f"blind6 {measure} {scores[measure]:.3f} < floor {floor}"


BLIND7 = FIXTURES / "actors_blind7.jsonl"
# "blind7" (129 mentions in 35 passages on 2019-2025 events, all continents: datelines, a headline, titles and
# appositions, surnames and pronouns, seats and palaces, demonyms on groups and weapons, possessives, nested IGO
# offices, parties in opposition, companies, outlets, NGOs, unions, churches, refugees, people out of office by the
# date, and mentions that must stay country-less), written in the tenth round before its author read the actor
# rules, scored once before any rule for it: country 0.705, sector 0.767, both 0.612, resolved 0.884
# (docs/accuracy.md). Its misses are the tenth round's work list; blind8 stays sealed.
# Scored once more on the rules written for blind6's faults, before any rule for its own: 0.760 / 0.752; after the
# general fixes of its fault classes (tests/nlp/test_actors_round10.py): 0.884 / 0.930.
BLIND7_FLOORS = {"country_accuracy": 0.874, "sector_accuracy": 0.92}


def test_blind7_written_before_the_rules_keeps_its_floors(nlp):
    scores = score_actors(nlp, BLIND7)["blind7"].as_dict()
    for measure, floor in BLIND7_FLOORS.items():
        assert scores[measure] >= floor, f"blind7 {measure} {scores[measure]:.3f} < floor {floor}"


BLIND8 = FIXTURES / "actors_blind8.jsonl"
# "blind8" (136 mentions in 35 passages), written with blind7 (passages alternated between the two, on different
# events, same mix) before its author read the actor rules, scored once without listing misses: country 0.787,
# sector 0.757, both 0.654, resolved 0.904. Sealed for the tenth round: nobody reads its misses or tunes on it; the
# integrator scores it once at the round's end and may raise these floors then.
BLIND8_FLOORS = {"country_accuracy": 0.80, "sector_accuracy": 0.77}  # end of the tenth round: 0.816 / 0.779


def test_blind8_sealed_set_keeps_its_floors(nlp):
    scores = score_actors(nlp, BLIND8)["blind8"].as_dict()
    for measure, floor in BLIND8_FLOORS.items():
        assert scores[measure] >= floor, f"blind8 {measure} {scores[measure]:.3f} < floor {floor}"
