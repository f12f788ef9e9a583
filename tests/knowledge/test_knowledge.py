"""The knowledge files: they load, every fact has a source, dates are consistent, lookups are time-aware."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosswire.knowledge as knowledge
from crosswire.errors import ModelError
from crosswire.knowledge import DATA_DIR, load_knowledge
from crosswire.nlp.actors.ids import slug

ACTOR_FILES = ["country_aliases.tsv", "demonyms.tsv", "seats.tsv", "organisations.tsv", "roles.tsv", "office_holders.tsv"]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_every_fact_names_its_source(name):
    rows = [r for r in csv.reader((DATA_DIR / name).read_text(encoding="utf-8").splitlines(), delimiter="\t",
                                  quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    assert rows, f"{name} has no facts"
    for row in rows:
        assert row[-1].strip(), f"{name}: no source for {row[0]!r}"


def test_countries_and_capitals_come_from_the_packages(kb):
    assert kb.country_names["north korea"] == "PRK"
    assert kb.country_names["united states"] == "USA"
    assert kb.capitals["pyongyang"] == "PRK"
    assert kb.capitals["tehran"] == "IRN"
    assert kb.country_label["RUS"] == "Russia"


def test_own_aliases_and_demonyms(kb):
    assert kb.country_names["dprk"] == "PRK"
    assert kb.country_names["u.s."] == "USA"
    assert kb.demonyms["north korean"] == "PRK"
    assert kb.seats["kremlin"] == ("RUS", "GOV")
    assert kb.context_aliases["the north"][0] == "PRK"


def test_office_holders_resolve_by_date(kb):
    def role(name, date):
        return [t.role for t in kb.holder_terms(name, date)]

    assert role("Trump", "2024-11-07") == ["President-elect"]
    assert role("Trump", "2025-01-19") == ["President-elect"]
    assert role("Trump", "2025-01-20") == ["President"]
    assert role("Trump", "2023-06-01") == ["former President"]
    assert role("Joe Biden", "2024-11-07") == ["President"]
    assert role("Keir Starmer", "2023-01-01") == []  # not yet in office: nothing said
    assert role("Mark Rutte", None) == ["Secretary-General"]


def test_head_of_an_organisation_changes_with_the_date(kb):
    assert kb.head_of("NATO", "org", "2024-09-01").name == "Jens Stoltenberg"
    assert kb.head_of("NATO", "org", "2024-11-07").name == "Mark Rutte"
    assert kb.head_of("PRK", "state", "2024-11-07").name == "Kim Jong Un"


def test_no_office_has_two_holders_at_once(kb):
    by_office = {}
    for term in kb.terms:
        by_office.setdefault((term.country, term.org, term.role), []).append(term)
    for office, terms in by_office.items():
        terms.sort(key=lambda t: t.start or "")
        for a, b in zip(terms, terms[1:]):
            rule = kb.office_rule(a.country, "head of state", b.start or "")
            if rule is not None and rule.kind == "collective" and not a.head and not b.head:
                continue  # members of a head of state held jointly (San Marino's two Captains Regent)
            if a.name != b.name:
                assert a.end is not None and a.end <= (b.start or ""), f"{office}: {a.name} overlaps {b.name}"


def test_terms_have_ordered_iso_dates(kb):
    for term in kb.terms:
        for value in (term.start, term.end):
            assert value is None or (len(value) == 10 and value[4] == "-" and value[7] == "-"), term
        if term.start and term.end:
            assert term.start < term.end, term


def test_a_malformed_line_is_reported_with_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "bad.tsv").write_text("# header\na\tb\tc\td\n", encoding="utf-8")
    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    with pytest.raises(ModelError) as info:
        knowledge._rows("bad.tsv", 3)
    assert "bad.tsv:2" in str(info.value)


def test_an_unknown_sector_is_refused():
    with pytest.raises(ModelError):
        knowledge._check_sector("XYZ", "roles.tsv: test")


@given(st.text())
def test_slug_is_always_a_clean_id(name):
    value = slug(name)
    assert value and all(c.isascii() and (c.isalnum() or c == "-") for c in value)
    assert value == value.lower()
