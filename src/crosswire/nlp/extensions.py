"""The Doc extensions crosswire components write; only `to_records` reads them back."""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default; each component owns the attributes it sets (see nlp/factories.py).
DOC_ATTRS = {
    "cw_article": None,  # the Article being processed (metadata: published date, outlet ...)
    "cw_published": None,  # (iso_date, inferred: bool) when a component inferred or confirmed it
    "cw_times": None,  # list[TimeRef]
    "cw_places": None,  # list[Place]
    "cw_actors": None,  # dict[(start_char, end_char), Actor] for every resolved mention
    "cw_quotes": None,  # list[Quote]
    "cw_claims": None,  # list[Claim]
    "cw_events": None,  # list[Event]
}


def register_extensions() -> None:
    """Register crosswire's Doc extensions once per process (idempotent)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """The Doc's text: the Article's when the Doc was made from it (Doc.text re-joins every token on each access)."""
    if len(doc) == 0:
        return ""
    article = doc._.cw_article
    if article is not None and len(article.text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return article.text
    return doc.text
