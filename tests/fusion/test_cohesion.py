"""The split check: a new cluster holding two happenings of one topic is cut in two."""

from __future__ import annotations

import math

from crosswire.fusion.cohesion import split_incoherent


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
