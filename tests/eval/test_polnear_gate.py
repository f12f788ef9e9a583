"""PolNeAR gate for quotes (floors only move up) and unit tests of the scorer itself.

Floors sit a little under the dev-split scores measured when they were set (docs/accuracy.md,
"Quotes and claims (PolNeAR)"). The rules were studied on train only; dev is reported, never tuned on.
"""

from __future__ import annotations

import pytest

from crosswire.eval.polnear import PolnearScores, attributions_from_quotes, evaluate_polnear, read_ann, score_file
from crosswire.records import Quote, SourceRef
from crosswire.records import Span as TextSpan

# measured 2026-11-22 on dev, issue 5 fourth round (continuation quotes, raising frame, retrained model,
# with the speaker rules): P 0.800 (1362/1702), R 0.587, F1 0.677, source 0.905, cue 0.917, word F1 0.841.
# With paragraph breaks as sentence starts (crosswire_paragraphs_v1): P 0.801 (1373/1713), R 0.592, F1 0.681,
# source 0.911, cue 0.921, word F1 0.842.
# Fifth round (model trained on the product's parse, multi-word cue frames, object and context features,
# retrained with the content-boundary changes): P 0.813 (1392/1713), R 0.600, F1 0.691, source 0.910,
# cue 0.921, word F1 0.843. Source and cue floors stay (0.01 under would lower them).
# The threshold was chosen on train (pooled CV precision >= 0.81) to keep precision over its floor.
# Sixth round (dense features: doc.tensor rows through a small network added to the sparse logit):
# P 0.811 (1406/1734), R 0.606, F1 0.694, source 0.910, cue 0.920, word F1 0.844. Precision, source and
# cue floors stay (0.01 under would lower them).
# Seventh round (cue-class backoff features, sparse model retrained, threshold 0.5125 by train CV):
# P 0.816 (1404/1720), R 0.605, F1 0.695, source 0.910, cue 0.921, word F1 0.843. Source and cue floors stay.
# Ninth round, both helpers merged (headlines ending in a full stop, 'said in a statement that', '46 percent said
# yes', a fronted poll as source; content boundaries: the speaker's next act left out, one end for a frame's and a
# report's clause, object infinitives, openers before a cue clause; datelines as sentences of their own):
# P 0.8187 (1422/1737), R 0.6132, F1 0.7012, source 0.9114, cue 0.9248, word F1 0.8448. Floors about 0.005 under.
# Tenth round, contents cut wrong (t5j: a clause on each side of the cue, a second report, a quotation closed
# inside a content, a shared auxiliary): P 0.8226 (1428/1736), R 0.6158, F1 0.7043, source 0.9097, cue 0.9237,
# word F1 0.8471. Floors about 0.005 under; source and cue stay.
FLOORS = {
    "content_precision": 0.817,
    "content_recall": 0.610,
    "content_f1": 0.699,
    "source_accuracy": 0.906,
    "cue_accuracy": 0.919,
    "word_f1": 0.842,
}


@pytest.fixture(scope="module")
def dev_scores(nlp, shared_dir):
    split = shared_dir / "data" / "polnear" / "dev"
    if not split.is_dir():
        pytest.skip("PolNeAR dev split is not in ../shared")
    return evaluate_polnear(split, nlp=nlp)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_polnear_dev_floor(dev_scores, measure):
    value = dev_scores.as_dict()[measure]
    assert value >= FLOORS[measure], f"{measure} {value} fell below its floor {FLOORS[measure]}"


def test_polnear_dev_every_text_was_scored(dev_scores):
    assert dev_scores.failures == []
    assert dev_scores.texts >= 80 and dev_scores.files >= dev_scores.texts


# --- the scorer on a hand-made example ------------------------------------------------------

TEXT = "Mayor Lee said the bridge will open in May. “It is safe,” she added. “Trust us.” Rain fell."


def _ann(tmp_path, lines):
    path = tmp_path / "x_ab12.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_read_ann_joins_discontinuous_content_and_keeps_roles(tmp_path):
    ann = _ann(
        tmp_path,
        [
            "T1\tSource 0 9\tMayor Lee",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 42\tthe bridge will open in May",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 62 67\tadded",
            "T6\tContent 45 55;70 78\tIt is safe Trust us",
            "T7\tAttribution-no-source 62 67\tadded",
            "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
            "#1\tAnnotatorNotes T1\ta note",
        ],
    )
    gold = read_ann(ann)
    assert [g.content for g in gold] == [((15, 42),), ((45, 55), (70, 78))]
    assert gold[0].source == ((0, 9),) and gold[1].source is None
    assert gold[1].cue == ((62, 67),)


def _quote(start, end, kind, cue=None, speaker=None):
    cue_span = TextSpan(TEXT[cue[0] : cue[1]], *cue) if cue else None
    source = SourceRef(TEXT[speaker[0] : speaker[1]], *speaker) if speaker else None
    return Quote(TEXT[start:end], start, end, kind, cue_span, source)


def test_continuation_quote_joins_the_previous_attribution():
    first = _quote(45, 55, "direct", cue=(62, 67), speaker=(58, 61))
    second = _quote(70, 78, "direct", cue=None, speaker=(58, 61))
    grouped = attributions_from_quotes(TEXT, [first, second])
    assert len(grouped) == 1 and grouped[0].content == [(45, 55), (70, 78)]


def test_scores_count_matches_sources_and_cues(tmp_path):
    ann = _ann(
        tmp_path,
        [
            "T1\tSource 0 9\tMayor Lee",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 42\tthe bridge will open in May",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 62 67\tadded",
            "T6\tContent 45 55;70 78\tIt is safe Trust us",
            "E2\tAttribution-no-source:T5 Content:T6 Cue:T5",
        ],
    )
    quotes = [
        _quote(15, 42, "indirect", cue=(10, 14), speaker=(0, 9)),  # right content, source and cue
        _quote(45, 55, "direct", cue=(62, 67), speaker=(58, 61)),  # gold has no source: source wrong
        _quote(70, 78, "direct", cue=None, speaker=(58, 61)),
        _quote(81, 91, "direct", cue=None, speaker=None),  # 'Rain fell.': matches nothing
    ]
    scores = PolnearScores()
    score_file(TEXT, read_ann(ann), quotes, scores)
    assert (scores.gold, scores.predicted, scores.matched) == (2, 2 + 1, 2)
    assert scores.source_right == 1 and scores.cue_right == 2
    assert scores.precision == pytest.approx(2 / 3) and scores.recall == 1.0


def test_a_small_overlap_is_not_a_match(tmp_path):
    ann = _ann(tmp_path, ["T3\tContent 15 42\tthe bridge will open in May", "T2\tCue 10 14\tsaid", "E1\tAttribution:T2 Content:T3 Cue:T2"])
    scores = PolnearScores()
    score_file(TEXT, read_ann(ann), [_quote(15, 25, "indirect", cue=(10, 14))], scores)  # 'the bridge': 2 of 6 words
    assert scores.matched == 0


def test_pieces_of_one_quote_around_their_shared_speech_tag_join():
    text = "“We are ready,” Lee said, “and the bridge opens in May.”"
    first = Quote("We are ready,", 1, 14, "direct", TextSpan("said", 20, 24), SourceRef("Lee", 16, 19))
    second = Quote("and the bridge opens in May.", 27, 55, "direct", TextSpan("said", 20, 24), SourceRef("Lee", 16, 19))
    other_cue = Quote("and the bridge opens in May.", 27, 55, "direct", TextSpan("Lee", 16, 19), SourceRef("Lee", 16, 19))
    assert [g.content for g in attributions_from_quotes(text, [first, second])] == [[(1, 14), (27, 55)]]
    assert len(attributions_from_quotes(text, [first, other_cue])) == 2


def test_parse_split_cache_is_reused_only_for_the_same_pipes(tmp_path):
    import spacy

    from crosswire.eval.polnear import PARSE_KEY, parse_key, parse_split

    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "a.txt").write_text("First line\nSecond line here.", encoding="utf-8")
    (split / "attributions" / "a_ab.ann").write_text("", encoding="utf-8")
    cache = tmp_path / "cache.spacy"
    plain = spacy.blank("en")
    _, texts, docs = parse_split(split, plain, cache)
    assert cache.exists() and docs[0].text == texts[0]
    assert docs[0].user_data[PARSE_KEY] == parse_key(plain)
    with_sentences = spacy.blank("en")
    with_sentences.add_pipe("sentencizer")
    assert parse_key(with_sentences) != parse_key(plain)
    _, _, again = parse_split(split, with_sentences, cache)  # another pipeline: the old cache is not reused
    assert again[0].user_data[PARSE_KEY] == parse_key(with_sentences)
    assert again[0].has_annotation("SENT_START")
    _, _, reread = parse_split(split, with_sentences, cache)  # same pipeline: read back, same key
    assert reread[0].user_data[PARSE_KEY] == parse_key(with_sentences) and reread[0].has_annotation("SENT_START")


def test_parse_split_keeps_the_token_vectors_beside_the_cache(tmp_path):
    import numpy as np
    import spacy
    from spacy.language import Language

    from crosswire.eval.polnear import parse_split, tensor_cache

    calls = []

    @Language.component("test_counting_tensor")
    def counting_tensor(doc):
        calls.append(doc.text)
        doc.tensor = np.arange(len(doc) * 3, dtype="float32").reshape(len(doc), 3) + len(doc.text)
        return doc

    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for name, text in (("a", "One two three."), ("b", "Four five six seven eight.")):
        (split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (split / "attributions" / f"{name}_ab.ann").write_text("", encoding="utf-8")
    cache = tmp_path / "cache.spacy"
    nlp = spacy.blank("en")
    nlp.add_pipe("test_counting_tensor")
    _, _, docs = parse_split(split, nlp, cache)
    assert tensor_cache(cache).exists()
    _, _, reread = parse_split(split, nlp, cache)
    assert len(calls) == 2  # read back from the cache, not parsed again
    for fresh, again in zip(docs, reread):
        assert again.tensor.shape == (len(again), 3)
        assert np.array_equal(fresh.tensor, again.tensor)
    tensor_cache(cache).unlink()  # a DocBin without its vectors is parsed again, not read without them
    _, _, parsed = parse_split(split, nlp, cache)
    assert len(calls) == 4 and tensor_cache(cache).exists()
    assert np.array_equal(parsed[1].tensor, docs[1].tensor)
