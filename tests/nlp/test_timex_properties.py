"""Property tests: the time grammar and normaliser never crash, and every extent lies inside the text."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.nlp.timex import anchor as A
from crosswire.nlp.timex.component import find_times

_TOKENS = st.sampled_from(
    ["on", "Nov.", "7", "Thursday", "last", "next", "the", "past", "three", "years", "ago", "early", "December",
     "2022", "a", "week", "every", "day", "12-minute", "since", "1990s", "quarter", "third", "fiscal", "now",
     ",", ".", "May", "Christmas", "half", "decade", "later", "31", "Feb.", "30", "noon", "10:35", "a.m.", "x"]
)
_BLANK = spacy.blank("en")


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_TOKENS, max_size=14), published=st.sampled_from([None, "2024-11-07", "1999-12-31", "2000-02-29"]))
def test_find_times_never_crashes(words, published):
    text = " ".join(words)
    doc = _BLANK(text)
    for ref in find_times(doc, published):
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start : ref.end] == ref.text
        assert ref.type in ("DATE", "TIME", "DURATION", "SET")


@settings(max_examples=200, deadline=None)
@given(day=st.dates(), weekday=st.integers(1, 7), tense=st.sampled_from([A.PAST, A.PRESENT, A.FUTURE, A.UNKNOWN]))
def test_resolved_weekday_has_that_weekday_and_is_within_a_week(day, weekday, tense):
    import datetime as dt

    if day.year in (1, 9999):
        return
    resolved = A.resolve_weekday(day, weekday, tense)
    assert resolved.isoweekday() == weekday
    assert abs((resolved - day).days) <= 6
    assert isinstance(resolved, dt.date)
