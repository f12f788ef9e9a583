"""Heads of the organisations in organisations.tsv: who held the office on a date, and how a title resolves."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("org", "date", "name"),
    [
        ("OSCE", "2021-06-01", "Helga Schmid"),
        ("OSCE", "2025-01-01", "Feridun Sinirlioglu"),
        ("INTERPOL", "2020-06-01", "Jurgen Stock"),
        ("INTERPOL", "2024-12-01", "Valdecy Urquiza"),
        ("ICJ", "2022-06-01", "Joan Donoghue"),
        ("ICJ", "2024-06-01", "Nawaf Salam"),
        ("ICJ", "2025-06-01", "Yuji Iwasawa"),
        ("ICC", "2022-06-01", "Piotr Hofmanski"),
        ("ECOWAS", "2021-06-01", "Jean-Claude Kassi Brou"),
        ("SCO", "2023-06-01", "Zhang Ming"),
        ("SCO", "2025-06-01", "Nurlan Yermekbayev"),
        ("CSTO", "2021-06-01", "Stanislav Zas"),
        ("CARICOM", "2020-06-01", "Irwin LaRocque"),
        ("CARICOM", "2022-06-01", "Carla Barnett"),
        ("OPEC", "2021-06-01", "Mohammed Barkindo"),
        ("WB", "2021-06-01", "David Malpass"),
        ("UNGA", "2021-12-01", "Abdulla Shahid"),
    ],
)
def test_the_head_of_an_organisation_on_a_date(kb, org, date, name):
    assert kb.head_of(org, "org", date).name == name


def test_the_icc_prosecutor_is_not_its_head(kb):
    """The court's president heads the ICC; the prosecutor leads an organ of it and has no head= mark."""
    assert kb.head_of("ICC", "org", "2024-11-15").name == "Tomoko Akane"
    (khan,) = [t for t in kb.holder_terms("Karim Khan", "2024-11-15") if t.org == "ICC"]
    assert (khan.role, khan.head) == ("Prosecutor of the International Criminal Court", None)
    assert kb.holder_terms("Fatou Bensouda", "2020-06-01")[0].org == "ICC"


def test_a_foreign_minister_presiding_the_general_assembly_keeps_his_ministry_first(kb):
    terms = kb.holder_terms("Abdulla Shahid", "2021-12-01")
    assert [(t.country, t.org, t.role) for t in terms][:2] == [
        ("MDV", None, "Foreign Minister"), ("IGO", "UNGA", "President of the General Assembly")
    ]


def test_every_organisation_with_a_head_is_known(kb):
    from crosswire.knowledge import _rows

    known = {row[0] for row in _rows("organisations.tsv", 7)}
    assert {t.org for t in kb.terms if t.org} <= known


# -- through the real pipeline, in sentences written for this test ---------------------------------------


def test_an_organisation_title_finds_the_head_of_the_article_date(extract_text):
    text = '"We need more observers on the ground," the OSCE secretary general said in Vienna.'
    before = extract_text(text, published="2023-03-01").quotes[0].speaker.actor
    assert (before.name, before.country, before.org, before.sector) == ("Helga Schmid", "IGO", "OSCE", "GOV")
    after = extract_text(text, published="2025-03-01").quotes[0].speaker.actor
    assert after.name == "Feridun Sinirlioglu"


def test_interpol_titles_and_names_resolve_to_the_police_sector(extract_text):
    text = "Interpol's secretary general said the new database would help police forces across Africa."
    actor = extract_text(text, published="2022-06-01").quotes[0].speaker.actor
    assert (actor.name, actor.org, actor.sector) == ("Jurgen Stock", "INTERPOL", "COP")
    text = "ECOWAS Commission President Jean-Claude Kassi Brou met the transition's leaders in Bamako."
    actors = [e.actor for e in extract_text(text, published="2021-09-01").entities
              if e.actor and e.actor.kind == "person"]
    assert [(a.name, a.org, a.role) for a in actors] == [
        ("Jean-Claude Kassi Brou", "ECOWAS", "President of the ECOWAS Commission")
    ]
