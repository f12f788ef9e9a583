"""Actor resolution: names, metonyms, group nouns, titles, office holders by date, coreference."""

from __future__ import annotations

import pytest

from crosswire.nlp.actors import actor_for_token
from crosswire.records import Article
from tests.nlp.conftest import actor_of


def test_capitals_named_as_actors_are_their_governments(resolve):
    doc = resolve("Rutte pointed to the cooperation among Pyongyang, Moscow, Tehran, and Beijing.")
    assert [actor_of(doc, c).id for c in ("Pyongyang", "Moscow", "Tehran", "Beijing")] == [
        "PRK-GOV", "RUS-GOV", "IRN-GOV", "CHN-GOV"]


def test_a_capital_goes_to_the_current_state_not_a_former_one(resolve):
    doc = resolve("Belgrade and Kinshasa rejected the proposal.")
    assert [actor_of(doc, c).country for c in ("Belgrade", "Kinshasa")] == ["SRB", "COD"]


def test_a_capital_named_as_a_place_is_only_the_country(resolve):
    doc = resolve("The two ministers met in Moscow on Monday.")
    actor = actor_of(doc, "Moscow")
    assert (actor.country, actor.sector) == ("RUS", None)


def test_seats_of_government(resolve):
    doc = resolve("The Kremlin declined to comment, and the White House said it was watching.")
    assert actor_of(doc, "Kremlin").id == "RUS-GOV"
    assert actor_of(doc, "White House").id == "USA-GOV"


def test_demonym_group_nouns(resolve):
    doc = resolve("North Korean troops arrived as Ukrainian people queued for water.")
    troops, people = actor_of(doc, "North Korean troops"), actor_of(doc, "Ukrainian people")
    assert (troops.id, troops.kind) == ("PRK-MIL", "state")
    assert (people.id, people.kind) == ("UKR-CVL", "group")


def test_possessive_country_and_ministry(resolve):
    doc = resolve("South Korea's defense ministry said the soldiers had left.")
    assert actor_of(doc, "South Korea's defense ministry").id == "KOR-MIL"


def test_igo_has_its_own_code(resolve):
    doc = resolve("NATO and the European Union issued a joint statement.")
    nato = actor_of(doc, "NATO")
    assert (nato.id, nato.kind, nato.country) == ("IGO-NATO", "igo", "IGO")
    assert actor_of(doc, "European Union").id == "IGO-EU"


def test_context_alias_needs_its_context(resolve):
    korean = resolve("Seoul said the North had fired a missile.")
    assert actor_of(korean, "the North").id == "PRK"
    other = resolve("Snow fell across the North overnight.")
    assert actor_of(other, "the North") is None


def test_president_elect_in_november_2024_and_president_later(resolve):
    then = actor_of(resolve("Donald Trump spoke to reporters.", "2024-11-12"), "Donald Trump")
    later = actor_of(resolve("Donald Trump spoke to reporters.", "2025-03-01"), "Donald Trump")
    assert (then.id, then.country, then.role) == ("person:donald-trump", "USA", "President-elect")
    assert later.role == "President" and later.id == then.id


def test_biden_is_president_in_november_2024(resolve):
    actor = actor_of(resolve("Joe Biden met his cabinet.", "2024-11-12"), "Joe Biden")
    assert (actor.country, actor.sector, actor.role) == ("USA", "GOV", "President")


def test_rutte_surname_pronoun_and_description_are_one_actor(resolve):
    doc = resolve(
        "NATO Secretary-General Mark Rutte arrived in Budapest. Rutte said he wanted more spending. "
        "The NATO chief later met the press."
    )
    ids = {actor_of(doc, m).id for m in ("Mark Rutte", "Rutte", "he", "The NATO chief")}
    assert actor_of(doc, "Rutte", 2).id == "person:mark-rutte"
    assert ids == {"person:mark-rutte"}


def test_object_pronoun_is_not_its_own_clauses_subject(resolve):
    doc = resolve("Donald Trump called Volodymyr Zelenskyy, who thanked him for the call.")
    assert actor_of(doc, "him").id == "person:donald-trump"


def test_a_description_under_a_named_subjects_verb_is_someone_else(resolve):
    # 'the envoy' is whoever Macron met, or whoever Scholz spoke of: not Macron or Scholz
    doc = resolve("President Emmanuel Macron met the envoy in Paris on Monday.")
    assert actor_of(doc, "the envoy").id != "person:emmanuel-macron"
    assert actor_of(doc, "the envoy").country is None  # nor France's: the text does not say whose envoy
    assert actor_of(doc, "the envoy").sector == "GOV"
    doc = resolve("Chancellor Olaf Scholz said the envoy would travel to Kyiv.")
    assert actor_of(doc, "the envoy").id != "person:olaf-scholz"
    doc = resolve("Foreign Minister Penny Wong arrived in Jakarta. The minister said the talks went well.")
    assert actor_of(doc, "The minister").id == "person:penny-wong"


def test_honorifics_before_a_name(resolve):
    # 'Sheikh' is not part of the name the file knows; 'Emir Sheikh', split off by the tagger, is nobody
    doc = resolve("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani said talks would resume.")
    assert actor_of(doc, "Mohammed bin Abdulrahman al-Thani").id == "person:mohammed-bin-abdulrahman-al-thani"
    doc = resolve("Emir Sheikh Tamim bin Hamad Al Thani met the envoy in Doha on Monday.")
    assert not any(a.id.startswith("person:emir") for a in doc._.cw_actors.values())
    assert actor_of(doc, "Tamim bin Hamad Al Thani").id == "person:tamim-bin-hamad-al-thani"


def test_a_surname_that_is_also_a_role_word_stays_the_person(resolve):
    doc = resolve("The broadcaster Larry King interviewed the senator. King asked about taxes, and he pressed on.")
    assert actor_of(doc, "King", 2).id == "person:larry-king"
    assert actor_of(doc, "he").id == "person:larry-king"


def test_pronoun_after_a_quote_goes_to_the_previous_speaker(resolve):
    doc = resolve('Rutte said he looks forward to working with Trump. "We must act," he said.')
    assert actor_of(doc, "he", 2).id == "person:mark-rutte"


def test_unknown_person_with_a_title_gets_country_and_sector(resolve):
    doc = resolve("Kenyan lawmaker Jane Wambui criticised the budget.")
    actor = actor_of(doc, "Jane Wambui")
    assert (actor.id, actor.kind, actor.country, actor.sector) == ("person:jane-wambui", "person", "KEN", "LEG")


def test_unknown_person_from_an_apposition(resolve):
    doc = resolve("Maria Lopez, a nurse in Madrid, said the ward was full.")
    actor = actor_of(doc, "Maria Lopez")
    assert (actor.country, actor.sector) == ("ESP", "MED")


def test_a_title_with_a_named_apposition_is_that_person_not_the_listed_holder(resolve):
    # The office-holder file lists someone else as France's defence minister on this date; the text names the person.
    doc = resolve("France's defence minister, Odile Marchetti, said the order was signed.")
    assert actor_of(doc, "France's defence minister").id == "person:odile-marchetti"
    assert actor_of(doc, "Odile Marchetti").id == "person:odile-marchetti"


def test_unknown_person_without_support_gets_no_country(resolve):
    doc = resolve("John Harlow said he heard explosions.")
    actor = actor_of(doc, "John Harlow")
    assert (actor.kind, actor.country, actor.sector) == ("person", None, None)
    assert actor_of(doc, "he").id == actor.id


def test_generic_plural_takes_the_earlier_group(resolve):
    doc = resolve("Top diplomats of the Group of Seven met on Monday. The ministers said they were worried.")
    group = actor_of(doc, "The ministers")
    assert (group.id, group.kind, group.org) == ("IGO-G7-GOV", "group", "G7")


def test_bare_police_takes_the_country_of_the_sentence(resolve):
    doc = resolve("Indonesian students marched on parliament, and police arrested dozens.")
    assert actor_of(doc, "police").id == "IDN-COP"


def test_former_office_holder_is_eli(resolve):
    actor = actor_of(resolve("Bashar al-Assad fled to Moscow.", "2024-12-10"), "Bashar al-Assad")
    assert (actor.country, actor.sector, actor.role) == ("SYR", "ELI", "former President")


def test_actor_for_token_prefers_the_smallest_span(resolve):
    doc = resolve("The NATO chief met reporters.")
    nato = next(t for t in doc if t.text == "NATO")
    chief = next(t for t in doc if t.text == "chief")
    assert actor_for_token(doc, nato).id == "IGO-NATO"
    assert actor_for_token(doc, chief).kind == "person"
    assert actor_for_token(doc, doc[-1]) is None  # the full stop


def test_same_actor_same_id_across_articles(resolve):
    a = actor_of(resolve("Vladimir Putin spoke in Moscow."), "Vladimir Putin")
    b = actor_of(resolve("Putin said the talks went well."), "Putin")
    assert a == b


def test_entities_carry_their_actor(extract_text):
    extraction = extract_text("NATO Secretary-General Mark Rutte met Volodymyr Zelenskyy.", published="2024-11-07")
    actors = {e.text: e.actor.id for e in extraction.entities if e.actor}
    assert actors["Mark Rutte"] == "person:mark-rutte"
    assert actors["Volodymyr Zelenskyy"] == "person:volodymyr-zelenskyy"


def test_empty_and_odd_texts_do_not_crash(nlp):
    upto = nlp.pipe_names[: nlp.pipe_names.index("actors") + 1]
    with nlp.select_pipes(enable=upto):  # only the actors pipe and what it reads
        for text in ("", "   ", "he", "The the the.", "“He,” she said, “is.”", "Rutte Rutte Rutte he he"):
            doc = nlp.make_doc(text)
            doc._.cw_article = Article(id="t", text=text, published=None)
            assert isinstance(nlp(doc)._.cw_actors, dict)


def test_a_place_named_like_an_earlier_person_stays_a_place(resolve):
    doc = resolve("Lloyd Austin flew to Austin, Texas, on Monday.")
    assert actor_of(doc, "Lloyd Austin").id == "person:lloyd-austin"
    place = actor_of(doc, "Austin", 2)
    assert place is None or place.kind != "person"


def test_the_same_name_in_two_offices_resolves_by_date(resolve):
    before = actor_of(resolve("Mark Rutte spoke in The Hague.", "2023-05-01"), "Mark Rutte")
    after = actor_of(resolve("Mark Rutte spoke in Brussels.", "2024-11-07"), "Mark Rutte")
    assert (before.country, before.role) == ("NLD", "Prime Minister")
    assert (after.country, after.org) == ("IGO", "NATO") and after.id == before.id


def test_a_named_armed_group_and_its_chief(resolve):
    doc = resolve("Hezbollah fighters fired rockets. The Hezbollah chief vowed revenge.", "2024-11-17")
    fighters = actor_of(doc, "Hezbollah fighters")
    assert (fighters.id, fighters.country, fighters.sector) == ("GRP-HEZBOLLAH", "LBN", "REB")
    chief = actor_of(doc, "The Hezbollah chief")
    assert (chief.kind, chief.org, chief.sector) == ("person", "HEZBOLLAH", "REB")


def test_the_president_is_the_person_holding_that_office(resolve):
    doc = resolve("Putin met Lavrov and Peskov on Monday. The president then left for Minsk.", "2024-11-07")
    assert actor_of(doc, "The president").id == "person:vladimir-putin"


def test_a_possessive_name_is_the_same_person(resolve):
    doc = resolve("Donald Trump’s campaign said Trump would attend.", "2016-10-01")
    assert actor_of(doc, "Donald Trump’s").id == "person:donald-trump"
    assert actor_of(doc, "Trump", 2).id == "person:donald-trump"


def test_a_relative_clause_does_not_join_the_group_noun(resolve):
    doc = resolve("He praised the leadership of Donald Trump, who wants to rebuild the military.", "2016-10-01")
    spans = [doc.text[s:e] for (s, e) in doc._.cw_actors]
    assert not any("rebuild" in span for span in spans)


def test_intelligence_is_an_agency_only_beside_a_country(resolve):
    doc = resolve("Pakistani intelligence said the men were caught. Critics questioned her intelligence.")
    assert actor_of(doc, "Pakistani intelligence").id == "PAK-SPY"
    assert actor_of(doc, "her intelligence") is None or actor_of(doc, "her intelligence").sector != "SPY"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Tens of thousands of Spaniards marched through Valencia after the floods.", "Spaniards", "ESP"),
        ("Two Britons and three Danes were among the injured, the embassy said.", "Britons", "GBR"),
        ("Two Britons and three Danes were among the injured, the embassy said.", "Danes", "DNK"),
        ("Iraqis queued for hours to vote in the provincial election.", "Iraqis", "IRQ"),
        ("Many Filipinos working abroad send money home.", "Filipinos", "PHL"),
        ("Kazakhs and Uzbeks crossed the border to trade.", "Uzbeks", "UZB"),
    ],
)
def test_people_of_a_country_resolve_to_its_civilians(resolve, text, phrase, country):
    actor = actor_of(resolve(text), phrase)
    assert actor is not None and (actor.country, actor.sector, actor.kind) == (country, "CVL", "group")


def test_a_country_name_is_not_read_as_its_people(resolve):
    actor = actor_of(resolve("Thousands fled to Laos after the dam broke."), "Laos")
    assert (actor.country, actor.kind, actor.sector) == ("LAO", "state", None)


def test_a_people_spread_over_several_states_gets_no_country(resolve):
    doc = resolve("Kurdish fighters pushed the militants out of the town after a week of clashes.")
    actor = actor_of(doc, "Kurdish fighters")
    assert actor is None or actor.country is None


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("The governor of Kharkiv region said two people were killed overnight.", "The governor of Kharkiv region", "UKR", "GOV"),
        ("The governor of Kursk said the drones were shot down.", "The governor of Kursk", "RUS", "GOV"),
        ("A teacher from Odesa described the blackout.", "A teacher from Odesa", "UKR", "EDU"),
    ],
)
def test_a_city_or_region_named_with_of_or_from_gives_the_country(resolve, text, phrase, country, sector):
    actor = actor_of(resolve(text), phrase)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_a_city_where_someone_is_does_not_give_their_country(resolve):
    actor = actor_of(resolve("Journalists in Kharkiv filmed the strike."), "Journalists")
    assert actor is not None and actor.country is None


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        ("A spokesman for the Chinese embassy denied the report.", "A spokesman for the Chinese embassy", "CHN", "GOV"),
        ("The president of the ECOWAS Commission urged calm.", "The president of the ECOWAS Commission", "IGO", "GOV"),
        ("The leaders of the G20 group met in Rio.", "The leaders of the G20 group", "IGO", "GOV"),
    ],
)
def test_an_organisation_or_country_modifying_the_object_of_of_or_for(resolve, text, phrase, country, sector):
    actor = actor_of(resolve(text), phrase)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_a_demonym_inside_an_organisations_name_gives_no_country(resolve):
    doc = resolve("The president of the American Action Forum criticised the plan.")
    assert any(e.label_ == "ORG" and "Forum" in e.text for e in doc.ents)  # the case this rule is for
    actor = actor_of(doc, "The president")
    assert actor is not None and (actor.country, actor.sector) == (None, "GOV")


def test_an_appositive_person_takes_the_title_before_of(resolve):
    doc = resolve("The president of the ECOWAS Commission, Omar Alieu Touray, urged the juntas to return.", "2024-02-24")
    actor = actor_of(doc, "Omar Alieu Touray")
    assert (actor.country, actor.sector, actor.role) == ("IGO", "GOV", "president")


@pytest.mark.parametrize(
    ("text", "phrase", "actor_id"),
    [
        ("A Kenyan delegation arrived in Addis Ababa.", "A Kenyan delegation", "KEN-GOV"),
        ("Brunei's sultan opened the summit.", "Brunei's sultan", "person:hassanal-bolkiah"),
        ("A Nigerian parliamentary delegation visited Accra.", "A Nigerian parliamentary delegation", "NGA-LEG"),
    ],
)
def test_delegations_and_sultans(resolve, text, phrase, actor_id):
    assert actor_of(resolve(text, "2024-11-24"), phrase).id == actor_id


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Sri Lankan President Anura Kumara Dissanayake dissolved parliament.", "parliament", "LKA"),
        ("Putin ordered the army to advance.", "the army", "RUS"),
        ("Former president Evo Morales criticised the army.", "the army", None),  # no office, no country given
        ("The man attacked police.", "police", None),
    ],
)
def test_a_bare_state_organ_an_office_holder_acts_on_is_of_their_country(resolve, text, phrase, country):
    actor = actor_of(resolve(text, "2024-09-25"), phrase)
    assert actor is not None and actor.country == country


def test_a_title_the_tagger_took_for_a_name_is_the_next_persons_title(resolve):
    # spaCy tags 'Charlotte Mayor' as a PERSON of its own, before 'Jennifer Roberts'
    doc = resolve("Charlotte Mayor Jennifer Roberts said on Friday that the video should be released.")
    assert not any(a.id == "person:charlotte-mayor" for a in doc._.cw_actors.values())
    actor = actor_of(doc, "Jennifer Roberts")
    assert (actor.id, actor.role, actor.sector) == ("person:jennifer-roberts", "mayor", "GOV")


@pytest.mark.parametrize(
    ("text", "phrase", "role", "sector"),
    [
        ("Former President Elena Marsh opened the library in Denver.", "Elena Marsh", "former president", "ELI"),
        ("Ex-minister Tomas Varga said the budget was too small.", "Tomas Varga", "former minister", "ELI"),
        ("Anna Lind, a former nurse, said the hospital was full.", "Anna Lind", "former nurse", "MED"),
    ],
)
def test_a_former_official_is_an_elite_with_a_former_role(resolve, text, phrase, role, sector):
    actor = actor_of(resolve(text), phrase)
    assert (actor.role, actor.sector) == (role, sector)


def test_former_before_another_title_is_not_this_ones(resolve):
    doc = resolve("Piotr Nowak, a former deputy minister and retired general, addressed the troops.")
    assert actor_of(doc, "Piotr Nowak").role == "general"
    doc = resolve("Piotr Nowak, a retired general and former deputy minister, addressed the troops.")
    assert actor_of(doc, "Piotr Nowak").role == "former minister"


def test_the_former_holder_of_an_office_is_not_the_one_in_office(resolve):
    doc = resolve("The former NATO chief spoke in Oslo, and the former Japanese prime minister visited Taipei.")
    chief, premier = actor_of(doc, "The former NATO chief"), actor_of(doc, "the former Japanese prime minister")
    assert (chief.kind, chief.org, chief.sector) == ("group", "NATO", "ELI")
    assert (premier.id, premier.sector) == ("JPN-ELI", "ELI")


def test_the_former_title_refers_back_to_the_former_holder(resolve):
    doc = resolve("Mark Rutte met Jens Stoltenberg, the former NATO chief, in Brussels. The former secretary-general said he was glad.")
    assert actor_of(doc, "The former secretary-general").name == "Jens Stoltenberg"


def test_a_predicate_noun_is_a_role_not_the_office_holder(resolve):
    doc = resolve("The senator hopes to become the next president of the United States.", published="2016-10-01")
    actor = actor_of(doc, "the next president of the United States")
    assert actor.kind != "person"
