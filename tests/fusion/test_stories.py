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
