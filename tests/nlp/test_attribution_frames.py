"""Attribution frames: which (frame, content) a cue word offers, and the raising frame's contiguous content."""

from __future__ import annotations

import pytest

from crosswire.nlp.attribution_frames import RAISING, candidate_frames, content_span


def _frames(doc, word):
    cue = next(t for t in doc if t.text == word)
    return cue, {frame: content_span(frame, head, cue) for frame, head in candidate_frames(cue)}


def test_raising_verb_offers_subject_plus_infinitive_as_one_span(resolve):
    doc = resolve("The lead seemed to slip away from the senator.")
    cue, frames = _frames(doc, "seemed")
    assert frames[RAISING].text == "The lead seemed to slip away from the senator"
    assert frames["xcomp"].text == "to slip away from the senator"  # the plain infinitive frame is still offered


def test_passive_expectation_offers_the_raising_frame_too(resolve):
    doc = resolve("The mayor is widely expected to veto the zoning bill.")
    _, frames = _frames(doc, "expected")
    assert frames[RAISING].text.startswith("The mayor")
    assert frames[RAISING].text.endswith("the zoning bill")


def test_no_raising_frame_without_a_subject_before_the_cue(resolve):
    doc = resolve("Hoping to win the seat, the candidate toured every county.")
    _, frames = _frames(doc, "Hoping")
    assert RAISING not in frames


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("Voters seem to favor the bond measure by a wide margin.", "Voters seem to favor the bond measure by a wide margin", "seem"),
        ("The challenger is expected to win the runoff easily.", "The challenger is expected to win the runoff easily", "expected"),
    ],
)
def test_raised_content_keeps_its_subject_and_has_no_speaker(extract_text, text, content, cue):
    found = [(q.text, q.cue.text if q.cue else None, q.speaker) for q in extract_text(text).quotes]
    assert (content, cue, None) in found, found  # the subject is part of the content; nobody holds the stance
