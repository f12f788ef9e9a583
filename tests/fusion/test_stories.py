"""update_stories on a real (in-memory) store: grouping, incremental attachment, listing."""

from __future__ import annotations

import pytest

from crosswire.fusion.stories import StoryOptions, update_stories
from crosswire.records import Article, Extraction
from crosswire.store.db import Store
from crosswire.store.stories import list_stories

QUAKE = [
    "A magnitude 6.8 earthquake struck near the Chilean port city of Valparaiso on Monday, officials said. "
    "Rescue teams in Valparaiso searched collapsed homes as aftershocks shook the coast of Chile.",
    "Chile's emergency office said the Valparaiso earthquake damaged hundreds of homes. The magnitude 6.8 quake "
    "hit the coast on Monday and rescue teams worked through the night near Valparaiso.",
    "Aftershocks rattled Valparaiso a day after the magnitude 6.8 earthquake; Chile's president visited "
    "rescue teams and promised aid for damaged homes along the coast.",
]
ELECTION = [
    "Voters in Iceland chose a new parliament on Saturday, and the Independence Party of Reykjavik led the count. "
    "Turnout in Iceland reached a record, election officials in Reykjavik said.",
    "The Independence Party won the most seats in Iceland's parliamentary election, officials in Reykjavik said on "
    "Sunday, as coalition talks began after record turnout.",
]


def store_with(texts: list[tuple[str, str, str | None]]) -> Store:
    store = Store(":memory:")
    for aid, text, published in texts:
        store.write(Extraction(article=Article(id=aid, text=text, published=published, outlet=f"outlet-{aid}")))
    return store


def test_groups_reports_of_the_same_happening():
    articles = [(f"q{i}", t, "2024-03-04") for i, t in enumerate(QUAKE)] + [(f"e{i}", t, "2024-03-09") for i, t in enumerate(ELECTION)]
    with store_with(articles) as store:
        update = update_stories(store, [a[0] for a in articles], StoryOptions(fuse=False))
        assert update.assigned["q0"] == update.assigned["q1"] == update.assigned["q2"]
        assert update.assigned["e0"] == update.assigned["e1"]
        assert update.assigned["q0"] != update.assigned["e0"]
        stories = list_stories(store)
        assert sorted(s["n_articles"] for s in stories) == [2, 3]
        election = next(s for s in stories if "e0" in s["articles"])
        assert election["first_date"] == "2024-03-09" and election["outlets"] == ["outlet-e0", "outlet-e1"]
        assert list_stories(store, since="2024-03-05") == [election]


def test_new_articles_attach_to_existing_stories_incrementally():
    with store_with([("q0", QUAKE[0], "2024-03-04"), ("q1", QUAKE[1], "2024-03-04"), ("e0", ELECTION[0], "2024-03-09")]) as store:
        first = update_stories(store, ["q0", "q1", "e0"], StoryOptions(fuse=False))
        quake_story = first.assigned["q0"]
        store.write(Extraction(article=Article(id="q2", text=QUAKE[2], published="2024-03-05")))
        store.write(Extraction(article=Article(id="e1", text=ELECTION[1], published="2024-03-10")))
        second = update_stories(store, ["q2", "e1"], StoryOptions(fuse=False))
        assert second.assigned["q2"] == quake_story
        assert second.assigned["e1"] == first.assigned["e0"]
        assert second.created == [] and sorted(second.extended) == sorted({quake_story, first.assigned["e0"]})
        # already assigned articles are left alone
        assert update_stories(store, ["q0", "q2"], StoryOptions(fuse=False)).assigned == {}
        n = store.con.execute("SELECT n_articles, CAST(last_date AS VARCHAR) FROM stories WHERE id = ?", [quake_story]).fetchone()
        assert n == (3, "2024-03-05")


def test_story_ids_are_stable_and_default_covers_unassigned():
    with store_with([("q0", QUAKE[0], None), ("q1", QUAKE[1], None)]) as a, store_with([("q0", QUAKE[0], None), ("q1", QUAKE[1], None)]) as b:
        assert update_stories(a, options=StoryOptions(fuse=False)).assigned == update_stories(b, options=StoryOptions(fuse=False)).assigned


@pytest.mark.parametrize("bad", ["", "   ", "???"])
def test_empty_or_odd_texts_do_not_break_a_batch(bad):
    with store_with([("q0", QUAKE[0], None), ("x", bad or " ", None)]) as store:
        update = update_stories(store)
        assert set(update.assigned) == {"q0", "x"}


def test_a_later_batch_merges_two_stories_of_one_happening():
    with store_with([("q0", QUAKE[0], "2024-03-04"), ("q1", QUAKE[1], "2024-03-04"), ("q2", QUAKE[2], "2024-03-05")]) as store:
        # an over-strict first pass leaves the two early reports in stories of their own
        strict = update_stories(store, ["q0"], StoryOptions(fuse=False))
        strict2 = update_stories(store, ["q1"], StoryOptions(fuse=False, threshold=0.99, attach_factor=1.0, story_merge_factor=10))
        first, second = strict.assigned["q0"], strict2.assigned["q1"]
        assert first != second
        update = update_stories(store, ["q2"], StoryOptions(fuse=False))
        survivor = update.assigned["q2"]
        assert update.merged == {({first, second} - {survivor}).pop(): survivor}
        stories = list_stories(store)
        assert [sorted(s["articles"]) for s in stories] == [["q0", "q1", "q2"]]
        assert stories[0]["id"] == survivor and stories[0]["n_articles"] == 3
        gone = update.merged.popitem()[0]
        for table in ("story_vectors", "story_keys"):
            assert store.con.execute(f"SELECT count(*) FROM {table} WHERE story_id = ?", [gone]).fetchone()[0] == 0


def test_stored_stories_outside_the_active_window_are_not_candidates():
    with store_with([("q0", QUAKE[0], "2024-03-04"), ("q1", QUAKE[1], "2024-06-20"), ("q2", QUAKE[2], "2024-03-20")]) as store:
        old = update_stories(store, ["q0"], StoryOptions(fuse=False)).assigned["q0"]
        late = update_stories(store, ["q1"], StoryOptions(fuse=False))  # 108 days later: a new story
        assert late.assigned["q1"] != old and late.candidate_pairs == 0
        close = update_stories(store, ["q2"], StoryOptions(fuse=False))  # 16 days later: joins
        assert close.assigned["q2"] == old


def test_story_tables_carry_no_secondary_indexes():
    # migration 5: the indexes were never used by the hash joins and made each batch's commit grow with the store
    with Store(":memory:") as store:
        names = {r[0] for r in store.con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()}
        assert not names & {"story_vectors_story", "story_keys_term", "story_articles_story"}
