"""Annotator agreement: the annotators of one PolNeAR text scored against each other with the product's scorer."""

import pytest

from crosswire.errors import InputError
from crosswire.eval.polnear import annotator_agreement

TEXT = "Mayor Lee said the bridge will open in May. Critics argued that the cost had doubled. Rain fell."

SAID = ["T1\tSource 0 9\tMayor Lee", "T2\tCue 10 14\tsaid", "T3\tContent 15 42\tthe bridge will open in May", "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"]
ARGUED = ["T4\tSource 44 51\tCritics", "T5\tCue 52 58\targued", "T6\tContent 64 84\tthe cost had doubled", "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]
# the same content, but the second annotator took in 'that' and a different cue word range
ARGUED_WIDER = ["T4\tSource 44 51\tCritics", "T5\tCue 52 58\targued", "T6\tContent 59 84\tthat the cost had doubled", "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]


def _split(tmp_path, files: dict[str, list[str]], text: str = TEXT):
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "story.txt").write_text(text, encoding="utf-8")
    for name, lines in files.items():
        (split / "attributions" / f"story_{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return split


def test_identical_annotators_agree_fully(tmp_path):
    scores = annotator_agreement(_split(tmp_path, {"aa": SAID + ARGUED, "bb": SAID + ARGUED}))
    assert (scores.texts, scores.files, scores.gold, scores.matched) == (1, 2, 4, 4)
    assert scores.f1 == 1.0 and scores.source_accuracy == 1.0 and scores.cue_accuracy == 1.0


def test_each_ordered_pair_counts_once(tmp_path):
    # aa marks both attributions, bb only the first: bb against aa finds 1 of 2, aa against bb has 1 extra
    scores = annotator_agreement(_split(tmp_path, {"aa": SAID + ARGUED, "bb": SAID}))
    assert (scores.gold, scores.predicted, scores.matched) == (3, 3, 2)
    assert scores.precision == pytest.approx(2 / 3) and scores.recall == pytest.approx(2 / 3)


def test_a_content_differing_by_a_word_still_matches(tmp_path):
    # 'that the cost had doubled' vs 'the cost had doubled': 4 of 5 words shared, over the 0.5 ratio
    scores = annotator_agreement(_split(tmp_path, {"aa": ARGUED, "bb": ARGUED_WIDER}))
    assert scores.matched == 2
    # words pooled over both pairs: 8 shared of 9 on each side
    assert scores.word_scores() == pytest.approx((8 / 9, 8 / 9, 8 / 9))


def test_texts_with_one_annotator_are_left_out(tmp_path):
    scores = annotator_agreement(_split(tmp_path, {"aa": SAID}))
    assert (scores.texts, scores.files, scores.gold) == (0, 0, 0)


def test_not_a_split_folder_says_so(tmp_path):
    with pytest.raises(InputError, match="not a PolNeAR split folder"):
        annotator_agreement(tmp_path)
