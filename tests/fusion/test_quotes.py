"""Quote matching: exact, truncated, elided, paraphrase, and the word diff."""

from __future__ import annotations

from crosswire.fusion.corroborate import Mention
from crosswire.fusion.quotes import match_quotes, paraphrase_match, word_diff, wording_match

FULL = "We will rebuild every school in the valley before the winter comes, with new roofs, proper heating and a library in each"


def quote(article, outlet, text, kind="direct", speaker="Mayor Lina Ortiz"):
    data = {"kind": kind, "speaker": {"text": speaker}}
    return Mention(article, f"outlet:{outlet}", outlet, "quote", text, 0, len(text), data)


def test_wording_matches():
    assert wording_match(FULL, FULL.replace(",", "")) == "exact"
    assert wording_match("rebuild every school in the valley before the winter", FULL) == "truncated"
    assert wording_match("We will rebuild every school ... with new roofs, proper heating and a library in each", FULL) == "elided"
    assert wording_match("We will rebuild … a library in each", FULL) == "elided"
    assert wording_match("We will close every school in the valley", FULL) is None


def test_quotes_group_across_outlets_with_diff():
    items = match_quotes([
        quote("a1", "Daily Post", FULL),
        quote("a2", "Evening Wire", "We will rebuild every school ... with new roofs, proper heating and a library in each"),
        quote("a3", "Evening Wire", "Taxes will not rise next year"),
    ], [])
    shared = [i for i in items if len(i.mentions) > 1]
    assert len(shared) == 1 and shared[0].independent == 2 and shared[0].status == "corroborated"
    match = shared[0].details["matches"][0]
    assert match["how"] == "elided"
    assert ("-", "in the valley before the winter comes,") in match["diff"]


def test_direct_quote_matched_to_paraphrase_sentence():
    paraphrase = Mention(
        "a2", "outlet:Evening Wire", "Evening Wire", "sentence",
        "Ortiz promised that every valley school would be rebuilt before winter with new roofs, heating and libraries.",
        0, 100, {"kind": "sentence"},
    )
    unrelated = Mention("a2", "outlet:Evening Wire", "Evening Wire", "sentence",
                        "Rain is expected across the region on Sunday afternoon.", 101, 160, {"kind": "sentence"})
    items = match_quotes([quote("a1", "Daily Post", FULL)], [unrelated, paraphrase])
    assert len(items) == 1 and len(items[0].mentions) == 2
    assert items[0].mentions[1] is paraphrase
    assert items[0].details["matches"][0]["how"] == "paraphrase"


def test_direct_quotes_with_different_words_stay_apart():
    items = match_quotes([quote("a1", "Daily Post", FULL), quote("a2", "Evening Wire", "The valley schools will stay closed all winter long")], [])
    assert len(items) == 2


def test_word_diff_marks_changes():
    assert word_diff("a b c", "a x c") == [("=", "a"), ("-", "b"), ("+", "x"), ("=", "c")]


def test_a_short_paraphrase_of_one_person_needs_fewer_shared_words():
    chief = {"actor": {"id": "person:dan-reid", "kind": "person"}, "text": "Reid"}
    said = Mention("a1", "outlet:A", "A", "quote", "as many as 35 to 40 volunteer firefighters came to battle the blaze", 0, 60,
                   {"kind": "direct", "speaker": chief})
    told = Mention("a2", "outlet:B", "B", "quote", "it took about 40 volunteer firefighters to knock down the blaze", 0, 60,
                   {"kind": "indirect", "speaker": chief})
    assert paraphrase_match(said, told)
    other = {"actor": {"id": "person:ann-lee", "kind": "person"}, "text": "Lee"}
    told_by_other = Mention("a2", "outlet:B", "B", "quote", told.text, 0, 60, {"kind": "indirect", "speaker": other})
    assert not paraphrase_match(said, told_by_other)


def test_a_short_part_quoted_alone_joins_the_same_persons_whole_quote():
    farmer = {"actor": {"id": "person:omar-haddou", "kind": "person"}, "text": "Omar Haddou"}

    def said(article, outlet, text, speaker=farmer):
        return Mention(article, f"outlet:{outlet}", outlet, "quote", text, 0, len(text), {"kind": "direct", "speaker": speaker})

    items = match_quotes([
        said("b", "Plains Courier", "Nothing is left."),
        said("b", "Plains Courier", "The wall came down on our kitchen in the night."),
        said("a", "River Daily", "Nothing is left. The wall came down on our kitchen in the night,"),
    ], [])
    assert len(items) == 1
    item = items[0]
    assert item.mentions[0].outlet == "River Daily"  # the whole quote is shown, each part against it
    assert [m["how"] for m in item.details["matches"]] == ["truncated", "truncated"]
    neighbour = {"actor": {"id": "person:sara-amrani", "kind": "person"}, "text": "Sara Amrani"}
    apart = match_quotes([said("b", "Plains Courier", "Nothing is left.", neighbour),
                          said("a", "River Daily", "Nothing is left. The wall came down on our kitchen in the night,")], [])
    assert len(apart) == 2  # three words in common are not enough for two different people
