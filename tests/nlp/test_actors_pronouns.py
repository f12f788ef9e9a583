"""Actor resolution of it/its/they/their/who/which, compound and counted groups, unknown organisations."""

from __future__ import annotations

import re

from crosswire.nlp.actors import actor_for_token
from tests.nlp.conftest import actor_of


def pronoun(doc, word: str, n: int = 1):
    """The actor resolved on exactly the n-th pronoun `word` (not on a longer mention around it)."""
    match = list(re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", doc.text))[n - 1]
    return (doc._.cw_actors or {}).get((match.start(), match.end()))


# -- it / its -------------------------------------------------------------------------------------------


def test_it_refers_to_the_state_that_was_the_last_subject(resolve):
    doc = resolve("Poland closed two border crossings. It blamed smuggling gangs for the decision.")
    assert pronoun(doc, "It").id == "POL"


def test_its_gives_the_group_noun_its_country(resolve):
    doc = resolve("Egypt said its army had reinforced the border.")
    assert pronoun(doc, "its").id == "EGY"
    assert actor_of(doc, "its army").id == "EGY-MIL"


def test_it_refers_to_a_state_organ_and_an_organisation(resolve):
    doc = resolve("The Elysee is not involved. Interpol said it had issued a red notice.")
    assert pronoun(doc, "it").id == "IGO-INTERPOL"


def test_it_never_refers_to_a_person(resolve):
    doc = resolve("Keir Starmer spoke for an hour on Monday. It rained all afternoon.")
    assert pronoun(doc, "It") is None


def test_expletive_it_is_not_resolved(resolve):
    doc = resolve("Iran fired dozens of missiles. It is unclear how many of them landed.")
    assert pronoun(doc, "It") is None


def test_it_skips_a_country_named_only_as_an_adjective_or_a_place(resolve):
    doc = resolve("Kenyan police escorted a Somali convoy, and it reached the camp at night.")
    assert pronoun(doc, "it") is None  # neither "Kenyan" nor "Somali" is what "it" means; police are many


# -- they / their ---------------------------------------------------------------------------------------


def test_they_refers_to_a_plural_group(resolve):
    doc = resolve("Syrian rebels attacked army positions near Hama, and they seized a town.")
    assert pronoun(doc, "they").id == "SYR-REB"


def test_they_prefers_the_governing_subject_over_a_later_object(resolve):
    doc = resolve("Qatari mediators met Sudanese army officers in Doha, and they drafted a truce.")
    assert pronoun(doc, "they").country == "QAT"


def test_they_refers_to_a_named_organisation(resolve):
    doc = resolve("The Houthis said they had fired at a tanker in the Red Sea.")
    assert pronoun(doc, "they").id == "GRP-HOUTHIS"


def test_they_is_not_a_single_state(resolve):
    doc = resolve("Norway announced new fishing rules, and they take effect in May.")
    assert pronoun(doc, "they") is None


def test_their_is_the_possessor_group(resolve):
    doc = resolve("Cuban doctors said their salaries had been cut again.")
    assert pronoun(doc, "their").id == "CUB-MED"


def test_object_pronouns_are_left_alone(resolve):
    doc = resolve("Russian forces fired missiles overnight, and Ukraine shot them down.")
    assert pronoun(doc, "them") is None


def test_no_antecedent_within_three_sentences_means_no_actor(resolve):
    doc = resolve(
        "Chad closed its border. The rains came early. Roads were flooded. Crops failed. Prices rose. "
        "It asked for help."
    )
    assert pronoun(doc, "It") is None


# -- who / which ----------------------------------------------------------------------------------------


def test_who_as_subject_is_the_person_before_it(resolve):
    doc = resolve("Maria Lopez, who runs a clinic in Madrid, said the queues were growing.")
    assert pronoun(doc, "who").id == "person:maria-lopez"


def test_which_as_subject_is_the_organisation_before_it(resolve):
    doc = resolve("Interpol, which tracks fugitives across borders, issued a notice.")
    assert pronoun(doc, "which").id == "IGO-INTERPOL"


def test_which_as_object_is_not_resolved(resolve):
    doc = resolve("Japan praised the deal, which Vietnam signed on Monday.")
    assert pronoun(doc, "which") is None


# -- compound and counted groups ------------------------------------------------------------------------


def test_coordinated_demonyms_give_one_actor_per_country(resolve):
    doc = resolve("Greek and Turkish diplomats met in Ankara on Tuesday.")
    assert actor_of(doc, "Greek and Turkish diplomats").id == "GRC-GOV"
    hits = [actor_for_token(doc, t) for t in doc if t.text in ("Greek", "Turkish")]
    assert [a.id for a in hits] == ["GRC-GOV", "TUR-GOV"]


def test_a_single_demonym_keeps_the_state_on_its_name(resolve):
    doc = resolve("Greek diplomats met in Ankara on Tuesday.")
    assert actor_of(doc, "Greek").id == "GRC"


def test_counted_countries_make_a_group_without_a_country(resolve):
    doc = resolve("Qatari officials said finance ministers from five Gulf countries would meet soon.")
    actor = actor_of(doc, "finance ministers from five Gulf countries")
    assert (actor.kind, actor.country, actor.sector) == ("group", None, "GOV")


def test_counted_countries_after_the_are_no_anaphor(resolve):
    doc = resolve("Qatari officials welcomed the finance ministers of six Gulf states.")
    actor = actor_of(doc, "the finance ministers of six Gulf states")
    assert (actor.kind, actor.country, actor.sector) == ("group", None, "GOV")


def test_member_states_of_an_organisation_are_its_group(resolve):
    doc = resolve("Diplomats from the NATO member states gathered in Vilnius.")
    assert actor_of(doc, "Diplomats from the NATO member states").id == "IGO-NATO-GOV"


def test_a_place_after_the_noun_does_not_override_its_organisation(resolve):
    doc = resolve("NATO troops in Estonia held drills near the border.")
    assert actor_of(doc, "NATO troops in Estonia").id == "IGO-NATO-MIL"


def test_a_dateline_capital_is_a_place(resolve):
    doc = resolve("KYIV — Ukrainian officials said the power plant was hit again.")
    actor = actor_of(doc, "KYIV")
    assert (actor.country, actor.sector) == ("UKR", None)


# -- organisations the knowledge files do not know --------------------------------------------------------


def test_an_apposition_gives_an_unknown_company_its_country(resolve):
    doc = resolve("Tarsis Mining, a Canadian company, won the contract on Friday.")
    actor = actor_of(doc, "Tarsis Mining")
    assert (actor.id, actor.kind, actor.country, actor.sector) == ("org:tarsis-mining", "org", "CAN", "BUS")


def test_a_title_gives_an_unknown_firm_its_country(resolve):
    doc = resolve("The Indonesian firm Bintang Cargo denied the report.")
    actor = actor_of(doc, "Bintang Cargo")
    assert (actor.country, actor.sector) == ("IDN", "BUS")


def test_based_in_gives_the_country(resolve):
    doc = resolve("Investigators raided Korvex Labs, a company based in Estonia, on Thursday.")
    assert actor_of(doc, "Korvex Labs").country == "EST"


def test_an_undescribed_organisation_gets_no_country(resolve):
    doc = resolve("Tarsis Mining Corp. won the contract in Peru on Friday.")
    actor = actor_of(doc, "Tarsis Mining Corp.")
    assert (actor.id, actor.country, actor.sector) == ("org:tarsis-mining-corp", None, None)


def test_it_refers_to_an_unknown_company(resolve):
    doc = resolve("Tarsis Mining, a Canadian company, said it would appeal the ruling.")
    assert pronoun(doc, "it").id == "org:tarsis-mining"


# -- where "it" and "they" are more likely things than actors ---------------------------------------------


def test_a_subject_that_is_no_actor_keeps_its_clause(resolve):
    doc = resolve("The Houthis spoke on Monday. About 40 percent of voters said they would stay home.")
    assert pronoun(doc, "they") is None


def test_it_after_a_person_reporting_is_not_the_state_before(resolve):
    doc = resolve("Canada published the audit. The minister says it shows the budget was overspent.")
    assert pronoun(doc, "it") is None  # "the minister" is the clause's subject, and it is no "it"


def test_they_after_a_state_subject_takes_the_plural_object(resolve):
    doc = resolve("Canada expelled six Indian diplomats, saying they had spied on activists.")
    assert pronoun(doc, "they").id == "IND-GOV"


def test_a_pronoun_inside_a_quotation_does_not_reach_the_narrative(resolve):
    doc = resolve('Vietnam signed the accord on Monday. "It will change everything," the minister said.')
    assert pronoun(doc, "It") is None


def test_a_pronoun_inside_a_quotation_refers_within_it(resolve):
    doc = resolve('The minister said: "Vietnam signed the accord, and it will keep its word."')
    assert pronoun(doc, "its").id == "VNM"


def test_who_after_a_demonym_names_no_state(resolve):
    doc = resolve("Any Brazilian who travels abroad needs a passport.")
    assert pronoun(doc, "who") is None


def test_coordinated_countries_after_of_give_one_actor_per_country(resolve):
    doc = resolve("The foreign ministers of South Korea and Japan met in Tokyo.")
    assert actor_of(doc, "The foreign ministers of South Korea and Japan").id == "KOR-GOV"
    assert (actor_of(doc, "South Korea").id, actor_of(doc, "Japan").id) == ("KOR-GOV", "JPN-GOV")
