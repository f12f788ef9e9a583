"""Actor resolution, sixth round: named institutions (parties, companies, news outlets, NGOs, central banks,
parliaments), a possessor's country on an institution's name, plural institutions as 'they', weapons as their
forces, regions' adjectives, 'ousted' as former, titles inside a name, a coordinated possessor, and a new office
the file does not know. Sentences written for these tests."""

from __future__ import annotations

from tests.nlp.conftest import actor_of


def test_parties_companies_and_outlets_have_a_country_and_sector(resolve):
    doc = resolve("Likud officials met Gazprom executives, Haaretz reported, and the SPD objected.")
    assert (actor_of(doc, "Likud").country, actor_of(doc, "Likud").sector) == ("ISR", "PTY")
    assert (actor_of(doc, "Gazprom").country, actor_of(doc, "Gazprom").sector) == ("RUS", "BUS")
    assert (actor_of(doc, "Haaretz").country, actor_of(doc, "Haaretz").sector) == ("ISR", "JRN")
    assert actor_of(doc, "SPD").id == "GRP-SPD"


def test_a_known_company_keeps_the_id_an_unknown_one_of_that_name_has(resolve):
    doc = resolve("Codelco said output fell in October.")
    assert (actor_of(doc, "Codelco").id, actor_of(doc, "Codelco").kind) == ("org:codelco", "org")


def test_a_transnational_ngo_has_no_country(resolve):
    doc = resolve("Greenpeace activists climbed the platform on Tuesday.")
    assert actor_of(doc, "Greenpeace").id == "NGO-GREENPEACE"
    assert actor_of(doc, "Greenpeace").country is None


def test_tories_are_british_unless_the_article_is_about_canada(resolve):
    assert actor_of(resolve("The Tories lost two seats in the by-election."), "Tories").country == "GBR"
    doc = resolve("The Tories in Ottawa attacked the carbon tax, and Poilievre promised to scrap it.")
    assert actor_of(doc, "Tories").country == "CAN"


def test_central_banks_are_state_organs(resolve):
    doc = resolve("The Bank of Japan kept rates unchanged, and Germany's central bank warned of a recession.")
    assert (actor_of(doc, "Bank of Japan").country, actor_of(doc, "Bank of Japan").sector) == ("JPN", "GOV")
    assert actor_of(doc, "Germany's central bank").id == "DEU-GOV"


def test_a_country_possessor_beats_the_default_country_of_an_institution_name(resolve):
    doc = resolve("Pakistan's Senate approved the amendment, and the Philippine House of Commons does not exist.")
    assert actor_of(doc, "Pakistan's Senate").id == "PAK-LEG"


def test_a_possessor_and_a_party_name_are_one_mention(resolve):
    doc = resolve("Turkey's AKP lost Istanbul again.")
    assert actor_of(doc, "Turkey's AKP").id == "GRP-AKP"


def test_a_plural_institution_is_they(resolve):
    doc = resolve("The Israel Defense Forces said they had struck a command post.")
    assert actor_of(doc, "they").id == "ISR-MIL"


def test_weapons_are_their_country_s_forces(resolve):
    doc = resolve("Three Russian warplanes crossed into Estonian airspace on Monday.")
    assert actor_of(doc, "Three Russian warplanes").id == "RUS-MIL"


def test_a_weapon_nobody_owns_is_no_actor(resolve):
    doc = resolve("The drones circled the stadium for an hour.")
    assert actor_of(doc, "The drones") is None


def test_a_weapon_lends_no_country_to_other_nouns_of_its_sentence(resolve):
    doc = resolve("Russian drones hit a power plant in western Ukraine, local officials said.")
    assert actor_of(doc, "Russian drones").id == "RUS-MIL"
    assert actor_of(doc, "local officials").country is None


def test_a_weapon_is_not_what_its_refers_to(resolve):
    doc = resolve("Taiwan's defence ministry said a Chinese drone had circled its outlying islands.")
    assert actor_of(doc, "a Chinese drone").id == "CHN-MIL"
    assert actor_of(doc, "its").country == "TWN"


def test_a_weapon_word_inside_a_company_name_is_part_of_the_name(resolve):
    doc = resolve("The Turkish firm Kestrel Drone Works signed the contract.")
    assert actor_of(doc, "The Turkish firm").id == "TUR-BUS"
    assert actor_of(doc, "Kestrel Drone Works").sector != "MIL"


def test_a_region_s_adjective_gives_its_state(resolve):
    doc = resolve("Chechen fighters joined the assault near the border.")
    assert actor_of(doc, "Chechen fighters").country == "RUS"


def test_ousted_is_a_former_office(resolve):
    doc = resolve("Sheikh Hasina fled to India by helicopter. The ousted prime minister has not spoken since.",
                  published="2024-08-10")
    assert actor_of(doc, "The ousted prime minister").id == actor_of(doc, "Sheikh Hasina").id


def test_a_title_inside_the_name_and_its_own_possessor_give_the_role(resolve):
    doc = resolve("Egypt's Sisi and Jordan's King Abdullah spoke by phone on Monday.")
    king = actor_of(doc, "King Abdullah")
    assert (king.country, king.sector) == ("JOR", "GOV")


def test_a_new_office_in_the_text_beats_a_past_one_in_the_file(resolve):
    doc = resolve("Jens Stoltenberg, now Norway's finance minister, presented the budget.", published="2025-03-20")
    person = actor_of(doc, "Jens Stoltenberg")
    assert (person.id, person.country, person.sector) == ("person:jens-stoltenberg", "NOR", "GOV")


def test_an_attorney_general_is_no_general(resolve):
    doc = resolve("The state's attorney general, Dana Whitfield, sued the company on Monday.")
    assert actor_of(doc, "Dana Whitfield").sector == "JUD"


def test_a_news_agency_in_a_dateline_is_not_the_employer_of_the_next_name(resolve):
    doc = resolve("OSLO (Reuters) – Veteran investor Harald Moen said on Friday that he would sell his stake.")
    assert actor_of(doc, "Reuters").country == "GBR"
    assert actor_of(doc, "Harald Moen").country != "GBR"


def test_a_news_outlet_lends_no_country_to_officials_in_its_sentence(resolve):
    doc = resolve("Government officials met on Friday, Al Jazeera reported.")
    assert actor_of(doc, "Al Jazeera").country == "QAT"
    assert actor_of(doc, "Government officials").country is None


def test_a_region_adjective_the_model_calls_an_organisation_is_none(resolve):
    doc = resolve("Russia said it would respond to a joint drone purchase agreed by Nordic and Baltic countries.")
    assert actor_of(doc, "Nordic") is None or actor_of(doc, "Nordic").kind != "org"  # a region's adjective
    council = resolve("The Nordic Council met in Oslo on Tuesday.")
    assert actor_of(council, "Nordic Council") is not None


def test_a_demonym_in_front_of_an_institution_gives_its_country(resolve):
    # 'National Assembly' alone defaults to South Korea's; an adjective of another country in its phrase wins
    doc = resolve("The French National Assembly voted on Tuesday, and the Hungarian National Assembly followed.")
    assert (actor_of(doc, "National Assembly").country, actor_of(doc, "National Assembly").sector) == ("FRA", "LEG")
    assert actor_of(doc, "National Assembly", 2).country == "HUN"
    assert actor_of(resolve("The National Assembly in Seoul voted."), "National Assembly").country == "KOR"
