"""The split check: a new cluster holding two happenings of one topic is cut in two."""

from __future__ import annotations

import math

import numpy as np

from crosswire.fusion.cohesion import SPLIT_RATIO, _two_groups, cut_if_apart, split_incoherent


def unit(weights):
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()}


TOPIC = {"quake": 3.0, "magnitude": 3.0, "island": 3.0, "aftershock": 2.0}


def quake_reports(place, toll, n, extra):
    """n reports sharing the topic words, one happening's place and toll, and a word of their own."""
    return {f"{place}{i}": unit({**TOPIC, place: 1.0, toll: 1.0, f"{extra}{i}": 0.5}) for i in range(n)}


def test_two_happenings_sharing_topic_words_are_split():
    vectors = {**quake_reports("qeshm", "toll5", 4, "a"), **quake_reports("sumatra", "toll10", 4, "b")}
    groups = split_incoherent(list(vectors), vectors)
    assert sorted(sorted(g) for g in groups) == [sorted(k for k in vectors if k.startswith("qeshm")),
                                                 sorted(k for k in vectors if k.startswith("sumatra"))]


def test_one_happening_stays_whole():
    vectors = {f"r{i}": unit({**TOPIC, "qeshm": 1.0, "toll5": 1.0, f"own{i}": 0.7, f"own{(i + 1) % 8}": 0.7}) for i in range(8)}
    assert split_incoherent(list(vectors), vectors) == [list(vectors)]


def test_a_lone_outlier_is_not_a_second_happening():
    vectors = {**quake_reports("qeshm", "toll5", 6, "a"), "odd": unit({"quake": 1.0, "flood": 3.0, "river": 3.0})}
    assert split_incoherent(list(vectors), vectors) == [list(vectors)]


def test_small_clusters_are_not_checked():
    vectors = {**quake_reports("qeshm", "toll5", 2, "a"), **quake_reports("sumatra", "toll10", 2, "b")}
    assert split_incoherent(list(vectors), vectors, ratio=0.6) == [list(vectors)]
    assert split_incoherent(list(vectors), vectors, ratio=0.6, min_part=2) != [list(vectors)]


def test_names_and_numbers_view_splits_what_the_topic_vectors_blur():
    # the TF-IDF vectors keep only a weak hint of the place; the specific features (all names and
    # numbers of each report) say plainly which earthquake each one is about
    vectors = {f"{p}{i}": unit({**TOPIC, "coast" if p == "q" else "strait": 0.7, f"own{p}{i}": 1.0})
               for p in ("q", "s") for i in range(4)}
    specifics = {k: {"P:qeshm": 4.0, "N:5.6": 2.0} if k[0] == "q" else {"P:sumatra": 4.0, "N:7.1": 2.0} for k in vectors}
    assert split_incoherent(list(vectors), vectors) == [list(vectors)]
    groups = split_incoherent(list(vectors), vectors, views=(specifics,))
    assert sorted(sorted(g) for g in groups) == [["q0", "q1", "q2", "q3"], ["s0", "s1", "s2", "s3"]]


def test_bisection_finds_the_seam_between_two_groups_not_a_lone_outlier():
    # two tight groups of four, loosely linked, and one report barely linked to anything: average
    # linkage would leave the odd one alone; the normalised cut separates the two groups
    sim = np.full((9, 9), 0.1)
    sim[:4, :4] = sim[4:8, 4:8] = 0.6
    sim[8, :] = sim[:, 8] = 0.05
    np.fill_diagonal(sim, 1.0)
    labels = _two_groups(sim)
    assert len(set(labels[:4])) == 1 and len(set(labels[4:8])) == 1 and labels[0] != labels[4]


def two_blocks(inside_a, inside_b, across, n=4):
    """A cosine matrix of two groups of n: one value inside each group, one across."""
    sim = np.full((2 * n, 2 * n), across)
    sim[:n, :n], sim[n:, n:] = inside_a, inside_b
    np.fill_diagonal(sim, 1.0)
    return sim


def test_halves_a_little_closer_than_a_third_of_inside_are_cut():
    # across 0.18, looser half 0.5 inside: ratio 0.36, below the default 0.375 (the old 0.325
    # kept such a pair together; on ECB+ topics 1-20 the cuts with ratios from 0.325 to 0.375 and
    # three or more articles a side were all two similar happenings)
    sim = two_blocks(0.6, 0.5, 0.18)
    assert SPLIT_RATIO == 0.375
    halves = cut_if_apart(sim)
    assert halves is not None and sorted(map(list, halves)) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert cut_if_apart(sim, ratio=0.325) is None


def test_halves_as_close_as_0_4_of_inside_stay_whole():
    # across 0.2, looser half 0.5: ratio 0.4, one happening told from two angles
    assert cut_if_apart(two_blocks(0.6, 0.5, 0.2)) is None


def test_a_half_below_min_part_is_not_cut():
    sim = np.full((7, 7), 0.05)
    sim[:5, :5], sim[5:, 5:] = 0.6, 0.6
    np.fill_diagonal(sim, 1.0)
    assert cut_if_apart(sim) is None
    assert cut_if_apart(sim, min_part=2) is not None
