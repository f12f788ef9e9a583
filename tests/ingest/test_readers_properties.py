"""Property tests: the readers never crash and ids are stable, whatever the input."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from crosswire.ingest.readers import IngestOptions, article_id, read_json_lines, title_of
from crosswire.records import Article, Failure

OPTIONS = IngestOptions(check_language=False)


@given(st.text())
def test_title_rule_never_crashes_and_title_is_the_first_line(text):
    title = title_of(text)
    assert title is None or text.lstrip("\ufeff").split("\n", 1)[0].strip() == title


@given(st.text(), st.text())
def test_id_depends_only_on_normalised_text(a, b):
    assert article_id(a) == article_id(a + "  \n")
    assert len(article_id(b)) == 16


@settings(max_examples=200)
@given(st.lists(st.one_of(st.text(max_size=80), st.dictionaries(st.sampled_from(["id", "text", "published", "lang", "x"]), st.one_of(st.text(max_size=40), st.integers(), st.none())).map(json.dumps))))
def test_jsonl_reader_yields_one_result_per_nonblank_line(lines):
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    results = list(read_json_lines(lines, "x.jsonl", OPTIONS))
    assert len(results) == sum(1 for line in lines if line.strip())
    assert all(isinstance(r, (Article, Failure)) for r in results)
