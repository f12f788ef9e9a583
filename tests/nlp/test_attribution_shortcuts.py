"""The cheaper paths of the frame code (docs/quotes.md "Speed") give what the plain paths give.

The quotes component hands the frame functions the cue's children, the frames the model tries and
the Doc's relative-clause heads; each shortcut must leave frames, contents and features as they were.
"""

from __future__ import annotations

from spacy.symbols import relcl as RELCL

from crosswire.nlp.attribution_frames import candidate_frames, content_span, trim_content, without_trailing_relative
from crosswire.nlp.attribution_model import AttributionModel, cue_facts, source_kind
from crosswire.nlp.phrase_frames import phrase_frames

TEXTS = [
    "The senator, who chairs the panel, said on Tuesday that the budget, which passed last week, was too small.",
    "Mayor Ode accused the council of hiding the shortfall and voted against the plan.",
    "The union made the case that wages must rise, and it raised concerns about the new rota.",
    "The race seemed to be hers, although analysts did not expect a landslide in the county.",
    "This campaign, he says, is different from the last one, where nobody listened.",
    "It is clear that the mayor will run, according to aides who spoke to reporters.",
]


def _relcl(doc) -> list[int]:
    return [t.i for t in doc if t.dep == RELCL]


def _all_cues(doc):
    return [t for t in doc if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX")]


def test_children_and_relative_heads_give_the_same_contents(resolve):
    seen = 0
    for text in TEXTS:
        doc = resolve(text)
        relcl = _relcl(doc)
        for cue in _all_cues(doc):
            children = list(cue.children)
            plain = [(f, h.i) for f, h in candidate_frames(cue) + phrase_frames(cue)]
            fast = [(f, h.i) for f, h in candidate_frames(cue, children) + phrase_frames(cue, children)]
            assert fast == plain
            for frame, head in candidate_frames(cue) + phrase_frames(cue):
                slow = content_span(frame, head, cue)
                quick = content_span(frame, head, cue, children, relcl)
                assert (slow and (slow.start, slow.end)) == (quick and (quick.start, quick.end)), (text, frame)
                seen += 1
    assert seen > 20


def test_content_span_is_trimmed_then_cut_before_a_closing_relative_clause(resolve):
    doc = resolve("Officials said they rejected the offer, which came too late.")
    cue = next(t for t in doc if t.text == "rejected")
    head = next(h for f, h in candidate_frames(cue) if f == "dobj")
    whole = trim_content(doc[head.left_edge.i : head.right_edge.i + 1], drop_that=True)
    expected = without_trailing_relative(whole)
    assert expected.text == "the offer"
    got = content_span("dobj", head, cue, list(cue.children), _relcl(doc))
    assert (got.start, got.end) == (expected.start, expected.end)


def test_no_relative_clause_head_in_the_content_means_no_cut(resolve):
    doc = resolve("The minister rejected the offer from the rebels, and aides who were there agreed.")
    cue = next(t for t in doc if t.text == "rejected")
    head = next(h for f, h in candidate_frames(cue) if f == "dobj")
    # the only relative clause head lies outside the content: the shortcut must not walk or cut
    assert all(not head.left_edge.i <= i <= head.right_edge.i for i in _relcl(doc))
    assert content_span("dobj", head, cue, list(cue.children), _relcl(doc)).text == "the offer from the rebels"


def test_allowed_frames_keep_order_and_drop_the_rest(resolve):
    doc = resolve("Mayor Ode accused the council of hiding the shortfall and voted against the plan.")
    for word in ("accused", "voted"):
        cue = next(t for t in doc if t.text == word)
        everything = candidate_frames(cue) + phrase_frames(cue)
        names = [f for f, _ in everything]
        assert names, word
        keep = frozenset(names[1:])
        filtered = candidate_frames(cue, None, keep) + phrase_frames(cue, None, keep)
        assert [(f, h.i) for f, h in filtered] == [(f, h.i) for f, h in everything if f in keep]
        assert candidate_frames(cue, None, frozenset()) == [] and phrase_frames(cue, None, frozenset()) == []


def test_model_frames_of_says_what_a_cue_word_tries():
    model = AttributionModel({}, 0.0, 0.5, frozenset({"vote"}), frames={("vote", "VERB"): frozenset({"prep_for"})})
    assert model.frames_of("vote", "VERB") == frozenset({"prep_for"})
    assert model.frames_of("vote", "NOUN") == frozenset()
    assert AttributionModel({}, 0.0, 0.5, frozenset({"vote"})).frames_of("vote", "VERB") is None


def test_cue_facts_from_given_children_match_a_fresh_walk(resolve):
    doc = resolve("The governor did not endorse the plan, which was passed by lawmakers who met on Monday.")
    for cue in _all_cues(doc):
        source = next((doc[c.left_edge.i : c.right_edge.i + 1] for c in cue.children if c.dep_ == "nsubj"), None)
        a, b = cue_facts(cue, source), cue_facts(cue, source, list(cue.children))
        assert a == b
        assert a.skind == source_kind(source)
        assert a.holder == (source.root.lemma_.lower() if source is not None else "-")
    endorse = cue_facts(next(t for t in doc if t.text == "endorse"), None)
    assert endorse.negated and endorse.obj == "plan" and endorse.holder == "-"
    passed = cue_facts(next(t for t in doc if t.text == "passed"), None)
    assert passed.passive
