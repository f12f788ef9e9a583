"""Quotes: each quote form, speakers and cues, typo-tolerant mark pairing, and the two seed articles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.nlp.quote_marks import find_marked_quotes


def quotes_of(extract_text, text, **meta):
    return list(extract_text(text, **meta).quotes)


def only(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, f"expected one quote containing {words!r}, got {[q.text for q in quotes]}"
    return found[0]


# --- quotation marks, pure text -------------------------------------------------------------


def marked(text):
    return [text[q.start : q.end] for q in find_marked_quotes(text)]


def test_straight_and_curly_double_marks():
    assert marked('He said "we are ready" and left.') == ["we are ready"]
    assert marked("He said “we are ready” and left.") == ["we are ready"]


def test_single_marks_are_quotes_but_apostrophes_are_not():
    text = "Paper’s headline: Mayor Calls Plan ‘A Total Disgrace’ after the council’s vote"
    assert marked(text) == ["A Total Disgrace"]


def test_nested_single_quote_stays_inside_the_double_quote():
    text = "“She told me ‘never again’ before she left,” the aide recalled."
    assert marked(text) == ["She told me ‘never again’ before she left,"]


def test_opening_glyph_used_as_closing_mark_still_closes():
    text = "“It is finished,“ Larsen said. ”We move on now.”"
    assert marked(text) == ["It is finished,", "We move on now."]


def test_multi_paragraph_quote_continues_after_an_opening_mark():
    text = "The mayor said: “First we fix the roads.\n\n“Then we fix the schools.”\n\nShe left."
    found = find_marked_quotes(text)
    assert len(found) == 1 and found[0].paragraphs == 2
    assert text[found[0].start : found[0].end].endswith("fix the schools.")


def test_unbalanced_mark_loses_only_its_own_paragraph():
    text = "A stray “ mark sits here with no end.\n\n“Later quotes still count,” Okoro said."
    assert marked(text)[-1] == "Later quotes still count,"


def test_typewriter_double_apostrophes_are_double_marks():
    text = "Sooner or later, ''we will have to act,'' he said."
    assert marked(text) == ["we will have to act,"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'“”‘’«»:")), max_size=80))
def test_mark_pairing_never_crashes_and_spans_stay_in_order(text):
    spans = find_marked_quotes(text)
    last_end = -1
    for q in spans:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last_end
        last_end = q.end


# --- direct quotes through the pipeline -----------------------------------------------------


def test_direct_quote_with_speaker_after(extract_text):
    q = only(quotes_of(extract_text, "“We will not sign this deal,” Amara Okafor said on Monday."), "sign this deal")
    assert q.kind == "direct"
    assert q.speaker.text == "Amara Okafor"
    assert q.cue.text == "said"


def test_direct_quote_with_inverted_speaker(extract_text):
    q = only(quotes_of(extract_text, '"The border stays closed," said Tomasz Wojcik, the interior minister.'), "border")
    assert q.kind == "direct"
    assert "Wojcik" in q.speaker.text


def test_direct_quote_after_colon(extract_text):
    text = "Foreign Minister Elif Demir told reporters: “Talks will resume in Geneva next week.”"
    q = only(quotes_of(extract_text, text), "Talks will resume")
    assert q.kind == "direct" and "Demir" in q.speaker.text and q.cue.text == "told"


def test_following_quote_keeps_the_speaker_of_the_previous_one(extract_text):
    text = "“We have waited long enough,” Diego Ruiz said. “Our people expect results.”"
    quotes = quotes_of(extract_text, text)
    second = only(quotes, "expect results")
    assert second.speaker is not None and second.speaker.text == "Diego Ruiz"


def test_pronoun_speaker_resolves_to_the_person_named_before(nlp):
    from crosswire.nlp.cue_lexicon import load_cue_lexicon
    from crosswire.nlp.speakers import SpeakerResolver

    doc = nlp("Claire Moreau met the mayor of Lyon. “The budget is fine,” she said.")
    she = next(t for t in doc if t.lower_ == "she")
    ref = SpeakerResolver(doc, load_cue_lexicon()).referent(doc[she.i : she.i + 1])
    assert ref is not None and ref.text == "Claire Moreau"


def test_role_nominal_resolves_to_the_titled_person(nlp):
    from crosswire.nlp.cue_lexicon import load_cue_lexicon
    from crosswire.nlp.speakers import SpeakerResolver

    doc = nlp("“Prices will fall,” the governor said. Governor Priya Rao spoke in Mumbai on Friday.")
    start = next(t.i for t in doc if t.lower_ == "the" and doc[t.i + 1].lower_ == "governor")
    ref = SpeakerResolver(doc, load_cue_lexicon()).referent(doc[start : start + 2])
    assert ref is not None and ref.text == "Priya Rao"


def test_speaker_from_the_previous_sentence_when_the_quote_has_none(extract_text):
    text = "Omar Haddad spoke to the crowd for an hour.\n\nHe said the plan was ready. “Nobody will be left behind.”"
    q = only(quotes_of(extract_text, text), "left behind")
    assert q.speaker is not None and q.speaker.text in ("He", "Omar Haddad")


def test_partial_quote_inside_a_sentence_is_mixed(extract_text):
    text = "The envoy praised the talks, calling the offer “a real step forward” for both sides."
    quotes = quotes_of(extract_text, text)
    fragment = only([q for q in quotes if q.text == "a real step forward"], "real step")
    assert fragment.kind == "mixed"
    assert fragment.cue.text == "calling"
    assert fragment.speaker.text == "The envoy"


def test_partial_quote_inside_a_framed_attribution_is_kept(extract_text):
    # 'praised the bill as ...' is a framed attribution, not reported speech: its quoted words are still the senator's
    text = "Wages rose in March.\n\nThe senator praised the bill as “a historic step for workers” on Monday."
    quotes = quotes_of(extract_text, text)
    fragment = only([q for q in quotes if q.text == "a historic step for workers"], "historic step")
    assert fragment.kind == "mixed"
    assert fragment.speaker.text == "The senator"


def test_scare_quotes_without_a_speaker_are_not_quotes(extract_text):
    quotes = quotes_of(extract_text, "The show “Night Owls” returned to television in March.")
    assert quotes == []


def test_headline_quote_borrows_the_speaker_of_the_same_words_later(extract_text):
    text = (
        "Renters Face a ‘Deeply Unfair’ Budget\n\n"
        "Mayor Sari Wibowo criticised the plan on Tuesday, calling the budget “deeply unfair” to renters."
    )
    quotes = quotes_of(extract_text, text)
    headline = next(q for q in quotes if q.text == "Deeply Unfair")
    assert headline.speaker is not None and "Wibowo" in headline.speaker.text


def test_headline_content_colon_speaker(extract_text):
    text = "Sanctions Are Hurting Our Exports: Trade Minister\n\nThe minister spoke in Ankara on Monday."
    q = only(quotes_of(extract_text, text), "Sanctions")
    assert q.kind == "indirect" and q.speaker.text == "Trade Minister" and q.cue.text == ":"


# --- reported speech -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Anna Keller said the talks had failed.", "the talks had failed", "Anna Keller", "said"),
        ("Anna Keller said that the talks had failed.", "the talks had failed", "Anna Keller", "said"),
        ("According to Marek Nowak, the factory will close in May.", "the factory will close in May", "Marek Nowak", "According to"),
        ("The army claimed that the town had been retaken.", "the town had been retaken", "The army", "claimed"),
        ("Yuki Tanaka warned that prices would rise again.", "prices would rise again", "Yuki Tanaka", "warned"),
        ("Carlos Silva told reporters that the strike would go on.", "the strike would go on", "Carlos Silva", "told"),
        ("Exports fell sharply last year, the ministry said in a statement.", "Exports fell sharply last year", "the ministry", "said"),
        ("Rao noted that the vote was close.", "the vote was close", "Rao", "noted"),
    ],
)
def test_reported_speech_forms(extract_text, text, content, speaker, cue):
    q = only(quotes_of(extract_text, text), content)
    assert q.kind == "indirect"
    assert q.text == content
    assert q.speaker.text == speaker
    assert q.cue.text == cue


def test_participle_cue_takes_the_speaker_of_the_main_cue(extract_text):
    text = "Okafor said the economy grew, noting that exports were up."
    q = only([q for q in quotes_of(extract_text, text) if q.text == "exports were up"], "exports were up")
    assert q.speaker.text == "Okafor" and q.cue.text == "noting"


def test_no_quote_in_plain_narration(extract_text):
    assert quotes_of(extract_text, "The ship left the harbour at dawn and reached Oslo by noon.") == []


# --- the seed articles -----------------------------------------------------------------------


def _seed(shared_dir, prefix):
    path = next((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


SEED_DIRECT = [
    ("000", "Russia is delivering the latest technology into North Korea", "the NATO secretary-general", "Rutte"),
    ("000", "China, North Korea, Russia and, of course, Iran", "Rutte", "Rutte"),
    ("000", "We have to work together", "he", "Rutte"),
    ("000", "I look forward to sitting down with Donald Trump", "he", "Rutte"),
    ("000", "He is right on this", "Rutte", "Rutte"),
    ("000", "You will not get there with the 2 percent", "Rutte", "Rutte"),
    ("000", "The [North Korea’s] direct support", "the ministers", None),
    ("003", "If Russia would be successful in Ukraine", "Mark Rutte", "Rutte"),
    ("003", "Russia has to pay for this (support)", "Rutte", "Rutte"),
]


@pytest.mark.parametrize("seed, words, speaker_text, actor_word", SEED_DIRECT)
def test_seed_direct_quotes_have_the_right_speaker(extract_text, shared_dir, seed, words, speaker_text, actor_word):
    quotes = quotes_of(extract_text, _seed(shared_dir, seed), published="2024-11-08")
    q = only([q for q in quotes if q.kind == "direct" and q.text.startswith(words)], words)
    assert q.speaker is not None and q.speaker.text == speaker_text
    if actor_word is not None:
        assert q.speaker.actor is not None and actor_word in q.speaker.actor.name


def test_seed_000_has_exactly_nine_direct_quotes_across_both_seeds(extract_text, shared_dir):
    count = sum(
        1
        for seed in ("000", "003")
        for q in quotes_of(extract_text, _seed(shared_dir, seed), published="2024-11-08")
        if q.kind == "direct"
    )
    assert count == 9


def test_seed_000_headline_and_subheadline_quotes(extract_text, shared_dir):
    quotes = quotes_of(extract_text, _seed(shared_dir, "000"), published="2024-11-08")
    headline = only(quotes, "Threatens US Security")
    assert headline.speaker.text == "NATO Chief"
    sub = only(quotes, "Absolutely Right")
    assert sub.speaker is not None and sub.speaker.actor is not None and "Rutte" in sub.speaker.actor.name


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Okafor", "said", "“", "”", '"', "'", "‘", "’", "according", "to", "more", "than", "40",
                         "troops", ",", ".", ":", "\n", "\n\n", "he", "claimed", "that", "calling", "it"]),
        max_size=30,
    )
)
def test_quotes_and_claims_never_crash_on_odd_text(extract_text, words):
    result = extract_text(" ".join(words))
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= len(result.article.text)
    for c in result.claims:
        assert 0 <= c.start <= c.end <= len(result.article.text)


# --- attributions beyond speech: frames kept by the trained model (knowledge/data/attribution_model.json)


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Mayor Lee accused the developers of ignoring the flood maps.", "ignoring the flood maps", "Mayor Lee", "accused"),
        pytest.param(
            "The governor cited rising insurance costs as the reason for the delay.", "rising insurance costs", "The governor", "cited",
            marks=pytest.mark.xfail(reason="the trained model scores 'cited X as Y' here under its threshold (0.49); the old lexicon kept it", strict=False),
        ),
        ("A new survey shows that most farmers oppose the tariffs.", "most farmers oppose the tariffs", "A new survey", "shows"),
    ],
)
def test_non_speech_attribution_frames(extract_text, text, content, speaker, cue):
    q = only(quotes_of(extract_text, text), content)
    assert q.text == content and q.kind == "indirect"
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == cue  # the cue says what kind of attribution it is


def test_frame_whose_holder_is_mostly_unnamed_gets_no_speaker(extract_text):
    q = only(quotes_of(extract_text, "The challenger is expected to win the runoff easily."), "win the runoff")
    assert q.cue.text == "expected" and q.speaker is None


def test_frame_lexicon_rows_carry_their_train_precision():
    from crosswire.nlp.attribution_frames import load_frame_lexicon

    frames = load_frame_lexicon()
    assert frames.frames[("accuse", "VERB")]["prep_of"] >= 0.5
    assert all(0.0 < p <= 1.0 for by_frame in frames.frames.values() for p in by_frame.values())


def test_relative_pronoun_speaker_resolves_to_its_antecedent(extract_text):
    q = only(quotes_of(extract_text, "Residents who said the water tasted odd called the utility on Monday."), "water tasted odd")
    assert q.speaker.text == "who" and q.cue.text == "said"


def test_he_and_she_skip_people_of_the_other_gender_the_office_file_knows(extract_text):
    text = "Kamala Harris met Mark Rutte on Monday. Harris praised the alliance. He said the alliance would stay united."
    q = only(quotes_of(extract_text, text), "would stay united")
    assert q.speaker.text == "He" and q.speaker.actor is not None and "Rutte" in q.speaker.actor.name


def test_possessed_speech_noun_refers_to_earlier_speech(extract_text):
    text = "NATO chief Mark Rutte spoke in Budapest on Thursday. Rutte's comments come after the vote."
    q = only(quotes_of(extract_text, text), "comments")
    assert q.text == "comments" and q.cue.text == "comments" and q.speaker.text == "Rutte"


def test_shown_is_no_speech_cue_for_a_quoted_sign(extract_text):
    text = "The crowd was shown a banner reading “Build the bridge now” before the speech."
    assert [q.cue.text for q in quotes_of(extract_text, text) if q.cue is not None and q.cue.text == "shown"] == []


def test_lemma_table_finds_the_same_tokens_as_isin():
    import numpy as np

    from crosswire.nlp.quotes import LemmaTable

    cue, frame, nominal = (np.array(x, dtype="uint64") for x in ([5, 900], [7, 900], [2**63 + 11]))
    table = LemmaTable(cue, frame, nominal)
    lemmas = np.array([1, 5, 7, 2**63 + 11, 900, 2**64 - 1, 0, 5], dtype="uint64")
    assert table.hits(lemmas) == [(1, 5), (2, 7), (3, 2**63 + 11), (4, 900), (7, 5)]
    assert [i for i, _ in table.hits(lemmas)] == np.nonzero(np.isin(lemmas, table.table))[0].tolist()
    assert 900 in table.cue and 900 in table.frame and 900 not in table.nominal
    assert table.hits(np.zeros(0, dtype="uint64")) == []


def test_running_counts_count_set_tokens_in_a_range():
    import numpy as np

    from crosswire.nlp.quotes import _running_counts

    counts = _running_counts(np.array([False, True, True, False, True]))
    assert counts == [0, 0, 1, 2, 2, 3]
    assert counts[4] - counts[1] == 2 and counts[1] - counts[0] == 0


def test_trailing_relative_cut_is_the_same_with_the_relative_clause_index(nlp):
    from crosswire.nlp.quote_spans import ccomp_content

    doc = nlp("The mayor said she had met the new governor, who approved the plan on Friday.")
    said = next(t for t in doc if t.text == "said")
    relcl = [t.i for t in doc if t.dep_ == "relcl"]
    assert relcl, "the parse has a relative clause"
    assert ccomp_content(said).text == ccomp_content(said, relcl).text == "she had met the new governor"


def test_person_mentions_equal_the_person_entities(nlp):
    from crosswire.nlp.speakers import person_mentions

    doc = nlp("Anna Berg met Tom Hale and Maria Lopez Jr. in Oslo, where Ivan Petrov spoke to Acme Corp.")
    want = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    assert [(p.start, p.end) for p in person_mentions(doc)] == want
    assert [p.text for p in person_mentions(doc)] == ["Anna Berg", "Tom Hale", "Maria Lopez Jr.", "Ivan Petrov"]
    assert person_mentions(nlp.make_doc("")) == []


def test_cues_in_a_range_are_the_cue_tokens_there_in_order(nlp):
    finder = nlp.get_pipe("quotes")
    doc = nlp("Mayor Lee said the bridge would reopen. Officials told reporters the work was done, she added.")
    state = finder.state(doc)
    assert len(state.cues) >= 3
    every = [(lo, hi) for lo in range(len(doc) + 1) for hi in range(lo, len(doc) + 1)]
    assert all(state.cues_in(lo, hi) == [c for c in state.cues if lo <= c.i < hi] for lo, hi in every)
    assert [c.text for c in state.cues_in(0, len(doc))] == ["said", "told", "added"]


# --- clause boundaries and continuation quotes -------------------------------------------------


def test_speakers_second_act_is_cut_from_the_reported_clause(resolve):
    from crosswire.nlp.quote_spans import ccomp_content

    doc = resolve("The farmer said he earns $30,000 a year and questioned the new levy.")
    cue = next(t for t in doc if t.text == "said")
    assert ccomp_content(cue).text == "he earns $30,000 a year"


def test_a_conjunct_inside_what_was_said_stays(resolve):
    from crosswire.nlp.quote_spans import ccomp_content

    doc = resolve("The mayor said the bridge will close in May and will reopen in June.")
    cue = next(t for t in doc if t.text == "said")
    assert ccomp_content(cue).text == "the bridge will close in May and will reopen in June"


def test_quote_opening_after_a_full_stop_is_direct_and_continues_the_speaker(extract_text):
    text = (
        "''Sales are flat this spring,'' said Ms. Ortega, who runs the shop. "
        "''We expect the summer season to bring customers back to the harbour.''"
    )
    quotes = [q for q in quotes_of(extract_text, text) if q.kind == "direct"]
    second = only(quotes, "We expect the summer season")
    assert second.speaker is not None and second.speaker.text == "Ms. Ortega"


def test_a_prepositions_object_beats_the_whole_phrase_for_one_dependent():
    from types import SimpleNamespace

    from crosswire.nlp.quotes import _beats

    phrase, obj, other = SimpleNamespace(frame="prep"), SimpleNamespace(frame="prep_of"), SimpleNamespace(frame="dobj")
    assert _beats(0.55, obj, 0.9, phrase)  # 'accused them [of lying]' loses to 'of [lying]' even when it scores higher
    assert not _beats(0.9, phrase, 0.55, obj)
    assert _beats(0.7, other, 0.6, phrase) and not _beats(0.6, other, 0.7, phrase)  # otherwise the higher score wins


def test_subject_with_a_seem_complement_is_an_unsourced_attribution(extract_text):
    found = [(q.text, q.cue.text if q.cue else None, q.speaker) for q in extract_text("The young senator seemed unperturbed by the protests.").quotes]
    assert ("The young senator seemed unperturbed by the protests", "seemed", None) in found, found


# Frames the seventh-round model tries that the earlier one never did (cue classes lend rare cue words
# the weights of their class: 'lambaste' and 'deride' borrow from 'criticize', 'brag' from 'boast').
@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Councillor Ines Varga lambasted the transit authority's fare increase.", "the transit authority's fare increase", "Councillor Ines Varga", "lambasted"),
        ("The opposition leader derided the finance minister's budget as a gimmick.", "the finance minister's budget as a gimmick", "The opposition leader", "derided"),
        ("Several economists predicted a sharp slowdown in exports next year.", "a sharp slowdown in exports next year", "Several economists", "predicted"),
        ("The minister bragged about the record harvest at a rally in the capital.", "the record harvest", "The minister", "bragged"),
        ("Residents hate the new parking fees near the market.", "the new parking fees near the market", "Residents", "hate"),
    ],
)
def test_newly_tried_stance_frames(extract_text, text, content, speaker, cue):
    q = only(quotes_of(extract_text, text), content)
    assert q.text == content and q.kind == "stance"  # a position on a thing, no words reported
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == cue


def test_a_mixed_quote_keeps_the_closing_mark_of_the_words_it_quotes(extract_text):
    quotes = extract_text('He called the losses "painful but manageable" and said farmers would be paid.').quotes
    assert any(q.text == 'the losses "painful but manageable"' for q in quotes), [q.text for q in quotes]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "SANTIAGO, March 5 (Crosswire) - Workers at the mine walked off the job on Tuesday after talks collapsed, the union said.",
            "Workers at the mine walked off the job on Tuesday after talks collapsed",
        ),
        ("LIMA - Prices of bread rose for a third month, the bakers' guild said.", "Prices of bread rose for a third month"),
    ],
)
def test_reported_content_never_starts_with_a_dateline(extract_text, text, content):
    quotes = [q for q in extract_text(text).quotes if q.cue is not None and q.cue.text == "said"]
    assert quotes and quotes[0].text == content


def test_a_bracket_and_dash_inside_a_sentence_is_no_dateline(extract_text):
    quotes = extract_text("Officials said the U.S.-China talks (held in Geneva) - a first - had failed.").quotes
    assert any(q.text.startswith("the U.S.-China talks") for q in quotes), [q.text for q in quotes]


def test_a_finite_clause_hung_on_a_trailing_speech_tag_is_its_content(extract_text):
    text = (
        "According to the statistics office, the average price of rice rose to 52 pesos a kilogram in August, up nearly "
        "20 percent from a year earlier. Between 15 and 20 percent of poor households have cut back to two meals a day, "
        "the agency said in a separate survey."
    )
    quotes = [q for q in extract_text(text).quotes if q.cue is not None and q.cue.text == "said"]
    assert quotes and quotes[0].text == "Between 15 and 20 percent of poor households have cut back to two meals a day"
    assert quotes[0].speaker.text == "the agency"


def test_a_participle_before_a_speech_tag_is_no_content(extract_text):
    quotes = extract_text("Speaking to reporters in Lima, the minister said prices would fall.").quotes
    assert [q.text for q in quotes if q.cue is not None and q.cue.text == "said"] == ["prices would fall"]


def test_according_to_content_does_not_start_with_a_conjunction(extract_text):
    text = "A similar strike in 2017 lasted 44 days, according to union records, and cost the company an estimated $740 million."
    quotes = [q for q in extract_text(text).quotes if q.cue is not None and q.cue.text.lower() == "according to"]
    assert quotes and not quotes[0].text.startswith("and ")


def test_a_clause_opened_by_when_before_a_speech_tag_is_no_content(extract_text):
    quotes = extract_text("But when Congress cut funding for the pilot program two years later, Mexico said enough.").quotes
    assert not [q for q in quotes if q.text.startswith("when Congress")]


def test_a_dateline_after_a_paragraph_break_is_cut_from_the_content(extract_text):
    text = (
        "Young voters back the senator.\n\nCAMBRIDGE, Mass., Dec. 11 (Wire) — Young voters are moving toward the senator, "
        "a new poll indicates."
    )
    quotes = [q for q in extract_text(text).quotes if q.cue is not None and q.cue.text == "indicates"]
    assert quotes and quotes[0].text.startswith("Young voters are moving")
