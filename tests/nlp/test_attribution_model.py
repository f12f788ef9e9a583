"""The trained attribution-frame model: its file, its features, and what it keeps in context."""

from __future__ import annotations

import pytest

from crosswire.errors import ModelError
from crosswire.nlp.attribution_model import (
    AttributionModel,
    candidate_features,
    load_attribution_model,
    source_kind,
)
from crosswire.nlp.attribution_frames import candidate_frames, content_span


def test_shipped_model_loads_with_lemmas_weights_and_a_threshold():
    model = load_attribution_model()
    assert 0.0 < model.threshold < 1.0
    assert {"support", "expect", "vote", "accuse"} <= model.lemmas
    assert len(model.weights) > 1000


def test_model_tries_only_its_listed_frames():
    model = AttributionModel({}, 0.0, 0.5, frozenset({"vote"}), frames={("vote", "VERB"): frozenset({"prep_for"})})
    assert model.tries("vote", "VERB", "prep_for")
    assert not model.tries("vote", "VERB", "dobj")
    assert not model.tries("vote", "NOUN", "prep_for")
    assert model.tries_word("vote", "VERB") and not model.tries_word("vote", "NOUN")
    assert AttributionModel({}, 0.0, 0.5, frozenset()).tries("anything", "VERB", "dobj")  # no list: every frame


def test_probability_is_the_logistic_of_bias_plus_weights():
    model = AttributionModel({"a": 2.0, "b": -1.0}, 0.5, 0.5, frozenset())
    assert model.probability([]) == pytest.approx(1 / (1 + 2.718281828 ** -0.5), rel=1e-6)
    assert model.probability(["a", "b", "unknown"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.5), rel=1e-6)
    assert model.probability(["a"] * 100) == pytest.approx(1.0)  # clipped, no overflow


def _assert_model_error(monkeypatch, data: dict) -> None:
    """Loading a model file holding `data` raises a ModelError (the cached model is restored after)."""
    import crosswire.nlp.attribution_model as am

    monkeypatch.setattr(am, "read_data_json", lambda name: data)
    am.load_attribution_model.cache_clear()
    try:
        with pytest.raises(ModelError):
            am.load_attribution_model("broken.json")
    finally:
        am.load_attribution_model.cache_clear()


def test_broken_model_file_is_a_model_error(monkeypatch):
    _assert_model_error(monkeypatch, {"weights": {}, "bias": 0})


def _features_for(resolve, text, cue_word, frame):
    doc = resolve(text)
    cue = next(t for t in doc if t.text == cue_word)
    head = next(h for f, h in candidate_frames(cue) if f == frame)
    return candidate_features(cue, frame, head, content_span(frame, head, cue), None, False)


def test_features_describe_cue_frame_and_content(resolve):
    feats = _features_for(resolve, "Most voters supported the new stadium plan.", "supported", "dobj")
    assert "lpf=support|VERB|dobj" in feats
    assert "lsrc=support|none" in feats
    assert "first=dobj|the" in feats


def test_source_kind_classes(resolve):
    doc = resolve("Senator Maria Lopez said he would vote for them.")
    assert source_kind(None) == "none"
    assert source_kind(doc[0:3]) == "PERSON"
    assert source_kind(doc[4:5]) == "pron"


# --- the model in the pipeline: context decides, not the word alone --------------------------


def contents(extract_text, text):
    return [(q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in extract_text(text).quotes]


def test_union_supports_a_bill_is_an_attribution(extract_text):
    found = contents(extract_text, "The teachers' union strongly supports the bill to raise school funding.")
    assert any(c.startswith("the bill") and cue == "supports" and "union" in (who or "") for c, cue, who in found), found


def test_an_expectation_is_kept_with_its_holder_and_cue(extract_text):
    found = contents(extract_text, "Most analysts expect the incumbent governor to win the election.")
    assert ("the incumbent governor to win the election", "expect", "Most analysts") in found, found


def test_plain_narration_of_a_physical_act_is_no_attribution(extract_text):
    found = contents(extract_text, "The workers carried the heavy boxes into the truck before noon.")
    assert found == []


def test_cue_facts_are_read_once_and_match_the_cue(resolve):
    from crosswire.nlp.attribution_model import cue_facts

    doc = resolve("The housing bill was not approved by the city council on Monday.")
    cue = next(t for t in doc if t.text == "approved")
    facts = cue_facts(cue, None)
    assert (facts.lemma, facts.pos, facts.tag, facts.skind) == ("approve", "VERB", "VBN", "none")
    assert facts.passive and facts.negated
    assert facts.kids == "agent.auxpass.neg.nsubjpass.prep"  # sorted dependents, punctuation left out


def test_frame_features_with_precomputed_facts_equal_a_fresh_read(resolve):
    from crosswire.nlp.attribution_model import cue_facts, cue_features, frame_features

    doc = resolve("Senators voted for the budget deal and supported the new stadium plan, officials expected.")
    tried = 0
    for cue in doc:
        facts = cue_facts(cue, None)
        assert cue_features(cue, None, facts) == cue_features(cue, None)
        for frame, head in candidate_frames(cue):
            content = content_span(frame, head, cue)
            if content is None:
                continue
            tried += 1
            assert frame_features(cue, frame, head, content, None, True, facts) == frame_features(cue, frame, head, content, None, True)
    assert tried >= 3


def test_weight_sum_adds_known_weights_in_order():
    model = AttributionModel({"a": 0.1, "b": 0.2, "c": 0.3}, 0.0, 0.5, frozenset())
    assert model.weight_sum(["a", "b", "c", "nope"]) == ((0.1 + 0.2) + 0.3)  # exact: same order as the training sum
    assert model.weight_sum([]) == 0


def test_multi_word_frames_are_walked_only_for_cue_words_that_have_one():
    frames = {("raise", "VERB"): frozenset({"obj_prep_about", "dobj"}), ("vote", "VERB"): frozenset({"prep_for"}), ("seem", "VERB"): frozenset({"subj_xcomp"})}
    model = AttributionModel({}, 0.0, 0.5, frozenset({"raise", "vote", "seem"}), frames=frames)
    assert model.tries_phrases("raise", "VERB") and model.tries_phrases("seem", "VERB")
    assert not model.tries_phrases("vote", "VERB") and not model.tries_phrases("raise", "NOUN")
    assert AttributionModel({}, 0.0, 0.5, frozenset()).tries_phrases("vote", "VERB")  # no list (training): every word


# --- the dense part: contextual vectors of the cue, head, holder and content -------------------


def test_dense_inputs_stack_cue_head_holder_and_content_mean():
    import numpy as np

    from crosswire.nlp.attribution_model import dense_inputs

    tensor = np.array([[1, 0], [0, 2], [3, 3], [5, 1], [-1, 4]], dtype="float32")
    rows = np.array([[0, 2, 4, 1, 4], [3, 1, -1, 2, 3]])  # (cue, head, holder, content start, end)
    x = dense_inputs(tensor, rows)
    assert x.shape == (2, 8)
    assert x[0].tolist() == [1, 0, 3, 3, -1, 4, 8 / 3, 2.0]  # content tokens 1..3: mean of (0,2), (3,3), (5,1)
    assert x[1].tolist() == [5, 1, 0, 2, 0, 0, 3, 3]  # no holder: zeros; one-token content: its own vector


def test_dense_scorer_is_one_relu_layer_weighed_into_the_logit():
    import numpy as np

    from crosswire.nlp.attribution_model import DenseScorer

    scorer = DenseScorer(np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([0.0, -1.0]), np.array([0.5, 2.0]), -0.25)
    x = np.array([[1.0, 1.0], [-1.0, 0.0]])
    # row 1: hidden (3, -1.5) -> relu (3, 0) -> 1.5 - 0.25; row 2: hidden (-1, 0) -> relu (0, 0) -> -0.25
    assert scorer.logits(x).tolist() == pytest.approx([1.25, -0.25])
    assert scorer.width == 2


def test_probabilities_add_the_dense_logit_only_when_the_vectors_fit():
    import numpy as np

    from crosswire.nlp.attribution_model import DenseScorer

    width = 2
    scorer = DenseScorer(np.ones((4 * width, 1)), np.zeros(1), np.array([1.0]), 0.0)
    model = AttributionModel({}, 0.0, 0.5, frozenset(), dense=scorer)
    tensor = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]], dtype="float32")
    rows = [(0, 1, -1, 1, 3)]  # dense inputs 1+0 + 0+1 + 0 + mean((0,1),(.5,.5)) -> 1 + 1 + 0 + 1 = 3
    assert model.probabilities([-1.0], tensor, rows)[0] == pytest.approx(1 / (1 + np.exp(-2.0)))
    no_vectors = np.zeros((0, 0), dtype="float32")
    assert model.probabilities([-1.0], no_vectors, rows)[0] == pytest.approx(1 / (1 + np.exp(1.0)))  # sparse part alone
    assert AttributionModel({}, 0.0, 0.5, frozenset()).probabilities([0.0], tensor, rows)[0] == pytest.approx(0.5)


def test_product_pipeline_leaves_token_vectors_the_dense_part_can_read(nlp):
    doc = nlp("The mayor endorsed the stadium plan on Friday.")
    assert doc.tensor.shape[0] == len(doc) and doc.tensor.shape[1] > 0
    dense = load_attribution_model().dense
    if dense is not None:
        assert dense.width == 4 * doc.tensor.shape[1]


def test_dense_layer_with_wrong_shapes_is_a_model_error(monkeypatch):
    import crosswire.nlp.attribution_model as am

    good = am.read_data_json(am.MODEL_FILE)
    _assert_model_error(monkeypatch, dict(good, dense={"w1": [[0.1, 0.2]], "b1": [0.0], "v": [1.0, 2.0], "c": 0.0}))


def test_frame_candidates_add_each_candidates_own_dense_logit(nlp):
    import dataclasses

    import numpy as np

    from crosswire.nlp.attribution_model import DenseScorer, dense_inputs
    from crosswire.nlp.quotes import QuoteFinder, dense_row

    doc = nlp("The teachers' union endorsed the governor's budget plan, and most analysts expect it to pass.")
    rng = np.random.default_rng(7)
    dense = DenseScorer(rng.normal(0, 0.3, (4 * doc.tensor.shape[1], 3)).astype("float32"), np.zeros(3, "float32"), np.array([1.0, -1.0, 0.5], "float32"), 0.2)
    model = dataclasses.replace(load_attribution_model(), dense=dense, frames=None)  # every frame of its cue words
    scored = QuoteFinder(nlp, model=model).state(doc).frame_candidates([])
    assert len(scored) >= 2
    moved = 0
    for p, cand in scored:
        sparse = model.bias + model.weight_sum(cand.features)
        own = dense.logits(dense_inputs(doc.tensor, np.array([dense_row(cand)])))[0]
        assert p == pytest.approx(1 / (1 + np.exp(-(sparse + own))), abs=1e-6)
        moved += abs(own) > 1e-3
    assert moved >= 1  # the dense part changed some probability: the test would see a dropped term


def test_dense_logits_in_blocks_equal_one_product():
    import numpy as np

    from crosswire.nlp.attribution_model import BLOCK_ROWS, DenseScorer

    rng = np.random.default_rng(3)
    scorer = DenseScorer(rng.normal(size=(6, 4)).astype("float32"), rng.normal(size=4).astype("float32"), rng.normal(size=4).astype("float32"), 0.3)
    x = rng.normal(size=(2 * BLOCK_ROWS + 5, 6)).astype("float32")  # three blocks, the last one short
    expected = np.maximum(x.astype("float64") @ scorer.w1 + scorer.b1, 0.0) @ scorer.v + 0.3
    assert scorer.logits(x) == pytest.approx(expected, rel=1e-4, abs=1e-4)
    assert scorer.logits(x[:0]).shape == (0,)


# --- cue classes: the backoff from a rare cue word to the words used like it --------------------


def test_cue_class_file_puts_related_words_in_one_class():
    from crosswire.knowledge import load_cue_classes

    classes = load_cue_classes()
    assert classes["endorse"] == classes["support"] == classes["back"]
    assert classes["denounce"] == classes["oppose"] == classes["criticize"]
    assert classes["believe"] == classes["think"]
    assert classes["say"] != classes["support"]
    assert "carry" not in classes  # a physical act is no cue class


def test_a_lemma_in_two_cue_classes_is_a_model_error(monkeypatch):
    import crosswire.knowledge as kn

    monkeypatch.setattr(kn, "read_data_json", lambda name: {"classes": {"a": {"lemmas": ["back"]}, "b": {"lemmas": ["back"]}}})
    kn.load_cue_classes.cache_clear()
    try:
        with pytest.raises(ModelError):
            kn.load_cue_classes("twice.json")
        monkeypatch.setattr(kn, "read_data_json", lambda name: {"classes": ["back"]})
        with pytest.raises(ModelError):
            kn.load_cue_classes("flat.json")
    finally:
        kn.load_cue_classes.cache_clear()


def test_classed_cue_words_share_backoff_features(resolve):
    rare = _features_for(resolve, "The city council endorsed the new stadium plan.", "endorsed", "dobj")
    common = _features_for(resolve, "The city council supported the new stadium plan.", "supported", "dobj")
    shared = {f for f in rare if f.startswith("c")} & set(common)
    assert "cf=support|VERB|dobj" in shared and "c=support|VERB" in shared
    assert "lpf=endorse|VERB|dobj" in rare and "lpf=endorse|VERB|dobj" not in common  # the lemma's own features stay


def test_an_unclassed_cue_word_has_no_backoff_features(resolve):
    feats = _features_for(resolve, "The workers carried the heavy boxes into the truck.", "carried", "dobj")
    assert "lpf=carry|VERB|dobj" in feats
    assert not any(f.startswith(("c=", "cf=", "cfirst=", "csrc=")) for f in feats)
