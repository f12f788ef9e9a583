"""The event lexicon files: every line well formed, frames behave, bad files fail with a clear error."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from crosswire.errors import ModelError
from crosswire.nlp.events.lexicon import PLOVER_TYPES, _parse_triggers, load_lexicon


def test_lexicon_covers_every_plover_type():
    lex = load_lexicon()
    types = {t.type for entries in lex.triggers.values() for t in entries}
    assert types == set(PLOVER_TYPES)


def test_catch_all_lines_come_last():
    for (pos, lemma), entries in load_lexicon().triggers.items():
        for entry in entries[:-1]:
            assert entry.needs or entry.excludes, f"{pos}:{lemma} line {entry.line} hides the lines after it"


def test_frame_conditions():
    entries = load_lexicon().lookup("V", "withdraw")
    first = next(e for e in entries if e.matches({"troop", "from"}))
    assert first.type == "RETREAT"
    assert next(e for e in entries if e.matches({"ambassador"})).type == "SANCTION"
    deliver = load_lexicon().lookup("V", "deliver")[0]
    assert deliver.matches({"technology"}) and not deliver.matches({"speech"})


def test_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "triggers.tsv"
    path.write_text("# comment\nattack\tV\t*\tASSAULT\t-\t-\t19\n", encoding="utf-8")
    with pytest.raises(ModelError) as info:
        _parse_triggers(path)
    assert f"{path}:2" in info.value.message
    path.write_text("attack\tV\t*\tATTACK\t-\t-\t19\t0.5\n", encoding="utf-8")
    with pytest.raises(ModelError):
        _parse_triggers(path)


def test_cues_have_the_keys_the_coder_reads():
    cues = load_lexicon().cues
    for key in ("light_verbs", "reporting_verbs", "future_aux", "hypothetical_aux", "size_units", "mode_cues"):
        assert cues[key], key


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_coder_never_crashes(nlp, text):
    from crosswire.records import Article

    doc = nlp.make_doc(text)
    doc._.cw_article = Article(id="h", text=text, published="2024-01-01")
    for name, pipe in nlp.pipeline:  # spaCy's own pipes, then the coder alone: this tests the coder
        if not name.startswith(("times", "places", "actors", "quotes", "claims")):
            doc = pipe(doc)
    assert isinstance(doc._.cw_events, list)
    for event in doc._.cw_events:
        assert 0 <= event.start <= event.end <= len(text)
