"""Speaker spans of reported speech: who the subject of a cue is (nlp/speakers.py), sentences written by the team."""

import pytest

from crosswire.nlp.speakers import cue_subject, np_span


def speaker_of(extract_text, text: str, cue: str) -> str | None:
    """The speaker text of the one quote whose cue is `cue` (fails when there is none or several)."""
    quotes = [q for q in extract_text(text).quotes if q.cue is not None and q.cue.text == cue]
    assert len(quotes) == 1, [(q.text, q.cue) for q in extract_text(text).quotes]
    return quotes[0].speaker.text if quotes[0].speaker is not None else None


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # a cue under an adjective takes the copula's subject
        ("Voters were quick to say that the plan had failed.", "say", "Voters"),
        ("Many residents are likely to argue that the new road is too expensive.", "argue", "Many residents"),
        # ... but an empty 'it' holds no view
        ("It is hard to say whether the deal will hold.", "say", None),
        # a passive with no 'by' phrase names nobody; with one, the agent speaks
        ("The senator was asked whether she would run again.", "asked", None),
        ("It was revealed on Monday that the mayor had used a private phone.", "revealed", None),
        ("It was reported by the agency that prices rose in March.", "reported", "the agency"),
        # 'Asked ...': the main clause's subject is the one asked, not the asker
        ("Asked whether the plant would close, the manager said that no decision had been made.", "Asked", None),
        # a conjunct hung on the complement but shaped like the outer verb is the speaker's next act
        ("The analyst noted that the army lacks soldiers and asked whether the minister would act.", "asked", "The analyst"),
        # ... and so is a cue verb hung on the copula of a reported clause: the copula's subject did not deny
        ("The mayor said the budget was fair and denied that taxes would rise.", "denied", "The mayor"),
        ("The minister said the deal was sound and insisted that no state was its target.", "insisted", "The minister"),
        # a participle on a noun: whoever issued the statement, or the noun itself
        ("The ministry issued a statement saying the talks had stalled.", "saying", "The ministry"),
        ("A survey showing that rents rose by a fifth was published on Monday.", "showing", "A survey"),
        # 'by saying': the subject of the verb the phrase modifies
        ("The governor surprised reporters by saying that he would resign in May.", "saying", "The governor"),
        # a participle takes the clause's subject even when it is no named entity
        ("The council defended the budget, arguing that the cuts were needed.", "arguing", "The council"),
        # the author of a document belongs to the speaker span
        ("Prices rose sharply last year, according to a report from the central bank.", "according to", "a report from the central bank"),
    ],
)
def test_reported_speech_speaker(extract_text, text, cue, speaker):
    assert speaker_of(extract_text, text, cue) == speaker


def test_relative_pronoun_gives_way_to_a_real_subject(nlp):
    # spaCy gives 'said' two subjects here ('which' and 'she'); the speaker is 'she', not the relative pronoun
    doc = nlp("The documents included old emails, which she said represented all her work messages.")
    said = next(t for t in doc if t.lower_ == "said")
    subjects = [c.lower_ for c in said.children if c.dep_.startswith("nsubj")]
    if subjects != ["which", "she"]:
        pytest.skip(f"the parse differs from the one this test is about: {subjects}")
    assert cue_subject(said).lower_ == "she"


def test_nearest_of_two_subjects_wins(nlp):
    # a time stamp line parsed as a second subject of the cue must not become the speaker
    doc = nlp("The city council met on Tuesday.\n\n9:15 p.m.:\n\nThe mayor says that the vote will go ahead.")
    says = next(t for t in doc if t.lower_ == "says")
    subjects = [c for c in says.children if c.dep_ == "nsubj"]
    found = cue_subject(says)
    assert found is not None and np_span(found).text == "The mayor", [s.text for s in subjects]


def test_np_span_keeps_by_phrase_only_after_common_noun(nlp):
    doc = nlp("An analysis by the research group found that turnout fell.")
    analysis = next(t for t in doc if t.lower_ == "analysis")
    assert np_span(analysis).text == "An analysis by the research group"
    doc = nlp("Smith from the county office said that turnout fell.")
    smith = next(t for t in doc if t.text == "Smith")
    assert np_span(smith).text == "Smith"


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        # a speech tag whose verb the cue lexicon does not know
        ("“The vote was rigged from the start,” the candidate grumbled.", "the candidate", "grumbled"),
        ("“We will not pay for that road,” Mayor Ilse Brandt fumed on Tuesday.", "Mayor Ilse Brandt", "fumed"),
        # 'Name: “...”' with no verb before the colon
        ("Marta Kowalczyk: “The river has never been this low in summer.”", "Marta Kowalczyk", ":"),
    ],
)
def test_direct_quote_speech_tags(extract_text, text, speaker, cue):
    quotes = [q for q in extract_text(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker
    assert quotes[0].cue is not None and quotes[0].cue.text == cue


def test_colon_after_a_verb_names_no_speaker(extract_text):
    # 'told the paper:' -- the name before the colon is who was told, not who speaks
    text = "On Friday the minister told The Daily Courier: “Nobody will lose a pension.”"
    quotes = [q for q in extract_text(text).quotes if q.kind == "direct"]
    assert quotes and all(q.speaker is None or q.speaker.text != "The Daily Courier" for q in quotes)


def test_a_verb_above_a_fragment_is_no_speech_tag(extract_text):
    # a quoted fragment ('mixed') never takes an unknown verb as its speech tag
    text = "The crowd waved a banner reading “No more cuts” outside the hall."
    assert all(q.speaker is None or q.speaker.text != "The crowd" for q in extract_text(text).quotes)


def test_speech_tag_in_the_next_sentence_beats_a_cue_in_the_one_before(extract_text):
    # spaCy ends the sentence at '?”', so 'Lind said' is the next sentence; the council's cue before it is not the tag
    text = "The council said on Monday that the bridge would cost more. “Who will pay for all of it now?” Lind said."
    quotes = [q for q in extract_text(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].speaker.text == "Lind"


def test_speech_tag_right_after_the_quote_beats_a_cue_before_it(extract_text):
    # spaCy hangs the quote on 'insisted'; PolNeAR's speech tag is 'he said' right after the closing mark
    text = "Moreau insisted on one point: “Pay the nurses, then talk,” he said."
    quotes = [q for q in extract_text(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert (quotes[0].speaker.text, quotes[0].cue.text) == ("he", "said")


NIGER_LEAD = (
    "West African leaders give Niger junta a week to step aside\n\n"
    "ABUJA, July 31 (Crosswire) - West African heads of state on Sunday gave the officers who seized power in Niger "
    "seven days to reinstate President Mohamed Bazoum, and said they would not rule out the use of force if the deadline passed."
)


def test_a_dateline_stays_out_of_the_speaker_span(extract_text):
    quote = next(q for q in extract_text(NIGER_LEAD, published="2023-07-31").quotes if q.cue and q.cue.text == "said")
    assert quote.speaker.text == "West African heads of state"


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("LAGOS, May 2 (Wire) - Dock workers said the strike would go on.", "said", "Dock workers"),
        ("Port officials — speaking late on Friday — said the strike would go on.", "said", "Port officials"),
    ],
)
def test_a_speaker_span_never_reaches_back_over_a_dash_or_bracket(extract_text, text, cue, speaker):
    assert speaker_of(extract_text, text, cue) == speaker


def test_np_span_stops_at_a_spaced_dash_but_not_at_a_hyphen(nlp):
    doc = nlp("The U.S.-based group said it would appeal.")
    subj = next(t for t in doc if t.dep_ == "nsubj")
    assert np_span(subj).text == "The U.S.-based group"


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("China and Russia said the talks had failed.", "said", "China and Russia"),
        # the parser hangs 'Mali' on the participle 'run': a bare participle has no subject of its own
        (
            "Mali and Burkina Faso, both run by military governments, warned that any intervention would be treated as a declaration of war.",
            "warned",
            "Mali and Burkina Faso",
        ),
        ("Germany, France and Italy said the fund would grow.", "said", "Germany, France and Italy"),
    ],
)
def test_coordinated_speakers_cover_every_conjunct(extract_text, text, cue, speaker):
    assert speaker_of(extract_text, text, cue) == speaker


def test_coordinated_speakers_of_different_actors_resolve_to_no_single_actor(extract_text):
    quote = next(q for q in extract_text("China and Russia said the talks had failed.").quotes if q.cue.text == "said")
    assert quote.speaker.actor is None  # a joint statement is not China's alone


def test_a_single_speaker_keeps_its_actor(extract_text):
    quote = next(q for q in extract_text("China said the talks had failed.").quotes if q.cue.text == "said")
    assert quote.speaker.actor is not None and quote.speaker.actor.country == "CHN"


def test_an_apposition_parsed_as_a_conjunct_is_no_second_speaker(extract_text):
    text = "Even China, Pyongyang's only ally and its economic lifeline, said it was opposed to the test."
    assert speaker_of(extract_text, text, "said") == "Even China"
