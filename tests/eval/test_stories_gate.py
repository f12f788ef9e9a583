"""Accuracy gate for story clustering on ECB+ (topics 1-35 from ../shared): floors only move up.

Measured (docs/accuracy.md): crosswire B³ F1 0.937, pairwise F1 0.918, ARI 0.916; baseline B³ F1 0.870.
Fed in batches of 100 (as ingest does): B³ F1 0.929.
"""

from __future__ import annotations

import pytest

from crosswire.eval.stories import evaluate, score

B3_F1_FLOOR = 0.927
PAIRWISE_F1_FLOOR = 0.908
ARI_FLOOR = 0.906
MARGIN_OVER_BASELINE_FLOOR = 0.057
INCREMENTAL_B3_F1_FLOOR = 0.919  # batches of 100


def _ecbplus(shared_dir):
    path = shared_dir / "data" / "ecbplus" / "dev_topics_1-35.jsonl"
    if not path.exists():
        pytest.skip("ECB+ data is not in ../shared")
    return path


@pytest.fixture(scope="module")
def result(shared_dir):
    return evaluate(_ecbplus(shared_dir))


def test_story_clustering_floors(result):
    ours = result["crosswire"]
    assert result["articles"] == 772
    assert ours.b3_f1 >= B3_F1_FLOOR, ours
    assert ours.pairwise_f1 >= PAIRWISE_F1_FLOOR, ours
    assert ours.adjusted_rand >= ARI_FLOOR, ours


def test_beats_the_tfidf_baseline(result):
    assert result["crosswire"].b3_f1 - result["baseline"].b3_f1 >= MARGIN_OVER_BASELINE_FLOOR


def test_incremental_batches_keep_the_quality(shared_dir):
    # stories opened by early batches must still gather later reports (and merge with each other)
    ours = evaluate(_ecbplus(shared_dir), batch_size=100)["crosswire"]
    assert ours.b3_f1 >= INCREMENTAL_B3_F1_FLOOR, ours


def test_scores_on_known_clusterings():
    gold = ["a", "a", "b", "b"]
    perfect = score(gold, ["x", "x", "y", "y"])
    assert perfect.b3_f1 == perfect.pairwise_f1 == perfect.adjusted_rand == 1.0
    lumped = score(gold, ["x", "x", "x", "x"])
    assert lumped.b3_recall == 1.0 and lumped.b3_precision == 0.5 and lumped.adjusted_rand == 0.0
    split = score(gold, ["1", "2", "3", "4"])
    assert split.b3_precision == 1.0 and split.b3_recall == 0.5 and split.pairwise_f1 == 0.0
