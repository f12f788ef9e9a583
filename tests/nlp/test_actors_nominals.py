"""Actor resolution, sixth round: definite nominals that point back ('the group', 'the agency', 'the party',
'The Gulf state'), a bare official's title in a later sentence ('the foreign minister'), an organisation's
office with no organisation in its phrase ('the director-general'), and an organisation's people ('their
commander'). Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.conftest import actor_of


def test_the_group_is_the_armed_group_named_before(resolve):
    doc = resolve("Sudanese troops shelled the market, and the RSF denied blame. The group said the army had lied.")
    group = actor_of(doc, "The group")
    assert (group.id, group.country, group.sector) == ("GRP-RSF-SDN", "SDN", "REB")


def test_the_group_is_not_a_crowd_of_people(resolve):
    # "villagers" are a sector of people, not a named group: "the group" stays unresolved
    doc = resolve("Angry villagers blocked the road on Sunday. The group later dispersed.")
    assert actor_of(doc, "The group") is None


def test_the_agency_is_the_agency_named_before(resolve):
    doc = resolve("Pakistan's spy agency denied the report. The agency said its officers had done nothing wrong.")
    agency = actor_of(doc, "The agency")
    assert (agency.country, agency.sector) == ("PAK", "SPY")


def test_the_party_and_it_are_the_party_named_before(resolve):
    doc = resolve("The ANC lost ground in the vote. The party said it would talk to all sides.")
    assert actor_of(doc, "The party").id == "GRP-ANC"
    assert actor_of(doc, "it").id == "GRP-ANC"


def test_the_company_is_the_company_named_before(resolve):
    doc = resolve("Petrobras cut fuel prices on Monday. The company said demand had fallen.")
    company = actor_of(doc, "The company")
    assert (company.id, company.country, company.sector) == ("org:petrobras", "BRA", "BUS")


def test_the_alliance_is_the_organisation_named_before(resolve):
    doc = resolve("NATO leaders gathered in Vilnius. The alliance agreed on a new plan.")
    assert actor_of(doc, "The alliance").id == "IGO-NATO"


def test_a_country_nominal_as_subject_is_the_country_named_before(resolve):
    doc = resolve("Oman has offered to host the talks between Iran and the United States. The Gulf state said "
                  "it would keep the venue secret.")
    assert actor_of(doc, "The Gulf state").country == "OMN"
    assert actor_of(doc, "it").country == "OMN"


def test_the_state_alone_is_no_country(resolve):
    doc = resolve("Texas sued the agency on Monday. The state says the rule is unlawful.")
    assert actor_of(doc, "The state") is None


def test_a_bare_minister_later_is_of_the_country_the_article_is_about(resolve):
    doc = resolve("Mexico's foreign ministry protested on Tuesday. Later the foreign minister summoned the ambassador.",
                  published="2024-11-20")
    minister = actor_of(doc, "the foreign minister")
    assert (minister.country, minister.sector, minister.kind) == ("MEX", "GOV", "person")


def test_a_bare_minister_takes_the_subject_s_country_when_two_are_named(resolve):
    doc = resolve("Estonia summoned a Russian envoy on Friday over the cable damage. The defence minister called "
                  "it sabotage.", published="2024-11-20")
    assert actor_of(doc, "The defence minister").country == "EST"


def test_coordinated_subjects_give_no_one_country(resolve):
    doc = resolve("Mali and Niger closed their borders on Friday. The foreign minister said the step was temporary.")
    assert actor_of(doc, "The foreign minister").country is None


def test_an_organisation_s_office_is_of_the_organisation_named_before(resolve):
    doc = resolve("The IAEA reported new enrichment at the site. The director-general said inspectors needed "
                  "access.", published="2024-11-20")
    chief = actor_of(doc, "The director-general")
    assert (chief.id, chief.country) == ("person:rafael-grossi", "IGO")


def test_a_body_s_office_is_of_its_parent_organisation(resolve):
    doc = resolve("The UN General Assembly adopted the text on Friday, and the secretary-general welcomed it.",
                  published="2024-11-20")
    assert actor_of(doc, "the secretary-general").id == "person:antonio-guterres"


def test_an_armed_group_s_commander_is_the_group_s(resolve):
    doc = resolve("Hamas fighters left the tunnel before their commander gave the order.")
    commander = actor_of(doc, "their commander")
    assert (commander.id, commander.sector) == ("GRP-HAMAS", "REB")


def test_a_title_with_a_place_the_files_do_not_know_takes_no_article_country(resolve):
    doc = resolve("Moscow rejected the new sanctions. Later the Texas congressman called for more.")
    assert actor_of(doc, "the Texas congressman").country != "RUS"


def test_a_plural_nominal_is_not_the_one_body_named_before(resolve):
    doc = resolve("Hezbollah fired rockets at Haifa on Sunday. The groups in the south said nothing.")
    assert actor_of(doc, "The groups") is None
