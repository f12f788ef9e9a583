"""Who acts and who receives: argument rules of the event coder, through the full pipeline."""

from __future__ import annotations

import pytest

from tests.nlp.conftest import countries, main_event


@pytest.mark.parametrize(
    ("text", "etype", "actors", "recipients"),
    [
        # the action inside the trigger's infinitive names the recipient
        ("Turkey agreed to sell Egypt armed drones.", "AGREE", {"TUR"}, {"EGY"}),
        ("Argentina threatened to cut its ties with Bolivia.", "THREATEN", {"ARG"}, {"BOL"}),
        # "for X's Y" after support and aid words is the beneficiary
        ("Canada voiced support for Mexico's judicial reform.", "SUPPORT", {"CAN"}, {"MEX"}),
        # an unresolved recipient is placed by its "in" phrase
        ("Sweden sent food aid to displaced families in Chad.", "AID", {"SWE"}, {"TCD"}),
        # the subject names an attack: its target is the recipient of the verb it governs
        ("An Israeli missile strike on Beirut killed four people.", "ASSAULT", {"ISR"}, {"LBN"}),
        # a light verb whose subject is the event noun: the noun's owner acts
        ("Norway's donation of rifles to Latvia was completed on Friday.", "AID", {"NOR"}, {"LVA"}),
    ],
)
def test_arguments(extract_text, text, etype, actors, recipients):
    event = main_event(extract_text, text)
    assert event.type == etype, event.rule
    assert countries(event.actors) == actors
    assert countries(event.recipients) == recipients


def test_infinitive_recipient_not_used_when_the_trigger_has_one(extract_text):
    event = main_event(extract_text, "Israel urged Egypt to arrest the Hamas envoys.")
    assert event.type == "REQUEST"
    assert countries(event.recipients) == {"EGY"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Serbia deployed troops along its border with Hungary.", "HUN"),
        ("China massed warships around Taiwan.", "TWN"),
        ("Iran moved troops near an island claimed by the United Arab Emirates.", "ARE"),
    ],
)
def test_mobilization_toward_a_country(extract_text, text, target):
    event = main_event(extract_text, text)
    assert event.type == "MOBILIZE"
    assert countries(event.recipients) == {target}


def test_own_border_is_not_a_target(extract_text):
    event = main_event(extract_text, "Finland deployed troops along its eastern border.")
    assert event.type == "MOBILIZE"
    assert not (countries(event.recipients) - {"FIN"})


def test_headline_noun_trigger_takes_the_compound_owner(extract_text):
    event = main_event(extract_text, "Belarus leader pardons jailed opposition figures")
    assert event.type == "CONCEDE"
    assert countries(event.actors) == {"BLR"}


def test_diplomatic_protest_by_a_state_is_accuse(extract_text):
    event = main_event(extract_text, "Vietnam lodged a formal protest with China over the seized fishing boat.")
    assert event.type == "ACCUSE" and event.mode == "disapprove"
    assert countries(event.recipients) == {"CHN"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya and Uganda inked a deal on a shared oil pipeline.", "SUPPORT"),
        ("Brazil sided with Argentina in the fishing dispute.", "SUPPORT"),
        ("The Czech government abandoned its plan to raise the pension age.", "CONCEDE"),
        ("Norway partnered with Iceland to monitor the volcano.", "COOPERATE"),
        ("Danish instructors trained Ukrainian pilots.", "AID"),
        ("The World Bank disbursed $300 million to Nepal.", "AID"),
        ("Pakistan ruled out talks with India.", "REJECT"),
        ("Moscow lashed out at Tokyo over the island visit.", "ACCUSE"),
        ("Greek dockworkers walked out over pay.", "PROTEST"),
        ("Japan dispatched destroyers to the Sea of Japan.", "MOBILIZE"),
        ("Turkey's regulator blocked access to the video platform.", "COERCE"),
        ("Iran's leader promised a harsh response to the strike.", "THREATEN"),
    ],
)
def test_added_lexicon_entries(extract_text, text, etype):
    assert main_event(extract_text, text).type == etype


def test_own_side_is_not_a_recipient(extract_text):
    event = main_event(extract_text, "Belgium completed the withdrawal of its soldiers from Mali in June.")
    assert event.type == "RETREAT"
    assert countries(event.recipients) == {"MLI"}


def test_of_phrase_with_several_countries_names_them_all(extract_text):
    event = main_event(extract_text, "The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday.")
    assert event.type == "CONSULT"
    assert countries(event.actors) | countries(event.recipients) == {"CHL", "PER", "BOL"}


def test_doer_of_a_condemned_act_is_the_recipient(extract_text):
    event = main_event(extract_text, "Japan condemned the seizure of a fishing boat by Russian border guards.")
    assert event.type == "ACCUSE"
    assert countries(event.recipients) == {"RUS"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The United States added two Iranian airlines to its trade blacklist.", "SANCTION"),
        ("Canada imposed travel bans on ten Belarusian officials.", "SANCTION"),
        ("Italy voiced its backing for the Tunisian government.", "SUPPORT"),
        ("Spain and Portugal expanded their intelligence sharing on smuggling.", "COOPERATE"),
        ("Jordan airdropped medical supplies over Gaza.", "AID"),
        ("Qatar's emir received the Turkish president in Doha.", "CONSULT"),
        ("Slovakia's parliament dropped the disputed media law.", "CONCEDE"),
    ],
)
def test_more_lexicon_entries(extract_text, text, etype):
    assert main_event(extract_text, text).type == etype


def test_offered_aid_is_a_promise(extract_text):
    event = main_event(extract_text, "Japan offered Sri Lanka a low-interest loan for its port.")
    assert event.type == "AGREE" and "offer>AGREE" in event.rule
    assert countries(event.actors) == {"JPN"} and countries(event.recipients) == {"LKA"}


def test_trip_for_talks_carries_the_talks_even_if_the_travel_verb_is_in_the_lexicon(extract_text):
    event = main_event(extract_text, "Kenya's president flew to Addis Ababa for talks with Ethiopia's prime minister.")
    assert event.type == "CONSULT"
    assert countries(event.actors) | countries(event.recipients) == {"KEN", "ETH"}


def test_joined_sanctions_name_their_owner_not_their_target(extract_text):
    event = main_event(extract_text, "Norway declined to join the EU sanctions on Venezuela.")
    assert event.type == "REJECT"
    assert countries(event.recipients) == {"IGO"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Egypt's president commuted the sentences of 30 prisoners.", "CONCEDE"),
        ("Dutch police handed the fugitive over to Italy.", "COOPERATE"),
        ("Russia and Ukraine exchanged 95 prisoners on Friday.", "RETREAT"),
        ("Farmers blocked the motorway near Lyon.", "PROTEST"),
        ("Mali told France to close its embassy.", "REQUEST"),
        ("Armenia rushed troops to the border.", "MOBILIZE"),
        ("Militants blew up a gas pipeline in the Sinai.", "ASSAULT"),
        ("The European Union granted Georgia candidate status.", "SUPPORT"),
    ],
)
def test_lexicon_entries_for_prisoners_handovers_and_orders(extract_text, text, etype):
    assert main_event(extract_text, text).type == etype


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the acting state is not where the event happened
        ("Germany sent more tanks to Ukraine on Monday.", "Ukraine"),
        ("Norway's donation of rifles to Latvia was completed on Friday.", "Latvia"),
        # an attacked place and a place after 'in' are the event's place
        ("Russian forces shelled Kharkiv on Tuesday.", "Kharkiv"),
        ("Thousands of farmers protested in Warsaw on Friday.", "Warsaw"),
    ],
)
def test_place_is_not_the_acting_state(extract_text, text, place):
    event = main_event(extract_text, text)
    assert event.place is not None and event.place.text == place


def test_the_agent_of_a_passive_is_no_place(extract_text):
    event = main_event(extract_text, "Ukraine was supplied with weapons by the United States.")
    assert event.type == "AID" and event.place is None


def test_no_place_when_only_the_actor_is_a_place_name(extract_text):
    event = main_event(extract_text, "Brazil condemned the decision on Monday.")
    assert event.place is None


def test_a_place_inside_the_subject_phrase_is_not_the_events_place(extract_text):
    event = main_event(extract_text, "Defence ministers from Estonia and Latvia agreed on Tuesday to buy drones together.")
    assert event.type == "AGREE" and event.place is None


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        # a statement's target is no place: the place is where it was made
        ("China warned the Philippines over the reef on Sunday.", "THREATEN", None),
        ("The European Union imposed new sanctions on Belarus on Monday.", "SANCTION", None),
        ("Canada urged Germany to send more air defence systems.", "REQUEST", None),
        ("Speaking in Vilnius, Poland accused Belarus of pushing migrants across the border.", "ACCUSE", "Vilnius"),
        ("Foreign ministers agreed in Brussels on Thursday to extend the mission.", "AGREE", "Brussels"),
    ],
)
def test_a_statements_place_is_where_it_was_made(extract_text, text, etype, place):
    event = next(e for e in extract_text(text, published="2024-03-10").events if e.type == etype)
    assert (event.place.text if event.place else None) == place


def test_a_passive_theme_nobody_owns_is_no_actor(extract_text):
    events = [e for e in extract_text("The drones were deployed near the border on Monday.", published="2024-10-16").events
              if e.type == "MOBILIZE"]
    assert events and events[0].actors == ()
