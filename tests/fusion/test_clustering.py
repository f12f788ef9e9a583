"""Average linkage over blocked pairs, sum vectors, date windows and blocking keys."""

from __future__ import annotations

from crosswire.fusion import clustering as cl


def unit(**weights):
    total = sum(w * w for w in weights.values()) ** 0.5
    return {t: w / total for t, w in weights.items()}


def test_similarity_of_sums_is_the_average_pairwise_cosine():
    a, b, c = unit(x=1, y=1), unit(x=1), unit(y=1, z=1)
    left = cl.new_cluster("a", a, None)
    left.absorb(cl.new_cluster("b", b, None))
    right = cl.new_cluster("c", c, None)
    expected = (cl.dot(a, c) + cl.dot(b, c)) / 2
    assert abs(left.similarity(right) - expected) < 1e-9


def test_linkage_merges_similar_and_keeps_apart_dissimilar():
    clusters = {
        "a": cl.new_cluster("a", unit(rutte=1, nato=1), None),
        "b": cl.new_cluster("b", unit(rutte=1, nato=0.8, budapest=0.3), None),
        "c": cl.new_cluster("c", unit(flood=1, river=1), None),
    }
    result = cl.average_linkage(clusters, [("a", "b"), ("a", "c"), ("b", "c")], threshold=0.5)
    assert result["a"] == result["b"]
    assert result["c"] != result["a"]


def test_only_blocked_pairs_are_compared():
    clusters = {k: cl.new_cluster(k, unit(same=1), None) for k in "abc"}
    result = cl.average_linkage(clusters, [("a", "b")], threshold=0.5)
    assert result["a"] == result["b"] != result["c"]


def test_dates_far_apart_never_merge():
    clusters = {
        "a": cl.new_cluster("a", unit(quake=1), "2010-01-01"),
        "b": cl.new_cluster("b", unit(quake=1), "2024-01-01"),
    }
    assert cl.average_linkage(clusters, [("a", "b")], threshold=0.5) == {"a": "a", "b": "b"}


def test_two_close_existing_stories_merge_and_the_larger_keeps_its_id():
    clusters = {
        "s1": cl.story_cluster("s1", {"x": 2.0}, 2, None, None),  # a story's total is the sum of its unit vectors
        "s2": cl.story_cluster("s2", {"x": 4.0}, 4, None, None),
        "n": cl.new_cluster("n", unit(x=1), None),
    }
    result = cl.average_linkage(clusters, [("s1", "s2"), ("n", "s1"), ("n", "s2")], threshold=0.1)
    assert result == {"n": "s2"}
    assert clusters["s2"].absorbed_stories == ["s1"] and clusters["s2"].size == 7


def test_existing_stories_stay_apart_below_the_story_merge_level():
    # mean cosine of the two stories is 0.5 (unit sums of weight 1 each, dot 0.5): merges at 0.4, not at 0.6
    def stories():
        return {"s1": cl.story_cluster("s1", unit(x=1, y=1), 1, None, None),
                "s2": cl.story_cluster("s2", unit(x=1, z=1), 1, None, None)}
    apart = stories()
    assert cl.average_linkage(apart, [("s1", "s2")], threshold=0.4, story_merge_factor=1.5) == {}
    assert apart["s1"].absorbed_stories == apart["s2"].absorbed_stories == []
    joined = stories()
    cl.average_linkage(joined, [("s1", "s2")], threshold=0.4, story_merge_factor=1.0)
    assert joined["s1"].absorbed_stories == ["s2"]


def test_absorbed_lists_are_transitive():
    big = cl.story_cluster("s1", unit(x=1), 3, None, None)
    middle = cl.story_cluster("s2", unit(x=1), 2, None, None)
    middle.absorb(cl.story_cluster("s3", unit(x=1), 1, None, None))
    big.absorb(middle)
    assert big.absorbed_stories == ["s3", "s2"] and big.size == 6


def test_lone_article_attaches_at_the_lower_floor():
    clusters = {
        "a": cl.new_cluster("a", unit(x=1, y=1), None),
        "b": cl.new_cluster("b", unit(x=1, z=3), None),
    }
    similarity = clusters["a"].similarity(clusters["b"])
    fresh = {k: cl.new_cluster(k, dict(v.total), None) for k, v in clusters.items()}
    joined = cl.average_linkage(clusters, [("a", "b")], threshold=similarity * 1.5, attach_factor=0.6)
    assert joined["a"] == joined["b"]
    apart = cl.average_linkage(fresh, [("a", "b")], threshold=similarity * 12, attach_factor=0.5)
    assert apart["a"] != apart["b"]


def test_blocked_pairs_skip_overly_common_keys():
    keys = {"a": ["rare", "common"], "b": ["rare", "common"], "c": ["common"], "d": ["common"]}
    assert cl.blocked_pairs(keys, max_posting=3) == {("a", "b")}


def test_tfidf_prefers_rare_terms_and_is_unit_length():
    vector = cl.tfidf_vector({"rare": 1, "common": 1}, {"rare": 1, "common": 90}, 100)
    assert vector["rare"] > vector.get("common", 0)
    assert abs(sum(w * w for w in vector.values()) - 1) < 1e-9
