"""Frames of multi-word cues: the object's clause ('made the case that X') and the copula's clause ('is clear that X')."""

from __future__ import annotations

from crosswire.nlp.attribution_frames import content_span
from crosswire.nlp.attribution_model import cue_facts, frame_features
from crosswire.nlp.phrase_frames import object_noun, phrase_frames


def _frames(resolve, text, cue_word):
    doc = resolve(text)
    cue = next(t for t in doc if t.text == cue_word)
    return cue, {frame: content_span(frame, head, cue).text for frame, head in phrase_frames(cue)}


def test_object_noun_clause_is_a_frame_of_the_verb(resolve):
    cue, frames = _frames(resolve, "The mayor made the argument that the bridge must be rebuilt.", "made")
    assert frames.get("obj_acl") == "the bridge must be rebuilt" or frames.get("obj_ccomp") == "the bridge must be rebuilt", frames
    assert object_noun(cue).lemma_ == "argument"


def test_object_noun_preposition_is_a_frame_of_the_verb(resolve):
    _, frames = _frames(resolve, "Several farmers raised concerns about the new water tax.", "raised")
    assert frames.get("obj_prep_about") == "the new water tax", frames


def test_copula_clause_is_a_frame_of_the_predicate_word(resolve):
    _, frames = _frames(resolve, "It was obvious that the coach would resign soon.", "obvious")
    assert frames.get("cop_ccomp") == "the coach would resign soon", frames


def test_a_plain_object_without_clause_or_preposition_offers_nothing(resolve):
    _, frames = _frames(resolve, "The children painted the old fence yesterday.", "painted")
    assert frames == {}


def test_features_name_the_object_word_and_the_word_before_the_content(resolve):
    doc = resolve("Several farmers raised concerns about the new water tax.")
    cue = next(t for t in doc if t.text == "raised")
    frame, head = next((f, h) for f, h in phrase_frames(cue) if f == "obj_prep_about")
    facts = cue_facts(cue, None)
    assert facts.obj == "concern"
    feats = frame_features(cue, frame, head, content_span(frame, head, cue), None, False, facts)
    assert "lfo=raise|obj_prep_about|concern" in feats
    assert "prev=obj_prep_about|about" in feats


def test_subject_and_adjective_complement_make_a_raising_frame(resolve):
    _, frames = _frames(resolve, "The old senator seemed quite calm about the vote.", "seemed")
    assert frames.get("subj_xcomp", "").startswith("The old senator seemed quite calm"), frames


def test_inner_preposition_of_a_prepositional_object_is_a_frame(resolve):
    _, frames = _frames(resolve, "The group raised money in support of the striking nurses.", "raised")
    assert frames.get("pobj_prep_of") == "the striking nurses", frames
