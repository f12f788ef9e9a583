"""Shared fixtures: the pipeline loaded once per session, and ../shared data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    """The full crosswire pipeline (pinned model plus every component), loaded once."""
    from crosswire.nlp.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def resolve(nlp):
    """Run the pipeline on a text with an article date: resolve(text, published=...) -> Doc."""
    from crosswire.records import Article

    def run(text: str, published: str | None = "2024-11-07"):
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id="t", text=text, published=published)
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests using it skip cleanly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's fresh clone has none)")
    return SHARED


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract one text with optional metadata: extract_text(text, published=None, outlet=None)."""
    from crosswire.nlp.extract import extract_batch
    from crosswire.records import Article

    def run(text: str, published: str | None = None, outlet: str | None = None, title: str | None = None):
        article = Article(id="t", text=text, published=published, outlet=outlet, title=title)
        return extract_batch(nlp, [article])[0]

    return run
