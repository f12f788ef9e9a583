"""Known names: ambiguous state names read from the article, capitals the packages lack, new demonyms and
organisations, places that spaCy tags PERSON, and people as possessors (docs/actors.md, rule 1)."""

from __future__ import annotations

import csv

import pytest

import crosswire.knowledge as knowledge
from crosswire.errors import ModelError
from crosswire.knowledge import DATA_DIR, load_knowledge
from tests.nlp.conftest import actor_of


def country_of(doc, phrase: str) -> str | None:
    actor = actor_of(doc, phrase)
    return actor.country if actor is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Congo signed a minerals deal with the United States.", "COD"),  # the default reading
        ("M23 rebels advanced, and Congo sent more troops east.", "COD"),
        ("Congo will hold a presidential vote in March, officials in Brazzaville said.", "COG"),
        ("Sassou Nguesso said Congo would open a new port.", "COG"),
        # cues for both readings: the default
        ("Kinshasa and Brazzaville traded accusations, and Congo closed the river crossing.", "COD"),
    ],
)
def test_congo_reads_from_the_article(resolve, text, expected):
    assert country_of(resolve(text), "Congo") == expected


def test_congolese_reads_like_congo(resolve):
    doc = resolve("Congolese police dispersed a march in Brazzaville.")
    assert actor_of(doc, "Congolese police").id == "COG-COP"
    doc = resolve("Congolese soldiers retreated from Goma.")
    assert actor_of(doc, "Congolese soldiers").id == "COD-MIL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia's parliament passed the law on Tuesday.", "GEO"),
        ("Washington criticised Georgia over its new law on foreign agents.", "GEO"),  # Washington is no cue
        ("Trump won Georgia and Arizona, the networks projected.", "USA"),
        ("Officials in Atlanta said Georgia would finish counting by Friday.", "USA"),
        ("Protesters in Tbilisi said Georgia would not be another Arizona.", "GEO"),  # both: the default
    ],
)
def test_georgia_the_state_or_the_us_state(resolve, text, expected):
    assert country_of(resolve(text), "Georgia") == expected


def test_georgia_as_a_us_state_gives_its_officials_the_united_states(resolve):
    doc = resolve("Georgia's governor certified the result after Atlanta officials finished counting.")
    actor = actor_of(doc, "Georgia's governor")
    assert (actor.country, actor.sector) == ("USA", "GOV")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korea was divided after the Second World War.", None),  # nothing points south: not guessed
        ("Korea will host the summit next year, Seoul announced.", "KOR"),
        ("Pyongyang fired a missile as Korea and Japan met in Seoul.", None),  # both Koreas in play
    ],
)
def test_korea_alone_is_south_korea_only_when_the_article_says_so(resolve, text, expected):
    assert country_of(resolve(text), "Korea") == expected


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("Astana said it would not join the sanctions.", "Astana", "KAZ-GOV"),  # geonames: Nur-Sultan
        ("La Paz rejected the accusation.", "La Paz", "BOL-GOV"),  # seat of government (Sucre: capital)
        ("Naypyidaw accused the rebels of attacking civilians.", "Naypyidaw", "MMR-GOV"),
        ("Asunción recalled its ambassador.", "Asunción", "PRY-GOV"),  # accented spelling
        ("Kingston asked Washington for help against the gangs.", "Kingston", "JAM-GOV"),  # not Norfolk Island's
        ("The ministers met in La Paz on Monday.", "La Paz", "BOL"),  # a place: only the country
    ],
)
def test_capitals_and_seats_the_packages_lack(resolve, text, name, actor_id):
    assert actor_of(resolve(text), name).id == actor_id


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Gabonese soldiers seized power overnight.", "Gabonese soldiers", "GAB-MIL"),
        ("Fijian peacekeepers left for Lebanon.", "Fijian peacekeepers", "FJI-MIL"),
        ("Dominican police deported hundreds of people.", "Dominican police", "DOM-COP"),
        ("Papua New Guinean police arrested dozens.", "Papua New Guinean police", "PNG-COP"),
    ],
)
def test_demonyms_of_smaller_states(resolve, text, phrase, actor_id):
    assert actor_of(resolve(text), phrase).id == actor_id


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id", "country"),
    [
        ("SADC leaders met in Harare.", "SADC leaders", "IGO-SADC-GOV", "IGO"),
        ("Mercosur will meet in Montevideo.", "Mercosur", "IGO-MERCOSUR", "IGO"),
        ("M23 fighters entered the town.", "M23 fighters", "GRP-M23", "COD"),
        ("Boko Haram abducted dozens of pupils.", "Boko Haram", "GRP-BOKOHARAM", "NGA"),
    ],
)
def test_regional_organisations_and_armed_groups(resolve, text, phrase, actor_id, country):
    actor = actor_of(resolve(text), phrase)
    assert (actor.id, actor.country) == (actor_id, country)


def test_a_city_tagged_person_is_no_person(resolve):
    doc = resolve("Congo accused Rwanda of backing the M23 rebels, who captured Goma last week.")
    assert any(e.text == "Goma" and e.label_ == "PERSON" for e in doc.ents)  # the case this rule is for
    actor = actor_of(doc, "Goma")
    assert actor is None or actor.kind != "person"


def test_a_surname_that_is_also_a_city_still_links_to_the_person(resolve):
    doc = resolve("Defense Secretary Lloyd Austin flew to Kyiv. Austin said more aid was coming.", "2024-07-15")
    assert actor_of(doc, "Austin", 2).id == "person:lloyd-austin"


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("Putin's government rejected the proposal.", "Putin's government", "RUS-GOV"),
        ("President Denis Sassou Nguesso's government urged calm.", "President Denis Sassou Nguesso's government",
         "COG-GOV"),
        ("Milei's ministers welcomed the deal.", "Milei's ministers", "ARG-GOV"),
        ("The Maduro government expelled the diplomats.", "The Maduro government", "VEN-GOV"),  # as a modifier
    ],
)
def test_a_person_as_possessor_gives_the_country(resolve, text, phrase, actor_id):
    assert actor_of(resolve(text), phrase).id == actor_id


def test_a_role_a_person_possesses_is_not_that_person(resolve):
    doc = resolve("Vladimir Putin spoke on Friday. Putin's spokesman said the talks were over.")
    actor = actor_of(doc, "Putin's spokesman")
    assert (actor.id, actor.kind) == ("RUS-GOV", "state")


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("RSF said a record number of journalists were in prison.", "NGO-RSF"),  # the default reading
        ("The RSF shelled a market in Omdurman, killing dozens.", "GRP-RSF-SDN"),
        ("Sudan's army said the RSF had withdrawn.", "GRP-RSF-SDN"),
    ],
)
def test_an_acronym_two_organisations_share(resolve, text, actor_id):
    assert actor_of(resolve(text), "RSF").id == actor_id


@pytest.mark.parametrize("name", ["ambiguous_names.tsv", "capitals.tsv"])
def test_every_new_fact_names_its_source(name):
    rows = [r for r in csv.reader((DATA_DIR / name).read_text(encoding="utf-8").splitlines(), delimiter="\t",
                                  quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    assert rows
    for row in rows:
        assert row[-1].strip(), f"{name}: no source for {row[0]!r}"


def test_ambiguous_readings_keep_file_order_and_expand_us_states():
    kb = load_knowledge()
    georgia = kb.ambiguous["georgia"]
    assert [r.iso3 for r in georgia.readings] == ["GEO", "USA"]
    us_cues = georgia.readings[1].cues
    assert "Arizona" in us_cues and "Georgia" not in us_cues and "Washington" not in us_cues
    assert kb.ambiguous["korea"].readings[0].iso3 is None


@pytest.mark.parametrize(
    "row", ["Congo\tcity\tCOD\tKinshasa\tsource\n", "RSF\torg\tNOSUCHORG\tSudan\tsource\n"],
)
def test_an_ambiguous_name_of_unknown_kind_or_code_is_refused(tmp_path, monkeypatch, row):
    (tmp_path / "ambiguous_names.tsv").write_text(row, encoding="utf-8")
    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    with pytest.raises(ModelError) as info:
        knowledge._ambiguous({}, frozenset({"RSF"}))
    assert "ambiguous_names.tsv" in str(info.value)
