"""FastAttributes gives exactly the stock attribute ruler's and lemmatizer's annotations."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crosswire.nlp import factories  # noqa: F401  (registers the factory)
from crosswire.nlp.fast_attributes import compile_attribute_rules, install_fast_attributes
from crosswire.nlp.model import load_base_model

REPO = Path(__file__).resolve().parents[2]

# One sentence per kind of rule: pronoun cases, auxiliaries, negation, `'d`, two-token rules
# (`gon na`, `got ta`, `let 's`, `ai n't`, `y' all`, expletive `there is`), odd spacing.
SENTENCES = [
    "I told her that they had been warned, but she said it wasn't hers to give.",
    "We're gonna need more troops, and they've gotta move before winter, the general said.",
    "Let's be clear: there is no deal, and there were never talks, he'd insisted.",
    "Y'all ain't seen nothin' yet, the mayor joked; I'd say he's doin' fine.",
    "The ministers  met twice\n\nin Brussels,   and NATO's chief said he himself would go.",
    "Did Russia send them? It did, and it has done so since 2022; Kyiv has said as much.",
    "Whether or not Seoul agrees, Washington will, although it can't say so until Tuesday.",
    "“He is right on this,“ Rutte said of Trump, adding that China gets what it wants.",
]


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def models():
    stock, fast = load_base_model(), load_base_model()
    assert install_fast_attributes(fast)
    return stock, fast


def _texts() -> list[str]:
    texts = list(SENTENCES)
    texts += [path.read_text(encoding="utf-8") for path in sorted((REPO / "examples" / "articles").glob("*.txt"))]
    sys.path.insert(0, str(REPO / "bench"))
    from corpus import generate_corpus

    return texts + generate_corpus(8)


def test_the_stock_pipes_are_replaced(models):
    _, fast = models
    assert "fast_attributes" in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names


def test_annotations_are_identical_to_the_stock_pipes(models):
    stock, fast = models
    texts = _texts()
    assert len(texts) > len(SENTENCES) + 8  # the example articles were found
    for text, a, b in zip(texts, stock.pipe(texts), fast.pipe(texts)):
        assert _annotations(a) == _annotations(b), text[:80]


def test_the_two_token_rules_fire():
    nlp = load_base_model()
    install_fast_attributes(nlp)
    doc = nlp("We're gonna win, let's go.")
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na", "'s")] == ["go", "to", "us"]


def test_a_pattern_it_cannot_express_keeps_the_stock_pipes():
    nlp = load_base_model()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_attribute_rules(nlp.get_pipe("attribute_ruler")) is None
    assert install_fast_attributes(nlp) is False
    assert "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names
    assert "fast_attributes" not in nlp.pipe_names
