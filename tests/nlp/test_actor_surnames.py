"""A lone surname shared by two people in one article: the one mentioned more often so far."""

from __future__ import annotations

from crosswire.nlp.actors import actor_for_span
from crosswire.records import Article


def actor_at(nlp, text, start, end, published="2016-10-01"):
    doc = nlp.make_doc(text)
    doc._.cw_article = Article(id="t", text=text, published=published)
    doc = nlp(doc)
    actor = actor_for_span(doc, start, end)
    return actor.id if actor else None


def test_a_lone_surname_is_the_person_mentioned_most(nlp):
    text = ("Hillary Clinton campaigned in Ohio on Monday. Her husband, Bill Clinton, spoke in Florida. "
            "Clinton told voters in Toledo that she would raise wages.")
    lone = text.rindex("Clinton told")
    assert actor_at(nlp, text, lone, lone + len("Clinton")) == "person:hillary-clinton"


def test_a_spouse_named_later_does_not_take_the_surname(nlp):
    text = ("Donald Trump held a rally in Ohio. He promised lower taxes. His wife, Melania Trump, did not attend. "
            "Trump left for Florida on Tuesday.")
    lone = text.rindex("Trump left")
    assert actor_at(nlp, text, lone, lone + len("Trump")) == "person:donald-trump"
