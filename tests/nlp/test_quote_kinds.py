"""Quote kinds: reported words (indirect) apart from a stance on a thing or person (stance)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("Poland's foreign ministry condemned the decision on Tuesday.", "the decision", "stance"),
        ("The union leader endorsed Maria Lopez for mayor.", "Maria Lopez", "stance"),
        ("The foreign ministry said the decision was unlawful.", "the decision was unlawful", "indirect"),
    ],
)
def test_a_stance_on_a_thing_is_no_reported_speech(extract_text, text, content, kind):
    quotes = [q for q in extract_text(text).quotes if content in q.text]
    assert quotes, extract_text(text).quotes
    assert quotes[0].kind == kind


def test_a_stance_makes_no_claim(extract_text):
    result = extract_text("The opposition leader condemned the new budget on Monday.")
    stances = [q for q in result.quotes if q.kind == "stance"]
    assert stances and not [c for c in result.claims if c.start == stances[0].start and c.end == stances[0].end]


def test_a_noun_phrase_with_a_relative_clause_is_a_stance_and_no_claim(extract_text):
    result = extract_text("In his speech, the president did not mention the strike that had closed the ports.")
    quote = next(q for q in result.quotes if "the strike" in q.text)
    assert quote.kind == "stance"  # the verb sits in the relative clause: nothing is reported as said
    assert not [c for c in result.claims if "closed the ports" in c.text]


def test_a_preposition_governing_a_verb_is_reported_content(extract_text):
    result = extract_text("His spokesman accused the neighbours of plotting to free the former president by force.")
    quote = next(q for q in result.quotes if "plotting" in q.text)
    assert quote.kind == "indirect"


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor did not say whether the plant would close.", "the plant would close"),
        ("A reporter asked if the mine was safe.", "the mine was safe"),
    ],
)
def test_an_indirect_question_is_no_claim(extract_text, text, content):
    result = extract_text(text)
    assert [q for q in result.quotes if content in q.text]  # still who asked or left open what
    assert not [c for c in result.claims if content in c.text]
