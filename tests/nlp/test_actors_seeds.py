"""The two seed articles: the actors the issue names resolve right; Rutte is one actor throughout seed 000."""

from __future__ import annotations

import re

import pytest

from crosswire.nlp.actors import actor_for_span
from crosswire.records import Article


@pytest.fixture(scope="module")
def seed(nlp, shared_dir):
    def load(prefix: str, published: str):
        path = next((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        doc._.cw_article = Article(id=prefix, text=text, published=published)
        return nlp(doc)

    return load


def occurrences(doc, phrase):
    return [actor_for_span(doc, m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", doc.text)]


def test_seed_000_named_actors(seed):
    doc = seed("000", "2024-11-07")
    for capital, code in (("Pyongyang", "PRK-GOV"), ("Moscow", "RUS-GOV"), ("Tehran", "IRN-GOV"), ("Beijing", "CHN-GOV")):
        assert occurrences(doc, capital)[0].id == code
    assert {a.id for a in occurrences(doc, "North Korean troops")} == {"PRK-MIL"}
    people = {
        "Yoon Suk Yeol": ("KOR", "GOV"), "Kim Jong Un": ("PRK", "GOV"), "Volodymyr Zelenskyy": ("UKR", "GOV"),
        "Mark Rutte": ("IGO", "GOV"), "Celeste Wallander": ("USA", "MIL"), "Donald Trump": ("USA", "GOV"),
    }
    for name, (country, sector) in people.items():
        actor = occurrences(doc, name)[0]
        assert (actor.kind, actor.country, actor.sector) == ("person", country, sector), name
    assert occurrences(doc, "Mark Rutte")[0].org == "NATO"
    assert occurrences(doc, "Donald Trump")[0].role == "President-elect"


def test_seed_000_every_rutte_mention_is_one_actor(seed):
    doc = seed("000", "2024-11-07")
    rutte = [a for a in occurrences(doc, "Rutte")] + occurrences(doc, "the NATO secretary-general")
    rutte += occurrences(doc, "The NATO chief")
    assert len(rutte) == 9 and {a.id for a in rutte} == {"person:mark-rutte"}  # 7 "Rutte" + 2 descriptions
    # the pronouns whose antecedent is Rutte: "Rutte said he looks forward", '... ," he said.'
    rutte_pronouns = [
        actor_for_span(doc, m.start(), m.end()) for m in re.finditer(r"\bhe\b", doc.text)
        if doc.text[: m.start()].endswith("Rutte said ") or doc.text[m.end() :].startswith(" said.")
    ]
    assert len(rutte_pronouns) == 2 and {a.id for a in rutte_pronouns if a} == {"person:mark-rutte"}


def test_seed_003_kremlin_and_troops(seed):
    doc = seed("003", "2024-11-08")
    assert occurrences(doc, "Kremlin")[0].id == "RUS-GOV"
    assert occurrences(doc, "North Korean troops")[0].id == "PRK-MIL"
    assert {a.id for a in occurrences(doc, "Rutte")} == {"person:mark-rutte"}
    assert occurrences(doc, "Joe Biden")[0].role == "President"
