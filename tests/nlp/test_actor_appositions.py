"""Actor resolution: a nominal and the name in its apposition are one actor; a possessor gives a role its
country; later descriptions reach the person an apposition named; abstract 'force' is no actor."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import actor_of

NIGER = (
    "The junta's leader, General Abdourahamane Tchiani, rejected the ultimatum in a televised address on Sunday. "
    "His spokesman, Colonel Amadou Abdramane, accused France of plotting to free Bazoum by force."
)


def test_a_nominal_before_a_titled_name_is_that_person(resolve):
    doc = resolve(NIGER, published="2023-07-31")
    leader = actor_of(doc, "The junta's leader")
    assert leader.id == "person:abdourahamane-tchiani"
    assert (leader.country, leader.kind) == ("NER", "person")


def test_an_unknown_person_in_the_apposition_is_the_nominal_too(resolve):
    doc = resolve("The army's commander, General Ismail Kamara, seized the radio station on Friday.")
    assert actor_of(doc, "The army's commander").id == "person:ismail-kamara"
    assert actor_of(doc, "Ismail Kamara").sector == "MIL"


def test_a_lowercase_title_before_the_name_does_not_hide_the_person(resolve):
    doc = resolve("The ruling party's spokesman, lawyer Rosa Pinheiro, resigned on Friday.")
    assert actor_of(doc, "The ruling party's spokesman").id == "person:rosa-pinheiro"


def test_the_country_s_top_diplomat_is_the_minister_named(resolve):
    doc = resolve("The country's top diplomat, Ahmed Attaf, flew to Rome on Monday.", published="2024-11-15")
    assert actor_of(doc, "The country's top diplomat").id == "person:ahmed-attaf"
    assert actor_of(doc, "The country's top diplomat").country == "DZA"


def test_a_possessive_pronoun_after_an_apposition_is_the_person(resolve):
    doc = resolve(NIGER, published="2023-07-31")
    assert actor_of(doc, "His").id == "person:abdourahamane-tchiani"


def test_a_role_takes_its_country_from_the_possessor(resolve):
    doc = resolve(NIGER, published="2023-07-31")
    spokesman = actor_of(doc, "Amadou Abdramane")
    assert (spokesman.country, spokesman.sector, spokesman.role) == ("NER", "GOV", "spokesman")
    assert actor_of(doc, "His spokesman").id == spokesman.id


def test_a_named_possessor_gives_the_country_of_an_unknown_spokesman(resolve):
    doc = resolve("Milei's spokesman, Manuel Adorni, told reporters that the budget would be balanced.")
    adorni = actor_of(doc, "Manuel Adorni")
    assert (adorni.id, adorni.country, adorni.sector) == ("person:manuel-adorni", "ARG", "GOV")
    assert actor_of(doc, "Milei's spokesman").id == adorni.id


def test_a_group_possessor_gives_its_country(resolve):
    doc = resolve("Egyptian soldiers guarded the crossing. Their commander, Colonel Hany Saleh, refused to comment.")
    assert (actor_of(doc, "Hany Saleh").country, actor_of(doc, "Hany Saleh").sector) == ("EGY", "MIL")


def test_a_possessor_says_nothing_about_a_private_role(resolve):
    # a president's doctor may be from anywhere: only an official's role takes the possessor's country
    doc = resolve("Milei's doctor, Ana Ferreyra, said the president was well.")
    doctor = actor_of(doc, "Ana Ferreyra")
    assert (doctor.country, doctor.sector) == (None, "MED")


def test_a_later_title_reaches_the_person_past_the_three_sentence_window(resolve):
    text = (
        "The junta's leader, General Abdourahamane Tchiani, rejected the ultimatum. Mali sent troops. "
        "Burkina Faso sent jets. Algeria called for talks. Chad stayed silent. On Monday the general met the envoys."
    )
    doc = resolve(text, published="2023-08-10")
    assert actor_of(doc, "the general").id == "person:abdourahamane-tchiani"


def test_a_former_title_is_not_remembered_as_a_current_one(resolve):
    text = (
        "Former President Ali Barre addressed his supporters. Ministers met on Monday. Banks closed. "
        "Schools were shut. Roads were blocked. The president said nothing."
    )
    doc = resolve(text)
    assert actor_of(doc, "The president").id != "person:ali-barre"


def test_a_junta_is_its_country_military(resolve):
    doc = resolve("Niger's junta ordered the French ambassador to leave.")
    assert actor_of(doc, "Niger's junta").id == "NER-MIL"


@pytest.mark.parametrize(
    "text",
    [
        "The bloc would not rule out the use of force to restore the government.",
        "Rights groups accused the police of using excessive force against students.",
        "The trade agreement came into force in January.",
        "Armed men tried to take the airport by force.",
        "The new tariffs will remain in force until March.",
    ],
)
def test_abstract_force_is_no_actor(resolve, text):
    assert actor_of(resolve(text), "force") is None


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("The multinational force will stay in Haiti for another year.", "The multinational force", None, "MIL"),
        ("Nigeria's air force said it had struck a camp.", "Nigeria's air force", "NGA", "MIL"),
        ("Russian forces shelled the city overnight.", "Russian forces", "RUS", "MIL"),
        ("A peacekeeping force arrived on Monday.", "A peacekeeping force", None, "MIL"),
    ],
)
def test_armed_forces_stay_actors(resolve, text, phrase, country, sector):
    actor = actor_of(resolve(text), phrase)
    assert (actor.country, actor.sector) == (country, sector)


def test_events_take_the_apposition_person(extract_text):
    events = extract_text(NIGER, published="2023-07-31").events
    actors = {a.id for e in events for a in e.actors}
    assert "person:abdourahamane-tchiani" in actors
    assert "person:amadou-abdramane" in actors
    assert not actors & {"MIL", "GOV"}


def test_a_quoted_nickname_gives_no_title(resolve):
    text = (
        "Basketball star LeBron James endorsed the candidate. The Ohio native nicknamed “King James” spoke first. "
        "Fans cheered. Tickets sold out. The band played. Everyone agreed the king of the evening was the governor."
    )
    doc = resolve(text)
    king = actor_of(doc, "the king")
    assert king is None or king.id != "person:lebron-james"


def test_the_country_as_possessor_is_the_country_just_named(resolve):
    doc = resolve("Senegal recalled its ambassador on Friday. The country's army closed the border.")
    assert actor_of(doc, "The country's army").id == "SEN-MIL"


def test_the_country_gives_an_unknown_spokesman_its_country(resolve):
    doc = resolve("Chile expelled two diplomats. The country's spokesman, Ignacio Fuentes, gave no reason.")
    assert actor_of(doc, "Ignacio Fuentes").country == "CHL"


def test_the_country_after_two_countries_is_nobody(resolve):
    doc = resolve("Mali and Burkina Faso closed their borders. The country's army said nothing.")
    assert actor_of(doc, "The country's army").country is None


def test_a_role_word_as_possessor_gives_its_country(resolve):
    text = (
        "Kenyan Interior Minister Grace Wanjiru landed in Kampala on Monday. "
        "The minister's spokesman, Paul Otieno, said talks would start at once."
    )
    doc = resolve(text)
    otieno = actor_of(doc, "Paul Otieno")
    assert (otieno.country, otieno.sector) == ("KEN", "GOV")
    # the possessor is no mention of its own: its words belong to the spokesman's phrase
    assert actor_of(doc, "The minister").id == otieno.id
