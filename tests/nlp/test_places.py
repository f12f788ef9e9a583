"""Places: gazetteer lookups, disambiguation by population, qualifiers, context; regions; datelines."""

from __future__ import annotations

import pytest

from crosswire.nlp.gazetteer import fold, load_gazetteer


def places(extract_text, text):
    return [(p.text, p.name, p.country, p.admin1, p.feature) for p in extract_text(text).places]


def test_fold_normalises_names():
    assert fold("the United States") == "united states"
    assert fold("Hungary’s") == "hungary"
    assert fold("Zürich") == "zurich"


def test_gazetteer_ranks_cities_by_population():
    athens = [e for e in load_gazetteer().lookup("Athens") if e.feature == "city"]
    assert athens[0].country == "GRC" and len(athens) > 1


@pytest.mark.parametrize(
    "text, mention, country, feature",
    [
        ("Leaders gathered in Budapest for the summit.", "Budapest", "HUN", "city"),
        ("The troops were moved to Kursk and other front lines.", "Kursk", "RUS", "city"),
        ("The envoy flew to Athens on Monday.", "Athens", "GRC", "city"),
        ("Officials in Paris denied the report.", "Paris", "FRA", "city"),
        ("Moscow rejected the proposal.", "Moscow", "RUS", "city"),
        ("Georgia held elections under a new law.", "Georgia", "GEO", "country"),
        ("Exports to the U.S. fell sharply.", "U.S.", "USA", "country"),
        ("He spoke about security in Europe.", "Europe", None, "continent"),
        ("Partners in the Indo-Pacific voiced concern.", "the Indo-Pacific", None, "region"),
        ("Tensions rose across the Middle East after the strike.", "the Middle East", None, "region"),
    ],
)
def test_mentions_resolve(extract_text, text, mention, country, feature):
    found = {p[0]: p for p in places(extract_text, text)}
    assert mention in found, f"{mention!r} not in {list(found)}"
    assert (found[mention][2], found[mention][4]) == (country, feature)


def test_explicit_qualifier_picks_the_us_town(extract_text):
    found = places(extract_text, "The rally took place in Athens, Georgia, on Saturday.")
    athens = [p for p in found if p[0] == "Athens"]
    assert athens and athens[0][2:4] == ("USA", "GA")
    assert not any(p[0] == "Georgia" for p in found), "the qualifier is part of the Athens mention"


def test_dateline_on_its_own_line(extract_text):
    found = places(extract_text, "ATHENS\nA Russian victory would jeopardize Europe, the chief of NATO warned on Thursday.")
    assert found[0][:3] == ("ATHENS", "Athens", "GRC")


def test_dateline_with_agency_and_state(extract_text):
    found = places(extract_text, "ATHENS, Ga. (AP) -- The mayor opened the new library.")
    assert found[0][0] == "ATHENS" and found[0][2:4] == ("USA", "GA")


def test_demonyms_are_not_places(extract_text):
    found = places(extract_text, "Hungarian officials met North Korean diplomats.")
    assert found == []


def test_cities_carry_coordinates(extract_text):
    budapest = extract_text("The summit was held in Budapest.").places[0]
    assert 47 < budapest.lat < 48 and 18 < budapest.lon < 20


def test_dateline_with_a_date_and_agency(extract_text):
    found = places(extract_text, "LUSAKA, March 3 (Crosswire) - Zambia's central bank raised its main rate on Tuesday.")
    assert found[0][:3] == ("LUSAKA", "Lusaka", "ZMB")


def test_dateline_with_qualifier_date_and_year(extract_text):
    found = places(extract_text, "MANILA, Philippines, Nov. 5, 2024 -- The coast guard reported a new standoff.")
    assert found[0][:3] == ("MANILA", "Manila", "PHL")
    assert not any(p[0] == "Philippines" for p in found), "the qualifier is part of the dateline"


def test_a_date_alone_is_no_dateline(extract_text):
    assert places(extract_text, "MONDAY, March 3 -- Markets were closed.") == []


def test_multiword_country_taken_for_a_person(extract_text):
    # the small model labels both names PERSON here
    found = places(extract_text, "Mali and Burkina Faso, both run by soldiers, warned their neighbours.")
    assert [(p[0], p[2], p[4]) for p in found] == [("Mali", "MLI", "country"), ("Burkina Faso", "BFA", "country")]
    assert places(extract_text, "Sri Lanka said on Monday it would hold talks.")[0][2] == "LKA"
