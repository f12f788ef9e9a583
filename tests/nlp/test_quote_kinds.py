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
